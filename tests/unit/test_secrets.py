"""The data key: in the keyring (in memory here, never the OS keychain), or wrapped by a passphrase or a
recovery key; a keyring that fails or hangs is given up, and no key is ever written in plaintext."""

from __future__ import annotations

import random
import threading

import pytest
from keyring.backends import fail

from desktop_app import secrets
from desktop_app.secrets import (
    KeyringUnavailable,
    WrongSecret,
    format_recovery_key,
    keyring_load,
    keyring_save,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
    unwrap,
    wrap,
)
from desktop_app.store.keys import KeyFile
from tests.support.memory_keyring import HangingKeyring, MemoryKeyring


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "SCRYPT_N", 2**10)  # the same maths, quicker tests


def test_the_key_goes_to_the_keyring_and_comes_back(use_backend) -> None:  # type: ignore[no-untyped-def]
    memory = use_backend(MemoryKeyring())
    key = new_data_key()
    keyring_save("store-1", key)
    assert keyring_load("store-1") == key and keyring_load("store-2") is None
    assert key.hex() not in str(memory._secrets)  # kept encoded, and only in the keyring


def test_the_fail_backend_is_not_a_keyring(use_backend) -> None:  # type: ignore[no-untyped-def]
    use_backend(fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="no safe system keyring"):
        keyring_load("store-1")
    with pytest.raises(KeyringUnavailable):
        keyring_save("store-1", new_data_key())


def test_a_hanging_keyring_is_given_up_in_time(use_backend) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    use_backend(HangingKeyring(release))
    try:
        with pytest.raises(KeyringUnavailable, match=r"did not answer within 0\.2 s"):
            keyring_load("store-1", timeout=0.2)
        with pytest.raises(KeyringUnavailable):
            keyring_save("store-1", new_data_key(), timeout=0.2)
    finally:
        release.set()


def test_a_passphrase_wraps_the_key_and_a_wrong_one_opens_nothing() -> None:
    key = new_data_key()
    wrapped = wrap(key, "passphrase", "Zażółć gęślą jaźń 2026")
    assert key not in wrapped.sealed and unwrap(wrapped, "Zażółć gęślą jaźń 2026") == key
    with pytest.raises(WrongSecret, match="nothing was changed"):
        unwrap(wrapped, "zazolc gesla jazn 2026")
    stored = KeyFile("store-1", [wrapped]).to_bytes()  # what the store writes beside its data
    assert key not in stored and key.hex().encode() not in stored


def test_the_recovery_key_opens_the_store_without_the_keyring() -> None:
    key = new_data_key()
    raw = new_recovery_key()
    printed = format_recovery_key(raw)
    wrapped = wrap(key, "recovery", raw)
    typed = printed.lower().replace("-", " ")
    assert unwrap(wrapped, parse_recovery_key(typed)) == key
    with pytest.raises(WrongSecret):
        unwrap(wrapped, new_recovery_key())


def test_a_typo_in_the_recovery_key_is_caught() -> None:
    # Every one-symbol typo in every position of these keys is refused (the 2-byte check misses
    # about one typo in 65,536: these fixed keys have none such, so the test is exact).
    rng = random.Random(7)
    alphabet = secrets._ALPHABET
    for _ in range(20):
        raw = rng.randbytes(20)
        printed = format_recovery_key(raw)
        assert parse_recovery_key(printed) == raw
        symbols = printed.replace("-", "")
        for position in range(len(symbols)):
            wrong = alphabet[(alphabet.index(symbols[position]) + 1) % len(alphabet)]
            with pytest.raises(WrongSecret):
                parse_recovery_key(symbols[:position] + wrong + symbols[position + 1 :])
    with pytest.raises(WrongSecret, match="letters and digits"):
        parse_recovery_key("ABCDE-00000")
