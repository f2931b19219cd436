"""Setting the pack's tables so that no word breaks inside itself, in any of the pack's languages.

A reportlab Paragraph that meets a word wider than its column cuts it wherever the column ends
("Representativ|e", "Załączn|ik"). :func:`fit_table` prevents that before the table is drawn:

1. Each column is made at least as wide as its widest word (measured with reportlab's own
   ``stringWidth`` in the font and size of every fragment), the room taken from the columns that
   have more than they need, in proportion to what they can spare (when there is not room for
   all, the columns short of room share what is left in proportion to their shortfall). A word
   is what lies between spaces: a no-break space (an amount, "240,00 PLN") holds a word together.
   Of a long e-mail address, web address, reference or double name only its widest part between
   its separators counts: it breaks there rather than squeeze the text beside it.
2. Such a word breaks after its "@", "/", "-", "_", "." or ":" (the line ends there, no hyphen
   added) at the cell's own size when each part fits; never a word of at most
   :data:`SHORT_WORD` characters (a date, a time) unless nothing else is left.
3. Any other word that does not fit makes its cell smaller, down to :data:`FLOOR` of its size;
   at the floor, a word still too wide is broken at the same separators, and a run of letters at
   the hyphenation points of its language's rules (pyphen's
   dictionaries for en, fr, es, pl: the line ends with "-"). Only a run with neither (a code of
   40 letters and digits with no separator) is cut at the column's edge, as a last resort. The
   breaks are written as explicit line breaks in the cell's markup.

Nothing here draws: it returns the widths and the cells to draw with. (:class:`Deferred`: a
part of a story made only when the layout reaches it, from the pages laid out by then.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from html import unescape
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable

#: The smallest a cell's text is set, as a share of its size (8 pt cells: 6.4 pt).
FLOOR = 0.8
SHY = "\u00ad"
#: Where reportlab may end a line (its own list, without the no-break spaces).
_BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u200b\u2028\u2029\u205f\u3000]+")
#: The natural break points of an address or a reference: the line may end after one of these.
_SEPARATORS = re.compile(r"(?<=[@/\\\-_.:;,+=&?#|])(?=.)")
_TAG = re.compile(r"(<[^>]*>)")
#: pyphen's dictionary for each pack language.
_HYPHENATION = {"en": "en_GB", "fr": "fr", "es": "es", "pl": "pl_PL"}
_EPSILON = 0.01
#: reportlab's stringWidth, remembered: a table measures the same words in the same fonts again
#: and again (a date, a column's kind, "Exhibit B"), and reportlab measures them character by
#: character in Python.
_width = lru_cache(maxsize=1 << 16)(stringWidth)


def widest_word(paragraph: Paragraph) -> float:
    """The width, in points, of the paragraph's widest unbreakable word at its own font sizes."""
    return max((width for _, width in words_of(paragraph)), default=0.0)


def words_of(paragraph: Paragraph) -> list[tuple[str, float]]:
    """Every word of ``paragraph`` (what reportlab cannot break between) with its width."""
    words: list[tuple[str, float]] = []
    current, width = "", 0.0
    for frag in _frags(paragraph):
        if getattr(frag, "lineBreak", False):
            if current:
                words.append((current, width))
            current, width = "", 0.0
            continue
        value = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        pieces = _BREAKS.split(value)
        for i, piece in enumerate(pieces):
            if i > 0:  # a break between this piece and the one before
                if current:
                    words.append((current, width))
                current, width = "", 0.0
            if piece:
                current += piece
                width += _width(piece.replace(SHY, ""), frag.fontName, frag.fontSize)
    if current:
        words.append((current, width))
    return words


def _frags(paragraph: Paragraph) -> list[Any]:
    frags = getattr(paragraph, "frags", None)
    if hasattr(paragraph, "blPara") or not frags or not all(hasattr(f, "fontName") for f in frags):
        frags = Paragraph(paragraph.text, paragraph.style).frags  # reportlab's wrap rewrites them
    return list(frags)


def cell_paragraphs(cell: Any) -> Iterator[Paragraph]:
    if isinstance(cell, Paragraph):
        yield cell
    elif isinstance(cell, (list, tuple)):
        for item in cell:
            yield from cell_paragraphs(item)


