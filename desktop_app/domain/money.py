"""Amounts as exact decimals, never floats.

Two ways in and one way out:

- :func:`parse_amount` reads the canonical spelling machines write (``"1440.00"``);
- :func:`parse_typed_amount` reads what a person types, the same way in every
  locale (``"1 440,00"``, ``"1.440,00"``, ``"1,440.00"``, ``"1'440.00"``);
- :func:`format_money` writes an amount for people, the one formatter the
  window and the pack share (``"1 440,00 PLN"``, ``"1,440.00 PLN"``);
- :func:`letter_money` writes it as a letter's prose does, with the currency's symbol
  (``"1 440,00 zł"``, ``"29,90 €"``, ``"£450.00"``, ``"1.440,00 €"``).

Thousands are grouped with a no-break space (U+00A0) where the language groups with a space,
and a symbol or code is kept to its amount by a no-break space too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from desktop_app.i18n import noop, translate

_AMOUNT = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")

#: ISO 4217 minor units of the currencies that do not have two decimals.
_MINOR_UNITS = {
    **dict.fromkeys(
        (
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
            "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
        ),
        0,
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}  # fmt: skip

#: How each pack language writes a number: (thousands separator, decimal separator). A space
#: between thousands is a no-break space (U+00A0), so that "1 440,00" never breaks after the "1".
#: The same as ``thousands_separator`` / ``decimal_separator`` in resources/pack/strings/<lang>.json.
_NUMBER_STYLE = {
    "en": (",", "."),
    "fr": ("\u00a0", ","),
    "es": (".", ","),
    "pl": ("\u00a0", ","),
}
MONEY_LANGUAGES = tuple(_NUMBER_STYLE)

MAX_INTEGER_DIGITS = 15

# What may separate digits in a typed amount. The three spaces are one grouping character,
# and so are the two apostrophes: they look alike and a person cannot tell them apart.
_SPACES = frozenset(" \u00a0\u202f")
_APOSTROPHES = frozenset("'\u2019")
_SEPARATORS = _SPACES | _APOSTROPHES | {".", ","}
_MINUS_SIGNS = frozenset("-\u2212")
_SEPARATOR_NAMES = {
    " ": noop("Amounts", "a space"),
    "\u00a0": noop("Amounts", "a space"),
    "\u202f": noop("Amounts", "a space"),
    "'": noop("Amounts", "an apostrophe"),
    "\u2019": noop("Amounts", "an apostrophe"),
    ".": noop("Amounts", "a dot"),
    ",": noop("Amounts", "a comma"),
}


def _separator_name(separator: str) -> str:
    """ "a space", "a dot"...: how a sentence names ``separator``, in the process's language."""
    return translate("Amounts", _SEPARATOR_NAMES[separator])


class AmountError(ValueError):
    """Raised with a sentence a person can act on."""


def parse_amount(text: str) -> Decimal:
    """Parse a canonical amount such as ``"19.99"`` into an exact Decimal.

    The canonical form is digits with an optional dot and up to four decimals;
    a comma, a currency sign or thousands separators are refused so that
    nothing is guessed.
    """
    if not isinstance(text, str):
        raise AmountError(
            translate("Amounts", '{text} is not an amount; write it as a string such as "19.99"').format(
                text=repr(text)
            )
        )
    stripped = text.strip()
    if not _AMOUNT.match(stripped):
        raise AmountError(
            translate(
                "Amounts", '{text} is not an amount; write digits with a dot for decimals, such as "19.99"'
            ).format(text=repr(text))
        )
    try:
        return Decimal(stripped)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise AmountError(translate("Amounts", "{text} is not an amount").format(text=repr(text))) from exc


def currency_decimals(currency: str) -> int:
    """How many decimals ``currency`` has (ISO 4217 minor units): JPY 0, KWD 3, EUR 2."""
    return _MINOR_UNITS.get(parse_currency(currency), 2)


def _kind(separator: str) -> str:
    """Separators that count as the same grouping character share a kind."""
    if separator in _SPACES:
        return " "
    if separator in _APOSTROPHES:
        return "'"
    return separator


def _example(decimals: int) -> str:
    """How to type an amount of a currency with ``decimals`` decimals: ``1 440,00``."""
    return "1 440" + ("," + "0" * decimals if decimals else "")


