"""The cases themselves: new, import, export, the sample, edit, duplicate, archive, the trash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.errors import DossierError
from desktop_app.services import Services
from desktop_app.services.jobs import Job
from desktop_app.ui.controllers import Frame, make_action, run_job
from desktop_app.ui.controllers.history import History, undo_text
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.undo import SaveCommand, SwitchCommand

if TYPE_CHECKING:  # what the case file's work returns, imported when it runs
    from desktop_app.services import CaseImport, ExportResult


class CasesController(QObject):
    case_file_written = Signal(object)  # ExportResult

    def __init__(self, services: Services, runner: JobRunner, frame: Frame, history: History) -> None:
        super().__init__(frame.host())
        self.services = services
        self.runner = runner
        self.frame = frame
        self.history = history
        host = frame.host()
        self.new_case_action = make_action(
            host, self.tr("&New case…"), self.new_case, shortcut=QKeySequence.StandardKey.New
        )
        self.import_action = make_action(
            host, self.tr("&Import case file…"), self.import_case_file, shortcut=QKeySequence.StandardKey.Open
        )
        self.export_case_action = make_action(
            host,
            self.tr("E&xport case file…"),
            self.export_case_file,
            tip=self.tr("Write the case as a dossier-case/2 file with its evidence files"),
        )
        self.case_trash_action = make_action(host, self.tr("Cases in the &trash…"), self.show_case_trash)
        self.sample_action = make_action(host, self.tr("Add the &sample case"), self.add_sample_case)
        self.edit_case_action = make_action(
            host, self.tr("&Edit case details…"), self.edit_case, shortcut="F2"
        )
        self.duplicate_case_action = make_action(host, self.tr("D&uplicate case"), self.duplicate_case)
        self.archive_case_action = make_action(
            host, self.tr("Archi&ve or unarchive case"), self.toggle_archive
        )
        self.trash_case_action = make_action(host, self.tr("Move case to the t&rash"), self.trash_case)
        # Enabled while a case is shown.
        self.case_actions = [
            self.export_case_action,
            self.edit_case_action,
            self.duplicate_case_action,
            self.archive_case_action,
            self.trash_case_action,
        ]

    @Slot()
    def new_case(self) -> None:
        from desktop_app.ui.forms import NewCaseDialog

        dialog = NewCaseDialog(self.frame.host())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        case = dialog.case()
        try:
            case_id = self.services.create_case(case)
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        self.frame.select_case(case_id)
        self.frame.say(self.tr("Case created: %1.").replace("%1", case.title))

    @Slot()
    def add_sample_case(self) -> None:
        try:
            case_id = self.services.add_sample_case()
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        self.frame.select_case(case_id)
        self.frame.say(
            self.tr("The sample case was added: %1.").replace("%1", self.services.case(case_id).title)
        )

    @Slot()
    def import_case_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.frame.host(),
            self.tr("Import a case file"),
            str(Path.home()),
            self.tr("Dossier case files (*.json)"),
        )
        if not name:
            return
        job = self.services.import_case_file_job(Path(name))
        run_job(self.runner, self.frame, job, self._imported, label=self.tr("Importing the case…"))

    def _imported(self, report: CaseImport) -> None:
        case_id = report.case_id
        self.frame.select_case(case_id)
        self.frame.say(self.tr("Case imported: %1.").replace("%1", self.services.case(case_id).title))
        # Each file with its real name beside a different original_name ("imported as “receipt.pdf”").
        template = self.tr("evidence #%1: %2, imported as “%3”")
        renamed = [
            template.replace("%1", str(f.evidence_id))
            .replace("%2", f.relative)
            .replace("%3", f.original_name)
            for f in report.files
            if f.original_name != Path(f.relative).name
        ]
        if renamed:
            self.frame.note(
                self.tr("Case imported"),
                self.tr("Some files were imported under another name, as the case file asks:")
                + "\n\n"
                + "\n".join(renamed),
            )

    @Slot()
    def export_case_file(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        suggested = documents_folder() / f"dossier-D-{case_id:04d}.json"
        from desktop_app.ui.outputs import ask_save_path

        target = ask_save_path(
            self.frame.host(),
            self.tr("Export the case file"),
            suggested,
            self.tr("Dossier case files (*.json)"),
            suffix=".json",
            what="case file",
        )
        if target is not None:
            self.write_case_file(case_id, target.path, force=target.force)

    def write_case_file(self, case_id: int, path: Path, *, force: bool = False) -> Job[ExportResult] | None:
        """Copy the case's files and write its case file as a job, with progress and cancel."""
        job = self.services.export_case_file_job(case_id, path, force=force)

        def ended() -> None:
            self.export_case_action.setEnabled(self.frame.current_case_id() is not None)

        def written(result: ExportResult) -> None:
            ended()
            files = len(result.files)
            self.frame.say(
                self.tr("Wrote %1 and %n evidence file(s) beside it.", "", files).replace(
                    "%1", str(result.case_file)
                )
            )
            self.case_file_written.emit(result)

        def cancelled() -> None:
            ended()
            self.frame.say(self.tr("Cancelled; nothing was kept."), 8000)

        started = run_job(
            self.runner,
            self.frame,
            job,
            written,
            label=self.tr("Writing the case file…"),
            on_failed=lambda _message: ended(),
            on_cancelled=cancelled,
        )
        if not started:
            return None
        self.export_case_action.setEnabled(False)
        return job

    @Slot()
    def edit_case(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        from desktop_app.ui.forms import NewCaseDialog

        dialog = NewCaseDialog(self.frame.host(), case=self.services.case(case_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.case()
            self.history.push(
                SaveCommand(
                    undo_text(self.tr("Edit “%1”"), edited.title),
                    self.services.update_case,
                    edited,
                    self.history.command_error,
                ),
                self.tr("Saved: %1.").replace("%1", edited.title),
            )

    @Slot()
    def duplicate_case(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        try:
            copy_id = self.services.duplicate_case(case_id)
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        self.frame.select_case(copy_id)
        self.frame.say(self.tr("Case duplicated: %1.").replace("%1", self.services.case(copy_id).title))

    @Slot()
    def toggle_archive(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        case = self.services.case(case_id)
        archive = case.archived_at is None
        self.history.push(
            SwitchCommand(
                undo_text(self.tr("Archive “%1”") if archive else self.tr("Unarchive “%1”"), case.title),
                lambda on: self.services.set_case_archived(case_id, on if archive else not on),
                True,
                self.history.command_error,
            ),
            (self.tr("Archived: %1.") if archive else self.tr("Out of the archive: %1.")).replace(
                "%1", case.title
            ),
        )

    @Slot()
    def trash_case(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        title = self.services.case(case_id).title
        self.history.push(
            SwitchCommand(
                undo_text(self.tr("Move “%1” to the trash"), title),
                lambda on: self.services.set_case_trashed(case_id, on),
                True,
                self.history.command_error,
            ),
            self.tr("Moved to the trash: %1.").replace("%1", title),
        )

    @Slot()
    def show_case_trash(self) -> None:
        from desktop_app.ui.evidence import case_trash_dialog

        dialog = case_trash_dialog(self.services, self.frame.host())
        dialog.said.connect(self.frame.say)
        dialog.exec()
