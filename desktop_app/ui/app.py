"""Starting the GUI: open the store (asking for what it needs), then show its window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__, logs
from desktop_app.errors import DossierError
from desktop_app.resources import resource_path
from desktop_app.services import Services, remove_private_dirs, set_keyring_timeout, sweep_private_dirs
from desktop_app.ui import unexpected
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.language import start_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.opening import StoreOpener, StorePath
from desktop_app.ui.unlock import RecoveryKeyDialog


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125 %, 150 %) as the system asks, rather than rounded to whole steps.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dossier")
    icon = resource_path("icons", "dossier.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    # The language the user chose in View -> Language (else the system's), before any window: the
    # unlock dialog speaks it too. A missing translation is logged and the window speaks English.
    start_language(app, QSettings())
    return app


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector waits while the window is built and shown: what that makes (its
    widgets, models, the case list's rows) lives as long as the window, and the collections it set
    off found nothing (about a dozen at 2,000 cases, 4-5 ms)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class Session(QObject):
    """One store at a time, in one window: open it, show it, and switch to another on request.

    ``ended`` gives the exit code: 0 when the window is closed, 1 when the person chose not to
    unlock the store at start (nothing was changed). ``failed`` says why a store cannot be
    opened at start; the session then ends with 1.
    """

    ended = Signal(int)
    failed = Signal(str)
    window_shown = Signal(object)  # MainWindow

    def __init__(
        self,
        data_dir: StorePath,
        *,
        sample_if_empty: bool = False,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.sample_if_empty = sample_if_empty
        self.settings = settings
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.opener: StoreOpener | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._previous: Path | None = None  # the store to go back to when a switch is given up
        self._first = True
        self._switching = False

    def start(self) -> None:
        self._open(self.data_dir)

    def _open(self, data_dir: StorePath) -> None:
        if self.opener is not None:
            self.opener.deleteLater()
        opener = StoreOpener(data_dir, self)
        opener.opened.connect(self._opened)
        opener.failed.connect(self._refused)
        opener.cancelled.connect(self._given_up)
        self.opener = opener
        opener.start()

    @Slot(object)
    def _opened(self, services: Services) -> None:
        self.services = services
        if self._first and self.sample_if_empty:
            try:
                if not services.has_cases():
                    services.add_sample_case()
            except DossierError as exc:
                self.failed.emit(str(exc))
                self.ended.emit(1)
                return
        protection = services.protection(ask_keyring=False)
        key = protection.new_recovery_key
        if key:
            dialog = RecoveryKeyDialog(
                key,
                folder=services.data_dir,
                note=protection.keyring_note,
                save_folder=documents_folder(),
            )
            dialog.finished.connect(self._show_window)
            self.recovery_dialog = dialog
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return
        self._show_window()

    @Slot()
    def _show_window(self) -> None:
        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None
        assert self.services is not None
        first = self._first
        with collector_paused():
            window = MainWindow(self.services, self.settings)
            window.store.can_switch_store = True
            window.store.open_store_requested.connect(self.switch_to)
            window.closed.connect(self._window_closed)
            self.window = window
            self._first = self._switching = False
            self._previous = None
            window.show()
            if first and gc.get_freeze_count():
                # Where the start froze its modules (run_gui), the first window joins them before the
                # collector runs again: it need not walk the window (its first collection after the
                # build took 4-5 ms). Should the person switch stores, what of the first window is
                # cyclic garbage stays until the session ends.
                gc.freeze()
        self.window_shown.emit(window)

    @Slot(str)
    def _refused(self, message: str) -> None:
        if self._previous is not None:
            QMessageBox.warning(None, APP_NAME, message)
            self._back()
            return
        self.failed.emit(message)
        self.ended.emit(1)

    @Slot()
    def _given_up(self) -> None:
        if self._previous is not None:
            self._back()
            return
        self.ended.emit(1)

    def _back(self) -> None:
        previous, self._previous = self._previous, None
        self._open(previous)

    @Slot(object)
    def switch_to(self, folder: Path) -> None:
        """Close this store and its window, and open the one in ``folder``."""
        if self.services is None or self.window is None:
            return
        self._switching = True
        self._previous = self.services.data_dir
        window, self.window = self.window, None
        window.close()
        window.deleteLater()
        self.services.close()
        self.services = None
        self._open(folder)

    @Slot()
    def _window_closed(self) -> None:
        if not self._switching:
            self.ended.emit(0)

    def close(self) -> None:
        """Let go of everything: the attempt under way, the window, the store."""
        if self.opener is not None:
            self.opener.wait()
            self.opener.deleteLater()
            self.opener = None
        if self.window is not None:
            self.window.close()
            self.window = None
        if self.services is not None:
            self.services.close()
            self.services = None


GUI_KEYRING_TIMEOUT = 30.0  # seconds


def run_gui(data_dir: str | None, *, sample_if_empty: bool = False) -> int:
    # Every module the window needs is imported by now, and lives as long as the process: the
    # cyclic garbage collector need not look through them again at each collection (at 2,000
    # cases it spent about 40 ms of the start doing so, one full collection alone 25 ms).
    gc.freeze()
    try:
        return _run_window(data_dir, sample_if_empty=sample_if_empty)
    finally:
        gc.unfreeze()  # all collectable again (a caller that goes on, such as a test, keeps no garbage)


def _run_window(data_dir: str | None, *, sample_if_empty: bool) -> int:
    logs.setup("gui")  # first: the window's language says in the log if its translation is missing
    app = create_application()
    # Plaintext an earlier Dossier left when it was killed (copies opened in other programs, pack
    # pages, a size preview, .part files it noted): its own private folders only.
    swept = sweep_private_dirs()
    logs.event("start.swept", folders=len(swept))
    # An unexpected error shows a dialog (what failed, nothing lost, where the log is).
    unexpected.install(app)
    # In the window a locked keyring may show its own unlock prompt: give the person time to answer it
    # (the calls run off the GUI thread, behind "Opening your dossier…"). Commands keep the short wait.
    set_keyring_timeout(GUI_KEYRING_TIMEOUT)
    # The start-up dialogs come and go before the window: the session says when to end.
    app.setQuitOnLastWindowClosed(False)
    session = Session(data_dir, sample_if_empty=sample_if_empty)
    session.failed.connect(lambda message: QMessageBox.critical(None, APP_NAME, message))
    session.ended.connect(app.exit)
    session.start()
    try:
        return app.exec()
    finally:
        session.close()
        remove_private_dirs()
        logs.event("quit")
