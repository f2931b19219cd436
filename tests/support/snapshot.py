"""A picture of a store's contents, to prove that a refused operation changed nothing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from tests.support.rawdb import connect_raw


@dataclass(frozen=True)
class StoreSnapshot:
    rows: dict[str, list[tuple[object, ...]]]
    files: dict[str, str]  # path relative to the store -> SHA-256


def snapshot(root: Path) -> StoreSnapshot:
    """Every row of every table, and every file under vault/ with its hash.

    Reads through a separate read-only connection, so it works whether or not
    the store is open in this process.
    """
    rows: dict[str, list[tuple[object, ...]]] = {}
    db_path = root / "dossier.db"
    if db_path.exists():
        conn = connect_raw(root, read_only=True)
        try:
            tables = [
                r[0]
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            ]
            for table in tables:
                rows[table] = sorted(conn.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)
        finally:
            conn.close()
    files = {}
    vault = root / "vault"
    if vault.exists():
        for path in sorted(vault.rglob("*")):
            if path.is_file():
                files[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return StoreSnapshot(rows, files)
