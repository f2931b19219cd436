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
    assert "3 page(s)" in preview.text and "Facture page 1, Paris" in preview.text
