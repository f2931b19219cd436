"""The front door's reads: one record, one row of the case list, the store's protection and counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.errors import NotFoundError
from desktop_app.services import Services


def test_one_case_summary_is_its_row_of_the_case_list(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    other = services.duplicate_case(sample_case)
    rows = {row.id: row for row in services.list_cases()}
    assert services.case_summary(sample_case) == rows[sample_case]
    assert services.case_summary(other) == rows[other]
    assert rows[sample_case].evidence_count > 0 and rows[other].evidence_count == 0
    with pytest.raises(NotFoundError):
        services.case_summary(other + 100)


def test_one_record_of_each_kind(services: Services, sample_case: int) -> None:
    detail = services.case_detail(sample_case)
    assert services.case(sample_case) == detail.case
    assert services.purchase(detail.purchases[0].id or 0) == detail.purchases[0]
    assert services.communication(detail.communications[0].id or 0) == detail.communications[0]
    assert services.evidence_item(detail.evidence[0].id or 0) == detail.evidence[0]
    if detail.tasks:
        assert services.task(detail.tasks[0].id or 0) == detail.tasks[0]


def test_protection_and_database_summary(services: Services, sample_case: int) -> None:
    shown = services.protection(ask_keyring=False)
    assert shown.encrypted and shown.key_file == services.data_dir / "dossier.keys"
    assert shown.opened_by == "new" and shown.new_recovery_key
    assert not shown.key_in_keyring  # not asked
    assert services.protection().key_in_keyring
    counts, vault_files = services.database_summary()
    assert counts["cases"] == 1 and counts["evidence"] == len(services.case_detail(sample_case).evidence)
    assert vault_files == len({item.sha256 for item in services.case_detail(sample_case).evidence})
    assert services.generation_problems() == []


def test_cases_alike_get_the_same_deadlines_each_under_its_own_id(
    services: Services, sample_case: int
) -> None:
    copy = services.duplicate_case(sample_case)
    for p in services.case_detail(sample_case).purchases:  # the rules read each disputed charge too
        services.add_purchase(copy, replace(p, id=None, case_id=None))

    def of(case_id: int) -> list[tuple[str, object, str]]:
        return [
            (d.rule_id, d.due, d.title)
            for d in services.deadlines(case_id)
            if not d.rule_id.startswith("task:")
        ]

    mine, theirs = of(sample_case), of(copy)
    assert mine and mine == theirs
    both = [d for d in services.deadlines() if not d.rule_id.startswith("task:")]
    assert sorted((d.rule_id, d.due, d.title) for d in both if d.case_id == copy) == sorted(theirs)
    assert sorted((d.rule_id, d.due, d.title) for d in both if d.case_id == sample_case) == sorted(mine)


def test_a_case_list_row_works_out_its_deadline_and_checklist_when_first_read(
    services: Services, sample_case: int
) -> None:
    """The window's list of thousands reads only the rows it shows: a row's worked-out columns
    wait until read, then have the same values as a row read at once, and stay."""
    (row,) = services.list_cases()
    worked_out = ("disputed_amount", "currency", "next_deadline", "late", "checklist")
    assert not set(worked_out) & set(vars(row))  # nothing worked out yet
    eager = services.case_summary(sample_case)
    values = {name: getattr(eager, name) for name in worked_out}
    assert values["checklist"] is not None and values["disputed_amount"] is not None
    assert {name: getattr(row, name) for name in worked_out} == values
    assert set(worked_out) <= set(vars(row))  # kept: read once
    assert row == eager and repr(row) == repr(eager)
    copy = replace(row, title="Another title", checklist=None)
    assert copy.title == "Another title" and copy.checklist is None
    assert copy.next_deadline == values["next_deadline"] and row.title != copy.title
    with pytest.raises(AttributeError):
        row.title = "changed"  # type: ignore[misc]  # frozen, as every CaseSummary


def test_has_cases_says_whether_a_case_is_out_of_the_trash(services: Services) -> None:
    assert services.has_cases() is False
    case_id = services.add_sample_case()
    assert services.has_cases() is True
    services.set_case_trashed(case_id, True)
    assert services.has_cases() is False and services.list_cases() == []
