"""The evidence vault: every file exactly as it was received, addressed by
the SHA-256 of its bytes.

All reading and writing of vault files goes through :class:`Vault`. In an
encrypted store (a vault given a key) every file is sealed with AES-256-GCM
in chunks (see :mod:`desktop_app.store.cipher`), bound to its own hash; the
hashes shown to users stay those of the original bytes. Nothing is written
in plaintext, temp files included: an incoming file is hashed first, then
sealed as it is copied in.

Layout: ``vault/objects/ab/abcdef...`` (the full hash as the name, its first
two characters as a fan-out folder); ``vault/tmp/`` for files being written.
A stored file is read-only and never changes: writes go to a temp file,
are fsynced and renamed into place.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop_app import logs
from desktop_app.errors import InvalidInputError, StoreError
from desktop_app.fileio import CHUNK, atomic_write, fsync_dir
from desktop_app.i18n import translate
from desktop_app.store.cipher import SealError, open_sealed, seal, sealed_size


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    created: bool  # False when the vault already held these bytes


@dataclass
class VaultReport:
    missing: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # why a file counts as altered
    stray: list[str] = field(default_factory=list)
    # Whole files, named by their own hash, that no record refers to: what an import or a deletion
    # interrupted between the vault and the database leaves. Not damage; only the explicit step
    # that lists them first ('dossier evidence remove-unused') removes them, never empty-trash.
    unused: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.altered or self.stray)


def _is_hash(name: str) -> bool:
    return len(name) == 64 and all(c in "0123456789abcdef" for c in name)


class _Hashing:
    """A stream read through, hashing what passes."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        try:
            chunk = self.stream.read(size)
        except OSError as exc:
            raise InvalidInputError(
                translate("Store", "{name}: cannot be read ({reason})").format(
                    name=self.name, reason=exc.strerror or exc
                )
            ) from None
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk


