"""The store's HKDF gives the RFC 5869 bytes and the same bytes as the cryptography package."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.store.keys import derive, hkdf_sha256


def test_rfc_5869_test_case_1() -> None:
    okm = hkdf_sha256(
        bytes.fromhex("0b" * 22),
        bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"),
        42,
        salt=bytes.fromhex("000102030405060708090a0b0c"),
    )
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_rfc_5869_test_case_3_no_salt_no_info() -> None:
    okm = hkdf_sha256(bytes.fromhex("0b" * 22), b"", 42)
    assert okm.hex() == (
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
    )


@pytest.mark.parametrize("length", [1, 16, 32, 33, 64, 100])
def test_same_bytes_as_cryptography(length: int) -> None:
    for _ in range(20):
        key, info = os.urandom(32), os.urandom(length % 17)
        theirs = HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(key)
        assert hkdf_sha256(key, info, length) == theirs


def test_derive_is_the_hkdf_of_dossier_purpose() -> None:
    key = os.urandom(32)
    expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"dossier database").derive(key)
    assert derive(key, "database") == expected
    assert derive(key, "vault") != derive(key, "database")


@pytest.mark.parametrize("length", [0, -1, 255 * 32 + 1])
def test_impossible_lengths_are_refused(length: int) -> None:
    with pytest.raises(ValueError, match="HKDF-SHA256"):
        hkdf_sha256(b"k", b"", length)
