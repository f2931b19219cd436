"""What opens an encrypted store, asked in the window: its passphrase or recovery key, a new
passphrase, and a new recovery key shown once.

The lock screen is in :mod:`desktop_app.ui.lock_screen`. The dialogs that check what was typed
(:class:`UnlockDialog`, :class:`NewPassphraseDialog`) can stay open while the check runs on a
worker thread: they emit ``submitted``, show that they are checking, and are told the outcome
(:meth:`finish` or :meth:`show_error`). Given ``keep_open=False`` they simply accept, for a
caller that runs ``exec()`` and reads the answer.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.errors import DossierError
from desktop_app.services import (
    RECOVERY_SYMBOLS,
    Unlock,
    WrongSecret,
    atomic_write,
    check_output,
    parse_recovery_key,
)
from desktop_app.ui.appearance import error_colour

translate = QCoreApplication.translate


def can_print() -> bool:
    """Whether Qt's printing module is there (PySide6-Essentials may lack it)."""
    try:
        return importlib.util.find_spec("PySide6.QtPrintSupport") is not None
    except (ImportError, ValueError):
        return False


def typed_unlock(
    text: str, *, has_passphrase: bool = True, remember: bool = False, use_keyring: bool = True
) -> Unlock:
    """What was typed in one field: a recovery key when it reads as one, else a passphrase.

    Raises :class:`WrongSecret` at once (nothing is tried) for a recovery key with a typo: text
    of a recovery key's length, or any text where the store has no passphrase to try.
    """
    try:
        parse_recovery_key(text)
    except WrongSecret:
        symbols = sum(1 for ch in text if ch.isalnum())
        if not has_passphrase or symbols == RECOVERY_SYMBOLS:
            raise
        return Unlock(passphrase=text, remember=remember, use_keyring=use_keyring)
    return Unlock(recovery_key=text, remember=remember, use_keyring=use_keyring)


def exec_once(dialog: QDialog) -> int:
    """Run a modal dialog, then let it go (its C++ side is deleted on the GUI thread, once back in the
    event loop): what it holds is not kept, and never freed from another thread by the garbage
    collector. Its answers can still be read in the caller's slot."""
    result = dialog.exec()
    dialog.deleteLater()
    return result


