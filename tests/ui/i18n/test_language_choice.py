"""View -> Language: the languages offered, the choice remembered and applied at start, the notice
in the language chosen, Qt's and Dossier's translations loaded together, and the window's dates
and amounts written as the pack of its language writes them."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app import i18n, logs
from desktop_app.services import PackStrings, Services
from desktop_app.ui import i18n as ui_i18n
from desktop_app.ui.language import NO_RESTART, OK, RESTART, SETTING, TITLE, start_language
from desktop_app.ui.main_window import MainWindow
from tests.ui.i18n.conftest import compile_catalogues

FRENCH = {
    ("MainWindow", "&File"): "&Fichier",
    ("MainWindow", "&View"): "&Affichage",
    ("LanguageMenu", "&Language"): "&Langue",
    ("LanguageMenu", TITLE): "Langue",
    ("LanguageMenu", RESTART): "Dossier sera en français à son prochain démarrage. "
    "Quittez Dossier et relancez-le pour le voir dès maintenant.",
    ("LanguageMenu", NO_RESTART): "Dossier est déjà en français : inutile de le redémarrer.",
    ("LanguageMenu", OK): "OK",
}
ENGLISH = {("CaseListPane", "%n case(s)"): ["%n case", "%n cases"]}
POLISH: dict[tuple[str, str], str | list[str]] = {
    ("CaseListPane", "%n case(s)"): ["%n sprawa", "%n sprawy", "%n spraw"],
    ("MainWindow", "&File"): "&Plik",
    ("MainWindow", "&View"): "&Widok",
    ("LanguageMenu", "&Language"): "&Język",
    ("LanguageMenu", TITLE): "Język",
    ("LanguageMenu", RESTART): "Dossier będzie po polsku przy następnym uruchomieniu. "
    "Zamknij Dossier i uruchom go ponownie, aby zobaczyć zmianę od razu.",
    ("LanguageMenu", NO_RESTART): "Dossier jest już po polsku: ponowne uruchomienie nie jest potrzebne.",
    ("LanguageMenu", OK): "OK",
}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dossier_en.qm (plural forms), dossier_fr.qm and dossier_pl.qm, compiled once for the module
    (no Spanish one)."""
    folder = tmp_path_factory.mktemp("translations")
    return compile_catalogues(folder, {"en": ENGLISH, "fr": FRENCH, "pl": POLISH})


@pytest.fixture
def folder(catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window reads its translations from the test's folder."""
    monkeypatch.setattr(ui_i18n, "translations_dir", lambda: catalogues)
    return catalogues


def window_of(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


def view_menu(window: MainWindow) -> QMenu:
    menus = [a.menu() for a in window.menuBar().actions()]
    found = [m for m in menus if isinstance(m, QMenu) and m.findChild(QMenu, "languageMenu") is not None]
    assert len(found) == 1, "View -> Language is in one menu of the menu bar"
    return found[0]


def mnemonic(text: str) -> str:
    return text[text.index("&") + 1].lower()


def test_view_language_offers_each_translated_language_in_its_own_name(
    qtbot: QtBot, services: Services, settings: QSettings, folder: Path
) -> None:
    window = window_of(qtbot, services, settings)
    menu = window.menus.language
    # Spanish has no .qm here: it is not offered.
    assert list(menu.actions) == ["system", "en", "fr", "pl"]
    texts = [a.text() for a in menu.menu.actions() if not a.isSeparator()]
    assert texts == ["Like the &system", "E&nglish", "&Français", "&Polski"]
    assert all(a.isCheckable() for a in menu.actions.values())
    assert [c for c, a in menu.actions.items() if a.isChecked()] == ["system"]
    # Each reachable by its own key, and the submenu by its own in View.
    assert len({mnemonic(t) for t in texts}) == len(texts)
    view = view_menu(window)
    titles = [a.text() for a in view.actions() if not a.isSeparator()]
    assert "&Language" in titles and len({mnemonic(t) for t in titles}) == len(titles)


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # a menu, offscreen
def test_the_language_is_chosen_with_the_keyboard_alone(
    qtbot: QtBot, services: Services, settings: QSettings, folder: Path
) -> None:
    window = window_of(qtbot, services, settings)
    window.show()
    qtbot.waitExposed(window)
    view = view_menu(window)
    view.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_L)  # &Language
    language = window.menus.language.menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is language)
    qtbot.keyClick(language, Qt.Key.Key_P)  # &Polski
    qtbot.waitUntil(lambda: settings.value(SETTING) == "pl")
    assert window.menus.language.actions["pl"].isChecked()
    notice = window.menus.language.notice
    assert isinstance(notice, QMessageBox)
    qtbot.waitUntil(notice.isVisible)
    qtbot.keyClick(notice, Qt.Key.Key_Return)  # its one button, the default
    qtbot.waitUntil(lambda: window.menus.language.notice is None)


