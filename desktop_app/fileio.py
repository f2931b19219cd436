"""Durable, private file writes, shared by every layer that writes files (store, pack, services).

``atomic_write`` writes a temp file in the same folder, fsyncs it and
renames it over the target, so the target is always the old file or the
whole new one. The temp file is created 0600 and stays 0600: no output of
Dossier is readable by anyone else, not even for an instant.
``fsync_dir`` makes a rename itself durable.

``check_output`` is the gate every output a user asks for goes through
(packs, letters, case exports, bundles, backups, the window's save
dialogs): it refuses a target inside a Dossier store folder, a target that
is not a regular file, and an existing file unless replacing it was
confirmed.

Temp files are named ``.<name>.dossier-<pid>-<random>.part`` so that
``tempfiles.sweep_part_files`` can tell which were left by a Dossier that
is no longer running; each is also noted in this process's private
journal so that the next start can remove it wherever it was.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import DossierError
from desktop_app.i18n import translate

CHUNK = 1024 * 1024
PRIVATE_MODE = 0o600

# What makes a folder a Dossier store (see store/location.py and store/keys.py).
STORE_MARKERS = ("dossier.keys", "dossier.db")
VAULT_MARKER = "vault"


class OutputRefused(DossierError):
    """An output target Dossier will not write to; the message names the path and why."""


class OutputExists(OutputRefused):
    """The target is an existing regular file and replacing it was not confirmed (``force``)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where the OS cannot)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def store_folder_of(path: Path) -> Path | None:
    """The Dossier store folder ``path`` (already resolved) lies in, or None."""
    for folder in [path, *path.parents]:
        if is_store_folder(folder):
            return folder
    return None


def is_store_folder(folder: Path) -> bool:
    """True when ``folder`` holds ``dossier.keys``, ``dossier.db`` or ``vault/``."""
    try:
        if not folder.is_dir():
            return False
        if any(os.path.lexists(folder / name) for name in STORE_MARKERS):
            return True
        return (folder / VAULT_MARKER).is_dir()
    except OSError:
        return False


def _kind_of(mode: int, link: bool) -> str:
    """What a path that is not a regular file is, as a phrase of the process's language."""
    if stat.S_ISDIR(mode):
        return translate("Outputs", "a link to a folder") if link else translate("Outputs", "a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Outputs", "a link to a device") if link else translate("Outputs", "a device")
    if stat.S_ISFIFO(mode):
        if link:
            return translate("Outputs", "a link to a FIFO (named pipe)")
        return translate("Outputs", "a FIFO (named pipe)")
    if stat.S_ISSOCK(mode):
        return translate("Outputs", "a link to a socket") if link else translate("Outputs", "a socket")
    if link:
        return translate("Outputs", "a link to something that is not a regular file")
    return translate("Outputs", "something that is not a regular file")


def _what(what: str) -> str:
    """The thing to be written (a key: "pack", "letter"...), as the object of "cannot write … there" in the
    process's language; a key not listed is "the file"."""
    phrases = {
        "output": translate("Outputs", "the file", "what cannot be written"),
        "file": translate("Outputs", "the file", "what cannot be written"),
        "pack": translate("Outputs", "the pack", "what cannot be written"),
        "pack's .sha256": translate("Outputs", "the pack's .sha256 file", "what cannot be written"),
        "letter": translate("Outputs", "the letter", "what cannot be written"),
        "recovery key": translate("Outputs", "the recovery key", "what cannot be written"),
        "calendar": translate("Outputs", "the calendar", "what cannot be written"),
        "export": translate("Outputs", "the case file", "what cannot be written"),
        "case file": translate("Outputs", "the case file", "what cannot be written"),
        "exported evidence": translate("Outputs", "the exported evidence", "what cannot be written"),
        "backup": translate("Outputs", "the backup", "what cannot be written"),
        "case bundle": translate("Outputs", "the case bundle", "what cannot be written"),
    }
    return phrases.get(what, phrases["file"])


