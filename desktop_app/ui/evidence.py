"""Evidence in the window: an item's details, its undoable edit, and the trash."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.domain.models import EvidenceItem
from desktop_app.domain.money import display_amount, lang_of_locale_name
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.errors import DossierError
from desktop_app.services import CaseDetail, Job, Services, UnusedFile, private_dir
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.models import ID_ROLE


class EvidenceDialog(QDialog):
    """What an exhibit is, what it proves, and its fingerprint."""

    def __init__(
        self,
        services: Services,
        detail: CaseDetail,
        item: EvidenceItem,
        parent: QWidget | None = None,
        *,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.item = item
        # The window's runner (one job at a time); a dialog without a window has its own.
        self.runner = runner if runner is not None else JobRunner(self)
        self._copying: Job[Path] | None = None
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", item.title))
        self.title_edit = QLineEdit(item.title)
        self.kind_box = QComboBox()
        for kind in EvidenceKind:
            self.kind_box.addItem(kind.label, kind.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(item.kind.value))
        self.note_edit = QPlainTextEdit(item.note or "")
        self.note_edit.setMaximumHeight(80)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("For example: issued after the cancellation took effect"))
        self.note_edit.setToolTip(self.tr("Printed on the exhibit's first page and in the pack's index"))
        self.translation_edit = QLineEdit(item.note_translation or "")
        self.translation_edit.setPlaceholderText(
            self.tr("Optional: the note in one line, in the bank's language")
        )
        self.translation_edit.setToolTip(
            self.tr("A one-line translation printed under the note, for a bank that reads another language")
        )
        self.purchase_box = QComboBox()
        self.purchase_box.addItem(self.tr("(none)"), None)
        lang = lang_of_locale_name(QLocale().name())
        for p in detail.purchases:
            amount = display_amount(p.amount, p.currency, lang)
            self.purchase_box.addItem(f"{p.date} · {amount} · {p.description or p.kind.label}", p.id)
        self.purchase_box.setCurrentIndex(max(0, self.purchase_box.findData(item.purchase_id)))
        self.contact_box = QComboBox()
        self.contact_box.addItem(self.tr("(none)"), None)
        for c in detail.communications:
            self.contact_box.addItem(
                f"{c.at:%Y-%m-%d %H:%M} · {c.channel.label} · {c.summary or c.subject or ''}"[:90], c.id
            )
        self.contact_box.setCurrentIndex(max(0, self.contact_box.findData(item.communication_id)))
        size = item.size
        facts = QLabel(
            self.tr("<b>%1</b> · %2 · %3<br>Imported %4 UTC<br>SHA-256 <tt>%5</tt>")
            .replace("%3", self.tr("%Ln byte(s)", "", size))
            .replace("%1", item.original_name)
            .replace("%2", item.media_type)
            .replace("%4", f"{item.imported_at.astimezone(UTC):%Y-%m-%d %H:%M}")
            .replace("%5", item.sha256)
        )
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the original"))
        self.open_button.clicked.connect(self.open_original)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("What it &proves:"), self.note_edit)
        form.addRow(self.tr("T&ranslation:"), self.translation_edit)
        form.addRow(self.tr("Proves the &charge:"), self.purchase_box)
        form.addRow(self.tr("&Belongs to the contact:"), self.contact_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda _text: self._set_copying(self._copying is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def edited(self) -> EvidenceItem:
        return replace(
            self.item,
            title=self.title_edit.text().strip(),
            kind=EvidenceKind(self.kind_box.currentData()),
            note=self.note_edit.toPlainText().strip() or None,
            note_translation=self.translation_edit.text().strip() or None,
            purchase_id=self.purchase_box.currentData(),
            communication_id=self.contact_box.currentData(),
        )

    @Slot()
    def open_original(self) -> Job[Path] | None:
        """Open a read-only copy under its own name: the vault's file is never handed out. The copy
        is made (decrypted) by a job on a worker thread, and opened when it is there."""
        if self._copying is not None:
            return None
        try:
            folder = private_dir("view")  # removed when the store locks, at quit and at the next start
        except (DossierError, OSError) as exc:
            logs.error("ui.evidence.open_original", exc)
            QMessageBox.warning(self, self.tr("Dossier"), str(exc))
            return None
        job = self.services.copy_of_evidence_job(self.item.id or 0, folder)
        self._copying = job
        self._set_copying(True)
        started = self.runner.start(
            job,
            on_done=lambda copy: self._copied(job, copy),
            parent=self,
            label=self.tr("Opening a copy…"),
            on_failed=lambda _text: self._copied(job, None),
            on_cancelled=lambda: self._copied(job, None),
        )
        if not started:
            self._copied(job, None)
        return job if started else None

    def _copied(self, job: Job[Path], copy: Path | None) -> None:
        """The copy is there (``copy``), or not (the runner has said why)."""
        if self._copying is not job:  # closed while it was copied
            return
        self._copying = None
        self._set_copying(False)
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _set_copying(self, copying: bool) -> None:
        """While the job has the store, nothing here asks for it (Save would write it)."""
        self.open_button.setEnabled(not copying)
        self.save_button.setEnabled(not copying and bool(self.title_edit.text().strip()))

    def done(self, result: int) -> None:
        job, self._copying = self._copying, None
        if job is not None:  # closed while copying: cancelled, and its thread waited for
            job.cancel()
            if self.runner.current() is job:
                self.runner.stop()
        super().done(result)


class TrashDialog(QDialog):
    """Items in a trash, to restore: evidence of a case, or whole cases."""

    restored = Signal(int)
    said = Signal(str)  # what was done, for the window's status bar

    def __init__(
        self,
        title: str,
        load: Callable[[], list[tuple[int, str]]],
        restore: Callable[[int], object],
        parent: QWidget | None = None,
        *,
        delete: Callable[[int], object] | None = None,
        unused_files: Callable[[QWidget], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._load = load
        self._restore = restore
        self._delete = delete
        self._unused_files = unused_files
        self.list = QListWidget()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("&Delete for good…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setVisible(delete is not None)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unused_button = QPushButton(self.tr("&Files no record names…"))
        self.unused_button.setToolTip(
            self.tr("Vault files that no item names (left by an interrupted import): listed before removal")
        )
        self.unused_button.clicked.connect(self.show_unused_files)
        self.unused_button.setVisible(unused_files is not None)
        if unused_files is not None:
            buttons.addButton(self.unused_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for item_id, label in self._load():
            entry = QListWidgetItem(label)
            entry.setData(ID_ROLE, item_id)
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(self.list.count() == 0)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.delete_button.setEnabled(self.list.count() > 0)

    @Slot()
    def restore_selected(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            return
        item_id = int(entry.data(ID_ROLE))
        try:
            self._restore(item_id)
        except DossierError as exc:
            logs.error("ui.evidence.restore_selected", exc)
            QMessageBox.warning(self, self.tr("Dossier"), str(exc))
            return
        self.restored.emit(item_id)
        self.said.emit(self.tr("Restored from the trash: %1.").replace("%1", entry.text()))
        self.reload()

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected item for good, once the user has confirmed: this cannot be undone."""
        entry = self.list.currentItem()
        if entry is None or self._delete is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete “%1” for good? Its file is removed from the vault unless another item names "
                "the same file. This cannot be undone."
            ).replace("%1", entry.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete(int(entry.data(ID_ROLE)))
        except DossierError as exc:
            logs.error("ui.evidence.delete_selected", exc)
            QMessageBox.warning(self, self.tr("Dossier"), str(exc))
            return
        self.said.emit(self.tr("Deleted for good: %1.").replace("%1", entry.text()))
        self.reload()

    @Slot()
    def show_unused_files(self) -> None:
        if self._unused_files is not None:
            self._unused_files(self)


class UnusedFilesDialog(QDialog):
    """The vault files no record names, listed; removed only when the user confirms."""

    said = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Files no record names"))
        self.listed: list[UnusedFile] = []
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.list = QListWidget()
        self.remove_button = QPushButton(self.tr("&Remove these files…"))
        self.remove_button.clicked.connect(self.remove_listed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 320)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            self.listed = self.services.unused_vault_files()
        except DossierError as exc:
            logs.error("ui.evidence.reload", exc)
            self.listed = []
            self.explanation.setText(str(exc))
        else:
            self.explanation.setText(
                self.tr(
                    "No item of any case, in the trash or not, names these files: an import or a "
                    "deletion was interrupted before it finished. Nothing removes them until you do."
                )
                if self.listed
                else self.tr("Every file in the vault is named by an item: none is unused.")
            )
        for found in self.listed:
            self.list.addItem(QListWidgetItem(found.describe()))
        self.remove_button.setEnabled(bool(self.listed))

    @Slot()
    def remove_listed(self) -> None:
        """Remove exactly the files listed, once the user has confirmed: this cannot be undone."""
        if not self.listed:
            return
        listed = len(self.listed)
        answer = QMessageBox.warning(
            self,
            self.tr("Remove files for good"),
            self.tr(
                "Remove these %n file(s) from the vault for good? No record names them. "
                "This cannot be undone.",
                "",
                listed,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self.services.remove_unused_vault_files([f.sha256 for f in self.listed])
        except DossierError as exc:
            logs.error("ui.evidence.remove_listed", exc)
            QMessageBox.warning(self, self.tr("Dossier"), str(exc))
            return
        self.said.emit(self.tr("Removed %n vault file(s) no record named.", "", count))
        self.reload()


def evidence_trash_dialog(services: Services, case_id: int, parent: QWidget | None = None) -> TrashDialog:
    dialog: TrashDialog

    def unused_files(owner: QWidget) -> None:
        files = UnusedFilesDialog(services, owner)
        files.said.connect(dialog.said)
        files.exec()

    dialog = TrashDialog(
        QCoreApplication.translate("trash", "Evidence in the trash"),
        lambda: [(e.id or 0, f"{e.title}  ({e.original_name})") for e in services.evidence_trash(case_id)],
        services.restore_evidence,
        parent,
        delete=services.delete_evidence_for_good,
        unused_files=unused_files,
    )
    return dialog


def case_trash_dialog(services: Services, parent: QWidget | None = None) -> TrashDialog:
    return TrashDialog(
        QCoreApplication.translate("trash", "Cases in the trash"),
        lambda: [(c.id or 0, f"{c.title}  ({c.merchant.name})") for c in services.trashed_cases()],
        lambda case_id: services.set_case_trashed(case_id, False),
        parent,
    )
