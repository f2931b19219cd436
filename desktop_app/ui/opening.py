"""Opening a store from the window's side: off the GUI thread, asking for what it needs.

Opening may wait for the OS keyring (up to its timeout) and a passphrase costs a
fraction of a second to check, so every attempt runs on a worker thread while the
GUI shows that it is opening. An encrypted store whose key the keyring does not
give asks for its passphrase or recovery key (a wrong one is said in the dialog,
to try again); a new store where no keyring can keep its key asks for a
passphrase, twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_app import APP_NAME, logs
from desktop_app.errors import DossierError
from desktop_app.services import NeedsPassphrase, NeedsUnlock, Services, Unlock, WrongSecret
from desktop_app.ui import unexpected
from desktop_app.ui.unlock import NewPassphraseDialog, UnlockDialog

StorePath = str | os.PathLike[str] | None


class _Attempt(QThread):
    """One attempt at opening the store, on a thread of its own (the keyring may keep it waiting).

    ``outcome`` carries the Services, or the DossierError that says what to ask for; a bug is
    logged with its traceback and carried as the unexpected-error text (a str).
    """

    outcome = Signal(object)

    def __init__(self, attempt: Callable[[], Services], what: str, parent: QObject) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._what = what

    def run(self) -> None:
        result: object
        try:
            result = self._attempt()
        except DossierError as exc:  # handed back as it is: its kind says what to ask
            result = exc
        except Exception as exc:  # a bug must not end the thread silently
            log = logs.unexpected("ui.opening", exc)
            result = unexpected.message(type(exc).__name__, self._what, str(log))
        self.outcome.emit(result)


class BusyDialog(QDialog):
    """A small window that says what is going on; it cannot be dismissed, it goes when the work ends."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.label = QLabel(text)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.setMinimumWidth(320)

    def reject(self) -> None:  # Escape: the work goes on, and this window with it
        pass


class StoreOpener(QObject):
    """Opens the store in ``data_dir`` for the window, asking the person for what it needs.

    Ends with exactly one of ``opened`` (the Services), ``failed`` (why it cannot be opened)
    or ``cancelled`` (the person chose not to unlock it; nothing was changed).
    """

    opened = Signal(object)  # Services
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        data_dir: StorePath,
        parent: QObject | None = None,
        *,
        busy_delay_ms: int = 400,
        opener: Callable[[StorePath, Unlock], Services] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.busy_delay_ms = busy_delay_ms
        self._open = opener or (lambda path, unlock: Services.open(path, interface="gui", unlock=unlock))
        self.busy: BusyDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self._thread: QThread | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)

    def start(self) -> None:
        self._attempt(Unlock())

    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def wait(self) -> None:
        """Wait for an attempt under way (before the application ends)."""
        if self._thread is not None:
            self._thread.wait(30_000)

    def _attempt(self, unlock: Unlock) -> None:
        thread = _Attempt(lambda: self._open(self.data_dir, unlock), self.tr("Opening the store"), self)
        thread.outcome.connect(self._outcome)
        self._thread = thread
        thread.start()
        if self.unlock_dialog is None and self.passphrase_dialog is None:
            self._busy_timer.start(self.busy_delay_ms)

    @Slot()
    def _show_busy(self) -> None:
        if self.busy is None:
            self.busy = BusyDialog(self.tr("Opening your dossier…"))
            self.busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.busy.show()

    def _hide_busy(self) -> None:
        self._busy_timer.stop()
        if self.busy is not None:
            self.busy.hide()
            self.busy.deleteLater()
            self.busy = None

    @Slot(object)
    def _outcome(self, result: object) -> None:
        self.wait()  # the worker has reported: its thread is ending
        self._hide_busy()
        if isinstance(result, Services):
            self._close_dialogs()
            self.opened.emit(result)
        elif isinstance(result, WrongSecret) and self.unlock_dialog is not None:
            self.unlock_dialog.show_error(str(result))
        elif isinstance(result, NeedsUnlock):
            self._ask_unlock(result)
        elif isinstance(result, NeedsPassphrase) and self.passphrase_dialog is None:
            self._ask_passphrase(result)
        else:  # a DossierError's message, or the unexpected-error text
            self._failed(str(result))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.wait()
        self._hide_busy()
        self._close_dialogs()
        self.failed.emit(message)

    def _close_dialogs(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.finish()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.finish()
            self.passphrase_dialog.deleteLater()
            self.passphrase_dialog = None

    def _ask_unlock(self, needs: NeedsUnlock) -> None:
        if self.unlock_dialog is not None:  # the secret was refused in another way: say it
            self.unlock_dialog.show_error(str(needs))
            return
        dialog = UnlockDialog(str(needs), has_passphrase=needs.has_passphrase)
        dialog.submitted.connect(self._attempt)
        dialog.rejected.connect(self._cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _ask_passphrase(self, needs: NeedsPassphrase) -> None:
        dialog = NewPassphraseDialog(
            self.tr(
                "Dossier encrypts your cases on this computer. Its key is usually kept in the system "
                "keyring, but there is none that works here, so a passphrase of yours protects it. "
                "You will type it each time Dossier starts.\n\n(Why: %1.)"
            ).replace("%1", needs.reason or str(needs)),
            title=self.tr("Protect your new dossier"),
            ok_text=self.tr("&Protect and create"),
            keep_open=True,
        )
        dialog.submitted.connect(lambda passphrase: self._attempt(Unlock(passphrase=passphrase)))
        dialog.rejected.connect(self._cancelled)
        self.passphrase_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def _cancelled(self) -> None:
        for dialog in (self.unlock_dialog, self.passphrase_dialog):
            if dialog is not None:
                dialog.deleteLater()
        self.unlock_dialog = None
        self.passphrase_dialog = None
        self.cancelled.emit()
