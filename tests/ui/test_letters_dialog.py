"""The letter dialog: only the kinds that fit the case, the others explained; the drafted letter
edited, saved as PDF and as text as edited; "Mark as sent…" logging the contact and the PDF
(undoable); all of it by keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import Payment
from desktop_app.domain.vocab import LETTER_KINDS, Channel, EvidenceKind, LetterDelivery
from desktop_app.services import Services, Subject
from desktop_app.ui.letter_sent import MarkSentDialog
from desktop_app.ui.letters import LetterDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ID_ROLE
from tests.support.pdf import flat_text


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path) -> LetterDialog:
    shown = LetterDialog(services, sample_case, tmp_path)
    qtbot.addWidget(shown)
    return shown


def _items(dialog: LetterDialog) -> list[tuple[str, bool, str]]:
    model = dialog.kind_box.model()
    assert isinstance(model, QStandardItemModel)
    return [
        (str(dialog.kind_box.itemData(i)), model.item(i).isEnabled(), model.item(i).toolTip())
        for i in range(dialog.kind_box.count())
    ]


def test_only_the_kinds_that_fit_can_be_chosen_and_the_others_say_why(
    dialog: LetterDialog, services: Services, sample_case: int
) -> None:
    fits = {fit.kind: fit for fit in services.letter_kinds(sample_case)}
    items = _items(dialog)
    assert [kind for kind, _, _ in items] == list(LETTER_KINDS)
    for kind, enabled, tip in items:
        assert enabled is fits[kind].fits
        assert tip == fits[kind].why
    # The sample case is a French consumer's Visa card: a chargeback fits, a SEPA refund or FCBA do not.
    enabled = {kind for kind, on, _ in items if on}
    assert {"issuer-dispute", "merchant-complaint", "bank-complaint"} <= enabled
    assert not {"sepa-refund", "fcba", "reg-e", "section-75"} & enabled
    assert dialog.kind() in enabled
    shown = dialog.others.text()
    not_offered = sum(1 for _, on, _ in items if not on)
    assert f"Why are {not_offered} letters not offered?" in dialog.why_button.text()
    assert dialog.why_button.isVisibleTo(dialog) and not dialog.others.isVisibleTo(dialog)
    dialog.why_button.click()
    assert dialog.others.isVisibleTo(dialog)
    for kind, on, _ in items:
        if not on:
            assert fits[kind].why in shown
    assert "does not fit" in dialog.kind_box.itemText(dialog.kind_box.findData("fcba"))


def test_the_keys_never_land_on_a_kind_that_does_not_fit(qtbot: QtBot, dialog: LetterDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_box.setFocus()
    enabled = {kind for kind, on, _ in _items(dialog) if on}
    seen = set()
    for key in [Qt.Key.Key_Down] * 12 + [Qt.Key.Key_Up] * 12 + [Qt.Key.Key_End, Qt.Key.Key_Home]:
        qtbot.keyClick(dialog.kind_box, key)
        seen.add(dialog.kind())
    assert seen == enabled


def test_the_language_is_the_cases_and_the_draft_is_its_letter(
    dialog: LetterDialog, services: Services, sample_case: int
) -> None:
    assert dialog.lang() == "fr"  # the sample case is French, as `dossier letter` and the pack default
    expected = services.letter(sample_case, dialog.kind(), "fr")
    assert dialog.edited_text() == expected.text  # its no-break spaces too
    assert not dialog.text.isReadOnly() and not dialog.edited()


def test_the_pdf_and_the_text_are_what_was_edited(qtbot: QtBot, dialog: LetterDialog, tmp_path: Path) -> None:
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    dialog.text.insertPlainText("\nPost-scriptum écrit à la main : merci de répondre par écrit.")
    assert dialog.edited()
    pdf = dialog.save_pdf(tmp_path / "letter.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert "Post-scriptum écrit à la main" in flat_text(pdf)
    txt = dialog.save_text(tmp_path / "letter.txt")
    assert txt is not None
    assert txt.read_text("utf-8").rstrip("\n") == dialog.edited_text().rstrip("\n")
    assert (txt.stat().st_mode & 0o777) == 0o600
    assert "letter.txt" in dialog.note.text()
    # an amount's no-break spaces stay in what is saved, so that it never breaks across lines
    dialog.text.setPlainText("Montant : 1\u00a0200,00\u00a0€\nSecond line")
    assert dialog.edited_text() == "Montant : 1\u00a0200,00\u00a0€\nSecond line"
    again = dialog.save_text(tmp_path / "amount.txt")
    assert again is not None and again.read_text("utf-8") == "Montant : 1\u00a0200,00\u00a0€\nSecond line\n"


def test_an_existing_text_file_is_kept_without_yes(
    dialog: LetterDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.txt"
    target.write_text("mine")
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    def question(*a: object) -> QMessageBox.StandardButton:
        asked.append(str(a[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog._save_text_clicked()
    assert target.read_text() == "mine" and asked
    assert dialog.save_text(target) is None  # without force: refused, said in the dialog
    assert target.read_text() == "mine" and "exists" in dialog.note.text()


def test_another_kind_asks_before_the_edits_are_lost(
    dialog: LetterDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: reply[0])
    dialog.text.setPlainText("my own letter")
    first = dialog.kind()
    other = dialog.kind_box.findData("bank-complaint")
    dialog.kind_box.setCurrentIndex(other)
    assert dialog.kind() == first and dialog.text.toPlainText() == "my own letter"
    reply[0] = QMessageBox.StandardButton.Yes
    dialog.kind_box.setCurrentIndex(other)
    assert dialog.kind() == "bank-complaint" and dialog.text.toPlainText() != "my own letter"


def test_mark_as_sent_logs_the_contact_and_keeps_the_pdf(
    dialog: LetterDialog, services: Services, sample_case: int
) -> None:
    seen: list[Subject] = []
    services.subscribe(lambda change: seen.append(change.subject))
    dialog.text.setPlainText(dialog.edited_text() + "\nEnvoyé en recommandé avec accusé de réception.")
    sent = dialog.mark_sent(date(2026, 11, 20), LetterDelivery.REGISTERED_POST, "1A 234 567 8901 2")
    assert sent is not None
    contact = services.communication(sent.communication_id)
    assert contact.channel is Channel.LETTER and contact.delivery is LetterDelivery.REGISTERED_POST
    assert contact.reference == "1A 234 567 8901 2"
    assert contact.body is not None and "Envoyé en recommandé" in contact.body
    item = services.evidence_item(sent.evidence_id)
    assert item.kind is EvidenceKind.LETTER and item.communication_id == sent.communication_id
    assert {Subject.CONTACT, Subject.EVIDENCE} <= set(seen)
    assert "Marked as sent" in dialog.note.text()


def test_mark_as_sent_in_the_window_is_undone_and_redone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    letter = LetterDialog(services, sample_case, tmp_path, window, history=window.history)
    qtbot.addWidget(letter)
    sent = letter.mark_sent(date(2026, 11, 20), LetterDelivery.EMAIL)
    assert sent is not None
    ids = lambda: (  # noqa: E731
        {c.id for c in services.case_detail(sample_case).communications},
        {e.id for e in services.case_detail(sample_case).evidence},
    )
    contacts, evidence = ids()
    assert sent.communication_id in contacts and sent.evidence_id in evidence
    assert "Mark" in window.history.undo_action.text()
    window.history.undo()
    contacts, evidence = ids()
    assert sent.communication_id not in contacts and sent.evidence_id not in evidence
    window.history.redo()
    contacts, evidence = ids()
    assert sent.communication_id in contacts and sent.evidence_id in evidence
    window.select_case(sample_case)
    window.case_view.show_section("communications")
    model = window.case_view.tables["communications"].model()

    def rows() -> list[object]:
        return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount(QModelIndex()))]

    qtbot.waitUntil(lambda: sent.communication_id in rows(), timeout=5_000)
    window.history.undo()  # the window's case page shows what the store holds
    qtbot.waitUntil(lambda: sent.communication_id not in rows(), timeout=5_000)


def test_a_refused_mark_is_said_in_the_dialog_and_keeps_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    letter = LetterDialog(services, sample_case, tmp_path, window, history=window.history)
    qtbot.addWidget(letter)
    before = services.case_detail(sample_case)
    letter.text.setPlainText("   ")
    assert letter.mark_sent(date(2026, 11, 20), LetterDelivery.POST) is None
    assert "empty" in letter.note.text()
    assert not window.history.undo_stack.canUndo()
    after = services.case_detail(sample_case)
    assert len(after.communications) == len(before.communications)
    assert len(after.evidence) == len(before.evidence)


def test_the_sent_form_asks_the_day_how_and_the_tracking_number(qtbot: QtBot) -> None:
    form = MarkSentDialog(today=date(2026, 12, 1))
    qtbot.addWidget(form)
    assert form.sent_on() == date(2026, 12, 1) and form.ok_button.isEnabled()
    assert [
        form.delivery_box.itemData(i) for i in range(form.delivery_box.count())
    ] == LetterDelivery.values()
    form.date_edit.set_date(date(2026, 12, 5))
    assert not form.ok_button.isEnabled() and "after today" in form.error.text()
    form.date_edit.edit.setText("")
    assert not form.ok_button.isEnabled()
    form.date_edit.edit.setText("2026-11-28")
    assert form.ok_button.isEnabled()
    form.reference_edit.setText("  RR 123 456 789 FR ")
    assert form.reference() == "RR 123 456 789 FR" and form.sent_on() == date(2026, 11, 28)


def test_a_letter_with_a_fact_to_fill_in_is_not_marked_without_yes(
    qtbot: QtBot, dialog: LetterDialog, services: Services, sample_case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(*a: object) -> QMessageBox.StandardButton:
        asked.append(str(a[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.text.setPlainText("Madame, Monsieur,\n\nLe [à compléter], j'ai été débité.")
    before = len(services.case_detail(sample_case).communications)
    dialog._mark_sent_clicked()  # No: the form is not even shown
    assert asked and "[à compléter]" in asked[0]
    assert "Fill in" in dialog.note.text()
    assert len(services.case_detail(sample_case).communications) == before


def test_mark_as_sent_by_keyboard_alone(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    tmp_path: Path,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter = LetterDialog(services, sample_case, tmp_path, window)
    qtbot.addWidget(letter)
    # the sample case has no bank address: the letter says "[à compléter]", and Yes sends it as it is
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    letter.show()
    qtbot.waitExposed(letter)
    letter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is letter, timeout=5_000)
    before = len(services.case_detail(sample_case).communications)
    answered: list[bool] = []

    def fill_the_form() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, MarkSentDialog) or QApplication.activeWindow() is not form:
            QTimer.singleShot(20, fill_the_form)
            return
        try:
            assert QApplication.focusWidget() is form.date_edit.edit  # the date first, today in it
            qtbot.keyClick(form.date_edit.edit, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &How
            assert QApplication.focusWidget() is form.delivery_box
            qtbot.keyClick(form.delivery_box, Qt.Key.Key_Down)
            qtbot.keyClick(form.delivery_box, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tracking
            assert QApplication.focusWidget() is form.reference_edit
            qtbot.keyClicks(form.reference_edit, "RR 1")
            answered.append(True)
            qtbot.keyClick(form.reference_edit, Qt.Key.Key_Return)
        finally:
            if form.isVisible():  # a failed check: the form closes, the test fails on it
                form.reject()

    QTimer.singleShot(20, fill_the_form)  # the form runs its own loop until it is closed
    qtbot.keyClick(letter.kind_box, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Mark as sent…
    # (a button's mnemonic clicks it a moment later; the form then runs its own loop)
    qtbot.waitUntil(
        lambda: len(services.case_detail(sample_case).communications) == before + 1, timeout=5_000
    )
    assert answered
    contact = max(services.case_detail(sample_case).communications, key=lambda c: c.id or 0)
    assert contact.delivery is LetterDelivery.POST and contact.reference == "RR 1"
    # Every button of the dialog can be reached by its letter, and the letter's text by Alt+E.
    buttons = {b.text().replace("&&", "") for b in letter.findChildren(QPushButton)}
    assert {"&Copy the text", "&Save as PDF…", "Save as te&xt…", "&Mark as sent…"} <= buttons
    letter.activateWindow()  # back from the form
    qtbot.waitUntil(lambda: QApplication.activeWindow() is letter, timeout=5_000)
    qtbot.keyClick(letter.kind_box, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is letter.text
    qtbot.keyClick(letter.text, Qt.Key.Key_Tab)  # Tab leaves the letter instead of typing a tab
    assert QApplication.focusWidget() is not letter.text
    assert "\t" not in letter.text.toPlainText()


def test_the_dialog_is_a_dialog_that_closes_with_escape(qtbot: QtBot, dialog: LetterDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.kind_box, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


@pytest.mark.parametrize(
    ("country", "payment", "offered", "not_offered", "lang"),
    [
        (
            "PL",
            Payment(method="direct_debit"),
            {"sepa-refund", "merchant-complaint"},
            {"issuer-dispute", "fcba"},
            "pl",
        ),
        (
            "US",
            Payment(method="card", network="visa", last4="4417", card_kind="credit"),
            {"fcba"},
            {"reg-e", "sepa-refund", "section-75"},
            "en",
        ),
        (
            "GB",
            Payment(method="card", network="visa", last4="4417", card_kind="credit"),
            {"section-75", "fos-referral"},
            {"fcba", "sepa-refund"},
            "en",
        ),
    ],
)
def test_each_case_is_offered_its_own_letters(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    tmp_path: Path,
    country: str,
    payment: Payment,
    offered: set[str],
    not_offered: set[str],
    lang: str,
) -> None:
    services.update_case(replace(services.case(sample_case), country=country, payment=payment))
    letter = LetterDialog(services, sample_case, tmp_path)
    qtbot.addWidget(letter)
    enabled = {kind for kind, on, _ in _items(letter) if on}
    assert offered <= enabled and not (not_offered & enabled)
    assert letter.lang() == lang and letter.kind() in enabled
    assert letter.letter is not None and letter.edited_text() == letter.letter.text
    for kind in not_offered:
        assert kind in {k for k, on, _ in _items(letter) if not on}


def test_the_windows_letter_dialog_marks_on_the_windows_undo_history(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    letter = window.packs.write_letter()
    assert isinstance(letter, LetterDialog)  # deleted when closed
    assert letter.history is window.history
    sent = letter.mark_sent(date(2026, 11, 20), LetterDelivery.PORTAL, "TCK-1")
    assert sent is not None and window.history.undo_action.isEnabled()
    window.history.undo_action.trigger()
    assert sent.evidence_id in {e.id for e in services.evidence_trash(sample_case)}
    letter.close()
