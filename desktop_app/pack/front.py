"""The pack's front matter: page 1 (the summary), transactions, timeline, communications, exhibit index.

Drawn with the styles, flowables and document template of desktop_app.pack.render.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.pack.content import ExhibitInfo, PackContent
from desktop_app.pack.render import (
    ACCENT,
    ITALIC,
    MARGIN_X,
    MUTED,
    PAPER,
    RULE,
    Heading,
    LinkArea,
    Marks,
    Styles,
    build_doc,
    cells,
    header_cells,
    make_styles,
    record_table,
    text,
)
from desktop_app.pack.strings import PackStrings


@dataclass(frozen=True)
class IndexEntry:
    exhibit: ExhibitInfo
    pages: int
    start_page: int | None  # page number (from 1) in this file, None if in another part
    part: int | None = None


def render_front(
    content: PackContent,
    index: Sequence[IndexEntry],
    s: PackStrings,
    *,
    paper: str,
    reproducible: bool,
    part: int = 1,
    parts: int = 1,
) -> tuple[bytes, Marks]:
    """Page 1 (the summary), then transactions, timeline, communications and the exhibit index.

    Parts after the first carry page 1 and the index of their own exhibits only.
    """
    st = make_styles()
    pagesize = PAPER[paper]
    width = pagesize[0] - 2 * MARGIN_X
    summary = content.summary
    story: list[Flowable] = []
    marks_holder = Marks()  # replaced below; LinkArea needs the final Marks, see build_doc

    story.append(Heading(escape(s("summary_heading").upper()), st.label, s("summary_heading")))
    story.append(Paragraph(text(content.title), st.title))
    story.append(Spacer(0, 2 * mm))
    if parts > 1:
        letters = ", ".join(e.exhibit.letter for e in index if e.start_page is not None) or s("none")
        story.append(
            Paragraph(
                text(s("part_intro", part=part, parts=parts, ref=summary.ref, letters=letters)), st.small
            )
        )
    else:
        story.append(Paragraph(text(summary.intro), st.small))
    story.append(Spacer(0, 3 * mm))

    def fact(label: str, value: str | list[str]) -> list[Any]:
        values = value if isinstance(value, list) else [value]
        return [
            Paragraph(escape(label), st.label),
            [Paragraph(text(v), st.body) for v in values] or Paragraph(escape(s("none")), st.body),
        ]

    facts = [
        fact(s("label_cardholder"), [summary.cardholder, *summary.customer]),
        fact(s("label_merchant"), summary.merchant),
        fact(s("label_disputed"), summary.disputed or [s("none")]),
        fact(s("label_payment"), [summary.payment, *summary.payment_details]),
        fact(s("label_reason"), summary.reason),
    ]
    if summary.story:
        facts.append(fact(s("label_story"), summary.story))
    facts.append(fact(s("label_resolution"), summary.resolution))
    if summary.issuer:
        facts.append(fact(s("label_issuer"), summary.issuer))
    facts.append(fact(s("label_requested"), summary.requested))
    label_width = 42 * mm
    table = Table(facts, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(0, 3 * mm))
    story.append(Paragraph(escape(s("label_enclosed")), st.h2))
    enclosed = (
        summary.enclosed
        if parts == 1
        else [
            s(
                "exhibit_line",
                letter=e.exhibit.letter,
                title=e.exhibit.title,
                kind=s(f"kinds.{e.exhibit.kind}"),
            )
            for e in index
            if e.start_page is not None
        ]
    )
    if enclosed:
        if len(enclosed) > 6:
            half = (len(enclosed) + 1) // 2
            columns, column_widths = [enclosed[:half], enclosed[half:]], [width / 2, width / 2]
        else:
            columns, column_widths = [enclosed, []], [width, 0]
        rows = [
            [
                Paragraph(text(columns[0][i]), st.cell),
                Paragraph(text(columns[1][i]), st.cell) if i < len(columns[1]) else "",
            ]
            for i in range(len(columns[0]))
        ]
        listing = Table(rows, colWidths=column_widths, hAlign="LEFT")
        listing.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ]
            )
        )
        story.append(listing)
    else:
        story.append(Paragraph(escape(s("no_exhibits")), st.body))

    if part == 1:
        story += _transactions(content, s, st, width)
        story += _timeline(content, s, st, width)
        story += _communications(content, s, st, width)
    story += _index(index, s, st, width, marks_holder)

    data, marks = build_doc(
        story, pagesize, title=content.title, subject=content.subject, reproducible=reproducible
    )
    marks.links = marks_holder.links
    return data, marks


def _section(title: str, st: Styles) -> list[Flowable]:
    return [PageBreak(), Heading(escape(title), st.h1, title)]


def _transactions(content: PackContent, s: PackStrings, st: Styles, width: float) -> list[Flowable]:
    story = _section(s("transactions_heading"), st)
    if not content.transactions:
        return [*story, Paragraph(escape(s("no_transactions")), st.body)]
    widths = [19 * mm, 19 * mm, 0, 32 * mm, 34 * mm, 25 * mm]
    widths[2] = width - sum(widths)
    rows: list[list[Any]] = [
        header_cells(
            [
                s("col_date"),
                s("col_type"),
                s("col_description"),
                s("col_references"),
                s("col_amount"),
                s("col_disputed"),
            ],
            st,
        )
    ]
    right = ParagraphStyle("right", parent=st.cell, alignment=2)
    for row in content.transactions:
        rows.append(
            [
                *cells([row.date, row.kind, row.description, row.references], st.cell),
                Paragraph(text(row.amount + (f"\n{_keep_amount(row.agreed)}" if row.agreed else "")), right),
                Paragraph(text(row.disputed), ParagraphStyle("right-bold", parent=st.cell_bold, alignment=2)),
            ]
        )
    story.append(record_table(rows, widths))
    story.append(Spacer(0, 4 * mm))
    story.append(
        KeepTogether(
            [
                Paragraph(escape(s("totals_heading")), st.h2),
                *[Paragraph(text(line), st.body) for line in content.totals],
            ]
        )
    )
    return story


def _keep_amount(line: str) -> str:
    """ "agreed 240.00 PLN" with the amount kept on one line (a no-break space in it) when it wraps."""
    head, digit, tail = line.partition(next((c for c in line if c.isdigit()), "\0"))
    return head + (digit + tail).replace(" ", "\u00a0") if digit else line


def _timeline(content: PackContent, s: PackStrings, st: Styles, width: float) -> list[Flowable]:
    story = _section(s("timeline_heading"), st)
    widths = [34 * mm, 0, 18 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[Any]] = [header_cells([s("col_date"), s("col_event"), s("col_exhibit")], st)]
    for row in content.timeline:
        rows.append(cells([row.date, row.text, ", ".join(row.exhibits)], st.cell))
    story.append(record_table(rows, widths))
    return story


def _communications(content: PackContent, s: PackStrings, st: Styles, width: float) -> list[Flowable]:
    story = _section(s("comm_heading"), st)
    if not content.communications:
        return [*story, Paragraph(escape(s("no_communications")), st.body)]
    widths = [24 * mm, 17 * mm, 28 * mm, 26 * mm, 26 * mm, 0]
    widths[5] = width - sum(widths)
    rows: list[list[Any]] = [
        header_cells(
            [
                s("col_when"),
                s("col_channel"),
                s("col_counterpart"),
                s("col_representative"),
                s("col_reference"),
                s("col_summary") + " / " + s("col_outcome"),
            ],
            st,
        )
    ]
    for c in content.communications:
        channel = f"{c.channel}\n{c.direction}"
        summary = c.summary + (f"\n→ {c.outcome}" if c.outcome else "")
        rows.append(cells([c.when, channel, c.counterpart, c.representative, c.reference, summary], st.cell))
    story.append(record_table(rows, widths))
    return story


def _index(
    index: Sequence[IndexEntry], s: PackStrings, st: Styles, width: float, marks: Marks
) -> list[Flowable]:
    story = _section(s("index_heading"), st)
    if not index:
        return [*story, Paragraph(escape(s("no_exhibits")), st.body)]
    widths = [16 * mm, 0, 34 * mm, 14 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[Any]] = [
        header_cells([s("col_letter"), s("col_title"), s("col_kind"), s("col_pages"), s("col_page")], st)
    ]
    link_style = ParagraphStyle("link", parent=st.cell, textColor=ACCENT)
    # What each exhibit proves, whole, under its title; its translation below, marked as one.
    note_style = ParagraphStyle("note", parent=st.cell, spaceBefore=1.2)
    translation_style = ParagraphStyle("translation", parent=st.cell, textColor=MUTED, fontName=ITALIC)
    for entry in index:
        e = entry.exhibit
        kind = s(f"kinds.{e.kind}")
        if e.parent:
            kind += f" ({s('attachment_of', letter=e.parent)})"
        where = str(entry.start_page) if entry.start_page is not None else s("in_part", part=entry.part)
        title_cell: list[Flowable] = [Paragraph(text(e.title), link_style if entry.start_page else st.cell)]
        if entry.start_page is not None:
            title_cell.insert(0, LinkArea(widths[1] - 4, 10, e.letter, marks))
        if e.note:
            title_cell.append(Paragraph(text(s("exhibit_note", text=e.note)), note_style))
        if e.note_translation:
            title_cell.append(
                Paragraph(text(s("exhibit_note_translation", text=e.note_translation)), translation_style)
            )
        rows.append(
            [
                Paragraph(f"<b>{escape(e.letter)}</b>", st.cell),
                title_cell,
                *cells([kind, str(entry.pages), where], st.cell),
            ]
        )
    story.append(record_table(rows, widths))
    return story
