"""The store: one folder holding the database, the vault and the lock.

:class:`Store` is the only code that writes SQL. Its write methods expect to
run inside :meth:`Store.transaction`, so that a use case's changes and its
event-log entries commit together or not at all.

No full payment card number is ever stored: every text a person wrote or a
message brought (titles, stories, contacts, notes, tasks, evidence, the text
kept for search, the event log) is written with card numbers masked
(:func:`~desktop_app.domain.redact.mask_card_numbers`), whichever way it came
in. The files in the vault stay exactly as received.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop_app import logs
from desktop_app.domain.eventlog import GENESIS, entry_hash
from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    CaseDates,
    Communication,
    Event,
    EvidenceItem,
    Merchant,
    Payment,
    Purchase,
    Task,
)
from desktop_app.domain.money import format_amount
from desktop_app.domain.redact import mask_card_numbers, mask_stored
from desktop_app.domain.vocab import (
    CaseStatus,
    Channel,
    Direction,
    EscalationStage,
    EvidenceKind,
    PurchaseKind,
    Reason,
    TaskKind,
)
from desktop_app.errors import DossierError, NotFoundError, StoreError
from desktop_app.secrets import (
    KeyringUnavailable,
    WrongSecret,
    format_recovery_key,
    keyring_forget,
    keyring_load,
    new_recovery_key,
)
from desktop_app.store.access import Access, _vault_has_files, new_access, obtain_key, remember_key
from desktop_app.store.backup import BackupReport, write_backup
from desktop_app.store.convert import CONVERT_NAME, Progress, commit, convert, finish_conversion
from desktop_app.store.database import DatabaseError, OperationalError, WrongKeyError, connect, open_database
from desktop_app.store.generation import (
    EMPTY,
    RECOVERY_HINT,
    STATE_NAME,
    STATE_PREFERENCE,
    Generation,
    NoStore,
    RolledBack,
    State,
    advanced,
    db_generation,
    new_state,
    read_state,
    rollback_problem,
    state_problems,
    sweep_state_parts,
    write_state,
)
from desktop_app.store.keys import KEYS_NAME, KeyFile, NeedsUnlock, Unlock, derive
from desktop_app.store.location import DB_NAME, LOCK_NAME, VAULT_NAME
from desktop_app.store.lock import StoreLock
from desktop_app.store.migrations import SEARCH_KINDS, migrations
from desktop_app.store.owner import Owner
from desktop_app.store.vault import Vault

QUICK_CHECK_PREFERENCE = "store.quick_check_day"  # the day quick_check last ran (ISO)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _amount(value: Decimal | None) -> str | None:
    return format_amount(value) if value is not None else None


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value not in (None, "") else None


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
        self._keeper = _StateKeeper(root, self.access)

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
            raise StoreError(f"{root} is a file, not a store folder.")
        if not create and not store_exists(root):
            raise NoStore(f"no Dossier store at {root}")
        new_folder = not root.exists()
        _make_private_folder(root)
        lock = StoreLock(root / LOCK_NAME)
        try:
            lock.acquire()
        except BaseException:
            if new_folder:
                _remove_new_folder(root)
            raise
        try:
            finish_conversion(root)
            if not create and not store_exists(root):
                raise NoStore(f"no Dossier store at {root}")
            _tighten_modes(root)
            sweep_state_parts(root)
            _refuse_lost_database(root)
            access = obtain_key(root, unlock)
            keeper = _StateKeeper(root, access, inspect=inspect)
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
                _remove_new_folder(root)
            raise
        store = cls(root, db, vault, lock, access)
        store._keeper = keeper
        problems = store.open_check()
        if problems:
            store.close()
            raise StoreError(
                f"The database {root / DB_NAME} is damaged ({'; '.join(problems[:3])}). Nothing was changed: "
                "restore it from a backup, or keep a copy of the folder and run 'dossier verify'."
            )
        return store

    @staticmethod
    def test_recovery_key(root: Path, text: str) -> str | None:
        """Whether the recovery key ``text`` opens the store in ``root``: None when it does, else why not.

        Changes nothing: the store is not opened for use (no migration, no record written), only
        the key file's recovery copy is unwrapped and its key tried on the database.
        """
        keys = root / KEYS_NAME
        if not store_exists(root):
            raise NoStore(f"no Dossier store at {root}")
        if not keys.exists():
            raise StoreError(f"The store at {root} is not encrypted: it has no recovery key.")
        lock = StoreLock(root / LOCK_NAME)
        lock.acquire()
        try:
            key_file = KeyFile.read(keys)
            try:
                key = key_file.open_with(Unlock(recovery_key=text, use_keyring=False))
            except WrongSecret as exc:
                return str(exc)
            assert key is not None
            return recovery_key_problem(root, key)
        finally:
            lock.release()

    def recovery_key_opens(self, text: str) -> str | None:
        """Whether the recovery key ``text`` unwraps this open store's key from the key file on
        disk: None when it does, else why not. Changes nothing."""
        key_file = self._key_file()
        try:
            on_disk = KeyFile.read(self.root / KEYS_NAME)
            key = on_disk.open_with(Unlock(recovery_key=text, use_keyring=False))
        except (WrongSecret, StoreError) as exc:
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
                f"The store's record {self.root / STATE_NAME} cannot be written: nothing was accepted."
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
            raise StoreError("The store is locked: unlock it first.")
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
            raise StoreError("This store is not encrypted, or it is locked.")
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
            state = "encrypted" if encrypt else "in plaintext"
            raise StoreError(f"The store at {self.root} is already {state}.")
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
            self.referenced_hashes(),
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
        keeper = _StateKeeper(self.root, access)
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
                f"The database fails its check ({'; '.join(problems[:3])}): no backup was written. "
                "Run 'dossier verify'."
            )
        hashes = self.referenced_hashes()
        report = self.vault.verify(hashes)
        if report.missing or report.altered:
            damaged = [*report.missing, *report.altered]
            raise StoreError(
                f"{len(damaged)} vault file(s) are missing or damaged ({damaged[0]}…): no backup was "
                "written. Run 'dossier verify'."
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
        key_file = _copy_of(self._key_file())  # changed in memory only once it is on disk
        if passphrase is None:
            key_file.drop_copy("passphrase")
        else:
            if not passphrase:
                raise StoreError("A passphrase cannot be empty.")
            key_file.set_copy(self.data_key, "passphrase", passphrase)
        key_file.write(self.root / KEYS_NAME)
        self.access.key_file = key_file

    def renew_recovery_key(self) -> str:
        """A new recovery key (the old one stops working); returned to show once."""
        key_file = _copy_of(self._key_file())
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
        except KeyringUnavailable:
            return False

    def remember_key(self) -> str | None:
        """Keep the key in the OS keyring; the reason it could not, or None."""
        return remember_key(self._key_file().store_id, self.data_key)

    def _key_file(self) -> KeyFile:
        if self.access.key_file is None or self.access.key is None:
            raise StoreError("This store is not encrypted, or it is locked.")
        return self.access.key_file

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Close the database and forget the key, but keep the store to this process until unlock()."""
        if self._locked:
            return
        self.db.close()
        self._db = _LOCKED  # type: ignore[assignment]
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
        keeper = _StateKeeper(self.root, access)
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
                f"The store at {self.root} was opened to be checked only ({self._keeper.problems[0]}): "
                f"nothing can be changed in it. {RECOVERY_HINT}"
            )
        try:
            with self.db.atomic():
                yield
        except OperationalError as exc:  # a full disk, an I/O error: nothing of the change was saved
            text = str(exc)
            reason = "the disk is full" if "full" in text.lower() else text
            raise StoreError(
                f"The database {self.root / DB_NAME} could not be written ({reason}); nothing was saved."
            ) from exc
        if outermost:
            self._keeper.record(self.db.conn)

    # ------------------------------------------------------------------ checks

    def open_check(self) -> list[str]:
        """The cheap check at every opening: an empty list when the database looks sound.

        Reads the header (``PRAGMA schema_version``), the schema, and the first and last rows of
        every table, so that the root page and the pages down both edges of each b-tree are read
        (and, in an encrypted store, authenticated). A damaged page elsewhere is found by
        :meth:`quick_check`, which runs once a day after the start, and by :meth:`integrity_check`
        before every backup and pack and in ``dossier verify``.
        """
        conn = self.db.conn
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            tables = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
            ).fetchall()
            for name, sql in tables:
                conn.execute(f"SELECT * FROM [{name}] NOT INDEXED LIMIT 1").fetchall()
                if "WITHOUT ROWID" not in (sql or "").upper():
                    conn.execute(f"SELECT * FROM [{name}] NOT INDEXED ORDER BY rowid DESC LIMIT 1").fetchall()
        except DatabaseError as exc:
            logs.error("store.open_check", exc)
            return [str(exc)]
        return []

    def quick_check_due(self, today: date) -> bool:
        """Whether the day's ``quick_check`` is still to run (at most once a day, after the start)."""
        last = self.preference(QUICK_CHECK_PREFERENCE)
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
            self.set_preference(QUICK_CHECK_PREFERENCE, today.isoformat())

    def quick_check(self) -> list[str]:
        """``PRAGMA quick_check``: an empty list when the database is sound. Run once a day after
        the start (:meth:`quick_check_due`), not at the opening (see :meth:`open_check`)."""
        try:
            return [row[0] for row in self.db.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
        except DatabaseError as exc:
            logs.error("store.quick_check", exc)
            return [str(exc)]

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check``: an empty list when the database is sound."""
        try:
            rows = self.db.execute("PRAGMA integrity_check").fetchall()
            problems = [row[0] for row in rows if row[0] != "ok"]
            problems += [
                f"row {row[1]} of {row[0]} refers to a missing {row[2]}"
                for row in self.db.execute("PRAGMA foreign_key_check").fetchall()
            ]
        except DatabaseError as exc:
            logs.error("store.integrity_check", exc)
            return [str(exc)]
        return problems

    def full_check(self) -> list[str]:
        """The check before every backup and pack: ``integrity_check``, then the event log's chain."""
        return self.integrity_check() or self.event_chain_problems()

    def referenced_hashes(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT sha256 FROM blobs")}

    def table_counts(self) -> dict[str, int]:
        return {
            name: self.db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
            for name in ("cases", "purchases", "communications", "evidence", "tasks", "events")
        }

    # ------------------------------------------------------------------ summaries

    def case_counts(self) -> dict[int, tuple[int, int]]:
        """For each case: its live evidence items and its communications."""
        return {
            row[0]: (row[1], row[2])
            for row in self.db.execute(
                """SELECT c.id,
                          (SELECT count(*) FROM evidence e WHERE e.case_id = c.id AND e.trashed_at IS NULL),
                          (SELECT count(*) FROM communications m
                           WHERE m.case_id = c.id AND m.trashed_at IS NULL)
                   FROM cases c"""
            )
        }

    def case_digests(self) -> dict[int, dict[str, Any]]:
        """For each case, what its checklist looks at, in a few aggregate queries.

        Keys: evidence_kinds (set), charges, disputed_charges, charges_after_cancellation,
        contacts, outgoing_contacts, incoming_contacts, promises.
        """
        digests: dict[int, dict[str, Any]] = {
            row[0]: {
                "evidence_kinds": set(),
                "charges": 0,
                "disputed_charges": 0,
                "charges_after_cancellation": 0,
                "contacts": 0,
                "outgoing_contacts": 0,
                "incoming_contacts": 0,
                "promises": 0,
            }
            for row in self.db.execute("SELECT id FROM cases")
        }
        for case_id, kind in self.db.execute(
            "SELECT DISTINCT case_id, kind FROM evidence WHERE trashed_at IS NULL"
        ):
            digests[case_id]["evidence_kinds"].add(kind)
        for case_id, charges, disputed, after in self.db.execute(
            """SELECT p.case_id, count(*), sum(p.disputed),
                      sum(c.cancellation_date IS NOT NULL AND p.date > c.cancellation_date)
               FROM purchases p JOIN cases c ON c.id = p.case_id
               WHERE p.trashed_at IS NULL AND p.kind = 'charge' GROUP BY p.case_id"""
        ):
            digests[case_id].update(
                charges=charges, disputed_charges=disputed, charges_after_cancellation=after
            )
        for case_id, contacts, outgoing, incoming, promises in self.db.execute(
            """SELECT case_id, count(*), sum(direction = 'outgoing'), sum(direction = 'incoming'),
                      sum(trim(coalesce(promised_action, ''), char(32, 9, 10, 13)) != '')
               FROM communications WHERE trashed_at IS NULL GROUP BY case_id"""
        ):
            digests[case_id].update(
                contacts=contacts, outgoing_contacts=outgoing, incoming_contacts=incoming, promises=promises
            )
        return digests

    def next_deadlines(self) -> dict[int, date]:
        """For each case with one: the earliest due date of a task not yet done."""
        return {
            row[0]: date.fromisoformat(row[1])
            for row in self.db.execute(
                "SELECT case_id, min(due) FROM tasks"
                " WHERE done_at IS NULL AND trashed_at IS NULL AND due IS NOT NULL GROUP BY case_id"
            )
        }

    def evidence_names_by_hash(self) -> dict[str, str]:
        """For each stored file: the evidence items that use it, as people name them."""
        return {
            row[0]: row[1]
            for row in self.db.execute(
                "SELECT sha256, group_concat(original_name || ' (evidence #' || id"
                " || ', case ' || case_id || ')', '; ') FROM evidence GROUP BY sha256"
            )
        }

    # ------------------------------------------------------------------ cases

    def case(self, case_id: int) -> Case:
        row = self._row("SELECT * FROM cases WHERE id = ?", [case_id])
        if row is None:
            raise NotFoundError(f"There is no case {case_id}; 'dossier cases' lists them.")
        return _case_from_row(row)

    def cases(self, *, include_trashed: bool = False, trashed_only: bool = False) -> list[Case]:
        where = (
            "WHERE trashed_at IS NOT NULL"
            if trashed_only
            else ("" if include_trashed else "WHERE trashed_at IS NULL")
        )
        rows = self._rows(f"SELECT * FROM cases {where} ORDER BY updated_at DESC, id DESC")
        return [_case_from_row(row) for row in rows]

    def insert_case(self, case: Case, now: datetime) -> int:
        row = _case_to_row(case)
        row["created_at"] = _iso(case.created_at or now)
        row["updated_at"] = _iso(case.updated_at or now)
        return self._insert("cases", row)

    def update_case(self, case: Case, now: datetime) -> None:
        """Save every field of a case (its id, creation time and flags come from ``case``)."""
        row = _case_to_row(case)
        row["updated_at"] = _iso(now)
        assignments = ", ".join(f"{column} = ?" for column in row)
        self._write(f"UPDATE cases SET {assignments} WHERE id = ?", [*row.values(), case.id])

    def set_case_flags(
        self, case_id: int, *, archived_at: datetime | None, trashed_at: datetime | None
    ) -> None:
        self._write(
            "UPDATE cases SET archived_at = ?, trashed_at = ? WHERE id = ?",
            [_iso(archived_at), _iso(trashed_at), case_id],
        )

    def touch_case(self, case_id: int, now: datetime) -> None:
        self._write("UPDATE cases SET updated_at = ? WHERE id = ?", [_iso(now), case_id])

    # ------------------------------------------------------------------ case contents

    def purchases(self, case_id: int) -> list[Purchase]:
        rows = self._rows(
            "SELECT * FROM purchases WHERE case_id = ? AND trashed_at IS NULL ORDER BY date, position, id",
            [case_id],
        )
        return [_purchase_from_row(r) for r in rows]

    def purchase(self, purchase_id: int) -> Purchase:
        return _purchase_from_row(self._record("purchases", purchase_id, "charge"))

    def communication(self, communication_id: int) -> Communication:
        return _communication_from_row(self._record("communications", communication_id, "contact"))

    def task(self, task_id: int) -> Task:
        return _task_from_row(self._record("tasks", task_id, "task"))

    def record_case(self, table: str, record_id: int) -> int:
        """The case a charge, contact or task belongs to (trashed or not)."""
        return int(self._record(table, record_id, "item")["case_id"])

    def _record(self, table: str, record_id: int, noun: str) -> dict[str, Any]:
        assert table in RECORD_TABLES
        row = self._row(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if row is None:
            raise NotFoundError(f"There is no {noun} {record_id}.")
        return row

    def set_record_trashed(self, table: str, record_id: int, when: datetime | None) -> None:
        assert table in RECORD_TABLES
        self._write(f"UPDATE {table} SET trashed_at = ? WHERE id = ?", [_iso(when), record_id])

    def update_purchase(self, p: Purchase) -> None:
        self._update("purchases", p.id, _purchase_to_row(p))

    def update_communication(self, c: Communication) -> None:
        self._update("communications", c.id, _communication_to_row(c))

    def update_task(self, t: Task) -> None:
        self._update("tasks", t.id, _task_to_row(t))

    def _update(self, table: str, record_id: int | None, row: dict[str, Any]) -> None:
        assert table in RECORD_TABLES and record_id is not None
        assignments = ", ".join(f"{column} = ?" for column in row)
        self._write(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), record_id])

    def insert_purchase(self, case_id: int, p: Purchase, position: int = 0) -> int:
        return self._insert("purchases", {"case_id": case_id, **_purchase_to_row(p), "position": position})

    def communications(self, case_id: int) -> list[Communication]:
        rows = self._rows(
            "SELECT * FROM communications WHERE case_id = ? AND trashed_at IS NULL"
            " ORDER BY at_utc, position, id",
            [case_id],
        )
        return [_communication_from_row(r) for r in rows]

    def insert_communication(self, case_id: int, c: Communication, position: int = 0) -> int:
        return self._insert(
            "communications", {"case_id": case_id, **_communication_to_row(c), "position": position}
        )

    def evidence(self, case_id: int, *, trashed: bool | None = False) -> list[EvidenceItem]:
        """The case's evidence: live items (default), trashed ones, or all (``None``)."""
        condition = {False: "AND trashed_at IS NULL", True: "AND trashed_at IS NOT NULL", None: ""}
        rows = self._rows(
            f"SELECT * FROM evidence WHERE case_id = ? {condition[trashed]} ORDER BY position, id",
            [case_id],
        )
        return [_evidence_from_row(r) for r in rows]

    def evidence_item(self, evidence_id: int) -> EvidenceItem:
        row = self._row("SELECT * FROM evidence WHERE id = ?", [evidence_id])
        if row is None:
            raise NotFoundError(f"There is no evidence item {evidence_id}.")
        return _evidence_from_row(row)

    def find_evidence_by_hash(self, case_id: int, sha256: str) -> EvidenceItem | None:
        row = self._row(
            "SELECT * FROM evidence WHERE case_id = ? AND sha256 = ? ORDER BY trashed_at IS NOT NULL, id",
            [case_id, sha256],
        )
        return _evidence_from_row(row) if row else None

    def next_evidence_position(self, case_id: int) -> int:
        return self.next_position("evidence", case_id)

    def next_position(self, table: str, case_id: int) -> int:
        """The place after the last record of the case in ``table`` (records keep their order)."""
        assert table in (*RECORD_TABLES, "evidence")
        row = self.db.execute(
            f"SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE case_id = ?", [case_id]
        ).fetchone()
        return int(row[0])

    def ensure_blob(self, sha256: str, size: int, now: datetime) -> None:
        self._write(
            "INSERT OR IGNORE INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?)",
            [sha256, size, _iso(now)],
        )

    def insert_evidence(self, case_id: int, e: EvidenceItem, position: int) -> int:
        # A new number, never one an item deleted for good had (the event log still names it).
        (next_id,) = self.db.execute(
            "SELECT max(coalesce((SELECT max(id) FROM evidence), 0), (SELECT high FROM evidence_ids)) + 1"
        ).fetchone()
        return self._insert(
            "evidence",
            {
                "id": int(next_id),
                "case_id": case_id,
                "kind": e.kind.value,
                "title": mask_card_numbers(e.title),
                "note": mask_stored(e.note),
                "original_name": mask_card_numbers(e.original_name),
                "media_type": e.media_type,
                "size": e.size,
                "sha256": e.sha256,
                "imported_at": _iso(e.imported_at),
                "source": mask_stored(e.source),
                "purchase_id": e.purchase_id,
                "communication_id": e.communication_id,
                "trashed_at": _iso(e.trashed_at),
                "position": position,
            },
        )

    def set_evidence_trashed(self, evidence_id: int, when: datetime | None) -> None:
        self._write("UPDATE evidence SET trashed_at = ? WHERE id = ?", [_iso(when), evidence_id])

    def update_evidence(self, e: EvidenceItem) -> None:
        """Save what a user may change of an item: kind, title, note and links (never its file)."""
        self._write(
            "UPDATE evidence SET kind = ?, title = ?, note = ?, purchase_id = ?, communication_id = ?"
            " WHERE id = ?",
            [
                e.kind.value,
                mask_card_numbers(e.title),
                mask_stored(e.note),
                e.purchase_id,
                e.communication_id,
                e.id,
            ],
        )

    def trashed_evidence(self) -> list[EvidenceItem]:
        rows = self._rows("SELECT * FROM evidence WHERE trashed_at IS NOT NULL ORDER BY id")
        return [_evidence_from_row(r) for r in rows]

    def delete_evidence(self, evidence_id: int) -> None:
        self._write("DELETE FROM evidence WHERE id = ?", [evidence_id])

    def unreferenced_blobs(self) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT sha256 FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM evidence)"
            )
        ]

    def delete_blob_row(self, sha256: str) -> None:
        self._write("DELETE FROM blobs WHERE sha256 = ?", [sha256])

    def tasks(self, case_id: int) -> list[Task]:
        rows = self._rows(
            "SELECT * FROM tasks WHERE case_id = ? AND trashed_at IS NULL"
            " ORDER BY due IS NULL, due, position, id",
            [case_id],
        )
        return [_task_from_row(r) for r in rows]

    def open_dated_tasks(self, case_id: int | None = None) -> list[Task]:
        """The tasks with a date not yet done, of one case or of all, in a single query."""
        where = " AND case_id = ?" if case_id is not None else ""
        rows = self._rows(
            "SELECT * FROM tasks WHERE trashed_at IS NULL AND done_at IS NULL AND due IS NOT NULL"
            f"{where} ORDER BY due, position, id",
            [case_id] if case_id is not None else [],
        )
        return [_task_from_row(r) for r in rows]

    def insert_task(self, case_id: int, t: Task, position: int = 0) -> int:
        return self._insert("tasks", {"case_id": case_id, **_task_to_row(t), "position": position})

    # ------------------------------------------------------------------ search

    def search(self, words: Sequence[str], limit: int = 200) -> list[tuple[str, int, int, float]]:
        """Records holding every word (each a prefix: "lodz" finds "Łodzi"), best first:
        (kind, record id, case id, rank). ``words`` are folded already (domain.text.search_words).

        Trashed records and the records of trashed cases are left out.
        """
        if not words:
            return []
        query = " AND ".join(f'"{word}"*' for word in words)
        kinds = {code: kind for kind, code in SEARCH_KINDS.items()}
        rows = self.db.execute(
            "SELECT s.rowid, s.case_id, bm25(search_index, 5.0, 1.0) AS rank FROM search_index s"
            " JOIN cases c ON c.id = s.case_id AND c.trashed_at IS NULL"
            " WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            [query, limit],
        ).fetchall()
        return [(kinds[rowid % 8], rowid // 8, int(case_id), float(rank)) for rowid, case_id, rank in rows]

    def set_evidence_text(self, evidence_id: int, text: str | None) -> None:
        """The text of a document (a PDF's, an e-mail's), for search; card numbers masked."""
        if text:
            self._write(
                "INSERT INTO evidence_text (evidence_id, text) VALUES (?, ?)"
                " ON CONFLICT(evidence_id) DO UPDATE SET text = excluded.text",
                [evidence_id, mask_card_numbers(text)],
            )
        else:
            self._write("DELETE FROM evidence_text WHERE evidence_id = ?", [evidence_id])

    def evidence_text(self, evidence_id: int) -> str | None:
        row = self._row("SELECT text FROM evidence_text WHERE evidence_id = ?", [evidence_id])
        return None if row is None else str(row["text"])

    # ------------------------------------------------------------------ preferences

    def preference(self, key: str) -> str | None:
        row = self._row("SELECT value FROM preferences WHERE key = ?", [key])
        return None if row is None else str(row["value"])

    def set_preference(self, key: str, value: str | None) -> None:
        if value is None:
            self._write("DELETE FROM preferences WHERE key = ?", [key])
        else:
            self._write(
                "INSERT INTO preferences (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def evidence_by_source(self, case_id: int, source: str) -> EvidenceItem | None:
        """The case's evidence item (trashed or not) that came from ``source``, such as a Message-ID."""
        row = self._row(
            "SELECT * FROM evidence WHERE case_id = ? AND source = ? ORDER BY trashed_at IS NOT NULL, id",
            [case_id, mask_card_numbers(source)],  # stored masked, so looked for masked
        )
        return _evidence_from_row(row) if row else None

    # ------------------------------------------------------------------ event log

    def log(self, event: Event) -> int:
        """Append an entry, chained to the one before it (its summary's card numbers masked)."""
        row = {
            "at": _iso(event.at),
            "actor": event.actor,
            "action": event.action,
            "case_id": event.case_id,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "summary": mask_card_numbers(event.summary),
        }
        last = self._row("SELECT hash FROM events ORDER BY id DESC LIMIT 1", [])
        previous = str(last["hash"]) if last and last["hash"] else GENESIS
        return self._insert("events", {**row, "hash": entry_hash(previous, list(row.values()))})

    def event_chain_problems(self) -> list[str]:
        """Where the event log's chain breaks: an entry edited, removed or slipped in."""
        previous = GENESIS
        for event_id, stored, *fields in self.db.execute(
            "SELECT id, hash, at, actor, action, case_id, entity, entity_id, summary FROM events ORDER BY id"
        ):
            expected = entry_hash(previous, fields)
            if stored != expected:
                return [
                    f"the event log is broken at entry #{event_id} ({fields[2]}, {fields[0]}): "
                    "it, or an entry before it, was changed or removed outside Dossier"
                ]
            previous = stored
        return []

    def events(self, case_id: int | None = None) -> list[Event]:
        if case_id is None:
            rows = self._rows("SELECT * FROM events ORDER BY id")
        else:
            rows = self._rows("SELECT * FROM events WHERE case_id = ? ORDER BY id", [case_id])
        return [
            Event(
                id=r["id"],
                at=datetime.fromisoformat(r["at"]),
                actor=r["actor"],
                action=r["action"],
                case_id=r["case_id"],
                entity=r["entity"],
                entity_id=r["entity_id"],
                summary=r["summary"],
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ helpers

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _row(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _write(self, sql: str, params: list[Any]) -> Any:
        """Every change goes through here, and only inside a transaction."""
        if not self.db.conn.in_transaction:
            raise RuntimeError("store writes must run inside Store.transaction()")
        return self.db.execute(sql, params)

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self._write(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        rowid = cursor.lastrowid
        assert rowid is not None
        return int(rowid)


def _case_to_row(case: Case) -> dict[str, Any]:
    row: dict[str, Any] = {
        "title": mask_stored(case.title),
        "customer_name": mask_stored(case.customer_name),
        "merchant_name": mask_stored(case.merchant.name),
        "merchant_email": mask_stored(case.merchant.email),
        "merchant_phone": mask_stored(case.merchant.phone),
        "merchant_website": mask_stored(case.merchant.website),
        "merchant_address": mask_stored(case.merchant.address),
        "reason": case.reason.value,
        "status": case.status.value,
        "stage": case.stage.value,
        "payment_method": case.payment.method,
        "payment_network": case.payment.network,
        "payment_last4": case.payment.last4,
        "payment_card_kind": case.payment.card_kind,
        "currency": case.currency,
        "disputed_amount": _amount(case.disputed_amount),
        "refunded_amount": _amount(case.refunded_amount),
        "country": case.country,
        "summary": mask_stored(case.summary),
        "archived_at": _iso(case.archived_at),
        "trashed_at": _iso(case.trashed_at),
    }
    for name in CASE_DATE_FIELDS:
        row[f"{name}_date"] = _iso(getattr(case.dates, name))
    return row


def _case_from_row(r: dict[str, Any]) -> Case:
    return Case(
        id=r["id"],
        title=r["title"],
        customer_name=r["customer_name"],
        merchant=Merchant(
            name=r["merchant_name"],
            email=r["merchant_email"],
            phone=r["merchant_phone"],
            website=r["merchant_website"],
            address=r["merchant_address"],
        ),
        reason=Reason(r["reason"]),
        status=CaseStatus(r["status"]),
        stage=EscalationStage(r["stage"]),
        payment=Payment(
            r["payment_method"], r["payment_network"], r["payment_last4"], r["payment_card_kind"]
        ),
        currency=r["currency"],
        disputed_amount=_decimal(r["disputed_amount"]),
        refunded_amount=_decimal(r["refunded_amount"]),
        country=r["country"],
        dates=CaseDates(**{name: _date(r[f"{name}_date"]) for name in CASE_DATE_FIELDS}),
        summary=r["summary"],
        created_at=_moment(r["created_at"]),
        updated_at=_moment(r["updated_at"]),
        archived_at=_moment(r["archived_at"]),
        trashed_at=_moment(r["trashed_at"]),
    )


def _evidence_from_row(r: dict[str, Any]) -> EvidenceItem:
    imported = datetime.fromisoformat(r["imported_at"])
    return EvidenceItem(
        id=r["id"],
        case_id=r["case_id"],
        kind=EvidenceKind(r["kind"]),
        title=r["title"],
        note=r["note"],
        original_name=r["original_name"],
        media_type=r["media_type"],
        size=r["size"],
        sha256=r["sha256"],
        imported_at=imported,
        source=r["source"],
        purchase_id=r["purchase_id"],
        communication_id=r["communication_id"],
        trashed_at=_moment(r["trashed_at"]),
    )


RECORD_TABLES = ("purchases", "communications", "tasks")


def _purchase_to_row(p: Purchase) -> dict[str, Any]:
    return {
        "kind": p.kind.value,
        "date": _iso(p.date),
        "amount": _amount(p.amount),
        "currency": p.currency,
        "description": mask_stored(p.description),
        "order_number": p.order_number,
        "invoice_number": p.invoice_number,
        "customer_number": p.customer_number,
        "po_number": p.po_number,
        "statement_descriptor": mask_stored(p.statement_descriptor),
        "disputed": int(p.disputed),
    }


def _purchase_from_row(r: dict[str, Any]) -> Purchase:
    return Purchase(
        id=r["id"],
        case_id=r["case_id"],
        kind=PurchaseKind(r["kind"]),
        date=date.fromisoformat(r["date"]),
        amount=Decimal(r["amount"]),
        currency=r["currency"],
        description=r["description"],
        order_number=r["order_number"],
        invoice_number=r["invoice_number"],
        customer_number=r["customer_number"],
        po_number=r["po_number"],
        statement_descriptor=r["statement_descriptor"],
        disputed=bool(r["disputed"]),
    )


def _communication_to_row(c: Communication) -> dict[str, Any]:
    return {
        "at": _iso(c.at),
        "at_utc": _iso(c.at.astimezone(UTC)),
        "channel": c.channel.value,
        "direction": c.direction.value,
        "counterpart": mask_stored(c.counterpart),
        "representative": mask_stored(c.representative),
        "reference": mask_stored(c.reference),
        "subject": mask_stored(c.subject),
        "summary": mask_stored(c.summary),
        "outcome": mask_stored(c.outcome),
        "promised_action": mask_stored(c.promised_action),
        "promised_by": _iso(c.promised_by),
        "body": mask_stored(c.body),
    }


def _communication_from_row(r: dict[str, Any]) -> Communication:
    return Communication(
        id=r["id"],
        case_id=r["case_id"],
        at=datetime.fromisoformat(r["at"]),
        channel=Channel(r["channel"]),
        direction=Direction(r["direction"]),
        counterpart=r["counterpart"],
        representative=r["representative"],
        reference=r["reference"],
        subject=r["subject"],
        summary=r["summary"],
        outcome=r["outcome"],
        promised_action=r["promised_action"],
        promised_by=_date(r["promised_by"]),
        body=r["body"],
    )


def _task_to_row(t: Task) -> dict[str, Any]:
    return {
        "kind": t.kind.value,
        "title": mask_card_numbers(t.title),
        "due": _iso(t.due),
        "note": mask_stored(t.note),
        "done_at": _iso(t.done_at),
        "communication_id": t.communication_id,
    }


def _task_from_row(r: dict[str, Any]) -> Task:
    return Task(
        id=r["id"],
        case_id=r["case_id"],
        title=r["title"],
        kind=TaskKind(r["kind"]),
        due=_date(r["due"]),
        note=r["note"],
        done_at=_moment(r["done_at"]),
        communication_id=r["communication_id"],
    )


class _LockedDatabase:
    """Stands for the database while the store is locked: any use says so, in words."""

    def __getattr__(self, name: str) -> Any:
        raise StoreError("The store is locked: unlock it first.")


_LOCKED = _LockedDatabase()


def _vault_key(access: Access) -> bytes | None:
    return derive(access.key, "vault") if access.key else None


def _open_database(root: Path, access: Access, check: Callable[[Any], None] | None = None) -> Database:
    """The store's database under the key at hand; a key that does not open it is said per way in."""
    try:
        return open_database(
            root / DB_NAME, derive(access.key, "database") if access.key else None, check=check
        )
    except WrongKeyError:
        raise _unreadable(root, access) from None


def _copy_of(key_file: KeyFile) -> KeyFile:
    return KeyFile(key_file.store_id, list(key_file.wrapped), keeps_state=key_file.keeps_state)


def store_exists(root: Path) -> bool:
    """Whether ``root`` holds a Dossier store (or what is left of one): its database, key file,
    record or vault. A folder without any of them is no store; only commands that record make one."""
    try:
        return root.is_dir() and any(
            (root / name).exists() for name in (DB_NAME, KEYS_NAME, STATE_NAME, VAULT_NAME, CONVERT_NAME)
        )
    except OSError:
        return False


def _make_private_folder(root: Path) -> None:
    """Make the store folder 0700 (whatever the umask), or tighten an existing one."""
    try:
        if root.is_dir():
            if root.stat().st_mode & 0o077:
                with contextlib.suppress(OSError):
                    root.chmod(0o700)
            return
        root.parent.mkdir(parents=True, exist_ok=True)
        os.mkdir(root, 0o700)
        root.chmod(0o700)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreError(f"Cannot create the store folder {root}: {exc.strerror or exc}") from exc


def _remove_new_folder(root: Path) -> None:
    for name in (LOCK_NAME, STATE_NAME):
        with contextlib.suppress(OSError):
            (root / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        root.rmdir()


_PRIVATE_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME, STATE_NAME, LOCK_NAME)


def _tighten_modes(root: Path) -> None:
    """Files of a store made by an older Dossier may be readable by others: make them 0600."""
    for name in _PRIVATE_FILES:
        path = root / name
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink() and path.stat().st_mode & 0o077:
                path.chmod(0o600)


def _refuse_lost_database(root: Path) -> None:
    """Refuse a store whose database is gone or emptied, before anything is made in its place."""
    db = root / DB_NAME
    try:
        size = db.stat().st_size if db.exists() else None
    except OSError as exc:
        raise RolledBack(
            f"The database {db} cannot be read ({exc.strerror or exc}). Nothing was changed. {RECOVERY_HINT}"
        ) from exc
    if size:
        return
    recorded = (root / STATE_NAME).exists()
    keys_say = _key_file_keeps_state(root)
    if not recorded and not keys_say and not _vault_has_files(root):
        return  # a store being made (interrupted before its first record): it is made again
    what = "is missing" if size is None else "is empty (0 bytes)"
    if recorded:
        why = f"its record {STATE_NAME} says so"
    elif keys_say:
        why = f"its key file {KEYS_NAME} says so"
    else:
        why = f"the evidence files in {VAULT_NAME}/ say so"
    raise RolledBack(
        f"The database {db} {what}, but {root} is a Dossier store ({why}). "
        f"Nothing was changed, and no new store was made in its place. {RECOVERY_HINT}"
    )


def _key_file_keeps_state(root: Path) -> bool:
    """Whether the key file says a record of the database was made: the database existed."""
    path = root / KEYS_NAME
    if not path.exists():
        return False
    try:
        return KeyFile.read(path).keeps_state
    except StoreError:
        return True  # a key file that cannot be read belongs to a store: never make one over it


def recovery_key_problem(root: Path, key: bytes) -> str | None:
    """Whether the data key unwrapped from the recovery copy opens this store's database and
    matches its record; None when it does. Reads only."""
    conn = connect(root / DB_NAME, derive(key, "database"))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        return (
            "The recovery copy in the key file unwraps with this key, but what it holds does not open "
            f"the database {root / DB_NAME}: the key file or the database was replaced."
        )
    finally:
        conn.close()
    try:
        read_state(root, derive(key, "state"))
    except StoreError as exc:
        return str(exc)
    return None


class _StateKeeper:
    """Keeps dossier.state in step with the database (see store/generation.py)."""

    def __init__(self, root: Path, access: Access, *, inspect: bool = False) -> None:
        self.root = root
        self.access = access
        self.inspect = inspect
        self.problems: list[str] = []  # what ``inspect`` let through: the store is then read-only
        self.mac_key = derive(access.key, "state") if access.key else None
        self.state: State | None = None
        self.store_id: str | None = access.key_file.store_id if access.key_file else None
        self.generation = EMPTY  # what the database holds, as far as this process knows
        self.recorded: Generation | None = None  # what dossier.state holds

    def check(self, conn: Any) -> None:
        """Before migrations: refuse a database that does not hold the recorded generation."""
        db = self.root / DB_NAME
        self.state = read_state(self.root, self.mac_key)
        key_file = self.access.key_file
        if self.state is None:
            required = key_file.keeps_state if key_file is not None else _plaintext_recorded(conn)
            if required and (_event_count(conn) or _vault_has_files(self.root)):
                message = (
                    f"The store's record of its database, {self.root / STATE_NAME}, is missing: the "
                    f"database {db} cannot be told from an older copy"
                )
                if self.inspect and not migrations.pending(Database(conn)):
                    self.problems.append(message)
                    return
                raise RolledBack(f"{message}. Nothing was changed. {RECOVERY_HINT}")
            return
        if key_file is not None and self.state.store_id != key_file.store_id:
            raise RolledBack(
                f"{self.root / STATE_NAME} belongs to another store than {self.root / KEYS_NAME}. "
                f"Nothing was changed. {RECOVERY_HINT}"
            )
        self.store_id = self.state.store_id
        problem = rollback_problem(conn, self.state.generation, db)
        if problem:
            message = f"The database {db} is older than this store's record of it ({STATE_NAME}): {problem}"
            if self.inspect and not migrations.pending(Database(conn)):
                self.problems.append(message)
                return
            raise RolledBack(f"{message}. Nothing was changed. {RECOVERY_HINT}")
        self.recorded = self.state.generation

    def catch_up(self, db: Database) -> None:
        """After migrations: record the database's generation if the record is behind or missing."""
        conn = db.conn
        self.generation = db_generation(conn)
        if self.problems:
            return  # opened to be checked: the record stays as it was
        encrypted = self.access.key_file is not None
        if self.state is None or self.state.encrypted != encrypted or self.recorded is None:
            self.recorded = None
        self._write(conn)
        try:
            if self.access.key_file is not None and not self.access.key_file.keeps_state:
                if self.recorded is not None:
                    self.access.key_file.keeps_state = True
                    self.access.key_file.write(self.root / KEYS_NAME)
            elif self.access.key_file is None and self.recorded is not None and not _plaintext_recorded(conn):
                with db.atomic():
                    conn.execute(
                        "INSERT INTO preferences (key, value) VALUES (?, 'recorded')"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        [STATE_PREFERENCE],
                    )
        except (OSError, DossierError, *DatabaseError):  # type: ignore[misc]
            pass  # a full disk: the record is made at a later opening

    def record(self, conn: Any) -> None:
        """After a commit: one atomic write when the event log grew."""
        if self.problems:
            return
        self.generation = advanced(conn, self.generation)
        self._write(conn)

    def _write(self, conn: Any) -> None:
        if self.recorded is not None and self.recorded.same(self.generation):
            return
        state = new_state(self.store_id, self.access.key_file is not None, self.generation)
        try:
            write_state(self.root, state, self.mac_key)
        except (OSError, DossierError):
            return  # committed all the same: the record stays behind, which a later opening accepts
        self.store_id = state.store_id
        self.state = state
        self.recorded = self.generation


def _event_count(conn: Any) -> int:
    try:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    except DatabaseError:
        return 0


def _plaintext_recorded(conn: Any) -> bool:
    try:
        row = conn.execute("SELECT value FROM preferences WHERE key = ?", [STATE_PREFERENCE]).fetchone()
    except DatabaseError:
        return False
    return row is not None


def _unreadable(root: Path, access: Access) -> StoreError:
    """Why a database does not open with the key at hand: the message for each way in."""
    db = root / DB_NAME
    if access.opened_by == "plaintext":
        if (root / KEYS_NAME).exists():
            return RolledBack(f"The database {db} cannot be read. Nothing was changed. {RECOVERY_HINT}")
        return RolledBack(
            f"The database {db} cannot be read: it is damaged, or it is encrypted and its key file "
            f"{KEYS_NAME} is missing from {root}. Nothing was changed. {RECOVERY_HINT}"
        )
    if access.opened_by == "keyring" and access.key_file is not None:
        return NeedsUnlock(
            f"The key in the system keyring does not open the store at {root}. "
            "Unlock it with its passphrase or its recovery key.",
            has_passphrase=access.key_file.has_passphrase,
        )
    return RolledBack(
        f"The database {db} does not open with the store's own key: it is damaged or was replaced. "
        f"Nothing was changed. {RECOVERY_HINT}"
    )
