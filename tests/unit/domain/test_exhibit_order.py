"""The exhibits' default order (issue 17), worked out by hand from the reason's checklist:
proof of purchase, what proves the claim, the merchant's answers, statements, the rest."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_app.domain.checklist import parse_checklists
from desktop_app.domain.exhibit_order import Tier, default_order, rank_exhibits
from desktop_app.domain.models import Case, Communication, EvidenceItem, Merchant, Payment, Purchase
from desktop_app.domain.vocab import Channel, Direction, EvidenceKind, MerchantAnswer, PurchaseKind, Reason
from desktop_app.resources import resource_path

RULES = parse_checklists(json.loads(resource_path("rules", "checklists.json").read_text(encoding="utf-8")))
AT = datetime(2026, 9, 10, 10, 0, tzinfo=UTC)
K = EvidenceKind


def case(reason: Reason, method: str | None = "card") -> Case:
    return Case("c", Merchant("Shop"), reason, "EUR", payment=Payment(method=method), id=1)


def ev(
    n: int,
    kind: EvidenceKind,
    *,
    purchase: int | None = None,
    contact: int | None = None,
    trashed: bool = False,
    source: str | None = None,
) -> EvidenceItem:
    return EvidenceItem(
        kind,
        f"{kind.value} {n}",
        f"{n:064x}",
        1,
        "application/pdf",
        f"{n}.pdf",
        AT,
        id=n,
        purchase_id=purchase,
        communication_id=contact,
        trashed_at=AT if trashed else None,
        source=source,
    )


def charge(n: int, disputed: bool = False) -> Purchase:
    return Purchase(date(2026, 9, n), Decimal("10"), "EUR", PurchaseKind.CHARGE, disputed=disputed, id=n)


INCOMING = Communication(AT, Channel.EMAIL, Direction.INCOMING, id=1)
REFUSAL = Communication(AT, Channel.EMAIL, Direction.INCOMING, answer=MerchantAnswer.REFUSED, id=2)
MINE = Communication(AT, Channel.EMAIL, Direction.OUTGOING, id=3)
PROMISE = Communication(AT, Channel.PHONE, Direction.INCOMING, promised_action="Refund 10 EUR", id=4)
SILENT = Communication(AT, Channel.EMAIL, Direction.OUTGOING, answer=MerchantAnswer.NO_ANSWER, id=5)
CONTACTS = [INCOMING, REFUSAL, MINE, PROMISE, SILENT]


def order(c: Case, items: list[EvidenceItem], purchases: list[Purchase] | None = None) -> list[int | None]:
    return [e.id for e in default_order(c, items, RULES, purchases or [], CONTACTS)]


def test_the_issues_case_the_invoice_comes_first_not_after_two_e_mails_and_a_csv() -> None:
    items = [ev(1, K.EMAIL, contact=3), ev(2, K.EMAIL, contact=2), ev(3, K.OTHER), ev(4, K.INVOICE)]
    # invoice (purchase), the merchant's refusal (answer), then the rest in the case's order
    assert order(case(Reason.CANCELLED_RECURRING), items) == [4, 2, 1, 3]


def test_cancelled_subscription_card() -> None:
    items = [
        ev(1, K.STATEMENT),
        ev(2, K.TERMS),
        ev(3, K.EMAIL, contact=1),  # the merchant's confirmation e-mail
        ev(4, K.CANCELLATION_PROOF),
        ev(5, K.RECEIPT),
        ev(6, K.SCREENSHOT),
    ]
    ranked = rank_exhibits(case(Reason.CANCELLED_RECURRING), items, RULES, [], CONTACTS)
    assert [r.item.id for r in ranked] == [5, 4, 2, 3, 1, 6]
    assert [r.tier for r in ranked] == [
        Tier.PURCHASE,
        Tier.CLAIM,
        Tier.CLAIM,
        Tier.ANSWER,
        Tier.STATEMENT,
        Tier.REST,
    ]
    assert [r.proves for r in ranked] == [
        "proof_of_purchase",
        "cancellation_proof",
        "terms",
        "merchant_answer",
        "statement",
        None,
    ]


def test_returned_goods_return_proof_then_policy() -> None:
    items = [ev(1, K.TERMS), ev(2, K.SCREENSHOT), ev(3, K.RETURN_PROOF), ev(4, K.ORDER)]
    assert order(case(Reason.CANCELLED_OR_RETURNED), items) == [4, 3, 1, 2]


def test_not_as_described_defect_photos_then_return() -> None:
    items = [ev(1, K.RETURN_PROOF), ev(2, K.SCREENSHOT), ev(3, K.INVOICE), ev(4, K.STATEMENT)]
    assert order(case(Reason.NOT_AS_DESCRIBED), items) == [3, 2, 1, 4]


def test_incorrect_amount_the_agreed_price_then_the_statement_before_the_answers() -> None:
    items = [
        ev(1, K.STATEMENT),
        ev(2, K.EMAIL, contact=2),
        ev(3, K.QUOTE),
        ev(4, K.INVOICE),
        ev(5, K.LETTER),
    ]
    assert order(case(Reason.INCORRECT_AMOUNT), items) == [4, 3, 1, 2, 5]


def test_duplicate_both_charges_statements_first_the_disputed_ones_first() -> None:
    purchases = [charge(1), charge(2, disputed=True)]
    items = [
        ev(1, K.EMAIL, contact=2),
        ev(2, K.STATEMENT),  # not linked
        ev(3, K.STATEMENT, purchase=1),
        ev(4, K.STATEMENT, purchase=2),  # the disputed charge's
        ev(5, K.RECEIPT, purchase=1),
    ]
    assert order(case(Reason.DUPLICATE), items, purchases) == [5, 4, 2, 3, 1]


def test_no_charge_marked_disputed_every_charge_is() -> None:
    purchases = [charge(1), charge(2)]
    items = [ev(1, K.INVOICE), ev(2, K.INVOICE, purchase=2), ev(3, K.INVOICE, purchase=9)]
    assert order(case(Reason.DUPLICATE), items, purchases) == [2, 1, 3]


def test_credit_not_processed_the_written_promise_is_the_claim_the_refusal_an_answer() -> None:
    items = [
        ev(1, K.EMAIL, contact=2),  # the refusal
        ev(2, K.EMAIL, contact=4),  # the promise
        ev(3, K.STATEMENT),
        ev(4, K.INVOICE),
    ]
    ranked = rank_exhibits(case(Reason.CREDIT_NOT_PROCESSED), items, RULES, [], CONTACTS)
    assert [r.item.id for r in ranked] == [4, 2, 1, 3]
    assert ranked[1].proves == "credit_promise"


def test_unauthorised_card_the_statement_proves_the_claim() -> None:
    items = [ev(1, K.SCREENSHOT), ev(2, K.STATEMENT), ev(3, K.LETTER)]
    # both meet "card blocked or reported": the case's order between them
    assert order(case(Reason.UNAUTHORIZED), items) == [2, 3, 1]


def test_sepa_debit_mandate_first_then_revocation_then_each_debits_line() -> None:
    purchases = [charge(1), charge(2, disputed=True)]
    items = [
        ev(1, K.STATEMENT, purchase=1),
        ev(2, K.STATEMENT, purchase=2),
        ev(3, K.CANCELLATION_PROOF),
        ev(4, K.INVOICE),
        ev(5, K.CONTRACT),
        ev(6, K.EMAIL, contact=1),
    ]
    ranked = rank_exhibits(
        case(Reason.CANCELLED_RECURRING, "direct_debit"), items, RULES, purchases, CONTACTS
    )
    assert [r.item.id for r in ranked] == [5, 4, 3, 2, 1, 6]
    assert ranked[0].proves == "mandate"
    assert ranked[2].proves == "cancellation_proof"
    assert ranked[3].proves == "statement_lines"


@pytest.mark.parametrize("method", ["bank_transfer", "paypal", "other", None])
def test_other_rails_duplicate_statements_prove_both_payments(method: str | None) -> None:
    items = [ev(1, K.SCREENSHOT), ev(2, K.STATEMENT), ev(3, K.RECEIPT)]
    assert order(case(Reason.DUPLICATE, method), items) == [3, 2, 1]


def test_unauthorised_transfer_the_report_to_the_bank_is_the_claim() -> None:
    items = [ev(1, K.STATEMENT), ev(2, K.EMAIL, contact=3), ev(3, K.SCREENSHOT)]
    # the user's e-mail to the bank (outgoing) is the report the rail asks for
    assert order(case(Reason.UNAUTHORIZED, "bank_transfer"), items) == [2, 1, 3]


def test_reason_other_purchase_answers_statements_rest() -> None:
    items = [ev(1, K.SCREENSHOT), ev(2, K.STATEMENT), ev(3, K.CHAT, contact=2), ev(4, K.INVOICE)]
    assert order(case(Reason.OTHER), items) == [4, 3, 2, 1]


def test_ties_keep_the_cases_order_and_the_trash_is_left_out() -> None:
    items = [
        ev(5, K.SCREENSHOT),
        ev(2, K.INVOICE),
        ev(9, K.OTHER),
        ev(1, K.INVOICE, trashed=True),
        ev(3, K.INVOICE),
    ]
    assert order(case(Reason.NOT_RECEIVED), items) == [2, 3, 5, 9]


def test_a_logged_silence_is_not_the_merchants_answer() -> None:
    items = [ev(1, K.EMAIL, contact=5), ev(2, K.EMAIL, contact=3), ev(3, K.EMAIL, contact=2)]
    assert order(case(Reason.CANCELLED_RECURRING), items) == [3, 1, 2]


def test_attachments_an_attached_invoice_argues_first_other_attachments_follow_their_e_mail() -> None:
    source = "attachment of <m1@shop.example>"
    items = [
        ev(1, K.STATEMENT),
        ev(2, K.EMAIL, contact=1),
        ev(3, K.INVOICE, contact=1, source=source),
        ev(4, K.OTHER, contact=1, source=source),
        ev(5, K.EMAIL, contact=3),
        ev(6, K.SCREENSHOT, contact=3, source="attachment of <m2@me.example>"),
        ev(7, K.CANCELLATION_PROOF),
    ]
    assert order(case(Reason.CANCELLED_RECURRING), items) == [3, 7, 2, 4, 1, 5, 6]


def test_every_reason_and_rail_orders_every_kind_once() -> None:
    items = [ev(n, kind) for n, kind in enumerate(EvidenceKind, start=1)]
    for reason in Reason:
        for method in (None, "card", "direct_debit", "bank_transfer", "paypal", "other"):
            got = order(case(reason, method), items)
            assert sorted(i for i in got if i is not None) == list(range(1, len(items) + 1))
            # the proof of purchase first: a receipt; under a SEPA debit, the mandate (a contract)
            assert got[0] == (12 if method == "direct_debit" else 1), (reason, method)
