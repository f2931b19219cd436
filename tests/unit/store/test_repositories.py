"""The store's repositories (store.cases, store.records, store.evidence, store.events)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_app.domain.models import Case, Communication, EvidenceItem, Merchant, Purchase, Task
from desktop_app.domain.vocab import Channel, Direction, EvidenceKind, Reason
from desktop_app.errors import NotFoundError
from desktop_app.store.store import Store

NOW = datetime(2026, 9, 15, 12, 0, tzinfo=UTC)


def fill(store: Store) -> list[int]:
    ids = []
    with store.transaction():
        for n in range(3):
            case_id = store.cases.insert(Case(f"Case {n}", Merchant("Shop"), Reason.DUPLICATE, "EUR"), NOW)
            ids.append(case_id)
            for k in range(n):
                store.records.insert_purchase(case_id, Purchase(date(2026, 1, 1 + k), Decimal("5"), "EUR"), k)
                store.records.insert_communication(
                    case_id,
                    Communication(
                        NOW, Channel.EMAIL, Direction.OUTGOING, promised_action="Refund" if k else None
                    ),
                    k,
                )
                store.records.insert_task(case_id, Task(f"Task {k}", due=date(2026, 10, 1 + k)), k)
                store.evidence.ensure_blob(f"{n}{k}" * 32, 1, NOW)
                store.evidence.insert(
                    case_id,
                    EvidenceItem(
                        EvidenceKind.INVOICE, "Invoice", f"{n}{k}" * 32, 1, "application/pdf", "i.pdf", NOW
                    ),
                    store.evidence.next_position(case_id),
                )
    return ids


def test_the_whole_store_and_one_case_read_the_same(store: Store) -> None:
    ids = fill(store)
    evidence, digests, deadlines = (
        store.cases.evidence_counts(),
        store.cases.digests(),
        store.cases.next_deadlines(),
    )
    counts = {case_id: (evidence.get(case_id, 0), digests[case_id]["contacts"]) for case_id in ids}
    assert counts[ids[2]] == (2, 2) and counts[ids[0]] == (0, 0)
    assert digests[ids[2]]["charges"] == 2 and digests[ids[2]]["promises"] == 1
    assert digests[ids[2]]["evidence_kinds"] == {"invoice"}
    assert deadlines == {ids[1]: date(2026, 10, 1), ids[2]: date(2026, 10, 1)}
    for case_id in ids:
        own = {case_id: evidence[case_id]} if case_id in evidence else {}
        assert store.cases.evidence_counts(case_id) == own
        assert store.cases.digests(case_id) == {case_id: digests[case_id]}
        expected = {case_id: deadlines[case_id]} if case_id in deadlines else {}
        assert store.cases.next_deadlines(case_id) == expected
    assert store.cases.evidence_counts(999) == {} and store.cases.digests(999) == {}


def test_each_repository_reads_what_it_wrote(store: Store) -> None:
    ids = fill(store)
    case_id = ids[2]
    assert store.cases.get(case_id).title == "Case 2"
    assert [c.title for c in store.cases.all()] == ["Case 2", "Case 1", "Case 0"]
    purchases = store.records.purchases(case_id)
    assert [p.date for p in purchases] == [date(2026, 1, 1), date(2026, 1, 2)]
    assert store.records.purchase(purchases[0].id or 0) == purchases[0]
    assert store.records.case_of("tasks", store.records.tasks(case_id)[0].id or 0) == case_id
    assert [t.title for t in store.records.open_dated_tasks()] == ["Task 0", "Task 0", "Task 1"]
    assert len(store.evidence.items(case_id)) == 2
    assert store.records.next_position("purchases", case_id) == 2
    with pytest.raises(NotFoundError, match="There is no charge 999"):
        store.records.purchase(999)
    with pytest.raises(NotFoundError, match="There is no case 999"):
        store.cases.get(999)


def test_writes_need_a_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError, match=r"inside Store\.transaction"):
        store.cases.insert(Case("x", Merchant("Shop"), Reason.DUPLICATE, "EUR"), NOW)
    with pytest.raises(RuntimeError, match=r"inside Store\.transaction"):
        store.events.set_preference("a", "b")
    assert store.cases.all() == []
