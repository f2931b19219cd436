"""Dates and moments as a person types them: read exactly, or refused with the reason. No I/O but tzdata.

Nothing here clamps, wraps or replaces: "2026-02-30" is not the 2nd of March,
hour 25 is not 1 a.m. the next day. A year before ``YEAR_MIN`` or after
``YEAR_MAX`` is taken for a typing error (a dispute is about a charge of the
last few years, a deadline of the next few). A moment without an offset is
read in an IANA time zone (zoneinfo); a local time that the clocks skipped or
showed twice on a change of daylight-saving time is refused, with the offsets
to choose from, rather than guessed.
"""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.i18n import noop, translate

YEAR_MIN = 1990
YEAR_MAX = 2100


class DateInputError(ValueError):
    """A date or moment that cannot be taken as typed; the message quotes it and says why."""


_MONTHS = (
    noop("Dates", "January"),
    noop("Dates", "February"),
    noop("Dates", "March"),
    noop("Dates", "April"),
    noop("Dates", "May"),
    noop("Dates", "June"),
    noop("Dates", "July"),
    noop("Dates", "August"),
    noop("Dates", "September"),
    noop("Dates", "October"),
    noop("Dates", "November"),
    noop("Dates", "December"),
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MOMENT = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})"
    r"(?:[T ]|\s+)(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?"
    r"\s*(?P<offset>Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)


def check_date(day: date, what: str | None = None) -> date:
    """``day`` itself, if its year is within YEAR_MIN..YEAR_MAX; else DateInputError naming ``what``
    (words in the process's language, such as "due date"; default: "date")."""
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise DateInputError(
            translate(
                "Dates",
                "The {what} {day} is not taken: its year {year} is outside {first}–{last}, which looks "
                "like a typing error",
                "what: a noun such as “date”, “due date”, “charge's date”",
            ).format(what=_what(what), day=day.isoformat(), year=day.year, first=YEAR_MIN, last=YEAR_MAX)
        )
    return day


def _what(what: str | None) -> str:
    return what or translate("Dates", "date")


def make_date(text: str, year: int, month: int, day: int, what: str | None = None) -> date:
    """The date of ``year``-``month``-``day`` read from ``text``, or DateInputError saying why not."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise DateInputError(
            translate(
                "Dates",
                "“{text}” is not taken as a {what}: the year {year} is outside {first}–{last}, "
                "which looks like a typing error",
                "what: a noun such as “date”, “due date”, “charge's date”",
            ).format(text=text, what=_what(what), year=year, first=YEAR_MIN, last=YEAR_MAX)
        )
    if not 1 <= month <= 12:
        raise DateInputError(
            translate(
                "Dates",
                "“{text}” is not a {what}: there is no month {month} (months go from 1 to 12)",
                "what: a noun such as “date”, “due date”, “charge's date”",
            ).format(text=text, what=_what(what), month=month)
        )
    try:
        return date(year, month, day)
    except ValueError:
        last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
        raise DateInputError(
            translate(
                "Dates",
                "“{text}” is not a {what}: {month} {year} has no day {day} (it has {last} days)",
                "what: a noun such as “date”, “due date”, “charge's date”",
            ).format(
                text=text,
                what=_what(what),
                month=translate("Dates", _MONTHS[month - 1]),
                year=year,
                day=day,
                last=last,
            )
        ) from None


def parse_iso_date(text: str, what: str | None = None) -> date:
    """A date written YYYY-MM-DD ("2026-10-03"); impossible or out-of-range dates are refused."""
    stripped = text.strip()
    if not stripped:
        raise DateInputError(
            translate(
                "Dates",
                "No {what} was given; write it as YYYY-MM-DD, such as 2026-10-03",
                "what: a noun such as “date”, “due date”, “charge's date”",
            ).format(what=_what(what))
        )
    match = _ISO_DATE.match(stripped)
    if match is None:
        raise DateInputError(
            translate(
                "Dates",
                "“{text}” is not a {what}; write it as YYYY-MM-DD, such as 2026-10-03",
                "what: a noun such as “date”, “due date”, “charge's date”",
            ).format(text=text, what=_what(what))
        )
    year, month, day = (int(part) for part in match.groups())
    return make_date(stripped, year, month, day, what)


def check_time(text: str, hour: int, minute: int, second: int = 0) -> None:
    """Refuse an impossible time of day (hour 25, minute 99) read from ``text``."""
    if hour > 23:
        raise DateInputError(
            translate(
                "Dates", "“{text}” is not a time: there is no hour {hour} (hours go from 0 to 23)"
            ).format(text=text, hour=hour)
        )
    if minute > 59:
        raise DateInputError(
            translate(
                "Dates", "“{text}” is not a time: there is no minute {minute} (minutes go from 0 to 59)"
            ).format(text=text, minute=minute)
        )
    if second > 59:
        raise DateInputError(
            translate(
                "Dates", "“{text}” is not a time: there is no second {second} (seconds go from 0 to 59)"
            ).format(text=text, second=second)
        )


def zone(name: str) -> tzinfo:
    """The IANA time zone ``name`` ("Europe/Warsaw"), or DateInputError if there is no such zone."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise DateInputError(
            translate("Dates", "“{name}” is not a time zone; give one such as Europe/Warsaw").format(
                name=name
            )
        ) from None


