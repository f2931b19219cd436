"""E-mails as the people in a dispute receive them: Polish and French charsets, nested parts,
inline images, forwarded messages, damage. Only bytes go in; only data comes out."""

from __future__ import annotations

import base64
import quopri
from datetime import UTC, timedelta
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP

import pytest

from desktop_app.intake.email import Attachment, EmailDocument, EmailParseError, html_to_text, parse_email

POLISH = "Zażółć gęślą jaźń, reklamacja nr 123, Łódź"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
DATE = "Fri, 28 Aug 2026 21:16:02 +0200"


def raw(*lines: str | bytes) -> bytes:
    """A message from its lines (text lines in UTF-8), CRLF-terminated as on the wire."""
    return b"".join((line.encode() if isinstance(line, str) else line) + b"\r\n" for line in lines)


def headers(subject: str = "Reklamacja", **extra: str) -> list[str]:
    fields = {
        "From": "Sklep Internetowy <reklamacje@sklep.example>",
        "To": "agnieszka@example.pl",
        "Subject": subject,
        "Date": DATE,
        "Message-ID": "<20260828191602.5521@sklep.example>",
        "MIME-Version": "1.0",
        **extra,
    }
    return [f"{name.replace('_', '-')}: {value}" for name, value in fields.items() if value]


def new_message(subject: str = "Réclamation", **extra: str) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "StreamNova <no-reply@streamnova.example>"
    msg["To"] = "Agnieszka Wójcik <a.wojcik@example.org>"
    msg["Subject"] = subject
    msg["Date"] = DATE
    msg["Message-ID"] = "<res-20260828-5521@mail.streamnova.example>"
    for name, value in extra.items():
        msg[name.replace("_", "-")] = value
    return msg


# --------------------------------------------------------------------------- charsets


def test_polish_iso_8859_2_quoted_printable() -> None:
    subject = Header("Reklamacja nr 123 – zwrot środków, Łódź".replace("–", "-"), "iso-8859-2").encode()
    assert subject.startswith("=?iso-8859-2?")
    body = quopri.encodestring(f"Dzień dobry,\n\n{POLISH}.\n".encode("iso-8859-2")).decode("ascii")
    data = raw(
        *headers(subject, Content_Type='text/plain; charset="ISO-8859-2"'),
        "Content-Transfer-Encoding: quoted-printable",
        "",
        *body.splitlines(),
    )
    assert b"=B3" in data  # ł, quoted-printable in ISO-8859-2

    doc = parse_email(data, name="reklamacja.eml")

    assert doc.subject == "Reklamacja nr 123 - zwrot środków, Łódź"
    assert POLISH in doc.text
    assert doc.text.startswith("Dzień dobry,\n\n")
    assert doc.sender == "Sklep Internetowy <reklamacje@sklep.example>"
    assert doc.message_id == "<20260828191602.5521@sklep.example>"
    assert doc.attachments == []
    assert doc.problems == []


def test_windows_1250_eight_bit_body_and_base64_subject() -> None:
    text = f"{POLISH}. Proszę o zwrot 49,99 zł — środki pobrano 14 września."
    encoded = text.encode("windows-1250")
    assert b"\x9c" in encoded and b"\x9f" in encoded  # ś and ź, where ISO-8859-2 has control characters
    subject = "=?windows-1250?b?" + base64.b64encode("Płatność odrzucona".encode("cp1250")).decode() + "?="
    data = raw(
        *headers(subject, Content_Type="text/plain; charset=windows-1250"),
        "Content-Transfer-Encoding: 8bit",
        "",
        encoded,
    )

    doc = parse_email(data)

    assert doc.subject == "Płatność odrzucona"
    assert doc.text == text
    assert doc.problems == []