def parse_typed_amount(text: str, currency: str, *, allow_negative: bool = False) -> Decimal:
    """An amount a person typed, read the same way in every locale.

    Digits may be grouped by thousands with a space (also U+00A0 or U+202F), a dot, a comma
    or an apostrophe, and the decimals follow a comma or a dot: ``1 440,00``, ``1.440,00``,
    ``1,440.00``, ``1'440.00``, ``1440,5``, ``12.50``. When both a dot and a comma appear, the
    last one is the decimal separator. A lone dot or comma followed by exactly three digits
    separates thousands in a currency with fewer than three decimals (``1.440`` is 1440.00 EUR
    and 1.440 KWD); in a currency without decimals (JPY) every separator groups.

    The result has the currency's decimals (``0,5`` EUR is ``0.50``). Anything that cannot be
    read one way only is refused with an :class:`AmountError` that quotes the text and says why.
    """
    if not isinstance(text, str):
        raise AmountError(
            translate("Amounts", "{text} is not an amount; type it as digits, such as 1440,00").format(
                text=repr(text)
            )
        )
    decimals = currency_decimals(currency)
    code = parse_currency(currency)
    quoted = f"“{text.strip()}”"
    body = text.strip()
    if not body:
        raise AmountError(
            translate("Amounts", "The amount is empty; type it as digits, such as {example}").format(
                example=_example(decimals)
            )
        )

    negative = body[0] in _MINUS_SIGNS
    if negative:
        if not allow_negative:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} is negative; a charge is never negative: refunds and credits are kinds of "
                    "their own, so type the amount without a minus sign and choose its kind",
                ).format(quoted=quoted)
            )
        body = body[1:].lstrip()
        if not body:
            raise AmountError(
                translate("Amounts", "{quoted} has a minus sign but no digits").format(quoted=quoted)
            )

    for char in body:
        if "0" <= char <= "9" or char in _SEPARATORS:
            continue
        category = unicodedata.category(char)
        if category == "Nd":
            raise AmountError(
                translate("Amounts", "{quoted} is not an amount: type it with the digits 0 to 9").format(
                    quoted=quoted
                )
            )
        if category == "Sc" or category.startswith("L"):
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} is not an amount: it has letters or a currency sign ({char}); type only the "
                    "digits, the currency ({code}) is kept in its own field",
                ).format(quoted=quoted, char=char, code=code)
            )
        if char in _MINUS_SIGNS:
            raise AmountError(
                translate("Amounts", "{quoted} is not an amount: a minus sign can only come first").format(
                    quoted=quoted
                )
            )
        raise AmountError(
            translate("Amounts", "{quoted} is not an amount: “{char}” has no place in an amount").format(
                quoted=quoted, char=char
            )
        )

    # Split into runs of digits and the single separators between them.
    parts = re.split(r"([^0-9])", body)
    groups = parts[0::2]
    separators = parts[1::2]
    if groups[0] == "":
        raise AmountError(
            translate(
                "Amounts",
                "{quoted} starts with {separator_name}; type the digits before it too, such as "
                "0{separator}50",
            ).format(quoted=quoted, separator_name=_separator_name(separators[0]), separator=separators[0])
        )
    if groups[-1] == "":
        raise AmountError(
            translate(
                "Amounts", "{quoted} ends with {separator_name}; type the digits after it or leave it out"
            ).format(quoted=quoted, separator_name=_separator_name(separators[-1]))
        )
    if "" in groups:
        raise AmountError(
            translate(
                "Amounts", "{quoted} has two separators side by side; type one between the groups of digits"
            ).format(quoted=quoted)
        )

    decimal_at = _decimal_separator_index(quoted, groups, separators, decimals, code)
    if decimal_at is None:
        whole_groups, whole_separators, fraction = groups, separators, ""
    else:
        whole_groups, whole_separators = groups[: decimal_at + 1], separators[:decimal_at]
        fraction = groups[decimal_at + 1]
        point = separators[decimal_at]
        if decimals == 0:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as "
                    "1 440",
                ).format(quoted=quoted, code=code)
            )
        if len(fraction) > decimals:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} has {count} decimals after {separator_name}, but {code} has {decimals}; "
                    "check the amount (such as {example})",
                ).format(
                    quoted=quoted,
                    count=len(fraction),
                    separator_name=_separator_name(point),
                    code=code,
                    decimals=decimals,
                    example=_example(decimals),
                )
            )

    _check_groups(quoted, whole_groups, whole_separators)
    whole = "".join(whole_groups)
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise AmountError(
            translate(
                "Amounts",
                "{quoted} has more than {max_integer_digits} digits before the decimals; check the amount",
            ).format(quoted=quoted, max_integer_digits=MAX_INTEGER_DIGITS)
        )

    value = Decimal(f"{whole}.{fraction or '0'}")
    value = value.quantize(Decimal(1).scaleb(-decimals))
    return -value if negative and value != 0 else value


