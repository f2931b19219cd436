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

import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"DSVAULT1"
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_SIZE = 32
CHUNK = 1024 * 1024
HEADER_SIZE = len(MAGIC) + NONCE_SIZE


class SealError(ValueError):
    """A sealed file cannot be opened: damaged, cut short, of another file, or another key."""


def new_key() -> bytes:
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
    cipher = AESGCM(key)
    file_nonce = os.urandom(NONCE_SIZE)
    target.write(MAGIC + file_nonce)
    size = 0
    for index, (chunk, last) in enumerate(_chunks(source, CHUNK)):
        size += len(chunk)
        target.write(cipher.encrypt(_nonce(file_nonce, index), chunk, _associated(identity, index, last)))
    return size


def unseal_chunks(source: BinaryIO, key: bytes, identity: str, name: str = "the file") -> Iterator[bytes]:
    """The original bytes of a sealed file, chunk by chunk; raises :class:`SealError` naming ``name``."""
    header = source.read(HEADER_SIZE)
    if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
        raise SealError(f"{name} is not a sealed vault file (its header is missing or damaged)")
    cipher = AESGCM(key)
    file_nonce = header[len(MAGIC) :]
    for index, (chunk, last) in enumerate(_chunks(source, CHUNK + TAG_SIZE)):
        if len(chunk) < TAG_SIZE:
            raise SealError(f"{name} is cut short (chunk {index} is incomplete)")
        try:
            yield cipher.decrypt(_nonce(file_nonce, index), chunk, _associated(identity, index, last))
        except InvalidTag:
            raise SealError(
                f"{name} has been altered or damaged (chunk {index} fails its check), "
                "or it belongs to another file or another key"
            ) from None


def unseal(source: BinaryIO, target: BinaryIO, key: bytes, identity: str, name: str = "the file") -> int:
    """Decrypt ``source`` into ``target``; returns the plaintext size.

    Each chunk is checked before it is written, but a damaged chunk may follow good ones: write
    into a temporary file and keep it only when this returns.
    """
    size = 0
    for chunk in unseal_chunks(source, key, identity, name):
        target.write(chunk)
        size += len(chunk)
    return size
