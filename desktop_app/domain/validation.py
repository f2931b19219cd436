"""What a record must be before it is kept, whoever made it (the window, a command, a case file).

The window and the command line read what a person typed with their own parsers
(amounts, dates, card digits) and say what is wrong as it is typed; these checks are
the last word, at the services' door, so that no way in keeps what none of them would.
Each returns the problems found, in sentences, or an empty list.
"""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.dates import DateInputError, check_date
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, Purchase, Task
from desktop_app.domain.money import AmountError, parse_currency

_LAST4 = re.compile(r"^[0-9]{4}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def parse_country(text: str) -> str:
    """A country as its two-letter code, upper-cased ("pl" -> "PL"); anything else is refused with
    a ValueError quoting it. The one rule for the window, the command line and case files."""
    if not _COUNTRY.match(text):
        raise ValueError(f"“{text}” is not a country: give its two-letter code, such as FR, PL or US")
    return text.upper()


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
    return problems


def purchase_problems(purchase: Purchase) -> list[str]:
    problems = _currency_problems(purchase.currency)
    amount = purchase.amount_problem()
    if amount:
        problems.append(amount[0].upper() + amount[1:])
    return problems + _date_problems(purchase.date, "charge's date")


def communication_problems(contact: Communication) -> list[str]:
    problems = []
    if contact.at.tzinfo is None or contact.at.utcoffset() is None:
        problems.append("A contact's time needs its time zone")
    problems += _date_problems(contact.at.date(), "contact's date")
    problems += _date_problems(contact.promised_by, "promise's date")
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
