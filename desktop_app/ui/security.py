"""The store's protection in the window: the Security window, the backup form, and the idle lock.

The Security window says how the store is protected (read off the GUI thread: asking
the OS keyring may wait) and offers what can be changed. The work itself (encrypting,
decrypting, changing the passphrase, backing up) is the store controller's
(:mod:`desktop_app.ui.controllers.store`), reached through the narrow :class:`StoreActions`:
it runs as a job while the window keeps its hands off the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import BACKUP_SUFFIX, Protection, Services
from desktop_app.services.jobs import Job
from desktop_app.ui.idle import MAX_IDLE_MINUTES
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.outputs import Target, confirm_output, save_file_name
from desktop_app.ui.unlock import NewPassphraseDialog, error_label, exec_once, secret_edit, show_toggle


class BackupDialog(QDialog):
    """Where to write the backup, and the passphrase that protects it (needed for a plaintext store)."""

    def __init__(self, encrypted: bool, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the store"))
        self.encrypted = encrypted
        text = (
            self.tr(
                "One encrypted file holding the database and every evidence file, all checked before "
                "it is written. It opens with this store's recovery key or passphrase. Give it a "
                "passphrase of its own as well to restore it where neither is at hand."
            )
            if encrypted
            else self.tr(
                "One encrypted file holding the database and every evidence file, all checked before "
                "it is written. This store is not encrypted, so the backup needs a passphrase of its "
                "own: without it, the backup cannot be restored."
            )
        )
        message = QLabel(text)
        message.setWordWrap(True)
        message.setMinimumWidth(460)
        self.target: Target | None = None  # where to write, once accepted and checked
        self.path_edit = QLineEdit(str(suggested))
        path_label = QLabel(self.tr("&Save as:"))
        path_label.setBuddy(self.path_edit)
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.own_box = QCheckBox(self.tr("Protect it with a passphrase of its &own"))
        self.own_box.setVisible(encrypted)
        self.first = secret_edit()
        self.second = secret_edit()
        first_label = QLabel(self.tr("&Passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("The same &again:"))
        second_label.setBuddy(self.second)
        self.show_box = show_toggle([self.first, self.second], self.tr("Sho&w what I type"))
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Back up"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(path_label, path_row)
        form.addRow("", self.own_box)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for widget in (self.path_edit, self.first, self.second):
            widget.textChanged.connect(self._update)
        self.own_box.toggled.connect(self._update)
        self._update()

    def wants_passphrase(self) -> bool:
        return not self.encrypted or self.own_box.isChecked()

    def force(self) -> bool:
        """True when the person confirmed replacing an existing file."""
        return self.target is not None and self.target.force

    def output_path(self) -> Path:
        if self.target is not None:
            return self.target.path
        text = self.path_edit.text().strip()
        return Path(text if text.endswith(BACKUP_SUFFIX) else text + BACKUP_SUFFIX).expanduser()

    def passphrase(self) -> str | None:
        return self.first.text() if self.wants_passphrase() else None

    def problem(self) -> str:
        if not self.path_edit.text().strip():
            return self.tr("Choose where to write the backup.")
        if not self.output_path().parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(self.output_path().parent))
        if self.wants_passphrase():
            if not self.first.text():
                return self.tr("Type a passphrase for the backup.")
            if self.first.text() != self.second.text():
                return self.tr("The two passphrases differ.")
        return ""

    @Slot()
    def _update(self) -> None:
        wanted = self.wants_passphrase()
        for widget in (self.first, self.second, self.show_box):
            widget.setEnabled(wanted)
        problem = self.problem()
        typing = wanted and len(self.second.text()) < len(self.first.text())
        self.error.setText(problem)
        self.error.setVisible(bool(problem) and not typing and bool(self.path_edit.text().strip()))
        self.ok_button.setEnabled(not problem)
        self.ok_button.setDefault(True)

    @Slot()
    def _browse(self) -> None:
        name = save_file_name(
            self,
            self.tr("Back up the store"),
            self.path_edit.text(),
            self.tr("Dossier backups (*%1)").replace("%1", BACKUP_SUFFIX),
        )
        if name:
            self.path_edit.setText(name)

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if self.problem():
                return
            # Dossier's own check: never inside a store, never a folder or device; replace only if asked.
            target = confirm_output(self, self.output_path(), title=self.tr("Back up"), what="backup")
            if target is None:
                return
            self.target = target
        super().done(result)


class StoreActions(Protocol):
    """What the Security window asks of the store's controller (which tells it, through
    :meth:`SecurityDialog.job_ended`, when one of its jobs has ended)."""

    @property
    def locked(self) -> bool: ...

    def store_job_running(self) -> bool: ...

    def idle_minutes(self) -> int: ...

    def set_idle_minutes(self, minutes: int) -> None: ...

    def change_encryption(
        self, encrypt: bool, unlock: None = None, parent: QWidget | None = None
    ) -> object: ...

    def set_passphrase(self, passphrase: str | None, parent: QWidget | None = None) -> object: ...

    def back_up(self, parent: QWidget | None = None) -> object: ...

    def renew_recovery_key(self, parent: QWidget | None = None) -> str | None: ...


class SecurityDialog(QDialog):
    """How the store is protected, and the ways to change it."""

    refreshed = Signal()  # the state shown is up to date

    def __init__(self, services: Services, store: StoreActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Security"))
        self.store = store
        self.services = services
        self.protection: Protection | None = None
        # Its own runner: reading the protection is not one of the store's jobs. What fails
        # is said in the window's status line, not in a box.
        self.reader = JobRunner(self)
        self.reader.show_error = lambda _parent, _text: None

        self.folder_value = self._value()
        self.encrypted_value = self._value()
        self.keyring_value = self._value()
        self.passphrase_value = self._value()
        self.opened_value = self._value()
        state = QFormLayout()
        state.addRow(self.tr("Store:"), self.folder_value)
        state.addRow(self.tr("Encryption:"), self.encrypted_value)
        state.addRow(self.tr("System keyring:"), self.keyring_value)
        state.addRow(self.tr("Passphrase:"), self.passphrase_value)
        state.addRow(self.tr("Opened this time:"), self.opened_value)
        state_box = QGroupBox(self.tr("How this store is protected"))
        state_box.setLayout(state)

        self.encrypt_button = QPushButton(self.tr("&Encrypt this store…"))
        self.decrypt_button = QPushButton(self.tr("&Decrypt this store…"))
        self.passphrase_button = QPushButton(self.tr("Set or change the &passphrase…"))
        self.remove_passphrase_button = QPushButton(self.tr("&Remove the passphrase…"))
        self.recovery_button = QPushButton(self.tr("Make a new recovery &key…"))
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.decrypt_button.clicked.connect(self.decrypt)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.remove_passphrase_button.clicked.connect(self.remove_passphrase)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.backup_button.clicked.connect(self.back_up)
        actions = QGridLayout()
        actions.addWidget(self.encrypt_button, 0, 0)
        actions.addWidget(self.decrypt_button, 0, 1)
        actions.addWidget(self.passphrase_button, 1, 0)
        actions.addWidget(self.remove_passphrase_button, 1, 1)
        actions.addWidget(self.recovery_button, 2, 0)
        actions.addWidget(self.backup_button, 2, 1)
        actions_box = QGroupBox(self.tr("Change it"))
        actions_box.setLayout(actions)

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, MAX_IDLE_MINUTES)
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(store.idle_minutes())
        self.idle_spin.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.idle_spin.valueChanged.connect(store.set_idle_minutes)
        idle_label = QLabel(self.tr("&Lock after"))
        idle_label.setBuddy(self.idle_spin)
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle_spin)
        idle_row.addWidget(QLabel(self.tr("without use")))
        idle_row.addStretch(1)
        self.idle_note = QLabel()
        self.idle_note.setWordWrap(True)
        self.idle_note.setVisible(False)
        idle_column = QVBoxLayout()
        idle_column.addLayout(idle_row)
        idle_column.addWidget(self.idle_note)
        idle_box = QGroupBox(self.tr("Locking"))
        idle_box.setLayout(idle_column)

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(state_box)
        layout.addWidget(actions_box)
        layout.addWidget(idle_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for button in (
            self.encrypt_button,
            self.decrypt_button,
            self.passphrase_button,
            self.remove_passphrase_button,
            self.recovery_button,
            self.backup_button,
        ):
            button.setAutoDefault(False)
        self.setMinimumWidth(560)
        self._enable(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.protection is None:
            self.refresh()

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # ------------------------------------------------------------------ the state

    def refresh(self) -> None:
        """Read how the store is protected, off the GUI thread (the keyring may take a while)."""
        if self.running() or not self.isVisible() or self.store.locked:
            return
        self.status.setText(self.tr("Reading how the store is protected…"))
        services = self.services
        job = Job(self.tr("Reading the store's protection"), lambda _context: services.protection())
        self.reader.start(job, on_done=self._show, parent=self, on_failed=self._show_failure)

    def running(self) -> bool:
        return self.reader.busy()

    def _show(self, protection: Protection) -> None:
        self.protection = protection
        self.folder_value.setText(str(protection.folder))
        if protection.encrypted:
            self.encrypted_value.setText(self.tr("Encrypted: the database and every evidence file."))
            self.keyring_value.setText(
                self.tr("Holds the key: Dossier opens without asking.")
                if protection.key_in_keyring
                else self.tr("Does not hold the key: Dossier asks for the passphrase or recovery key.")
            )
            self.passphrase_value.setText(self.tr("Set") if protection.has_passphrase else self.tr("None"))
        else:
            self.encrypted_value.setText(
                self.tr("Not encrypted: anyone who can read the folder can read it.")
            )
            self.keyring_value.setText(self.tr("Not used"))
            self.passphrase_value.setText(self.tr("None"))
        # How the store was opened this time (Access.opened_by), in words.
        opened_by = {
            "plaintext": self.tr("Without a key: it is not encrypted."),
            "keyring": self.tr("With the key in the system keyring."),
            "passphrase": self.tr("With the passphrase."),
            "recovery": self.tr("With the recovery key."),
            "new": self.tr("It was just made."),
        }
        self.opened_value.setText(opened_by.get(protection.opened_by, protection.opened_by))
        self.idle_note.setText(
            "" if protection.encrypted else self.tr("Only an encrypted store is locked: encrypt it first.")
        )
        self.idle_note.setVisible(not protection.encrypted)
        self.status.setText("")
        self._enable(True)
        self.adjustSize()  # the texts wrap: room for them
        self.refreshed.emit()

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)
        self._enable(True)
        self.refreshed.emit()

    def _enable(self, ready: bool) -> None:
        state = self.protection
        encrypted = bool(state and state.encrypted)
        busy = not ready or self.store.store_job_running()
        self.encrypt_button.setEnabled(not busy and state is not None and not encrypted)
        self.decrypt_button.setEnabled(not busy and encrypted)
        self.passphrase_button.setEnabled(not busy and encrypted)
        self.passphrase_button.setText(
            self.tr("Change the &passphrase…")
            if state is not None and state.has_passphrase
            else self.tr("Set a &passphrase…")
        )
        self.remove_passphrase_button.setEnabled(not busy and bool(state and state.has_passphrase))
        self.recovery_button.setEnabled(not busy and encrypted)
        self.backup_button.setEnabled(not busy)
        self.idle_spin.setEnabled(encrypted)

    @Slot()
    def job_ended(self) -> None:
        """One of the store's jobs ended: read the protection again."""
        if self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ the changes

    @Slot()
    def encrypt(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Encrypt this store"),
            self.tr(
                "Encrypt the database and every evidence file of this store? Dossier rewrites each "
                "file; an interruption leaves the store as it was. You will be shown a recovery key "
                "to keep."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._enable(False)
            self.store.change_encryption(True, parent=self)

    @Slot()
    def decrypt(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Decrypt this store"),
            self.tr(
                "Decrypt this store? The database and every evidence file will be written in "
                "plaintext: anyone who can read the folder %1, or a copy of it, can then read every "
                "case. The passphrase and the recovery key will no longer be needed, nor work."
            ).replace("%1", str(self.services.data_dir)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._enable(False)
            self.store.change_encryption(False, parent=self)

    @Slot()
    def change_passphrase(self) -> None:
        dialog = NewPassphraseDialog(
            self.tr(
                "The passphrase opens this store where the system keyring does not give its key. "
                "The recovery key keeps working."
            ),
            title=self.tr("Set a passphrase"),
            parent=self,
        )
        if exec_once(dialog) == QDialog.DialogCode.Accepted:
            self._enable(False)
            self.store.set_passphrase(dialog.passphrase(), parent=self)

    @Slot()
    def remove_passphrase(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove the passphrase"),
            self.tr(
                "Remove the passphrase? The store then opens with the key in the system keyring, "
                "or with the recovery key."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._enable(False)
            self.store.set_passphrase(None, parent=self)

    @Slot()
    def back_up(self) -> None:
        self.store.back_up(self)

    @Slot()
    def new_recovery_key(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Make a new recovery key"),
            self.tr(
                "Make a new recovery key? The one you kept stops opening this store at once. Backups "
                "made before today still open with the old key, not the new one: keep the old key as "
                "long as you keep those backups."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.renew_recovery_key(parent=self)
            self.refresh()

    def done(self, result: int) -> None:
        self.reader.stop()
        super().done(result)
