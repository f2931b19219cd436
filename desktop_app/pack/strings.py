"""The pack's own words, kept as data in resources/pack/strings/<lang>.json.

A translator edits those files; no sentence of the pack lives in code.
A key missing from a language falls back to English.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from desktop_app.domain.letter_templates import lookup
from desktop_app.domain.money import format_money, letter_money
from desktop_app.domain.profiles import LANGUAGES as LANGUAGES
from desktop_app.i18n import plural_index
from desktop_app.resources import resource_path

#: How a language writes the first day of a month in a long date (French: "1er décembre").
_FIRST_OF_MONTH = {"fr": "1er"}
#: What follows the year of a letter's long date (Polish writes "1 grudnia 2026 r.", for "roku").
_YEAR_MARK = {"pl": "\u00a0r."}


@cache
def _load(lang: str) -> dict[str, Any]:
    with open(resource_path("pack", "strings", f"{lang}.json"), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def format_size(size: int, lang: str = "en") -> str:
    """A file's size in ``lang``'s style: its decimal and thousands separators ("decimal_separator",
    "thousands_separator") and its units ("size_units": B/kB/MB, in French o/ko/Mo), with a
    no-break space before the unit: "1.2 kB", "1,2 kB", "1,2 ko", "14,50 MB", "999 B"."""
    data = _load(lang if lang in LANGUAGES else "en")
    units = {**_load("en")["size_units"], **data.get("size_units", {})}
    point = str(data.get("decimal_separator", "."))
    group = str(data.get("thousands_separator", ","))
    if size < 1000:
        number, unit = f"{size:,d}", units["B"]
    elif round(size / 1000, 1) < 1000:
        number, unit = f"{size / 1000:,.1f}", units["kB"]
    else:  # 999 960 B is "1.00 MB", not "1000.0 kB"
        number, unit = f"{size / 1_000_000:,.2f}", units["MB"]
    number = number.replace(",", "\0").replace(".", point).replace("\0", group)
    return f"{number}\u00a0{unit}"


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of ``n`` in ``lang``: "one" or "other"; Polish also "few" (2-4,
    22-24..., not 12-14) and "many" (0, 5-21, 25-31...); French counts 0 and 1 as "one". The form
    desktop_app.i18n picks for the window and the command line (one rule for all of Dossier)."""
    names = ("one", "few", "many") if lang == "pl" else ("one", "other")
    return names[plural_index(lang, n)]


class PackStrings:
    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"{lang!r} is not a pack language; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._data = _load(lang)
        self._fallback = _load("en")

    def raw(self, key: str) -> Any:
        value = lookup(self._data, key)
        if value is None:
            value = lookup(self._fallback, key)
        if value is None:
            raise KeyError(key)
        return value

    def __call__(self, key: str, **values: object) -> str:
        text = self.raw(key)
        if not isinstance(text, str):
            raise KeyError(f"{key} is not a sentence")
        return text.format(**values) if values else text

    def plural(self, key: str, n: int, **values: object) -> str:
        """The sentence of ``key`` for the number ``n``: the key holds one sentence per plural
        category of the language (:func:`plural_category`: "one", "other"; Polish "one", "few",
        "many"), never "page(s)". ``n`` is given to the sentence too."""
        forms = self.raw(key)
        if not isinstance(forms, dict):
            raise KeyError(f"{key} has no plural forms")
        text = forms.get(plural_category(self.lang, n)) or forms.get("other") or forms["many"]
        return str(text).format(n=n, **values)

    def long_date(self, value: date, country: str | None = None) -> str:
        """The language's long date, with an ordinal where the language writes one: "1 December
        2026" ("December 1, 2026" for a US case in English), "1er décembre 2026", "2 décembre
        2026", "1 de diciembre de 2026", "1 grudnia 2026"."""
        months: list[str] = self.raw("months")
        month = months[value.month - 1]
        if self.lang == "en" and (country or "").strip().upper() == "US":
            return f"{month} {value.day}, {value.year}"
        day = _FIRST_OF_MONTH.get(self.lang, "1") if value.day == 1 else str(value.day)
        return self("date_long", day=day, month=month, year=value.year)

    def letter_date(self, value: date, country: str | None = None) -> str:
        """A letter's long date: :meth:`long_date`, and in Polish the "r." a letter writes after
        the year ("1 grudnia 2026 r."; the pack's sentences end with a date, so only letters)."""
        return self.long_date(value, country) + _YEAR_MARK.get(self.lang, "")

    def labelled(self, label: str, value: str) -> str:
        """ "Source: x" as the language writes a label and its value ("Source\u00a0: x" in French)."""
        return self("labelled", label=label, value=value)

    def size(self, size: int) -> str:
        """A file's size in the language's style (:func:`format_size`)."""
        return format_size(size, self.lang)

    def money(self, amount: Decimal, currency: str) -> str:
        """``1 234,56 EUR`` in French, ``1,234.56 EUR`` in English: the window's and the letters' format."""
        return format_money(amount, currency, self.lang)

    def letter_money(self, amount: Decimal, currency: str) -> str:
        """``1 234,56 €``, ``£1,234.56``: as a letter's prose writes it (domain.money.letter_money)."""
        return letter_money(amount, currency, self.lang)
