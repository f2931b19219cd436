"""Dossier's log: what it did and every error, never a secret or case contents.

Commands are run with canaries (a passphrase, the recovery key, a full
card number, a case title, an e-mail address) in their inputs, their
errors and an unexpected exception's message; the log must hold the
commands, ids, kinds and error types, with tracebacks, and none of the
canaries. Its files are 0600 and rotate at 1 MB, three kept.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import logs
from desktop_app.services import Services
from tests.support.cli import run

TITLE = "QXLOGTITLE Gym after cancelling 8812"
PASSPHRASE = "QXLOGPASS correct horse 5521"
CARD = "4111 1111 1111 1111"
EMAIL = "qxlog.person@example.org"
CANARIES = [TITLE, "QXLOGTITLE", PASSPHRASE, "QXLOGPASS", CARD, CARD.replace(" ", ""), EMAIL]


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv("DOSSIER_LOG_DIR", str(folder))
    yield folder
    logs.shutdown()


def log_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("dossier.log*")))


def leaks(text: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s and (s in text or s.lower() in text.lower())]


def test_commands_with_canaries_leave_none_in_the_log(
    log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    made = run("demo", "--data-dir", store)
    assert made.code == 0
    recovery = re.search(r"\b[0-9A-Z]{6}(?:-[0-9A-Z]{6}){5}\b", made.out + made.err)
    assert recovery, "a new store shows its recovery key"
    secrets = [*CANARIES, recovery.group(0), recovery.group(0).replace("-", "")]

    secret_file = tmp_path / "pass.txt"
    secret_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret_file.chmod(0o600)
    assert run("store", "passphrase", "--passphrase-file", secret_file, "--data-dir", store).code == 0

    case_file = tmp_path / "case.json"
    assert run("case", "export", "1", "-o", tmp_path / "c1.json", "--data-dir", store).code == 0
    document = json.loads((tmp_path / "c1.json").read_text(encoding="utf-8"))
    document["title"] = TITLE
    document["summary"] = f"Card {CARD}, write to {EMAIL}. Passphrase {PASSPHRASE}."
    document["evidence"] = []
    case_file.write_text(json.dumps(document), encoding="utf-8")
    imported = run("case", "import", case_file, "--data-dir", store)
    assert "Traceback" not in imported.err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**document, "format": f"nonsense {TITLE}"}), encoding="utf-8")
    refused = run("case", "import", bad, "--data-dir", store)
    assert refused.code != 0

    assert run("cases", "--data-dir", store).code == 0
    assert run("search", "QXLOGTITLE", "--data-dir", store).code == 0
    existing = tmp_path / f"{TITLE}.pdf"
    existing.write_bytes(b"x")
    assert run("letter", "1", "--kind", "issuer-dispute", "-o", existing, "--data-dir", store).code != 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(recovery.group(0) + "\n"))
    tested = run("store", "test-recovery-key", "--data-dir", store)
    assert "Traceback" not in tested.err

    # An unexpected error whose message quotes case contents and the passphrase.
    def broken(self: Services) -> None:
        raise RuntimeError(f"boom “{TITLE}” {PASSPHRASE} {CARD} {EMAIL}")

    monkeypatch.setattr(Services, "list_cases", broken)
    crashed = run("cases", "--data-dir", store)
    assert crashed.code != 0 and "Traceback" not in crashed.err
    assert "RuntimeError" in crashed.err and str(log_dir) in crashed.err
    assert leaks(crashed.err, secrets) == []

    text = log_text(log_dir)
    assert leaks(text, secrets) == [], text
    assert "command command=demo" in text and "command command=cases" in text
    assert "RuntimeError" in text and "Traceback (most recent call last)" in text
    assert re.search(r'File "desktop_app/cli/__init__\.py", line \d+, in _main', text), "the frames are kept"
    assert "(its message is not logged)" in text
    assert str(tmp_path) not in text, "no path of the person's files either"
    for path in log_dir.iterdir():
        assert os.stat(path).st_mode & 0o777 == 0o600


def test_the_filter_redacts_what_other_code_logs(log_dir: Path) -> None:
    logs.setup("test")
    other = logging.getLogger("dossier.something")
    other.warning("imported “%s” with passphrase %s, card %s, mail %s", TITLE, PASSPHRASE, CARD, EMAIL)
    other.error("key=%s", "c2VjcmV0LWtleS1ieXRlcy0xMjM0NTY3ODkw")
    try:
        raise ValueError(f"bad {TITLE}")
    except ValueError:
        other.exception("failed for %r", TITLE)
    logs.event("evidence.add", case=3, kind="invoice", title=TITLE, note="QXLOGPASS")
    text = log_text(log_dir)
    assert leaks(text, [*CANARIES, "c2VjcmV0LWtleS1ieXRlcy0xMjM0NTY3ODkw"]) == [], text
    assert "evidence.add case=3 kind=invoice title=[withheld] note=[withheld]" in text
    assert "ValueError (its message is not logged)" in text


@pytest.mark.slow
def test_the_log_rotates_at_one_megabyte_and_keeps_three(log_dir: Path, open_umask_000: None) -> None:
    logs.setup("test")
    for n in range(40_000):
        logs.event("filler.event", n=n, kind="a-fairly-long-kind-name-to-fill-the-log")
    files = sorted(p.name for p in log_dir.iterdir())
    assert files == ["dossier.log", "dossier.log.1", "dossier.log.2", "dossier.log.3"]
    for path in log_dir.iterdir():
        assert path.stat().st_size <= logs.MAX_BYTES
        assert os.stat(path).st_mode & 0o777 == 0o600


@pytest.fixture
def open_umask_000() -> Iterator[None]:
    before = os.umask(0)
    yield
    os.umask(before)
