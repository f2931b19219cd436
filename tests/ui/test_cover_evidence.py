"""A case's evidence from the window: adding files from the menu, pasting, the preview of the
selected exhibit (and of one whose file is damaged), editing an exhibit, the evidence trash."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from desktop_app.services import AddEvidenceResult, Services
from desktop_app.ui.evidence import EvidenceDialog, TrashDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ID_ROLE
from tests.ui.test_workspace import when_dialog_opens


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[str]:
    """The file chooser answers ``paths`` (none: the person cancelled); returns its titles asked."""
    asked: list[str] = []

    def answer(parent: object, title: str, *args: object, **kwargs: object) -> tuple[list[str], str]:
        asked.append(title)
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer)
    return asked


def evidence_row(window: MainWindow, evidence_id: int) -> int:
    model = window.case_view.evidence
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == evidence_id:
            return row
    raise AssertionError(f"exhibit {evidence_id} is not listed")


def test_add_evidence_files_from_the_menu_then_the_same_file_again_is_refused(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.select_case(sample_case)
    receipt = tmp_path / "reçu-octobre.txt"
    receipt.write_text("Reçu n° 88 : 12,99 € remboursés ? Non.", encoding="utf-8")
    asked = choose_files(monkeypatch, [receipt])
    before = len(services.case_detail(sample_case).evidence)
    with qtbot.waitSignal(window.evidence.evidence_added, timeout=10_000) as signal:
        window.evidence.add_evidence_action.trigger()
    assert asked == ["Add evidence"]
    result = signal.args[0]
    assert isinstance(result, AddEvidenceResult) and len(result.added) == 1
    evidence = services.case_detail(sample_case).evidence
    assert len(evidence) == before + 1
    stored = next(e for e in evidence if e.original_name == "reçu-octobre.txt")
    assert stored.sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    assert f"Added to the evidence: “{stored.title}”." in window.statusBar().currentMessage()
    assert window.case_view.evidence.rowCount() == before + 1

    # The same file again: nothing is added, and the status bar says why, naming the file.
    with qtbot.waitSignal(window.evidence.evidence_added, timeout=10_000) as again:
        window.evidence.add_evidence_action.trigger()
    assert again.args[0].added == [] and len(again.args[0].skipped) == 1
    assert len(services.case_detail(sample_case).evidence) == before + 1
    message = window.statusBar().currentMessage()
    assert message.startswith("reçu-octobre.txt: ") and "already evidence" in message


def test_a_cancelled_file_chooser_adds_nothing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.select_case(sample_case)
    asked = choose_files(monkeypatch, [])
    before = services.case_detail(sample_case).evidence
    window.evidence.add_evidence_action.trigger()
    assert asked == ["Add evidence"]
    assert not window.runner.busy()
    assert services.case_detail(sample_case).evidence == before


def test_without_a_case_shown_nothing_is_added_or_asked(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.current_case_id() is None  # an empty store: the welcome page
    asked = choose_files(monkeypatch, [tmp_path / "x.txt"])
    window.evidence.add_evidence_files()
    assert asked == []
    assert window.evidence.add_evidence_paths([tmp_path / "x.txt"]) is None
    assert window.evidence.paste_screenshot() is None
    window.evidence.show_evidence_trash()  # no case: no trash window either
    assert QApplication.activeModalWidget() is None
    assert not window.runner.busy() and services.list_cases() == []


def test_pasting_without_an_image_on_the_clipboard_says_so_and_adds_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    QApplication.clipboard().setText("only some text, no picture")
    before = services.case_detail(sample_case).evidence
    window.evidence.paste_action.trigger()
    assert window.statusBar().currentMessage() == "The clipboard holds no image to paste."
    assert not window.runner.busy()
    assert services.case_detail(sample_case).evidence == before
    QApplication.clipboard().clear()


def test_the_preview_follows_the_selected_exhibit_and_says_when_its_file_is_damaged(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    window.case_view.show_section("evidence")
    evidence = services.case_detail(sample_case).evidence
    terms = next(e for e in evidence if e.original_name.endswith(".txt"))
    mail = next(e for e in evidence if e.original_name.endswith(".eml"))
    table = window.case_view.tables["evidence"]
    preview = window.case_view.preview
    table.selectRow(evidence_row(window, terms.id or 0))
    assert preview.currentWidget() is preview.text
    assert "7" in preview.text.toPlainText()  # the terms' article 7, read from the stored file

    # The e-mail's stored file is damaged on disk (a disk error, a hand in the folder).
    vault_file = services._store.vault.path_of(mail.sha256)
    vault_file.write_bytes(b"not what was stored")
    table.selectRow(evidence_row(window, mail.id or 0))
    assert preview.currentWidget() is preview.text
    shown = preview.text.toPlainText()
    assert str(vault_file) in shown and "damaged" in shown  # the file, and why it is not shown
    assert "not what was stored" not in shown  # never the damaged bytes as if they were the file

    table.setCurrentIndex(QModelIndex())  # nothing selected: nothing previewed
    assert preview.currentWidget() is preview.empty


def test_an_exhibit_edited_from_its_row_is_saved_and_undone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    window.case_view.show_section("evidence")
    item = services.case_detail(sample_case).evidence[0]
    table = window.case_view.tables["evidence"]
    row = evidence_row(window, item.id or 0)

    def retitle(dialog: QDialog) -> None:
        assert isinstance(dialog, EvidenceDialog)
        dialog.title_edit.setText("Invoice of 15 September (the charge disputed)")
        dialog.accept()

    opened = when_dialog_opens(qtbot, EvidenceDialog, retitle)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        table.activated.emit(window.case_view.evidence.index(row, 0))
    assert opened
    assert services.evidence_item(item.id or 0).title == "Invoice of 15 September (the charge disputed)"
    assert window.statusBar().currentMessage().startswith("Saved: Invoice of 15 September")
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert services.evidence_item(item.id or 0).title == item.title

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, EvidenceDialog)
        dialog.title_edit.setText("Not kept")
        dialog.reject()

    when_dialog_opens(qtbot, EvidenceDialog, cancel)
    table.activated.emit(window.case_view.evidence.index(row, 0))
    assert services.evidence_item(item.id or 0).title == item.title


def test_the_evidence_trash_from_the_menu_restores_an_exhibit(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    item = services.case_detail(sample_case).evidence[1]
    services.trash_evidence(item.id or 0)
    assert item.id not in [e.id for e in services.case_detail(sample_case).evidence]
    seen: list[str] = []

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        seen.append(dialog.list.item(0).text())
        dialog.restore_button.click()
        dialog.reject()

    opened = when_dialog_opens(qtbot, TrashDialog, restore)
    window.evidence.evidence_trash_action.trigger()
    assert opened and item.title in seen[0]
    assert item.id in [e.id for e in services.case_detail(sample_case).evidence]
    assert window.statusBar().currentMessage().startswith("Restored from the trash: ")
    assert item.title in window.statusBar().currentMessage()
