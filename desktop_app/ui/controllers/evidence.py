"""A case's evidence: adding files (as a job: sealing and reading them is off the GUI thread),
pasting a screenshot, previewing, editing an exhibit, and the evidence trash."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop_app.domain.models import RedactionArea
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.errors import DossierError
from desktop_app.services import Services
from desktop_app.services.jobs import Job
from desktop_app.ui.controllers import Frame, make_action, run_job
from desktop_app.ui.controllers.records import RecordsController, row_id
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.thumbnails import ThumbnailCache
from desktop_app.ui.wording import labelled

if TYPE_CHECKING:  # imported when first used
    from desktop_app.services import AddEvidenceResult
    from desktop_app.ui.evidence import EvidenceDialog


class EvidenceController(QObject):
    evidence_added = Signal(object)  # AddEvidenceResult

    def __init__(
        self,
        services: Services,
        runner: JobRunner,
        frame: Frame,
        records: RecordsController,
        thumbnails: ThumbnailCache,
    ) -> None:
        super().__init__(frame.host())
        self.services = services
        self.runner = runner
        self.frame = frame
        self.records = records
        self.thumbnails = thumbnails
        host = frame.host()
        self.add_evidence_action = make_action(
            host, self.tr("&Add evidence files…"), self.add_evidence_files, shortcut="Ctrl+Shift+A"
        )
        self.paste_action = make_action(
            host, self.tr("Paste a &screenshot"), self.paste_screenshot, shortcut="Ctrl+Shift+V"
        )
        self.evidence_trash_action = make_action(host, self.tr("Evidence tras&h…"), self.show_evidence_trash)
        self.case_actions = [self.add_evidence_action, self.paste_action, self.evidence_trash_action]
        view = frame.case_view
        view.evidence.decoration = lambda item: self.thumbnails.icon(item.sha256)
        self.thumbnails.changed.connect(self._thumbnail_arrived)
        table = view.tables["evidence"]
        table.activated.connect(self._evidence_activated)
        table.selectionModel().currentRowChanged.connect(self._preview_evidence)
        view.preview.save_requested.connect(self.save_redaction)
        view.preview.page_wanted.connect(self.draw_page)
        view.shown.connect(self._show_saved_redaction)
        # The preview's pages are drawn on a runner of their own, quietly, beside the window's jobs:
        # the page job reads the file before it starts and never uses the store.
        self.pager = JobRunner(host)
        self.pager.ended.connect(self._draw_next_page)
        self._page_wanted: tuple[int, int] | None = None  # the page asked for while another is drawn
        host.installEventFilter(self)  # at close, the page being drawn is waited for

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.frame.host() and event.type() == QEvent.Type.Close:
            self._page_wanted = None
            self.pager.stop()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ adding

    @Slot()
    def add_evidence_files(self) -> None:
        if self.frame.current_case_id() is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.frame.host(), self.tr("Add evidence"), str(documents_folder())
        )
        if names:
            self.add_evidence_paths([Path(n) for n in names])

    def add_evidence_paths(self, paths: list[Path]) -> Job[AddEvidenceResult] | None:
        """Add files to the current case as a job: each file is read, sealed and checked off the
        GUI thread, then recorded."""
        case_id = self.frame.current_case_id()
        if case_id is None or not paths:
            return None
        return self._start(self.services.add_evidence_job(case_id, paths))

    @Slot()
    def paste_screenshot(self) -> Job[AddEvidenceResult] | None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return None
        image = QApplication.clipboard().image()
        if image.isNull():
            self.frame.say(self.tr("The clipboard holds no image to paste."), 6000)
            return None
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs ask for bytes, but only a str format is accepted at run time.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        name = f"screenshot-{datetime.now():%Y-%m-%d-%H%M%S}.png"
        data = bytes(buffer.data().data())
        return self._start(
            self.services.add_evidence_data_job(case_id, data, name, kind=EvidenceKind.SCREENSHOT)
        )

    def _start(self, job: Job[AddEvidenceResult]) -> Job[AddEvidenceResult] | None:
        started = run_job(
            self.runner, self.frame, job, self._report_added, label=self.tr("Adding the evidence…")
        )
        return job if started else None

    def _report_added(self, result: AddEvidenceResult) -> None:
        names = ", ".join(f"“{item.title}”" for item in result.added)
        parts = [self.tr("Added to the evidence: %1.").replace("%1", names)] if result.added else []
        parts += [labelled(skipped.path.name, skipped.reason) for skipped in result.skipped]
        self.frame.say(" ".join(parts))
        refused = [s for s in result.skipped if s.existing is None]
        if refused or result.notes:
            # Said once, without stopping the user: the files that were fine are already in.
            box = self.frame.note(
                self.tr("Evidence"),
                "\n\n".join([s.reason for s in refused] + result.notes),
                QMessageBox.StandardButton.Ok,
            )
            box.setObjectName("evidenceNotes")
        self.evidence_added.emit(result)

    # ------------------------------------------------------------------ showing and editing

    @Slot(str)
    def _thumbnail_arrived(self, sha256: str) -> None:
        self.frame.case_view.evidence.refresh_decoration(lambda item: item.sha256 == sha256)

    def selected_evidence_id(self) -> int | None:
        return self.records.selected_id("evidence")

    @Slot(QModelIndex, QModelIndex)
    def _preview_evidence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        preview = self.frame.case_view.preview
        evidence_id = row_id(current)
        if evidence_id == preview.evidence_id and evidence_id is not None:
            return  # the same exhibit, its row selected again (after the table was refilled)
        if preview.dirty():  # boxes drawn and not saved are not lost: saved (Ctrl+Z undoes it)
            preview.save()
        if evidence_id is None:
            preview.show_preview(None)
            return
        try:
            item = self.services.evidence_item(evidence_id)
            preview.show_preview(self.services.evidence_preview(evidence_id), evidence_id, item.redactions)
        except DossierError as exc:
            from desktop_app.services import Preview  # the preview module, once a file is shown

            preview.show_preview(Preview("text", str(exc)))

    @Slot(int, int)
    def draw_page(self, evidence_id: int, page: int) -> None:
        """Draw page ``page`` of the exhibit shown, off the GUI thread; the last page asked for wins."""
        self._page_wanted = (evidence_id, page)
        if not self.pager.busy():
            self._draw_next_page()

    @Slot()
    def _draw_next_page(self) -> None:
        if self._page_wanted is None or self.pager.busy():
            return
        (evidence_id, page), self._page_wanted = self._page_wanted, None
        preview = self.frame.case_view.preview
        if (evidence_id, page) != (preview.evidence_id, preview.page):
            return  # the user has gone on to another page or exhibit since
        try:
            job = self.services.evidence_page_job(evidence_id, page)
        except DossierError as exc:
            preview.page_failed(evidence_id, page, str(exc))
            return
        self.pager.start(
            job,
            on_done=lambda png: preview.show_page(evidence_id, page, png),
            on_failed=lambda message: preview.page_failed(evidence_id, page, message),
            quiet=True,
        )

    @Slot(int, object)
    def save_redaction(self, evidence_id: int, boxes: tuple[RedactionArea, ...]) -> None:
        """Keep the boxes drawn over an exhibit as its redaction: an edit, undone as other edits are."""
        try:
            item = self.services.evidence_item(evidence_id)
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        edited = replace(item, redactions=tuple(boxes))
        failures = self.records.history.failures
        self.records.push_save(item.title, self.services.update_evidence, edited)
        if self.records.history.failures == failures:  # saved (the status bar says so, and how to undo)
            self.frame.case_view.preview.saved_as(edited.redactions)

    @Slot(int)
    def _show_saved_redaction(self, _case_id: int) -> None:
        """After a change (a save, an undo), the preview shows the exhibit's redaction as stored."""
        preview = self.frame.case_view.preview
        if preview.evidence_id is None:
            return
        try:
            item = self.services.evidence_item(preview.evidence_id)
        except DossierError:  # gone (deleted for good): the preview is cleared by the selection
            return
        preview.show_saved(preview.evidence_id, item.redactions)

    def evidence_dialog(self, evidence_id: int) -> EvidenceDialog:
        item = self.services.evidence_item(evidence_id)
        from desktop_app.ui.evidence import EvidenceDialog

        return EvidenceDialog(
            self.services,
            self.services.case_detail(item.case_id or 0),
            item,
            self.frame.host(),
            runner=self.runner,
        )

    @Slot(QModelIndex)
    def _evidence_activated(self, index: QModelIndex) -> None:
        evidence_id = row_id(index)
        if evidence_id is None:
            return
        dialog = self.evidence_dialog(evidence_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.edited()
            self.records.push_save(edited.title, self.services.update_evidence, edited)

    @Slot()
    def show_evidence_trash(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is not None:
            from desktop_app.ui.evidence import evidence_trash_dialog

            dialog = evidence_trash_dialog(self.services, case_id, self.frame.host())
            dialog.said.connect(self.frame.say)
            dialog.exec()
