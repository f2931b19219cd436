"""reportlab's own work on the pack's pages, done once where it repeats (issue 17: the front
matter's time), with the same results: a table cell's paragraph made without running the markup
parser when it has no markup, a string's width remembered per font and size."""

from __future__ import annotations

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag


class MeasuredFont(TTFont):  # type: ignore[misc]
    """reportlab's TrueType font, each string's width remembered: reportlab measures every word
    of a paragraph each time it breaks its lines (a Python sum over its characters, rl_accel being
    absent), and the front matter's words repeat. The same width, computed by reportlab."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            return float(super().stringWidth(text, size, encoding))
        widths = self._widths
        width = widths.get((text, size))
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if len(widths) < _WIDTHS_KEPT:
                widths[text, size] = width
        return width


_WIDTHS_KEPT = 1 << 16  # strings per font


def plain_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(markup, style)``. A text without markup (no tag, no entity) is given the one
    fragment reportlab's parser makes of it (``ParaParser``: ``_initial_frag``, ``handle_data``)
    without running the parser: the front matter's 4,000 table cells are mostly such texts, and
    parsing them was a fifth of its time. tests/unit/pack/test_plain_cells.py compares the two."""
    plain = cleanBlockQuotedText(markup)
    if not plain or "<" in plain or "&" in plain or ">" in plain or style.textTransform:
        return Paragraph(markup, style)
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    name, bold, italic = ps2tt(style.fontName)
    frag.fontName, frag.bold, frag.italic = name, bold, italic
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.us_lines = []
    frag.__tag__ = "para"
    frag.fontName = tt2ps(name, bold, italic)
    frag.text = plain
    return Paragraph(plain, style, frags=[frag])
