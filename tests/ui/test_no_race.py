"""The thread rule while the export dialog checks pages and size: its preview job is not on the
window's runner, so the window's timers and reads go on meanwhile; they must never meet a worker
that owns the store (a use from the GUI thread would then raise the store's AssertionError)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services import Change, Services
from desktop_app.services.changes import Action, Subject
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pack_export import ExportPackDialog

HOLD_S = 30  # how long a held step waits at most for the test to let it go


def test_the_window_reads_the_store_while_a_preview_is_held(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gui = threading.current_thread()
    held = threading.Event()  # the preview's worker has reached a held step
    release = threading.Event()
    worker_owned: list[bool] = []
    read_case_detail = services.case_detail
    make_pack = services._make_pack

    def hold() -> None:
        held.set()
        assert release.wait(HOLD_S), "the test never let the preview go on"

    def case_detail(case_id: int) -> Any:
        if threading.current_thread() is not gui:  # held while the worker reads (and owns the store)
            worker_owned.append(services._store.owned_here())
            hold()
        return read_case_detail(case_id)

    def held_make_pack(*args: Any, **kwargs: Any) -> Any:
        worker_owned.append(services._store.owned_here())
        hold()
        return make_pack(*args, **kwargs)

    monkeypatch.setattr(services, "case_detail", case_detail)
    monkeypatch.setattr(services, "_make_pack", held_make_pack)

    dialog = ExportPackDialog(services.case_detail(sample_case), tmp_path, window, services=services)
    qtbot.addWidget(dialog)
    try:
        dialog.preview_button.click()
        assert dialog.preview_running()
        assert held.wait(HOLD_S)
        # The preview's worker is in the middle of its work. What the GUI thread does meanwhile:
        # the reminders' timers (the agenda, the day's check), a change shown at once (the window's
        # runner is idle), and a setting changed in the dialog.
        assert not window.runner.busy()
        window.reminders._reminded = False
        window.reminders.after_start()
        assert window.reminders._reminded, "the agenda was computed, not put off"
        window.reminders.check_today()
        window._on_change(Change(Subject.CASE, Action.EDITED, sample_case))
        assert window.case_list.case_model.rowCount() >= 1
        assert services.deadlines(sample_case) is not None
        start = dialog.language_box.currentData()  # the case's own language: away and back
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("es" if start != "es" else "en"))
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(start))
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.prebuilt() is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.reminders.checker.busy(), timeout=60_000)
    built = dialog.prebuilt()
    assert built is not None and built.files[0].pages > 0
    assert worker_owned == [False], "the preview's worker never owns the store"
    dialog.release_preview()
