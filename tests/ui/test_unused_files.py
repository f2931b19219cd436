"""The evidence trash's "Files no record names…": listed first, removed only once confirmed (issue 13)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.evidence import UnusedFilesDialog, evidence_trash_dialog
from desktop_app.ui.main_window import MainWindow


def test_the_trash_offers_the_files_no_record_names(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[UnusedFilesDialog] = []
    monkeypatch.setattr(UnusedFilesDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = evidence_trash_dialog(services, sample_case, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unused_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.unused_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert opened[0].list.count() == 0 and not opened[0].remove_button.isEnabled()


@pytest.mark.parametrize("answer", ["Cancel", "Yes"])
def test_unused_files_are_listed_then_removed_only_when_confirmed(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    orphan = services._store.vault.put_stream(io.BytesIO(b"left by a killed import"), name="x").sha256
    named = {e.sha256 for e in services.case_detail(sample_case).evidence}
    asked: list[str] = []

    def reply(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "warning", reply)
    dialog = UnusedFilesDialog(services, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and orphan in dialog.list.item(0).text()
    assert not asked, "listing asks nothing and removes nothing"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "cannot be undone" in asked[0]
    if answer == "Cancel":
        assert services._store.vault.contains(orphan) and dialog.list.count() == 1
    else:
        assert not services._store.vault.contains(orphan) and dialog.list.count() == 0
    assert all(services._store.vault.contains(sha) for sha in named)
    assert services.verify().ok
