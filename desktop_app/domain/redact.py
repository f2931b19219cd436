"""Masking what must never leave the user's hands in full.

Every text Dossier prints into a pack or a letter goes through
:func:`mask_sensitive`:

- a payment card number (13 to 19 digits, written with or without spaces
  or dashes, passing the Luhn check) keeps only its last four digits;
- an IBAN (passing its mod-97 check) keeps its country code and last four.

The masked characters become ``•`` and the separators stay, so the
reader still sees the shape of what was there.
"""

from __future__ import annotations

import re

MASK = "•"

# A run of digits possibly separated by spaces (the no-break spaces of a pasted
# web page included) or dashes: up to three between two groups, as text copied
# out of a PDF or a table often has ("4111  1111  1111  1111", "4111 - 1111").
_SEPARATOR = " \u00a0\u202f\\-"
_DIGIT_RUN = re.compile(rf"\d(?:[{_SEPARATOR}]{{0,3}}\d)*")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})\b")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def _grouped_like_a_card(lengths: list[int]) -> bool:
    """Whether groups of digits are written the way card numbers are.

    One unbroken run, or groups that start with four digits and go on in
    groups of four to six ("4111 1111 1111 1111", "3782 822463 10005",
    "6011 0009 9013 9424 123"). An order number "171-4028472-7183042", a
    phone number "+48 600 123 456" or part of an IBAN are not grouped so.
    """
    if len(lengths) == 1:
        return True
    return lengths[0] == 4 and all(4 <= n <= 6 for n in lengths[1:-1]) and 1 <= lengths[-1] <= 6


def _card_spans(run: str, *, glued_before: bool = False, glued_after: bool = False) -> list[tuple[int, int]]:
    """Positions (in ``run``) of the first and last digit to mask, card by card.

    A card number is written as whole groups of digits ("4111 1111 1111 1111",
    "3782-822463-10005", or one run "4111111111111111"), so candidates are
    consecutive whole groups holding 13 to 19 digits, grouped as cards are
    written: no digits are borrowed from a neighbouring number, and a long
    reference is not searched for a Luhn-valid stretch by chance. A group glued
    to a letter (``glued_before`` / ``glued_after``: the run's first or last
    group, as in a Message-ID or a hexadecimal hash) is part of a word, not of
    a card number.
    """
    groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", run)]
    spans: list[tuple[int, int]] = []
    first = 1 if glued_before else 0
    usable = len(groups) - 1 if glued_after else len(groups)
    while first < usable:
        found = None
        digits = ""
        lengths: list[int] = []
        for last in range(first, usable):
            group = run[groups[last][0] : groups[last][1]]
            digits += group
            lengths.append(len(group))
            if len(digits) > 19:
                break
            if len(digits) >= 13 and digits[0] != "0" and _grouped_like_a_card(lengths) and luhn_ok(digits):
                found = last  # keep going: the longest valid number wins
        if found is None:
            first += 1
            continue
        digit_positions = [i for i in range(groups[first][0], groups[found][1]) if run[i].isdigit()]
        spans.append((digit_positions[0], digit_positions[-5]))
        first = found + 1
    return spans


def _runs_with_cards(text: str) -> list[tuple[re.Match[str], list[tuple[int, int]]]]:
    """The runs of digits of ``text`` holding card numbers, with the spans to mask.

    A valid IBAN is an IBAN, not a card number: its digits are left to
    :func:`mask_ibans`.
    """
    ibans = [m.span(1) for m in _IBAN.finditer(text) if iban_ok(m.group(1))]
    found = []
    for match in _DIGIT_RUN.finditer(text):
        start, end = match.span()
        if any(start < iban_end and iban_start < end for iban_start, iban_end in ibans):
            continue
        spans = _card_spans(
            match.group(0),
            glued_before=start > 0 and text[start - 1].isalpha(),
            glued_after=end < len(text) and text[end].isalpha(),
        )
        if spans:
            found.append((match, spans))
    return found


def mask_card_numbers(text: str) -> str:
    """``text`` with every card number's digits but the last four as ``•``; the rest as it was."""
    pieces: list[str] = []
    done = 0
    for match, spans in _runs_with_cards(text):
        chars = list(match.group(0))
        for first, last in spans:
            for i in range(first, last + 1):
                if chars[i].isdigit():
                    chars[i] = MASK
        pieces += [text[done : match.start()], "".join(chars)]
        done = match.end()
    return "".join(pieces) + text[done:]


def mask_stored(text: str | None) -> str | None:
    """What the store keeps of a text: card numbers masked; ``None`` stays ``None``."""
    return None if text is None else mask_card_numbers(text)


def mask_ibans(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        iban = match.group(1)
        if not iban_ok(iban):
            return iban
        chars = list(iban)
        keep_tail = 4
        alnum = [i for i, c in enumerate(chars) if c != " "]
        for i in alnum[2:-keep_tail]:
            chars[i] = MASK
        return "".join(chars)

    return _IBAN.sub(replace, text)


def mask_sensitive(text: str | None) -> str:
    """The text with card numbers and IBANs masked; ``None`` becomes ``""``."""
    if not text:
        return ""
    return mask_card_numbers(mask_ibans(text))


def contains_card_number(text: str) -> bool:
    return bool(_runs_with_cards(text))


# What may stand between the digits of a card number as people type or paste
# it: spaces (including the no-break spaces web pages use) and dashes.
_CARD_SEPARATORS = frozenset(" \t\u00a0\u202f\u2007-\u2010\u2011\u2012\u2013")
_ASCII_DIGITS = frozenset("0123456789")
_LAST4_EXAMPLE = "“4417”"


def card_last4(text: str) -> str:
    """The last four digits of a payment card, from what a person typed.

    Four digits are kept as they are; a full card number (13 to 19 digits
    passing the Luhn check, with or without spaces or dashes between them)
    gives its last four, so pasting the whole number keeps the right ones.
    Anything else raises :class:`ValueError` with a message quoting what was
    read (any full card number in it masked) and saying why it is refused.
    """
    read = text.strip()
    shown = f"“{mask_card_numbers(read)}”"
    if not read:
        raise ValueError(f"{shown} is empty: type the card's last 4 digits, such as {_LAST4_EXAMPLE}")
    strange = list(dict.fromkeys(c for c in read if c not in _ASCII_DIGITS and c not in _CARD_SEPARATORS))
    if strange:
        what = "".join(strange)
        raise ValueError(
            f"{shown} is not the last 4 digits of a card: it holds “{what}”, and only the digits 0 to 9 "
            f"count; type only the last 4 digits, such as {_LAST4_EXAMPLE}"
        )
    if read[0] in _CARD_SEPARATORS or read[-1] in _CARD_SEPARATORS:
        raise ValueError(
            f"{shown} is not the last 4 digits of a card: it starts or ends with a dash; "
            f"type only the last 4 digits, such as {_LAST4_EXAMPLE}"
        )
    digits = "".join(c for c in read if c in _ASCII_DIGITS)
    if len(digits) == 4:
        return digits
    if 13 <= len(digits) <= 19:
        if luhn_ok(digits):
            return digits[-4:]
        raise ValueError(
            f"{shown} is not a valid card number (its check digit does not match): "
            f"type only the last 4 digits, such as {_LAST4_EXAMPLE}"
        )
    count = f"{len(digits)} digit" + ("" if len(digits) == 1 else "s")
    raise ValueError(
        f"{shown} has {count}, neither the last 4 digits nor a whole card number (13 to 19 digits): "
        f"type only the last 4 digits, such as {_LAST4_EXAMPLE}"
    )