class Vault:
    def __init__(self, root: Path, key: bytes | None = None) -> None:
        """``key`` (32 bytes) seals every file; without one files are kept as they are."""
        self.root = root
        self.key = key
        self.locked = False  # the store is locked: nothing may be read or written, sealed or not
        self.objects = root / "objects"
        self.tmp = root / "tmp"

    def prepare(self) -> None:
        """Create the folders (0700, as every folder of the store; an older vault's are tightened)
        and clear temp files a crash may have left."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (self.root, self.objects, self.tmp):
            folder.mkdir(exist_ok=True, mode=0o700)
            if stat.S_IMODE(folder.stat().st_mode) != 0o700:
                folder.chmod(0o700)
        for leftover in self.tmp.iterdir():
            if leftover.is_file():
                leftover.unlink()

    def path_of(self, sha256: str) -> Path:
        if not _is_hash(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.objects / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    # ------------------------------------------------------------------ writing

    def put_file(self, source: Path) -> StoredFile:
        """Copy a file into the vault; raise InvalidInputError naming it if unreadable."""
        try:
            # Without blocking: a FIFO swapped in after the checks must not hang the import.
            fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except IsADirectoryError:
            raise InvalidInputError(
                translate("Store", "{source}: is a folder, not a file").format(source=source)
            ) from None
        except FileNotFoundError:
            raise InvalidInputError(
                translate("Store", "{source}: no such file").format(source=source)
            ) from None
        except PermissionError:
            raise InvalidInputError(
                translate("Store", "{source}: cannot be read (permission denied)").format(source=source)
            ) from None
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise InvalidInputError(
                translate("Store", "{source}: cannot be read ({reason})").format(source=source, reason=reason)
            ) from None
        try:
            mode = os.fstat(fd).st_mode
            if stat.S_ISDIR(mode):
                raise InvalidInputError(
                    translate("Store", "{source}: is a folder, not a file").format(source=source)
                )
            if not stat.S_ISREG(mode):
                raise InvalidInputError(
                    translate(
                        "Store", "{source}: is not a regular file (a FIFO, a device or a socket)"
                    ).format(source=source)
                )
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            handle = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
        with handle:
            return self.put_stream(handle, name=str(source))

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def _key(self) -> bytes | None:
        """The key to use now; refuses while the store is locked (never falls back to plaintext)."""
        if self.locked:
            raise StoreError(translate("Store", "The store is locked: unlock it first."))
        return self.key

    def put_stream(self, stream: BinaryIO, *, name: str = "the file") -> StoredFile:
        """Store what ``stream`` yields. A read error names ``name``; a write error the vault."""
        key = self._key()
        self.tmp.mkdir(parents=True, exist_ok=True, mode=0o700)
        if key is not None:
            return self._put_sealed(stream, name, key)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="incoming-", suffix=".part")
        tmp_path = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while True:
                    try:
                        chunk = stream.read(CHUNK)
                    except OSError as exc:
                        raise InvalidInputError(
                            translate("Store", "{name}: cannot be read ({reason})").format(
                                name=name, reason=exc.strerror or exc
                            )
                        ) from None
                    if not chunk:
                        break
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_of(sha)
            if final.is_file():
                tmp_path.unlink()
                return StoredFile(sha, size, created=False)
            self._place(tmp_path, final)
            return StoredFile(sha, size, created=True)
        except OSError as exc:
            tmp_path.unlink(missing_ok=True)
            raise self._write_error(exc) from exc
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise

    def _put_sealed(self, stream: BinaryIO, name: str, key: bytes) -> StoredFile:
        """Hash the stream, then seal it into place: the hash names the file and is sealed with it."""
        start = stream.tell()
        first = _Hashing(stream, name)
        while first.read(CHUNK):
            pass
        sha = first.digest.hexdigest()
        final = self.path_of(sha)
        if final.is_file():
            return StoredFile(sha, first.size, created=False)
        stream.seek(start)
        second = _Hashing(stream, name)
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="incoming-", suffix=".part")
        tmp_path = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                seal(second, out, key, sha)  # type: ignore[arg-type]
                out.flush()
                os.fsync(out.fileno())
            if second.digest.hexdigest() != sha:
                raise InvalidInputError(
                    translate("Store", "{name}: changed while it was being read; nothing was saved").format(
                        name=name
                    )
                )
            self._place(tmp_path, final)
            return StoredFile(sha, first.size, created=True)
        except OSError as exc:
            tmp_path.unlink(missing_ok=True)
            raise self._write_error(exc) from exc
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise

    @staticmethod
    def _place(tmp_path: Path, final: Path) -> None:
        """A whole, fsynced temp file becomes the stored file: read-only, renamed, the rename made durable."""
        final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(tmp_path, stat.S_IRUSR)  # read-only, and for this user alone
        os.replace(tmp_path, final)
        fsync_dir(final.parent)

    def _write_error(self, exc: OSError) -> StoreError:
        if exc.errno == errno.ENOSPC:
            return StoreError(f"The disk holding {self.root} is full; nothing was saved.")
        return StoreError(f"Cannot write to the vault {self.root}: {exc.strerror or exc}")

    def remove(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            path.unlink()
            fsync_dir(path.parent)

    # ------------------------------------------------------------------ reading

    def open(self, sha256: str) -> BinaryIO:
        """The original bytes of a stored file (seekable). A damaged sealed file raises SealError."""
        path = self.path_of(sha256)
        key = self._key()
        try:
            if key is not None:
                return open_sealed(path, key, sha256, f"The vault file {path}")
            return open(path, "rb")
        except FileNotFoundError:
            raise StoreError(
                translate("Store", "The vault file {sha256} is missing; run 'dossier verify'.").format(
                    sha256=sha256
                )
            ) from None

    def size_of(self, sha256: str) -> int:
        """The original size of a stored file, from the size on disk (nothing is decrypted)."""
        try:
            size = self.path_of(sha256).stat().st_size
        except FileNotFoundError:
            raise StoreError(
                translate("Store", "The vault file {sha256} is missing; run 'dossier verify'.").format(
                    sha256=sha256
                )
            ) from None
        return sealed_size(size) if self._key() is not None else size

    # ------------------------------------------------------------------ private files beside the vault

    def write_private(self, path: Path, data: bytes, identity: str) -> None:
        """Write a derived file (a thumbnail) atomically, sealed when the vault is."""
        key = self._key()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if key is not None:
            sealed = io.BytesIO()
            seal(io.BytesIO(data), sealed, key, _private_identity(identity))
            data = sealed.getvalue()
        atomic_write(path, data)

    def read_private(self, path: Path, identity: str) -> bytes:
        """A file written by :meth:`write_private`; OSError or SealError when it cannot be read."""
        key = self._key()
        if key is None:
            return path.read_bytes()
        with open_sealed(path, key, _private_identity(identity)) as handle:
            return handle.read()

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as handle:
            return handle.read()

    def read_head(self, sha256: str, size: int = 8192) -> bytes:
        """The first bytes of a stored file, to tell what it is."""
        with self.open(sha256) as handle:
            return handle.read(size)

    def hash_of(self, sha256: str) -> str:
        digest = hashlib.sha256()
        with self.open(sha256) as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def iter_stored(self) -> Iterator[tuple[str, Path]]:
        """Every file under objects/, with the name it is stored under."""
        if not self.objects.is_dir():
            return
        for folder in sorted(self.objects.iterdir()):
            if folder.is_dir():
                for path in sorted(folder.iterdir()):
                    yield path.name, path
            else:
                yield folder.name, folder

    def verify(self, expected: set[str]) -> VaultReport:
        """Check that every expected file exists with its hash, and nothing else is there."""
        report = VaultReport()
        seen: set[str] = set()
        for name, path in self.iter_stored():
            if name in expected and path == self.path_of(name) and path.is_file():
                seen.add(name)
                try:
                    if self.hash_of(name) != name:
                        report.altered.append(name)
                        report.reasons[name] = translate("Store", "its bytes no longer match its SHA-256")
                except SealError as exc:
                    report.altered.append(name)
                    report.reasons[name] = str(exc)
            elif _is_hash(name) and path == self.path_of(name) and _regular(path) and self._whole(name):
                report.unused.append(name)
            else:
                report.stray.append(str(path.relative_to(self.root)))
        report.missing = sorted(expected - seen)
        return report

    def _whole(self, sha256: str) -> bool:
        try:
            return self.hash_of(sha256) == sha256
        except (SealError, OSError) as exc:  # not whole: verify calls it stray, nothing removes it
            logs.error("store.vault.whole", exc)
            return False

    def unused(self, expected: set[str]) -> list[str]:
        """Files named by a hash that ``expected`` does not hold (nothing is read but folder names)."""
        return [
            name
            for name, path in self.iter_stored()
            if _is_hash(name) and name not in expected and path == self.path_of(name) and _regular(path)
        ]

    def whole_unused(self, expected: set[str]) -> list[str]:
        """The unused files (see :meth:`unused`) that are whole: their bytes hash to their name.

        A half-written, damaged or misplaced file is not among them: :meth:`verify` calls it stray,
        and nothing removes it for the user.
        """
        return [name for name in self.unused(expected) if self._whole(name)]


def _regular(path: Path) -> bool:
    """A regular file itself, not a link to one (nothing is followed)."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _private_identity(identity: str) -> str:
    """Derived files are bound to a name of their own, never to a vault file's hash."""
    return "private:" + hashlib.sha256(identity.encode("utf-8")).hexdigest()
