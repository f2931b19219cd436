"""What is drawn over every page of a pack: the footer, the exhibit stamp, and an exhibit's caption.

An exhibit's first page carries, beside its stamp, what the exhibit proves (the evidence's note)
and its one-line translation, each worded in the pack's language ("What it shows: ...",
"Translation: ..."). Both sit in the stamp band at the top of the page (render.STAMP_BAND), which
no exhibit's content reaches: the pages Dossier draws keep a larger top margin, and a user's own
PDF page is shrunk below the band (assemble). A note too long for the band is cut with an
ellipsis there; the exhibit index gives it whole.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop_app.pack.render import ACCENT, BOLD, FONT, INK, ITALIC, MUTED, RULE, register_fonts

CAPTION_SIZE = 7.0
CAPTION_LEADING = 3.4 * mm
STAMP_SIZE = 8.0
EDGE = 8 * mm  # from the page's left and right edges to the caption and the stamp
GAP = 6 * mm  # between the caption and the stamp's box


@dataclass(frozen=True)
class PageStamp:
    width: float
    height: float
    footer: str
    stamp: str | None  # the exhibit stamp, on exhibit pages
    # An exhibit's first page: what it proves, and its translation, already worded (and masked).
    note: str | None = None
    translation: str | None = None


def render_overlay(stamps: Sequence[PageStamp], *, reproducible: bool) -> bytes:
    """One overlay page per pack page: the footer, the exhibit stamp where there is one, and an
    exhibit's caption on its first page."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=int(reproducible))
    for page in stamps:
        canvas.setPageSize((page.width, page.height))
        _label(canvas, page.footer, page.width / 2, 7 * mm, size=7.5, centred=True)
        stamp_width = 0.0
        if page.stamp:
            stamp_width = _label(
                canvas,
                page.stamp,
                page.width - EDGE,
                page.height - 9 * mm,
                size=STAMP_SIZE,
                bold=True,
                right=True,
            )
        if page.note or page.translation:
            _caption(canvas, page, room=caption_room(page.width, stamp_width))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def caption_room(page_width: float, stamp_width: float) -> float:
    """The width a caption line may take, left of the stamp's box (``stamp_width``, its box)."""
    return float(max(page_width - 2 * EDGE - stamp_width - GAP - 4.4 * mm, 20 * mm))


def caption_lines(note: str | None, translation: str | None, room: float) -> list[tuple[str, str]]:
    """The caption as (line, font): the note on two lines at most (one when a translation follows),
    the translation on one, each cut with an ellipsis where it would pass ``room`` points."""
    lines: list[tuple[str, str]] = []
    if note:
        lines += [(line, FONT) for line in _wrap(note, FONT, room, 1 if translation else 2)]
    if translation:
        lines += [(line, ITALIC) for line in _wrap(translation, ITALIC, room, 1)]
    return lines


def _width(value: str, font: str) -> float:
    return float(pdfmetrics.stringWidth(value, font, CAPTION_SIZE))


def _wrap(value: str, font: str, room: float, most: int) -> list[str]:
    """``value`` on at most ``most`` lines of ``room`` points, broken at spaces (a word too long for
    a line is cut), the last line ending in "…" when something is left over."""
    words = " ".join(value.split()).split(" ")
    lines: list[str] = []
    line = ""
    while words and len(lines) < most:
        word = words[0]
        candidate = f"{line} {word}" if line else word
        if _width(candidate, font) <= room:
            line = candidate
            words.pop(0)
            continue
        if not line:  # one word wider than the line: as much of it as fits
            cut = max(1, _fitting(word, font, room))
            line, words[0] = word[:cut], word[cut:]
        lines.append(line)
        line = ""
    if line:
        lines.append(line)
    if words and lines:
        last = lines[-1]
        while last and _width(last + "…", font) > room:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _fitting(word: str, font: str, room: float) -> int:
    """How many of ``word``'s first characters fit ``room`` points."""
    n = 0
    while n < len(word) and _width(word[: n + 1], font) <= room:
        n += 1
    return n


def _caption(canvas: Canvas, page: PageStamp, *, room: float) -> None:
    """The caption at the top left of the page, inside the stamp band, on a white ground."""
    lines = caption_lines(page.note, page.translation, room)
    if not lines:
        return
    # One line sits level with the stamp; two share the band, clear of a printer's top margin.
    first = page.height - (9 * mm if len(lines) == 1 else 6.4 * mm)
    widest = max(_width(line, font) for line, font in lines)
    canvas.setFillColor(colors.white)
    canvas.roundRect(
        EDGE - 2.2 * mm,
        first - (len(lines) - 1) * CAPTION_LEADING - 1.6 * mm,
        widest + 4.4 * mm,
        (len(lines) - 1) * CAPTION_LEADING + CAPTION_SIZE + 1.4 * mm,
        1.2 * mm,
        stroke=0,
        fill=1,
    )
    for n, (line, font) in enumerate(lines):
        canvas.setFillColor(INK if font == FONT else MUTED)
        canvas.setFont(font, CAPTION_SIZE)
        canvas.drawString(EDGE, first - n * CAPTION_LEADING, line)


def _label(
    canvas: Canvas,
    value: str,
    x: float,
    y: float,
    *,
    size: float,
    bold: bool = False,
    centred: bool = False,
    right: bool = False,
) -> float:
    """A label on a white ground (framed when bold); returns the width of its ground."""
    font = BOLD if bold else FONT
    width = pdfmetrics.stringWidth(value, font, size)
    left = x - width / 2 if centred else (x - width if right else x)
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(ACCENT if bold else RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(
        left - 2.2 * mm,
        y - 1.6 * mm,
        width + 4.4 * mm,
        size + 1.4 * mm,
        1.2 * mm,
        stroke=1 if bold else 0,
        fill=1,
    )
    canvas.setFillColor(ACCENT if bold else MUTED)
    canvas.setFont(font, size)
    canvas.drawString(left, y, value)
    return float(width + 4.4 * mm)
