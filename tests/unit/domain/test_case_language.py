"""domain.profiles.case_language: the language chosen for a case wins over its country's."""

from __future__ import annotations

import pytest

from desktop_app.domain.profiles import LANGUAGES, case_language


@pytest.mark.parametrize(
    ("country", "chosen", "lang"),
    [
        ("FR", None, "fr"),
        ("FR", "en", "en"),  # a French case written in English: the choice wins
        ("PL", "es", "es"),
        ("GB", "pl", "pl"),
        (None, "fr", "fr"),
        ("be", None, "fr"),
        ("US", None, "en"),
        ("DE", None, "en"),
        (None, None, "en"),
        ("MX", "", "es"),  # nothing chosen: the country's
        ("ES", "PL", "pl"),  # any case of the code
        ("ES", "de", "es"),  # a language Dossier does not write is no choice: the country's
    ],
)
def test_the_chosen_language_wins_then_the_country_s(
    country: str | None, chosen: str | None, lang: str
) -> None:
    assert case_language(country, chosen) == lang


def test_every_language_can_be_chosen_for_any_country() -> None:
    for country in ("FR", "ES", "PL", "GB", "US", None):
        assert [case_language(country, lang) for lang in LANGUAGES] == list(LANGUAGES)
