"""The vault keeps each file once, read-only, under the SHA-256 of its bytes."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from desktop_app.errors import InvalidInputError, StoreError
from desktop_app.store.vault import Vault

CONTENT = "Facture F-2026-091502 — 17,99 € — Łódź\n".encode()
SHA = hashlib.sha256(CONTENT).hexdigest()


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v = Vault(tmp_path / "vault")
    v.prepare()
    return v


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "facture.pdf"
    path.parent.mkdir()
    path.write_bytes(CONTENT)
    return path


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


class BrokenStream(io.RawIOBase):
    """A stream that yields ``good`` first, then fails as a dying disk would."""

    def __init__(self, good: bytes = b"") -> None:
        super().__init__()
        self.name = "scan-from-usb.pdf"
        self._good = good

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._good:
            chunk, self._good = self._good, b""
            return chunk
        raise OSError(errno.EIO, "Input/output error")


def test_prepare_creates_objects_and_tmp(tmp_path: Path) -> None:
    v = Vault(tmp_path / "v")
    v.prepare()
    assert v.objects.is_dir()
    assert v.tmp.is_dir()


def test_every_folder_of_the_vault_is_private_and_an_older_ones_tightened(
    tmp_path: Path, source: Path
) -> None:
    before = os.umask(0o022)
    try:
        vault = Vault(tmp_path / "vault")
        vault.prepare()
        vault.put_file(source)
        folders = [tmp_path / "vault", *[p for p in (tmp_path / "vault").rglob("*") if p.is_dir()]]
        assert {stat.S_IMODE(p.stat().st_mode) for p in folders} == {0o700}
        for folder in folders:
            folder.chmod(0o755)  # as a vault made before every folder was private
        Vault(tmp_path / "vault").prepare()
        assert stat.S_IMODE((tmp_path / "vault").stat().st_mode) == 0o700
        assert stat.S_IMODE((tmp_path / "vault" / "objects").stat().st_mode) == 0o700
    finally:
        os.umask(before)


def test_put_file_stores_bytes_under_their_hash(vault: Vault, source: Path) -> None:
    stored = vault.put_file(source)
    assert stored.sha256 == SHA
    assert stored.size == len(CONTENT)
    assert stored.created is True
    target = vault.root / "objects" / SHA[:2] / SHA
    assert vault.path_of(SHA) == target
    assert target.read_bytes() == CONTENT
    assert vault.contains(SHA)
    assert vault.read_bytes(SHA) == CONTENT
    assert vault.read_head(SHA, 8) == CONTENT[:8]
    assert vault.hash_of(SHA) == SHA
    assert source.read_bytes() == CONTENT, "the original is left as it was"


def test_stored_file_is_read_only(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    mode = vault.path_of(SHA).stat().st_mode
    assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0
    assert mode & stat.S_IRUSR


def test_same_bytes_twice_are_stored_once(vault: Vault, source: Path, tmp_path: Path) -> None:
    copy = tmp_path / "in" / "copie.pdf"
    copy.write_bytes(CONTENT)
    first = vault.put_file(source)
    second = vault.put_file(copy)
    assert first.created is True
    assert second.created is False
    assert second.sha256 == first.sha256
    assert files_under(vault.objects) == [vault.path_of(SHA)]
    assert files_under(vault.tmp) == []


def test_empty_file_is_stored(vault: Vault, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    stored = vault.put_file(empty)
    assert stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert stored.size == 0
    assert vault.read_bytes(stored.sha256) == b""


def test_missing_file_is_refused_by_name(vault: Vault, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "facture.pdf"
    with pytest.raises(InvalidInputError) as info:
        vault.put_file(missing)
    assert str(missing) in str(info.value)
    assert "no such file" in str(info.value)
    assert files_under(vault.root) == []


def test_folder_is_refused_by_name(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(InvalidInputError) as info:
        vault.put_file(folder)
    assert str(folder) in str(info.value)
    assert "folder" in str(info.value)
    assert files_under(vault.root) == []


def test_no_temp_file_is_left_after_success(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    assert list(vault.tmp.iterdir()) == []


@pytest.mark.parametrize("good", [b"", b"%PDF-1.7 partial"])
def test_read_failure_names_the_stream_and_leaves_nothing(vault: Vault, good: bytes) -> None:
    stream = BrokenStream(good)
    with pytest.raises(InvalidInputError) as info:
        vault.put_stream(cast(BinaryIO, stream), name=stream.name)
    assert "scan-from-usb.pdf" in str(info.value)
    assert "cannot be read" in str(info.value)
    assert list(vault.tmp.iterdir()) == []
    assert files_under(vault.objects) == []


def test_put_stream_stores_what_it_reads(vault: Vault) -> None:
    stored = vault.put_stream(io.BytesIO(CONTENT), name="upload")
    assert stored.sha256 == SHA and stored.created
    assert vault.read_bytes(SHA) == CONTENT


def test_full_disk_is_a_store_error_and_leaves_nothing(
    vault: Vault, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop_app.store.vault.os.replace", no_space)
    with pytest.raises(StoreError, match="full"):
        vault.put_file(source)
    assert list(vault.tmp.iterdir()) == []
    assert files_under(vault.objects) == []


def test_prepare_clears_leftover_temp_files(vault: Vault) -> None:
    (vault.tmp / "incoming-crash.part").write_bytes(b"half a file")
    (vault.tmp / "incoming-other.part").write_bytes(b"")
    vault.prepare()
    assert list(vault.tmp.iterdir()) == []


def test_prepare_keeps_stored_files(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    vault.prepare()
    assert vault.read_bytes(SHA) == CONTENT


def test_remove_deletes_the_file(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    vault.remove(SHA)
    assert not vault.contains(SHA)
    vault.remove(SHA)  # removing twice is harmless


def test_open_missing_file_is_a_store_error(vault: Vault) -> None:
    with pytest.raises(StoreError, match="missing"):
        vault.open("b" * 64)


@pytest.mark.parametrize("name", ["", "abc", "../" + "a" * 61, "A" * 64, "g" * 64])
def test_path_of_refuses_non_hashes(vault: Vault, name: str) -> None:
    with pytest.raises(ValueError):
        vault.path_of(name)


def test_verify_of_a_sound_vault_is_ok(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    report = vault.verify({SHA})
    assert report.ok
    assert (report.missing, report.altered, report.stray) == ([], [], [])


def test_verify_reports_missing_files(vault: Vault) -> None:
    expected = "c" * 64
    report = vault.verify({expected})
    assert report.missing == [expected]
    assert not report.ok


def test_verify_reports_altered_files(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    path = vault.path_of(SHA)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(b"tampered with")
    report = vault.verify({SHA})
    assert report.altered == [SHA]
    assert report.missing == []
    assert report.stray == []
    assert not report.ok


def test_verify_reports_stray_files(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    unknown = "d" * 64
    (vault.objects / "dd").mkdir()
    (vault.objects / "dd" / unknown).write_bytes(b"nobody refers to me")
    (vault.objects / "notes.txt").write_bytes(b"loose file")
    misplaced = vault.objects / "ee" / SHA  # the right name in the wrong folder
    misplaced.parent.mkdir()
    misplaced.write_bytes(CONTENT)
    report = vault.verify({SHA})
    assert sorted(report.stray) == sorted([f"objects/dd/{unknown}", "objects/notes.txt", f"objects/ee/{SHA}"])
    assert report.missing == []
    assert report.altered == []
    assert not report.ok


def test_verify_reports_all_three_at_once(vault: Vault, source: Path, tmp_path: Path) -> None:
    vault.put_file(source)
    other = tmp_path / "other.bin"
    other.write_bytes(b"other bytes")
    other_sha = vault.put_file(other).sha256
    os.chmod(vault.path_of(other_sha), 0o600)
    vault.path_of(other_sha).write_bytes(b"changed")
    stray = vault.objects / "zz" / "not-a-vault-file"
    stray.parent.mkdir()
    stray.write_bytes(b"who put this here")
    report = vault.verify({SHA, other_sha, "e" * 64} - {SHA})
    assert report.missing == ["e" * 64]
    assert report.altered == [other_sha]
    assert report.stray == ["objects/zz/not-a-vault-file"]
    assert report.unused == [SHA], "whole, named by its hash, but expected by nobody: not damage"


# --------------------------------------------------------------------------- issue 13


def test_stored_files_are_for_this_user_alone(vault: Vault, source: Path) -> None:
    vault.put_file(source)
    assert stat.S_IMODE(vault.path_of(SHA).stat().st_mode) == 0o400
    for folder in (vault.objects, vault.tmp, vault.path_of(SHA).parent):
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder


def test_a_fifo_is_refused_without_blocking(vault: Vault, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInputError, match=r"pipe\.pdf: is not a regular file"):
        vault.put_file(fifo)  # opened without blocking: no writer is needed to be refused
    assert files_under(vault.objects) == []


def test_whole_unused_leaves_damaged_and_misplaced_files_alone(
    vault: Vault, source: Path, tmp_path: Path
) -> None:
    vault.put_file(source)
    other = tmp_path / "other.bin"
    other.write_bytes(b"other bytes")
    kept = vault.put_file(other).sha256
    damaged_sha = hashlib.sha256(b"damaged").hexdigest()
    damaged = vault.path_of(damaged_sha)
    damaged.parent.mkdir(exist_ok=True)
    damaged.write_bytes(b"not what its name says")
    link_sha = hashlib.sha256(b"link").hexdigest()
    link = vault.path_of(link_sha)
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(other)
    assert vault.whole_unused({kept}) == [SHA], "only a whole file, named by its own hash, is offered"
    assert sorted(vault.unused({kept})) == sorted([SHA, damaged_sha])
    report = vault.verify({kept})
    assert report.unused == [SHA]
    assert sorted(report.stray) == sorted(
        [f"objects/{damaged_sha[:2]}/{damaged_sha}", f"objects/{link_sha[:2]}/{link_sha}"]
    )
