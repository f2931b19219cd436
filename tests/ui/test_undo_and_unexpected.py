"""The undo commands when a change is refused, and the unexpected-error handler once installed."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app import logs
from desktop_app.errors import InvalidInputError
from desktop_app.ui import unexpected
from desktop_app.ui.undo import SaveCommand, SwitchCommand


def test_a_refused_save_is_said_and_not_kept_for_undo(qtbot: QtBot) -> None:
    said: list[str] = []
    stack = QUndoStack()

    def refuse(value: str) -> str:
        raise InvalidInputError(f"{value}: not a date")

    stack.push(SaveCommand("Edit the charge", refuse, "31.02", said.append))
    assert said == ["31.02: not a date"]
    assert stack.count() == 0  # obsolete: nothing to undo

    saved: list[str] = []

    def save(value: str) -> str:
        if value == "before" and len(saved) > 0:
            raise InvalidInputError("the charge is in the trash")
        saved.append(value)
        return "before"

    stack.push(SaveCommand("Edit the charge", save, "after", said.append))
    assert saved == ["after"] and stack.canUndo()
    stack.undo()
    assert said[-1] == "the charge is in the trash"


def test_a_refused_switch_is_said_both_ways(qtbot: QtBot) -> None:
    said: list[str] = []
    stack = QUndoStack()

    def switch(on: bool) -> None:
        raise InvalidInputError("the case is gone")

    stack.push(SwitchCommand("Archive", switch, True, said.append))
    assert said == ["the case is gone"] and stack.count() == 0

    state: list[bool] = []

    def switch_once(on: bool) -> None:
        if state:
            raise InvalidInputError("already restored elsewhere")
        state.append(on)

    stack.push(SwitchCommand("Move to the trash", switch_once, True, said.append))
    assert state == [True]
    stack.undo()
    assert said[-1] == "already restored elsewhere"


@pytest.fixture
def installed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[unexpected.Reporter, list[str], Path]]:
    monkeypatch.setenv("DOSSIER_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(unexpected, "_reporter", None)
    logs.setup("gui")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reporter = unexpected.install(app)
    shown: list[str] = []
    reporter.show_box = lambda parent, title, text: shown.append(text)
    yield reporter, shown, tmp_path / "log" / "dossier.log"
    logs.shutdown()


def test_an_error_in_a_thread_reaches_the_log_and_the_dialog(
    qtbot: QtBot, installed: tuple[unexpected.Reporter, list[str], Path]
) -> None:
    reporter, shown, log_file = installed
    assert sys.excepthook == reporter.handle
    unexpected.note_action("")

    def broken() -> None:
        raise LookupError("QXSECRET")

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "LookupError" in shown[0] and "Something unexpected went wrong (LookupError)" in shown[0]
    log = log_file.read_text(encoding="utf-8")
    assert "LookupError" in log and "in broken" in log and "QXSECRET" not in log


def test_one_dialog_at_a_time_and_interrupts_pass(
    qtbot: QtBot, installed: tuple[unexpected.Reporter, list[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    reporter, shown, _log = installed
    inner: list[str] = []

    def box(parent: QWidget | None, title: str, text: str) -> None:
        shown.append(text)
        reporter._show("ValueError", "")  # a second error while the first dialog is open
        inner.append("done")

    reporter.show_box = box
    reporter._show("KeyError", "")
    assert len(shown) == 1 and inner == ["done"]
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, exc, tb: passed.append(kind))
    reporter.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt] and len(shown) == 1
    # An exception that arrives without its traceback gets the one given.
    try:
        raise RuntimeError
    except RuntimeError:
        _kind, exc, tb = sys.exc_info()
    assert exc is not None
    reporter.handle(RuntimeError, exc.with_traceback(None), tb)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5_000)


def test_tell_uses_the_installed_box_or_a_plain_one(
    qtbot: QtBot, installed: tuple[unexpected.Reporter, list[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _reporter, shown, _log = installed
    unexpected.tell(None, "a job failed")
    assert shown == ["a job failed"]
    monkeypatch.setattr(unexpected, "_reporter", None)
    critical: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: critical.append(text))
    unexpected.tell(None, "again")
    assert critical == ["again"] and shown == ["a job failed"]
