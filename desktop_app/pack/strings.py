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

from desktop_app.domain.money import format_money
from desktop_app.domain.profiles import LANGUAGES as LANGUAGES
from desktop_app.resources import resource_path


@cache
def _load(lang: str) -> dict[str, Any]:
    with open(resource_path("pack", "strings", f"{lang}.json"), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _lookup(data: dict[str, Any], key: str) -> Any:
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


class PackStrings:
    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"{lang!r} is not a pack language; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._data = _load(lang)
        self._fallback = _load("en")

    def raw(self, key: str) -> Any:
        value = _lookup(self._data, key)
        if value is None:
            value = _lookup(self._fallback, key)
        if value is None:
            raise KeyError(key)
        return value

    def __call__(self, key: str, **values: object) -> str:
        text = self.raw(key)
        if not isinstance(text, str):
            raise KeyError(f"{key} is not a sentence")
        return text.format(**values) if values else text

    def long_date(self, value: date) -> str:
        months: list[str] = self.raw("months")
        return self("date_long", day=value.day, month=months[value.month - 1], year=value.year)

    def money(self, amount: Decimal, currency: str) -> str:
        """``1 234,56 EUR`` in French, ``1,234.56 EUR`` in English: the window's and the letters' format."""
        return format_money(amount, currency, self.lang)
