"""Drawing the pack's own pages with reportlab.

Layout constants are in millimetres; fonts are the DejaVu TrueType fonts
shipped in resources/fonts and embedded in every PDF, so Polish, French,
Spanish and German text prints and extracts intact. Each render function
returns PDF bytes plus what the assembler needs to know about them (where
sections start, where the index rows are, to make bookmarks and links).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.domain.redact import mask_sensitive
from desktop_app.pack.strings import format_size
from desktop_app.pack.typeset import MeasuredFont, plain_paragraph
from desktop_app.resources import resource_path

# Images go in as binary streams: ASCII85 would make every image a quarter larger.
rl_config.useA85 = 0

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"

MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm  # leaves room for the exhibit stamp
MARGIN_BOTTOM = 18 * mm  # leaves room for the page footer
# An original PDF page is shrunk just enough to keep these bands free for the stamp and the footer.
STAMP_BAND = 13 * mm
FOOTER_BAND = 11 * mm
INK = colors.HexColor("#1d2433")
MUTED = colors.HexColor("#5b6475")
ACCENT = colors.HexColor("#1e295c")
RULE = colors.HexColor("#c9cfe3")
BAND = colors.HexColor("#eef0f7")

PAPER = {"a4": A4, "letter": LETTER}


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_name in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
        (MONO, "DejaVuSansMono.ttf"),
    ):
        pdfmetrics.registerFont(MeasuredFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    mono: ParagraphStyle
    mono_small: ParagraphStyle


def make_styles(lang: str = "en") -> Styles:
    """The pack's styles; ``lang`` (the pack's language) is kept on each style as ``language``, so
    that a table set with them hyphenates by that language's rules (see :func:`record_table`)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT, language=lang
    )
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=13.5, leading=17, textColor=ACCENT, spaceAfter=3 * mm
        ),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=2 * mm),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        label=ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=8.5, leading=12, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10.2),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=8, leading=10.2),
        mono=ParagraphStyle("mono", parent=body, fontName=MONO, fontSize=8.5, leading=11.5),
        mono_small=ParagraphStyle("mono_small", parent=body, fontName=MONO, fontSize=6.6, leading=8.5),
    )


def text(value: str | None) -> str:
    """Safe Paragraph markup for a user's text: masked, escaped, line breaks kept."""
    return escape(mask_sensitive(value)).replace("\n", "<br/>")


# --------------------------------------------------------------------------- recording flowables


@dataclass
class Marks:
    """Where things landed in a rendered document (pages from 0)."""

    sections: list[tuple[str, int]] = field(default_factory=list)
    links: list[tuple[int, tuple[float, float, float, float], str]] = field(default_factory=list)
    pages: int = 0


class Heading(Paragraph):
    def __init__(self, content: str, style: ParagraphStyle, outline: str) -> None:
        super().__init__(content, style)
        self.outline = outline


class LinkArea(Flowable):
    """Zero-height marker: the line below it links to an exhibit."""

    def __init__(self, width: float, height: float, target: str, marks: Marks) -> None:
        super().__init__()
        self.width = width
        self.link_height = height
        self.target = target
        self.marks = marks

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.marks.links.append((page, (x - 2, y - self.link_height, x + self.width, y + 2), self.target))


class _Doc(BaseDocTemplate):
    def __init__(
        self, buffer: io.BytesIO, pagesize: tuple[float, float], marks: Marks, **kwargs: Any
    ) -> None:
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kwargs,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.marks = marks

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.marks.sections.append((flowable.outline, self.page - 1))


def build_doc(
    story: list[Flowable], pagesize: tuple[float, float], *, title: str, subject: str, reproducible: bool
) -> tuple[bytes, Marks]:
    marks = Marks()
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize,
        marks,
        title=title,
        subject=subject,
        author="Dossier",
        creator="Dossier",
        invariant=int(reproducible),
    )
    doc.build(story)
    marks.pages = doc.page
    return buffer.getvalue(), marks


CELL_PADDING = 3  # left and right, in points


