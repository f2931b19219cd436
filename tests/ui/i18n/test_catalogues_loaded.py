"""The real catalogues, compiled by the build's step, loaded as the window loads them: each language's
menus, its View -> Language texts and Qt's own words in that language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app import i18n
from desktop_app.services import Services
from desktop_app.ui import i18n as ui_i18n
from desktop_app.ui.language import CONTEXT, NO_RESTART, RESTART, TITLE, words_in
from desktop_app.ui.main_window import MainWindow
from tests.ui.i18n.conftest import ROOT, qm_tool

TRANSLATED = ("fr", "es", "pl")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """resources/translations/dossier_*.ts compiled into a folder of the test's own."""
    folder = tmp_path_factory.mktemp("compiled")
    qm_tool().build(ROOT / "resources" / "translations", folder)
    return folder


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_is_offered_and_speaks_in_its_menus_and_qts_own_words(
    qtbot: QtBot,
    services: Services,
    settings: QSettings,
    compiled: Path,
    monkeypatch: pytest.MonkeyPatch,
    language_restored: QApplication,
    code: str,
) -> None:
    monkeypatch.setattr(ui_i18n, "translations_dir", lambda: compiled)
    assert ui_i18n.offered_languages() == ("en", "fr", "es", "pl")
    assert ui_i18n.apply_language(language_restored, code) == code
    assert i18n.language() == code
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    english = ["&File", "&Edit", "&Case", "&View", "&Help"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert len(titles) == len(english) and all(t != e for t, e in zip(titles, english, strict=True)), titles
    assert window.menus.language.menu.title() != "&Language"
    assert window.menus.language.actions["system"].text() != "Like the &system"
    words = words_in(code)
    for source in (TITLE, RESTART, NO_RESTART):
        assert words(source) != source, (code, source)
        assert words(source) == QCoreApplication.translate(CONTEXT, source)
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
