"""What the window shows while the store is locked: nothing of any case, and a way back in."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services import Unlock, WrongSecret
from desktop_app.ui.unlock import error_label, message_label, secret_edit, show_toggle, typed_unlock


class LockScreen(QWidget):
    """What the window shows while the store is locked: nothing of any case, a way back in."""

    submitted = Signal(object)  # Unlock

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.has_passphrase = False
        self._checking = False
        title = QLabel(self.tr("Dossier is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.message = message_label("")
        self.edit = secret_edit()
        self.field_label = QLabel(self.tr("&Passphrase or recovery key:"))
        self.field_label.setBuddy(self.edit)
        self.show_box = show_toggle([self.edit], self.tr("Sho&w what I type"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.edit.returnPressed.connect(self.submit)
        self.error = error_label()
        self.status = QLabel()
        field_row = QHBoxLayout()
        field_row.addWidget(self.edit, 1)
        field_row.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(self.message)
        column.addSpacing(12)
        column.addWidget(self.field_label)
        column.addLayout(field_row)
        column.addWidget(self.show_box)
        column.addWidget(self.error)
        column.addWidget(self.status)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def prepare(self, has_passphrase: bool) -> None:
        """Ready for a new lock: the passphrase asked for when there is one, else the keyring tried."""
        self.has_passphrase = has_passphrase
        self.edit.clear()
        self.error.setVisible(False)
        self.set_checking(False)
        if has_passphrase:
            self.message.setText(
                self.tr(
                    "Nothing of your cases is shown or readable until you unlock it. "
                    "Type your passphrase, or the recovery key."
                )
            )
            self.field_label.setText(self.tr("&Passphrase or recovery key:"))
        else:
            self.message.setText(
                self.tr(
                    "Nothing of your cases is shown or readable until you unlock it. Unlock opens it "
                    "with the key kept in the system keyring."
                )
            )
        self._show_field(has_passphrase)

    def ask_for_recovery_key(self, message: str) -> None:
        """The keyring did not give the key: the recovery key is the way in."""
        self.set_checking(False)
        self.message.setText(message)
        self.field_label.setText(self.tr("&Recovery key:"))
        self._show_field(True)
        self.edit.setFocus()

    def _show_field(self, on: bool) -> None:
        for widget in (self.field_label, self.edit, self.show_box):
            widget.setVisible(on)

    def focus(self) -> None:
        if self.edit.isVisible():
            self.edit.setFocus()
        else:
            self.unlock_button.setFocus()

    def checking(self) -> bool:
        return self._checking

    @Slot()
    def submit(self) -> None:
        if self._checking:
            return
        if self.edit.isVisible():
            if not self.edit.text():
                self.show_error(self.tr("Type your passphrase or the recovery key first."))
                return
            try:
                unlock = typed_unlock(self.edit.text(), has_passphrase=self.has_passphrase, use_keyring=False)
            except WrongSecret as exc:
                self.show_error(str(exc))
                return
        else:
            unlock = Unlock()
        self.set_checking(True)
        self.submitted.emit(unlock)

    def set_checking(self, on: bool) -> None:
        self._checking = on
        self.edit.setEnabled(not on)
        self.unlock_button.setEnabled(not on)
        self.status.setText(self.tr("Unlocking…") if on else "")
        if on:
            self.error.setVisible(False)

    def show_error(self, text: str) -> None:
        self.set_checking(False)
        self.error.setText(text)
        self.error.setVisible(True)
        self.focus()
        self.edit.selectAll()

    def finish(self) -> None:
        self.set_checking(False)
        self.edit.clear()
        self.error.setVisible(False)
