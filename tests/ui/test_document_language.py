"""The pack's and the letter's language: the case's (chosen for it, else its country's), else the
window's; the export dialog and the letter dialog agree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app import i18n
from desktop_app.domain.models import Case, Merchant
from desktop_app.domain.vocab import Reason
from desktop_app.services import Services
from desktop_app.ui.document_language import document_language
from desktop_app.ui.letters import LetterDialog
from desktop_app.ui.pack_export import ExportPackDialog


@pytest.fixture
def window_language() -> Iterator[None]:
    """The test sets the window's language; it is put back after."""
    before = i18n.language()
    yield
    i18n.set_language(before)


def _defaults(qtbot: QtBot, services: Services, folder: Path, case_id: int) -> tuple[str, str]:
    export = ExportPackDialog(services.case_detail(case_id), folder, services=services)
    qtbot.addWidget(export)
    letter = LetterDialog(services, case_id, folder)
    qtbot.addWidget(letter)
    return str(export.language_box.currentData()), letter.lang()


@pytest.mark.usefixtures("window_language")
@pytest.mark.parametrize(
    ("country", "chosen", "window", "expected"),
    [
        ("PL", None, "en", "pl"),  # a Polish case in an English window: Polish, in both dialogs
        ("PL", None, "fr", "pl"),
        (None, None, "pl", "pl"),  # neither language nor country: the window's
        (None, None, "es", "es"),
        ("US", None, "fr", "en"),  # the country's language before the window's
        ("GB", None, "pl", "en"),
        ("DE", None, "pl", "pl"),  # a country whose language Dossier does not write: the window's
        ("PL", "fr", "es", "fr"),  # the language chosen for the case first
    ],
)
def test_pack_and_letter_follow_the_case_then_the_window(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    country: str | None,
    chosen: str | None,
    window: str,
    expected: str,
) -> None:
    i18n.set_language(window)
    case_id = services.create_case(
        Case(
            "Parcel never came",
            Merchant("Sklep"),
            Reason.NOT_RECEIVED,
            "PLN",
            country=country,
            language=chosen,
        )
    )
    assert document_language(country, chosen) == expected
    assert _defaults(qtbot, services, tmp_path, case_id) == (expected, expected)


@pytest.mark.usefixtures("window_language")
def test_the_overview_says_where_the_language_comes_from(qtbot: QtBot, services: Services) -> None:
    from desktop_app.ui.overview_page import OverviewPage

    page = OverviewPage()
    qtbot.addWidget(page)
    i18n.set_language("es")
    assert page._language_text("PL", None) == "Polski (from the country)"
    assert page._language_text("PL", "fr") == "Français (your choice)"
    assert page._language_text(None, None) == "Español (the window's language)"
    assert page._language_text("DE", None) == "Español (the window's language)"


@pytest.mark.usefixtures("window_language")
def test_the_new_case_form_names_the_language_a_case_without_country_gets(qtbot: QtBot) -> None:
    from desktop_app.ui.case_form import NewCaseDialog

    i18n.set_language("pl")
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    assert dialog.language_box.itemText(0) == "The window's language (Polski)"
    dialog.country_edit.setText("ES")
    assert dialog.language_box.itemText(0) == "From the country (Español)"
    dialog.country_edit.setText("DE")  # a country of no language of Dossier's: the window's
    assert dialog.language_box.itemText(0) == "The window's language (Polski)"


LONGER_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>The window's language (%1)</source>
        <translation>Język, w którym jest wyświetlane okno programu (%1)</translation>
    </message>
    <message>
        <source>From the country (%1)</source>
        <translation>Według kraju, w którym mieszka klient lub działa bank (%1)</translation>
    </message>
</context>
</TS>
"""


@pytest.mark.usefixtures("window_language")
def test_the_language_choice_is_never_cut(qtbot: QtBot, tmp_path: Path) -> None:
    """Its first choice's text changes with the country ("The window's language (Polski)"), longer
    in another language: the box keeps room for it."""
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from desktop_app.ui.case_form import NewCaseDialog

    ts, qm = tmp_path / "longer.ts", tmp_path / "longer.qm"
    ts.write_text(LONGER_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = NewCaseDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        box = dialog.language_box
        for country in ("", "PL", "MX", "DE"):
            dialog.country_edit.setText(country)
            assert "(" in box.itemText(0) and len(box.itemText(0)) > 45  # the longer words are in use
            qtbot.waitUntil(lambda: box.width() >= box.minimumWidth(), timeout=2000)
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            field = box.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
            )
            assert box.fontMetrics().horizontalAdvance(box.itemText(0)) <= field.width(), box.itemText(0)
    finally:
        QCoreApplication.removeTranslator(translator)
