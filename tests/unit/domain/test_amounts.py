"""domain/amounts.py: a charge's three figures and the case's disputed total, worked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.amounts import disputed_charges, disputed_total, figure_problems, figures
from desktop_app.domain.models import Case, Merchant, Purchase
from desktop_app.domain.vocab import PurchaseKind, Reason

D = Decimal


def case(disputed: str | None = None, currency: str = "PLN") -> Case:
    return Case(
        title="Licences",
        merchant=Merchant("SoftHaus"),
        reason=Reason.INCORRECT_AMOUNT,
        currency=currency,
        disputed_amount=None if disputed is None else D(disputed),
    )


def charge(amount: str, **kw: object) -> Purchase:
    values: dict[str, object] = {"date": date(2026, 10, 3), "amount": D(amount), "currency": "PLN"}
    values.update(kw)
    return Purchase(**values)  # type: ignore[arg-type]


def test_twelve_licences_billed_instead_of_two() -> None:
    p = charge("1440.00", expected_amount=D("240.00"), disputed=True)
    f = figures(p)
    assert (f.charged, f.agreed, f.disputed, f.disputed_given) == (
        D("1440.00"),
        D("240.00"),
        D("1200.00"),
        False,
    )
    total = disputed_total(case(), [p])
    assert (total.amount, total.currency, total.from_charges, total.note) == (D("1200.00"), "PLN", True, "")


def test_the_disputed_figure_the_user_gave_wins_and_the_whole_charge_is_the_default() -> None:
    assert figures(charge("100", expected_amount=D("40"), disputed_amount=D("50"))).disputed == D("50")
    assert figures(charge("100", disputed_amount=D("30"))).disputed_given
    assert figures(charge("100")).disputed == D("100")


def test_the_marked_charges_or_every_charge_and_never_a_refund() -> None:
    a, b = charge("10", disputed=True), charge("20")
    refund = charge("5", kind=PurchaseKind.REFUND)
    assert disputed_charges([a, b, refund]) == [a]
    assert disputed_charges([b, refund]) == [b]
    assert disputed_total(case(), [b, refund]).amount == D("20")
    assert disputed_total(case(), [a, b]).amount == D("10")


def test_a_case_without_charges_keeps_its_own_figure() -> None:
    total = disputed_total(case("89.70", "EUR"), [])
    assert (total.amount, total.currency, total.from_charges) == (D("89.70"), "EUR", False)


def test_a_case_figure_that_disagrees_with_its_charges_is_said() -> None:
    total = disputed_total(case("1440.00"), [charge("1440.00", expected_amount=D("240.00"))])
    assert total.amount == D("1200.00")
    assert "1440.00 PLN" in total.note and "1200.00 PLN" in total.note


def test_charges_in_two_currencies_have_no_single_total() -> None:
    total = disputed_total(case(), [charge("10"), charge("20", currency="EUR")])
    assert total.amount is None and "EUR, PLN" in total.note


def test_impossible_figures_are_refused_with_what_was_read() -> None:
    assert figure_problems(charge("100", disputed_amount=D("150"))) == [
        "the disputed amount (150 PLN) is more than the amount charged (100 PLN)"
    ]
    assert "nothing would be disputed" in figure_problems(charge("100", expected_amount=D("120")))[0]
    assert "never negative (-1 PLN was read)" in figure_problems(charge("100", expected_amount=D("-1")))[0]
    assert figure_problems(charge("100", expected_amount=D("120"), disputed_amount=D("10"))) == []
    assert figure_problems(charge("100", expected_amount=D("40"))) == []


amounts = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False)


@given(st.lists(st.tuples(amounts, st.one_of(st.none(), amounts), st.booleans()), min_size=1, max_size=8))
def test_the_total_is_the_sum_of_the_disputed_figures(
    rows: list[tuple[Decimal, Decimal | None, bool]],
) -> None:
    bought = [
        charge(str(amount), expected_amount=None if agreed is None else min(agreed, amount), disputed=marked)
        for amount, agreed, marked in rows
    ]
    chosen = disputed_charges(bought)
    total = disputed_total(case(), bought)
    assert total.amount == sum((figures(p).disputed for p in chosen), D(0))
    assert all(figure_problems(p) == [] for p in bought)
    assert all(D(0) <= figures(p).disputed <= p.amount for p in bought)
