"""The evidence checklists: the shipped table is sound, and a case is judged on what it holds."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.checklist import ChecklistError, facts_of, judge, parse_checklists
from desktop_app.domain.models import Case, CaseDates, Communication, EvidenceItem, Merchant, Purchase
from desktop_app.domain.vocab import Channel, Direction, EvidenceKind, Reason
from desktop_app.resources import resource_path

TABLE: dict[str, Any] = json.loads(resource_path("rules", "checklists.json").read_text(encoding="utf-8"))
RULES = parse_checklists(TABLE)
AT = datetime(2026, 9, 20, 10, 0, tzinfo=UTC)


def evidence(kind: EvidenceKind) -> EvidenceItem:
    return EvidenceItem(kind, kind.label, "0" * 64, 1, "application/pdf", "x.pdf", AT)


def subscription_case(**dates: date) -> Case:
    return Case("Gym", Merchant("Gym"), Reason.CANCELLED_RECURRING, "EUR", dates=CaseDates(**dates))


def test_every_reason_has_rules_with_sources_and_codes() -> None:
    assert set(RULES) == set(Reason)
    for reason, rules in RULES.items():
        assert rules.items, reason
        assert all(item.source and item.hint and item.text for item in rules.items)
        if reason is not Reason.OTHER:
            assert rules.visa and rules.mastercard, reason
    assert RULES[Reason.DUPLICATE].visa == "12.6.1" and RULES[Reason.DUPLICATE].mastercard == "4834"


def test_an_empty_case_misses_everything_and_says_what_to_add_first() -> None:
    checklist = judge(RULES[Reason.CANCELLED_RECURRING], facts_of(subscription_case(), [], [], []))
    assert checklist.done == 0 and checklist.total == len(RULES[Reason.CANCELLED_RECURRING].items)
    assert checklist.next_step is not None and "I dispute this one" in checklist.next_step.hint
    assert checklist.label() == f"0/{checklist.total}" and checklist.ratio == 0


def test_a_subscription_case_fills_up_as_its_evidence_comes_in() -> None:
    case = subscription_case(cancellation=date(2026, 8, 28))
    rules = RULES[Reason.CANCELLED_RECURRING]
    charges = [
        Purchase(date(2026, 8, 15), Decimal("17.99"), "EUR"),
        Purchase(date(2026, 9, 15), Decimal("17.99"), "EUR", disputed=True),
    ]
    call = Communication(AT, Channel.PHONE, Direction.OUTGOING, promised_action="Refund")
    before = judge(rules, facts_of(case, charges, [call], []))
    met = {status.item.id for status in before.items if status.met}
    assert met == {"disputed_charge", "attempt_to_resolve", "cancellation_date", "charge_after"}
    after = judge(rules, facts_of(case, charges, [call], [evidence(EvidenceKind.CANCELLATION_PROOF)]))
    assert after.done == before.done + 1
    assert "cancellation_proof" not in {item.id for item in after.missing}


def test_a_charge_before_the_cancellation_is_not_after_it() -> None:
    case = subscription_case(cancellation=date(2026, 9, 15))
    same_day = [Purchase(date(2026, 9, 15), Decimal("9.99"), "EUR", disputed=True)]
    checklist = judge(RULES[Reason.CANCELLED_RECURRING], facts_of(case, same_day, [], []))
    assert "charge_after" in {item.id for item in checklist.missing}


def test_trashed_evidence_does_not_count() -> None:
    trashed = replace(evidence(EvidenceKind.TERMS), trashed_at=AT)
    checklist = judge(RULES[Reason.CANCELLED_RECURRING], facts_of(subscription_case(), [], [], [trashed]))
    assert "terms" in {item.id for item in checklist.missing}


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.update(format="other/1"), "format"),
        (lambda t: t["reasons"].pop("duplicate"), "'duplicate'"),
        (lambda t: t["reasons"].update(refund_me={"items": []}), "refund_me"),
        (lambda t: t["common"][0].pop("hint"), "common\\[0\\].*'hint'"),
        (lambda t: t["common"][0].update(source="nowhere"), "nowhere"),
        (lambda t: t["common"][0].update(met_by=[{"evidence": ["selfie"]}]), "selfie"),
        (lambda t: t["common"][0].update(met_by=[{"horoscope": "any"}]), "horoscope"),
        (lambda t: t["common"][0].update(met_by=[]), "never be met"),
        (lambda t: t["reasons"]["duplicate"]["items"].append(dict(t["common"][0])), "twice"),
        (lambda t: t["rails"].update(cheque={"items": []}), "cheque"),
        (lambda t: t["rails"].update(card=[]), "rails.card: must be an object"),
        (lambda t: t.update(rails=[]), "keyed by payment method"),
        (lambda t: t["rails"]["direct_debit"]["items"][0].update(reasons=["homesick"]), "homesick"),
        (lambda t: t["rails"]["paypal"]["items"].append(dict(t["rails"]["paypal"]["items"][0])), "twice"),
    ],
)
def test_a_damaged_table_is_refused_with_where(damage: Any, message: str) -> None:
    table = copy.deepcopy(TABLE)
    damage(table)
    with pytest.raises(ChecklistError, match=message):
        parse_checklists(table)
