"""The jobs that only read: the e-mail chooser's preview and the copy of an exhibit to open.

Each returns what its direct call returns, does its file and database work on the thread that
runs it (the window's worker), and a cancel keeps nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import desktop_app.intake.mail
from desktop_app.errors import Cancelled
from desktop_app.services import Job, MailFilter, Services
from tests.support import mail

Step = tuple[int, int, str]


def on_a_worker(job: Job[Any], progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Run ``job`` on a thread of its own; its result or what it raised, and the thread's name."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = job.run(progress)
        except BaseException as exc:  # handed to the test, which asserts on it
            outcome["raised"] = exc

    worker = threading.Thread(target=work, name="test-worker")
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    return outcome


def threads_of(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[str]:
    """The names of the threads that call ``owner.name`` from now on."""
    seen: list[str] = []
    real: Callable[..., Any] = getattr(owner, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, watched)
    return seen


@pytest.fixture
def mail_files(tmp_path: Path, services: Services, sample_case: int) -> list[Path]:
    """An mbox of 60 messages (one of them already in the case) and a single .eml."""
    messages = [mail.simple(n) for n in range(1, 61)]
    messages[9] = mail.simple(10, sender="biuro@sklep.example.pl", subject="Zwrot Łódź")
    box = tmp_path / "takeout.mbox"
    box.write_bytes(mail.mbox(messages))
    single = tmp_path / "one.eml"
    single.write_bytes(mail.simple(61, sender="biuro@sklep.example.pl"))
    known = tmp_path / "known.eml"
    known.write_bytes(mail.simple(3))
    assert services.import_emails(sample_case, [known]).imported_count == 1
    return [box, single]


# ---------------------------------------------------------------------- the chooser's preview


def test_the_preview_job_returns_what_preview_emails_returns(
    services: Services, sample_case: int, mail_files: list[Path]
) -> None:
    expected = services.preview_emails(sample_case, mail_files)
    steps: list[Step] = []
    found = services.preview_emails_job(sample_case, mail_files).run(lambda *s: steps.append(s))
    assert found == expected
    previews, problems = found
    assert len(previews) == 61 and problems == []
    assert [p.duplicate for p in previews].count(True) == 1  # the message already in the case
    assert (0, 2, "Reading takeout.mbox") in steps and (1, 2, "Reading one.eml") in steps
    assert (0, 2, "Reading takeout.mbox: 50 messages read") in steps  # a long file says how far it is
    assert steps[-1] == (2, 2, "Read")
    kept = MailFilter(sender="sklep.example.pl")
    filtered = services.preview_emails_job(sample_case, mail_files, kept).run()
    assert filtered == services.preview_emails(sample_case, mail_files, kept)
    assert [p.subject for p in filtered[0]] == ["Zwrot Łódź #10", "Ticket update #61"]


def test_the_preview_job_reads_the_files_and_the_store_on_its_own_thread(
    services: Services, sample_case: int, mail_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = threads_of(monkeypatch, desktop_app.intake.mail, "read_message")
    lookups = threads_of(monkeypatch, services._store.evidence, "find_by_hash")
    outcome = on_a_worker(services.preview_emails_job(sample_case, mail_files))
    previews, _ = outcome["result"]
    assert len(previews) == 61
    assert reads and set(reads) == {"test-worker"}
    assert lookups and set(lookups) == {"test-worker"}
    assert services.case(sample_case).id == sample_case  # this thread owns the store again


def test_a_cancelled_preview_stops_and_keeps_nothing(
    services: Services, sample_case: int, mail_files: list[Path]
) -> None:
    heard: list[object] = []
    services.subscribe(heard.append)
    before = services._store.events.all(sample_case)
    evidence = services.case_detail(sample_case).evidence
    job = services.preview_emails_job(sample_case, mail_files)
    steps: list[Step] = []

    def cancel_at_the_first_count(*step: Any) -> None:
        steps.append(step)
        if "messages read" in step[2]:
            job.cancel()

    outcome = on_a_worker(job, cancel_at_the_first_count)
    assert isinstance(outcome.get("raised"), Cancelled) and "result" not in outcome
    assert not any(s[2].startswith("Reading one.eml") for s in steps)  # stopped in the first file
    assert services._store.events.all(sample_case) == before
    assert services.case_detail(sample_case).evidence == evidence
    assert heard == []


def test_the_preview_job_refuses_what_preview_emails_refuses(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.mbox"
    with pytest.raises(Exception) as direct:
        services.preview_emails(sample_case, [missing])
    with pytest.raises(type(direct.value)) as job:
        services.preview_emails_job(sample_case, [missing]).run()
    assert str(job.value) == str(direct.value) and "gone.mbox" in str(job.value)


# ---------------------------------------------------------------------- the copy to open


def test_the_copy_job_makes_the_copy_the_direct_call_makes(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    item = services.case_detail(sample_case).evidence[0]
    (tmp_path / "direct").mkdir()
    (tmp_path / "job").mkdir()
    direct = services.copy_of_evidence(item.id or 0, tmp_path / "direct")
    steps: list[Step] = []
    copy = services.copy_of_evidence_job(item.id or 0, tmp_path / "job").run(lambda *s: steps.append(s))
    assert copy == tmp_path / "job" / direct.name
    assert copy.read_bytes() == direct.read_bytes()
    assert os.stat(copy).st_mode & 0o777 == os.stat(direct).st_mode & 0o777 == 0o400
    assert steps[0][:2] == (0, 1) and steps[-1] == (1, 1, "Copied")


def test_the_copy_job_decrypts_on_its_own_thread(
    services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.protection(ask_keyring=False).encrypted
    item = services.case_detail(sample_case).evidence[0]
    opened = threads_of(monkeypatch, services._store.vault, "open")
    looked_up = threads_of(monkeypatch, services._store.evidence, "item")
    outcome = on_a_worker(services.copy_of_evidence_job(item.id or 0, tmp_path))
    assert outcome["result"].is_file()
    assert opened == ["test-worker"] and looked_up == ["test-worker"]
    assert services.evidence_item(item.id or 0) == item  # this thread owns the store again


def test_a_cancelled_copy_leaves_no_file(
    services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "statement.txt"
    big.write_bytes(b"Statement line, refund of 17.99 EUR pending\n" * 80_000)  # over 3 MB: 4 chunks
    added = services.add_evidence(sample_case, [big]).added[0]
    out = tmp_path / "view"
    out.mkdir()
    job = services.copy_of_evidence_job(added.id or 0, out)
    real_open = services._store.vault.open

    def open_then_cancel(sha256: str) -> Any:
        handle = real_open(sha256)
        first = handle.read
        reads = [0]

        def read(size: int = -1) -> bytes:
            reads[0] += 1
            if reads[0] == 2:  # cancelled while the copy is being written
                job.cancel()
            return first(size)

        handle.read = read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(services._store.vault, "open", open_then_cancel)
    outcome = on_a_worker(job)
    assert isinstance(outcome.get("raised"), Cancelled)
    assert list(out.iterdir()) == []  # no copy, no part file
    cancelled_first = services.copy_of_evidence_job(added.id or 0, out)
    cancelled_first.cancel()
    with pytest.raises(Cancelled):
        cancelled_first.run()
    assert list(out.iterdir()) == []
