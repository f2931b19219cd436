"""Black and white (PackOptions.black_and_white, ImagePolicy.greyscale): every exhibit image in one grey
channel; in colour otherwise."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from desktop_app.pack.exhibits import Exhibit, ImagePolicy, render_blocks
from desktop_app.pack.options import PackOptions
from desktop_app.pack.strings import PackStrings
from desktop_app.services import Services
from tests.support.cases import import_case, noisy_image
from tests.support.cli import run
from tests.unit.pack.test_images import filters, image_xobjects, info, jpeg


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def flat_screenshot() -> bytes:
    flat = Image.new("RGB", (1400, 800), (245, 246, 250))
    draw = ImageDraw.Draw(flat)
    draw.rectangle((0, 0, 1400, 60), fill=(30, 41, 92))
    for y in range(100, 760, 30):
        draw.rectangle((60, y, 900, y + 12), fill=(200, 30, 30))
    return encoded(flat, "PNG")


def turned_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90°
    return encoded(Image.open(io.BytesIO(jpeg(7, (600, 400)))), "JPEG", quality=85, exif=exif)


def rgba_png() -> bytes:
    image = Image.open(io.BytesIO(jpeg(8, (500, 300)))).convert("RGBA")
    image.putalpha(140)
    return encoded(image, "PNG")


# name, media type, bytes: each way an image reaches the page
IMAGES: list[tuple[str, str, Callable[[], bytes]]] = [
    ("noisy.png", "image/png", lambda: noisy_image(900, 600, 1)),
    ("photo.jpg", "image/jpeg", lambda: jpeg(2, (1200, 800))),  # fits: passed through in colour
    ("cmyk.jpg", "image/jpeg", lambda: encoded(Image.open(io.BytesIO(jpeg(3))).convert("CMYK"), "JPEG")),
    ("turned.jpg", "image/jpeg", turned_jpeg),
    ("alpha.png", "image/png", rgba_png),
    ("flat.png", "image/png", flat_screenshot),  # kept as a (lossless) PNG: smaller than its JPEG
    ("palette.gif", "image/gif", lambda: encoded(Image.open(io.BytesIO(jpeg(4))).convert("P"), "GIF")),
]


def blocks_images(
    tmp_path: Path, policy: ImagePolicy, images: list[tuple[str, str, bytes]]
) -> list[dict[str, object]]:
    exhibits = [
        Exhibit(info(chr(65 + i), name, media, data), "image", lambda data=data: data)  # type: ignore[misc]
        for i, (name, media, data) in enumerate(images)
    ]
    errors: list[object] = []
    blocks = render_blocks(
        exhibits,
        PackStrings("en"),
        policy,
        paper="a4",
        reproducible=True,
        on_error=errors.append,
        workdir=tmp_path,
    )
    assert errors == []
    found = []
    for block in blocks:
        assert block.path is not None
        found += image_xobjects(block.path)
    assert len(found) == len(images)
    return found


@pytest.fixture
def images() -> list[tuple[str, str, bytes]]:
    return [(name, media, make()) for name, media, make in IMAGES]


def test_black_and_white_puts_every_image_in_one_grey_channel(
    tmp_path: Path, images: list[tuple[str, str, bytes]]
) -> None:
    found = blocks_images(tmp_path, ImagePolicy(greyscale=True), images)
    assert [f["colour"] for f in found] == ["/DeviceGray"] * len(images)
    kinds = {name: filters(f) for (name, _, _), f in zip(images, found, strict=True)}
    assert kinds["noisy.png"] == kinds["photo.jpg"] == kinds["cmyk.jpg"] == ["/DCTDecode"], kinds
    assert kinds["flat.png"] == ["/FlateDecode"], "a flat screenshot stays lossless, in grey"
    photo = found[1]
    assert photo["data"] != images[1][2], "a colour JPEG is not passed through in black and white"
    grey = Image.open(io.BytesIO(photo["data"]))  # type: ignore[arg-type]
    assert grey.mode == "L" and grey.size == (1200, 800)
    turned = Image.open(io.BytesIO(found[3]["data"]))  # type: ignore[arg-type]
    assert turned.size == (400, 600), "turned upright as in colour"


def test_in_colour_the_same_images_keep_their_colours(
    tmp_path: Path, images: list[tuple[str, str, bytes]]
) -> None:
    found = blocks_images(tmp_path, ImagePolicy(), images)
    colours = {name: f["colour"] for (name, _, _), f in zip(images, found, strict=True)}
    assert colours == {
        "noisy.png": "/DeviceRGB",
        "photo.jpg": "/DeviceRGB",
        "cmyk.jpg": "/DeviceCMYK",  # a JPEG that fits goes in as it is, in its own colours
        "turned.jpg": "/DeviceRGB",
        "alpha.png": "/DeviceRGB",
        "flat.png": "/DeviceRGB",
        "palette.gif": "/DeviceRGB",
    }
    assert found[1]["data"] == images[1][2], "a colour JPEG that fits goes in as it is"


def test_a_grey_jpeg_that_fits_is_passed_through_in_black_and_white(tmp_path: Path) -> None:
    data = jpeg(9, (1000, 700), mode="L")
    [found] = blocks_images(tmp_path, ImagePolicy(greyscale=True), [("grey.jpg", "image/jpeg", data)])
    assert found["data"] == data and found["colour"] == "/DeviceGray"


def test_smaller_settings_in_black_and_white_are_grey_too(
    tmp_path: Path, images: list[tuple[str, str, bytes]]
) -> None:
    policy = ImagePolicy(max_dpi=150, quality=45, per_page=4, passthrough=False, greyscale=True)
    found = blocks_images(tmp_path, policy, images)
    assert {str(f["colour"]) for f in found} == {"/DeviceGray"}


def test_a_black_and_white_pack_has_grey_images_and_a_colour_pack_colour_ones(
    services: Services, tmp_path: Path
) -> None:
    """Through the front door (PackOptions.black_and_white, as `dossier pack --black-and-white`): the
    sample case's screenshot and two more, one of them a JPEG that fits (passed through in colour)."""
    files = {"noisy.png": noisy_image(900, 600, 11), "photo.jpg": jpeg(12, (1000, 700))}

    def add(document: dict[str, Any]) -> None:
        document["evidence"] += [
            {"path": f"files/{name}", "kind": "screenshot", "title": name} for name in files
        ]

    case_id = import_case(services, tmp_path / "case", add, files)
    with Image.open(tmp_path / "case" / "files" / "capture-resiliation-2026-08-28.png") as screenshot:
        widths = {900, 1000, screenshot.width}

    def colours(black_and_white: bool) -> list[object]:
        out = tmp_path / f"pack-{black_and_white}.pdf"
        services.build_pack(case_id, out, PackOptions(black_and_white=black_and_white, reproducible=True))
        return [f["colour"] for f in image_xobjects(out) if f["width"] in widths]

    grey = colours(True)
    assert len(grey) == 3 and set(grey) == {"/DeviceGray"}, grey
    colour = colours(False)
    assert len(colour) == 3 and set(colour) == {"/DeviceRGB"}, colour


def test_dossier_pack_black_and_white_on_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    files = {"photo.jpg": jpeg(13, (1000, 700))}

    def add(document: dict[str, Any]) -> None:
        document["evidence"].append({"path": "files/photo.jpg", "kind": "screenshot", "title": "Photo"})

    with Services.open(data_dir, interface="test") as services:
        case_id = import_case(services, tmp_path / "case", add, files)
    out = tmp_path / "bw.pdf"
    made = run("pack", str(case_id), "-o", out, "--black-and-white", "--data-dir", data_dir)
    assert made.code == 0, made.err
    photos = [f for f in image_xobjects(out) if f["width"] == 1000]
    assert [f["colour"] for f in photos] == ["/DeviceGray"]
