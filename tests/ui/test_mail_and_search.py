"""E-mails in, and finding anything, from the window."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import EmailImportResult, Job, Services
from desktop_app.ui.mail_import import MailChooser
from desktop_app.ui.main_window import MainWindow
from tests.support import mail
from tests.support.drag import drag_enter_event


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = drag_enter_event(point, mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))


def test_dropping_an_eml_logs_the_message_with_its_attachment(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "factura.eml"
    path.write_bytes(mail.multipart_with_pdf_and_inline_image())
    before = window.case_view.communications.rowCount()
    with qtbot.waitSignal(window.mail.mail_imported, timeout=20_000) as imported:
        drop(window, [path])
    result = imported.args[0]
    assert len(result.imported) == 1 and result.imported[0].attachments == 1
    assert window.case_view.communications.rowCount() == before + 1
    names = {
        window.case_view.evidence.row_at(r).original_name for r in range(window.case_view.evidence.rowCount())
    }
    assert {"factura.eml", "factura-FAC-77.pdf"} <= names


def test_choose_messages_of_an_mbox_then_import_them(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    messages = [mail.simple(n) for n in range(1, 31)]
    messages += [mail.simple(n, sender="biuro@sklep.example.pl", subject="Zwrot Łódź") for n in range(31, 36)]
    path = tmp_path / "takeout.mbox"
    path.write_bytes(mail.mbox(messages))
    chooser = window.mail.import_mail_paths([path])
    assert isinstance(chooser, MailChooser)
    qtbot.waitUntil(lambda: not chooser.reading(), timeout=20_000)
    assert chooser.table.rowCount() == 35 and len(chooser.chosen()) == 35
    chooser.sender_edit.setText("sklep.example.pl")
    with qtbot.waitSignal(chooser.loaded, timeout=20_000):
        qtbot.mouseClick(chooser.apply_button, Qt.MouseButton.LeftButton)
    assert chooser.table.rowCount() == 5
    chooser.table.item(4, 0).setCheckState(Qt.CheckState.Unchecked)
    assert "4 ticked" in chooser.status.text()
    before = window.case_view.communications.rowCount()
    with qtbot.waitSignal(window.mail.mail_imported, timeout=20_000) as imported:
        qtbot.mouseClick(chooser.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert len(result.imported) == 4 and result.left_out == 31
    assert window.case_view.communications.rowCount() == before + 4
    subjects = {c.subject for c in services.case_detail(sample_case).communications}
    assert "Zwrot Łódź #31" in subjects and "Zwrot Łódź #35" not in subjects


def test_stopping_an_import_keeps_whole_messages(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "many.eml"
    path.write_bytes(mail.simple(1))
    # Stop is pressed while the first message is being stored (the import is a job on a worker now).
    started = threading.Event()
    jobs: list[Job[EmailImportResult]] = []
    real_put_stream = services._store.vault.put_stream

    def put_stream_then_stop(*args: Any, **kwargs: Any) -> Any:
        assert started.wait(30)
        stored = real_put_stream(*args, **kwargs)
        jobs[0].cancel()
        return stored

    monkeypatch.setattr(services._store.vault, "put_stream", put_stream_then_stop)
    with qtbot.waitSignal(window.mail.mail_imported, timeout=20_000) as imported:
        importer = window.mail._start_mail_import(sample_case, [path, path], None)
        assert importer is not None
        jobs.append(importer)
        started.set()
    assert imported.args[0].stopped and services.verify().ok


def test_search_all_cases_from_the_toolbar_and_open_a_hit(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.case_view.show_section("evidence")
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "lodz")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.hit_rows()
    assert rows and any("Łodzi" in words for _label, words in rows)
    assert "<b>Łodzi</b>" in dialog.snippet.text()
    with qtbot.waitSignal(dialog.searched, timeout=5_000):
        dialog.query_edit.setText("zielinska przelozona")
    assert any("Zielińska" in words and "przełożona" in words for _label, words in dialog.hit_rows())
    dialog.results.setFocus()
    current = dialog.results.currentItem()
    assert current is not None
    dialog.results.itemActivated.emit(current, 0)
    assert window.case_view.current_section() == "communications"
    selected = window.case_view.tables["communications"].currentIndex()
    chosen = window.case_view.communications.row_at(
        window.case_view.tables["communications"].model().mapToSource(selected).row()
    )
    assert chosen.representative is not None and "Zielińska" in chosen.representative
