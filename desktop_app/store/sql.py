"""The one way the repositories reach the database: through the store's owner-checked ``db``.

:class:`Sql` runs statements for a repository: reads as dictionaries keyed by column, and writes
only inside a transaction (:meth:`Store.transaction <desktop_app.store.store.Store.transaction>`).
It never holds the database itself: each statement asks the store for it, so that every use is
checked against the owner thread (store/owner.py) and a locked store says so in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from desktop_app.store.connection import Database

Row = dict[str, Any]
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Reader(Protocol[T_co]):
    """What reads rows into objects (store/rows.py's Mapper)."""

    def reader(self, columns: Sequence[str]) -> Callable[[Sequence[Any]], T_co]: ...


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class Sql:
    """Statements for the repositories, run on the database the store hands out."""

    def __init__(self, database: Callable[[], Database]) -> None:
        self._database = database

    @property
    def db(self) -> Database:
        return self._database()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """A read (a cursor); writes go through :meth:`write`."""
        return self._database().execute(sql, list(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def objects(self, mapper: Reader[T], sql: str, params: Sequence[Any] = ()) -> list[T]:
        """The rows of a query read by ``mapper`` straight from the cursor's tuples."""
        cursor = self.execute(sql, params)
        read = mapper.reader([d[0] for d in cursor.description])
        return [read(row) for row in cursor.fetchall()]

    def row(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        found = self.execute(sql, params).fetchone()
        return None if found is None else found[0]

    def write(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Every change goes through here, and only inside a transaction."""
        db = self._database()
        if not db.conn.in_transaction:
            raise RuntimeError("store writes must run inside Store.transaction()")
        return db.execute(sql, list(params))

    def insert(self, table: str, row: Row) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.write(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        rowid = cursor.lastrowid
        assert rowid is not None
        return int(rowid)

    def update(self, table: str, record_id: int | None, row: Row) -> None:
        assert record_id is not None, f"a {table} row without an id cannot be updated"
        assignments = ", ".join(f"{column} = ?" for column in row)
        self.write(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), record_id])


def one_case(column: str, case_id: int | None) -> tuple[str, list[Any]]:
    """A condition restricting ``column`` to one case (none for every case), with its parameter."""
    return ("", []) if case_id is None else (f" AND {column} = ?", [case_id])
