"""Long work as an object: a :class:`Job` has a title, progress, a way to cancel it and a result.

The services hand out jobs for their long operations (a pack, a backup, a restore, an
encryption change, an e-mail import, adding many files, a case file in or out, a bundle,
verify). The command line runs a job on its own thread with :meth:`Job.run`; the window
gives the same object to its one job runner (``desktop_app.ui.jobs``), which runs it on a
worker thread and shows its progress, its Cancel, its error or its result.

A job runs once. Its work gets a :class:`JobContext`: ``progress(done, total, message)``
to report, and ``cancelled()`` / ``check()`` to stop at the next step; cancelling raises
:class:`desktop_app.errors.Cancelled` out of :meth:`Job.run`. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from desktop_app.errors import Cancelled
from desktop_app.i18n import translate

T = TypeVar("T")
Progress = Callable[[int, int, str], None]


class JobContext:
    """What a job's work sees of its job: report progress, and ask whether to stop."""

    def __init__(self, job: Job[object], progress: Progress | None) -> None:
        self._job = job
        self._progress = progress

    def progress(self, done: int, total: int, message: str) -> None:
        if self._progress is not None:
            self._progress(done, total, message)

    def cancelled(self) -> bool:
        return self._job.cancel_requested

    def check(self) -> None:
        """Raise :class:`Cancelled` when the job was asked to stop."""
        if self._job.cancel_requested:
            raise Cancelled(
                translate("Services", "{job}: cancelled; nothing of it was kept.").format(job=self._job.title)
            )


class Job(Generic[T]):
    """One long operation: ``title`` says what it does ("Building the pack")."""

    def __init__(self, title: str, work: Callable[[JobContext], T]) -> None:
        self.title = title
        self._work = work
        self._cancel = threading.Event()
        self._started = False

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next step; safe from any thread, before or during the run."""
        self._cancel.set()

    def run(self, progress: Progress | None = None) -> T:
        """Do the work on the calling thread and return its result.

        Raises :class:`Cancelled` when cancelled, and whatever the work raises otherwise.
        """
        if self._started:
            raise RuntimeError(f"{self.title}: a job runs once")
        self._started = True
        context = JobContext(self, progress)  # type: ignore[arg-type]
        context.check()
        return self._work(context)

    def __repr__(self) -> str:
        return f"Job({self.title!r})"
