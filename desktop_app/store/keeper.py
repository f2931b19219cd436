"""Keeping dossier.state, the store's record of its database, in step with it (store/generation.py).

:class:`StateKeeper` checks at the opening that the database holds the recorded generation (the
event log's count and head), brings the record up to date after the migrations, and writes it
again after every commit that grew the event log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app import logs
from desktop_app.errors import DossierError
from desktop_app.i18n import translate
from desktop_app.store.access import Access, _vault_has_files
from desktop_app.store.connection import Database
from desktop_app.store.database import DatabaseError
from desktop_app.store.generation import (
    EMPTY,
    STATE_NAME,
    STATE_PREFERENCE,
    Generation,
    RolledBack,
    State,
    advanced,
    db_generation,
    new_state,
    read_state,
    recovery_hint,
    rollback_problem,
    write_state,
)
from desktop_app.store.keys import KEYS_NAME, derive
from desktop_app.store.location import DB_NAME
from desktop_app.store.migrations import migrations


class StateKeeper:
    """Keeps dossier.state in step with the database (see store/generation.py)."""

    def __init__(self, root: Path, access: Access, *, inspect: bool = False) -> None:
        self.root = root
        self.access = access
        self.inspect = inspect
        self.problems: list[str] = []  # what ``inspect`` let through: the store is then read-only
        self.mac_key = derive(access.key, "state") if access.key else None
        self.state: State | None = None
        self.store_id: str | None = access.key_file.store_id if access.key_file else None
        self.generation = EMPTY  # what the database holds, as far as this process knows
        self.recorded: Generation | None = None  # what dossier.state holds

    def check(self, conn: Any) -> None:
        """Before migrations: refuse a database that does not hold the recorded generation."""
        db = self.root / DB_NAME
        self.state = read_state(self.root, self.mac_key)
        key_file = self.access.key_file
        if self.state is None:
            required = key_file.keeps_state if key_file is not None else plaintext_recorded(conn)
            if required and (_event_count(conn) or _vault_has_files(self.root)):
                message = translate(
                    "Store",
                    "The store's record of its database, {record}, is missing: the database {database} "
                    "cannot "
                    "be told from an older copy",
                ).format(record=self.root / STATE_NAME, database=db)
                if self.inspect and not migrations.pending(Database(conn)):
                    self.problems.append(message)
                    return
                raise RolledBack(
                    translate("Store", "{message}. Nothing was changed. {recovery_hint}").format(
                        message=message, recovery_hint=recovery_hint()
                    )
                )
            return
        if key_file is not None and self.state.store_id != key_file.store_id:
            raise RolledBack(
                translate(
                    "Store",
                    "{record} belongs to another store than {key_file}. Nothing was changed. {recovery_hint}",
                ).format(
                    record=self.root / STATE_NAME,
                    key_file=self.root / KEYS_NAME,
                    recovery_hint=recovery_hint(),
                )
            )
        self.store_id = self.state.store_id
        problem = rollback_problem(conn, self.state.generation, db)
        if problem:
            message = translate(
                "Store",
                "The database {database} is older than this store's record of it ({record}): {problem}",
            ).format(database=db, record=STATE_NAME, problem=problem)
            if self.inspect and not migrations.pending(Database(conn)):
                self.problems.append(message)
                return
            raise RolledBack(
                translate("Store", "{message}. Nothing was changed. {recovery_hint}").format(
                    message=message, recovery_hint=recovery_hint()
                )
            )
        self.recorded = self.state.generation

    def catch_up(self, db: Database) -> None:
        """After migrations: record the database's generation if the record is behind or missing."""
        conn = db.conn
        self.generation = db_generation(conn)
        if self.problems:
            return  # opened to be checked: the record stays as it was
        encrypted = self.access.key_file is not None
        if self.state is None or self.state.encrypted != encrypted or self.recorded is None:
            self.recorded = None
        self._write(conn)
        try:
            if self.access.key_file is not None and not self.access.key_file.keeps_state:
                if self.recorded is not None:
                    self.access.key_file.keeps_state = True
                    self.access.key_file.write(self.root / KEYS_NAME)
            elif self.access.key_file is None and self.recorded is not None and not plaintext_recorded(conn):
                with db.atomic():
                    conn.execute(
                        "INSERT INTO preferences (key, value) VALUES (?, 'recorded')"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        [STATE_PREFERENCE],
                    )
        except (OSError, DossierError, *DatabaseError) as exc:  # type: ignore[misc]
            logs.error("store.keeper.catch_up", exc)  # a full disk: the record is made at a later opening

    def record(self, conn: Any) -> None:
        """After a commit: one atomic write when the event log grew."""
        if self.problems:
            return
        self.generation = advanced(conn, self.generation)
        self._write(conn)

    def _write(self, conn: Any) -> None:
        if self.recorded is not None and self.recorded.same(self.generation):
            return
        state = new_state(self.store_id, self.access.key_file is not None, self.generation)
        try:
            write_state(self.root, state, self.mac_key)
        except (OSError, DossierError) as exc:
            logs.error("store.keeper.write", exc)
            return  # committed all the same: the record stays behind, which a later opening accepts
        self.store_id = state.store_id
        self.state = state
        self.recorded = self.generation


def _has_table(conn: Any, name: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
        is not None
    )


def _event_count(conn: Any) -> int:
    try:
        if not _has_table(conn, "events"):
            return 0  # a new database
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    except DatabaseError as exc:  # unreadable: what opens the database says so
        logs.error("store.keeper.event_count", exc)
        return 0


def plaintext_recorded(conn: Any) -> bool:
    """Whether a plaintext store's database says its record (dossier.state) was made."""
    try:
        if not _has_table(conn, "preferences"):
            return False  # a new database, or one older than the preferences
        row = conn.execute("SELECT value FROM preferences WHERE key = ?", [STATE_PREFERENCE]).fetchone()
    except DatabaseError as exc:  # unreadable: what opens the database says so
        logs.error("store.keeper.plaintext_recorded", exc)
        return False
    return row is not None