def column_widths(needs: Sequence[float], widths: Sequence[float]) -> list[float]:
    """``widths`` changed as little as possible so that each column gets what it ``needs``.

    The room comes from the columns wider than they need, in proportion to what each can spare;
    when there is not enough, every column keeps what it needs if it can and the short columns
    share the rest in proportion to their shortfall (their words will be set smaller or broken).
    """
    total = sum(widths)
    short = [max(0.0, n - w) for n, w in zip(needs, widths, strict=True)]
    spare = [max(0.0, w - n) for n, w in zip(needs, widths, strict=True)]
    wanted, available = sum(short), sum(spare)
    if wanted <= _EPSILON:
        return list(widths)
    if wanted <= available:
        give = wanted / available
        return [w + s if s > 0 else w - p * give for w, s, p in zip(widths, short, spare, strict=True)]
    out = [min(n, w) for n, w in zip(needs, widths, strict=True)]
    left = total - sum(out)
    return [o + left * s / wanted for o, s in zip(out, short, strict=True)]


def fit_table(
    rows: list[list[Any]], widths: Sequence[float], *, padding: float, lang: str
) -> tuple[list[list[Any]], list[float]]:
    """The rows and column widths with which no word of any cell is wider than its column.

    ``padding`` is the cell's left plus right padding; spanned cells (a "" under a span) are
    left alone, a cell that spans the rest of its row is measured against the widths it spans.
    """
    columns = len(widths)
    # What each column needs: its widest word whole, but of a long address or reference only its
    # widest part between separators (it breaks there rather than take a column's room from the
    # text beside it).
    needs = [0.0] * columns
    measured: dict[int, list[tuple[str, float]]] = {}  # each paragraph's words, measured once
    for row in rows:
        for c, cell in enumerate(row[:columns]):
            if _spans_rest(row, c):
                continue
            for paragraph in cell_paragraphs(cell):
                words = measured[id(paragraph)] = words_of(paragraph)
                for word, width in words:
                    needs[c] = max(needs[c], width * _widest_part(word, paragraph.style) + padding)
    fitted = column_widths(needs, widths)
    out: list[list[Any]] = []
    for row in rows:
        new_row = list(row)
        for c, cell in enumerate(row[:columns]):
            room = (sum(fitted[c:]) if _spans_rest(row, c) else fitted[c]) - padding
            new_row[c] = _fit_cell(cell, room, lang, measured)
        out.append(new_row)
    return out, fitted


def _spans_rest(row: Sequence[Any], c: int) -> bool:
    """A cell followed only by "" cells to the end of its row (the appendix's hash line)."""
    return c + 1 < len(row) and all(cell == "" for cell in row[c + 1 :]) and row[c] != ""


def _fit_cell(cell: Any, room: float, lang: str, measured: dict[int, list[tuple[str, float]]]) -> Any:
    if isinstance(cell, Paragraph):
        return fit_paragraph(cell, room, lang, words=measured.get(id(cell)))
    if isinstance(cell, list):
        return [_fit_cell(item, room, lang, measured) for item in cell]
    return cell


def fit_paragraph(
    paragraph: Paragraph, room: float, lang: str, *, words: list[tuple[str, float]] | None = None
) -> Paragraph:
    """``paragraph`` as it is if its widest word fits ``room``. Else: a word with natural separators
    (an address, a reference, "Kałużna-Wiśniewska") is broken after them at the cell's own size when
    each of its parts fits; a word that still does not fit makes the cell smaller (down to the
    floor), and at the floor it is broken at its hyphenation points. ``words``: its
    :func:`words_of`, when already measured."""
    if words is None:
        words = words_of(paragraph)
    widest = max((width for _, width in words), default=0.0)
    if widest <= room + _EPSILON:
        return paragraph
    style = paragraph.style
    # The width each word needs once broken after its separators: its widest part.
    needed = max(width * _widest_part(word, style) for word, width in words)
    if needed <= room + _EPSILON:
        return Paragraph(break_words(paragraph.text, style, room, lang), style)
    ratio = max(FLOOR, room / needed)
    size = math.floor(style.fontSize * ratio * 10) / 10
    smaller = ParagraphStyle(
        f"{style.name}@{size:g}",
        parent=style,
        fontSize=size,
        leading=style.leading * size / style.fontSize,
    )
    if widest * size / style.fontSize <= room + _EPSILON:
        return Paragraph(paragraph.text, smaller)
    return Paragraph(break_words(paragraph.text, smaller, room, lang), smaller)


#: A word this short is never broken at its separators: a date (2026-08-28), a time (UTC+02:00).
SHORT_WORD = 12


