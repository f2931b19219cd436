"""Issue 15: every disputed charge its own clock; case dates as the fallback; rules for one right
compared; weekend and public-holiday notes. Each expected date is worked out by hand in a comment."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.deadlines import (
    ChargeRef,
    Deadline,
    add,
    add_business_days,
    add_months,
    compute_deadlines,
    parse_deadline_rules,
)
from desktop_app.domain.holidays import closed, working_day_before, working_day_note
from desktop_app.domain.models import Case, CaseDates, Customer, Merchant, Payment, Purchase
from desktop_app.domain.vocab import CustomerKind, PurchaseKind, Reason
from desktop_app.resources import resource_path

RULES = parse_deadline_rules(json.loads(resource_path("rules", "deadlines.json").read_text(encoding="utf-8")))
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def case(**facts: Any) -> Case:
    return Case(
        "Case",
        Merchant("Shop"),
        facts.pop("reason", Reason.OTHER),
        "EUR",
        payment=facts.pop("payment", Payment()),
        dates=CaseDates(**facts.pop("dates", {})),
        **facts,
    )


def charge(day: date, amount: str = "29.90", **more: Any) -> Purchase:
    more.setdefault("id", day.toordinal())
    return Purchase(day, Decimal(amount), more.pop("currency", "EUR"), description="Gym", **more)


def of(found: list[Deadline], rule_id: str) -> list[Deadline]:
    return [d for d in found if d.rule_id == rule_id]


# --------------------------------------------------------------------------- the issue's own cases

GYM = case(
    reason=Reason.CANCELLED_RECURRING,
    country="FR",
    payment=Payment("direct_debit"),
    dates={"mandate_revoked": date(2026, 8, 22)},  # the registered letter arrived
)
GYM_DEBITS = [charge(date(2026, 9, 5)), charge(date(2026, 10, 5)), charge(date(2026, 11, 5))]


def test_the_french_gym_each_debit_its_own_8_weeks_and_13_months() -> None:
    found = compute_deadlines(GYM, RULES, date(2026, 12, 1), GYM_DEBITS)
    refunds = of(found, "sepa-refund")
    # 5 Sep + 56 days: Sep 6..30 (25) + Oct 31 = 56 -> 31 Oct; 5 Oct: Oct 6..31 (26) + Nov 30 -> 30 Nov;
    # 5 Nov: Nov 6..30 (25) + Dec 31 -> 31 Dec.
    assert [d.due for d in refunds] == [date(2026, 10, 31), date(2026, 11, 30), date(2026, 12, 31)]
    assert [d.charge.date for d in refunds if d.charge] == [d.date for d in GYM_DEBITS]
    # Each debit is dated after the revocation (22 Aug): unauthorised, 13 months from each.
    revoked = of(found, "sepa-after-revocation")
    assert [d.due for d in revoked] == [date(2027, 10, 5), date(2027, 11, 5), date(2027, 12, 5)]
    assert all("after the mandate was revoked" in d.note and "L133-24" in d.source for d in revoked)
    # On 1 December the next open deadline is 31 December (30 November has passed).
    upcoming = [d.due for d in found if d.kind == "deadline" and not d.past]
    assert min(upcoming) == date(2026, 12, 31)
    assert refunds[0].days_left == -31 and refunds[2].days_left == 30
    # 31 Oct 2026 is a Saturday, 5 Dec 2027 a Sunday: the working day before is said.
    assert refunds[0].acts_by == date(2026, 10, 30) and "Saturday" in refunds[0].working_day_note
    assert revoked[2].acts_by == date(2027, 12, 3) and "Sunday" in revoked[2].working_day_note
    assert refunds[1].working_day_note == "" and refunds[1].acts_by is None  # a Monday


def test_a_debit_on_the_day_of_the_revocation_or_before_is_not_after_it() -> None:
    gym = case(
        country="FR",
        payment=Payment("direct_debit"),
        dates={"mandate_revoked": date(2026, 9, 5)},
    )
    found = compute_deadlines(
        gym, RULES, date(2026, 9, 6), [charge(date(2026, 8, 5)), charge(date(2026, 9, 5))]
    )
    assert len(of(found, "sepa-refund")) == 2 and of(found, "sepa-after-revocation") == []


def test_a_mastercard_refund_promise_counts_from_the_charge_and_says_both() -> None:
    found = compute_deadlines(
        case(
            reason=Reason.CREDIT_NOT_PROCESSED,
            country="FR",
            payment=Payment("card", "mastercard"),
            dates={"credit_promised": date(2026, 10, 19)},
        ),
        RULES,
        date(2026, 12, 1),
        [charge(date(2026, 10, 3), "80.00")],
    )
    (chargeback,) = [d for d in found if d.kind == "deadline" and "Mastercard" in d.title]
    # 3 Oct + 120: Oct 4..31 (28) + Nov 30 (58) + Dec 31 (89) + Jan 31 (120) -> 31 Jan 2027.
    # From the promise, 19 Oct + 120 = 16 Feb 2027: the earlier is shown, both named.
    assert chargeback.due == date(2027, 1, 31) and chargeback.rule_id == "mc-credit-chargeback"
    assert "2027-02-16" in chargeback.note and "2027-01-31" in chargeback.note
    assert "Two rules give different dates" in chargeback.note and "4853" in chargeback.source
    assert "Visa" not in chargeback.source + chargeback.note
    assert chargeback.acts_by == date(2027, 1, 29)  # 31 Jan 2027 is a Sunday


def test_dated_charges_with_empty_case_dates_get_their_deadlines() -> None:
    both = [
        charge(date(2026, 11, 2), "49.90", id=1),
        charge(date(2026, 11, 2), "49.90", id=2, disputed=True),
    ]
    found = compute_deadlines(
        case(reason=Reason.DUPLICATE, country="PL", payment=Payment("card", "visa")),
        RULES,
        date(2026, 12, 1),
        both,
    )
    (chargeback,) = found  # only the charge marked disputed
    # 2 Nov + 120: Nov 3..30 (28) + Dec 31 (59) + Jan 31 (90) + Feb 28 (118) + Mar 2 -> 2 Mar 2027.
    assert chargeback.due == date(2027, 3, 2) and chargeback.rule_id == "card-chargeback-processing"
    assert "12.6.1" in chargeback.source and chargeback.counted_from == "charge"
    assert chargeback.charge == ChargeRef(date(2026, 11, 2), Decimal("49.90"), "EUR", "Gym", 2)


def test_a_case_date_is_the_fallback_and_is_not_used_once_there_are_charges() -> None:
    facts = case(
        reason=Reason.NOT_RECEIVED,
        payment=Payment("card", "visa"),
        dates={"transaction": date(2025, 1, 10), "expected_delivery": date(2026, 6, 20)},
    )
    today = date(2026, 1, 1)
    # No charge: the case's dates (540 days after 10 Jan 2025 = 4 Jul 2026, before 18 Oct 2026).
    (fallback,) = compute_deadlines(facts, RULES, today)
    assert fallback.due == date(2026, 7, 4) and fallback.charge is None
    # A charge of 1 Mar 2026 due 1 Apr: 1 Apr + 120 = Apr 2..30 (29) + May 31 (60) + Jun 30 (90)
    # + Jul 30 (120) -> 30 Jul 2026; the case's own dates are not used, and the note says so.
    (own,) = compute_deadlines(
        facts, RULES, today, [charge(date(2026, 3, 1), expected_delivery=date(2026, 4, 1))]
    )
    assert own.due == date(2026, 7, 30) and own.counted_from == "charge_expected_delivery"
    assert "2026-06-20" in own.note and "2025-01-10" in own.note and "not used" in own.note
    # Without its own delivery date a charge counts from its date: 1 Mar + 120 -> 29 Jun 2026.
    (dated,) = compute_deadlines(facts, RULES, today, [charge(date(2026, 3, 1))])
    assert dated.due == date(2026, 6, 29) and dated.counted_from == "charge"


def test_a_charge_late_delivery_is_capped_at_540_days_from_the_charge() -> None:
    (capped,) = compute_deadlines(
        case(reason=Reason.NOT_RECEIVED, payment=Payment("card", "mastercard")),
        RULES,
        date(2026, 1, 1),
        [charge(date(2025, 1, 10), expected_delivery=date(2026, 6, 20))],
    )
    # 20 Jun 2026 + 120 = 18 Oct 2026, but at most 540 days from 10 Jan 2025: 4 Jul 2026.
    assert capped.due == date(2026, 7, 4) and "At most 540 days after the charge's date" in capped.note
    assert "4853" in capped.source


def test_refunds_and_holds_are_not_counted_and_marked_charges_win() -> None:
    purchases = [
        charge(date(2026, 9, 1), id=1),
        Purchase(date(2026, 9, 3), Decimal("29.90"), "EUR", PurchaseKind.REFUND, id=2),
        Purchase(date(2026, 9, 4), Decimal("1.00"), "EUR", PurchaseKind.AUTHORISATION_HOLD, id=3),
    ]
    found = compute_deadlines(
        case(country="DE", payment=Payment("direct_debit")), RULES, date(2026, 9, 5), purchases
    )
    assert [d.charge.purchase_id for d in found if d.charge] == [1]


def test_a_public_holiday_on_a_weekday_is_said() -> None:
    (refund,) = compute_deadlines(
        case(country="FR", payment=Payment("direct_debit")),
        RULES,
        date(2026, 11, 1),
        [charge(date(2026, 10, 30))],
    )
    # 30 Oct + 56: Oct 31 (1) + Nov 30 (31) + Dec 25 (56): Christmas Day, a Friday.
    assert refund.due == date(2026, 12, 25) and refund.acts_by == date(2026, 12, 24)
    assert "public holiday in FR" in refund.working_day_note


def test_an_answer_clock_on_a_sunday_is_said_without_advice_to_act() -> None:
    (reply,) = compute_deadlines(
        case(
            country="ES",
            customer=Customer(kind=CustomerKind.PERSON),
            dates={"merchant_complaint": date(2026, 11, 20)},
        ),
        RULES,
        date(2026, 11, 21),
    )
    assert reply.rule_id == "es-trader-reply" and reply.due == date(2026, 12, 20) and reply.party == "them"
    assert "Sunday" in reply.working_day_note and reply.acts_by is None


def test_the_case_list_form_skips_the_holidays_and_does_not_import_them() -> None:
    script = (
        "import sys, json\n"
        "from datetime import date\n"
        "from decimal import Decimal\n"
        "from desktop_app.domain.deadlines import compute_deadlines, parse_deadline_rules\n"
        "from desktop_app.domain.models import Case, Merchant, Payment, Purchase\n"
        "from desktop_app.domain.vocab import Reason\n"
        "from desktop_app.resources import resource_path\n"
        "rules = parse_deadline_rules(json.loads(resource_path('rules', 'deadlines.json').read_text()))\n"
        "c = Case('C', Merchant('M'), Reason.OTHER, 'EUR', country='FR', payment=Payment('direct_debit'))\n"
        "p = [Purchase(date(2026, 10, 30), Decimal('1'), 'EUR', id=1)]\n"
        "compute_deadlines(c, rules, date(2026, 11, 1), p, working_days=False)\n"
        "print('holidays' in sys.modules)\n"
        "compute_deadlines(c, rules, date(2026, 11, 1), p)\n"
        "print('holidays' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert shown.split() == ["False", "True"]


# --------------------------------------------------------------------------- properties


@given(st.lists(days, min_size=1, max_size=6, unique=True))
@settings(max_examples=60, deadline=None)
def test_each_debit_gets_its_own_refund_in_the_order_of_the_debits(debits: list[date]) -> None:
    purchases = [charge(day, id=index + 1) for index, day in enumerate(sorted(debits))]
    found = compute_deadlines(
        case(country="PL", payment=Payment("direct_debit")),
        RULES,
        date(2000, 1, 1),
        purchases,
        working_days=False,
    )
    refunds = sorted(of(found, "sepa-refund"), key=lambda d: d.charge.date if d.charge else date.min)
    assert len(refunds) == len(purchases)
    assert all(d.charge and d.due == d.charge.date + timedelta(weeks=8) for d in refunds)
    dues = [d.due for d in refunds]
    assert dues == sorted(dues)  # a later debit never has an earlier refund date
    assert [d.due for d in found] == sorted(d.due for d in found)


@given(days, days, st.integers(min_value=0, max_value=60))
def test_adding_months_never_goes_backwards(first: date, second: date, n: int) -> None:
    early, late = sorted((first, second))
    assert add_months(early, n) <= add_months(late, n)
    assert add_months(early, n) <= add_months(early, n + 1)


@given(days, st.integers(min_value=0, max_value=300))
def test_one_more_business_day_is_a_later_weekday(day: date, n: int) -> None:
    assert add_business_days(day, n + 1) > add_business_days(day, n)
    assert add_business_days(day, n + 1).weekday() < 5
    assert add(day, "business_days", n) == add_business_days(day, n)


countries = st.sampled_from(["FR", "ES", "PL", "GB", "US", "DE", None])


@given(days, countries)
@settings(max_examples=150, deadline=None)
def test_the_working_day_before_is_the_last_open_day_before(day: date, country: str | None) -> None:
    before = working_day_before(day, country)
    assert before < day and closed(before, country) is None
    assert all(closed(before + timedelta(days=k), country) for k in range(1, (day - before).days))
    note, acts_by = working_day_note(day, country, "you")
    if closed(day, country) is None:
        assert (note, acts_by) == ("", None)
    else:
        assert acts_by == before and day.isoformat() in note and before.isoformat() in note
    if day.weekday() >= 5:
        assert "Saturday" in note or "Sunday" in note


def test_known_public_holidays_by_hand() -> None:
    assert closed(date(2026, 12, 25), "FR") and closed(date(2026, 5, 25), "DE")  # Christmas; Whit Monday
    assert closed(date(2026, 11, 11), "PL") and closed(date(2026, 11, 26), "US")  # Independence; Thanksgiving
    assert closed(date(2026, 12, 28), "GB") and closed(date(2026, 10, 12), "ES")  # Boxing Day observed
    # Only national holidays are known: England's summer bank holiday is not Scotland's.
    assert closed(date(2026, 8, 31), "GB") is None
    assert closed(date(2026, 12, 23), "FR") is None and closed(date(2026, 12, 25), None) is None
