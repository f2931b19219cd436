"""Redaction that removes: card numbers and IBANs taken out of an exhibit's pages, not hidden.

What is redacted, and how:

- **A PDF** (an exhibit, or a PDF attached to an e-mail): each page's text is read with pdfium,
  numbers cut over several text runs or lines included (line breaks read as spaces, see
  :func:`desktop_app.domain.redact.find_sensitive`). A page holding a card number or an IBAN, in
  its text or in an annotation (a form field's value, a comment, a link's address), is
  rasterised (rendered by pdfium at the image policy's resolution) with opaque black boxes over
  each number and replaces that page in the pack: nothing of the page's text, fonts or
  annotations remains. Pages without a finding stay as they are (vector, searchable).
- **Boxes the user drew** (``EvidenceItem.redactions``, fractions of the page or image as it is
  shown) are burnt into a copy: an image is decoded, blacked out and encoded again (losslessly,
  as PNG, before the usual sizing); a PDF page, or a page Dossier drew, is rasterised with them.
- **An e-mail or a text file** is set out again by Dossier from its text, masked (every number
  keeps only its last four characters): :func:`count_in_text` counts what was masked for the
  integrity appendix.

What counts as a number that **remains** (the pack is refused, ``CardNumbersRemain``, unless the
user confirms): a card number in a PDF page's text that pdfium cannot place on the page (its
characters have no position), or on a page pdfium cannot open or render while pypdf reads its
text. An IBAN that remains is said in the warnings, not refused. What Dossier cannot read at
all (an image, a scanned page with no text) has no finding: it is named in a warning, so the
user checks it and draws boxes where needed. A PDF that cannot be opened (a password, damage)
is not in the pack at all: a page says why in its place.

The originals are only read: every change is made on a copy in memory.
"""

from __future__ import annotations

import ctypes
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app import logs
from desktop_app.domain.models import RedactionArea
from desktop_app.domain.redact import _IBAN_START, _SEPARATOR, Finding, RedactionNote, find_sensitive
from desktop_app.i18n import translate

# Room left around a number's characters, in points, so that no stroke of a digit shows.
_PAD = 1.2
# A PDF page is rasterised at most at this resolution (the profile's limit may be lower).
MAX_RASTER_DPI = 200
# The largest dictionary walk for strings in one page's annotations: a hostile file stays cheap.
_WALK_LIMIT = 4000


# What find_sensitive needs to find anything (domain/redact.py, lines read across): a card number
# is 13 to 19 digits of one run of digits and separators (a line break or a tab is one), an IBAN
# starts with a country code and two digits. A text with neither holds no number; these two
# searches say so in C, where find_sensitive walks every run of digits in Python (a statement's
# page has hundreds: dates, amounts, references).
_THIRTEEN_DIGITS = re.compile(rf"\d(?:[{_SEPARATOR}\r\n\t\x0b\x0c\u2028\u2029]{{0,3}}\d){{12}}")


def _findings(text: str) -> list[Finding]:
    """``find_sensitive(text, across_lines=True)``, without its walk when it cannot find anything."""
    if _THIRTEEN_DIGITS.search(text) is None and _IBAN_START.search(text) is None:
        return []
    return find_sensitive(text, across_lines=True)


@dataclass(frozen=True)
class Box:
    """An area to black out: fractions (0..1) of the page or image as shown, from its top-left."""

    x: float
    y: float
    width: float
    height: float
    reason: str  # "card", "iban" or "user"


@dataclass
class ExhibitRedaction:
    """What is redacted in one exhibit, and what could not be."""

    # Page index (from 0) -> the boxes to burn in; an empty list rasterises the page without a box
    # (a link's address held a number: the page's annotations must go).
    boxes: dict[int, list[Box]] = field(default_factory=dict)
    # Why a full card number still shows (for the refusal): "page 3: ...".
    remaining: list[str] = field(default_factory=list)
    ibans_remaining: list[str] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)  # pages (from 1) with no text to read
    masked: dict[str, int] = field(default_factory=dict)  # drawn text: reason -> how many masked
    ignored: list[str] = field(default_factory=list)  # user boxes that match no page

    def notes(self) -> tuple[RedactionNote, ...]:
        """The integrity appendix's lines: page by page, then what was masked in a drawn text."""
        notes = []
        for index in sorted(self.boxes):
            boxes = self.boxes[index]
            reasons = tuple(dict.fromkeys(b.reason for b in boxes)) or ("card",)
            notes.append(RedactionNote(index + 1, len(boxes), reasons))
        if self.masked:
            reasons = tuple(r for r in ("card", "iban") if self.masked.get(r))
            notes.append(RedactionNote(None, sum(self.masked.values()), reasons))
        return tuple(notes)


