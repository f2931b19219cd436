"""Long work off the GUI thread: one worker shape for every job (packs, case files, checks).

A :class:`Worker` runs one job on its own QThread. The job gets two callables:
``progress(done, total, message)`` and ``cancelled()``; it raises the job's own
cancellation error to stop. The worker's signals reach slots of objects that
live on the GUI thread, so Qt queues them there: no widget is ever touched
from the worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.errors import DossierError

Progress = Callable[[int, int, str], None]
Job = Callable[[Progress, Callable[[], bool]], object]


class Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job, cancellation: type[BaseException], what: str) -> None:
        super().__init__()
        self._job = job
        self._cancellation = cancellation
        self._what = what
        self._cancel = False

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next step (safe to call from any thread)."""
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(
                lambda done, total, message: self.progress.emit(done, total, message),
                lambda: self._cancel,
            )
        except self._cancellation:
            self.cancelled.emit()
        except DossierError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the thread silently
            self.failed.emit(f"{self._what} could not be finished: {exc!r}")
        else:
            self.finished.emit(result)


def start_worker(worker: Worker, parent: QObject) -> QThread:
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: the thread ends as soon as its job has, without waiting for the GUI thread's
    # event loop (QThread.quit is safe to call from any thread).
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread


class BackgroundJob(QObject):
    """A worker on its own thread, shown by a progress dialog whose Cancel stops it.

    Its outcome comes back as ``finished``, ``failed`` or ``cancelled`` on the GUI
    thread, once the progress dialog is gone. The job removes itself when its
    thread has ended.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, worker: Worker, window: QWidget, title: str, label: str) -> None:
        super().__init__(window)
        self.worker = worker
        self.dialog = QProgressDialog(label, QCoreApplication.translate("jobs", "Cancel"), 0, 0, window)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.worker_thread = start_worker(worker, self)
        self.worker_thread.finished.connect(self.deleteLater)

    def running(self) -> bool:
        return self.worker_thread.isRunning()

    def stop(self) -> None:
        """Cancel the job and wait for its thread (when the window closes)."""
        self.worker.cancel()
        self.worker_thread.quit()
        self.worker_thread.wait(60_000)

    def _close_dialog(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(message)

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._close_dialog()
        self.finished.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(message)

    @Slot()
    def _cancelled(self) -> None:
        self._close_dialog()
        self.cancelled.emit()
