"""Any page of a PDF, drawn on its own for the evidence preview (issue 17: a card number on page 5
can be boxed): the page asked for and only it, its count, and a clear refusal out of range."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from desktop_app.intake import preview as preview_module
from desktop_app.intake.preview import PAGE_SIDE, PageNotShown, pdf_page_png, preview_of


def statement(pages: int = 5, landscape_page: int = 4) -> bytes:
    """A statement of ``pages`` pages; page ``landscape_page`` is landscape (to tell it apart)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in range(1, pages + 1):
        pdf.setPageSize(landscape(A4) if number == landscape_page else A4)
        pdf.drawString(72, 500, f"Statement page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def size_of(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(png)) as image:
        return image.size


def test_a_pdf_preview_says_how_many_pages_it_has() -> None:
    shown = preview_of(statement(), "application/pdf", "statement.pdf")
    assert shown.kind == "pages" and shown.page_count == 5 and len(shown.pages) == 2
    assert "5 pages" in shown.text


def test_any_page_is_drawn_on_its_own() -> None:
    data = statement()
    width, height = size_of(pdf_page_png(data, 4))
    assert width > height and max(width, height) <= PAGE_SIDE  # page 4, the landscape one
    for page in (1, 3, 5):
        width, height = size_of(pdf_page_png(data, page))
        assert height > width and max(width, height) <= PAGE_SIDE


def test_only_the_page_asked_for_is_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []
    render = preview_module._render_page

    def counting(document: object, index: int, max_side: int) -> bytes | None:
        drawn.append(index)
        return render(document, index, max_side)  # type: ignore[arg-type]

    monkeypatch.setattr(preview_module, "_render_page", counting)
    data = statement(pages=400, landscape_page=397)
    width, height = size_of(pdf_page_png(data, 397))
    assert drawn == [396] and width > height


@pytest.mark.parametrize("page", [0, -1, 6, 1000])
def test_a_page_out_of_range_is_refused_saying_how_many_there_are(page: int) -> None:
    with pytest.raises(PageNotShown) as refused:
        pdf_page_png(statement(), page)
    assert refused.value.count == 5
    assert str(refused.value) == f"There is no page {page}: the PDF has 5 pages, numbered from 1."


def test_an_unreadable_pdf_is_refused() -> None:
    with pytest.raises(PageNotShown, match="cannot be read"):
        pdf_page_png(b"%PDF-1.7 garbage", 1)
