"""store/rows.py: one typed mapper from rows to domain objects and back, driven by the dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    Event,
    EvidenceItem,
    Issuer,
    Merchant,
    Payment,
    Purchase,
    Task,
)
from desktop_app.domain.vocab import (
    CaseStatus,
    Channel,
    Direction,
    EscalationStage,
    EvidenceKind,
    PurchaseKind,
    Reason,
    TaskKind,
)
from desktop_app.store.rows import CASES, COMMUNICATIONS, EVENTS, EVIDENCE, PURCHASES, TASKS, Mapper
from desktop_app.store.store import Store

CARD = "4111 1111 1111 1111"
MASKED = "•••• •••• •••• 1111"
NOW = datetime(2026, 9, 15, 12, 0, tzinfo=UTC)
WARSAW = timezone(timedelta(hours=2))


def a_full_case() -> Case:
    return Case(
        title=f"Paid with {CARD}",
        merchant=Merchant(
            "Shop", email="a@shop.example", phone="+48 1", website="shop.example", address="Łódź"
        ),
        reason=Reason.DUPLICATE,
        currency="JPY",
        customer_name="Zoë",
        status=CaseStatus.WAITING,
        stage=EscalationStage.BANK,
        payment=Payment("card", "visa", "1111", "debit"),
        disputed_amount=Decimal("1440"),
        refunded_amount=Decimal("0.5"),
        country="PL",
        dates=CaseDates(transaction=date(2026, 1, 2), bank_complaint=date(2026, 3, 4)),
        summary=None,
        id=7,
        created_at=NOW,
        updated_at=NOW,
        archived_at=None,
        trashed_at=NOW,
    )


def test_a_case_becomes_columns_named_after_its_fields() -> None:
    row = CASES.to_row(a_full_case())
    assert row["title"] == f"Paid with {MASKED}"  # free text: card numbers masked
    assert row["merchant_name"] == "Shop" and row["merchant_address"] == "Łódź"
    assert row["payment_last4"] == "1111" and row["payment_card_kind"] == "debit"
    assert row["transaction_date"] == "2026-01-02" and row["statement_date"] is None
    assert row["reason"] == "duplicate" and row["status"] == CaseStatus.WAITING.value
    assert row["disputed_amount"] == "1440.00" and row["refunded_amount"] == "0.50"
    assert row["trashed_at"] == NOW.isoformat() and row["archived_at"] is None
    assert "merchant" not in row and "dates" not in row and "payment" not in row


def test_a_case_comes_back_whole() -> None:
    case = a_full_case()
    back = CASES.from_row(CASES.to_row(case))
    assert back == Case(**{**case.__dict__, "title": f"Paid with {MASKED}"})
    assert isinstance(back.disputed_amount, Decimal) and back.reason is Reason.DUPLICATE


@pytest.mark.parametrize(
    ("mapper", "obj"),
    [
        (
            PURCHASES,
            Purchase(
                date(2026, 2, 1), Decimal("19.99"), "EUR", PurchaseKind.REFUND, "desc", "ORD-1", disputed=True
            ),
        ),
        (
            COMMUNICATIONS,
            Communication(
                datetime(2026, 3, 1, 10, 0, tzinfo=WARSAW),
                Channel.PHONE,
                Direction.INCOMING,
                promised_action="Refund",
                promised_by=date(2026, 3, 8),
            ),
        ),
        (TASKS, Task("Call back", date(2026, 4, 1), TaskKind.PROMISE, done_at=NOW, communication_id=3)),
        (
            EVIDENCE,
            EvidenceItem(
                EvidenceKind.INVOICE, "Invoice", "ab" * 32, 10, "application/pdf", "f.pdf", NOW, source="x"
            ),
        ),
        (
            EVENTS,
            Event(NOW, "me via test", "case.edit", "Edited", case_id=1, entity="case", entity_id=1, id=4),
        ),
    ],
    ids=["purchase", "communication", "task", "evidence", "event"],
)
def test_every_record_round_trips(mapper: Mapper[object], obj: object) -> None:
    assert mapper.from_row(mapper.to_row(obj)) == obj


def test_texts_are_masked_unless_kept_as_typed() -> None:
    purchase = Purchase(
        date(2026, 2, 1), Decimal("1"), "EUR", description=CARD, order_number=CARD.replace(" ", "")
    )
    row = PURCHASES.to_row(purchase)
    assert row["description"] == MASKED
    assert row["order_number"] == CARD.replace(" ", "")  # an order number is kept as typed
    contact = Communication(NOW, Channel.EMAIL, Direction.OUTGOING, promised_action=CARD, body=CARD)
    contact_row = COMMUNICATIONS.to_row(contact)
    assert contact_row["promised_action"] == MASKED and contact_row["body"] == MASKED
    item = EvidenceItem(
        EvidenceKind.OTHER, CARD, "41111111111111110000", 1, "text/plain", CARD, NOW, note=CARD
    )
    evidence_row = EVIDENCE.to_row(item)
    assert evidence_row["sha256"] == "41111111111111110000"  # a file's name is never masked
    assert evidence_row["title"] == evidence_row["original_name"] == evidence_row["note"] == MASKED


def test_a_communication_keeps_its_moment_in_utc_for_sorting() -> None:
    contact = Communication(datetime(2026, 3, 1, 10, 0, tzinfo=WARSAW), Channel.PHONE, Direction.INCOMING)
    row = COMMUNICATIONS.to_row(contact)
    assert row["at"] == "2026-03-01T10:00:00+02:00" and row["at_utc"] == "2026-03-01T08:00:00+00:00"
    assert "at_utc" not in COMMUNICATIONS.to_row(contact, only=("at",))


def test_exclude_and_only_choose_the_fields() -> None:
    task = Task("Call", id=3, case_id=4)
    assert set(TASKS.to_row(task, exclude=("id", "case_id"))) == {
        "title",
        "due",
        "kind",
        "note",
        "done_at",
        "communication_id",
    }
    assert TASKS.to_row(task, only=("title",)) == {"title": "Call"}


@pytest.mark.parametrize(
    ("table", "mapper", "own"),
    [
        ("cases", CASES, set()),
        ("purchases", PURCHASES, {"position", "trashed_at"}),
        ("communications", COMMUNICATIONS, {"position", "trashed_at"}),
        ("tasks", TASKS, {"position", "trashed_at"}),
        ("evidence", EVIDENCE, {"position"}),
        ("events", EVENTS, {"hash"}),
    ],
)
def test_the_columns_are_the_schemas(store: Store, table: str, mapper: Mapper[object], own: set[str]) -> None:
    """Every field has its column, and every column but the store's own bookkeeping has its field."""
    columns = {row[1] for row in store.db.execute(f"PRAGMA table_info({table})")}
    assert set(mapper.columns()) <= columns
    assert columns - set(mapper.columns()) == own


