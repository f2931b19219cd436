"""Backups: one file holding a store's database and vault, encrypted and checked end to end. No Qt.

Layout of a backup file (every byte of it is checked on restore)::

    MAGIC | header length (8 bytes) | header (JSON) | SHA-256 of the header
    sections: name length (2) | name | sealed length (8) | sealed bytes   (repeated)
    END_MARK | HMAC-SHA256 of everything before it

Sections are sealed with :mod:`desktop_app.store.cipher` (AES-256-GCM in
chunks, bound to the section's name) under a random backup key. The header
holds that key wrapped twice at most: under a key derived from the store's
data key (so the store's own recovery key or passphrase opens the backup:
the store's wrapped copies travel in the header too), and under a
passphrase chosen for the backup. A plaintext store's backup needs the
passphrase.

Sections: ``manifest`` (rows counted, files listed), ``key`` (an encrypted
store's data key, so that a backup passphrase alone restores it), ``database`` (a snapshot
taken with ``VACUUM INTO``, never a copy of the live file; in an encrypted
store it stays encrypted under the store's database key), then one
``file:<sha256>`` per vault file, holding its original bytes.

Restore checks the HMAC over the whole file before it writes anything, then
builds the store in a folder beside the target, checks the database and
every file's hash against the manifest, and only then moves it into place.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.errors import Cancelled, StoreError, StoreLockedError
from desktop_app.fileio import CHUNK, fsync_dir, make_part_file
from desktop_app.i18n import translate
from desktop_app.secrets import wrap
from desktop_app.store.access import remember_key
from desktop_app.store.backup_file import END_MARK as END_MARK
from desktop_app.store.backup_file import FORMAT as FORMAT
from desktop_app.store.backup_file import MAGIC as MAGIC
from desktop_app.store.backup_file import BackupDamaged as BackupDamaged
from desktop_app.store.backup_file import BackupFile as BackupFile
from desktop_app.store.backup_file import Progress, _Section
from desktop_app.store.cipher import SealError, seal
from desktop_app.store.database import DatabaseError, WrongKeyError, create_private, open_database
from desktop_app.store.generation import db_generation, new_state, write_state
from desktop_app.store.keys import KEYS_NAME, KeyFile, NeedsUnlock, Unlock, derive
from desktop_app.store.location import DB_NAME, VAULT_NAME
from desktop_app.store.lock import StoreLock
from desktop_app.store.streams import MacWriter
from desktop_app.store.vault import Vault
from desktop_app.tempfiles import note_staging_dir, sweep_part_files

SUFFIX = ".dossier-backup"


@dataclass
class BackupReport:
    path: Path
    cases: int = 0
    files: int = 0
    size: int = 0
    tables: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- writing


def write_backup(
    out: Path,
    *,
    conn: Any,
    vault: Vault,
    hashes: set[str],
    counts: dict[str, int],
    key_file: KeyFile | None,
    data_key: bytes | None,
    passphrase: str | None,
    work_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupReport:
    """Write a backup of the open store to ``out`` (atomically). See the module's description."""
    if data_key is None and not passphrase:
        raise StoreError(
            translate("Store", "This store is not encrypted: give a passphrase to protect its backup.")
        )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # not imported for --help

    backup_key = AESGCM.generate_key(bit_length=256)
    header: dict[str, Any] = {
        "format": FORMAT,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "encrypted_store": data_key is not None,
        "store_keys": json.loads(key_file.to_bytes()) if key_file is not None else None,
        "copies": [],
    }
    if data_key is not None:
        nonce = os.urandom(12)
        sealed = AESGCM(derive(data_key, "backup")).encrypt(nonce, backup_key, b"backup")
        header["copies"].append({"method": "store", "nonce": _b64(nonce), "sealed": _b64(sealed)})
    if passphrase:
        header["copies"].append(wrap(backup_key, "passphrase", passphrase).to_json())
    header_bytes = json.dumps(header, indent=1).encode("utf-8")

    if not out.parent.is_dir():
        raise StoreError(
            translate("Store", "{out}: the folder {parent} does not exist").format(out=out, parent=out.parent)
        )
    snapshot = work_dir / "backup-snapshot.db"
    snapshot.unlink(missing_ok=True)
    sweep_part_files(out.parent)  # left by a backup that was killed (never a live one's)
    fd, temp = make_part_file(out)  # 0600, and noted so that the next start removes it after a kill
    report = BackupReport(out, cases=counts.get("cases", 0), tables=dict(counts))
    try:
        total = len(hashes) + 1
        if progress is not None:
            progress(0, total, translate("Store", "Copying the database"))
        conn.execute("VACUUM INTO ?", (str(snapshot),))
        files = sorted(hashes)
        manifest = {
            "tables": counts,
            "files": [{"sha256": sha, "size": vault.size_of(sha)} for sha in files],
            "database_size": snapshot.stat().st_size,
        }
        with os.fdopen(fd, "wb") as raw:
            writer = MacWriter(raw, derive(backup_key, "backup mac"))
            writer.write(MAGIC + struct.pack(">Q", len(header_bytes)) + header_bytes)
            writer.write(hashlib.sha256(header_bytes).digest())
            _write_section(writer, "manifest", io.BytesIO(json.dumps(manifest).encode()), backup_key)
            if data_key is not None:  # so that a backup passphrase alone restores an encrypted store
                _write_section(writer, "key", io.BytesIO(data_key), backup_key)
            with open(snapshot, "rb") as db_file:
                _write_section(writer, "database", db_file, backup_key)
            for n, sha in enumerate(files, start=1):
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Store", "The backup was not written: you stopped it."))
                if progress is not None:
                    progress(
                        n,
                        total,
                        translate("Store", "Copying file {n} of {count}").format(n=n, count=len(files)),
                    )
                with vault.open(sha) as handle:
                    _write_section(writer, f"file:{sha}", handle, backup_key)
                report.files += 1
            writer.write(END_MARK)
            raw.write(writer.mac.digest())
            raw.flush()
            os.fsync(raw.fileno())
            report.size = writer.size + 32
        os.replace(temp, out)
        fsync_dir(out.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(
            translate("Store", "{out}: the backup cannot be written ({reason}); nothing was kept").format(
                out=out, reason=_reason(exc)
            )
        ) from exc
    except DatabaseError as exc:  # VACUUM INTO on a full disk, an I/O error
        temp.unlink(missing_ok=True)
        text = str(exc)
        reason = "the disk is full" if "full" in text.lower() else text
        raise StoreError(
            translate("Store", "{out}: the backup cannot be written ({reason}); nothing was kept").format(
                out=out, reason=reason
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        snapshot.unlink(missing_ok=True)
    return report


def _write_section(writer: MacWriter, name: str, source: BinaryIO, key: bytes) -> None:
    """A section: its name, then its sealed bytes, whose length is only known once written."""
    encoded = name.encode("utf-8")
    writer.write(struct.pack(">H", len(encoded)) + encoded)
    # The sealed length goes first: seal into a spooled buffer (small sections stay in memory,
    # large ones spill to an anonymous temp file, itself only ciphertext).
    with tempfile.SpooledTemporaryFile(max_size=8 * CHUNK) as sealed:
        seal(source, sealed, key, "backup " + name)  # type: ignore[arg-type]
        length = sealed.tell()
        sealed.seek(0)
        writer.write(struct.pack(">Q", length))
        while chunk := sealed.read(CHUNK):
            writer.write(chunk)


# --------------------------------------------------------------------------- restoring


def restore_backup(
    source: Path,
    target: Path,
    unlock: Unlock,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupReport:
    """Restore ``source`` into ``target`` (a folder that is empty or does not exist).

    Nothing is written until the whole backup passes its check; the store is built beside
    ``target`` and moved into place only once its database and every file's hash are checked.
    """
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate("Store", "Cannot create the folder {parent} ({reason}). Nothing was changed.").format(
                parent=parent, reason=exc.strerror or exc
            )
        ) from exc
    # One restore at a time into a folder: a second one is refused, never let loose on the first's work.
    with _restore_lock(parent, target):
        return _restore_locked(source, target, unlock, progress=progress, cancelled=cancelled)


@contextlib.contextmanager
def _restore_lock(parent: Path, target: Path) -> Iterator[None]:
    """An OS lock held while a restore runs. On POSIX it is taken on the parent folder itself, so
    that a killed restore leaves no lock file behind (the OS lets go of the lock with the process)."""
    busy = StoreError(
        f"Another restore into {target} (or beside it, in {parent}) is running. Nothing was changed: "
        "wait for it to finish."
    )
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        lock = StoreLock(parent / f".{target.name}.restore-lock")
        try:
            lock.acquire()
        except StoreLockedError:
            raise busy from None
        try:
            yield
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                lock.path.unlink()
        return
    import fcntl

    try:
        fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise StoreError(
            translate("Store", "{parent}: cannot restore here ({reason}). Nothing was changed.").format(
                parent=parent, reason=_reason(exc)
            )
        ) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise busy from None
        yield
    finally:
        os.close(fd)


def _restore_locked(
    source: Path,
    target: Path,
    unlock: Unlock,
    *,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> BackupReport:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StoreError(
            translate(
                "Store", "{target} is not empty: restore into a new or empty folder. Nothing was changed."
            ).format(target=target)
        )
    with BackupFile(source) as backup:
        backup.unlock(unlock)
        sections = backup.check_whole(progress)
        by_name = {s.name: s for s in sections}
        if "manifest" not in by_name or "database" not in by_name:
            raise BackupDamaged(
                translate("Store", "{source} is damaged: its manifest or database is missing.").format(
                    source=source
                )
            )
        try:
            with backup.open_section(by_name["manifest"]) as handle:
                manifest = json.loads(handle.read())
        except (SealError, ValueError) as exc:
            raise BackupDamaged(
                translate("Store", "{source} is damaged: {reason}").format(source=source, reason=exc)
            ) from exc
        parent = target.parent
        for stale in parent.glob(f".{target.name}.restoring-*"):  # left by a restore that was killed
            shutil.rmtree(stale, ignore_errors=True)
        try:
            staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.restoring-{os.getpid()}-"))
        except OSError as exc:
            raise StoreError(
                translate("Store", "{parent}: cannot restore here ({reason}). Nothing was changed.").format(
                    parent=parent, reason=_reason(exc)
                )
            ) from exc
        note_staging_dir(staging)  # a start after a kill removes it: it may hold plaintext
        try:
            report, data_key = _restore_into(backup, manifest, by_name, staging, progress, cancelled)
            fsync_dir(staging)
            if target.exists():
                if any(target.iterdir()):
                    raise StoreError(
                        translate(
                            "Store",
                            "{target} is no longer empty: something was written there during the restore. "
                            "Nothing was restored.",
                        ).format(target=target)
                    )
                target.rmdir()
            os.replace(staging, target)
            fsync_dir(parent)
            if data_key and unlock.use_keyring and backup.key_file is not None:
                remember_key(backup.key_file.store_id, data_key)  # opens here without a prompt
        except (SealError, *DatabaseError) as exc:  # type: ignore[misc]
            shutil.rmtree(staging, ignore_errors=True)
            raise BackupDamaged(
                translate("Store", "{source} is damaged: {reason}. Nothing was restored.").format(
                    source=source, reason=exc
                )
            ) from exc
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            where = exc.filename or target
            raise StoreError(
                translate(
                    "Store",
                    "{where}: the restore cannot be written ({reason}). Nothing was restored into {target}.",
                ).format(where=where, reason=_reason(exc), target=target)
            ) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    report.path = target
    return report


def _reason(exc: OSError) -> str:
    return "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))


def _restore_into(
    backup: BackupFile,
    manifest: dict[str, Any],
    by_name: dict[str, _Section],
    staging: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[BackupReport, bytes | None]:
    """Build the store in ``staging``; the report, and the data key (None for a plaintext store)."""
    data_key = backup.data_key
    encrypted = bool(backup.header.get("encrypted_store"))
    if encrypted and data_key is None and "key" in by_name:
        with backup.open_section(by_name["key"]) as handle:
            data_key = handle.read()
    if encrypted and data_key is None:
        raise NeedsUnlock(
            translate(
                "Store",
                "{path} holds an encrypted store: open it with the store's recovery key or passphrase.",
            ).format(path=backup.path),
            has_passphrase=bool(backup.key_file and backup.key_file.has_passphrase),
        )
    key_file = backup.key_file
    if key_file is not None:
        key_file.keeps_state = True
        key_file.write(staging / KEYS_NAME)
    create_private(staging / DB_NAME)
    with backup.open_section(by_name["database"]) as handle, open(staging / DB_NAME, "r+b") as out:
        while chunk := handle.read(CHUNK):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    vault = Vault(staging / VAULT_NAME, derive(data_key, "vault") if encrypted and data_key else None)
    vault.prepare()
    files = manifest.get("files", [])
    report = BackupReport(staging, tables=dict(manifest.get("tables", {})))
    for n, entry in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Store", "Nothing was restored: you stopped it."))
        if progress is not None:
            progress(
                n,
                len(files),
                translate("Store", "Restoring file {n} of {count}").format(n=n, count=len(files)),
            )
        sha = entry["sha256"]
        section = by_name.get(f"file:{sha}")
        if section is None:
            raise BackupDamaged(
                translate("Store", "{path} is damaged: the file {sha} is missing from it.").format(
                    path=backup.path, sha=sha
                )
            )
        with backup.open_section(section) as handle:
            stored = vault.put_stream(handle, name=f"{backup.path}, file {sha}")
        if stored.sha256 != sha:
            raise BackupDamaged(
                translate("Store", "{path} is damaged: the file {sha} does not match its SHA-256.").format(
                    path=backup.path, sha=sha
                )
            )
        report.files += 1
        report.size += stored.size
    shutil.rmtree(vault.tmp, ignore_errors=True)
    db_key = derive(data_key, "database") if encrypted and data_key else None
    try:
        db = open_database(staging / DB_NAME, db_key)
    except WrongKeyError as exc:
        raise BackupDamaged(
            translate("Store", "{path}: its database does not open with its key.").format(path=backup.path)
        ) from exc
    try:
        problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        if problems:
            raise BackupDamaged(
                translate("Store", "{path}: its database fails its check ({problems}).").format(
                    path=backup.path, problems="; ".join(problems[:3])
                )
            )
        counts = {name: db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in report.tables}
        if counts != report.tables:
            raise BackupDamaged(
                translate("Store", "{path}: its database does not hold the rows its manifest lists.").format(
                    path=backup.path
                )
            )
        named = {row[0] for row in db.execute("SELECT sha256 FROM blobs")}
        if named != {entry["sha256"] for entry in files}:
            raise BackupDamaged(
                translate("Store", "{path}: its files are not those its database names.").format(
                    path=backup.path
                )
            )
        # The restored store's record of its database (see store/generation.py).
        state = new_state(key_file.store_id if key_file else None, encrypted, db_generation(db.conn))
        write_state(staging, state, derive(data_key, "state") if encrypted and data_key else None)
    finally:
        db.close()
    report.cases = report.tables.get("cases", 0)
    return report, data_key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
