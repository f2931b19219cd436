"""Thumbnails for the evidence list, drawn on a worker thread and kept for the session.

The GUI asks for the thumbnails of the files it shows; a worker reads each
file from the vault and draws it, and the pictures come back one by one as
a signal. A newer request replaces what is still waiting, so scrolling
through cases never queues up stale work.

Why a thread of its own and not the window's job runner (desktop_app/ui/jobs.py): it is a
different kind of work. A job is one operation the person started and waits for, one at a
time, with a progress dialog, a Cancel and a result; thumbnails are many small drawings the
person never asked for, that must go on while a job runs and be dropped the moment another
case is shown. They touch no database (``Services.thumbnail`` reads vault files only), so
they need no claim on the store; ``pause()`` stops them while the store is locked or converted.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from desktop_app.services import Services

THUMBNAIL_SIDE = 160


class _Drawer(QObject):
    drawn = Signal(str, bytes)  # sha256, PNG (empty: nothing to show)
    start = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._lock = threading.Lock()
        self._drawing = threading.Lock()  # held while a file is read and drawn
        self._waiting: list[tuple[str, str]] = []
        self.start.connect(self._run)

    def replace_queue(self, files: Sequence[tuple[str, str]]) -> None:
        with self._lock:
            self._waiting = list(files)

    def stop(self) -> None:
        self.replace_queue([])

    def wait_idle(self) -> None:
        """Return once the file being drawn, if any, is done (call after stop())."""
        with self._drawing:
            pass

    @Slot()
    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    return
                sha256, media_type = self._waiting.pop(0)
                self._drawing.acquire()
            try:
                png = self._services.thumbnail(sha256, media_type, THUMBNAIL_SIDE)
            finally:
                self._drawing.release()
            self.drawn.emit(sha256, png or b"")


class ThumbnailCache(QObject):
    """Pictures by SHA-256; ``changed`` says one has arrived."""

    changed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[str, QPixmap | None] = {}
        self._icons: dict[str, QIcon] = {}
        self._file_icon: QIcon | None = None  # the style's file icon, once one is shown
        self._thread = QThread(self)
        self._thread.setObjectName("thumbnails")
        self._drawer = _Drawer(services)
        self._drawer.moveToThread(self._thread)
        self._drawer.drawn.connect(self._arrived)
        self._closed = False
        self._paused = False
        self._thread.start()

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail, at most THUMBNAIL_SIDE on its longer side; None when there is none (yet)."""
        return self._pixmaps.get(sha256)

    def drawn(self, sha256: str) -> bool:
        """Whether the file was drawn already (with or without a picture to show)."""
        return sha256 in self._pixmaps

    def icon(self, sha256: str) -> QIcon:
        """The thumbnail as an icon a view scales to its size, or a plain file icon."""
        icon = self._icons.get(sha256)
        if icon is not None:
            return icon
        if self._file_icon is None:
            from PySide6.QtWidgets import QStyle  # its hundreds of enums: not at the window's start

            self._file_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return self._file_icon

    def request(self, files: Sequence[tuple[str, str]]) -> None:
        """Draw the thumbnails of ``files`` (sha256, media type) not drawn yet, in this order."""
        if self._paused:
            return
        wanted = [(sha, kind) for sha, kind in dict(files).items() if sha not in self._pixmaps]
        self._drawer.replace_queue(wanted)
        if wanted:
            self._drawer.start.emit()

    def pause(self) -> None:
        """Stop reading the store (it is being locked or converted) and forget every picture."""
        self._paused = True
        self._drawer.stop()
        self._drawer.wait_idle()
        self._pixmaps.clear()
        self._icons.clear()

    def resume(self) -> None:
        self._paused = False

    @Slot(str, bytes)
    def _arrived(self, sha256: str, png: bytes) -> None:
        if self._closed or self._paused:  # drawn before, delivered after: nobody may look at it
            return
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self._pixmaps[sha256] = pixmap
            self._icons[sha256] = QIcon(_squared(pixmap))
        else:
            self._pixmaps[sha256] = None
        self.changed.emit(sha256)

    def shut_down(self) -> None:
        self._closed = True
        self._drawer.stop()
        self._thread.quit()
        self._thread.wait(10_000)


def _squared(pixmap: QPixmap) -> QPixmap:
    """The picture centred on a transparent square, so that every row's text starts at one place."""
    side = max(pixmap.width(), pixmap.height())
    square = QPixmap(side, side)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawPixmap((side - pixmap.width()) // 2, (side - pixmap.height()) // 2, pixmap)
    painter.end()
    return square
