"""Protecting a store: opening it, encryption, keys, backups and the unencrypted case bundle. No Qt."""

from __future__ import annotations

import getpass
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from desktop_app import logs
from desktop_app.domain.evidence import safe_file_name
from desktop_app.errors import DossierError, StoreError
from desktop_app.fileio import check_output
from desktop_app.i18n import noop, translate
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    utc_now,
)
from desktop_app.services.jobs import Job, JobContext, Progress
from desktop_app.services.results import (
    Protection,
)
from desktop_app.store.location import resolve_data_dir

if TYPE_CHECKING:
    from desktop_app.store.backup import BackupReport
    from desktop_app.store.keys import Unlock
    from desktop_app.store.store import Store


# Marked for the catalogues; shown translated where it is shown: translate("Services", BUNDLE_WARNING).
BUNDLE_WARNING = noop(
    "Services",
    "A case bundle is NOT encrypted: anyone who has the file can read every document in it. "
    "Hand it over in person or through a secure channel, and delete it when it is no longer needed.",
)


class ProtectionServices(ServiceCore):
    """The use cases of the store's protection."""

    @classmethod
    def open_store(
        cls,
        data_dir: str | Path | None,
        *,
        interface: str = "cli",
        unlock: Unlock | None = None,
        create: bool = False,
        inspect: bool = False,
    ) -> Self:
        """Open the store (see :meth:`Store.open`): ``create`` false raises NoStore where there is
        none; ``inspect`` (verify) opens a rolled-back database read-only, to report on it."""
        from desktop_app.store.store import Store  # the keyring and cryptography: when a store opens

        store = Store.open(resolve_data_dir(data_dir), unlock, create=create, inspect=inspect)
        return cls._opened(store, interface)

    @staticmethod
    def store_exists(data_dir: str | Path | None) -> bool:
        """Whether the folder holds a Dossier store (or what is left of one)."""
        from desktop_app.store.store import store_exists

        return store_exists(resolve_data_dir(data_dir))

    @staticmethod
    def test_recovery_key(data_dir: str | Path | None, text: str) -> str | None:
        """Whether the recovery key opens the store: None when it does, else why not. Changes nothing."""
        from desktop_app.store.store import Store

        return Store.test_recovery_key(resolve_data_dir(data_dir), text)

    def recovery_key_opens(self, text: str) -> str | None:
        """The same check on the open store: None when ``text`` unwraps to this store's key."""
        return self._store.recovery_key_opens(text)

    def accept_database(self) -> list[str]:
        """Accept a database older than the store's record of it (opened with inspect=True): see
        :meth:`Store.accept_database`. Returns what was wrong; the acceptance is logged."""
        problems = self._store.accept_database()
        if problems:
            self._log_done(
                "store.accept-database",
                "The database was accepted as it is, older than the store's record of it",
            )
            self._notify(Change(Subject.STORE, Action.REPLACED))
        return problems

    def protection(self, *, ask_keyring: bool = True) -> Protection:
        """How the store is protected. ``ask_keyring`` False leaves the keyring alone (it may be
        slow to answer): ``key_in_keyring`` is then False."""
        from desktop_app.store.keys import KEYS_NAME  # loaded already: the store is open

        access = self._store.access
        key_file = access.key_file
        return Protection(
            self._store.root,
            self._store.encrypted,
            bool(key_file and key_file.has_passphrase),
            ask_keyring and self._store.encrypted and self._store.key_in_keyring(),
            access.opened_by,
            key_file=self._store.root / KEYS_NAME if key_file is not None else None,
            keyring_note=access.keyring_note,
            new_recovery_key=access.new_recovery_key,
        )

    @property
    def locked(self) -> bool:
        return self._store.locked

    def lock(self) -> None:
        """Drop the key and close the database; nothing of the cases can be read until unlock()."""
        self._store.lock()

    def unlock(self, unlock: Unlock | None = None) -> None:
        """Raises NeedsUnlock or WrongSecret (the store stays locked) when the secret does not open it."""
        self._store.unlock(unlock)
        self._notify(Change(Subject.STORE, Action.REPLACED))

    def change_encryption(
        self,
        encrypt: bool,
        unlock: Unlock | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str | None:
        """Encrypt (or decrypt) the store in place; returns the new recovery key to show, if any."""
        access = self._store.change_encryption(encrypt, unlock, progress=progress, cancelled=cancelled)
        # The store IS converted: a log entry lost to a full disk must not hide the recovery key.
        self._log_done(
            "store.encrypt" if encrypt else "store.decrypt",
            "Store encrypted at rest" if encrypt else "Store decrypted: its files are now in plaintext",
        )
        self._notify(Change(Subject.STORE, Action.REPLACED))
        return access.new_recovery_key

    def set_passphrase(self, passphrase: str | None) -> None:
        if passphrase is None and not self._store.key_in_keyring():
            raise DossierError(
                translate(
                    "Services",
                    "The system keyring does not hold this store's key: without its passphrase it would open "
                    "only with the recovery key. The passphrase was kept.",
                )
            )
        # The log entry and the key file go together: the key file is written last inside the
        # transaction, so that a failing entry leaves the old passphrase in force; once the key file
        # is replaced, only the entry can be lost (a COMMIT that fails), and the change stands.
        written = False
        try:
            with self._store.transaction():
                self._log("store.passphrase", "Passphrase set" if passphrase else "Passphrase removed", None)
                self._store.set_passphrase(passphrase)
                written = True
        except StoreError as exc:
            if not written:
                raise
            logs.error("services.set_passphrase.log", exc)  # the passphrase is changed; its entry lost
        self._notify(Change(Subject.STORE, Action.EDITED))

    def renew_recovery_key(self) -> str:
        """A new recovery key (the old one stops working), returned to show once (see set_passphrase)."""
        text: str | None = None
        try:
            with self._store.transaction():
                self._log(
                    "store.recovery-key", "New recovery key made; the old one no longer opens the store", None
                )
                text = self._store.renew_recovery_key()
        except StoreError as exc:
            if text is None:
                raise
            logs.error("services.renew_recovery_key.log", exc)  # the key is renewed; its entry lost
        assert text is not None
        self._notify(Change(Subject.STORE, Action.EDITED))
        return text

    def backup(
        self,
        out: Path,
        passphrase: str | None = None,
        *,
        force: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BackupReport:
        """Check the store whole, then write one encrypted backup file to ``out``.

        ``out`` is refused inside a store folder, when it is not a regular file, and when it
        exists unless ``force`` (the window asks first): see :func:`desktop_app.fileio.check_output`.
        """
        out = check_output(out, force=force, what="backup")
        report = self._store.backup(out, passphrase, progress=progress, cancelled=cancelled)
        self._log_done("store.backup", f"Backup written to {out.name} ({report.files} files)")
        return report

    @staticmethod
    def restore(
        source: Path,
        data_dir: str | Path | None,
        unlock: Unlock | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BackupReport:
        """Restore a backup into an empty or new folder, checking every hash before it reports success."""
        from desktop_app.store.backup import restore_backup
        from desktop_app.store.keys import Unlock

        return restore_backup(
            source, resolve_data_dir(data_dir), unlock or Unlock(), progress=progress, cancelled=cancelled
        )

    def write_case_bundle(
        self,
        case_id: int,
        out: Path,
        *,
        force: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """An unencrypted zip of the case file and its original files (see BUNDLE_WARNING).

        ``out`` is checked as every output is (``force`` replaces an existing file)."""
        out = check_output(out, force=force, what="case bundle")
        detail = self.case_detail(case_id)
        pairs = [
            (item, f"files/{i:03d}-{safe_file_name(item.original_name)}")
            for i, item in enumerate(detail.evidence, start=1)
        ]
        from desktop_app.domain.casefile import build_case_file
        from desktop_app.pack.bundle import write_bundle

        document: dict[str, Any] = build_case_file(
            detail.case, detail.purchases, detail.communications, pairs, detail.tasks
        )
        size = write_bundle(
            out,
            document,
            [(item.sha256, inner) for item, inner in pairs],
            self._store.vault.open,
            progress=progress,
            cancelled=cancelled,
            force=True,  # checked above, against the same rules
        )
        with self._store.transaction():
            self._log(
                "case.bundle",
                f"Unencrypted case bundle written to {out.name} ({len(pairs)} files)",
                case_id,
                "case",
                case_id,
                utc_now(),
            )
        return size

    def backup_job(
        self, out: Path, passphrase: str | None = None, *, force: bool = False
    ) -> Job[BackupReport]:
        """:meth:`backup` as a job (the full check, then the backup file); cancelled, no file is left."""

        def work(context: JobContext) -> BackupReport:
            with self._store.claimed():
                return self.backup(
                    out, passphrase, force=force, progress=context.progress, cancelled=context.cancelled
                )

        return Job(translate("Services", "Backing up the store"), work)

    @classmethod
    def restore_job(
        cls, source: Path, data_dir: str | Path | None, unlock: Unlock | None = None
    ) -> Job[BackupReport]:
        """:meth:`restore` as a job: it opens no store, so any thread may run it."""

        def work(context: JobContext) -> BackupReport:
            return cls.restore(
                source, data_dir, unlock, progress=context.progress, cancelled=context.cancelled
            )

        return Job(translate("Services", "Restoring the backup"), work)

    def change_encryption_job(self, encrypt: bool, unlock: Unlock | None = None) -> Job[str | None]:
        """:meth:`change_encryption` as a job; its result is the new recovery key to show, if any."""

        def work(context: JobContext) -> str | None:
            with self._store.claimed():
                return self.change_encryption(
                    encrypt, unlock, progress=context.progress, cancelled=context.cancelled
                )

        title = (
            translate("Services", "Encrypting the store")
            if encrypt
            else translate("Services", "Decrypting the store")
        )
        return Job(title, work)

    def passphrase_job(self, passphrase: str | None) -> Job[None]:
        """:meth:`set_passphrase` as a job (deriving a key from a passphrase takes a moment)."""

        def work(context: JobContext) -> None:
            context.progress(0, 1, translate("Services", "Changing the passphrase"))
            with self._store.claimed():
                self.set_passphrase(passphrase)
            context.progress(1, 1, translate("Services", "Done"))

        if passphrase:
            return Job(translate("Services", "Changing the passphrase"), work)
        return Job(translate("Services", "Removing the passphrase"), work)

    def unlock_job(self, unlock: Unlock | None = None) -> Job[None]:
        """:meth:`unlock` as a job (a passphrase takes a moment to check)."""

        def work(context: JobContext) -> None:
            context.progress(0, 1, translate("Services", "Unlocking the store"))
            with self._store.claimed():
                self.unlock(unlock)
            context.progress(1, 1, translate("Services", "Done"))

        return Job(translate("Services", "Unlocking the store"), work)

    def bundle_job(self, case_id: int, out: Path, *, force: bool = False) -> Job[int]:
        """:meth:`write_case_bundle` as a job; its result is the bundle's size in bytes."""

        def work(context: JobContext) -> int:
            with self._store.claimed():
                return self.write_case_bundle(
                    case_id, out, force=force, progress=context.progress, cancelled=context.cancelled
                )

        return Job(translate("Services", "Writing the case bundle"), work)

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        interface: str = "cli",
        unlock: Unlock | None = None,
    ) -> Self:
        """Open the store (see :meth:`Store.open`: it may raise NeedsUnlock or NeedsPassphrase)."""
        from desktop_app.store.store import Store

        return cls._opened(Store.open(resolve_data_dir(data_dir), unlock), interface)

    @classmethod
    def _opened(cls, store: Store, interface: str) -> Self:
        """The services over a store just opened. The window opens it on a worker thread and
        uses it from its own: ``gui`` hands the database over to the main thread, last."""
        services = cls(store, actor=_actor(interface))
        if interface == "gui":
            store.hand_over(threading.main_thread())
        return services


def import_opening_modules() -> None:
    """Import what opening a store needs: the store's modules and keyring's. The window calls it
    before it imports Qt, because PySide6's import hook reads the source of every module imported
    after it (to see whether it uses PySide6): about 50 modules and 10 ms of the window's start."""
    import desktop_app.store.store  # noqa: F401 - imported for what it imports
    from desktop_app.secrets import import_keyring

    import_keyring()


def set_keyring_timeout(seconds: float) -> None:
    """How long a keyring call may take before it is given up (the window waits longer than the
    command line: a keyring may show a prompt)."""
    from desktop_app import secrets

    secrets.KEYRING_TIMEOUT = seconds


def _actor(interface: str) -> str:
    """Who acts, for the event log: the user's login name and the interface ("ann via cli")."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError) as exc:  # no name for this uid (containers)
        logs.error("services.actor", exc)
        user = "user"
    return f"{user} via {interface}"
