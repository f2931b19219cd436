"""Fault injection for the test suite, in the spirit of SQLite's I/O-error tests.

:class:`Injector` counts the write-like calls Dossier makes on files under chosen folders (the store,
the output folder) and makes the Nth of them fail with an OSError of a chosen errno (ENOSPC, EIO).
What is counted:

- ``os.write``, ``os.fsync`` (files and folders), ``os.ftruncate`` (by file descriptor; its path is
  read from ``/proc/self/fd``), ``os.replace`` and ``os.rename`` (by either path);
- ``write``/``writelines`` of every file object opened for writing through ``open``/``io.open``
  (``builtins.open``, ``Path.open``/``write_bytes``, ``os.fdopen`` on a ``mkstemp`` descriptor): such
  a file object is wrapped in a thin proxy that counts, then calls the real method.

SQLCipher writes its pages in C, out of reach of Python. For the database the injector wraps the
connection instead (``db.conn`` of the open store, and every database :func:`open_database` opens
while the injector is active): the Nth *writing* statement (INSERT, UPDATE, DELETE, REPLACE, COMMIT,
VACUUM, ATTACH, ``sqlcipher_export``) raises ``sqlcipher3.dbapi2.OperationalError`` with SQLite's
own words for the two faults: "database or disk is full" (SQLITE_FULL) or "disk I/O error"
(SQLITE_IOERR). The statement does not run.

Every call counted is recorded (kind, path) so that a clean run tells how many there are: a run with
N greater than that count completes without meeting the fault, which ends the loop over N.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

REASONS = {errno.ENOSPC: "No space left on device", errno.EIO: "Input/output error"}
SQLITE_REASONS = {errno.ENOSPC: "database or disk is full", errno.EIO: "disk I/O error"}
WRITING_SQL = re.compile(
    r"^\s*(INSERT|UPDATE|DELETE|REPLACE|COMMIT|END|VACUUM|ATTACH|SELECT\s+sqlcipher_export)\b", re.I
)

_real_open = builtins.open
_real_io_open = io.open
_real_write = os.write
_real_fsync = os.fsync
_real_ftruncate = os.ftruncate
_real_replace = os.replace
_real_rename = os.rename


def fd_path(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


@dataclass
class Hit:
    kind: str  # write, fsync (a file), fsync-dir (a folder), ftruncate, replace, sql
    path: str
    detail: str = ""  # the statement, for a database hit


@dataclass
class Injector:
    """Fail the ``fail_at``-th counted call (1-based; 0: never) with ``errno_``."""

    roots: list[Path]
    fail_at: int = 0
    errno_: int = errno.ENOSPC
    files: bool = True  # count file writes
    database: bool = True  # count the database's writing statements
    calls: list[Hit] = field(default_factory=list)
    fired: Hit | None = None
    active: bool = False

    # ------------------------------------------------------------------ deciding

    def watched(self, path: str | os.PathLike[str] | int | None) -> bool:
        if path is None:
            return False
        if isinstance(path, int):
            path = fd_path(path)
        text = os.path.abspath(os.fspath(path))
        return any(text == str(root) or text.startswith(str(root) + os.sep) for root in self.roots)

    def count(self, kind: str, path: str, detail: str = "") -> bool:
        """Record one call; True when this is the one to fail."""
        if not self.active:
            return False
        self.calls.append(Hit(kind, path, detail))
        if self.fired is None and len(self.calls) == self.fail_at:
            self.fired = Hit(kind, path, detail)
            return True
        return False

    def os_error(self, path: str) -> OSError:
        return OSError(self.errno_, REASONS[self.errno_], path)

    def file_call(self, kind: str, path: str) -> None:
        if self.files and self.watched(path) and self.count(kind, path):
            raise self.os_error(path)

    def sql_call(self, sql: str, where: str) -> None:
        if self.database and WRITING_SQL.match(sql) and self.count("sql", where, " ".join(sql.split())[:200]):
            raise sqlcipher3.dbapi2.OperationalError(SQLITE_REASONS[self.errno_])

    # ------------------------------------------------------------------ installing

    @contextlib.contextmanager
    def installed(
        self, patch: Callable[[Any, str, Any], None], stores: Iterable[Any] = ()
    ) -> Iterator[Injector]:
        """Install the wrappers with ``patch(obj, name, value)`` (pytest's monkeypatch.setattr)."""
        injector = self

        def write(fd: int, data: Any) -> int:
            injector.file_call("write", fd_path(fd))
            return _real_write(fd, data)

        def fsync(fd: Any) -> None:
            number = fd if isinstance(fd, int) else fd.fileno()
            path = fd_path(number)
            injector.file_call("fsync-dir" if os.path.isdir(path) else "fsync", path)
            _real_fsync(fd)

        def ftruncate(fd: int, length: int) -> None:
            injector.file_call("ftruncate", fd_path(fd))
            _real_ftruncate(fd, length)

        def replace(src: Any, dst: Any, **kwargs: Any) -> None:
            for path in (dst, src):
                if isinstance(path, (str, os.PathLike)) and injector.watched(path):
                    injector.file_call("replace", os.fspath(path))
                    break
            _real_replace(src, dst, **kwargs)

        def rename(src: Any, dst: Any, **kwargs: Any) -> None:
            for path in (dst, src):
                if isinstance(path, (str, os.PathLike)) and injector.watched(path):
                    injector.file_call("replace", os.fspath(path))
                    break
            _real_rename(src, dst, **kwargs)

        def opener(real: Callable[..., Any]) -> Callable[..., Any]:
            def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
                handle = real(file, mode, *args, **kwargs)
                if injector.active and any(c in mode for c in "wax+"):
                    path = fd_path(handle.fileno()) if hasattr(handle, "fileno") else os.fspath(file)
                    if injector.watched(path):
                        return _CountingFile(handle, injector, path)
                return handle

            return open_

        patch(os, "write", write)
        patch(os, "fsync", fsync)
        patch(os, "ftruncate", ftruncate)
        patch(os, "replace", replace)
        patch(os, "rename", rename)
        patch(builtins, "open", opener(_real_open))
        patch(io, "open", opener(_real_io_open))

        import desktop_app.store.backup as backup_module
        import desktop_app.store.database as database_module
        import desktop_app.store.store as store_module

        real_open_database = database_module.open_database

        def open_database(*args: Any, **kwargs: Any) -> Any:
            db = real_open_database(*args, **kwargs)
            injector.wrap_database(db, str(args[0] if args else kwargs.get("path", "")))
            return db

        for module in (store_module, backup_module, database_module):
            if hasattr(module, "open_database"):
                patch(module, "open_database", open_database)
        for store in stores:
            self.wrap_database(store.db, str(store.root / "dossier.db"))
        self.active = True
        try:
            yield self
        finally:
            self.active = False
            for store in stores:
                self.unwrap_database(store.db)

    def wrap_database(self, db: Any, where: str) -> None:
        if not isinstance(db.conn, _CountingConnection):
            db.conn = _CountingConnection(db.conn, self, where)

    @staticmethod
    def unwrap_database(db: Any) -> None:
        conn = getattr(db, "conn", None)
        if isinstance(conn, _CountingConnection):
            db.conn = conn._real


class _CountingFile:
    """A file object whose writes are counted (and may fail) before they reach the real one."""

    def __init__(self, real: Any, injector: Injector, path: str) -> None:
        self._real = real
        self._injector = injector
        self._path = path

    def write(self, data: Any) -> int:
        self._injector.file_call("write", self._path)
        return int(self._real.write(data))

    def writelines(self, lines: Iterable[Any]) -> None:
        for line in lines:
            self.write(line)

    def __enter__(self) -> _CountingFile:
        self._real.__enter__()
        return self

    def __exit__(self, *exc: object) -> Any:
        return self._real.__exit__(*exc)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._real)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class _CountingConnection:
    """A database connection whose writing statements are counted (and may fail) before they run."""

    def __init__(self, real: Any, injector: Injector, where: str) -> None:
        self._real = real
        self._injector = injector
        self._where = where

    def execute(self, sql: str, *args: Any) -> Any:
        self._injector.sql_call(sql, self._where)
        return self._real.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self._injector.sql_call(sql, self._where)
        return self._real.executemany(sql, *args)

    def executescript(self, sql: str) -> Any:
        self._injector.sql_call(sql, self._where)
        return self._real.executescript(sql)

    def commit(self) -> None:
        self._injector.sql_call("COMMIT", self._where)
        self._real.commit()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)
