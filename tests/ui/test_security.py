"""Encryption in the window: unlocking at start, the recovery key, locking, the Security window,
backups and restore, and the unencrypted case bundle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.secrets import SERVICE
from desktop_app.services import Services
from desktop_app.store.keys import KEYS_NAME, KeyFile, Unlock
from desktop_app.ui.app import Session
from desktop_app.ui.letters import LetterDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.opening import StoreOpener
from desktop_app.ui.security import BackupDialog, SecurityDialog
from desktop_app.ui.unlock import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog, typed_unlock
from tests.ui.test_workspace import when_dialog_opens

TITLE = "StreamNova Premium billed after cancellation"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No system keyring works on this computer (the "fail" backend, which Dossier refuses)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def forget_key(data_dir: Path) -> None:
    """The keyring no longer holds the store's key (another computer, a wiped keychain)."""
    store_id = KeyFile.read(data_dir / KEYS_NAME).store_id
    keyring.delete_password(SERVICE, store_id)


def make_store(data_dir: Path, *, passphrase: str | None = None, sample: bool = True) -> str:
    """An encrypted store with the sample case; returns its recovery key."""
    with Services.open(data_dir, interface="test") as services:
        key = services.protection(ask_keyring=False).new_recovery_key
        assert key
        if sample:
            services.add_sample_case()
        if passphrase:
            services.set_passphrase(passphrase)
    return key


def item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found: list[str] = []

    def walk(parent):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if value is not None:
                        found.append(str(value))
            walk(model.index(row, 0, parent))

    walk(model.index(-1, -1))
    return found


