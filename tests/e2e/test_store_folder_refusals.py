"""A store folder that is not as Dossier left it: what ``dossier`` refuses, what it says, and that it
makes nothing in the place of a store it cannot open (the store's folder checks, end to end)."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from desktop_app.cli import unlocking
from desktop_app.services import Services, Unlock
from tests.support.cli import run


def files_of(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "dossier.lock"
    }


def recovery_key_in(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.count("-") == 5)


def made_store(root: Path) -> str:
    made = run("demo", "--data-dir", root)
    assert made.code == 0, made.err
    return recovery_key_in(made.err)


def plain_store(root: Path) -> None:
    with Services.open(root, unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()


def typed(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(line + "\n"))


def test_a_plain_store_has_no_recovery_key_to_test(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain_store(data_dir)
    before = files_of(data_dir)
    typed(monkeypatch, "ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE")
    result = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert result.code == 1 and result.out == ""
    assert f"The store at {data_dir} is not encrypted: it has no recovery key." in result.err
    assert files_of(data_dir) == before


def test_testing_a_recovery_key_where_there_is_no_store_makes_none(tmp_path: Path) -> None:
    from desktop_app.services import NoStore

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NoStore, match="no Dossier store at"):
        Services.test_recovery_key(empty, "ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE")
    assert list(empty.iterdir()) == []


def test_a_lost_database_beside_evidence_files_is_refused_and_not_made_again(data_dir: Path) -> None:
    plain_store(data_dir)
    (data_dir / "dossier.db").unlink()
    (data_dir / "dossier.state").unlink(missing_ok=True)
    before = files_of(data_dir)
    for argv in (["cases"], ["demo"]):
        result = run(*argv, "--data-dir", data_dir)
        assert result.code == 1 and result.out == ""
        assert (
            f"The database {data_dir / 'dossier.db'} is missing, but {data_dir} is a Dossier store"
            in result.err
        )
        assert "(the evidence files in vault/ say so)" in result.err
        assert "no new store was made in its place" in result.err and "dossier restore" in result.err
        assert files_of(data_dir) == before and not (data_dir / "dossier.db").exists()


def test_a_lost_database_beside_an_unreadable_key_file_is_refused(data_dir: Path) -> None:
    made_store(data_dir)
    (data_dir / "dossier.db").unlink()
    (data_dir / "dossier.state").unlink(missing_ok=True)
    shutil.rmtree(data_dir / "vault")
    (data_dir / "dossier.keys").write_text("{not json", encoding="utf-8")
    before = files_of(data_dir)
    result = run("demo", "--data-dir", data_dir)
    assert result.code == 1
    assert "is missing" in result.err and "(its key file dossier.keys says so)" in result.err
    assert files_of(data_dir) == before


def test_a_recovery_key_over_another_stores_database_says_it_was_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    key = made_store(mine)
    made_store(theirs)
    shutil.copy2(theirs / "dossier.db", mine / "dossier.db")
    before = files_of(mine)
    typed(monkeypatch, key)
    result = run("store", "test-recovery-key", "--data-dir", mine)
    assert result.code == 1 and f"does NOT open the store at {mine}" in result.out
    assert "unwraps with this key, but what it holds does not open the database" in result.out
    assert "the key file or the database was replaced" in result.out
    assert files_of(mine) == before


def test_a_recovery_key_with_another_stores_record_says_it_does_not_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    key = made_store(mine)
    made_store(theirs)
    shutil.copy2(theirs / "dossier.state", mine / "dossier.state")
    before = files_of(mine)
    typed(monkeypatch, key)
    result = run("store", "test-recovery-key", "--data-dir", mine)
    assert result.code == 1 and f"does NOT open the store at {mine}" in result.out
    assert f"{mine / 'dossier.state'} does not match this store's key" in result.out
    assert "it belongs to another store" in result.out
    assert files_of(mine) == before


def test_a_store_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder", encoding="utf-8")
    result = run("demo", "--data-dir", afile / "store")
    assert result.code == 1 and "Traceback" not in result.err
    assert str(afile / "store") in result.err and "Nothing was changed." in result.err
    assert afile.read_text(encoding="utf-8") == "not a folder"


def test_opening_tightens_the_files_an_older_dossier_left_readable(data_dir: Path) -> None:
    made_store(data_dir)
    data_dir.chmod(0o755)
    for name in ("dossier.db", "dossier.keys", "dossier.state"):
        (data_dir / name).chmod(0o644)
    assert run("cases", "--data-dir", data_dir).code == 0
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for name in ("dossier.db", "dossier.keys", "dossier.state"):
        assert (data_dir / name).stat().st_mode & 0o777 == 0o600, name
