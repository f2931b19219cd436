"""An unexpected error in the window: logged whole, and told in words, never a silent crash.

``install(app)`` replaces ``sys.excepthook`` (which is also where PySide6
sends an exception raised in a slot) and ``threading.excepthook``. An
unexpected error is written to Dossier's log with its traceback (frames
and types only, see desktop_app/logs.py), and a dialog says what failed,
that nothing was lost (the store commits whole transactions: every change
is there entirely or not at all), and where the log is. Dossier never
sends the log anywhere.

Errors from other threads reach the dialog through a queued signal, so the
dialog is always shown by the GUI thread; while one is open, further errors
are logged but not shown again.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME, logs

_last_action = ""  # the window action under way, in the window's own words (never case contents)


def note_action(label: str) -> None:
    """Remember the action the person just chose, to say what failed."""
    global _last_action
    _last_action = label.replace("&", "").rstrip("…. ")


translate = QCoreApplication.translate


def message(kind: str, action: str, log_file: str) -> str:
    what = (
        translate("Unexpected", "Something unexpected went wrong while doing “%1” (%2).")
        .replace("%1", action)
        .replace("%2", kind)
        if action
        else translate("Unexpected", "Something unexpected went wrong (%1).").replace("%1", kind)
    )
    return "\n\n".join(
        [
            what,
            translate(
                "Unexpected",
                "Nothing was lost: Dossier saves each change whole, so your cases and evidence are as "
                "they were after the last change it finished. You can go on working, or quit and "
                "start Dossier again.",
            ),
            translate(
                "Unexpected",
                "The details are in Dossier's log: %1\nDossier never sends anything anywhere. The log "
                "holds no passphrase, key or case contents; you may share it when you ask for help.",
            ).replace("%1", log_file),
        ]
    )


class Reporter(QObject):
    """Lives on the GUI thread; shows the dialog for errors raised on any thread."""

    report = Signal(str, str)  # error type, the action under way
    shown = Signal(str)  # the dialog's text (tests)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.show_box: Callable[[QWidget | None, str, str], object] = lambda parent, title, text: (
            QMessageBox.critical(parent, title, text)
        )

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        logs.unexpected("gui.unexpected", exc, action=_action_id(_last_action))
        self.report.emit(exc_type.__name__, _last_action)

    @Slot(str, str)
    def _show(self, kind: str, action: str) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            text = message(kind, action, str(logs.log_path()))
            self.shown.emit(text)
            self.show_box(QApplication.activeWindow(), APP_NAME, text)
        finally:
            self._showing = False


def _action_id(label: str) -> str:
    return "-".join(label.lower().split())[:40] or "none"


_reporter: Reporter | None = None


def tell(parent: QWidget | None, text: str) -> None:
    """Show the unexpected-error ``text`` for an error already logged (a job's, see ui/jobs.py).

    Through the installed reporter's box when there is one, so that tests and the running
    window show it one way; a plain critical box otherwise.
    """
    if _reporter is not None:
        _reporter.show_box(parent, APP_NAME, text)
    else:
        QMessageBox.critical(parent, APP_NAME, text)


def install(app: QApplication) -> Reporter:
    """Route every unexpected error of this process to the log and a dialog."""
    global _reporter
    reporter = Reporter(app)
    _reporter = reporter
    sys.excepthook = reporter.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return reporter
