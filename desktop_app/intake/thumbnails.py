"""Small pictures of evidence files: a thumbnail for a list, and the first pages of a PDF. No Qt.

Only bytes in, PNG bytes out. Photos and scans are shrunk with Pillow and turned
the way the camera meant them; PDF pages are drawn with PDFium. A file that
cannot be drawn (damaged, locked with a password, too big to be honest, or not a
picture at all) gives no picture instead of an error.
"""

from __future__ import annotations

import contextlib
import io
import math
import threading
import warnings
from collections.abc import Callable
from typing import cast

import pypdfium2 as pdfium
from PIL import Image, ImageOps

from desktop_app import logs
from desktop_app.intake.images import enable_heif

# The formats a user's evidence comes in. Naming them keeps Pillow from handing
# odd files to helpers such as Ghostscript (EPS). Phones' MPO photos open as JPEG.
_IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF", "ICO", "HEIF")
_SIXTEEN_BIT_MODES = ("I;16", "I;16L", "I;16B", "I;16N")

# PDFium must not be used from two threads at once; the UI may ask from a worker.
_PDFIUM_LOCK = threading.Lock()


def thumbnail_png(data: bytes, media_type: str, *, max_side: int = 160) -> bytes | None:
    """A PNG of the file no larger than ``max_side`` on its longer side, or None when there is none to show.

    Images are never enlarged; a PDF shows its first page. Never raises.
    """
    kind = media_type.split(";", 1)[0].strip().lower()
    if not data or max_side < 1:
        return None
    if kind.startswith("image/"):
        return _image_thumbnail(data, max_side)
    if kind == "application/pdf":
        pages = pdf_page_pngs(data, pages=1, max_side=max_side)
        return pages[0] if pages else None
    return None


def pdf_page_pngs(data: bytes, *, pages: int = 2, max_side: int = 900) -> list[bytes]:
    """The first ``pages`` pages of a PDF as PNGs, about ``max_side`` on their longer side.

    Fewer when the PDF has fewer pages, or when a page cannot be drawn (the pages
    before it are kept). An unreadable or password-protected PDF gives []. Never raises.
    """
    if not data or pages < 1 or max_side < 1:
        return []
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception as exc:
            logs.error("intake.thumbnails.pdf_page_pngs", exc)
            return []
        pngs: list[bytes] = []
        try:
            for index in range(min(pages, _page_count(document))):
                png = _render_page(document, index, max_side)
                if png is None:
                    break
                pngs.append(png)
        finally:
            _close_quietly(document.close)
        return pngs


def _page_count(document: pdfium.PdfDocument) -> int:
    try:
        count: int = len(document)
    except Exception as exc:
        logs.error("intake.thumbnails.page_count", exc)
        return 0
    return count


def _render_page(document: pdfium.PdfDocument, index: int, max_side: int) -> bytes | None:
    try:
        page = document[index]
    except Exception as exc:
        logs.error("intake.thumbnails.render_page", exc)
        return None
    try:
        width, height = page.get_size()
        longest = max(float(width), float(height))
        if not math.isfinite(longest) or longest <= 0:
            return None
        # A hair under max_side, so rounding the page size up never gives max_side + 1 pixels.
        bitmap = page.render(scale=(max_side - 0.01) / longest)
        try:
            image: Image.Image = bitmap.to_pil()
            return _png(image)
        finally:
            _close_quietly(bitmap.close)
    except Exception as exc:
        logs.error("intake.thumbnails.render_page", exc)
        return None
    finally:
        _close_quietly(page.close)


def _close_quietly(close: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):
        close()


def _image_thumbnail(data: bytes, max_side: int) -> bytes | None:
    box = (max_side, max_side)
    try:
        enable_heif()
        Image.init()  # Image.open(formats=...) fails on formats whose plugin is not loaded yet
        formats = [name for name in _IMAGE_FORMATS if name in Image.OPEN]
        with warnings.catch_warnings():
            # Too many pixels is a refusal, not a warning; Pillow's other complaints
            # (odd EXIF, odd palettes) are about files it still reads.
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=formats) as image:
                if image.format in ("JPEG", "MPO"):
                    # libjpeg decodes at 1/2, 1/4 or 1/8 size: the request thumbnail() would make.
                    image.draft(None, (2 * max_side, 2 * max_side))
                if image.mode in ("1", "P", *_SIXTEEN_BIT_MODES):
                    # These modes only shrink pixel by pixel: shrink roughly first, and
                    # properly once the small copy is in full colour.
                    image.thumbnail((4 * max_side, 4 * max_side), Image.Resampling.NEAREST, reducing_gap=None)
                else:
                    image.thumbnail(box)
                small = _display_mode(_upright(image))
                small.thumbnail(box)
                return _png(small)
    except Exception as exc:
        logs.error("intake.thumbnails.image_thumbnail", exc)
        return None


def _upright(image: Image.Image) -> Image.Image:
    """A copy of the (already shrunk) image turned the way its EXIF orientation says."""
    try:
        return ImageOps.exif_transpose(image)
    except Exception as exc:
        logs.error("intake.thumbnails.upright", exc)
        return image.copy()  # unreadable EXIF: the picture as it is stored


def _display_mode(image: Image.Image) -> Image.Image:
    """The image as RGB, or RGBA when it has transparency."""
    if image.mode in ("RGB", "RGBA"):
        return image
    if image.mode in _SIXTEEN_BIT_MODES:
        image = image.convert("I").point(lambda value: value * (255 / 65535)).convert("L")
    elif image.mode in ("I", "F"):
        low, high = cast("tuple[float, float]", image.getextrema())
        scale = 255 / (high - low) if high > low else 0.0
        image = image.point(lambda value: value * scale - low * scale).convert("L")
    bands = image.getbands()
    transparent = "A" in bands or "a" in bands or "transparency" in image.info
    if image.mode in ("La", "RGBa"):
        image = image.convert({"La": "LA", "RGBa": "RGBA"}[image.mode])
    return image.convert("RGBA" if transparent else "RGB")


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