def record_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
    lang: str | None = None,
) -> Table:
    """A table of records whose cells never break inside a word: the columns are widened from the
    ones with room to spare, then a word that still does not fit is set smaller or broken at its
    natural or hyphenation points (desktop_app.pack.layout). ``lang``: the pack's language (by
    default the one its cells' styles were made for, :func:`make_styles`)."""
    rows, fitted = fit_rows(rows, widths, lang)
    table = Table(rows, colWidths=fitted, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), BAND), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        for row in range(2 if header else 1, len(rows), 2):
            style.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f8f9fc")))
    table.setStyle(TableStyle(style))
    return table


def fit_rows(
    rows: list[list[Any]], widths: Sequence[float], lang: str | None = None
) -> tuple[list[list[Any]], list[float]]:
    """``rows`` and ``widths`` set so that every word of every cell fits its column (see
    :func:`record_table`); a link area in a cell follows its column's new width."""
    from desktop_app.pack.layout import cell_paragraphs, fit_table

    if lang is None:
        lang = next(
            (
                str(getattr(p.style, "language", "en"))
                for row in rows
                for cell in row
                for p in cell_paragraphs(cell)
            ),
            "en",
        )
    fitted_rows, fitted = fit_table(rows, widths, padding=2 * CELL_PADDING, lang=lang)
    for row in fitted_rows:
        for c, cell in enumerate(row[: len(fitted)]):
            for item in cell if isinstance(cell, list) else [cell]:
                if isinstance(item, LinkArea):
                    item.width += fitted[c] - widths[c]
            for paragraph in cell_paragraphs(cell):
                if type(paragraph) is Paragraph:  # set now: from here on only wrapped and drawn
                    paragraph.__class__ = CellParagraph
    return fitted_rows, fitted