def test_choosing_a_language_keeps_it_and_says_in_that_language_that_a_restart_is_needed(
    qtbot: QtBot, services: Services, settings: QSettings, folder: Path
) -> None:
    window = window_of(qtbot, services, settings)
    languages = window.menus.language
    languages.actions["pl"].trigger()
    assert settings.value(SETTING) == "pl"
    assert languages.actions["pl"].isChecked() and not languages.actions["system"].isChecked()
    notice = languages.notice
    assert isinstance(notice, QMessageBox)
    assert notice.windowTitle() == "Język"
    assert notice.text() == POLISH["LanguageMenu", RESTART]
    assert [b.text() for b in notice.buttons()] == ["OK"]
    # French next: the notice is said in French.
    languages.actions["fr"].trigger()
    assert settings.value(SETTING) == "fr"
    assert languages.notice is not None and languages.notice.text() == FRENCH["LanguageMenu", RESTART]
    # Back to the language the window speaks (English): no restart, said in English.
    languages.notice.close()
    languages.actions["en"].trigger()
    assert settings.value(SETTING) == "en"
    assert window.statusBar().currentMessage() == NO_RESTART
    # The system's (C: English here) needs none either.
    languages.actions["system"].trigger()
    assert settings.value(SETTING) == "system"
    assert window.statusBar().currentMessage() == NO_RESTART


def test_the_choice_is_applied_at_the_next_start_with_qts_own_words_in_the_same_language(
    qtbot: QtBot, services: Services, settings: QSettings, folder: Path, language_restored: QApplication
) -> None:
    settings.setValue(SETTING, "pl")
    # The choice wins over the system's language.
    assert start_language(language_restored, settings, system=QLocale("fr_FR")) == "pl"
    assert ui_i18n.window_language() == "pl" and i18n.language() == "pl"
    assert QLocale().language() == QLocale.Language.Polish
    assert QCoreApplication.translate("MainWindow", "&File") == "&Plik"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"  # Qt's qtbase_pl
    window = window_of(qtbot, services, settings)
    assert window.menuBar().actions()[0].text() == "&Plik"
    assert view_menu(window).title() == "&Widok"
    languages = window.menus.language
    assert languages.menu.title() == "&Język"
    assert [c for c, a in languages.actions.items() if a.isChecked()] == ["pl"]
    # Chosen again while the window speaks it: nothing to restart, said in Polish.
    languages.actions["pl"].trigger()
    assert window.statusBar().currentMessage() == POLISH["LanguageMenu", NO_RESTART]
    assert languages.notice is None
    # Another language applied: the Polish translators are gone.
    assert start_language(language_restored, settings, system=QLocale("fr_FR")) == "pl"
    assert [QCoreApplication.translate("CaseListPane", "%n case(s)", "", n) for n in (1, 3, 5, 22)] == [
        "1 sprawa", "3 sprawy", "5 spraw", "22 sprawy",
    ]  # fmt: skip
    settings.setValue(SETTING, "en")
    assert start_language(language_restored, settings) == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.language() == "en"
    # English's own plural forms (dossier_en.qm), never "3 case(s)".
    assert [QCoreApplication.translate("CaseListPane", "%n case(s)", "", n) for n in (1, 3)] == [
        "1 case", "3 cases",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("system", "expected"),
    [("fr_FR", "fr"), ("fr_CA", "fr"), ("pl_PL", "pl"), ("de_DE", "en"), ("en_GB", "en"), ("C", "en")],
)
def test_without_a_choice_the_window_follows_the_systems_language(
    settings: QSettings, folder: Path, language_restored: QApplication, system: str, expected: str
) -> None:
    locale = QLocale.c() if system == "C" else QLocale(system)
    assert start_language(language_restored, settings, system=locale) == expected
    assert ui_i18n.window_language() == expected == i18n.language()
    # A setting Dossier does not know (written by hand, or by a later version) is the system's too.
    settings.setValue(SETTING, "de")
    assert start_language(language_restored, settings, system=locale) == expected


