"""Amounts as exact decimals, never floats."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_AMOUNT = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class AmountError(ValueError):
    """Raised with a sentence a person can act on."""


def parse_amount(text: str) -> Decimal:
    """Parse a canonical amount such as ``"19.99"`` into an exact Decimal.

    The canonical form is digits with an optional dot and up to four decimals;
    a comma, a currency sign or thousands separators are refused so that
    nothing is guessed.
    """
    if not isinstance(text, str):
        raise AmountError(f'{text!r} is not an amount; write it as a string such as "19.99"')
    stripped = text.strip()
    if not _AMOUNT.match(stripped):
        raise AmountError(f'{text!r} is not an amount; write digits with a dot for decimals, such as "19.99"')
    try:
        return Decimal(stripped)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise AmountError(f"{text!r} is not an amount") from exc


def parse_user_amount(text: str, decimal_point: str = ".", group_separator: str = ",") -> Decimal:
    """An amount typed by a person in their locale: ``19,99`` in France, ``1,234.50`` in the UK.

    Group separators (and spaces) are dropped, the locale's decimal point becomes a dot, and the
    result must then be a canonical amount; anything else is refused with a sentence saying how
    to write it.
    """
    cleaned = text.strip()
    for separator in {group_separator, " ", "\u00a0", "\u202f"} - {decimal_point}:
        cleaned = cleaned.replace(separator, "")
    if decimal_point != ".":
        # A dot that is not this locale's group separator can only be a decimal point.
        if "." in cleaned and decimal_point in cleaned:
            raise AmountError(f"“{text}” is not an amount; write it like 19{decimal_point}99")
        cleaned = cleaned.replace(decimal_point, ".")
    if not _AMOUNT.match(cleaned):
        raise AmountError(f"“{text}” is not an amount; write it like 19{decimal_point}99")
    return Decimal(cleaned)


def format_amount(value: Decimal) -> str:
    """The canonical string of an amount: at least two decimals, no exponent."""
    quantum = Decimal("0.01")
    if value == value.quantize(quantum):
        value = value.quantize(quantum)
    return format(value, "f")


def parse_currency(text: str) -> str:
    if not isinstance(text, str) or not _CURRENCY.match(text.strip().upper()):
        raise AmountError(f"{text!r} is not a currency code; use three letters such as EUR or USD")
    return text.strip().upper()


def display_amount(value: str | Decimal | None, currency: str | None) -> str:
    """``59.98 EUR``: the amount as people read it in a table."""
    if value is None or value == "":
        return ""
    amount = value if isinstance(value, Decimal) else Decimal(value)
    text = format_amount(amount)
    return f"{text} {currency}" if currency else text
