"""The frame's plumbing: what it remembers between runs, its other windows, the files dropped on it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QWidget,
)


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drop carries (none when it carries something else)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def fit_to_screen(window: QMainWindow) -> None:
    """Open at a comfortable size that fits the screen's free area (1366x768 included)."""
    screen = window.screen().availableGeometry()
    window.resize(min(1280, int(screen.width() * 0.94)), min(800, int(screen.height() * 0.9)))
    window.move(screen.center() - window.rect().center())


def non_modal_note(parent: QWidget, title: str, text: str, button: QMessageBox.StandardButton) -> QMessageBox:
    """A message box that does not block the window, its text selectable; gone once closed."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, button, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.show()
    return box


def stacked(*pages: QWidget) -> QStackedWidget:
    """One of ``pages`` at a time, the first to begin with."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    return stack


def ancestors(widget: QWidget | None) -> list[QWidget]:
    """``widget`` and every widget it sits in, innermost first."""
    found = []
    while widget is not None:
        found.append(widget)
        widget = widget.parentWidget()
    return found


def close_dialogs_of(window: QMainWindow, keep: QWidget | None = None) -> None:
    """Close the visible dialogs that belong to ``window`` (forms, letters, evidence, questions).

    ``keep`` and the windows it sits in stay open. Progress dialogs go with their jobs.
    """
    kept = {id(w) for w in ancestors(keep)}
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog)
        and w.isVisible()
        and id(w) not in kept
        and not isinstance(w, QProgressDialog)
        and window in ancestors(w)[1:]
    ]
    # The innermost first: a form's question closes before the form.
    for dialog in sorted(dialogs, key=lambda w: len(ancestors(w)), reverse=True):
        dialog.done(QDialog.DialogCode.Rejected)


class WindowState:
    """The window's size and layout, and the case last open in this store, as the person left them."""

    def __init__(self, settings: QSettings, data_dir: Path, splitters: dict[str, QSplitter]) -> None:
        self.settings = settings
        self.splitters = splitters  # settings key -> splitter
        # One "last case" per store: ids mean nothing in another store.
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        self.last_case_key = f"stores/{digest}/lastCase"

    def restore(self, window: QMainWindow) -> None:
        restorers = {"window/geometry": window.restoreGeometry, "window/state": window.restoreState}
        restorers.update({key: splitter.restoreState for key, splitter in self.splitters.items()})
        for key, restore in restorers.items():
            value = self.settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)

    def save(self, window: QMainWindow, *, layout: bool, case_id: int | None) -> None:
        """``layout`` False (locked: the toolbar is hidden) keeps the layout saved before."""
        self.settings.setValue("window/geometry", window.saveGeometry())
        if layout:
            self.settings.setValue("window/state", window.saveState())
        for key, splitter in self.splitters.items():
            self.settings.setValue(key, splitter.saveState())
        if case_id is not None:
            self.settings.setValue(self.last_case_key, case_id)
        self.settings.sync()

    def last_case_id(self) -> int | None:
        value = self.settings.value(self.last_case_key)
        try:
            return int(str(value)) if value is not None else None
        except (TypeError, ValueError):
            return None
