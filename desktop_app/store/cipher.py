"""Authenticated encryption of vault files, streamed: AES-256-GCM in chunks. No Qt.

A file is sealed in chunks of CHUNK bytes so that no file, however large, sits
whole in memory. The layout of a sealed file:

    MAGIC (8 bytes) | file nonce (12 bytes) | chunk 0 | chunk 1 | ... | last chunk

Each chunk is its AES-GCM ciphertext and 16-byte tag. Its nonce is the file
nonce with the chunk's number mixed into the last 8 bytes, so nonces never
repeat within a file, and a fresh random file nonce per file (and per
re-encryption) keeps them unique across files under one key. Every chunk is
bound, as associated data, to the file's identity (the SHA-256 of its
original bytes, which names it in the vault), to its number and to whether
it is the last: a chunk moved, dropped, swapped from another file, or a file
cut short, fails to open, as does any flipped bit.

The hashes Dossier shows stay those of the original bytes.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from typing import Any, BinaryIO

from desktop_app.errors import StoreError
from desktop_app.i18n import translate

MAGIC = b"DSVAULT1"
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_SIZE = 32
CHUNK = 1024 * 1024
HEADER_SIZE = len(MAGIC) + NONCE_SIZE


class SealError(StoreError, ValueError):
    """A sealed file cannot be opened: damaged, cut short, of another file, or another key."""


def new_key() -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM.generate_key(bit_length=256)


def _nonce(file_nonce: bytes, index: int) -> bytes:
    head, tail = file_nonce[:4], int.from_bytes(file_nonce[4:], "big")
    return head + ((tail ^ index) & 0xFFFF_FFFF_FFFF_FFFF).to_bytes(8, "big")


def _associated(identity: str, index: int, last: bool) -> bytes:
    return MAGIC + identity.encode("ascii") + struct.pack(">QB", index, 1 if last else 0)


def _chunks(stream: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """The stream in chunks of ``size``, each saying whether it is the last (empty: one empty chunk)."""
    current = stream.read(size)
    while True:
        following = stream.read(size) if len(current) == size else b""
        last = not following
        yield current, last
        if last:
            return
        current = following


def seal(source: BinaryIO, target: BinaryIO, key: bytes, identity: str) -> int:
    """Encrypt ``source`` into ``target`` chunk by chunk; returns the plaintext size."""
    if len(key) != KEY_SIZE:
        raise ValueError("a vault key is 32 bytes")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(key)
    file_nonce = os.urandom(NONCE_SIZE)
    target.write(MAGIC + file_nonce)
    size = 0
    for index, (chunk, last) in enumerate(_chunks(source, CHUNK)):
        size += len(chunk)
        target.write(cipher.encrypt(_nonce(file_nonce, index), chunk, _associated(identity, index, last)))
    return size


def unseal(source: BinaryIO, target: BinaryIO, key: bytes, identity: str, name: str = "the file") -> int:
    """Decrypt ``source`` (seekable) into ``target``; returns the plaintext size.

    Each chunk is checked before it is written, but a damaged chunk may follow good ones: write
    into a temporary file and keep it only when this returns.
    """
    reader = SealedReader(source, key, identity, name)
    size = 0
    while chunk := reader.read(CHUNK):
        target.write(chunk)
        size += len(chunk)
    return size


def sealed_size(sealed: int) -> int:
    """The original size of a sealed file of ``sealed`` bytes (-1 when it cannot be one)."""
    body = sealed - HEADER_SIZE
    if body < TAG_SIZE:
        return -1
    chunks = max(1, -(-body // (CHUNK + TAG_SIZE)))
    if body - (chunks - 1) * (CHUNK + TAG_SIZE) < TAG_SIZE:
        return -1
    return body - chunks * TAG_SIZE


class SealedReader(io.RawIOBase):
    """A sealed file read as its original bytes, seekable, one chunk in memory at a time.

    Every chunk is checked as it is read: a damaged one raises :class:`SealError` naming ``name``.
    """

    def __init__(self, raw: BinaryIO, key: bytes, identity: str, name: str = "the file") -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        self._raw = raw
        self._cipher = AESGCM(key)
        self._identity = identity
        self._name = name
        header = raw.read(HEADER_SIZE)
        if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
            raise SealError(
                translate(
                    "Store", "{name} is not a sealed vault file (its header is missing or damaged)"
                ).format(name=name)
            )
        self._file_nonce = header[len(MAGIC) :]
        total = raw.seek(0, io.SEEK_END)
        self._size = sealed_size(total)
        if self._size < 0:
            raise SealError(translate("Store", "{name} is cut short").format(name=name))
        self._chunks = max(1, -(-(total - HEADER_SIZE) // (CHUNK + TAG_SIZE)))
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._raw.seek(HEADER_SIZE + index * (CHUNK + TAG_SIZE))
        sealed = self._raw.read(CHUNK + TAG_SIZE)
        last = index == self._chunks - 1
        from cryptography.exceptions import InvalidTag

        try:
            plain = self._cipher.decrypt(
                _nonce(self._file_nonce, index), sealed, _associated(self._identity, index, last)
            )
        except InvalidTag:
            raise SealError(
                translate(
                    "Store",
                    "{name} has been altered or damaged (chunk {index} fails its check), or it belongs to "
                    "another file or another key",
                ).format(name=self._name, index=index)
            ) from None
        self._cached = (index, plain)
        return plain

    def readinto(self, buffer: Any) -> int:
        if self._pos >= self._size:
            return 0
        index, offset = divmod(self._pos, CHUNK)
        chunk = self._chunk(index)
        count = min(len(buffer), len(chunk) - offset)
        buffer[:count] = chunk[offset : offset + count]
        self._pos += count
        return count

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            self._cached = None
            super().close()


def open_sealed(path: str | os.PathLike[str], key: bytes, identity: str, name: str | None = None) -> BinaryIO:
    """A sealed file opened for reading as its original bytes (buffered, seekable)."""
    raw = open(path, "rb")  # noqa: SIM115 - owned by the reader
    try:
        reader = SealedReader(raw, key, identity, name or str(path))
    except BaseException:
        raw.close()
        raise
    return io.BufferedReader(reader, buffer_size=CHUNK)