def check_output(path: Path, *, force: bool, what: str = "output") -> Path:
    """Resolve ``path`` and return it if Dossier may write the ``what`` there, else raise OutputRefused
    (its message in the process's language; ``what`` is a key such as "pack" or "letter").

    Refused: a target inside any Dossier store folder (after ``..`` and
    symbolic links, also of the parent folders), a target that exists and
    is not a regular file (a folder, a device, a FIFO, a socket, a link to
    one), and an existing regular file unless ``force``.
    """
    given = Path(path).expanduser()
    try:
        resolved = Path(os.path.realpath(given))
    except (OSError, RuntimeError, ValueError) as exc:
        text = translate("Outputs", "{path}: cannot write {what} there ({reason})")
        raise OutputRefused(text.format(path=given, what=_what(what), reason=exc)) from exc
    store = store_folder_of(resolved)
    if store is not None:
        text = translate(
            "Outputs",
            "{path}: refused: this place is inside the Dossier store folder {store}, where writing {what} "
            "could damage the store; choose a place outside it",
        )
        raise OutputRefused(text.format(path=given, store=store, what=_what(what)))
    try:
        info = os.stat(resolved)
    except FileNotFoundError:
        return resolved
    except OSError as exc:
        text = translate("Outputs", "{path}: cannot write {what} there ({reason})")
        raise OutputRefused(text.format(path=given, what=_what(what), reason=exc.strerror or exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        kind = _kind_of(info.st_mode, os.path.islink(given))
        if _what(what) == _what("file"):  # nothing more to say of what it is
            text = translate(
                "Outputs",
                "{path}: refused: this is {kind}, not a regular file; give the name of a file to write",
            )
        else:
            text = translate(
                "Outputs",
                "{path}: refused: this is {kind}, not a regular file; "
                "give the name of a file to write {what} in",
            )
        raise OutputRefused(text.format(path=given, kind=kind, what=_what(what)))
    if not force:
        text = translate("Outputs", "{path} exists; add --force to replace it")
        raise OutputExists(text.format(path=given), resolved)
    return resolved


def _part_prefix(path: Path) -> str:
    return f".{path.name}.dossier-{os.getpid()}-"


def make_part_file(path: Path) -> tuple[int, Path]:
    """Create the private (0600) temp file beside ``path`` that will be renamed over it.

    Returns the open descriptor and the temp file's path. The temp file is
    noted in this process's journal so that a later start removes it if
    this process dies before it is renamed or removed.
    """
    folder = path.parent
    if not folder.is_dir():
        text = translate("Outputs", "{path}: the folder {folder} does not exist")
        raise DossierError(text.format(path=path, folder=folder))
    from desktop_app import tempfiles

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        tmp = folder / f"{_part_prefix(path)}{secrets.token_hex(5)}.part"
        # Noted BEFORE it exists: a process killed just after creating it still leaves it journalled.
        tempfiles.note_part_file(tmp)
        try:
            fd = os.open(tmp, flags | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
        except FileExistsError:
            continue
        except OSError as exc:
            text = translate("Outputs", "{path}: cannot write here ({reason})")
            raise DossierError(text.format(path=path, reason=exc.strerror or exc)) from exc
        with suppress(OSError):
            os.fchmod(fd, PRIVATE_MODE)
        return fd, tmp
    text = translate("Outputs", "{path}: cannot write here (no free name for a temporary file)")
    raise DossierError(text.format(path=path))


@contextmanager
def part_file(path: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """Yield (open binary file, temp path) beside ``path``; removed on any error, the caller renames it."""
    fd, tmp = make_part_file(path)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out, tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes | BinaryIO, *, mode: int = PRIVATE_MODE) -> None:
    """Write ``data`` to ``path`` so that ``path`` is either the old file or the whole new one.

    The file is created ``mode`` (0600 by default) and never wider: ``mode``
    may only take permissions away from 0600.
    """
    if mode & ~PRIVATE_MODE:
        raise ValueError(f"atomic_write never writes files wider than 0600 (asked {mode:o})")
    folder = path.parent
    fd, tmp = make_part_file(path)
    try:
        with os.fdopen(fd, "wb") as out:
            if mode != PRIVATE_MODE:
                os.fchmod(out.fileno(), mode)
            if isinstance(data, bytes):
                out.write(data)
            else:
                while chunk := data.read(CHUNK):
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        full = exc.errno == errno.ENOSPC
        reason = translate("Outputs", "the disk is full") if full else (exc.strerror or str(exc))
        text = translate("Outputs", "{path}: cannot be written ({reason}); nothing was changed")
        raise DossierError(text.format(path=path, reason=reason)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
