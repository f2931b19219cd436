"""The garbage collector while the window is built: it waits, and where the start froze its modules
(``run_gui``), the first window joins them; a session that froze nothing is left as it was."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.ui.app import Session
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_security import make_store


def _first_window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> tuple[Session, MainWindow, list[bool]]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(data_dir, settings=settings)
    collecting: list[bool] = []
    session.window_shown.connect(lambda _window: collecting.append(gc.isenabled()))
    with qtbot.waitSignal(session.window_shown, timeout=5000) as shown:
        session.start()
    window = shown.args[0]
    qtbot.addWidget(window)
    return session, window, collecting


def test_the_first_window_of_a_started_session_is_frozen_with_the_modules(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    make_store(data_dir)
    gc.collect()
    gc.freeze()  # as run_gui freezes the modules it imported
    try:
        frozen = gc.get_freeze_count()
        session, window, collecting = _first_window(qtbot, data_dir, tmp_path)
        try:
            assert gc.get_freeze_count() > frozen  # the window's objects joined them
            assert collecting == [True] and gc.isenabled()  # the collector runs again once it is shown
            assert window.case_view.title.text()
        finally:
            session.close()
    finally:
        gc.unfreeze()


def test_a_session_whose_start_froze_nothing_freezes_nothing(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    make_store(data_dir)
    gc.unfreeze()
    session, window, collecting = _first_window(qtbot, data_dir, tmp_path)
    try:
        assert gc.get_freeze_count() == 0
        assert collecting == [True] and gc.isenabled()
        assert window.case_view.title.text()
    finally:
        session.close()
