"""What comes due: the deadlines and promises of every open case, most urgent first, and the
reminder Dossier gives when it starts (in the window, and in the system tray where there is one).

Dossier runs no background service: reminders come when the app is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import CaseDeadline
from desktop_app.ui.case_view import make_table, sorted_proxy
from desktop_app.ui.counts import counted, when_text
from desktop_app.ui.models import Column, RecordTableModel
from desktop_app.ui.wording import labelled

translate = QCoreApplication.translate

SOON_DAYS = 14  # what the agenda shows: what is late, and what comes due within two weeks
REMIND_DAYS = 3  # what the start-up reminder names: late, or due within three days


def agenda_model(titles: dict[int, str], parent: object = None) -> RecordTableModel[CaseDeadline]:
    def when(d: CaseDeadline) -> str:
        return when_text(d.days_left)

    columns: list[Column[CaseDeadline]] = [
        Column(translate("AgendaPanel", "When"), when, sort_key=lambda d: (d.due.isoformat(), d.case_id)),
        Column(
            translate("AgendaPanel", "What"),
            lambda d: d.title,
            tooltip=lambda d: "\n\n".join(p for p in (d.title, d.note, d.source) if p),
        ),
        Column(translate("AgendaPanel", "Case"), lambda d: titles.get(d.case_id, str(d.case_id))),
    ]
    return RecordTableModel(columns, lambda d: d.case_id, parent)


def urgent(deadlines: list[CaseDeadline], within: int) -> list[CaseDeadline]:
    """What needs doing: late or due within ``within`` days; waits (a first day) are not reminders."""
    return [
        d
        for d in deadlines
        if d.kind != "wait" and d.days_left <= within and (d.days_left >= 0 or d.rule_id.startswith("task:"))
    ]


class AgendaPanel(QWidget):
    """Due soon, across every open case; Enter or a double click opens the case at its deadlines."""

    open_requested = Signal(int)  # case id
    calendar_requested = Signal()  # "Add to calendar…": every open case's open deadlines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles: dict[int, str] = {}
        self._by_case: dict[int, list[CaseDeadline]] = {}  # what the agenda knows, per case
        self.model = agenda_model(self.titles, self)
        self.table: QTableView = make_table(sorted_proxy(self.model, self))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 120)
        self.heading = QLabel()
        self.heading.setObjectName("agendaHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Write every open case's open deadlines to an iCalendar (.ics) file, with reminders")
        )
        self.calendar_button.clicked.connect(self.calendar_requested)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.table)

    def show_deadlines(self, deadlines: list[CaseDeadline], titles: dict[int, str]) -> None:
        """Every open case's deadlines (``services.deadlines()``), and the cases' titles."""
        self.titles.clear()
        self.titles.update(titles)
        self._by_case = {}
        for d in deadlines:
            self._by_case.setdefault(d.case_id, []).append(d)
        self._show()

    def update_case(self, case_id: int, deadlines: list[CaseDeadline], *, title: str | None = None) -> None:
        """One case's deadlines (``services.deadlines(case_id)``) in place of those shown for it.

        Pass [] for a case that has left the agenda (archived or deleted); ``title``, when
        given, is the case's title as it now is. The other cases' deadlines are not computed again.
        """
        if deadlines:
            self._by_case[case_id] = list(deadlines)
        else:
            self._by_case.pop(case_id, None)
        if title is not None:
            self.titles[case_id] = title
        self._show()

    def deadlines(self) -> list[CaseDeadline]:
        """Every deadline the agenda knows of, soonest first (for the reminder)."""
        every = [d for shown in self._by_case.values() for d in shown]
        return sorted(every, key=lambda d: d.due)

    def _show(self) -> None:
        soon = urgent(self.deadlines(), SOON_DAYS)
        self.model.set_rows(soon)
        late = sum(1 for d in soon if d.days_left < 0)
        text = self.tr("Due soon: %1").replace("%1", str(len(soon)))
        if late:
            text += " " + self.tr("(%1 late)").replace("%1", str(late))
        self.heading.setText(text if soon else self.tr("Nothing due in the next two weeks."))
        self.table.setVisible(bool(soon))
        self.calendar_button.setEnabled(any(d.days_left >= 0 for d in self.deadlines()))
        self.table.resizeColumnToContents(0)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 1)
        if case_id is not None:
            self.open_requested.emit(int(case_id))


def reminder_text(deadlines: list[CaseDeadline], titles: dict[int, str]) -> str:
    """The start-up reminder: what is late or due within a few days, most urgent first ("" if nothing)."""
    due = sorted(urgent(deadlines, REMIND_DAYS), key=lambda d: d.due)
    if not due:
        return ""
    lines = []
    for d in due[:5]:
        lines.append(labelled(when_text(d.days_left), f"{d.title} ({titles.get(d.case_id, d.case_id)})"))
    if len(due) > 5:
        lines.append(counted().more(len(due) - 5))
    return "\n".join(lines)


def notify(tray: QSystemTrayIcon | None, title: str, text: str) -> bool:
    """Show ``text`` in the system tray where the desktop has one; False where it has none."""
    if tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    tray.showMessage(title, text, QIcon(), 15_000)
    return True
