"""The store's record of its generation (dossier.state): a lost, emptied, older or trimmed database is
refused and nothing in the folder changes; a crash between a commit and the record's write is harmless."""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.domain.models import Case, Event, Merchant
from desktop_app.domain.vocab import Reason
from desktop_app.errors import DossierError, StoreError
from desktop_app.store import keeper as store_module
from desktop_app.store.backup import restore_backup
from desktop_app.store.generation import STATE_NAME, NoStore, RolledBack
from desktop_app.store.keys import KEYS_NAME, Unlock
from desktop_app.store.store import Store, utc_now
from tests.support.rawdb import connect_raw

PLAIN = Unlock(encrypt_new=False)
REASON = next(iter(Reason))


def files_of(root: Path) -> dict[str, str]:
    """Every file under ``root`` (the lock file aside, which only ever holds a pid) with its SHA-256."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != "dossier.lock"
    }


def add_case(store: Store, title: str) -> int:
    with store.transaction():
        now = utc_now()
        case = Case(title=title, merchant=Merchant(name="StreamNova"), reason=REASON, currency="EUR")
        case_id = store.cases.insert(case, now)
        store.events.log(Event(at=now, actor="test", action="case.create", case_id=case_id, summary=title))
    return case_id


@contextmanager
def opened(root: Path, unlock: Unlock | None = None) -> Iterator[Store]:
    store = Store.open(root, unlock)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["encrypted", "plaintext"])
def unlock(request: pytest.FixtureRequest) -> Unlock:
    return Unlock() if request.param == "encrypted" else PLAIN


def refused_unchanged(root: Path, unlock: Unlock, *words: str) -> str:
    """Opening ``root`` is refused as rolled back, names ``words``, and leaves every file as it was."""
    before = files_of(root)
    with pytest.raises(RolledBack) as caught:
        Store.open(root, unlock)
    message = str(caught.value)
    for word in words:
        assert word in message
    assert "dossier restore" in message and "docs/security.md" in message
    assert files_of(root) == before
    # The check the evidence services make before removing files: opening refuses, so nothing is removed.
    return message


def test_a_new_store_records_its_generation_after_each_commit(data_dir: Path, unlock: Unlock) -> None:
    with opened(data_dir, unlock) as store:
        assert (data_dir / STATE_NAME).is_file()
        first = json.loads((data_dir / STATE_NAME).read_text())
        assert first["events"] == 0
        add_case(store, "one")
        add_case(store, "two")
        recorded = json.loads((data_dir / STATE_NAME).read_text())
        head = store.db.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert recorded["events"] == 2 and recorded["head"] == head
        assert ("hmac" in recorded) == (unlock is not PLAIN)
        assert store.looks_rolled_back() is None and store.generation_problems() == []


@pytest.mark.parametrize("damage", ["deleted", "emptied"])
def test_a_lost_database_is_refused_and_nothing_is_made_in_its_place(
    data_dir: Path, unlock: Unlock, damage: str
) -> None:
    with opened(data_dir, unlock) as store:
        add_case(store, "one")
    db = data_dir / "dossier.db"
    if damage == "deleted":
        db.unlink()
    else:
        db.write_bytes(b"")
    refused_unchanged(data_dir, unlock, str(db), "missing" if damage == "deleted" else "empty")
    assert not db.exists() if damage == "deleted" else db.stat().st_size == 0


def test_an_older_copy_of_the_database_is_refused(data_dir: Path, tmp_path: Path, unlock: Unlock) -> None:
    with opened(data_dir, unlock) as store:
        add_case(store, "one")
    old = tmp_path / "old.db"
    shutil.copy2(data_dir / "dossier.db", old)
    with opened(data_dir, unlock) as store:
        add_case(store, "two")
        add_case(store, "three")
    shutil.copy2(old, data_dir / "dossier.db")
    message = refused_unchanged(data_dir, unlock, "older", "holds 1 event-log entries where 3 were recorded")
    assert str(data_dir / "dossier.db") in message


def test_removed_newest_events_are_refused_and_inspect_reports_them(data_dir: Path, unlock: Unlock) -> None:
    with opened(data_dir, unlock) as store:
        for title in ("one", "two", "three"):
            add_case(store, title)
    conn = connect_raw(data_dir)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
    conn.close()
    refused_unchanged(data_dir, unlock, "holds 2 event-log entries where 3 were recorded")
    before = files_of(data_dir)
    store = Store.open(data_dir, unlock, inspect=True)
    try:
        problems = store.generation_problems()
        assert problems and "2 event-log entries where 3" in problems[0]
        assert store.looks_rolled_back()
        with pytest.raises(RolledBack):  # opened to be checked: nothing can be written
            add_case(store, "four")
    finally:
        store.close()
    assert files_of(data_dir) == before
    with pytest.raises(RolledBack):  # and the record was left as it was
        Store.open(data_dir, unlock)


def test_a_replaced_newest_event_is_refused(data_dir: Path, unlock: Unlock) -> None:
    with opened(data_dir, unlock) as store:
        add_case(store, "one")
        add_case(store, "two")
    conn = connect_raw(data_dir)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
    conn.execute(
        "INSERT INTO events (at, actor, action, summary, hash) VALUES ('2026-01-01T00:00:00+00:00', 'x', "
        "'case.create', 'forged', ?)",
        ["f" * 64],
    )
    conn.commit()
    conn.close()
    refused_unchanged(data_dir, unlock, "no longer holds the newest entry recorded")


def test_a_missing_record_is_refused_once_the_store_has_one(data_dir: Path, unlock: Unlock) -> None:
    with opened(data_dir, unlock) as store:
        add_case(store, "one")
    (data_dir / STATE_NAME).unlink()
    refused_unchanged(data_dir, unlock, STATE_NAME, "missing")


def test_a_tampered_or_foreign_record_is_refused(data_dir: Path, tmp_path: Path) -> None:
    with opened(data_dir) as store:
        add_case(store, "one")
    state = data_dir / STATE_NAME
    document = json.loads(state.read_text())
    document["events"] = 0  # what would let an older database through
    state.write_text(json.dumps(document))
    refused_unchanged(data_dir, Unlock(), "does not match this store's key")
    other = tmp_path / "other"
    with opened(other) as store:
        add_case(store, "other")
    shutil.copy2(other / STATE_NAME, state)
    refused_unchanged(data_dir, Unlock(), "another store")


def test_an_older_store_without_a_record_gets_one(data_dir: Path, unlock: Unlock) -> None:
    """A store made before dossier.state existed opens and is recorded from then on."""
    with opened(data_dir, unlock) as store:
        add_case(store, "one")
        if unlock is PLAIN:
            with store.transaction():
                store.events.set_preference("dossier.state", None)
    (data_dir / STATE_NAME).unlink()
    if unlock is not PLAIN:
        keys = json.loads((data_dir / KEYS_NAME).read_text())
        del keys["state"]
        (data_dir / KEYS_NAME).write_text(json.dumps(keys))
    with opened(data_dir, unlock):
        pass
    assert json.loads((data_dir / STATE_NAME).read_text())["events"] == 1
    (data_dir / STATE_NAME).unlink()
    refused_unchanged(data_dir, unlock, "missing")


@pytest.mark.parametrize("how", ["raises", "skipped"])
def test_a_kill_between_the_commit_and_the_record_leaves_a_sound_store(
    data_dir: Path, unlock: Unlock, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """SIGKILL after the database commit, before dossier.state is written: the next opening accepts the
    database (it is ahead of the record, whose head it still holds) and brings the record up to date."""
    with opened(data_dir, unlock) as store:
        add_case(store, "one")
    real = store_module.write_state
    calls = {"n": 0}

    def once(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            if how == "raises":
                raise DossierError("dossier.state: cannot be written (the disk is full); nothing was changed")
            return  # the process died before the write
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module, "write_state", once)
    with opened(data_dir, unlock) as store:
        add_case(store, "two")  # committed; its record was not written
        assert json.loads((data_dir / STATE_NAME).read_text())["events"] == 1
    monkeypatch.setattr(store_module, "write_state", real)
    with opened(data_dir, unlock) as store:
        assert len(store.cases.all()) == 2
        assert store.generation_problems() == []
    assert json.loads((data_dir / STATE_NAME).read_text())["events"] == 2


def test_encrypting_and_decrypting_keep_the_record(data_dir: Path, tmp_path: Path) -> None:
    with opened(data_dir, PLAIN) as store:
        add_case(store, "one")
        store.change_encryption(True, Unlock())
        assert "hmac" in json.loads((data_dir / STATE_NAME).read_text())
        add_case(store, "two")
    old = tmp_path / "old.db"
    shutil.copy2(data_dir / "dossier.db", old)
    with opened(data_dir) as store:
        add_case(store, "three")
        store.change_encryption(False)
        assert "sha256" in json.loads((data_dir / STATE_NAME).read_text())
    with opened(data_dir, PLAIN) as store:
        assert len(store.cases.all()) == 3


def test_a_restored_store_has_its_record(data_dir: Path, tmp_path: Path) -> None:
    with opened(data_dir) as store:
        add_case(store, "one")
        store.backup(tmp_path / "b.dossier-backup")
    target = tmp_path / "restored"
    restore_backup(tmp_path / "b.dossier-backup", target, Unlock())
    assert json.loads((target / STATE_NAME).read_text())["events"] == 1
    assert stat.S_IMODE((target / STATE_NAME).stat().st_mode) == 0o600
    with opened(target):
        pass
    (target / "dossier.db").unlink()
    refused_unchanged(target, Unlock(), "missing")


def test_a_second_restore_into_the_same_folder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    with opened(data_dir) as store:
        add_case(store, "one")
        store.backup(tmp_path / "b.dossier-backup")
    target = tmp_path / "restored"
    with held_restore_lock(tmp_path):  # what the first restore holds while it runs
        with pytest.raises(StoreError, match=r"Another restore into .*restored .*is running"):
            restore_backup(tmp_path / "b.dossier-backup", target, Unlock())
        assert not target.exists()
    restore_backup(tmp_path / "b.dossier-backup", target, Unlock())
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no lock file left


@contextmanager
def held_restore_lock(parent: Path) -> Iterator[None]:
    """The lock a running restore holds on the folder it restores into (another process's, for flock)."""
    import fcntl

    fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- no store


def test_create_false_makes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    with pytest.raises(NoStore, match=f"no Dossier store at {missing}"):
        Store.open(missing, create=False)
    assert not missing.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NoStore):
        Store.open(empty, create=False)
    assert list(empty.iterdir()) == []


