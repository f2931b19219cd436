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
from dataclasses import dataclass

from desktop_app.i18n import translate, translate_n

MASK = "•"

# A run of digits possibly separated by spaces (the no-break spaces of a pasted
# web page included) or dashes: up to three between two groups, as text copied
# out of a PDF or a table often has ("4111  1111  1111  1111", "4111 - 1111").
_SEPARATOR = " \u00a0\u202f\\-"
_DIGIT_RUN = re.compile(rf"\d(?:[{_SEPARATOR}]{{0,3}}\d)*")
# What a run holding a card number holds at least: 13 digits, up to three separators between two.
_THIRTEEN_IN_A_RUN = re.compile(rf"\d(?:[{_SEPARATOR}]{{0,3}}\d){{12}}")
# Where an IBAN may start: a country code and two check digits, not glued to a word before.
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}")
_IBAN_SEPARATORS = frozenset(" \u00a0\u202f")
# The length of each country's IBAN (SWIFT's IBAN Registry, release 98, 2024): an IBAN written
# before other words ("... 2874 BIC BREXPLPW") ends where its country says it ends.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25,
    "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
# Line breaks (and tabs, as between two table cells) read as spaces when a number may run over
# two lines: a statement's PDF, a hard-wrapped e-mail.
_LINE_BREAKS = str.maketrans("\r\n\t\x0b\x0c\u2028\u2029", "       ")


@dataclass(frozen=True)
class Finding:
    """A card number or an IBAN in a text: ``text[start:end]``, from its first character to its last."""

    start: int
    end: int
    kind: str  # "card" or "iban"


@dataclass(frozen=True)
class RedactionNote:
    """One line of the pack's integrity appendix: what was covered in an exhibit, and why.

    ``page`` is the exhibit's page (from 1), or None for a text Dossier sets out itself (an e-mail,
    a text file), where the numbers are masked to their last four characters; ``areas`` how many
    places; ``reasons`` among "card", "iban" and "user" (boxes the user drew).
    """

    page: int | None
    areas: int
    reasons: tuple[str, ...]


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
    compact = "".join(c for c in iban if c not in _IBAN_SEPARATORS)
    if not 15 <= len(compact) <= 34 or not compact.isascii() or not compact.isalnum():
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


def _card_spans(
    run: str, *, glued_before: bool = False, glued_after: bool = False
) -> list[tuple[int, int, int]]:
    """Positions (in ``run``) of each card's first digit, first of its last four, and last digit.

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
    spans: list[tuple[int, int, int]] = []
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
        spans.append((digit_positions[0], digit_positions[-5], digit_positions[-1]))
        first = found + 1
    return spans


def _iban_spans(text: str) -> list[tuple[int, int]]:
    """Where valid IBANs are in ``text``: (first character, one past the last).

    An IBAN is a country code, two check digits and up to 30 letters or digits, in groups of
    any size separated by spaces (or no-break spaces, up to three). It ends where its country's
    length says (any country: the longest stretch passing the mod-97 check), at the end of a group:
    the words after it ("BIC", a name) are not part of it.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    while (match := _IBAN_START.search(text, position)) is not None:
        start = match.start()
        ends: list[tuple[int, int]] = []  # (alnum count, end) at the end of each group
        count, i, gap = 0, start, 0
        while i < len(text) and count < 34:
            char = text[i]
            if char.isascii() and char.isalnum() and (char.isdigit() or char.isupper()):
                count += 1
                gap = 0
                i += 1
                if i == len(text) or not text[i].isalnum():
                    ends.append((count, i))
            elif char in _IBAN_SEPARATORS and gap < 3 and count:
                gap += 1
                i += 1
            else:
                break
        wanted = IBAN_LENGTHS.get(text[start : start + 2])
        found = None
        for length, end in reversed(ends):
            if length < 15 or (wanted is not None and length != wanted):
                continue
            if iban_ok(text[start:end]):
                found = end
                break
        if found is None:
            position = match.end()
            continue
        spans.append((start, found))
        position = found
    return spans


def _runs_with_cards(
    text: str, ibans: list[tuple[int, int]] | None = None
) -> list[tuple[re.Match[str], list[tuple[int, int, int]]]]:
    """The runs of digits of ``text`` holding card numbers, with, for each card, the positions
    (in the run) of its first digit, of the first of its last four, and of its last digit.

    A valid IBAN is an IBAN, not a card number: its digits are left to :func:`mask_ibans`.
    """
    if _THIRTEEN_IN_A_RUN.search(text) is None:
        # No run of digits holds 13 of them, so none holds a card number: one search in C, where
        # the walk below is Python's for every run (a pack's texts have thousands: dates, amounts).
        return []
    if ibans is None:
        ibans = _iban_spans(text)
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