def test_french_utf8_subject_and_iso_8859_15_body_with_euro() -> None:
    body = "Bonjour,\n\nVotre résiliation est confirmée. Le prélèvement de 12,99 € ne sera pas effectué.\n"
    data = raw(
        "From: =?utf-8?q?Service_Cha=C3=AEne_T=C3=A9l=C3=A9?= <service@streamnova.example>",
        "To: client@example.fr",
        "Subject: =?utf-8?q?R=C3=A9siliation_de_votre_abonnement?=",
        "Date: Mon, 14 Sep 2026 09:30:00 +0200",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=iso-8859-15",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        *quopri.encodestring(body.encode("iso-8859-15")).decode("ascii").splitlines(),
    )
    assert b"=A4" in data  # the euro sign in ISO-8859-15

    doc = parse_email(data)

    assert doc.subject == "Résiliation de votre abonnement"
    assert doc.sender == "Service Chaîne Télé <service@streamnova.example>"
    assert "12,99 € ne sera pas effectué" in doc.text
    assert doc.problems == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?UTF-8?B?" + base64.b64encode("Zwrot środków".encode()).decode() + "?=", "Zwrot środków"),
        ("=?iso-8859-2?q?Zwrot_=B6rodk=F3w_za_us=B3ug=EA?=", "Zwrot środków za usługę"),
        ("=?windows-1250?q?Zwrot_=9Crodk=F3w_za_us=B3ug=EA?=", "Zwrot środków za usługę"),
        ("=?ISO-8859-1?Q?R=E9siliation_imm=E9diate?=", "Résiliation immédiate"),
        ("=?iso-8859-15?q?Remboursement_de_12=2C99_=A4?=", "Remboursement de 12,99 €"),
        # A character split between two words, and the blank between them dropped:
        ("=?utf-8?q?Pierwsza_p=C5?= =?utf-8?q?=82atno=C5=9B=C4=87?=", "Pierwsza płatność"),
        ("Re: =?utf-8?q?R=C3=A9siliation?= du contrat", "Re: Résiliation du contrat"),
        ("Plain subject,\r\n folded on two lines", "Plain subject, folded on two lines"),
    ],
)
def test_encoded_subjects(header: str, expected: str) -> None:
    doc = parse_email(raw(*headers(header), "", "Treść."))
    assert doc.subject == expected
    assert doc.problems == []


def test_addresses_are_decoded_and_joined() -> None:
    data = raw(
        "From: =?iso-8859-2?q?Jan_Ko=B3odziej?= <jan@example.pl>",
        "To: =?utf-8?q?Agnieszka_W=C3=B3jcik?= <a@example.pl>, biuro@example.pl",
        "To: second@example.pl",
        "Cc: =?windows-1250?q?Dzia=B3_reklamacji?= <reklamacje@sklep.example>",
        "Subject: Kopia",
        f"Date: {DATE}",
        "",
        "Treść.",
    )
    doc = parse_email(data)
    assert doc.sender == "Jan Kołodziej <jan@example.pl>"
    assert doc.to == "Agnieszka Wójcik <a@example.pl>, biuro@example.pl, second@example.pl"
    assert doc.cc == "Dział reklamacji <reklamacje@sklep.example>"


