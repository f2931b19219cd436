"""The page of the documents a pack fitted to a portal leaves out: each with its title, kind, date
and SHA-256, available on request. It follows the exhibits, before the integrity appendix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.domain.models import EvidenceItem
from desktop_app.pack.render import (
    ACCENT,
    BAND,
    MARGIN_X,
    PAPER,
    RULE,
    Heading,
    Marks,
    build_doc,
    cells,
    fit_rows,
    header_cells,
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
    rows: list[list[Any]] = [
        header_cells([s("col_title"), s("col_kind"), s("col_imported"), s("left_out_available")], st)
    ]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    hash_style = ParagraphStyle("hash", parent=st.mono, fontSize=7.6, leading=10)
    for item in items:
        first = len(rows)
        rows.append(
            [
                Paragraph(text(item.title), st.cell_bold),
                *cells(
                    [s(f"kinds.{item.kind.value}"), f"{item.imported_at:%Y-%m-%d}", s("left_out_available")],
                    st.cell,
                ),
            ]
        )
        details = [
            Paragraph(text(item.original_name), st.small),
            Paragraph(f"{escape(s('col_sha'))}: {item.sha256}", hash_style),
        ]
        rows.append([details, "", "", ""])
        style += [
            ("SPAN", (0, first + 1), (3, first + 1)),
            ("LINEBELOW", (0, first + 1), (-1, first + 1), 0.25, RULE),
            ("TOPPADDING", (0, first + 1), (-1, first + 1), 0),
        ]
    rows, fitted = fit_rows(rows, widths, s.lang)
    table = Table(rows, colWidths=fitted, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    story.append(table)
    return build_doc(story, pagesize, title=title, subject=subject, reproducible=reproducible)
