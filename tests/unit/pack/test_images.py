"""Exhibit images on their pages: a JPEG goes in as it is, nothing is left for the cyclic collector."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib import utils as reportlab_utils

from desktop_app.pack.content import ExhibitInfo
from desktop_app.pack.exhibits import Exhibit, ImagePolicy, render_blocks
from desktop_app.pack.render import PlacedImage, render_image_pages
from desktop_app.pack.strings import PackStrings
from tests.support.cases import noisy_image


def jpeg(seed: int, size: tuple[int, int] = (640, 400), mode: str = "RGB") -> bytes:
    image = Image.frombytes("RGB", (64, 40), bytes((seed * 7 + i) % 256 for i in range(64 * 40 * 3)))
    out = io.BytesIO()
    image.resize(size).convert(mode).save(out, format="JPEG", quality=85)
    return out.getvalue()


def image_xobjects(pdf: bytes | Path) -> list[dict[str, object]]:
    """Every image XObject of every page (inside form XObjects too): its filter, colour space, bytes."""
    reader = PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))
    found: list[dict[str, object]] = []

    def walk(resources: object, depth: int) -> None:
        xobjects = (resources or {}).get("/XObject") or {}  # type: ignore[attr-defined]
        for name in xobjects:
            obj = xobjects[name].get_object()
            if obj.get("/Subtype") == "/Image":
                found.append(
                    {
                        "name": str(name),
                        "filter": obj.get("/Filter"),
                        "colour": obj.get("/ColorSpace"),
                        "width": int(obj["/Width"]),
                        "data": obj._data,
                    }
                )
            elif obj.get("/Subtype") == "/Form" and depth < 4:
                walk(obj.get("/Resources"), depth + 1)

    for page in reader.pages:
        walk(page.get("/Resources"), 0)
    return found


def filters(found: dict[str, object]) -> list[str]:
    value = found["filter"]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@pytest.fixture
def no_decoding(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """reportlab's ImageReader decoding pixels fails the test."""

    def refuse(self: object) -> bytes:
        raise AssertionError("reportlab decoded an image")

    monkeypatch.setattr(reportlab_utils.ImageReader, "getRGBData", refuse)
    yield


def test_a_jpeg_is_embedded_as_it_is_without_being_decoded(no_decoding: None) -> None:
    data = jpeg(1)
    pdf, pages = render_image_pages(
        [PlacedImage("A. Receipt", data, 640, 400)], 1, paper="a4", reproducible=True
    )
    assert pages == 1
    [found] = image_xobjects(pdf)
    assert filters(found) == ["/DCTDecode"]
    assert found["colour"] == "/DeviceRGB" and found["width"] == 640
    assert found["data"] == data, "the JPEG's own bytes, not a re-encoding"


def test_two_jpegs_on_a_page_are_two_images_and_the_same_one_twice_is_stored_once(no_decoding: None) -> None:
    first, second = jpeg(1), jpeg(2)
    pdf, _ = render_image_pages(
        [PlacedImage("A. One", first, 640, 400), PlacedImage("B. Two", second, 640, 400)],
        2,
        paper="a4",
        reproducible=True,
    )
    assert sorted(f["data"] for f in image_xobjects(pdf)) == sorted([first, second])  # type: ignore[type-var]
    pdf, _ = render_image_pages(
        [PlacedImage("A. One", first, 640, 400), PlacedImage("B. Again", first, 640, 400)],
        2,
        paper="a4",
        reproducible=True,
    )
    assert [f["data"] for f in image_xobjects(pdf)] == [first]


def test_a_png_kept_as_png_is_embedded_losslessly() -> None:
    flat = Image.new("RGB", (800, 500), "white")
    ImageDraw.Draw(flat).rectangle((40, 40, 400, 60), fill=(20, 20, 120))
    out = io.BytesIO()
    flat.save(out, format="PNG")
    pdf, _ = render_image_pages(
        [PlacedImage("A. Flat", out.getvalue(), 800, 500)], 1, paper="a4", reproducible=True
    )
    [found] = image_xobjects(pdf)
    assert filters(found) == ["/FlateDecode"] and found["width"] == 800


