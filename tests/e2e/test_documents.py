"""Documents and pictures in: HEIC and WebP photos, PDF text for search, and files that must be refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop_app.intake.images import enable_heif
from desktop_app.intake.thumbnails import thumbnail_png
from desktop_app.services import Services
from desktop_app.services import evidence as services_module
from tests.support import mail


def picture(fmt: str, size: tuple[int, int] = (400, 300)) -> bytes:
    enable_heif()
    buffer = io.BytesIO()
    Image.new("RGB", size, "#c0392b").save(buffer, format=fmt)
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(mail.pdf_bytes("Secret statement"))))
    writer.encrypt("s3cret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def bomb_png() -> bytes:
    """A small, valid PNG that says it is 20000 x 20000 pixels (400 million)."""
    buffer = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("fmt", "media_type"), [("HEIF", "image/heic"), ("WEBP", "image/webp")])
def test_phone_and_web_pictures_are_kept_and_drawn(
    services: Services, sample_case: int, tmp_path: Path, fmt: str, media_type: str
) -> None:
    path = tmp_path / f"receipt.{fmt.lower()}"
    path.write_bytes(picture(fmt))
    result = services.add_evidence(sample_case, [path])
    (item,) = result.added
    assert item.media_type == media_type and item.kind.value == "receipt"  # by its name
    thumb = services.thumbnail(item.sha256, item.media_type)
    assert thumb is not None
    with Image.open(io.BytesIO(thumb)) as image:
        assert image.size == (160, 120)
        assert image.convert("RGB").getpixel((80, 60))[0] > 150  # red, as taken


def test_pdf_text_is_searchable(services: Services, sample_case: int, tmp_path: Path) -> None:
    path = tmp_path / "wyciag.pdf"
    path.write_bytes(mail.pdf_bytes("Statement 2026 Przelew Orange Polska", pages=2))
    services.add_evidence(sample_case, [path])
    (group,) = services.search("przelew orange")
    assert any(hit.kind == "evidence" and "Przelew" in hit.matched for hit in group.hits)


def test_bad_files_are_named_the_good_ones_kept(services: Services, sample_case: int, tmp_path: Path) -> None:
    files = {
        "empty.pdf": b"",
        "huge.png": bomb_png(),
        "really-a-png.pdf": picture("PNG"),
        "locked.pdf": encrypted_pdf(),
        "good.txt": "Reçu n° 77 — 49,90 €".encode(),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    before = {e.id for e in services.case_detail(sample_case).evidence}
    result = services.add_evidence(sample_case, paths)
    added = {e.original_name: e for e in result.added}
    assert set(added) == {"really-a-png.pdf", "locked.pdf", "good.txt"}
    refused = {s.path.name: s.reason for s in result.skipped}
    assert "empty (0 bytes)" in refused["empty.pdf"]
    assert "million pixels" in refused["huge.png"]
    assert added["really-a-png.pdf"].media_type == "image/png"
    notes = "\n".join(result.notes)
    assert "really-a-png.pdf is named .pdf but holds a PNG picture" in notes
    assert "locked.pdf is protected by a password" in notes
    assert services.verify().ok  # nothing of the refused files was left in the vault
    after = {e.id for e in services.case_detail(sample_case).evidence}
    assert len(after - before) == 3


def test_thumbnails_are_made_once_and_kept(
    services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(picture("JPEG", (1200, 900)))
    (item,) = services.add_evidence(sample_case, [path]).added
    first = services.thumbnail(item.sha256, item.media_type)
    cached = services.thumbnail_cache_path(item.sha256, 160)
    assert first is not None and cached.is_file()
    assert b"PNG" not in cached.read_bytes()[:64], "sealed like the vault in an encrypted store"
    assert thumbnail_png(path.read_bytes(), "image/jpeg") == first
    with monkeypatch.context() as patch:  # the cache answers from now on: nothing is drawn again
        patch.setattr(services_module, "thumbnail_png", lambda *args, **kwargs: pytest.fail("drawn again"))
        assert services.thumbnail(item.sha256, item.media_type) == first
    cached.write_bytes(b"damaged")  # a cache file that does not open is drawn again
    assert services.thumbnail(item.sha256, item.media_type) == first
    assert services.verify().ok  # the cache is not part of the evidence vault
