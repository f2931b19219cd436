"""The page of the documents a pack fitted to a portal leaves out: each with its title, kind, date
and SHA-256, available on request. It follows the exhibits, before the integrity appendix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.models import EvidenceItem
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


def render_left_out(
    items: Sequence[EvidenceItem],
    s: PackStrings,
    *,
    paper: str,
    title: str = "",
    subject: str = "",
    reproducible: bool,
    front: Sequence[str] = (),
) -> tuple[bytes, Marks]:
    """The listing of ``items`` (in the order given), as a PDF of its own. ``front``: the sentences
    saying what the front matter leaves out (pack/front_cut.py), listed first."""
    st = make_styles(s.lang)
    pagesize = PAPER[paper]
    width = pagesize[0] - 2 * MARGIN_X
    story: list[Flowable] = [
        Heading(escape(s("left_out_heading")), st.h1, s("left_out_heading")),
    ]
    if front:
        story.append(Paragraph(escape(s("left_out_front.heading")), st.h2))
        story += [Paragraph("\u2022\u00a0" + text(line), st.body) for line in front]
        story.append(Spacer(0, 4 * mm))
    if not items:
        return build_doc(story, pagesize, title=title, subject=subject, reproducible=reproducible)
    story += [Paragraph(escape(s("left_out_intro")), st.body), Spacer(0, 4 * mm)]
    widths = [0, 34 * mm, 27 * mm, 34 * mm]
    widths[0] = width - sum(widths)
    entries: list[tuple[list[Any], list[Any], int]] = []
    for item in items:
        row = [
            Paragraph(text(item.title), st.cell_bold),
            *cells(
                [s(f"kinds.{item.kind.value}"), f"{item.imported_at:%Y-%m-%d}", s("left_out_available")],
                st.cell,
            ),
        ]
        details = [
            Paragraph(text(item.original_name), st.small),
            Paragraph(f"{escape(s('col_sha'))}: {item.sha256}", hash_style(st)),
        ]
        entries.append((row, details, 0))
    header = header_cells([s("col_title"), s("col_kind"), s("col_imported"), s("left_out_available")], st)
    table = listing_table(header, entries, widths, s.lang)
    story.append(table)
    return build_doc(story, pagesize, title=title, subject=subject, reproducible=reproducible)
