"""Which typed :class:`Change` each use case notifies: its subject, what happened, its case, its records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.models import Communication, Purchase, Task
from desktop_app.domain.vocab import Channel, Direction, PurchaseKind
from desktop_app.services import Action, Change, PackOptions, Services, Subject
from tests.support import mail


@pytest.fixture
def heard(services: Services) -> list[Change]:
    changes: list[Change] = []
    services.subscribe(changes.append)
    return changes


def charge() -> Purchase:
    return Purchase(
        kind=PurchaseKind.CHARGE,
        date=date(2026, 10, 1),
        amount=Decimal("17.99"),
        currency="EUR",
        description="Monthly plan",
    )


def test_cases(services: Services, sample_case: int, heard: list[Change]) -> None:
    case = services.case(sample_case)
    services.update_case(case)
    copy = services.duplicate_case(sample_case)
    services.set_case_archived(copy, True)
    services.set_case_trashed(copy, True)
    services.set_case_trashed(copy, False)
    assert heard == [
        Change(Subject.CASE, Action.EDITED, sample_case, (sample_case,)),
        Change(Subject.CASE, Action.ADDED, copy, (copy,)),
        Change(Subject.CASE, Action.EDITED, copy, (copy,)),
        Change(Subject.CASE, Action.TRASHED, copy, (copy,)),
        Change(Subject.CASE, Action.RESTORED, copy, (copy,)),
    ]
    assert all(change.touches_case_list for change in heard)


def test_records(services: Services, sample_case: int, heard: list[Change]) -> None:
    purchase_id = services.add_purchase(sample_case, charge())
    services.update_purchase(services.purchase(purchase_id))
    contact = Communication(
        at=datetime(2026, 10, 2, 9, 30, tzinfo=UTC),
        channel=Channel.PHONE,
        direction=Direction.OUTGOING,
        promised_action="Refund 17.99 EUR",
        promised_by=date(2026, 10, 20),
    )
    contact_id, promise_id = services.log_communication(sample_case, contact)
    assert promise_id is not None
    services.update_communication(services.communication(contact_id))
    task_id = services.add_task(
        sample_case, Task(title="Call the bank", due=date(2026, 11, 1)), also_after=[2]
    )
    services.set_task_done(task_id, True)
    services.set_record_trashed("purchases", purchase_id, True)
    services.set_record_trashed("communications", contact_id, True)
    services.set_record_trashed("communications", contact_id, False)
    repeat = max(t.id or 0 for t in services.case_detail(sample_case).tasks if t.id != task_id)
    assert heard == [
        Change(Subject.PURCHASE, Action.ADDED, sample_case, (purchase_id,)),
        Change(Subject.PURCHASE, Action.EDITED, sample_case, (purchase_id,)),
        Change(Subject.CONTACT, Action.ADDED, sample_case, (contact_id,)),  # its promise rides along
        Change(Subject.CONTACT, Action.EDITED, sample_case, (contact_id,)),
        Change(Subject.TASK, Action.ADDED, sample_case, (repeat, task_id)),
        Change(Subject.TASK, Action.EDITED, sample_case, (task_id,)),
        Change(Subject.PURCHASE, Action.TRASHED, sample_case, (purchase_id,)),
        Change(Subject.CONTACT, Action.TRASHED, sample_case, (contact_id,)),
        Change(Subject.CONTACT, Action.RESTORED, sample_case, (contact_id,)),
    ]


def test_evidence(services: Services, sample_case: int, heard: list[Change], tmp_path: Path) -> None:
    path = tmp_path / "receipt.txt"
    path.write_text("Receipt: 17.99 EUR\n", encoding="utf-8")
    (item,) = services.add_evidence(sample_case, [path]).added
    assert item.id is not None
    services.add_evidence(sample_case, [path])  # a duplicate adds nothing, and says nothing
    services.update_evidence(item)
    services.trash_evidence(item.id)
    services.restore_evidence(item.id)
    services.trash_evidence(item.id)
    services.empty_trash()
    pasted = services.add_evidence_data(sample_case, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "paste.png").added
    assert heard == [
        Change(Subject.EVIDENCE, Action.ADDED, sample_case, (item.id,)),
        Change(Subject.EVIDENCE, Action.EDITED, sample_case, (item.id,)),
        Change(Subject.EVIDENCE, Action.TRASHED, sample_case, (item.id,)),
        Change(Subject.EVIDENCE, Action.RESTORED, sample_case, (item.id,)),
        Change(Subject.EVIDENCE, Action.TRASHED, sample_case, (item.id,)),
        Change(Subject.EVIDENCE, Action.DELETED, sample_case, (item.id,)),
        Change(Subject.EVIDENCE, Action.ADDED, sample_case, tuple(p.id or 0 for p in pasted)),
    ]


def test_mail_case_files_packs_and_preferences(
    services: Services, sample_case: int, heard: list[Change], tmp_path: Path
) -> None:
    box = tmp_path / "two.mbox"
    box.write_bytes(mail.mbox([mail.simple(1), mail.simple(2)]))
    result = services.import_emails(sample_case, [box])
    contacts = tuple(m.communication_id for m in result.imported)
    assert len(contacts) == 2
    exported = services.export_case_file(sample_case, tmp_path / "out.json")
    imported = services.import_case_file(exported.case_file)
    services.build_pack(sample_case, tmp_path / "pack.pdf", PackOptions())
    services.set_own_addresses(["me@example.org"])
    services.set_last_contact_zone("Europe/Warsaw")
    assert heard == [
        Change(Subject.CONTACT, Action.ADDED, sample_case, contacts),
        Change(Subject.CASE, Action.ADDED, imported, (imported,)),
        Change(Subject.PACK, Action.ADDED, sample_case),
        Change(Subject.PREFERENCES, Action.EDITED),
        Change(Subject.PREFERENCES, Action.EDITED),
    ]
    assert not heard[-1].touches_case_list


def test_the_store_as_a_whole(services: Services, heard: list[Change]) -> None:
    services.set_passphrase("correct horse battery staple")
    services.renew_recovery_key()
    services.lock()
    services.unlock()
    services.change_encryption(False)
    assert heard == [
        Change(Subject.STORE, Action.EDITED),
        Change(Subject.STORE, Action.EDITED),
        Change(Subject.STORE, Action.REPLACED),
        Change(Subject.STORE, Action.REPLACED),
    ]


def test_one_edit_one_change(services: Services, sample_case: int, heard: list[Change]) -> None:
    """One edit of a charge notifies exactly one change, about that case and that charge."""
    purchase = services.case_detail(sample_case).purchases[0]
    services.update_purchase(purchase)
    assert heard == [Change(Subject.PURCHASE, Action.EDITED, sample_case, (purchase.id or 0,))]
    assert str(heard[0]) == f"purchase {purchase.id} edited in case {sample_case}"
