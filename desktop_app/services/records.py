"""A case's records: charges, contacts (with their promises) and tasks: add, edit, tick off,
trash and restore.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from desktop_app import logs
from desktop_app.domain import dates
from desktop_app.domain.models import (
    Communication,
    Purchase,
    Task,
)
from desktop_app.domain.validation import (
    communication_problems,
    purchase_problems,
    task_problems,
)
from desktop_app.domain.vocab import TaskKind
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import translate, translate_n
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    not_text_problems,
    refuse,
    utc_now,
)

if TYPE_CHECKING:
    pass


# The store preference that keeps the time zone of the contact logged last.
LAST_CONTACT_ZONE = "last_contact_zone"


# What a change to a row of each table is about.
SUBJECT_OF_TABLE = {"purchases": Subject.PURCHASE, "communications": Subject.CONTACT, "tasks": Subject.TASK}


# The records of a case that are edited in place and go to the trash as a row.
Record = TypeVar("Record", Purchase, Communication, Task)


class RecordServices(ServiceCore):
    """The use cases of a case's charges, contacts and tasks."""

    def add_purchase(self, case_id: int, purchase: Purchase) -> int:
        """Record a charge, an authorisation hold, a refund or a credit."""
        self._store.cases.get(case_id)
        refuse(purchase_problems(purchase) + not_text_problems(purchase))
        now = utc_now()
        with self._store.transaction():
            purchase_id = self._store.records.insert_purchase(
                case_id, purchase, self._store.records.next_position("purchases", case_id)
            )
            self._log(
                "purchase.add",
                f"{purchase.kind.english_label} of {purchase.amount} {purchase.currency} on {purchase.date}",
                case_id,
                "purchase",
                purchase_id,
                now,
            )
            self._store.cases.touch(case_id, now)
        self._notify(Change(Subject.PURCHASE, Action.ADDED, case_id, (purchase_id,)))
        return purchase_id

    def log_communication(
        self, case_id: int, contact: Communication, *, zone: str | None = None
    ) -> tuple[int, int | None]:
        """Record a contact; what the merchant promised, with its date, becomes a task.

        ``zone`` is the IANA time zone the contact's moment was given in ("Europe/Warsaw"): it is
        remembered as the last zone used (see :meth:`last_contact_zone`). A moment in a zoneinfo
        zone gives its zone without it.

        Returns the communication's id and the new task's id (None without a dated promise).
        """
        self._store.cases.get(case_id)
        refuse(communication_problems(contact) + not_text_problems(contact))
        if zone is None and isinstance(contact.at.tzinfo, ZoneInfo):
            zone = contact.at.tzinfo.key
        if zone is not None:
            zone = _zone_name(zone)
        now = utc_now()
        task_id = None
        with self._store.transaction():
            if zone is not None:
                self._store.events.set_preference(LAST_CONTACT_ZONE, zone)
            contact_id = self._add_contact(case_id, contact, now)
            if contact.promised_action and contact.promised_by:
                if contact.representative:
                    title = translate("Services", "Check: {promise} ({who})").format(
                        promise=contact.promised_action, who=contact.representative
                    )
                else:
                    title = translate("Services", "Check: {promise}").format(promise=contact.promised_action)
                task = Task(
                    title=title,
                    due=contact.promised_by,
                    kind=TaskKind.PROMISE,
                    communication_id=contact_id,
                )
                task_id = self._store.records.insert_task(
                    case_id, task, self._store.records.next_position("tasks", case_id)
                )
                self._log("task.add", f"Task “{task.title}” due {task.due}", case_id, "task", task_id, now)
            self._store.cases.touch(case_id, now)
        self._notify(Change(Subject.CONTACT, Action.ADDED, case_id, (contact_id,)))
        return contact_id, task_id

    def last_contact_zone(self) -> str | None:
        """The time zone of the contact logged last ("Europe/Warsaw"), None before the first one."""
        value = self._store.events.preference(LAST_CONTACT_ZONE)
        try:
            return _zone_name(value) if value else None
        except InvalidInputError as exc:
            logs.error("services.last_contact_zone", exc)
            return None  # a zone this computer no longer knows: as if none had been used

    def set_last_contact_zone(self, zone: str) -> str:
        """Remember ``zone`` as the last time zone used for a contact; refuses an unknown zone."""
        name = _zone_name(zone)
        with self._store.transaction():
            self._store.events.set_preference(LAST_CONTACT_ZONE, name)
        self._notify(Change(Subject.PREFERENCES, Action.EDITED))
        return name

    def update_purchase(self, purchase: Purchase) -> Purchase:
        """Save an edited charge or refund; returns it as it was, for undo."""
        if purchase.id is None:
            raise InvalidInputError(translate("Services", "This charge is not saved yet."))
        refuse(purchase_problems(purchase) + not_text_problems(purchase))
        before = self._store.records.purchase(purchase.id)
        return self._save_record(
            "purchases",
            before,
            purchase,
            self._store.records.update_purchase,
            f"{purchase.kind.english_label} of {purchase.amount} {purchase.currency} on {purchase.date} "
            "edited",
        )

    def update_communication(self, contact: Communication) -> Communication:
        """Save an edited contact; returns it as it was, for undo (its task is left as it is)."""
        if contact.id is None:
            raise InvalidInputError(translate("Services", "This contact is not saved yet."))
        refuse(communication_problems(contact) + not_text_problems(contact))
        before = self._store.records.communication(contact.id)
        return self._save_record(
            "communications",
            before,
            contact,
            self._store.records.update_communication,
            f"{contact.channel.english_label} at {contact.at.isoformat()} edited",
        )

    def add_task(self, case_id: int, task: Task, *, also_after: Sequence[int] = ()) -> int:
        """A deadline, a task or a reminder of the user's own; returns its id.

        ``also_after`` repeats it that many days after its date, as a dunning schedule does
        (renewal, then +2, +4, +21, +29 days): one task each, all saved together.
        """
        self._store.cases.get(case_id)
        refuse(task_problems(task) + not_text_problems(task))
        if also_after and task.due is None:
            raise InvalidInputError(translate("Services", "Days after need a date to count from."))
        now = utc_now()
        added: list[int] = []
        with self._store.transaction():
            for days in sorted(set(also_after)):
                assert task.due is not None
                repeat = replace(
                    task,
                    id=None,
                    title=translate_n("Services", "{title} (+%n d)", days).format(title=task.title.strip()),
                    due=task.due + timedelta(days=days),
                )
                repeat_id = self._store.records.insert_task(
                    case_id, repeat, self._store.records.next_position("tasks", case_id)
                )
                self._log(
                    "task.add",
                    f"{task.kind.english_label} “{repeat.title}” due {repeat.due}",
                    case_id,
                    "task",
                    repeat_id,
                    now,
                )
                added.append(repeat_id)
            task_id = self._store.records.insert_task(
                case_id,
                replace(task, id=None, title=task.title.strip()),
                self._store.records.next_position("tasks", case_id),
            )
            due = f" due {task.due}" if task.due else ""
            self._log(
                "task.add", f"{task.kind.english_label} “{task.title}”{due}", case_id, "task", task_id, now
            )
            self._store.cases.touch(case_id, now)
        self._notify(Change(Subject.TASK, Action.ADDED, case_id, (*added, task_id)))
        return task_id

    def update_task(self, task: Task) -> Task:
        """Save an edited task or deadline (done or not); returns it as it was, for undo."""
        if task.id is None:
            raise InvalidInputError(translate("Services", "This task is not saved yet."))
        refuse(task_problems(task) + not_text_problems(task))
        before = self._store.records.task(task.id)
        return self._save_record(
            "tasks",
            before,
            replace(task, title=task.title.strip()),
            self._store.records.update_task,
            f"“{task.title}” edited",
        )

    def set_task_done(self, task_id: int, done: bool) -> Task:
        """Tick a task off, or open it again; returns it as it was."""
        before = self._store.records.task(task_id)
        return self.update_task(replace(before, done_at=utc_now() if done else None))

    def set_record_trashed(self, table: str, record_id: int, trashed: bool) -> list[int]:
        """Move a charge (``purchases``), contact (``communications``) or task (``tasks``) to the
        trash, or bring it back. Nothing is deleted.

        A contact takes the tasks of its promise with it, in the same transaction, and brings back
        those (only those) when it is restored: a task the user had put in the trash before stays
        there. Returns the ids of the tasks that moved with the contact.
        """
        if table not in SUBJECT_OF_TABLE:
            raise InvalidInputError(
                translate("Services", "Unknown kind of record: {table}.").format(table=table)
            )
        case_id = self._store.records.case_of(table, record_id)
        now = utc_now()
        entity = table.removesuffix("s")
        with self._store.transaction():
            if table != "communications":
                followers: list[int] = []
            elif trashed:
                followers = [
                    t.id
                    for t in self._store.records.tasks(case_id)
                    if t.communication_id == record_id and t.id
                ]
            else:
                followers = self._tasks_trashed_with(case_id, record_id)
            self._store.records.set_trashed(table, record_id, now if trashed else None)
            self._log(
                f"{entity}.{'trash' if trashed else 'restore'}",
                f"{entity.capitalize()} #{record_id} {'moved to the trash' if trashed else 'restored'}",
                case_id,
                entity,
                record_id,
                now,
            )
            for task_id in followers:
                self._store.records.set_trashed("tasks", task_id, now if trashed else None)
                self._log(
                    f"task.{'trash' if trashed else 'restore'}",
                    f"Task #{task_id} {'moved to the trash' if trashed else 'restored'}"
                    f" with contact #{record_id}",
                    case_id,
                    "task",
                    task_id,
                    now,
                )
            self._store.cases.touch(case_id, now)
        action = Action.TRASHED if trashed else Action.RESTORED
        self._notify(Change(SUBJECT_OF_TABLE[table], action, case_id, (record_id,)))
        return followers

    def _tasks_trashed_with(self, case_id: int, contact_id: int) -> list[int]:
        """The tasks that went to the trash with the contact the last time it did, and are still there.

        The event log records which: the contact's trash entry and, right after it in the same
        transaction and at the same moment, one entry per task that went with it.
        """
        events = self._store.events.all(case_id)
        last = next(
            (
                i
                for i in range(len(events) - 1, -1, -1)
                if events[i].action == "communication.trash" and events[i].entity_id == contact_id
            ),
            None,
        )
        if last is None:
            return []
        moved: list[int] = []
        for event in events[last + 1 :]:
            if event.action != "task.trash" or event.at != events[last].at or event.entity_id is None:
                break
            moved.append(event.entity_id)
        open_ids = {t.id for t in self._store.records.tasks(case_id)}
        return [
            task_id
            for task_id in moved
            if task_id not in open_ids and self._store.records.task(task_id).communication_id == contact_id
        ]

    def _save_record(
        self, table: str, before: Record, edited: Record, update: Callable[[Record], None], summary: str
    ) -> Record:
        assert edited.id is not None
        case_id = self._store.records.case_of(table, edited.id)
        now = utc_now()
        with self._store.transaction():
            update(replace(edited, case_id=case_id))
            entity = table.removesuffix("s")
            self._log(f"{entity}.edit", summary, case_id, entity, edited.id, now)
            self._store.cases.touch(case_id, now)
        self._notify(Change(SUBJECT_OF_TABLE[table], Action.EDITED, case_id, (edited.id,)))
        return before


def _zone_name(zone: str) -> str:
    """An IANA time zone's name as zoneinfo knows it; InvalidInputError for anything else."""
    try:
        found = dates.zone(zone)
    except dates.DateInputError as exc:
        raise InvalidInputError(str(exc)) from None
    return found.key if isinstance(found, ZoneInfo) else zone.strip()
