"""Redaction that removes: numbers found in a PDF's text are boxed on an image of the page, and
nothing of them is left in the page's text, fonts or annotations (pack/redaction.py)."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject
from reportlab.pdfgen import canvas

from desktop_app.domain.models import RedactionArea
from desktop_app.domain.redact import mask_sensitive
from desktop_app.pack.redaction import Box, burn, redact_image, redact_pdf, scan_pdf, user_boxes
from tests.support.pdf import need_poppler

MASTERCARD = "5555555555554444"


def luhn_complete(partial: str) -> str:
    """``partial`` with the check digit that makes it pass the Luhn check."""
    from desktop_app.domain.redact import luhn_ok

    return next(partial + d for d in "0123456789" if luhn_ok(partial + d))


NINETEEN = luhn_complete("601100099013942412")


def pdf(*pages: Callable[[canvas.Canvas], object]) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return buffer.getvalue()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def poppler_text(data: bytes, tmp_path: Path) -> str:
    need_poppler()
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def raw_streams(data: bytes) -> bytes:
    """Every stream of the file, inflated where it is Flate: what a forensic reader would see."""
    out = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        with contextlib.suppress(zlib.error):
            out.append(zlib.decompress(match.group(1)))
    return b"\n".join(out)


@pytest.mark.parametrize(
    ("written", "secret"),
    [
        ("Karta: 5555 5555 5555 4444", "5555555555554444"),
        ("Card 4111-1111-1111-1111 (dashes)", "4111111111111111"),
        ("Amex 3782 822463 10005", "378282246310005"),
        ("Tarjeta 4111\u00a01111\u00a01111\u00a01111", "4111111111111111"),
        (
            f"19 digits {NINETEEN[:4]} {NINETEEN[4:8]} {NINETEEN[8:12]} {NINETEEN[12:16]} {NINETEEN[16:]}",
            NINETEEN,
        ),
        ("IBAN PL61 1090 1014 0000 0712 1981 2874 BIC BREXPLPW", "61109010140000071219812874"),
        ("IBAN ES9121000418450200051332", "9121000418450200051332"),
        ("IBAN FR14 2004 1010 0505 0001 3M02 606", "142004101005050001"),
        ("IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", "89370400440532013000"),
    ],
)
def test_a_page_with_a_number_becomes_an_image_without_any_of_its_text(
    written: str, secret: str, tmp_path: Path
) -> None:
    data = pdf(
        lambda c: (c.drawString(72, 720, written), c.drawString(72, 700, "Order 171-4028472-7183042")),
        lambda c: c.drawString(72, 720, "A page with nothing private: invoice FV/2026/114"),
    )
    found = scan_pdf(data)
    assert list(found.boxes) == [0], found
    assert not found.remaining
    out = redact_pdf(data, found.boxes, dpi=150, quality=80, max_megapixels=30)
    reader = PdfReader(io.BytesIO(out))
    assert len(reader.pages) == 2
    assert not (reader.pages[0].extract_text() or "").strip()  # the page is an image now
    assert "/Font" not in str(reader.pages[0]["/Resources"])
    assert "FV/2026/114" in (reader.pages[1].extract_text() or "")  # the other page stays text
    for text in (pypdf_text(out), poppler_text(out, tmp_path)):
        assert secret not in digits(text)
    assert secret.encode() not in digits(raw_streams(out).decode("latin-1")).encode()


def test_a_number_over_two_text_runs_or_two_lines_is_found(tmp_path: Path) -> None:
    data = pdf(
        lambda c: (c.drawString(72, 720, "Card: 5555 5555"), c.drawString(200, 720, "5555 4444 paid")),
        lambda c: (c.drawString(72, 720, "Karta 5555 5555"), c.drawString(72, 706, "5555 4444 zapłacono")),
        # Drawn in the wrong order: the last group first.
        lambda c: (c.drawString(160, 720, "5555 4444"), c.drawString(72, 720, "5555 5555")),
    )
    found = scan_pdf(data)
    assert sorted(found.boxes) == [0, 1, 2]
    out = redact_pdf(data, found.boxes, dpi=100, quality=80, max_megapixels=30)
    for text in (pypdf_text(out), poppler_text(out, tmp_path)):
        assert MASTERCARD not in digits(text)
        assert "5555" not in text


def test_numbers_that_are_not_cards_stay_and_the_page_stays_vector() -> None:
    data = pdf(
        lambda c: (
            c.drawString(72, 720, "Order 171-4028472-7183042, invoice 4111 1111 1111 1112"),
            c.drawString(72, 700, "ARN 74537606245000012345678"),
            c.drawString(72, 680, "IBAN FR00 0000 0000 0000 0000 0000 000"),
        )
    )
    found = scan_pdf(data)
    assert found.boxes == {} and not found.remaining


def test_a_number_in_a_table_cell_and_a_header(tmp_path: Path) -> None:
    def table(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(40, 810, "Statement · card 4111 1111 1111 1111 · page 1")  # the page's header
        for row, (when, what, amount) in enumerate(
            [("2026-10-01", "StreamNova 5555 5555 5555 4444", "17.99"), ("2026-10-02", "Refund", "-17.99")]
        ):
            y = 700 - 14 * row
            c.rect(40, y - 4, 500, 14)
            c.drawString(44, y, when)
            c.drawString(120, y, what)
            c.drawRightString(530, y, amount)

    data = pdf(table)
    found = scan_pdf(data)
    assert len(found.boxes[0]) == 2
    out = redact_pdf(data, found.boxes, dpi=120, quality=80, max_megapixels=30)
    text = poppler_text(out, tmp_path)
    assert "4111111111111111" not in digits(text) and MASTERCARD not in digits(text)


def test_the_boxes_cover_the_digits_on_a_turned_and_cropped_page(tmp_path: Path) -> None:
    data = pdf(lambda c: (c.setFont("Helvetica", 20), c.drawString(120, 600, "5555 5555 5555 4444")))
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    writer.pages[0].rotate(90)
    writer.pages[0].cropbox.lower_left = (60, 60)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    found = scan_pdf(data)
    out = redact_pdf(data, found.boxes, dpi=100, quality=90, max_megapixels=30)
    page = PdfReader(io.BytesIO(out)).pages[0]
    # The page keeps its shape as shown: turned, so wider than high.
    assert float(page.mediabox.width) > float(page.mediabox.height)
    import pypdfium2 as pdfium

    shown = pdfium.PdfDocument(out)[0].render(scale=1).to_pil().convert("L")
    before = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("L")
    assert shown.size == before.size
    # Every dark pixel of the original's digits is under a box: black in the redacted page.
    dark = [
        (x, y) for x in range(before.size[0]) for y in range(before.size[1]) if before.getpixel((x, y)) < 100
    ]
    assert dark
    assert all(shown.getpixel(p) < 60 for p in dark)
    shown.save(tmp_path / "turned.png")


def test_a_number_in_an_annotation_takes_the_annotation_away() -> None:
    data = pdf(lambda c: c.drawString(72, 720, "See the link"))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 715, 150, 730)]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/URI"),
                    NameObject("/URI"): TextStringObject("https://pay.example/?pan=5555555555554444"),
                }
            ),
        }
    )
    note = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (300, 700, 320, 720)]),
            NameObject("/Contents"): TextStringObject("card 4111 1111 1111 1111"),
        }
    )
    writer.add_annotation(0, link)
    writer.add_annotation(0, note)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    found = scan_pdf(data)
    assert 0 in found.boxes and len(found.boxes[0]) == 1  # the comment is boxed, the link has no area
    out = redact_pdf(data, found.boxes, dpi=100, quality=80, max_megapixels=30)
    assert b"5555555555554444" not in raw_streams(out)
    assert b"4111 1111" not in raw_streams(out)
    assert "/Annots" not in PdfReader(io.BytesIO(out)).pages[0]


def test_a_number_that_cannot_be_located_remains() -> None:
    def hidden(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 0.001)
        c.drawString(72, 720, "5555 5555 5555 4444")

    found = scan_pdf(pdf(hidden))
    assert found.remaining and "page 1" in found.remaining[0]


def test_a_page_without_text_is_said_to_be_unread() -> None:
    found = scan_pdf(pdf(lambda c: c.rect(72, 72, 200, 200, fill=1)))
    assert found.unread == [1] and not found.boxes


def test_user_boxes_on_an_image_are_black_on_a_copy() -> None:
    original = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(original, format="PNG")
    data = original.getvalue()
    boxes = user_boxes([RedactionArea(page=1, x=0.25, y=0.5, width=0.5, height=0.25)])
    assert list(boxes) == [0]
    out = Image.open(io.BytesIO(redact_image(data, boxes[0]))).convert("RGB")
    assert out.getpixel((100, 60)) == (0, 0, 0)
    assert out.getpixel((50, 74)) == (0, 0, 0) and out.getpixel((149, 50)) == (0, 0, 0)
    assert out.getpixel((10, 10)) == (255, 255, 255) and out.getpixel((100, 80)) == (255, 255, 255)
    assert Image.open(io.BytesIO(data)).convert("RGB").getpixel((100, 60)) == (255, 255, 255)


def test_user_boxes_are_clipped_and_empty_ones_dropped() -> None:
    boxes = user_boxes(
        [
            RedactionArea(page=2, x=0.9, y=-0.1, width=0.5, height=0.3),
            RedactionArea(page=1, x=0.2, y=0.2, width=0.0, height=0.1),
        ]
    )
    assert boxes == {1: [Box(0.9, 0.0, pytest.approx(0.1), pytest.approx(0.2), "user")]}  # type: ignore[arg-type]


def test_burn_covers_the_box_whole() -> None:
    image = burn(Image.new("L", (10, 10), 255), [Box(0.0, 0.0, 0.35, 0.35, "user")])
    assert image.getpixel((3, 3)) == 0 and image.getpixel((4, 4)) == 255


def test_masking_across_lines_takes_a_number_cut_by_a_line_break() -> None:
    assert mask_sensitive("Karta 5555 5555\n5555 4444", across_lines=True) == "Karta •••• ••••\n•••• 4444"
    assert mask_sensitive("Karta 5555 5555\n5555 4444") == "Karta 5555 5555\n5555 4444"  # as stored
