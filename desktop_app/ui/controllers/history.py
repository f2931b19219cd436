"""Undo and Redo: one history of the window's changes, shared by the controllers that make them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from desktop_app.ui.controllers import Frame, make_action
from desktop_app.ui.shortcuts import escape_mnemonic


def undo_text(template: str, title: str) -> str:
    """The text of the Undo action's menu entry, from its translated ``template`` ("Edit “%1”"):
    an "&" the user wrote stays an "&"."""
    return template.replace("%1", escape_mnemonic(title))


def keys_of(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class History(QObject):
    """The undo stack, its two actions, and what they say in the status bar."""

    def __init__(self, frame: Frame) -> None:
        super().__init__(frame.host())
        self.frame = frame
        self.failures = 0  # errors the undoable commands met (see push)
        self.undo_stack = QUndoStack(self)
        host = frame.host()
        # Undo and Redo name the change ("Undo Move … to the trash") and say in the status bar
        # what they did; the list of shortcuts names the action.
        self.undo_action = make_action(
            host, self.tr("&Undo"), self.undo, shortcut=QKeySequence.StandardKey.Undo
        )
        self.redo_action = make_action(
            host, self.tr("&Redo"), self.redo, shortcut=QKeySequence.StandardKey.Redo
        )
        for action, can, text, word in (
            (self.undo_action, self.undo_stack.canUndoChanged, self.undo_stack.undoTextChanged, "&Undo"),
            (self.redo_action, self.undo_stack.canRedoChanged, self.undo_stack.redoTextChanged, "&Redo"),
        ):
            action.setProperty("shortcutName", action.text())
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(lambda new, a=action, w=word: a.setText(self._named(w, new)))

    def _named(self, word: str, text: str) -> str:
        plain = self.tr("&Undo") if word == "&Undo" else self.tr("&Redo")
        if not text:
            return plain
        return (self.tr("&Undo %1") if word == "&Undo" else self.tr("&Redo %1")).replace("%1", text)

    def command_error(self, message: str) -> None:
        """A command's error: shown, and counted so that :meth:`push` says nothing was done."""
        self.failures += 1
        self.frame.error(message)

    def push(self, command: QUndoCommand, done: str) -> bool:
        """Do ``command`` (undoable); when it worked say ``done`` and how to undo it."""
        failures = self.failures
        self.undo_stack.push(command)
        if self.failures != failures:
            return False
        self.frame.say(self.tr("%1 %2 to undo.").replace("%1", done).replace("%2", keys_of(self.undo_action)))
        return True

    @Slot()
    def undo(self) -> None:
        if not self.undo_stack.canUndo():
            return
        text = self.undo_stack.undoText().replace("&&", "&")
        failures = self.failures
        self.undo_stack.undo()
        if self.failures == failures:
            self.frame.say(
                self.tr("Undone: %1. %2 to redo.")
                .replace("%1", text)
                .replace("%2", keys_of(self.redo_action))
            )

    @Slot()
    def redo(self) -> None:
        if not self.undo_stack.canRedo():
            return
        text = self.undo_stack.redoText().replace("&&", "&")
        failures = self.failures
        self.undo_stack.redo()
        if self.failures == failures:
            self.frame.say(
                self.tr("Redone: %1. %2 to undo.")
                .replace("%1", text)
                .replace("%2", keys_of(self.undo_action))
            )

    def restore_enabled(self) -> None:
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
