"""The window's actions, one controller per area: cases, records, evidence, mail, packs, the store.

A controller is a :class:`~PySide6.QtCore.QObject` that owns its area's menu actions and what they
do. It is given what it needs: the :class:`~desktop_app.services.Services` (the one front door),
the window's one :class:`~desktop_app.ui.jobs.JobRunner` for long work, and a :class:`Frame`: the
little the window lets a controller ask of it (say something, show an error, which case is
current, select a case). A controller never imports the main window; the main window builds its
menus from the controllers' actions.

How one click flows: the menu action calls a controller's slot; the slot asks a form, then calls
one service (or starts one service job on the runner); the services announce a typed
:class:`~desktop_app.services.changes.Change`; the window routes it to the views that show it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop_app.errors import DossierError
from desktop_app.services.jobs import Job, JobContext
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.jobs import JobRunner

T = TypeVar("T")


class Frame(Protocol):
    """What a controller may ask of the window."""

    @property
    def case_view(self) -> CaseView: ...

    def host(self) -> QMainWindow:
        """The window, as the parent of dialogs and actions."""
        ...

    def current_case_id(self) -> int | None: ...

    def select_case(self, case_id: int) -> None: ...

    def say(self, text: str, ms: int = 10_000) -> None:
        """A line in the status bar."""
        ...

    def error(self, message: str, parent: QWidget | None = None) -> None:
        """A message box that the person closes."""
        ...

    def note(
        self, title: str, text: str, button: QMessageBox.StandardButton = QMessageBox.StandardButton.Close
    ) -> QMessageBox:
        """Said without stopping the person: a box that does not block the window."""
        ...

    def settle(self) -> None:
        """Show the changes a job made (held while it ran: its thread owned the store)."""
        ...


def run_job(
    runner: JobRunner,
    frame: Frame,
    job: Job[T],
    on_done: Callable[[T], object],
    *,
    parent: QWidget | None = None,
    label: str | None = None,
    on_failed: Callable[[str], object] | None = None,
    on_cancelled: Callable[[], object] | None = None,
) -> bool:
    """Start ``job`` on the window's runner; when it is done, the views show what it changed
    before ``on_done`` says so."""

    def done(result: T) -> None:
        frame.settle()
        on_done(result)

    return runner.start(
        job, on_done=done, parent=parent, label=label, on_failed=on_failed, on_cancelled=on_cancelled
    )


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    shortcut: str | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    """A menu action: its text, what it does, its shortcut and its status-bar tip."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


class _Expecting(Job[object]):
    """A service's job whose expected refusals come back as its result (to be answered, not shown)."""

    def __init__(self, inner: Job[object], expected: tuple[type[DossierError], ...]) -> None:
        super().__init__(inner.title, self._work)
        self._inner = inner
        self._expected = expected

    def _work(self, context: JobContext) -> object:
        try:
            return self._inner.run(context.progress)
        except self._expected as exc:
            return exc

    def cancel(self) -> None:
        super().cancel()
        self._inner.cancel()


def expecting(job: Job[T], *expected: type[DossierError]) -> Job[object]:
    """``job``, its result, or one of ``expected`` it raised as its result (a question to ask the
    person: a passphrase, a recovery key), never as an error message."""
    return _Expecting(job, expected)  # type: ignore[arg-type]