def test_a_field_of_a_type_without_a_column_is_refused() -> None:
    @dataclass(frozen=True)
    class Odd:
        values: list[int]

    with pytest.raises(TypeError, match="no column type"):
        Mapper(Odd)


def test_a_verbatim_field_must_exist() -> None:
    with pytest.raises(AssertionError, match="no field"):
        Mapper(Task, verbatim=("nonexistent",))


def test_an_empty_nested_record_is_read_as_one_shared_frozen_instance() -> None:
    """The case list reads thousands of cases, most with no issuer and no customer's details: their
    empty parts are one shared (frozen) object each, and a filled one is read as it is."""
    first = CASES.from_row(CASES.to_row(a_full_case()))
    second = CASES.from_row(CASES.to_row(replace(a_full_case(), title="Another")))
    assert first.issuer == Issuer() and first.issuer is second.issuer
    assert first.customer is second.customer
    filled = CASES.from_row(CASES.to_row(replace(a_full_case(), issuer=Issuer(claim_number="C-1"))))
    assert filled.issuer == Issuer(claim_number="C-1")
    business = CASES.from_row(CASES.to_row(replace(a_full_case(), payment=Payment(business=True))))
    assert business.payment == Payment(business=True)
    assert CASES.from_row(CASES.to_row(replace(a_full_case(), payment=Payment()))).payment == Payment()
    read = CASES.reader(list(CASES.to_row(a_full_case())))
    assert read(tuple(CASES.to_row(a_full_case()).values())) == first


def test_a_stored_value_outside_its_vocabulary_is_refused_and_members_come_back_as_members() -> None:
    case = Case(
        title="T",
        merchant=Merchant("M"),
        reason=Reason.DUPLICATE,
        currency="EUR",
        status=CaseStatus.WAITING,
        stage=EscalationStage.SUPERVISOR,
    )
    row = {**CASES.to_row(case), "id": 1}
    back = CASES.from_row(row)
    assert back.reason is Reason.DUPLICATE and back.status is CaseStatus.WAITING
    assert back.stage is EscalationStage.SUPERVISOR
    with pytest.raises(ValueError, match="charged_thrice"):
        CASES.from_row({**row, "reason": "charged_thrice"})