def test_a_language_whose_translation_is_missing_starts_in_english_with_a_warning(
    qtbot: QtBot,
    services: Services,
    settings: QSettings,
    folder: Path,
    language_restored: QApplication,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Dossier's logger does not propagate once logs.setup ran (in another test): listen on it.
    logger = logging.getLogger(logs.LOGGER)
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.WARNING, logger=logs.LOGGER)
    try:
        missing_translation_starts_in_english(qtbot, services, settings, language_restored, caplog)
    finally:
        logger.removeHandler(caplog.handler)


def missing_translation_starts_in_english(
    qtbot: QtBot,
    services: Services,
    settings: QSettings,
    language_restored: QApplication,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The system asks for Spanish, which has no .qm here.
    assert start_language(language_restored, settings, system=QLocale("es_ES")) == "en"
    assert "dossier_es.qm" in caplog.text
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"  # Qt's too
    caplog.clear()
    # A choice whose translation has gone since: English, said in the log; the menu follows the system.
    settings.setValue(SETTING, "es")
    assert start_language(language_restored, settings, system=QLocale("de_DE")) == "en"
    assert "dossier_es.qm" in caplog.text
    window = window_of(qtbot, services, settings)
    assert "es" not in window.menus.language.actions
    assert window.menus.language.actions["system"].isChecked()


def test_a_polish_window_writes_amounts_and_dates_as_the_polish_pack(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    settings: QSettings,
    folder: Path,
    language_restored: QApplication,
) -> None:
    summary = next(c for c in services.list_cases() if c.id == sample_case)
    assert summary.disputed_amount is not None
    amount, currency = summary.disputed_amount, summary.currency

    def cells(window: MainWindow) -> list[str]:
        model = window.case_table.model()
        return [
            str(model.index(row, column).data()) for row in range(model.rowCount()) for column in range(10)
        ]

    english = window_of(qtbot, services, settings)
    assert PackStrings("en").money(amount, currency) in cells(english)
    settings.setValue(SETTING, "pl")
    assert start_language(language_restored, settings) == "pl"
    polish = window_of(qtbot, services, settings)
    pack = PackStrings("pl")
    assert pack.money(amount, currency) in cells(polish)
    assert pack.money(amount, currency) != PackStrings("en").money(amount, currency)
    # What the window writes in words, by the pack's own functions.
    for day in (date(2026, 12, 1), date(2026, 3, 17)):
        assert ui_i18n.long_date(day) == pack.long_date(day)
    written = ui_i18n.money(Decimal("1440.5"), "PLN")
    assert written == pack.money(Decimal("1440.5"), "PLN") == "1\u00a0440,50 PLN"
    settings.setValue(SETTING, "fr")
    start_language(language_restored, settings)
    assert ui_i18n.long_date(date(2026, 12, 1)) == PackStrings("fr").long_date(date(2026, 12, 1))
    assert ui_i18n.long_date(date(2026, 12, 1)).startswith("1er ")