def user_boxes(areas: Iterable[RedactionArea]) -> dict[int, list[Box]]:
    """The user's boxes by page index (from 0), clipped to the page."""
    pages: dict[int, list[Box]] = {}
    for area in areas:
        x0, y0 = max(0.0, area.x), max(0.0, area.y)
        x1, y1 = min(1.0, area.x + area.width), min(1.0, area.y + area.height)
        if area.page < 1 or x1 <= x0 or y1 <= y0:
            continue
        pages.setdefault(area.page - 1, []).append(Box(x0, y0, x1 - x0, y1 - y0, "user"))
    return pages


def merge(into: dict[int, list[Box]], more: dict[int, list[Box]]) -> None:
    for index, boxes in more.items():
        into.setdefault(index, []).extend(boxes)


def count_in_text(*texts: str | None) -> dict[str, int]:
    """How many card numbers and IBANs the texts hold (what masking will cover)."""
    counts: dict[str, int] = {}
    for value in texts:
        for finding in find_sensitive(value or "", across_lines=True):
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
    return counts


# --------------------------------------------------------------------------- reading a PDF


def scan_pdf(data: bytes) -> ExhibitRedaction:
    """Where a PDF shows card numbers and IBANs, page by page, as boxes on the page as shown."""
    import pypdfium2 as pdfium

    result = ExhibitRedaction()
    try:
        document = pdfium.PdfDocument(data)
    except (pdfium.PdfiumError, ValueError, OSError) as exc:
        logs.error("pack.redaction.scan_pdf", exc)
        _scan_with_pypdf(data, None, result, translate("Pack", "the PDF cannot be rendered to cover it"))
        return result
    try:
        annotated = _annotation_findings(data)
        for index in range(len(document)):
            try:
                page = document[index]
            except pdfium.PdfiumError:
                _scan_with_pypdf(
                    data, {index}, result, translate("Pack", "the page cannot be rendered to cover it")
                )
                continue
            try:
                _scan_page(page, index, result)
                for rect, reason in annotated.get(index, []):
                    boxes = result.boxes.setdefault(index, [])
                    if rect is not None:
                        boxes.append(_to_shown(page, rect, reason))
            finally:
                page.close()
    finally:
        document.close()
    if result.unread:  # no text for pdfium (a scan; or text it cannot place, as drawn at size 0)
        pages = {page - 1 for page in result.unread}
        _scan_with_pypdf(
            data, pages, result, translate("Pack", "Dossier cannot place it on the page to cover it")
        )
    return result


