"""The store: one folder holding the database, the vault and the lock.

:class:`Store` opens, checks, locks and closes a store, changes its protection, backs it up, and
runs transactions: a use case's changes and its event-log entries commit together or not at all.
Its rows are read and written by its repositories (``store.cases``, ``store.records``,
``store.evidence``, ``store.events``: see store/__init__.py), each statement through
:attr:`Store.db`, which only the owner thread may use (store/owner.py).

No full payment card number is ever stored: every text a person wrote or a
message brought (titles, stories, contacts, notes, tasks, evidence, the text
kept for search, the event log) is written with card numbers masked
(:func:`~desktop_app.domain.redact.mask_card_numbers`, by store/rows.py), whichever way it came
in. The files in the vault stay exactly as received.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop_app import logs
from desktop_app.errors import StoreError
from desktop_app.i18n import translate, translate_n
from desktop_app.secrets import (
    KeyringUnavailable,
    WrongSecret,
    format_recovery_key,
    keyring_forget,
    keyring_load,
    new_recovery_key,
)
from desktop_app.store import checks
from desktop_app.store.access import Access, new_access, obtain_key, remember_key
from desktop_app.store.backup import BackupReport, write_backup
from desktop_app.store.cases import CaseRepository
from desktop_app.store.connection import Database
from desktop_app.store.convert import Progress, commit, convert, finish_conversion
from desktop_app.store.database import LOCKED, OperationalError, WrongKeyError, open_database
from desktop_app.store.events import EventRepository
from desktop_app.store.evidence import EvidenceRepository
from desktop_app.store.folder import (
    copy_of,
    make_private_folder,
    recovery_key_problem,
    refuse_lost_database,
    remove_new_folder,
    store_exists,
    test_recovery_key,
    tighten_modes,
    unreadable,
)
from desktop_app.store.generation import (
    STATE_NAME,
    NoStore,
    RolledBack,
    recovery_hint,
    state_problems,
    sweep_state_parts,
)
from desktop_app.store.keeper import StateKeeper
from desktop_app.store.keys import KEYS_NAME, KeyFile, Unlock, derive
from desktop_app.store.location import DB_NAME, LOCK_NAME, VAULT_NAME
from desktop_app.store.lock import StoreLock
from desktop_app.store.owner import Owner
from desktop_app.store.records import RECORD_TABLES, RecordRepository
from desktop_app.store.sql import Sql
from desktop_app.store.vault import Vault

__all__ = ["RECORD_TABLES", "Store", "recovery_key_problem", "store_exists", "utc_now"]

QUICK_CHECK_PREFERENCE = "store.quick_check_day"  # the day quick_check last ran (ISO)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Store:
    """An open store. Use :meth:`open`, and :meth:`close` (or ``with``) when done."""

    def __init__(
        self, root: Path, db: Database, vault: Vault, lock: StoreLock | None, access: Access | None = None
    ) -> None:
        self.root = root
        self._db = db
        self._owner = Owner(root)  # the thread that opened it, until handed over or claimed
        self.vault = vault
        self._lock = lock
        self._locked = False
        self.access = access or Access(None, None, "plaintext")
        self._keeper = StateKeeper(root, self.access)
        sql = Sql(lambda: self.db)  # every statement through the owner's check
        self.cases = CaseRepository(sql)
        self.records = RecordRepository(sql)
        self.evidence = EvidenceRepository(sql)
        self.events = EventRepository(sql)

    @classmethod
    def open(
        cls, root: Path, unlock: Unlock | None = None, *, create: bool = True, inspect: bool = False
    ) -> Store:
        """Open the store in ``root``; with ``create``, make one if the folder is new or empty.

        A new store is encrypted unless ``unlock.encrypt_new`` is false. Refuses, with a clear
        message and changing nothing, when another process has it open, when its key is not at
        hand (:class:`NeedsUnlock`), when a passphrase or recovery key is wrong, when there is no
        store and ``create`` is false (:class:`NoStore`), and when the database is missing, empty,
        unreadable or older than the store's record of it (:class:`RolledBack`).

        ``inspect`` (for ``dossier verify``) opens a database older than the record all the same,
        to be examined: :meth:`generation_problems` names what is wrong, nothing is written (every
        transaction is refused) and the record is left as it was, so the next opening refuses too.
        """
        unlock = unlock or Unlock()
        if root.exists() and not root.is_dir():
            raise StoreError(translate("Store", "{root} is a file, not a store folder.").format(root=root))
        if not create and not store_exists(root):
            raise NoStore(translate("Store", "no Dossier store at {root}").format(root=root))
        new_folder = not root.exists()
        make_private_folder(root)
        lock = StoreLock(root / LOCK_NAME)
        try:
            lock.acquire()
        except BaseException:
            if new_folder:
                remove_new_folder(root)
            raise
        try:
            finish_conversion(root)
            if not create and not store_exists(root):
                raise NoStore(translate("Store", "no Dossier store at {root}").format(root=root))
            tighten_modes(root)
            sweep_state_parts(root)
            refuse_lost_database(root)
            access = obtain_key(root, unlock)
            keeper = StateKeeper(root, access, inspect=inspect)
            db = _open_database(root, access, check=keeper.check)
            try:
                vault = Vault(root / VAULT_NAME, _vault_key(access))
                vault.prepare()
                keeper.catch_up(db)
            except BaseException:
                db.close()
                raise
        except BaseException:
            lock.release()
            if new_folder:  # refused before anything was made (no passphrase given): leave no trace
                remove_new_folder(root)
            raise
        store = cls(root, db, vault, lock, access)
        store._keeper = keeper
        problems = store.open_check()
        if problems:
            store.close()
            raise StoreError(
                translate(
                    "Store",
                    "The database {database} is damaged ({problems}). Nothing was changed: restore it from "
                    "a backup, or keep a copy of the folder and run 'dossier verify'.",
                ).format(database=root / DB_NAME, problems="; ".join(problems[:3]))
            )
        return store

    test_recovery_key = staticmethod(test_recovery_key)

    def recovery_key_opens(self, text: str) -> str | None:
        """Whether the recovery key ``text`` unwraps this open store's key from the key file on
        disk: None when it does, else why not. Changes nothing."""
        key_file = self._key_file()
        try:
            on_disk = KeyFile.read(self.root / KEYS_NAME)
            key = on_disk.open_with(Unlock(recovery_key=text, use_keyring=False))
        except (WrongSecret, StoreError) as exc:
            logs.error("store.recovery_key_opens", exc)
            return str(exc)
        if key != self.data_key or on_disk.store_id != key_file.store_id:
            return "the recovery copy in the key file holds another key than the one this store opened with"
        return None

    def accept_database(self) -> list[str]:
        """Accept the database as it is, when it was opened with ``inspect`` because it is older than
        the store's record of it: the record is rewritten to what the database holds. Returns what
        was wrong (empty when nothing was: then nothing is written). The person asked for it, having
        no newer database or backup: the entries and records of the newer database are lost."""
        problems = list(self._keeper.problems)
        if not problems:
            return []
        self._keeper.problems = []
        self._keeper.recorded = None  # what is on disk no longer counts
        self._keeper.catch_up(self.db)
        if self._keeper.recorded is None:  # the record could not be written (a full disk)
            self._keeper.problems = problems
            raise StoreError(
                translate(
                    "Store", "The store's record {record} cannot be written: nothing was accepted."
                ).format(record=self.root / STATE_NAME)
            )
        return problems

    def looks_rolled_back(self) -> str | None:
        """Why the database looks older than the store's record of it (see store/generation.py), or
        the record cannot be read or is missing; None when it is sound. While it looks so, no file
        may be removed as unreferenced."""
        problems = self.generation_problems()
        return "; ".join(problems) if problems else None

    def generation_problems(self) -> list[str]:
        """For ``dossier verify``: the database against the store's record of it (dossier.state)."""
        if self._locked:
            raise StoreError(translate("Store", "The store is locked: unlock it first."))
        if self._keeper.problems:
            return list(self._keeper.problems)
        return state_problems(self.root, self.db.conn, self._keeper.mac_key)

    def key_file_problems(self) -> list[str]:
        """For ``dossier verify``: the key file on disk read strictly, field by field, and its
        copies' structure (the recovery copy can only be tried with the recovery key:
        ``dossier store test-recovery-key``)."""
        path = self.root / KEYS_NAME
        if not self.encrypted:
            if path.exists():
                return [f"{path} is there, but the store opened as a plaintext one"]
            return []
        try:
            on_disk = KeyFile.read(path)
        except StoreError as exc:
            logs.error("store.key_file_problems", exc)
            return [str(exc)]
        if self.access.key_file is not None and on_disk.store_id != self.access.key_file.store_id:
            return [f"{path} names another store ({on_disk.store_id})"]
        return []

    @property
    def encrypted(self) -> bool:
        """Whether the store is encrypted (locked or not): an encrypted store has a key file."""
        return self.access.key_file is not None

    @property
    def data_key(self) -> bytes:
        """The data key of an open encrypted store (for backups and key changes)."""
        if self.access.key is None:
            raise StoreError(translate("Store", "This store is not encrypted, or it is locked."))
        return self.access.key

    # ------------------------------------------------------------------ encryption

    def change_encryption(
        self,
        encrypt: bool,
        unlock: Unlock | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Access:
        """Encrypt a plaintext store in place (``encrypt``), or decrypt an encrypted one.

        Atomic: an interruption or a failure leaves the old store as it was. Encrypting makes a
        new data key kept in the OS keyring (or under ``unlock.passphrase`` where no keyring
        works) and a recovery key, returned in the new :class:`Access` to show once.
        """
        unlock = unlock or Unlock()
        if encrypt == self.encrypted:
            if encrypt:
                said = translate("Store", "The store at {root} is already encrypted.")
            else:
                said = translate("Store", "The store at {root} is already in plaintext.")
            raise StoreError(said.format(root=self.root))
        new_key: bytes | None = None
        key_file: KeyFile | None = None
        access = Access(None, None, "plaintext")
        if encrypt:
            access = new_access(self.root, unlock)
            new_key, key_file = access.key, access.key_file
        convert(
            self.root,
            self.db.conn,
            self.vault,
            self.evidence.referenced_hashes(),
            new_key,
            key_file,
            store_id=self._keeper.store_id,
            progress=progress,
            cancelled=cancelled,
        )
        old = self.access
        self.db.close()
        try:
            commit(self.root, encrypted=encrypt)
        except BaseException as exc:
            # Whatever the folder holds now (the switch finished or undone), open that.
            try:
                finish_conversion(self.root)
            except (OSError, StoreError) as again:
                reason = again.strerror if isinstance(again, OSError) else str(again)
                pending = StoreError(
                    f"The store at {self.root} could not be switched {'to' if encrypt else 'from'} "
                    f"encryption to the end ({reason}); nothing was lost, and the next opening completes "
                    "the switch. "
                    "Free some disk space and open it again."
                )
                pending.recovery_key = access.new_recovery_key  # type: ignore[attr-defined]
                raise pending from exc
            switched = (self.root / KEYS_NAME).exists() == encrypt
            self._reopen(access if switched else old)
            if not switched or not isinstance(exc, Exception):
                raise
            # The switch is complete (the interruption came after the plan): it is done, say so.
        else:
            self._reopen(access)
        if not encrypt and old.key_file is not None:
            keyring_forget(old.key_file.store_id)  # a plaintext store has no key to keep
        return access

    def _reopen(self, access: Access) -> None:
        self.access = access
        self.vault = Vault(self.root / VAULT_NAME, _vault_key(access))
        self.vault.prepare()
        keeper = StateKeeper(self.root, access)
        self._db = _open_database(self.root, access, check=keeper.check)
        keeper.catch_up(self._db)
        self._keeper = keeper

    def backup(
        self,
        out: Path,
        passphrase: str | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BackupReport:
        """Write a backup file after the full check of the database and of every vault file."""
        problems = self.full_check()
        if problems:
            raise StoreError(
                translate(
                    "Store",
                    "The database fails its check ({problems}): no backup was written. Run 'dossier verify'.",
                ).format(problems="; ".join(problems[:3]))
            )
        hashes = self.evidence.referenced_hashes()
        report = self.vault.verify(hashes)
        if report.missing or report.altered:
            damaged = [*report.missing, *report.altered]
            raise StoreError(
                translate_n(
                    "Store",
                    "%n vault file(s) are missing or damaged ({first}…): no backup was written. Run "
                    "'dossier verify'.",
                    len(damaged),
                ).format(first=damaged[0])
            )
        return write_backup(
            out,
            conn=self.db.conn,
            vault=self.vault,
            hashes=hashes,
            counts=self.table_counts(),
            key_file=self.access.key_file,
            data_key=self.access.key,
            passphrase=passphrase,
            work_dir=self.vault.tmp,
            progress=progress,
            cancelled=cancelled,
        )

    def set_passphrase(self, passphrase: str | None) -> None:
        """Protect the key with a new passphrase, or (None) remove the passphrase."""
        key_file = copy_of(self._key_file())  # changed in memory only once it is on disk
        if passphrase is None:
            key_file.drop_copy("passphrase")
        else:
            if not passphrase:
                raise StoreError(translate("Store", "A passphrase cannot be empty."))
            key_file.set_copy(self.data_key, "passphrase", passphrase)
        key_file.write(self.root / KEYS_NAME)
        self.access.key_file = key_file

    def renew_recovery_key(self) -> str:
        """A new recovery key (the old one stops working); returned to show once."""
        key_file = copy_of(self._key_file())
        raw = new_recovery_key()
        key_file.set_copy(self.data_key, "recovery", raw)
        key_file.write(self.root / KEYS_NAME)
        self.access.key_file = key_file
        return format_recovery_key(raw)

    def key_in_keyring(self) -> bool:
        """Whether the OS keyring holds this store's key (False where no keyring works)."""
        key_file = self._key_file()
        try:
            return keyring_load(key_file.store_id) == self.data_key
        except KeyringUnavailable as exc:
            logs.error("store.key_in_keyring", exc)
            return False

    def remember_key(self) -> str | None:
        """Keep the key in the OS keyring; the reason it could not, or None."""
        return remember_key(self._key_file().store_id, self.data_key)

    def _key_file(self) -> KeyFile:
        if self.access.key_file is None or self.access.key is None:
            raise StoreError(translate("Store", "This store is not encrypted, or it is locked."))
        return self.access.key_file

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Close the database and forget the key, but keep the store to this process until unlock()."""
        if self._locked:
            return
        self.db.close()
        self._db = LOCKED  # type: ignore[assignment]
        self.access.key = None
        self.vault.key = None
        self.vault.locked = True
        self._locked = True

    def unlock(self, unlock: Unlock | None = None) -> None:
        """Open a locked store again: the key from the keyring, a passphrase or the recovery key.

        A wrong secret raises WrongSecret and the store stays locked.
        """
        if not self._locked:
            return
        access = obtain_key(self.root, unlock or Unlock())
        keeper = StateKeeper(self.root, access)
        self._owner.check()  # the owner's to unlock
        self._db, self.access = _open_database(self.root, access, check=keeper.check), access
        keeper.catch_up(self._db)
        self._keeper = keeper
        self.vault.key = _vault_key(access)
        self.vault.locked = False
        self._locked = False

    def close(self) -> None:
        """Close the database and forget the key; the store is locked until opened again."""
        try:
            if not self._locked:
                self.db.close()
        finally:
            self.access.key = None
            self.vault.key = None
            self.vault.locked = True
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Store:
        return self

    # ------------------------------------------------------------------ the owner thread

    @property
    def db(self) -> Database:
        """The database: every transaction, query and write goes through here, and (with
        ``__debug__``) only from the thread that owns it (see store/owner.py)."""
        self._owner.check()
        return self._db

    def claimed(self) -> AbstractContextManager[None]:
        """Make the calling thread the database's owner for the length of a ``with`` block (a job
        on its worker thread); the owner before it owns it again after, also on an exception."""
        return self._owner.claimed(busy=self._in_transaction)

    def hand_over(self, thread: threading.Thread) -> None:
        """Give the database to ``thread`` from now on (a store opened on a worker, for the GUI
        thread). Only the owner may, outside a transaction."""
        self._owner.hand_over(thread, busy=self._in_transaction)

    def owned_here(self) -> bool:
        """Whether the calling thread owns the database."""
        return self._owner.owns()

    def _in_transaction(self) -> bool:
        return not self._locked and bool(self._db.conn.in_transaction)

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes inside commit together, or none does.

        Once the outermost transaction has committed, the store's record of its generation
        (dossier.state) is brought up to date: one small atomic write when the event log grew.
        """
        outermost = not self.db.conn.in_transaction
        if self._keeper.problems:
            raise RolledBack(
                translate(
                    "Store",
                    "The store at {root} was opened to be checked only ({problem}): nothing can be changed "
                    "in it. {recovery_hint}",
                ).format(root=self.root, problem=self._keeper.problems[0], recovery_hint=recovery_hint())
            )
        try:
            with self.db.atomic():
                yield
        except OperationalError as exc:  # a full disk, an I/O error: nothing of the change was saved
            text = str(exc)
            reason = "the disk is full" if "full" in text.lower() else text
            raise StoreError(
                translate(
                    "Store", "The database {database} could not be written ({reason}); nothing was saved."
                ).format(database=self.root / DB_NAME, reason=reason)
            ) from exc
        if outermost:
            self._keeper.record(self.db.conn)

    # ------------------------------------------------------------------ checks

    def open_check(self) -> list[str]:
        """The cheap check at every opening (see store/checks.py): [] when the database looks sound."""
        return checks.open_check(self.db.conn)

    def quick_check_due(self, today: date) -> bool:
        """Whether the day's ``quick_check`` is still to run (at most once a day, after the start)."""
        last = self.events.preference(QUICK_CHECK_PREFERENCE)
        try:
            return last is None or date.fromisoformat(last) < today
        except ValueError as exc:  # not a date: run it, and the note is written again
            logs.error("store.quick_check_due", exc)
            return True

    def note_quick_check(self, today: date) -> None:
        """Note that ``quick_check`` ran ``today`` (a store preference). A store opened to be
        checked only (``inspect``) is written nothing."""
        if self._keeper.problems:
            return
        with self.transaction():
            self.events.set_preference(QUICK_CHECK_PREFERENCE, today.isoformat())

    def quick_check(self) -> list[str]:
        """``PRAGMA quick_check``: [] when the database is sound. Run once a day after the start
        (:meth:`quick_check_due`), not at the opening (:meth:`open_check`)."""
        return checks.quick_check(self.db.conn)

    def quick_check_apart(self) -> list[str]:
        """:meth:`quick_check` on a connection of its own (read only, closed after), so that it may
        run on any thread while the owner goes on using the store (the daily background check)."""
        if self._locked:
            raise StoreError(translate("Store", "The store is locked: unlock it first."))
        key = derive(self.access.key, "database") if self.access.key else None
        return checks.quick_check_apart(self.root / DB_NAME, key)

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` and the foreign keys: [] when the database is sound."""
        return checks.integrity_check(self.db.conn)

    def full_check(self) -> list[str]:
        """The check before every backup and pack: ``integrity_check``, then the event log's chain."""
        return self.integrity_check() or self.events.chain_problems()

    def table_counts(self) -> dict[str, int]:
        return checks.table_counts(self.db.conn)


def _vault_key(access: Access) -> bytes | None:
    return derive(access.key, "vault") if access.key else None


def _open_database(root: Path, access: Access, check: Callable[[Any], None] | None = None) -> Database:
    """The store's database under the key at hand; a key that does not open it is said per way in."""
    try:
        return open_database(
            root / DB_NAME, derive(access.key, "database") if access.key else None, check=check
        )
    except WrongKeyError:
        raise unreadable(root, access) from None
