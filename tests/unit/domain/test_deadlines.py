"""Deadline arithmetic (property tests over leap years, month ends and clock changes) and worked examples."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.deadlines import (
    DeadlineRuleError,
    add,
    add_business_days,
    add_months,
    compute_deadlines,
    parse_deadline_rules,
)
from desktop_app.domain.models import Case, CaseDates, Merchant, Payment
from desktop_app.domain.vocab import Reason
from desktop_app.resources import resource_path

TABLE: dict[str, Any] = json.loads(resource_path("rules", "deadlines.json").read_text(encoding="utf-8"))
RULES = parse_deadline_rules(TABLE)
TODAY = date(2026, 11, 23)
days = st.dates(min_value=date(1999, 1, 1), max_value=date(2099, 12, 31))


@given(days, st.integers(min_value=0, max_value=2000))
def test_adding_days_adds_exactly_that_many(day: date, n: int) -> None:
    assert (add(day, "days", n) - day).days == n
    assert (add(day, "weeks", n) - day).days == 7 * n


@given(days, st.integers(min_value=0, max_value=240))
def test_adding_months_keeps_the_day_or_takes_the_last_of_a_shorter_month(day: date, n: int) -> None:
    later = add_months(day, n)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == n
    if later.day != day.day:
        assert later.day < day.day and (later + timedelta(days=1)).day == 1  # the month's last day
    assert add_months(day, 0) == day


@given(days, st.integers(min_value=0, max_value=400))
def test_business_days_skip_weekends_and_count_exactly(day: date, n: int) -> None:
    later = add_business_days(day, n)
    between = [day + timedelta(days=k) for k in range(1, (later - day).days + 1)]
    assert sum(1 for d in between if d.weekday() < 5) == n
    if n:
        assert later.weekday() < 5


@given(
    st.integers(min_value=2000, max_value=2090),
    st.sampled_from(["Europe/Warsaw", "Europe/Paris", "America/New_York"]),
)
def test_a_clock_change_does_not_move_a_deadline(year: int, zone: str) -> None:
    # The night the clocks change, 23 or 25 hours long, is still one day.
    tz = ZoneInfo(zone)
    for month in (3, 10, 11):
        for day in range(1, 29):
            start = datetime(year, month, day, 23, 30, tzinfo=tz)
            assert add(start.date(), "days", 1) == (start + timedelta(days=1)).date()
            assert add(start.date(), "days", 120) == start.date() + timedelta(days=120)


def test_leap_years_and_month_ends_by_hand() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2023, 2, 28), 12) == date(2024, 2, 28)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add(date(2028, 2, 28), "days", 1) == date(2028, 2, 29)
    assert add_business_days(date(2026, 11, 20), 15) == date(2026, 12, 11)  # a Friday: three weeks on
    assert add_business_days(date(2026, 11, 21), 1) == date(2026, 11, 23)  # Saturday: next is Monday


def case(**facts: Any) -> Case:
    dates = CaseDates(**facts.pop("dates", {}))
    payment = facts.pop("payment", Payment())
    return Case(
        "Case",
        Merchant("Shop"),
        facts.pop("reason", Reason.OTHER),
        "EUR",
        payment=payment,
        dates=dates,
        **facts,
    )


def due(found: list[Any], rule_id: str) -> date:
    return next(d.due for d in found if d.rule_id == rule_id)


def test_a_card_purchase() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.CANCELLED_RECURRING,
            country="FR",
            payment=Payment("card", "visa", "4417"),
            dates={"transaction": date(2026, 9, 15)},
        ),
        RULES,
        TODAY,
    )
    assert [d.rule_id for d in found] == ["card-chargeback"]
    (chargeback,) = found
    assert chargeback.due == date(2027, 1, 13)  # Sep 16..30 (15) + Oct 31 + Nov 30 + Dec 31 + Jan 13
    assert chargeback.days_left == 51 and chargeback.count == "120 days" and "Visa" in chargeback.source


def test_a_us_credit_card_statement() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.DUPLICATE,
            country="US",
            payment=Payment("card", "visa", None, "credit"),
            dates={"transaction": date(2026, 3, 2), "statement": date(2026, 3, 10)},
        ),
        RULES,
        TODAY,
    )
    assert due(found, "us-fcba") == date(2026, 5, 9)  # Mar 11..31 (21) + Apr 30 + May 9
    # A duplicate is a Visa processing error (12.6.1), cited as such (issue 15: it cited 13.x before).
    assert due(found, "card-chargeback-processing") == date(
        2026, 6, 30
    )  # Mar 3..31 (29) + Apr 30 + May 31 + Jun 30
    assert "us-reg-e" not in {d.rule_id for d in found}
    assert found[0].rule_id == "us-fcba" and found[0].past and found[0].days_left == -198


def test_a_us_debit_card_follows_regulation_e() -> None:
    found = compute_deadlines(
        case(
            country="US", payment=Payment("card", None, None, "debit"), dates={"statement": date(2026, 12, 1)}
        ),
        RULES,
        TODAY,
    )
    assert due(found, "us-reg-e") == date(2027, 1, 30)


def test_a_sepa_direct_debit() -> None:
    found = compute_deadlines(
        case(country="PL", payment=Payment("direct_debit"), dates={"debit": date(2026, 1, 30)}), RULES, TODAY
    )
    assert [d.rule_id for d in found] == ["sepa-refund"]
    assert found[0].due == date(2026, 3, 27)  # 8 weeks: Jan 31 (1) + Feb 28 + Mar 27


def test_a_return_waits_fifteen_days() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.NOT_AS_DESCRIBED,
            country="ES",
            payment=Payment(
                "card", "visa"
            ),  # issue 15: the 15-day wait is Visa's (13.3), never a Mastercard's
            dates={"transaction": date(2026, 11, 2), "returned": date(2026, 12, 20)},
        ),
        RULES,
        TODAY,
    )
    wait = next(d for d in found if d.rule_id == "card-return-wait")
    assert wait.kind == "wait" and wait.due == date(2027, 1, 4)  # Dec 21..31 (11) + Jan 4
    assert due(found, "card-chargeback") == date(
        2027, 3, 2
    )  # Nov 3..30 (28) + Dec 31 + Jan 31 + Feb 28 + Mar 2


def test_a_refund_promise_waits_then_runs_120_days() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.CREDIT_NOT_PROCESSED,
            payment=Payment("card", "visa"),
            dates={"transaction": date(2026, 9, 15), "credit_promised": date(2026, 10, 16)},
        ),
        RULES,
        TODAY,
    )
    assert due(found, "card-credit-wait") == date(2026, 10, 31)
    assert due(found, "card-credit-chargeback") == date(2027, 2, 13)


def test_where_sources_disagree_the_earlier_date_is_shown_and_said() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.UNAUTHORIZED,
            country="FR",
            payment=Payment("card", "mastercard"),
            dates={"transaction": date(2026, 2, 1), "debit": date(2026, 2, 3)},
        ),
        RULES,
        TODAY,
    )
    fraud = next(d for d in found if d.rule_id == "card-chargeback-fraud-mastercard")
    assert (
        fraud.due == date(2026, 5, 2) and fraud.count == "90 days"
    )  # Feb 2..28 (27) + Mar 31 + Apr 30 + May 2
    assert "Sources disagree" in fraud.note and "120 days" in fraud.note
    assert due(found, "eu-unauthorised") == date(2027, 3, 3)  # 13 months after the debit


def test_not_received_counts_from_the_expected_delivery_at_most_540_days() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.NOT_RECEIVED,
            payment=Payment("card", "visa"),
            dates={"transaction": date(2025, 1, 10), "expected_delivery": date(2026, 6, 20)},
        ),
        RULES,
        TODAY,
    )
    (chargeback,) = found
    assert chargeback.due == date(2026, 7, 4)  # 540 days after the transaction, before 2026-10-18
    assert "At most 540 days" in chargeback.note


def test_uk_ombudsman_and_a_bank_reply() -> None:
    found = compute_deadlines(
        case(country="GB", dates={"final_response": date(2026, 8, 31), "bank_complaint": date(2026, 11, 20)}),
        RULES,
        TODAY,
    )
    assert due(found, "uk-ombudsman") == date(2027, 2, 28)
    assert due(found, "uk-disp-reply") == date(2026, 12, 11)  # issue 15: GB's clock is DISP 1.6.2A's


def test_no_date_no_deadline() -> None:
    assert compute_deadlines(case(payment=Payment("card", "visa")), RULES, TODAY) == []


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.update(format="x"), "format"),
        (lambda t: t["rules"][0].pop("title"), "'title'"),
        (lambda t: t["rules"][0].update(kind="maybe"), "kind"),
        (lambda t: t["rules"][0].update({"from": ["birthday"]}), "birthday"),
        (lambda t: t["rules"][0]["counts"][0].update(source="rumour"), "rumour"),
        (lambda t: t["rules"][0]["counts"][0].update(days=-3), "whole number"),
        (lambda t: t["rules"][0]["when"].update(reason=["bored"]), "bored"),
        (lambda t: t["rules"][1].update(id=t["rules"][0]["id"]), "twice"),
    ],
)
def test_a_damaged_table_is_refused_with_where(damage: Any, message: str) -> None:
    table = copy.deepcopy(TABLE)
    damage(table)
    with pytest.raises(DeadlineRuleError, match=message):
        parse_deadline_rules(table)
