""" "Needs you now": what comes due, above the window's cases, closed with its button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ReminderBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dismissed = ""  # the text the user closed
        self.reminder = QLabel()
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reminder_close = QPushButton(self.tr("&Dismiss"))
        bar = QHBoxLayout(self)
        bar.addWidget(self.reminder, 1)
        bar.addWidget(self.reminder_close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.reminder.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setVisible(False)
        self.reminder_close.clicked.connect(self.dismiss_reminder)

    def show_text(self, text: str) -> None:
        """ "Needs you now" as things stand: gone when nothing is due; back when what is due changed
        since the user closed it."""
        if not text:
            self.clear()
            return
        self.reminder.setText(self.tr("Needs you now:") + "\n" + text)
        if text != self._dismissed:
            self._dismissed = ""
            self.setVisible(True)

    def clear(self) -> None:
        self.reminder.clear()
        self.setVisible(False)

    @Slot()
    def dismiss_reminder(self) -> None:
        """Close "Needs you now" until what it says changes."""
        self._dismissed = self.reminder.text().partition("\n")[2]
        self.setVisible(False)
