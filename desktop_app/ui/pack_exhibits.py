"""The export dialog's exhibits: their order (drag and drop, Move up / Move down, Alt+Up /
Alt+Down), which go in (ticked), what "Fit to the portal" chose, and the question asked when an
exhibit still shows a full card number.

The order shown is the order of the pack: the ticked exhibits, top to bottom, become
``PackOptions.evidence_ids`` in that order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import EvidenceItem
from desktop_app.ui.models import ID_ROLE

EXHIBIT_IDS_MIME = "application/x-dossier-exhibit-ids"
LEFT_OUT_ROLE = int(Qt.ItemDataRole.UserRole) + 7  # True: "Fit to the portal" left this exhibit out


def ordered(evidence: Sequence[EvidenceItem], order: Sequence[int]) -> list[EvidenceItem]:
    """``evidence`` in ``order`` (ids); items the order does not name follow, as they were."""
    by_id = {item.id: item for item in evidence}
    first = [by_id[i] for i in dict.fromkeys(order) if i in by_id]
    named = {item.id for item in first}
    return first + [item for item in evidence if item.id not in named]


class ExhibitList(QListWidget):
    """A list of exhibits the user reorders by dragging them (one or several) to another place."""

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+Up / Alt+Down move the selection (also the dialog's shortcuts, when they are heard first).
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:
        return [EXHIBIT_IDS_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        ids = ",".join(str(int(item.data(ID_ROLE))) for item in items)
        mime.setData(EXHIBIT_IDS_MIME, QByteArray(ids.encode("ascii")))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _dragged_ids(self, mime: QMimeData | None) -> list[int]:
        if mime is None or not mime.hasFormat(EXHIBIT_IDS_MIME):
            return []
        text = bytes(mime.data(EXHIBIT_IDS_MIME).data()).decode("ascii", "replace")
        mine = {int(self.item(row).data(ID_ROLE)) for row in range(self.count())}
        ids = [int(part) for part in text.split(",") if part.strip().isdigit()]
        return [i for i in ids if i in mine]  # only this list's own exhibits move

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged_ids(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # the drop indicator
        if self._dragged_ids(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def drop_row(self, event: QDropEvent) -> int:
        """Where a drop at the event's point puts the exhibits: before the row under it (after it in
        its lower half), or at the end below the last row."""
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() >= rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = self._dragged_ids(event.mimeData())
        if not ids:
            event.ignore()
            return
        self.move_ids(ids, self.drop_row(event))
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # Qt's name
        # The move is done by dropEvent. Qt's own startDrag would then remove the rows dragged
        # (as after a move to another list), deleting the exhibits just put in their place.
        items = self.selectedItems()
        if not items:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData(items))
        drag.exec(Qt.DropAction.MoveAction)

    def move_ids(self, ids: Sequence[int], row: int) -> None:
        """Move the exhibits ``ids`` (in the list's order) to ``row``, as a block, and keep them selected."""
        wanted = set(ids)
        rows = [r for r in range(self.count()) if int(self.item(r).data(ID_ROLE)) in wanted]
        if not rows:
            return
        before = [r for r in rows if r < row]
        taken = [self.takeItem(r) for r in reversed(rows)]
        taken.reverse()
        at = row - len(before)
        for offset, item in enumerate(taken):
            self.insertItem(at + offset, item)
        self.clearSelection()
        for item in taken:
            item.setSelected(True)
        self.setCurrentItem(taken[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        self.moved.emit()

    def move_selected(self, step: int) -> bool:
        """Move the selected exhibits one place up (-1) or down (+1); False when they cannot go further."""
        rows = sorted(self.row(item) for item in self.selectedItems())
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        if not rows or (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == self.count() - 1):
            return False
        ids = [int(self.item(r).data(ID_ROLE)) for r in rows]
        target = rows[0] - 1 if step < 0 else rows[-1] + 2
        self.move_ids(ids, target)
        return True


class ExhibitOrder(QWidget):
    """The exhibits list with its Move up / Move down buttons."""

    changed = Signal()  # an exhibit was moved, ticked or unticked

    def __init__(self, evidence: Sequence[EvidenceItem], order: Sequence[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.list = ExhibitList()
        self.list.setAccessibleName(self.tr("Exhibits, in the pack's order"))
        self.list.setToolTip(
            self.tr(
                "Drag an exhibit to its place, or select it and press Alt+Up / Alt+Down; untick: left out"
            )
        )
        self._titles: dict[int, str] = {}
        for item in ordered(evidence, order):
            entry = QListWidgetItem()
            entry.setData(ID_ROLE, item.id)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            entry.setCheckState(Qt.CheckState.Checked)
            self._titles[item.id or 0] = f"{item.title}  ({item.original_name})"
            entry.setText(self._titles[item.id or 0])
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected exhibits one place up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selected exhibits one place down (Alt+Down)"))
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        for key, slot in (("Alt+Up", self.move_up), ("Alt+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.list.moved.connect(self.changed)
        self.list.moved.connect(self._enable)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemSelectionChanged.connect(self._enable)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self._enable()

    def ids(self) -> list[int]:
        """Every exhibit, in the order shown."""
        return [int(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]

    def ticked(self) -> list[int]:
        """The exhibits that go in, in the order shown."""
        return [
            int(self.list.item(r).data(ID_ROLE))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def item_of(self, evidence_id: int) -> QListWidgetItem | None:
        for r in range(self.list.count()):
            if int(self.list.item(r).data(ID_ROLE)) == evidence_id:
                return self.list.item(r)
        return None

    def set_ticked(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        with _Quiet(self.list):
            for r in range(self.list.count()):
                entry = self.list.item(r)
                checked = int(entry.data(ID_ROLE)) in wanted
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.changed.emit()

    def set_order(self, ids: Sequence[int]) -> None:
        """Put the exhibits ``ids`` first, in that order (the others follow as they are)."""
        for at, evidence_id in enumerate(i for i in ids if self.item_of(i) is not None):
            self.list.move_ids([evidence_id], at)

    def mark_left_out(self, left_out: Sequence[int], notes: dict[int, str] | None = None) -> None:
        """Show which exhibits "Fit to the portal" left out (an empty list: none marked)."""
        out = set(left_out)
        with _Quiet(self.list):
            for r in range(self.list.count()):
                entry = self.list.item(r)
                evidence_id = int(entry.data(ID_ROLE))
                text = self._titles.get(evidence_id, entry.text())
                font = entry.font()
                font.setItalic(evidence_id in out)
                entry.setFont(font)
                if evidence_id in out:
                    why = (notes or {}).get(evidence_id)
                    text = self.tr("Left out to fit:") + " " + text + (f"  ({why})" if why else "")
                    entry.setForeground(
                        self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                    )
                else:
                    entry.setData(Qt.ItemDataRole.ForegroundRole, None)
                entry.setText(text)
                entry.setData(LEFT_OUT_ROLE, evidence_id in out)

    @Slot()
    def move_up(self) -> None:
        self.list.move_selected(-1)
        self._enable()

    @Slot()
    def move_down(self) -> None:
        self.list.move_selected(1)
        self._enable()

    @Slot(QListWidgetItem)
    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    @Slot()
    def _enable(self) -> None:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < self.list.count() - 1)


class _Quiet:
    """Signals of ``widget`` held while a block changes it (one ``changed`` said after)."""

    def __init__(self, widget: QListWidget) -> None:
        self.widget = widget
        self.was = False

    def __enter__(self) -> None:
        self.was = self.widget.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        self.widget.blockSignals(self.was)


translate = QCoreApplication.translate


def confirm_card_numbers(
    parent: QWidget, evidence: Sequence[EvidenceItem], letters: Sequence[str], evidence_ids: Sequence[int]
) -> bool:
    """Ask before writing a pack in which exhibits still show a full card number. True only when
    the user chose "Write anyway"; "Go back" is the default (and Escape)."""
    titles = {item.id: item.title for item in evidence}
    named = []
    for at, evidence_id in enumerate(evidence_ids):
        letter = letters[at] if at < len(letters) else ""
        title = titles.get(evidence_id, "")
        exhibit = (
            translate("ExportPackDialog", "Exhibit %1").replace("%1", letter)
            if letter
            else translate("ExportPackDialog", "An exhibit")
        )
        named.append(
            "• "
            + (
                translate("ExportPackDialog", "%1: “%2”").replace("%1", exhibit).replace("%2", title)
                if title
                else exhibit
            )
        )
    if not named:
        named = [
            "• " + translate("ExportPackDialog", "Exhibit %1").replace("%1", letter) for letter in letters
        ]
    box = QMessageBox(parent)
    box.setObjectName("cardNumbersRemain")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ExportPackDialog", "A full card number would go to the bank"))
    box.setText(
        translate(
            "ExportPackDialog", "These exhibits still show a full card number that Dossier could not hide:"
        )
        + "\n\n"
        + "\n".join(named)
    )
    box.setInformativeText(
        translate(
            "ExportPackDialog",
            "Go back to draw boxes over the number in the evidence preview, or untick the exhibit. "
            "Write anyway only if the bank must see the whole number.",
        )
    )
    back = box.addButton(translate("ExportPackDialog", "Go back"), QMessageBox.ButtonRole.RejectRole)
    anyway = box.addButton(
        translate("ExportPackDialog", "Write anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    answer = box.clickedButton() is anyway
    box.deleteLater()
    return answer
