"""Vault files sealed with AES-256-GCM in chunks: round trips, and every kind of tampering caught."""

from __future__ import annotations

import hashlib
import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.store import cipher
from desktop_app.store.cipher import SealError, new_key, seal, unseal

KEY = bytes(range(32))


def sealed(data: bytes, key: bytes = KEY, identity: str | None = None) -> tuple[bytes, str]:
    identity = identity or hashlib.sha256(data).hexdigest()
    out = io.BytesIO()
    assert seal(io.BytesIO(data), out, key, identity) == len(data)
    return out.getvalue(), identity


def opened(blob: bytes, key: bytes = KEY, identity: str = "") -> bytes:
    out = io.BytesIO()
    unseal(io.BytesIO(blob), out, key, identity, name="invoice.pdf")
    return out.getvalue()


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "CHUNK", 64)  # many chunks from small data


@settings(max_examples=60)
@given(st.binary(max_size=700))
def test_what_is_sealed_opens_as_it_was(data: bytes) -> None:
    blob, identity = sealed(data)
    assert opened(blob, identity=identity) == data
    assert len(data) < 16 or data not in blob  # a byte or two may turn up by chance


def test_the_same_bytes_seal_differently_each_time() -> None:
    first, identity = sealed(b"Zwrot 35,98 EUR" * 20)
    second, _ = sealed(b"Zwrot 35,98 EUR" * 20)
    assert first != second and opened(first, identity=identity) == opened(second, identity=identity)


def test_one_flipped_byte_anywhere_is_caught() -> None:
    blob, identity = sealed(os.urandom(300))
    for position in range(len(blob)):
        damaged = bytearray(blob)
        damaged[position] ^= 0x01
        with pytest.raises(SealError, match=r"invoice\.pdf"):
            opened(bytes(damaged), identity=identity)


@pytest.mark.parametrize("cut", [1, 16, 64 + 16, 200])
def test_a_file_cut_short_is_caught(cut: int) -> None:
    blob, identity = sealed(os.urandom(300))
    with pytest.raises(SealError):
        opened(blob[:-cut], identity=identity)


def test_chunks_cannot_be_moved_or_taken_from_another_file() -> None:
    data = os.urandom(64 * 3)
    blob, identity = sealed(data)
    header, size = cipher.HEADER_SIZE, 64 + cipher.TAG_SIZE
    chunks = [blob[header + i * size : header + (i + 1) * size] for i in range(4)]
    swapped = blob[:header] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    with pytest.raises(SealError):
        opened(swapped, identity=identity)
    other, _ = sealed(data, identity="f" * 64)
    with pytest.raises(SealError):
        opened(other, identity=identity)  # the same bytes sealed as another file


def test_another_key_opens_nothing() -> None:
    blob, identity = sealed(b"statement")
    with pytest.raises(SealError):
        opened(blob, key=new_key(), identity=identity)


def test_not_a_sealed_file() -> None:
    with pytest.raises(SealError, match="not a sealed vault file"):
        opened(b"%PDF-1.7 plain", identity="0" * 64)