def _decimal_separator_index(
    quoted: str, groups: list[str], separators: list[str], decimals: int, code: str
) -> int | None:
    """Which separator (by index) is the decimal one, or None when all of them group digits."""
    if not separators:
        return None
    dots_commas = [i for i, s in enumerate(separators) if s in ".,"]
    if not dots_commas:
        return None  # spaces and apostrophes only ever group
    kinds = {separators[i] for i in dots_commas}
    last = dots_commas[-1]
    if len(kinds) == 2:
        # Both a dot and a comma: the last of them is the decimal separator, it must come last
        # and only once.
        point = separators[last]
        if last != len(separators) - 1:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} has {separator_name} as its decimal separator, so nothing but decimals can "
                    "follow it",
                ).format(quoted=quoted, separator_name=_separator_name(point))
            )
        if sum(1 for s in separators if s == point) > 1:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} has several decimal separators: with both a dot and a comma, the last one "
                    "({separator_name}) marks the decimals and can appear only once",
                ).format(quoted=quoted, separator_name=_separator_name(point))
            )
        return last
    point = separators[last]
    if len(dots_commas) > 1:
        return None  # the same dot or comma more than once can only group (1.440.000)
    if decimals == 0:
        # A currency without decimals: every separator groups.
        if last == len(separators) - 1 and len(groups[-1]) != 3:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as "
                    "{example}",
                ).format(quoted=quoted, code=code, example=_example(0))
            )
        return None
    if last != len(separators) - 1:
        return None  # spaces or apostrophes after it: it can only group (and is refused as mixed)
    if len(separators) > 1:
        return last  # 1 440,00: grouped by another character, so this one is the decimal separator
    # A lone dot or comma: three digits after it are thousands unless the currency has three decimals.
    if len(groups[-1]) == 3 and decimals < 3:
        if groups[0].startswith("0") or len(groups[0]) > 3:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} has three digits after {separator_name}: {code} has {decimals} decimals, and "
                    "“{group}” is not how thousands begin; check the amount",
                ).format(
                    quoted=quoted,
                    separator_name=_separator_name(point),
                    code=code,
                    decimals=decimals,
                    group=groups[0],
                )
            )
        return None
    return last


def _check_groups(quoted: str, groups: list[str], separators: list[str]) -> None:
    """Grouped digits: one grouping character, a first group of 1 to 3 digits, then groups of 3."""
    if not separators:
        return
    kinds = {_kind(s) for s in separators}
    if len(kinds) > 1:
        names = sorted({_separator_name(s) for s in separators})
        raise AmountError(
            translate(
                "Amounts", "{quoted} groups its digits with {names}; use one grouping character throughout"
            ).format(
                quoted=quoted,
                names=translate(
                    "Amounts", " and ", "between the names of separators: a space and a dot"
                ).join(names),
            )
        )
    name = _separator_name(separators[0])
    if not 1 <= len(groups[0]) <= 3 or groups[0].startswith("0"):
        raise AmountError(
            translate(
                "Amounts",
                "{quoted} is not grouped by thousands: before the first {separator} come 1 to 3 digits, not "
                "starting with 0",
            ).format(quoted=quoted, separator=name.split()[-1])
        )
    for group in groups[1:]:
        if len(group) != 3:
            raise AmountError(
                translate(
                    "Amounts",
                    "{quoted} is not grouped by thousands: after {name} come exactly three digits, not "
                    "“{group}”",
                ).format(quoted=quoted, name=name, group=group)
            )


def format_amount(value: Decimal) -> str:
    """The canonical string of an amount: at least two decimals, no exponent."""
    quantum = Decimal("0.01")
    if value == value.quantize(quantum):
        value = value.quantize(quantum)
    return format(value, "f")


def parse_currency(text: str) -> str:
    if not isinstance(text, str) or not _CURRENCY.match(text.strip().upper()):
        raise AmountError(
            translate(
                "Amounts", "{text} is not a currency code; use three letters such as EUR or USD"
            ).format(text=repr(text))
        )
    return text.strip().upper()


