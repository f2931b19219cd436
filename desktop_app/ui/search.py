"""Searching every case: results grouped by case, the matching words shown, each leading to its item."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.errors import DossierError
from desktop_app.services import CaseHits, SearchHit, Services

# Which tab of the case page shows each kind of hit.
SECTIONS = {
    "case": "overview",
    "purchase": "purchases",
    "communication": "communications",
    "evidence": "evidence",
    "task": "tasks",
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 10


def marked(hit: SearchHit) -> str:
    """The snippet as rich text, its matching words in bold."""
    parts: list[str] = []
    last = 0
    for start, end in hit.spans:
        if start < last:
            continue
        parts.append(html.escape(hit.snippet[last:start]))
        parts.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        last = end
    parts.append(html.escape(hit.snippet[last:]))
    return "".join(parts)


class SearchDialog(QDialog):
    """Type words: the cases holding them appear as you type, with where and how they matched."""

    open_requested = Signal(int, str, int)  # case id, section, item id
    searched = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search all cases"))
        self.services = services
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Words to find: “lodz” finds “Łódź”, “resume” finds “résumé”")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Found"), self.tr("Matching words")])
        self.results.setRootIsDecorated(True)
        self.results.setUniformRowHeights(False)
        self.results.setColumnWidth(0, 520)
        self.results.itemActivated.connect(self._activated)
        self.results.currentItemChanged.connect(self._show_snippet)
        self.snippet = QLabel()
        self.snippet.setWordWrap(True)
        self.snippet.setTextFormat(Qt.TextFormat.RichText)
        self.snippet.setMinimumHeight(48)
        self.snippet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.snippet)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.query_edit.returnPressed.connect(self._open_first)
        self.resize(820, 560)

    def search_for(self, query: str) -> None:
        self.query_edit.setText(query)
        self.run_search()

    @Slot()
    def run_search(self) -> None:
        self._debounce.stop()
        query = self.query_edit.text().strip()
        self.results.clear()
        self.snippet.clear()
        if not query:
            self.summary.clear()
            self.searched.emit()
            return
        try:
            found = self.services.search(query)
        except DossierError as exc:
            logs.error("ui.search.run_search", exc)
            self.summary.setText(str(exc))
            return
        for group in found:
            self._add_case(group)
        hits = sum(len(group.hits) for group in found)
        cases = len(found)
        self.summary.setText(
            self.tr("%n item(s) in %1", "", hits).replace(
                "%1", self.tr("%n case(s)", "3 items in 2 cases", cases)
            )
            if found
            else self.tr("Nothing holds these words.")
        )
        first = self.results.topLevelItem(0)
        first_hit = first.child(0) if first is not None else None
        if first_hit is not None:
            self.results.setCurrentItem(first_hit)
        self.searched.emit()

    def _add_case(self, group: CaseHits) -> None:
        top = QTreeWidgetItem([group.title, ""])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setData(0, HIT_ROLE, (group.case_id, "overview", group.case_id))
        for hit in group.hits:
            child = QTreeWidgetItem([hit.label, ", ".join(hit.matched)])
            child.setToolTip(0, hit.snippet)
            child.setData(0, HIT_ROLE, (group.case_id, SECTIONS[hit.kind], hit.item_id))
            child.setData(1, HIT_ROLE, marked(hit))
            top.addChild(child)
        self.results.addTopLevelItem(top)
        top.setExpanded(True)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _show_snippet(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        text = current.data(1, HIT_ROLE) if current is not None else None
        self.snippet.setText(str(text) if text else "")

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, HIT_ROLE)
        if target:
            case_id, section, item_id = target
            self.open_requested.emit(int(case_id), str(section), int(item_id))

    @Slot()
    def _open_first(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        current = self.results.currentItem()
        if current is not None:
            self._activated(current)

    def hit_rows(self) -> list[tuple[str, str]]:
        """Every hit shown: (label, matching words), in order."""
        rows = []
        for i in range(self.results.topLevelItemCount()):
            top = self.results.topLevelItem(i)
            children = [top.child(j) for j in range(top.childCount())] if top is not None else []
            rows += [(child.text(0), child.text(1)) for child in children if child is not None]
        return rows