def test_create_false_opens_an_existing_store(data_dir: Path) -> None:
    with opened(data_dir) as store:
        add_case(store, "one")
    with Store.open(data_dir, create=False) as store:
        assert len(store.cases.all()) == 1


# --------------------------------------------------------------------------- the key file


def _corrupt(document: dict[str, object], field: str) -> None:
    keys = document["keys"]
    assert isinstance(keys, list)
    recovery = next(k for k in keys if k["method"] == "recovery")
    if field == "salt":
        recovery["salt"] = "!!!"
    elif field == "nonce":
        recovery["nonce"] = base64.b64encode(b"short").decode()
    elif field == "sealed":
        recovery["sealed"] = recovery["sealed"][:-4] + "@@@@"
    elif field == "method":
        recovery["method"] = "magic"
    elif field == "kdf":
        recovery["kdf"] = "md5"
    elif field == "store":
        document["store"] = "store-1"
    elif field == "format":
        document["format"] = "dossier-keys/9"
    elif field == "twice":
        keys.append(dict(recovery))
    elif field == "no-recovery":
        keys.remove(recovery)
    elif field == "keys":
        document["keys"] = "none"


KEY_FIELDS = ["salt", "nonce", "sealed", "method", "kdf", "store", "format", "twice", "no-recovery", "keys"]


