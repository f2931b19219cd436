"""The evidence preview: an exhibit's picture, first pages or text, and the boxes drawn over them
to hide in the pack (see ui/redaction.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import RedactionArea
from desktop_app.ui.redaction import RedactionBar, RedactionCanvas

if TYPE_CHECKING:  # a preview's type only: importing it loads the page renderers (pypdfium2, Pillow)
    from desktop_app.services import Preview


class EvidencePreview(QWidget):
    """A picture scaled to fit, a PDF's first pages, or read-only text: an exhibit at a glance.

    Over a picture or a page the user draws boxes to hide in the pack (ui/redaction.py); the bar
    above saves them (``save_requested(evidence_id, boxes)``, which the evidence controller turns
    into an undoable edit) or discards them. Boxes on pages not shown here are kept as they are.
    """

    save_requested = Signal(int, object)  # the exhibit's id, its boxes (tuple[RedactionArea, ...])

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.image = RedactionCanvas(1)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.empty = QLabel(self.tr("Choose an exhibit to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QScrollArea()
        self.pages.setWidgetResizable(True)
        self.page_labels: list[RedactionCanvas] = []
        self._page_images: list[QImage] = []
        self.page_text = QLabel()
        self.page_text.setWordWrap(True)
        self.page_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.empty, self.image, self.text, self.pages):
            self.stack.addWidget(widget)
        self.evidence_id: int | None = None  # the exhibit shown
        self.saved: tuple[RedactionArea, ...] = ()  # its redaction as stored
        self.bar = RedactionBar()
        self.bar.save_requested.connect(self.save)
        self.bar.discard_requested.connect(self.discard)
        self.bar.remove_requested.connect(self._remove_selected)
        self._watch(self.image)
        save_key = QShortcut(QKeySequence("Ctrl+S"), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self._show_bar()

    def currentWidget(self) -> QWidget | None:  # as the QStackedWidget it shows
        return self.stack.currentWidget()

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.stack.setCurrentWidget(widget)
        self._show_bar()

    def show_preview(
        self,
        preview: Preview | None,
        evidence_id: int | None = None,
        redactions: Sequence[RedactionArea] = (),
    ) -> None:
        """Show ``preview``, the exhibit ``evidence_id``'s, with its saved boxes ``redactions``."""
        self.evidence_id = evidence_id if preview is not None else None
        self.saved = tuple(redactions)
        if preview is None:
            self.setCurrentWidget(self.empty)
        elif preview.kind == "image":
            image = _decode(preview.data, self._box())
            if image.isNull():
                self.text.setPlainText(self.tr("This image cannot be shown."))
                self.setCurrentWidget(self.text)
                return
            self.image.set_image(image)
            self.image.set_boxes(self.saved, self.saved)
            self.setCurrentWidget(self.image)
        elif preview.kind == "pages":
            self._show_pages(preview)
        else:
            self.text.setPlainText(preview.text)
            self.setCurrentWidget(self.text)

    def _box(self) -> QSize:
        return self.size().boundedTo(self.maximumSize()) if self.width() > 50 else self.image.minimumSize()

    def _show_pages(self, preview: Preview) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        self.page_labels = []
        self._page_images = [_decode(png, QSize()) for png in preview.pages]
        for number, image in enumerate(self._page_images, start=1):
            canvas = RedactionCanvas(number)
            canvas.setMinimumSize(1, 1)
            canvas.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            canvas.set_image(image)
            canvas.set_boxes(self.saved, self.saved)
            self._watch(canvas)
            self.page_labels.append(canvas)
            column.addWidget(canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page_text.setText(preview.text)
        column.addWidget(self.page_text)
        column.addStretch(1)
        self.pages.setWidget(body)
        self.setCurrentWidget(self.pages)
        self._fit_pages()

    def _fit_pages(self) -> None:
        width = max(120, self.pages.viewport().width() - 24)
        for canvas, image in zip(self.page_labels, self._page_images, strict=True):
            if not image.isNull():
                shown = min(width, image.width())
                canvas.setFixedSize(shown, max(1, round(image.height() * shown / image.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentWidget() is self.pages:
            self._fit_pages()

    # ------------------------------------------------------------------ redaction boxes

    def canvases(self) -> list[RedactionCanvas]:
        """The pages shown that boxes can be drawn on (none for text)."""
        if self.evidence_id is None:
            return []
        if self.currentWidget() is self.image:
            return [self.image]
        if self.currentWidget() is self.pages:
            return [c for c in self.page_labels if not c.isNull()]
        return []

    def boxes(self) -> tuple[RedactionArea, ...]:
        """The boxes as they are now: those drawn on the pages shown, and the saved ones of the others."""
        canvases = self.canvases()
        shown = {c.page for c in canvases}
        kept = [b for b in self.saved if b.page not in shown]
        drawn = [b for c in canvases for b in c.boxes()]
        return tuple(sorted(kept + drawn, key=lambda b: b.page))

    def dirty(self) -> bool:
        """Whether boxes were drawn or removed since they were saved."""
        return sorted(self.boxes(), key=_box_key) != sorted(self.saved, key=_box_key)

    def show_saved(self, evidence_id: int, redactions: Sequence[RedactionArea]) -> None:
        """The exhibit's redaction as stored now (after a save, an undo): shown unless boxes are
        being drawn that are not saved yet."""
        if evidence_id != self.evidence_id:
            return
        if tuple(redactions) == self.saved:
            return
        unsaved = self.dirty()
        self.saved = tuple(redactions)
        for canvas in self.canvases():
            if unsaved:
                canvas.mark_saved(self.saved)
            else:
                canvas.set_boxes(self.saved, self.saved)
        self._show_bar()

    @Slot()
    def save(self) -> None:
        if self.evidence_id is not None and self.dirty():
            self.save_requested.emit(self.evidence_id, self.boxes())

    def saved_as(self, redactions: Sequence[RedactionArea]) -> None:
        """The boxes were saved (as ``redactions``): drawn as saved from now on."""
        self.saved = tuple(redactions)
        for canvas in self.canvases():
            canvas.mark_saved(self.saved)
        self._show_bar()

    @Slot()
    def discard(self) -> None:
        for canvas in self.canvases():
            canvas.set_boxes(self.saved, self.saved)
        self._show_bar()

    @Slot()
    def _remove_selected(self) -> None:
        for canvas in self.canvases():
            canvas.remove_selected()

    def _watch(self, canvas: RedactionCanvas) -> None:
        canvas.changed.connect(self._show_bar)
        canvas.selection_changed.connect(self._show_bar)

    @Slot()
    def _show_bar(self) -> None:
        canvases = self.canvases()
        self.bar.setVisible(bool(canvases))
        if canvases:
            selected = any(c.selected is not None for c in canvases)
            self.bar.show_state(len(self.boxes()), self.dirty(), selected)


def _box_key(box: RedactionArea) -> tuple[int, float, float, float, float]:
    return (box.page, box.x, box.y, box.width, box.height)


def _decode(data: bytes, box: QSize) -> QImage:
    """Decode an image, scaled down to fit ``box`` while decoding (an empty box: full size)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and box.isValid() and not box.isEmpty():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio).boundedTo(size))
    return reader.read()
