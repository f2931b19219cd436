"""SIGKILL a process adding evidence, importing e-mails, editing, backing up, restoring, encrypting and
decrypting, changing the passphrase and exporting packs, again and again, on one store: after every kill
the store opens, passes its checks, and holds everything reported as saved; every backup, restored store
and pack reported is whole; nothing of an earlier run is left in the temp or output folder, and no
plaintext (the canary of the text files added) outside an unencrypted store or a pack.

20 kills run in the suite; ``DOSSIER_CRASH_KILLS=200`` runs more, ``DOSSIER_CRASH_SEED`` another plan.
``dossier verify`` must exit 0 after every kill. The figures of the long run are in docs/reliability.md.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from desktop_app.services import Services
from desktop_app.store.keys import Unlock
from tests.crash.harness import PASSPHRASE, CrashFailure, Harness, markdown, run_crash_test

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not hasattr(signal, "SIGKILL"), reason="the crash test kills with POSIX SIGKILL"
)

KILLS = int(os.environ.get("DOSSIER_CRASH_KILLS", "20"))
SEED = int(os.environ.get("DOSSIER_CRASH_SEED", "20261124"))
STRICT = os.environ.get("DOSSIER_CRASH_STRICT_VERIFY", "") not in ("", "0")


@pytest.mark.slow
def test_a_killed_worker_never_loses_or_damages_what_was_saved(tmp_path: Path) -> None:
    report = run_crash_test(tmp_path / "crash", kills=KILLS, seed=SEED, strict_verify=STRICT, log=print)
    print(markdown(report))
    figures = report.summary()
    assert figures["kills"] == KILLS
    assert figures["half_written"] == 0
    assert figures["journal_lines"] > 0, "the worker never got to report anything: the test tested nothing"
    inside_the_database = figures["by_phase"].get("db-transaction", 0) + figures["by_phase"].get(
        "db-commit", 0
    )
    assert inside_the_database > 0, figures["by_phase"]


@pytest.mark.slow
def test_the_checks_catch_damage_and_lost_work(tmp_path: Path) -> None:
    """The harness is not blind: a damaged vault file, an edit lost, a half-written orphan each fail it."""
    harness = Harness(tmp_path / "crash", seed=5)

    def reported(table: str, field: str) -> list[int]:
        return [key[1] for key, fields in harness.model.rows.items() if key[0] == table and field in fields]

    while not (reported("evidence", "sha256") and reported("communications", "subject")):
        assert len(harness.report.records) < 12, "no evidence or no e-mail reported saved in 12 runs"
        harness.run(len(harness.report.records) + 1)  # one more kill
    harness.check_again()  # the store as it is passes

    item_id = next(
        i for i in reported("evidence", "sha256") if harness.model.rows["evidence", i]["present"] == {True}
    )
    with Services.open(harness.store, unlock=Unlock(passphrase=PASSPHRASE)) as services:
        path = services._store.vault.path_of(services._store.evidence.item(item_id).sha256)
    original = path.read_bytes()
    path.chmod(0o600)
    path.write_bytes(original[:-20] + bytes(b ^ 0xFF for b in original[-20:]))
    with pytest.raises(CrashFailure, match="altered"):
        harness.check_again()
    path.write_bytes(original)
    harness.check_again()

    orphan = path.parent.parent / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(original[: len(original) // 2])  # what a write that is not atomic would leave
    with pytest.raises(CrashFailure, match=r"stray: .*ab0000"):
        harness.check_again()
    orphan.unlink()

    contact_id = reported("communications", "subject")[0]
    with Services.open(harness.store, unlock=Unlock(passphrase=PASSPHRASE)) as services:
        services._store.db.execute("UPDATE communications SET subject = 'changed' WHERE id = ?", [contact_id])
    with pytest.raises(CrashFailure, match=f"communications #{contact_id}: subject"):
        harness.check_again()


@pytest.mark.slow
def test_the_checks_catch_leftovers_and_plaintext(tmp_path: Path) -> None:
    """Nor blind to what a kill leaves outside the store: a private temp folder of an earlier run that no
    start swept, a .part file of a dead writer beside an output, a half-done conversion, and a file
    holding the canary of the text added (plaintext) in the output folder or the temp folder each fail."""
    import json

    from tests.crash.child import CANARY

    harness = Harness(tmp_path / "crash", seed=11)
    harness.run(2)
    harness.check_again()
    dead = 2**22 + 12345  # no such pid
    stale = harness.temp / "dossier-pack-abcdef12"
    stale.mkdir()
    (stale / ".dossier-private").write_text(json.dumps({"app": "Dossier", "pid": dead}), encoding="utf-8")
    with pytest.raises(CrashFailure, match="private folder of an earlier run"):
        harness.check_again()
    harness.child_pid = dead  # the run just killed: its own folder is left for the next start to sweep
    harness.check_again()
    harness.child_pid = 1
    (stale / "page-1.png").write_bytes(b"rendered " + CANARY)
    with pytest.raises(CrashFailure, match="canary"):
        harness.check_again()
    stale.joinpath("page-1.png").unlink()
    stale.joinpath(".dossier-private").unlink()
    stale.rmdir()

    part = harness.out / f".pack-r1s1.pdf.dossier-{dead}-abc123.part"
    part.write_bytes(b"%PDF-1.7 half")
    with pytest.raises(CrashFailure, match="temp file of an earlier run"):
        harness.check_again()
    part.unlink()
    leak = harness.out / "exhibit-copy.txt"
    leak.write_bytes(b"Note: " + CANARY)
    with pytest.raises(CrashFailure, match="canary"):
        harness.check_again()
    leak.unlink()
    harness.check_again()
