"""The cases themselves and e-mails from the window's menus: exporting a case file (kept, replaced
only after yes, cancelled midway), the case trash, choosers cancelled, e-mails chosen in the file
chooser (and the same message twice), and what the case actions do when no case is shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.evidence import TrashDialog
from desktop_app.ui.forms import NewCaseDialog
from desktop_app.ui.main_window import MainWindow
from tests.support import mail
from tests.ui.test_workspace import when_dialog_opens

TITLE = "StreamNova Premium billed after cancellation"


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The "Save as" dialog answers ``target``; returns the names it suggested."""
    suggested: list[str] = []

    def answer(parent: object, title: str, name: str, *args: object) -> tuple[str, str]:
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def test_export_the_case_file_then_keep_the_existing_one_when_asked(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.select_case(sample_case)
    target = tmp_path / "out" / "streamnova"  # typed without its .json
    target.parent.mkdir()
    suggested = save_as(monkeypatch, target)
    with qtbot.waitSignal(window.cases.case_file_written, timeout=10_000) as written:
        window.cases.export_case_action.trigger()
    assert suggested[0].endswith(f"dossier-D-{sample_case:04d}.json")
    case_file = target.with_suffix(".json")
    assert written.args[0].case_file == case_file and case_file.is_file()
    assert len(written.args[0].files) == 4
    assert window.statusBar().currentMessage() == f"Wrote {case_file} and 4 evidence files beside it."
    assert window.cases.export_case_action.isEnabled()
    again = services.import_case_file(case_file)  # what was written reads back as the case
    assert services.case(again).title == TITLE

    # The same name again: Dossier asks, and No keeps the file as it is.
    before = case_file.read_bytes()
    asked: list[str] = []

    def no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    window.cases.export_case_action.trigger()
    assert asked and str(case_file) in asked[0] and "Replace" in asked[0]
    assert not window.runner.busy()
    assert case_file.read_bytes() == before


def test_an_export_cancelled_midway_keeps_nothing_and_says_so(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.select_case(sample_case)
    folder = tmp_path / "exported"
    folder.mkdir()
    copying, release = threading.Event(), threading.Event()
    real_open = services._store.vault.open

    def held_open(sha256: str):  # type: ignore[no-untyped-def]
        copying.set()
        release.wait(10)
        return real_open(sha256)

    monkeypatch.setattr(services._store.vault, "open", held_open)
    save_as(monkeypatch, folder / "streamnova.json")
    window.cases.export_case_action.trigger()
    assert copying.wait(10) and window.runner.busy()
    assert not window.cases.export_case_action.isEnabled()  # one export at a time
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):
        window.runner.cancel()  # as the progress dialog's Cancel does
        release.set()
    assert window.statusBar().currentMessage() == "Cancelled; nothing was kept."
    assert list(folder.iterdir()) == []
    assert window.cases.export_case_action.isEnabled()


def test_a_cancelled_chooser_imports_nothing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.select_case(sample_case)
    asked: list[str] = []

    def nothing(parent: object, title: str, *args: object) -> tuple[str, str] | tuple[list[str], str]:
        asked.append(title)
        return ([] if title == "Import e-mails" else ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", nothing)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", nothing)
    before = services.case_detail(sample_case)
    window.cases.import_action.trigger()
    window.mail.import_mail_action.trigger()
    assert asked == ["Import a case file", "Import e-mails"]
    assert not window.runner.busy()
    assert [c.id for c in services.list_cases()] == [sample_case]
    assert services.case_detail(sample_case) == before


def test_a_case_moved_to_the_trash_comes_back_from_the_case_trash(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.trash_case_action.trigger()
    assert services.list_cases() == []
    assert window.statusBar().currentMessage() == f"Moved to the trash: {TITLE}. Ctrl+Z to undo."
    assert window.pages.currentWidget() is window.welcome
    listed: list[str] = []

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        listed.extend(dialog.list.item(r).text() for r in range(dialog.list.count()))
        dialog.restore_button.click()
        assert dialog.empty_label.isVisibleTo(dialog)
        dialog.reject()

    opened = when_dialog_opens(qtbot, TrashDialog, restore)
    window.cases.case_trash_action.trigger()
    assert opened and len(listed) == 1 and TITLE in listed[0]
    assert [c.id for c in services.list_cases()] == [sample_case]
    assert window.statusBar().currentMessage().startswith("Restored from the trash: ")
    assert window.pages.currentWidget() is window.splitter
    assert window.current_case_id() == sample_case


def test_editing_a_case_cancelled_changes_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    before = services.case(sample_case)

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        assert dialog.title_edit.text() == TITLE
        dialog.title_edit.setText("Not saved")
        dialog.reject()

    opened = when_dialog_opens(qtbot, NewCaseDialog, cancel)
    window.cases.edit_case_action.trigger()
    assert opened
    assert services.case(sample_case) == before
    assert not window.history.undo_stack.canUndo()
    assert window.case_view.title.text() == TITLE


def test_without_a_case_shown_the_case_actions_do_nothing(
    qtbot: QtBot, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.current_case_id() is None
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: asked.append(a) or ([], ""))
    cases = window.cases
    for slot in (cases.export_case_file, cases.edit_case, cases.duplicate_case, cases.toggle_archive,
                 cases.trash_case, window.mail.import_mail_files):  # fmt: skip
        slot()
        assert QApplication.activeModalWidget() is None
    assert window.mail.import_mail_paths([Path("x.eml")]) is None
    assert asked == [] and not window.runner.busy()
    assert services.list_cases() == [] and not window.history.undo_stack.canUndo()


def test_e_mails_chosen_in_the_file_chooser_are_logged_and_the_same_one_twice_is_said(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.select_case(sample_case)
    first, second = tmp_path / "ticket-1.eml", tmp_path / "ticket-2.eml"
    first.write_bytes(mail.simple(1))
    second.write_bytes(mail.simple(2))
    filters: list[str] = []

    def choose(parent: object, title: str, folder: str, file_filter: str) -> tuple[list[str], str]:
        filters.append(file_filter)
        return [str(first), str(second)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    before = len(services.case_detail(sample_case).communications)
    with qtbot.waitSignal(window.mail.mail_imported, timeout=20_000) as imported:
        window.mail.import_mail_action.trigger()
    assert "*.eml" in filters[0] and "*.mbox" in filters[0]
    assert len(imported.args[0].imported) == 2
    contacts = services.case_detail(sample_case).communications
    assert len(contacts) == before + 2
    assert {"Ticket update #1", "Ticket update #2"} <= {c.subject for c in contacts}
    assert window.statusBar().currentMessage() == "Imported 2 messages with 0 attachments."
    assert window.last_notes is None  # nothing more to say

    with qtbot.waitSignal(window.mail.mail_imported, timeout=20_000) as again:
        window.mail.import_mail_action.trigger()
    assert len(again.args[0].duplicates) == 2
    assert len(services.case_detail(sample_case).communications) == before + 2
    assert window.last_notes is not None
    assert "2 already in the case, not stored again." in window.last_notes.text()
    window.last_notes.close()
