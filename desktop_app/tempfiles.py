"""Private folders for plaintext that must not outlive Dossier.

With an encrypted store, some plaintext has to exist outside the store for
a while: the copy of an exhibit opened in another program ("view"), the
pages of a pack while it is rendered ("pack"), a pack rendered to check its
pages and size ("preview"). Each lives in a folder made by ``private_dir``:
``<temp>/dossier-<kind>-<random>/``, mode 0700, holding a marker file
``.dossier-private`` that names the process that made it.

- ``remove_private_dirs`` removes this process's own folders (on lock, on
  quit, when a dialog closes; also at interpreter exit).
- ``sweep_private_dirs`` (at every start) removes the folders left by a
  Dossier that is no longer running, and the ``.part`` temp files that
  process noted in its journal. It recognises its own folders by the name
  prefix AND the marker file AND the owner; nothing else is touched.
- ``sweep_part_files(folder)`` removes Dossier's own stale temp files
  ``.<name>.dossier-<pid>-<random>.part`` in one folder (the pid is dead).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

KINDS = ("view", "pack", "preview", "work")
MARKER = ".dossier-private"
JOURNAL = "parts.journal"
PREFIX = "dossier-"
# dossier-<kind>-<pid>-<random>: the pid of the Dossier that made it, so that a folder whose marker
# was never written whole (a kill between the two) is still known to be a dead process's (folders
# made before the pid was in the name have none).
_NAME = re.compile(r"^dossier-(view|pack|preview|work)-(?:(\d+)-)?[A-Za-z0-9_]{6,}$")
PART_NAME = re.compile(r"^\..+\.dossier-(\d+)-[A-Za-z0-9_]{6,}\.part$")
# A restore builds the store in a folder beside its target, named with its pid, before the switch.
STAGING_NAME = re.compile(r"^\..+\.restoring-(\d+)-[A-Za-z0-9_]{6,}$")
# A folder with no readable marker (a start killed between making it and writing the marker whole)
# holds nothing but that marker: it is removed when the pid in its name is dead, else when this old.
EMPTY_GRACE_SECONDS = 60.0

_lock = threading.RLock()
_mine: dict[str, list[Path]] = {}
_journal: Path | None = None
_atexit_registered = False


def temp_root() -> Path:
    """The temp folder private folders are made in ($TMPDIR or the platform's)."""
    return Path(tempfile.gettempdir())


def _start_time(pid: int) -> str | None:
    """The kernel's start time of ``pid`` (Linux), to tell a reused pid from the original."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = raw.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def _alive(pid: int, started: str | None) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return started is None or started == _start_time(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    except OSError:
        return False
    if started is not None:
        now = _start_time(pid)
        if now is not None and now != started:
            return False  # the pid was reused by another process
    return True


def _register_atexit() -> None:
    global _atexit_registered
    if not _atexit_registered:
        atexit.register(remove_private_dirs)
        _atexit_registered = True


def private_dir(kind: str) -> Path:
    """Make a new 0700 folder for plaintext of ``kind`` ("view", "pack", "preview")."""
    if kind not in KINDS:
        raise ValueError(f"unknown private folder kind {kind!r}")
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{kind}-{os.getpid()}-", dir=temp_root()))
    os.chmod(folder, 0o700)
    marker = {"app": "Dossier", "pid": os.getpid(), "started": _start_time(os.getpid()), "kind": kind}
    fd = os.open(folder / MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(marker, out)
    with _lock:
        _mine.setdefault(kind, []).append(folder)
        _register_atexit()
    return folder


def remove_private_dir(folder: Path) -> None:
    """Remove one of this process's private folders (and forget it)."""
    with _lock:
        shutil.rmtree(folder, ignore_errors=True)
        for folders in _mine.values():
            if folder in folders and not folder.exists():
                folders.remove(folder)


@contextmanager
def private_folder(kind: str) -> Iterator[Path]:
    """A private folder for the time of a ``with`` block, removed however the block ends."""
    folder = private_dir(kind)
    try:
        yield folder
    finally:
        remove_private_dir(folder)


def _journal_file() -> Path:
    global _journal
    with _lock:
        if _journal is None or not _journal.parent.is_dir():
            _journal = private_dir("work") / JOURNAL
        return _journal


def note_part_file(path: Path) -> None:
    """Note a temp file being written, so that a later start removes it if this process dies first."""
    _note(json.dumps(str(Path(os.path.abspath(path)))))


def note_staging_dir(path: Path) -> None:
    """Note a folder a restore is building (``.NAME.restoring-PID-XXXX``, beside its target), so that
    a later start removes it if this process dies before the switch: it may hold plaintext."""
    _note(json.dumps({"folder": str(Path(os.path.abspath(path)))}))


def _note(line: str) -> None:
    try:
        with _lock, open(_journal_file(), "a", encoding="utf-8") as out:
            out.write(line + "\n")
    except OSError:
        pass  # still swept: a temp file by sweep_part_files, a staging folder by the next restore there


def _remove_staging_dir(folder: Path, pid: int) -> None:
    """A half-built restore of the dead process ``pid``: only a real folder of its own name and owner."""
    match = STAGING_NAME.match(folder.name)
    if match is None or int(match.group(1)) != pid:
        return
    try:
        info = os.lstat(folder)
    except OSError:
        return  # the restore finished (its folder became the store) or was cleaned up
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid():
        shutil.rmtree(folder, ignore_errors=True)


def _read_marker(folder: Path) -> dict[str, object] | None:
    try:
        info = os.lstat(folder / MARKER)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_size > 4096:
            return None
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("app") != "Dossier" or not isinstance(data.get("pid"), int):
        return None
    return data


def _ours(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, with a Dossier private-folder name."""
    if not _NAME.match(folder.name):
        return False
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()


def _remove_journalled_parts(folder: Path, pid: int) -> None:
    journal = folder / JOURNAL
    try:
        if not stat.S_ISREG(os.lstat(journal).st_mode):
            return
        lines = journal.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    for line in lines:
        try:
            entry = json.loads(line)
            if isinstance(entry, dict):
                _remove_staging_dir(Path(entry["folder"]), pid)
                continue
            part = Path(entry)
        except (ValueError, TypeError, KeyError):
            continue
        match = PART_NAME.match(part.name)
        if match is None or int(match.group(1)) != pid:
            continue  # only the exact temp files that process made
        try:
            info = os.lstat(part)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
            with contextlib.suppress(OSError):
                part.unlink()


def sweep_private_dirs(root: Path | None = None) -> list[Path]:
    """Remove the private folders (and journalled ``.part`` files) of Dossiers no longer running.

    Returns the folders removed. Folders of a running Dossier, and anything
    that is not a Dossier private folder, are left alone.
    """
    base = root if root is not None else temp_root()
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for folder in entries:
        if not _ours(folder):
            continue
        marker = _read_marker(folder)
        if marker is None:
            if _remove_unmarked(folder):
                removed.append(folder)
            continue
        pid = int(str(marker["pid"]))
        started = marker.get("started")
        if _alive(pid, started if isinstance(started, str) else None):
            continue
        _remove_journalled_parts(folder, pid)
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


def _remove_unmarked(folder: Path) -> bool:
    """Remove a private folder whose marker is missing or unreadable, when it holds nothing else (a
    Dossier killed between making it and writing its marker: nothing is written there before the
    marker) and the pid in its name is dead, or it is older than EMPTY_GRACE_SECONDS. Anything
    else in it (a folder that is not Dossier's after all) keeps it. Whether it was removed."""
    try:
        entries = os.listdir(folder)
        if any(name != MARKER for name in entries):
            return False
        match = _NAME.match(folder.name)
        pid = int(match.group(2)) if match and match.group(2) else None
        dead = pid is not None and not _alive(pid, None)
        if not dead and time.time() - os.lstat(folder).st_mtime <= EMPTY_GRACE_SECONDS:
            return False
        if entries:
            marker = folder / MARKER
            info = os.lstat(marker)
            if not stat.S_ISREG(info.st_mode) or info.st_size > 4096:
                return False
            marker.unlink()
        os.rmdir(folder)  # only ever succeeds on an empty folder
    except OSError:
        return False
    return True


def remove_private_dirs(kind: str | None = None) -> None:
    """Remove this process's own private folders (of ``kind``, or all but the live journal)."""
    global _journal
    with _lock:
        kinds = [kind] if kind is not None else list(_mine)
        for name in kinds:
            keep: list[Path] = []
            for folder in _mine.get(name, []):
                shutil.rmtree(folder, ignore_errors=True)
                if folder.exists():
                    keep.append(folder)
            _mine[name] = keep
        if _journal is not None and not _journal.parent.exists():
            _journal = None


def sweep_part_files(folder: Path) -> list[Path]:
    """Remove Dossier's own stale temp files ``.<name>.dossier-<pid>-<random>.part`` in ``folder``.

    Only files whose writer is no longer running are removed; nothing else.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = PART_NAME.match(entry.name)
        if match is None:
            continue
        pid = int(match.group(1))
        if _alive(pid, None):
            continue
        try:
            info = os.lstat(entry)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                continue
            entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    return removed