@pytest.mark.parametrize(
    ("charset", "body", "expected", "problem"),
    [
        # An unknown charset: UTF-8 first, then a Polish code page for Polish bytes, else Latin-1.
        ("x-unknown", POLISH.encode("utf-8"), POLISH, "declared charset 'x-unknown' and was read as UTF-8"),
        (
            "x-unknown",
            POLISH.encode("cp1250"),
            POLISH,
            "declared charset 'x-unknown' and was read as Windows-1250",
        ),
        (
            "x-unknown",
            POLISH.encode("iso-8859-2"),
            POLISH,
            "declared charset 'x-unknown' and was read as ISO-8859-2",
        ),
        (
            "x-unknown",
            "Résiliation confirmée, à bientôt".encode("latin-1"),
            "Résiliation confirmée, à bientôt",
            "declared charset 'x-unknown' and was read as Latin-1",
        ),
        # A wrong charset: the bytes are not what it says.
        ("utf-8", POLISH.encode("cp1250"), POLISH, "declared charset 'utf-8' but its bytes do not fit it"),
        ("us-ascii", "Señor Café".encode("latin-1"), "Señor Café", "declared charset 'us-ascii'"),
        ("iso-8859-2", POLISH.encode("cp1250"), POLISH, "it was read as Windows-1250"),
        # No charset at all: 8-bit UTF-8 is fine; anything else is guessed and said.
        ("", POLISH.encode("utf-8"), POLISH, None),
        ("", POLISH.encode("cp1250"), POLISH, "declared no charset and was read as Windows-1250"),
        # Windows-1252 quotes in "ISO-8859-1": read as every mail program reads them.
        ("iso-8859-1", "L’équipe vous répond.".encode("cp1252"), "L’équipe vous répond.", None),
    ],
)
def test_unknown_wrong_or_missing_charsets_fall_back(
    charset: str, body: bytes, expected: str, problem: str | None
) -> None:
    content_type = f"text/plain; charset={charset}" if charset else "text/plain"
    data = raw(*headers(Content_Type=content_type), "Content-Transfer-Encoding: 8bit", "", body)

    doc = parse_email(data)

    assert doc.text == expected
    if problem is None:
        assert doc.problems == []
    else:
        assert len(doc.problems) == 1
        assert doc.problems[0].startswith("the message declared")
        assert problem in doc.problems[0]


def test_html_without_charset_parameter_uses_its_meta_charset() -> None:
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
    html += f"</head><body><p>{POLISH}</p></body></html>"
    data = raw(
        *headers(Content_Type="text/html"), "Content-Transfer-Encoding: 8bit", "", html.encode("cp1250")
    )
    doc = parse_email(data)
    assert doc.text == POLISH
    assert doc.problems == []


def test_raw_eight_bit_headers_are_read() -> None:
    data = raw(
        b"From: Jan Ko\xb3odziej <jan@example.pl>",  # Windows-1250 bytes, not encoded
        "Subject: Płatność".encode(),  # UTF-8 bytes, not encoded (RFC 6532)
        f"Date: {DATE}",
        "",
        "Treść.",
    )
    doc = parse_email(data)
    assert doc.sender == "Jan Kołodziej <jan@example.pl>"
    assert doc.subject == "Płatność"
    assert doc.problems == ["the From header declared no charset and was read as Windows-1250"]


def test_unknown_charset_in_an_encoded_word() -> None:
    # A charset no codec knows. (x-mac-ce, say, is known once extract-msg has registered its codecs.)
    doc = parse_email(raw(*headers("=?x-unknown-ce?q?Zwrot_=9Crodk=F3w?="), "", "x"))
    assert doc.subject == "Zwrot środków"
    assert doc.problems == ["the Subject header declared charset 'x-unknown-ce' and was read as Windows-1250"]


# --------------------------------------------------------------------------- structure


def rich_message() -> EmailMessage:
    """mixed > (alternative > (plain, related > (html, logo)), invoice PDF)."""
    msg = new_message("Votre facture F-2026-091502")
    msg.set_content("Bonjour,\n\nVeuillez trouver votre facture ci-jointe.\n")
    msg.add_alternative(
        "<html><body><p>Bonjour,</p><p>Veuillez trouver votre <b>facture</b> ci-jointe.</p>"
        '<img src="cid:logo.123@streamnova.example" alt="StreamNova"></body></html>',
        subtype="html",
    )
    html = list(msg.iter_parts())[1]
    html.add_related(PNG, "image", "png", cid="<logo.123@streamnova.example>")
    msg.add_attachment(PDF, "application", "pdf", filename="facture-F-2026-091502.pdf")
    return msg


def test_mixed_message_with_pdf_attachment_and_inline_image() -> None:
    msg = rich_message()
    assert msg.get_content_type() == "multipart/mixed"

    doc = parse_email(msg.as_bytes())

    assert doc.text == "Bonjour,\n\nVeuillez trouver votre facture ci-jointe."
    assert doc.attachments == [
        Attachment("attachment-1.png", "image/png", PNG, True, "<logo.123@streamnova.example>"),
        Attachment("facture-F-2026-091502.pdf", "application/pdf", PDF, False, None),
    ]
    assert doc.problems == []


