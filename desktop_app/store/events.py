"""The event log (each entry chained to the one before it by a hash) and the store's preferences."""

from __future__ import annotations

from desktop_app.domain.eventlog import GENESIS, entry_hash
from desktop_app.domain.models import Event
from desktop_app.store.rows import EVENTS
from desktop_app.store.sql import Sql

# The fields an entry's hash covers, in the order the hash takes them (the chain's format).
HASHED = ("at", "actor", "action", "case_id", "entity", "entity_id", "summary")


class EventRepository:
    """``store.events``: log (append an entry), all (of one case or every entry), chain_problems;
    preference and set_preference (the store's own settings, kept with it)."""

    def __init__(self, sql: Sql) -> None:
        self._sql = sql

    def log(self, event: Event) -> int:
        """Append an entry, chained to the one before it (its summary's card numbers masked)."""
        row = EVENTS.to_row(event, exclude=("id",))
        fields = [row[name] for name in HASHED]
        last = self._sql.value("SELECT hash FROM events ORDER BY id DESC LIMIT 1")
        previous = str(last) if last else GENESIS
        return self._sql.insert("events", {**row, "hash": entry_hash(previous, fields)})

    def all(self, case_id: int | None = None) -> list[Event]:
        if case_id is None:
            return self._sql.objects(EVENTS, "SELECT * FROM events ORDER BY id")
        return self._sql.objects(EVENTS, "SELECT * FROM events WHERE case_id = ? ORDER BY id", [case_id])

    def chain_problems(self) -> list[str]:
        """Where the event log's chain breaks: an entry edited, removed or slipped in."""
        previous = GENESIS
        for event_id, stored, *fields in self._sql.execute(
            f"SELECT id, hash, {', '.join(HASHED)} FROM events ORDER BY id"
        ):
            expected = entry_hash(previous, fields)
            if stored != expected:
                return [
                    f"the event log is broken at entry #{event_id} ({fields[2]}, {fields[0]}): "
                    "it, or an entry before it, was changed or removed outside Dossier"
                ]
            previous = stored
        return []

    # ------------------------------------------------------------------ preferences

    def preference(self, key: str) -> str | None:
        found = self._sql.value("SELECT value FROM preferences WHERE key = ?", [key])
        return None if found is None else str(found)

    def set_preference(self, key: str, value: str | None) -> None:
        if value is None:
            self._sql.write("DELETE FROM preferences WHERE key = ?", [key])
        else:
            self._sql.write(
                "INSERT INTO preferences (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
