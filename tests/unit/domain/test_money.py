"""Amounts are exact decimals in one canonical spelling; nothing is guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.money import (
    AmountError,
    display_amount,
    format_amount,
    parse_amount,
    parse_currency,
    parse_user_amount,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19.99", Decimal("19.99")),
        ("0.5", Decimal("0.5")),
        ("-3.00", Decimal("-3.00")),
        ("1234567.1234", Decimal("1234567.1234")),
        ("42", Decimal("42")),
    ],
)
def test_parse_amount_accepts_canonical_amounts(text: str, expected: Decimal) -> None:
    value = parse_amount(text)
    assert isinstance(value, Decimal)
    assert value == expected
    # Exact, not a float in disguise: the digits are kept as written.
    assert str(value) == text


@pytest.mark.parametrize(
    "text",
    [
        "19,99",
        "€5",
        "5€",
        "1e3",
        "1E3",
        "",
        " ",
        "1.23456",
        "1,234.56",
        "1 234.56",
        "+5",
        ".5",
        "5.",
        "abc",
        "--3",
    ],
)
def test_parse_amount_refuses_anything_not_canonical(text: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text)
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("value", [19.99, 5, None, Decimal("1.00"), b"19.99", ["19.99"]])
def test_parse_amount_refuses_non_strings(value: object) -> None:
    with pytest.raises(AmountError, match="string"):
        parse_amount(value)  # type: ignore[arg-type]


def test_amount_error_is_a_value_error() -> None:
    assert issubclass(AmountError, ValueError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("19.9"), "19.90"),
        (Decimal("19"), "19.00"),
        (Decimal("0.5"), "0.50"),
        (Decimal("-3"), "-3.00"),
        (Decimal("19.900"), "19.90"),
        (Decimal("1234567.1234"), "1234567.1234"),
        (Decimal("0.123"), "0.123"),
        (Decimal("1E+3"), "1000.00"),
    ],
)
def test_format_amount_gives_at_least_two_decimals_and_keeps_more(value: Decimal, expected: str) -> None:
    assert format_amount(value) == expected


@pytest.mark.parametrize("text", ["19.99", "0.50", "-3.00", "1234567.1234", "0.1230"])
def test_format_amount_round_trips_canonical_text(text: str) -> None:
    assert format_amount(parse_amount(text)) == text


def test_display_amount() -> None:
    assert display_amount("59.9", "EUR") == "59.90 EUR"
    assert display_amount(Decimal("1"), None) == "1.00"
    assert display_amount(None, "EUR") == ""
    assert display_amount("", "EUR") == ""


@pytest.mark.parametrize(
    ("text", "expected"), [("eur", "EUR"), ("EUR", "EUR"), ("Pln", "PLN"), (" usd ", "USD")]
)
def test_parse_currency_uppercases(text: str, expected: str) -> None:
    assert parse_currency(text) == expected


@pytest.mark.parametrize("text", ["EURO", "E1R", "EU", "", "   ", "€", "E R", "ZŁ1"])
def test_parse_currency_refuses_bad_codes(text: str) -> None:
    with pytest.raises(AmountError, match="currency code"):
        parse_currency(text)


@pytest.mark.parametrize("value", [None, 978, b"EUR"])
def test_parse_currency_refuses_non_strings(value: object) -> None:
    with pytest.raises(AmountError):
        parse_currency(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "point", "group", "expected"),
    [
        ("19,99", ",", "\u202f", "19.99"),
        ("1 234,50", ",", "\u202f", "1234.50"),
        ("19.99", ",", "\u202f", "19.99"),  # a dot in France can only be decimals
        ("1.234,50", ",", ".", "1234.50"),  # Spain, Germany
        ("1,234.50", ".", ",", "1234.50"),  # the UK, the US
        ("-5", ".", ",", "-5"),
    ],
)
def test_amounts_typed_in_the_users_locale(text: str, point: str, group: str, expected: str) -> None:
    assert parse_user_amount(text, point, group) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "point", "group"),
    [("12,3,4", ",", " "), ("1.2,3", ",", " "), ("abc", ".", ","), ("", ".", ","), ("€5", ".", ",")],
)
def test_amounts_typed_wrongly_are_refused_with_how_to_write_them(text: str, point: str, group: str) -> None:
    with pytest.raises(AmountError, match=f"19\\{point}99"):
        parse_user_amount(text, point, group)
