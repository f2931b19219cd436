"""The pages of the window: the welcome page and a case's page, and the tables they use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import Case
from desktop_app.domain.money import display_amount
from desktop_app.domain.timeline import build_timeline
from desktop_app.intake.preview import Preview
from desktop_app.services import CaseDetail
from desktop_app.ui.models import (
    ID_ROLE,
    FilterProxy,
    RecordTableModel,
    communications_model,
    evidence_model,
    purchases_model,
    tasks_model,
    timeline_model,
)


def make_table(model: QSortFilterProxyModel | RecordTableModel, parent: QWidget | None = None) -> QTableView:  # type: ignore[type-arg]
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def sorted_proxy(model: RecordTableModel, parent: QObject) -> FilterProxy:  # type: ignore[type-arg]
    return FilterProxy(model, parent)


class WelcomePage(QWidget):
    """Shown while the store has no case."""

    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Dossier"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Dossier keeps the whole record of a billing dispute in one place: the charges, "
                "the receipts and statements, every e-mail, call and chat with the merchant, and "
                "the deadlines that matter. When the merchant will not fix it, Dossier turns the "
                "record into an evidence pack your bank accepts.\n\n"
                "Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        self.sample_button = QPushButton(self.tr("Open the &sample case"))
        self.sample_button.setDefault(True)
        self.sample_button.setToolTip(
            self.tr("A subscription billed after cancellation, with evidence, to look around")
        )
        self.import_button = QPushButton(self.tr("&Import a case file…"))
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(text)
        column.addSpacing(18)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)


class EvidencePreview(QStackedWidget):
    """A picture scaled to fit, or read-only text: what an exhibit holds, at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 150)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.empty = QLabel(self.tr("Choose an exhibit to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        for widget in (self.empty, self.image, self.text):
            self.addWidget(widget)

    def show_preview(self, preview: Preview | None) -> None:
        if preview is None:
            self.setCurrentWidget(self.empty)
        elif preview.kind == "image":
            buffer = QBuffer()
            buffer.setData(QByteArray(preview.data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer)
            size = reader.size()
            box = self.size().boundedTo(self.maximumSize()) if self.width() > 50 else self.image.minimumSize()
            if size.isValid():
                reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio).boundedTo(size))
            image = reader.read()
            if image.isNull():
                self.text.setPlainText(
                    self.tr("This image cannot be shown: %1").replace("%1", reader.errorString())
                )
                self.setCurrentWidget(self.text)
                return
            self.image.setPixmap(QPixmap.fromImage(image))
            self.setCurrentWidget(self.image)
        else:
            self.text.setPlainText(preview.text)
            self.setCurrentWidget(self.text)


class CaseView(QWidget):
    """The selected case: its facts, then its purchases, contacts, evidence and tasks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts_right = QFormLayout()
        for key, label, target in [
            ("merchant", self.tr("Merchant"), form),
            ("reason", self.tr("Reason"), form),
            ("status", self.tr("Status"), form),
            ("payment", self.tr("Paid with"), facts_right),
            ("amount", self.tr("Disputed"), facts_right),
            ("customer", self.tr("Customer"), facts_right),
        ]:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            target.addRow(label + ":", value)
            self.facts[key] = value
        facts = QHBoxLayout()
        facts.addLayout(form, 3)
        facts.addLayout(facts_right, 2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.purchases = purchases_model(self)
        self.communications = communications_model(self)
        self.evidence = evidence_model(self)
        self.tasks = tasks_model(self)
        self.timeline = timeline_model(self)
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableView] = {}
        self.pages: dict[str, QWidget] = {}
        tabs: list[tuple[str, RecordTableModel[Any], str]] = [
            ("purchases", self.purchases, self.tr("Purchases and charges")),
            ("communications", self.communications, self.tr("Communications")),
            ("evidence", self.evidence, self.tr("Evidence")),
            ("timeline", self.timeline, self.tr("Timeline")),
            ("tasks", self.tasks, self.tr("Deadlines and tasks")),
        ]
        for key, model, label in tabs:
            proxy = sorted_proxy(model, self)
            table = make_table(proxy)
            table.setSortingEnabled(True)
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            self.tables[key] = table
            page: QWidget = table
            if key == "evidence":
                self.preview = EvidencePreview()
                splitter = QSplitter()
                splitter.addWidget(table)
                splitter.addWidget(self.preview)
                splitter.setStretchFactor(0, 3)
                splitter.setStretchFactor(1, 2)
                page = splitter
            self.pages[key] = page
            self.tabs.addTab(page, label)

        self.tables["timeline"].activated.connect(self._timeline_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def show_item(self, section: str, item_id: int) -> bool:
        """Bring the tab of ``section`` forward and select the row of ``item_id``."""
        table = self.tables.get(section)
        if table is None:
            return False
        model = table.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == item_id:
                self.tabs.setCurrentWidget(self.pages[section])
                table.setCurrentIndex(index)
                table.scrollTo(index)
                table.setFocus()
                return True
        return False

    @Slot(QModelIndex)
    def _timeline_activated(self, index: QModelIndex) -> None:
        proxy = self.tables["timeline"].model()
        assert isinstance(proxy, FilterProxy)
        entry = self.timeline.row_at(proxy.mapToSource(index).row())
        if entry.section and entry.item_id is not None:
            self.show_item(entry.section, entry.item_id)

    def show_case(self, detail: CaseDetail) -> None:
        case = detail.case
        self.title.setText(case.title)
        self.facts["merchant"].setText(_merchant_text(case))
        self.facts["reason"].setText(case.reason.label)
        self.facts["status"].setText(f"{case.status.label} · {case.stage.label}")
        self.facts["payment"].setText(case.payment.describe() or "—")
        self.facts["amount"].setText(display_amount(case.disputed_amount, case.currency) or "—")
        self.facts["customer"].setText(case.customer_name or "—")
        self.summary.setText(case.summary or "")
        self.summary.setVisible(bool(case.summary))
        self.purchases.set_rows(detail.purchases)
        self.communications.set_rows(detail.communications)
        self.evidence.set_rows(detail.evidence)
        self.tasks.set_rows(detail.tasks)
        timeline = build_timeline(
            case, detail.purchases, detail.communications, detail.evidence, detail.tasks
        )
        self.timeline.set_rows(timeline)
        counts = [
            len(detail.purchases),
            len(detail.communications),
            len(detail.evidence),
            len(timeline),
            len(detail.tasks),
        ]
        labels = [
            self.tr("Purchases and charges"),
            self.tr("Communications"),
            self.tr("Evidence"),
            self.tr("Timeline"),
            self.tr("Deadlines and tasks"),
        ]
        for i, (label, count) in enumerate(zip(labels, counts, strict=True)):
            self.tabs.setTabText(i, f"{label} ({count})")
        for table in self.tables.values():
            table.resizeColumnsToContents()
            for column in range(table.model().columnCount()):
                if table.columnWidth(column) > 320:
                    table.setColumnWidth(column, 320)


def _merchant_text(case: Case) -> str:
    contacts = [c for c in (case.merchant.email, case.merchant.phone) if c]
    return case.merchant.name + (f" ({', '.join(contacts)})" if contacts else "")
