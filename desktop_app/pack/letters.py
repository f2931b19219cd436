"""A letter as a PDF, in the pack's fonts and look. No Qt.

The letter's words come from :mod:`desktop_app.domain.letters`; this module lays out its blocks
(the sender, the recipient, the place and date, the subject, the paragraphs and lists, the
signature, the enclosures) on A4 or Letter paper with the embedded DejaVu fonts, so that ł, ż,
ą, é and ñ print and extract as written, and writes the file atomically. Amounts carry no-break
spaces (U+00A0, domain.money.letter_money), which ReportLab never breaks a line at: a line never
ends inside an amount. The user's edited text is laid out the same way (:func:`text_pdf`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from desktop_app import __version__
from desktop_app.domain.letters import Letter
from desktop_app.fileio import atomic_write, check_output
from desktop_app.pack.render import ACCENT, BOLD, FONT, INK, MUTED, PAPER, register_fonts

#: A one-letter Polish word ("w", "z", "i", "a", "o", "u") never ends a printed line.
_POLISH_ORPHAN = re.compile(r"(?<![\w\u00a0])([aiouwzAIOUWZ]) ")


def _markup(text: str, lang: str = "") -> str:
    if lang == "pl":
        text = _POLISH_ORPHAN.sub("\\1\u00a0", text)
    return escape(text).replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle(
            "letter", fontName=FONT, fontSize=10.5, leading=15, textColor=INK, spaceAfter=8
        )
        self.block = ParagraphStyle("letter-block", parent=self.body, spaceAfter=0)
        self.recipient = ParagraphStyle("letter-recipient", parent=self.block, leftIndent=85 * mm)
        self.date = ParagraphStyle("letter-date", parent=self.body, alignment=2, spaceBefore=10)
        self.subject = ParagraphStyle(
            "letter-subject", parent=self.body, fontName=BOLD, textColor=ACCENT, spaceBefore=6, spaceAfter=10
        )
        self.item = ParagraphStyle(
            "letter-item", parent=self.body, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=3
        )
        self.small = ParagraphStyle(
            "letter-small", parent=self.block, textColor=MUTED, fontSize=9.5, leading=13
        )
        self.small_head = ParagraphStyle(
            "letter-small-head", parent=self.small, fontName=BOLD, spaceBefore=14
        )


def _document(buffer: io.BytesIO, letter: Letter, paper: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=PAPER[paper],
        leftMargin=25 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=letter.subject,
        author=letter.sender[0] if letter.sender else "",
        subject=letter.title,
        creator=f"Dossier {__version__}",
        lang=letter.lang,
    )


def _paragraphs(paragraphs: Sequence[str], styles: _Styles, lang: str) -> list[Any]:
    """Prose paragraphs, and lists where every line of a paragraph starts with "- "."""
    story: list[Any] = []
    for paragraph in paragraphs:
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if lines and all(line.startswith("- ") for line in lines):
            items = [Paragraph(_markup(line[2:], lang), styles.item, bulletText="–") for line in lines]
            items[-1].style = ParagraphStyle("letter-item-last", parent=styles.item, spaceAfter=8)
            story += items
        elif lines:
            story.append(Paragraph(_markup("\n".join(lines), lang), styles.body))
    return story


def letter_pdf(letter: Letter, paper: str = "a4") -> bytes:
    """The letter laid out block by block."""
    styles = _Styles()
    buffer = io.BytesIO()
    story: list[Any] = [Paragraph(_markup("\n".join(letter.sender)), styles.block)]
    if letter.recipient:
        story += [Spacer(1, 8 * mm), Paragraph(_markup("\n".join(letter.recipient)), styles.recipient)]
    story += [Paragraph(_markup(letter.place_date), styles.date), Spacer(1, 4 * mm)]
    story.append(Paragraph(_markup(letter.subject_line or letter.subject, letter.lang), styles.subject))
    story += _paragraphs(letter.paragraphs, styles, letter.lang)
    if letter.signature:
        line, *names = letter.signature
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    Paragraph(_markup(line), styles.small),
                    Spacer(1, 14 * mm),
                    Paragraph(_markup("\n".join(names)), styles.block),
                ]
            )
        )
    if letter.enclosures:
        story.append(Paragraph(_markup(letter.enclosures_title), styles.small_head))
        story += [Paragraph(_markup(e), styles.small) for e in letter.enclosures]
    _document(buffer, letter, paper).build(story)
    return buffer.getvalue()


def text_pdf(letter: Letter, text: str, paper: str = "a4") -> bytes:
    """The user's own text of ``letter`` (edited in the window) in the letter's look: paragraphs
    at blank lines, lists where every line starts with "- "; the letter's subject as the title."""
    styles = _Styles()
    buffer = io.BytesIO()
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    story: list[Any] = []
    for block in blocks:
        stripped = block.strip("\n")
        if stripped.strip() in (letter.subject.strip(), letter.subject_line.strip()):
            story.append(Paragraph(_markup(stripped.strip(), letter.lang), styles.subject))
        else:
            story += _paragraphs([stripped], styles, letter.lang)
    if not story:
        story.append(Paragraph("", styles.body))
    _document(buffer, letter, paper).build(story)
    return buffer.getvalue()


def write_letter_pdf(letter: Letter, out: Path, paper: str = "a4", *, force: bool = False) -> Path:
    """Write the letter as ``out`` (atomically: the old file or the whole new one; 0600).

    ``out`` is checked first (fileio.check_output): never inside a store folder, never onto
    something that is not a regular file, an existing file only with ``force``.
    """
    target = check_output(out, force=force, what="letter")
    atomic_write(target, letter_pdf(letter, paper))
    return target
