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

from desktop_app.domain.amounts import figure_field_problems as amount_figure_problems
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
from desktop_app.domain.vocab import (
    Channel,
    CustomerKind,
    EscalationStage,
    IssuerOutcome,
    LetterDelivery,
    MerchantAnswer,
    Vocabulary,
    case_date_name,
)
from desktop_app.i18n import LANGUAGES, translate

_LAST4 = re.compile(r"^[0-9]{4}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def parse_country(text: str) -> str:
    """A country as its two-letter code, upper-cased ("pl" -> "PL"); anything else is refused with
    a ValueError quoting it. The one rule for the window, the command line and case files."""
    if not _COUNTRY.match(text):
        raise ValueError(
            translate(
                "Validation", "“{text}” is not a country: give its two-letter code, such as FR, PL or US"
            ).format(text=text)
        )
    return text.upper()


def parse_language(text: str) -> str:
    """A language chosen for a case, as its code ("FR" -> "fr"): one of :data:`LANGUAGES`, the
    languages of the pack and the letters; anything else is refused with a ValueError quoting it."""
    code = text.strip().lower()
    if code not in LANGUAGES:
        raise ValueError(
            translate(
                "Validation",
                "“{text}” is not a language Dossier writes the pack and the letters in: "
                "give one of {languages} (or nothing, for the country's)",
            ).format(text=text, languages=", ".join(LANGUAGES))
        )
    return code


def language_problems(language: str | None) -> list[str]:
    """Why a case's ``language`` cannot be kept, or []: None (the country's) or a code of LANGUAGES."""
    if language is None or language in LANGUAGES:
        return []
    return [
        translate(
            "Validation",
            "“{language}” is not a language of the pack and the letters (language): "
            "it is one of {languages}, or nothing for the country's",
        ).format(language=language, languages=", ".join(LANGUAGES))
    ]


def delivery_problems(channel: Channel, delivery: LetterDelivery | None) -> list[str]:
    """Why a contact's ``delivery`` (how a letter was sent) cannot be kept, or []: it is one of
    :class:`LetterDelivery`, and said of a letter only."""
    if delivery is None:
        return []
    what = translate("Validation", "a way of sending a letter (delivery)")
    problems = _vocabulary_problems(delivery, LetterDelivery, what)
    if not problems and channel != Channel.LETTER:
        how = channel.label.lower() if isinstance(channel, Channel) else str(channel)
        problems.append(
            translate(
                "Validation",
                "How it was sent (delivery: {delivery}) is said of a letter, and this contact's channel is "
                "{channel}: leave the delivery out, or make the channel letter",
            ).format(delivery=delivery.value, channel=how)
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
        return [
            translate("Validation", "“{currency}” is not written as a currency code: use {code}").format(
                currency=currency, code=currency.strip().upper()
            )
        ]
    return []


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _vocabulary_problems(value: object, vocabulary: type[Vocabulary], what: str) -> list[str]:
    """A value that must be one of ``vocabulary`` (or nothing), as a caller may hand a plain text."""
    if value is None or isinstance(value, vocabulary):
        return []
    return [
        translate(
            "Validation", "“{value}” is not {what}: it is one of {values}", "what: such as “an answer”"
        ).format(value=value, what=what, values=", ".join(vocabulary.values()))
    ]


def figure_field_problems(purchase: Purchase) -> list[tuple[str, str]]:
    """:func:`domain.amounts.figure_problems` of a charge, each with the field it is about
    (``expected_amount`` or ``disputed_amount``)."""
    return amount_figure_problems(purchase)


def issuer_problems(issuer: Issuer, currency: str | None = None) -> list[tuple[str, str]]:
    """Why the facts of a dispute filed with the bank cannot all be true, each with its field of
    :class:`~desktop_app.domain.models.Issuer`; [] when they can. What each date is counted from
    comes first: nothing the bank does precedes the day the dispute was filed."""
    cur = f" {currency}" if currency else ""
    problems: list[tuple[str, str]] = []
    dates = {
        "filed_on": translate("Validation", "issuer's filed on"),
        "provisional_credit_on": translate("Validation", "issuer's provisional credit on"),
        "outcome_on": translate("Validation", "issuer's outcome on"),
        "redebit_on": translate("Validation", "issuer's redebit on"),
    }
    for key, what in dates.items():
        problems += [(key, p) for p in _date_problems(getattr(issuer, key), what)]
    problems += [
        ("outcome", p)
        for p in _vocabulary_problems(issuer.outcome, IssuerOutcome, translate("Validation", "an outcome"))
    ]
    if issuer.provisional_credit is not None and issuer.provisional_credit < 0:
        problems.append(
            (
                "provisional_credit",
                translate(
                    "Validation", "the provisional credit is never negative ({amount} was read)"
                ).format(amount=f"{issuer.provisional_credit}{cur}"),
            )
        )
    if issuer.redebit_amount is not None and issuer.redebit_amount < 0:
        problems.append(
            (
                "redebit_amount",
                translate("Validation", "the re-debit is never negative ({amount} was read)").format(
                    amount=f"{issuer.redebit_amount}{cur}"
                ),
            )
        )
    filed = issuer.filed_on
    for key, what in (
        ("provisional_credit_on", translate("Validation", "the provisional credit")),
        ("outcome_on", translate("Validation", "the outcome")),
        ("redebit_on", translate("Validation", "the re-debit")),
    ):
        day = getattr(issuer, key)
        if filed is not None and day is not None and day < filed:
            said = translate(
                "Validation",
                "{what} is dated {day}, before the dispute was filed ({filed}): the bank acts after a "
                "dispute "
                "is filed; check both dates",
                "what: the provisional credit, the outcome or the re-debit",
            )
            problems.append((key, said.format(what=what, day=day.isoformat(), filed=filed.isoformat())))
    if filed is None and (issuer.outcome is not None or issuer.outcome_on is not None):
        problems.append(
            (
                "filed_on",
                translate(
                    "Validation",
                    "an outcome is given but not the day the dispute was filed: give that date too",
                ),
            )
        )
    if issuer.outcome_on is not None and issuer.outcome is None:
        problems.append(
            (
                "outcome",
                translate(
                    "Validation", "the outcome's date is given but not the outcome: won, lost or partly"
                ),
            )
        )
    credit = issuer.provisional_credit is not None or issuer.provisional_credit_on is not None
    if (issuer.redebit_amount is not None or issuer.redebit_on is not None) and not credit:
        problems.append(
            (
                "redebit_amount" if issuer.redebit_amount is not None else "redebit_on",
                translate(
                    "Validation",
                    "a re-debit takes back a provisional credit, and none is given: give the provisional "
                    "credit (its amount or date) first",
                ),
            )
        )
    credited, taken = issuer.provisional_credit_on, issuer.redebit_on
    if credited is not None and taken is not None and taken < credited:
        said = translate(
            "Validation",
            "the re-debit is dated {taken}, before the provisional credit it takes back ({credited}); "
            "check both dates",
        )
        problems.append(("redebit_on", said.format(taken=taken.isoformat(), credited=credited.isoformat())))
    given, back = issuer.provisional_credit, issuer.redebit_amount
    if given is not None and back is not None and 0 <= given < back:
        said = translate("Validation", "the re-debit ({back}) is more than the provisional credit ({given})")
        problems.append(("redebit_amount", said.format(back=f"{back}{cur}", given=f"{given}{cur}")))
    return problems


def case_problems(case: Case) -> list[str]:
    problems = _currency_problems(case.currency)
    if case.country is not None and not (_COUNTRY.match(case.country) and case.country.isupper()):
        problems.append(
            translate(
                "Validation", "“{country}” is not a country code; use two capital letters, such as FR or PL"
            ).format(country=case.country)
        )
    if case.payment.last4 is not None and not _LAST4.match(case.payment.last4):
        problems.append(
            translate(
                "Validation",
                "Only the last 4 digits of the card are kept, never more and never other characters",
            )
        )
    if case.disputed_amount is not None and case.disputed_amount < 0:
        problems.append(
            translate("Validation", "The amount disputed is never negative ({amount} was given)").format(
                amount=f"{case.disputed_amount} {case.currency}"
            )
        )
    if case.refunded_amount is not None and case.refunded_amount < 0:
        problems.append(
            translate("Validation", "The amount refunded is never negative ({amount} was given)").format(
                amount=f"{case.refunded_amount} {case.currency}"
            )
        )
    for name in CASE_DATE_FIELDS:
        problems += _date_problems(getattr(case.dates, name), case_date_name(name))
    problems += _vocabulary_problems(
        case.customer.kind, CustomerKind, translate("Validation", "a kind of customer (customer.kind)")
    )
    problems += _vocabulary_problems(case.stage, EscalationStage, translate("Validation", "a stage"))
    problems += [_sentence(problem) for problem in language_problems(case.language)]
    problems += [_sentence(problem) for _key, problem in issuer_problems(case.issuer, case.currency)]
    return problems


def purchase_problems(purchase: Purchase) -> list[str]:
    problems = _currency_problems(purchase.currency)
    amount = purchase.amount_problem()
    if amount:
        problems.append(amount[0].upper() + amount[1:])
    problems += [_sentence(problem) for _key, problem in figure_field_problems(purchase)]
    problems += _date_problems(
        purchase.expected_delivery, translate("Validation", "charge's expected delivery")
    )
    return problems + _date_problems(purchase.date, translate("Validation", "charge's date"))


def communication_problems(contact: Communication) -> list[str]:
    problems = []
    if contact.at.tzinfo is None or contact.at.utcoffset() is None:
        problems.append(translate("Validation", "A contact's time needs its time zone"))
    problems += _date_problems(contact.at.date(), translate("Validation", "contact's date"))
    problems += _date_problems(contact.promised_by, translate("Validation", "promise's date"))
    problems += _vocabulary_problems(
        contact.level, EscalationStage, translate("Validation", "a level (who answered)")
    )
    problems += _vocabulary_problems(contact.answer, MerchantAnswer, translate("Validation", "an answer"))
    problems += delivery_problems(contact.channel, contact.delivery)
    if contact.promised_by is not None and not contact.promised_action:
        problems.append(translate("Validation", "Say what was promised, not only by when."))
    if contact.promised_by is not None and contact.promised_by < contact.at.date():
        problems.append(
            translate(
                "Validation",
                "The promise's date {promised} comes before the contact itself ({contact}): a promise is "
                "made for later",
            ).format(promised=contact.promised_by.isoformat(), contact=contact.at.date().isoformat())
        )
    return problems


def task_problems(task: Task) -> list[str]:
    problems = (
        []
        if task.title.strip()
        else [translate("Validation", "Say what is to be done, such as “Call the bank back”.")]
    )
    return problems + _date_problems(task.due, translate("Validation", "due date"))


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
            problems.append(
                translate("Validation", "Redaction box {n} ({read}): its page counts from 1").format(
                    n=n, read=read
                )
            )
        values = {"x": area.x, "y": area.y, "width": area.width, "height": area.height}
        numbers = {
            k: float(v)
            for k, v in values.items()
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
        }
        wrong = [k for k in values if k not in numbers or not 0.0 <= numbers[k] <= 1.0]
        if wrong:
            problems.append(
                translate(
                    "Validation",
                    "Redaction box {n} ({read}): {fields} must be a fraction of the page, from 0 to 1",
                ).format(n=n, read=read, fields=", ".join(_box_field(k) for k in wrong))
            )
            continue
        empty = [k for k in ("width", "height") if numbers[k] == 0.0]
        if empty:
            if len(empty) == 2:
                said = translate("Validation", "Redaction box {n} ({read}): its width and height cannot be 0")
            elif empty == ["width"]:
                said = translate("Validation", "Redaction box {n} ({read}): its width cannot be 0")
            else:
                said = translate("Validation", "Redaction box {n} ({read}): its height cannot be 0")
            problems.append(said.format(n=n, read=read))
        if numbers["x"] + numbers["width"] > 1.0 + 1e-9 or numbers["y"] + numbers["height"] > 1.0 + 1e-9:
            problems.append(
                translate("Validation", "Redaction box {n} ({read}): it goes past the page's edge").format(
                    n=n, read=read
                )
            )
    return problems


def _box_read(area: RedactionArea) -> str:
    return translate("Validation", "page {page}, x {x}, y {y}, width {width}, height {height}").format(
        page=repr(area.page), x=repr(area.x), y=repr(area.y), width=repr(area.width), height=repr(area.height)
    )


def _box_field(name: str) -> str:
    """A redaction box's field as a sentence names it: x, y, width, height."""
    words = {
        "x": translate("Validation", "x"),
        "y": translate("Validation", "y"),
        "width": translate("Validation", "width"),
        "height": translate("Validation", "height"),
    }
    return words[name]


def translation_problems(note: str | None, translation: str | None) -> list[str]:
    """Why a note's translation cannot be kept, or []: it is one line, and it translates a note."""
    text = (translation or "").strip()
    if not text:
        return []
    problems = []
    if "\n" in text or "\r" in text:
        problems.append(
            translate("Validation", "The note's translation is one line; {text} holds a line break").format(
                text=repr(text[:60])
            )
        )
    if not (note or "").strip():
        problems.append(
            translate("Validation", "A note's translation needs the note it translates: write the note first")
        )
    return problems


def evidence_problems(item: EvidenceItem) -> list[str]:
    """Why an evidence item's words and boxes cannot be kept, or []: its title, its note's one-line
    translation (:func:`translation_problems`) and its redaction boxes (:func:`redaction_problems`)."""
    problems = [] if item.title.strip() else [translate("Validation", "Evidence needs a title.")]
    problems += translation_problems(item.note, item.note_translation)
    return problems + redaction_problems(item.redactions)
