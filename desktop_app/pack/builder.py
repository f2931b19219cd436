"""Building the dispute-evidence pack: one PDF, or a few parts when a portal needs it.

Order of the pack: page 1 (the summary), transactions, timeline,
communication log, exhibit index, the exhibits A, B, C..., the integrity
appendix. Every page carries "page x of y"; exhibit pages carry a stamp
with the exhibit's letter, its own page x/y and the case reference.

To fit a portal profile the builder tries ever smaller settings (lower image
resolution and JPEG quality, then several images on a page), splits into
parts where the profile allows several files, and refuses, saying by how
much and which exhibits are largest, when nothing fits. It never writes a
file that breaks the chosen limits.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop_app import __version__
from desktop_app.domain.models import Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.errors import DossierError
from desktop_app.fileio import atomic_write, check_output, fsync_dir, make_part_file
from desktop_app.pack.content import ExhibitInfo, PackContent, build_content
from desktop_app.pack.exhibits import (
    Block,
    Exhibit,
    ExhibitError,
    ImagePolicy,
    OpenOriginal,
    pdf_shows_card_number,
    prepare_exhibits,
    render_blocks,
)
from desktop_app.pack.pdfstream import (
    OutlineItem,
    PagePlacement,
    StreamingPdfWriter,
    link,
    write_catalog,
    write_outline,
)
from desktop_app.pack.profiles import MB, PROFILES, Profile
from desktop_app.pack.render import (
    FOOTER_BAND,
    STAMP_BAND,
    IndexEntry,
    Marks,
    PageStamp,
    human_size,
    render_appendix,
    render_front,
    render_overlay,
)
from desktop_app.pack.strings import PackStrings
from desktop_app.tempfiles import private_folder

# From the best rendering to the most compact one; "no limit" uses the first only.
LEVELS: tuple[ImagePolicy, ...] = (
    ImagePolicy(max_dpi=300, quality=88),
    ImagePolicy(max_dpi=200, quality=80),
    ImagePolicy(max_dpi=150, quality=70, passthrough=False),
    ImagePolicy(max_dpi=150, quality=55, passthrough=False),
    ImagePolicy(max_dpi=150, quality=55, per_page=2, passthrough=False),
    ImagePolicy(max_dpi=150, quality=45, per_page=4, passthrough=False),
)
# Keep a little room under byte limits: a portal's "5 MB" must not be missed by rounding.
SAFETY = 0.985

Progress = Callable[[int, int, str], None]


class PackRefused(DossierError):
    """The pack cannot be made within the limits, or an exhibit was refused."""


class PackCancelled(DossierError):
    pass


@dataclass(frozen=True)
class PackOptions:
    profile: Profile = PROFILES["none"]
    lang: str = "en"
    paper: str | None = None  # "a4" or "letter"; None: Letter when the case is in the US, else A4
    evidence_ids: Sequence[int] | None = None  # None: every live evidence item, in order
    on_bad_exhibit: str = "placeholder"  # or "refuse"
    reproducible: bool = False
    today: date | None = None
    force: bool = False  # replace the pack's files (and their .sha256) when they exist


@dataclass(frozen=True)
class PackFile:
    path: Path
    pages: int
    size: int
    sha256: str
    letters: list[str]


@dataclass
class PackResult:
    files: list[PackFile]
    exhibits: list[ExhibitInfo]
    profile: Profile
    warnings: list[str] = field(default_factory=list)
    settings: str = ""


@dataclass
class _Part:
    blocks: list[Block]
    letters: list[str]


def paper_for(case: Case, paper: str | None) -> str:
    if paper is not None:
        if paper not in ("a4", "letter"):
            raise ValueError(f"{paper!r} is not a paper size; choose a4 or letter")
        return paper
    return "letter" if case.country == "US" else "a4"


def build_pack(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    tasks: Sequence[Task],
    evidence: Sequence[EvidenceItem],
    open_original: OpenOriginal,
    out: Path,
    options: PackOptions,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackResult:
    s = PackStrings(options.lang)
    paper = paper_for(case, options.paper)
    out = _check_targets([out], options.force)[0]
    items = _select(evidence, options.evidence_ids)
    today = options.today or (
        case.updated_at.date() if options.reproducible and case.updated_at else date.today()
    )
    profile = options.profile

    def report(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise PackCancelled("The pack was cancelled; nothing was written.")
        if progress is not None:
            progress(done, total, message)

    exhibits, warnings = prepare_exhibits(items, open_original)
    content = build_content(
        case, purchases, communications, tasks, [e.info for e in exhibits], s, prepared_on=today
    )
    warnings += _privacy_warnings(exhibits)
    errors: list[ExhibitError] = []

    def on_error(error: ExhibitError) -> None:
        if options.on_bad_exhibit == "refuse":
            raise PackRefused(
                f"{error}. Nothing was written; remove or replace this exhibit, or let the pack "
                "put a page saying why it is missing."
            )
        errors.append(error)

    overhead = _measure_overhead(content, s, paper) if profile.limited else _Overhead(0, 0, 0)
    levels = LEVELS if profile.limited else LEVELS[:1]
    steps = len(exhibits) + 2
    last_failure = ""
    last_blocks: list[Block] = []
    # Rendered pages wait in a private folder, removed however the build ends (and, after a
    # SIGKILL, by the next start: see desktop_app/tempfiles.py).
    with private_folder("pack") as work:
        for level_no, policy in enumerate(levels):
            errors.clear()
            level_dir = Path(work) / f"level-{level_no}"
            level_dir.mkdir()
            policy = replace(
                policy, max_dpi=min(policy.max_dpi, profile.max_dpi), max_megapixels=profile.max_megapixels
            )
            counter = iter(range(steps))

            def step(message: str, level_no: int = level_no, counter: Iterator[int] = counter) -> None:
                report(
                    next(counter, steps),
                    steps,
                    f"{message}" + (f" (smaller settings, try {level_no + 1})" if level_no else ""),
                )

            blocks = render_blocks(
                exhibits,
                s,
                policy,
                paper=paper,
                reproducible=options.reproducible,
                on_error=on_error,
                workdir=level_dir,
                progress=step,
            )
            last_blocks = blocks
            hopeless = _pages_can_never_fit(blocks, exhibits, profile, overhead)
            if hopeless:
                last_failure = hopeless
                break
            step("Putting the pack together")
            parts, failure = _plan(blocks, profile, overhead)
            if parts is None:
                last_failure = failure
                shutil.rmtree(level_dir)
                continue
            written = _write_parts(
                parts,
                exhibits,
                content,
                s,
                out,
                profile,
                paper=paper,
                options=options,
                open_original=open_original,
            )
            if isinstance(written, str):
                last_failure = written
                shutil.rmtree(level_dir)
                continue
            report(steps, steps, "Done")
            warnings += [
                f"Exhibit {e.exhibit.letter} ({e.exhibit.original_name}) is replaced by a page saying why: "
                f"{e.reason}"
                for e in errors
            ]
            settings = (
                "original quality"
                if level_no == 0
                else f"{policy.max_dpi} dpi, JPEG quality {policy.quality}"
            )
            if policy.per_page > 1:
                settings += f", {policy.per_page} images per page"
            return PackResult(written, [e.info for e in exhibits], profile, warnings, settings)
    raise PackRefused(_explain(profile, last_failure, exhibits, last_blocks, overhead))


def _select(evidence: Sequence[EvidenceItem], ids: Sequence[int] | None) -> list[EvidenceItem]:
    live = [e for e in evidence if e.trashed_at is None]
    if ids is None:
        return live
    known = {e.id for e in live}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise PackRefused(
            f"Evidence {', '.join(f'#{i}' for i in unknown)} is not in this case (or is in its trash)."
        )
    wanted = set(ids)
    return [e for e in live if e.id in wanted]


def _privacy_warnings(exhibits: Sequence[Exhibit]) -> list[str]:
    warnings = []
    images = [e for e in exhibits if e.category == "image"]
    if images:
        warnings.append(
            f"The pack includes {len(images)} image(s) ({', '.join(e.info.letter for e in images)}). "
            "Dossier cannot read text in images: check they show no full card number or other private detail."
        )
    for exhibit in exhibits:
        if exhibit.category == "pdf" and pdf_shows_card_number(exhibit.load()):
            warnings.append(
                f"Exhibit {exhibit.info.letter} ({exhibit.info.original_name}) shows what looks like a full "
                "card number. Dossier masks card numbers in what it writes, but not inside your PDF files: "
                "redact it before you send the pack."
            )
    return warnings


# --------------------------------------------------------------------------- planning parts


@dataclass(frozen=True)
class _Overhead:
    """Pages the pack needs besides the exhibits: measured, not guessed."""

    front: int  # part 1: page 1, transactions, timeline, communications, index
    short_front: int  # other parts: page 1 and their index
    appendix: int  # the integrity appendix of every exhibit


def _measure_overhead(content: PackContent, s: PackStrings, paper: str) -> _Overhead:
    everything = [IndexEntry(e, 1, 1, 1) for e in content.exhibits]
    _, front = render_front(content, everything, s, paper=paper, reproducible=True)
    _, short = render_front(content, everything[:1], s, paper=paper, reproducible=True, part=2, parts=2)
    _, appendix = render_appendix(content.exhibits, s, paper=paper, title="", subject="", reproducible=True)
    return _Overhead(front.pages, short.pages, appendix.pages)


def _pages_can_never_fit(
    blocks: Sequence[Block], exhibits: Sequence[Exhibit], profile: Profile, overhead: _Overhead
) -> str:
    """Why no setting can meet the page limit, or "": images may share pages, nothing else shrinks."""
    room = min(
        (profile.max_pages or 10**9) * profile.max_files - (profile.max_files - 1) * overhead.short_front,
        profile.max_total_pages or 10**9,
    )
    images = {e.info.letter for e in exhibits if e.category == "image"}
    image_count = sum(1 for b in blocks for letter in b.letters if letter in images)
    fixed = sum(b.pages for b in blocks if not set(b.letters) <= images)
    least = fixed + -(-image_count // 4) + overhead.front + overhead.appendix
    if least > room:
        return f"it needs at least {least} pages, even with four images on a page"
    return ""


def _plan(blocks: Sequence[Block], profile: Profile, overhead: _Overhead) -> tuple[list[_Part] | None, str]:
    """Share the blocks among as few parts as the profile needs; None with the reason when impossible."""
    max_pages = profile.max_pages or 10**9
    max_bytes = int((profile.max_file_bytes or 10**15) * SAFETY)
    parts: list[_Part] = [_Part([], [])]
    pages = overhead.front + overhead.appendix
    size = 150_000
    for block in blocks:
        if parts[-1].blocks and (pages + block.pages > max_pages or size + block.size > max_bytes):
            parts.append(_Part([], []))
            pages = overhead.short_front + overhead.appendix
            size = 150_000
        if pages + block.pages > max_pages or size + block.size > max_bytes:
            return None, (
                f"exhibit {', '.join(block.letters)} alone takes {block.pages} page(s) and "
                f"{human_size(block.size)}"
            )
        parts[-1].blocks.append(block)
        parts[-1].letters += block.letters
        pages += block.pages
        size += block.size
    if len(parts) > profile.max_files:
        return None, f"it would need {len(parts)} files of at most {human_size(max_bytes)}"
    return parts, ""


# --------------------------------------------------------------------------- writing


def _write_parts(
    parts: list[_Part],
    exhibits: Sequence[Exhibit],
    content: PackContent,
    s: PackStrings,
    out: Path,
    profile: Profile,
    *,
    paper: str,
    options: PackOptions,
    open_original: OpenOriginal,
) -> list[PackFile] | str:
    """Assemble every part into a temp file; rename them into place only if all fit the profile."""
    info = {e.info.letter: e.info for e in exhibits}
    part_of = {letter: n for n, part in enumerate(parts, start=1) for letter in part.letters}
    names = part_names(out, len(parts))
    temps: list[Path] = []
    files: list[PackFile] = []
    try:
        for n, (part, name) in enumerate(zip(parts, names, strict=True), start=1):
            temp, pages = _assemble(
                part,
                n,
                len(parts),
                info,
                part_of,
                content,
                s,
                name,
                paper=paper,
                options=options,
                open_original=open_original,
            )
            temps.append(temp)
            size = temp.stat().st_size
            problem = _breaks(profile, size, pages)
            if problem:
                return f"part {n} would be {human_size(size)} and {pages} pages: {problem}"
            files.append(PackFile(name, pages, size, _sha256(temp), list(part.letters)))
        total_size = sum(f.size for f in files)
        total_pages = sum(f.pages for f in files)
        if profile.max_total_bytes and total_size > profile.max_total_bytes * SAFETY:
            return f"the files would be {human_size(total_size)} in all"
        if profile.max_total_pages and total_pages > profile.max_total_pages:
            return f"the files would be {total_pages} pages in all"
        _check_targets([f.path for f in files], options.force)
        for temp, pack_file in zip(temps, files, strict=True):
            try:
                os.replace(temp, pack_file.path)
            except OSError as exc:
                reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
                raise PackRefused(f"{pack_file.path}: the pack cannot be written ({reason})") from exc
            _write_sidecar(pack_file)
        fsync_dir(out.parent)
        return files
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


def part_names(out: Path, count: int) -> list[Path]:
    """``OUT.pdf``, or ``OUT-part1.pdf``, ``OUT-part2.pdf``... when the pack is split."""
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-part{n}{out.suffix}") for n in range(1, count + 1)]


def sidecar_of(path: Path) -> Path:
    """``OUT.pdf.sha256`` beside ``OUT.pdf``."""
    return path.with_name(path.name + ".sha256")


def _check_targets(paths: Sequence[Path], force: bool) -> list[Path]:
    """Every pack file and its .sha256 may be written (see fileio.check_output); the resolved pack paths.

    All are checked before anything is renamed into place.
    """
    checked = []
    for path in paths:
        target = check_output(path, force=force, what="pack")
        check_output(sidecar_of(target), force=force, what="pack's .sha256")
        if not target.parent.is_dir():
            raise PackRefused(f"{path}: the folder {target.parent} does not exist")
        checked.append(target)
    return checked


def existing_pack_files(out: Path) -> list[Path]:
    """The files a pack written as ``out`` may replace: ``out``, its parts and their ``.sha256``."""
    out = Path(out).expanduser()
    candidates = [out, sidecar_of(out)]
    folder = out.parent
    if folder.is_dir():
        for part in sorted(folder.glob(f"{glob_escape(out.stem)}-part*{glob_escape(out.suffix)}")):
            candidates += [part, sidecar_of(part)]
    return [path for path in candidates if os.path.lexists(path)]


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def place_pack(result: PackResult, out: Path, *, force: bool = False) -> PackResult:
    """Move a pack already built elsewhere (a preview) to ``out``, its parts named as ``build_pack`` would.

    Each target is checked first (as ``build_pack`` does, ``force`` to replace existing files); each
    file is checked against its fingerprint once in place; its ``.sha256`` is written anew.
    """
    out = _check_targets([out], force)[0]
    targets = _check_targets(part_names(out, len(result.files)), force)
    placed: list[PackFile] = []
    for pack_file, target in zip(result.files, targets, strict=True):
        try:
            os.replace(pack_file.path, target)
        except OSError:  # another disk: copy, durably, then check
            with open(pack_file.path, "rb") as source:
                atomic_write(target, source)
        if _sha256(target) != pack_file.sha256:
            raise PackRefused(f"{target}: the copy does not match the pack that was built; export it again")
        moved = replace(pack_file, path=target)
        _write_sidecar(moved)
        placed.append(moved)
    fsync_dir(out.parent)
    return replace(result, files=placed)


def _breaks(profile: Profile, size: int, pages: int) -> str:
    if profile.max_file_bytes and size > profile.max_file_bytes * SAFETY:
        return f"more than {profile.max_file_bytes / MB:g} MB"
    if profile.max_pages and pages > profile.max_pages:
        return f"more than {profile.max_pages} pages"
    return ""


def _assemble(
    part: _Part,
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
) -> tuple[Path, int]:
    """One part as a temp file beside ``name``. Returns the temp path and its page count."""
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

    front, marks = render_front(
        content, index(99), s, paper=paper, reproducible=options.reproducible, part=number, parts=parts
    )
    front, marks = render_front(
        content,
        index(marks.pages),
        s,
        paper=paper,
        reproducible=options.reproducible,
        part=number,
        parts=parts,
    )
    front_pages = marks.pages
    appendix, appendix_marks = render_appendix(
        own, s, paper=paper, title=content.title, subject=content.subject, reproducible=options.reproducible
    )

    appendix_pages = appendix_marks.pages
    total = front_pages + exhibit_pages + appendix_pages
    sources: list[tuple[Callable[[], PdfReader], int, bool]] = [(_reader_of(front), front_pages, False)]
    block_start: list[int] = []
    for block in part.blocks:
        block_start.append(front_pages + sum(b.pages for b in part.blocks[: len(block_start)]))
        sources.append((_block_reader(block, open_original), block.pages, block.original))
    sources.append((_reader_of(appendix), appendix_pages, False))

    # Every page's size (after rotation) and stamp, known before anything is copied.
    stamps: list[PageStamp] = []
    for load, _, _ in sources:
        for source_page in load().pages:
            box = source_page.cropbox
            width, height = float(box.width), float(box.height)
            if source_page.get("/Rotate", 0) % 180:
                width, height = height, width
            footer = s("page_footer", ref=ref, page=len(stamps) + 1, pages=total)
            if parts > 1:
                footer = f"{s('part_stamp', part=number, parts=parts)} · {footer}"
            stamps.append(PageStamp(width, height, footer, None))
    if len(stamps) != total:
        raise DossierError(f"The pack's pages do not add up ({len(stamps)} found, {total} expected).")
    for block, start in zip(part.blocks, block_start, strict=True):
        letters = block.letters[0] if len(block.letters) == 1 else f"{block.letters[0]}–{block.letters[-1]}"
        for within in range(block.pages):
            stamp = s("exhibit_stamp", letter=letters, page=within + 1, pages=block.pages, ref=ref)
            stamps[start + within] = replace(stamps[start + within], stamp=stamp)

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
            for load, count, original in sources:
                placements = []
                for g in range(first, first + count):
                    shrink, shift = (
                        (_shrink_factor(stamps[g].height), FOOTER_BAND) if original else (1.0, 0.0)
                    )
                    placements.append(
                        PagePlacement(page_numbers[g], shrink, shift, overlays[g], links.get(g, []))
                    )
                writer.copy_pages(load(), placements, pages_root)
                first += count
            outline = write_outline(
                writer,
                _outline(
                    marks,
                    front_pages,
                    own,
                    offsets,
                    front_pages + exhibit_pages,
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
        raise DossierError(f"{name}: cannot be written ({exc.strerror or exc}); nothing was changed") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, total


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
                reader = PdfReader(io.BytesIO(handle.read()), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        return reader

    return load


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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _write_sidecar(pack_file: PackFile) -> None:
    """``OUT.pdf.sha256``: the pack's own fingerprint, in the format sha256sum checks."""
    sidecar = sidecar_of(pack_file.path)
    atomic_write(sidecar, f"{pack_file.sha256}  {pack_file.path.name}\n".encode())


