"""Numbered schema migrations, each run once per database in order, inside a transaction.

Kept in the table sqlite-utils' ``Migrations`` keeps (``_sqlite_migrations``, the same
columns and unique index), so that every store made so far reads the same; written here so
that opening a store does not import sqlite-utils (70 ms of every start). A database works
through :class:`~desktop_app.store.connection.Database` or a ``sqlite_utils.Database``
(tests make old databases with one): anything with ``execute``, ``atomic`` and ``conn``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

TABLE = "_sqlite_migrations"
_CREATE = (
    f'CREATE TABLE "{TABLE}" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n'
    '   "name" TEXT,\n   "applied_at" TEXT\n)'
)
_INDEX = f'CREATE UNIQUE INDEX "idx_{TABLE}_migration_set_name"\n    ON "{TABLE}" ("migration_set", "name")'

Migration = Callable[[Any], None]


@dataclass(frozen=True)
class Step:
    name: str
    fn: Migration


@dataclass(frozen=True)
class Applied:
    name: str
    applied_at: str


class Migrations:
    """One set of migrations: ``@migrations()`` registers the next one (named after its function)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[Step] = []

    def __call__(self) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            assert all(step.name != fn.__name__ for step in self._steps), f"{fn.__name__} twice"
            self._steps.append(Step(fn.__name__, fn))
            return fn

        return register

    def applied(self, db: Any) -> list[Applied]:
        """The migrations of this set the database has had, in the order they ran (reads only)."""
        if not _has_table(db):
            return []
        rows = db.execute(
            f'SELECT name, applied_at FROM "{TABLE}" WHERE migration_set = ? ORDER BY rowid', [self.name]
        ).fetchall()
        return [Applied(str(name), str(applied_at)) for name, applied_at in rows]

    def pending(self, db: Any) -> list[Step]:
        """The migrations still to run (reads only)."""
        done = {applied.name for applied in self.applied(db)}
        return [step for step in self._steps if step.name not in done]

    def apply(self, db: Any, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Run the pending migrations, each with the record of it in one transaction; stop before
        ``stop_before`` (for tests making an older database). Nothing is written when none is
        pending."""
        stop = {stop_before} if isinstance(stop_before, str) else set(stop_before or ())
        done = {applied.name for applied in self.applied(db)}
        if stop & done:
            raise ValueError(
                f"Cannot stop before {sorted(stop & done)} in set '{self.name}': already applied"
            )
        pending = [step for step in self._steps if step.name not in done]
        if not pending:
            return
        self._ensure_table(db)
        for step in pending:
            if step.name in stop:
                return
            with db.atomic():
                step.fn(db)
                db.execute(
                    f'INSERT INTO "{TABLE}" (migration_set, name, applied_at) VALUES (?, ?, ?)',
                    [self.name, step.name, str(datetime.now(UTC))],
                )

    def _ensure_table(self, db: Any) -> None:
        if not _has_table(db):
            with db.atomic():
                db.execute(_CREATE)
                db.execute(_INDEX)
            return
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{TABLE}")').fetchall()]
        if "id" not in columns:  # the layout of an older sqlite-utils: it knows how to bring it up to date
            from sqlite_utils import Database
            from sqlite_utils.migrations import Migrations as Older

            Older(self.name).ensure_migrations_table(Database(db.conn))


def _has_table(db: Any) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]).fetchone()
    return found is not None