def test_html_in_related_is_the_text_and_images_it_shows_are_inline() -> None:
    msg = new_message()
    msg.add_related(
        '<p>Voir la capture&nbsp;:</p><img src="CID:capture%40example"><p>Merci.</p>', subtype="html"
    )
    msg.add_related(PNG, "image", "png", cid="<capture@example>")
    msg.add_related(PNG, "image", "png", cid="<unused@example>")  # shown by nothing
    for image in list(msg.iter_parts())[1:]:
        del image["Content-Disposition"]  # inline only if the HTML shows it
    msg.add_attachment(PDF, "application", "pdf")  # no file name

    doc = parse_email(msg.as_bytes())

    assert doc.text == "Voir la capture :\n\nMerci."
    assert [(a.filename, a.inline, a.content_id) for a in doc.attachments] == [
        ("attachment-1.png", True, "<capture@example>"),
        ("attachment-2.png", False, "<unused@example>"),
        ("attachment-3.pdf", False, None),
    ]


def test_alternative_prefers_plain_text() -> None:
    msg = new_message()
    msg.set_content("The plain version.\n")
    msg.add_alternative("<p>The <i>HTML</i> version.</p>", subtype="html")
    assert parse_email(msg.as_bytes()).text == "The plain version."


def test_alternative_with_empty_plain_text_uses_html() -> None:
    msg = new_message()
    msg.set_content("\n")
    msg.add_alternative("<p>The <i>HTML</i> version.</p>", subtype="html")
    assert parse_email(msg.as_bytes()).text == "The HTML version."


