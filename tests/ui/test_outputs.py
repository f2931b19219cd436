"""The window's save dialogs: Dossier's own check, the question before replacing, private copies, errors."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app import logs, tempfiles
from desktop_app.services import Services
from desktop_app.ui import unexpected
from desktop_app.ui.letters import LetterDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.outputs import ask_save_path


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    said: dict[str, list[object]] = {"warning": [], "question": [], "options": []}
    reply = {"question": QMessageBox.StandardButton.No}

    def save_name(*args: object) -> tuple[str, str]:
        said["options"].append(args[5] if len(args) > 5 else None)
        return str(said["chosen"][-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said["warning"].append(a[2]))

    def question(*a: object) -> QMessageBox.StandardButton:
        said["question"].append(a[2])
        return reply["question"]

    monkeypatch.setattr(QMessageBox, "question", question)
    said["chosen"] = []
    said["reply"] = [reply]
    return said


def choose(answers: dict[str, list[object]], path: Path, yes: bool = False) -> None:
    answers["chosen"].append(path)
    answers["reply"][0]["question"] = (  # type: ignore[index]
        QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    )


def test_refused_targets_get_a_message_and_no_write(
    qtbot: QtBot, services: Services, answers: dict[str, list[object]], tmp_path: Path
) -> None:
    store = services.data_dir
    os.mkfifo(tmp_path / "pipe.pdf")
    for target in (store / "dossier.db", store / "x.pdf", tmp_path / "pipe.pdf", Path("/dev/null"), tmp_path):
        choose(answers, target)
        assert ask_save_path(None, "Save", tmp_path, "PDF (*.pdf)", what="letter") is None
        assert answers["warning"] and "Nothing was written" in str(answers["warning"][-1])
        assert "--force" not in str(answers["warning"][-1])
    assert answers["question"] == []
    assert answers["options"] and all(
        o == QFileDialog.Option.DontConfirmOverwrite for o in answers["options"]
    )


def test_a_letter_replaces_an_existing_file_only_after_yes(
    qtbot: QtBot, services: Services, sample_case: int, answers: dict[str, list[object]], tmp_path: Path
) -> None:
    dialog = LetterDialog(services, sample_case, tmp_path)
    qtbot.addWidget(dialog)
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"mine")
    choose(answers, target, yes=False)
    dialog._save_clicked()
    assert target.read_bytes() == b"mine" and answers["question"]
    choose(answers, target, yes=True)
    dialog._save_clicked()
    assert target.read_bytes().startswith(b"%PDF")
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_the_pack_dialog_stays_open_on_a_refused_target(
    qtbot: QtBot, services: Services, sample_case: int, answers: dict[str, list[object]], tmp_path: Path
) -> None:
    from desktop_app.ui.pack_export import ExportPackDialog

    dialog = ExportPackDialog(services.case_detail(sample_case), tmp_path, services=services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(services.data_dir / "dossier.keys"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.target is None
    assert answers["warning"]
    (tmp_path / "p.pdf.sha256").write_text("mine")
    dialog.path_edit.setText(str(tmp_path / "p.pdf"))
    choose(answers, tmp_path / "p.pdf", yes=False)
    dialog.accept()
    assert dialog.target is None and "p.pdf.sha256" in str(answers["question"][-1])
    choose(answers, tmp_path / "p.pdf", yes=True)
    dialog.accept()
    assert dialog.target is not None and dialog.target.force


def test_locking_and_closing_remove_the_private_copies(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    view = tempfiles.private_dir("view")
    (view / "copy.pdf").write_bytes(b"plaintext")
    assert services.protection(ask_keyring=False).encrypted
    assert window.store.lock()
    assert not view.exists()
    again = tempfiles.private_dir("view")
    window.close()
    assert not again.exists()


def test_an_unexpected_error_is_logged_and_told(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOSSIER_LOG_DIR", str(tmp_path / "log"))
    logs.setup("gui")
    try:
        reporter = unexpected.Reporter()
        shown: list[str] = []
        reporter.show_box = lambda parent, title, text: shown.append(text)
        unexpected.note_action("E&xport case file…")
        try:
            raise KeyError("QXSECRETTITLE")
        except KeyError:
            reporter.handle(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
        text = shown[0]
        assert "Export case file" in text and "KeyError" in text
        assert "Nothing was lost" in text and str(tmp_path / "log" / "dossier.log") in text
        assert "never sends" in text
        log = (tmp_path / "log" / "dossier.log").read_text(encoding="utf-8")
        assert "KeyError" in log and "Traceback" in log and "QXSECRETTITLE" not in log
    finally:
        logs.shutdown()
