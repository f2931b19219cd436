"""A backup file opened for reading: its header read and checked, its whole-file HMAC, its sections
and the key that opens them (see :mod:`desktop_app.store.backup` for the layout). No Qt."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app import logs
from desktop_app.errors import DossierError, StoreError
from desktop_app.fileio import CHUNK
from desktop_app.i18n import translate
from desktop_app.secrets import KeyringUnavailable, Wrapped, WrongSecret, keyring_load, unwrap
from desktop_app.store.cipher import SealedReader, SealError
from desktop_app.store.keys import KeyFile, NeedsUnlock, Unlock, derive
from desktop_app.store.streams import Window

MAGIC = b"DOSSIER-BACKUP/1\n"
END_MARK = b"DOSSIER-BACKUP-END"
FORMAT = "dossier-backup/1"

Progress = Callable[[int, int, str], None]


class BackupDamaged(DossierError):
    """A backup that fails its checks: nothing is restored from it."""


@dataclass
class _Section:
    name: str
    start: int
    length: int


class BackupFile:
    """An opened backup: its header read and checked, its key not yet known."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._raw: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise StoreError(
                translate("Store", "{path}: cannot be read ({reason})").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from exc
        try:
            self.size = self._raw.seek(0, io.SEEK_END)
            self._raw.seek(0)
            if self._raw.read(len(MAGIC)) != MAGIC:
                raise BackupDamaged(
                    translate(
                        "Store", "{path} is not a Dossier backup (or its first bytes are damaged)."
                    ).format(path=path)
                )
            (length,) = struct.unpack(">Q", self._read_exact(8, "its header"))
            if length > 16 * 1024 * 1024:
                raise BackupDamaged(
                    translate("Store", "{path} is damaged: its header length is impossible.").format(
                        path=path
                    )
                )
            header_bytes = self._read_exact(length, "its header")
            if hashlib.sha256(header_bytes).digest() != self._read_exact(32, "its header"):
                raise BackupDamaged(
                    translate("Store", "{path} is damaged: its header fails its check.").format(path=path)
                )
            self.header: dict[str, Any] = json.loads(header_bytes)
            if self.header.get("format") != FORMAT:
                raise BackupDamaged(
                    translate("Store", "{path} is a backup of an unknown format ({format}).").format(
                        path=path, format=repr(self.header.get("format"))
                    )
                )
            self._body_start = self._raw.tell()
        except BaseException:
            self._raw.close()
            raise
        self.key: bytes | None = None
        self.data_key: bytes | None = None

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> BackupFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_exact(self, count: int, what: str) -> bytes:
        data = self._raw.read(count)
        if len(data) != count:
            raise BackupDamaged(
                translate("Store", "{path} is cut short (in {what}).").format(path=self.path, what=what)
            )
        return data

    @property
    def key_file(self) -> KeyFile | None:
        keys = self.header.get("store_keys")
        return KeyFile.from_bytes(json.dumps(keys).encode(), f"{self.path} (its keys)") if keys else None

    def unlock(self, unlock: Unlock) -> None:
        """Find the backup key from a passphrase, the store's recovery key, or the keyring."""
        copies = self.header.get("copies", [])
        own = next((c for c in copies if c.get("method") == "passphrase"), None)
        store = next((c for c in copies if c.get("method") == "store"), None)
        key_file = self.key_file
        if unlock.passphrase is not None and own is not None:
            try:
                self.key = unwrap(Wrapped.from_json(own), unlock.passphrase)
                return
            except WrongSecret as exc:  # perhaps the store's own passphrase: tried next
                logs.error("store.backup.passphrase", exc)
                if key_file is None or not key_file.has_passphrase:
                    raise WrongSecret(
                        translate(
                            "Store", "This passphrase does not open the backup {path}; nothing was changed."
                        ).format(path=self.path)
                    ) from None
        data_key = key_file.open_with(unlock) if key_file is not None else None
        if data_key is None and key_file is not None and unlock.use_keyring:
            try:
                data_key = keyring_load(key_file.store_id)
            except KeyringUnavailable as exc:  # then the passphrase or the recovery key is asked for
                logs.error("store.backup.keyring", exc)
                data_key = None
        if data_key is None or store is None:
            if key_file:
                said = translate(
                    "Store", "The backup {path} needs its passphrase, or the store's recovery key."
                )
            else:
                said = translate("Store", "The backup {path} needs its passphrase.")
            raise NeedsUnlock(
                said.format(path=self.path),
                has_passphrase=own is not None or bool(key_file and key_file.has_passphrase),
            )
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            self.key = AESGCM(derive(data_key, "backup")).decrypt(
                base64.b64decode(store["nonce"]), base64.b64decode(store["sealed"]), b"backup"
            )
        except (InvalidTag, KeyError, ValueError):
            raise BackupDamaged(
                translate("Store", "{path}: the store's key does not open this backup.").format(
                    path=self.path
                )
            ) from None
        self.data_key = data_key

    def check_whole(self, progress: Progress | None = None) -> list[_Section]:
        """Check every byte against the HMAC at the end; the sections found, in order."""
        if self.key is None:
            raise RuntimeError("unlock the backup first")
        mac = hmac.new(derive(self.key, "backup mac"), digestmod=hashlib.sha256)
        end = self.size - len(END_MARK) - 32
        if end < self._body_start:
            raise BackupDamaged(translate("Store", "{path} is cut short.").format(path=self.path))
        self._raw.seek(0)
        done = 0
        while done < end:
            chunk = self._raw.read(min(CHUNK, end - done))
            if not chunk:
                raise BackupDamaged(translate("Store", "{path} is cut short.").format(path=self.path))
            mac.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, end, translate("Store", "Checking the backup"))
        mark = self._raw.read(len(END_MARK))
        mac.update(mark)
        if mark != END_MARK or not hmac.compare_digest(self._raw.read(32), mac.digest()):
            where = self._where_damaged(end)
            where = where or translate(
                "Store", "{path} is damaged: its check over the whole file fails"
            ).format(path=self.path)
            raise BackupDamaged(
                translate(
                    "Store", "{where} (a byte was changed, or the file is incomplete). Nothing was restored."
                ).format(where=where)
            )
        return list(self._sections(end))

    def _where_damaged(self, end: int) -> str | None:
        """The first section that fails its own check, to name in the message (best effort)."""
        try:
            for section in self._sections(end):
                with self.open_section(section) as handle:
                    while handle.read(CHUNK):
                        pass
        except (BackupDamaged, SealError, ValueError, struct.error) as exc:
            logs.error("store.backup.where_damaged", exc)
            return str(exc) or None
        return None

    def _sections(self, end: int) -> Iterator[_Section]:
        self._raw.seek(self._body_start)
        position = self._body_start
        while position < end:
            self._raw.seek(position)
            (name_length,) = struct.unpack(">H", self._read_exact(2, "a section"))
            name = self._read_exact(name_length, "a section").decode("utf-8")
            (length,) = struct.unpack(">Q", self._read_exact(8, "a section"))
            start = position + 2 + name_length + 8
            if start + length > end:
                raise BackupDamaged(
                    translate("Store", "{path} is damaged: section {name} runs past the end.").format(
                        path=self.path, name=repr(name)
                    )
                )
            yield _Section(name, start, length)
            position = start + length

    def open_section(self, section: _Section) -> BinaryIO:
        """A section's original bytes; every chunk is checked as it is read."""
        if self.key is None:
            raise RuntimeError("unlock the backup first")
        window = Window(self._raw, section.start, section.length)
        name = f"{self.path}, section {section.name}"
        reader = SealedReader(window, self.key, "backup " + section.name, name)  # type: ignore[arg-type]
        return io.BufferedReader(reader, buffer_size=CHUNK)
