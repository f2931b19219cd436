"""What a record must be before it is kept, whoever made it (the window, a command, a case file).

The window and the command line read what a person typed with their own parsers
(amounts, dates, card digits) and say what is wrong as it is typed; these checks are
the last word, at the services' door, so that no way in keeps what none of them would.
Each returns the problems found, in sentences, or an empty list.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from desktop_app.domain.amounts import figure_problems
from desktop_app.domain.dates import DateInputError, check_date
from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    Communication,
    EvidenceItem,
    Issuer,
    Purchase,
    RedactionArea,
    Task,
)
from desktop_app.domain.money import AmountError, parse_currency
from desktop_app.domain.profiles import LANGUAGES
from desktop_app.domain.vocab import (
    Channel,
    CustomerKind,
    EscalationStage,
    IssuerOutcome,
    LetterDelivery,
    MerchantAnswer,
    Vocabulary,
)

_LAST4 = re.compile(r"^[0-9]{4}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def parse_country(text: str) -> str:
    """A country as its two-letter code, upper-cased ("pl" -> "PL"); anything else is refused with
    a ValueError quoting it. The one rule for the window, the command line and case files."""
    if not _COUNTRY.match(text):
        raise ValueError(f"“{text}” is not a country: give its two-letter code, such as FR, PL or US")
    return text.upper()


def parse_language(text: str) -> str:
    """A language chosen for a case, as its code ("FR" -> "fr"): one of :data:`LANGUAGES`, the
    languages of the pack and the letters; anything else is refused with a ValueError quoting it."""
    code = text.strip().lower()
    if code not in LANGUAGES:
        raise ValueError(
            f"“{text}” is not a language Dossier writes the pack and the letters in: "
            f"give one of {', '.join(LANGUAGES)} (or nothing, for the country's)"
        )
    return code


def language_problems(language: str | None) -> list[str]:
    """Why a case's ``language`` cannot be kept, or []: None (the country's) or a code of LANGUAGES."""
    if language is None or language in LANGUAGES:
        return []
    return [
        f"“{language}” is not a language of the pack and the letters (language): "
        f"it is one of {', '.join(LANGUAGES)}, or nothing for the country's"
    ]


def delivery_problems(channel: Channel, delivery: LetterDelivery | None) -> list[str]:
    """Why a contact's ``delivery`` (how a letter was sent) cannot be kept, or []: it is one of
    :class:`LetterDelivery`, and said of a letter only."""
    if delivery is None:
        return []
    problems = _vocabulary_problems(delivery, LetterDelivery, "a way of sending a letter (delivery)")
    if not problems and channel != Channel.LETTER:
        how = channel.label.lower() if isinstance(channel, Channel) else str(channel)
        problems.append(
            f"How it was sent (delivery: {delivery.value}) is said of a letter, and this contact's "
            f"channel is {how}: leave the delivery out, or make the channel letter"
        )
    return problems


def _date_problems(day: date | None, what: str) -> list[str]:
    if day is None:
        return []
    try:
        check_date(day, what)
    except DateInputError as exc:
        return [str(exc)]
    return []


def _currency_problems(currency: str) -> list[str]:
    try:
        parse_currency(currency)
    except AmountError as exc:
        return [str(exc)]
    if currency != currency.strip().upper():
        return [f"“{currency}” is not written as a currency code: use {currency.strip().upper()}"]
    return []


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _vocabulary_problems(value: object, vocabulary: type[Vocabulary], what: str) -> list[str]:
    """A value that must be one of ``vocabulary`` (or nothing), as a caller may hand a plain text."""
    if value is None or isinstance(value, vocabulary):
        return []
    return [f"“{value}” is not {what}: it is one of {', '.join(vocabulary.values())}"]


def figure_field_problems(purchase: Purchase) -> list[tuple[str, str]]:
    """:func:`domain.amounts.figure_problems` of a charge, each with the field it is about
    (``expected_amount`` or ``disputed_amount``)."""
    return [
        ("expected_amount" if problem.startswith("the agreed") else "disputed_amount", problem)
        for problem in figure_problems(purchase)
    ]


def issuer_problems(issuer: Issuer, currency: str | None = None) -> list[tuple[str, str]]:
    """Why the facts of a dispute filed with the bank cannot all be true, each with its field of
    :class:`~desktop_app.domain.models.Issuer`; [] when they can. What each date is counted from
    comes first: nothing the bank does precedes the day the dispute was filed."""
    cur = f" {currency}" if currency else ""
    problems: list[tuple[str, str]] = []
    for key in ("filed_on", "provisional_credit_on", "outcome_on", "redebit_on"):
        problems += [
            (key, p) for p in _date_problems(getattr(issuer, key), f"issuer's {key.replace('_', ' ')}")
        ]
    problems += [("outcome", p) for p in _vocabulary_problems(issuer.outcome, IssuerOutcome, "an outcome")]
    for key, what in (("provisional_credit", "provisional credit"), ("redebit_amount", "re-debit")):
        amount = getattr(issuer, key)
        if amount is not None and amount < 0:
            problems.append((key, f"the {what} is never negative ({amount}{cur} was read)"))
    filed = issuer.filed_on
    for key, what in (
        ("provisional_credit_on", "the provisional credit"),
        ("outcome_on", "the outcome"),
        ("redebit_on", "the re-debit"),
    ):
        day = getattr(issuer, key)
        if filed is not None and day is not None and day < filed:
            problems.append(
                (key, f"{what} is dated {day.isoformat()}, before the dispute was filed "
                      f"({filed.isoformat()}): the bank acts after a dispute is filed; check both dates")
            )  # fmt: skip
    if filed is None and (issuer.outcome is not None or issuer.outcome_on is not None):
        problems.append(
            ("filed_on", "an outcome is given but not the day the dispute was filed: give that date too")
        )
    if issuer.outcome_on is not None and issuer.outcome is None:
        problems.append(("outcome", "the outcome's date is given but not the outcome: won, lost or partly"))
    credit = issuer.provisional_credit is not None or issuer.provisional_credit_on is not None
    if (issuer.redebit_amount is not None or issuer.redebit_on is not None) and not credit:
        problems.append(
            ("redebit_amount" if issuer.redebit_amount is not None else "redebit_on",
             "a re-debit takes back a provisional credit, and none is given: give the provisional "
             "credit (its amount or date) first")
        )  # fmt: skip
    credited, taken = issuer.provisional_credit_on, issuer.redebit_on
    if credited is not None and taken is not None and taken < credited:
        problems.append(
            ("redebit_on", f"the re-debit is dated {taken.isoformat()}, before the provisional credit it "
                           f"takes back ({credited.isoformat()}); check both dates")
        )  # fmt: skip
    given, back = issuer.provisional_credit, issuer.redebit_amount
    if given is not None and back is not None and 0 <= given < back:
        problems.append(
            (
                "redebit_amount",
                f"the re-debit ({back}{cur}) is more than the provisional credit ({given}{cur})",
            )
        )
    return problems


def case_problems(case: Case) -> list[str]:
    problems = _currency_problems(case.currency)
    if case.country is not None and not (_COUNTRY.match(case.country) and case.country.isupper()):
        problems.append(f"“{case.country}” is not a country code; use two capital letters, such as FR or PL")
    if case.payment.last4 is not None and not _LAST4.match(case.payment.last4):
        problems.append("Only the last 4 digits of the card are kept, never more and never other characters")
    for name, amount in (("disputed", case.disputed_amount), ("refunded", case.refunded_amount)):
        if amount is not None and amount < 0:
            problems.append(f"The amount {name} is never negative ({amount} {case.currency} was given)")
    for name in CASE_DATE_FIELDS:
        problems += _date_problems(getattr(case.dates, name), f"date ({name.replace('_', ' ')})")
    problems += _vocabulary_problems(case.customer.kind, CustomerKind, "a kind of customer (customer.kind)")
    problems += _vocabulary_problems(case.stage, EscalationStage, "a stage")
    problems += [_sentence(problem) for problem in language_problems(case.language)]
    problems += [_sentence(problem) for _key, problem in issuer_problems(case.issuer, case.currency)]
    return problems


def purchase_problems(purchase: Purchase) -> list[str]:
    problems = _currency_problems(purchase.currency)
    amount = purchase.amount_problem()
    if amount:
        problems.append(amount[0].upper() + amount[1:])
    problems += [_sentence(problem) for _key, problem in figure_field_problems(purchase)]
    problems += _date_problems(purchase.expected_delivery, "charge's expected delivery")
    return problems + _date_problems(purchase.date, "charge's date")


def communication_problems(contact: Communication) -> list[str]:
    problems = []
    if contact.at.tzinfo is None or contact.at.utcoffset() is None:
        problems.append("A contact's time needs its time zone")
    problems += _date_problems(contact.at.date(), "contact's date")
    problems += _date_problems(contact.promised_by, "promise's date")
    problems += _vocabulary_problems(contact.level, EscalationStage, "a level (who answered)")
    problems += _vocabulary_problems(contact.answer, MerchantAnswer, "an answer")
    problems += delivery_problems(contact.channel, contact.delivery)
    if contact.promised_by is not None and not contact.promised_action:
        problems.append("Say what was promised, not only by when.")
    if contact.promised_by is not None and contact.promised_by < contact.at.date():
        problems.append(
            f"The promise's date {contact.promised_by.isoformat()} comes before the contact itself "
            f"({contact.at.date().isoformat()}): a promise is made for later"
        )
    return problems


def task_problems(task: Task) -> list[str]:
    problems = [] if task.title.strip() else ["Say what is to be done, such as “Call the bank back”."]
    return problems + _date_problems(task.due, "due date")


def redaction_problems(areas: Sequence[RedactionArea]) -> list[str]:
    """Why an exhibit's redaction boxes cannot be kept, or []: each box is on a page counted from
    1, and its ``x``, ``y``, ``width`` and ``height`` are fractions (0 to 1) of the page, the box
    inside the page and of some size. Each problem names the box (by its place, from 1) and what
    was read; nothing is clamped or guessed."""
    problems = []
    for n, area in enumerate(areas, start=1):
        read = _box_read(area)
        page = area.page
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            problems.append(f"Redaction box {n} ({read}): its page counts from 1")
        values = {"x": area.x, "y": area.y, "width": area.width, "height": area.height}
        numbers = {
            k: float(v)
            for k, v in values.items()
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
        }
        wrong = [k for k in values if k not in numbers or not 0.0 <= numbers[k] <= 1.0]
        if wrong:
            problems.append(
                f"Redaction box {n} ({read}): {', '.join(wrong)} must be a fraction of the page, from 0 to 1"
            )
            continue
        empty = [k for k in ("width", "height") if numbers[k] == 0.0]
        if empty:
            problems.append(f"Redaction box {n} ({read}): its {' and '.join(empty)} cannot be 0")
        if numbers["x"] + numbers["width"] > 1.0 + 1e-9 or numbers["y"] + numbers["height"] > 1.0 + 1e-9:
            problems.append(f"Redaction box {n} ({read}): it goes past the page's edge")
    return problems


def _box_read(area: RedactionArea) -> str:
    return f"page {area.page!r}, x {area.x!r}, y {area.y!r}, width {area.width!r}, height {area.height!r}"


def translation_problems(note: str | None, translation: str | None) -> list[str]:
    """Why a note's translation cannot be kept, or []: it is one line, and it translates a note."""
    text = (translation or "").strip()
    if not text:
        return []
    problems = []
    if "\n" in text or "\r" in text:
        problems.append(f"The note's translation is one line; {text[:60]!r} holds a line break")
    if not (note or "").strip():
        problems.append("A note's translation needs the note it translates: write the note first")
    return problems


def evidence_problems(item: EvidenceItem) -> list[str]:
    """Why an evidence item's words and boxes cannot be kept, or []: its title, its note's one-line
    translation (:func:`translation_problems`) and its redaction boxes (:func:`redaction_problems`)."""
    problems = [] if item.title.strip() else ["Evidence needs a title."]
    problems += translation_problems(item.note, item.note_translation)
    return problems + redaction_problems(item.redactions)
