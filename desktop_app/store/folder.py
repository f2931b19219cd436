"""The store's folder before and around its database: what is made, tightened, refused or told.

Used by :meth:`Store.open <desktop_app.store.store.Store.open>`: the folder made 0700, older
files made 0600, a lost or emptied database refused before anything is made in its place, and
the message for a database that does not open with the key at hand.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app import logs
from desktop_app.errors import StoreError
from desktop_app.i18n import translate
from desktop_app.secrets import WrongSecret
from desktop_app.store.access import Access, _vault_has_files
from desktop_app.store.convert import CONVERT_NAME
from desktop_app.store.database import DatabaseError, connect
from desktop_app.store.generation import STATE_NAME, NoStore, RolledBack, read_state, recovery_hint
from desktop_app.store.keys import KEYS_NAME, KeyFile, NeedsUnlock, Unlock, derive
from desktop_app.store.location import DB_NAME, LOCK_NAME, VAULT_NAME
from desktop_app.store.lock import StoreLock


def copy_of(key_file: KeyFile) -> KeyFile:
    return KeyFile(key_file.store_id, list(key_file.wrapped), keeps_state=key_file.keeps_state)


def store_exists(root: Path) -> bool:
    """Whether ``root`` holds a Dossier store (or what is left of one): its database, key file,
    record or vault. A folder without any of them is no store; only commands that record make one."""
    try:
        return root.is_dir() and any(
            (root / name).exists() for name in (DB_NAME, KEYS_NAME, STATE_NAME, VAULT_NAME, CONVERT_NAME)
        )
    except OSError as exc:  # a folder that cannot be looked into holds no store we can open
        logs.error("store.folder.exists", exc)
        return False


def make_private_folder(root: Path) -> None:
    """Make the store folder 0700 (whatever the umask), or tighten an existing one."""
    try:
        if root.is_dir():
            if root.stat().st_mode & 0o077:
                _chmod(root, 0o700)
            return
        root.parent.mkdir(parents=True, exist_ok=True)
        os.mkdir(root, 0o700)
        root.chmod(0o700)
    except FileExistsError:
        return  # made by another process meanwhile: its lock decides who opens it
    except OSError as exc:
        raise StoreError(
            translate("Store", "Cannot create the store folder {root}: {reason}").format(
                root=root, reason=exc.strerror or exc
            )
        ) from exc


def remove_new_folder(root: Path) -> None:
    """Leave no trace of a folder made by an opening that was refused (what cannot go stays)."""
    for name in (LOCK_NAME, STATE_NAME):
        try:
            (root / name).unlink(missing_ok=True)
        except OSError as exc:
            logs.error("store.folder.remove_new", exc)
    try:
        root.rmdir()
    except OSError as exc:
        logs.error("store.folder.remove_new", exc)


def _chmod(path: Path, mode: int) -> None:
    try:
        path.chmod(mode)
    except OSError as exc:  # not ours to change (another owner): it stays as it was
        logs.error("store.folder.chmod", exc)


_PRIVATE_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME, STATE_NAME, LOCK_NAME)


def tighten_modes(root: Path) -> None:
    """Files of a store made by an older Dossier may be readable by others: make them 0600."""
    for name in _PRIVATE_FILES:
        path = root / name
        try:
            loose = path.is_file() and not path.is_symlink() and bool(path.stat().st_mode & 0o077)
        except OSError as exc:
            logs.error("store.folder.mode", exc)
            continue
        if loose:
            _chmod(path, 0o600)


def refuse_lost_database(root: Path) -> None:
    """Refuse a store whose database is gone or emptied, before anything is made in its place."""
    db = root / DB_NAME
    try:
        size = db.stat().st_size if db.exists() else None
    except OSError as exc:
        raise RolledBack(
            translate(
                "Store", "The database {db} cannot be read ({reason}). Nothing was changed. {recovery_hint}"
            ).format(db=db, reason=exc.strerror or exc, recovery_hint=recovery_hint())
        ) from exc
    if size:
        return
    recorded = (root / STATE_NAME).exists()
    keys_say = _key_file_keeps_state(root)
    if not recorded and not keys_say and not _vault_has_files(root):
        return  # a store being made (interrupted before its first record): it is made again
    if recorded:
        why = translate("Store", "its record {record} says so").format(record=STATE_NAME)
    elif keys_say:
        why = translate("Store", "its key file {key_file} says so").format(key_file=KEYS_NAME)
    else:
        why = translate("Store", "the evidence files in {vault}/ say so").format(vault=VAULT_NAME)
    if size is None:
        said = translate(
            "Store",
            "The database {db} is missing, but {root} is a Dossier store ({why}). Nothing was changed, and "
            "no new store was made in its place. {recovery_hint}",
        )
    else:
        said = translate(
            "Store",
            "The database {db} is empty (0 bytes), but {root} is a Dossier store ({why}). Nothing was "
            "changed, and no new store was made in its place. {recovery_hint}",
        )
    raise RolledBack(said.format(db=db, root=root, why=why, recovery_hint=recovery_hint()))


def _key_file_keeps_state(root: Path) -> bool:
    """Whether the key file says a record of the database was made: the database existed."""
    path = root / KEYS_NAME
    if not path.exists():
        return False
    try:
        return KeyFile.read(path).keeps_state
    except StoreError as exc:
        logs.error("store.folder.keys_keep_state", exc)
        return True  # a key file that cannot be read belongs to a store: never make one over it


def recovery_key_problem(root: Path, key: bytes) -> str | None:
    """Whether the data key unwrapped from the recovery copy opens this store's database and
    matches its record; None when it does. Reads only."""
    conn = connect(root / DB_NAME, derive(key, "database"))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        logs.error("store.folder.recovery_key", exc)
        return translate(
            "Store",
            "The recovery copy in the key file unwraps with this key, but what it holds does not open the "
            "database {database}: the key file or the database was replaced.",
        ).format(database=root / DB_NAME)
    finally:
        conn.close()
    try:
        read_state(root, derive(key, "state"))
    except StoreError as exc:
        logs.error("store.folder.recovery_state", exc)
        return str(exc)
    return None


def test_recovery_key(root: Path, text: str) -> str | None:
    """Whether the recovery key ``text`` opens the store in ``root``: None when it does, else why not.

    Changes nothing: the store is not opened for use (no migration, no record written), only
    the key file's recovery copy is unwrapped and its key tried on the database.
    """
    keys = root / KEYS_NAME
    if not store_exists(root):
        raise NoStore(translate("Store", "no Dossier store at {root}").format(root=root))
    if not keys.exists():
        raise StoreError(
            translate("Store", "The store at {root} is not encrypted: it has no recovery key.").format(
                root=root
            )
        )
    lock = StoreLock(root / LOCK_NAME)
    lock.acquire()
    try:
        key_file = KeyFile.read(keys)
        try:
            key = key_file.open_with(Unlock(recovery_key=text, use_keyring=False))
        except WrongSecret as exc:
            logs.error("store.folder.test_recovery_key", exc)
            return str(exc)
        assert key is not None
        return recovery_key_problem(root, key)
    finally:
        lock.release()


def unreadable(root: Path, access: Access) -> StoreError:
    """Why a database does not open with the key at hand: the message for each way in."""
    db = root / DB_NAME
    if access.opened_by == "plaintext":
        if (root / KEYS_NAME).exists():
            return RolledBack(
                translate(
                    "Store", "The database {db} cannot be read. Nothing was changed. {recovery_hint}"
                ).format(db=db, recovery_hint=recovery_hint())
            )
        return RolledBack(
            translate(
                "Store",
                "The database {db} cannot be read: it is damaged, or it is encrypted and its key file "
                "{key_file} is missing from {root}. Nothing was changed. {recovery_hint}",
            ).format(db=db, key_file=KEYS_NAME, root=root, recovery_hint=recovery_hint())
        )
    if access.opened_by == "keyring" and access.key_file is not None:
        return NeedsUnlock(
            translate(
                "Store",
                "The key in the system keyring does not open the store at {root}. "
                "Unlock it with its passphrase or its recovery key.",
            ).format(root=root),
            has_passphrase=access.key_file.has_passphrase,
        )
    return RolledBack(
        translate(
            "Store",
            "The database {db} does not open with the store's own key: it is damaged or was replaced. "
            "Nothing was changed. {recovery_hint}",
        ).format(db=db, recovery_hint=recovery_hint())
    )
