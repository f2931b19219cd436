"""Importing e-mails from the window: choosing the messages of mail files, and what an import did.

The chooser reads the files a batch of messages at a time on the GUI thread, driven by a
zero-delay timer: the window repaints and answers between two batches, and the list fills
as it reads (it also asks the store which messages the case holds already, from the thread
that owns the store). The import itself is the services' ``import_emails_job``, run by the
window's job runner on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.services import EmailImportResult, MailFilter, MailPreview, Services

MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")
BATCH = 25  # messages read between two repaints of the window


def is_mail_file(path: Path) -> bool:
    """A file the e-mail import takes: by its name, or an mbox without one."""
    if path.suffix.lower() in MAIL_SUFFIXES:
        return True
    if path.suffix:
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"From "
    except OSError as exc:
        logs.error("ui.mail.is_mail_file", exc)
        return False


class MailChooser(QDialog):
    """The messages of mail files, with filters, to tick the ones to import."""

    loaded = Signal()  # every message has been read

    def __init__(self, services: Services, case_id: int, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import e-mails"))
        self.services = services
        self.case_id = case_id
        self.paths = paths
        self.previews: list[MailPreview] = []
        self.problems: list[str] = []
        self._reading: Iterator[MailPreview | str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._read_some)

        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("part of the address or domain, e.g. streamnova"))
        self.since_box = QCheckBox(self.tr("From"))
        self.since_edit = QDateEdit(QDate.currentDate().addYears(-1))
        self.until_box = QCheckBox(self.tr("to"))
        self.until_edit = QDateEdit(QDate.currentDate())
        for box, edit in ((self.since_box, self.since_edit), (self.until_box, self.until_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        self.words_edit = QLineEdit()
        self.words_edit.setPlaceholderText(self.tr("words in the subject or text (accents do not matter)"))
        self.apply_button = QPushButton(self.tr("&Filter"))
        self.apply_button.clicked.connect(self.reload)
        dates = QHBoxLayout()
        for widget in (self.since_box, self.since_edit, self.until_box, self.until_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        filters = QFormLayout()
        filters.addRow(self.tr("&Sender:"), self.sender_edit)
        filters.addRow(self.tr("Dates:"), dates)
        filters.addRow(self.tr("&Words:"), self.words_edit)
        filter_row = QHBoxLayout()
        filter_row.addLayout(filters, 1)
        filter_row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("Subject"), self.tr("Files"), self.tr("Already in")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        all_button = QPushButton(self.tr("Tick &all"))
        all_button.clicked.connect(lambda: self._tick_all(True))
        none_button = QPushButton(self.tr("Tick &none"))
        none_button.clicked.connect(lambda: self._tick_all(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(all_button)
        bottom.addWidget(none_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.table.itemChanged.connect(self._update_status)
        self.resize(900, 560)
        self.reload()

    def mail_filter(self) -> MailFilter:
        def day(box: QCheckBox, edit: QDateEdit) -> date | None:
            value = edit.date()
            return date(value.year(), value.month(), value.day()) if box.isChecked() else None

        return MailFilter(
            sender=self.sender_edit.text().strip() or None,
            since=day(self.since_box, self.since_edit),
            until=day(self.until_box, self.until_edit),
            words=self.words_edit.text().strip() or None,
        )

    @Slot()
    def reload(self) -> None:
        """Read the files again with the filters: the list fills as the messages are read."""
        self.previews.clear()
        self.problems.clear()
        self.table.setRowCount(0)
        self._reading = self.services.iter_previews(self.case_id, self.paths, self.mail_filter())
        self._timer.start()
        self._update_status()

    def reading(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _read_some(self) -> None:
        assert self._reading is not None
        self.table.blockSignals(True)
        try:
            for _ in range(BATCH):
                found = next(self._reading, None)
                if found is None:
                    self._timer.stop()
                    self._reading = None
                    break
                if isinstance(found, str):
                    self.problems.append(found)
                else:
                    self._add_row(found)
        finally:
            self.table.blockSignals(False)
        self._update_status()
        if not self.reading():
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.loaded.emit()

    def _add_row(self, preview: MailPreview) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.previews.append(preview)
        when = QTableWidgetItem(preview.date.strftime("%Y-%m-%d %H:%M") if preview.date else "?")
        when.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        # New messages are ticked; those already in the case are not (they would be skipped anyway).
        when.setCheckState(Qt.CheckState.Unchecked if preview.duplicate else Qt.CheckState.Checked)
        cells = [
            when,
            QTableWidgetItem(preview.sender),
            QTableWidgetItem(preview.subject),
            QTableWidgetItem(str(preview.attachments)),
            QTableWidgetItem(self.tr("yes") if preview.duplicate else ""),
        ]
        for column, cell in enumerate(cells):
            cell.setToolTip(preview.key)
            self.table.setItem(row, column, cell)

    def chosen(self) -> set[str]:
        return {
            self.previews[row].key
            for row, cell in enumerate(self._tick_cells())
            if cell.checkState() == Qt.CheckState.Checked
        }

    def _tick_cells(self) -> list[QTableWidgetItem]:
        cells = [self.table.item(row, 0) for row in range(self.table.rowCount())]
        return [cell for cell in cells if cell is not None]

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for cell in self._tick_cells():
            cell.setCheckState(state)

    @Slot()
    def _update_status(self) -> None:
        chosen = len(self.chosen())
        text = self.tr("%1 message(s) shown, %2 ticked").replace("%1", str(len(self.previews)))
        text = text.replace("%2", str(chosen))
        if self.reading():
            text = self.tr("Reading…") + " " + text
        if self.problems:
            text += " · " + self.tr("%1 cannot be read: %2").replace("%1", str(len(self.problems)))
            text = text.replace("%2", "; ".join(self.problems[:3]))
        self.status.setText(text)
        self.import_button.setEnabled(chosen > 0 and not self.reading())

    def done(self, result: int) -> None:
        self._timer.stop()
        self._reading = None
        super().done(result)


def _tr(text: str) -> str:
    return QCoreApplication.translate("mail", text)


def summary(result: EmailImportResult) -> str:
    """What an import did, in a few lines."""
    lines = [
        _tr("Imported %1 message(s) with %2 attachment(s).")
        .replace("%1", str(result.imported_count))
        .replace("%2", str(result.attachment_count))
    ]
    if result.stopped:
        lines.append(_tr("Stopped: the messages imported before stay, each whole."))
    if result.duplicates:
        lines.append(
            _tr("%1 already in the case, not stored again.").replace("%1", str(len(result.duplicates)))
        )
    lines += result.problems + result.notes
    return "\n".join(lines)
