"""A letter as a PDF, in the pack's fonts and look. No Qt.

The letter's words come from :mod:`desktop_app.domain.letters`; this module
lays them out on A4 or Letter paper with the embedded DejaVu fonts, so that
ł, ż, ą, é and ñ print and extract as written, and writes the file atomically.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desktop_app import __version__
from desktop_app.domain.letters import Letter
from desktop_app.fileio import atomic_write, check_output
from desktop_app.pack.render import ACCENT, BOLD, FONT, INK, MUTED, PAPER, register_fonts


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def letter_pdf(letter: Letter, paper: str = "a4") -> bytes:
    register_fonts()
    body = ParagraphStyle("letter", fontName=FONT, fontSize=10.5, leading=15, textColor=INK, spaceAfter=8)
    muted = ParagraphStyle("letter-muted", parent=body, textColor=MUTED, fontSize=9.5)
    subject = ParagraphStyle("letter-subject", parent=body, fontName=BOLD, textColor=ACCENT, spaceBefore=6)
    right = ParagraphStyle("letter-date", parent=body, alignment=2)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAPER[paper],
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=letter.subject,
        author=letter.sender,
        subject=letter.title,
        creator=f"Dossier {__version__}",
        lang=letter.lang,
    )
    story = [
        Paragraph(_markup("\n".join([letter.sender, *letter.sender_details])), body),
        Paragraph(_markup(letter.place_date), right),
    ]
    if letter.recipient:
        story += [Spacer(1, 4 * mm), Paragraph(_markup(letter.recipient), body)]
    story += [Spacer(1, 6 * mm), Paragraph(_markup(letter.subject), subject), Spacer(1, 2 * mm)]
    for paragraph in letter.paragraphs:
        lines = paragraph.split("\n")
        if all(line.startswith("- ") for line in lines):
            story += [Paragraph(_markup(line), muted) for line in lines]
        else:
            story.append(Paragraph(_markup(paragraph), body))
    document.build(story)
    return buffer.getvalue()


def write_letter_pdf(letter: Letter, out: Path, paper: str = "a4", *, force: bool = False) -> Path:
    """Write the letter as ``out`` (atomically: the old file or the whole new one; 0600).

    ``out`` is checked first (fileio.check_output): never inside a store folder, never onto
    something that is not a regular file, an existing file only with ``force``.
    """
    target = check_output(out, force=force, what="letter")
    atomic_write(target, letter_pdf(letter, paper))
    return target
