"""Opening the database: the one place that does, so that a later layer
(encryption at rest) can change how."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop_app.domain.text import fold
from desktop_app.errors import StoreError
from desktop_app.store.migrations import migrations


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate a store database.

    Foreign keys on, WAL journal, ``synchronous=FULL``. Autocommit mode:
    every change must run inside ``db.atomic()``.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the database {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(path) != ":memory:" and mode.lower() != "wal":
            raise StoreError(f"The database {path} cannot use write-ahead logging (mode {mode}).")
        conn.execute("PRAGMA synchronous = FULL")
        register_functions(conn)
        db = Database(conn)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"The database {path} cannot be read: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return db


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's triggers call: every connection that writes needs them."""
    conn.create_function("dossier_fold", 1, lambda text: fold(text) if text else "", deterministic=True)


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]
