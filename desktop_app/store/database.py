"""Opening the database: the one place that does.

Every connection is made by SQLCipher 4 (the ``sqlcipher3`` module, a
drop-in for ``sqlite3``). Given a key, the whole file (pages, write-ahead
log, journal) is encrypted with AES-256; without one it is a plain SQLite
database, which is how stores made before encryption at rest are read.
Temporary tables and sorts are kept in memory so that nothing of the case
data reaches a temporary file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop_app.domain.text import fold
from desktop_app.errors import StoreError
from desktop_app.i18n import translate
from desktop_app.store.connection import Database
from desktop_app.store.migrations import migrations

# What a database call may raise: SQLCipher's errors, and the standard module's (sqlite-utils raises some).
DatabaseError: tuple[type[Exception], ...] = (sqlcipher3.dbapi2.DatabaseError, sqlite3.DatabaseError)
IntegrityError: tuple[type[Exception], ...] = (sqlcipher3.dbapi2.IntegrityError, sqlite3.IntegrityError)
# A write that could not be made (a full disk, an I/O error, a locked file): never a broken rule.
OperationalError: tuple[type[Exception], ...] = (sqlcipher3.dbapi2.OperationalError, sqlite3.OperationalError)
Connection = Any  # sqlcipher3.dbapi2.Connection: the module has no type hints


class WrongKeyError(StoreError):
    """The database is encrypted under another key (or is not a database at all)."""


def connect(path: Path | str, key: bytes | None) -> Connection:
    """A connection to ``path``, keyed when ``key`` is given; nothing is read or written yet."""
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as exc:
        raise StoreError(
            translate("Store", "Cannot open the database {path}: {reason}").format(path=path, reason=exc)
        ) from exc
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


PRIVATE = 0o600


def create_private(path: Path) -> None:
    """Create ``path`` empty and 0600 if it does not exist, so that SQLite (which gives its
    ``-wal`` and ``-shm`` the database's mode) never makes any of them readable by others."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreError(
            translate("Store", "The database {path} cannot be created ({reason}).").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    try:
        os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)


def open_database(
    path: Path | str, key: bytes | None = None, *, check: Callable[[Connection], None] | None = None
) -> Database:
    """Open (creating if needed) and migrate a store database.

    Foreign keys on, WAL journal, ``synchronous=FULL``, temporary storage in
    memory. Autocommit mode: every change must run inside ``db.atomic()``.
    Raises :class:`WrongKeyError` when the key does not open the file. ``check``
    is called with the connection once the file reads, before anything is
    written to it (migrations included): what it raises closes the connection
    and leaves the file as it was.
    """
    if str(path) != ":memory:":
        create_private(Path(path))
    conn = connect(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKeyError(
                    translate(
                        "Store",
                        "The database {path} cannot be read with this key, or it is not a Dossier database.",
                    ).format(path=path)
                ) from exc
            raise
        if check is not None:
            check(conn)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(path) != ":memory:" and mode.lower() != "wal":
            raise StoreError(
                translate(
                    "Store", "The database {path} cannot use write-ahead logging (mode {mode})."
                ).format(path=path, mode=mode)
            )
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils set it: the triggers rely on it
        register_functions(conn)
        db = Database(conn)
        migrations.apply(db)
    except DatabaseError as exc:
        conn.close()
        raise StoreError(
            translate("Store", "The database {path} cannot be read: {reason}").format(path=path, reason=exc)
        ) from exc
    except BaseException:
        conn.close()
        raise
    return db


def register_functions(conn: Connection) -> None:
    """SQL functions the schema's triggers call: every connection that writes needs them."""
    conn.create_function("dossier_fold", 1, lambda text: fold(text) if text else "", deterministic=True)


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


class LockedDatabase:
    """Stands for the database while the store is locked: any use says so, in words."""

    def __getattr__(self, name: str) -> Any:
        raise StoreError(translate("Store", "The store is locked: unlock it first."))


LOCKED = LockedDatabase()