def localize(naive: datetime, zone_name: str, text: str | None = None) -> datetime:
    """The wall-clock time ``naive`` in the zone ``zone_name``, as an aware datetime.

    A time the clocks skipped (spring forward) or showed twice (fall back) is refused,
    naming the offsets: the caller then writes the offset, as in "2026-10-25 02:30+02:00".
    """
    shown = text if text is not None else naive.strftime("%Y-%m-%d %H:%M")
    tz = zone(zone_name)
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    offset_first, offset_second = first.utcoffset(), second.utcoffset()
    if offset_first == offset_second:
        return first
    # Either a gap or an overlap: does the time come back the same after a round trip through UTC?
    round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != naive:
        raise DateInputError(
            translate(
                "Dates",
                "“{moment}” did not happen in {zone}: the clocks skipped that hour "
                "(a change of daylight-saving time); check the time",
            ).format(moment=shown, zone=zone_name)
        )
    wall = naive.strftime("%Y-%m-%d %H:%M")
    raise DateInputError(
        translate(
            "Dates",
            "“{moment}” happened twice in {zone} (the clocks went back an hour); add the offset, "
            "as in {first} or {second}",
        ).format(
            moment=shown,
            zone=zone_name,
            first=wall + _offset_text(offset_first),
            second=wall + _offset_text(offset_second),
        )
    )


def _offset_text(offset: timedelta | None) -> str:
    seconds = int((offset or timedelta()).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}"


def parse_moment(text: str, default_zone: str) -> datetime:
    """A moment in ISO 8601 ("2026-10-05T14:30", "2026-10-05 14:30:00+02:00", "...Z"), made aware.

    Without an offset, the IANA zone ``default_zone`` gives it. Seconds are kept when
    given; impossible dates or times are refused, as are years outside YEAR_MIN..YEAR_MAX.
    """
    stripped = text.strip()
    if not stripped:
        raise DateInputError(translate("Dates", "No date and time was given; write them as 2026-10-05 14:30"))
    match = _MOMENT.match(stripped)
    if match is None:
        raise DateInputError(
            translate(
                "Dates",
                "“{text}” is not a date and time; write them as 2026-10-05 14:30 "
                "(an offset such as +02:00 may follow)",
            ).format(text=text)
        )
    year, month, day_of_month = (int(part) for part in match["date"].split("-"))
    day = make_date(stripped, year, month, day_of_month)
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    check_time(stripped, hour, minute, second)
    micro = int((match["fraction"] or "0").ljust(6, "0"))
    naive = datetime(day.year, day.month, day.day, hour, minute, second, micro)
    offset = match["offset"]
    if offset is None:
        return localize(naive, default_zone, stripped)
    if offset in ("Z", "z"):
        return naive.replace(tzinfo=UTC)
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    off_hours, off_minutes = int(digits[:2]), int(digits[2:4] or 0)
    if off_hours > 14 or off_minutes > 59:
        raise DateInputError(
            translate(
                "Dates",
                "“{text}” has no valid offset: {offset} is not an offset from UTC "
                "(they go from -12:00 to +14:00)",
            ).format(text=text, offset=offset)
        )
    return naive.replace(tzinfo=timezone(sign * timedelta(hours=off_hours, minutes=off_minutes)))


# The zone of each country of the EU and the EEA, the United Kingdom and Switzerland: the one where
# its people live (Spain's Canary Islands and Portugal's Azores have their own, chosen by hand).
_COUNTRY_ZONES = {
    "AT": "Europe/Vienna",
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "CH": "Europe/Zurich",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GB": "Europe/London",
    "GR": "Europe/Athens",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IS": "Atlantic/Reykjavik",
    "IT": "Europe/Rome",
    "LI": "Europe/Vaduz",
    "LT": "Europe/Vilnius",
    "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest",
    "SE": "Europe/Stockholm",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
}
# Countries that span several zones: the country alone does not say which.
_SEVERAL_ZONES = frozenset({"US", "CA", "AU", "BR", "MX", "RU"})


@cache
def _zone_tab() -> dict[str, tuple[str, ...]]:
    """Country code -> its zones, from the zone.tab of the tzdata package when installed (no network).

    zoneinfo reads the same package when the system has no time zone files of its own.
    """
    text = ""
    with contextlib.suppress(ModuleNotFoundError, OSError):
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 3:
            zones.setdefault(fields[0].upper(), []).append(fields[2])
    return {code: tuple(names) for code, names in zones.items()}


def zone_for_country(country: str | None) -> str | None:
    """The IANA zone of ``country`` ("PL" -> "Europe/Warsaw"); None when unknown or it has several."""
    if not country:
        return None
    code = country.strip().upper()
    if code in _SEVERAL_ZONES:
        return None
    if code in _COUNTRY_ZONES:
        return _COUNTRY_ZONES[code]
    zones = _zone_tab().get(code, ())
    if len(zones) == 1:
        return zones[0]
    return None
