"""More of the ``dossier`` command end to end: the refusal of what was typed wrongly (ids, id lists,
days), and the ``store`` / ``backup`` / ``restore`` paths a person at a terminal takes (questions asked
and answered, secrets from files), on real stores in the test's temporary folder."""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from desktop_app.cli import build_parser, unlocking
from desktop_app.cli import store as cli_store
from desktop_app.services import Services, Unlock
from tests.support.cli import run
from tests.support.snapshot import snapshot

# ----------------------------------------------------------------------------- what was typed


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pack", "x", "-o", "p.pdf"], "argument CASE_ID: 'x' is not a number"),
        (["pack", "0", "-o", "p.pdf"], "argument CASE_ID: '0' is not a valid id"),
        (["evidence", "trash", "-3"], "argument ID: '-3' is not a valid id"),
        (["pack", "1", "-o", "p.pdf", "--max-pages", "0"], "argument --max-pages: '0' is not a valid id"),
        (["pack", "1", "-o", "p.pdf", "--exhibits", "1,a"], "'1,a' is not a list of ids such as 1,3,4"),
        (["pack", "1", "-o", "p.pdf", "--exhibits", "1,0"], "'1,0' is not a list of ids such as 1,3,4"),
        (["pack", "1", "-o", "p.pdf", "--exhibits", ","], "',' is not a list of ids such as 1,3,4"),
        (["email", "import", "1", "m.mbox", "--since", "01/02/2026"], "'01/02/2026' is not a date written"),
        (["email", "import", "1", "m.mbox", "--until", "2026-13-01"], "'2026-13-01' is not a date written"),
    ],
)
def test_a_value_typed_wrongly_is_a_usage_error_that_makes_nothing(
    argv: list[str], message: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(*argv, "--data-dir", data_dir)
    printed = capsys.readouterr().err
    assert result.code == 2
    assert message in printed and "usage: dossier" in printed
    assert result.out == "" and not data_dir.exists()


def test_ids_lists_and_days_are_read_as_typed() -> None:
    parser = build_parser()
    pack = parser.parse_args(["pack", "7", "-o", "p.pdf", "--exhibits", " 3, 1,,4 ", "--max-pages", "12"])
    assert pack.case_id == 7 and pack.exhibits == [3, 1, 4] and pack.max_pages == 12
    mail = parser.parse_args(
        ["email", "import", "2", "m.mbox", "--since", "2026-02-01", "--until", "2026-02-28"]
    )
    assert (mail.since, mail.until) == (date(2026, 2, 1), date(2026, 2, 28))


# ----------------------------------------------------------------------------- the store's secrets


def files_of(root: Path) -> dict[str, bytes]:
    """Every file of a store folder and its bytes (the lock file aside): what a refusal must leave."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "dossier.lock"
    }


def recovery_key_in(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.count("-") == 5)


def at_a_terminal(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Standard input is a terminal where the person types ``answers`` at the hidden prompts, in turn.

    Returns the prompts shown, in order."""
    asked: list[str] = []
    left = iter(answers)

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(left)

    monkeypatch.setattr(unlocking, "can_ask", lambda: True)
    monkeypatch.setattr(unlocking, "ask", ask)
    return asked


def typed(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    """What the person types at a y/N question (or one line on standard input)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(line + "\n"))


def made_store(data_dir: Path) -> str:
    """``dossier demo`` into a new encrypted store; its recovery key, shown once."""
    made = run("demo", "--data-dir", data_dir)
    assert made.code == 0, made.err
    return recovery_key_in(made.err)


def test_a_new_recovery_key_is_shown_once_and_the_old_one_stops_opening(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = made_store(data_dir)
    renewed = run("store", "new-recovery-key", "--data-dir", data_dir)
    assert renewed.code == 0 and "the old one no longer works" in renewed.out
    new = recovery_key_in(renewed.out)
    assert new != old and new not in renewed.err
    typed(monkeypatch, old)
    refused = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert refused.code == 1 and f"does NOT open the store at {data_dir}" in refused.out
    typed(monkeypatch, new)
    opened = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert opened.code == 0 and "opens the store" in opened.out and "Nothing was changed" in opened.out


def test_the_passphrase_is_asked_twice_set_and_removed(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_store(data_dir)
    before = files_of(data_dir)
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    no_file = run("store", "passphrase", "--data-dir", data_dir)
    assert no_file.code == 1 and "Give the new passphrase with --passphrase-file FILE." in no_file.err
    asked = at_a_terminal(monkeypatch, "first try", "first tyr")
    differ = run("store", "passphrase", "--data-dir", data_dir)
    assert (
        differ.code == 1 and "The two passphrases differ (or are empty); nothing was changed." in differ.err
    )
    assert asked == ["New passphrase: ", "The same passphrase again: "]
    assert files_of(data_dir) == before
    at_a_terminal(monkeypatch, "", "")
    empty = run("store", "passphrase", "--data-dir", data_dir)
    assert empty.code == 1 and "differ (or are empty)" in empty.err and files_of(data_dir) == before
    assert "passphrase:  none" in run("store", "status", "--data-dir", data_dir).out

    at_a_terminal(monkeypatch, "Zażółć gęślą jaźń", "Zażółć gęślą jaźń")
    set_ = run("store", "passphrase", "--data-dir", data_dir)
    assert set_.code == 0 and set_.out.strip() == "The passphrase was set."
    assert "passphrase:  set" in run("store", "status", "--data-dir", data_dir).out
    # It opens the store by itself: without the keyring, from the file a script names.
    secret = tmp_path / "passphrase"
    secret.write_text("Zażółć gęślą jaźń\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    assert "StreamNova" in run("cases", "--data-dir", data_dir).out
    monkeypatch.delenv("DOSSIER_PASSPHRASE_FILE")

    removed = run("store", "passphrase", "--remove", "--data-dir", data_dir)
    assert removed.code == 0 and "The passphrase was removed" in removed.out
    assert "passphrase:  none" in run("store", "status", "--data-dir", data_dir).out


def test_decrypting_at_a_terminal_asks_first_and_no_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_store(data_dir)
    before = files_of(data_dir)
    monkeypatch.setattr(unlocking, "can_ask", lambda: True)
    for answer in ("n", "", "maybe"):
        typed(monkeypatch, answer)
        kept = run("store", "decrypt", "--data-dir", data_dir)
        assert kept.code == 1 and kept.out.strip() == "Nothing was changed."
        assert files_of(data_dir) == before
    assert "encrypted:   yes" in run("store", "status", "--data-dir", data_dir).out
    typed(monkeypatch, "Yes")
    done = run("store", "decrypt", "--data-dir", data_dir)
    assert done.code == 0 and f"Decrypted the store at {data_dir}" in done.out
    assert not (data_dir / "dossier.keys").exists()
    status = run("store", "status", "--data-dir", data_dir).out
    assert "encrypted:   no" in status and "'dossier store encrypt' encrypts it in place" in status
    assert "StreamNova" in run("cases", "--data-dir", data_dir).out


def test_encrypting_where_no_keyring_works_needs_a_passphrase(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    use_backend: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    from keyring.backends import fail

    with Services.open(data_dir, unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()
    use_backend(fail.Keyring())  # type: ignore[no-untyped-call]
    before = files_of(data_dir)
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    refused = run("store", "encrypt", "--data-dir", data_dir)
    assert refused.code == 1 and "Give --passphrase-file FILE." in refused.err
    assert files_of(data_dir) == before and not (data_dir / "dossier.keys").exists()

    at_a_terminal(monkeypatch, "one", "two")
    differ = run("store", "encrypt", "--data-dir", data_dir)
    assert differ.code == 1 and "differ (or are empty); nothing was changed" in differ.err
    assert files_of(data_dir) == before

    secret = tmp_path / "passphrase"
    secret.write_text("horse battery staple\r\n", encoding="utf-8")
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    done = run("store", "encrypt", "--passphrase-file", secret, "--data-dir", data_dir)
    assert done.code == 0 and f"Encrypted the store at {data_dir}." in done.out, done.err
    assert recovery_key_in(done.err)
    assert (data_dir / "dossier.keys").is_file()
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    status = run("store", "status", "--data-dir", data_dir).out
    assert "encrypted:   yes" in status and "passphrase:  set" in status
    assert "StreamNova" in run("cases", "--data-dir", data_dir).out


def test_a_plain_stores_backup_asks_its_passphrase_on_a_terminal(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Services.open(data_dir, unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()
    out = tmp_path / "plain.dossier-backup"
    asked = at_a_terminal(monkeypatch, "one thing", "another")
    differ = run("backup", out, "--data-dir", data_dir)
    assert (
        differ.code == 1 and "The two passphrases differ (or are empty); no backup was written." in differ.err
    )
    assert asked[0] == "A passphrase for the backup: " and not out.exists()
    assert list(tmp_path.glob("*.part")) == []

    at_a_terminal(monkeypatch, "ma phrase secrète", "ma phrase secrète")
    made = run("backup", out, "--data-dir", data_dir)
    assert made.code == 0 and out.is_file(), made.err
    assert (
        f"Wrote {out} (" in made.out
        and ": 1 case, " in made.out
        and "It opens with its passphrase." in made.out
    )

    secret = tmp_path / "passphrase"
    secret.write_text("ma phrase secrète\n", encoding="utf-8")
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    restored = run("restore", out, "--data-dir", tmp_path / "restored")
    assert restored.code == 0 and "Restored 1 case and " in restored.out, restored.err
    assert "StreamNova" in run("cases", "--data-dir", tmp_path / "restored").out


def test_restore_with_the_recovery_key_from_a_file(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recovery = made_store(data_dir)
    backup = tmp_path / "b.dossier-backup"
    made = run("backup", backup, "--data-dir", data_dir)
    assert made.code == 0 and "the store's recovery key or passphrase" in made.out, made.err
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)

    missing = run(
        "restore", backup, "--recovery-key-file", tmp_path / "nope.txt", "--data-dir", tmp_path / "a"
    )
    assert missing.code == 1
    assert f"--recovery-key-file names {tmp_path / 'nope.txt'}, which cannot be read" in missing.err
    assert not (tmp_path / "a").exists()
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    blank = run("restore", backup, "--recovery-key-file", empty, "--data-dir", tmp_path / "a")
    assert blank.code == 1 and f"names {empty}, which is empty" in blank.err and not (tmp_path / "a").exists()
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("clé".encode("latin-1"))
    not_utf8 = run("restore", backup, "--recovery-key-file", latin, "--data-dir", tmp_path / "a")
    assert not_utf8.code == 1 and "which is not UTF-8 text" in not_utf8.err

    key = tmp_path / "recovery.txt"
    key.write_text(recovery + "\n", encoding="utf-8")
    restored = run("restore", backup, "--recovery-key-file", key, "--data-dir", tmp_path / "restored")
    assert restored.code == 0, restored.err
    assert f"into {tmp_path / 'restored'}" in restored.out and "every file's SHA-256" in restored.out
    assert "StreamNova" in run("cases", "--data-dir", tmp_path / "restored").out


def test_test_recovery_key_on_a_folder_with_no_store(data_dir: Path) -> None:
    result = run("store", "test-recovery-key", "--data-dir", data_dir)
    assert result.code == 2 and f"no Dossier store at {data_dir}" in result.err and not data_dir.exists()


def _rolled_back(root: Path, tmp_path: Path) -> None:
    """A store whose database is older than its record of it (an old copy put back)."""
    made_store(root)
    shutil.copy2(root / "dossier.db", tmp_path / "old.db")
    assert run("demo", "--data-dir", root).code == 0
    shutil.copy2(tmp_path / "old.db", root / "dossier.db")


def test_accept_database_at_a_terminal_asks_and_no_keeps_the_store(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rolled_back(data_dir, tmp_path)
    before = files_of(data_dir)
    monkeypatch.setattr(unlocking, "can_ask", lambda: True)
    typed(monkeypatch, "no")
    kept = run("store", "accept-database", "--data-dir", data_dir)
    assert kept.code == 1 and "problem:" in kept.out and kept.out.rstrip().endswith("Nothing was changed.")
    assert files_of(data_dir) == before
    assert run("cases", "--data-dir", data_dir).code == 1  # still refused as rolled back
    typed(monkeypatch, "y")
    accepted = run("store", "accept-database", "--data-dir", data_dir)
    assert accepted.code == 0 and f"Accepted the database of the store at {data_dir}" in accepted.out
    assert "'dossier evidence unused'" in accepted.out
    assert run("cases", "--data-dir", data_dir).code == 0


def test_the_before_open_store_actions_also_answer_with_the_store_open(
    services: Services, sample_case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``store accept-database`` / ``test-recovery-key`` reached with the store already open."""
    recovery = services.renew_recovery_key()

    def store_command(*argv: str) -> tuple[int, str]:
        args = build_parser().parse_args(["store", *argv])
        assert isinstance(args, argparse.Namespace)
        out, err = io.StringIO(), io.StringIO()
        code = cli_store.run(services, args, out, err)
        return code, out.getvalue()

    before = snapshot(services.data_dir)
    code, out = store_command("accept-database")
    assert code == 0 and f"{services.data_dir} matches its record: nothing to accept" in out
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    typed(monkeypatch, recovery)
    code, out = store_command("test-recovery-key")
    assert code == 0 and "opens the store" in out
    typed(monkeypatch, "ABCDEF-GHJKMN-PQRSTU-VWXYZ2-345678-9ABCDE")
    code, out = store_command("test-recovery-key")
    assert code == 1 and "does NOT open the store" in out
    assert snapshot(services.data_dir) == before
