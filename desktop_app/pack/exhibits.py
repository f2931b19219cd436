"""Turning evidence files into exhibit pages.

Originals are only read: every re-encoding works on a copy in memory. Each
exhibit becomes a :class:`Block` of pages (a reportlab PDF we drew, or the
original PDF's own pages), and several small images may share one block
when pages are scarce.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop_app import logs
from desktop_app.domain.models import EvidenceItem, RedactionArea
from desktop_app.domain.redact import Reproduction, mask_sensitive
from desktop_app.domain.text import decode_text
from desktop_app.i18n import translate
from desktop_app.intake.email import EmailDocument, EmailParseError
from desktop_app.intake.images import enable_heif
from desktop_app.intake.mail import MSG_MEDIA_TYPE, RawMessage, read_message
from desktop_app.intake.sniff import sniff_media_type
from desktop_app.pack.content import ExhibitInfo, exhibit_letter
from desktop_app.pack.messages import exhibit_name, labelled
from desktop_app.pack.redaction import (
    ExhibitRedaction,
    count_in_text,
    merge,
    raster_dpi,
    redact_image,
    redact_pdf,
    scan_pdf,
    user_boxes,
)
from desktop_app.pack.render import (
    PlacedImage,
    image_box_inches,
    render_image_sheet,
    render_message_page,
    render_text_exhibit,
)
from desktop_app.pack.strings import PackStrings

OpenOriginal = Callable[[str], BinaryIO]
# Image pages drawn on one canvas (render_blocks' ``sheets``) hold at most about this much of
# JPEG or PNG data: the canvas keeps it in memory until it is written, and the assembler reads
# the whole sheet to copy its pages.
SHEET_BYTES = 4 * 1024 * 1024
GREY_MODES = ("1", "L", "LA", "La", "I", "I;16", "I;16B", "I;16L", "F")  # Pillow's modes without colour
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/webp", "image/heic")


@dataclass(frozen=True)
class ImagePolicy:
    """How images are encoded: the ceiling on resolution, JPEG quality, images per page."""

    max_dpi: int = 300
    quality: int = 88
    per_page: int = 1
    passthrough: bool = True  # keep a JPEG as it is when it already fits
    # Never shrink a screenshot below this width (or its own width): text must stay legible.
    min_width_px: int = 1280
    max_megapixels: float = 30.0
    greyscale: bool = False  # black and white (PackOptions.black_and_white): images in one grey channel


@dataclass
class Exhibit:
    """An exhibit to render: its facts, and how to get its bytes."""

    info: ExhibitInfo
    category: str  # image, pdf, email, text or other
    load: Callable[[], bytes]
    email: EmailDocument | None = None
    attachments: list[str] = field(default_factory=list)  # letters of its attachments
    # What the pack covers in it (numbers found, the user's boxes) and what it could not (see
    # pack/redaction.py); filled by prepare_exhibits.
    redaction: ExhibitRedaction = field(default_factory=ExhibitRedaction)


@dataclass
class Block:
    """Consecutive pack pages made from one exhibit, or from several small images."""

    letters: list[str]
    pages: int
    path: Path | None = None  # a PDF on disk: pages we drew, or an attachment's own PDF
    original_sha: str | None = None  # or: the original PDF's own pages, read from the vault
    size: int = 0  # bytes this block adds, roughly
    original: bool = False  # the pages are a user's PDF (not drawn by us)
    # Its first page in the PDF at ``path`` when that is a sheet of image pages (render_blocks'
    # ``sheets``); None: the PDF's every page is the block's.
    first_page: int | None = None


class ExhibitError(Exception):
    """An exhibit that cannot be included; the message says which and why. ``key`` names the
    reason among the pack's strings (``exhibit_errors.<key>``): the page put in its place says it
    in the pack's language, ``reason`` (in the process's language, with the library's detail) is
    for messages."""

    def __init__(self, exhibit: ExhibitInfo, reason: str, key: str = "other") -> None:
        self.exhibit = exhibit
        self.reason = reason
        self.key = key
        super().__init__(labelled(exhibit_name(exhibit.letter, exhibit.original_name), reason))


def category_of(media_type: str) -> str:
    if media_type in IMAGE_TYPES:
        return "image"
    if media_type == "application/pdf":
        return "pdf"
    if media_type in ("message/rfc822", MSG_MEDIA_TYPE):
        return "email"
    if media_type.startswith("text/") or media_type in ("application/json", "application/xml"):
        return "text"
    return "other"


def prepare_exhibits(
    items: Sequence[EvidenceItem], open_original: OpenOriginal, *, scan: bool = True
) -> tuple[list[Exhibit], list[str]]:
    """Letter the items A, B, C...; an e-mail's attachments follow it as exhibits of their own.

    ``scan``: find the card numbers and IBANs each exhibit shows, and take the user's boxes, for
    the pack to redact them (``Exhibit.redaction``, ``ExhibitInfo.redactions``). Titles, file
    names and sources are masked here, so the index, the bookmarks and the appendix cannot show a
    full number.
    """
    exhibits: list[Exhibit] = []
    problems: list[str] = []
    # An attachment that is also evidence of its own (an imported e-mail's) is shown once, as that item.
    own_items = {item.sha256 for item in items}
    also_items: list[tuple[Exhibit, str]] = []
    for item in items:

        def load(sha: str = item.sha256, size: int = item.size) -> bytes:
            with open_original(sha) as handle:
                return read_whole(handle, size)

        info = ExhibitInfo(
            letter=exhibit_letter(len(exhibits)),
            title=mask_sensitive(item.title),
            kind=item.kind.value,
            original_name=mask_sensitive(item.original_name),
            media_type=item.media_type,
            size=item.size,
            sha256=item.sha256,
            imported_at=item.imported_at,
            source=mask_sensitive(item.source) or None,
            evidence_id=item.id,
            purchase_id=item.purchase_id,
            communication_id=item.communication_id,
            note=mask_sensitive(item.note) or None,
            note_translation=mask_sensitive(item.note_translation) or None,
        )
        exhibit = Exhibit(info, category_of(item.media_type), load)
        exhibits.append(exhibit)
        if scan:
            _scan(exhibit, item.redactions)
        if exhibit.category != "email":
            continue
        try:
            document = read_message(
                RawMessage(item.original_name, load(), item.media_type, item.original_name)
            )
        except EmailParseError as exc:
            problems.append(labelled(exhibit_name(info.letter, item.original_name), str(exc)))
            exhibit.category = "broken-email"
            continue
        exhibit.email = document
        if scan:
            exhibit.redaction.masked = count_in_text(
                document.sender, document.to, document.cc, document.subject, document.date_text,
                document.message_id, document.text, *(a.filename for a in document.attachments),
            )  # fmt: skip
            _note(exhibit)
        for attachment in document.attachments:
            if attachment.inline and attachment.media_type.startswith("image/"):
                continue  # a logo or picture inside the message body, not an enclosure
            data = attachment.data
            digest = hashlib.sha256(data).hexdigest()
            if digest in own_items:
                also_items.append((exhibit, digest))
                continue
            media = sniff_media_type(data[:8192], attachment.filename)
            child = ExhibitInfo(
                letter=exhibit_letter(len(exhibits)),
                title=mask_sensitive(attachment.filename),
                kind="attachment",
                original_name=mask_sensitive(attachment.filename),
                media_type=media,
                size=len(data),
                sha256=digest,
                imported_at=item.imported_at,
                source=mask_sensitive(document.message_id or item.original_name) or None,
                parent=info.letter,
                purchase_id=item.purchase_id,
                communication_id=item.communication_id,
            )
            exhibit.attachments.append(child.letter)
            exhibits.append(Exhibit(child, category_of(media), _constant(data)))
            if scan:
                _scan(exhibits[-1], ())
    letters = {e.info.sha256: e.info.letter for e in exhibits if e.info.parent is None}
    for exhibit, digest in also_items:
        exhibit.attachments.append(letters[digest])
    return exhibits, problems


def read_whole(handle: BinaryIO, size: int) -> bytes:
    """A file's bytes, ``size`` of them expected: asked for at once, a buffered reader reads its
    raw stream (the vault's decryption) in big pieces, where without a size it goes 8 kB at a time."""
    data = handle.read(size) if size > 0 else b""
    rest = handle.read()
    return data + rest if rest else data


def _constant(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _scan(exhibit: Exhibit, areas: Sequence[RedactionArea]) -> None:
    """What the exhibit shows that the pack must cover: numbers in a PDF's text, the user's boxes;
    in a text file, what masking will take out."""
    redaction = exhibit.redaction
    if exhibit.category == "pdf":
        try:
            found = scan_pdf(exhibit.load())
        except Exception as exc:  # an unreadable file: the pack puts a page saying why in its place
            logs.error("pack.exhibits.scan", exc)
            found = ExhibitRedaction()
        found.masked = redaction.masked
        exhibit.redaction = redaction = found
    elif exhibit.category == "text":
        try:
            redaction.masked = count_in_text(decode_text(exhibit.load()))
        except Exception as exc:
            logs.error("pack.exhibits.scan_text", exc)
    boxes = user_boxes(areas)
    if exhibit.category == "image":
        one_page = translate("Pack", "a box on page {page}, but an image has one page")
        redaction.ignored += [one_page.format(page=i + 1) for i in boxes if i]
        boxes = {0: boxes[0]} if 0 in boxes else {}
    merge(redaction.boxes, boxes)
    _note(exhibit)


def _note(exhibit: Exhibit) -> None:
    exhibit.info = replace(exhibit.info, redactions=exhibit.redaction.notes())


# --------------------------------------------------------------------------- rendering


def render_blocks(
    exhibits: Sequence[Exhibit],
    s: PackStrings,
    policy: ImagePolicy,
    *,
    paper: str,
    reproducible: bool,
    on_error: Callable[[ExhibitError], None],
    workdir: Path,
    progress: Callable[[str], None] | None = None,
    sheets: bool = False,
) -> list[Block]:
    """Every exhibit as blocks of pages.

    ``on_error`` decides what a bad exhibit does: raise to refuse the pack, or return to put a page
    saying why in its place. ``sheets``: consecutive image pages are drawn on one canvas, up to
    SHEET_BYTES of images (the captions' font embedded once for them, each page still a block of
    its own); else each image page is a PDF of its own, whose size is exactly what it adds, as a
    limited profile's fitting wants it.
    """
    blocks: list[Block] = []
    pending_images: list[tuple[ExhibitInfo, PlacedImage]] = []
    sheet: list[list[tuple[ExhibitInfo, PlacedImage]]] = []  # pages waiting for their canvas

    def spill(pdf: bytes) -> Path:
        """Rendered pages wait on disk, not in memory, until they are copied into the pack."""
        path = workdir / f"block-{len(blocks):05d}.pdf"
        path.write_bytes(pdf)
        return path

    def draw_sheet() -> None:
        if not sheet:
            return
        # A lone image takes the whole page, two share it top and bottom.
        pages = [([img for _, img in group], len(group) if len(group) <= 2 else 4) for group in sheet]
        pdf = render_image_sheet(pages, paper=paper, reproducible=reproducible)
        path = spill(pdf)
        images = [sum(len(img.data) for _, img in group) for group in sheet]
        shared = (len(pdf) - sum(images)) // len(sheet)  # the font, page objects: a share each
        for first, (group, size) in enumerate(zip(sheet, images, strict=True)):
            letters = [info.letter for info, _ in group]
            page = first if sheets else None
            blocks.append(Block(letters, 1, path=path, size=size + shared, first_page=page))
        # No gc.collect() here: a JPEG goes to reportlab as it is (render.py _JpegSource), so no
        # decoded pixels are left in reportlab's reference cycles; each page's memory is freed as
        # soon as it is written (a full collection per page was 28 % of the pack's time).
        sheet.clear()

    def flush_images(last: bool = True) -> None:
        """The images waiting made into pages; ``last``: the sheet drawn too (another exhibit's
        pages come next)."""
        for start in range(0, len(pending_images), policy.per_page):
            sheet.append(pending_images[start : start + policy.per_page])
        pending_images.clear()
        held = sum(len(img.data) for group in sheet for _, img in group)
        if last or not sheets or held >= SHEET_BYTES:
            draw_sheet()

    for exhibit in exhibits:
        info = exhibit.info
        if progress:
            progress(f"{info.letter}: {info.original_name}")
        try:
            if exhibit.category == "image":
                pending_images.append((info, _place_redacted_image(exhibit, policy, paper)))
                if policy.per_page == 1 or len(pending_images) == policy.per_page:
                    flush_images(last=False)
                continue
            flush_images()
            blocks.append(
                _render_one(exhibit, exhibits, s, spill, policy, paper=paper, reproducible=reproducible)
            )
        except ExhibitError as error:
            flush_images()
            on_error(error)
            exhibit.info = replace(exhibit.info, reproduction=Reproduction("missing"), redactions=())
            heading = s("placeholder_heading", letter=info.letter)
            reason = s(f"exhibit_errors.{error.key}")
            message = s("placeholder_text", file=info.original_name, reason=reason)
            pdf = render_message_page(heading, message, paper=paper, reproducible=reproducible)
            blocks.append(Block([info.letter], 1, path=spill(pdf), size=len(pdf)))
    flush_images()
    return blocks


def _place_redacted_image(exhibit: Exhibit, policy: ImagePolicy, paper: str) -> PlacedImage:
    """The image placed for its page, the user's boxes burnt into a copy first; what the pack did
    to it (kept as it was, re-encoded, scaled) noted in ``exhibit.info.reproduction``."""
    info = exhibit.info
    boxes = exhibit.redaction.boxes.get(0, [])
    read: list[bytes] = []

    def load() -> bytes:
        data = exhibit.load()
        if boxes and data:
            try:
                data = redact_image(data, boxes)
            except Exception as exc:  # not decodable: _place_image says why, as for any image
                logs.error("pack.exhibits.redact_image", exc)
        read.append(data)
        return data

    placed = _place_image(replace(exhibit, load=load), policy, paper)
    source = read[-1] if read else b""
    from_width, from_height = placed.source_size  # as _place_image read it: no second decoding
    if placed.data is source:
        kind = "image_as_received" if source[:3] == b"\xff\xd8\xff" and not boxes else "image_pixels"
        reproduction = Reproduction(kind, placed.width_px, placed.height_px, redacted=bool(boxes))
    else:
        scaled = (placed.width_px, placed.height_px) != (from_width, from_height)
        reproduction = Reproduction(
            "image_jpeg" if placed.data[:3] == b"\xff\xd8\xff" else "image_pixels",
            placed.width_px,
            placed.height_px,
            from_width if scaled else 0,
            from_height if scaled else 0,
            quality=policy.quality,
            redacted=bool(boxes),
        )
    exhibit.info = replace(info, reproduction=reproduction)
    return placed


def _redacted(
    exhibit: Exhibit, data: bytes, policy: ImagePolicy, *, own: bool
) -> tuple[bytes, Reproduction | None]:
    """A PDF's pages with the exhibit's boxes burnt in (those pages rasterised); unchanged without."""
    boxes = {i: b for i, b in exhibit.redaction.boxes.items() if i < _count_pages(data)}
    if not boxes:
        return data, None
    dpi = raster_dpi(policy.max_dpi)
    redacted = redact_pdf(data, boxes, dpi=dpi, quality=policy.quality, max_megapixels=policy.max_megapixels)
    kind = "pages" if own else ("email" if exhibit.category == "email" else "text")
    return redacted, Reproduction(kind, raster_pages=tuple(i + 1 for i in sorted(boxes)), dpi=dpi)


def _render_one(
    exhibit: Exhibit,
    all_exhibits: Sequence[Exhibit],
    s: PackStrings,
    spill: Callable[[bytes], Path],
    policy: ImagePolicy,
    *,
    paper: str,
    reproducible: bool,
) -> Block:
    block, reproduction = _render_pages(
        exhibit, all_exhibits, s, spill, policy, paper=paper, reproducible=reproducible
    )
    exhibit.info = replace(exhibit.info, reproduction=reproduction)
    return block


def _render_pages(
    exhibit: Exhibit,
    all_exhibits: Sequence[Exhibit],
    s: PackStrings,
    spill: Callable[[bytes], Path],
    policy: ImagePolicy,
    *,
    paper: str,
    reproducible: bool,
) -> tuple[Block, Reproduction]:
    info = exhibit.info
    heading = s("exhibit_heading", letter=info.letter, title=info.title)
    if exhibit.category == "pdf":
        data = exhibit.load()
        pages = check_pdf(info, data)
        redacted, reproduction = _redacted(exhibit, data, policy, own=True)
        if reproduction is not None:  # the redacted copy is the exhibit's pages now
            return Block([info.letter], pages, original=True, path=spill(redacted), size=len(redacted)), (
                reproduction
            )
        return Block(
            [info.letter],
            pages,
            original=True,
            original_sha=info.sha256 if info.parent is None else None,
            path=spill(data) if info.parent is not None else None,
            size=len(data),
        ), Reproduction("pages")
    if exhibit.category == "email" and exhibit.email is not None:
        doc = exhibit.email
        rows = [
            (s("email_from"), doc.sender),
            (s("email_to"), doc.to),
            *([(s("email_cc"), doc.cc)] if doc.cc else []),
            (s("email_date"), doc.date_text or s("none")),
            (s("email_subject"), doc.subject),
            (s("email_message_id"), doc.message_id or s("none")),
        ]
        titles = {e.info.letter: e.info.title for e in all_exhibits}
        notes = []
        if exhibit.attachments:
            listed = "; ".join(f"{letter}. {titles[letter]}" for letter in exhibit.attachments)
            notes.append(s.labelled(s("email_attachments"), listed))
        pdf = render_text_exhibit(
            heading, rows, doc.text or s("email_no_text"), notes, paper=paper, reproducible=reproducible
        )
        pdf, reproduction = _redacted(exhibit, pdf, policy, own=False)
        return Block([info.letter], _count_pages(pdf), path=spill(pdf), size=len(pdf)), (
            reproduction or Reproduction("email")
        )
    if exhibit.category == "broken-email":
        raise ExhibitError(info, translate("Pack", "the e-mail cannot be read"), key="email_unreadable")
    if exhibit.category == "text":
        data = exhibit.load()
        if not data:
            raise ExhibitError(info, translate("Pack", "the file is empty"), key="file_empty")
        pdf = render_text_exhibit(heading, [], decode_text(data), [], paper=paper, reproducible=reproducible)
        pdf, reproduction = _redacted(exhibit, pdf, policy, own=False)
        return Block([info.letter], _count_pages(pdf), path=spill(pdf), size=len(pdf)), (
            reproduction or Reproduction("text")
        )
    message = s("unviewable", media_type=info.media_type, size=s.size(info.size))
    pdf = render_message_page(heading, message, paper=paper, reproducible=reproducible)
    return Block([info.letter], 1, path=spill(pdf), size=len(pdf)), Reproduction("described")


def check_pdf(info: ExhibitInfo, data: bytes) -> int:
    """The page count of a PDF exhibit, or ExhibitError saying why it cannot be used."""
    if not data:
        raise ExhibitError(info, translate("Pack", "the PDF file is empty"), key="pdf_empty")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExhibitError(
                info, translate("Pack", "the PDF is protected by a password"), key="pdf_password"
            )
        pages = len(reader.pages)
        for page in reader.pages:
            _ = page.mediabox
    except ExhibitError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise ExhibitError(
            info, translate("Pack", "the PDF is damaged ({detail})").format(detail=exc), key="pdf_damaged"
        ) from None
    if pages == 0:
        raise ExhibitError(info, translate("Pack", "the PDF has no pages"), key="pdf_no_pages")
    return pages


def _count_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _place_image(exhibit: Exhibit, policy: ImagePolicy, paper: str) -> PlacedImage:
    info = exhibit.info
    data = exhibit.load()
    if not data:
        raise ExhibitError(info, translate("Pack", "the image file is empty"), key="image_empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            enable_heif()
            opened = Image.open(io.BytesIO(data))
            opened.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ExhibitError(
            info,
            translate("Pack", "the image is too large to open safely (a possible decompression bomb)"),
            key="image_too_large",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ExhibitError(
            info,
            translate("Pack", "the image cannot be decoded ({detail})").format(detail=exc),
            key="image_undecodable",
        ) from None
    source_format = opened.format
    grey_source = opened.mode in GREY_MODES
    # exif_transpose copies the whole image even when there is nothing to turn.
    oriented = opened.getexif().get(0x0112, 1) not in (None, 1)
    image: Image.Image = ImageOps.exif_transpose(opened) if oriented else opened
    # The original's own bytes go in (a JPEG that fits, a PNG smaller than its JPEG) only when the
    # pack shows its pixels unchanged: not when they are turned upright or made grey.
    as_received = not oriented and (grey_source or not policy.greyscale)
    width, height = image.size
    box_w, box_h = image_box_inches(paper, policy.per_page)
    scale = min(1.0, box_w * policy.max_dpi / width, box_h * policy.max_dpi / height)
    megapixels = width * height * scale * scale / 1e6
    if megapixels > policy.max_megapixels:
        scale *= (policy.max_megapixels / megapixels) ** 0.5
    legible = min(1.0, policy.min_width_px / width)
    scale = min(1.0, max(scale, legible))
    caption = f"{info.letter}. {info.title}"
    if scale >= 0.999 and policy.passthrough and source_format == "JPEG" and as_received:
        return PlacedImage(caption, data, width, height, (width, height))
    if scale < 0.999:
        image = image.resize(
            (max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.LANCZOS
        )
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        image = background
    wanted = "L" if policy.greyscale else "RGB"  # black and white: one grey channel (a DeviceGray JPEG)
    if image.mode != wanted:
        image = image.convert(wanted)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=policy.quality, optimize=True, progressive=False)
    encoded = out.getvalue()
    if source_format == "PNG" and scale >= 0.999 and policy.passthrough:
        # A flat screenshot: a PNG is smaller than any JPEG. The original when its pixels are the
        # pack's, else the pack's pixels (turned, grey) as a PNG.
        if as_received:
            lossless = data
        else:
            png = io.BytesIO()
            image.save(png, format="PNG")
            lossless = png.getvalue()
        if len(lossless) < len(encoded):
            encoded = lossless
    return PlacedImage(caption, encoded, image.size[0], image.size[1], (width, height))


def exhibit_list(items: Sequence[EvidenceItem], open_original: OpenOriginal) -> list[str]:
    """The exhibits as the pack letters and titles them ("A. Invoice FV/2026/114", an e-mail's
    attachments after it): a letter's enclosures. Only ``items`` given (the pack's live ones)."""
    exhibits, _problems = prepare_exhibits(items, open_original)
    return [f"{e.info.letter}. {e.info.title}" for e in exhibits]