def test_html_only_message_becomes_readable_text() -> None:
    html = """<!DOCTYPE html><html><head><title>Ignored title</title>
    <style>p { color: red; }</style><script>var tracking = "secret";</script></head>
    <body><h1>Votre commande n&deg;&nbsp;4521</h1>
    <p>Bonjour Agnieszka,<br>merci pour votre commande.</p>
    <ul><li>Abonnement Premium &ndash; 12,99&nbsp;&euro;</li>
        <li>Frais   de
            service &amp; TVA</li></ul>
    <p>Pour r&eacute;silier, <a href="https://www.streamnova.example/compte/resilier">cliquez ici</a>.
    Contact&nbsp;: <a href="mailto:support@streamnova.example">support@streamnova.example</a></p>
    <script>document.write("never shown")</script>
    <p></p><p></p><div><br><br><br></div>
    <p>L&#39;&eacute;quipe StreamNova</p></body></html>"""
    msg = new_message()
    msg.set_content(html, subtype="html")

    doc = parse_email(msg.as_bytes())

    assert doc.text == (
        "Votre commande n° 4521\n"
        "\n"
        "Bonjour Agnieszka,\n"
        "merci pour votre commande.\n"
        "\n"
        "- Abonnement Premium – 12,99 €\n"
        "- Frais de service & TVA\n"
        "\n"
        "Pour résilier, cliquez ici (https://www.streamnova.example/compte/resilier). "
        "Contact : support@streamnova.example\n"
        "\n"
        "L'équipe StreamNova"
    )
    assert "secret" not in doc.text and "never shown" not in doc.text and "Ignored" not in doc.text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<ol><li>One<ul><li>Inner</li></ul></li><li>Two</li></ol>", "- One\n  - Inner\n- Two"),
        (
            "<table><tr><td>Total</td><td>12,99 €</td></tr><tr><td>TVA</td><td>2,17 €</td></tr></table>",
            "Total 12,99 €\nTVA 2,17 €",
        ),
        (
            '<a href="https://x.example/r"><img src="b.png" alt="Résilier"></a>',
            "[Résilier] (https://x.example/r)",
        ),
        ('<a href="https://x.example/r"></a>', "https://x.example/r"),
        ('<a href="#top">Top</a> <a href="javascript:void(0)">Menu</a>', "Top Menu"),
        ("<pre>Ref:   RES-1\nDate:  28/08</pre>", "Ref:   RES-1\nDate:  28/08"),
        ("Line one<br/>Line two<br><br>After a blank line", "Line one\nLine two\n\nAfter a blank line"),
        ("<p>Unclosed <a href='https://x.example'>link", "Unclosed link (https://x.example)"),
        ("<title>Unclosed title<body><p>Body text</p>", "Body text"),
        ("&zwnj;&nbsp;\u034f Preheader", "Preheader"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_forwarded_message_is_one_attachment_with_its_own_bytes() -> None:
    original = new_message("Re: Résiliation 2026/08 : confirmation")
    original.set_content("Votre demande est enregistrée.\n")
    original.add_attachment(PDF, "application", "pdf", filename="accuse.pdf")
    outer = new_message("Fwd: Résiliation")
    outer.set_content("Voir le message transféré.\n")
    outer.add_attachment(original)  # message/rfc822

    doc = parse_email(outer.as_bytes())

    assert doc.text == "Voir le message transféré."
    assert len(doc.attachments) == 1  # the forwarded message's own PDF stays inside it
    forwarded = doc.attachments[0]
    assert forwarded.media_type == "message/rfc822"
    assert forwarded.filename == "Re_ Résiliation 2026-08 _ confirmation.eml"
    inner = parse_email(forwarded.data)
    assert inner.subject == "Re: Résiliation 2026/08 : confirmation"
    assert inner.text == "Votre demande est enregistrée."
    assert [a.filename for a in inner.attachments] == ["accuse.pdf"]
    assert inner.attachments[0].data == PDF


def test_forwarded_message_built_with_mime_classes() -> None:
    original = MIMEText("Zamówienie anulowane.\n", "plain", "iso-8859-2")
    original["Subject"] = Header("Anulowanie zamówienia", "iso-8859-2").encode()
    original["From"] = "sklep@example.pl"
    outer = MIMEMultipart()
    outer["From"] = "agnieszka@example.pl"
    outer["Subject"] = "Fwd: Anulowanie"
    outer["Date"] = DATE
    outer.attach(MIMEText("Przesyłam dalej.", "plain", "utf-8"))
    outer.attach(MIMEMessage(original))

    doc = parse_email(outer.as_bytes())

    assert doc.text == "Przesyłam dalej."
    [forwarded] = doc.attachments
    assert (forwarded.filename, forwarded.media_type) == ("Anulowanie zamówienia.eml", "message/rfc822")
    assert parse_email(forwarded.data).text == "Zamówienie anulowane."


def test_forwarded_message_without_subject_gets_a_made_up_name() -> None:
    data = raw(
        *headers(Content_Type="multipart/mixed; boundary=b"),
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "See below.",
        "--b",
        "Content-Type: message/rfc822",
        "",
        "From: someone@example.org",
        "",
        "Forwarded body.",
        "--b--",
    )
    [forwarded] = parse_email(data).attachments
    assert forwarded.filename == "attachment-1.eml"
    assert forwarded.data == b"From: someone@example.org\r\n\r\nForwarded body."


def test_attachment_file_names_lose_their_paths() -> None:
    data = raw(
        *headers(Content_Type='multipart/mixed; boundary="sep"'),
        "",
        "--sep",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Two files.",
        "--sep",
        'Content-Type: application/pdf; name="../../x.pdf"',
        'Content-Disposition: attachment; filename="../../x.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        base64.b64encode(PDF).decode(),
        "--sep",
        "Content-Type: application/pdf",
        'Content-Disposition: attachment; filename="C:\\\\evil\\\\y.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        base64.b64encode(PDF).decode(),
        "--sep",
        "Content-Type: application/pdf",
        "Content-Disposition: attachment; filename*=utf-8''Faktura%20%C5%82%C3%B3dzka%3F.pdf",
        "",
        "%PDF-1.4",
        "--sep",
        "Content-Type: application/octet-stream",
        'Content-Disposition: attachment; filename="../"',
        "",
        "data",
        "--sep--",
    )

    doc = parse_email(data)

    assert [a.filename for a in doc.attachments] == [
        "x.pdf",
        "y.pdf",
        "Faktura łódzka_.pdf",
        "attachment-4.bin",
    ]
    assert doc.attachments[0].data == PDF
    assert doc.text == "Two files."


def test_eight_bit_file_name_is_read_as_text() -> None:
    data = raw(
        *headers(Content_Type="multipart/mixed; boundary=b"),
        "",
        "--b",
        "Content-Type: application/pdf",
        b'Content-Disposition: attachment; filename="Faktura \xb3\xf3dzka.pdf"',
        "",
        "%PDF-1.4",
        "--b--",
    )
    assert parse_email(data).attachments[0].filename == "Faktura łódzka.pdf"


def test_pdf_built_with_mime_application_class() -> None:
    outer = MIMEMultipart()
    outer["From"] = "a@example.org"
    outer["Date"] = DATE
    outer.attach(MIMEText("See attached.", "plain", "utf-8"))
    part = MIMEApplication(PDF, "pdf")
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Reçu n°1.pdf"))
    outer.attach(part)
    [attachment] = parse_email(outer.as_bytes()).attachments
    assert (attachment.filename, attachment.media_type, attachment.data) == (
        "Reçu n°1.pdf",
        "application/pdf",
        PDF,
    )


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("date", "offset", "utc_hour"),
    [
        ("Fri, 28 Aug 2026 21:16:02 +0200", timedelta(hours=2), 19),
        ("Fri, 28 Aug 2026 21:16:02 -0500", timedelta(hours=-5), 2),
        ("28 Aug 2026 21:16:02 GMT", timedelta(0), 21),
        ("Fri, 28 Aug 2026 21:16:02 -0000", timedelta(0), 21),
    ],
)
def test_dates_keep_their_offsets(date: str, offset: timedelta, utc_hour: int) -> None:
    doc = parse_email(raw(*headers(Date=date), "", "x"))
    assert doc.date is not None
    assert doc.date.utcoffset() == offset
    assert doc.date.astimezone(UTC).hour == utc_hour
    assert doc.date_text == date
    assert doc.problems == []


