"""The window's one job runner: any :class:`desktop_app.services.jobs.Job` on a worker thread.

The services hand out their long operations as jobs (a pack, a backup, an encryption change,
an e-mail import, adding files...), the same objects the command line runs. The window gives
them to its :class:`JobRunner`, which is the one place that knows how a job looks in the window:

- a progress dialog (window-modal, shown after 300 ms) with the job's title, its progress and
  a Cancel that asks the job to stop at its next step;
- success: the dialog goes and ``on_done(result)`` runs on the GUI thread;
- :class:`desktop_app.errors.Cancelled`: "Cancelled; nothing was changed or kept." in the
  status bar, then ``on_cancelled()``;
- a :class:`desktop_app.errors.DossierError` (bad input, a refusal, damage it explains): logged
  (its type and traceback, never its message) and its message shown in a box, then
  ``on_failed(message)`` (after the box);
- any other exception is a bug: logged with the worker's traceback by ``logs.unexpected`` (on
  the worker, the exception object itself then goes to the GUI thread, ``__traceback__`` and
  all) and told with the unexpected-error text of :mod:`desktop_app.ui.unexpected`, then
  ``on_failed(text)``.

One job at a time: :meth:`JobRunner.start` refuses a second one while one runs (it says so and
returns False). :meth:`JobRunner.stop` cancels the running job, waits for its thread and
delivers its outcome (usually ``on_cancelled``) before it returns; the window calls it when it
closes or locks.

The job's work runs on the worker thread and reports through signals queued to the GUI thread:
no widget is ever touched from the worker. Which thread may use the database while a job runs
is the job's business (the services' jobs claim the store for their thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget

from desktop_app import APP_NAME, logs
from desktop_app.errors import Cancelled, DossierError
from desktop_app.services.jobs import Job
from desktop_app.ui import unexpected

T = TypeVar("T")

STOP_WAIT_MS = 60_000  # how long stop() waits for the job's thread after cancelling it


translate = QCoreApplication.translate


def _show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, APP_NAME, message)


class _Thread(QThread):
    """Runs one job; its outcome is kept in ``outcome`` and announced by ``ended`` (queued to the GUI thread).

    The result or the exception object (its ``__traceback__`` kept) stays a Python reference on
    this object: only plain values cross the thread in a signal.
    """

    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(self, job: Job[Any], parent: QObject) -> None:
        super().__init__(parent)
        self.job = job
        self.outcome: tuple[str, Any] | None = None  # set by the worker just before it signals
        self.setObjectName("job")

    def run(self) -> None:
        try:
            result = self.job.run(progress=self.progressed.emit)
        except Cancelled:
            self.outcome = ("cancelled", None)
        except DossierError as exc:  # explained to the user by the GUI thread
            logs.error("jobs.failed", exc)
            self.outcome = ("failed", exc)
        except Exception as exc:  # a bug: logged here, with the worker's traceback, and told
            logs.unexpected("jobs.unexpected", exc)
            self.outcome = ("failed", exc)
        else:
            self.outcome = ("done", result)
        self.ended.emit()


class _Run:
    """What the runner keeps of the job under way."""

    def __init__(
        self,
        job: Job[Any],
        thread: _Thread,
        dialog: QProgressDialog | None,
        parent: QWidget | None,
        on_done: Callable[[Any], object],
        on_failed: Callable[[str], object] | None,
        on_cancelled: Callable[[], object] | None,
        on_progress: Callable[[int, int, str], object] | None,
    ) -> None:
        self.job = job
        self.thread = thread
        self.dialog = dialog
        self.parent = parent
        self.on_done = on_done
        self.on_failed = on_failed
        self.on_cancelled = on_cancelled
        self.on_progress = on_progress
        self.quiet = dialog is None


class JobRunner(QObject):
    """Runs one job at a time for ``window``, with one handling of progress, cancel, errors and results."""

    started = Signal()  # a job started
    ended = Signal()  # it ended, whichever way (after its on_done / on_failed / on_cancelled)
    failed = Signal(str)  # what was shown for a job that failed (tests, the window's own signals)
    cancelled = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._run: _Run | None = None
        self._threads: set[_Thread] = set()  # threads not finished yet (the current one, or winding down)
        # How messages are shown (tests replace them): a refusal or a DossierError's message, and
        # the unexpected-error text.
        self.show_error: Callable[[QWidget | None, str], object] = _show_error
        self.show_unexpected: Callable[[QWidget | None, str], object] = unexpected.tell

    # ------------------------------------------------------------------ starting and stopping

    def busy(self) -> bool:
        """Whether a job is under way (from start() until its outcome has been handled)."""
        return self._run is not None

    def threads_running(self) -> bool:
        """Whether a job's thread is still running (also one winding down after its outcome)."""
        return any(thread.isRunning() for thread in self._threads)

    def current(self) -> Job[Any] | None:
        """The job under way, if any."""
        return self._run.job if self._run is not None else None

    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog of the job under way, if any."""
        return self._run.dialog if self._run is not None else None

    def start(
        self,
        job: Job[T],
        *,
        on_done: Callable[[T], object],
        parent: QWidget | None = None,
        label: str | None = None,
        on_failed: Callable[[str], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
        quiet: bool = False,
    ) -> bool:
        """Run ``job`` on a worker thread; False (and a message saying why) when one is under way.

        ``parent`` is the window the progress dialog and messages belong to (the main window
        by default); ``label`` the progress dialog's first text (the job's title by default).
        ``on_progress(done, total, message)`` hears each step on the GUI thread.

        ``quiet``: for a job the caller shows itself (a check in the background, a preview
        with its own progress bar): no progress dialog, no message box for a DossierError (its
        message goes to ``on_failed`` only) and no status bar text at a cancel. An unexpected
        error is still logged and told: it is a bug.
        """
        if self._run is not None:
            self.show_error(
                parent or self._window,
                translate("jobs", "Wait for the work under way to end, or cancel it, first."),
            )
            return False
        owner = parent or self._window
        dialog: QProgressDialog | None = None
        if not quiet:
            dialog = QProgressDialog(label or job.title, translate("jobs", "Cancel"), 0, 0, owner)
            dialog.setWindowTitle(job.title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(job.cancel)
        thread = _Thread(job, self)
        run = _Run(job, thread, dialog, parent, on_done, on_failed, on_cancelled, on_progress)
        thread.progressed.connect(self._progressed)
        thread.ended.connect(self._ended)
        thread.finished.connect(self._thread_finished)
        self._run = run
        self._threads.add(thread)
        thread.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask the job under way to stop at its next step (as its Cancel button does)."""
        if self._run is not None:
            self._run.job.cancel()

    def stop(self) -> None:
        """Cancel the job under way, wait for its thread, and hand over its outcome (at close, at lock).

        The outcome (usually on_cancelled; on_done or on_failed when the job ended just before)
        is delivered before stop() returns; the queued signals that follow are then ignored.
        """
        run = self._run
        if run is not None:
            run.job.cancel()
        for thread in list(self._threads):
            thread.wait(STOP_WAIT_MS)
        if run is None or self._run is not run:
            return
        self._deliver(run)

    # ------------------------------------------------------------------ the outcome, on the GUI thread

    def _current(self, sender: QObject | None) -> _Run | None:
        run = self._run
        return run if run is not None and run.thread is sender else None

    def _close_dialog(self, run: _Run) -> None:
        dialog, run.dialog = run.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(run.job.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def _finish(self, run: _Run) -> None:
        self._run = None
        self._close_dialog(run)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, message: str) -> None:
        run = self._current(self.sender())
        if run is None:
            return
        if run.on_progress is not None:
            run.on_progress(done, total, message)
        dialog = run.dialog
        if dialog is not None:
            if message:
                dialog.setLabelText(message)
            dialog.setMaximum(max(total, 0))
            # Last: a modal progress dialog's setValue processes events, the job's end among them
            # (which closes the dialog).
            dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot()
    def _ended(self) -> None:
        run = self._current(self.sender())
        if run is not None:
            self._deliver(run)

    def _deliver(self, run: _Run) -> None:
        """Hand the job's outcome to its callbacks (after its thread has reported it)."""
        outcome = run.thread.outcome
        if outcome is None:  # still running (stop() waited in vain): nothing more will be heard of it
            self._finish(run)
            self.ended.emit()
            return
        kind, value = outcome
        if kind == "done":
            self._handle_done(run, value)
        elif kind == "failed":
            self._handle_failed(run, value)
        else:
            self._handle_cancelled(run)

    def _handle_done(self, run: _Run, result: object) -> None:
        self._finish(run)
        try:
            run.on_done(result)
        finally:
            self.ended.emit()

    def _handle_failed(self, run: _Run, exc: BaseException) -> None:
        """Tell what failed (the worker logged it already), then ``on_failed(text)``."""
        self._finish(run)
        try:
            owner = run.parent or self._window
            if isinstance(exc, DossierError):
                text = str(exc)
                if not run.quiet:
                    self.show_error(owner, text)
            else:
                text = unexpected.message(type(exc).__name__, run.job.title, str(logs.log_path()))
                self.show_unexpected(owner, text)
            self.failed.emit(text)
            if run.on_failed is not None:
                run.on_failed(text)
        finally:
            self.ended.emit()

    def _handle_cancelled(self, run: _Run) -> None:
        self._finish(run)
        try:
            if not run.quiet and isinstance(self._window, QMainWindow):
                self._window.statusBar().showMessage(
                    translate("jobs", "Cancelled; nothing was changed or kept."), 8000
                )
            self.cancelled.emit()
            if run.on_cancelled is not None:
                run.on_cancelled()
        finally:
            self.ended.emit()

    @Slot()
    def _thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, _Thread):
            self._threads.discard(thread)
            thread.deleteLater()
