"""Cases: the case list, one case's summary, the deadlines and agenda, creating, editing,
duplicating, archiving and trashing a case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.domain.amounts import disputed_charges
from desktop_app.domain.deadlines import (
    ChargeRef,
    Deadline,
    Notice,
    rule_notices,
)
from desktop_app.domain.models import (
    Case,
    Purchase,
    Task,
)
from desktop_app.domain.validation import (
    case_problems,
)
from desktop_app.domain.vocab import TaskKind
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import translate
from desktop_app.services.case_rows import CaseRows, dates_note, rule_deadlines, rules_key
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    not_text_problems,
    refuse,
    utc_now,
)
from desktop_app.services.results import (
    CaseDeadline,
    CaseSummary,
)
from desktop_app.services.rules import deadline_rules

if TYPE_CHECKING:
    pass


class CaseServices(ServiceCore):
    """The use cases of cases as a whole."""

    def list_cases(self) -> list[CaseSummary]:
        cases = self._store.cases  # the communications are counted once, in the digests
        rows = CaseRows(
            cases.evidence_counts(),
            cases.next_deadlines(),
            cases.digests(),
            date.today(),
            self._store.records.disputed_charges_by_case(),  # one grouped query, not one per case
        )
        return [rows.row(c) for c in cases.all()]

    def has_cases(self) -> bool:
        """True when the store has a case not in the trash (without listing them)."""
        return self._store.cases.any_live()

    def case_summary(self, case_id: int) -> CaseSummary:
        """One row of the case list (see :meth:`list_cases`), for the case ``case_id``."""
        cases = self._store.cases  # that one case's counts, dates and digest: a few small queries
        rows = CaseRows(
            cases.evidence_counts(case_id),
            cases.next_deadlines(case_id),
            cases.digests(case_id),
            date.today(),
            self._store.records.disputed_charges_by_case(case_id),
        )
        return rows.row(cases.get(case_id))

    def deadlines(self, case_id: int | None = None, today: date | None = None) -> list[CaseDeadline]:
        """The deadlines of one case (or of every open case): those the rules give from its facts,
        and the user's own tasks with a date not yet done; soonest first."""
        return self.deadlines_report(case_id, today)[0]

    def deadlines_report(
        self, case_id: int | None = None, today: date | None = None
    ) -> tuple[list[CaseDeadline], dict[int, str]]:
        """:meth:`deadlines`, and for each case whose dates cannot be counted from (a year 9999
        written by another program) why: that case's rules give nothing, the others are listed."""
        today = today or date.today()
        cases = [self._store.cases.get(case_id)] if case_id is not None else self._store.cases.all()
        notes: dict[int, str] = {}
        dated: dict[int, list[Task]] = {}
        for task in self._store.records.open_dated_tasks(case_id):  # one query, not one per case
            dated.setdefault(task.case_id or 0, []).append(task)
        found: list[CaseDeadline] = []
        ruled: dict[tuple[object, ...], list[tuple[Deadline, int]]] = {}
        charges_of = self._store.records.disputed_charges_by_case(case_id)  # one query for all cases
        for case in cases:
            if case_id is None and case.archived_at is not None:
                continue
            assert case.id is not None
            note = dates_note(case)
            if note:
                notes[case.id] = note
            charges = disputed_charges(charges_of.get(case.id, []))
            key = rules_key(case, charges)  # cases alike in what the rules read share their deadlines
            if key not in ruled:
                ruled[key] = _indexed(rule_deadlines(case, today, charges), charges)
            for d, index in ruled[key]:
                charge = d.charge if index < 0 else ChargeRef.of(charges[index])  # this case's own
                found.append(
                    CaseDeadline(
                        case.id,
                        d.rule_id,
                        d.title,
                        d.kind,
                        d.due,
                        d.days_left,
                        d.source,
                        d.note,
                        d.counted_from,
                        charge=charge,
                        working_day_note=d.working_day_note,
                        acts_by=d.acts_by,
                        party=d.party,
                    )
                )
            for task in dated.get(case.id, []):
                assert task.due is not None
                source = "a promise you logged" if task.kind is TaskKind.PROMISE else "you"
                found.append(
                    CaseDeadline(
                        case.id,
                        f"task:{task.id}",
                        task.title,
                        task.kind.value,
                        task.due,
                        (task.due - today).days,
                        source,
                        task.note or "",
                    )
                )
        return sorted(found, key=_deadline_order), notes

    def deadline_notices(self, case_id: int) -> list[Notice]:
        """The rights of a case that have no deadline of their own (UK Section 75, a recall of a
        bank transfer, a card network whose limit is not known), each with its source."""
        case = self._store.cases.get(case_id)
        charges = disputed_charges(self._store.records.disputed_charges_by_case(case_id).get(case_id, []))
        return rule_notices(case, deadline_rules(), charges)

    def create_case(self, case: Case) -> int:
        """A new case from what the user entered; refuses an empty title or merchant."""
        if not case.title.strip():
            raise InvalidInputError(
                translate(
                    "Services", "A case needs a title, such as “Gym membership charged after cancelling”."
                )
            )
        if not case.merchant.name.strip():
            raise InvalidInputError(translate("Services", "A case needs the merchant's name."))
        refuse(case_problems(case) + not_text_problems(case))
        now = utc_now()
        with self._store.transaction():
            case_id = self._store.cases.insert(replace(case, id=None, created_at=None, updated_at=None), now)
            self._log("case.create", f"Case “{case.title}” created", case_id, "case", case_id, now)
        self._notify(Change(Subject.CASE, Action.ADDED, case_id, (case_id,)))
        return case_id

    def update_case(self, case: Case) -> Case:
        """Save the edited facts of a case; returns the case as it was, for undo."""
        if case.id is None:
            raise InvalidInputError(translate("Services", "This case is not saved yet."))
        before = self._store.cases.get(case.id)
        if not case.title.strip() or not case.merchant.name.strip():
            raise InvalidInputError(translate("Services", "A case needs a title and the merchant's name."))
        refuse(case_problems(case) + not_text_problems(case))
        now = utc_now()
        with self._store.transaction():
            self._store.cases.update(
                replace(case, archived_at=before.archived_at, trashed_at=before.trashed_at), now
            )
            self._log("case.edit", f"Case “{case.title}” edited", case.id, "case", case.id, now)
        self._notify(Change(Subject.CASE, Action.EDITED, case.id, (case.id,)))
        return before

    def duplicate_case(self, case_id: int) -> int:
        """A new case with the same facts (merchant, reason, payment, dates), for a similar dispute."""
        case = self._store.cases.get(case_id)
        title = translate("Services", "{title} (copy)").format(title=case.title)
        copy = replace(case, title=title, archived_at=None, trashed_at=None)
        return self.create_case(copy)

    def set_case_archived(self, case_id: int, archived: bool) -> Case:
        """Archive a case (it stays, out of the way) or bring it back; returns the case as it was."""
        return self._set_case_flags(case_id, archived=archived)

    def set_case_trashed(self, case_id: int, trashed: bool) -> Case:
        """Move a case to the trash or restore it; nothing is deleted. Returns the case as it was."""
        return self._set_case_flags(case_id, trashed=trashed)

    def trashed_cases(self) -> list[Case]:
        return self._store.cases.all(trashed_only=True)

    def _set_case_flags(
        self, case_id: int, *, archived: bool | None = None, trashed: bool | None = None
    ) -> Case:
        before = self._store.cases.get(case_id)
        now = utc_now()
        archived_at = before.archived_at if archived is None else (now if archived else None)
        trashed_at = before.trashed_at if trashed is None else (now if trashed else None)
        action = (
            ("case.archive" if archived else "case.unarchive")
            if archived is not None
            else ("case.trash" if trashed else "case.restore")
        )
        with self._store.transaction():
            self._store.cases.set_flags(case_id, archived_at=archived_at, trashed_at=trashed_at)
            self._log(action, f"Case “{before.title}”: {action.split('.')[1]}", case_id, "case", case_id, now)
        what = Action.EDITED if trashed is None else (Action.TRASHED if trashed else Action.RESTORED)
        self._notify(Change(Subject.CASE, what, case_id, (case_id,)))
        return before


def _indexed(found: list[Deadline], charges: Sequence[Purchase]) -> list[tuple[Deadline, int]]:
    """Each deadline with the place of its charge among ``charges`` (-1: counted from a case date)."""
    places = {p.id: index for index, p in enumerate(charges)}
    return [(d, -1 if d.charge is None else places.get(d.charge.purchase_id, -1)) for d in found]


def _deadline_order(d: CaseDeadline) -> tuple[object, ...]:
    return (d.due, d.case_id, d.rule_id, d.charge.date if d.charge else date.min)
