"""Keeping a dispute in the window: create a case, log a contact, add evidence, undo."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QColor, QDropEvent, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.evidence import EvidenceDialog, evidence_trash_dialog
from desktop_app.ui.forms import AddPurchaseDialog, LogContactDialog, NewCaseDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ID_ROLE
from tests.support.drag import drag_enter_event


def type_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type as a user would. QTest presses keys for ASCII only; other letters (ó, ł, ż) are
    committed the way a keyboard's input method commits them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        elif isinstance(widget, QLineEdit):
            widget.insert(char)
        else:
            widget.insertPlainText(char)


def when_dialog_opens(qtbot: QtBot, kind: type[QDialog], act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``act`` on the next modal dialog of ``kind``, as the user would, once it is shown."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_create_a_case_through_the_form(qtbot: QtBot, services: Services, window: MainWindow) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        type_text(qtbot, dialog.title_edit, "Doble cargo de Telefónica")
        type_text(qtbot, dialog.merchant_edit, "Telefónica Móviles")
        dialog.reason_box.setCurrentIndex(dialog.reason_box.findData("duplicate"))
        dialog.amount_edit.clear()
        type_text(qtbot, dialog.amount_edit, "49" + dialog.locale_.decimalPoint() + "90")
        qtbot.keyClicks(dialog.last4_edit, "5454")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, NewCaseDialog, fill)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.new_case_action.trigger()
    assert opened
    cases = services.list_cases()
    assert [c.title for c in cases] == ["Doble cargo de Telefónica"]
    assert str(cases[0].disputed_amount) == "49.90"
    assert window.case_view.title.text() == "Doble cargo de Telefónica"


@pytest.mark.parametrize(
    ("locale_name", "typed", "expected"),
    [("fr_FR", "1 234,50", "1234.50"), ("en_GB", "1,234.50", "1234.50"), ("es_ES", "19,99", "19.99")],
)
def test_amounts_are_read_in_the_users_locale(
    qtbot: QtBot, locale_name: str, typed: str, expected: str
) -> None:
    dialog = NewCaseDialog(locale=QLocale(locale_name))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "t")
    qtbot.keyClicks(dialog.merchant_edit, "m")
    type_text(qtbot, dialog.amount_edit, typed.replace(" ", QLocale(locale_name).groupSeparator()))
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    assert str(dialog.amount()) == expected


def test_an_invalid_amount_is_refused_with_a_visible_message(qtbot: QtBot) -> None:
    dialog = NewCaseDialog(locale=QLocale("fr_FR"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Abonnement")
    qtbot.keyClicks(dialog.merchant_edit, "StreamNova")
    qtbot.keyClicks(dialog.amount_edit, "12,3,4")
    assert dialog.error.isVisible()
    # What was read, and why it is refused (the one parser of every amount, issue 12).
    assert "12,3,4" in dialog.error.text() and "three digits" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "12,34")
    assert not dialog.error.isVisible()
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.last4_edit, "41x1")
    assert "last 4 digits" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()


def test_log_a_call_with_a_promise_and_a_task_appears(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    tasks_before = window.case_view.tasks.rowCount()

    contacts = services.case_detail(sample_case).communications
    newest = max(contacts, key=lambda c: c.at)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LogContactDialog)
        # Nothing is filled in for the user; the case's contacts are offered, newest first.
        assert dialog.reference_edit.text() == ""
        assert dialog.counterpart_edit.text() == ""
        assert dialog.representative_edit.text() == ""
        assert [c.id for c in dialog.previous] == [
            c.id for c in sorted(contacts, key=lambda c: c.at, reverse=True)
        ]
        assert dialog.zone_box.zone_id() == "Europe/Paris"  # the case's country, FR
        assert dialog.same_button.isEnabled()
        qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
        assert dialog.counterpart_edit.text() == (newest.counterpart or "")
        assert dialog.reference_edit.text() == (newest.reference or "")
        # Set, not typed: typing would open the completer's list of earlier names (offscreen: a warning).
        dialog.representative_edit.setText("Łukasz")
        type_text(qtbot, dialog.summary_edit, "Obiecał zwrot obu obciążeń.")
        qtbot.keyClicks(dialog.promise_edit, "Refund 35.98 EUR")
        assert dialog.promise_date.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, LogContactDialog, fill)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened
    tasks = window.case_view.tasks
    assert tasks.rowCount() == tasks_before + 1
    titles = [tasks.index(r, 4).data() for r in range(tasks.rowCount())]
    assert "Check: Refund 35.98 EUR (Łukasz)" in titles
    contact = max(services.case_detail(sample_case).communications, key=lambda c: c.id or 0)
    assert contact.summary == "Obiecał zwrot obu obciążeń." and contact.at.utcoffset() is not None
    assert contact.representative == "Łukasz" and contact.reference == (newest.reference or None)
    assert services.last_contact_zone() == "Europe/Paris"


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    enter = drag_enter_event(point, mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


def test_drop_two_files_and_paste_an_image(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    window.case_view.show_section("evidence")
    before = window.case_view.evidence.rowCount()
    statement = tmp_path / "wyciąg-2026-10.pdf"
    statement.write_bytes(b"%PDF-1.4 statement of October")
    receipt = tmp_path / "recibo.txt"
    receipt.write_text("Recibo n.º 77 — 49,90 €", encoding="utf-8")
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):  # adding files is a job
        _drop(window, [statement, receipt])
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e295c"))
    QApplication.clipboard().setImage(image)
    # The note about the PDF it could not read (non-modal) took the focus: back to the window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):
        qtbot.keyClick(
            window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    model = window.case_view.evidence
    assert model.rowCount() == before + 3
    rows = [model.row_at(r) for r in range(model.rowCount())]
    by_name = {e.original_name: e for e in rows}
    assert by_name["wyciąg-2026-10.pdf"].sha256 == hashlib.sha256(statement.read_bytes()).hexdigest()
    assert by_name["recibo.txt"].sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    pasted = [e for e in rows if e.original_name.startswith("screenshot-") and e.media_type == "image/png"]
    assert len(pasted) == 1 and pasted[0].kind.value == "screenshot"
    shown = {model.index(r, 6).data() for r in range(model.rowCount())}
    assert {by_name["recibo.txt"].sha256, pasted[0].sha256} <= shown
    assert services.verify().ok


def test_undo_a_deletion(qtbot: QtBot, services: Services, sample_case: int, window: MainWindow) -> None:
    window.case_view.show_section("evidence")
    table = window.case_view.tables["evidence"]
    table.setFocus()
    table.selectRow(0)
    removed = table.currentIndex().siblingAtColumn(0).data(ID_ROLE)
    count = window.case_view.evidence.rowCount()
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.case_view.evidence.rowCount() == count - 1
    assert removed in [e.id for e in services.evidence_trash(sample_case)]
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case_view.evidence.rowCount() == count
    assert services.evidence_trash(sample_case) == []
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.redo_action.trigger()
    assert window.case_view.evidence.rowCount() == count - 1


def test_add_a_disputed_charge(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    before = window.case_view.purchases.rowCount()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddPurchaseDialog)
        assert dialog.currency_edit.text() == "EUR"  # the case's currency
        assert not dialog.ok_button.isEnabled()  # no amount yet
        type_text(qtbot, dialog.amount_edit, "17" + dialog.locale_.decimalPoint() + "99")
        type_text(qtbot, dialog.description_edit, "Prélèvement de novembre")
        type_text(qtbot, dialog.invoice_edit, "F-2026-111502")
        dialog.disputed_box.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, AddPurchaseDialog, fill)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.records.add_purchase_action.trigger()
    assert opened
    assert window.case_view.purchases.rowCount() == before + 1
    added = next(
        p for p in services.case_detail(sample_case).purchases if p.invoice_number == "F-2026-111502"
    )
    assert str(added.amount) == "17.99" and added.disputed and added.description == "Prélèvement de novembre"


def test_edit_an_exhibit_link_it_to_its_charge_and_undo(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.case_view.show_section("evidence")
    table = window.case_view.tables["evidence"]
    terms_row = next(
        r for r in range(table.model().rowCount()) if "terms" in table.model().index(r, 0).data()
    )
    evidence_id = table.model().index(terms_row, 0).data(ID_ROLE)
    october = next(p for p in services.case_detail(sample_case).purchases if p.date.month == 10)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, EvidenceDialog)
        assert dialog.item.sha256 in "".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.title_edit.clear()
        type_text(qtbot, dialog.title_edit, "Conditions générales, article 7")
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("terms"))
        dialog.purchase_box.setCurrentIndex(dialog.purchase_box.findData(october.id))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, EvidenceDialog, edit)
    table.setFocus()
    table.setCurrentIndex(table.model().index(terms_row, 0))
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened
    edited = services.evidence_item(evidence_id)
    assert edited.title == "Conditions générales, article 7" and edited.purchase_id == october.id
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    restored = services.evidence_item(evidence_id)
    assert restored.title == "StreamNova terms, article 7 (cancellation)" and restored.purchase_id is None


def test_open_the_original_gives_a_copy_and_leaves_the_vault_alone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    item = services.case_detail(sample_case).evidence[0]
    vault_file = services._store.vault.path_of(item.sha256)
    sealed = vault_file.read_bytes()
    dialog = window.evidence.evidence_dialog(item.id or 0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):  # the copy is a job on the runner
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    assert copy.name == item.original_name and copy != vault_file
    assert copy.read_bytes() == services._store.vault.read_bytes(item.sha256)  # the original bytes
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == item.sha256
    assert vault_file.read_bytes() == sealed


def test_restore_from_the_trash(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    item = services.case_detail(sample_case).evidence[1]
    services.trash_evidence(item.id or 0)
    dialog = evidence_trash_dialog(services, sample_case, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and item.title in dialog.list.item(0).text()
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert item.id in [e.id for e in services.case_detail(sample_case).evidence]


def test_archive_trash_restore_and_duplicate_a_case(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    from desktop_app.ui.evidence import case_trash_dialog

    window.select_case(sample_case)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.duplicate_case_action.trigger()
    titles = sorted(c.title for c in services.list_cases())
    assert titles == [
        "StreamNova Premium billed after cancellation",
        "StreamNova Premium billed after cancellation (copy)",
    ]
    copy_id = window.current_case_id()
    assert copy_id != sample_case

    window.select_case(sample_case)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.archive_case_action.trigger()
    shown = {
        window.case_list.case_proxy.index(r, 0).data(ID_ROLE)
        for r in range(window.case_list.case_proxy.rowCount())
    }
    assert shown == {copy_id}
    window.case_list.show_archived.setChecked(True)
    assert window.case_list.case_proxy.rowCount() == 2
    window.case_list.show_archived.setChecked(False)

    window.select_case(copy_id)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.trash_case_action.trigger()
    assert window.case_list.case_proxy.rowCount() == 0
    assert window.right.currentWidget() is window.no_selection
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert window.case_list.case_proxy.rowCount() == 1
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.redo_action.trigger()
    dialog = case_trash_dialog(services, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in services.trashed_cases()] == []
    assert copy_id in [c.id for c in services.list_cases()]


def test_edit_the_case_details_and_undo(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        assert dialog.title_edit.text() == "StreamNova Premium billed after cancellation"
        assert dialog.dates["cancellation"][0].isChecked()  # filled in from the case
        dialog.status_box.setCurrentIndex(dialog.status_box.findData("disputed"))
        dialog.stage_box.setCurrentIndex(dialog.stage_box.findData("bank"))
        dialog.refunded_edit.clear()
        type_text(qtbot, dialog.refunded_edit, "17" + dialog.locale_.decimalPoint() + "99")
        dialog.dates["final_response"][0].setChecked(True)
        assert dialog.dates["final_response"][1].is_empty()  # ticked, but nothing filled in for the user
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.dates["final_response"][1].edit, "2026-11-20")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, NewCaseDialog, edit)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F2)
    assert opened
    case = services.case_detail(sample_case).case
    assert (case.status.value, case.stage.value, str(case.refunded_amount)) == ("disputed", "bank", "17.99")
    assert case.dates.final_response == date(2026, 11, 20) and case.dates.cancellation is not None
    assert case.merchant.address and case.payment.last4 == "4417"  # untouched fields kept
    assert "Disputed with the bank" in window.case_view.facts["status"].text()
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    case = services.case_detail(sample_case).case
    assert (case.status.value, case.refunded_amount, case.dates.final_response) == ("waiting", 0, None)


def test_selecting_an_exhibit_previews_it(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.case_view.show_section("evidence")
    table = window.case_view.tables["evidence"]
    preview = window.case_view.preview
    model = table.model()
    rows = {model.index(r, 2).data(): r for r in range(model.rowCount())}  # by file name
    table.setCurrentIndex(model.index(rows["capture-resiliation-2026-08-28.png"], 0))
    assert preview.currentWidget() is preview.image
    pixmap = preview.image.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= 1280
    table.setCurrentIndex(model.index(rows["confirmation-resiliation.eml"], 0))
    assert preview.currentWidget() is preview.text
    assert "Subject: Confirmation de résiliation de votre abonnement Premium" in preview.text.toPlainText()
    assert "Aucun prélèvement ne sera effectué" in preview.text.toPlainText()
    table.setCurrentIndex(model.index(rows["facture-F-2026-091502.pdf"], 0))
    assert preview.currentWidget() is preview.pages
    assert len(preview.page_labels) == 1 and not preview.page_labels[0].pixmap().isNull()
    assert "1 page." in preview.page_text.text() and "F-2026-091502" in preview.page_text.text()


def test_the_evidence_list_shows_thumbnails(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    model = window.case_view.evidence
    rows = {model.row_at(r).original_name: r for r in range(model.rowCount())}

    def picture(name: str) -> QPixmap | None:
        return window.thumbnails.pixmap(model.row_at(rows[name]).sha256)

    qtbot.waitUntil(lambda: picture("facture-F-2026-091502.pdf") is not None, timeout=10_000)
    qtbot.waitUntil(lambda: picture("capture-resiliation-2026-08-28.png") is not None, timeout=10_000)
    shot = picture("capture-resiliation-2026-08-28.png")
    assert shot is not None and max(shot.width(), shot.height()) == 160
    icon = model.index(rows["capture-resiliation-2026-08-28.png"], 0).data(Qt.ItemDataRole.DecorationRole)
    assert (
        isinstance(icon, QIcon)
        and icon.cacheKey()
        == window.thumbnails.icon(model.row_at(rows["capture-resiliation-2026-08-28.png"]).sha256).cacheKey()
    )
    mail_sha = model.row_at(rows["confirmation-resiliation.eml"]).sha256
    qtbot.waitUntil(lambda: window.thumbnails.drawn(mail_sha), timeout=10_000)
    assert picture("confirmation-resiliation.eml") is None  # an e-mail has no picture: a file icon stands in
    mail = model.index(rows["confirmation-resiliation.eml"], 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(mail, QIcon) and not mail.isNull()


def test_export_the_case_file_from_the_window_and_import_it_back(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "exported" / "streamnova.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.cases.case_file_written, timeout=10_000):
        window.cases.export_case_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "dossier-case/2" and len(document["evidence"]) == 4
    assert (target.parent / "streamnova-files").is_dir()
    assert str(target) in window.statusBar().currentMessage()
    new_id = services.import_case_file(target)
    assert len(services.case_detail(new_id).evidence) == 4


def test_cancelling_the_case_file_export_keeps_nothing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    target = tmp_path / "exported" / "streamnova.json"
    target.parent.mkdir()
    copying = threading.Event()
    may_go_on = threading.Event()
    real_open = services._store.vault.open

    def slow_open(sha256: str):  # type: ignore[no-untyped-def]
        copying.set()
        may_go_on.wait(10)
        return real_open(sha256)

    monkeypatch.setattr(services._store.vault, "open", slow_open)
    worker = window.cases.write_case_file(sample_case, target)
    assert copying.wait(10)  # the worker is copying the first file; the window is free
    assert window.cases.export_case_action.isEnabled() is False
    with qtbot.waitSignal(window.runner.cancelled, timeout=10_000):
        worker.cancel()
        may_go_on.set()
    assert list(target.parent.iterdir()) == []
    assert "nothing was kept" in window.statusBar().currentMessage()
    assert window.cases.export_case_action.isEnabled()


@pytest.mark.parametrize("answer", ["Cancel", "Yes"])
def test_deleting_for_good_asks_first(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    item = services.case_detail(sample_case).evidence[1]
    vault_file = services._store.vault.path_of(item.sha256)
    services.trash_evidence(item.id or 0)
    asked: list[str] = []

    def reply(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "warning", reply)
    dialog = evidence_trash_dialog(services, sample_case, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "cannot be undone" in asked[0] and item.title in asked[0]
    if answer == "Cancel":
        assert dialog.list.count() == 1 and vault_file.exists()
        assert services.evidence_trash(sample_case)[0].id == item.id
    else:
        assert dialog.list.count() == 0 and not vault_file.exists()
        assert services.evidence_trash(sample_case) == []
        assert services.verify().ok


# ---------------------------------------------------------------------- what each change says


@pytest.fixture
def english() -> Iterator[None]:
    """The window in British English, whatever the machine's locale: the messages name days."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _day(day: date) -> str:
    """How the window names a day: "5 October 2026", as the pack and the letters of its language."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]  # fmt: skip
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _chat_with_a_promise(services: Services, case_id: int) -> tuple[int, int]:
    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction

    contact_id, task_id = services.log_communication(
        case_id,
        Communication(
            at=datetime(date.today().year, 10, 5, 14, 30, tzinfo=timezone(timedelta(hours=2))),
            channel=Channel.CHAT,
            direction=Direction.INCOMING,
            summary="Promised a refund within 14 days.",
            promised_action="Refund 35.98 EUR",
            promised_by=date.today() + timedelta(days=3),
        ),
    )
    assert task_id is not None
    return contact_id, task_id


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def test_trashing_a_contact_says_so_takes_its_promise_and_undo_brings_both_back(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, english: None
) -> None:
    contact_id, task_id = _chat_with_a_promise(services, sample_case)
    qtbot.waitUntil(lambda: task_id in _agenda_tasks(window), timeout=5_000)
    view = window.case_view
    view.show_section("communications")
    table = view.tables["communications"]
    assert view.show_item("communications", contact_id)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    chat = f"Chat of {_day(date(date.today().year, 10, 5))}"
    assert window.statusBar().currentMessage() == (
        f"Moved to the trash: {chat}, with the task of its promise. "
        f"{_keys(window.history.undo_action)} to undo."
    )
    assert contact_id not in [c.id for c in services.case_detail(sample_case).communications]
    assert task_id not in [t.id for t in services.case_detail(sample_case).tasks]
    assert task_id not in _agenda_tasks(window)
    window.grab().save("/tmp/win_status_trash.png")
    assert plain_undo(window) == f"Undo Move “{chat}” to the trash"
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == (
        f"Undone: Move “{chat}” to the trash. {_keys(window.history.redo_action)} to redo."
    )
    assert contact_id in [c.id for c in services.case_detail(sample_case).communications]
    assert task_id in [t.id for t in services.case_detail(sample_case).tasks]
    assert task_id in _agenda_tasks(window)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.redo_action.trigger()
    assert window.statusBar().currentMessage() == (
        f"Redone: Move “{chat}” to the trash. {_keys(window.history.undo_action)} to undo."
    )
    assert task_id not in [t.id for t in services.case_detail(sample_case).tasks]


def plain_undo(window: MainWindow) -> str:
    from desktop_app.ui.shortcuts import plain_text

    return plain_text(window.history.undo_action.text())


def _agenda_tasks(window: MainWindow) -> set[int]:
    agenda = window.case_list.agenda.model
    rows = [agenda.row_at(r) for r in range(agenda.rowCount())]
    return {int(d.rule_id.removeprefix("task:")) for d in rows if d.rule_id.startswith("task:")}


def test_each_change_made_in_the_window_says_what_happened(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, english: None
) -> None:
    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction
    from desktop_app.ui.evidence import case_trash_dialog

    undo = _keys(window.history.undo_action)
    title = "StreamNova Premium billed after cancellation"

    def said() -> str:
        return window.statusBar().currentMessage()

    window.select_case(sample_case)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.duplicate_case_action.trigger()
    assert said() == f"Case duplicated: {title} (copy)."
    copy_id = window.current_case_id()
    assert copy_id is not None
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.archive_case_action.trigger()
    assert said() == f"Archived: {title} (copy). {undo} to undo."
    window.case_list.show_archived.setChecked(True)
    window.select_case(copy_id)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.archive_case_action.trigger()
    assert said() == f"Out of the archive: {title} (copy). {undo} to undo."
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.cases.trash_case_action.trigger()
    assert said() == f"Moved to the trash: {title} (copy). {undo} to undo."
    dialog = case_trash_dialog(services, window)
    dialog.said.connect(window.say)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert said().startswith(f"Restored from the trash: {title} (copy)")

    window.select_case(sample_case)
    moment = datetime(date.today().year, 10, 5, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    due = date.today() + timedelta(days=3)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.records.save_contact(
            sample_case,
            Communication(
                at=moment,
                channel=Channel.PHONE,
                direction=Direction.OUTGOING,
                promised_action="Call back",
                promised_by=due,
            ),
            "Europe/Warsaw",
        )
    assert (
        said() == f"Logged: Phone of {_day(moment.date())}. A task reminds you of the promise on {_day(due)}."
    )
    assert services.last_contact_zone() == "Europe/Warsaw"

    window.case_view.show_section("tasks")
    task = next(t for t in services.case_detail(sample_case).tasks if t.title.startswith("Check: Call back"))
    assert window.case_view.show_item("tasks", task.id or 0)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.records.toggle_done_action.trigger()
    assert said() == f"Done: {task.title}. {undo} to undo."
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert said() == f"Undone: Mark “{task.title}” done. {_keys(window.history.redo_action)} to redo."

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#a33"))
    QApplication.clipboard().setImage(image)
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):  # pasting is a job
        window.evidence.paste_action.trigger()
    pasted = services.case_detail(sample_case).evidence[-1]
    assert said() == f"Added to the evidence: “{pasted.title}”."
    window.grab().save("/tmp/win_status.png")


@pytest.mark.parametrize(("locale_name", "lang"), [("pl_PL", "pl"), ("fr_FR", "fr"), ("en_US", "en")])
def test_the_window_writes_amounts_as_the_pack_does(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, locale_name: str, lang: str
) -> None:
    from decimal import Decimal

    from desktop_app.domain.models import Purchase
    from desktop_app.domain.money import format_money

    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        charge = Purchase(date=date(2026, 10, 3), amount=Decimal("1440.00"), currency="EUR")
        charge_id = services.add_purchase(sample_case, charge)
        written = format_money(Decimal("1440.00"), "EUR", lang)
        assert written != "1440.00 EUR"  # grouped
        assert written in window.records.record_label("purchases", charge_id)
        detail = services.case_detail(sample_case)
        dialog = EvidenceDialog(services, detail, detail.evidence[0], window)
        qtbot.addWidget(dialog)
        entries = [dialog.purchase_box.itemText(i) for i in range(dialog.purchase_box.count())]
        assert any(written in entry for entry in entries)
    finally:
        QLocale.setDefault(before)


def test_log_a_contact_starts_in_the_zone_of_the_case_country_else_the_last_one_used(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    from desktop_app.domain.models import Case, CaseDates, Merchant
    from desktop_app.domain.vocab import Reason

    def case(country: str | None) -> int:
        return services.create_case(
            Case(
                title=f"Case in {country}",
                merchant=Merchant(name="Shop"),
                reason=Reason.DUPLICATE,
                currency="EUR",
                country=country,
                dates=CaseDates(transaction=date(2026, 9, 14)),
            )
        )

    polish, american, unknown = case("PL"), case("US"), case(None)
    dialog = window.records.log_contact_dialog(polish)
    qtbot.addWidget(dialog)
    assert dialog.zone_box.zone_id() == "Europe/Warsaw"
    assert dialog.previous == [] and not dialog.same_button.isEnabled()
    services.set_last_contact_zone("America/Chicago")
    for case_id in (american, unknown):  # several zones, or no country: the last one used
        other = window.records.log_contact_dialog(case_id)
        qtbot.addWidget(other)
        assert other.zone_box.zone_id() == "America/Chicago"

    def check_date(dialog: QDialog) -> None:
        assert isinstance(dialog, AddPurchaseDialog)
        assert dialog.date_edit.date() == date(2026, 9, 14)  # the case's transaction date
        dialog.reject()

    window.select_case(polish)
    opened = when_dialog_opens(qtbot, AddPurchaseDialog, check_date)
    window.records.add_purchase_action.trigger()
    assert opened


def test_the_status_bar_names_days_in_the_windows_language(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    """No Polish translation of the window: its English sentences say "5 October", not "5 października"."""
    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction

    before = QLocale()
    QLocale.setDefault(QLocale("pl_PL"))
    try:
        window.select_case(sample_case)
        moment = datetime(date.today().year, 10, 5, 14, 30, tzinfo=timezone(timedelta(hours=2)))
        with qtbot.waitSignal(window.relay.changed, timeout=10_000):
            window.records.save_contact(
                sample_case, Communication(moment, Channel.PHONE, Direction.OUTGOING), "Europe/Warsaw"
            )
        said = window.statusBar().currentMessage()
        assert f"Logged: Phone of {_day(moment.date())}." == said
        assert "października" not in said
    finally:
        QLocale.setDefault(before)


def test_import_a_case_file_from_the_file_menu_as_a_job(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    case_file = tmp_path / "out" / "streamnova.json"
    case_file.parent.mkdir()
    services.export_case_file(sample_case, case_file)
    before = {c.id for c in services.list_cases()}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(case_file), ""))
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):  # importing is a job
        window.cases.import_action.trigger()
    (new_id,) = {c.id for c in services.list_cases()} - before
    assert window.current_case_id() == new_id
    assert window.statusBar().currentMessage() == f"Case imported: {services.case(new_id).title}."
    assert len(services.case_detail(new_id).evidence) == 4
    assert window.case_view.evidence.rowCount() == 4


def test_a_refused_case_file_says_why_and_adds_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog, QWidget

    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "dossier-case/1", "case": ', encoding="utf-8")
    before = [c.id for c in services.list_cases()]
    said: list[str] = []

    def show_error(_parent: QWidget | None, text: str) -> None:
        said.append(text)

    monkeypatch.setattr(window.runner, "show_error", show_error)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):
        window.cases.import_action.trigger()
    assert len(said) == 1 and str(bad) in said[0]
    assert [c.id for c in services.list_cases()] == before
    assert window.current_case_id() == sample_case


def test_the_welcome_page_adds_the_sample_case_and_shows_it(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    assert window.pages.currentWidget() is window.welcome
    window.welcome.sample_requested.emit()
    (case,) = services.list_cases()
    assert window.pages.currentWidget() is window.splitter and window.current_case_id() == case.id
    assert window.statusBar().currentMessage() == f"The sample case was added: {case.title}."
