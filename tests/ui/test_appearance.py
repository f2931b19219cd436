"""Light and dark colours, and the window in the user's language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.appearance import appearance_of, is_dark
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    appearance_of(qapp).set_choice("system")  # leave the shared application as it was


def test_choose_dark_then_light_and_the_choice_is_remembered(
    qtbot: QtBot, app: QApplication, services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.set_appearance("dark")
    assert is_dark(app.palette()) and window.menus.appearance_actions["dark"].isChecked()
    assert settings.value("appearance/scheme") == "dark"
    window.set_appearance("light")
    assert not is_dark(app.palette()) and window.menus.appearance_actions["light"].isChecked()
    window.set_appearance("dark")
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.appearance.choice == "dark" and again.menus.appearance_actions["dark"].isChecked()
    assert is_dark(app.palette())


def test_dark_then_system_gives_back_the_style_qt_chose(qtbot: QtBot, app: QApplication) -> None:
    appearance = appearance_of(app)
    appearance.set_choice("system")
    chosen = app.style().name()
    system_dark = is_dark(app.palette())
    appearance.set_choice("light" if system_dark else "dark")  # the other one: Fusion with its palette
    assert app.style().name().lower() == "fusion" and is_dark(app.palette()) is not system_dark
    appearance.set_choice("system")
    assert app.style().name() == chosen and is_dark(app.palette()) is system_dark


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Filter cases (Ctrl+F)</source>
        <translation>Filtrer les dossiers (Ctrl+F)</translation>
    </message>
</context>
</TS>
"""


def test_the_window_speaks_the_users_language_where_a_translation_exists(
    qtbot: QtBot, app: QApplication, services: Services, tmp_path: Path
) -> None:
    (tmp_path / "dossier_fr.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease(), str(tmp_path / "dossier_fr.ts")], check=True, capture_output=True)
    installed = install_translators(app, QLocale("fr_FR"), tmp_path)
    try:
        assert any(t.filePath().endswith("dossier_fr.qm") for t in installed)
        window = MainWindow(services)
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert window.case_list.filter_edit.placeholderText() == "Filtrer les dossiers (Ctrl+F)"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    # A language with no translation of Dossier's own keeps English.
    none = install_translators(app, QLocale("ja_JP"), tmp_path)
    try:
        # Judged by the file's own name, never by the folder it sits in: a checkout may well be
        # called "dossier", and Qt's own translations then live under it (in .venv).
        assert not any(Path(t.filePath()).name.startswith("dossier_") for t in none)
    finally:
        for translator in none:
            app.removeTranslator(translator)


def test_tab_labels_keep_the_accent_of_a_capital_letter(qtbot: QtBot) -> None:
    """Fusion clips a tab's label to the font's height ("Échéances" drawn "Echéances"): the case
    page's tabs in a window not in English get room above and below their text."""
    from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabWidget, QWidget

    from desktop_app.ui.appearance import tabs_with_room_for_accents

    def text_rect_height(tabs: QTabWidget) -> int:
        bar = tabs.tabBar()
        option = QStyleOptionTab()
        bar.initStyleOption(option, 1)
        return bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar).height()

    plain, roomy = QTabWidget(), QTabWidget()
    for tabs in (plain, roomy):
        qtbot.addWidget(tabs)
        for name in ("Vue d'ensemble", "Échéances (2)"):
            tabs.addTab(QWidget(), name)
    tabs_with_room_for_accents(roomy)
    metrics = roomy.fontMetrics()
    rises = -metrics.boundingRect("É").top() - metrics.ascent()  # the accent above the font's ascent
    assert text_rect_height(plain) <= metrics.height() + 2  # what clips the accent in Fusion
    assert text_rect_height(roomy) >= text_rect_height(plain) + 6 > text_rect_height(plain) + rises


def test_the_case_page_and_form_tabs_get_the_room_in_a_window_not_in_english(
    qtbot: QtBot, services: Services, sample_case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui import case_form, case_view

    for module in (case_view, case_form):
        monkeypatch.setattr(module, "window_language", lambda: "fr")
    window = MainWindow(services)
    qtbot.addWidget(window)
    form = case_form.NewCaseDialog(window)
    qtbot.addWidget(form)
    for tabs in (window.case_view.tabs, form.tabs):
        assert type(tabs.tabBar().style()).__name__ == "RoomForAccents"
    monkeypatch.undo()
    english = MainWindow(services)
    qtbot.addWidget(english)
    assert english.case_view.tabs.tabBar().style() is QApplication.style()  # nothing in English
