"""The store itself: encrypting or decrypting it, its passphrase and recovery key, backups and
restores, the unencrypted case bundle, and locking (by hand, or after a while without use).

Each long change is one of the services' jobs on the window's runner; while one runs, the window
keeps its hands off the database (the job's thread owns it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QLocale, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from desktop_app import i18n, logs
from desktop_app.errors import DossierError
from desktop_app.services import (
    BUNDLE_WARNING,
    NeedsPassphrase,
    NeedsUnlock,
    Protection,
    Services,
    Unlock,
    WrongSecret,
    remove_private_dirs,
)
from desktop_app.services.jobs import Job
from desktop_app.ui.controllers import Frame, expecting, make_action, run_job
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.idle import IDLE_KEY, IdleWatcher, idle_minutes
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.lock_screen import LockScreen
from desktop_app.ui.thumbnails import ThumbnailCache
from desktop_app.ui.unlock import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog, exec_once

if TYPE_CHECKING:  # the backup module, the Security window and the backup form: imported when used
    from desktop_app.services import BackupReport
    from desktop_app.ui.security import SecurityDialog


class StoreFrame(Frame, Protocol):
    """What the store's controller asks of the window besides a controller's usual."""

    def busy(self) -> bool:
        """Whether work that reads the store runs in the background."""
        ...

    def stop_work(self) -> None:
        """Stop that work, and hear how it ended, while the store is still open."""
        ...

    def close_windows(self, keep: QWidget | None = None) -> None: ...

    def reload_cases(self) -> None: ...

    def show_locked(self, locked: bool) -> None:
        """Hide every case behind the lock screen (True), or show them again (False)."""
        ...


class StoreController(QObject):
    encryption_changed = Signal(bool)  # encrypted?
    passphrase_changed = Signal(bool)  # a passphrase set?
    backup_written = Signal(object)  # BackupReport
    restored = Signal(object)  # BackupReport (its path: the restored store's folder)
    bundle_written = Signal(object)  # Path
    store_job_ended = Signal()
    open_store_requested = Signal(object)  # Path: the session closes this store and opens that one
    locked_changed = Signal(bool)  # locked?

    def __init__(
        self,
        services: Services,
        runner: JobRunner,
        frame: StoreFrame,
        settings: QSettings,
        lock_screen: LockScreen,
        thumbnails: ThumbnailCache,
    ) -> None:
        super().__init__(frame.host())
        self.services = services
        self.runner = runner
        self.frame = frame
        self.settings = settings
        self.lock_screen = lock_screen
        self.thumbnails = thumbnails
        self.security_dialog: SecurityDialog | None = None
        self.protection_label = QLabel()  # in the window's status bar
        self.can_switch_store = False  # set by the session that can open another store
        self._locked = False
        self._store_job = False  # one of this controller's jobs is under way
        self._case_before_lock: int | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._idle_reached)
        self.idle_unit_ms = 60_000  # one minute of the idle lock (tests make it shorter)
        lock_screen.submitted.connect(self._unlock_requested)
        host = frame.host()
        # Ctrl+L logs a contact (since the first version): the lock takes Ctrl+Shift+L.
        self.lock_action = make_action(
            host,
            self.tr("&Lock"),
            self.lock,
            shortcut="Ctrl+Shift+L",
            tip=self.tr(
                "Hide every case and close the database until the passphrase or the keyring opens it again"
            ),
        )
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from the search too
        self.security_action = make_action(
            host,
            self.tr("Securit&y…"),
            self.show_security,
            tip=self.tr("Encryption, passphrase, recovery key, locking and backups of this store"),
        )
        self.backup_action = make_action(
            host,
            self.tr("Back &up…"),
            self.back_up,
            tip=self.tr("Write one encrypted file holding every case and every file"),
        )
        self.restore_action = make_action(
            host,
            self.tr("&Restore from backup…"),
            self.restore_from_backup,
            tip=self.tr("Restore a backup into a new or empty folder"),
        )
        self.bundle_action = make_action(
            host,
            self.tr("Export case &bundle (unencrypted)…"),
            self.export_case_bundle,
            tip=self.tr("A zip of the case file and its original files, for a lawyer: NOT encrypted"),
        )
        self.case_actions = [self.bundle_action]

    # ------------------------------------------------------------------ one store job at a time

    def store_job_running(self) -> bool:
        return self._store_job

    def _run(
        self,
        job: Job[Any],
        on_done: Callable[[Any], object],
        parent: QWidget | None = None,
        label: str | None = None,
    ) -> Job[Any] | None:
        """A store job on the runner; when it ends, whichever way, the thumbnails go on and the
        Security window hears of it."""

        def done(result: object) -> None:
            self._ended()
            on_done(result)

        started = run_job(
            self.runner,
            self.frame,
            job,
            done,
            parent=parent,
            label=label,
            on_failed=lambda _message: self._ended(),
            on_cancelled=self._ended,
        )
        if not started:
            return None
        self._store_job = True
        return job

    def _ended(self) -> None:
        self._store_job = False
        self.thumbnails.resume()
        self.store_job_ended.emit()

    def show_security(self) -> SecurityDialog:
        """The Security window (opened once; brought forward when it is open)."""
        if self.security_dialog is None or not self.security_dialog.isVisible():
            from desktop_app.ui.security import SecurityDialog

            dialog = SecurityDialog(self.services, self, self.frame.host())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: setattr(self, "security_dialog", None))
            self.store_job_ended.connect(dialog.job_ended)
            self.security_dialog = dialog
            dialog.open()
        self.security_dialog.raise_()
        self.security_dialog.activateWindow()
        return self.security_dialog

    # ------------------------------------------------------------------ encryption and keys

    def change_encryption(
        self, encrypt: bool, unlock: Unlock | None = None, parent: QWidget | None = None
    ) -> Job[Any] | None:
        """Encrypt or decrypt the store in place, as a job; the window keeps off the database."""
        if self.frame.busy():
            self.frame.error(self.tr("Wait for the work under way to end, or cancel it, first."), parent)
            return None
        self.frame.close_windows(keep=parent)
        self.thumbnails.pause()
        job = expecting(self.services.change_encryption_job(encrypt, unlock), NeedsPassphrase)
        label = self.tr("Encrypting every file…") if encrypt else self.tr("Decrypting every file…")
        started = self._run(job, lambda result: self._encryption_done(encrypt, result, parent), parent, label)
        if started is None:
            self.thumbnails.resume()
        return started

    def _encryption_done(self, encrypt: bool, result: object, parent: QWidget | None) -> None:
        if isinstance(result, NeedsPassphrase):
            dialog = NewPassphraseDialog(
                self.tr(
                    "No system keyring works here to keep the store's key: a passphrase of yours "
                    "protects it instead. You will type it each time Dossier starts.\n\n(Why: %1.)"
                ).replace("%1", result.reason or str(result)),
                title=self.tr("Protect this store"),
                ok_text=self.tr("&Protect and encrypt"),
                parent=parent or self.frame.host(),
            )
            if exec_once(dialog) == QDialog.DialogCode.Accepted:
                self.change_encryption(True, Unlock(passphrase=dialog.passphrase()), parent)
            else:
                self.frame.say(self.tr("Nothing was changed."), 8000)
            return
        self.update_protection()
        self.frame.reload_cases()
        self.frame.say(
            self.tr("The store is encrypted.")
            if encrypt
            else self.tr("The store is decrypted: its files are now in plaintext.")
        )
        if isinstance(result, str):
            self.show_recovery_key(result, note=self.protection().keyring_note, parent=parent)
        self.encryption_changed.emit(encrypt)

    def show_recovery_key(self, key: str, *, note: str | None = None, parent: QWidget | None = None) -> None:
        dialog = RecoveryKeyDialog(
            key,
            folder=self.services.data_dir,
            note=note,
            save_folder=documents_folder(),
            parent=parent or self.frame.host(),
        )
        exec_once(dialog)

    def set_passphrase(self, passphrase: str | None, parent: QWidget | None = None) -> Job[Any] | None:
        """Set, change or (None) remove the passphrase, as a job (the keyring is asked)."""

        def done(_result: object) -> None:
            self.frame.say(
                self.tr("The passphrase was set.")
                if passphrase is not None
                else self.tr("The passphrase was removed."),
                8000,
            )
            self.passphrase_changed.emit(passphrase is not None)

        job = self.services.passphrase_job(passphrase)
        return self._run(job, done, parent, self.tr("Protecting the key…"))

    def renew_recovery_key(self, parent: QWidget | None = None) -> str | None:
        try:
            key = self.services.renew_recovery_key()
        except DossierError as exc:
            self.frame.error(str(exc), parent)
            return None
        self.show_recovery_key(key, parent=parent)
        return key

    # ------------------------------------------------------------------ backups, restores, bundles

    def back_up(self, parent: QWidget | None = None) -> Job[Any] | None:
        """Ask where, and with which passphrase, then write the backup as a job."""
        suggested = documents_folder() / self.tr("Dossier backup %1.dossier-backup").replace(
            "%1", date.today().isoformat()
        )
        from desktop_app.ui.security import BackupDialog

        dialog = BackupDialog(self.protection().encrypted, suggested, parent or self.frame.host())
        if exec_once(dialog) != QDialog.DialogCode.Accepted:
            return None
        return self.start_backup(dialog.output_path(), dialog.passphrase(), parent, force=dialog.force())

    def start_backup(
        self, out: Path, passphrase: str | None, parent: QWidget | None = None, *, force: bool = False
    ) -> Job[Any] | None:
        job = self.services.backup_job(out, passphrase, force=force)
        return self._run(
            job, self._backup_done, parent, self.tr("Checking the store and writing the backup…")
        )

    def _backup_done(self, report: BackupReport) -> None:
        opens = (
            self.tr("It opens with its passphrase.")
            if not self.protection().encrypted
            else self.tr("It opens with this store's recovery key or passphrase (or the backup's own).")
        )
        cases, files = report.cases, report.files
        text = (
            self.tr("Wrote %1 (%2 MB): %3 and %4, checked before it was written.")
            .replace("%3", self.tr("%n case(s)", "Wrote the backup (12 MB): 3 cases and 40 files", cases))
            .replace("%4", self.tr("%n file(s)", "Wrote the backup (12 MB): 3 cases and 40 files", files))
            .replace("%2", QLocale().toString(report.size / 1_000_000, "f", 1))
            .replace("%1", str(report.path))
        )
        self.frame.say(text)
        self.frame.note(self.tr("Back up"), text + "\n\n" + opens)
        self.backup_written.emit(report)

    @Slot()
    def restore_from_backup(self) -> None:
        """Choose a backup and an empty folder, and restore the store there."""
        host = self.frame.host()
        name, _ = QFileDialog.getOpenFileName(
            host,
            self.tr("Restore from a backup"),
            str(documents_folder()),
            self.tr("Dossier backups (*.dossier-backup);;All files (*)"),
        )
        if not name:
            return
        folder = QFileDialog.getExistingDirectory(
            host, self.tr("Choose an empty folder for the restored store"), str(documents_folder())
        )
        if not folder:
            return
        target = Path(folder)
        if target.resolve() == self.services.data_dir.resolve() or (
            target.is_dir() and any(target.iterdir())
        ):
            self.frame.error(
                self.tr("%1 is not empty: choose a new or empty folder. Nothing was changed.").replace(
                    "%1", str(target)
                )
            )
            return
        self.start_restore(Path(name), target, Unlock())

    def start_restore(self, source: Path, target: Path, unlock: Unlock) -> Job[Any] | None:
        job = expecting(Services.restore_job(source, target, unlock), NeedsUnlock, WrongSecret)
        label = self.tr("Checking the backup and restoring every file…")
        return self._run(job, lambda result: self._restore_done(source, target, result), None, label)

    def _restore_done(self, source: Path, target: Path, result: object) -> None:
        if isinstance(result, NeedsUnlock | WrongSecret):
            needs = result if isinstance(result, NeedsUnlock) else None
            dialog = UnlockDialog(
                str(needs) if needs else self.tr("The backup %1 is encrypted.").replace("%1", str(source)),
                has_passphrase=needs.has_passphrase if needs else True,
                offer_remember=False,
                keep_open=False,
                title=self.tr("Open the backup"),
                parent=self.frame.host(),
            )
            if needs is None:
                dialog.show_error(str(result))
            unlock = dialog.unlock() if exec_once(dialog) == QDialog.DialogCode.Accepted else None
            if unlock is not None:
                self.start_restore(source, target, unlock)
            else:
                self.frame.say(self.tr("Nothing was restored."), 8000)
            return
        from desktop_app.services import BackupReport  # loaded with the restore job

        assert isinstance(result, BackupReport)
        cases, files = result.cases, result.files
        text = (
            self.tr(
                "Restored %1 and %2 into %3. Every file's SHA-256 and the database "
                'were checked.\n\nTo open it: dossier gui --data-dir "%3"'
            )
            .replace("%1", self.tr("%n case(s)", "Restored 3 cases and 40 files", cases))
            .replace("%2", self.tr("%n file(s)", "Restored 3 cases and 40 files", files))
            .replace("%3", str(target))
        )
        self.frame.say(text.splitlines()[0])
        box = self.frame.note(self.tr("Restore from a backup"), text)
        if self.can_switch_store:
            open_button = box.addButton(self.tr("&Open it now"), QMessageBox.ButtonRole.AcceptRole)
            open_button.clicked.connect(lambda: self.open_store_requested.emit(target))
        self.restored.emit(result)

    @Slot()
    def export_case_bundle(self) -> None:
        """Warn that a bundle is not encrypted, then write it where the person says."""
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        title = self.tr("Export case bundle (unencrypted)")
        answer = QMessageBox.warning(
            self.frame.host(),
            title,
            i18n.translate("Services", BUNDLE_WARNING) + "\n\n" + self.tr("Write the bundle?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        suggested = documents_folder() / f"dossier-D-{case_id:04d}-bundle.zip"
        from desktop_app.ui.outputs import ask_save_path

        target = ask_save_path(
            self.frame.host(),
            title,
            suggested,
            self.tr("Zip files (*.zip)"),
            suffix=".zip",
            what="case bundle",
        )
        if target is not None:
            self.write_case_bundle(case_id, target.path, force=target.force)

    def write_case_bundle(self, case_id: int, out: Path, *, force: bool = False) -> Job[Any] | None:
        def done(_files: object) -> None:
            self.frame.say(
                self.tr("Wrote %1, NOT encrypted: delete it once it is no longer needed.").replace(
                    "%1", str(out)
                )
            )
            self.bundle_written.emit(out)

        job = self.services.bundle_job(case_id, out, force=force)
        return self._run(job, done, None, self.tr("Writing the case bundle…"))

    # ------------------------------------------------------------------ locking

    def protection(self) -> Protection:
        """How the store is protected, read without asking the keyring (cheap)."""
        return self.services.protection(ask_keyring=False)

    @property
    def locked(self) -> bool:
        """Whether the window shows the lock screen (and the store is locked)."""
        return self._locked

    def update_protection(self) -> None:
        """What depends on whether the store is encrypted: the Lock action, the idle lock and
        what the status bar says of it."""
        encrypted = self._locked or self.protection().encrypted
        self.protection_label.setText(self.tr("Encrypted") if encrypted else self.tr("Not encrypted"))
        self.protection_label.setToolTip(
            self.tr("The database and every evidence file are encrypted on disk")
            if encrypted
            else self.tr("Anyone who can read the store's folder can read its cases: File > Security…")
        )
        self.lock_action.setEnabled(encrypted and not self._locked)
        self.lock_action.setToolTip(
            self.tr("Lock (Ctrl+Shift+L)")
            if encrypted
            else self.tr("Only an encrypted store can be locked: File > Security… encrypts it")
        )
        self._restart_idle(encrypted)

    def idle_minutes(self) -> int:
        """Minutes without use after which an encrypted store locks (0: never)."""
        return idle_minutes(self.settings.value(IDLE_KEY, None))

    @Slot(int)
    def set_idle_minutes(self, minutes: int) -> None:
        self.settings.setValue(IDLE_KEY, int(minutes))
        self._restart_idle()

    def _restart_idle(self, encrypted: bool | None = None) -> None:
        minutes = self.idle_minutes()
        encrypted = self.protection().encrypted if encrypted is None else encrypted
        if encrypted and not self._locked and minutes > 0:
            self.idle.start(minutes * self.idle_unit_ms)
        else:
            self.idle.stop()

    @Slot()
    def _idle_reached(self) -> None:
        if self._locked:
            return
        if self.frame.busy():
            # Long work the person waits for is never cut short: try again later.
            self._restart_idle()
            return
        self.lock()

    @Slot()
    def lock(self) -> bool:
        """Hide every case and lock the store: its database closed, its key dropped.

        Work under way is stopped first, and every other window of this one closed.
        Returns whether the store is now locked.
        """
        if self._locked or not self.protection().encrypted:
            return False
        has_passphrase = self.protection().has_passphrase
        self.frame.stop_work()
        self.frame.close_windows()
        self.security_dialog = None
        self.thumbnails.pause()
        self._case_before_lock = self.frame.current_case_id()
        self.services.lock()
        self._locked = True
        # The copies opened in other programs go with the key: no plaintext is left behind.
        remove_private_dirs("view")
        remove_private_dirs("preview")
        logs.event("store.lock")
        self.idle.stop()
        self.frame.show_locked(True)
        self.lock_screen.prepare(has_passphrase)
        self.lock_screen.focus()
        self.locked_changed.emit(True)
        return True

    @Slot(object)
    def _unlock_requested(self, unlock: Unlock) -> None:
        """Open the store again, as a job: the keyring may take its time."""
        job = expecting(self.services.unlock_job(unlock), DossierError)
        if not self.runner.start(job, on_done=self._unlock_outcome, on_failed=self.lock_screen.show_error):
            self.lock_screen.show_error(self.tr("Wait for the work under way to end, or cancel it, first."))

    def unlock_with(self, text: str) -> None:
        """Unlock with what a person would type on the lock screen (empty: the keyring)."""
        if text:
            self.lock_screen.edit.setText(text)
        self.lock_screen.submit()

    def _unlock_outcome(self, result: object) -> None:
        if isinstance(result, NeedsUnlock):
            self.lock_screen.ask_for_recovery_key(str(result))
        elif isinstance(result, DossierError):
            self.lock_screen.show_error(str(result))
        elif not self.services.locked:
            self._unlocked()

    def _unlocked(self) -> None:
        self._locked = False
        self.lock_screen.finish()
        self.thumbnails.resume()
        self.frame.show_locked(False)
        if self._case_before_lock is not None:
            self.frame.select_case(self._case_before_lock)
        self.update_protection()
        self.frame.say(self.tr("Unlocked."), 5000)
        self.locked_changed.emit(False)
