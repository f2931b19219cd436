"""Issue 13, from the command line: a store is never silently replaced or rolled back, verify sees more,
commands that only read make no store, backups go only where they may, and faults give messages."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.rawdb import connect_raw

READ_ONLY_COMMANDS = [
    ["verify"],
    ["cases"],
    ["cases", "--json"],
    ["search", "refund"],
    ["deadlines"],
    ["evidence", "list", "1"],
    ["evidence", "empty-trash", "--yes"],
    ["store", "status"],
    ["store", "test-recovery-key"],
]


def files_of(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != "dossier.lock"
    }


def vault_files(root: Path) -> list[Path]:
    return [p for p in (root / "vault" / "objects").rglob("*") if p.is_file()]


@pytest.fixture
def store(data_dir: Path) -> Path:
    """A store with the sample case (real evidence files in its vault)."""
    assert run("demo", "--data-dir", data_dir).code == 0
    assert vault_files(data_dir)
    return data_dir


def assert_refused_and_untouched(root: Path, *words: str) -> None:
    """verify fails naming the problem, emptying the trash deletes nothing, and no file changed."""
    before = files_of(root)
    result = run("verify", "--data-dir", root)
    assert result.code == 1, result
    text = result.out + result.err
    for word in words:
        assert word in text, text
    assert "Traceback" not in text
    emptied = run("evidence", "empty-trash", "--yes", "--data-dir", root)
    assert emptied.code != 0 and "Deleted" not in emptied.out
    removed = run("evidence", "remove-unused", "--yes", "--data-dir", root)
    assert removed.code != 0
    cases = run("cases", "--data-dir", root)
    assert cases.code != 0 and "dossier restore" in cases.err
    assert files_of(root) == before


# --------------------------------------------------------------------------- no store is ever made by reading


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=" ".join)
def test_a_command_that_only_reads_makes_no_store(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "TYPO"
    result = (
        run("--data-dir", typo, *command) if command[0] == "verify" else run(*command, "--data-dir", typo)
    )
    assert result.code == 2, result
    assert f"no Dossier store at {typo}" in result.err
    assert not typo.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["backup", "OUT"],
        ["bundle", "1", "-o", "OUT"],
        ["letter", "1", "cancellation", "-o", "OUT"],
        ["pack", "1", "-o", "OUT"],
        ["case", "export", "1", "-o", "OUT"],
    ],
    ids=lambda c: c[0],
)
def test_a_command_that_writes_an_output_makes_no_store(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "TYPO"
    args = [str(tmp_path / "out.file") if part == "OUT" else part for part in command]
    result = run(*args, "--data-dir", typo)
    assert result.code == 2, result
    assert not typo.exists() and not (tmp_path / "out.file").exists()


def test_an_empty_folder_is_no_store_either(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("cases", "--data-dir", empty)
    assert result.code == 2 and "no Dossier store at" in result.err
    assert list(empty.iterdir()) == []


def test_demo_makes_a_private_store(data_dir: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# --------------------------------------------------------------------------- lost or rolled back


@pytest.mark.parametrize("damage", ["deleted", "emptied"])
def test_a_lost_database_is_refused_and_the_evidence_survives(store: Path, damage: str) -> None:
    db = store / "dossier.db"
    if damage == "deleted":
        db.unlink()
    else:
        db.write_bytes(b"")
    files = vault_files(store)
    assert_refused_and_untouched(store, str(db), "missing" if damage == "deleted" else "empty")
    assert vault_files(store) == files
    assert (db.exists() and db.stat().st_size == 0) if damage == "emptied" else not db.exists()


@pytest.mark.parametrize("damage", ["deleted", "emptied"])
def test_a_store_without_evidence_that_lost_its_database_and_record_is_refused(
    data_dir: Path, damage: str
) -> None:
    """Cases and contacts but no file: the key file alone says a database was made, and is heeded."""
    made = run(
        "case", "new", "--title", "Gym", "--merchant", "FitPlus", "--reason", "other", "--currency", "EUR",
        "--data-dir", data_dir,
    )  # fmt: skip
    assert made.code == 0, made.err
    assert json.loads((data_dir / "dossier.keys").read_text())["state"] is True
    assert not vault_files(data_dir)
    (data_dir / "dossier.state").unlink()
    db = data_dir / "dossier.db"
    if damage == "deleted":
        db.unlink()
    else:
        db.write_bytes(b"")
    assert_refused_and_untouched(data_dir, str(db), "dossier.keys")


def test_a_store_whose_making_was_cut_short_is_made_again(data_dir: Path) -> None:
    """Only a key file, written before the database existed (a kill while the store was being made)."""
    assert run("demo", "--data-dir", data_dir).code == 0
    keys = json.loads((data_dir / "dossier.keys").read_text())
    keys.pop("state")
    for name in ("dossier.db", "dossier.state"):
        (data_dir / name).unlink()
    shutil.rmtree(data_dir / "vault")
    (data_dir / "dossier.keys").write_text(json.dumps(keys))
    again = run("demo", "--data-dir", data_dir)
    assert again.code == 0, again.err
    assert run("verify", "--data-dir", data_dir).code == 0


def test_an_older_database_is_refused(data_dir: Path, tmp_path: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    old = tmp_path / "old.db"
    shutil.copy2(data_dir / "dossier.db", old)
    for _ in range(2):
        assert run("demo", "--data-dir", data_dir).code == 0
    assert len(json.loads(run("cases", "--json", "--data-dir", data_dir).out)) == 3
    shutil.copy2(old, data_dir / "dossier.db")
    assert_refused_and_untouched(data_dir, "older than this store's record", "event-log entries")


def test_removed_newest_events_fail_verify(store: Path) -> None:
    conn = connect_raw(store)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE id > (SELECT max(id) - 2 FROM events)")
    conn.commit()
    conn.close()
    assert_refused_and_untouched(store, "event-log entries where")
    result = run("verify", "--data-dir", store)
    assert "database:" in result.out  # opened to be checked, the problem is reported


def test_a_deleted_record_is_refused(store: Path) -> None:
    (store / "dossier.state").unlink()
    assert_refused_and_untouched(store, "dossier.state", "missing")


KEY_DAMAGE = {
    "salt": lambda d: d["keys"][0].update(salt="!!!"),
    "nonce": lambda d: d["keys"][0].update(nonce="AAAA"),
    "sealed": lambda d: d["keys"][0].update(sealed="not base64!"),
    "method": lambda d: d["keys"][0].update(method="other"),
    "store": lambda d: d.update(store="x"),
    "format": lambda d: d.update(format="?"),
    "keys": lambda d: d.update(keys={}),
}


@pytest.mark.parametrize("field", sorted(KEY_DAMAGE))
def test_a_malformed_key_file_fails_verify(store: Path, field: str) -> None:
    keys = store / "dossier.keys"
    document = json.loads(keys.read_text())
    KEY_DAMAGE[field](document)
    keys.write_text(json.dumps(document))
    assert_refused_and_untouched(store, "dossier.keys is damaged")


# --------------------------------------------------------------------------- the recovery key


def _made_with_recovery(data_dir: Path) -> str:
    made = run("demo", "--data-dir", data_dir)
    assert made.code == 0
    return next(line.strip() for line in made.err.splitlines() if line.count("-") == 5)


def test_test_recovery_key_says_whether_it_opens(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recovery = _made_with_recovery(data_dir)
    before = files_of(data_dir)
    monkeypatch.setattr(sys, "stdin", io.StringIO(recovery + "\n"))
    good = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert good.code == 0 and "opens the store" in good.out
    monkeypatch.setattr(sys, "stdin", io.StringIO("ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE\n"))
    bad = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert bad.code == 1 and "does NOT open" in bad.out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    nothing = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert nothing.code == 1 and "No recovery key" in nothing.err
    assert files_of(data_dir) == before


def test_a_broken_recovery_copy_is_found(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recovery copy of another store, well formed: verify cannot tell, test-recovery-key does."""
    recovery = _made_with_recovery(data_dir)
    other = tmp_path / "other"
    assert run("demo", "--data-dir", other).code == 0
    mine = json.loads((data_dir / "dossier.keys").read_text())
    theirs = json.loads((other / "dossier.keys").read_text())
    mine["keys"] = [k for k in mine["keys"] if k["method"] != "recovery"] + [
        k for k in theirs["keys"] if k["method"] == "recovery"
    ]
    (data_dir / "dossier.keys").write_text(json.dumps(mine))
    monkeypatch.setattr(sys, "stdin", io.StringIO(recovery + "\n"))
    result = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert result.code == 1 and "does NOT open" in result.out


