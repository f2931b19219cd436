"""Charges, contacts and tasks: edited in place, ticked off, trashed and restored, never deleted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.models import Task
from desktop_app.domain.vocab import TaskKind
from desktop_app.errors import Cancelled, DossierError, InvalidInputError, NotFoundError
from desktop_app.services import Action, Change, Services, Subject


def test_edit_a_charge_returns_the_old_one_and_logs_it(services: Services, sample_case: int) -> None:
    before = services.case_detail(sample_case).purchases[0]
    edited = replace(before, amount=Decimal("21.50"), invoice_number="F-NEW-1")
    returned = services.update_purchase(edited)
    assert returned == before
    after = services.purchase(before.id or 0)
    assert (after.amount, after.invoice_number) == (Decimal("21.50"), "F-NEW-1")
    assert services._store.events.all(sample_case)[-1].action == "purchase.edit"
    services.update_purchase(returned)  # what undo does
    assert services.purchase(before.id or 0) == before


def test_edit_a_contact_keeps_its_time_zone(services: Services, sample_case: int) -> None:
    before = services.case_detail(sample_case).communications[0]
    edited = replace(before, representative="Agnieszka Wójcik", reference="TCK-77")
    services.update_communication(edited)
    after = services.communication(before.id or 0)
    assert after.representative == "Agnieszka Wójcik"
    assert after.at == before.at and after.at.utcoffset() == before.at.utcoffset()


def test_a_promise_date_without_a_promise_is_refused(services: Services, sample_case: int) -> None:
    before = services.case_detail(sample_case).communications[0]
    with pytest.raises(InvalidInputError, match="promised"):
        services.update_communication(replace(before, promised_action=None, promised_by=date(2026, 12, 1)))
    assert services.communication(before.id or 0) == before


def test_add_tick_off_and_reopen_a_deadline(services: Services, sample_case: int) -> None:
    changes: list[Change] = []
    services.subscribe(changes.append)
    task_id = services.add_task(
        sample_case, Task(title="  Chargeback window closes  ", due=date(2027, 2, 1), kind=TaskKind.DEADLINE)
    )
    task = services.task(task_id)
    assert task.title == "Chargeback window closes" and task.done_at is None
    assert changes[-1] == Change(Subject.TASK, Action.ADDED, sample_case, (task_id,))
    before = services.set_task_done(task_id, True)
    assert before.done_at is None and services.task(task_id).done_at is not None
    services.set_task_done(task_id, False)
    assert services.task(task_id).done_at is None


def test_a_task_needs_words(services: Services, sample_case: int) -> None:
    with pytest.raises(InvalidInputError):
        services.add_task(sample_case, Task(title="   ", due=date(2027, 1, 1)))


@pytest.mark.parametrize("table", ["purchases", "communications", "tasks"])
def test_trash_and_restore_a_record(services: Services, sample_case: int, table: str) -> None:
    detail = services.case_detail(sample_case)
    rows = getattr(detail, table)
    record_id = rows[0].id
    services.set_record_trashed(table, record_id, True)
    after = getattr(services.case_detail(sample_case), table)
    assert record_id not in [r.id for r in after] and len(after) == len(rows) - 1
    services.set_record_trashed(table, record_id, False)
    assert getattr(services.case_detail(sample_case), table) == rows


def test_a_trashed_task_is_not_the_next_deadline(services: Services, sample_case: int) -> None:
    task_id = services.add_task(sample_case, Task(title="Soon", due=date(2020, 1, 1)))
    assert services.list_cases()[0].next_deadline == date(2020, 1, 1)
    services.set_record_trashed("tasks", task_id, True)
    assert services.list_cases()[0].next_deadline != date(2020, 1, 1)


def test_trashed_contacts_are_not_counted(services: Services, sample_case: int) -> None:
    count = services.list_cases()[0].communication_count
    first = services.case_detail(sample_case).communications[0]
    services.set_record_trashed("communications", first.id or 0, True)
    assert services.list_cases()[0].communication_count == count - 1


def test_unknown_records_are_named(services: Services, sample_case: int) -> None:
    with pytest.raises(NotFoundError, match="999"):
        services.set_record_trashed("tasks", 999, True)
    with pytest.raises(InvalidInputError):
        services.set_record_trashed("cases", 1, True)


def test_the_case_list_and_the_case_page_judge_a_case_alike(services: Services, sample_case: int) -> None:
    """The list computes checklists from aggregate queries, the page from the records: same answer."""
    detail = services.case_detail(sample_case)

    def both() -> tuple[object, object]:
        summary = next(c for c in services.list_cases() if c.id == sample_case)
        return summary.checklist, services.case_detail(sample_case).checklist

    listed, paged = both()
    assert listed == paged and paged.done == paged.total  # the sample case has everything
    terms = next(e for e in detail.evidence if e.kind.value == "terms")
    services.trash_evidence(terms.id or 0)
    services.set_record_trashed("communications", detail.communications[0].id or 0, True)
    for contact in detail.communications:
        services.update_communication(replace(contact, promised_action=None, promised_by=None))
    listed, paged = both()
    assert listed == paged
    assert "terms" in {item.id for item in paged.missing}


def test_a_case_file_export_that_fails_midway_leaves_nothing(
    services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.services.casefiles as services_module

    real_write = services_module.atomic_write
    calls: list[Path] = []

    def failing_write(path: Path, data: object) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise DossierError(f"{path}: cannot be written (the disk is full); nothing was changed")
        real_write(path, data)  # type: ignore[arg-type]

    monkeypatch.setattr(services_module, "atomic_write", failing_write)
    out = tmp_path / "export" / "case.json"
    out.parent.mkdir()
    with pytest.raises(DossierError, match="disk is full"):
        services.export_case_file(sample_case, out)
    assert list(out.parent.iterdir()) == []


def test_a_cancelled_case_file_export_leaves_nothing(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "export" / "case.json"
    out.parent.mkdir()
    steps: list[str] = []
    with pytest.raises(Cancelled):
        services.export_case_file(
            sample_case,
            out,
            progress=lambda done, total, message: steps.append(message),
            cancelled=lambda: len(steps) >= 2,
        )
    assert len(steps) == 2 and list(out.parent.iterdir()) == []


def test_only_trashed_evidence_can_be_deleted_for_good(services: Services, sample_case: int) -> None:
    item = services.case_detail(sample_case).evidence[0]
    with pytest.raises(InvalidInputError, match="not in the trash"):
        services.delete_evidence_for_good(item.id or 0)
    assert services._store.vault.path_of(item.sha256).exists()
    services.trash_evidence(item.id or 0)
    services.delete_evidence_for_good(item.id or 0)
    assert not services._store.vault.path_of(item.sha256).exists()
    assert services._store.events.all(sample_case)[-1].action == "evidence.delete"


@pytest.mark.parametrize(
    ("query", "written"),
    [("lodz", "Łódź"), ("zazolc", "Zażółć"), ("resume", "résumé"), ("GESLA", "gęślą"), ("nunez", "Núñez")],
)
def test_search_ignores_case_accents_and_the_polish_l(
    services: Services, sample_case: int, query: str, written: str
) -> None:
    case = services.case(sample_case)
    services.update_case(
        replace(case, summary="Zażółć gęślą jaźń w Łódź; résumé sent to José Núñez, Málaga.")
    )
    (group,) = services.search(query)
    hit = next(h for h in group.hits if h.kind == "case")
    assert written in hit.matched
    start, end = hit.spans[0]
    assert hit.snippet[start:end].casefold().startswith(written.casefold()[:3])


def test_search_leaves_out_the_trash(services: Services, sample_case: int) -> None:
    assert services.search("zielinska")
    services.set_case_trashed(sample_case, True)
    assert services.search("zielinska") == []


def test_a_dunning_schedule_is_one_deadline_per_day_after(services: Services, sample_case: int) -> None:
    renewal = date(2027, 3, 1)
    services.add_task(
        sample_case,
        Task(title="Renewal reminder", due=renewal, kind=TaskKind.DEADLINE),
        also_after=[29, 2, 4, 21],
    )
    tasks = [t for t in services.case_detail(sample_case).tasks if t.title.startswith("Renewal reminder")]
    assert [t.due for t in tasks] == [renewal + timedelta(days=d) for d in (0, 2, 4, 21, 29)]
    assert [t.title for t in tasks][1] == "Renewal reminder (+2 d)"
    with pytest.raises(InvalidInputError, match="date to count from"):
        services.add_task(sample_case, Task(title="No date"), also_after=[2])
