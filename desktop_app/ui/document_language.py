"""The language a case's pack and letters are written in unless the user picks another: the case's
own (the language chosen for it, else its country's), else the window's.

The export dialog and the letter dialog both start from it, so that a Polish case's pack and
letter are both in Polish, and a case with neither language nor country follows the window.
"""

from __future__ import annotations

from desktop_app import i18n
from desktop_app.domain.profiles import COUNTRY_LANGUAGE, LANGUAGES

# Countries whose people, banks and consumer bodies Dossier writes to in English: their case's
# language is English whatever the window's (domain.profiles lists only the other languages').
ENGLISH_COUNTRIES = frozenset({"US", "GB", "UK", "IE", "AU", "NZ"})


def document_language(country: str | None, chosen: str | None = None) -> str:
    """``chosen`` (the case's language) when it is one of LANGUAGES, else ``country``'s language,
    else the window's (the process's language, which the window sets to its own)."""
    if chosen and chosen.lower() in LANGUAGES:
        return chosen.lower()
    return country_language(country) or i18n.language()


def country_language(country: str | None) -> str | None:
    """The language Dossier writes to ``country`` in, or None (a country of no language of ours)."""
    code = (country or "").upper()
    return "en" if code in ENGLISH_COUNTRIES else COUNTRY_LANGUAGE.get(code)
