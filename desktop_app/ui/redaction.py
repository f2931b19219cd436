"""Boxes the user draws over an exhibit's picture or page, to hide what is under them in the pack.

A :class:`RedactionCanvas` shows one page (an image is page 1) scaled to fit, and the boxes over
it, opaque. The mouse draws a box (press, drag, release); a click selects one; Delete, the
context menu or the bar's button removes it. A box is kept as a
:class:`~desktop_app.domain.models.RedactionArea`: fractions of the page's width and height from
its top-left corner, worked out from where the page's pixmap is drawn on screen, so the same box
is read whatever the zoom. A drag of zero width or height draws nothing.

The :class:`RedactionBar` above the preview says how, and saves or discards the boxes; the
evidence controller saves them through ``Services.update_evidence`` as an undoable edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.domain.models import RedactionArea

_REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def rect_of(area: RedactionArea, shown: QRect) -> QRectF:
    """Where the box ``area`` is drawn over the page's pixmap at ``shown``."""
    return QRectF(
        shown.x() + area.x * shown.width(),
        shown.y() + area.y * shown.height(),
        area.width * shown.width(),
        area.height * shown.height(),
    )


class RedactionCanvas(QWidget):
    """One page or picture, scaled to fit (never above its own size), with its boxes over it."""

    changed = Signal()  # a box was drawn or removed
    selection_changed = Signal()

    def __init__(self, page: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self._image = QImage()
        self._scaled = QPixmap()
        self._boxes: list[RedactionArea] = []
        self._saved: set[RedactionArea] = set()
        self.selected: int | None = None  # the index of the selected box
        self._origin: QPointF | None = None  # where a drag began, in fractions of the page
        self._drag: QPointF | None = None  # where it is now
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._name_page()
        self.setToolTip(
            self.tr("Drag to draw a box over what the bank must not see; click a box, then Delete removes it")
        )

    def _name_page(self) -> None:
        self.setAccessibleName(
            self.tr("Page %1: drag to draw a box to hide in the pack").replace("%1", str(self.page))
        )

    def set_page(
        self, page: int, image: QImage, boxes: Sequence[RedactionArea], saved: Sequence[RedactionArea]
    ) -> None:
        """Show another page (from 1): its picture (null while it is being drawn) and its boxes."""
        self.page = page
        self._name_page()
        self.set_image(image)
        self.set_boxes(boxes, saved)

    # ------------------------------------------------------------------ the picture

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._scaled = QPixmap()
        self.updateGeometry()
        self.update()

    def image(self) -> QImage:
        return self._image

    def isNull(self) -> bool:  # as QPixmap's and QImage's
        return self._image.isNull()

    def sizeHint(self) -> QSize:
        return self._image.size() if not self._image.isNull() else QSize(200, 150)

    def shown_rect(self) -> QRect:
        """Where the page's pixmap is drawn: fitted into the widget, centred, at most its own size."""
        if self._image.isNull():
            return QRect()
        box = self.contentsRect()
        iw, ih = self._image.width(), self._image.height()
        scale = min(box.width() / iw, box.height() / ih, 1.0)
        w, h = max(1, round(iw * scale)), max(1, round(ih * scale))
        return QRect(box.x() + (box.width() - w) // 2, box.y() + (box.height() - h) // 2, w, h)

    def pixmap(self) -> QPixmap:
        """The page as it is shown (scaled)."""
        shown = self.shown_rect()
        if self._image.isNull():
            return QPixmap()
        if self._scaled.isNull() or self._scaled.size() != shown.size():
            self._scaled = QPixmap.fromImage(
                self._image.scaled(
                    shown.size(),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        return self._scaled

    # ------------------------------------------------------------------ the boxes

    def boxes(self) -> list[RedactionArea]:
        return list(self._boxes)

    def set_boxes(self, boxes: Sequence[RedactionArea], saved: Sequence[RedactionArea] = ()) -> None:
        """The page's boxes, and those of them that are saved (drawn without the "not saved" outline)."""
        self._boxes = [b for b in boxes if b.page == self.page]
        self._saved = set(saved)
        self._cancel_drag()
        self._select(None)
        self.update()

    def mark_saved(self, saved: Sequence[RedactionArea]) -> None:
        self._saved = set(saved)
        self.update()

    def unsaved(self) -> list[RedactionArea]:
        return [b for b in self._boxes if b not in self._saved]

    def remove_selected(self) -> bool:
        if self.selected is None:
            return False
        del self._boxes[self.selected]
        self._select(None)
        self.update()
        self.changed.emit()
        return True

    def remove_all(self) -> bool:
        if not self._boxes:
            return False
        self._boxes = []
        self._select(None)
        self.update()
        self.changed.emit()
        return True

    def box_at(self, point: QPointF) -> int | None:
        """The topmost box under ``point`` (widget coordinates)."""
        shown = self.shown_rect()
        for index in range(len(self._boxes) - 1, -1, -1):
            if rect_of(self._boxes[index], shown).contains(point):
                return index
        return None

    def _select(self, index: int | None) -> None:
        if index != self.selected:
            self.selected = index
            self.update()
            self.selection_changed.emit()

    # ------------------------------------------------------------------ drawing with the mouse

    def fraction_at(self, point: QPointF) -> QPointF:
        """``point`` (widget coordinates) as fractions of the page shown, held to the page's edges."""
        shown = self.shown_rect()
        x = (point.x() - shown.x()) / shown.width()
        y = (point.y() - shown.y()) / shown.height()
        return QPointF(min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))

    def _drag_rect(self) -> QRectF | None:
        """The box being drawn, where it is on screen now (kept in fractions of the page, so that
        it stays over the same part of the page if the preview is resized during the drag)."""
        if self._origin is None or self._drag is None:
            return None
        shown = self.shown_rect()
        corners = [
            QPointF(shown.x() + p.x() * shown.width(), shown.y() + p.y() * shown.height())
            for p in (self._origin, self._drag)
        ]
        return QRectF(corners[0], corners[1]).normalized()

    def _cancel_drag(self) -> None:
        self._origin = self._drag = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        if event.button() != Qt.MouseButton.LeftButton or self._image.isNull():
            super().mousePressEvent(event)
            return
        if not QRectF(self.shown_rect()).contains(point):
            self._select(None)
            return
        self._origin = self._drag = self.fraction_at(point)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is None:
            super().mouseMoveEvent(event)
            return
        self._drag = self.fraction_at(event.position())
        self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._origin is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        start, end = self._origin, self.fraction_at(event.position())
        self._cancel_drag()
        event.accept()
        x, y = min(start.x(), end.x()), min(start.y(), end.y())
        width, height = max(start.x(), end.x()) - x, max(start.y(), end.y()) - y
        if width <= 0 or height <= 0:
            # A click, or a drag along a line: no box (nothing to hide); a click picks a box.
            self._select(self.box_at(event.position()))
            self.update()
            return
        # The box was drawn inside the page: a sum one ulp past 1 is the page's edge.
        self._boxes.append(RedactionArea(self.page, x, y, min(width, 1.0 - x), min(height, 1.0 - y)))
        self._select(len(self._boxes) - 1)
        self.update()
        self.changed.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.box_at(QPointF(event.pos()))
        if index is None:
            event.ignore()
            return
        self._select(index)
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove this box"))
        remove.triggered.connect(self.remove_selected)
        menu.exec(event.globalPos())

    def event(self, event: QEvent) -> bool:
        # Delete removes the selected box here, not the exhibit (the window's Delete moves it to the trash).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self.selected is not None and event.key() in _REMOVE_KEYS:
                event.accept()
                return True
            if self._origin is not None and event.key() == Qt.Key.Key_Escape:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _REMOVE_KEYS and self.remove_selected():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and (self._origin is not None or self.selected is not None):
            self._cancel_drag()
            self._select(None)
            self.update()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.shown_rect()
        if not shown.isNull():
            painter.drawPixmap(shown.topLeft(), self.pixmap())
        highlight = self.palette().highlight().color()
        for index, box in enumerate(self._boxes):
            rect = rect_of(box, shown)
            painter.fillRect(rect, QColor(0, 0, 0))  # opaque: what the pack shows
            if box not in self._saved:  # drawn, not saved yet
                painter.setPen(QPen(QColor(255, 170, 0), 2, Qt.PenStyle.DashLine))
                painter.drawRect(rect)
            if index == self.selected:
                painter.setPen(QPen(highlight, 3 if self.hasFocus() else 2))
                painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        drag = self._drag_rect()
        if drag is not None:
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(QColor(0, 0, 0, 120)))
            painter.drawRect(drag)
        painter.end()


class RedactionBar(QWidget):
    """What to do with the boxes: a hint, remove the selected box, save, discard."""

    save_requested = Signal()
    discard_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self.tr("Drag over the picture to hide a part of it in the pack."))
        self.hint.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("redactionState")
        self.remove_button = QPushButton(self.tr("Remove box"))
        self.remove_button.setToolTip(self.tr("Remove the selected box (Delete)"))
        self.save_button = QPushButton(self.tr("Save redaction"))
        self.save_button.setToolTip(
            self.tr("Keep these boxes as the exhibit's redaction: the pack hides what is under them (Ctrl+S)")
        )
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.remove_button.clicked.connect(self.remove_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addLayout(row)
        self.show_state(0, False, False)

    def show_state(self, boxes: int, dirty: bool, selected: bool) -> None:
        if dirty:
            text = self.tr("%n box(es), not saved", "", boxes)
        elif boxes:
            text = self.tr("%n box(es) saved", "", boxes)
        else:
            text = ""
        self.state.setText(text)
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.remove_button.setEnabled(selected)