def test_message_without_date() -> None:
    doc = parse_email(raw("From: a@example.org", "Subject: No date", "", "Body."))
    assert (doc.date, doc.date_text) == (None, "")
    assert doc.problems == ["the message has no Date header"]


def test_unreadable_date_and_date_without_zone() -> None:
    doc = parse_email(raw(*headers(Date="next Tuesday"), "", "x"))
    assert (doc.date, doc.date_text) == (None, "next Tuesday")
    assert doc.problems == ["the Date header 'next Tuesday' is not a date that can be read"]

    doc = parse_email(raw(*headers(Date="Fri, 28 Aug 2026 21:16:02 CEST"), "", "x"))
    assert doc.date is not None and doc.date.tzinfo is UTC
    assert doc.problems == ["the Date header gives no time zone that can be read; it was read as UTC"]


# --------------------------------------------------------------------------- damage


def test_truncated_multipart_still_yields_its_text() -> None:
    data = raw(
        *headers(Content_Type='multipart/mixed; boundary="==b=="'),
        "",
        "--==b==",
        "Content-Type: text/plain; charset=iso-8859-2",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        quopri.encodestring(POLISH.encode("iso-8859-2")).decode("ascii"),
        "--==b==",
        'Content-Type: application/pdf; name="faktura.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoK",
    )[:-30]  # cut in the middle of the PDF; the closing boundary never comes

    doc = parse_email(data)

    assert doc.text == POLISH
    assert [a.filename for a in doc.attachments] == ["faktura.pdf"]
    assert "the message ends before its last part is closed; it may be truncated" in doc.problems


def test_message_cut_inside_its_headers() -> None:
    doc = parse_email(b"From: a@example.org\r\nSubject: Rekla")
    assert (doc.sender, doc.subject, doc.text) == ("a@example.org", "Rekla", "")
    assert doc.problems == ["the message has no Date header"]


