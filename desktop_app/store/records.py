"""A case's records: its charges (purchases), its contacts (communications) and its tasks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop_app.domain.models import Communication, Purchase, Task
from desktop_app.errors import NotFoundError
from desktop_app.i18n import translate
from desktop_app.store.rows import COMMUNICATIONS, PURCHASES, RECORD_KEYS, TASKS
from desktop_app.store.sql import Row, Sql, iso, one_case

RECORD_TABLES = ("purchases", "communications", "tasks")
_NOUNS = {"purchases": "charge", "communications": "contact", "tasks": "task"}


def _not_found(noun: str, record_id: int) -> str:
    """ "There is no charge 12.": the refusal of a record that is not there, in the process's language."""
    said = {
        "charge": translate("Store", "There is no charge {id}."),
        "contact": translate("Store", "There is no contact {id}."),
        "task": translate("Store", "There is no task {id}."),
    }.get(noun)
    if said is None:
        said = translate("Store", "There is no {what} {id}.").format(what=noun, id="{id}")
    return said.format(id=record_id)


class RecordRepository:
    """``store.records``: for each kind of record (purchase, communication, task) the case's live
    ones in their order, one by id, insert and update; and for all three ``case_of``,
    ``set_trashed`` and ``next_position`` by table name (``RECORD_TABLES``); ``open_dated_tasks``
    and ``disputed_charges_by_case`` of one case or of all, in one query."""

    def __init__(self, sql: Sql) -> None:
        self._sql = sql

    # ------------------------------------------------------------------ purchases

    def purchases(self, case_id: int) -> list[Purchase]:
        return self._sql.objects(
            PURCHASES,
            "SELECT * FROM purchases WHERE case_id = ? AND trashed_at IS NULL ORDER BY date, position, id",
            [case_id],
        )

    def disputed_charges_by_case(self, case_id: int | None = None) -> dict[int, list[Purchase]]:
        """For every case with any (or the one), in one query, its live charges (kind ``charge``)
        and the records marked disputed, in their order: what the rules count from (a superset of
        ``domain.amounts.disputed_charges``, which picks among them)."""
        only, params = one_case("case_id", case_id)
        found: dict[int, list[Purchase]] = {}
        for p in self._sql.objects(
            PURCHASES,
            "SELECT * FROM purchases WHERE trashed_at IS NULL AND (kind = 'charge' OR disputed = 1)"
            f"{only} ORDER BY case_id, date, position, id",
            params,
        ):
            found.setdefault(p.case_id or 0, []).append(p)
        return found

    def purchase(self, purchase_id: int) -> Purchase:
        return PURCHASES.from_row(self._record("purchases", purchase_id))

    def insert_purchase(self, case_id: int, p: Purchase, position: int = 0) -> int:
        return self._insert("purchases", case_id, PURCHASES.to_row(p, exclude=RECORD_KEYS), position)

    def update_purchase(self, p: Purchase) -> None:
        self._sql.update("purchases", p.id, PURCHASES.to_row(p, exclude=RECORD_KEYS))

    # ------------------------------------------------------------------ communications

    def communications(self, case_id: int) -> list[Communication]:
        return self._sql.objects(
            COMMUNICATIONS,
            "SELECT * FROM communications WHERE case_id = ? AND trashed_at IS NULL"
            " ORDER BY at_utc, position, id",
            [case_id],
        )

    def communication(self, communication_id: int) -> Communication:
        return COMMUNICATIONS.from_row(self._record("communications", communication_id))

    def insert_communication(self, case_id: int, c: Communication, position: int = 0) -> int:
        return self._insert(
            "communications", case_id, COMMUNICATIONS.to_row(c, exclude=RECORD_KEYS), position
        )

    def update_communication(self, c: Communication) -> None:
        self._sql.update("communications", c.id, COMMUNICATIONS.to_row(c, exclude=RECORD_KEYS))

    # ------------------------------------------------------------------ tasks

    def tasks(self, case_id: int) -> list[Task]:
        return self._sql.objects(
            TASKS,
            "SELECT * FROM tasks WHERE case_id = ? AND trashed_at IS NULL"
            " ORDER BY due IS NULL, due, position, id",
            [case_id],
        )

    def task(self, task_id: int) -> Task:
        return TASKS.from_row(self._record("tasks", task_id))

    def insert_task(self, case_id: int, t: Task, position: int = 0) -> int:
        return self._insert("tasks", case_id, TASKS.to_row(t, exclude=RECORD_KEYS), position)

    def update_task(self, t: Task) -> None:
        self._sql.update("tasks", t.id, TASKS.to_row(t, exclude=RECORD_KEYS))

    def open_dated_tasks(self, case_id: int | None = None) -> list[Task]:
        """The tasks with a date not yet done, of one case or of all, in a single query."""
        where = " AND case_id = ?" if case_id is not None else ""
        return self._sql.objects(
            TASKS,
            "SELECT * FROM tasks WHERE trashed_at IS NULL AND done_at IS NULL AND due IS NOT NULL"
            f"{where} ORDER BY due, position, id",
            [case_id] if case_id is not None else [],
        )

    # ------------------------------------------------------------------ any kind

    def case_of(self, table: str, record_id: int) -> int:
        """The case a charge, contact or task belongs to (trashed or not)."""
        return int(self._record(table, record_id, "item")["case_id"])

    def set_trashed(self, table: str, record_id: int, when: datetime | None) -> None:
        assert table in RECORD_TABLES
        self._sql.write(f"UPDATE {table} SET trashed_at = ? WHERE id = ?", [iso(when), record_id])

    def next_position(self, table: str, case_id: int) -> int:
        """The place after the last record of the case in ``table`` (records keep their order)."""
        assert table in (*RECORD_TABLES, "evidence")
        found = self._sql.value(
            f"SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE case_id = ?", [case_id]
        )
        return int(found)

    def _record(self, table: str, record_id: int, noun: str | None = None) -> Row:
        assert table in RECORD_TABLES
        row = self._sql.row(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if row is None:
            raise NotFoundError(_not_found(noun or _NOUNS[table], record_id))
        return row

    def _insert(self, table: str, case_id: int, row: dict[str, Any], position: int) -> int:
        return self._sql.insert(table, {"case_id": case_id, **row, "position": position})
