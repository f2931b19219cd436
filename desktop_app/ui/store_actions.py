"""The window's work on the store itself: encrypting or decrypting it, keys, backups, restores and
the unencrypted case bundle, each as one background job with progress and Cancel.

A part of :class:`desktop_app.ui.main_window.MainWindow`, kept apart so that the main window's
module holds the window and its cases, and this one what protects the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from desktop_app.errors import Cancelled, DossierError
from desktop_app.protection import BUNDLE_WARNING
from desktop_app.secrets import WrongSecret
from desktop_app.services import Services
from desktop_app.store.backup import BackupReport
from desktop_app.store.keys import NeedsPassphrase, NeedsUnlock, Unlock
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.outputs import ask_save_path
from desktop_app.ui.security import BackupDialog, SecurityDialog
from desktop_app.ui.unlock import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog, exec_once
from desktop_app.ui.workers import BackgroundJob, Progress, Worker

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.thumbnails import ThumbnailCache


class StoreActions(QMainWindow):
    """The store's jobs; :class:`MainWindow` is the one subclass."""

    encryption_changed = Signal(bool)  # encrypted?
    passphrase_changed = Signal(bool)  # a passphrase set?
    backup_written = Signal(object)  # BackupReport
    restored = Signal(object)  # BackupReport (its path: the restored store's folder)
    bundle_written = Signal(object)  # Path
    store_job_ended = Signal()
    open_store_requested = Signal(object)  # Path: the session closes this store and opens that one
    job_failed = Signal(str)
    job_cancelled = Signal()

    # Provided by MainWindow.
    services: Services
    thumbnails: ThumbnailCache
    security_dialog: SecurityDialog | None
    _store_job: BackgroundJob | None
    _store_job_parent: QWidget | None
    can_switch_store: bool  # whether "open the restored store now" is offered

    if TYPE_CHECKING:  # what MainWindow has, for the type checker only

        def busy(self) -> bool: ...

        def _error(self, message: str, parent: QWidget | None = None) -> None: ...

        def _note(self, title: str, text: str) -> QMessageBox: ...

        def current_case_id(self) -> int | None: ...

        def reload_cases(self) -> None: ...

        def _update_protection(self) -> None: ...

        def _close_windows(self, keep: QWidget | None = None) -> None: ...

    # ------------------------------------------------------------------ protection: the store's jobs

    def _run_store_job(
        self,
        title: str,
        label: str,
        job: Callable[[Progress, Callable[[], bool]], object],
        on_done: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> Worker | None:
        """One job on the store at a time (encrypting, a backup, a bundle), with progress and Cancel."""
        if self.busy():
            self._error(self.tr("Wait for the work under way to end, or cancel it, first."), parent)
            return None
        worker = Worker(job, Cancelled, title)
        background = BackgroundJob(worker, parent or self, title, label)

        def finished(result: object) -> None:
            self._store_job_ended()
            on_done(result)

        background.finished.connect(finished)
        background.failed.connect(self._on_store_job_failed)
        background.cancelled.connect(self._on_store_job_cancelled)
        self._store_job = background
        self._store_job_parent = parent
        return worker

    def _store_job_ended(self) -> None:
        self._store_job = None
        self.thumbnails.resume()
        self.store_job_ended.emit()

    @Slot(str)
    def _on_store_job_failed(self, message: str) -> None:
        parent = self._store_job_parent
        self._store_job_ended()
        self.job_failed.emit(message)
        self._error(message, parent)

    @Slot()
    def _on_store_job_cancelled(self) -> None:
        self._store_job_ended()
        self.statusBar().showMessage(self.tr("Cancelled; nothing was changed or kept."), 8000)
        self.job_cancelled.emit()

    def show_security(self) -> SecurityDialog:
        """The Security window (opened once; brought forward when it is open)."""
        if self.security_dialog is None or not self.security_dialog.isVisible():
            dialog = SecurityDialog(cast("MainWindow", self))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: setattr(self, "security_dialog", None))
            self.security_dialog = dialog
            dialog.open()
        self.security_dialog.raise_()
        self.security_dialog.activateWindow()
        return self.security_dialog

    def change_encryption(
        self, encrypt: bool, unlock: Unlock | None = None, parent: QWidget | None = None
    ) -> Worker | None:
        """Encrypt or decrypt the store in place, in the background; the window keeps off the database."""
        if self.busy():
            self._error(self.tr("Wait for the work under way to end, or cancel it, first."), parent)
            return None
        self._close_windows(keep=parent)
        self.thumbnails.pause()
        services = self.services

        def job(progress: Progress, cancelled: Callable[[], bool]) -> object:
            try:
                return services.change_encryption(encrypt, unlock, progress=progress, cancelled=cancelled)
            except NeedsPassphrase as exc:
                return exc

        return self._run_store_job(
            self.tr("Encrypt the store") if encrypt else self.tr("Decrypt the store"),
            self.tr("Encrypting every file…") if encrypt else self.tr("Decrypting every file…"),
            job,
            lambda result: self._encryption_done(encrypt, result, parent),
            parent,
        )

    def _encryption_done(self, encrypt: bool, result: object, parent: QWidget | None) -> None:
        if isinstance(result, NeedsPassphrase):
            dialog = NewPassphraseDialog(
                self.tr(
                    "No system keyring works here to keep the store's key: a passphrase of yours "
                    "protects it instead. You will type it each time Dossier starts.\n\n(Why: %1.)"
                ).replace("%1", result.reason or str(result)),
                title=self.tr("Protect this store"),
                ok_text=self.tr("&Protect and encrypt"),
                parent=parent or self,
            )
            if exec_once(dialog) == QDialog.DialogCode.Accepted:
                self.change_encryption(True, Unlock(passphrase=dialog.passphrase()), parent)
            else:
                self.statusBar().showMessage(self.tr("Nothing was changed."), 8000)
            return
        self._update_protection()
        self.reload_cases()
        self.statusBar().showMessage(
            self.tr("The store is encrypted.")
            if encrypt
            else self.tr("The store is decrypted: its files are now in plaintext."),
            10000,
        )
        if isinstance(result, str):
            self.show_recovery_key(result, note=self.services.store.access.keyring_note, parent=parent)
        self.encryption_changed.emit(encrypt)

    def show_recovery_key(self, key: str, *, note: str | None = None, parent: QWidget | None = None) -> None:
        dialog = RecoveryKeyDialog(
            key,
            folder=self.services.data_dir,
            note=note,
            save_folder=documents_folder(),
            parent=parent or self,
        )
        exec_once(dialog)

    def set_passphrase(self, passphrase: str | None, parent: QWidget | None = None) -> Worker | None:
        """Set, change or (None) remove the passphrase; off the GUI thread (the keyring is asked)."""
        services = self.services

        def job(_progress: Progress, _cancelled: Callable[[], bool]) -> object:
            services.set_passphrase(passphrase)
            return passphrase is not None

        def done(result: object) -> None:
            self.statusBar().showMessage(
                self.tr("The passphrase was set.") if result else self.tr("The passphrase was removed."), 8000
            )
            self.passphrase_changed.emit(bool(result))

        return self._run_store_job(self.tr("Passphrase"), self.tr("Protecting the key…"), job, done, parent)

    def renew_recovery_key(self, parent: QWidget | None = None) -> str | None:
        try:
            key = self.services.renew_recovery_key()
        except DossierError as exc:
            self._error(str(exc), parent)
            return None
        self.show_recovery_key(key, parent=parent)
        return key

    # ------------------------------------------------------------------ protection: backups and bundles

    def back_up(self, parent: QWidget | None = None) -> Worker | None:
        """Ask where, and with which passphrase, then write the backup in the background."""
        suggested = documents_folder() / self.tr("Dossier backup %1.dossier-backup").replace(
            "%1", date.today().isoformat()
        )
        dialog = BackupDialog(self.services.store.encrypted, suggested, parent or self)
        if exec_once(dialog) != QDialog.DialogCode.Accepted:
            return None
        return self.start_backup(dialog.output_path(), dialog.passphrase(), parent, force=dialog.force())

    def start_backup(
        self, out: Path, passphrase: str | None, parent: QWidget | None = None, *, force: bool = False
    ) -> Worker | None:
        services = self.services

        def job(progress: Progress, cancelled: Callable[[], bool]) -> object:
            return services.backup(out, passphrase, force=force, progress=progress, cancelled=cancelled)

        return self._run_store_job(
            self.tr("Back up"),
            self.tr("Checking the store and writing the backup…"),
            job,
            self._backup_done,
            parent,
        )

    def _backup_done(self, report: BackupReport) -> None:
        opens = (
            self.tr("It opens with its passphrase.")
            if not self.services.store.encrypted
            else self.tr("It opens with this store's recovery key or passphrase (or the backup's own).")
        )
        text = (
            self.tr("Wrote %1 (%2 MB): %3 case(s) and %4 file(s), checked before it was written.")
            .replace("%1", str(report.path))
            .replace("%2", f"{report.size / 1_000_000:.1f}")
            .replace("%3", str(report.cases))
            .replace("%4", str(report.files))
        )
        self.statusBar().showMessage(text, 10000)
        self._note(self.tr("Back up"), text + "\n\n" + opens)
        self.backup_written.emit(report)

    @Slot()
    def restore_from_backup(self) -> None:
        """Choose a backup and an empty folder, and restore the store there."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(documents_folder()),
            self.tr("Dossier backups (*.dossier-backup);;All files (*)"),
        )
        if not name:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the restored store"), str(documents_folder())
        )
        if not folder:
            return
        target = Path(folder)
        if target.resolve() == self.services.data_dir.resolve() or (
            target.is_dir() and any(target.iterdir())
        ):
            self._error(
                self.tr("%1 is not empty: choose a new or empty folder. Nothing was changed.").replace(
                    "%1", str(target)
                )
            )
            return
        self.start_restore(Path(name), target, Unlock())

    def start_restore(self, source: Path, target: Path, unlock: Unlock) -> Worker | None:
        def job(progress: Progress, cancelled: Callable[[], bool]) -> object:
            try:
                return Services.restore(source, target, unlock, progress=progress, cancelled=cancelled)
            except (NeedsUnlock, WrongSecret) as exc:
                return exc

        return self._run_store_job(
            self.tr("Restore from a backup"),
            self.tr("Checking the backup and restoring every file…"),
            job,
            lambda result: self._restore_done(source, target, result),
        )

    def _restore_done(self, source: Path, target: Path, result: object) -> None:
        if isinstance(result, NeedsUnlock | WrongSecret):
            needs = result if isinstance(result, NeedsUnlock) else None
            dialog = UnlockDialog(
                str(needs) if needs else self.tr("The backup %1 is encrypted.").replace("%1", str(source)),
                has_passphrase=needs.has_passphrase if needs else True,
                offer_remember=False,
                keep_open=False,
                title=self.tr("Open the backup"),
                parent=self,
            )
            if needs is None:
                dialog.show_error(str(result))
            if exec_once(dialog) == QDialog.DialogCode.Accepted and dialog.unlock() is not None:
                unlock = dialog.unlock()
                assert unlock is not None
                self.start_restore(source, target, unlock)
            else:
                self.statusBar().showMessage(self.tr("Nothing was restored."), 8000)
            return
        assert isinstance(result, BackupReport)
        text = (
            self.tr(
                "Restored %1 case(s) and %2 file(s) into %3. Every file's SHA-256 and the database "
                'were checked.\n\nTo open it: dossier gui --data-dir "%3"'
            )
            .replace("%1", str(result.cases))
            .replace("%2", str(result.files))
            .replace("%3", str(target))
        )
        self.statusBar().showMessage(text.splitlines()[0], 10000)
        box = self._note(self.tr("Restore from a backup"), text)
        if self.can_switch_store:
            open_button = box.addButton(self.tr("&Open it now"), QMessageBox.ButtonRole.AcceptRole)
            open_button.clicked.connect(lambda: self.open_store_requested.emit(target))
        self.restored.emit(result)

    @Slot()
    def export_case_bundle(self) -> None:
        """Warn that a bundle is not encrypted, then write it where the person says."""
        case_id = self.current_case_id()
        if case_id is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Export case bundle (unencrypted)"),
            BUNDLE_WARNING + "\n\n" + self.tr("Write the bundle?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        suggested = documents_folder() / f"dossier-D-{case_id:04d}-bundle.zip"
        target = ask_save_path(
            self,
            self.tr("Export case bundle (unencrypted)"),
            suggested,
            self.tr("Zip files (*.zip)"),
            suffix=".zip",
            what="case bundle",
        )
        if target is not None:
            self.write_case_bundle(case_id, target.path, force=target.force)

    def write_case_bundle(self, case_id: int, out: Path, *, force: bool = False) -> Worker | None:
        services = self.services

        def job(progress: Progress, cancelled: Callable[[], bool]) -> object:
            services.write_case_bundle(case_id, out, force=force, progress=progress, cancelled=cancelled)
            return out

        def done(path: object) -> None:
            self.statusBar().showMessage(
                self.tr("Wrote %1, NOT encrypted: delete it once it is no longer needed.").replace(
                    "%1", str(path)
                ),
                10000,
            )
            self.bundle_written.emit(path)

        return self._run_store_job(
            self.tr("Export case bundle (unencrypted)"), self.tr("Writing the case bundle…"), job, done
        )
