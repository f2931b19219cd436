"""Importing e-mails from the window: choosing the messages of mail files, and what an import did.

The chooser reads the files with the services' ``preview_emails_job`` (which also asks the store
which messages the case holds already), run by the window's job runner on a worker thread: its
progress dialog shows how far the reading is and its Cancel stops it; the list fills when the
files are read. The import itself is the services' ``import_emails_job``, on the same runner.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
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
from desktop_app.services import EmailImportResult, Job, MailFilter, MailPreview, Services
from desktop_app.ui.counts import counted
from desktop_app.ui.jobs import JobRunner

MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")
Previews = tuple[list[MailPreview], list[str]]  # what the reading found, and why some cannot be read


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

    def __init__(
        self,
        services: Services,
        case_id: int,
        paths: list[Path],
        parent: QWidget | None = None,
        *,
        runner: JobRunner | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import e-mails"))
        self.services = services
        self.case_id = case_id
        self.paths = paths
        self.previews: list[MailPreview] = []
        self.problems: list[str] = []
        # The window's runner (one job at a time); a chooser without a window has its own.
        self.runner = runner if runner is not None else JobRunner(self)
        self._job: Job[Previews] | None = None  # the reading under way
        self._stopped = False  # the last reading was cancelled

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
    def reload(self) -> Job[Previews] | None:
        """Read the files again with the filters, as a job on a worker thread; the list fills when
        they are read. None when the runner is busy with other work (it says so)."""
        if self._job is not None:
            return None
        self.previews.clear()
        self.problems.clear()
        self.table.setRowCount(0)
        self._stopped = False
        job = self.services.preview_emails_job(self.case_id, self.paths, self.mail_filter())
        self._job = job
        started = self.runner.start(
            job,
            on_done=lambda found: self._read(job, found),
            parent=self,
            label=self.tr("Reading the e-mails…"),
            on_failed=lambda text: self._not_read(job, text),
            on_cancelled=lambda: self._not_read(job, None),
        )
        if not started:
            self._job = None
        self._update_status()
        return job if started else None

    def reading(self) -> bool:
        return self._job is not None

    def _read(self, job: Job[Previews], found: Previews) -> None:
        if self._job is not job:  # closed while it was read: nothing to show
            return
        self._job = None
        previews, problems = found
        self.problems.extend(problems)
        self.table.blockSignals(True)
        try:
            for preview in previews:
                self._add_row(preview)
        finally:
            self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._update_status()
        self.loaded.emit()

    def _not_read(self, job: Job[Previews], problem: str | None) -> None:
        """The reading failed (``problem``, shown already by the runner) or was cancelled (None)."""
        if self._job is not job:
            return
        self._job = None
        if problem is not None:
            self.problems.append(problem)
        self._stopped = problem is None
        self._update_status()

    def _stop_reading(self) -> None:
        """Cancel the reading under way and wait for its thread (the store is the window's again)."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
            if self.runner.current() is job:
                self.runner.stop()

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
        shown = len(self.previews)
        text = self.tr("%n message(s) shown, %1 ticked", "", shown).replace("%1", str(chosen))
        if self.reading():
            text = self.tr("Reading…") + " " + text
        elif self._stopped:
            text = self.tr("Reading stopped: press Filter to read the files again.") + " " + text
        if self.problems:
            unread = len(self.problems)
            text += " · " + self.tr("%n cannot be read: %1", "", unread).replace(
                "%1", "; ".join(self.problems[:3])
            )
        self.status.setText(text)
        self.import_button.setEnabled(chosen > 0 and not self.reading())
        self.apply_button.setEnabled(not self.reading())

    def done(self, result: int) -> None:
        self._stop_reading()
        super().done(result)


translate = QCoreApplication.translate


def summary(result: EmailImportResult) -> str:
    """What an import did, in a few lines."""
    lines = [counted().imported(result.imported_count, result.attachment_count)]
    if result.stopped:
        lines.append(translate("mail", "Stopped: the messages imported before stay, each whole."))
    if result.duplicates:
        lines.append(counted().already_in_case(len(result.duplicates)))
    lines += result.problems + result.notes
    return "\n".join(lines)
