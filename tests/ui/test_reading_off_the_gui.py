"""The window reads files off its GUI thread: the e-mail chooser's reading of mail files and the
evidence dialog's copy to open are jobs on the window's runner, with its progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import desktop_app.intake.mail
from desktop_app.services import Job, Services
from desktop_app.ui.mail_import import MailChooser
from desktop_app.ui.main_window import MainWindow
from tests.support import mail


def threads_of(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[bool]:
    """For each call of ``owner.name`` from now on: whether it was made on the GUI thread."""
    seen: list[bool] = []
    real: Callable[..., Any] = getattr(owner, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, watched)
    return seen


@pytest.fixture
def takeout(tmp_path: Path, services: Services, sample_case: int) -> Path:
    """An mbox of 40 messages, the 5th of them already in the case."""
    known = tmp_path / "known.eml"
    known.write_bytes(mail.simple(5))
    assert services.import_emails(sample_case, [known]).imported_count == 1
    path = tmp_path / "takeout.mbox"
    path.write_bytes(mail.mbox([mail.simple(n) for n in range(1, 41)]))
    return path


def rows(chooser: MailChooser) -> list[list[str]]:
    table = chooser.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_the_chooser_reads_on_a_worker_and_lists_what_preview_emails_finds(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    takeout: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected, _ = services.preview_emails(sample_case, [takeout])
    reads = threads_of(monkeypatch, desktop_app.intake.mail, "read_message")
    lookups = threads_of(monkeypatch, services._store.evidence, "find_by_hash")
    chooser = window.mail.import_mail_paths([takeout])
    assert isinstance(chooser, MailChooser)
    assert chooser.reading() and window.runner.busy()  # the window's one runner reads the files
    assert not chooser.apply_button.isEnabled() and not chooser.import_button.isEnabled()
    qtbot.waitUntil(lambda: not chooser.reading(), timeout=20_000)
    assert chooser.previews == expected
    shown = rows(chooser)
    assert [row[2] for row in shown] == [p.subject for p in expected]
    assert [row[4] for row in shown].count("yes") == 1 and shown[4][4] == "yes"  # the 5th is in already
    assert len(chooser.chosen()) == 39  # the one already in is not ticked
    assert reads and not any(reads)  # every message was read off the GUI thread
    assert lookups and not any(lookups)  # and so was every look-up of the store
    assert chooser.apply_button.isEnabled() and chooser.import_button.isEnabled()
    chooser.reject()


def test_cancelling_the_reading_keeps_nothing_and_filter_reads_again(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    takeout: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = services.case_detail(sample_case)
    real = desktop_app.intake.mail.read_message
    real_job = services.preview_emails_job
    jobs: list[Job[Any]] = []
    count = [0]

    def job_kept(*args: Any, **kwargs: Any) -> Job[Any]:
        jobs.append(real_job(*args, **kwargs))
        return jobs[-1]

    def read_then_cancel(*args: Any, **kwargs: Any) -> Any:
        count[0] += 1
        if count[0] == 10:  # what the Cancel of the progress dialog does, during the reading
            jobs[0].cancel()
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "preview_emails_job", job_kept)

    monkeypatch.setattr(desktop_app.intake.mail, "read_message", read_then_cancel)
    with qtbot.waitSignal(window.runner.cancelled, timeout=20_000):
        chooser = window.mail.import_mail_paths([takeout])
    assert isinstance(chooser, MailChooser)
    assert not chooser.reading() and chooser.table.rowCount() == 0 and chooser.previews == []
    assert "Reading stopped" in chooser.status.text() and not chooser.import_button.isEnabled()
    assert window.statusBar().currentMessage() == "Cancelled; nothing was changed or kept."
    assert services.case_detail(sample_case) == before
    monkeypatch.setattr(desktop_app.intake.mail, "read_message", real)
    with qtbot.waitSignal(chooser.loaded, timeout=20_000):
        qtbot.mouseClick(chooser.apply_button, Qt.MouseButton.LeftButton)
    assert chooser.table.rowCount() == 40 and "Reading stopped" not in chooser.status.text()
    chooser.reject()


def test_closing_the_chooser_while_it_reads_stops_the_reading(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    takeout: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = desktop_app.intake.mail.read_message
    reading = threading.Event()
    closed = threading.Event()

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        reading.set()
        assert closed.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(desktop_app.intake.mail, "read_message", slow_read)
    chooser = window.mail.import_mail_paths([takeout])
    assert isinstance(chooser, MailChooser)
    assert reading.wait(20)
    threading.Timer(0.2, closed.set).start()  # the worker goes on only once the close waits for it
    chooser.reject()  # cancels the job and waits for its thread
    assert not window.runner.busy() and not window.runner.threads_running()
    assert chooser.table.rowCount() == 0
    assert services.case(sample_case).id == sample_case  # the GUI thread has the store again


def test_a_chooser_that_cannot_read_says_why(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    shown: list[str] = []

    def show_error(_parent: QWidget | None, text: str) -> None:
        shown.append(text)

    window.runner.show_error = show_error
    gone = tmp_path / "gone.mbox"
    with qtbot.waitSignal(window.runner.failed, timeout=20_000):
        chooser = window.mail.import_mail_paths([gone])
    assert isinstance(chooser, MailChooser)
    assert len(shown) == 1 and "gone.mbox" in shown[0]
    assert not chooser.reading() and "gone.mbox" in chooser.status.text()
    chooser.reject()


# ---------------------------------------------------------------------- the evidence dialog's copy


def test_open_the_original_copies_it_on_a_worker(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    item = services.case_detail(sample_case).evidence[0]
    (tmp_path / "direct").mkdir()
    direct = services.copy_of_evidence(item.id or 0, tmp_path / "direct")
    decrypted = threads_of(monkeypatch, services._store.vault, "open")
    dialog = window.evidence.evidence_dialog(item.id or 0)
    qtbot.addWidget(dialog)
    assert dialog.runner is window.runner
    while_copying: list[bool] = []
    window.runner.started.connect(
        lambda: while_copying.extend([dialog.save_button.isEnabled(), dialog.open_button.isEnabled()])
    )
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert while_copying == [False, False]  # nothing asks for the store while the job has it
    assert decrypted and not any(decrypted)  # the vault's file was read off the GUI thread
    copy = Path(opened[0].toLocalFile())
    assert copy.name == direct.name and copy.read_bytes() == direct.read_bytes()
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()


def test_a_copy_that_cannot_be_made_says_why_as_before(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    shown: list[str] = []

    def show_error(_parent: QWidget | None, text: str) -> None:
        shown.append(text)

    window.runner.show_error = show_error
    item = services.case_detail(sample_case).evidence[0]
    services._store.vault.path_of(item.sha256).unlink()
    dialog = window.evidence.evidence_dialog(item.id or 0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "missing" in shown[0] and opened == []
    assert dialog.open_button.isEnabled()
