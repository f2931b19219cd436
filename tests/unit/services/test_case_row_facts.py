"""The case list keys its checklists on the facts' values (domain.checklist.facts_values), in the
order of CaseFacts' fields: a value out of place would give one case another's checklist."""

from __future__ import annotations

from dataclasses import astuple, fields
from datetime import date
from typing import Any

from desktop_app.domain.checklist import CaseFacts, case_facts, facts_values
from desktop_app.domain.models import Case, CaseDates, Merchant, Payment
from desktop_app.domain.vocab import Reason
from desktop_app.services.case_rows import CaseRows

TODAY = date(2026, 12, 1)
# Every count a different number, so that two swapped fields cannot go unseen.
COUNTS: dict[str, Any] = {
    "charges": 3,
    "disputed_charges": 2,
    "charges_after_cancellation": 5,
    "contacts": 7,
    "outgoing_contacts": 11,
    "incoming_contacts": 13,
    "promises": 17,
    "charges_with_code": 19,
    "charges_agreed": 23,
    "disputed_agreed": 29,
    "charges_dated": 31,
    "disputed_dated": 37,
    "charges_lined": 41,
    "disputed_lined": 43,
    "charges_after_revocation": 47,
    "answers": 53,
}


def a_case(case_id: int | None = None) -> Case:
    return Case(
        "Boots never delivered",
        Merchant("ShoeCo"),
        Reason.NOT_RECEIVED,
        "EUR",
        summary="Ordered in October.",
        payment=Payment(method="direct_debit", mandate_reference="MD-1"),
        dates=CaseDates(transaction=date(2026, 10, 1), cancellation=date(2026, 10, 9)),
        id=case_id,
    )


def test_the_values_are_the_facts_fields_in_order() -> None:
    values = facts_values(
        a_case(), ["receipt", "statement"], **COUNTS, unkept_promise=date(2026, 11, 1), today=TODAY
    )
    facts = CaseFacts(*values)
    assert astuple(facts) == values
    assert len(values) == len(fields(CaseFacts))
    for name, count in COUNTS.items():
        assert getattr(facts, name) == count, name
    assert facts.evidence_kinds == frozenset({"receipt", "statement"})
    assert facts.dates == frozenset({"transaction", "cancellation"})
    assert facts.fields == frozenset({"summary", "mandate_reference"})
    assert facts.rail == "direct_debit"
    assert facts.promise_broken is True
    assert case_facts(a_case(), ["receipt", "statement"], **COUNTS, today=TODAY) == CaseFacts(
        *facts_values(a_case(), ["receipt", "statement"], **COUNTS, today=TODAY)
    )


def test_the_list_gives_each_case_the_checklist_of_its_own_facts() -> None:
    first, second = a_case(1), a_case(2)
    digests: dict[int, dict[str, Any]] = {
        1: {"evidence_kinds": ["receipt"], **COUNTS},
        2: {"evidence_kinds": ["receipt"], **{**COUNTS, "charges_after_cancellation": 0}},
    }
    rows = CaseRows({}, {}, digests, TODAY, {})
    expected = [case_facts(c, **digests[c.id or 0], today=TODAY) for c in (first, second)]
    assert expected[0] != expected[1]
    for c, facts in zip((first, second), expected, strict=True):
        assert rows.checklist(c).items == _judged(c, facts)
    assert rows.checklist(first) is rows.checklist(first)  # worked out once per kind of case


def _judged(c: Case, facts: CaseFacts) -> tuple[object, ...]:
    from desktop_app.domain.checklist import judge
    from desktop_app.services.rules import checklist_rules

    return judge(checklist_rules()[c.reason], facts).items