def lang_of_locale_name(name: str) -> str:
    """The pack language for a locale name: ``pl_PL`` -> ``pl``, ``fr_FR.UTF-8`` -> ``fr``, ``C`` -> ``en``.

    Languages the pack is not written in fall back to English.
    """
    language = re.split(r"[_\-.@]", name.strip(), maxsplit=1)[0].lower() if name else ""
    return language if language in _NUMBER_STYLE else "en"


#: ``1,440.00`` as Python groups it, turned into each language's spelling (None: already English).
_SPELLINGS = {
    lang: None if (group, point) == (",", ".") else str.maketrans({",": group, ".": point})
    for lang, (group, point) in _NUMBER_STYLE.items()
}
_QUANTA: dict[int, Decimal] = {}


def format_number(amount: Decimal, decimals: int, lang: str) -> str:
    """``1 440,00`` in Polish, ``1,440.00`` in English: grouped by thousands, with ``decimals``
    decimals or more when the amount has more (an amount is never rounded to show it)."""
    spelling = _SPELLINGS.get(lang)
    if not amount.is_finite():
        raise AmountError(translate("Amounts", "{amount} is not an amount").format(amount=amount))
    # The fewest decimals that keep every digit, but never fewer than the currency has. An amount
    # written with no more decimals than that needs no normalising (it can only lose decimals).
    exponent = amount.as_tuple().exponent
    if not isinstance(exponent, int) or -exponent > decimals:
        exponent = amount.normalize().as_tuple().exponent
    places = max(decimals, -exponent if isinstance(exponent, int) else 0)
    quantum = _QUANTA.get(places)
    if quantum is None:
        quantum = _QUANTA[places] = Decimal(1).scaleb(-places)
    number = format(abs(amount).quantize(quantum), ",f")
    if spelling is not None:
        number = number.translate(spelling)
    return f"-{number}" if amount < 0 else number


@functools.lru_cache(maxsize=64)
def _currency_style(currency: str) -> tuple[str, int]:
    """A currency's code and decimals, worked out once per spelling of it."""
    code = parse_currency(currency)
    return code, _MINOR_UNITS.get(code, 2)


def format_money(amount: Decimal, currency: str, lang: str) -> str:
    """An amount with its currency as the window, the pack and the letters print it.

    ``1 440,00 PLN`` in Polish and French, ``1.440,00 EUR`` in Spanish, ``1,440.00 PLN`` in
    English (any other language): grouped by thousands, with the currency's decimals
    (``12,345 JPY``, ``1.440 KWD``), and every decimal the amount has beyond them.
    """
    if type(currency) is str:
        code, decimals = _currency_style(currency)
    else:
        code = parse_currency(currency)
        decimals = currency_decimals(code)
    return f"{format_number(amount, decimals, lang)} {code}"


def display_amount(value: str | Decimal | None, currency: str | None, lang: str | None = None) -> str:
    """An amount as people read it in a table.

    With ``lang``, as :func:`format_money` writes it for that language (``1 440,00 PLN``);
    without, in the canonical spelling (``1440.00 PLN``).
    """
    if value is None or value == "":
        return ""
    amount = value if isinstance(value, Decimal) else Decimal(value)
    if lang is None:
        text = format_amount(amount)
        return f"{text} {currency}" if currency else text
    if currency:
        return format_money(amount, currency, lang)
    return format_number(amount, 2, lang)


#: A currency's symbol in a letter, and whether English writes it before the amount (£450.00).
_SYMBOLS: dict[str, tuple[str, bool]] = {
    "EUR": ("€", True),
    "GBP": ("£", True),
    "USD": ("$", True),
    "PLN": ("zł", False),
}


def letter_money(amount: Decimal, currency: str, lang: str) -> str:
    """An amount as a letter's prose writes it in ``lang``: the currency's symbol where it has a
    common one (€, £, $, zł), else its ISO code; before the amount in English for €, £ and $
    (``£1,450.00``), after it otherwise (``29,90 €``, ``1 440,00 zł``, ``1.440,00 €``,
    ``12,345 JPY``). A space inside or next to the amount is a no-break space."""
    code, decimals = _currency_style(currency)
    number = format_number(abs(amount), decimals, lang)
    sign = "-" if amount < 0 else ""
    symbol, before = _SYMBOLS.get(code, (code, False))
    if before and lang == "en":
        return f"{sign}{symbol}{number}"
    return f"{sign}{number}\u00a0{symbol}"
