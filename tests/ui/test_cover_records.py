"""A case's records from the window: forms cancelled, a contact in a zone only Qt knows, a task edited
from its row, and what the window says when nothing is selected for the action chosen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.forms import AddPurchaseDialog, LogContactDialog, TaskDialog
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_records import select_row
from tests.ui.test_workspace import type_text, when_dialog_opens


def records_of(services: Services, case_id: int) -> tuple[object, object, object]:
    detail = services.case_detail(case_id)
    return detail.communications, detail.purchases, detail.tasks


@pytest.mark.parametrize(
    ("action", "kind"),
    [
        ("log_contact_action", LogContactDialog),
        ("add_purchase_action", AddPurchaseDialog),
        ("add_task_action", TaskDialog),
    ],
)
def test_a_form_cancelled_saves_nothing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    action: str,
    kind: type[QDialog],
) -> None:
    window.select_case(sample_case)
    before = records_of(services, sample_case)
    message = window.statusBar().currentMessage()

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, kind)
        for edit in ("summary_edit", "title_edit", "description_edit"):
            if hasattr(dialog, edit):
                type_text(qtbot, getattr(dialog, edit), "typed, then cancelled")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    opened = when_dialog_opens(qtbot, kind, cancel)
    getattr(window.records, action).trigger()
    assert opened and not opened[0].isVisible()
    assert records_of(services, sample_case) == before
    assert window.statusBar().currentMessage() == message  # nothing said to have been saved
    assert not window.history.undo_stack.canUndo()


def test_a_contact_in_a_zone_only_qt_knows_is_logged_and_not_remembered(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    zone_before = services.last_contact_zone()
    count = len(services.case_detail(sample_case).communications)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LogContactDialog)
        dialog.zone_box.setEditText("UTC+01:00")  # a fixed offset: a Qt zone, not a zoneinfo one
        assert dialog.ok_button.isEnabled(), dialog.error.text()
        type_text(qtbot, dialog.summary_edit, "Asked for the refund again; no answer yet.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, LogContactDialog, fill)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.records.log_contact_action.trigger()
    assert opened
    contacts = services.case_detail(sample_case).communications
    assert len(contacts) == count + 1
    logged = max(contacts, key=lambda c: c.id or 0)
    assert logged.summary == "Asked for the refund again; no answer yet."
    assert logged.at.utcoffset() == timedelta(hours=1)
    assert services.last_contact_zone() == zone_before  # not a zone to offer next time
    assert window.statusBar().currentMessage().startswith("Logged: Phone of ")


def test_a_task_edited_from_its_row_is_saved_and_undone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    task_id = select_row(window, "tasks")
    before = services.task(task_id)

    def retitle(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        assert dialog.title_edit.text() == before.title
        dialog.title_edit.clear()
        type_text(qtbot, dialog.title_edit, "Call the bank about the chargeback")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, TaskDialog, retitle)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window.case_view.tables["tasks"], Qt.Key.Key_Return)
    assert opened
    assert services.task(task_id).title == "Call the bank about the chargeback"
    assert services.task(task_id).due == before.due
    said = window.statusBar().currentMessage()
    assert said.startswith("Saved: ") and said.endswith(" Ctrl+Z to undo.")
    assert window.history.undo_action.text().replace("&", "").startswith("Undo Edit “")
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert services.task(task_id).title == before.title


def test_a_task_moved_to_the_trash_by_its_title_and_brought_back(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    task_id = select_row(window, "tasks")
    title = services.task(task_id).title
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.records.trash_item_action.trigger()
    assert task_id not in [t.id for t in services.case_detail(sample_case).tasks]
    assert window.statusBar().currentMessage().startswith(f"Moved to the trash: {title}. Ctrl+Z")
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert task_id in [t.id for t in services.case_detail(sample_case).tasks]


def test_tick_off_and_trash_with_nothing_selected_say_what_to_select(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    before = records_of(services, sample_case)
    window.case_view.show_section("purchases")  # a charge is selected, not a task
    select_row(window, "purchases")
    window.records.toggle_done_action.trigger()
    assert window.statusBar().currentMessage() == "Select a task in “Deadlines” first."
    window.case_view.show_section("overview")  # nothing there goes to the trash
    window.records.trash_item_action.trigger()
    assert window.statusBar().currentMessage() == "Select an exhibit, charge, contact or task first."
    assert records_of(services, sample_case) == before
    assert not window.history.undo_stack.canUndo()


def test_without_a_case_no_record_form_opens(qtbot: QtBot, services: Services, window: MainWindow) -> None:
    assert window.current_case_id() is None
    for slot in (window.records.log_contact, window.records.add_purchase, window.records.add_task):
        slot()  # returns at once: no form waits for an answer
        assert QApplication.activeModalWidget() is None
    tables = window.case_view.tables
    for section in ("purchases", "communications", "tasks"):
        tables[section].activated.emit(QModelIndex())  # no row: nothing to edit
        assert QApplication.activeModalWidget() is None
    assert services.list_cases() == []


def test_a_renamed_task_is_said_saved_under_its_new_title(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    task_id = select_row(window, "tasks")

    def retitle(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        dialog.title_edit.setText("Call the bank about the chargeback")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, TaskDialog, retitle)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window.case_view.tables["tasks"], Qt.Key.Key_Return)
    assert services.task(task_id).title == "Call the bank about the chargeback"
    assert window.statusBar().currentMessage().startswith("Saved: Call the bank about the chargeback.")