def _widest_part(word: str, style: ParagraphStyle) -> float:
    """The share of ``word``'s width taken by its widest part between natural separators (1.0 for
    a word without any, or a short one)."""
    whole = _width(word, style.fontName, style.fontSize)
    if not whole or len(word) <= SHORT_WORD:
        return 1.0
    parts = _SEPARATORS.split(word.replace(SHY, ""))
    return float(max(_width(p, style.fontName, style.fontSize) for p in parts) / whole)


def break_words(markup: str, style: ParagraphStyle, room: float, lang: str) -> str:
    """``markup`` with each word wider than ``room`` broken so that every piece fits."""
    bold = False
    out: list[str] = []
    for segment in _TAG.split(markup):
        if segment.startswith("<"):
            tag = segment.lower().replace(" ", "")
            if tag in ("<b>", "<strong>"):
                bold = True
            elif tag in ("</b>", "</strong>"):
                bold = False
            out.append(segment)
            continue
        font = _bold_of(style.fontName) if bold else style.fontName
        parts = re.split(f"({_BREAKS.pattern})", segment)
        for part in parts:
            if not part or _BREAKS.fullmatch(part):
                out.append(part)
                continue
            word = unescape(part)
            if _width(word, font, style.fontSize) <= room + _EPSILON:
                out.append(part)
            else:
                out.append(_broken(word, font, style.fontSize, room, lang))
    return "".join(out)


def _bold_of(font: str) -> str:
    return font if font.endswith("-Bold") else f"{font.split('-')[0]}-Bold"


def _broken(word: str, font: str, size: float, room: float, lang: str) -> str:
    """One word too wide for ``room``, as markup of lines that each fit: a line ends after a natural
    separator ("@", "/", "-"...) as it is, or at one of the language's hyphenation points with a
    "-", or (a run with neither) at the edge. Explicit line breaks, not soft hyphens: reportlab's
    soft hyphens are unreliable in a paragraph of several fragments."""

    def fits(piece: str) -> bool:
        return bool(_width(piece, font, size) <= room + _EPSILON)

    atoms: list[tuple[str, str]] = []  # (text, what the line shows if it ends after it)
    for token in _SEPARATORS.split(word):
        if fits(token):
            atoms.append((token, ""))
            continue
        syllables = _syllables(token, lang)
        if len(syllables) > 1 and all(fits(s + "-") for s in syllables):
            atoms += [(s, "-") for s in syllables[:-1]] + [(syllables[-1], "")]
        else:
            atoms += [(piece, "") for piece in _cut(token, fits)]
    lines: list[str] = []
    line, ending = "", ""
    for text, suffix in atoms:
        if line and not fits(line + text + suffix):
            lines.append(line + ending)
            line = ""
        line += text
        ending = suffix
    lines.append(line)
    return "<br/>".join(escape(piece) for piece in lines)


def _syllables(token: str, lang: str) -> list[str]:
    """``token`` cut at its language's hyphenation points (a run of letters only; a prefix and a
    suffix of punctuation stay with the first and last piece), or [token]."""
    dictionary = _dictionary(lang)
    core = re.fullmatch(r"([^\w]*)([^\W\d_]+)([^\w]*)", token)
    if dictionary is None or core is None:
        return [token]
    pieces: list[str] = str(dictionary.inserted(core.group(2), hyphen=SHY)).split(SHY)
    pieces[0] = core.group(1) + pieces[0]
    pieces[-1] += core.group(3)
    return pieces


@cache
def _dictionary(lang: str) -> Any:
    import pyphen

    name = _HYPHENATION.get(lang)
    return pyphen.Pyphen(lang=name) if name else None


def _cut(token: str, fits: Callable[[str], bool]) -> list[str]:
    """The last resort: ``token`` cut into the longest pieces that fit."""
    pieces: list[str] = []
    current = ""
    for char in token:
        if current and not fits(current + char):
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces


class Deferred(ActionFlowable):  # type: ignore[misc]
    """Flowables made from the number of pages laid out when the layout reaches it, in its place."""

    locChanger = True  # never kept together with what comes before it

    def __init__(self, story: list[Flowable], make: Callable[[int], list[Flowable]]) -> None:
        super().__init__()
        self.story: list[Flowable] | None = story
        self.make = make

    def apply(self, doc: Any) -> None:
        story, self.story = self.story, None  # the story list reportlab is consuming
        assert story is not None
        story[0:0] = self.make(doc.page)
