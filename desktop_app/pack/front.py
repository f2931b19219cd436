"""The pack's front matter: page 1 (the summary), transactions, timeline, communications, exhibit index.

Drawn with the styles, flowables and document template of desktop_app.pack.render.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.pack.content import ExhibitInfo, PackContent
from desktop_app.pack.keyfacts import KeyFact, exhibit_ref
from desktop_app.pack.layout import Deferred
from desktop_app.pack.render import (
    ACCENT,
    BAND,
    ITALIC,
    MARGIN_BOTTOM,
    MARGIN_TOP,
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
    fit_rows,
    header_cells,
    make_styles,
    record_table,
    text,
)
from desktop_app.pack.strings import PackStrings
from desktop_app.pack.typeset import plain_paragraph


@dataclass(frozen=True)
class IndexEntry:
    exhibit: ExhibitInfo
    pages: int
    start_page: int | None  # page number (from 1) in this file, None if in another part
    part: int | None = None


def render_front(
    content: PackContent,
    index: Sequence[IndexEntry] | Callable[[int], Sequence[IndexEntry]],
    s: PackStrings,
    *,
    paper: str,
    reproducible: bool,
    part: int = 1,
    parts: int = 1,
) -> tuple[bytes, Marks]:
    """Page 1 (the summary), then transactions, timeline, communications and the exhibit index.

    Parts after the first carry page 1 and the index of their own exhibits only.

    ``index``: the entries, or what they are given the front's page count (their page numbers
    count it). Then the front is laid out once: the pages before the index are counted as they are
    laid out, the index alone with a placeholder count, and the entries for that total are set (as
    laying out the whole front twice, first with the placeholder, would set them).
    """
    st = make_styles(s.lang)
    pagesize = PAPER[paper]
    width = pagesize[0] - 2 * MARGIN_X
    marks_holder = Marks()  # replaced below; LinkArea needs the final Marks, see build_doc
    # Page 1 tells only which exhibits are in this file: any page count will do for it.
    entries = index(PLACEHOLDER_PAGES) if callable(index) else index
    story = _before_index(content, entries, s, st, pagesize, part=part, parts=parts)

    def again(entries: Sequence[IndexEntry]) -> tuple[bytes, Marks]:
        return render_front(
            content, entries, s, paper=paper, reproducible=reproducible, part=part, parts=parts
        )

    if callable(index) and story[-1].getKeepWithNext():  # the index would be kept with it: twice
        index = index(again(entries)[1].pages)
    counted: list[int] = []
    if callable(index):
        numbered = index

        def set_index(pages_before: int) -> list[Flowable]:
            alone = _index(entries, s, st, width, Marks())[1:]  # from the top of a page, as it starts
            counted.append(
                pages_before + build_doc(alone, pagesize, title="", subject="", reproducible=True)[1].pages
            )
            return _index(numbered(counted[0]), s, st, width, marks_holder)

        story.append(Deferred(story, set_index))
    else:
        story += _index(index, s, st, width, marks_holder)
    data, marks = build_doc(
        story, pagesize, title=content.title, subject=content.subject, reproducible=reproducible
    )
    if counted and marks.pages != counted[0]:  # the page numbers set would not be right
        return again(numbered(marks.pages))
    marks.links = marks_holder.links
    return data, marks


PLACEHOLDER_PAGES = 99  # the front's page count the index is first counted with


def _before_index(
    content: PackContent,
    index: Sequence[IndexEntry],
    s: PackStrings,
    st: Styles,
    pagesize: tuple[float, float],
    *,
    part: int,
    parts: int,
) -> list[Flowable]:
    """Page 1, then (in the first part) transactions, timeline and communications."""
    width = pagesize[0] - 2 * MARGIN_X
    heading = Heading(escape(s("summary_heading").upper()), st.label, s("summary_heading"))
    story: list[Flowable] = [heading]
    # Page 1 is one frame: what does not fit is set smaller (KeepInFrame), after a long story and
    # a long list of exhibits have been cut to what page 1 can hold (in full on the next pages).
    inner = width - 12  # the frame's own padding, 6 points each side
    height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM - 12 - heading.wrap(inner, pagesize[1])[1] - 2
    story += fitted_page_one(content, index, s, st, inner, height, part=part, parts=parts)
    if part == 1:
        story += _transactions(content, s, st, width)
        story += _timeline(content, s, st, width)
        story += _communications(content, s, st, width)
    return story


# Page 1 holds at most this much of the user's story (the rest follows on its own page) and this
# many lines of the enclosed exhibits (the index lists them all).
@dataclass(frozen=True)
class Room:
    """How much of the story (characters), of the list of exhibits (lines) and of each exhibit's
    title (characters) page 1 holds; the pack tries each in turn until page 1 needs no shrinking."""

    story: int
    enclosed: int
    title: int
    notes: int  # exhibits' notes printed with the key facts


ROOMS = (
    Room(650, 15, 48, 3),
    Room(520, 12, 44, 3),
    Room(420, 12, 40, 2),
    Room(320, 9, 36, 2),
    Room(240, 6, 32, 1),
    Room(160, 4, 30, 1),
)
# Page 1 is set smaller only when even the smallest room does not fit; never to less than this.
SHRINK_ENOUGH = 1.02


def _cut(words: str, limit: int) -> str:
    """``words`` cut at a space before ``limit`` characters, with "…"; whole when short enough."""
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def fitted_page_one(
    content: PackContent,
    index: Sequence[IndexEntry],
    s: PackStrings,
    st: Styles,
    width: float,
    height: float,
    *,
    part: int = 1,
    parts: int = 1,
) -> list[Flowable]:
    """Page 1 in one frame of ``width`` x ``height``, and what follows it: the first room of
    :data:`ROOMS` in which it fits, else the smallest one set smaller to fit (KeepInFrame)."""
    canvas = Canvas(io.BytesIO())
    for room in ROOMS:
        first, rest = page_one_flowables(content, index, s, st, width, part=part, parts=parts, room=room)
        frame = KeepInFrame(width, height, first, mode="shrink")
        frame.wrapOn(canvas, width, height)
        if getattr(frame, "_scale", 1.0) <= SHRINK_ENOUGH:
            break
    return [frame, *rest]


def page_one_flowables(
    content: PackContent,
    index: Sequence[IndexEntry],
    s: PackStrings,
    st: Styles,
    width: float,
    *,
    part: int = 1,
    parts: int = 1,
    room: Room = ROOMS[0],
) -> tuple[list[Flowable], list[Flowable]]:
    """Page 1's flowables (to fit one frame), and what follows it: the story in full, when page 1
    holds only its beginning."""
    summary = content.summary
    one = summary.page_one
    value = ParagraphStyle("p1", parent=st.body, fontSize=8.4, leading=10.6)
    small = ParagraphStyle("p1-small", parent=st.small, fontSize=7.6, leading=9.6)
    missing = ParagraphStyle("p1-missing", parent=value, textColor=MUTED, fontName="DejaVuSans-Oblique")
    label = ParagraphStyle("p1-label", parent=st.label, fontSize=8, leading=10.5)
    story: list[Flowable] = [Paragraph(text(content.title), st.title), Spacer(0, 1 * mm)]
    if parts > 1:
        letters = ", ".join(e.exhibit.letter for e in index if e.start_page is not None) or s("none")
        story.append(
            Paragraph(text(s("part_intro", part=part, parts=parts, ref=summary.ref, letters=letters)), small)
        )
    else:
        story.append(Paragraph(text(summary.intro), small))
    story.append(Spacer(0, 2 * mm))

    def row(name: str, values: Sequence[str | Flowable]) -> list[Any]:
        cell = [v if isinstance(v, Flowable) else Paragraph(text(v), value) for v in values if v]
        return [Paragraph(escape(name), label), cell or Paragraph(escape(s("none")), value)]

    holder = s("label_cardholder") if one.card_rail else s("label_account_holder")
    rows = [row(holder, [summary.cardholder, " · ".join(summary.customer)])]
    if summary.issuer:
        rows.append(row(s("label_issuer"), [" · ".join(summary.issuer)]))
    rows.append(row(s("label_merchant"), [summary.merchant]))
    details = [] if any(_is_mandate(f, s) for f in one.facts) else summary.payment_details
    rows.append(row(s("label_payment"), [summary.payment, *details]))
    reason: list[str | Flowable] = [summary.reason]
    if one.code:
        reason.append(Paragraph(f"<b>{text(one.code)}</b>", value))
    rows.append(row(s("label_reason"), reason))
    if not one.facts:  # else the key facts state each disputed charge, with its code and exhibits
        rows.append(row(s.plural("label_disputed", len(summary.disputed)), summary.disputed or [s("none")]))
    label_width = 34 * mm
    top, rows = rows, []
    following: list[Flowable] = []
    if summary.story:
        story_text = summary.story
        if len(story_text) > room.story:
            story_text = f"{_cut(story_text, room.story)} {s('story_continued')}"
            following = [
                *_section(s("label_story"), st),
                *[Paragraph(text(block), st.body) for block in summary.story.split("\n\n")],
            ]
        rows.append(row(s("label_story"), [story_text]))
    if one.last_answer is not None:
        rows.append(row(s("label_last_answer"), _fact_cell(one.last_answer, s, value, small, missing)))
    rows.append(row(s("label_resolution"), summary.resolution))
    if one.deadline:
        rows.append(row(s("label_deadline"), [one.deadline]))
    rows.append(row(s("label_requested"), [summary.requested]))
    # Both halves of the summary fitted as one table, so that their columns line up.
    both, widths = fit_rows([*top, *rows], [label_width, width - label_width], s.lang)
    top, rows = both[: len(top)], both[len(top) :]
    story.append(_summary_table(top, widths))
    if one.facts:  # the key facts across the page, under their own label
        story.append(Spacer(0, 1.5 * mm))
        story.append(Paragraph(escape(s("label_key_facts")), label))
        story.append(_facts_table(one.facts, s, width, value, small, missing, room.notes))
        story.append(Spacer(0, 1 * mm))
    story.append(_summary_table(rows, widths))
    story += _enclosed(content, index, s, st, width, room, part=part, parts=parts)
    if one.declaration:
        story.append(Spacer(0, 2 * mm))
        heading = s("label_declaration") if one.card_rail else s("label_declaration_account")
        story.append(_declaration(heading, one.declaration, one.signature, s, width, value, label))
    return story, following


def _summary_table(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _is_mandate(fact: KeyFact, s: PackStrings) -> bool:
    return fact.label in (s("kf_mandate"), s("kf_creditor"))


def _fact_cell(
    fact: KeyFact, s: PackStrings, value: ParagraphStyle, small: ParagraphStyle, missing: ParagraphStyle
) -> list[Flowable]:
    ref = exhibit_ref(fact.exhibits, s)
    body = text(fact.value) + (f" <font color='#1e295c'>({escape(ref)})</font>" if ref else "")
    cell: list[Flowable] = [Paragraph(body, missing if fact.missing else value)]
    cell += [Paragraph(f"<i>{text(note)}</i>", small) for note in fact.notes]
    return cell


def _facts_table(
    facts: Sequence[KeyFact],
    s: PackStrings,
    width: float,
    value: ParagraphStyle,
    small: ParagraphStyle,
    missing: ParagraphStyle,
    notes: int,
) -> Table:
    """The key facts: what, the fact (with the first ``notes`` notes of the exhibits that support
    them), the exhibits."""
    name_width, ref_width = 34 * mm, 26 * mm
    fact_label = ParagraphStyle("p1-fact-label", parent=value, fontName="DejaVuSans-Bold", fontSize=8)
    ref_style = ParagraphStyle("p1-ref", parent=value, fontSize=8, textColor=ACCENT)
    rows = []
    for fact in facts:
        cell: list[Flowable] = [Paragraph(text(fact.value), missing if fact.missing else value)]
        shown = list(fact.notes[: max(notes, 0)])
        notes -= len(shown)
        cell += [Paragraph(f"<i>{text(note)}</i>", small) for note in shown]
        rows.append(
            [
                Paragraph(escape(fact.label), fact_label),
                cell,
                Paragraph(escape(exhibit_ref(fact.exhibits, s)), ref_style),
            ]
        )
    rows, fitted = fit_rows(rows, [name_width, width - name_width - ref_width - 6, ref_width], s.lang)
    table = Table(rows, colWidths=fitted, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _enclosed(
    content: PackContent,
    index: Sequence[IndexEntry],
    s: PackStrings,
    st: Styles,
    width: float,
    room: Room,
    *,
    part: int,
    parts: int,
) -> list[Flowable]:
    """The exhibits this file holds, in columns, each title cut to what a column holds in a line
    or two (the index gives them in full)."""
    story: list[Flowable] = [Spacer(0, 2 * mm), Paragraph(escape(s("label_enclosed")), st.h2)]
    held = content.exhibits if parts == 1 else [e.exhibit for e in index if e.start_page is not None]
    count = 3 if len(held) > 12 else 2 if len(held) > 4 else 1
    limit = room.title * 3 // count  # a wider column holds a longer title
    enclosed = [
        s("exhibit_line", letter=e.letter, title=_cut(e.title, limit), kind=s(f"kinds.{e.kind}"))
        for e in held
    ]
    if not enclosed:
        return [*story, Paragraph(escape(s("no_exhibits")), st.body)]
    if len(enclosed) > room.enclosed:
        more = len(enclosed) - room.enclosed + 1
        enclosed = [*enclosed[: room.enclosed - 1], s("enclosed_more", n=more)]
    count = 3 if len(enclosed) > 12 else 2 if len(enclosed) > 4 else 1
    per = -(-len(enclosed) // count)
    columns = [enclosed[i * per : (i + 1) * per] for i in range(count)]
    rows = [
        [plain_paragraph(text(column[i]), st.cell) if i < len(column) else "" for column in columns]
        for i in range(per)
    ]
    rows, fitted = fit_rows(rows, [width / count] * count, s.lang)
    listing = Table(rows, colWidths=fitted, hAlign="LEFT")
    listing.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.4),
            ]
        )
    )
    return [*story, listing]


def _declaration(
    heading: str,
    lines: Sequence[str],
    signature: str,
    s: PackStrings,
    width: float,
    value: ParagraphStyle,
    label: ParagraphStyle,
) -> Table:
    """The cardholder's declaration, boxed, with the place and date and a line to sign on."""
    body = ParagraphStyle("p1-declaration", parent=value, fontSize=8.2, leading=10.4)
    cell: list[Flowable] = [Paragraph(escape(heading), label)]
    cell.append(Paragraph(text(lines[0]), body))
    cell += [Paragraph(text(line), body, bulletText="–") for line in lines[1:]]
    sign = Table(
        [[Paragraph(text(signature), body), Paragraph(escape(s("decl_signature")), body), ""]],
        colWidths=[width * 0.42, 22 * mm, width * 0.58 - 22 * mm - 12],
        hAlign="LEFT",
    )
    sign.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    cell.append(sign)
    box = Table([[cell]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


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
        if c.exhibits:  # the exhibits that hold this contact, under what was said
            key = "exhibit_ref_one" if len(c.exhibits) == 1 else "exhibit_ref_many"
            summary += "\n" + s(key, letters=", ".join(c.exhibits))
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
        title_cell: list[Flowable] = [
            plain_paragraph(text(e.title), link_style if entry.start_page else st.cell)
        ]
        if entry.start_page is not None:
            title_cell.insert(0, LinkArea(widths[1] - 4, 10, e.letter, marks))
        if e.note:
            title_cell.append(plain_paragraph(text(s("exhibit_note", text=e.note)), note_style))
        if e.note_translation:
            title_cell.append(
                plain_paragraph(
                    text(s("exhibit_note_translation", text=e.note_translation)), translation_style
                )
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
