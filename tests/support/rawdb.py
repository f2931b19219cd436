"""A separate connection to a store's database, encrypted or not, for tests that look underneath."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.secrets import keyring_load
from desktop_app.store.database import connect
from desktop_app.store.keys import KEYS_NAME, KeyFile, derive


def data_key(root: Path) -> bytes | None:
    """The data key of the store in ``root`` from the (in-memory) keyring, or None in plaintext."""
    keys = root / KEYS_NAME
    if not keys.exists():
        return None
    key = keyring_load(KeyFile.read(keys).store_id)
    assert key is not None, "the test keyring holds no key for this store"
    return key


def connect_raw(root: Path, *, read_only: bool = False) -> Any:
    key = data_key(root)
    db_path = root / "dossier.db"
    target = f"file:{db_path}?mode=ro" if read_only else str(db_path)
    if read_only:
        import sqlcipher3

        conn = sqlcipher3.connect(target, uri=True)
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{derive(key, 'database').hex()}'\"")
        return conn
    return connect(db_path, derive(key, "database") if key is not None else None)


def vault_bytes(root: Path, sha256: str) -> bytes:
    """The original bytes of a vault file of a closed store, encrypted or not."""
    from desktop_app.store.vault import Vault

    key = data_key(root)
    return Vault(root / "vault", derive(key, "vault") if key is not None else None).read_bytes(sha256)
