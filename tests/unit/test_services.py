"""Use cases at unit level: whole batches or nothing, shared vault files, trash, events."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import InvalidInputError, NotFoundError, StoreError
from desktop_app.services import Action, CaseDetail, Change, Services, Subject
from tests.support.snapshot import snapshot

INVOICE = b"%PDF-1.7\nFacture F-2026-091502, 17,99 EUR\n%%EOF\n"
SCREENSHOT = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
LETTER = "Réclamation, Łódź, señor\n".encode()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def vault_file(services: Services, data: bytes) -> Path:
    return services.data_dir / "vault" / "objects" / sha(data)[:2] / sha(data)


def vault_files(services: Services) -> list[Path]:
    return sorted(p for p in (services.data_dir / "vault").rglob("*") if p.is_file())


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "Facture_2026.pdf").write_bytes(INVOICE)
    (folder / "Screenshot 2026.png").write_bytes(SCREENSHOT)
    (folder / "lettre.txt").write_bytes(LETTER)
    return folder


def write_case_file(folder: Path, name: str, **extra: Any) -> Path:
    document = {
        "format": "dossier-case/1",
        "title": f"Case {name}",
        "merchant": {"name": "Señor Café"},
        "reason": "duplicate",
        "currency": "EUR",
        **extra,
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def case_a(services: Services, tmp_path: Path) -> int:
    return services.import_case_file(write_case_file(tmp_path, "a"))


@pytest.fixture
def case_b(services: Services, tmp_path: Path) -> int:
    return services.import_case_file(write_case_file(tmp_path, "b"))


# --------------------------------------------------------------------------- add_evidence


def test_add_evidence_stores_files_and_guesses_kinds(services: Services, case_a: int, inbox: Path) -> None:
    result = services.add_evidence(case_a, [inbox / "Facture_2026.pdf", inbox / "Screenshot 2026.png"])
    assert [e.original_name for e in result.added] == ["Facture_2026.pdf", "Screenshot 2026.png"]
    assert [e.kind.value for e in result.added] == ["invoice", "screenshot"]
    assert [e.media_type for e in result.added] == ["application/pdf", "image/png"]
    assert result.skipped == [] and result.shared == []
    assert services._store.vault.read_bytes(sha(INVOICE)) == INVOICE
    assert services._store.vault.read_bytes(sha(SCREENSHOT)) == SCREENSHOT
    live = services.case_detail(case_a).evidence
    assert [(e.id, e.sha256) for e in live] == [(e.id, e.sha256) for e in result.added]


def test_one_missing_file_refuses_the_whole_batch(services: Services, case_a: int, inbox: Path) -> None:
    missing = inbox / "brak-pliku.pdf"
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError) as info:
        services.add_evidence(case_a, [inbox / "Facture_2026.pdf", missing])
    assert str(missing) in str(info.value)
    assert "Nothing was added" in str(info.value)
    assert snapshot(services.data_dir) == before
    assert services.case_detail(case_a).evidence == []


def test_folder_in_a_batch_refuses_it(services: Services, case_a: int, inbox: Path) -> None:
    folder = inbox / "sub"
    folder.mkdir()
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError, match="folder"):
        services.add_evidence(case_a, [inbox / "lettre.txt", folder])
    assert snapshot(services.data_dir) == before


def test_empty_batch_and_unknown_case_are_refused(services: Services, case_a: int, inbox: Path) -> None:
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError):
        services.add_evidence(case_a, [])
    with pytest.raises(NotFoundError):
        services.add_evidence(999, [inbox / "lettre.txt"])
    assert snapshot(services.data_dir) == before


def test_same_file_twice_in_one_call_is_added_once(services: Services, case_a: int, inbox: Path) -> None:
    path = inbox / "Facture_2026.pdf"
    result = services.add_evidence(case_a, [path, path])
    assert len(result.added) == 1
    assert len(result.skipped) == 1
    assert result.skipped[0].path == path
    assert result.skipped[0].existing.id == result.added[0].id
    assert len(services.case_detail(case_a).evidence) == 1
    assert vault_files(services) == [vault_file(services, INVOICE)]


def test_same_bytes_under_another_name_are_skipped(services: Services, case_a: int, inbox: Path) -> None:
    copy = inbox / "copie.pdf"
    copy.write_bytes(INVOICE)
    services.add_evidence(case_a, [inbox / "Facture_2026.pdf"])
    result = services.add_evidence(case_a, [copy])
    assert result.added == []
    assert len(result.skipped) == 1
    assert "already evidence" in result.skipped[0].reason


def test_same_file_in_two_cases_is_stored_once(
    services: Services, case_a: int, case_b: int, inbox: Path
) -> None:
    path = inbox / "Facture_2026.pdf"
    first = services.add_evidence(case_a, [path])
    second = services.add_evidence(case_b, [path])
    assert len(first.added) == 1 and first.shared == []
    assert len(second.added) == 1
    assert second.shared == second.added
    assert second.added[0].case_id == case_b
    assert vault_files(services) == [vault_file(services, INVOICE)]
    assert services._store.evidence.referenced_hashes() == {sha(INVOICE)}


def test_listeners_hear_about_added_evidence(services: Services, case_a: int, inbox: Path) -> None:
    heard: list[Change] = []
    unsubscribe = services.subscribe(heard.append)
    added = services.add_evidence(case_a, [inbox / "lettre.txt"]).added[0]
    unsubscribe()
    services.add_evidence(case_a, [inbox / "Facture_2026.pdf"])
    assert heard == [Change(Subject.EVIDENCE, Action.ADDED, case_a, (added.id or 0,))]


# --------------------------------------------------------------------------- trash


def test_trash_then_restore_brings_evidence_back(services: Services, case_a: int, inbox: Path) -> None:
    (item,) = services.add_evidence(case_a, [inbox / "Facture_2026.pdf"]).added
    assert item.id is not None
    trashed = services.trash_evidence(item.id)
    assert trashed.trashed_at is not None
    assert services.case_detail(case_a).evidence == []
    assert [e.id for e in services.evidence_trash(case_a)] == [item.id]
    with pytest.raises(InvalidInputError, match="already in the trash"):
        services.trash_evidence(item.id)

    restored = services.restore_evidence(item.id)
    assert restored.trashed_at is None
    assert [e.id for e in services.case_detail(case_a).evidence] == [item.id]
    assert services.evidence_trash(case_a) == []
    assert services._store.vault.read_bytes(sha(INVOICE)) == INVOICE
    with pytest.raises(InvalidInputError, match="not in the trash"):
        services.restore_evidence(item.id)


def test_file_in_the_trash_is_skipped_when_added_again(services: Services, case_a: int, inbox: Path) -> None:
    (item,) = services.add_evidence(case_a, [inbox / "lettre.txt"]).added
    assert item.id is not None
    services.trash_evidence(item.id)
    result = services.add_evidence(case_a, [inbox / "lettre.txt"])
    assert result.added == []
    assert "trash" in result.skipped[0].reason


def test_empty_trash_deletes_rows_and_only_unshared_files(
    services: Services, case_a: int, case_b: int, inbox: Path
) -> None:
    shared_path = inbox / "Facture_2026.pdf"
    own_path = inbox / "Screenshot 2026.png"
    added_a = services.add_evidence(case_a, [shared_path, own_path]).added
    (in_b,) = services.add_evidence(case_b, [shared_path]).added
    shared_in_a, own_in_a = added_a
    assert shared_in_a.id is not None and own_in_a.id is not None
    services.trash_evidence(shared_in_a.id)
    services.trash_evidence(own_in_a.id)

    assert services.empty_trash() == 2

    assert services.case_detail(case_a).evidence == []
    assert services.evidence_trash(case_a) == []
    for item_id in (shared_in_a.id, own_in_a.id):
        with pytest.raises(NotFoundError):
            services.evidence_item(item_id)
    assert not vault_file(services, SCREENSHOT).exists(), "nothing refers to it any more"
    assert services._store.vault.read_bytes(sha(INVOICE)) == INVOICE, "case b still refers to it"
    assert services._store.evidence.referenced_hashes() == {sha(INVOICE)}
    assert [e.id for e in services.case_detail(case_b).evidence] == [in_b.id]
    assert services.verify().ok


def test_empty_trash_removes_the_last_reference(services: Services, case_a: int, inbox: Path) -> None:
    (item,) = services.add_evidence(case_a, [inbox / "lettre.txt"]).added
    assert item.id is not None
    services.trash_evidence(item.id)
    assert services.empty_trash() == 1
    assert vault_files(services) == []
    assert services._store.evidence.referenced_hashes() == set()
    assert services.verify().ok


def test_empty_trash_with_nothing_in_it(services: Services, case_a: int) -> None:
    before = snapshot(services.data_dir)
    assert services.empty_trash() == 0
    assert snapshot(services.data_dir) == before


def test_empty_trash_leaves_a_file_no_record_names(services: Services, case_a: int, inbox: Path) -> None:
    """Issue 13: emptying the trash removes the files of the items it deletes, and no other."""
    orphan = services._store.vault.put_stream(io.BytesIO(b"an import killed before its commit")).sha256
    (item,) = services.add_evidence(case_a, [inbox / "lettre.txt"]).added
    assert item.id is not None
    services.trash_evidence(item.id)
    assert services.empty_trash() == 1
    assert not vault_file(services, LETTER).exists()
    assert services._store.vault.contains(orphan)
    assert [f.sha256 for f in services.unused_vault_files()] == [orphan]
    assert services.remove_unused_vault_files([orphan]) == 1
    assert not services._store.vault.contains(orphan)
    assert services.verify().ok and services.verify().unused == []


def test_nothing_is_removed_while_the_store_looks_rolled_back(
    services: Services, case_a: int, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orphan = services._store.vault.put_stream(io.BytesIO(b"newer than the database")).sha256
    (item,) = services.add_evidence(case_a, [inbox / "lettre.txt"]).added
    assert item.id is not None
    services.trash_evidence(item.id)
    monkeypatch.setattr(
        services._store, "looks_rolled_back", lambda: "it holds 3 entries where 9 were recorded"
    )
    before = snapshot(services.data_dir)
    for attempt in (
        services.empty_trash,
        lambda: services.delete_evidence_for_good(item.id or 0),
        lambda: services.remove_unused_vault_files([orphan]),
    ):
        with pytest.raises(StoreError, match=r"looks rolled back.*3 entries where 9"):
            attempt()
        assert snapshot(services.data_dir) == before


def test_the_import_report_names_the_real_file_beside_its_original_name(
    services: Services, tmp_path: Path, inbox: Path
) -> None:
    path = write_case_file(
        inbox,
        "c",
        evidence=[
            {"path": "lettre.txt", "kind": "letter"},
            {"path": "Facture_2026.pdf", "kind": "invoice", "original_name": "receipt.pdf"},
        ],
    )
    report = services.import_case_file_report(path)
    assert [(f.relative, f.original_name) for f in report.files] == [
        ("lettre.txt", "lettre.txt"),
        ("Facture_2026.pdf", "receipt.pdf"),
    ]
    first, second = report.lines()
    assert first.endswith(": lettre.txt") and "imported as" not in first
    assert second.endswith("Facture_2026.pdf, imported as “receipt.pdf”")


# --------------------------------------------------------------------------- import


def test_import_case_file_with_evidence(services: Services, tmp_path: Path, inbox: Path) -> None:
    path = write_case_file(
        tmp_path,
        "with-files",
        purchases=[{"date": "2026-09-15", "amount": "17.99"}],
        communications=[{"at": "2026-09-16T10:05:00+02:00", "channel": "chat", "direction": "outgoing"}],
        evidence=[
            {"path": "inbox/Facture_2026.pdf", "kind": "invoice", "sha256": sha(INVOICE), "purchase": 0},
            {"path": "inbox/Screenshot 2026.png", "kind": "screenshot", "communication": 0},
        ],
        tasks=[{"title": "Call back", "communication": 0}],
    )
    case_id = services.import_case_file(path)
    detail = services.case_detail(case_id)
    assert [e.sha256 for e in detail.evidence] == [sha(INVOICE), sha(SCREENSHOT)]
    assert detail.evidence[0].purchase_id == detail.purchases[0].id
    assert detail.evidence[1].communication_id == detail.communications[0].id
    assert detail.tasks[0].communication_id == detail.communications[0].id
    assert vault_file(services, INVOICE).is_file()


def test_import_with_a_wrong_sha256_changes_nothing(services: Services, tmp_path: Path, inbox: Path) -> None:
    path = write_case_file(
        tmp_path,
        "wrong-hash",
        evidence=[
            {"path": "inbox/Screenshot 2026.png", "kind": "screenshot", "sha256": sha(SCREENSHOT)},
            {"path": "inbox/Facture_2026.pdf", "kind": "invoice", "sha256": "0" * 64},
        ],
    )
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError) as info:
        services.import_case_file(path)
    assert "evidence[1].sha256" in str(info.value)
    assert sha(INVOICE) in str(info.value)
    assert snapshot(services.data_dir) == before
    assert vault_files(services) == []
    assert services.list_cases() == []


def test_import_with_a_wrong_sha256_keeps_files_other_cases_use(
    services: Services, case_a: int, tmp_path: Path, inbox: Path
) -> None:
    services.add_evidence(case_a, [inbox / "Facture_2026.pdf"])
    path = write_case_file(
        tmp_path, "wrong-hash", evidence=[{"path": "inbox/Facture_2026.pdf", "sha256": "1" * 64}]
    )
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError):
        services.import_case_file(path)
    assert snapshot(services.data_dir) == before
    assert services._store.vault.read_bytes(sha(INVOICE)) == INVOICE


def test_import_of_an_invalid_case_file_names_every_field(services: Services, tmp_path: Path) -> None:
    path = write_case_file(tmp_path, "bad", reason="bogus", payment={"last4": "4417441744174417"})
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError) as info:
        services.import_case_file(path)
    message = str(info.value)
    assert "reason:" in message and "payment.last4:" in message
    assert "nothing was imported" in message
    assert snapshot(services.data_dir) == before


def test_import_with_a_missing_evidence_file_changes_nothing(
    services: Services, tmp_path: Path, inbox: Path
) -> None:
    path = write_case_file(
        tmp_path,
        "missing",
        evidence=[{"path": "inbox/lettre.txt"}, {"path": "inbox/gone.pdf"}],
    )
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError, match=r"evidence\[1\]\.path"):
        services.import_case_file(path)
    assert snapshot(services.data_dir) == before


def test_import_with_non_ascii_card_digits_is_refused_cleanly(services: Services, tmp_path: Path) -> None:
    """A case file the database would refuse must be refused as input, not crash with a SQL error."""
    path = write_case_file(tmp_path, "arabic-digits", payment={"method": "card", "last4": "٤٤١٧"})
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError, match=r"payment\.last4"):
        services.import_case_file(path)
    assert snapshot(services.data_dir) == before


def test_sample_case_is_sound(services: Services, sample_case: int) -> None:
    detail = services.case_detail(sample_case)
    assert len(detail.evidence) == 4
    assert {e.media_type for e in detail.evidence} >= {"application/pdf", "image/png", "message/rfc822"}
    assert services.verify().ok


# --------------------------------------------------------------------------- export


def _comparable(detail: CaseDetail) -> tuple[object, ...]:
    case = replace(detail.case, id=None, created_at=None, updated_at=None)
    purchases = [replace(p, id=None, case_id=None) for p in detail.purchases]
    comms = [replace(c, id=None, case_id=None) for c in detail.communications]
    comm_pos = {c.id: i for i, c in enumerate(detail.communications)}
    purchase_pos = {p.id: i for i, p in enumerate(detail.purchases)}
    evidence = [
        (
            replace(e, id=None, case_id=None, purchase_id=None, communication_id=None),
            purchase_pos.get(e.purchase_id),
            comm_pos.get(e.communication_id),
        )
        for e in detail.evidence
    ]
    tasks = [
        (replace(t, id=None, case_id=None, communication_id=None), comm_pos.get(t.communication_id))
        for t in detail.tasks
    ]
    return case, purchases, comms, evidence, tasks


def test_export_then_import_gives_the_same_sample_case(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "export" / "streamnova.json"
    out.parent.mkdir()
    result = services.export_case_file(sample_case, out)
    assert len(result.files) == 4
    for item, written in zip(services.case_detail(sample_case).evidence, result.files, strict=True):
        assert sha(written.read_bytes()) == item.sha256
    events_before = len(services._store.events.all())
    copy = services.import_case_file(out)
    assert _comparable(services.case_detail(copy)) == _comparable(services.case_detail(sample_case))
    assert len(services._store.events.all()) > events_before
    assert len(vault_files(services)) == 4, "the re-imported files are shared, not copied"


def test_export_then_import_keeps_an_unknown_payment_method_unknown(
    services: Services, case_a: int, tmp_path: Path
) -> None:
    assert services.case_detail(case_a).case.payment.method is None
    out = tmp_path / "a-export.json"
    services.export_case_file(case_a, out)
    copy = services.import_case_file(out)
    assert services.case_detail(copy).case.payment == services.case_detail(case_a).case.payment


# --------------------------------------------------------------------------- event log


def test_every_change_is_logged_with_the_actor(services: Services, case_a: int, inbox: Path) -> None:
    events_after_import = services._store.events.all()
    assert [e.action for e in events_after_import] == ["case.import"]

    (item,) = services.add_evidence(case_a, [inbox / "lettre.txt"]).added
    assert item.id is not None
    services.add_evidence(case_a, [inbox / "lettre.txt"])  # skipped: no change, no event
    services.trash_evidence(item.id)
    services.restore_evidence(item.id)
    services.trash_evidence(item.id)
    services.empty_trash()

    events = services._store.events.all()
    assert [e.action for e in events] == [
        "case.import",
        "evidence.add",
        "evidence.trash",
        "evidence.restore",
        "evidence.trash",
        "evidence.delete",
    ]
    for event in events:
        assert "via test" in event.actor
        assert event.case_id == case_a
        assert event.summary
        assert event.at.tzinfo is not None
    assert all(e.entity_id == item.id for e in events[1:])
    assert sha(LETTER) in events[1].summary


def test_import_logs_each_item(services: Services, tmp_path: Path) -> None:
    path = write_case_file(
        tmp_path,
        "logged",
        purchases=[{"date": "2026-09-15", "amount": "17.99"}],
        communications=[{"at": "2026-09-16T10:05:00+02:00", "channel": "chat", "direction": "outgoing"}],
        tasks=[{"title": "Call back"}],
    )
    case_id = services.import_case_file(path)
    events = services._store.events.all(case_id)
    assert [e.action for e in events] == ["case.import", "purchase.add", "communication.add", "task.add"]
    assert all("via test" in e.actor for e in events)


def test_refused_operations_write_no_event(services: Services, case_a: int, inbox: Path) -> None:
    count = len(services._store.events.all())
    with pytest.raises(InvalidInputError):
        services.add_evidence(case_a, [inbox / "missing.pdf"])
    with pytest.raises(NotFoundError):
        services.trash_evidence(12345)
    assert len(services._store.events.all()) == count


# --------------------------------------------------------------------------- cases and contacts (workspace)


def test_create_case_and_refuse_an_empty_one(services: Services) -> None:
    from desktop_app.domain.models import Case, Merchant
    from desktop_app.domain.vocab import Reason

    case_id = services.create_case(
        Case(
            title="Siłownia pobiera opłaty po rezygnacji",
            merchant=Merchant("FitLife Łódź"),
            reason=Reason.CANCELLED_RECURRING,
            currency="PLN",
            disputed_amount=Decimal("129.00"),
        )
    )
    saved = services.case_detail(case_id).case
    assert saved.title == "Siłownia pobiera opłaty po rezygnacji"
    assert saved.disputed_amount == Decimal("129.00")
    assert any(e.action == "case.create" for e in services._store.events.all(case_id))
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError, match="title"):
        services.create_case(Case(title="  ", merchant=Merchant("X"), reason=Reason.OTHER, currency="EUR"))
    assert snapshot(services.data_dir) == before


def test_a_promise_with_a_date_becomes_a_task(services: Services, sample_case: int) -> None:
    from datetime import date, datetime, timedelta, timezone

    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction, TaskKind

    warsaw = timezone(timedelta(hours=1))
    contact_id, task_id = services.log_communication(
        sample_case,
        Communication(
            at=datetime(2026, 11, 20, 15, 5, tzinfo=warsaw),
            channel=Channel.PHONE,
            direction=Direction.OUTGOING,
            representative="Paweł",
            reference="TCK-99",
            promised_action="Zwrot 35,98 EUR",
            promised_by=date(2026, 12, 4),
        ),
    )
    assert task_id is not None
    task = next(t for t in services.case_detail(sample_case).tasks if t.id == task_id)
    assert task.kind is TaskKind.PROMISE and task.due == date(2026, 12, 4)
    assert task.communication_id == contact_id
    assert "Zwrot 35,98 EUR" in task.title and "Paweł" in task.title
    saved = next(c for c in services.case_detail(sample_case).communications if c.id == contact_id)
    assert saved.at.utcoffset() == timedelta(hours=1)
    no_promise_id, no_task = services.log_communication(
        sample_case,
        Communication(
            at=datetime(2026, 11, 21, 9, 0, tzinfo=warsaw), channel=Channel.CHAT, direction=Direction.INCOMING
        ),
    )
    assert no_task is None and no_promise_id > contact_id


def test_pasted_bytes_become_evidence_once(services: Services, sample_case: int) -> None:
    from desktop_app.domain.vocab import EvidenceKind

    png = (
        Path(__file__).parents[2] / "resources" / "sample" / "files" / "capture-resiliation-2026-08-28.png"
    ).read_bytes()
    data = png + b"pasted"
    first = services.add_evidence_data(
        sample_case, data, "screenshot-2026-11-22-10-15-00.png", kind=EvidenceKind.SCREENSHOT
    )
    assert len(first.added) == 1
    item = first.added[0]
    assert item.media_type == "image/png" and item.original_name == "screenshot-2026-11-22-10-15-00.png"
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    again = services.add_evidence_data(sample_case, data, "screenshot-2026-11-22-10-16-00.png")
    assert again.added == [] and len(again.skipped) == 1
    with pytest.raises(InvalidInputError, match="nothing"):
        services.add_evidence_data(sample_case, b"", "empty.png")


def test_update_evidence_refuses_links_to_another_case(services: Services, sample_case: int) -> None:
    other = services.add_sample_case()
    item = services.case_detail(sample_case).evidence[0]
    foreign = services.case_detail(other).purchases[0]
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError, match="not in this case"):
        services.update_evidence(replace(item, purchase_id=foreign.id))
    with pytest.raises(InvalidInputError, match="title"):
        services.update_evidence(replace(item, title="  "))
    assert snapshot(services.data_dir) == before


def test_an_evidence_number_is_never_given_twice(services: Services, tmp_path: Path) -> None:
    """The event log names items by number: one deleted for good must not lend its number to the next."""
    case_id = services.add_sample_case()
    last = max(item.id or 0 for item in services.case_detail(case_id).evidence)
    services.trash_evidence(last)
    services.delete_evidence_for_good(last)
    new = tmp_path / "new.txt"
    new.write_text("another file", encoding="utf-8")
    (added,) = services.add_evidence(case_id, [new]).added
    assert added.id == last + 1
    assert [e.entity_id for e in services._store.events.all(case_id) if e.action == "evidence.delete"] == [
        last
    ]


def _promise(services: Services, case_id: int, what: str) -> tuple[int, int]:
    from datetime import date, datetime, timedelta, timezone

    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction

    contact_id, task_id = services.log_communication(
        case_id,
        Communication(
            at=datetime(2026, 10, 5, 14, 30, tzinfo=timezone(timedelta(hours=2))),
            channel=Channel.CHAT,
            direction=Direction.INCOMING,
            promised_action=what,
            promised_by=date(2026, 10, 19),
        ),
    )
    assert task_id is not None
    return contact_id, task_id


def _open_tasks(services: Services, case_id: int) -> set[int]:
    return {t.id for t in services.case_detail(case_id).tasks if t.id is not None}


def test_a_contact_goes_to_the_trash_with_its_promise_and_comes_back_with_it(
    services: Services, sample_case: int
) -> None:
    contact_id, task_id = _promise(services, sample_case, "Refund 35.98 EUR")
    other_tasks = _open_tasks(services, sample_case) - {task_id}
    heard: list[Change] = []
    services.subscribe(heard.append)
    moved = services.set_record_trashed("communications", contact_id, True)
    assert moved == [task_id]
    # one change, one transaction
    assert heard == [Change(Subject.CONTACT, Action.TRASHED, sample_case, (contact_id,))]
    detail = services.case_detail(sample_case)
    assert contact_id not in [c.id for c in detail.communications]
    assert _open_tasks(services, sample_case) == other_tasks
    assert task_id not in [t.id for t in services._store.records.open_dated_tasks(sample_case)]
    events = services._store.events.all(sample_case)[-2:]
    assert [(e.action, e.entity_id) for e in events] == [
        ("communication.trash", contact_id),
        ("task.trash", task_id),
    ]
    assert "with contact" in events[1].summary
    assert services.set_record_trashed("communications", contact_id, False) == [task_id]
    assert contact_id in [c.id for c in services.case_detail(sample_case).communications]
    assert _open_tasks(services, sample_case) == other_tasks | {task_id}
    assert [(e.action, e.entity_id) for e in services._store.events.all(sample_case)[-2:]] == [
        ("communication.restore", contact_id),
        ("task.restore", task_id),
    ]
    assert services.verify().ok


def test_a_task_trashed_before_its_contact_stays_in_the_trash_when_the_contact_comes_back(
    services: Services, sample_case: int
) -> None:
    contact_id, task_id = _promise(services, sample_case, "Call back on Monday")
    services.set_record_trashed("tasks", task_id, True)  # the user's own choice, first
    assert services.set_record_trashed("communications", contact_id, True) == []
    assert services.set_record_trashed("communications", contact_id, False) == []
    assert contact_id in [c.id for c in services.case_detail(sample_case).communications]
    assert task_id not in _open_tasks(services, sample_case)


def test_trashing_a_contact_again_after_its_restore_takes_its_task_again(
    services: Services, sample_case: int
) -> None:
    contact_id, task_id = _promise(services, sample_case, "Send the refund")
    _, other_task = _promise(services, sample_case, "Another contact's promise")
    for _ in range(2):
        assert services.set_record_trashed("communications", contact_id, True) == [task_id]
        assert other_task in _open_tasks(services, sample_case)
        assert services.set_record_trashed("communications", contact_id, False) == [task_id]
        assert task_id in _open_tasks(services, sample_case)


def test_the_last_time_zone_used_for_a_contact_is_remembered(services: Services, sample_case: int) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction

    assert services.last_contact_zone() is None
    contact = Communication(
        at=datetime(2026, 10, 5, 9, 0, tzinfo=ZoneInfo("America/New_York")),
        channel=Channel.PHONE,
        direction=Direction.OUTGOING,
    )
    services.log_communication(sample_case, contact)
    assert services.last_contact_zone() == "America/New_York"
    services.log_communication(sample_case, contact, zone="Europe/Warsaw")
    assert services.last_contact_zone() == "Europe/Warsaw"
    assert services.set_last_contact_zone("Europe/Madrid") == "Europe/Madrid"
    assert services.last_contact_zone() == "Europe/Madrid"
    before = len(services.case_detail(sample_case).communications)
    with pytest.raises(InvalidInputError, match="Mars/Olympus"):
        services.log_communication(sample_case, contact, zone="Mars/Olympus")
    assert len(services.case_detail(sample_case).communications) == before  # nothing written
    with pytest.raises(InvalidInputError, match="Mars/Olympus"):
        services.set_last_contact_zone("Mars/Olympus")
    assert services.last_contact_zone() == "Europe/Madrid"
