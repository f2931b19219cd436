"""Whether a pack fits a portal's profile, decided from page counts and sizes before any image is
rendered, and which exhibits a fitted pack keeps.

Pages are counted exactly: a PDF's own pages, an image's page (shared by 2 or 4 at the compact
settings), e-mails and text files rendered (they are cheap). Bytes are bounded on the safe
side: a re-encoded image's JPEG is bounded per pixel by what the worst content (random
salt-and-pepper noise) takes at that quality, a JPEG kept as it is by its own size, a PDF by
its size with room for its pages' stamps. So a fit promised here is a fit the build meets; a
case the most favourable estimate already refuses is refused at once. Between the two only the
build tells (the builder then renders, as it always did, and still checks every file it writes).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import threading
import warnings
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from desktop_app import logs
from desktop_app.domain.profiles import Profile
from desktop_app.domain.redact import RedactionNote
from desktop_app.i18n import translate, translate_n
from desktop_app.intake.images import enable_heif
from desktop_app.pack.appendix import render_appendix
from desktop_app.pack.content import ExhibitInfo, PackContent
from desktop_app.pack.exhibits import (
    Block,
    Exhibit,
    ExhibitError,
    ImagePolicy,
    OpenOriginal,
    check_pdf,
    render_blocks,
)
from desktop_app.pack.front import IndexEntry, render_front
from desktop_app.pack.messages import listed
from desktop_app.pack.messages import size as message_size
from desktop_app.pack.options import Part
from desktop_app.pack.render import image_box_inches
from desktop_app.pack.strings import PackStrings

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
# Bytes per pixel of Pillow's JPEG (optimised, 4:2:0) of colour salt-and-pepper noise, the worst
# content measured (uniform noise, text, checkerboards, photos all take less), by quality.
_WORST_BPP = ((45, 0.506), (55, 0.564), (70, 0.673), (80, 0.782), (88, 0.922), (95, 1.165))
_IMAGE_EXTRA = 4_000  # a JPEG's tables and headers, the image's dictionary
PAGE_BYTES = 8_000  # a pack page's own objects: its dictionary, footer and stamp overlay, links
PDF_GROWTH = 1.3  # a user's PDF copied into the pack: its objects written out again, uncompressed xref
_FONTS = 120_000  # the fonts the front matter, the appendix and the overlays embed, each once or more


def worst_jpeg_bytes(pixels: int, quality: int) -> int:
    """At most this many bytes for a JPEG of ``pixels`` at ``quality``, whatever the image shows."""
    points = _WORST_BPP
    if quality <= points[0][0]:
        bpp = points[0][1]
    elif quality >= points[-1][0]:
        bpp = points[-1][1] * 1.4
    else:
        bpp = next(
            b0 + (b1 - b0) * (quality - q0) / (q1 - q0)
            for (q0, b0), (q1, b1) in itertools.pairwise(points)
            if q0 <= quality <= q1
        )
    return int(pixels * bpp * 1.08) + _IMAGE_EXTRA


@dataclass(frozen=True)
class Overhead:
    """Pages and bytes the pack needs besides the exhibits: measured, not guessed."""

    front: int  # part 1: page 1, transactions, timeline, communications, index
    short_front: int  # other parts: page 1 and their index
    appendix: int  # the integrity appendix of every exhibit
    front_bytes: int = 150_000
    short_front_bytes: int = 150_000
    appendix_bytes: int = 0
    left_out: int = 0  # the page(s) of the documents left out (part 1)
    left_out_bytes: int = 0
    # The front matter's sections as rendered: (title, pages), in order (page 1's first).
    sections: tuple[tuple[str, int], ...] = ()

    def first(self) -> tuple[int, int]:
        pages = self.front + self.appendix + self.left_out
        size = self.front_bytes + self.appendix_bytes + self.left_out_bytes + _FONTS + PAGE_BYTES * pages
        return pages, max(150_000, size)

    def other(self) -> tuple[int, int]:
        pages = self.short_front + self.appendix
        size = self.short_front_bytes + self.appendix_bytes + _FONTS + PAGE_BYTES * pages
        return pages, max(150_000, size)


def measure_overhead(
    content: PackContent,
    s: PackStrings,
    paper: str,
    *,
    several_files: bool = True,
    appendix_of: Sequence[ExhibitInfo] | None = None,
    appendix: bool = True,
    index: bool = True,
) -> Overhead:
    """The front matter and the appendix, rendered once each (the short front of the parts after
    the first only when the profile takes ``several_files``). ``appendix_of``: the exhibits the
    appendix lists, when not ``content.exhibits`` (a planner's worst case of redaction notes).
    ``appendix`` False: not rendered, counted as the least it takes (a page, no bytes); ``index``
    False: the front matter with an empty index (the least it takes: page 1 lists no exhibit either).
    The same measure asked again (the window asks at each change of profile or choice) is not
    rendered again: see :func:`forget_measures`."""
    listed = [] if appendix_of is None else list(appendix_of)
    key = hashlib.sha256(
        repr(
            (content, s.lang, s("no_communications"), paper, several_files, listed, appendix, index)
        ).encode()
    ).hexdigest()
    with _MEASURES_LOCK:
        if key in _MEASURES:
            _MEASURES.move_to_end(key)
            return _MEASURES[key]
    everything = [IndexEntry(e, 1, 1, 1) for e in content.exhibits] if index else []
    front_pdf, front = render_front(content, everything, s, paper=paper, reproducible=True)
    short_pdf, short = front_pdf, front
    if several_files:
        short_pdf, short = render_front(
            content, everything[:1], s, paper=paper, reproducible=True, part=2, parts=2
        )
    appendix_pages, appendix_bytes = (
        measure_appendix(content.exhibits if appendix_of is None else appendix_of, s, paper)
        if appendix
        else (1, 0)
    )
    overhead = Overhead(
        front.pages,
        short.pages,
        appendix_pages,
        len(front_pdf),
        len(short_pdf),
        appendix_bytes,
        sections=section_pages(front.sections, front.pages),
    )
    with _MEASURES_LOCK:
        _MEASURES[key] = overhead
        while len(_MEASURES) > _MEASURES_KEPT:
            _MEASURES.popitem(last=False)
    return overhead


# The overheads measured last, by what was rendered (the content, its strings, paper, options).
_MEASURES: OrderedDict[str, Overhead] = OrderedDict()
_MEASURES_KEPT = 32
_MEASURES_LOCK = threading.Lock()


def forget_measures() -> None:
    """Forget the overheads measured so far (a benchmark's cold start)."""
    with _MEASURES_LOCK:
        _MEASURES.clear()


def section_pages(sections: Sequence[tuple[str, int]], pages: int) -> tuple[tuple[str, int], ...]:
    """Each section's pages, from where each starts (pages from 0) and the document's pages."""
    starts = [page for _title, page in sections] + [pages]
    return tuple((title, max(0, starts[n + 1] - page)) for n, (title, page) in enumerate(sections))


def measure_appendix(exhibits: Sequence[ExhibitInfo], s: PackStrings, paper: str) -> tuple[int, int]:
    """The integrity appendix of ``exhibits``: its pages and bytes."""
    pdf, marks = render_appendix(exhibits, s, paper=paper, title="", subject="", reproducible=True)
    return marks.pages, len(pdf)


def worst_notes(info: ExhibitInfo, estimate: Estimate, category: str) -> ExhibitInfo:
    """``info`` with the longest redaction lines the integrity appendix could give it once the pack
    scans it: every page of a PDF covered (card numbers, IBANs, the user's boxes), a text's numbers
    masked, an image's boxes when the user drew some."""
    if category == "pdf":
        notes = tuple(
            RedactionNote(page, 999, ("card", "iban", "user")) for page in range(1, estimate.pages + 1)
        )
    elif category == "image":
        notes = (RedactionNote(1, 999, ("user",)),)
    else:
        notes = (RedactionNote(None, 999, ("card", "iban")),)
    return replace(info, redactions=notes)


def widest(a: Overhead, b: Overhead) -> Overhead:
    """Each of the two overheads' pages and bytes at its largest."""
    return replace(
        a,
        front=max(a.front, b.front),
        short_front=max(a.short_front, b.short_front),
        appendix=max(a.appendix, b.appendix),
        front_bytes=max(a.front_bytes, b.front_bytes),
        short_front_bytes=max(a.short_front_bytes, b.short_front_bytes),
        appendix_bytes=max(a.appendix_bytes, b.appendix_bytes),
    )


def plan_parts(
    blocks: Sequence[Block], profile: Profile, overhead: Overhead
) -> tuple[list[Part] | None, str]:
    """Share the blocks among as few parts as the profile needs, cutting only between blocks (an
    exhibit is never split between two files); None with the reason when impossible."""
    max_pages = profile.max_pages or 10**9
    max_bytes = int((profile.max_file_bytes or 10**15) * SAFETY)
    parts: list[Part] = [Part([], [])]
    pages, size = overhead.first()
    for block in blocks:
        if parts[-1].blocks and (pages + block.pages > max_pages or size + block.size > max_bytes):
            parts.append(Part([], []))
            pages, size = overhead.other()
        if pages + block.pages > max_pages or size + block.size > max_bytes:
            return None, translate_n(
                "Pack", "exhibit {letters} alone takes %n page(s) and {size}", block.pages
            ).format(letters=", ".join(block.letters), size=message_size(block.size))
        parts[-1].blocks.append(block)
        parts[-1].letters += block.letters
        pages += block.pages
        size += block.size
    if len(parts) > profile.max_files:
        return None, translate_n("Pack", "it would need %n file(s) of at most {size}", len(parts)).format(
            size=message_size(max_bytes)
        )
    return parts, ""


# --------------------------------------------------------------------------- exhibits' estimates


@dataclass(frozen=True)
class Estimate:
    """One exhibit's pages and bytes at each level of LEVELS (bytes: at most ``high``, at least ``low``)."""

    letter: str
    image: bool  # an image: it shares its page with others at the compact levels
    pages: int
    high: tuple[int, ...]
    low: tuple[int, ...]


def narrowed(policy: ImagePolicy, profile: Profile) -> ImagePolicy:
    return replace(
        policy, max_dpi=min(policy.max_dpi, profile.max_dpi), max_megapixels=profile.max_megapixels
    )


def estimate_exhibits(
    exhibits: Sequence[Exhibit],
    s: PackStrings,
    policies: Sequence[ImagePolicy],
    *,
    paper: str,
    workdir: Path,
    greyscale: bool = False,
    open_original: OpenOriginal | None = None,
) -> dict[str, Estimate]:
    """Every exhibit's estimate; no image is decoded: only its header is read, from the vault's
    stream when ``open_original`` is given (the first chunk of the file, more only when the header
    reaches further), else from the exhibit's bytes."""
    estimates: dict[str, Estimate] = {}
    drawn: list[Exhibit] = []
    for exhibit in exhibits:
        letter = exhibit.info.letter
        if exhibit.category == "image":
            estimates[letter] = _image_estimate(exhibit, policies, paper, greyscale, open_original)
        elif exhibit.category == "pdf":
            data = exhibit.load()
            try:
                pages = check_pdf(exhibit.info, data)
            except ExhibitError:
                estimates[letter] = _placeholder(letter, len(policies))
                continue
            high = int(len(data) * PDF_GROWTH) + PAGE_BYTES * pages
            estimates[letter] = Estimate(
                letter, False, pages, (high,) * len(policies), (len(data) // 3,) * len(policies)
            )
        else:
            drawn.append(exhibit)
    if drawn:  # e-mails, text files and the rest: drawn for real (cheap), counted exactly
        blocks = render_blocks(
            drawn,
            s,
            policies[0],
            paper=paper,
            reproducible=True,
            on_error=lambda _error: None,
            workdir=workdir,
        )
        for block in blocks:
            for path in [block.path] if block.path else []:
                path.unlink(missing_ok=True)
            high = int(block.size * 1.1) + PAGE_BYTES * block.pages
            estimates[block.letters[0]] = Estimate(
                block.letters[0],
                False,
                block.pages,
                (high,) * len(policies),
                (block.size // 2,) * len(policies),
            )
    return estimates


def _placeholder(letter: str, levels: int) -> Estimate:
    """A page saying why the exhibit is missing."""
    return Estimate(letter, False, 1, (60_000,) * levels, (1_000,) * levels)


def _image_estimate(
    exhibit: Exhibit,
    policies: Sequence[ImagePolicy],
    paper: str,
    greyscale: bool,
    open_original: OpenOriginal | None = None,
) -> Estimate:
    size = exhibit.info.size
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            enable_heif()
            stream = (
                open_original(exhibit.info.sha256)
                if open_original is not None and exhibit.info.parent is None
                else io.BytesIO(exhibit.load())
            )
            with stream, Image.open(stream) as opened:  # the header only: nothing is decoded
                width, height = opened.size
                source_format = opened.format
                orientations = _orientations(opened)
    except Exception as exc:  # the build will put a page saying why in its place
        logs.error("pack.fitting.image_estimate", exc)
        return _placeholder(exhibit.info.letter, len(policies))
    if not width or not height:
        return _placeholder(exhibit.info.letter, len(policies))
    # An orientation not known from the header (a PNG's eXIf chunk after its pixels): both ways.
    shapes = [
        _image_bounds(width, height, o, source_format, size, policies, paper, greyscale) for o in orientations
    ]
    high = tuple(max(bounds[0][i] for bounds in shapes) for i in range(len(policies)))
    low = tuple(min(bounds[1][i] for bounds in shapes) for i in range(len(policies)))
    return Estimate(exhibit.info.letter, True, 1, high, low)


def _orientations(opened: Image.Image) -> tuple[int, ...]:
    """The image's EXIF orientation, read without decoding it; (1, 6) when only decoding would
    tell (Pillow reads a PNG's eXIf chunk that follows the pixels only by decoding them)."""
    if opened.format == "PNG" and "exif" not in opened.info:
        return (1, 6)
    return (int(opened.getexif().get(0x0112, 1) or 1),)


def _image_bounds(
    width: int,
    height: int,
    orientation: int,
    source_format: str | None,
    size: int,
    policies: Sequence[ImagePolicy],
    paper: str,
    greyscale: bool,
) -> tuple[list[int], list[int]]:
    """The bytes an image of ``width`` x ``height`` (as stored) takes at each policy: at most, at least."""
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    high: list[int] = []
    low: list[int] = []
    for policy in policies:
        box_w, box_h = image_box_inches(paper, policy.per_page)
        scale = min(1.0, box_w * policy.max_dpi / width, box_h * policy.max_dpi / height)
        megapixels = width * height * scale * scale / 1e6
        if megapixels > policy.max_megapixels:
            scale *= (policy.max_megapixels / megapixels) ** 0.5
        scale = min(1.0, max(scale, min(1.0, policy.min_width_px / width)))
        pixels = max(1, round(width * scale)) * max(1, round(height * scale))
        bound = worst_jpeg_bytes(pixels, policy.quality)
        kept_as_is = scale >= 0.999 and policy.passthrough and not greyscale
        if kept_as_is and source_format == "JPEG":
            high.append(max(bound, size + _IMAGE_EXTRA) if orientation != 1 else size + _IMAGE_EXTRA)
            low.append(size if orientation == 1 else 1_000)
        elif kept_as_is and source_format == "PNG":
            # A flat screenshot's PNG may be kept (re-compressed by the PDF writer): room for that.
            high.append(max(bound, 4 * size + _IMAGE_EXTRA))
            low.append(1_000)
        else:
            high.append(bound)
            low.append(1_000)
    return high, low


# --------------------------------------------------------------------------- packing, step by step


@dataclass(frozen=True)
class Piece:
    """One exhibit as it goes into the pack: its estimate, and whether it may share a page."""

    estimate: Estimate
    shares: bool


@dataclass(frozen=True)
class Packing:
    """Where ``plan_parts`` stands after the exhibits so far, an image page still open."""

    files: int
    blocks_here: int  # blocks in the current file
    pages: int  # pages of the current file
    size: int  # bytes of the current file
    total_pages: int
    total_size: int
    group: tuple[int, ...] = ()  # bytes of the images waiting on a shared page


class Packer:
    """``plan_parts`` on estimates, an exhibit at a time: O(1) to try one more at the end."""

    def __init__(self, profile: Profile, overhead: Overhead, level: int, per_page: int, high: bool) -> None:
        self.profile = profile
        self.overhead = overhead
        self.level = level
        self.per_page = per_page
        self.high = high
        self.max_pages = profile.max_pages or 10**9
        self.max_bytes = int((profile.max_file_bytes or 10**15) * SAFETY)
        pages, size = overhead.first()
        self.start = Packing(1, 0, pages, size, pages, size)

    def add(self, state: Packing | None, pieces: Sequence[Piece]) -> Packing | None:
        """The state after ``pieces``; None when they cannot fit."""
        for piece in pieces:
            if state is None:
                return None
            size = (piece.estimate.high if self.high else piece.estimate.low)[self.level]
            if piece.shares and self.per_page > 1:
                group = (*state.group, size)
                state = replace(state, group=group)
                if len(group) == self.per_page:
                    state = self._place(replace(state, group=()), 1, sum(group))
                continue
            state = self._place(self._flush(state), piece.estimate.pages, size)
        return state

    def _flush(self, state: Packing | None) -> Packing | None:
        if state is None or not state.group:
            return state
        return self._place(replace(state, group=()), 1, sum(state.group))

    def _place(self, state: Packing | None, pages: int, size: int) -> Packing | None:
        if state is None:
            return None
        if state.blocks_here and (state.pages + pages > self.max_pages or state.size + size > self.max_bytes):
            more_pages, more_size = self.overhead.other()
            state = Packing(
                state.files + 1,
                0,
                more_pages,
                more_size,
                state.total_pages + more_pages,
                state.total_size + more_size,
                state.group,
            )
        if state.pages + pages > self.max_pages or state.size + size > self.max_bytes:
            return None
        if state.files > self.profile.max_files:
            return None
        return replace(
            state,
            blocks_here=state.blocks_here + 1,
            pages=state.pages + pages,
            size=state.size + size,
            total_pages=state.total_pages + pages,
            total_size=state.total_size + size,
        )

    def close(self, state: Packing | None) -> Packing | None:
        """The state once the last shared page is placed, if the whole still meets the profile."""
        state = self._flush(state)
        if state is None or state.files > self.profile.max_files:
            return None
        if self.profile.max_total_pages and state.total_pages > self.profile.max_total_pages:
            return None
        if self.profile.max_total_bytes and state.total_size > self.profile.max_total_bytes * SAFETY:
            return None
        return state


def settings_of(level: int, policy: ImagePolicy) -> str:
    """The image settings in words, in the process's language ("original quality", "150 dpi, JPEG
    quality 70, 2 images per page")."""
    if level == 0:
        settings = translate("Pack", "original quality")
    else:
        settings = translate("Pack", "{dpi} dpi, JPEG quality {quality}").format(
            dpi=policy.max_dpi, quality=policy.quality
        )
    if policy.per_page > 1:
        settings += translate_n("Pack", ", %n images per page", policy.per_page)
    return settings


def explain(
    profile: Profile, failure: str, exhibits: Sequence[Exhibit], blocks: Sequence[Block], overhead: Overhead
) -> str:
    sizes: dict[str, tuple[int, int]] = {}
    for block in blocks:
        for letter in block.letters:
            size, pages = sizes.get(letter, (0, 0))
            sizes[letter] = (size + block.size // len(block.letters), pages + block.pages)
    names = {e.info.letter: e.info.original_name for e in exhibits}
    # In all: the exhibits and what goes with them (page 1, the front matter, the appendix, the page
    # of documents left out), as plan_parts counts them.
    front_pages, front_size = overhead.first()
    total_size = sum(b.size for b in blocks) + front_size
    total_pages = sum(b.pages for b in blocks) + front_pages
    room_bytes = (profile.max_file_bytes or 0) * profile.max_files
    if profile.max_total_bytes:
        room_bytes = min(room_bytes, profile.max_total_bytes) if room_bytes else profile.max_total_bytes
    room_pages = (profile.max_pages or 0) * profile.max_files
    if profile.max_total_pages:
        room_pages = min(room_pages, profile.max_total_pages) if room_pages else profile.max_total_pages
    over = []
    if room_bytes and total_size > room_bytes:
        over.append(translate("Pack", "{size} too large").format(size=message_size(total_size - room_bytes)))
    if room_pages and total_pages > room_pages:
        over.append(translate_n("Pack", "%n page(s) too many", total_pages - room_pages))
    # Name the exhibits that weigh most on what is short: pages, or bytes.
    pages_short = bool(room_pages and total_pages > room_pages) and not (
        room_bytes and total_size > room_bytes
    )
    largest = sorted(sizes.items(), key=lambda kv: kv[1][1] if pages_short else kv[1][0], reverse=True)[:5]
    listing = listed(
        translate_n("Pack", "{letter} {name} ({size}, %n page(s))", pages).format(
            letter=letter, name=names[letter], size=message_size(size)
        )
        for letter, (size, pages) in largest
    )
    total = translate_n("Pack", "in all about {size} and %n page(s)", total_pages).format(
        size=message_size(total_size)
    )
    if len(over) == 2:
        total += ", " + translate("Pack", "{size_over} and {pages_over}").format(
            size_over=over[0], pages_over=over[1]
        )
    elif over:
        total += ", " + over[0]
    return translate(
        "Pack",
        "The pack cannot fit the {profile} profile ({limits}): even at the smallest settings {failure}; "
        "{total}. The largest exhibits: {largest}. Nothing was written. Leave some exhibits out, or "
        "choose a profile with more room.",
    ).format(
        profile=profile.shown_label, limits=profile.describe(), failure=failure, total=total, largest=listing
    )