def secret_edit(placeholder: str = "") -> QLineEdit:
    """A field for a passphrase: its text hidden, kept from input methods' memories."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(320)
    return edit


def show_toggle(edits: list[QLineEdit], text: str) -> QCheckBox:
    """A check box that shows or hides what is typed in ``edits``."""
    box = QCheckBox(text)

    def toggled(on: bool) -> None:
        for edit in edits:
            edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    box.toggled.connect(toggled)
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {error_colour(label.palette())};")
    label.setVisible(False)
    return label


def message_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumWidth(420)
    return label


class UnlockDialog(QDialog):
    """The passphrase or the recovery key of an encrypted store, in one field."""

    submitted = Signal(object)  # Unlock

    def __init__(
        self,
        message: str,
        *,
        has_passphrase: bool,
        offer_remember: bool = True,
        keep_open: bool = True,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Unlock your dossier"))
        self.has_passphrase = has_passphrase
        self.offer_remember = offer_remember
        self.keep_open = keep_open
        self._unlock: Unlock | None = None
        self._checking = False
        self.message = message_label(message)
        self.edit = secret_edit(
            self.tr("Your passphrase, or the recovery key (ABCDEF-GHJKMN-…)")
            if has_passphrase
            else self.tr("The recovery key (ABCDEF-GHJKMN-…)")
        )
        label = QLabel(
            self.tr("&Passphrase or recovery key:") if has_passphrase else self.tr("&Recovery key:")
        )
        label.setBuddy(self.edit)
        self.show_box = show_toggle([self.edit], self.tr("Sho&w what I type"))
        self.remember_box = QCheckBox(self.tr("Re&member on this computer"))
        self.remember_box.setToolTip(
            self.tr(
                "Keep the key in the system keyring, so that Dossier opens without asking "
                "in your session on this computer"
            )
        )
        self.remember_box.setVisible(offer_remember)
        self.error = error_label()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Enter unlocks, also once the button comes back from being disabled; Escape cancels.
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.edit)
        form.addRow("", self.show_box)
        form.addRow("", self.remember_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self.edit.setFocus()
        self._update()

    def unlock(self) -> Unlock | None:
        """What the person gave, once they pressed Unlock."""
        return self._unlock

    def checking(self) -> bool:
        return self._checking

    @Slot()
    def _update(self) -> None:
        self.unlock_button.setEnabled(bool(self.edit.text()) and not self._checking)
        self.unlock_button.setDefault(True)

    @Slot()
    def submit(self) -> None:
        if self._checking or not self.edit.text():
            return
        try:
            unlock = typed_unlock(
                self.edit.text(),
                has_passphrase=self.has_passphrase,
                remember=self.offer_remember and self.remember_box.isChecked(),
            )
        except WrongSecret as exc:
            self.show_error(str(exc))
            return
        self._unlock = unlock
        if not self.keep_open:
            self.edit.clear()
            super().accept()
            return
        self.set_checking(True)
        self.submitted.emit(unlock)

    def set_checking(self, on: bool) -> None:
        self._checking = on
        self.edit.setEnabled(not on)
        self.remember_box.setEnabled(not on)
        self.cancel_button.setEnabled(not on)
        self.status.setText(self.tr("Checking…") if on else "")
        if on:
            self.error.setVisible(False)
        self._update()

    def show_error(self, text: str) -> None:
        """Say why it did not open; the person may try again."""
        self.set_checking(False)
        self.error.setText(text)
        self.error.setVisible(True)
        self.edit.setFocus()
        self.edit.selectAll()

    def finish(self) -> None:
        """It opened: close the dialog, forgetting what was typed."""
        self.set_checking(False)
        self.edit.clear()
        super().accept()

    def accept(self) -> None:  # Enter anywhere in the dialog
        self.submit()

    def reject(self) -> None:
        if not self._checking:
            self.edit.clear()
            super().reject()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice."""

    submitted = Signal(str)

    def __init__(
        self,
        message: str,
        *,
        title: str | None = None,
        ok_text: str | None = None,
        keep_open: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Set a passphrase"))
        self.keep_open = keep_open
        self._checking = False
        self._passphrase = ""
        self.message = message_label(message)
        self.first = secret_edit()
        self.second = secret_edit()
        first_label = QLabel(self.tr("&New passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("The same &again:"))
        second_label.setBuddy(self.second)
        self.show_box = show_toggle([self.first, self.second], self.tr("Sho&w what I type"))
        hint = QLabel(
            self.tr(
                "A few unrelated words are strong and easy to type. Dossier cannot recover a "
                "forgotten passphrase: the recovery key is the only other way in."
            )
        )
        hint.setWordWrap(True)
        self.error = error_label()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("&Set passphrase"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.first.setFocus()
        self._update()

    def passphrase(self) -> str:
        return self._passphrase

    def problem(self) -> str:
        """What keeps the passphrase from being set, or an empty string."""
        if not self.first.text():
            return self.tr("Type a passphrase.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    @Slot()
    def _update(self) -> None:
        problem = self.problem()
        # Said once the second field is as long as the first: not while it is being typed.
        shown = bool(problem) and len(self.second.text()) >= len(self.first.text()) > 0
        self.error.setText(problem if shown else "")
        self.error.setVisible(shown)
        self.ok_button.setEnabled(not problem and not self._checking)
        self.ok_button.setDefault(True)

    @Slot()
    def submit(self) -> None:
        if self._checking or self.problem():
            return
        self._passphrase = self.first.text()
        if not self.keep_open:
            super().accept()
            return
        self.set_checking(True)
        self.submitted.emit(self._passphrase)

    def set_checking(self, on: bool) -> None:
        self._checking = on
        for widget in (self.first, self.second, self.cancel_button):
            widget.setEnabled(not on)
        self.status.setText(self.tr("Protecting your dossier…") if on else "")
        self._update()

    def show_error(self, text: str) -> None:
        self.set_checking(False)
        self.error.setText(text)
        self.error.setVisible(True)

    def finish(self) -> None:
        self.set_checking(False)
        super().accept()

    def accept(self) -> None:
        self.submit()

    def reject(self) -> None:
        if not self._checking:
            super().reject()

    def done(self, result: int) -> None:
        self.first.clear()
        self.second.clear()
        super().done(result)


def recovery_key_text(key: str, folder: Path | None) -> str:
    """What is saved or printed with the recovery key: enough to know what it opens, later."""
    lines = [
        translate("unlock", "Dossier recovery key"),
        "",
        f"    {key}",
        "",
        translate("unlock", "Made on %1.").replace("%1", date.today().isoformat()),
    ]
    if folder is not None:
        lines.append(
            translate("unlock", "It opens the store in %1, and its backups.").replace("%1", str(folder))
        )
    lines += [
        translate(
            "unlock",
            "Keep it apart from the computer, where you would keep a passport. Anyone who has it "
            "and a copy of the store can read your cases.",
        ),
        "",
    ]
    return "\n".join(lines)


class RecoveryKeyDialog(QDialog):
    """A new recovery key, shown once: copy, save or print it; Close only once it is kept."""

    def __init__(
        self,
        key: str,
        *,
        folder: Path | None = None,
        note: str | None = None,
        save_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.key = key
        self.folder = folder
        self.save_folder = save_folder or Path.home()
        self.saved_to: Path | None = None
        heading = QLabel(self.tr("Write down your recovery key"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        text = message_label(
            self.tr(
                "This key opens your dossier if the system keyring or your passphrase is lost: a new "
                "computer, a reinstalled system, a forgotten passphrase. Dossier shows it only now. "
                "Write it down, print it or save it, and keep it apart from this computer."
            )
        )
        self.key_label = QLabel(key)
        self.key_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), font.pointSizeF()) * 1.15)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 14, 16, 14)
        frame_layout.addWidget(self.key_label)
        self.note = message_label(
            self.tr("Your dossier is protected by your passphrase only: %1.").replace("%1", note.rstrip("."))
            if note
            else ""
        )
        self.note.setVisible(bool(note))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("&Save to file…"))
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button: QPushButton | None = None
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        if can_print():
            self.print_button = QPushButton(self.tr("&Print…"))
            self.print_button.clicked.connect(self.print_key)
            actions.addWidget(self.print_button)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.kept_box = QCheckBox(self.tr("I have &written it down or saved it"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("C&lose"))
        self.close_button.setEnabled(False)
        self.kept_box.toggled.connect(self._kept_toggled)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(frame)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.kept_box)
        layout.addWidget(self.buttons)
        for button in (self.copy_button, self.save_button, self.print_button):
            if button is not None:
                button.setAutoDefault(False)
        self.copy_button.setFocus()

    def kept(self) -> bool:
        return self.kept_box.isChecked()

    @Slot(bool)
    def _kept_toggled(self, on: bool) -> None:
        self.close_button.setEnabled(on)
        self.close_button.setDefault(on)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key)
        self.status.setText(
            self.tr("Copied. Paste it where you keep such things; copy something else afterwards.")
        )

    @Slot()
    def _save_clicked(self) -> None:
        suggested = self.save_folder / translate("unlock", "Dossier recovery key.txt")
        from desktop_app.ui.outputs import ask_save_path

        target = ask_save_path(
            self,
            self.tr("Save the recovery key"),
            suggested,
            self.tr("Text files (*.txt)"),
            what="recovery key",
        )
        if target is not None:
            self.save(target.path, force=target.force)

    def save(self, path: Path, *, force: bool = False) -> bool:
        try:
            target = check_output(path, force=force, what="recovery key")
            atomic_write(target, recovery_key_text(self.key, self.folder).encode("utf-8"))
        except DossierError as exc:
            self.status.setText(str(exc))
            return False
        self.saved_to = path
        self.status.setText(
            self.tr(
                "Saved to %1. Keep that file away from this computer: on a USB stick, or printed."
            ).replace("%1", str(path))
        )
        return True

    @Slot()
    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setDocName(self.tr("%1 recovery key").replace("%1", APP_NAME))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if exec_once(dialog) != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setPlainText(recovery_key_text(self.key, self.folder))
        document.print_(printer)
        self.status.setText(self.tr("Sent to the printer."))

    def reject(self) -> None:
        if self.kept():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kept():
            super().closeEvent(event)
        else:
            event.ignore()
