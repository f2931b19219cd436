"""The evidence preview: an exhibit's picture, a PDF's pages one at a time (any page, drawn when
it is asked for) or text, and the boxes drawn over them to hide in the pack (see ui/redaction.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import RedactionArea
from desktop_app.ui.redaction import RedactionBar, RedactionCanvas

if TYPE_CHECKING:  # a preview's type only: importing it loads the page renderers (pypdfium2, Pillow)
    from desktop_app.services import Preview


class EvidencePreview(QWidget):
    """A picture scaled to fit, a PDF's pages one at a time, or read-only text: an exhibit at a glance.

    A PDF shows one page and "Page 3 of 12": Previous / Next (PageUp / PageDown) or the page box
    go to any page. The first pages come drawn with the preview; another page is asked for with
    ``page_wanted(evidence_id, page)`` (the evidence controller draws it off the GUI thread) and
    shown by :meth:`show_page` when it arrives. Only the page shown is held in memory.

    Over a picture or a page the user draws boxes to hide in the pack (ui/redaction.py); the bar
    above saves them (``save_requested(evidence_id, boxes)``, which the evidence controller turns
    into an undoable edit) or discards them. The boxes of every page are kept while the user goes
    from page to page, and saved together; boxes stored for pages not visited are kept as they are.
    """

    save_requested = Signal(int, object)  # the exhibit's id, its boxes (tuple[RedactionArea, ...])
    page_wanted = Signal(int, int)  # the exhibit's id, the page (from 1) to draw: show_page() gets it

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
        self.page_canvas = RedactionCanvas(1)  # the page shown
        self.page_canvas.setMinimumSize(1, 1)
        self.page_canvas.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.page_labels: list[RedactionCanvas] = []  # [page_canvas] while a PDF is shown
        self._page_images: list[QImage] = []  # the page shown's picture (none while it is drawn)
        self.page_text = QLabel()
        self.page_text.setWordWrap(True)
        self.page_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.page_canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.page_text)
        column.addStretch(1)
        self.pages.setWidget(body)
        self.page = 1  # the page shown (or being drawn), from 1
        self.page_count = 0
        self._drawn_pages: tuple[bytes, ...] = ()  # the first pages, drawn with the preview
        self._other_pages: dict[int, list[RedactionArea]] = {}  # boxes of the pages visited, not shown
        self.page_nav = self._page_navigation()
        for widget in (self.empty, self.image, self.text, self.pages):
            self.stack.addWidget(widget)
        self.evidence_id: int | None = None  # the exhibit shown
        self.saved: tuple[RedactionArea, ...] = ()  # its redaction as stored
        self.bar = RedactionBar()
        self.bar.save_requested.connect(self.save)
        self.bar.discard_requested.connect(self.discard)
        self.bar.remove_requested.connect(self._remove_selected)
        self._watch(self.image)
        self._watch(self.page_canvas)
        save_key = QShortcut(QKeySequence("Ctrl+S"), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.page_nav)
        layout.addWidget(self.stack, 1)
        self._show_bar()

    def _page_navigation(self) -> QWidget:
        nav = QWidget()
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.previous_button.setToolTip(self.tr("The previous page (Page Up)"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setToolTip(self.tr("The next page (Page Down)"))
        self.page_box = QSpinBox()
        self.page_box.setKeyboardTracking(False)  # typing "12" goes to page 12, not to 1 first
        self.page_box.setPrefix(self.tr("Page "))
        self.page_box.setAccessibleName(self.tr("Page shown"))
        self.page_box.setToolTip(self.tr("Type a page number and press Enter to go to it"))
        self.page_state = QLabel()  # "Drawing page 5…", or why a page cannot be shown
        self.page_state.setObjectName("pageState")
        self.page_state.setWordWrap(True)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_box.valueChanged.connect(self.go_to)
        row = QHBoxLayout(nav)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_box)
        row.addWidget(self.next_button)
        row.addWidget(self.page_state, 1)
        self._page_keys: list[QShortcut] = []
        for key, slot in (("PgUp", self.previous_page), ("PgDown", self.next_page)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._page_keys.append(shortcut)
        nav.setVisible(False)
        return nav

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
        self._other_pages = {}
        self.page_labels = []
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
        self._drawn_pages = preview.pages
        self.page_count = max(preview.page_count, len(preview.pages))
        self.page_labels = [self.page_canvas]
        self.page_text.setText(preview.text)
        self.page_text.setVisible(True)
        self.page = 1
        self.page_canvas.set_page(1, _decode(preview.pages[0], QSize()), self.saved, self.saved)
        self._page_images = [self.page_canvas.image()]
        self.page_state.clear()
        self._show_page_number()
        self.setCurrentWidget(self.pages)
        self._fit_pages()
        self.pages.verticalScrollBar().setValue(0)

    # ------------------------------------------------------------------ going from page to page

    def _show_page_number(self) -> None:
        box = self.page_box
        box.blockSignals(True)
        box.setRange(1, max(1, self.page_count))
        box.setSuffix(self.tr(" of %1").replace("%1", str(self.page_count)))
        box.setValue(self.page)
        box.blockSignals(False)
        self.previous_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < self.page_count)

    @Slot()
    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to(self.page + 1)

    @Slot(int)
    def go_to(self, page: int) -> None:
        """Show page ``page`` (from 1) of the PDF shown, with its boxes (none: a page it does not have)."""
        if self.evidence_id is None or self.currentWidget() is not self.pages:
            return
        if not 1 <= page <= self.page_count or page == self.page:
            self._show_page_number()
            return
        canvas = self.page_canvas
        self._other_pages[canvas.page] = canvas.boxes()  # kept (drawn, removed or as saved) until saved
        boxes = self._other_pages.pop(page, None)
        if boxes is None:
            boxes = [b for b in self.saved if b.page == page]
        self.page = page
        drawn = page <= len(self._drawn_pages)
        image = _decode(self._drawn_pages[page - 1], QSize()) if drawn else QImage()
        canvas.set_page(page, image, boxes, self.saved)
        self._page_images = [image]
        self.page_state.setText("" if drawn else self.tr("Drawing page %1…").replace("%1", str(page)))
        self.page_text.setVisible(page == 1)  # the first page's text, read by pypdf
        self._show_page_number()
        self._fit_pages()
        self.pages.verticalScrollBar().setValue(0)
        self._show_bar()
        if not drawn:
            self.page_wanted.emit(self.evidence_id, page)

    def show_page(self, evidence_id: int, page: int, png: bytes) -> None:
        """Page ``page`` of ``evidence_id``, drawn: shown if it is still the page wanted."""
        if evidence_id != self.evidence_id or page != self.page or self.currentWidget() is not self.pages:
            return
        image = _decode(png, QSize())
        if image.isNull():
            self.page_failed(evidence_id, page, self.tr("This page cannot be shown."))
            return
        self.page_canvas.set_image(image)
        self._page_images = [image]
        self.page_state.clear()
        self._fit_pages()

    def page_failed(self, evidence_id: int, page: int, message: str) -> None:
        """Page ``page`` could not be drawn: why, in place of the picture (its boxes are kept)."""
        if evidence_id == self.evidence_id and page == self.page:
            self.page_state.setText(message)

    def _fit_pages(self) -> None:
        width = max(120, self.pages.viewport().width() - 24)
        for canvas, image in zip(self.page_labels, self._page_images, strict=False):
            if image.isNull():  # being drawn: a page's room, held
                canvas.setFixedSize(width, round(width * 1.414))
            else:
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
            return list(self.page_labels)
        return []

    def boxes(self) -> tuple[RedactionArea, ...]:
        """The boxes as they are now: those of the page shown and of the pages visited, and the
        saved ones of the others."""
        canvases = self.canvases()
        visited = self._other_pages if self.currentWidget() is self.pages else {}
        shown = {c.page for c in canvases} | set(visited)
        kept = [b for b in self.saved if b.page not in shown]
        drawn = [b for c in canvases for b in c.boxes()] + [b for boxes in visited.values() for b in boxes]
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
        if not unsaved:
            self._other_pages = {}
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
        self._other_pages = {}
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
        paging = self.evidence_id is not None and self.currentWidget() is self.pages
        self.page_nav.setVisible(paging)
        for shortcut in self._page_keys:
            shortcut.setEnabled(paging)
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
