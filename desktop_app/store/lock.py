"""One process at a time per store.

The lock is an OS advisory lock on ``dossier.lock`` in the store folder. The
OS releases it when the process ends, however it ends, so a crash never
leaves a store locked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import platform
import sys
from pathlib import Path
from typing import IO

from desktop_app.errors import StoreError, StoreLockedError
from desktop_app.i18n import translate

PRIVATE = 0o600


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


class StoreLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise StoreLockedError (another process has it) or StoreError (the lock
        file cannot be made or written: a full or read-only disk), leaving nothing held."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE)
        except OSError as exc:
            raise StoreError(
                translate(
                    "Store", "The store's lock file {path} cannot be opened ({reason}). Nothing was changed."
                ).format(path=self.path, reason=_reason(exc))
            ) from None
        try:
            with contextlib.suppress(OSError):  # an existing lock file made wider by an older Dossier
                os.fchmod(fd, PRIVATE)
            handle = os.fdopen(fd, "r+", encoding="utf-8")
        except BaseException:
            os.close(fd)
            raise
        try:
            _lock(handle)
        except OSError:
            try:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
            except (OSError, ValueError):
                holder = "another process"
            handle.close()
            raise StoreLockedError(
                translate(
                    "Store",
                    "The store at {parent} is already open in another Dossier ({holder}). Close that one "
                    "first, or choose another folder with --data-dir.",
                ).format(parent=self.path.parent, holder=holder)
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()} on {platform.node()}")
            handle.flush()
        except OSError as exc:
            with contextlib.suppress(OSError):
                handle.seek(0)
                handle.truncate()
            with contextlib.suppress(OSError):
                _unlock(handle)
            with contextlib.suppress(OSError):
                handle.close()
            raise StoreError(
                translate(
                    "Store", "The store's lock file {path} cannot be written ({reason}). Nothing was changed."
                ).format(path=self.path, reason=_reason(exc))
            ) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            with contextlib.suppress(OSError):  # a full disk cannot stop the lock from being let go
                self._handle.seek(0)
                self._handle.truncate()
            _unlock(self._handle)
        finally:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
