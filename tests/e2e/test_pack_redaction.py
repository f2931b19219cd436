"""Full card numbers and IBANs never go out in a pack: found in exhibits' text and taken out of the
pages, the user's boxes burnt in, the originals unchanged; a number that cannot be taken out stops
the pack unless the user confirms."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from desktop_app.domain.models import RedactionArea
from desktop_app.pack.builder import PackOptions
from desktop_app.pack.options import CardNumbersRemain
from desktop_app.services import Services
from tests.support.cases import import_case
from tests.support.pdf import pdftotext

SECRETS = ("5555555555554444", "378282246310005", "4111111111111111", "61109010140000071219812874")


def statement_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.setFont("Helvetica", 9)
    c.drawString(40, 800, "Bank statement - card 5555 5555")
    c.drawString(178, 800, "5555 4444")  # the number over two text runs
    c.drawString(40, 700, "2026-10-15  StreamNova  17.99 EUR  Amex 3782-822463-10005")
    c.drawString(40, 680, "Your IBAN PL61 1090 1014 0000 0712 1981 2874 BIC BREXPLPW")
    c.showPage()
    c.drawString(40, 700, "Page two: nothing private, invoice FV/2026/114")
    c.drawString(40, 660, "Order 171-4028472-7183042  ARN 74537606245000012345678")
    c.showPage()
    c.save()
    return buffer.getvalue()


def attached_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 720, "Receipt: paid with 4111 1111 1111 1111")
    c.showPage()
    c.save()
    return buffer.getvalue()


def email_bytes() -> bytes:
    message = EmailMessage()
    message["From"] = "StreamNova <billing@streamnova.example>"
    message["To"] = "Ana <ana@example.es>"
    message["Subject"] = "Su tarjeta 5555 5555 5555 4444 ha sido cargada"
    message["Date"] = "Tue, 13 Oct 2026 09:41:00 +0200"
    message["Message-ID"] = "<charge-1@streamnova.example>"
    message.set_content(
        "Hola,\ncargamos 17,99 EUR en la tarjeta 5555 5555\n5555 4444.\nIBAN ES9121000418450200051332"
    )
    message.add_attachment(attached_pdf(), maintype="application", subtype="pdf", filename="recibo.pdf")
    return bytes(message)


def screenshot() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 400), "white").save(buffer, format="PNG")
    return buffer.getvalue()


FILES = {"statement.pdf": statement_pdf(), "charge.eml": email_bytes(), "shot.png": screenshot()}


def with_exhibits(document: dict[str, Any]) -> None:
    document["evidence"] = [
        {"path": "files/statement.pdf", "kind": "statement", "title": "Statement"},
        {"path": "files/charge.eml", "kind": "email", "title": "Charge e-mail"},
        {"path": "files/shot.png", "kind": "screenshot", "title": "Account page"},
    ]


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_numbers_are_taken_out_of_every_exhibit_and_the_originals_stay(
    services: Services, tmp_path: Path
) -> None:
    case_id = import_case(services, tmp_path / "case", with_exhibits, files=FILES)
    items = {e.original_name: e for e in services.case_detail(case_id).evidence}
    shot = items["shot.png"]
    services.update_evidence(replace(shot, redactions=(RedactionArea(1, 0.1, 0.1, 0.5, 0.2),)))
    before = {name: hashlib.sha256(data).hexdigest() for name, data in FILES.items()}
    out = tmp_path / "pack.pdf"
    result = services.build_pack(case_id, out, PackOptions(reproducible=True))
    poppler = pdftotext(out)
    pypdf_text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    raw = out.read_bytes()
    for text in (poppler, pypdf_text):
        for secret in SECRETS:
            assert secret not in digits(text), secret
    for secret in SECRETS:
        assert secret.encode() not in raw
    # Numbers that are not cards stay where they are, on a page left as text.
    assert "171-4028472-7183042" in poppler and "74537606245000012345678" in poppler
    assert "FV/2026/114" in poppler  # an unredacted page stays text
    # The appendix says what was redacted, and why.
    appendix = " ".join(poppler.split("Integrity appendix")[-1].split())
    assert "page 1: " in appendix and "card number" in appendix and "IBAN" in appendix
    assert "redacted by the user" in appendix
    assert "exactly as it was received" not in appendix
    # The originals in the vault are unchanged.
    for item in services.case_detail(case_id).evidence:
        assert item.sha256 == before[item.original_name]
        folder = tmp_path / f"copy-{item.id}"
        folder.mkdir()
        copy = services.copy_of_evidence(item.id or 0, folder)
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == item.sha256
    assert any("redacted" in w for w in result.warnings)


def hidden_number_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.setFont("Helvetica", 0.001)
    c.drawString(72, 700, "5555 5555 5555 4444")
    c.showPage()
    c.save()
    return buffer.getvalue()


def with_hidden(document: dict[str, Any]) -> None:
    document["evidence"] = [{"path": "files/hidden.pdf", "kind": "statement", "title": "Hidden"}]


def test_a_number_that_cannot_be_taken_out_refuses_the_pack_unless_confirmed(
    services: Services, tmp_path: Path
) -> None:
    case_id = import_case(services, tmp_path / "case", with_hidden, files={"hidden.pdf": hidden_number_pdf()})
    out = tmp_path / "pack.pdf"
    with pytest.raises(CardNumbersRemain) as refused:
        services.build_pack(case_id, out, PackOptions())
    assert refused.value.letters == ["A"] and len(refused.value.evidence_ids) == 1
    message = str(refused.value)
    assert "hidden.pdf" in message and "--allow-card-numbers" in message and "preview" in message
    assert "5555" not in message
    assert not out.exists()
    result = services.build_pack(case_id, out, PackOptions(allow_card_numbers=True))
    assert out.exists() and any("confirmed" in w for w in result.warnings)
