"""Encrypting a plaintext store in place, or decrypting one, so that an interruption never harms it.

The new database, vault and key file are built in ``convert/`` inside the
store folder while the old store stays as it was. Writing ``convert/plan.json``
(atomically, last) is the point of no return; the switch that follows only
renames, and :func:`finish_conversion`, run before every opening, completes a
switch that was interrupted, or throws away a half-built ``convert/`` that
has no plan. Either way the store that opens is whole: the old one or the new.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.errors import Cancelled, StoreError
from desktop_app.fileio import atomic_write, fsync_dir
from desktop_app.i18n import translate
from desktop_app.store.database import DatabaseError, create_private
from desktop_app.store.generation import STATE_NAME, db_generation, new_state, write_state
from desktop_app.store.keys import KEYS_NAME, KeyFile, derive
from desktop_app.store.location import DB_NAME, VAULT_NAME
from desktop_app.store.vault import Vault

CONVERT_NAME = "convert"
PLAN_NAME = "plan.json"
THUMBNAILS_NAME = "thumbnails"

Progress = Callable[[int, int, str], None]


def finish_conversion(root: Path) -> None:
    """Complete an interrupted switch, or discard a conversion that never reached its plan."""
    work = root / CONVERT_NAME
    if not work.exists():
        return
    plan_path = work / PLAN_NAME
    if not plan_path.is_file():
        shutil.rmtree(work)
        return
    try:
        plan = json.loads(plan_path.read_text(encoding="utf-8"))
        target = plan["to"]
    except (OSError, ValueError, KeyError) as exc:
        raise StoreError(
            translate(
                "Store", "{plan} is damaged ({reason}); nothing was changed. Keep a copy of {root}."
            ).format(plan=plan_path, reason=exc, root=root)
        ) from exc
    _switch(root, work, target)


def _switch(root: Path, work: Path, target: str) -> None:
    new_db = work / DB_NAME
    if new_db.exists():
        for suffix in ("-wal", "-shm", "-journal"):
            (root / (DB_NAME + suffix)).unlink(missing_ok=True)
        os.replace(new_db, root / DB_NAME)
    new_vault = work / VAULT_NAME
    old_vault = work / "old-vault"
    if new_vault.exists():
        if (root / VAULT_NAME).exists() and not old_vault.exists():
            os.replace(root / VAULT_NAME, old_vault)
        if (root / VAULT_NAME).exists():
            shutil.rmtree(root / VAULT_NAME)
        os.replace(new_vault, root / VAULT_NAME)
    if target == "encrypted":
        if (work / KEYS_NAME).exists():
            os.replace(work / KEYS_NAME, root / KEYS_NAME)
    else:
        (root / KEYS_NAME).unlink(missing_ok=True)
    if (work / STATE_NAME).exists():  # the record, authenticated under the new key (or none)
        os.replace(work / STATE_NAME, root / STATE_NAME)
    fsync_dir(root)
    shutil.rmtree(root / THUMBNAILS_NAME, ignore_errors=True)  # drawn under the old key, or none
    (work / PLAN_NAME).unlink(missing_ok=True)
    shutil.rmtree(work, ignore_errors=True)


def convert(
    root: Path,
    conn: Any,
    vault: Vault,
    hashes: set[str],
    new_key: bytes | None,
    key_file: KeyFile | None,
    *,
    store_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Build the store again under ``new_key`` (None: in plaintext) beside the old one, then switch.

    ``conn`` is the open database (its key already given), ``vault`` the open vault, ``hashes``
    every file the database names. The caller closes ``conn`` after the build and before the switch
    through :func:`commit`; here only the build happens. Raises Cancelled when asked to stop.
    """
    work = root / CONVERT_NAME
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(mode=0o700)
    try:
        total = len(hashes) + 1
        if progress is not None:
            progress(0, total, translate("Store", "Copying the database"))
        key_sql = f"x'{derive(new_key, 'database').hex()}'" if new_key is not None else ""
        create_private(work / DB_NAME)  # 0600 before SQLite writes a byte (its -wal takes the same mode)
        try:
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(work / DB_NAME), key_sql))
            try:
                conn.execute("SELECT sqlcipher_export('converted')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA converted.user_version = {int(version)}")
            finally:
                with contextlib.suppress(*DatabaseError):
                    conn.execute("DETACH DATABASE converted")
        except DatabaseError as exc:  # a full disk, an I/O error
            text = str(exc)
            reason = "the disk is full" if "full" in text.lower() else text
            raise StoreError(
                translate(
                    "Store", "The store at {root} cannot be converted ({reason}); nothing was changed."
                ).format(root=root, reason=reason)
            ) from exc
        target = Vault(work / VAULT_NAME, derive(new_key, "vault") if new_key is not None else None)
        target.prepare()
        for n, sha in enumerate(sorted(hashes), start=1):
            if cancelled is not None and cancelled():
                raise Cancelled(
                    translate("Store", "The store was not converted: you stopped it. It is as it was.")
                )
            if progress is not None:
                progress(
                    n, total, translate("Store", "Copying file {n} of {count}").format(n=n, count=len(hashes))
                )
            if not vault.contains(sha):
                continue  # a missing file stays missing; 'dossier verify' names it
            with vault.open(sha) as handle:
                stored = target.put_stream(handle, name=str(vault.path_of(sha)))
            if stored.sha256 != sha:
                raise StoreError(
                    translate(
                        "Store",
                        "The vault file {path} does not match its SHA-256; nothing was changed. Run "
                        "'dossier verify'.",
                    ).format(path=vault.path_of(sha))
                )
        shutil.rmtree(target.tmp, ignore_errors=True)
        if new_key is not None:
            if key_file is None:
                raise ValueError("an encrypted store needs its key file")
            key_file.keeps_state = True
            key_file.write(work / KEYS_NAME)
        state = new_state(
            key_file.store_id if key_file is not None else store_id, new_key is not None, db_generation(conn)
        )
        write_state(work, state, derive(new_key, "state") if new_key is not None else None)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def commit(root: Path, *, encrypted: bool) -> None:
    """The point of no return, then the switch. The database must be closed."""
    work = root / CONVERT_NAME
    fsync_dir(work)
    atomic_write(work / PLAN_NAME, json.dumps({"to": "encrypted" if encrypted else "plaintext"}).encode())
    _switch(root, work, "encrypted" if encrypted else "plaintext")
