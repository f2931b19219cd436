"""The left of the window: the list of cases with its filters, and the agenda under it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desktop_app.domain.vocab import CaseStatus
from desktop_app.services import CaseSummary
from desktop_app.ui.agenda import AgendaPanel
from desktop_app.ui.case_view import make_table, sorted_proxy
from desktop_app.ui.models import ID_ROLE, case_list_model

PREPARE_AFTER_MS = 150  # after the list is filled and painted
PREPARE_ROWS = 200  # rows a slice prepares: about 3 ms


class CaseListPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_model = case_list_model(self)
        # The rows' search text (and the columns it reads: deadline, checklist) is worked out a
        # slice at a time once the list is shown, so that the first key typed in the filter is
        # quick; each slice is a few milliseconds, and the window answers in between.
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_search)
        self.case_model.modelReset.connect(lambda: self._prepare.start(PREPARE_AFTER_MS))
        self.case_proxy = sorted_proxy(self.case_model, self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter cases (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.case_proxy.set_needle)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.toggled.connect(self.apply_filters)
        self.status_filter = QComboBox()
        self.status_filter.setToolTip(self.tr("Show only the cases with this status"))
        # As wide as its longest status in the window's language ("En attente du commerçant") where
        # there is room (on a line of its own with the archived box, under the filter); never
        # narrower than "Any status" ("Cualquier estado"), so that the list still fits a small screen.
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.setMinimumWidth(self.status_filter.sizeHint().width())
        for status in CaseStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.apply_filters()
        self.case_table = make_table(self.case_proxy)
        self.case_table.setSortingEnabled(True)
        self.case_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # The title is what people scan for: it gets room, the other columns scroll sideways.
        header = self.case_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
        # Each column at least as wide as its title in the window's language ("Prochaine échéance").
        for column, width in enumerate((230, 130)):
            self.case_table.setColumnWidth(column, width)
        for column in range(header.count()):
            self.case_table.setColumnWidth(
                column, max(self.case_table.columnWidth(column), header.sectionSizeHint(column))
            )
        self.case_table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.status_filter)
        filter_row.addWidget(self.show_archived)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        self.agenda = AgendaPanel()
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.case_table)
        self.left_splitter.addWidget(self.agenda)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        layout.addWidget(self.left_splitter)

    def _prepare_search(self) -> None:
        if not self.case_model.prepare_search(PREPARE_ROWS):
            self._prepare.start(0)

    def apply_filters(self) -> None:
        show_archived = self.show_archived.isChecked()
        status = self.status_filter.currentData()

        def keep(summary: CaseSummary) -> bool:
            return (show_archived or not summary.archived) and (status is None or summary.status == status)

        self.case_proxy.set_row_test(keep)

    def clear_filters(self, *, show_archived: bool) -> None:
        """Every case in view (the archived too when asked), to bring one forward."""
        if show_archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        self.filter_edit.clear()
        self.status_filter.setCurrentIndex(0)

    def titles(self) -> dict[int, str]:
        model = self.case_model
        return {model.row_at(r).id: model.row_at(r).title for r in range(model.rowCount())}

    def current_case_id(self) -> int | None:
        index = self.case_table.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def first_case_id(self) -> int | None:
        value = self.case_proxy.index(0, 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select(self, case_id: int) -> bool:
        """Make ``case_id`` the current row (scrolled to); False when it is not in the list."""
        for row in range(self.case_proxy.rowCount()):
            index = self.case_proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.case_table.setCurrentIndex(index)
                self.case_table.scrollTo(index)
                return True
        return False