def find_sensitive(text: str, *, across_lines: bool = False) -> list[Finding]:
    """Every card number and IBAN of ``text``, in order, each from its first character to its last.

    ``across_lines``: a line break or a tab between two groups of digits is read as a space, so
    that a number cut at the end of a line ("5555 5555" / "5555 4444"), or set in two table
    cells, is still found. The positions are those of ``text``.
    """
    if across_lines:
        text = text.translate(_LINE_BREAKS)
    ibans = _iban_spans(text)
    found = [Finding(start, end, "iban") for start, end in ibans]
    for match, spans in _runs_with_cards(text, ibans):
        found += [Finding(match.start() + a, match.start() + c + 1, "card") for a, _, c in spans]
    return sorted(found, key=lambda f: f.start)


def mask_card_numbers(text: str, *, across_lines: bool = False) -> str:
    """``text`` with every card number's digits but the last four as ``•``; the rest as it was."""
    searched = text.translate(_LINE_BREAKS) if across_lines else text
    chars = list(text)
    for match, spans in _runs_with_cards(searched):
        for first, last, _ in spans:
            for i in range(match.start() + first, match.start() + last + 1):
                if chars[i].isdigit():
                    chars[i] = MASK
    return "".join(chars)


def mask_stored(text: str | None) -> str | None:
    """What the store keeps of a text: card numbers masked; ``None`` stays ``None``."""
    return None if text is None else mask_card_numbers(text)


def _mask_iban_spans(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        alnum = [i for i in range(start, end) if chars[i].isalnum()]
        for i in alnum[2:-4]:  # the country code and the last four stay
            chars[i] = MASK
    return "".join(chars)


def mask_ibans(text: str) -> str:
    return _mask_iban_spans(text, _iban_spans(text))


def mask_sensitive(text: str | None, *, across_lines: bool = False) -> str:
    """The text with card numbers and IBANs masked; ``None`` becomes ``""``.

    ``across_lines``: as :func:`find_sensitive`, numbers running over a line break are masked too.
    """
    if not text:
        return ""
    searched = text.translate(_LINE_BREAKS) if across_lines else text
    ibans = _iban_spans(searched)
    masked = list(_mask_iban_spans(text, ibans))
    for match, spans in _runs_with_cards(searched, ibans):
        for first, last, _ in spans:
            for i in range(match.start() + first, match.start() + last + 1):
                if masked[i].isdigit():
                    masked[i] = MASK
    return "".join(masked)


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
    example = _LAST4_EXAMPLE
    if not read:
        raise ValueError(
            translate(
                "Validation", "{text} is empty: type the card's last 4 digits, such as {example}"
            ).format(text=shown, example=example)
        )
    strange = list(dict.fromkeys(c for c in read if c not in _ASCII_DIGITS and c not in _CARD_SEPARATORS))
    if strange:
        raise ValueError(
            translate(
                "Validation",
                "{text} is not the last 4 digits of a card: it holds “{characters}”, and only the digits "
                "0 to 9 "
                "count; type only the last 4 digits, such as {example}",
            ).format(text=shown, characters="".join(strange), example=example)
        )
    if read[0] in _CARD_SEPARATORS or read[-1] in _CARD_SEPARATORS:
        raise ValueError(
            translate(
                "Validation",
                "{text} is not the last 4 digits of a card: it starts or ends with a dash; "
                "type only the last 4 digits, such as {example}",
            ).format(text=shown, example=example)
        )
    digits = "".join(c for c in read if c in _ASCII_DIGITS)
    if len(digits) == 4:
        return digits
    if 13 <= len(digits) <= 19:
        if luhn_ok(digits):
            return digits[-4:]
        raise ValueError(
            translate(
                "Validation",
                "{text} is not a valid card number (its check digit does not match): "
                "type only the last 4 digits, such as {example}",
            ).format(text=shown, example=example)
        )
    raise ValueError(
        translate_n(
            "Validation",
            "{text} has %n digit(s), neither the last 4 digits nor a whole card number (13 to 19 digits): "
            "type only the last 4 digits, such as {example}",
            len(digits),
        ).format(text=shown, example=example)
    )


@dataclass(frozen=True)
class Reproduction:
    """How the pack reproduces an exhibit, for the integrity appendix to say so honestly.

    ``kind``: "pages" (a PDF's own pages; ``raster_pages`` turned into images, at ``dpi``, to
    carry redactions), "image_as_received" (the image's bytes, unchanged), "image_pixels" (its
    pixels, unscaled and losslessly stored), "image_jpeg" (re-encoded as JPEG at ``quality``;
    scaled from ``from_width`` x ``from_height`` to ``width`` x ``height`` when those differ),
    "email" / "text" (set out again by Dossier from the file's text), "described" (a page
    describing a file that has no pages), "missing" (a page saying why it could not be included).
    ``redacted``: the user's boxes were burnt into a copy first.
    """

    kind: str
    width: int = 0
    height: int = 0
    from_width: int = 0
    from_height: int = 0
    quality: int = 0
    raster_pages: tuple[int, ...] = ()
    dpi: int = 0
    redacted: bool = False
