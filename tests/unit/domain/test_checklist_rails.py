"""Checklists that mean it (issue 15), worked out by hand: each item met only by what proves it,
for each reason and each payment rail."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.checklist import Checklist, case_facts, facts_of, judge, parse_checklists
from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    EvidenceItem,
    Merchant,
    Payment,
    Purchase,
)
from desktop_app.domain.vocab import (
    Channel,
    Direction,
    EvidenceKind,
    MerchantAnswer,
    PaymentMethod,
    PurchaseKind,
    Reason,
)
from desktop_app.resources import resource_path

RULES = parse_checklists(json.loads(resource_path("rules", "checklists.json").read_text(encoding="utf-8")))
TODAY = date(2026, 12, 1)
AT = datetime(2026, 9, 10, 10, 0, tzinfo=UTC)


def item(kind: EvidenceKind, purchase_id: int | None = None) -> EvidenceItem:
    return EvidenceItem(
        kind, kind.label, "0" * 64, 1, "application/pdf", "x.pdf", AT, purchase_id=purchase_id
    )


def met(checklist: Checklist) -> dict[str, bool]:
    return {status.item.id: status.met for status in checklist.items}


def check(
    case: Case, purchases: list[Purchase], contacts: list[Communication], evidence: list[EvidenceItem]
) -> Checklist:
    return judge(RULES[case.reason], facts_of(case, purchases, contacts, evidence, TODAY))


REFUSAL = Communication(AT, Channel.EMAIL, Direction.INCOMING, answer=MerchantAnswer.REFUSED)
CALL = Communication(AT, Channel.PHONE, Direction.OUTGOING)


# -- The French gym of the issue: SEPA direct debits after the contract was cancelled -----------


def gym(**payment: Any) -> Case:
    return Case(
        "Gym debits after cancelling",
        Merchant("Club Forme Paris"),
        Reason.CANCELLED_RECURRING,
        "EUR",
        country="FR",
        summary="I cancelled by registered letter, received on 22 August; the club kept debiting.",
        payment=Payment(
            method="direct_debit",
            **{"mandate_reference": "RUM-CFP-000042", "creditor_id": "FR12ZZZ123456", **payment},
        ),
        dates=CaseDates(cancellation=date(2026, 8, 20), mandate_revoked=date(2026, 8, 22)),
    )


DEBITS = [
    Purchase(date(2026, 9, 5), Decimal("29.90"), "EUR", disputed=True, id=1),
    Purchase(date(2026, 10, 5), Decimal("29.90"), "EUR", disputed=True, id=2),
    Purchase(date(2026, 11, 5), Decimal("29.90"), "EUR", disputed=True, id=3),
]
GYM_EVIDENCE = [
    item(EvidenceKind.CANCELLATION_PROOF),
    item(EvidenceKind.TERMS),
    *[item(EvidenceKind.STATEMENT, purchase_id=p.id) for p in DEBITS],
]


def test_a_sepa_case_has_the_banks_items_and_no_receipt() -> None:
    checklist = check(gym(), DEBITS, [CALL, REFUSAL], GYM_EVIDENCE)
    ids = [status.item.id for status in checklist.items]
    assert "proof_of_purchase" not in ids  # no receipt for a direct debit: not incomplete for lacking one
    assert {
        "mandate_reference",
        "creditor_id",
        "mandate_revoked",
        "cancellation_proof",
        "statement_lines",
    } <= set(ids)
    assert checklist.done == checklist.total == 12
    proof = next(s.item for s in checklist.items if s.item.id == "cancellation_proof")
    assert "when it arrived" in proof.text  # the SEPA item takes the reason's place, it is not asked twice
    assert ids.count("cancellation_proof") == 1


def test_a_sepa_case_misses_the_mandate_reference_creditor_and_revocation_when_not_given() -> None:
    case = gym(mandate_reference=None, creditor_id="  ")
    case = replace(case, dates=CaseDates(cancellation=date(2026, 8, 20)))
    missing = {i.id for i in check(case, DEBITS, [CALL, REFUSAL], GYM_EVIDENCE[:2]).missing}
    assert missing == {"mandate_reference", "creditor_id", "mandate_revoked", "statement_lines"}


def test_each_disputed_debit_needs_its_statement_line() -> None:
    two_of_three = GYM_EVIDENCE[:-1]  # the 5 November debit has no statement linked
    assert not met(check(gym(), DEBITS, [REFUSAL], two_of_three))["statement_lines"]
    described = [*DEBITS[:2], replace(DEBITS[2], statement_descriptor="PRLV SEPA CLUB FORME RUM-CFP-000042")]
    assert met(check(gym(), described, [REFUSAL], two_of_three))["statement_lines"]
    # A statement not linked to any debit does not say which line is which.
    unlinked = [*GYM_EVIDENCE[:2], item(EvidenceKind.STATEMENT)]
    assert not met(check(gym(), DEBITS, [REFUSAL], unlinked))["statement_lines"]


def test_a_debit_after_the_revocation_counts_without_a_cancellation_date() -> None:
    case = replace(gym(), dates=CaseDates(mandate_revoked=date(2026, 8, 22)))
    assert met(check(case, DEBITS, [], []))["charge_after"]
    before = [replace(p, date=date(2026, 8, 22)) for p in DEBITS]  # the same day is not after
    assert not met(check(case, before, [], []))["charge_after"]


def test_an_unauthorised_sepa_debit_is_reported_not_a_card_blocked() -> None:
    case = replace(gym(), reason=Reason.UNAUTHORIZED)
    ids = [s.item.id for s in check(case, DEBITS, [CALL], GYM_EVIDENCE).items]
    assert "card_blocked" not in ids and "reported" in ids and "mandate_revoked" in ids
    card = replace(case, payment=Payment(method="card", network="visa"))
    ids = [s.item.id for s in check(card, DEBITS, [CALL], []).items]
    assert "card_blocked" in ids and "reported" not in ids and "mandate_reference" not in ids


# -- A card charged twice: both charges with their authorisation codes -------------------------


def duplicate(method: str = "card") -> Case:
    return Case("Charged twice", Merchant("Hotel"), Reason.DUPLICATE, "EUR", payment=Payment(method=method))


TWICE = [
    Purchase(date(2026, 9, 3), Decimal("212.40"), "EUR", authorization_code="083145", id=1),
    Purchase(date(2026, 9, 3), Decimal("212.40"), "EUR", authorization_code="083391", disputed=True, id=2),
]


def test_a_card_duplicate_needs_both_charges_with_their_authorisation_codes() -> None:
    assert met(check(duplicate(), TWICE, [], []))["both_charges"]
    one_code = [replace(TWICE[0], authorization_code=" \t"), TWICE[1]]
    assert not met(check(duplicate(), one_code, [], []))["both_charges"]
    assert not met(check(duplicate(), TWICE[1:], [], []))["both_charges"]  # one charge is no duplicate
    none_disputed = [replace(p, disputed=False) for p in TWICE]
    assert not met(check(duplicate(), none_disputed, [], []))["both_charges"]


def test_a_direct_debit_duplicate_needs_no_authorisation_code() -> None:
    debits = [replace(p, authorization_code=None) for p in TWICE]
    assert met(check(duplicate("direct_debit"), debits, [], []))["both_charges"]
    assert not met(check(duplicate(), debits, [], []))["both_charges"]


# -- The wrong amount: the agreed price proved by a quote, never by the invoice ------------------


def licences() -> Case:
    return Case("12 licences billed instead of 2", Merchant("SoftCo"), Reason.INCORRECT_AMOUNT, "PLN",
                payment=Payment(method="card"))  # fmt: skip


BILLED = [Purchase(date(2026, 10, 1), Decimal("1440.00"), "PLN", disputed=True, invoice_number="FV/10/2026")]


def test_the_invoice_showing_the_wrong_amount_does_not_prove_the_agreed_one() -> None:
    checklist = check(licences(), BILLED, [], [item(EvidenceKind.INVOICE), item(EvidenceKind.STATEMENT)])
    assert met(checklist)["proof_of_purchase"] and not met(checklist)["agreed_amount"]
    assert met(checklist)["statement"]


@pytest.mark.parametrize(
    "kind", [EvidenceKind.QUOTE, EvidenceKind.ORDER, EvidenceKind.PURCHASE_ORDER, EvidenceKind.CONTRACT]
)
def test_a_quote_order_purchase_order_or_contract_proves_the_agreed_price(kind: EvidenceKind) -> None:
    assert met(check(licences(), BILLED, [], [item(kind)]))["agreed_amount"]
    assert not met(check(licences(), BILLED, [], [replace(item(kind), trashed_at=AT)]))["agreed_amount"]
    counts: dict[str, Any] = dict(charges=1, disputed_charges=1, charges_after_cancellation=0, contacts=0,
                                  outgoing_contacts=0, incoming_contacts=0, promises=0)  # fmt: skip
    facts = case_facts(licences(), [kind.value], **counts, today=TODAY)  # as the case list gets it
    assert met(judge(RULES[Reason.INCORRECT_AMOUNT], facts))["agreed_amount"]


def test_the_agreed_amount_on_each_disputed_charge_counts() -> None:
    agreed = [replace(BILLED[0], expected_amount=Decimal("240.00"))]
    assert met(check(licences(), agreed, [], []))["agreed_amount"]
    # Only the charge not in dispute has its agreed amount: the disputed one is not shown.
    other = Purchase(date(2026, 9, 1), Decimal("240.00"), "PLN", expected_amount=Decimal("240.00"))
    assert not met(check(licences(), [*BILLED, other], [], []))["agreed_amount"]
    # No charge marked disputed: every charge is, and each needs its agreed amount.
    unmarked = [replace(agreed[0], disputed=False), replace(other, expected_amount=None)]
    assert not met(check(licences(), unmarked, [], []))["agreed_amount"]
    assert met(check(licences(), [unmarked[0]], [], []))["agreed_amount"]


# -- The merchant's answer: a refusal or final response, or a promise not kept -----------------


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_asks_for_the_merchants_answer(reason: Reason) -> None:
    for rail in [None, *PaymentMethod.values()]:
        assert "merchant_answer" in [i.id for i in RULES[reason].items_for(rail)], (reason, rail)
    assert "proof_of_purchase" not in [i.id for i in RULES[reason].items_for("direct_debit")]


def answered(*contacts: Communication, purchases: list[Purchase] | None = None) -> bool:
    case = Case("x", Merchant("Shop"), Reason.CREDIT_NOT_PROCESSED, "EUR")
    return met(check(case, purchases or [], list(contacts), []))["merchant_answer"]


def test_the_merchants_answer_is_a_logged_refusal_or_final_response() -> None:
    assert answered(REFUSAL)
    assert answered(replace(REFUSAL, answer=MerchantAnswer.FINAL_RESPONSE))
    assert answered(replace(REFUSAL, answer=MerchantAnswer.PARTLY_ACCEPTED))
    assert not answered(CALL, replace(REFUSAL, answer=MerchantAnswer.ACCEPTED))
    assert not answered(replace(REFUSAL, answer=MerchantAnswer.NO_ANSWER))
    assert not answered(replace(CALL, direction=Direction.INCOMING))  # a reply with no answer logged


def test_a_promise_counts_once_its_date_has_passed_with_no_refund() -> None:
    promise = replace(
        CALL, answer=MerchantAnswer.PROMISED, promised_action="Refund", promised_by=date(2026, 9, 30)
    )
    assert answered(promise)  # 30 September has passed on 1 December, and nothing came
    assert not answered(replace(promise, promised_by=TODAY))  # due today: not yet broken
    refund = Purchase(date(2026, 9, 25), Decimal("29.90"), "EUR", PurchaseKind.REFUND)
    assert not answered(promise, purchases=[refund])  # kept
    earlier = replace(refund, date=date(2026, 9, 1))  # a refund before the promise does not keep it
    assert answered(promise, purchases=[earlier])


COMMON = ["disputed_charge", "proof_of_purchase", "attempt_to_resolve", "merchant_answer", "story"]
SEPA_COMMON = ["disputed_charge", "attempt_to_resolve", "merchant_answer", "story"]
SEPA = ["mandate_reference", "creditor_id", "statement_lines"]
REVOCATION = ["mandate_revoked", "cancellation_proof"]
SUBSCRIPTION = ["cancellation_date", "cancellation_proof", "charge_after", "terms"]


@pytest.mark.parametrize(
    ("reason", "card", "sepa"),
    [
        (Reason.NOT_RECEIVED, [*COMMON, "expected_delivery", "description"],
         [*SEPA_COMMON, "expected_delivery", "description", *SEPA]),
        (Reason.NOT_AS_DESCRIBED, [*COMMON, "defect", "return_attempt"],
         [*SEPA_COMMON, "defect", "return_attempt", *SEPA]),
        (Reason.CANCELLED_RECURRING, [*COMMON, *SUBSCRIPTION],
         [*SEPA_COMMON, *SUBSCRIPTION, *SEPA, "mandate_revoked"]),
        (Reason.CANCELLED_OR_RETURNED, [*COMMON, "return_date", "return_proof", "terms"],
         [*SEPA_COMMON, "return_date", "return_proof", "terms", *SEPA, *REVOCATION]),
        (Reason.CREDIT_NOT_PROCESSED, [*COMMON, "credit_promise", "promise_document"],
         [*SEPA_COMMON, "credit_promise", "promise_document", *SEPA]),
        (Reason.DUPLICATE, [*COMMON, "both_charges", "statement"],
         [*SEPA_COMMON, "both_charges", "statement", *SEPA]),
        (Reason.PAID_BY_OTHER_MEANS, [*COMMON, "other_payment"], [*SEPA_COMMON, "other_payment", *SEPA]),
        (Reason.INCORRECT_AMOUNT, [*COMMON, "agreed_amount", "statement"],
         [*SEPA_COMMON, "agreed_amount", "statement", *SEPA]),
        (Reason.UNAUTHORIZED, [*COMMON, "not_authorised", "card_blocked"],
         [*SEPA_COMMON, "not_authorised", "reported", *SEPA, *REVOCATION, "charge_after"]),
        (Reason.OTHER, COMMON, [*SEPA_COMMON, *SEPA]),
    ],
)  # fmt: skip
def test_each_reasons_items_for_a_card_and_for_a_sepa_direct_debit(
    reason: Reason, card: list[str], sepa: list[str]
) -> None:
    assert [i.id for i in RULES[reason].items_for("card")] == card
    assert [i.id for i in RULES[reason].items_for(None)] == card  # the rail not given: as the table's own
    assert [i.id for i in RULES[reason].items_for("direct_debit")] == sepa


def test_a_transfer_or_paypal_payment_is_reported_to_the_bank_not_a_card_blocked() -> None:
    for rail in ("bank_transfer", "paypal", "other"):
        ids = [i.id for i in RULES[Reason.UNAUTHORIZED].items_for(rail)]
        assert ids == [*COMMON, "not_authorised", "reported"], rail
        both = next(i for i in RULES[Reason.DUPLICATE].items_for(rail) if i.id == "both_charges")
        assert both.met_by[0].value == ("two_charges",), rail  # no authorisation code off the card rail
