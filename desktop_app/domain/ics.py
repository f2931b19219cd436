"""Deadlines as an iCalendar file (RFC 5545), so that reminders come outside the window. No I/O.

One all-day ``VEVENT`` per item: ``DTSTART;VALUE=DATE`` on the due day and ``DTEND;VALUE=DATE``
the day after (RFC 5545 3.6.1: the end of an all-day event is exclusive), with a display alarm
a few days before. The text follows the standard exactly:

- every line ends in CRLF (3.1);
- a line longer than 75 octets is folded: CRLF and one space, never inside a UTF-8 character;
- TEXT values escape backslash, semicolon, comma and newline (3.3.11), and drop the control
  characters TEXT may not hold;
- ``DTSTAMP`` is the moment the file was made, in UTC (3.8.7.2);
- a card number or an IBAN in the user's words is masked, as in the pack and the letters;
- ``UID`` is the same for the same case, rule and charge each time the file is made, so that a
  calendar that imports it again updates the event instead of adding a second one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.redact import mask_sensitive
from desktop_app.i18n import translate

PRODID = "-//Dossier//Dossier deadlines//EN"
ALARM_DAYS = 3
LINE_OCTETS = 75
CRLF = "\r\n"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # TEXT holds no control character but HTAB (3.3.11)
_UID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class CalendarItem:
    """One open deadline, as the calendar shows it.

    ``charge`` says which charge the rule counts from, in words ("3 October 2026, 1,440.00 PLN,
    12 licences"), or "" when it counts from a case date; ``charge_key`` identifies that charge
    for the UID (its record id, or its date and amount), "" when there is none.
    """

    case_id: int
    case_title: str
    rule_id: str
    title: str
    due: date
    counted_from: str = ""
    source: str = ""
    note: str = ""
    charge: str = ""
    charge_key: str = ""
    working_day_note: str = ""  # the due day is a weekend day or a public holiday
    acts_by: date | None = None  # then: the working day before, by which to act

    @property
    def uid(self) -> str:
        parts = [f"case{self.case_id}", self.rule_id]
        if self.charge_key:
            parts.append(f"charge{self.charge_key}")
        return "-".join(_UID_UNSAFE.sub("_", part).strip("_") or "_" for part in parts) + "@dossier"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """The content line folded at 75 octets (RFC 5545 3.1), each break CRLF and one space; a UTF-8
    character is never split. The result ends with CRLF."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_OCTETS:
        return line + CRLF
    pieces: list[str] = []
    limit = LINE_OCTETS  # the first line has 75 octets; the next ones a space and 74
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces) + CRLF


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def describe(item: CalendarItem) -> str:
    """The event's description: the rule, what it counts from, the charge, the note, the source."""
    lines = [translate("Calendar", "Rule: {title} ({rule})").format(title=item.title, rule=item.rule_id)]
    if item.counted_from:
        lines.append(translate("Calendar", "Counted from: {start}").format(start=item.counted_from))
    if item.charge:
        lines.append(translate("Calendar", "Charge: {charge}").format(charge=item.charge))
    if item.acts_by is not None and item.acts_by != item.due:
        lines.append(translate("Calendar", "Act by: {day}").format(day=item.acts_by.isoformat()))
    if item.working_day_note:
        lines.append(translate("Calendar", "Working day: {note}").format(note=item.working_day_note))
    if item.note:
        lines.append(translate("Calendar", "Note: {note}").format(note=item.note))
    if item.source:
        lines.append(translate("Calendar", "Source: {source}").format(source=item.source))
    lines.append(
        translate("Calendar", "Case D-{number}: {title}").format(
            number=f"{item.case_id:04d}", title=item.case_title
        )
    )
    lines.append(translate("Calendar", "Guidance, not legal advice: check the dates with your bank."))
    return "\n".join(lines)


def alarm_days(item: CalendarItem) -> int:
    """How many days before the due day the alarm rings: ``ALARM_DAYS`` before the day to act by."""
    earlier = (item.due - item.acts_by).days if item.acts_by is not None and item.acts_by < item.due else 0
    return ALARM_DAYS + earlier


def summary(item: CalendarItem) -> str:
    return translate("Calendar", "{title} (case D-{number}: {case})").format(
        title=item.title, number=f"{item.case_id:04d}", case=item.case_title
    )


def calendar_text(items: Iterable[CalendarItem], *, now: datetime) -> str:
    """The iCalendar text of ``items``: one all-day event each, with an alarm ``ALARM_DAYS`` before.

    ``now`` is when the file is made (``DTSTAMP``); it must carry its time zone.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime (DTSTAMP is written in UTC)")
    stamp = _stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Dossier deadlines",
    ]  # no METHOD: that is iTIP's (RFC 5546), whose PUBLISH would also need an ORGANIZER
    seen: set[str] = set()
    for item in items:
        uid = item.uid
        if uid in seen:  # one event per case, rule and charge
            continue
        seen.add(uid)
        text = escape_text(mask_sensitive(summary(item)))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_day(item.due)}",
            *([] if item.due == date.max else [f"DTEND;VALUE=DATE:{_day(item.due + timedelta(days=1))}"]),
            f"SUMMARY:{text}",
            f"DESCRIPTION:{escape_text(mask_sensitive(describe(item)))}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:-P{alarm_days(item)}D",
            f"DESCRIPTION:{text}",
            "END:VALARM",
            "END:VEVENT",
        ]
    if not seen:
        raise ValueError(
            translate(
                "Calendar",
                "a calendar holds at least one event (RFC 5545 3.6): there is no deadline to write",
            )
        )
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
