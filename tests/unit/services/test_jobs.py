"""The services' jobs: progress reported, a cancel leaves nothing, a result returned, and the command
line runs the very job object the services hand out."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import Cancelled
from desktop_app.services import BACKUP_SUFFIX, Job, PackOptions, Services
from tests.support.cli import run

Step = tuple[int, int, str]


def files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"note-{n}.txt"
        path.write_text(f"Note {n}: the merchant promised a refund of {n + 10} EUR\n", encoding="utf-8")
        paths.append(path)
    return paths


def vault_objects(services: Services) -> list[Path]:
    return sorted(p for p in (services.data_dir / "vault" / "objects").rglob("*") if p.is_file())


def cancel_at(job: Job[Any], step: int, steps: list[Step]) -> Callable[[int, int, str], None]:
    """A progress callback that records each step and cancels the job at the ``step``-th."""

    def progress(done: int, total: int, message: str) -> None:
        steps.append((done, total, message))
        if len(steps) == step:
            job.cancel()

    return progress


def test_adding_files_reports_progress_and_returns_the_result(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    paths = files(tmp_path / "in", 3)
    job = services.add_evidence_job(sample_case, paths)
    steps: list[Step] = []
    result = job.run(progress=lambda *step: steps.append(step))
    assert [item.original_name for item in result.added] == ["note-0.txt", "note-1.txt", "note-2.txt"]
    assert job.title == "Adding the files"
    assert steps[0] == (0, 3, "Reading note-0.txt")
    assert (3, 3, "Saving") in steps
    assert all(total == 3 for _done, total, _message in steps)


def test_a_cancelled_add_keeps_nothing(services: Services, sample_case: int, tmp_path: Path) -> None:
    before = services.case_detail(sample_case).evidence
    vault_before = vault_objects(services)
    for step in (2, 4):  # while reading the files, and while checking them
        job = services.add_evidence_job(sample_case, files(tmp_path / f"in{step}", 3))
        steps: list[Step] = []
        with pytest.raises(Cancelled):
            job.run(progress=cancel_at(job, step, steps))
        assert services.case_detail(sample_case).evidence == before
        assert vault_objects(services) == vault_before, "no sealed file is left behind"


def test_a_job_cancelled_before_it_starts_does_nothing(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    before = services.case_detail(sample_case).evidence
    job = services.add_evidence_job(sample_case, files(tmp_path / "in", 1))
    job.cancel()
    with pytest.raises(Cancelled, match="Adding the file: cancelled"):
        job.run()
    assert services.case_detail(sample_case).evidence == before
    with pytest.raises(RuntimeError, match="runs once"):
        job.run()


def test_a_cancelled_pack_is_cancelled_and_writes_nothing(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "packs" / "pack.pdf"
    out.parent.mkdir()
    job = services.pack_job(sample_case, out, PackOptions())
    steps: list[Step] = []
    with pytest.raises(Cancelled):
        job.run(progress=cancel_at(job, 1, steps))
    assert steps and list(out.parent.iterdir()) == []
    assert not any(e.action == "pack.build" for e in services._store.events.all(sample_case))
    result = services.pack_job(sample_case, out, PackOptions()).run()
    assert result.files[0].path == out and out.is_file()
    assert [e.action for e in services._store.events.all(sample_case)].count("pack.build") == 1


def test_a_job_runs_on_a_worker_thread_and_gives_the_store_back(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    job = services.add_evidence_job(sample_case, files(tmp_path / "in", 2))
    outcome: dict[str, Any] = {}

    def work() -> None:
        outcome["result"] = job.run()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert len(outcome["result"].added) == 2
    assert len(services.case_detail(sample_case).evidence) >= 2  # this thread owns the store again


def test_verify_export_and_backup_jobs_return_what_the_calls_return(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    assert services.verify_job().run().ok
    exported = services.export_case_file_job(sample_case, tmp_path / "case.json").run()
    assert exported.case_file == tmp_path / "case.json" and exported.case_file.is_file()
    steps: list[Step] = []
    report = services.backup_job(tmp_path / f"store{BACKUP_SUFFIX}").run(progress=lambda *s: steps.append(s))
    assert report.files >= 1 and steps
    assert services.quick_check_due()
    assert services.background_check_job().run() == []
    services.note_quick_check()
    assert not services.quick_check_due()  # noted: once a day


def test_the_command_line_runs_the_job_the_services_hand_out(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    made: list[Job[Any]] = []
    original = Services.add_evidence_job

    def spy(self: Services, *args: Any, **kwargs: Any) -> Job[Any]:
        job = original(self, *args, **kwargs)
        made.append(job)
        return job

    monkeypatch.setattr(Services, "add_evidence_job", spy)
    paths = files(tmp_path / "in", 2)
    result = run("evidence", "add", 1, *paths, "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert len(made) == 1
    with pytest.raises(RuntimeError, match="runs once"):  # the CLI ran this very object
        made[0].run()


def test_the_background_check_leaves_the_store_to_its_owner(services: Services, sample_case: int) -> None:
    job = services.background_check_job()
    outcome: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: outcome.setdefault("problems", job.run()))
    worker.start()
    rows = services.list_cases()  # the owner keeps reading while the check runs on its own connection
    worker.join(60)
    assert outcome["problems"] == [] and [row.id for row in rows] == [sample_case]
