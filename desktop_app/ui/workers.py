"""Long work off the GUI thread: one worker shape for every job (packs, case files, checks).

A :class:`Worker` runs one job on its own QThread. The job gets two callables:
``progress(done, total, message)`` and ``cancelled()``; it raises the job's own
cancellation error to stop. The worker's signals reach slots of objects that
live on the GUI thread, so Qt queues them there: no widget is ever touched
from the worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

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
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.start()
    return thread
