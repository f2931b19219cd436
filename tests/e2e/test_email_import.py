"""Importing e-mails as people export them: .eml, Outlook .msg and mbox, with their attachments."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.domain.vocab import Channel, Direction, EvidenceKind
from desktop_app.intake.mail import MailFilter
from desktop_app.services import Services
from tests.support import mail
from tests.support.cli import run
from tests.support.msg import MsgAttachment, build_msg


@pytest.fixture
def case_id(services: Services) -> int:
    from desktop_app.domain.models import Case, Merchant
    from desktop_app.domain.vocab import Reason

    return services.create_case(
        Case(
            "Refund never came",
            Merchant("StreamNova", email="support@streamnova.example"),
            Reason.CREDIT_NOT_PROCESSED,
            "EUR",
        )
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_polish_quoted_printable_becomes_a_contact_and_evidence(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    data = mail.polish_quoted_printable()
    path = write(tmp_path, "odpowiedz.eml", data)
    result = services.import_emails(case_id, [path])
    assert len(result.imported) == 1 and not result.problems
    detail = services.case_detail(case_id)
    (contact,) = detail.communications
    assert contact.channel is Channel.EMAIL and contact.direction is Direction.INCOMING
    assert contact.at == datetime(2026, 10, 2, 12, 30, tzinfo=UTC)
    assert contact.at.utcoffset() == timedelta(hours=2)
    assert contact.subject == "Odpowiedź w sprawie reklamacji Łódź"
    assert contact.counterpart == "Marta Zielińska <reklamacje@streamnova.example>"
    assert contact.body is not None and "Zażółć gęślą jaźń" in contact.body and "35,98 zł" in contact.body
    (item,) = detail.evidence
    assert item.kind is EvidenceKind.EMAIL and item.communication_id == contact.id
    assert item.source == "<pl-1@streamnova.example>" and item.sha256 == sha(data)
    assert services._store.vault.read_bytes(item.sha256) == data  # the original, byte for byte


def test_french_subject_and_html_body(services: Services, case_id: int, tmp_path: Path) -> None:
    services.import_emails(case_id, [write(tmp_path, "fr.eml", mail.french_rfc2047())])
    (contact,) = services.case_detail(case_id).communications
    assert contact.subject == "Résiliation confirmée – abonnement Première"
    assert contact.at.utcoffset() == timedelta(hours=1)
    assert contact.body is not None and "Votre abonnement est résilié depuis le 28 août." in contact.body
    assert "<" not in contact.body


def test_attachments_become_evidence_of_their_own_but_not_the_inline_logo(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    data = mail.multipart_with_pdf_and_inline_image()
    result = services.import_emails(case_id, [write(tmp_path, "factura.eml", data)])
    assert [m.attachments for m in result.imported] == [1]
    detail = services.case_detail(case_id)
    contact = detail.communications[0]
    names = {e.original_name: e for e in detail.evidence}
    assert set(names) == {"factura.eml", "factura-FAC-77.pdf"}
    pdf = names["factura-FAC-77.pdf"]
    assert pdf.media_type == "application/pdf" and pdf.communication_id == contact.id
    assert pdf.source == "attachment of <es-1@telefonica.example>"
    assert services._store.vault.read_bytes(pdf.sha256).startswith(b"%PDF")
    assert contact.body is not None and "FAC-77 de 49,90 €" in contact.body
    assert services.search("FAC-77 page")[0].hits  # the PDF's own text is searchable


def test_a_forwarded_message_comes_in_as_an_attachment(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    inner = mail.multipart_with_pdf_and_inline_image()
    services.import_emails(case_id, [write(tmp_path, "fwd.eml", mail.forwarded(inner))])
    detail = services.case_detail(case_id)
    kinds = {e.original_name: e.media_type for e in detail.evidence}
    # The forwarded message is kept whole, named after its subject.
    assert kinds == {"fwd.eml": "message/rfc822", "Su factura de octubre.eml": "message/rfc822"}
    assert detail.communications[0].direction is Direction.INCOMING  # no own address set yet
    services.set_own_addresses(["Agnieszka@Example.pl"])
    services.import_emails(
        case_id, [write(tmp_path, "again.eml", mail.forwarded(inner).replace(b"fwd-1", b"fwd-2"))]
    )
    latest = services.case_detail(case_id).communications[-1]
    assert latest.direction is Direction.OUTGOING


def test_an_outlook_msg(services: Services, case_id: int, tmp_path: Path) -> None:
    when = datetime(2026, 10, 2, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    data = build_msg(
        subject="Reklamacja: zażółć gęślą jaźń, Łódź",
        sender_name="Sklep",
        sender_email="biuro@sklep.example.pl",
        to="Agnieszka <agnieszka@example.pl>",
        date=when,
        message_id="<msg-1@sklep.example.pl>",
        body="Zwrot 35,98 zł nastąpi w ciągu 14 dni.",
        attachments=[MsgAttachment("faktura.pdf", mail.pdf_bytes("Faktura"), "application/pdf")],
    )
    result = services.import_emails(case_id, [write(tmp_path, "reklamacja.msg", data)])
    assert len(result.imported) == 1, result.problems
    detail = services.case_detail(case_id)
    (contact,) = detail.communications
    assert contact.at == when and contact.at.utcoffset() == timedelta(hours=2)
    assert contact.subject == "Reklamacja: zażółć gęślą jaźń, Łódź"
    assert contact.counterpart is not None and "biuro@sklep.example.pl" in contact.counterpart
    assert contact.body == "Zwrot 35,98 zł nastąpi w ciągu 14 dni."
    by_name = {e.original_name: e for e in detail.evidence}
    assert by_name["reklamacja.msg"].media_type == "application/vnd.ms-outlook"
    assert by_name["reklamacja.msg"].source == "<msg-1@sklep.example.pl>"
    assert services._store.vault.read_bytes(by_name["faktura.pdf"].sha256).startswith(b"%PDF")


@pytest.mark.slow
def test_an_mbox_of_several_hundred_messages_and_reimport_adds_nothing(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    messages = [
        mail.simple(n, attachment=mail.pdf_bytes(f"Doc {n}") if n % 50 == 0 else None) for n in range(1, 401)
    ]
    messages[7] = messages[7].replace(b"Message number 8.", b"From here on, message number 8.")
    path = write(tmp_path, "takeout.mbox", mail.mbox(messages))
    result = services.import_emails(case_id, [path])
    assert result.imported_count == 400 and not result.problems
    assert result.attachment_count == 8 and len(result.imported) == 400  # details kept up to 500
    detail = services.case_detail(case_id)
    assert len(detail.communications) == 400 and len(detail.evidence) == 408
    eighth = next(c for c in detail.communications if c.subject == "Ticket update #8")
    assert eighth.body is not None and eighth.body.startswith("From here on, message number 8.")
    before = services._store.table_counts()
    again = services.import_emails(case_id, [path])
    assert again.imported_count == 0 and again.duplicates.total == 400
    assert services._store.table_counts() == before


def test_reimporting_any_file_adds_nothing(services: Services, case_id: int, tmp_path: Path) -> None:
    files = [
        write(tmp_path, "a.eml", mail.polish_quoted_printable()),
        write(tmp_path, "b.eml", mail.french_rfc2047()),
        write(tmp_path, "c.eml", mail.multipart_with_pdf_and_inline_image()),
    ]
    services.import_emails(case_id, files)
    before = services._store.table_counts()
    again = services.import_emails(case_id, files)
    assert again.imported == [] and len(again.duplicates) == 3
    assert services._store.table_counts() == before


def test_choose_messages_of_an_mbox_by_sender_dates_and_words(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    messages = [mail.simple(n, sender="support@shop.example") for n in range(1, 11)]
    messages += [mail.simple(n, sender="news@other.example", subject="Promocja Łódź") for n in range(11, 16)]
    path = write(tmp_path, "all.mbox", mail.mbox(messages))
    previews, problems = services.preview_emails(case_id, [path], MailFilter(sender="other.example"))
    assert problems == [] and len(previews) == 5
    previews, _ = services.preview_emails(case_id, [path], MailFilter(words="lodz promocja"))
    assert len(previews) == 5
    chosen = {previews[0].key, previews[1].key}
    result = services.import_emails(case_id, [path], chosen=chosen)
    assert len(result.imported) == 2 and result.left_out == 13
    previews, _ = services.preview_emails(case_id, [path], MailFilter(words="promocja"))
    assert sum(p.duplicate for p in previews) == 2


def test_bad_messages_are_named_and_the_good_ones_imported(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    good = mail.simple(1)
    no_date = b"\n".join(line for line in mail.simple(2).split(b"\n") if not line.startswith(b"Date:"))
    evil_name = mail.simple(3, attachment=mail.pdf_bytes("evil")).replace(
        b'filename="doc-3.pdf"', b'filename="../../x.pdf"'
    )
    files = [
        write(tmp_path, "good.eml", good),
        write(tmp_path, "no-date.eml", no_date),
        write(tmp_path, "empty.eml", b""),
        write(tmp_path, "not-mail.eml", b"\x00\x01\x02 binary junk"),
        write(tmp_path, "evil.eml", evil_name),
        write(tmp_path, "broken.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
    ]
    result = services.import_emails(case_id, files)
    assert len(result.imported) == 2
    problems = "\n".join(result.problems)
    for name in ("no-date.eml", "empty.eml", "not-mail.eml", "broken.msg"):
        assert name in problems
    assert "has no date" in problems and "is empty" in problems
    names = {e.original_name for e in services.case_detail(case_id).evidence}
    assert "x.pdf" in names and not any("/" in n or ".." in n for n in names)
    assert services.verify().ok


def test_email_import_and_search_from_the_command_line(tmp_path: Path, data_dir: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    path = write(tmp_path, "pl.eml", mail.polish_quoted_printable())
    result = run("email", "import", "1", path, "--json", "--data-dir", data_dir)
    assert result.code == 0, result.err
    imported = json.loads(result.out)["imported"]
    assert imported[0]["subject"] == "Odpowiedź w sprawie reklamacji Łódź"
    again = json.loads(run("email", "import", "1", path, "--json", "--data-dir", data_dir).out)
    assert again["imported"] == [] and len(again["duplicates"]) == 1
    for query, word in (("lodz", "Łódź"), ("zazolc", "Zażółć"), ("resiliation", "Résiliation")):
        found = json.loads(run("search", query, "--json", "--data-dir", data_dir).out)
        assert any(word in hit["matched"] for group in found for hit in group["hits"]), query
    text = run("search", "gesla jazn", "--data-dir", data_dir)
    assert text.code == 0 and "[gęślą] [jaźń]" in text.out
    assert run("search", "no such words here", "--data-dir", data_dir).code == 1
    listed = run("email", "import", "1", path, "--list", "--data-dir", data_dir)
    assert "already imported" in listed.out


def test_the_pack_shows_imported_messages_and_each_attachment_once(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    from desktop_app.pack.builder import PackOptions
    from tests.support.pdf import flat_text

    when = datetime(2026, 10, 2, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    outlook = build_msg(
        subject="Korekta faktury",
        sender_name="Sklep",
        sender_email="biuro@sklep.example.pl",
        to="me@example.pl",
        date=when,
        message_id="<msg-pack@sklep>",
        body="Przesyłamy fakturę korygującą.",
        attachments=[MsgAttachment("korekta.pdf", mail.pdf_bytes("Korekta"), "application/pdf")],
    )
    files = [
        write(tmp_path, "factura.eml", mail.multipart_with_pdf_and_inline_image()),
        write(tmp_path, "korekta.msg", outlook),
    ]
    services.import_emails(case_id, files)
    out = tmp_path / "pack" / "pack.pdf"
    out.parent.mkdir()
    result = services.build_pack(case_id, out, PackOptions())
    names = [e.original_name for e in result.exhibits]
    assert sorted(names) == sorted(e.original_name for e in services.case_detail(case_id).evidence)
    text = flat_text(out)
    assert "Przesyłamy fakturę korygującą." in text and "Korekta faktury" in text


def test_a_huge_import_keeps_counts_whole_and_details_bounded(
    services: Services, case_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.services.results as services_module

    monkeypatch.setattr(services_module, "DETAIL_LIMIT", 3)
    path = write(tmp_path, "ten.mbox", mail.mbox([mail.simple(n) for n in range(1, 11)]))
    result = services.import_emails(case_id, [path])
    assert result.imported_count == 10 and len(result.imported) == 3
    again = services.import_emails(case_id, [path])
    assert again.duplicates.total == 10 and len(again.duplicates) == 3


def _from(sender: str, number: int) -> bytes:
    """A real message from ``sender`` (the From header as it travels, RFC 2047 words included)."""
    return (
        f"From: {sender}\r\n"
        "To: Agnieszka <agnieszka@example.pl>\r\n"
        f"Subject: Ticket {number}\r\n"
        "Date: Fri, 02 Oct 2026 14:30:00 +0200\r\n"
        f"Message-ID: <rep-{number}@shop.es>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Le devolveremos el importe en 14 días.\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("sender", "representative"),
    [
        ("=?UTF-8?Q?=C3=93scar_N=C3=BA=C3=B1ez?= <oscar@shop.es>", "Óscar Núñez"),
        ("=?ISO-8859-1?B?03NjYXIgTvrxZXo=?= <oscar@shop.es>", "Óscar Núñez"),
        ("=?UTF-8?Q?N=C3=BA=C3=B1ez=2C_=C3=93scar?= <oscar@shop.es>", "Núñez, Óscar"),
        ('"Núñez, Óscar (supervisor)" <oscar@shop.es>', "Núñez, Óscar (supervisor)"),
        ("Óscar Núñez <oscar@shop.es>", "Óscar Núñez"),
        ("oscar@shop.es (Óscar Núñez)", "Óscar Núñez"),
        ("oscar@shop.es", None),
        ("<oscar@shop.es>", None),
        ('"oscar@shop.es" <oscar@shop.es>', None),
    ],
)
def test_an_incoming_email_names_its_sender_as_the_representative(
    services: Services, case_id: int, tmp_path: Path, sender: str, representative: str | None
) -> None:
    services.import_emails(case_id, [write(tmp_path, "in.eml", _from(sender, 1))])
    (contact,) = services.case_detail(case_id).communications
    assert contact.direction is Direction.INCOMING
    assert contact.representative == representative
    assert "oscar@shop.es" in (contact.counterpart or "")  # the address is the counterpart, not the person


def test_the_representative_from_rfc2047_words(services: Services, case_id: int, tmp_path: Path) -> None:
    sender = "=?UTF-8?Q?=C3=93scar_N=C3=BA=C3=B1ez?= <oscar@shop.es>"
    services.import_emails(case_id, [write(tmp_path, "in.eml", _from(sender, 2))])
    (contact,) = services.case_detail(case_id).communications
    assert contact.representative == "Óscar Núñez"
    assert contact.counterpart == "Óscar Núñez <oscar@shop.es>"


def test_a_mail_the_user_sent_names_no_representative(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    services.set_own_addresses(["oscar@shop.es"])
    services.import_emails(case_id, [write(tmp_path, "out.eml", _from("Óscar Núñez <oscar@shop.es>", 3))])
    (contact,) = services.case_detail(case_id).communications
    assert contact.direction is Direction.OUTGOING
    assert contact.representative is None


def test_an_outlook_msg_names_its_sender(services: Services, case_id: int, tmp_path: Path) -> None:
    data = build_msg(
        subject="Reklamacja",
        sender_name="Łukasz Wójcik",
        sender_email="biuro@sklep.example.pl",
        to="Agnieszka <agnieszka@example.pl>",
        date=datetime(2026, 10, 2, 14, 30, tzinfo=UTC),
        message_id="<msg-rep@sklep.example.pl>",
        body="Zwrot nastąpi w ciągu 14 dni.",
    )
    services.import_emails(case_id, [write(tmp_path, "r.msg", data)])
    (contact,) = services.case_detail(case_id).communications
    assert contact.representative == "Łukasz Wójcik"


def test_attachments_get_their_kind_from_their_first_page(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Tienda <pedidos@tienda.example>"
    message["To"] = "ana@example.es"
    message["Subject"] = "Su pedido"
    message["Date"] = "Fri, 02 Oct 2026 14:30:00 +0200"
    message["Message-ID"] = "<kinds-1@tienda.example>"
    message.set_content("Adjuntamos los documentos.")
    message.add_attachment(mail.pdf_bytes("FACTURA 2026-331"), "application", "pdf", filename="doc-331.pdf")
    message.add_attachment(mail.pdf_bytes("Pedido 331"), "application", "pdf", filename="pedido.pdf")
    message.add_attachment(mail.png_bytes(), "image", "png", filename="foto.png")
    services.import_emails(case_id, [write(tmp_path, "pedido.eml", message.as_bytes())])
    kinds = {e.original_name: e.kind for e in services.case_detail(case_id).evidence}
    assert kinds == {
        "pedido.eml": EvidenceKind.EMAIL,
        "doc-331.pdf": EvidenceKind.INVOICE,
        "pedido.pdf": EvidenceKind.ORDER,  # its name says an order (pedido) since the order kinds came
        "foto.png": EvidenceKind.SCREENSHOT,
    }