# --------------------------------------------------------------------------- outputs of backup and bundle


def test_backup_goes_only_where_it_may(store: Path, tmp_path: Path) -> None:
    before = files_of(store)
    for target in (store / "dossier.db", store / "dossier.keys", store / "vault" / "x.backup", store):
        result = run("backup", target, "--data-dir", store, "--force")
        refused = "store folder" in result.err or "not a regular file" in result.err
        assert result.code == 1 and refused, result
    assert files_of(store) == before
    out = tmp_path / "b.dossier-backup"
    assert run("backup", out, "--data-dir", store).code == 0
    again = run("backup", out, "--data-dir", store)
    assert again.code == 1 and "--force" in again.err
    assert run("backup", out, "--data-dir", store, "--force").code == 0
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    piped = run("backup", fifo, "--data-dir", store, "--force")
    assert piped.code == 1 and "FIFO" in piped.err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_bundle_goes_only_where_it_may(store: Path, tmp_path: Path) -> None:
    before = files_of(store)
    inside = run("bundle", "1", "-o", store / "dossier.db", "--data-dir", store, "--force")
    assert inside.code == 1 and "store folder" in inside.err
    assert files_of(store) == before
    out = tmp_path / "case.zip"
    out.write_bytes(b"mine")
    kept = run("bundle", "1", "-o", out, "--data-dir", store)
    assert kept.code == 1 and "--force" in kept.err and out.read_bytes() == b"mine"
    assert run("bundle", "1", "-o", out, "--data-dir", store, "--force").code == 0


