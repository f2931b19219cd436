"""The pack's words are data, complete in every language."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.pack.strings import LANGUAGES, PackStrings
from desktop_app.resources import resource_path


def keys(data: dict[str, Any], prefix: str = "") -> set[str]:
    found = set()
    for key, value in data.items():
        found.add(prefix + key)
        if isinstance(value, dict):
            found |= keys(value, f"{prefix}{key}.")
    return found


def load(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("pack", "strings", f"{lang}.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_key_and_the_same_placeholders(lang: str) -> None:
    english, other = load("en"), load(lang)
    assert keys(other) == keys(english)
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key in keys(english):
        s_en, s_other = PackStrings("en").raw(key), PackStrings(lang).raw(key)
        if isinstance(s_en, str):
            assert fields(s_other) == fields(s_en), (lang, key)


def test_money_and_dates_follow_the_language() -> None:
    assert PackStrings("en").money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    assert PackStrings("fr").money(Decimal("1234.5"), "EUR") == "1\u00a0234,50 EUR"
    assert PackStrings("es").money(Decimal("-17.99"), "EUR") == "-17,99 EUR"
    assert PackStrings("pl").money(Decimal("1234567"), "PLN") == "1\u00a0234\u00a0567,00 PLN"
    assert PackStrings("pl").long_date(date(2026, 9, 15)) == "15 września 2026"
    assert PackStrings("es").long_date(date(2026, 2, 1)) == "1 de febrero de 2026"
    assert PackStrings("fr").long_date(date(2026, 8, 28)) == "28 août 2026"
    # The first of the month is an ordinal in French; a US case writes the month first; a
    # Polish letter (not the pack) writes "r." after the year.
    assert PackStrings("fr").long_date(date(2026, 12, 1)) == "1er décembre 2026"
    assert PackStrings("fr").long_date(date(2026, 12, 2)) == "2 décembre 2026"
    assert PackStrings("en").long_date(date(2026, 12, 1)) == "1 December 2026"
    assert PackStrings("en").long_date(date(2026, 12, 1), "US") == "December 1, 2026"
    assert PackStrings("en").long_date(date(2026, 12, 1), "us") == "December 1, 2026"
    assert PackStrings("fr").long_date(date(2026, 12, 1), "US") == "1er décembre 2026"
    assert PackStrings("pl").long_date(date(2026, 12, 1)) == "1 grudnia 2026"
    assert PackStrings("pl").letter_date(date(2026, 12, 1)) == "1 grudnia 2026\u00a0r."
    assert PackStrings("es").letter_date(date(2026, 12, 1)) == "1 de diciembre de 2026"
    assert PackStrings("pl").letter_money(Decimal("1440"), "PLN") == "1\u00a0440,00\u00a0zł"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        PackStrings("de")
