"""The window's one job runner: progress, cancel, errors, one job at a time, stop at close."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app import logs
from desktop_app.errors import InvalidInputError
from desktop_app.services.jobs import Job, JobContext
from desktop_app.ui.jobs import JobRunner


@pytest.fixture
def frame(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def shown(frame: QMainWindow) -> dict[str, list[str]]:
    return {"error": [], "unexpected": []}


@pytest.fixture
def runner(frame: QMainWindow, shown: dict[str, list[str]]) -> Iterator[JobRunner]:
    jobs = JobRunner(frame)

    def error(parent: QWidget | None, text: str) -> None:
        shown["error"].append(text)

    def unexpected(parent: QWidget | None, text: str) -> None:
        shown["unexpected"].append(text)

    jobs.show_error = error
    jobs.show_unexpected = unexpected
    yield jobs
    jobs.stop()


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DOSSIER_LOG_DIR", str(tmp_path / "log"))
    logs.setup("gui")
    try:
        yield tmp_path / "log" / "dossier.log"
    finally:
        logs.shutdown()


def waiting_job(release: threading.Event, threads: list[int] | None = None) -> Job[str]:
    """A job that reports 1 of 3, then waits for ``release`` (stopping at once when cancelled)."""

    def work(context: JobContext) -> str:
        if threads is not None:
            threads.append(threading.get_ident())
        context.progress(1, 3, "Sealing file 1 of 3")
        while not release.wait(0.01):
            context.check()
        context.check()
        return "sealed"

    return Job("Adding files", work)


def test_progress_is_shown_and_the_result_comes_back_on_the_gui_thread(
    qtbot: QtBot, runner: JobRunner
) -> None:
    release = threading.Event()
    threads: list[int] = []
    results: list[tuple[str, int]] = []
    started: list[bool] = []
    runner.started.connect(lambda: started.append(True))
    assert runner.start(
        waiting_job(release, threads), on_done=lambda r: results.append((r, threading.get_ident()))
    )
    assert runner.busy() and started == [True]
    dialog = runner.progress_dialog()
    assert dialog is not None and dialog.windowTitle() == "Adding files"
    qtbot.waitUntil(lambda: dialog.labelText() == "Sealing file 1 of 3", timeout=10_000)
    assert dialog.maximum() == 3 and dialog.value() == 1
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        release.set()
    assert results == [("sealed", threading.get_ident())]
    assert threads and threads[0] != threading.get_ident()
    assert not runner.busy() and runner.progress_dialog() is None


def test_cancel_stops_the_job_and_says_so(qtbot: QtBot, runner: JobRunner, frame: QMainWindow) -> None:
    release = threading.Event()
    outcome: list[str] = []
    assert runner.start(
        waiting_job(release),
        on_done=lambda r: outcome.append("done"),
        on_failed=lambda m: outcome.append("failed"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    dialog = runner.progress_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.labelText() == "Sealing file 1 of 3", timeout=10_000)
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
    assert outcome == ["cancelled"]
    assert frame.statusBar().currentMessage() == "Cancelled; nothing was changed or kept."
    assert not runner.busy()


def test_a_dossier_error_shows_its_message(
    qtbot: QtBot, runner: JobRunner, shown: dict[str, list[str]], log_file: Path
) -> None:
    def work(context: JobContext) -> None:
        raise InvalidInputError("report.pdf: not a PDF (it starts with 'GIF8')")

    failed: list[str] = []
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        assert runner.start(Job("Adding files", work), on_done=lambda r: None, on_failed=failed.append)
    assert failed == ["report.pdf: not a PDF (it starts with 'GIF8')"]
    assert shown == {"error": failed, "unexpected": []}
    log = log_file.read_text(encoding="utf-8")
    assert "jobs.failed" in log and "InvalidInputError" in log and "report.pdf" not in log


def test_an_unexpected_error_is_logged_with_its_traceback(
    qtbot: QtBot, runner: JobRunner, shown: dict[str, list[str]], log_file: Path
) -> None:
    def seal_one_file(context: JobContext) -> None:
        {}["QXSECRETTITLE"]  # a bug

    failed: list[str] = []
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        assert runner.start(
            Job("Adding files", seal_one_file), on_done=lambda r: None, on_failed=failed.append
        )
    assert shown["error"] == [] and len(shown["unexpected"]) == 1
    text = shown["unexpected"][0]
    assert failed == [text]
    assert "Adding files" in text and "KeyError" in text and "Nothing was lost" in text
    assert str(log_file) in text
    log = log_file.read_text(encoding="utf-8")
    assert "jobs.unexpected" in log and "Traceback" in log and "KeyError" in log
    # The worker's frames are in it: the traceback came across the thread with the exception.
    assert "in seal_one_file" in log and "test_jobs.py" in log
    assert "QXSECRETTITLE" not in log


def test_a_second_job_is_refused_while_one_runs(
    qtbot: QtBot, runner: JobRunner, shown: dict[str, list[str]]
) -> None:
    release = threading.Event()
    ran: list[str] = []
    assert runner.start(waiting_job(release), on_done=ran.append)

    def second(context: JobContext) -> str:
        ran.append("second")
        return "second"

    assert not runner.start(Job("Backup", second), on_done=ran.append)
    assert shown["error"] == ["Wait for the work under way to end, or cancel it, first."]
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        release.set()
    assert ran == ["sealed"]
    # Once it has ended, the next one runs.
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        assert runner.start(Job("Backup", second), on_done=ran.append)
    assert ran == ["sealed", "second", "second"]


def test_stop_at_close_cancels_and_waits_for_the_thread(qtbot: QtBot, runner: JobRunner) -> None:
    release = threading.Event()
    threads: list[int] = []
    job = waiting_job(release, threads)
    outcome: list[str] = []
    assert runner.start(
        job, on_done=lambda r: outcome.append("done"), on_cancelled=lambda: outcome.append("c")
    )
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    ended: list[bool] = []
    runner.ended.connect(lambda: ended.append(True))
    runner.stop()
    # Its end is heard before stop() returns (the window locks the store right after).
    assert job.cancel_requested and not runner.busy() and ended == [True] and outcome == ["c"]
    assert not runner.threads_running()
    qtbot.wait(50)  # the queued signals that follow are not handled twice
    assert outcome == ["c"] and ended == [True]


def test_a_quiet_job_shows_nothing_itself_but_a_bug(
    qtbot: QtBot, runner: JobRunner, shown: dict[str, list[str]], frame: QMainWindow, log_file: Path
) -> None:
    steps: list[tuple[int, int, str]] = []
    failed: list[str] = []

    def check(context: JobContext) -> None:
        context.progress(1, 2, "Checking")
        raise InvalidInputError("the database is damaged")

    with qtbot.waitSignal(runner.ended, timeout=10_000):
        assert runner.start(
            Job("Checking the store", check),
            on_done=lambda r: None,
            on_failed=failed.append,
            on_progress=lambda *step: steps.append(step),
            quiet=True,
        )
        assert runner.progress_dialog() is None
    assert steps == [(1, 2, "Checking")] and failed == ["the database is damaged"]
    assert shown == {"error": [], "unexpected": []}

    def bug(context: JobContext) -> None:
        raise ZeroDivisionError

    with qtbot.waitSignal(runner.ended, timeout=10_000):
        assert runner.start(Job("Checking the store", bug), on_done=lambda r: None, quiet=True)
    assert len(shown["unexpected"]) == 1 and "ZeroDivisionError" in shown["unexpected"][0]

    release = threading.Event()
    cancelled: list[bool] = []
    job = waiting_job(release)
    assert runner.start(job, on_done=lambda r: None, on_cancelled=lambda: cancelled.append(True), quiet=True)
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        runner.cancel()
    assert cancelled == [True] and frame.statusBar().currentMessage() == ""
