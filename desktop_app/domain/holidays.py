"""Weekends and public holidays of a country, for a due date. No I/O.

The national public holidays come from the ``holidays`` package (python-holidays, which keeps
each country's statutory holidays with their sources), imported on first use only: the case
list never needs it, only a case's own deadlines do. Regional holidays (a Spanish community's,
a German Land's) are not known: the note says "national".
"""

from __future__ import annotations

import functools
import threading
import types
from datetime import date, timedelta
from typing import Any

from desktop_app.i18n import language, noop, translate

_WEEKDAYS = (
    noop("Dates", "Monday"),
    noop("Dates", "Tuesday"),
    noop("Dates", "Wednesday"),
    noop("Dates", "Thursday"),
    noop("Dates", "Friday"),
    noop("Dates", "Saturday"),
    noop("Dates", "Sunday"),
)


def _weekday(day: date) -> str:
    return translate("Dates", _WEEKDAYS[day.weekday()])


# The holidays package's name of each language of Dossier's, for the holidays' own names.
_HOLIDAY_LANGUAGES = {"en": "en_US", "fr": "fr", "es": "es", "pl": "pl"}


@functools.cache
def _calendar(country: str, year: int, lang: str = "en") -> dict[date, str] | None:
    """The national public holidays of ``country`` in ``year``, named in ``lang`` where the package
    names them in it (else as it does: in English); None when no table is known."""
    try:
        import holidays  # first use only: ~40 ms
    except ImportError:  # an install without it: weekends are still said
        return None
    maker = _country_class(country)
    named = _HOLIDAY_LANGUAGES.get(lang, "en_US")  # a language the package does not have: its default
    try:
        table: Any = (
            maker(years=year, language=named)
            if maker is not None
            else holidays.country_holidays(country, years=year, language=named)
        )
    except NotImplementedError:  # a country the package does not know
        return None
    return dict(table.items())


_LOADING = threading.Lock()


def _country_class(country: str) -> Any:
    """The package's class for ``country``, imported alone; None to ask the package the usual way.

    ``holidays.country_holidays`` imports the package's ``holidays.countries``, whose ``__init__``
    imports all 250 countries' modules (about 50 ms, at the first case page with a country). The
    registry names each country's own module: it is imported with a bare stand-in for its package
    (removed at once), so that only that country's module loads. Anything unexpected falls back to
    the usual way (tests/unit/domain/test_holidays_loading.py checks both give the same days).
    """
    import importlib
    import importlib.machinery
    import importlib.util
    import sys

    from holidays import registry

    found = next(
        ((module, names[0]) for module, names in registry.COUNTRIES.items() if country == names[1]),
        None,
    )
    if found is None:
        return None
    module_name, class_name = found
    with _LOADING:
        if "holidays.countries" in sys.modules:  # already imported whole: nothing to save
            return None
        spec = importlib.util.find_spec("holidays.countries")  # where it is; nothing imported
        if spec is None or not spec.submodule_search_locations:
            return None
        stand_in = types.ModuleType("holidays.countries")
        stand_in.__path__ = list(spec.submodule_search_locations)
        stand_in.__spec__ = importlib.machinery.ModuleSpec("holidays.countries", None, is_package=True)
        sys.modules["holidays.countries"] = stand_in
        try:
            module = importlib.import_module(f"holidays.countries.{module_name}")
            return getattr(module, class_name)
        except (ImportError, AttributeError):  # the package changed its layout: the usual way
            return None
        finally:
            if sys.modules.get("holidays.countries") is stand_in:
                del sys.modules["holidays.countries"]


def holiday(day: date, country: str | None) -> str | None:
    """The name of the national public holiday of ``country`` on ``day``, or None."""
    if not country or day.weekday() >= 5:
        return None
    found = _calendar(country.upper(), day.year, language())
    return None if found is None else found.get(day)


def closed(day: date, country: str | None) -> str | None:
    """Why ``day`` is not a working day ("a Sunday", "a public holiday (Christmas Day)"), or None."""
    if day.weekday() >= 5:
        return translate("Dates", "a {weekday}", "a {weekday}: a Sunday").format(weekday=_weekday(day))
    name = holiday(day, country)
    if not (name and country):
        return None
    return translate("Dates", "a public holiday in {country} ({holiday})").format(
        country=country.upper(), holiday=name
    )


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
        said = translate("Dates", "{day} is {why}: the answer may come on the next working day.")
        return said.format(day=day.isoformat(), why=why), None
    before = working_day_before(day, country)
    said = translate(
        "Dates",
        "{day} is {why}: act by {weekday} {before}, the working day before (banks and post offices may be "
        "closed).",
    )
    return said.format(
        day=day.isoformat(), why=why, weekday=_weekday(before), before=before.isoformat()
    ), before
