"""Item models over the services' read results.

The models hold plain rows (dataclasses from services/domain); they never
touch the database. ``SORT_ROLE`` gives each cell a value that sorts right
(amounts as numbers, dates as ISO text), ``ID_ROLE`` the row's id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.domain.amounts import figures
from desktop_app.domain.deadlines import label as counted_from_label
from desktop_app.domain.models import Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.money import display_amount, lang_of_locale_name
from desktop_app.domain.text import fold, format_moment, matches
from desktop_app.domain.timeline import TimelineEntry
from desktop_app.domain.vocab import Reason
from desktop_app.services import CaseDeadline, CaseSummary
from desktop_app.ui.case_cells import (
    checklist_tooltip,
    next_deadline_text,
    next_deadline_tooltip,
    status_text,
)
from desktop_app.ui.counts import file_size, when_text
from desktop_app.ui.wording import labelled

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def window_lang() -> str:
    """The pack language of the window's locale (``pl_PL`` -> ``pl``): amounts are written as the
    pack and the letters write them in that language."""
    return lang_of_locale_name(QLocale().name())


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of records, one column per :class:`Column`.

    Cheap at tens of thousands of rows: it keeps the records and nothing per cell. A cell's
    text is made when a view asks for it; the folded text a filter looks in is made for a row
    the first time a filter looks at it. The model sorts itself (:meth:`sort`: each row's key
    computed once, then one sort), so a proxy over it never compares rows one call at a time.
    One record changes with :meth:`update_row` / :meth:`remove_row` (one row's signals), all
    of them with :meth:`set_rows`.
    """

    def __init__(
        self, columns: Sequence[Column[R]], id_of: Callable[[R], int | None], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._search: list[str | None] = []  # folded text of every column, made when first asked
        self._prepared = 0
        self._seq: list[int] = []  # the order the records came in: ties sort in it, as Qt's stable sort
        self._next_seq = 0
        self._rows_of_id: dict[int | None, int] | None = None  # id -> row, made when first asked
        self._sorting: tuple[int, Qt.SortOrder] | None = None
        self._id_of = id_of
        # A picture beside the first column's text (a thumbnail), or None.
        self.decoration: Callable[[R], Any] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [None] * len(self._rows)
        self._prepared = 0  # the rows above have their search text (see prepare_search)
        self._seq = list(range(len(self._rows)))
        self._next_seq = len(self._rows)
        self._rows_of_id = None
        if self._sorting is not None:
            self._reorder(self._sorted_rows(*self._sorting))
        self.endResetModel()

    # ------------------------------------------------------------------ one record

    def row_of(self, record_id: int) -> int | None:
        """The row of the record whose id is ``record_id`` (None: not in the model)."""
        if self._rows_of_id is None:
            self._rows_of_id = {self._id_of(record): row for row, record in enumerate(self._rows)}
        return self._rows_of_id.get(record_id)

    def update_row(self, record: R) -> None:
        """Show ``record`` in place of the row with its id (inserted when absent), at its sorted place."""
        record_id = self._id_of(record)
        row = self.row_of(record_id) if record_id is not None else None
        if row is None:
            at = self._place_for(record, self._next_seq)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, record)
            self._search.insert(at, None)
            self._seq.insert(at, self._next_seq)
            self._next_seq += 1
            self._rows_of_id = None
            self.endInsertRows()
            return
        self._rows[row] = record
        self._search[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        if self._sorting is None:
            return
        seq = self._seq[row]
        del self._rows[row], self._search[row], self._seq[row]
        at = self._place_for(record, seq)
        self._rows.insert(row, record)
        self._search.insert(row, None)
        self._seq.insert(row, seq)
        if at != row:
            # beginMoveRows counts the destination before the row is taken out.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), at + 1 if at > row else at)
            self._rows.insert(at, self._rows.pop(row))
            self._search.insert(at, self._search.pop(row))
            self._seq.insert(at, self._seq.pop(row))
            self._rows_of_id = None
            self.endMoveRows()

    def remove_row(self, record_id: int) -> None:
        """Take out the row of the record whose id is ``record_id`` (nothing when it is not there)."""
        row = self.row_of(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row], self._search[row], self._seq[row]
        self._rows_of_id = None
        self.endRemoveRows()

    # ------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``'s sort key; the rows keep that order as records change."""
        if not 0 <= column < len(self._columns):
            return
        self._sorting = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rows = [index.row() for index in persistent]
        order_of_old = self._sorted_rows(column, order)
        self._reorder(order_of_old)
        new_row = {old: new for new, old in enumerate(order_of_old)}
        for index, old in zip(persistent, old_rows, strict=True):
            self.changePersistentIndex(index, self.index(new_row[old], index.column()))
        self.layoutChanged.emit()

    def _key(self, column: int, record: R) -> Any:
        spec = self._columns[column]
        return spec.sort_key(record) if spec.sort_key else spec.text(record).casefold()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows in their sorted order: by key, ties in the order the records came in."""
        keys = [self._key(column, record) for record in self._rows]
        arrival = sorted(range(len(self._rows)), key=self._seq.__getitem__)
        return sorted(arrival, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, rows: list[int]) -> None:
        self._rows = [self._rows[r] for r in rows]
        self._search = [self._search[r] for r in rows]
        self._seq = [self._seq[r] for r in rows]
        self._rows_of_id = None

    def _place_for(self, record: R, seq: int) -> int:
        """Where ``record`` (arrived ``seq``-th) goes among the rows, as sorted (the end when unsorted)."""
        if self._sorting is None:
            return len(self._rows)
        column, order = self._sorting
        key = self._key(column, record)
        descending = order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._rows)
        while low < high:  # the first row that comes after the record
            mid = (low + high) // 2
            other = self._key(column, self._rows[mid])
            if descending:
                after = other < key or (not key < other and self._seq[mid] > seq)
            else:
                after = key < other or (not other < key and self._seq[mid] > seq)
            if after:
                high = mid
            else:
                low = mid + 1
        return low

    # ------------------------------------------------------------------ reading

    def refresh_decoration(self, test: Callable[[R], bool]) -> None:
        """Say that the pictures of the rows passing ``test`` have changed."""
        for row, record in enumerate(self._rows):
            if test(record):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def prepare_search(self, rows: int) -> bool:
        """Fold the search text of up to ``rows`` more rows not folded yet, from the top (a filter
        then finds it made); True once every row's is. For a slice of work at a time while the
        window is idle, so that the first key typed in the filter does not fold them all."""
        search, start = self._search, self._prepared
        end = min(len(search), start + rows)
        for row in range(start, end):
            if search[row] is None:
                self.search_text(row)
        self._prepared = end
        return end >= len(search)

    def search_text(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            record = self._rows[row]
            text = self._search[row] = fold(" ".join(column.text(record) for column in self._columns))
        return text

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self.decoration is not None:
            return self.decoration(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record).casefold()
        if role == ID_ROLE:
            return self._id_of(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class FilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (its source does it) and keeps the rows holding every typed word,
    ignoring case and accents.

    "lodz" finds "Łódź", "telefonica" finds "Telefónica".
    """

    def __init__(self, source: RecordTableModel[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._source = source
        self._needle = ""
        self._keep: Callable[[Any], bool] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts itself (one key per row, one sort); the proxy keeps its order."""
        self._source.sort(column, order)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_test(self, keep: Callable[[Any], bool] | None) -> None:
        """Also keep only the records for which ``keep`` is true (None: all)."""
        self.beginFilterChange()
        self._keep = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._keep is not None and not self._keep(self._source.row_at(source_row)):
            return False
        return not self._needle or matches(self._needle, self._source.search_text(source_row))


def _amount_key(value: Decimal | None) -> float:
    return float(value) if value is not None else 0.0


def _moment(value: datetime) -> str:
    """ "2026-08-28 21:14 UTC+02:00", as the pack and the timeline write a moment."""
    return format_moment(value)


def case_list_model(parent: Any = None, *, lang: str | None = None) -> RecordTableModel[CaseSummary]:
    """The list of cases; amounts written for ``lang`` (by default the window's language)."""
    lang = lang or window_lang()
    columns: list[Column[CaseSummary]] = [
        Column(translate("models", "Title"), lambda c: c.title),
        Column(translate("models", "Merchant"), lambda c: c.merchant),
        Column(translate("models", "Reason"), lambda c: Reason(c.reason).label),
        Column(
            translate("models", "Status"),
            status_text,
        ),
        Column(
            translate("models", "Disputed"),
            lambda c: display_amount(c.disputed_amount, c.currency, lang),
            sort_key=lambda c: _amount_key(c.disputed_amount),
            align_right=True,
        ),
        Column(
            translate("models", "Next deadline"),
            next_deadline_text,
            sort_key=lambda c: c.next_deadline.isoformat() if c.next_deadline else "9999-12-31",
            tooltip=next_deadline_tooltip,
        ),
        Column(
            translate("models", "Evidence"),
            lambda c: c.checklist.label() if c.checklist else str(c.evidence_count),
            sort_key=lambda c: c.checklist.ratio if c.checklist else 1.0,
            align_right=True,
            tooltip=checklist_tooltip,
        ),
    ]
    return RecordTableModel(columns, lambda c: c.id, parent)


def purchases_model(parent: Any = None, *, lang: str | None = None) -> RecordTableModel[Purchase]:
    """A case's charges; amounts written for ``lang`` (by default the window's language)."""
    lang = lang or window_lang()
    columns: list[Column[Purchase]] = [
        Column(translate("models", "Date"), lambda p: p.date.isoformat()),
        Column(translate("models", "Kind"), lambda p: p.kind.label),
        Column(
            translate("models", "Amount"),
            lambda p: display_amount(p.amount, p.currency, lang),
            sort_key=lambda p: _amount_key(p.amount),
            align_right=True,
        ),
        Column(
            translate("models", "Agreed"),
            lambda p: (
                display_amount(p.expected_amount, p.currency, lang) if p.expected_amount is not None else ""
            ),
            sort_key=lambda p: _amount_key(p.expected_amount),
            align_right=True,
        ),
        Column(
            translate("models", "Disputed"),
            lambda p: _disputed_text(p, lang),
            sort_key=lambda p: (p.disputed, _amount_key(figures(p).disputed) if p.disputed else 0.0),
            tooltip=lambda p: (
                translate("models", "Worked out: charged minus agreed")
                if p.disputed and p.disputed_amount is None and p.expected_amount is not None
                else _disputed_text(p, lang)
            ),
        ),
        Column(translate("models", "Description"), lambda p: p.description or ""),
        Column(translate("models", "Order"), lambda p: p.order_number or ""),
        Column(translate("models", "Invoice"), lambda p: p.invoice_number or ""),
        Column(translate("models", "Customer no."), lambda p: p.customer_number or ""),
        Column(translate("models", "PO"), lambda p: p.po_number or ""),
        Column(translate("models", "Statement descriptor"), lambda p: p.statement_descriptor or ""),
        Column(translate("models", "Authorisation / ARN"), lambda p: p.authorization_code or ""),
        Column(
            translate("models", "Expected delivery"),
            lambda p: p.expected_delivery.isoformat() if p.expected_delivery else "",
        ),
    ]
    return RecordTableModel(columns, lambda p: p.id, parent)


def _disputed_text(p: Purchase, lang: str) -> str:
    """ "yes: 1 200,00 PLN" for a charge marked disputed (its disputed figure, domain.amounts)."""
    if not p.disputed:
        return ""
    return labelled(translate("models", "yes"), display_amount(figures(p).disputed, p.currency, lang))


def communications_model(parent: Any = None) -> RecordTableModel[Communication]:
    # What was said comes first after the moment: it is what people scan for.
    columns: list[Column[Communication]] = [
        Column(
            translate("models", "When"),
            lambda c: _moment(c.at),
            sort_key=lambda c: c.at.astimezone(UTC).isoformat(),
        ),
        Column(translate("models", "Channel"), lambda c: c.channel.label),
        Column(
            translate("models", "Direction"),
            lambda c: (
                translate("models", "from them")
                if c.direction.value == "incoming"
                else translate("models", "from me")
            ),
        ),
        Column(translate("models", "Summary"), lambda c: c.summary or c.subject or ""),
        Column(translate("models", "Representative"), lambda c: c.representative or ""),
        Column(translate("models", "Reference"), lambda c: c.reference or ""),
        Column(translate("models", "Promised"), lambda c: _promise(c)),
        Column(translate("models", "Outcome"), lambda c: c.outcome or ""),
        Column(translate("models", "Counterpart"), lambda c: c.counterpart or ""),
        Column(translate("models", "Their answer"), _answer),
    ]
    return RecordTableModel(columns, lambda c: c.id, parent)


def _answer(c: Communication) -> str:
    """What the merchant answered and who answered: "Refused (A supervisor or manager)"."""
    answer = c.answer.label if c.answer else ""
    level = c.level.label if c.level else ""
    if answer and level:
        return f"{answer} ({level})"
    return answer or (f"({level})" if level else "")


def _promise(c: Communication) -> str:
    if not c.promised_action:
        return ""
    return (
        c.promised_action + " " + translate("models", "(by %1)").replace("%1", c.promised_by.isoformat())
        if c.promised_by
        else c.promised_action
    )


def evidence_model(parent: Any = None) -> RecordTableModel[EvidenceItem]:
    columns: list[Column[EvidenceItem]] = [
        Column(translate("models", "Title"), lambda e: e.title, tooltip=lambda e: e.note or e.title),
        Column(translate("models", "Kind"), lambda e: e.kind.label),
        Column(translate("models", "File"), lambda e: e.original_name),
        Column(translate("models", "Type"), lambda e: e.media_type),
        Column(
            translate("models", "Size"),
            lambda e: file_size(e.size),
            sort_key=lambda e: e.size,
            align_right=True,
        ),
        Column(
            translate("models", "Imported (UTC)"), lambda e: f"{e.imported_at.astimezone(UTC):%Y-%m-%d %H:%M}"
        ),
        Column(translate("models", "SHA-256"), lambda e: e.sha256),
    ]
    return RecordTableModel(columns, lambda e: e.id, parent)


def timeline_model(parent: Any = None) -> RecordTableModel[TimelineEntry]:
    kinds = {
        "purchase": translate("models", "Charge"),
        "contact": translate("models", "Contact"),
        "evidence": translate("models", "Evidence"),
        "promise": translate("models", "Promise"),
        "deadline": translate("models", "Deadline"),
        "task": translate("models", "Task"),
        "date": translate("models", "Date"),
        "issuer": translate("models", "Bank"),
    }
    columns: list[Column[TimelineEntry]] = [
        Column(translate("models", "When"), lambda e: e.when, sort_key=lambda e: e.sort_key),
        Column(translate("models", "What"), lambda e: kinds.get(e.kind, e.kind)),
        Column(translate("models", "Details"), lambda e: e.text),
    ]
    return RecordTableModel(columns, lambda e: e.item_id, parent)


def _days_left(t: Task) -> str:
    if t.done_at is not None or t.due is None:
        return ""
    return when_text((t.due - date.today()).days)


def _charge_text(d: CaseDeadline, lang: str) -> str:
    """The disputed charge a deadline counts from: "2026-11-05 · 29,90 EUR · Gym" ("" for a case date)."""
    charge = d.charge
    if charge is None:
        return ""
    parts = (
        charge.date.isoformat(),
        display_amount(charge.amount, charge.currency, lang),
        charge.description,
    )
    return " · ".join(p for p in parts if p)


def rule_deadlines_model(parent: Any = None, *, lang: str | None = None) -> RecordTableModel[CaseDeadline]:
    """The rules' deadlines of a case, each with the charge it counts from (amounts for ``lang``)."""
    lang = lang or window_lang()
    kinds = {"deadline": translate("models", "Last day"), "wait": translate("models", "From this day")}
    columns: list[Column[CaseDeadline]] = [
        Column(translate("models", "Due"), lambda d: d.due.isoformat()),
        Column(
            translate("models", "When"),
            lambda d: when_text(d.days_left, passed="ago"),
            sort_key=lambda d: d.due.isoformat(),
        ),
        Column(translate("models", "Kind"), lambda d: kinds.get(d.kind, d.kind)),
        Column(
            translate("models", "What"),
            lambda d: d.title + (" ⚠" if d.note or d.working_day_note else ""),
            tooltip=lambda d: "\n\n".join(
                part for part in (d.title, d.note, d.working_day_note, d.source) if part
            ),
        ),
        Column(
            translate("models", "Charge"),
            lambda d: _charge_text(d, lang),
            sort_key=lambda d: (
                (d.charge.date.isoformat(), d.charge.description or "") if d.charge else ("", "")
            ),
        ),
        Column(
            translate("models", "Counted from"),
            lambda d: counted_from_label(d.counted_from) if d.counted_from else "",
        ),
        Column(translate("models", "Source"), lambda d: d.source, tooltip=lambda d: d.source),
    ]
    return RecordTableModel(columns, lambda d: None, parent)


def tasks_model(parent: Any = None) -> RecordTableModel[Task]:
    columns: list[Column[Task]] = [
        Column(
            translate("models", "Due"),
            lambda t: t.due.isoformat() if t.due else "",
            sort_key=lambda t: t.due.isoformat() if t.due else "9999",
        ),
        Column(
            translate("models", "When"), _days_left, sort_key=lambda t: t.due.isoformat() if t.due else "9999"
        ),
        Column(translate("models", "Done"), lambda t: f"{t.done_at:%Y-%m-%d}" if t.done_at else ""),
        Column(translate("models", "Kind"), lambda t: t.kind.label),
        Column(translate("models", "What"), lambda t: t.title, tooltip=lambda t: t.note or t.title),
    ]
    return RecordTableModel(columns, lambda t: t.id, parent)
