"""The integrity appendix: each exhibit's original file, its SHA-256, how the pack reproduces it
(its own pages, an image as received, re-encoded or scaled) and every redaction made in it.

Drawn with the styles and the file listing of desktop_app.pack.render.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.redact import RedactionNote
from desktop_app.pack.content import ExhibitInfo
from desktop_app.pack.render import (
    MARGIN_X,
    PAPER,
    Heading,
    Marks,
    build_doc,
    cells,
    hash_style,
    header_cells,
    listing_table,
    make_styles,
    text,
)
from desktop_app.pack.strings import PackStrings
from desktop_app.pack.typeset import plain_paragraph


def render_appendix(
    exhibits: Sequence[ExhibitInfo],
    s: PackStrings,
    *,
    paper: str,
    title: str,
    subject: str,
    reproducible: bool,
) -> tuple[bytes, Marks]:
    st = make_styles(s.lang)
    pagesize = PAPER[paper]
    width = pagesize[0] - 2 * MARGIN_X
    story: list[Flowable] = [
        Heading(escape(s("appendix_heading")), st.h1, s("appendix_heading")),
        Paragraph(escape(s("appendix_intro")), st.body),
        Spacer(0, 2 * mm),
        Paragraph(escape(s("appendix_howto")), st.body),
        Spacer(0, 4 * mm),
    ]
    widths = [15 * mm, 0, 34 * mm, 18 * mm, 27 * mm]
    widths[1] = width - sum(widths)
    entries: list[tuple[list[Any], list[Any], int]] = []
    for e in exhibits:
        # "attachment of exhibit D", not "attachment (attachment of exhibit D)"
        if e.parent and e.kind == "attachment":
            kind = s("attachment_of", letter=e.parent)
        else:
            kind = s(f"kinds.{e.kind}") + (f" ({s('attachment_of', letter=e.parent)})" if e.parent else "")
        row = [
            Paragraph(f"<b>{escape(e.letter)}</b>", st.cell),
            plain_paragraph(text(e.original_name), st.cell),
            *cells([kind, s.size(e.size), f"{e.imported_at:%Y-%m-%d %H:%M}"], st.cell),
        ]
        details = [plain_paragraph(escape(s.labelled(s("col_sha"), e.sha256)), hash_style(st))]
        if e.source:
            details.append(plain_paragraph(text(s.labelled(s("col_source"), e.source)), st.small))
        reproduced = s.labelled(s("reproduction.label"), reproduction_text(e, s))
        details.append(plain_paragraph(text(reproduced), st.small))
        if e.redactions:
            listed = "; ".join(redaction_text(note, s) for note in e.redactions)
            details.append(plain_paragraph(text(s.labelled(s("redaction.label"), listed)), st.small))
        entries.append((row, details, 1))
    header = header_cells(
        [s("col_letter"), s("col_file"), s("col_kind"), s("col_size"), s("col_imported")], st
    )
    table = listing_table(header, entries, widths, s.lang)
    story.append(table)
    return build_doc(story, pagesize, title=title, subject=subject, reproducible=reproducible)


def reproduction_text(e: ExhibitInfo, s: PackStrings) -> str:
    """How the pack reproduces the exhibit, in the appendix's words (before it is rendered: what
    its kind of file becomes)."""
    r = e.reproduction
    if r is None:
        guess = {"application/pdf": "pages", "message/rfc822": "email"}.get(e.media_type)
        if guess is None:
            guess = "image_unknown" if e.media_type.startswith("image/") else "text"
        return s(f"reproduction.{guess}")
    if r.kind == "pages":
        if r.raster_pages:
            return s.plural(
                "reproduction.pages_raster", len(r.raster_pages), pages=_pages(r.raster_pages), dpi=r.dpi
            )
        return s("reproduction.pages")
    if r.kind in ("email", "text"):
        said = s(f"reproduction.{r.kind}")
        if r.raster_pages:
            said += s.plural(
                "reproduction.drawn_raster", len(r.raster_pages), pages=_pages(r.raster_pages), dpi=r.dpi
            )
        return said
    if r.kind == "image_jpeg" and r.from_width:
        said = s(
            "reproduction.image_scaled",
            from_width=r.from_width,
            from_height=r.from_height,
            width=r.width,
            height=r.height,
            quality=r.quality,
        )
    elif r.kind.startswith("image_"):
        said = s(f"reproduction.{r.kind}", width=r.width, height=r.height, quality=r.quality)
    else:
        said = s(f"reproduction.{r.kind}")
    return said + (s("reproduction.user_boxes") if r.redacted else "")


def redaction_text(note: RedactionNote, s: PackStrings) -> str:
    """One redaction of the appendix: "page 2: 2 area(s) covered (card number)"."""
    why = ", ".join(s(f"redaction.why.{reason}") for reason in note.reasons)
    if note.page is None:
        return s.plural("redaction.text", note.areas, why=why)
    return s.plural("redaction.page", note.areas, page=note.page, why=why)


def _pages(pages: Sequence[int]) -> str:
    return ", ".join(str(p) for p in pages)
