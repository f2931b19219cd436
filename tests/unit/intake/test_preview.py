"""Previews of evidence files, as data."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from desktop_app.intake.preview import preview_of


def test_text_in_polish_windows_1250_is_readable() -> None:
    preview = preview_of("Zażółć gęślą jaźń".encode("cp1250"), "text/plain", "notatka.txt")
    assert preview.kind == "text" and preview.text == "Zażółć gęślą jaźń"


def test_broken_and_unknown_files_say_so_instead_of_failing() -> None:
    assert "cannot be read as a PDF" in preview_of(b"%PDF-1.7 garbage", "application/pdf", "x.pdf").text
    assert "x.zip" in preview_of(b"PK\x03\x04", "application/zip", "x.zip").text
    assert preview_of(b"\x89PNG", "image/png", "x.png").kind == "image"
    assert "x.eml" in preview_of(b"", "message/rfc822", "x.eml").text


def test_a_pdf_shows_its_first_pages_drawn_and_its_text() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in (1, 2, 3):
        pdf.drawString(72, 720, f"Facture page {number}, Paris")
        pdf.showPage()
    pdf.save()
    preview = preview_of(buffer.getvalue(), "application/pdf", "facture.pdf")
    assert preview.kind == "pages" and len(preview.pages) == 2
    assert all(page.startswith(b"\x89PNG") for page in preview.pages)
    assert "3 pages" in preview.text and "Facture page 1, Paris" in preview.text


def test_an_iphone_photo_is_shown_through_png() -> None:
    from PIL import Image

    from desktop_app.intake.images import enable_heif

    enable_heif()
    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1500), "#2e7d32").save(buffer, format="HEIF")
    preview = preview_of(buffer.getvalue(), "image/heic", "IMG_0042.HEIC")
    assert preview.kind == "image" and preview.data.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(preview.data)) as shown:
        assert shown.size == (1600, 1200)


def test_an_outlook_message_shows_its_headers_and_text() -> None:
    from datetime import UTC, datetime

    from tests.support.msg import build_msg

    data = build_msg(
        subject="Faktura korygująca",
        sender_name="Biuro",
        sender_email="biuro@sklep.example.pl",
        to="me@example.pl",
        date=datetime(2026, 10, 2, 12, 0, tzinfo=UTC),
        message_id="<p1@sklep>",
        body="Prosimy o korektę faktury FV/10/2026.",
    )
    preview = preview_of(data, "application/vnd.ms-outlook", "faktura.msg")
    assert "Subject: Faktura korygująca" in preview.text and "FV/10/2026" in preview.text
