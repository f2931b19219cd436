"""The pages of the window: the welcome page and a case's page, and the tables they use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.amounts import disputed_total
from desktop_app.domain.deadlines import Notice
from desktop_app.domain.models import Case
from desktop_app.domain.money import display_amount
from desktop_app.domain.timeline import build_timeline
from desktop_app.services import CaseDeadline, CaseDetail
from desktop_app.ui.appearance import tabs_with_room_for_accents
from desktop_app.ui.evidence_preview import EvidencePreview
from desktop_app.ui.i18n import window_language
from desktop_app.ui.models import (
    ID_ROLE,
    FilterProxy,
    RecordTableModel,
    communications_model,
    evidence_model,
    purchases_model,
    rule_deadlines_model,
    tasks_model,
    timeline_model,
    window_lang,
)
from desktop_app.ui.overview_page import OverviewPage, notices_text
from desktop_app.ui.wording import form_label


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


class PageTabs(QTabWidget):
    """The case's tabs. QTabWidget lays its pages out in its own showEvent, after the page in front
    has had its first resize, at a size it keeps only for a moment: that page (the Overview) waits
    for the layout, and lays itself out once, at the size it is given (overview_page.py)."""

    def __init__(self) -> None:
        super().__init__()
        self._first: OverviewPage | None = None

    def lay_out_first(self, page: OverviewPage) -> None:
        page.wait_for_layout()
        self._first = page

    def showEvent(self, event: QShowEvent) -> None:
        page, self._first = self._first, None
        if page is not None:
            page.stop_waiting()
        super().showEvent(event)  # QTabWidget lays its pages out here
        if page is not None:
            page.catch_up()


class CaseView(QWidget):
    """The selected case: its facts, then its purchases, contacts, evidence and tasks.

    Amounts are written for ``lang`` (by default the window's language), as the pack writes them.
    """

    shown = Signal(int)  # a case's page was shown (its id), by show_page()
    calendar_requested = Signal()  # "Add to calendar…" on the case's deadlines

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or window_lang()
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
            target.addRow(form_label(label), value)
            self.facts[key] = value
        facts = QHBoxLayout()
        facts.addLayout(form, 3)
        facts.addLayout(facts_right, 2)

        self.purchases = purchases_model(self, lang=self.lang)
        self.communications = communications_model(self)
        self.evidence = evidence_model(self)
        self.tasks = tasks_model(self)
        self.timeline = timeline_model(self)
        self.tabs = PageTabs()
        if window_language() != "en":
            tabs_with_room_for_accents(self.tabs)
        self.tables: dict[str, QTableView] = {}
        self._unfitted: set[QTableView] = set()  # tables whose columns are fitted when their tab is shown
        self.overview = OverviewPage(lang=self.lang)
        self.tabs.lay_out_first(self.overview)
        self.pages: dict[str, QWidget] = {"overview": self.overview}
        self.labels: dict[str, str] = {"overview": self.tr("Overview")}
        self.tabs.addTab(self.overview, self.labels["overview"])
        # Short names, so that the six tabs fit a 1366x768 screen in every language; each tab's
        # tooltip says in full what it holds.
        tabs: list[tuple[str, RecordTableModel[Any], str, str]] = [
            (
                "purchases",
                self.purchases,
                self.tr("Charges"),
                self.tr("The purchases and the charges disputed"),
            ),
            (
                "communications",
                self.communications,
                self.tr("Contacts"),
                self.tr("What you, the merchant and the bank said to each other"),
            ),
            ("evidence", self.evidence, self.tr("Evidence"), self.tr("The files that back the dispute")),
            ("timeline", self.timeline, self.tr("Timeline"), self.tr("Everything in the case, by date")),
            ("tasks", self.tasks, self.tr("Deadlines"), self.tr("The rules' deadlines and your tasks")),
        ]
        for key, model, label, tip in tabs:
            proxy = sorted_proxy(model, self)
            table = make_table(proxy)
            table.setSortingEnabled(True)
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            self.tables[key] = table
            page: QWidget = table
            if key == "evidence":
                # Room for a thumbnail beside each exhibit's title.
                table.setIconSize(QSize(48, 48))
                table.verticalHeader().setDefaultSectionSize(54)
                self.preview = EvidencePreview()
                splitter = QSplitter()
                splitter.addWidget(table)
                splitter.addWidget(self.preview)
                splitter.setStretchFactor(0, 3)
                splitter.setStretchFactor(1, 2)
                page = splitter
            if key == "tasks":
                page = self._deadlines_page(table)
            self.pages[key] = page
            self.labels[key] = label
            self.tabs.setTabToolTip(self.tabs.addTab(page, label), tip)

        self.tables["timeline"].activated.connect(self._timeline_activated)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)

    def _deadlines_page(self, tasks_table: QTableView) -> QWidget:
        """The deadlines the rules give from the case's facts, above the user's own."""
        self.rule_deadlines = rule_deadlines_model(self, lang=self.lang)
        self.rule_table = make_table(sorted_proxy(self.rule_deadlines, self))
        self.rule_table.setSortingEnabled(True)
        self.rule_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        own = QLabel(self.tr("Your own deadlines, tasks and the promises you logged"))
        self.notices = QLabel()
        self.notices.setObjectName("deadlineNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        self.notices.setVisible(False)
        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setToolTip(
            self.tr(
                "Write this case's open deadlines to an iCalendar (.ics) file, with a reminder before each"
            )
        )
        self.calendar_button.clicked.connect(self.calendar_requested)
        heading = QHBoxLayout()
        heading.addWidget(self.rule_label, 1)
        heading.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignTop)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.notices)
        top_layout.addWidget(self.rule_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(own)
        bottom_layout.addWidget(tasks_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        return splitter

    def show_page(
        self, detail: CaseDetail, deadlines: list[CaseDeadline], notices: Sequence[Notice] = ()
    ) -> None:
        """The page of one case, once: its detail (``services.case_detail``), its deadlines
        (``services.deadlines(case_id)``) and the rights with no date of their own
        (``services.deadline_notices(case_id)``). ``shown`` says it happened (a view test counts it)."""
        self.show_case(detail)
        self.show_deadlines(deadlines, notices)
        self.shown.emit(detail.case.id or 0)

    def show_deadlines(self, deadlines: list[CaseDeadline], notices: Sequence[Notice] = ()) -> None:
        """The rules' deadlines of the case on screen, and the rights that have no date."""
        ruled = [d for d in deadlines if not d.rule_id.startswith("task:")]
        self.rule_deadlines.set_rows(ruled)
        self.overview.show_deadlines(deadlines, notices)
        self.notices.setText(notices_text(notices))
        self.notices.setVisible(bool(notices))
        self.rule_label.setText(
            self.tr("What the rules give from this case's facts (guidance, not legal advice):")
            if ruled
            else self.tr(
                "No deadline from the rules yet: fill in the case's payment, country and dates "
                "(Edit case details, F2) and Dossier computes the chargeback window and the legal limits."
            )
        )
        self.rule_table.setVisible(bool(ruled))
        self.calendar_button.setEnabled(any(d.days_left >= 0 for d in deadlines))
        self._fit_columns(self.rule_table)

    def current_section(self) -> str:
        """The key of the tab in front: overview, purchases, communications, evidence, timeline, tasks."""
        current = self.tabs.currentWidget()
        return next(key for key, page in self.pages.items() if page is current)

    def show_section(self, section: str) -> None:
        self.tabs.setCurrentWidget(self.pages[section])

    def tab_text(self, section: str) -> str:
        return self.tabs.tabText(self.tabs.indexOf(self.pages[section]))

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
        stage = case.stage if case.stage_override else detail.next_step.stage
        self.facts["status"].setText(f"{case.status.label} · {stage.label}")
        self.facts["payment"].setText(case.payment.describe() or "—")
        total = disputed_total(case, detail.purchases)
        self.facts["amount"].setText(display_amount(total.amount, total.currency, self.lang) or "—")
        self.facts["customer"].setText(case.customer_name or "—")
        self.purchases.set_rows(detail.purchases)
        self.communications.set_rows(detail.communications)
        self.evidence.set_rows(detail.evidence)
        self.tasks.set_rows(detail.tasks)
        timeline = build_timeline(
            case, detail.purchases, detail.communications, detail.evidence, detail.tasks, self.lang
        )
        self.timeline.set_rows(timeline)
        self.overview.show_case(detail)
        counts = {
            "purchases": len(detail.purchases),
            "communications": len(detail.communications),
            "evidence": len(detail.evidence),
            "timeline": len(timeline),
            "tasks": sum(1 for task in detail.tasks if task.done_at is None),
        }
        for key, count in counts.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), f"{self.labels[key]} ({count})")
        self._fit_columns(*self.tables.values())

    def _fit_columns(self, *tables: QTableView) -> None:
        """Each table's columns fitted to what it shows (a tab's table: none wider than 320), now
        for the tab in front, and for the others when their tab comes forward (the same widths)."""
        front = self.tabs.currentWidget()
        capped = set(self.tables.values())
        for table in tables:
            if front is not None and (front is table or front.isAncestorOf(table)):
                self._unfitted.discard(table)
                table.resizeColumnsToContents()
                for column in range(table.model().columnCount() if table in capped else 0):
                    if table.columnWidth(column) > 320:
                        table.setColumnWidth(column, 320)
            else:
                self._unfitted.add(table)

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        if self._unfitted:
            self._fit_columns(*list(self._unfitted))


def _merchant_text(case: Case) -> str:
    contacts = [c for c in (case.merchant.email, case.merchant.phone) if c]
    return case.merchant.name + (f" ({', '.join(contacts)})" if contacts else "")
