"""What a case gives out: the evidence pack for the bank (the services' one pack job, the same the
command line runs) and letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.services import Services
from desktop_app.services.jobs import Job
from desktop_app.ui.controllers import Frame, expecting, make_action, run_job
from desktop_app.ui.controllers.history import History
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.jobs import JobRunner

if TYPE_CHECKING:  # the pack builder and the dialogs are imported when a pack or a letter is made
    from desktop_app.services import CardNumbersRemain, PackOptions, PackResult
    from desktop_app.ui.letters import LetterDialog
    from desktop_app.ui.pack_export import ExportPackDialog


class PacksController(QObject):
    # The outcome of an evidence-pack export, announced on the GUI thread.
    pack_exported = Signal(object)  # PackResult
    pack_export_failed = Signal(str)
    pack_export_cancelled = Signal()

    def __init__(
        self, services: Services, runner: JobRunner, frame: Frame, history: History | None = None
    ) -> None:
        super().__init__(frame.host())
        self.services = services
        self.history = history  # a letter marked as sent is undone as other adds are
        self.runner = runner
        self.frame = frame
        self.exporting = False
        self.dialog: ExportPackDialog | None = None  # the export dialog while it is open
        host = frame.host()
        self.export_pack_action = make_action(
            host,
            self.tr("Export evidence &pack…"),
            self.export_pack,
            shortcut="Ctrl+E",
            tip=self.tr("Write the PDF pack to send to the bank or card issuer"),
        )
        self.letter_action = make_action(
            host,
            self.tr("&Write a letter…"),
            self.write_letter,
            shortcut="Ctrl+Shift+W",
            tip=self.tr("A dispute, complaint or invoice letter from the case's facts"),
        )
        self.case_actions = [self.letter_action]

    def enable(self, case_shown: bool) -> None:
        """The pack can be asked for while a case is shown and no pack is being built."""
        self.export_pack_action.setEnabled(case_shown and not self.exporting)

    def previewing(self) -> bool:
        """Whether an export dialog is building its preview pack."""
        return self.dialog is not None and self.dialog.preview_running()

    @Slot()
    def export_pack(self, again: tuple[PackOptions, Path] | None = None) -> None:
        """The export dialog; ``again``: the settings and file the user goes back to (after the
        question on card numbers), shown as they were."""
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        detail = self.services.case_detail(case_id)
        from desktop_app.ui.pack_export import ExportPackDialog

        dialog = self.dialog = ExportPackDialog(
            detail, documents_folder(), self.frame.host(), services=self.services
        )
        if again is not None:
            dialog.restore(*again)
        placing = False
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            prebuilt = dialog.prebuilt()
            target = dialog.target
            assert target is not None  # an accepted dialog has checked where the pack goes
            if prebuilt is None:
                self.start_pack_export(case_id, target.path, replace(dialog.options(), force=target.force))
                return
            # The pack the user checked is the one they get: moved into place, no second build.
            job = self.services.place_pack_job(case_id, prebuilt, target.path, force=target.force)
            placing = self._start(job) is not None
            if placing:  # what the check built goes once the job has placed it (or ended otherwise)
                self.runner.ended.connect(dialog.release_preview, Qt.ConnectionType.SingleShotConnection)
        finally:
            self.dialog = None
            if not placing:
                dialog.release_preview()

    def start_pack_export(self, case_id: int, out: Path, options: PackOptions) -> Job[object] | None:
        """Build the pack as the services' one pack job (check, build, place, record), with a
        progress bar that can cancel it. When an exhibit still shows a full card number, the
        user is asked: back to the dialog, or written anyway."""
        from desktop_app.services import CardNumbersRemain

        job = expecting(self.services.pack_job(case_id, out, options), CardNumbersRemain)
        return self._start(job, lambda refused: self._card_numbers(case_id, out, options, refused))

    def _card_numbers(
        self, case_id: int, out: Path, options: PackOptions, refused: CardNumbersRemain
    ) -> None:
        from desktop_app.ui.pack_exhibits import confirm_card_numbers

        self._ended()
        evidence = self.services.case_detail(case_id).evidence
        if confirm_card_numbers(self.frame.host(), evidence, refused.letters, refused.evidence_ids):
            self.start_pack_export(case_id, out, replace(options, allow_card_numbers=True))
            return
        self.frame.say(self.tr("Nothing was written: the pack would show a full card number."), 8000)
        if self.frame.current_case_id() == case_id:  # the dialog again, from the event loop itself
            again = (replace(options, force=False), out)
            QTimer.singleShot(0, self, lambda: self.export_pack(again=again))

    def _start(
        self,
        job: Job[PackResult] | Job[object],
        on_refused: Callable[[CardNumbersRemain], None] | None = None,
    ) -> Job[object] | None:
        def done(result: object) -> None:
            from desktop_app.services import CardNumbersRemain, PackResult

            if isinstance(result, CardNumbersRemain) and on_refused is not None:
                self._ended()
                QTimer.singleShot(0, self, lambda: on_refused(result))
                return
            assert isinstance(result, PackResult)
            self._exported(result)

        started = run_job(
            self.runner,
            self.frame,
            cast("Job[object]", job),
            done,
            label=self.tr("Preparing the evidence pack…"),
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )
        if not started:
            return None
        self.exporting = True
        self.enable(False)
        return cast("Job[object]", job)

    def _ended(self) -> None:
        self.exporting = False
        self.enable(self.frame.current_case_id() is not None)

    def _exported(self, result: PackResult) -> None:
        self._ended()
        names = ", ".join(f.path.name for f in result.files)
        self.frame.say(self.tr("Evidence pack written: %1").replace("%1", names))
        if result.warnings:  # what to check by eye (result.to_check) the export dialog says already
            QMessageBox.warning(self.frame.host(), self.tr("Evidence pack"), "\n\n".join(result.warnings))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.files[0].path.parent)))
        self.pack_exported.emit(result)

    def _failed(self, message: str) -> None:
        self._ended()
        self.pack_export_failed.emit(message)

    def _cancelled(self) -> None:
        self._ended()
        self.frame.say(self.tr("The evidence pack was cancelled; nothing was written."), 8000)
        self.pack_export_cancelled.emit()

    @Slot()
    def write_letter(self) -> LetterDialog | None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return None
        from desktop_app.ui.letters import LetterDialog

        dialog = LetterDialog(
            self.services, case_id, documents_folder(), self.frame.host(), history=self.history
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
