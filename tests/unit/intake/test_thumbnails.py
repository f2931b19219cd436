"""Thumbnails of photos, scans and PDFs, and the first pages of a PDF, as PNG bytes.

Every input is made here in memory: images with Pillow, PDFs with reportlab.
Damaged, locked and oversized files give no picture, never an error.
"""

from __future__ import annotations

import io
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop_app.intake.thumbnails import pdf_page_pngs, thumbnail_png

ORIENTATION = 0x0112


def encoded(image: Image.Image, format: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=format, **options)
    return out.getvalue()


def decoded(png: bytes | None) -> Image.Image:
    assert png is not None
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def halves(size: tuple[int, int], left: str, right: str) -> Image.Image:
    """An RGB image whose left half is one colour and right half another."""
    image = Image.new("RGB", size, right)
    image.paste(left, (0, 0, size[0] // 2, size[1]))
    return image


def pdf(pages: int = 1, *, black_top_half: bool = False) -> bytes:
    """An A4 PDF (595 x 842 points, portrait); optionally the top half of each page filled black."""
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for number in range(1, pages + 1):
        if black_top_half:
            drawing.setFillColorRGB(0, 0, 0)
            drawing.rect(0, height / 2, width, height / 2, stroke=0, fill=1)
        drawing.drawString(72, 72, f"Page {number}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A well-formed PNG of a few bytes that declares the given size but holds no pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def is_dark(pixel: float | tuple[int, ...] | None) -> bool:
    assert isinstance(pixel, tuple)
    return max(pixel[:3]) < 64


def is_light(pixel: float | tuple[int, ...] | None) -> bool:
    assert isinstance(pixel, tuple)
    return min(pixel[:3]) > 192


# --- images -----------------------------------------------------------------


def test_a_large_image_shrinks_to_max_side_and_keeps_its_shape() -> None:
    thumb = decoded(thumbnail_png(encoded(Image.new("RGB", (2000, 1000), "navy"), "PNG"), "image/png"))
    assert thumb.size == (160, 80)
    assert thumb.mode == "RGB"


def test_max_side_bounds_a_portrait_image_by_its_height() -> None:
    thumb = decoded(thumbnail_png(encoded(Image.new("RGB", (600, 1800)), "PNG"), "image/png", max_side=90))
    assert thumb.size == (30, 90)


def test_a_small_image_is_not_enlarged() -> None:
    thumb = decoded(thumbnail_png(encoded(Image.new("RGB", (50, 30), "red"), "PNG"), "image/png"))
    assert thumb.size == (50, 30)
    assert thumb.getpixel((25, 15)) == (255, 0, 0)


def test_a_large_jpeg_shrinks() -> None:
    photo = encoded(halves((4000, 3000), "red", "blue"), "JPEG", quality=90)
    thumb = decoded(thumbnail_png(photo, "image/jpeg"))
    assert thumb.size == (160, 120)
    red, blue = thumb.getpixel((20, 60)), thumb.getpixel((140, 60))
    assert isinstance(red, tuple) and isinstance(blue, tuple)
    assert red[0] > 200 and red[2] < 60
    assert blue[2] > 200 and blue[0] < 60


def test_a_jpeg_turned_by_its_exif_orientation_comes_out_upright() -> None:
    # Stored 300 x 200 with red on the left; orientation 6 means "turn 90° clockwise to view",
    # so the viewer sees 200 x 300 with the red half on top.
    stored = halves((300, 200), "red", "blue")
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    thumb = decoded(thumbnail_png(encoded(stored, "JPEG", exif=exif.tobytes()), "image/jpeg"))
    assert thumb.height == 160 and thumb.width < thumb.height
    top, bottom = thumb.getpixel((thumb.width // 2, 10)), thumb.getpixel((thumb.width // 2, 150))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 200 and top[2] < 60
    assert bottom[2] > 200 and bottom[0] < 60


def test_a_cmyk_jpeg_comes_out_rgb() -> None:
    cmyk = Image.new("CMYK", (400, 300), (0, 255, 255, 0))  # red ink
    thumb = decoded(thumbnail_png(encoded(cmyk, "JPEG"), "image/jpeg"))
    assert thumb.mode == "RGB" and thumb.size == (160, 120)
    pixel = thumb.getpixel((80, 60))
    assert isinstance(pixel, tuple)
    assert pixel[0] > 200 and pixel[1] < 60 and pixel[2] < 60


def test_a_palette_gif_comes_out_in_full_colour() -> None:
    gif = halves((640, 320), "red", "blue").convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    thumb = decoded(thumbnail_png(encoded(gif, "GIF"), "image/gif"))
    assert thumb.mode == "RGB" and thumb.size == (160, 80)
    assert thumb.getpixel((10, 40)) == (255, 0, 0)
    assert thumb.getpixel((150, 40)) == (0, 0, 255)


def test_an_animated_gif_shows_its_first_frame() -> None:
    frames = [Image.new("RGB", (200, 100), colour).convert("P") for colour in ("green", "yellow")]
    gif = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    thumb = decoded(thumbnail_png(gif, "image/gif"))
    assert thumb.size == (160, 80)
    pixel = thumb.getpixel((80, 40))  # green (as near as the web palette gets), not yellow
    assert isinstance(pixel, tuple) and pixel[0] < 40 and pixel[1] > 100 and pixel[2] < 40


def test_a_transparent_palette_png_keeps_its_transparency() -> None:
    image = Image.new("P", (400, 400), 0)
    image.putpalette([255, 255, 255, 200, 0, 0])
    image.paste(1, (0, 0, 200, 400))
    thumb = decoded(thumbnail_png(encoded(image, "PNG", transparency=0), "image/png"))
    assert thumb.mode == "RGBA" and thumb.size == (160, 160)
    assert thumb.getpixel((40, 80)) == (200, 0, 0, 255)
    pixel = thumb.getpixel((120, 80))
    assert isinstance(pixel, tuple) and pixel[3] == 0


def test_a_sixteen_bit_greyscale_png_is_scaled_to_eight_bits() -> None:
    grey = Image.new("I;16", (800, 400), 32768)
    thumb = decoded(thumbnail_png(encoded(grey, "PNG"), "image/png"))
    assert thumb.mode == "RGB" and thumb.size == (160, 80)
    pixel = thumb.getpixel((80, 40))
    assert isinstance(pixel, tuple) and all(120 <= channel <= 135 for channel in pixel)


@pytest.mark.parametrize(
    ("mode", "format", "media_type"),
    [
        ("RGB", "WEBP", "image/webp"),
        ("RGBA", "WEBP", "image/webp"),
        ("RGB", "BMP", "image/bmp"),
        ("RGB", "TIFF", "image/tiff"),
        ("CMYK", "TIFF", "image/tiff"),
        ("L", "PNG", "image/png"),
        ("LA", "PNG", "image/png"),
        ("1", "PNG", "image/png"),
        ("I", "TIFF", "image/tiff"),
        ("F", "TIFF", "image/tiff"),
    ],
)
def test_each_common_format_and_mode_gives_a_thumbnail(mode: str, format: str, media_type: str) -> None:
    thumb = decoded(thumbnail_png(encoded(Image.new(mode, (480, 240)), format), media_type))
    assert thumb.size == (160, 80)
    assert thumb.mode in ("RGB", "RGBA")


def test_the_media_type_is_read_loosely() -> None:
    png = encoded(Image.new("RGB", (320, 320)), "PNG")
    assert decoded(thumbnail_png(png, "IMAGE/PNG; name=scan.png")).size == (160, 160)
    # Declared as JPEG but really a PNG: the content decides.
    assert decoded(thumbnail_png(png, "image/jpeg")).size == (160, 160)


# --- PDFs -------------------------------------------------------------------


def test_a_pdf_thumbnail_is_its_first_page() -> None:
    thumb = decoded(thumbnail_png(pdf(black_top_half=True), "application/pdf"))
    assert thumb.height == 160
    assert 110 <= thumb.width <= 115  # A4 is 595 x 842 points
    middle = thumb.width // 2
    assert is_dark(thumb.getpixel((middle, 20)))
    assert is_dark(thumb.getpixel((middle, 70)))
    assert is_light(thumb.getpixel((middle, 100)))
    assert is_light(thumb.getpixel((middle, 150)))


@pytest.mark.parametrize("max_side", [1, 50, 160, 333, 900, 1200])
def test_a_pdf_page_is_max_side_on_its_longer_side(max_side: int) -> None:
    [page] = pdf_page_pngs(pdf(), pages=1, max_side=max_side)
    assert max(decoded(page).size) == max_side


def test_pdf_page_pngs_renders_the_pages_asked_for() -> None:
    three = pdf(3, black_top_half=True)
    pages = pdf_page_pngs(three, pages=2)
    assert len(pages) == 2
    for png in pages:
        image = decoded(png)
        assert image.height == 900 and 630 <= image.width <= 640
        assert is_dark(image.getpixel((image.width // 2, 200)))
        assert is_light(image.getpixel((image.width // 2, 700)))


def test_pdf_page_pngs_gives_fewer_pages_when_the_pdf_has_fewer() -> None:
    assert len(pdf_page_pngs(pdf(3), pages=5, max_side=100)) == 3
    assert len(pdf_page_pngs(pdf(1))) == 1
    assert pdf_page_pngs(pdf(3), pages=0) == []


def test_pdfs_can_be_drawn_from_several_threads_at_once() -> None:
    document = pdf(2, black_top_half=True)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: pdf_page_pngs(document, pages=2, max_side=200), range(8)))
    assert all(len(pngs) == 2 for pngs in results)
    assert all(pngs == results[0] for pngs in results)


def test_every_pdfium_document_page_and_bitmap_is_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[pdfium.PdfDocument | pdfium.PdfPage | pdfium.PdfBitmap] = []
    render = pdfium.PdfPage.render

    class Recording(pdfium.PdfDocument):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            opened.append(self)

        def get_page(self, index: int) -> pdfium.PdfPage:
            page = super().get_page(index)
            opened.append(page)
            return page

    def recording_render(page: pdfium.PdfPage, *args: object, **kwargs: object) -> pdfium.PdfBitmap:
        bitmap = render(page, *args, **kwargs)
        opened.append(bitmap)
        return bitmap

    monkeypatch.setattr(pdfium, "PdfDocument", Recording)
    monkeypatch.setattr(pdfium.PdfPage, "render", recording_render)
    assert len(pdf_page_pngs(pdf(3), pages=2, max_side=100)) == 2
    assert thumbnail_png(pdf(1), "application/pdf") is not None
    page = ["PdfPage", "PdfBitmap"]
    assert [type(thing).__name__ for thing in opened] == ["Recording", *page, *page, "Recording", *page]
    assert [thing for thing in opened if thing.raw is not None] == []


# --- what gives no picture --------------------------------------------------


def encrypted_pdf(algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(2))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_password_protected_pdf_gives_no_picture(algorithm: str) -> None:
    if algorithm.startswith("AES"):
        pytest.importorskip("cryptography")
    locked = encrypted_pdf(algorithm)
    assert thumbnail_png(locked, "application/pdf") is None
    assert pdf_page_pngs(locked) == []


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"%PDF-1.7\n", id="header-only"),
        pytest.param(b"%PDF-1.7 garbage \x00\xff" * 50, id="garbage"),
        pytest.param(pdf(2)[:600], id="truncated"),
        pytest.param(pdf(2)[: len(pdf(2)) // 2], id="half"),
        pytest.param(b"\x89PNG\r\n\x1a\n", id="a-png"),
    ],
)
def test_an_unreadable_pdf_gives_no_picture(data: bytes) -> None:
    assert thumbnail_png(data, "application/pdf") is None
    assert pdf_page_pngs(data) == []


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        pytest.param(b"", "image/png", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image/png", id="corrupt-png"),
        pytest.param(b"not an image at all", "image/jpeg", id="not-an-image"),
        pytest.param(png_declaring(16, 16), "image/png", id="png-without-pixels"),
        pytest.param(
            encoded(Image.new("RGB", (400, 300), "green"), "JPEG")[:300], "image/jpeg", id="truncated-jpeg"
        ),
        pytest.param(encoded(Image.new("RGB", (400, 300)), "PNG")[:-40], "image/png", id="truncated-png"),
        pytest.param(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "image/x-eps", id="eps"),
    ],
)
def test_a_broken_image_gives_no_picture(data: bytes, media_type: str) -> None:
    assert thumbnail_png(data, media_type) is None


def test_an_image_declaring_a_huge_size_gives_no_picture() -> None:
    bomb = png_declaring(100_000, 100_000)
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(bomb))  # the reason, rather than the missing pixels
    assert thumbnail_png(bomb, "image/png") is None


def test_an_image_over_the_pixel_limit_gives_no_picture_and_no_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    png = encoded(Image.new("RGB", (100, 100)), "PNG")
    # Between the limit and twice the limit Pillow only warns; above twice it refuses. Both are refused here.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 6_000)
    assert thumbnail_png(png, "image/png") is None
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)
    assert thumbnail_png(png, "image/png") is None
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    assert thumbnail_png(png, "image/png") is not None


@pytest.mark.parametrize("media_type", ["message/rfc822", "text/plain", "application/octet-stream", ""])
def test_files_that_are_not_pictures_give_none(media_type: str) -> None:
    assert thumbnail_png(b"From: a@example.com\r\nSubject: hi\r\n\r\nHello\r\n", media_type) is None


def test_a_silly_size_gives_nothing() -> None:
    png = encoded(Image.new("RGB", (10, 10)), "PNG")
    assert thumbnail_png(png, "image/png", max_side=0) is None
    assert pdf_page_pngs(pdf(), max_side=0) == []
