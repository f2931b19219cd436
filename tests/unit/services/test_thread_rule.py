"""The thread rule, services side: every file is read (content checks, kind guesses, text for search)
before the transaction, which writes rows only: adding files, an e-mail import, a case file's import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import desktop_app.intake.check
import desktop_app.intake.kinds
import desktop_app.intake.text
from desktop_app.services import Services
from tests.support import mail

PDF = b"%PDF-1.7\nFacture F-2026-091502, 17,99 EUR\n%%EOF\n"


@pytest.fixture
def file_work(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each file read of the intake, with whether a transaction was open at that moment."""
    seen: list[tuple[str, bool]] = []

    def watch(module: Any, name: str) -> None:
        real: Callable[..., Any] = getattr(module, name)

        def watched(*args: Any, **kwargs: Any) -> Any:
            seen.append((name, services._store._in_transaction()))
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)

    watch(desktop_app.intake.text, "extract_text")
    watch(desktop_app.intake.check, "refusal")
    watch(desktop_app.intake.kinds, "guess_kind_of_file")
    return seen


def test_adding_files_reads_them_before_the_transaction(
    services: Services, sample_case: int, tmp_path: Path, file_work: list[tuple[str, bool]]
) -> None:
    paths = []
    for n in range(3):
        path = tmp_path / f"note-{n}.txt"
        path.write_text(f"The agent, quokka{n}, promised a refund\n", encoding="utf-8")
        paths.append(path)
    result = services.add_evidence(sample_case, paths)
    assert len(result.added) == 3
    assert {name for name, _ in file_work} == {"extract_text", "refusal", "guess_kind_of_file"}
    assert [name for name, inside in file_work if inside] == []
    found = services.search("quokka1")  # the words read before the transaction were kept with the row
    assert [hit.item_id for group in found for hit in group.hits] == [result.added[1].id]


def test_an_email_import_reads_its_attachments_before_the_transaction(
    services: Services, sample_case: int, tmp_path: Path, file_work: list[tuple[str, bool]]
) -> None:
    box = tmp_path / "one.mbox"
    box.write_bytes(mail.mbox([mail.simple(1, attachment=PDF)]))
    result = services.import_emails(sample_case, [box])
    assert result.imported_count == 1 and result.attachment_count == 1
    assert ("extract_text", False) in file_work and ("guess_kind_of_file", False) in file_work
    assert [name for name, inside in file_work if inside] == []


def test_a_case_file_import_reads_its_files_before_the_transaction(
    services: Services, sample_case: int, tmp_path: Path, file_work: list[tuple[str, bool]]
) -> None:
    exported = services.export_case_file(sample_case, tmp_path / "case.json")
    file_work.clear()
    services.import_case_file(exported.case_file)
    assert ("extract_text", False) in file_work
    assert [name for name, inside in file_work if inside] == []