class CellParagraph(Paragraph):
    """A table cell's paragraph, its lines broken once for each width it is given.

    reportlab wraps every cell of the rows left each time it splits a table at a page's end (the
    part that fits, then the rest, again on the next page): the 200 rows of a communication log
    were wrapped 13,000 times over its pages, for the same widths. The lines for the last width
    are kept and given back as they were; a paragraph split in two, or given another width, is
    wrapped anew. The pages drawn are the same bytes (tests/unit/pack/test_render.py).
    """

    _lines: tuple[float, tuple[float, float], Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self._lines
        if kept is not None and kept[0] == availWidth:
            self.width, self.height, self.blPara = availWidth, kept[1][1], kept[2]
            return kept[1]
        before = self.__dict__.get("blPara")
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        # reportlab gives up on a width too narrow without breaking any line: nothing to keep
        self._lines = (availWidth, size, lines) if lines is not None and lines is not before else None
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._lines = None
        parts: list[Flowable] = super().split(availWidth, availHeight)
        return parts


def cells(values: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    return [plain_paragraph(text(v), style) for v in values]


def header_cells(values: Sequence[str], st: Styles) -> list[Paragraph]:
    return [plain_paragraph(escape(v), st.cell_bold) for v in values]


def listing_table(
    header: list[Any], entries: Sequence[tuple[list[Any], list[Any], int]], widths: list[float], lang: str
) -> Table:
    """A listing of files (the integrity appendix, the page of documents left out): a header row
    on a band, then per entry its row and, under it, its details (a SHA-256, a source...) spanning
    from column ``span_from`` to the last, with a thin rule below. ``entries``: (row, details,
    span_from). Set with :func:`fit_rows`, so that no word breaks inside itself."""
    last = len(widths) - 1
    rows: list[list[Any]] = [header]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    for row, details, span_from in entries:
        rows.append(row)
        under = len(rows)
        rows.append(["" if i != span_from else details for i in range(last + 1)])
        style += [
            ("SPAN", (span_from, under), (last, under)),
            ("LINEBELOW", (0, under), (-1, under), 0.25, RULE),
            ("TOPPADDING", (0, under), (-1, under), 0),
        ]
    rows, fitted = fit_rows(rows, widths, lang)
    table = Table(rows, colWidths=fitted, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def hash_style(st: Styles) -> ParagraphStyle:
    """A SHA-256 under a file's row: small monospace, on one line where it fits."""
    return ParagraphStyle("hash", parent=st.mono, fontSize=7.6, leading=10)


def human_size(size: int, lang: str = "en") -> str:
    """A file's size as ``lang`` writes it: "1.2 kB" in English, "1,2 kB" in Polish and Spanish,
    "1,2 ko" in French (PackStrings.size; a no-break space before the unit)."""
    return format_size(size, lang)


# --------------------------------------------------------------------------- text-like exhibits


def render_text_exhibit(
    heading: str,
    header_rows: Sequence[tuple[str, str]],
    body: str,
    notes: Sequence[str],
    *,
    paper: str,
    reproducible: bool,
) -> bytes:
    """An e-mail (its headers, then its text) or a text document, as pages."""
    st = make_styles()
    pagesize = PAPER[paper]
    width = pagesize[0] - 2 * MARGIN_X
    story: list[Flowable] = [Paragraph(text(heading), st.h1)]
    if header_rows:
        rows = [[Paragraph(escape(k), st.label), Paragraph(text(v), st.body)] for k, v in header_rows]
        table = Table(rows, colWidths=[28 * mm, width - 28 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story += [table, Spacer(0, 4 * mm)]
    for note in notes:
        story.append(Paragraph(text(note), st.small))
    if notes:
        story.append(Spacer(0, 2 * mm))
    for paragraph in _paragraphs(body):
        style = st.mono if _looks_tabular(paragraph) else st.body
        # A long block goes in as pieces: reportlab splits a paragraph across pages by wrapping what
        # is left again at every page, so one block of thousands of lines took minutes (quadratic).
        # Masked whole first, so that a card number is never cut in two and missed.
        pieces = _pieces(mask_sensitive(paragraph, across_lines=True))
        story += [Paragraph(escape(piece).replace("\n", "<br/>"), style) for piece in pieces]
        story.append(Spacer(0, 1.6 * mm))
    data, _ = build_doc(story, pagesize, title=heading, subject=heading, reproducible=reproducible)
    return data


PIECE_LINES = 30
PIECE_CHARS = 3000


def _pieces(block: str) -> list[str]:
    """A block of text in pieces of at most PIECE_LINES lines and about PIECE_CHARS characters."""
    pieces: list[str] = []
    lines: list[str] = []
    size = 0
    for line in block.split("\n"):
        while len(line) > PIECE_CHARS:  # one very long line (minified data): cut where it would wrap
            if lines:
                pieces.append("\n".join(lines))
                lines, size = [], 0
            pieces.append(line[:PIECE_CHARS])
            line = line[PIECE_CHARS:]
        lines.append(line)
        size += len(line)
        if len(lines) >= PIECE_LINES or size >= PIECE_CHARS:
            pieces.append("\n".join(lines))
            lines, size = [], 0
    if lines:
        pieces.append("\n".join(lines))
    return pieces


def _paragraphs(body: str) -> list[str]:
    blocks = [block.strip("\n") for block in body.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b.strip()] or [""]


def _looks_tabular(block: str) -> bool:
    return any(line.startswith(("  ", "\t")) for line in block.splitlines())


def render_message_page(heading: str, message: str, *, paper: str, reproducible: bool) -> bytes:
    """One page saying something about an exhibit (a placeholder, or a file that has no pages)."""
    st = make_styles()
    story: list[Flowable] = [
        Paragraph(text(heading), st.h1),
        CondPageBreak(0),
        Paragraph(text(message), st.body),
    ]
    data, _ = build_doc(story, PAPER[paper], title=heading, subject=heading, reproducible=reproducible)
    return data


# --------------------------------------------------------------------------- images


@dataclass(frozen=True)
class PlacedImage:
    caption: str
    data: bytes  # JPEG or PNG bytes, already sized for the page
    width_px: int
    height_px: int
    # The image as it was read, turned upright (EXIF), before any scaling: (width, height) in pixels.
    source_size: tuple[int, int] = (0, 0)


def render_image_pages(
    images: Sequence[PlacedImage], per_page: int, *, paper: str, reproducible: bool
) -> tuple[bytes, int]:
    """Images scaled to fit the page, ``per_page`` (1, 2 or 4) on each page. Returns (pdf, pages)."""
    pages = [(images[start : start + per_page], per_page) for start in range(0, len(images), per_page)]
    return render_image_sheet(pages, paper=paper, reproducible=reproducible), len(pages)


def render_image_sheet(
    pages: Sequence[tuple[Sequence[PlacedImage], int]], *, paper: str, reproducible: bool
) -> bytes:
    """Pages of images on one canvas: each page's images laid out ``per_page`` (1, 2 or 4) to a
    page. The font of the captions is embedded once for all of them."""
    from reportlab.lib.utils import ImageReader

    register_fonts()
    pagesize = PAPER[paper]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, invariant=int(reproducible))
    canvas.setTitle(pages[0][0][0].caption if pages and pages[0][0] else "")
    for images, per_page in pages:
        columns, rows = {1: (1, 1), 2: (1, 2), 4: (2, 2)}[per_page]
        area_w = pagesize[0] - 2 * MARGIN_X
        area_h = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
        gap = 5 * mm
        cell_w = (area_w - gap * (columns - 1)) / columns
        cell_h = (area_h - gap * (rows - 1)) / rows
        caption_h = 9 * mm
        for slot, image in enumerate(images):
            col, row = slot % columns, slot // columns
            x0 = MARGIN_X + col * (cell_w + gap)
            top = pagesize[1] - MARGIN_TOP - row * (cell_h + gap)
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(MUTED)
            caption = mask_sensitive(image.caption)
            while caption and pdfmetrics.stringWidth(caption, FONT, 8.5) > cell_w:
                caption = caption[:-2] + "…"
            canvas.drawString(x0, top - 4 * mm, caption)
            box_h = cell_h - caption_h
            scale = min(cell_w / image.width_px, box_h / image.height_px)
            w, h = image.width_px * scale, image.height_px * scale
            x = x0 + (cell_w - w) / 2
            y = top - caption_h - h
            canvas.drawImage(_image_source(image.data, ImageReader), x, y, w, h)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.rect(x, y, w, h)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _JpegSource:
    """A JPEG handed to reportlab as it is: embedded as a DCT stream, never decoded.

    reportlab's ImageReader decodes every image to name its XObject after the pixels (an MD5 of
    the RGB data) and keeps the decoded pixels in a reference cycle; a JPEG needs neither. The name
    here comes from the JPEG's own bytes, so the same image on one canvas is still stored once.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.name = "jpeg:" + hashlib.sha256(data).hexdigest()

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)

    def __str__(self) -> str:  # what drawImage names the XObject after
        return self.name


def _image_source(data: bytes, reader: Any) -> Any:
    """A JPEG whose header reportlab reads goes in as it is; anything else (a PNG kept because it
    was smaller) is decoded by reportlab's ImageReader and embedded losslessly (Flate)."""
    import struct

    from reportlab.pdfbase import pdfutils
    from reportlab.pdfbase.pdfdoc import PDFError

    if data[:3] != b"\xff\xd8\xff":
        return reader(io.BytesIO(data))
    try:
        pdfutils.readJPEGInfo(io.BytesIO(data))
    except (PDFError, struct.error, ValueError):
        # A JPEG reportlab cannot embed as it is (arithmetic coding, 12 bits): its reader would
        # put a placeholder picture in its place. Decoded pixels go in losslessly instead.
        from PIL import Image

        with Image.open(io.BytesIO(data)) as opened:
            return reader(opened.convert("L" if opened.mode in ("1", "L") else "RGB"))
    return _JpegSource(data)


def image_box_inches(paper: str, per_page: int) -> tuple[float, float]:
    """The largest size, in inches, an image can take on the page."""
    pagesize = PAPER[paper]
    columns, rows = {1: (1, 1), 2: (1, 2), 4: (2, 2)}[per_page]
    area_w = pagesize[0] - 2 * MARGIN_X - 5 * mm * (columns - 1)
    area_h = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM - 5 * mm * (rows - 1)
    return area_w / columns / 72, (area_h / rows - 9 * mm) / 72
