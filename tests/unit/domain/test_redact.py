"""Card numbers and IBANs never appear in full in what Dossier prints."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.domain import redact
from desktop_app.domain.redact import (
    contains_card_number,
    iban_ok,
    luhn_ok,
    mask_card_numbers,
    mask_sensitive,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4111111111111111", "••••••••••••1111"),
        ("card 4111 1111 1111 1111 used", "card •••• •••• •••• 1111 used"),
        ("4111-1111-1111-1111", "••••-••••-••••-1111"),
        ("amex 3782 822463 10005", "amex •••• •••••• •0005"),
        ("5555555555554444, then 4012888888881881", "••••••••••••4444, then ••••••••••••1881"),
        ("19-digit 6011 0009 9013 9424 123", None),  # masked somehow: checked below
    ],
)
def test_card_numbers_keep_only_their_last_four(text: str, expected: str | None) -> None:
    masked = mask_sensitive(text)
    if expected is not None:
        assert masked == expected
    digits = re.sub(r"\D", "", masked)
    assert not any(luhn_ok(digits[i : i + n]) and len(digits[i : i + n]) == n
                   for n in range(13, 20) for i in range(0, max(0, len(digits) - n + 1))
                   if digits[i : i + n][0] != "0")  # fmt: skip


def test_a_card_number_followed_by_other_digits_is_still_found() -> None:
    assert mask_sensitive("4111 1111 1111 1111 2026") == "•••• •••• •••• 1111 2026"
    assert mask_sensitive("4111 1111 1111 1111 123").count("•") >= 12


@pytest.mark.parametrize(
    "text",
    [
        "order SN-2026-0915-8841 of 2026-09-15 10:05",
        "phone +33 1 84 80 12 34",
        "4111 1111 1111 1112",  # fails the Luhn check
        "invoice F-2026-091502, amount 17.99 EUR",
        "1234567890123",  # 13 digits failing Luhn
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert mask_sensitive(text) == text


def test_ibans_keep_country_code_and_last_four() -> None:
    assert iban_ok("FR76 3000 6000 0112 3456 7890 189")
    assert (
        mask_sensitive("IBAN FR76 3000 6000 0112 3456 7890 189.") == "IBAN FR•• •••• •••• •••• •••• •••0 189."
    )
    assert mask_sensitive("PL61109010140000071219812874") == "PL••••••••••••••••••••••2874"
    assert mask_sensitive("ES91 2100 0418 4502 0005 1332").endswith("1332")
    assert "2100 0418" not in mask_sensitive("ES91 2100 0418 4502 0005 1332")
    assert mask_sensitive("FR00 0000 0000 0000 0000 0000 000") == "FR00 0000 0000 0000 0000 0000 000"


def test_none_and_empty() -> None:
    assert mask_sensitive(None) == ""
    assert mask_sensitive("") == ""


def test_contains_card_number() -> None:
    assert contains_card_number("paid with 4111 1111 1111 1111")
    assert not contains_card_number("paid with card ending 1111")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "card 4111\u00a01111\u00a01111\u00a01111",
            "card ••••\u00a0••••\u00a0••••\u00a01111",
        ),  # pasted from a page
        ("card 4111\u202f1111\u202f1111\u202f1111", "card ••••\u202f••••\u202f••••\u202f1111"),
        ("(4111111111111111)", "(••••••••••••1111)"),
        ("receipt_4111111111111111.pdf", "receipt_••••••••••••1111.pdf"),
        ("4111  1111  1111  1111", "••••  ••••  ••••  1111"),  # copied out of a PDF
        ("4111 - 1111 - 1111 - 1111", "•••• - •••• - •••• - 1111"),
    ],
)
def test_card_numbers_written_in_other_ways_are_masked(text: str, expected: str) -> None:
    assert mask_card_numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order 171-4028472-7183043",  # 17 digits in groups of 3-7-7, Luhn-valid: an order number
        "IBAN PL61 1090 1014 0000 0712 1981 2874",  # holds a Luhn-valid run of four groups of four
        "Message-ID <CAF4111111111111111@mail.example>",  # digits glued to letters: part of a word
        "sha256 3f4111111111111111a5",
        "call +48 600 123 456 789 0",
    ],
)
def test_what_only_looks_like_a_card_number_is_kept(text: str) -> None:
    assert mask_card_numbers(text) == text
    assert not contains_card_number(text)


def test_a_valid_iban_is_left_to_the_iban_mask() -> None:
    text = "IBAN PL61 1090 1014 0000 0712 1981 2874"
    assert mask_sensitive(text) == "IBAN PL•• •••• •••• •••• •••• •••• 2874"


def _runs_with_cards_walked(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int, int]]]]:
    """The walk of every run of digits, as it was before the 13-digit search went first."""
    ibans = redact._iban_spans(text)
    found = []
    for match in redact._DIGIT_RUN.finditer(text):
        start, end = match.span()
        if any(start < iban_end and iban_start < end for iban_start, iban_end in ibans):
            continue
        spans = redact._card_spans(
            match.group(0),
            glued_before=start > 0 and text[start - 1].isalpha(),
            glued_after=end < len(text) and text[end].isalpha(),
        )
        if spans:
            found.append((match.span(), spans))
    return found


def test_the_search_for_13_digits_first_finds_every_card_the_walk_finds() -> None:
    rng = random.Random(13)
    pieces = [
        "4111 1111 1111 1111", "4012888888881881", "3782-822463-10005", "5555\u00a05555\u202f5555 4444",
        "DE89 3704 0044 0532 0130 00", "2026-12-02", "17,99 €", "x", "ab", " ", "-", "\u00a0", "\n", "٣",
        "1234", "12", "0", "9", "  ", " - ", "6011 0009 9013 9424 123", "4111111111111",
    ]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    assert sum(1 for text in texts if _runs_with_cards_walked(text)) > 1000  # cards are there to find
    for text in texts:
        found = [(match.span(), spans) for match, spans in redact._runs_with_cards(text)]
        assert found == _runs_with_cards_walked(text), text