def visible_text(window: QMainWindow) -> str:
    """Every piece of text a person could see now: in any visible window, widget, list, menu or title."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.windowTitle(), widget.toolTip()]
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
            if isinstance(widget, QLineEdit):
                texts.append(widget.placeholderText())
            if isinstance(widget, QPlainTextEdit | QTextEdit):
                texts.append(widget.toPlainText())
            if isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            if isinstance(widget, QTabBar):
                texts += [widget.tabText(i) for i in range(widget.count())]
            if isinstance(widget, QAbstractItemView):
                texts += item_texts(widget)
    for menu_action in window.menuBar().actions():
        if menu_action.isVisible():
            texts.append(menu_action.text())
            menu = menu_action.menu()
            if menu is not None:
                texts += [a.text() for a in menu.actions() if a.isVisible()]
    texts.append(window.statusBar().currentMessage())
    return "\n".join(texts)


# --------------------------------------------------------------------------- typed secrets


def test_what_is_typed_is_a_recovery_key_or_a_passphrase() -> None:
    key = "ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE"
    with pytest.raises(Exception, match=r"typo|recovery key"):
        typed_unlock(key)  # the right shape, a wrong check: said at once, nothing tried
    assert typed_unlock(PASSPHRASE).passphrase == PASSPHRASE
    unlock = typed_unlock(PASSPHRASE, remember=True, use_keyring=False)
    assert unlock.remember and not unlock.use_keyring


# --------------------------------------------------------------------------- opening at start


def test_unlock_dialog_says_a_wrong_passphrase_then_opens_with_the_right_one(
    qtbot: QtBot, data_dir: Path
) -> None:
    make_store(data_dir, passphrase=PASSPHRASE)
    forget_key(data_dir)
    opener = StoreOpener(data_dir)
    opened: list[Services] = []
    opener.opened.connect(opened.append)
    opener.start()
    qtbot.waitUntil(
        lambda: opener.unlock_dialog is not None and opener.unlock_dialog.isVisible(), timeout=5000
    )
    dialog = opener.unlock_dialog
    assert dialog is not None
    assert "encrypted" in dialog.message.text()
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.edit, "not my passphrase")
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_box.click()
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "does not open" in dialog.error.text()
    assert dialog.isVisible() and not dialog.checking() and not opened
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, PASSPHRASE)
    dialog.remember_box.setChecked(True)
    with qtbot.waitSignal(opener.opened, timeout=5000):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    services = opened[0]
    try:
        assert services.protection(ask_keyring=False).opened_by == "passphrase"
        assert [c.title for c in services.list_cases()] == [TITLE]
        assert services.protection().key_in_keyring  # "Remember on this computer"
    finally:
        services.close()
    assert not dialog.isVisible()


def test_the_recovery_key_opens_a_store_without_passphrase(qtbot: QtBot, data_dir: Path) -> None:
    key = make_store(data_dir)
    forget_key(data_dir)
    opener = StoreOpener(data_dir)
    opened: list[Services] = []
    opener.opened.connect(opened.append)
    opener.start()
    qtbot.waitUntil(lambda: opener.unlock_dialog is not None, timeout=5000)
    dialog = opener.unlock_dialog
    assert dialog is not None and not dialog.has_passphrase
    assert "recovery key" in dialog.message.text()
    qtbot.keyClicks(dialog.edit, "not a key")  # no passphrase to try: said at once
    dialog.submit()
    assert dialog.error.isVisible() and not dialog.checking()
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, key.lower().replace("-", " "))  # as typed from paper
    with qtbot.waitSignal(opener.opened, timeout=5000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    try:
        assert opened[0].protection(ask_keyring=False).opened_by == "recovery"
        assert not opened[0].protection().key_in_keyring  # not asked to remember
    finally:
        opened[0].close()


def test_cancelling_the_unlock_changes_nothing(qtbot: QtBot, data_dir: Path) -> None:
    make_store(data_dir, passphrase=PASSPHRASE)
    forget_key(data_dir)
    before = {p.relative_to(data_dir): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    opener = StoreOpener(data_dir)
    opener.start()
    qtbot.waitUntil(lambda: opener.unlock_dialog is not None, timeout=5000)
    dialog = opener.unlock_dialog
    assert dialog is not None
    with qtbot.waitSignal(opener.cancelled, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    after = {p.relative_to(data_dir): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    assert after.keys() == before.keys()
    assert after[Path(KEYS_NAME)] == before[Path(KEYS_NAME)]


def test_a_new_store_without_keyring_asks_a_passphrase_twice_then_shows_the_recovery_key(
    qtbot: QtBot, data_dir: Path, settings: QSettings, no_keyring: None
) -> None:
    session = Session(data_dir, sample_if_empty=True, settings=settings)
    shown: list[MainWindow] = []
    session.window_shown.connect(shown.append)
    session.start()
    qtbot.waitUntil(
        lambda: session.opener is not None and session.opener.passphrase_dialog is not None, timeout=5000
    )
    assert session.opener is not None
    dialog = session.opener.passphrase_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Protect your new dossier"
    assert not data_dir.exists() or not (data_dir / KEYS_NAME).exists()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClicks(dialog.second, PASSPHRASE + "!")
    assert not dialog.ok_button.isEnabled() and "differ" in dialog.error.text()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Backspace)
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: session.recovery_dialog is not None and session.recovery_dialog.isVisible(), timeout=5000
    )
    recovery = session.recovery_dialog
    assert recovery is not None and not shown  # the key comes before the window
    assert recovery.note.isVisible() and "passphrase only" in recovery.note.text()
    assert not recovery.close_button.isEnabled()
    recovery.kept_box.setChecked(True)
    with qtbot.waitSignal(session.window_shown, timeout=5000):
        qtbot.mouseClick(recovery.close_button, Qt.MouseButton.LeftButton)
    window = shown[0]
    qtbot.addWidget(window)
    services = session.services
    assert services is not None
    try:
        protection = services.protection(ask_keyring=False)
        assert protection.encrypted and protection.opened_by == "new"
        assert protection.key_file is not None and protection.has_passphrase
        assert [c.title for c in services.list_cases()] == [TITLE]  # --sample-if-empty
        ended: list[int] = []
        session.ended.connect(ended.append)
        window.close()
        assert ended == [0]
    finally:
        session.close()
    # The next start asks for that passphrase, which opens it.
    with Services.open(data_dir, interface="test", unlock=Unlock(passphrase=PASSPHRASE)) as again:
        assert again.protection(ask_keyring=False).opened_by == "passphrase"


def test_an_existing_store_opens_straight_into_the_window(
    qtbot: QtBot, data_dir: Path, settings: QSettings
) -> None:
    make_store(data_dir)
    session = Session(data_dir, settings=settings)
    with qtbot.waitSignal(session.window_shown, timeout=5000) as shown:
        session.start()
    window = shown.args[0]
    qtbot.addWidget(window)
    try:
        assert session.recovery_dialog is None
        assert window.case_view.title.text() == TITLE
        assert window.protection_label.text() == "Encrypted"
    finally:
        session.close()


def test_a_store_that_cannot_be_opened_says_why_and_ends(qtbot: QtBot, data_dir: Path) -> None:
    with Services.open(data_dir, interface="test"):  # another Dossier holds it
        session = Session(data_dir)
        failures: list[str] = []
        session.failed.connect(failures.append)
        with qtbot.waitSignal(session.ended, timeout=5000) as ended:
            session.start()
    assert ended.args == [1]
    assert "already open" in failures[0]
    session.close()


# --------------------------------------------------------------------------- the recovery key


def test_the_recovery_key_dialog_closes_only_once_the_key_is_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE"
    dialog = RecoveryKeyDialog(key, folder=tmp_path / "store", save_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.key_label.text() == key
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # neither Escape nor the title bar's close lets the key go unseen
    dialog.close()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    target = tmp_path / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = target.read_text(encoding="utf-8")
    assert key in saved and str(tmp_path / "store") in saved
    assert str(target) in dialog.status.text()
    qtbot.keyClick(dialog.kept_box, Qt.Key.Key_Space)  # keyboard only
    assert dialog.kept() and dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --------------------------------------------------------------------------- locking


def test_lock_hides_every_case_and_unlock_brings_them_back(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    search = window.search("lodz")
    assert search.isVisible() and search.hit_rows()
    assert TITLE in visible_text(window)  # the walk sees what is there
    assert window.store.lock_action.isEnabled()
    with qtbot.waitSignal(
        window.store.locked_changed, timeout=5000
    ):  # from the search window, which has the focus
        qtbot.keyClick(
            search.query_edit,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.locked and services.locked
    assert window.screens.currentWidget() is window.lock_screen
    seen = visible_text(window)
    assert TITLE not in seen and "StreamNova" not in seen and "Łódź" not in seen
    assert not search.isVisible() and window.search_dialog is None
    assert not window.cases.new_case_action.isEnabled() and not window.search_edit.isEnabled()
    assert window.windowTitle() == "Dossier (locked)"
    # No passphrase: the keyring opens it, with one click.
    assert not window.lock_screen.edit.isVisible()
    with qtbot.waitSignal(window.store.locked_changed, timeout=5000) as unlocked:
        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert unlocked.args == [False]
    assert not services.locked and window.current_case_id() == sample_case
    assert window.case_view.title.text() == TITLE
    assert TITLE in visible_text(window)
    assert window.cases.new_case_action.isEnabled() and window.windowTitle() == "Dossier"


def test_a_store_with_a_passphrase_unlocks_only_with_it_or_the_recovery_key(
    qtbot: QtBot, data_dir: Path, settings: QSettings
) -> None:
    key = make_store(data_dir, passphrase=PASSPHRASE)
    with Services.open(data_dir, interface="test") as services:
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        window.store.lock()
        screen = window.lock_screen
        assert screen.edit.isVisible()
        window.store.unlock_with("")
        assert "first" in screen.error.text() and services.locked
        window.store.unlock_with("wrong words")
        assert screen.checking()
        qtbot.waitUntil(lambda: not screen.checking(), timeout=5000)
        assert "does not open" in screen.error.text() and services.locked and window.locked
        with qtbot.waitSignal(window.store.locked_changed, timeout=5000):
            window.store.unlock_with(PASSPHRASE)
        assert services.protection(ask_keyring=False).opened_by == "passphrase"
        assert screen.edit.text() == ""  # what was typed is not kept
        window.store.lock()
        with qtbot.waitSignal(window.store.locked_changed, timeout=5000):
            window.store.unlock_with(key)
        assert services.protection(ask_keyring=False).opened_by == "recovery"
        assert window.case_view.title.text() == TITLE
        window.close()


def test_the_window_locks_itself_after_the_minutes_without_use(
    qtbot: QtBot, services: Services, sample_case: int, settings: QSettings
) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    assert (
        window.store.idle_minutes() == 15 and window.store.idle.active()
    )  # the default, for an encrypted store
    window.store.idle_unit_ms = 30  # a "minute" of 30 ms
    window.store.set_idle_minutes(3)
    assert settings.value("security/lockAfterMinutes") in (3, "3")
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert services.locked and TITLE not in visible_text(window)
    assert not window.store.idle.active()  # nothing to count while locked
    with qtbot.waitSignal(window.store.locked_changed, timeout=5000):
        window.store.unlock_with("")
    assert window.store.idle.active()
    window.store.set_idle_minutes(0)  # never
    assert not window.store.idle.active()


def test_input_keeps_the_window_unlocked(
    qtbot: QtBot, services: Services, sample_case: int, settings: QSettings
) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.store.idle_unit_ms = 200
    window.store.set_idle_minutes(1)
    for _ in range(6):  # 6 x 60 ms of typing: longer than the idle time, never idle for it
        qtbot.wait(60)
        qtbot.keyClick(window.case_list.filter_edit, Qt.Key.Key_A)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=2000)


# --------------------------------------------------------------------------- the Security window


def security(qtbot: QtBot, window: MainWindow) -> SecurityDialog:
    dialog = window.store.show_security()
    qtbot.waitUntil(lambda: dialog.protection is not None, timeout=5000)
    return dialog


def test_the_security_window_encrypts_then_decrypts_a_store_and_keeps_its_cases(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as services:
        case_id = services.add_sample_case()
        before = services.case_detail(case_id)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        assert not window.store.lock_action.isEnabled() and window.protection_label.text() == "Not encrypted"
        dialog = security(qtbot, window)
        assert "Not encrypted" in dialog.encrypted_value.text()
        assert dialog.encrypt_button.isEnabled() and not dialog.decrypt_button.isEnabled()
        assert not dialog.passphrase_button.isEnabled()
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        keys: list[str] = []

        def keep(recovery: QDialog) -> None:
            assert isinstance(recovery, RecoveryKeyDialog)
            keys.append(recovery.key)
            recovery.kept_box.setChecked(True)
            recovery.close_button.click()

        when_dialog_opens(qtbot, RecoveryKeyDialog, keep)
        with qtbot.waitSignal(window.store.encryption_changed, timeout=10_000):
            qtbot.mouseClick(dialog.encrypt_button, Qt.MouseButton.LeftButton)
        assert services.protection(ask_keyring=False).encrypted and keys
        assert services.case_detail(case_id).evidence == before.evidence
        assert window.store.lock_action.isEnabled() and window.protection_label.text() == "Encrypted"
        assert window.case_view.title.text() == TITLE
        qtbot.waitUntil(lambda: dialog.decrypt_button.isEnabled(), timeout=5000)
        assert "Encrypted" in dialog.encrypted_value.text()
        assert "Holds the key" in dialog.keyring_value.text()
        warned: list[str] = []

        def confirm(*args: object) -> QMessageBox.StandardButton:
            warned.append(str(args[2]))
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "warning", confirm)
        with qtbot.waitSignal(window.store.encryption_changed, timeout=10_000):
            qtbot.mouseClick(dialog.decrypt_button, Qt.MouseButton.LeftButton)
        assert "plaintext" in warned[0]
        assert (
            not services.protection(ask_keyring=False).encrypted
            and not (services.data_dir / KEYS_NAME).exists()
        )
        assert services.case_detail(case_id).evidence == before.evidence
        assert services.verify().ok
        assert not window.store.lock_action.isEnabled()
        qtbot.waitUntil(lambda: dialog.encrypt_button.isEnabled(), timeout=5000)
        window.close()


def test_encrypting_where_no_keyring_works_asks_for_a_passphrase(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, no_keyring: None
) -> None:
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()

        def protect(dialog: QDialog) -> None:
            assert isinstance(dialog, NewPassphraseDialog)
            dialog.first.setText(PASSPHRASE)
            dialog.second.setText(PASSPHRASE)
            dialog.ok_button.click()

        def keep(dialog: QDialog) -> None:
            assert isinstance(dialog, RecoveryKeyDialog) and "passphrase only" in dialog.note.text()
            dialog.kept_box.setChecked(True)
            dialog.close_button.click()

        when_dialog_opens(qtbot, NewPassphraseDialog, protect)
        when_dialog_opens(qtbot, RecoveryKeyDialog, keep)
        with qtbot.waitSignal(window.store.encryption_changed, timeout=10_000):
            window.store.change_encryption(True)
        protection = services.protection(ask_keyring=False)
        assert protection.encrypted and protection.key_file is not None and protection.has_passphrase
        window.close()


def test_passphrase_set_then_removed_and_a_new_recovery_key(
    qtbot: QtBot, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = security(qtbot, window)
    assert dialog.passphrase_value.text() == "None" and not dialog.remove_passphrase_button.isEnabled()

    def type_twice(form: QDialog) -> None:
        assert isinstance(form, NewPassphraseDialog)
        qtbot.keyClicks(form.first, PASSPHRASE)
        qtbot.keyClicks(form.second, PASSPHRASE)
        qtbot.keyClick(form.second, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, NewPassphraseDialog, type_twice)
    with qtbot.waitSignal(window.store.passphrase_changed, timeout=5000):
        qtbot.mouseClick(dialog.passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.passphrase_value.text() == "Set", timeout=5000)
    assert dialog.remove_passphrase_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.store.passphrase_changed, timeout=5000):
        qtbot.mouseClick(dialog.remove_passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.passphrase_value.text() == "None", timeout=5000)
    old_key_file = (services.data_dir / KEYS_NAME).read_bytes()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    shown: list[str] = []

    def keep(recovery: QDialog) -> None:
        assert isinstance(recovery, RecoveryKeyDialog)
        shown.append(recovery.key)
        recovery.kept_box.setChecked(True)
        recovery.close_button.click()

    when_dialog_opens(qtbot, RecoveryKeyDialog, keep)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert shown and (services.data_dir / KEYS_NAME).read_bytes() != old_key_file
    services.lock()
    services.unlock(Unlock(recovery_key=shown[0], use_keyring=False))
    assert not services.locked


def test_the_idle_minutes_are_set_in_the_security_window(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    dialog = security(qtbot, window)
    dialog.idle_spin.setValue(0)
    assert window.store.idle_minutes() == 0 and not window.store.idle.active()
    assert dialog.idle_spin.text() == "never"
    dialog.idle_spin.setValue(5)
    assert window.store.idle_minutes() == 5 and window.store.idle.interval() == 5 * 60_000


# --------------------------------------------------------------------------- backups and bundles


def test_back_up_then_restore_into_an_empty_folder(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "backups" / "mine"
    out.parent.mkdir()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert not dialog.first.isEnabled()  # an encrypted store's backup needs no passphrase of its own
        assert dialog.ok_button.isEnabled()
        dialog.path_edit.setText(str(out))
        dialog.ok_button.click()

    when_dialog_opens(qtbot, BackupDialog, fill)
    with qtbot.waitSignal(window.store.backup_written, timeout=10_000) as written:
        window.store.backup_action.trigger()
    backup = out.with_name("mine.dossier-backup")
    assert written.args[0].path == backup and backup.exists() and written.args[0].files == 4
    assert window.last_notes is not None and str(backup) in window.last_notes.text()
    window.last_notes.close()

    target = tmp_path / "restored"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    with qtbot.waitSignal(window.store.restored, timeout=10_000):
        window.store.restore_action.trigger()
    assert window.last_notes is not None and "dossier gui --data-dir" in window.last_notes.text()
    with Services.open(target, interface="test") as restored:
        assert [c.title for c in restored.list_cases()] == [TITLE]
        assert restored.protection(ask_keyring=False).encrypted and restored.verify().ok


def test_a_plaintext_stores_backup_needs_its_passphrase_to_restore(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Services.open(tmp_path / "plain", interface="test", unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        backup = tmp_path / "plain.dossier-backup"

        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, BackupDialog)
            dialog.path_edit.setText(str(backup))
            assert not dialog.ok_button.isEnabled()  # a passphrase is needed
            dialog.first.setText(PASSPHRASE)
            dialog.second.setText(PASSPHRASE)
            assert dialog.ok_button.isEnabled()
            dialog.ok_button.click()

        when_dialog_opens(qtbot, BackupDialog, fill)
        with qtbot.waitSignal(window.store.backup_written, timeout=10_000):
            window.store.back_up()
        window.last_notes.close()  # type: ignore[union-attr]
        answers = iter(["wrong words", PASSPHRASE])

        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, UnlockDialog)
            dialog.edit.setText(next(answers))
            dialog.unlock_button.click()

        target = tmp_path / "restored"
        for _ in range(2):
            when_dialog_opens(qtbot, UnlockDialog, answer)
        with qtbot.waitSignal(window.store.restored, timeout=10_000):
            window.store.start_restore(backup, target, Unlock())
        with Services.open(target, interface="test") as restored:
            assert [c.title for c in restored.list_cases()] == [TITLE]
        window.close()


@pytest.mark.parametrize("answer", ["Cancel", "Yes"])
def test_the_case_bundle_warns_first_and_cancel_writes_nothing(
    qtbot: QtBot,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    warned: list[str] = []
    defaults: list[object] = []

    def reply(*args: object) -> QMessageBox.StandardButton:
        warned.append(str(args[2]))
        defaults.append(args[4])
        return getattr(QMessageBox.StandardButton, answer)

    asked: list[str] = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "for-my-lawyer.zip"

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QMessageBox, "warning", reply)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert window.store.bundle_action.isEnabled()
    if answer == "Cancel":
        window.store.bundle_action.trigger()
        assert not asked and list(out.iterdir()) == []
    else:
        with qtbot.waitSignal(window.store.bundle_written, timeout=10_000):
            window.store.bundle_action.trigger()
        assert asked and target.exists()
        assert "NOT encrypted" in window.statusBar().currentMessage()
    assert "NOT encrypted" in warned[0]
    assert defaults == [QMessageBox.StandardButton.Cancel]


def test_open_it_now_switches_the_window_to_the_restored_store(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    make_store(first)
    make_store(second, sample=False)
    session = Session(first, settings=settings)
    with qtbot.waitSignal(session.window_shown, timeout=5000) as shown:
        session.start()
    window = shown.args[0]
    assert window.store.can_switch_store
    with qtbot.waitSignal(session.window_shown, timeout=5000) as again:
        window.store.open_store_requested.emit(second)
    other = again.args[0]
    qtbot.addWidget(other)
    try:
        assert other is not window and session.services is not None
        assert session.services.data_dir == second.resolve() or session.services.data_dir == second
        assert other.pages.currentWidget() is other.welcome
    finally:
        session.close()


def test_the_letter_dialog_is_closed_when_the_store_is_locked(
    qtbot: QtBot, sample_case: int, window: MainWindow
) -> None:
    letter = window.packs.write_letter()
    assert isinstance(letter, LetterDialog) and letter.isVisible()
    assert QApplication.activeModalWidget() is letter
    # As the idle lock does: the letter is window-modal, the menus and keys are not reachable.
    window.store.lock()
    assert QApplication.activeModalWidget() is None
    assert TITLE not in visible_text(window)


def test_locking_stops_the_work_under_way_and_keeps_nothing_of_it(
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
    real_open = services._store.vault.open

    def slow_open(sha256: str):  # type: ignore[no-untyped-def]
        copying.set()
        threading.Event().wait(0.1)
        return real_open(sha256)

    monkeypatch.setattr(services._store.vault, "open", slow_open)
    cancelled: list[bool] = []
    window.runner.cancelled.connect(lambda: cancelled.append(True))
    window.cases.write_case_file(sample_case, target)
    assert copying.wait(10) and window.busy()
    window.store.idle_unit_ms = 1
    window.store.set_idle_minutes(1)
    qtbot.wait(50)
    assert not window.locked  # the idle lock waits for work the person waits for
    window.store.lock_action.trigger()  # a lock by hand does not wait: the work stops, nothing of it is kept
    assert window.locked and services.locked and cancelled
    assert list(target.parent.iterdir()) == []
    window.store.set_idle_minutes(0)
    with qtbot.waitSignal(window.store.locked_changed, timeout=5000):
        window.store.unlock_with("")
    assert window.case_view.title.text() == TITLE


def test_a_form_open_when_the_idle_lock_comes_is_closed_and_saves_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    from desktop_app.ui.forms import NewCaseDialog

    def idle_meanwhile(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        dialog.title_edit.setText("A case typed but not saved")
        window.store.idle_unit_ms = 1
        window.store.set_idle_minutes(1)  # the idle lock comes while the form waits, modal

    when_dialog_opens(qtbot, NewCaseDialog, idle_meanwhile)
    window.cases.new_case_action.trigger()  # returns once the lock has closed the form
    assert window.locked and QApplication.activeModalWidget() is None
    assert "A case typed but not saved" not in visible_text(window)
    window.store.set_idle_minutes(0)
    with qtbot.waitSignal(window.store.locked_changed, timeout=5000):
        window.store.unlock_with("")
    assert [c.title for c in services.list_cases()] == [TITLE]


def test_where_the_keyring_lost_the_key_the_lock_screen_asks_for_the_recovery_key(
    qtbot: QtBot, data_dir: Path, settings: QSettings
) -> None:
    key = make_store(data_dir)
    with Services.open(data_dir, interface="test") as services:
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        window.store.lock()
        screen = window.lock_screen
        assert not screen.edit.isVisible()  # no passphrase: the keyring is tried first
        forget_key(data_dir)
        window.store.unlock_with("")
        qtbot.waitUntil(lambda: screen.edit.isVisible(), timeout=5000)
        assert "recovery key" in screen.message.text() and services.locked
        with qtbot.waitSignal(window.store.locked_changed, timeout=5000):
            window.store.unlock_with(key)
        assert services.protection(ask_keyring=False).opened_by == "recovery"
        window.close()


def test_run_gui_sweeps_opens_the_store_shows_its_window_and_ends_with_0_when_it_is_closed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import secrets
    from desktop_app.ui.app import GUI_KEYRING_TIMEOUT, run_gui

    store = tmp_path / "store"
    with Services.open(store, interface="test", unlock=Unlock(encrypt_new=False)) as services:
        case_id = services.add_sample_case()
    # What run_gui sets for the whole process, put back after the test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(secrets, "KEYRING_TIMEOUT", secrets.KEYRING_TIMEOUT)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    seen: list[tuple[int | None, float]] = []

    def close_when_shown() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, close_when_shown)
            return
        seen.append((shown[0].current_case_id(), secrets.KEYRING_TIMEOUT))
        shown[0].close()

    QTimer.singleShot(0, close_when_shown)
    try:
        assert run_gui(str(store)) == 0
    finally:
        app.setQuitOnLastWindowClosed(quits)
    assert seen == [(case_id, GUI_KEYRING_TIMEOUT)]  # the store's case, and the window's keyring wait
