"""What a use case changed, as a typed event the views read to reload only what they show.

Every service change notifies its subscribers with one :class:`Change`: which case (or none,
for the store as a whole), which kind of record, what happened to it, and which records.
A view that shows a case's page reloads it when ``case_id`` is that case; the case list
updates the one row of ``case_id``; ``Subject.STORE`` means "everything may differ"
(a restore, an unlock, an encryption change), and every view reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Subject(StrEnum):
    """The kind of record a change is about."""

    CASE = "case"  # the case itself: created, edited, archived, trashed, duplicated, imported
    PURCHASE = "purchase"  # a disputed charge
    CONTACT = "contact"  # a contact with the merchant (a communication)
    TASK = "task"
    EVIDENCE = "evidence"
    PACK = "pack"  # a pack was built for the case
    PREFERENCES = "preferences"  # the store's preferences (own addresses, last time zone)
    STORE = "store"  # the store as a whole: every view reloads


class Action(StrEnum):
    """What happened to the records."""

    ADDED = "added"
    EDITED = "edited"
    TRASHED = "trashed"
    RESTORED = "restored"
    DELETED = "deleted"  # gone for good
    REPLACED = "replaced"  # the store was restored, unlocked, re-keyed: reread everything


@dataclass(frozen=True)
class Change:
    """One change: ``case_id`` None when it is not about one case (preferences, the store)."""

    subject: Subject
    action: Action
    case_id: int | None = None
    record_ids: tuple[int, ...] = ()

    @property
    def touches_case_list(self) -> bool:
        """Whether a row of the case list may show something else now (title, counts, dates)."""
        return self.subject is not Subject.PREFERENCES

    def __str__(self) -> str:
        where = f" in case {self.case_id}" if self.case_id is not None else ""
        ids = f" {', '.join(map(str, self.record_ids))}" if self.record_ids else ""
        return f"{self.subject.value}{ids} {self.action.value}{where}"


Listener = Callable[[Change], None]