# --------------------------------------------------------------------------- faults


def test_a_second_restore_into_one_folder_gives_a_message(store: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.dossier-backup"
    assert run("backup", backup, "--data-dir", store).code == 0
    target = tmp_path / "restored"
    from tests.unit.store.test_generation import held_restore_lock

    with held_restore_lock(tmp_path):  # a restore into the same folder running in another process
        second = run("restore", backup, "--data-dir", target)
    assert second.code == 1 and "Another restore into" in second.err and "Traceback" not in second.err
    assert not target.exists()
    assert run("restore", backup, "--data-dir", target).code == 0
    assert run("verify", "--data-dir", target).code == 0


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO])
def test_a_full_disk_at_the_lock_file_gives_a_message(
    store: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    from desktop_app.store import lock as lock_module

    before = files_of(store)
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def __getattr__(self, name: str) -> object:
            return getattr(self._handle, name)

        def write(self, text: str) -> int:
            raise OSError(error, os.strerror(error))

    monkeypatch.setattr(lock_module.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    result = run("cases", "--data-dir", store)
    monkeypatch.undo()
    assert result.code == 1 and str(store / "dossier.lock") in result.err and "Traceback" not in result.err
    assert files_of(store) == before
    assert run("verify", "--data-dir", store).code == 0


def test_accept_database_after_confirmation(store: Path, tmp_path: Path) -> None:
    from desktop_app.cli import build_parser
    from desktop_app.cli import store as cli_store

    shutil.copy2(store / "dossier.db", tmp_path / "old.db")
    assert run("demo", "--data-dir", store).code == 0
    shutil.copy2(tmp_path / "old.db", store / "dossier.db")
    before = files_of(store)

    def accept(*extra: str) -> tuple[int, str, str]:
        args = build_parser().parse_args(["store", "accept-database", "--data-dir", str(store), *extra])
        assert cli_store.handles_before_open(args)
        out, err = io.StringIO(), io.StringIO()
        try:
            code = cli_store.run_before_open(args, out, err)
        except Exception as exc:  # what main() prints as "dossier: error: ..."
            return 1, out.getvalue(), str(exc)
        return code, out.getvalue(), err.getvalue()

    code, out, err = accept()
    assert code == 1 and "problem:" in out and "--yes" in err
    assert files_of(store) == before
    code, out, _ = accept("--yes")
    assert code == 0 and "Accepted" in out
    assert run("verify", "--data-dir", store).code == 0
    assert len(json.loads(run("cases", "--json", "--data-dir", store).out)) == 1
    code, out, _ = accept("--yes")
    assert code == 0 and "nothing to accept" in out
