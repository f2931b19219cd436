"""Fixtures shared by the window tests."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """The main window over the test's store, shown and exposed."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
