"""atomic_write: the target is either the old file or the whole new one, created 0600.

check_output: outputs never go inside a store folder, onto a non-regular
file, or over an existing file unless replacing it was confirmed.
tempfiles: private folders and stale temp files are swept, nothing else.
"""

from __future__ import annotations

import errno
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from desktop_app import tempfiles
from desktop_app.errors import DossierError
from desktop_app.fileio import OutputRefused, atomic_write, check_output, make_part_file

OLD = "Réclamation — version 1\n".encode()
NEW = "Réclamation — version 2, Łódź\n".encode()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_bytes(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert target.stat().st_mode & 0o777 == 0o600
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


# --- permissions -------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    before = os.umask(0)
    yield
    os.umask(before)


def test_created_0600_under_a_permissive_umask(tmp_path: Path, open_umask: object) -> None:
    target = tmp_path / "pack.pdf"
    atomic_write(target, NEW)
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_replacing_a_wide_file_leaves_it_0600(tmp_path: Path, open_umask: object) -> None:
    target = tmp_path / "letter.txt"
    target.write_bytes(OLD)
    os.chmod(target, 0o666)
    atomic_write(target, io.BytesIO(NEW))
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_the_temp_file_is_0600_while_it_is_written(tmp_path: Path, open_umask: object) -> None:
    seen: list[int] = []

    class Watching(io.RawIOBase):
        sent = False

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            for part in tmp_path.glob(".*.part"):
                seen.append(os.stat(part).st_mode & 0o777)
            if self.sent:
                return b""
            self.sent = True
            return NEW

    atomic_write(tmp_path / "out.bin", cast(BinaryIO, Watching()))
    assert seen and set(seen) == {0o600}


def test_a_narrower_mode_is_kept_and_a_wider_one_refused(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a", NEW, mode=0o400)
    assert os.stat(tmp_path / "a").st_mode & 0o777 == 0o400
    with pytest.raises(ValueError):
        atomic_write(tmp_path / "b", NEW, mode=0o644)
    assert not (tmp_path / "b").exists()


# --- check_output --------------------------------------------------------------


def make_store(folder: Path, marker: str = "dossier.keys") -> Path:
    folder.mkdir(parents=True)
    if marker == "vault":
        (folder / "vault" / "objects").mkdir(parents=True)
    else:
        (folder / marker).write_bytes(b"x")
    return folder


@pytest.mark.parametrize("marker", ["dossier.keys", "dossier.db", "vault"])
def test_refuses_the_store_folder_itself(tmp_path: Path, marker: str) -> None:
    store = make_store(tmp_path / "store", marker)
    with pytest.raises(OutputRefused) as info:
        check_output(store / "pack.pdf", force=True, what="pack")
    assert str(store) in str(info.value) and "store folder" in str(info.value)
    assert not (store / "pack.pdf").exists()


def test_refuses_a_store_file_even_with_force(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    (store / "dossier.db").write_bytes(OLD)
    for name in ("dossier.keys", "dossier.db"):
        with pytest.raises(OutputRefused):
            check_output(store / name, force=True)
    assert (store / "dossier.db").read_bytes() == OLD


def test_refuses_deep_inside_a_store(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", "vault")
    (store / "vault" / "objects" / "ab").mkdir()
    with pytest.raises(OutputRefused):
        check_output(store / "vault" / "objects" / "ab" / "letter.txt", force=False)
    with pytest.raises(OutputRefused):
        check_output(store / "vault" / "objects", force=True)


def test_refuses_a_way_in_through_dotdot(tmp_path: Path) -> None:
    make_store(tmp_path / "store")
    (tmp_path / "out").mkdir()
    with pytest.raises(OutputRefused):
        check_output(tmp_path / "out" / ".." / "store" / "dossier.keys", force=True)


def test_refuses_a_way_in_through_a_symlinked_parent(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    (tmp_path / "innocent").symlink_to(store)
    with pytest.raises(OutputRefused) as info:
        check_output(tmp_path / "innocent" / "pack.pdf", force=True)
    assert str(store) in str(info.value)


def test_refuses_dotdot_after_a_symlink(tmp_path: Path) -> None:
    """``link/..`` is the link target's parent (as the OS resolves it), not the link's folder."""
    store = make_store(tmp_path / "store", "vault")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "objs").symlink_to(store / "vault" / "objects")
    with pytest.raises(OutputRefused):
        check_output(tmp_path / "out" / "objs" / ".." / "x.pdf", force=True)


def test_refuses_a_link_to_a_store_file(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    (tmp_path / "out.pdf").symlink_to(store / "dossier.keys")
    with pytest.raises(OutputRefused):
        check_output(tmp_path / "out.pdf", force=True)
    (tmp_path / "dangling.pdf").symlink_to(store / "not-yet.pdf")
    with pytest.raises(OutputRefused):
        check_output(tmp_path / "dangling.pdf", force=True)


def test_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputRefused) as info:
        check_output(fifo, force=True)
    assert "FIFO" in str(info.value) and str(fifo) in str(info.value)


def test_refuses_a_device(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused) as info:
        check_output(Path("/dev/null"), force=True)
    assert "device" in str(info.value)


def test_refuses_a_socket(tmp_path: Path) -> None:
    path = tmp_path / "s"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        with pytest.raises(OutputRefused) as info:
            check_output(path, force=True)
        assert "socket" in str(info.value)
    finally:
        sock.close()


def test_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused) as info:
        check_output(tmp_path, force=True, what="pack")
    assert "folder" in str(info.value)


def test_refuses_a_link_to_a_folder_or_device(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "to-folder").symlink_to(tmp_path / "d")
    (tmp_path / "to-null").symlink_to("/dev/null")
    with pytest.raises(OutputRefused) as info:
        check_output(tmp_path / "to-folder", force=True)
    assert "link to a folder" in str(info.value)
    with pytest.raises(OutputRefused) as info:
        check_output(tmp_path / "to-null", force=True)
    assert "link to a device" in str(info.value)


def test_an_existing_file_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(OLD)
    with pytest.raises(OutputRefused) as info:
        check_output(target, force=False)
    assert str(target) in str(info.value) and "--force" in str(info.value)
    assert check_output(target, force=True) == target.resolve()
    assert target.read_bytes() == OLD


def test_a_new_file_is_allowed_and_resolved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    assert check_output(Path("pack.pdf"), force=False) == (tmp_path / "out" / "pack.pdf").resolve()
    (tmp_path / "alias").symlink_to(tmp_path / "out")
    assert check_output(tmp_path / "alias" / "p.pdf", force=False) == (tmp_path / "out" / "p.pdf").resolve()


def test_a_link_to_a_regular_file_resolves_to_the_file(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(OLD)
    (tmp_path / "link.pdf").symlink_to(real)
    assert check_output(tmp_path / "link.pdf", force=True) == real.resolve()
    with pytest.raises(OutputRefused):
        check_output(tmp_path / "link.pdf", force=False)


# --- tempfiles -----------------------------------------------------------------


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    monkeypatch.setattr(tempfiles, "_mine", {})
    monkeypatch.setattr(tempfiles, "_journal", None)
    return root


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def fake_leftover(root: Path, kind: str, pid: int) -> Path:
    folder = root / f"dossier-{kind}-abc123xy"
    folder.mkdir(mode=0o700)
    (folder / tempfiles.MARKER).write_text(json.dumps({"app": "Dossier", "pid": pid, "kind": kind}))
    (folder / "exhibit-1.pdf").write_bytes(b"PLAINTEXT")
    return folder


def test_private_dir_is_0700_and_removed(temp_root: Path, open_umask: object) -> None:
    folder = tempfiles.private_dir("view")
    assert folder.parent == temp_root
    assert os.stat(folder).st_mode & 0o777 == 0o700
    (folder / "copy.pdf").write_bytes(b"x")
    other = tempfiles.private_dir("pack")
    tempfiles.remove_private_dirs("view")
    assert not folder.exists() and other.exists()
    tempfiles.remove_private_dirs()
    assert not other.exists()


def test_sweep_removes_a_dead_process_folder_only(temp_root: Path) -> None:
    left = fake_leftover(temp_root, "pack", dead_pid())
    alive = fake_leftover(temp_root, "view", os.getppid())  # a running process
    alive = alive.rename(temp_root / "dossier-view-live0001")
    mine = tempfiles.private_dir("preview")
    unrelated = temp_root / "notes.txt"
    unrelated.write_bytes(b"keep me")
    lookalike = temp_root / "dossier-pack-nomarker"
    lookalike.mkdir()
    (lookalike / "file").write_bytes(b"keep me too")
    other_app = temp_root / "dossier-pack-foreign1"
    other_app.mkdir()
    (other_app / tempfiles.MARKER).write_text("not json")
    link = temp_root / "dossier-view-alinkxyz"
    link.symlink_to(left)

    removed = tempfiles.sweep_private_dirs()

    assert removed == [left] and not left.exists()
    assert alive.exists() and mine.exists()
    assert unrelated.read_bytes() == b"keep me"
    assert (lookalike / "file").read_bytes() == b"keep me too"
    assert other_app.exists() and os.path.lexists(link)


def test_a_private_folder_is_named_with_its_pid(temp_root: Path) -> None:
    folder = tempfiles.private_dir("work")
    assert folder.name.startswith(f"dossier-work-{os.getpid()}-")


@pytest.mark.parametrize("marker", [None, b"", b'{"app": "Doss'])
def test_sweep_removes_a_folder_whose_maker_died_before_its_marker_was_whole(
    temp_root: Path, marker: bytes | None
) -> None:
    """A kill between making the folder and writing its marker leaves it with no marker, or an empty
    or cut one: the pid in its name says its Dossier is gone, at once, not after a grace period."""
    dead, live = dead_pid(), os.getppid()
    folders = {}
    for name, pid in (("dead", dead), ("live", live)):
        folder = temp_root / f"dossier-work-{pid}-{name}01x"
        folder.mkdir(mode=0o700)
        if marker is not None:
            (folder / tempfiles.MARKER).write_bytes(marker)
        folders[name] = folder
    busy = temp_root / f"dossier-pack-{dead}-busy01x"
    busy.mkdir(mode=0o700)
    (busy / "not-ours.txt").write_bytes(b"keep me")

    removed = tempfiles.sweep_private_dirs()

    assert removed == [folders["dead"]] and not folders["dead"].exists()
    assert folders["live"].exists()  # its Dossier may be writing the marker right now
    assert (busy / "not-ours.txt").read_bytes() == b"keep me"


def test_sweep_removes_the_part_files_a_dead_process_journalled(temp_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pid = dead_pid()
    left = fake_leftover(temp_root, "work", pid)
    part = out / f".pack.pdf.dossier-{pid}-k2j3h4g5.part"
    part.write_bytes(b"PLAINTEXT")
    foreign = out / ".pack.pdf.dossier-1-zzzzzzzz.part"  # named by another pid: not this process's
    foreign.write_bytes(b"x")
    neighbour = out / "pack.pdf"
    neighbour.write_bytes(b"keep")
    (left / tempfiles.JOURNAL).write_text(
        json.dumps(str(part)) + "\n" + json.dumps(str(foreign)) + "\n" + json.dumps(str(neighbour)) + "\n"
    )
    tempfiles.sweep_private_dirs()
    assert not part.exists() and not left.exists()
    assert foreign.exists() and neighbour.read_bytes() == b"keep"


def test_sweep_removes_the_half_built_restore_a_dead_process_journalled(
    temp_root: Path, tmp_path: Path
) -> None:
    pid = dead_pid()
    left = fake_leftover(temp_root, "work", pid)
    staging = tmp_path / f".restored.restoring-{pid}-a1b2c3d4"
    staging.mkdir()
    (staging / "dossier.db").write_bytes(b"PLAINTEXT")
    foreign = tmp_path / ".restored.restoring-1-zzzzzzzz"  # another process's: not this one's to remove
    foreign.mkdir()
    target = tmp_path / "restored"  # where a restore that finished put the store: kept
    target.mkdir()
    (left / tempfiles.JOURNAL).write_text(
        "\n".join(json.dumps({"folder": str(p)}) for p in (staging, foreign, target)) + "\n"
    )
    tempfiles.sweep_private_dirs()
    assert not staging.exists() and not left.exists()
    assert foreign.exists() and target.exists()


def test_a_restore_notes_its_staging_folder(temp_root: Path, tmp_path: Path) -> None:
    staging = tmp_path / f".restored.restoring-{os.getpid()}-a1b2c3d4"
    staging.mkdir()
    tempfiles.note_staging_dir(staging)
    journal = next(temp_root.glob("dossier-work-*")) / tempfiles.JOURNAL
    assert json.loads(journal.read_text().splitlines()[-1]) == {"folder": str(staging)}
    tempfiles.remove_private_dirs()


def test_an_interrupted_write_is_swept_at_the_next_start(temp_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = (
        "import os, sys, tempfile; from pathlib import Path; tempfile.tempdir = sys.argv[2];"
        "from desktop_app.fileio import make_part_file;"
        "fd, p = make_part_file(Path(sys.argv[1]) / 'pack.pdf'); os.write(fd, b'PLAINTEXT'); os._exit(9)"
    )
    subprocess.run([sys.executable, "-c", code, str(out), str(temp_root)], check=False)
    assert [p.name for p in out.glob(".*.part")]
    (out / "mine.txt").write_bytes(b"keep")
    tempfiles.sweep_private_dirs()
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt"]
    assert [p.name for p in temp_root.iterdir()] == []


def test_sweep_part_files_removes_only_stale_dossier_temp_files(tmp_path: Path, temp_root: Path) -> None:
    pid = dead_pid()
    stale = tmp_path / f".pack.pdf.dossier-{pid}-abcdefgh.part"
    stale.write_bytes(b"x")
    fd, live = make_part_file(tmp_path / "live.pdf")
    os.close(fd)
    other = [
        tmp_path / ".pack.pdf.abcdefgh.part",  # not named by Dossier's pid scheme
        tmp_path / f"pack.pdf.dossier-{pid}-abcdefgh.part",  # not hidden
        tmp_path / "pack.pdf",
        tmp_path / "notes.part",
    ]
    for path in other:
        path.write_bytes(b"keep")
    os.mkdir(tmp_path / f".dir.dossier-{pid}-abcdefgh.part")
    assert tempfiles.sweep_part_files(tmp_path) == [stale]
    assert live.exists() and all(p.read_bytes() == b"keep" for p in other)
    assert (tmp_path / f".dir.dossier-{pid}-abcdefgh.part").is_dir()


def test_a_part_file_is_in_the_journal_before_it_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process killed just after creating its temp file leaves it journalled: the next start removes it."""
    from desktop_app import tempfiles
    from desktop_app.fileio import make_part_file

    noted: list[tuple[Path, bool]] = []
    monkeypatch.setattr(tempfiles, "note_part_file", lambda path: noted.append((path, path.exists())))
    fd, tmp = make_part_file(tmp_path / "pack.pdf")
    os.close(fd)
    assert noted == [(tmp, False)]
    assert tmp.exists() and (tmp.stat().st_mode & 0o777) == 0o600
    assert tempfiles.PART_NAME.match(tmp.name)