def _explain(
    profile: Profile, failure: str, exhibits: Sequence[Exhibit], blocks: Sequence[Block], overhead: _Overhead
) -> str:
    sizes: dict[str, tuple[int, int]] = {}
    for block in blocks:
        for letter in block.letters:
            size, pages = sizes.get(letter, (0, 0))
            sizes[letter] = (size + block.size // len(block.letters), pages + block.pages)
    names = {e.info.letter: e.info.original_name for e in exhibits}
    total_size = sum(b.size for b in blocks)
    total_pages = sum(b.pages for b in blocks) + overhead.front + overhead.appendix
    room_bytes = (profile.max_file_bytes or 0) * profile.max_files
    if profile.max_total_bytes:
        room_bytes = min(room_bytes, profile.max_total_bytes) if room_bytes else profile.max_total_bytes
    room_pages = (profile.max_pages or 0) * profile.max_files
    if profile.max_total_pages:
        room_pages = min(room_pages, profile.max_total_pages) if room_pages else profile.max_total_pages
    over = []
    if room_bytes and total_size > room_bytes:
        over.append(f"{human_size(total_size - room_bytes)} too large")
    if room_pages and total_pages > room_pages:
        over.append(f"{total_pages - room_pages} page(s) too many")
    # Name the exhibits that weigh most on what is short: pages, or bytes.
    pages_short = bool(room_pages and total_pages > room_pages) and not (
        room_bytes and total_size > room_bytes
    )
    largest = sorted(sizes.items(), key=lambda kv: kv[1][1] if pages_short else kv[1][0], reverse=True)[:5]
    listing = "; ".join(
        f"{letter} {names[letter]} ({human_size(size)}, {pages} page(s))" for letter, (size, pages) in largest
    )
    return (
        f"The pack cannot fit the {profile.label} profile ({profile.describe()}): even at the smallest "
        f"settings {failure}; in all about {human_size(total_size)} and {total_pages} pages"
        + (f", {' and '.join(over)}" if over else "")
        + f". The largest exhibits: {listing}. Nothing was written. Leave some exhibits out, or choose "
        "a profile with more room."
    )
