"""atomic_write: the target is either the old file or the whole new one."""

from __future__ import annotations

import errno
import io
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from desktop_app.errors import DossierError
from desktop_app.fileio import atomic_write

OLD = "Réclamation — version 1\n".encode()
NEW = "Réclamation — version 2, Łódź\n".encode()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_bytes(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert target.stat().st_mode & 0o777 == 0o644
    assert leftovers(tmp_path) == []


def test_writes_a_stream(tmp_path: Path) -> None:
    target = tmp_path / "copy.bin"
    data = bytes(range(256)) * 5000
    atomic_write(target, io.BytesIO(data))
    assert target.read_bytes() == data


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.write_bytes(OLD)
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]


def test_missing_parent_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "case.json"
    with pytest.raises(DossierError) as info:
        atomic_write(target, NEW)
    assert str(target.parent) in str(info.value)
    assert not target.parent.exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_failed_rename_leaves_the_original_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = tmp_path / "case.json"
    target.write_bytes(OLD)

    def failing_replace(*args: object, **kwargs: object) -> None:
        raise OSError(code, "No space left on device" if code == errno.ENOSPC else "I/O error")

    monkeypatch.setattr("desktop_app.fileio.os.replace", failing_replace)
    with pytest.raises(DossierError) as info:
        atomic_write(target, NEW)
    assert "nothing was changed" in str(info.value)
    if code == errno.ENOSPC:
        assert "disk is full" in str(info.value)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]


def test_failing_stream_leaves_the_original_and_no_temp_file(tmp_path: Path) -> None:
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            raise OSError(errno.EIO, "Input/output error")

    target = tmp_path / "evidence.pdf"
    target.write_bytes(OLD)
    with pytest.raises(DossierError):
        atomic_write(target, cast(BinaryIO, Broken()))
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []
