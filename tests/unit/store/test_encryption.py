"""Encryption at rest: how a store opens under each kind of keyring, and encrypting or decrypting in place.

The keyring matrix: the in-memory backend (a working keyring), keyring's fail
backend (none), and a backend that hangs (a locked Secret Service). The OS
keychain is never touched.
"""

from __future__ import annotations

import base64
import contextlib
import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_app import secrets
from desktop_app.domain.models import Case, Merchant
from desktop_app.domain.vocab import Reason
from desktop_app.errors import StoreError
from desktop_app.secrets import WrongSecret, keyring_load
from desktop_app.store import convert as convert_module
from desktop_app.store.keys import KEYS_NAME, KeyFile, NeedsPassphrase, NeedsUnlock, Unlock, derive
from desktop_app.store.store import Store
from tests.support.memory_keyring import HangingKeyring, MemoryKeyring
from tests.support.snapshot import snapshot

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PASSPHRASE = "Zażółć gęślą jaźń, 2026!"


def a_case(title: str) -> Case:
    return Case(title=title, merchant=Merchant("Shop"), reason=Reason.DUPLICATE, currency="EUR")


def add_case(store: Store, title: str) -> None:
    with store.transaction():
        store.cases.insert(a_case(title), NOW)


def all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def assert_key_not_on_disk(root: Path, key: bytes) -> None:
    data = all_bytes(root)
    for form in (
        key,
        key.hex().encode(),
        base64.b64encode(key),
        derive(key, "database"),
        derive(key, "vault"),
    ):
        assert form not in data
    assert derive(key, "database").hex().encode() not in data


# --------------------------------------------------------------------------- the keyring matrix


def test_working_keyring_opens_without_a_prompt_and_never_writes_the_key(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.encrypted and store.access.opened_by == "new"
        recovery = store.access.new_recovery_key
        assert recovery and len(recovery.split("-")) == 6
        key = store.data_key
        add_case(store, "Duplicate charge")
    assert_key_not_on_disk(data_dir, key)
    with Store.open(data_dir) as again:
        assert again.access.opened_by == "keyring" and again.access.new_recovery_key is None
        assert [c.title for c in again.cases.all()] == ["Duplicate charge"]
    with Store.open(data_dir, Unlock(recovery_key=recovery.lower().replace("-", " "), use_keyring=False)):
        pass  # the recovery key as typed, in any case and spacing


@pytest.mark.parametrize("backend", ["fail", "hanging"])
def test_without_a_keyring_a_new_store_needs_a_passphrase_and_opens_by_it(
    data_dir: Path,
    backend: str,
    use_backend,
    hanging_or_fail,  # type: ignore[no-untyped-def]
) -> None:
    with pytest.raises(NeedsPassphrase, match="needs a passphrase"):
        Store.open(data_dir)
    assert not data_dir.exists(), "refused before anything was made: no folder is left behind"
    with Store.open(data_dir, Unlock(passphrase=PASSPHRASE)) as store:
        assert store.encrypted and store.access.keyring_note
        recovery = store.access.new_recovery_key
        key = store.data_key
        add_case(store, "Refund never came")
    assert_key_not_on_disk(data_dir, key)
    before = snapshot_files(data_dir)
    with pytest.raises(NeedsUnlock) as info:
        Store.open(data_dir)
    assert info.value.has_passphrase and "passphrase" in str(info.value)
    with pytest.raises(WrongSecret, match="does not open"):
        Store.open(data_dir, Unlock(passphrase="not it"))
    assert snapshot_files(data_dir) == before, "a wrong passphrase changes nothing"
    with Store.open(data_dir, Unlock(passphrase=PASSPHRASE)) as store:
        assert [c.title for c in store.cases.all()] == ["Refund never came"]
    assert recovery is not None
    with Store.open(data_dir, Unlock(recovery_key=recovery)) as store:
        assert store.access.opened_by == "recovery"


@pytest.fixture
def hanging_or_fail(request: pytest.FixtureRequest, use_backend, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    if request.node.callspec.params["backend"] == "fail":
        use_backend(fail.Keyring())
        yield
        return
    release = threading.Event()
    monkeypatch.setattr(secrets, "KEYRING_TIMEOUT", 0.2)
    use_backend(HangingKeyring(release))
    yield
    release.set()


def snapshot_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_new_computer_opens_with_the_recovery_key_and_remembers_it(data_dir: Path, use_backend) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        recovery = store.access.new_recovery_key
        store_id = store.access.key_file.store_id  # type: ignore[union-attr]
    use_backend(MemoryKeyring())  # the keyring entry is gone
    with pytest.raises(NeedsUnlock) as info:
        Store.open(data_dir)
    assert not info.value.has_passphrase and "recovery key" in str(info.value)
    with pytest.raises(WrongSecret, match="typo"):
        Store.open(data_dir, Unlock(recovery_key="A" * 36))
    with Store.open(data_dir, Unlock(recovery_key=recovery, remember=True)):
        pass
    assert keyring_load(store_id) is not None
    with Store.open(data_dir) as store:
        assert store.access.opened_by == "keyring"


def test_a_wrong_key_in_the_keyring_asks_for_the_recovery_key(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store_id = store.access.key_file.store_id  # type: ignore[union-attr]
    keyring.get_keyring().set_password(secrets.SERVICE, store_id, base64.b64encode(os.urandom(32)).decode())
    with pytest.raises(NeedsUnlock, match="does not open"):
        Store.open(data_dir)


def test_a_plaintext_keyring_backend_is_refused(data_dir: Path, use_backend) -> None:  # type: ignore[no-untyped-def]
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    use_backend(PlaintextKeyring())
    with pytest.raises(NeedsPassphrase, match="plain file"):
        Store.open(data_dir)


def test_a_damaged_key_file_is_refused_and_kept(data_dir: Path) -> None:
    Store.open(data_dir).close()
    (data_dir / KEYS_NAME).write_bytes(b"{ not json")
    with pytest.raises(StoreError, match="key file"):
        Store.open(data_dir)
    assert (data_dir / KEYS_NAME).read_bytes() == b"{ not json"


def test_an_encrypted_database_without_its_key_file_is_never_replaced(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        add_case(store, "Kept")
    (data_dir / KEYS_NAME).unlink()
    before = (data_dir / "dossier.db").read_bytes()
    with pytest.raises(StoreError, match="key file"):
        Store.open(data_dir)
    assert (data_dir / "dossier.db").read_bytes() == before


def test_passphrase_set_changed_removed_and_a_new_recovery_key(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        old_recovery = store.access.new_recovery_key
        store.set_passphrase("first")
        store.set_passphrase("second")
        new_recovery = store.renew_recovery_key()
    with pytest.raises(WrongSecret):
        Store.open(data_dir, Unlock(passphrase="first", use_keyring=False))
    with pytest.raises(WrongSecret):
        Store.open(data_dir, Unlock(recovery_key=old_recovery, use_keyring=False))
    with Store.open(data_dir, Unlock(passphrase="second", use_keyring=False)) as store:
        store.set_passphrase(None)
    with Store.open(data_dir, Unlock(recovery_key=new_recovery, use_keyring=False)) as store:
        assert not KeyFile.read(data_dir / KEYS_NAME).has_passphrase


def test_lock_forgets_the_key_and_unlock_needs_the_secret(data_dir: Path) -> None:
    with Store.open(data_dir, Unlock(passphrase=PASSPHRASE)) as store:
        add_case(store, "Locked away")
        store.lock()
        assert store.locked and store.access.key is None and store.vault.key is None
        with pytest.raises(WrongSecret):
            store.unlock(Unlock(passphrase="nope", use_keyring=False))
        assert store.locked
        store.unlock(Unlock(passphrase=PASSPHRASE, use_keyring=False))
        assert [c.title for c in store.cases.all()] == ["Locked away"]


# --------------------------------------------------------------------------- encrypt and decrypt in place


def test_encrypt_then_decrypt_in_place_keeps_every_row_and_file(data_dir: Path) -> None:
    with Store.open(data_dir, Unlock(encrypt_new=False)) as store:
        add_case(store, "PLAINTEXT-MARKER case")
        stored = store.vault.put_stream(_bytes(b"PLAINTEXT-MARKER file " * 100_000), name="big")
        with store.transaction():
            store.evidence.ensure_blob(stored.sha256, stored.size, NOW)
    before = snapshot(data_dir).rows
    assert b"PLAINTEXT-MARKER" in all_bytes(data_dir)
    with Store.open(data_dir) as store:
        access = store.change_encryption(True)
        assert store.encrypted and access.new_recovery_key
        assert store.vault.hash_of(stored.sha256) == stored.sha256
    assert b"PLAINTEXT-MARKER" not in all_bytes(data_dir)
    assert not (data_dir / "convert").exists()
    assert snapshot(data_dir).rows == before
    with Store.open(data_dir) as store:
        assert store.access.opened_by == "keyring"
        store_id = store.access.key_file.store_id  # type: ignore[union-attr]
        assert keyring_load(store_id) is not None
        store.change_encryption(False)
        assert not store.encrypted
    assert not (data_dir / KEYS_NAME).exists()
    assert keyring_load(store_id) is None, "the keyring forgets the key of a decrypted store"
    assert snapshot(data_dir).rows == before
    with Store.open(data_dir) as store:
        assert store.vault.hash_of(stored.sha256) == stored.sha256


def _bytes(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


@pytest.mark.parametrize("failing_call", range(8))
def test_an_interrupted_encryption_leaves_a_whole_store(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int
) -> None:
    """The switch is cut at each of its renames in turn: the next opening finishes it or undoes it."""
    with Store.open(data_dir, Unlock(encrypt_new=False)) as store:
        add_case(store, "Before the switch")
        stored = store.vault.put_stream(_bytes(b"evidence bytes"), name="file")
        with store.transaction():
            store.evidence.ensure_blob(stored.sha256, stored.size, NOW)
    before = snapshot(data_dir).rows
    real_replace = os.replace
    calls = {"n": 0}

    def crashing_replace(src: object, dst: object) -> None:
        if calls["n"] == failing_call:
            raise KeyboardInterrupt("power cut")
        calls["n"] += 1
        real_replace(src, dst)  # type: ignore[arg-type]

    store = Store.open(data_dir)
    monkeypatch.setattr(convert_module.os, "replace", crashing_replace)
    try:
        with pytest.raises(KeyboardInterrupt):
            store.change_encryption(True)
            raise KeyboardInterrupt("finished before the cut")  # fewer renames than failing_call
    finally:
        monkeypatch.undo()
        with contextlib.suppress(Exception):  # the connection may be half-switched, as in a crash
            store.close()
    with Store.open(data_dir) as reopened:
        assert [c.title for c in reopened.cases.all()] == ["Before the switch"]
        assert reopened.vault.hash_of(stored.sha256) == stored.sha256
        assert reopened.integrity_check() == []
    assert not (data_dir / "convert").exists()
    assert snapshot(data_dir).rows == before


def test_a_locked_store_refuses_every_read_and_write_in_words(data_dir: Path) -> None:
    """Locked, nothing falls back to plaintext: the vault refuses to write, the database to answer."""
    with Store.open(data_dir) as store:
        stored = store.vault.put_stream(_bytes(b"sealed evidence"), name="file")
        store.lock()
        assert store.encrypted, "still an encrypted store while locked"
        before = snapshot_files(data_dir)
        for attempt in (
            lambda: store.vault.put_stream(_bytes(b"would be plaintext"), name="x"),
            lambda: store.vault.read_bytes(stored.sha256),
            lambda: store.vault.size_of(stored.sha256),
            lambda: store.cases.all(),
        ):
            with pytest.raises(StoreError, match="locked"):
                attempt()
        assert snapshot_files(data_dir) == before
        store.unlock()
        assert store.vault.read_bytes(stored.sha256) == b"sealed evidence"
