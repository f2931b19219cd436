"""Fixtures shared by the window tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow

ENGLISH_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dossier_en.ts"


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """The main window over the test's store, shown and exposed."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(scope="session")
def english_plurals(tmp_path_factory: pytest.TempPathFactory) -> QTranslator:
    """resources/translations/dossier_en.ts compiled (its English plural forms: "1 day late", "46 days
    late"), as the window loads it when it speaks English."""
    qm = tmp_path_factory.mktemp("english") / "dossier_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ENGLISH_TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return translator


@pytest.fixture(autouse=True)
def _window_plurals_in_english(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every window test reads the English the window shows: plural forms included ("2 boxes saved",
    never "2 box(es) saved"). The language tests (tests/ui/i18n) install their own catalogues."""
    if "i18n" in Path(str(request.node.path)).relative_to(Path(__file__).parent).parts:
        yield
        return
    request.getfixturevalue("qapp")
    translator: QTranslator = request.getfixturevalue("english_plurals")
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