@pytest.mark.parametrize("field", KEY_FIELDS)
def test_every_key_file_field_is_read_strictly(data_dir: Path, field: str) -> None:
    with opened(data_dir) as store:
        add_case(store, "one")
    keys = data_dir / KEYS_NAME
    document = json.loads(keys.read_text())
    _corrupt(document, field)
    keys.write_text(json.dumps(document))
    before = files_of(data_dir)
    with pytest.raises(StoreError, match=r"key file .*dossier.keys is damaged") as caught:
        Store.open(data_dir)
    assert str(keys) in str(caught.value)
    assert files_of(data_dir) == before


def test_a_salt_of_bangs_is_not_an_empty_salt() -> None:
    from desktop_app.secrets import Wrapped

    good = {
        "method": "recovery",
        "kdf": "sha256",
        "salt": base64.b64encode(bytes(16)).decode(),
        "nonce": base64.b64encode(bytes(12)).decode(),
        "sealed": base64.b64encode(bytes(48)).decode(),
    }
    assert Wrapped.from_json(good).salt == bytes(16)
    with pytest.raises(DossierError, match="salt is not base64"):
        Wrapped.from_json({**good, "salt": "!!!"})
    with pytest.raises(DossierError, match="salt is 0 bytes, not 16"):
        Wrapped.from_json({**good, "salt": ""})


def test_key_file_problems_reads_the_file_on_disk(data_dir: Path) -> None:
    with opened(data_dir) as store:
        assert store.key_file_problems() == []
        keys = data_dir / KEYS_NAME
        document = json.loads(keys.read_text())
        _corrupt(document, "salt")
        keys.write_text(json.dumps(document))
        problems = store.key_file_problems()
        assert problems and "salt is not base64" in problems[0]


