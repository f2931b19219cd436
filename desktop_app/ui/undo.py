"""Undoable changes, as QUndoCommands over the services.

Two shapes cover every undoable change: saving an edited object (undone by
saving the object as it was, which the save returns), and switching
something on or off (moving to the trash, archiving).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from desktop_app import logs
from desktop_app.errors import DossierError

T = TypeVar("T")


class SaveCommand(QUndoCommand, Generic[T]):
    """Save ``edited`` with ``save``, which returns the object as it was; undo saves that back."""

    def __init__(self, text: str, save: Callable[[T], T], edited: T, on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self._save = save
        self._edited = edited
        self._before: T | None = None
        self._on_error = on_error

    def redo(self) -> None:
        try:
            self._before = self._save(self._edited)
        except DossierError as exc:
            logs.error("ui.undo.save", exc)
            self._on_error(str(exc))
            self.setObsolete(True)

    def undo(self) -> None:
        if self._before is None:
            return
        try:
            self._save(self._before)
        except DossierError as exc:
            logs.error("ui.undo.save_back", exc)
            self._on_error(str(exc))


class SwitchCommand(QUndoCommand):
    """Set something ``on`` (or off) with ``switch``; undo sets it back the other way."""

    def __init__(
        self, text: str, switch: Callable[[bool], object], on: bool, on_error: Callable[[str], None]
    ):
        super().__init__(text)
        self._switch = switch
        self._on = on
        self._on_error = on_error

    def _set(self, value: bool) -> bool:
        try:
            self._switch(value)
        except DossierError as exc:
            logs.error("ui.undo.switch", exc)
            self._on_error(str(exc))
            return False
        return True

    def redo(self) -> None:
        if not self._set(self._on):
            self.setObsolete(True)

    def undo(self) -> None:
        self._set(not self._on)
