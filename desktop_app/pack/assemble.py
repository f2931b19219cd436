"""Putting one file of a pack together: front matter, exhibits, appendix, stamps, links and bookmarks.

``assemble`` streams the pages of one part into a temporary file with
pdfstream's writer, so that a pack of any size is never held in memory.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop_app import __version__
from desktop_app.errors import DossierError
from desktop_app.fileio import make_part_file
from desktop_app.i18n import translate
from desktop_app.pack.appendix import render_appendix
from desktop_app.pack.content import ExhibitInfo, PackContent
from desktop_app.pack.exhibits import (
    Block,
    OpenOriginal,
    read_whole,
)
from desktop_app.pack.front import IndexEntry, render_front
from desktop_app.pack.options import PackOptions, Part
from desktop_app.pack.overlay import PageStamp, render_overlay
from desktop_app.pack.pdfstream import (
    OutlineItem,
    PagePlacement,
    StreamingPdfWriter,
    link,
    write_catalog,
    write_outline,
)
from desktop_app.pack.render import (
    FOOTER_BAND,
    STAMP_BAND,
    Marks,
)
from desktop_app.pack.strings import PackStrings


def assemble(
    part: Part,
    number: int,
    parts: int,
    info: dict[str, ExhibitInfo],
    part_of: dict[str, int],
    content: PackContent,
    s: PackStrings,
    name: Path,
    *,
    paper: str,
    options: PackOptions,
    open_original: OpenOriginal,
    left_out: bytes | None = None,
) -> tuple[Path, int]:
    """One part as a temp file beside ``name``. Returns the temp path and its page count.
    ``left_out``: the page of the documents left out (pack/left_out.py), after the exhibits."""
    ref = content.summary.ref
    own = [info[letter] for letter in part.letters]
    # Where each exhibit starts, counted from the first exhibit page of this part.
    offsets: dict[str, int] = {}
    page = 0
    for block in part.blocks:
        for letter in block.letters:
            offsets.setdefault(letter, page)
        page += block.pages
    exhibit_pages = page

    def index(front_pages: int) -> list[IndexEntry]:
        pages_of = {letter: block.pages for block in part.blocks for letter in block.letters}
        entries = []
        for e in content.exhibits if number == 1 else own:
            here = e.letter in offsets
            entries.append(
                IndexEntry(
                    e,
                    pages_of.get(e.letter, 0) if here else 0,
                    front_pages + offsets[e.letter] + 1 if here else None,
                    part_of.get(e.letter),
                )
            )
        return entries

    # Laid out once: the index's page numbers count the front's own pages (see render_front).
    front, marks = render_front(
        content, index, s, paper=paper, reproducible=options.reproducible, part=number, parts=parts
    )
    front_pages = marks.pages
    appendix, appendix_marks = render_appendix(
        own, s, paper=paper, title=content.title, subject=content.subject, reproducible=options.reproducible
    )

    appendix_pages = appendix_marks.pages
    left_pages = len(PdfReader(io.BytesIO(left_out)).pages) if left_out else 0
    if left_pages:  # its bookmark, before the appendix's (counted from the appendix's first page)
        appendix_marks = replace(
            appendix_marks, sections=[(s("left_out_heading"), -left_pages), *appendix_marks.sections]
        )
    total = front_pages + exhibit_pages + left_pages + appendix_pages
    # (how to read it, its pages, whether they are a user's, the first of them in a sheet of image
    # pages, None for a file whose every page is the source's)
    sources: list[tuple[Callable[[], PdfReader], int, bool, int | None]] = [
        (_reader_of(front), front_pages, False, None)
    ]
    block_start: list[int] = []
    previous: Block | None = None
    for block in part.blocks:
        block_start.append(front_pages + sum(b.pages for b in part.blocks[: len(block_start)]))
        if (
            previous is not None
            and previous.first_page is not None
            and block.first_page == previous.first_page + previous.pages
            and block.path == previous.path
        ):  # the next page of the same sheet: the sheet is read once for both
            load, count, original, from_page = sources[-1]
            sources[-1] = (load, count + block.pages, original, from_page)
        else:
            opener = _block_reader(block, open_original)
            sources.append((opener, block.pages, block.original, block.first_page))
        previous = block
    if left_out:
        sources.append((_reader_of(left_out), left_pages, False, None))
    sources.append((_reader_of(appendix), appendix_pages, False, None))

    # Every page's size (after rotation) and stamp, known before anything is copied.
    stamps: list[PageStamp] = []
    for load, count, _, from_page in sources:
        reader = load()
        pages = list(reader.pages)
        if from_page is not None:  # its pages of the sheet only
            pages = pages[from_page : from_page + count]
        for source_page in pages:
            box = source_page.cropbox
            width, height = float(box.width), float(box.height)
            if source_page.get("/Rotate", 0) % 180:
                width, height = height, width
            footer = s("page_footer", ref=ref, page=len(stamps) + 1, pages=total)
            if parts > 1:
                footer = f"{s('part_stamp', part=number, parts=parts)} · {footer}"
            stamps.append(PageStamp(width, height, footer, None))
        _let_go(reader)
    if len(stamps) != total:
        raise DossierError(
            translate("Pack", "The pack's pages do not add up ({found} found, {expected} expected).").format(
                found=len(stamps), expected=total
            )
        )
    for block, start in zip(part.blocks, block_start, strict=True):
        letters = block.letters[0] if len(block.letters) == 1 else f"{block.letters[0]}–{block.letters[-1]}"
        for within in range(block.pages):
            stamp = s("exhibit_stamp", letter=letters, page=within + 1, pages=block.pages, ref=ref)
            stamps[start + within] = replace(stamps[start + within], stamp=stamp)
        if block.pages:
            note, translation = _caption([info[letter] for letter in block.letters], s)
            stamps[start] = replace(stamps[start], note=note, translation=translation)

    links: dict[int, list[DictionaryObject]] = {}
    fd, temp = make_part_file(name)  # 0600 from the start, and swept if this process is killed
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = StreamingPdfWriter(handle)
            page_numbers = [writer.reserve() for _ in range(total)]
            pages_root = writer.reserve()
            overlays = writer.form_xobjects(
                PdfReader(io.BytesIO(render_overlay(stamps, reproducible=options.reproducible)))
            )
            for page_no, rect, target in marks.links:
                if target in offsets:
                    links.setdefault(page_no, []).append(
                        link(rect, page_numbers[front_pages + offsets[target]])
                    )
            first = 0
            for load, count, original, sheet_page in sources:
                placements = []
                for g in range(first, first + count):
                    shrink, shift = (
                        (_shrink_factor(stamps[g].height), FOOTER_BAND) if original else (1.0, 0.0)
                    )
                    placements.append(
                        PagePlacement(page_numbers[g], shrink, shift, overlays[g], links.get(g, []))
                    )
                reader = load()
                writer.copy_pages(reader, placements, pages_root, sheet_page)
                _let_go(reader)
                first += count
            outline = write_outline(
                writer,
                _outline(
                    marks,
                    front_pages,
                    own,
                    offsets,
                    front_pages + exhibit_pages + left_pages,
                    appendix_marks,
                    page_numbers,
                ),
            )
            moment = datetime.combine(options.today or date.today(), datetime.min.time(), UTC)
            stamp_text = moment.strftime("D:%Y%m%d%H%M%S+00'00'")
            catalog, info_number = write_catalog(
                writer,
                pages_root,
                page_numbers,
                outline,
                {
                    "/Title": content.title
                    + (f" ({s('part_stamp', part=number, parts=parts)})" if parts > 1 else ""),
                    "/Subject": content.subject,
                    "/Author": content.summary.cardholder,
                    "/Keywords": ref,
                    "/Creator": f"Dossier {__version__}",
                    "/Producer": f"Dossier {__version__} (reportlab, pypdf)",
                    "/CreationDate": stamp_text,
                    "/ModDate": stamp_text,
                },
                lang=s.lang,
            )
            if options.reproducible:
                file_id = hashlib.sha256(
                    f"{ref}|{number}|{'|'.join(e.sha256 for e in own)}".encode()
                ).digest()[:16]
            else:
                file_id = secrets.token_bytes(16)
            writer.finish(root=catalog, info=info_number, file_id=file_id)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DossierError(
            translate("Pack", "{path}: cannot be written ({reason}); nothing was changed").format(
                path=name, reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, total


def _caption(exhibits: Sequence[ExhibitInfo], s: PackStrings) -> tuple[str | None, str | None]:
    """What the first page of a block says of its exhibits: one exhibit's note and translation,
    each in the pack's words; for images sharing a page, each one's note after its letter."""
    if len(exhibits) == 1:
        e = exhibits[0]
        note = s("exhibit_note", text=e.note) if e.note else None
        return note, s("exhibit_note_translation", text=e.note_translation) if e.note_translation else None
    notes = [f"{e.letter}: {e.note}" for e in exhibits if e.note]
    return (s("exhibit_note", text=" · ".join(notes)) if notes else None), None


def _reader_of(data: bytes) -> Callable[[], PdfReader]:
    return lambda: PdfReader(io.BytesIO(data))


def _block_reader(block: Block, open_original: OpenOriginal) -> Callable[[], PdfReader]:
    """Opens the block's PDF when it is needed, so only one source is in memory at a time."""

    def load() -> PdfReader:
        if block.path is not None:
            reader = PdfReader(block.path, strict=False)
        else:
            assert block.original_sha is not None
            with open_original(block.original_sha) as handle:
                reader = PdfReader(io.BytesIO(read_whole(handle, block.size)), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        return reader

    return load


def _let_go(reader: PdfReader) -> None:
    """The source's bytes and the objects read from them freed now: pypdf's reader and its objects
    refer to each other, so that only the cyclic collector would free them, long after (a sheet
    of image pages holds megabytes)."""
    reader.close()
    reader.stream.close()


def _shrink_factor(height: float) -> float:
    """How much a user's page shrinks so the stamp band and the footer band cover none of it."""
    return float((height - STAMP_BAND - FOOTER_BAND) / height)


def _outline(
    marks: Marks,
    front_pages: int,
    own: Sequence[ExhibitInfo],
    offsets: dict[str, int],
    appendix_start: int,
    appendix_marks: Marks,
    page_numbers: Sequence[int],
) -> list[OutlineItem]:
    """Bookmarks: one per section, and one per exhibit under the exhibit index."""
    sections = [OutlineItem(title, page_numbers[page]) for title, page in marks.sections]
    exhibits = tuple(
        OutlineItem(f"{e.letter}. {e.title}", page_numbers[front_pages + offsets[e.letter]]) for e in own
    )
    if sections:
        sections[-1] = replace(sections[-1], children=exhibits)  # the index is the last section
    sections += [
        OutlineItem(title, page_numbers[appendix_start + page]) for title, page in appendix_marks.sections
    ]
    return sections
