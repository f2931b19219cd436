"""The card's last four digits: four digits stay, a whole card number gives its own last four."""

from __future__ import annotations

import pytest

from desktop_app.domain.redact import card_last4


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("4444", "4444"),
        ("0042", "0042"),
        (" 4417 ", "4417"),
        ("44 17", "4417"),
        ("5555 5555 5555 4444", "4444"),
        ("5555555555554444", "4444"),
        ("4111-1111-1111-1111", "1111"),
        ("378282246310005", "0005"),
        ("3782 822463 10005", "0005"),
        ("4222222222222", "2222"),  # 13 digits
        ("6011 0009 9013 9424", "9424"),
        ("4111\u00a01111\u00a01111\u00a01111", "1111"),  # pasted from a web page
    ],
)
def test_four_digits_or_a_whole_card_number_give_the_last_four(typed: str, kept: str) -> None:
    assert card_last4(typed) == kept


def test_a_pasted_card_number_keeps_its_last_four_not_its_first() -> None:
    assert card_last4("5105 1051 0510 5100") == "5100"


@pytest.mark.parametrize(
    ("typed", "quoted", "why"),
    [
        ("5555 5555 5555 4445", "“5555 5555 5555 4445”", "not a valid card number"),
        ("4417123456784417", "“4417123456784417”", "not a valid card number"),
        ("12345", "“12345”", "has 5 digits"),
        ("417", "“417”", "has 3 digits"),
        ("44a4", "“44a4”", "it holds “a”"),
        ("", "“”", "is empty"),
        ("   ", "“”", "is empty"),
        ("٤٤١٧", "“٤٤١٧”", "only the digits 0 to 9"),
        ("４４１７", "“４４１７”", "only the digits 0 to 9"),
        ("-4417", "“-4417”", "dash"),
        ("41111111111111111111", "“41111111111111111111”", "has 20 digits"),
    ],
)
def test_anything_else_is_refused_saying_what_was_read_and_why(typed: str, quoted: str, why: str) -> None:
    with pytest.raises(ValueError) as info:
        card_last4(typed)
    message = str(info.value)
    assert quoted in message
    assert why in message
    assert "type only the last 4 digits" in message or "type the card's last 4 digits" in message


def test_a_refusal_never_repeats_a_full_card_number() -> None:
    with pytest.raises(ValueError) as info:
        card_last4("card 4111 1111 1111 1111")
    message = str(info.value)
    assert "4111 1111 1111 1111" not in message
    assert "•••• •••• •••• 1111" in message