def test_the_recovery_key_is_tried_without_changing_anything(data_dir: Path) -> None:
    store = Store.open(data_dir)
    recovery = store.access.new_recovery_key
    assert recovery
    add_case(store, "one")
    assert store.recovery_key_opens(recovery) is None
    assert store.recovery_key_opens("ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE")
    store.close()
    before = files_of(data_dir)
    assert Store.test_recovery_key(data_dir, recovery) is None
    wrong = Store.test_recovery_key(data_dir, "not a key")
    assert wrong and "recovery key" in wrong
    # A recovery copy that unwraps to another key (a key file put back from another store).
    other = data_dir.parent / "other"
    with opened(other) as other_store:
        other_recovery = other_store.access.new_recovery_key
    assert other_recovery
    assert Store.test_recovery_key(data_dir, other_recovery)
    assert files_of(data_dir) == before


# --------------------------------------------------------------------------- permissions and faults


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_every_file_of_a_new_store_is_private(data_dir: Path, unlock: Unlock, mask: int) -> None:
    old = os.umask(mask)
    try:
        with opened(data_dir, unlock) as store:
            add_case(store, "one")
            modes = {
                path.name: stat.S_IMODE(path.stat().st_mode) for path in data_dir.iterdir() if path.is_file()
            }
            assert {"dossier.db", "dossier.db-wal", "dossier.lock", STATE_NAME} <= set(modes)
            assert all(mode == 0o600 for mode in modes.values()), modes
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    finally:
        os.umask(old)


def test_an_older_stores_modes_are_tightened_on_opening(data_dir: Path) -> None:
    with opened(data_dir):
        pass
    data_dir.chmod(0o755)
    for name in ("dossier.db", KEYS_NAME, STATE_NAME):
        (data_dir / name).chmod(0o644)
    with opened(data_dir):
        pass
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name in ("dossier.db", KEYS_NAME, STATE_NAME):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO])
def test_a_lock_file_that_cannot_be_written_gives_a_message(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    with opened(data_dir) as store:
        add_case(store, "one")
    before = files_of(data_dir)
    from desktop_app.store import lock as lock_module

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def __getattr__(self, name: str) -> object:
            return getattr(self._handle, name)

        def flush(self) -> None:
            raise OSError(error, os.strerror(error))

    monkeypatch.setattr(lock_module.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert str(data_dir / "dossier.lock") in str(caught.value)
    assert ("the disk is full" if error == errno.ENOSPC else os.strerror(error)) in str(caught.value)
    monkeypatch.undo()
    assert files_of(data_dir) == before
    with opened(data_dir) as store:  # and the lock was let go
        assert len(store.cases.all()) == 1


def test_a_lock_file_that_cannot_be_made_gives_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.store import lock as lock_module

    def full(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "open", full)
    target = tmp_path / "new"
    with pytest.raises(StoreError, match=r"lock file .*dossier.lock cannot be opened \(the disk is full\)"):
        Store.open(target)
    assert not target.exists()


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO])
def test_a_key_file_write_that_fails_leaves_the_key_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    with opened(data_dir) as store:
        keys = (data_dir / KEYS_NAME).read_bytes()
        from desktop_app import fileio

        def failing(fd: int) -> None:
            raise OSError(error, os.strerror(error))

        monkeypatch.setattr(fileio.os, "fsync", failing)
        with pytest.raises(DossierError) as caught:
            store.set_passphrase("a new passphrase")
        monkeypatch.undo()
        assert str(data_dir / KEYS_NAME) in str(caught.value)
        assert (data_dir / KEYS_NAME).read_bytes() == keys
        assert not [p for p in data_dir.iterdir() if p.name.endswith(".part")]
    with opened(data_dir):
        pass


def test_an_older_database_can_be_accepted_on_purpose(data_dir: Path, tmp_path: Path) -> None:
    """No newer database and no backup: the person accepts the older one; its record follows it."""
    with opened(data_dir) as store:
        add_case(store, "one")
    shutil.copy2(data_dir / "dossier.db", tmp_path / "old.db")
    with opened(data_dir) as store:
        add_case(store, "two")
    shutil.copy2(tmp_path / "old.db", data_dir / "dossier.db")
    with pytest.raises(RolledBack):
        Store.open(data_dir)
    store = Store.open(data_dir, inspect=True)
    try:
        problems = store.accept_database()
        assert problems and "holds 1 event-log entries where 2" in problems[0]
        assert store.looks_rolled_back() is None
        add_case(store, "three")  # writable again
    finally:
        store.close()
    with opened(data_dir) as store:
        assert sorted(c.title for c in store.cases.all()) == ["one", "three"]
        assert store.accept_database() == []