def test_multipart_whose_boundary_never_appears_is_read_as_text() -> None:
    doc = parse_email(raw(*headers(Content_Type="multipart/mixed; boundary=nowhere"), "", "Just text."))
    assert doc.text == "Just text."
    assert any("boundary never appears" in problem for problem in doc.problems)


def test_header_line_without_colon_starts_the_body() -> None:
    doc = parse_email(raw("From: a@example.org", f"Date: {DATE}", "this is not a header", "Body."))
    assert doc.sender == "a@example.org"
    assert doc.text == "this is not a header\r\nBody.".replace("\r\n", "\n")
    assert doc.problems == [
        "the headers of the message contain a line that is not a header; what follows was read as its body"
    ]


def test_damaged_base64_is_reported_not_fatal() -> None:
    data = raw(
        *headers(Content_Type="multipart/mixed; boundary=b"),
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "Body.",
        "--b",
        'Content-Type: image/png; name="scan.png"',
        "Content-Transfer-Encoding: base64",
        "",
        "iVBORw0KGgo!!!AAAA",
        "--b--",
    )
    doc = parse_email(data)
    assert doc.text == "Body."
    assert doc.attachments[0].data.startswith(b"\x89PNG")
    assert (
        "the base64 data of the attachment 'scan.png' contains characters that are not base64" in doc.problems
    )


def test_deeply_nested_parts_are_cut_off_without_crashing() -> None:
    lines: list[str] = [*headers(Content_Type="multipart/mixed; boundary=b0"), ""]
    for level in range(1, 60):
        lines += [f"--b{level - 1}", f"Content-Type: multipart/mixed; boundary=b{level}", ""]
    lines += ["--b59", "Content-Type: text/plain", "", "Deep."]
    doc = parse_email(raw(*lines))
    assert "parts nested more than 50 levels deep were left out" in doc.problems


def test_mbox_envelope_line_and_byte_order_mark_are_accepted() -> None:
    data = b"\xef\xbb\xbfFrom reklamacje@sklep.example Fri Aug 28 21:16:02 2026\n" + raw(
        *headers(), "", "Treść."
    )
    doc = parse_email(data)
    assert doc.sender == "Sklep Internetowy <reklamacje@sklep.example>"
    assert doc.text == "Treść."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"\r\n \r\n", "is empty"),
        (bytes(range(256)) * 8, "does not start with headers"),
        (PDF, "does not start with headers"),
        (PNG + bytes(200), "does not start with headers"),
        ("Conditions générales, article 7 : résiliation.\n".encode(), "does not start with headers"),
        (b"Note: call the bank\n\nabout the refund\n", "none of its header lines is an e-mail header"),
    ],
)
def test_bytes_that_are_not_an_email_raise(data: bytes, reason: str) -> None:
    with pytest.raises(EmailParseError, match=reason) as caught:
        parse_email(data, name="statement.eml")
    assert str(caught.value).startswith("statement.eml ")
    assert isinstance(caught.value, ValueError)


def test_default_name_in_errors() -> None:
    with pytest.raises(EmailParseError, match=r"^the message is empty"):
        parse_email(b"")


def test_document_is_plain_data() -> None:
    doc = parse_email(rich_message().as_bytes())
    assert isinstance(doc, EmailDocument)
    assert doc.date is not None and doc.date.tzinfo is not None
    assert "data=" not in repr(doc.attachments[0])  # attachment bytes stay out of reprs
    with pytest.raises(AttributeError):
        doc.subject = "changed"  # type: ignore[misc]


def test_a_message_cut_anywhere_never_crashes() -> None:
    data = rich_message().as_bytes()
    for cut in range(0, len(data), max(1, len(data) // 40)):
        try:
            doc = parse_email(data[:cut], name="cut.eml")
        except EmailParseError as error:
            assert str(error).startswith("cut.eml ")
        else:
            assert all(isinstance(problem, str) and problem for problem in doc.problems)
