"""The open deadlines as an iCalendar file, for reminders outside the window."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app.domain.deadlines import label
from desktop_app.domain.ics import CalendarItem, calendar_text
from desktop_app.domain.money import format_money
from desktop_app.errors import InvalidInputError
from desktop_app.fileio import OutputRefused, atomic_write, check_output
from desktop_app.i18n import translate
from desktop_app.services.cases import CaseServices
from desktop_app.services.results import CaseDeadline


class CalendarServices(CaseServices):
    """The deadlines of :class:`~desktop_app.services.cases.CaseServices`, written as a calendar."""

    def calendar_items(self, case_id: int | None = None, today: date | None = None) -> list[CalendarItem]:
        """The open deadlines (due today or later) of one case, or of every open case, as events."""
        today = today or date.today()
        found = self.deadlines(case_id, today)
        titles: dict[int, str] = {}
        items = []
        for d in found:
            if d.days_left < 0:
                continue
            if d.case_id not in titles:
                titles[d.case_id] = self._store.cases.get(d.case_id).title
            items.append(calendar_item(d, titles[d.case_id]))
        return items

    def write_calendar(
        self,
        path: Path,
        case_id: int | None = None,
        today: date | None = None,
        *,
        force: bool = False,
    ) -> int:
        """Write the open deadlines to ``path`` as an iCalendar file; returns how many events.

        ``path`` goes through the output gate (never inside a store folder, never onto something
        that is not a regular file, an existing file only with ``force``) and its folder must
        exist. The file is written atomically (the old one or the whole new one). With no open
        deadline nothing is written: a calendar must hold at least one event (RFC 5545 3.6).
        """
        target = _calendar_target(path, force=force)
        items = self.calendar_items(case_id, today)
        if not items:
            if case_id is not None:
                text = translate(
                    "Services",
                    "{path}: not written: case {number} has no open deadline (none due today or later) "
                    "to put in a calendar",
                )
            else:
                text = translate(
                    "Services",
                    "{path}: not written: no open case has an open deadline (none due today or later) "
                    "to put in a calendar",
                )
            raise InvalidInputError(text.format(path=path, number=case_id))
        text = calendar_text(items, now=datetime.now(UTC))
        atomic_write(target, text.encode("utf-8"))
        self._log_done("calendar.write", f"{len(items)} deadline(s) written to {target.name}", case_id)
        return len(items)


def _calendar_target(path: Path, *, force: bool) -> Path:
    """``path`` checked as an output, with a folder that exists and is a folder."""
    raw = os.fspath(path)
    if not raw.strip() or "\x00" in raw:
        raise OutputRefused(
            translate("Services", "{name} is not a file name: name the .ics file to write").format(
                name=repr(raw)
            )
        )
    target = check_output(Path(raw), force=force, what="calendar")
    folder = target.parent
    if not folder.exists():
        raise OutputRefused(
            translate(
                "Services", "{path}: the folder {folder} does not exist; create it or choose another place"
            ).format(path=path, folder=folder)
        )
    if not folder.is_dir():
        raise OutputRefused(
            translate(
                "Services", "{path}: {folder} is not a folder; choose another place for the calendar"
            ).format(path=path, folder=folder)
        )
    return target


def calendar_item(deadline: CaseDeadline, case_title: str) -> CalendarItem:
    """One deadline of a case as a calendar event's facts."""
    charge = deadline.charge  # the charge the rule counts from, if any
    charge_text = charge_key = ""
    if charge is not None:
        words = [charge.date.isoformat(), format_money(charge.amount, charge.currency, "en")]
        if charge.description:
            words.append(str(charge.description))
        charge_text = ", ".join(words)
        charge_key = (
            str(charge.purchase_id)
            if charge.purchase_id is not None
            else f"{charge.date.isoformat()}-{charge.amount}"
        )
    counted = deadline.counted_from
    return CalendarItem(
        case_id=deadline.case_id,
        case_title=case_title,
        rule_id=deadline.rule_id,
        title=deadline.title,
        due=deadline.due,
        counted_from=f"the {label(counted)}" if counted else "",
        source=deadline.source,
        note=deadline.note,
        charge=charge_text,
        charge_key=charge_key,
        working_day_note=deadline.working_day_note,
        acts_by=deadline.acts_by,
    )
