"""A drag-enter event for tests, whichever PySide6 is installed.

PySide6 6.11 builds a QDragEnterEvent from a QPoint only; 6.12 takes a QPointF and marks the
QPoint form deprecated (a warning, which the suite turns into an error).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent


def drag_enter_event(point: QPointF, mime: QMimeData) -> QDragEnterEvent:
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(point, *args)  # type: ignore[arg-type]  # PySide6 6.12 and later
    except TypeError:
        return QDragEnterEvent(point.toPoint(), *args)  # PySide6 6.11
