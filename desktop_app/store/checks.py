"""The database's checks, from the cheapest to the fullest. Each returns [] when it finds nothing.

* :func:`open_check`, at every opening: the header, the schema, and the first and last rows of
  every table, so that each b-tree's root page and the pages down both its edges are read (and,
  in an encrypted store, authenticated). Well under a millisecond for thousands of cases.
* :func:`quick_check` (``PRAGMA quick_check``): once a day after the start, in the background.
* :func:`integrity_check` (``PRAGMA integrity_check`` and the foreign keys): before every backup
  and pack, with the event log's chain, and in ``dossier verify``.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app import logs
from desktop_app.i18n import translate
from desktop_app.store.database import Connection, DatabaseError, connect

COUNTED_TABLES = ("cases", "purchases", "communications", "evidence", "tasks", "events")


def open_check(conn: Connection) -> list[str]:
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
        ).fetchall()
        for name, sql in tables:
            conn.execute(f"SELECT * FROM [{name}] NOT INDEXED LIMIT 1").fetchall()
            if "WITHOUT ROWID" not in (sql or "").upper():
                conn.execute(f"SELECT * FROM [{name}] NOT INDEXED ORDER BY rowid DESC LIMIT 1").fetchall()
    except DatabaseError as exc:
        logs.error("store.open_check", exc)
        return [str(exc)]
    return []


def quick_check(conn: Connection) -> list[str]:
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
    except DatabaseError as exc:
        logs.error("store.quick_check", exc)
        return [str(exc)]


def quick_check_apart(path: Path, key: bytes | None) -> list[str]:
    """:func:`quick_check` on a read-only connection of its own, closed after."""
    conn = connect(path, key)
    try:
        conn.execute("PRAGMA query_only = ON")
        return quick_check(conn)
    finally:
        conn.close()


def integrity_check(conn: Connection) -> list[str]:
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        said = translate("Store", "row {row} of {table} refers to a missing {parent}")
        problems += [
            said.format(row=row[1], table=row[0], parent=row[2])
            for row in conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
    except DatabaseError as exc:
        logs.error("store.integrity_check", exc)
        return [str(exc)]
    return problems


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        name: int(conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]) for name in COUNTED_TABLES
    }
