"""The pack's words are data, complete in every language."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.pack.strings import LANGUAGES, PackStrings
from desktop_app.resources import resource_path

# The plural categories each language's sentences are written in (CLDR: desktop_app.pack.strings).
CATEGORIES = {
    "en": {"one", "other"},
    "fr": {"one", "other"},
    "es": {"one", "other"},
    "pl": {"one", "few", "many"},
}


def is_plural(value: object) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and set(value) <= {"zero", "one", "two", "few", "many", "other"}
    )


def keys(data: dict[str, Any], prefix: str = "") -> set[str]:
    found = set()
    for key, value in data.items():
        found.add(prefix + key)
        if isinstance(value, dict) and not is_plural(value):
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
        elif is_plural(s_en):  # each of the language's forms, with the same placeholders
            assert is_plural(s_other) and set(s_other) == CATEGORIES[lang], (lang, key)
            for form in s_other.values():
                assert fields(form) == fields(s_en["other"]), (lang, key, form)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_sentence_hedges_a_plural_with_parentheses(lang: str) -> None:
    """ "page(s)", "zone(s) noircie(s)", "la(s) página(s)": each number has its own form instead."""
    import re

    def sentences(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [text for inner in value.values() for text in sentences(inner)]
        if isinstance(value, list):
            return [text for inner in value for text in sentences(inner)]
        return []

    hedged = [text for text in sentences(load(lang)) if re.search(r"\w\((?:s|es)\)", text)]
    assert hedged == []


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        (
            "pl",
            {
                1: "one",
                2: "few",
                4: "few",
                5: "many",
                12: "many",
                14: "many",
                22: "few",
                25: "many",
                0: "many",
            },
        ),
        ("fr", {0: "one", 1: "one", 2: "other"}),
        ("en", {0: "other", 1: "one", 2: "other"}),
        ("es", {1: "one", 3: "other"}),
    ],
)
def test_a_number_takes_its_language_s_plural_form(lang: str, counts: dict[int, str]) -> None:
    from desktop_app.pack.strings import plural_category

    assert {n: plural_category(lang, n) for n in counts} == counts


def test_redactions_are_counted_in_words_of_their_number() -> None:
    fr, pl, en = PackStrings("fr"), PackStrings("pl"), PackStrings("en")
    assert fr.plural("redaction.page", 1, page=2, why="IBAN") == "page 2 : 1 zone noircie (IBAN)"
    assert fr.plural("redaction.page", 3, page=2, why="IBAN") == "page 2 : 3 zones noircies (IBAN)"
    assert pl.plural("redaction.page", 2, page=1, why="IBAN") == "strona 1: zaczerniono 2 obszary (IBAN)"
    assert pl.plural("redaction.page", 5, page=1, why="IBAN") == "strona 1: zaczerniono 5 obszarów (IBAN)"
    assert en.plural("reproduction.pages_raster", 1, pages="1", dpi=200).endswith(
        "except page 1, turned into an image (200 dpi) to carry the redactions"
    )
    assert "sauf la page 1, convertie en image" in fr.plural(
        "reproduction.pages_raster", 1, pages="1", dpi=200
    )


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
