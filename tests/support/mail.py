"""Realistic e-mails for tests, built as mail programs write them (raw bytes, not via our parser)."""

from __future__ import annotations

import base64
import io
from email.message import EmailMessage
from email.policy import SMTP

from PIL import Image
from reportlab.pdfgen import canvas


def pdf_bytes(text: str = "Invoice 2026-77", pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for page in range(1, pages + 1):
        pdf.drawString(72, 720, f"{text} (page {page})")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def png_bytes(colour: str = "#1e295c", size: tuple[int, int] = (120, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def polish_quoted_printable() -> bytes:
    """Windows mail in Poland: ISO-8859-2, quoted-printable, headers in RFC 2047 Q encoding."""
    body = "Dzień dobry,\r\nzwrot 35,98 zł zostanie zlecony do 16 października. Zażółć gęślą jaźń.\r\n"
    encoded = "".join(
        c if c.isascii() and c not in "=" else "".join(f"={b:02X}" for b in c.encode("iso-8859-2"))
        for c in body
    )
    return (
        "From: =?ISO-8859-2?Q?Marta_Zieli=F1ska?= <reklamacje@streamnova.example>\r\n"
        "To: Agnieszka Wojcik <agnieszka@example.pl>\r\n"
        "Subject: =?ISO-8859-2?Q?Odpowied=BC_w_sprawie_reklamacji_=A3=F3d=BC?=\r\n"
        "Date: Fri, 02 Oct 2026 14:30:00 +0200\r\n"
        "Message-ID: <pl-1@streamnova.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=ISO-8859-2\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n" + encoded
    ).encode("ascii")


def french_rfc2047() -> bytes:
    """A French message with a B-encoded UTF-8 subject, an HTML body only, and a winter offset."""
    subject = (
        "=?UTF-8?B?"
        + base64.b64encode("Résiliation confirmée – abonnement Première".encode()).decode()
        + "?="
    )
    html = (
        "<html><body><p>Bonjour,</p><p>Votre abonnement est <b>résilié</b> depuis le 28&nbsp;août.</p>"
        "<p>Aucun prélèvement ne sera effectué.</p></body></html>"
    )
    return (
        "From: StreamNova <no-reply@streamnova.example>\r\n"
        "To: agnieszka@example.pl\r\n"
        f"Subject: {subject}\r\n"
        "Date: Sun, 29 Nov 2026 09:12:00 +0100\r\n"
        "Message-ID: <fr-1@streamnova.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n" + base64.encodebytes(html.encode()).decode()
    ).encode("ascii")


def multipart_with_pdf_and_inline_image() -> bytes:
    """multipart/mixed > (multipart/related > (alternative text/html, inline logo)), PDF attachment."""
    message = EmailMessage()
    message["From"] = "Facturación <facturas@telefonica.example>"
    message["To"] = "José Núñez <jose@example.es>"
    message["Subject"] = "Su factura de octubre"
    message["Date"] = "Thu, 01 Oct 2026 08:00:00 +0200"
    message["Message-ID"] = "<es-1@telefonica.example>"
    message.set_content("Adjuntamos su factura FAC-77 de 49,90 €.\n")
    message.add_alternative(
        '<p>Adjuntamos su factura FAC-77 de 49,90&nbsp;&euro;.</p><img src="cid:logo@telefonica">',
        subtype="html",
    )
    html_part = message.get_payload()[1]
    html_part.add_related(png_bytes("#0066ff", (40, 20)), "image", "png", cid="<logo@telefonica>")
    message.add_attachment(pdf_bytes("Factura FAC-77"), maintype="application", subtype="pdf",
                           filename="factura-FAC-77.pdf")  # fmt: skip
    return message.as_bytes(policy=SMTP)


def forwarded(inner: bytes) -> bytes:
    """A message the user forwarded to themselves, the original attached as message/rfc822."""
    message = EmailMessage()
    message["From"] = "Agnieszka <agnieszka@example.pl>"
    message["To"] = "agnieszka@example.pl"
    message["Subject"] = "Fwd: Su factura de octubre"
    message["Date"] = "Mon, 05 Oct 2026 19:45:00 +0200"
    message["Message-ID"] = "<fwd-1@example.pl>"
    message.set_content("Do bank dispute.\n")
    message.add_attachment(inner, maintype="message", subtype="rfc822", filename="factura.eml")
    return message.as_bytes(policy=SMTP)


def simple(number: int, sender: str = "support@shop.example", subject: str = "Ticket update",
           attachment: bytes | None = None) -> bytes:  # fmt: skip
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "me@example.org"
    message["Subject"] = f"{subject} #{number}"
    message["Date"] = f"Mon, {1 + number % 28:02d} Jun 2026 10:{number % 60:02d}:00 +0000"
    message["Message-ID"] = f"<m{number}@shop.example>"
    message.set_content(f"Message number {number}.\nFrom the beginning of time.\n")
    if attachment is not None:
        message.add_attachment(
            attachment, maintype="application", subtype="pdf", filename=f"doc-{number}.pdf"
        )
    return message.as_bytes(policy=SMTP)


def mbox(messages: list[bytes]) -> bytes:
    """An mboxrd file: "From " separator lines, ">From " quoting in bodies."""
    out = io.BytesIO()
    for data in messages:
        out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
        for line in data.replace(b"\r\n", b"\n").split(b"\n"):
            if line.lstrip(b">").startswith(b"From "):
                line = b">" + line
            out.write(line + b"\n")
        out.write(b"\n")
    return out.getvalue()
