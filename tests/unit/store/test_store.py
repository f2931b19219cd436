"""Store writes are atomic and only happen inside a transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    Event,
    EvidenceItem,
    Merchant,
    Payment,
    Purchase,
    Task,
)
from desktop_app.domain.vocab import CaseStatus, Channel, Direction, EvidenceKind, Reason
from desktop_app.errors import NotFoundError
from desktop_app.store.database import IntegrityError
from desktop_app.store.store import Store

NOW = datetime(2026, 9, 15, 12, 0, tzinfo=UTC)
SHA = "ab" * 32


def a_case(title: str = "Señor Café charged twice") -> Case:
    return Case(
        title=title,
        merchant=Merchant("Señor Café", email="hola@senor.example"),
        reason=Reason.DUPLICATE,
        currency="EUR",
        customer_name="Agnieszka Wójcik",
        status=CaseStatus.WAITING,
        payment=Payment("card", "visa", "4417"),
        disputed_amount=Decimal("17.9"),
        country="ES",
        dates=CaseDates(transaction=date(2026, 9, 15)),
        summary="Zażółć gęślą jaźń",
    )


class Boom(Exception):
    pass


def test_case_round_trips(store: Store) -> None:
    with store.transaction():
        case_id = store.cases.insert(a_case(), NOW)
    saved = store.cases.get(case_id)
    assert saved.id == case_id
    assert saved.title == "Señor Café charged twice"
    assert saved.payment == Payment("card", "visa", "4417")
    assert saved.disputed_amount == Decimal("17.90")
    assert saved.dates.transaction == date(2026, 9, 15)
    assert saved.created_at == NOW and saved.updated_at == NOW


def test_missing_case_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.cases.get(42)


def test_transaction_rolls_back_everything_on_error(store: Store) -> None:
    with pytest.raises(Boom), store.transaction():
        case_id = store.cases.insert(a_case(), NOW)
        store.records.insert_purchase(case_id, Purchase(date(2026, 9, 15), Decimal("17.99"), "EUR"))
        store.events.log(Event(at=NOW, actor="t via test", action="case.add", summary="x", case_id=case_id))
        raise Boom
    assert store.table_counts() == {
        "cases": 0,
        "purchases": 0,
        "communications": 0,
        "evidence": 0,
        "tasks": 0,
        "events": 0,
    }
    assert store.cases.all(include_trashed=True) == []
    assert not store.db.conn.in_transaction


def test_transaction_commits_on_success(store: Store) -> None:
    with store.transaction():
        first = store.cases.insert(a_case("one"), NOW)
        second = store.cases.insert(a_case("two"), NOW)
    assert {c.id for c in store.cases.all()} == {first, second}


def test_failed_statement_inside_a_transaction_rolls_back_earlier_ones(store: Store) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.transaction():
        store.cases.insert(a_case(), NOW)
        store.records.insert_purchase(999, Purchase(date(2026, 9, 15), Decimal("1.00"), "EUR"))
    assert store.table_counts()["cases"] == 0


def _seed(store: Store) -> tuple[int, int]:
    with store.transaction():
        case_id = store.cases.insert(a_case(), NOW)
        store.evidence.ensure_blob(SHA, 3, NOW)
        evidence_id = store.evidence.insert(
            case_id,
            EvidenceItem(
                kind=EvidenceKind.INVOICE,
                title="Facture",
                sha256=SHA,
                size=3,
                media_type="application/pdf",
                original_name="facture.pdf",
                imported_at=NOW,
            ),
            0,
        )
    return case_id, evidence_id


WRITES: dict[str, Callable[[Store, int, int], object]] = {
    "insert_case": lambda s, c, e: s.cases.insert(a_case("outside"), NOW),
    "insert_purchase": lambda s, c, e: s.records.insert_purchase(
        c, Purchase(date(2026, 9, 1), Decimal("1.00"), "EUR")
    ),
    "insert_communication": lambda s, c, e: s.records.insert_communication(
        c, Communication(at=NOW, channel=Channel.EMAIL, direction=Direction.INCOMING)
    ),
    "insert_task": lambda s, c, e: s.records.insert_task(c, Task(title="Call the bank")),
    "log": lambda s, c, e: s.events.log(Event(at=NOW, actor="t via test", action="x", summary="x")),
    "touch_case": lambda s, c, e: s.cases.touch(c, datetime(2030, 1, 1, tzinfo=UTC)),
    "set_evidence_trashed": lambda s, c, e: s.evidence.set_trashed(e, NOW),
    "ensure_blob": lambda s, c, e: s.evidence.ensure_blob("cd" * 32, 1, NOW),
    "delete_evidence": lambda s, c, e: s.evidence.delete(e),
    "delete_blob_row": lambda s, c, e: s.evidence.delete_blob("ef" * 32),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_writes_outside_a_transaction_are_refused(store: Store, write: str) -> None:
    case_id, evidence_id = _seed(store)
    counts = store.table_counts()
    case_before = store.cases.get(case_id)
    with pytest.raises(RuntimeError, match=r"Store\.transaction"):
        WRITES[write](store, case_id, evidence_id)
    assert store.table_counts() == counts
    assert store.cases.get(case_id) == case_before
    assert store.evidence.item(evidence_id).trashed_at is None


def test_evidence_queries(store: Store) -> None:
    case_id, evidence_id = _seed(store)
    assert [e.id for e in store.evidence.items(case_id)] == [evidence_id]
    assert store.evidence.find_by_hash(case_id, SHA) is not None
    assert store.evidence.next_position(case_id) == 1
    with store.transaction():
        store.evidence.set_trashed(evidence_id, NOW)
    assert store.evidence.items(case_id) == []
    assert [e.id for e in store.evidence.items(case_id, trashed=True)] == [evidence_id]
    assert [e.id for e in store.evidence.items(case_id, trashed=None)] == [evidence_id]
    assert store.evidence.unreferenced_blobs() == []
    with store.transaction():
        store.evidence.delete(evidence_id)
    assert store.evidence.unreferenced_blobs() == [SHA]
    assert store.evidence.referenced_hashes() == {SHA}
    assert store.integrity_check() == []
