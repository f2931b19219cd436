"""Weekends and public holidays of a country, for a due date. No I/O.

The national public holidays come from the ``holidays`` package (python-holidays, which keeps
each country's statutory holidays with their sources), imported on first use only: the case
list never needs it, only a case's own deadlines do. Regional holidays (a Spanish community's,
a German Land's) are not known: the note says "national".
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@functools.cache
def _calendar(country: str, year: int) -> dict[date, str] | None:
    """The national public holidays of ``country`` in ``year``; None when no table is known."""
    try:
        import holidays  # first use only: ~50 ms
    except ImportError:  # an install without it: weekends are still said
        return None
    try:
        table: Any = holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a country the package does not know
        return None
    return dict(table.items())


def holiday(day: date, country: str | None) -> str | None:
    """The name of the national public holiday of ``country`` on ``day``, or None."""
    if not country or day.weekday() >= 5:
        return None
    found = _calendar(country.upper(), day.year)
    return None if found is None else found.get(day)


def closed(day: date, country: str | None) -> str | None:
    """Why ``day`` is not a working day ("a Sunday", "a public holiday (Christmas Day)"), or None."""
    if day.weekday() >= 5:
        return f"a {_WEEKDAYS[day.weekday()]}"
    name = holiday(day, country)
    return f"a public holiday in {country.upper()} ({name})" if name and country else None


def working_day_before(day: date, country: str | None) -> date:
    """The last working day before ``day`` (weekends and the country's national holidays skipped)."""
    current = day - timedelta(days=1)
    while closed(current, country):
        current -= timedelta(days=1)
    return current


def working_day_note(day: date, country: str | None, party: str) -> tuple[str, date | None]:
    """For a due date that is not a working day: what to know, and the day to act by (when the
    user must act). ("", None) for a working day."""
    why = closed(day, country)
    if why is None:
        return "", None
    if party != "you":
        return (f"{day.isoformat()} is {why}: the answer may come on the next working day.", None)
    before = working_day_before(day, country)
    return (
        f"{day.isoformat()} is {why}: act by {_WEEKDAYS[before.weekday()]} {before.isoformat()}, "
        "the working day before (banks and post offices may be closed).",
        before,
    )
