"""The store from the window: refusals and second thoughts. A restore into a folder that is not
empty, choosers and forms cancelled, a passphrase not given, encryption asked while work runs,
a plain store that cannot be locked, and the idle watch itself."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services import Services, Unlock
from desktop_app.ui.idle import IdleWatcher, idle_minutes
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.security import BackupDialog
from desktop_app.ui.unlock import NewPassphraseDialog, UnlockDialog
from tests.ui.test_workspace import when_dialog_opens

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's message boxes said (each answered OK)."""
    said: list[str] = []

    def warning(*args: object) -> QMessageBox.StandardButton:
        said.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def files_of(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_restore_into_a_folder_that_is_not_empty_is_refused_and_changes_nothing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    backup = services.backup(tmp_path / "mine.dossier-backup").path
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("my own notes", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    for folder in (occupied, services.data_dir):  # another's files, or this very store
        before = files_of(folder)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, f=folder, **k: str(f))
        window.store.restore_action.trigger()
        assert not window.runner.busy()
        assert warnings[-1] == f"{folder} is not empty: choose a new or empty folder. Nothing was changed."
        assert files_of(folder) == before
    assert len(warnings) == 2
    assert [c.id for c in services.list_cases()] == [sample_case]


def test_restore_choosers_cancelled_restore_nothing(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = services.backup(tmp_path / "mine.dossier-backup").path
    folders: list[str] = []
    before = sorted(tmp_path.iterdir())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: folders.append("asked") or "")
    window.store.restore_action.trigger()  # no backup chosen: no folder asked
    assert folders == [] and not window.runner.busy()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    window.store.restore_action.trigger()  # a backup, but no folder
    assert folders == ["asked"] and not window.runner.busy()
    assert sorted(tmp_path.iterdir()) == before  # no folder made, nothing written


def test_a_backup_form_cancelled_writes_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "backups"
    out.mkdir()

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        dialog.path_edit.setText(str(out / "never"))
        dialog.reject()

    opened = when_dialog_opens(qtbot, BackupDialog, cancel)
    assert window.store.back_up() is None
    assert opened and list(out.iterdir()) == []
    assert not window.runner.busy() and not window.store.store_job_running()


def test_a_backups_passphrase_not_given_restores_nothing(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as plain:
        plain.add_sample_case()
        backup = plain.backup(tmp_path / "plain.dossier-backup", PASSPHRASE).path
    with Services.open(tmp_path / "store", interface="test") as services:
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        target = tmp_path / "restored"
        asked: list[str] = []

        def cancel(dialog: QDialog) -> None:
            assert isinstance(dialog, UnlockDialog)
            asked.append(dialog.windowTitle())
            dialog.reject()

        when_dialog_opens(qtbot, UnlockDialog, cancel)
        with qtbot.waitSignal(window.store.store_job_ended, timeout=10_000):
            window.store.start_restore(backup, target, Unlock())
        qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
        assert asked == ["Open the backup"]
        assert window.statusBar().currentMessage() == "Nothing was restored."
        assert not target.exists() or list(target.iterdir()) == []
        window.close()


def test_encrypting_without_a_keyring_and_no_passphrase_given_changes_nothing(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, use_backend
) -> None:  # type: ignore[no-untyped-def]
    use_backend(keyring.backends.fail.Keyring())
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as services:
        case_id = services.add_sample_case()
        before = services.case_detail(case_id)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        reasons: list[str] = []

        def decline(dialog: QDialog) -> None:
            assert isinstance(dialog, NewPassphraseDialog)
            reasons.append(dialog.windowTitle())
            dialog.reject()

        when_dialog_opens(qtbot, NewPassphraseDialog, decline)
        with qtbot.waitSignal(window.store.store_job_ended, timeout=10_000):
            window.store.change_encryption(True)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Nothing was changed.", timeout=5_000)
        assert reasons == ["Protect this store"]
        protection = services.protection(ask_keyring=False)
        assert not protection.encrypted and protection.key_file is None
        assert window.protection_label.text() == "Not encrypted"
        assert services.case_detail(case_id) == before
        window.close()


def test_encryption_is_refused_while_other_work_runs(
    qtbot: QtBot,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as services:
        case_id = services.add_sample_case()
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        copying, release = threading.Event(), threading.Event()
        real_open = services._store.vault.open

        def held_open(sha256: str):  # type: ignore[no-untyped-def]
            copying.set()
            release.wait(10)
            return real_open(sha256)

        monkeypatch.setattr(services._store.vault, "open", held_open)
        out = tmp_path / "exported"
        out.mkdir()
        window.cases.write_case_file(case_id, out / "case.json")
        assert copying.wait(10) and window.busy()
        assert window.store.change_encryption(True) is None
        assert warnings == ["Wait for the work under way to end, or cancel it, first."]
        with qtbot.waitSignal(window.runner.ended, timeout=10_000):
            release.set()
        assert not services.protection(ask_keyring=False).encrypted
        assert (out / "case.json").is_file()  # the work under way went on to its end
        window.close()


def test_a_plain_store_is_not_locked(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        assert not window.store.lock_action.isEnabled()
        assert "encrypted store can be locked" in window.store.lock_action.toolTip()
        assert window.store.lock() is False
        assert not window.locked and not services.locked
        assert window.screens.currentWidget() is window.main_area
        assert not window.store.idle.active()  # nothing to lock after a while either
        window.close()


def test_the_idle_watch_counts_input_and_stops_at_zero(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    watcher.start(10_000)
    assert watcher.active() and watcher.interval() == 10_000
    watcher.start(0)  # never
    assert not watcher.active()
    watcher.start(-5)
    assert not watcher.active()
    with qtbot.waitSignal(watcher.idle, timeout=2_000):
        watcher.start(20)
    watcher.stop()
    assert not watcher.active()
    assert idle_minutes("30") == 30 and idle_minutes(None) == 15 and idle_minutes("soon") == 15
    assert idle_minutes("-3") == 0 and idle_minutes(str(10**6)) == 24 * 60