def test_drawing_image_pages_leaves_nothing_for_the_cyclic_collector() -> None:
    """render_blocks no longer collects after each image page: a page must free itself by reference
    counting, or memory would grow with every screenshot."""
    placed = [
        PlacedImage("A. Photo", jpeg(3), 640, 400),
        PlacedImage("B. Screenshot", noisy_image(300, 200, 4), 300, 200),
    ]
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for image in placed:
            pdf, _ = render_image_pages([image], 1, paper="a4", reproducible=True)
            del pdf
        gc.collect()
        left = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    pictures = {"ImageReader", "JpegImageFile", "PngImageFile", "Image", "Canvas", "PDFDocument", "BytesIO"}
    assert not left & pictures, left & pictures


def info(letter: str, name: str, media_type: str, data: bytes) -> ExhibitInfo:
    return ExhibitInfo(
        letter=letter,
        title=name,
        kind="screenshot",
        original_name=name,
        media_type=media_type,
        size=len(data),
        sha256=f"{ord(letter):064x}",
        imported_at=datetime(2026, 12, 2, tzinfo=UTC),
        source=None,
    )


def test_a_jpeg_that_fits_is_passed_through_to_the_pack(tmp_path: Path, no_decoding: None) -> None:
    data = jpeg(5, (1200, 800))
    exhibit = Exhibit(info("A", "photo.jpg", "image/jpeg", data), "image", lambda: data)
    [block] = render_blocks(
        [exhibit],
        PackStrings("en"),
        ImagePolicy(),
        paper="a4",
        reproducible=True,
        on_error=lambda error: None,
        workdir=tmp_path,
    )
    assert block.path is not None
    [found] = image_xobjects(block.path)
    assert found["data"] == data


def test_a_placed_image_says_its_upright_size_before_scaling(tmp_path: Path) -> None:
    """PlacedImage.source_size: what the integrity appendix compares with to say an image was scaled,
    known without opening the image a second time."""
    from desktop_app.pack.exhibits import _place_image

    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90°
    out = io.BytesIO()
    Image.open(io.BytesIO(jpeg(6, (600, 400)))).save(out, format="JPEG", exif=exif)
    turned = out.getvalue()
    placed = _place_image(
        Exhibit(info("A", "t.jpg", "image/jpeg", turned), "image", lambda: turned), ImagePolicy(), "a4"
    )
    assert placed.source_size == (400, 600) == (placed.width_px, placed.height_px)
    big = noisy_image(3000, 2000, 9)
    small = ImagePolicy(max_dpi=100, min_width_px=300)
    placed = _place_image(Exhibit(info("B", "big.png", "image/png", big), "image", lambda: big), small, "a4")
    assert placed.source_size == (3000, 2000) and placed.width_px < 3000


def test_a_jpeg_reportlab_cannot_embed_goes_in_as_its_pixels(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab reads only some JPEG headers (not arithmetic coding, not 12 bits); for another it
    would draw a placeholder picture. Such a JPEG is decoded and embedded losslessly instead."""
    from reportlab.pdfbase import pdfutils
    from reportlab.pdfbase.pdfdoc import PDFError

    def unreadable(image: object) -> tuple[int, int, int, tuple[int, int]]:
        raise PDFError("unsupported JPEG marker")

    monkeypatch.setattr(pdfutils, "readJPEGInfo", unreadable)
    pdf, _ = render_image_pages([PlacedImage("A. Odd", jpeg(14), 640, 400)], 1, paper="a4", reproducible=True)
    [found] = image_xobjects(pdf)
    assert filters(found) == ["/FlateDecode"]
    assert found["width"] == 640 and found["colour"] == "/DeviceRGB"
