"""The redaction scan's reading of character boxes and its lines, against pypdfium2's own reading
and the plain layout they replaced (issue 17: the same findings, read faster)."""

from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop_app.pack import redaction

Boxes = dict[int, tuple[float, float, float, float]]


def _statement_pdf() -> bytes:
    """Two pages of columns, numbers cut by spaces, rotated and small text, a second font."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    rng = random.Random(17)
    for number in range(2):
        for row in range(40):
            y = 800 - row * 19
            page.setFont("Helvetica", 7 + row % 5)
            page.drawString(40, y, f"2026-0{1 + row % 9}-1{row % 10}  Card 5555 5555 5555 {4444 + row}")
            page.setFont("Courier", 9)
            page.drawString(
                330 + rng.uniform(-2, 2), y + rng.uniform(-3, 3), f"{rng.randint(1, 99999)},{row:02d} EUR"
            )
        page.saveState()
        page.translate(520, 200)
        page.rotate(60 + number * 30)
        page.drawString(0, 0, "IBAN DE89 3704 0044 0532 0130 00")
        page.restoreState()
        page.setFont("Helvetica", 4)
        page.drawString(60, 30, "4111111111111111 and 4012 8888 8888 1881")
        page.showPage()
    page.save()
    return out.getvalue()


def _laid_out_before(text: str, boxes: Boxes) -> tuple[str, list[int]]:
    """The layout as it was written first (sorts with key functions over the items)."""
    placed = [(i, box) for i, box in boxes.items() if box[2] - box[0] > 0.01 and box[3] - box[1] > 0.01]
    placed.sort(key=lambda item: -(item[1][1] + item[1][3]))
    lines: list[list[tuple[int, tuple[float, float, float, float]]]] = []
    line: list[tuple[int, tuple[float, float, float, float]]] = []
    bottom = top = 0.0
    for item in placed:
        low, high = item[1][1], item[1][3]
        if lines and bottom <= (low + high) / 2 <= top:
            line.append(item)
            bottom, top = min(bottom, low), max(top, high)
        else:
            line = [item]
            lines.append(line)
            bottom, top = low, high
    out: list[str] = []
    where: list[int] = []
    for line in lines:
        line.sort(key=lambda item: item[1][0])
        previous: tuple[float, float, float, float] | None = None
        for i, box in line:
            if previous is not None:
                height = max(box[3] - box[1], previous[3] - previous[1])
                gap = box[0] - previous[2]
                if gap >= 0.15 * height:
                    spaces = 1 if gap < 4 * height else 4
                    out += " " * spaces
                    where += [-1] * spaces
            out.append(text[i])
            where.append(i)
            previous = box
        out.append("\n")
        where.append(-1)
    return "".join(out), where


def test_the_character_boxes_are_pypdfium2_s_loose_boxes() -> None:
    document = pdfium.PdfDocument(_statement_pdf())
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range()
            expected = {
                i: tuple(textpage.get_charbox(i, loose=True)) for i in range(count) if text[i] not in "\r\n"
            }
            assert count > 500 and any(c in "\r\n" for c in text)
            assert redaction._charboxes(textpage, text, count) == expected
            textpage.close()
            page.close()
    finally:
        document.close()


def test_the_lines_are_laid_out_as_before_on_pages_and_on_shuffled_boxes() -> None:
    document = pdfium.PdfDocument(_statement_pdf())
    cases: list[tuple[str, Boxes]] = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            cases.append((text, redaction._charboxes(textpage, text, textpage.count_chars())))
            textpage.close()
            page.close()
    finally:
        document.close()
    rng = random.Random(5)
    for _ in range(200):  # ties of middles and of lefts, empty boxes, overlapping lines
        size = rng.randint(0, 60)
        text = "".join(rng.choice("0123456789 -ab") for _ in range(size))
        boxes: Boxes = {}
        for i in rng.sample(range(size), size):
            left, bottom = rng.choice([0.0, 1.0, 2.5, 10.0]), rng.choice([0.0, 3.0, 4.0, 12.0])
            boxes[i] = (
                left,
                bottom,
                left + rng.choice([0.0, 0.005, 2.0, 30.0]),
                bottom + rng.choice([0.0, 5.0, 9.0]),
            )
        cases.append((text, boxes))
    for text, boxes in cases:
        assert redaction._laid_out(text, boxes) == _laid_out_before(text, boxes)
    assert any("5555 5555" in redaction._laid_out(text, boxes)[0] for text, boxes in cases[:2])
