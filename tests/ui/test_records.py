"""Charges, contacts and deadlines in the window: edit, tick off, trash and undo, all by keyboard."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop_app.domain.vocab import EvidenceKind
from desktop_app.services import Services
from desktop_app.ui.forms import AddPurchaseDialog, LogContactDialog, TaskDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ID_ROLE
from tests.ui.test_workspace import type_text, when_dialog_opens


def select_row(window: MainWindow, section: str, row: int = 0) -> int:
    window.case_view.show_section(section)
    table = window.case_view.tables[section]
    table.setFocus()
    table.selectRow(row)
    return int(table.currentIndex().siblingAtColumn(0).data(ID_ROLE))


def test_add_a_deadline_then_tick_it_off_and_undo(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        assert not dialog.ok_button.isEnabled()  # nothing said yet
        type_text(qtbot, dialog.title_edit, "Last day for the chargeback (Visa 13.2)")
        dialog.due_edit.edit.clear()
        qtbot.keyClicks(dialog.due_edit.edit, "2027-01-13")  # typed in ISO, whatever the locale
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, TaskDialog, fill)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert opened
    task = next(t for t in services.case_detail(sample_case).tasks if t.title.startswith("Last day"))
    assert task.kind.value == "deadline" and task.due is not None and task.due.isoformat() == "2027-01-13"
    assert window.case_view.current_section() == "tasks"
    table = window.case_view.tables["tasks"]
    assert table.currentIndex().siblingAtColumn(0).data(ID_ROLE) == task.id
    # The offscreen platform does not give the focus back when a dialog closes; a desktop does.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert services.task(task.id or 0).done_at is not None
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.task(task.id or 0).done_at is None


def test_edit_a_charge_in_the_users_locale_and_undo(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    purchase_id = select_row(window, "purchases")
    before = services.purchase(purchase_id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, AddPurchaseDialog)
        point = dialog.locale_.decimalPoint()
        assert dialog.amount_edit.text() == f"17{point}99"  # exact, as the user types it
        dialog.amount_edit.clear()
        type_text(qtbot, dialog.amount_edit, f"18{point}49")
        dialog.disputed_box.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, AddPurchaseDialog, edit)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window.case_view.tables["purchases"], Qt.Key.Key_Return)
    assert opened
    after = services.purchase(purchase_id)
    assert str(after.amount) == "18.49" and after.disputed and after.order_number == before.order_number
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert services.purchase(purchase_id) == before


def test_edit_a_contact_in_another_time_zone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    contact_id = select_row(window, "communications")
    before = services.communication(contact_id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, LogContactDialog)
        assert dialog.offset_label.text() == "UTC+02:00"  # as it was recorded
        dialog.zone_box.setEditText("Nowhere/Atlantis")
        assert not dialog.ok_button.isEnabled() and "time zone" in dialog.error.text()
        dialog.zone_box.setEditText("America/New_York")
        assert dialog.ok_button.isEnabled() and dialog.offset_label.text() == "UTC-04:00"
        type_text(qtbot, dialog.reference_edit, "-B")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, LogContactDialog, edit)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window.case_view.tables["communications"], Qt.Key.Key_Return)
    assert opened
    after = services.communication(contact_id)
    assert after.at.utcoffset() == timedelta(hours=-4)
    assert (after.at.hour, after.at.minute) == (before.at.hour, before.at.minute)
    assert after.reference == (before.reference or "") + "-B"


def test_delete_a_contact_and_undo(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    count = window.case_view.communications.rowCount()
    contact_id = select_row(window, "communications", 2)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window.case_view.tables["communications"], Qt.Key.Key_Delete)
    assert window.case_view.communications.rowCount() == count - 1
    assert contact_id not in [c.id for c in services.case_detail(sample_case).communications]
    assert window.history.undo_action.text().replace("&", "").startswith("Undo Move “Chat")
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case_view.communications.rowCount() == count
    assert contact_id in [c.id for c in services.case_detail(sample_case).communications]


def test_the_overview_shows_the_checklist_and_it_changes_with_the_evidence(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    overview = window.case_view.overview
    assert window.case_view.current_section() == "overview"
    assert overview.values["reason"].text().startswith("Subscription billed after cancellation (Visa 13.2")
    total = services.case_detail(sample_case).checklist.total
    assert overview.checklist_title.text().endswith(f"({total} of {total})")
    terms = next(e for e in services.case_detail(sample_case).evidence if e.kind is EvidenceKind.TERMS)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        services.trash_evidence(terms.id or 0)
    assert overview.checklist_title.text().endswith(f"({total - 1} of {total})")
    assert "terms" in overview.next_step.text()
    column = 6
    assert window.case_list.case_proxy.index(0, column).data() == f"{total - 1}/{total}"
    assert "terms" in window.case_list.case_proxy.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    # Adding the terms again, as a file dropped on the window would, ticks the item off.
    terms_file = tmp_path / "conditions-générales.txt"
    terms_file.write_text("Article 7 : résiliation à tout moment.", encoding="utf-8")
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        services.add_evidence(sample_case, [terms_file], kind=EvidenceKind.TERMS)
    assert overview.checklist_title.text().endswith(f"({total} of {total})")
    assert window.case_list.case_proxy.index(0, column).data() == f"{total}/{total}"


def test_editing_an_imported_e_mail_keeps_its_text(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    from dataclasses import replace as changed

    contact = services.case_detail(sample_case).communications[1]
    services.update_communication(changed(contact, body="Le texte entier du message, reçu tel quel."))
    kept = services.communication(contact.id or 0)
    dialog = LogContactDialog(contact=kept)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.reference_edit, "-X")
    edited = dialog.communication()
    assert edited.body == "Le texte entier du message, reçu tel quel." and edited.subject == kept.subject


def test_the_deadlines_tab_shows_what_the_rules_give(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    view = window.case_view
    rules = view.rule_deadlines
    # Issue 15: one deadline per disputed charge (the sample's of 15 September and 15 October):
    # 120 days from each, 2027-01-13 and 2027-02-12.
    assert [rules.row_at(r).rule_id for r in range(rules.rowCount())] == [
        "card-chargeback",
        "card-chargeback",
    ]
    assert rules.row_at(0).due.isoformat() == "2027-01-13"
    assert rules.row_at(1).due.isoformat() == "2027-02-12"
    headers = [rules.headerData(c, Qt.Orientation.Horizontal) for c in range(rules.columnCount())]
    assert "Visa Core Rules" in rules.index(0, headers.index("Source")).data()
    assert not view.rule_label.text().startswith("No deadline")
    from dataclasses import replace as changed

    case = services.case(sample_case)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        services.update_case(changed(case, payment=changed(case.payment, method="direct_debit")))
    # Paid by direct debit, in France: the SEPA refund right, counted from the charge (no debit date given).
    # Issue 15: 8 weeks from each disputed debit (2026-11-10 and 2026-12-10), counted from the charge.
    assert [rules.row_at(r).rule_id for r in range(rules.rowCount())] == ["sepa-refund", "sepa-refund"]
    assert rules.row_at(0).due.isoformat() == "2026-11-10" and rules.row_at(0).counted_from == "charge"
    assert rules.row_at(1).due.isoformat() == "2026-12-10"
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        services.update_case(changed(services.case(sample_case), country=None))
    assert rules.rowCount() == 0 and view.rule_label.text().startswith("No deadline")


def test_the_overview_shows_the_next_step_of_the_ladder(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    overview = window.case_view.overview
    assert overview.ladder_title.text() == "Where it stands: Head office / formal complaint"
    assert "Dispute the charge with your bank or card issuer" in overview.ladder.text()
    from dataclasses import replace as changed

    from desktop_app.domain.vocab import EscalationStage

    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        services.update_case(
            # The user's choice of stage (issue 15: without it, the ladder follows the facts).
            changed(services.case(sample_case), stage=EscalationStage.BANK, stage_override=True)
        )
    assert "médiateur" in overview.ladder.text()  # the sample case is in France


def test_write_a_letter_read_it_copy_it_and_save_it(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.packs.write_letter()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.lang() == "fr"  # the case is in France
    # A letter writes the currency's symbol, kept to its amount by a no-break space (issue 16).
    assert "Madame, Monsieur" in dialog.edited_text() and "35,98\u00a0€" in dialog.edited_text()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("pl"))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("bank-complaint"))
    assert "Szanowni Państwo" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.edited_text()
    saved = dialog.save_pdf(tmp_path / "reklamacja.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert "not legal advice" in dialog.note.text() or "Read it before" in dialog.note.text()


def test_a_dunning_schedule_from_the_form(qtbot: QtBot) -> None:
    dialog = TaskDialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.title_edit, "Dunning letter")
    qtbot.keyClicks(dialog.repeat_edit, "2, 4, x")
    assert not dialog.ok_button.isEnabled() and "whole numbers" in dialog.error.text()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, "+2 +4 +21 +29")
    assert dialog.ok_button.isEnabled() and dialog.offsets() == [2, 4, 21, 29]
    dialog.due_known.setChecked(False)
    dialog.validate()
    assert not dialog.ok_button.isEnabled() and "date to count from" in dialog.error.text()