def _scan_page(page: Any, index: int, result: ExhibitRedaction) -> None:
    """One page's numbers: read in pdfium's order of the text, then again line by line as the
    characters sit on the page (text objects drawn in any order, a rotated page)."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            result.unread.append(index + 1)
            return
        text = textpage.get_text_range()
        if len(text) != count:  # characters outside the BMP: read them one by one, index by index
            import pypdfium2.raw as raw

            text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))
        found: list[tuple[list[int], str]] = [(list(range(f.start, f.end)), f.kind) for f in _findings(text)]
        boxes_of: dict[int, tuple[float, float, float, float]] = {}
        if sum(map(str.isdigit, text)) >= 13:
            boxes_of = _charboxes(textpage, text, count)
            laid_out, where = _laid_out(text, boxes_of)
            for f in _findings(laid_out):
                found.append(([where[i] for i in range(f.start, f.end) if where[i] >= 0], f.kind))
        covered: set[int] = set()
        for indices, kind in found:
            placed = [i for i in indices if not text[i].isspace()]
            if placed and set(placed) <= covered:
                continue  # the same number, read a second way
            covered.update(placed)
            rects = _line_rects([boxes_of.get(i) or textpage.get_charbox(i, loose=True) for i in placed])
            if not rects:
                where_text = (
                    translate("Pack", "page {page}: a card number in its text cannot be located on the page")
                    if kind == "card"
                    else translate("Pack", "page {page}: an IBAN in its text cannot be located on the page")
                ).format(page=index + 1)
                (result.remaining if kind == "card" else result.ibans_remaining).append(where_text)
                continue
            boxes = result.boxes.setdefault(index, [])
            boxes += [_to_shown(page, rect, kind) for rect in rects]
    finally:
        textpage.close()


def _charboxes(textpage: Any, text: str, count: int) -> dict[int, tuple[float, float, float, float]]:
    """Every character's loose box (left, bottom, right, top), but of the line breaks: what
    ``textpage.get_charbox(i, loose=True)`` gives. pdfium writes each box into one array for the
    page, called through a prototype of plain addresses: pypdfium2's helper makes a rectangle per
    character and its binding converts each argument to a typed pointer (most of a page's time)."""
    import pypdfium2 as pdfium

    get = _loose_char_box()
    boxes = (ctypes.c_float * (4 * count))()  # FS_RECTF: left, top, right, bottom
    handle, base = ctypes.cast(textpage.raw, ctypes.c_void_p).value, ctypes.addressof(boxes)
    kept = [i for i in range(count) if text[i] not in "\r\n"]
    for i in kept:
        if not get(handle, i, base + 16 * i):
            raise pdfium.PdfiumError("Failed to get charbox.")
    values = boxes[:]
    left, top, right, bottom = values[0::4], values[1::4], values[2::4], values[3::4]
    return {i: (left[i], bottom[i], right[i], top[i]) for i in kept}


_LOOSE_CHAR_BOX: list[Any] = []


def _loose_char_box() -> Any:
    """``FPDFText_GetLooseCharBox(text_page, index, rect)`` taking addresses as integers."""
    if not _LOOSE_CHAR_BOX:
        import pypdfium2.raw as raw

        prototype = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
        assert ctypes.sizeof(raw.FS_RECTF) == 16
        address = ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
        assert address is not None
        _LOOSE_CHAR_BOX.append(prototype(address))
    return _LOOSE_CHAR_BOX[0]


def _laid_out(text: str, boxes: dict[int, tuple[float, float, float, float]]) -> tuple[str, list[int]]:
    """The page's characters line by line, top to bottom and left to right, with the index of each
    character in pdfium's text (-1 for a space or line break put between them here)."""
    placed = [(i, box) for i, box in boxes.items() if box[2] - box[0] > 0.01 and box[3] - box[1] > 0.01]
    # Sorted by their keys, computed once (both sorts are stable: equal keys keep pdfium's order).
    middles = [-(box[1] + box[3]) for _, box in placed]
    lefts = [box[0] for _, box in placed]
    lines: list[list[int]] = []
    line: list[int] = []
    bottom = top = 0.0
    for k in sorted(range(len(placed)), key=middles.__getitem__):
        box = placed[k][1]
        low, high = box[1], box[3]
        if lines and bottom <= (low + high) / 2 <= top:
            line.append(k)
            if low < bottom:
                bottom = low
            if high > top:
                top = high
        else:
            line = [k]
            lines.append(line)
            bottom, top = low, high
    out: list[str] = []
    where: list[int] = []
    for line in lines:
        line.sort(key=lefts.__getitem__)
        previous: tuple[float, float, float, float] | None = None
        for k in line:
            i, box = placed[k]
            if previous is not None:
                height = max(box[3] - box[1], previous[3] - previous[1])
                gap = box[0] - previous[2]
                # A word space is one space; a column's gap is more than a number's separator.
                if gap >= 0.15 * height:
                    spaces = 1 if gap < 4 * height else 4
                    out += " " * spaces
                    where += [-1] * spaces
            out.append(text[i])
            where.append(i)
            previous = box
        out.append("\n")
        where.append(-1)
    return "".join(out), where


def _line_rects(
    charboxes: Sequence[tuple[float, float, float, float]],
) -> list[tuple[float, float, float, float]]:
    """The characters' boxes (left, bottom, right, top) joined line by line into rectangles."""
    rects: list[list[float]] = []
    for left, bottom, right, top in charboxes:
        if right - left <= 0.01 or top - bottom <= 0.01:
            continue  # a space pdfium added between runs or lines: it has no place on the page
        if rects:
            last = rects[-1]
            middle = (bottom + top) / 2
            height = max(last[3] - last[1], top - bottom)
            if last[1] <= middle <= last[3] and left >= last[0] - 0.5 and left - last[2] < 3 * height:
                last[0], last[1] = min(last[0], left), min(last[1], bottom)
                last[2], last[3] = max(last[2], right), max(last[3], top)
                continue
        rects.append([left, bottom, right, top])
    return [(r[0] - _PAD, r[1] - _PAD, r[2] + _PAD, r[3] + _PAD) for r in rects]


def _to_shown(page: Any, rect: Sequence[float], reason: str) -> Box:
    """A rectangle in page space (points) as fractions of the page as shown (cropped, rotated)."""
    left, bottom, right, top = page.get_cropbox()
    width, height = right - left, top - bottom
    u0, u1 = (rect[0] - left) / width, (rect[2] - left) / width
    v0, v1 = (top - rect[3]) / height, (top - rect[1]) / height
    corners = [_rotate(u, v, page.get_rotation() % 360) for u in (u0, u1) for v in (v0, v1)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    x0, y0 = max(0.0, min(xs)), max(0.0, min(ys))
    x1, y1 = min(1.0, max(xs)), min(1.0, max(ys))
    return Box(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0), reason)


def _rotate(u: float, v: float, rotation: int) -> tuple[float, float]:
    """A point of the unrotated page (fractions from its top-left) on the page turned clockwise."""
    if rotation == 90:
        return 1 - v, u
    if rotation == 180:
        return 1 - u, 1 - v
    if rotation == 270:
        return v, 1 - u
    return u, v


def _annotation_findings(data: bytes) -> dict[int, list[tuple[list[float] | None, str]]]:
    """Numbers held in a page's annotations or its own dictionary (a form field's value, a comment,
    a link's address): page index -> (the annotation's rectangle, None for one not drawn, reason)."""
    from pypdf import PdfReader

    found: dict[int, list[tuple[list[float] | None, str]]] = {}
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        for index, page in enumerate(reader.pages):
            for annotation in _annotations(page):
                kinds = {f.kind for value in _strings(annotation) for f in _findings(value)}
                if not kinds:
                    continue
                drawn = annotation.get("/Subtype") not in ("/Link", "/Popup") and "/Rect" in annotation
                rect = [float(v) for v in annotation["/Rect"]] if drawn else None
                if rect is not None:
                    rect = [
                        min(rect[0], rect[2]),
                        min(rect[1], rect[3]),
                        max(rect[0], rect[2]),
                        max(rect[1], rect[3]),
                    ]
                for kind in sorted(kinds):
                    found.setdefault(index, []).append((rect, kind))
            own = {
                k: v for k, v in page.items() if k not in ("/Annots", "/Parent", "/Contents", "/Resources")
            }
            kinds = {f.kind for value in _strings(own) for f in _findings(value)}
            for kind in sorted(kinds):
                found.setdefault(index, []).append((None, kind))
    except Exception as exc:  # pypdf on a damaged file: pdfium's reading of the text still stands
        logs.error("pack.redaction.annotation_findings", exc)
    return found


def _annotations(page: Any) -> list[Any]:
    annotations = page.get("/Annots")
    if annotations is None:
        return []
    resolved = annotations.get_object()
    return [a.get_object() for a in resolved] if isinstance(resolved, list) else []


def _strings(root: Any) -> list[str]:
    """Every text string under ``root`` (dictionaries and arrays, and an XMP metadata stream),
    not following links to pages or to a field's other widgets."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    out: list[str] = []
    seen: set[int] = set()
    stack = [root]
    steps = 0
    while stack and steps < _WALK_LIMIT:
        steps += 1
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, str):
            out.append(str(obj))
        elif isinstance(obj, bytes):
            out.append(obj.decode("latin-1"))
        elif isinstance(obj, StreamObject):
            if obj.get("/Type") == "/Metadata":
                try:
                    out.append(obj.get_data().decode("utf-8", "replace"))
                except Exception as exc:
                    logs.error("pack.redaction.metadata", exc)
        elif isinstance(obj, DictionaryObject):
            if obj.get("/Type") == "/Page":
                continue
            for key, value in obj.items():
                if key not in ("/P", "/Kids", "/Dest", "/D", "/Font", "/Resources", "/AP", "/Parent"):
                    stack.append(value)
                elif key == "/Parent" and obj.get("/Subtype") == "/Widget":
                    stack.append(value)  # the field a widget shows: its value (/V) lives there
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
    return out


def _scan_with_pypdf(data: bytes, only: set[int] | None, result: ExhibitRedaction, why: str) -> None:
    """Pages pdfium cannot open or finds no text on: their text read with pypdf; what it finds
    there remains (it cannot be boxed)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        for index, page in enumerate(reader.pages):
            if only is not None and index not in only:
                continue
            for finding in find_sensitive(page.extract_text() or "", across_lines=True):
                where = (
                    translate("Pack", "page {page}: a card number in its text, but {why}")
                    if finding.kind == "card"
                    else translate("Pack", "page {page}: an IBAN in its text, but {why}")
                ).format(page=index + 1, why=why)
                (result.remaining if finding.kind == "card" else result.ibans_remaining).append(where)
    except Exception as exc:  # the PDF cannot be read at all: the pack puts a page saying why
        logs.error("pack.redaction.scan_with_pypdf", exc)


# --------------------------------------------------------------------------- burning boxes in


def raster_dpi(max_dpi: int) -> int:
    return max(72, min(MAX_RASTER_DPI, max_dpi))


def redact_pdf(
    data: bytes,
    boxes: dict[int, list[Box]],
    *,
    dpi: int,
    quality: int,
    max_megapixels: float,
) -> bytes:
    """The PDF with each page of ``boxes`` replaced by its image, boxes burnt in; other pages as
    they were. The result holds only the pages (no outline, no document information)."""
    import pypdfium2 as pdfium
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    writer = PdfWriter()
    document = pdfium.PdfDocument(data)
    try:
        for index, original in enumerate(reader.pages):
            if index not in boxes or index >= len(document):
                writer.add_page(original)
                continue
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                scale = dpi / 72
                pixels = width_pt * height_pt * scale * scale / 1e6
                if pixels > max_megapixels:
                    scale *= (max_megapixels / pixels) ** 0.5
                image = page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
            finally:
                page.close()
            image = burn(image, boxes[index])
            out = io.BytesIO()
            # The page keeps its size in points: the image's resolution is set from it.
            image.save(out, format="PDF", resolution=image.size[0] * 72 / width_pt, quality=quality)
            del image
            writer.add_page(PdfReader(io.BytesIO(out.getvalue())).pages[0])
    finally:
        document.close()
    buffer = io.BytesIO()
    writer.write(buffer)
    _ = Image  # imported for its PDF plugin
    return buffer.getvalue()


def burn(image: Any, boxes: Sequence[Box]) -> Any:
    """A copy of the Pillow image with opaque black boxes drawn over ``boxes``."""
    from PIL import ImageDraw

    if not boxes:
        return image
    image = image.copy()
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for box in boxes:
        x0, y0 = int(box.x * width), int(box.y * height)
        x1 = min(width, int(-(-(box.x + box.width) * width // 1)))
        y1 = min(height, int(-(-(box.y + box.height) * height // 1)))
        draw.rectangle((x0, y0, max(x0, x1 - 1), max(y0, y1 - 1)), fill="black")
    return image


def redact_image(data: bytes, boxes: Sequence[Box]) -> bytes:
    """The image, upright (its EXIF orientation applied), with the boxes burnt in, as PNG bytes.

    Raises the errors Pillow raises on a file it cannot decode: the caller turns them into the
    exhibit's own refusal, as for an image that is not redacted.
    """
    import warnings

    from PIL import Image, ImageOps

    from desktop_app.intake.images import enable_heif

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        enable_heif()
        opened = Image.open(io.BytesIO(data))
        opened.load()
    image = ImageOps.exif_transpose(opened)
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB")
    image = burn(image, boxes)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
