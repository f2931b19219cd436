"""The last word on a record, whoever made it: what the services refuse to keep."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.models import Case, CaseDates, Communication, Merchant, Payment, Purchase, Task
from desktop_app.domain.validation import (
    case_problems,
    communication_problems,
    parse_country,
    purchase_problems,
    task_problems,
)
from desktop_app.domain.vocab import Channel, Direction, PurchaseKind, Reason
from desktop_app.errors import InvalidInputError
from desktop_app.services import Services

CASE = Case(title="Gym", merchant=Merchant("FitPlus"), reason=Reason.CANCELLED_RECURRING, currency="PLN")
WARSAW = timezone(timedelta(hours=2))
CONTACT = Communication(
    at=datetime(2026, 10, 5, 14, 30, tzinfo=WARSAW), channel=Channel.CHAT, direction=Direction.OUTGOING
)


def test_a_sound_record_has_no_problem() -> None:
    assert case_problems(CASE) == []
    assert purchase_problems(Purchase(date(2026, 10, 3), Decimal("1440.00"), "PLN")) == []
    assert communication_problems(CONTACT) == []
    assert task_problems(Task("Call the bank", due=date(2026, 12, 1))) == []


@pytest.mark.parametrize(
    ("case", "words"),
    [
        (replace(CASE, currency="EURO"), "currency"),
        (replace(CASE, currency="pln"), "PLN"),
        (replace(CASE, country="POL"), "country"),
        (replace(CASE, country="pl"), "country"),
        (replace(CASE, payment=Payment("card", "visa", "5555555555554444")), "last 4"),
        (replace(CASE, payment=Payment("card", "visa", "44a4")), "last 4"),
        (replace(CASE, disputed_amount=Decimal("-1")), "never negative"),
        (replace(CASE, dates=CaseDates(transaction=date(1989, 12, 31))), "1989"),
        (replace(CASE, dates=CaseDates(statement=date(9999, 12, 31))), "9999"),
    ],
)
def test_a_case_that_cannot_be_right_is_refused(case: Case, words: str) -> None:
    problems = case_problems(case)
    assert problems and words in " ".join(problems)


@pytest.mark.parametrize(
    ("purchase", "words"),
    [
        (Purchase(date(2026, 10, 3), Decimal("-17.99"), "EUR"), "never negative"),
        (
            Purchase(date(2026, 10, 3), Decimal("-1"), "EUR", PurchaseKind.AUTHORISATION_HOLD),
            "never negative",
        ),
        (Purchase(date(2101, 1, 1), Decimal("1"), "EUR"), "2101"),
        (Purchase(date(2026, 10, 3), Decimal("1"), "E1R"), "currency"),
    ],
)
def test_a_charge_that_cannot_be_right_is_refused(purchase: Purchase, words: str) -> None:
    problems = purchase_problems(purchase)
    assert problems and words in " ".join(problems)


def test_a_promise_is_for_later_and_says_what() -> None:
    assert communication_problems(replace(CONTACT, promised_by=date(2026, 10, 19))) != []  # no action
    earlier = replace(CONTACT, promised_action="Refund", promised_by=date(2026, 10, 4))
    assert "before the contact" in " ".join(communication_problems(earlier))
    same_day = replace(CONTACT, promised_action="Refund", promised_by=date(2026, 10, 5))
    assert communication_problems(same_day) == []


def test_the_services_keep_nothing_the_checks_refuse(services: Services, tmp_path: Path) -> None:
    case_id = services.create_case(CASE)
    before = services._store.table_counts()
    with pytest.raises(InvalidInputError, match="never negative"):
        services.add_purchase(case_id, Purchase(date(2026, 10, 3), Decimal("-17.99"), "PLN"))
    with pytest.raises(InvalidInputError, match="last 4"):
        services.create_case(replace(CASE, payment=Payment("card", "visa", "5555555555554444")))
    with pytest.raises(InvalidInputError, match="1989"):
        services.update_case(
            replace(services.case_detail(case_id).case, dates=CaseDates(debit=date(1989, 1, 1)))
        )
    with pytest.raises(InvalidInputError, match="before the contact"):
        services.log_communication(
            case_id, replace(CONTACT, promised_action="Refund", promised_by=date(2026, 9, 1))
        )
    with pytest.raises(InvalidInputError, match="2200"):
        services.add_task(case_id, Task("Far away", due=date(2200, 1, 1)))
    assert services._store.table_counts() == before


def test_a_country_is_two_letters_upper_cased_and_nothing_else() -> None:
    assert parse_country("pl") == "PL" and parse_country("GB") == "GB"
    for text in ("POL", "P", "ß", "é1", " PL", "F1", ""):
        with pytest.raises(ValueError, match="not a country"):
            parse_country(text)
