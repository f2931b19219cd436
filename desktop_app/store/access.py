"""Getting a store's data key: from the OS keyring, a passphrase or the recovery key. No Qt.

:func:`obtain_key` decides, for the folder of a store, whether it is
encrypted, and returns its data key; for a new store it makes one, keeps it
in the keyring (or under the passphrase given) and returns the recovery key
to show once. It writes nothing but a new store's key file, and nothing at
all when it refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app import logs
from desktop_app.errors import StoreError
from desktop_app.i18n import translate
from desktop_app.secrets import (
    KeyringUnavailable,
    format_recovery_key,
    keyring_load,
    keyring_save,
    new_data_key,
    new_recovery_key,
)
from desktop_app.store.keys import KEYS_NAME, KeyFile, NeedsPassphrase, NeedsUnlock, Unlock
from desktop_app.store.location import DB_NAME, VAULT_NAME


@dataclass
class Access:
    """How a store was opened."""

    key: bytes | None  # None: a plaintext store
    key_file: KeyFile | None
    opened_by: str  # "plaintext", "keyring", "passphrase", "recovery", "new"
    new_recovery_key: str | None = None  # shown once, when the store was just made
    keyring_note: str | None = None  # why the keyring was not used, when it was not


def _vault_has_files(root: Path) -> bool:
    objects = root / VAULT_NAME / "objects"
    return objects.is_dir() and any(path.is_file() for path in objects.rglob("*"))


def obtain_key(root: Path, unlock: Unlock) -> Access:
    keys_path = root / KEYS_NAME
    db_path = root / DB_NAME
    if keys_path.exists():
        return _existing(root, KeyFile.read(keys_path), unlock)
    if db_path.exists():
        return Access(None, None, "plaintext")
    if _vault_has_files(root):
        raise StoreError(
            translate(
                "Store",
                "The folder {root} holds evidence files but no database ({db_name}). Nothing was changed: "
                "restore the database from a backup, or choose another folder.",
            ).format(root=root, db_name=DB_NAME)
        )
    if not unlock.encrypt_new:
        return Access(None, None, "plaintext")
    return _create(root, unlock)


def _existing(root: Path, key_file: KeyFile, unlock: Unlock) -> Access:
    key = key_file.open_with(unlock)
    if key is not None:
        method = "recovery" if unlock.recovery_key else "passphrase"
        note = None
        if unlock.remember and unlock.use_keyring:
            note = remember_key(key_file.store_id, key)
        return Access(key, key_file, method, keyring_note=note)
    reason = "the system keyring holds no key for it on this computer"
    if unlock.use_keyring:
        try:
            key = keyring_load(key_file.store_id)
        except KeyringUnavailable as exc:
            reason = str(exc)
        if key is not None:
            return Access(key, key_file, "keyring")
    else:
        reason = translate("Store", "the system keyring is not to be used")
    if key_file.has_passphrase:
        said = translate(
            "Store",
            "The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its "
            "passphrase or its recovery key.",
        )
    else:
        said = translate(
            "Store",
            "The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its "
            "recovery key.",
        )
    raise NeedsUnlock(
        said.format(root=root, reason=reason.rstrip(".")),
        has_passphrase=key_file.has_passphrase,
    )


def remember_key(store_id: str, key: bytes) -> str | None:
    """Keep the key in the OS keyring; the reason it could not, or None."""
    try:
        keyring_save(store_id, key)
    except KeyringUnavailable as exc:  # said to the person: the key is kept under a passphrase instead
        logs.error("store.access.remember_key", exc)
        return str(exc)
    return None


def _create(root: Path, unlock: Unlock) -> Access:
    access = new_access(root, unlock)
    assert access.key_file is not None
    access.key_file.write(root / KEYS_NAME)
    return access


def new_access(root: Path, unlock: Unlock) -> Access:
    """A new data key, kept in the keyring or under the passphrase; its key file is not yet written."""
    key = new_data_key()
    key_file = KeyFile.new()
    # Not yet: the key file says the store keeps its record (dossier.state) once the first record is
    # written (Store's catch-up), so that a key file of a store whose making was cut short before its
    # database existed is told from one whose database was lost.
    key_file.keeps_state = False
    recovery = new_recovery_key()
    key_file.set_copy(key, "recovery", recovery)
    if unlock.passphrase:
        key_file.set_copy(key, "passphrase", unlock.passphrase)
    note: str | None = "the system keyring is not to be used"
    if unlock.use_keyring:
        note = remember_key(key_file.store_id, key)
    if note is not None and not unlock.passphrase:
        raise NeedsPassphrase(
            translate(
                "Store", "A new store at {root} needs a passphrase: {note}. Nothing was created."
            ).format(root=root, note=note.rstrip(".")),
            reason=note,
        )
    return Access(key, key_file, "new", new_recovery_key=format_recovery_key(recovery), keyring_note=note)
