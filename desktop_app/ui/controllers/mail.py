"""Importing e-mails into a case: single messages at once, an mbox's messages as the person chooses;
the import itself is one job (each message whole or absent)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.services import EmailImportResult, Services
from desktop_app.services.jobs import Job
from desktop_app.ui.controllers import Frame, make_action, run_job
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.jobs import JobRunner

if TYPE_CHECKING:  # the chooser and the e-mail parser behind it are imported when e-mails are imported
    from desktop_app.ui.mail_import import MailChooser


class MailController(QObject):
    mail_imported = Signal(object)  # EmailImportResult

    def __init__(self, services: Services, runner: JobRunner, frame: Frame) -> None:
        super().__init__(frame.host())
        self.services = services
        self.runner = runner
        self.frame = frame
        self.mail_chooser: MailChooser | None = None
        self.import_mail_action = make_action(
            frame.host(),
            self.tr("Import e-&mails…"),
            self.import_mail_files,
            shortcut="Ctrl+Shift+M",
            tip=self.tr(
                "Import .eml, Outlook .msg or mbox files: each message is logged with its attachments"
            ),
        )
        self.case_actions = [self.import_mail_action]

    @Slot()
    def import_mail_files(self) -> None:
        if self.frame.current_case_id() is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.frame.host(),
            self.tr("Import e-mails"),
            str(documents_folder()),
            self.tr("E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)"),
        )
        if names:
            self.import_mail_paths([Path(n) for n in names])

    def import_mail_paths(self, paths: list[Path]) -> MailChooser | Job[EmailImportResult] | None:
        """Single messages are imported at once; an mbox opens the list of its messages to choose."""
        case_id = self.frame.current_case_id()
        if case_id is None or not paths:
            return None
        if all(path.suffix.lower() in (".eml", ".msg") for path in paths):
            return self._start_mail_import(case_id, paths, None)
        from desktop_app.ui.mail_import import MailChooser

        chooser = MailChooser(self.services, case_id, paths, self.frame.host(), runner=self.runner)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self._start_mail_import(case_id, paths, chooser.chosen()))
        chooser.open()
        self.mail_chooser = chooser
        return chooser

    def _start_mail_import(
        self, case_id: int, paths: list[Path], chosen: set[str] | None
    ) -> Job[EmailImportResult] | None:
        """The import as a job; its Stop keeps the messages already imported, each whole."""
        job = self.services.import_emails_job(case_id, paths, chosen=chosen)
        started = run_job(
            self.runner, self.frame, job, self._mail_imported, label=self.tr("Importing e-mails…")
        )
        return job if started else None

    def _mail_imported(self, result: EmailImportResult) -> None:
        from desktop_app.ui.mail_import import summary

        text = summary(result)
        self.frame.say(text.splitlines()[0])
        if result.problems or result.notes or result.duplicates or result.stopped:
            self.frame.note(self.tr("Import e-mails"), text, QMessageBox.StandardButton.Ok)
        self.mail_imported.emit(result)
