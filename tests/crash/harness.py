"""The crash test: a worker changing a store is killed with SIGKILL, again and again, and after each kill
the store must open, pass its checks, and hold everything the app had reported as saved.

Each kill: start :mod:`tests.crash.child` on the store (the same encrypted store every time, so that
damage would add up), wait a random time or for a chosen phase (writing a vault file, inside a
database transaction, committing, writing the journal), SIGKILL it, then:

1. open the store the real way (passphrase from ``DOSSIER_PASSPHRASE_FILE``): it must open, its
   open check passing (``Store.open`` runs ``open_check``: header, schema, each table's ends);
2. ``Services.verify()``: no database problem (``integrity_check``, foreign keys, the event log's hash
   chain), no missing or altered vault file. A vault file that no row names is accepted only when
   it is whole (it opens and hashes to its name): a kill between writing a file and committing its
   row leaves one, and it is not damage. They are counted;
3. every line of the child's journal (what the app reported as saved) is in the database with the
   values reported, and its events are in the event log; the one operation under way at the kill
   (from the status file) may or may not have happened, and nothing else may differ;
4. every evidence item in the database is whole: its vault file opens and hashes to its SHA-256,
   with its size; every imported e-mail has its message item;
5. ``dossier verify`` in-process exits 0; the whole files that no row names (a kill between the
   vault write and the commit) are listed as "unused", exactly those (counted, see
   docs/reliability.md). ``strict_verify`` is kept for old command lines: every run is strict now.

On a failure the store folder is kept and the seed, the kill number and the command to replay
are printed. As a script::

    python -m tests.crash.harness --kills 200 --seed 7
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app import tempfiles

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "crash test: Zażółć gęślą jaźń 2026"
PASSPHRASE_ENV = "DOSSIER_PASSPHRASE_FILE"
NO_KEYRING = "keyring.backends.fail.Keyring"
START_TIMEOUT = 30.0  # seconds for a child to open the store and start working
TARGET_TIMEOUT = 2.5  # seconds to wait for a chosen phase before killing anyway
CHILD_SECONDS = 120.0  # a child left alone stops after this long

# Where a targeted kill waits: (phase, operation or None for any), how much it may overshoot, weight.
TARGETS: list[tuple[str, str | None, float, int]] = [
    ("vault-write", None, 0.05, 3),
    ("vault-write", "email", 0.02, 1),
    ("db-transaction", None, 0.005, 2),
    ("db-commit", None, 0.002, 3),
    ("db-commit", "email", 0.002, 2),
    ("vault-remove", None, 0.001, 1),
    ("journal", None, 0.0005, 1),
    # Inside the whole-store operations (they run for a while: the kill lands 0 to 0.4 s in).
    ("work", "backup", 0.4, 1),
    ("work", "restore", 0.4, 1),
    ("work", "encryption", 0.4, 1),
    ("work", "pack", 0.4, 1),
    ("work", "passphrase", 0.2, 1),
]
MODES = {"startup": 12, "timed": 40, "targeted": 48}


class CrashFailure(AssertionError):
    """The store after a kill is not what it must be."""


@dataclass
class KillRecord:
    number: int
    mode: str
    target: str  # the phase waited for, "" when none
    reached: bool  # the targeted phase was seen before the kill
    after: float  # seconds from the child's start to the kill
    op: str  # the operation under way at the kill ("start", "open", "idle" outside any)
    phase: str  # where it was in it
    reported: int  # journal lines the child wrote in this run
    store_files: str  # which of the store's files existed at the kill
    unreported_rows: int = 0  # rows saved by the operation under way, never reported
    pending_applied: bool | None = None  # the edit under way was found saved (None: no edit under way)
    orphans: int = 0  # whole vault files no row names, after this kill (they add up)
    new_orphans: int = 0
    temp_files: int = 0  # partial files left in vault/tmp (removed when the store opens)
    verify_exit: int = 0  # of `dossier verify`
    half_written: int = 0  # items found damaged: must stay 0
    check_seconds: float = 0.0
    encrypted: bool = True  # the store at the check
    left_for_next_start: int = (
        0  # private temp folders and .part files of the killed run, swept at the next start
    )
    staging_left: int = 0  # a half-built restore (.restored.restoring-PID-*), which the next start removes
    canary_files_scanned: int = 0
    outputs_checked: int = 0  # backups, restored stores and packs the run reported, checked whole


@dataclass
class CrashReport:
    seed: int
    kills: int
    base: Path
    records: list[KillRecord] = field(default_factory=list)
    seconds: float = 0.0
    journal_lines: int = 0
    final_counts: dict[str, int] = field(default_factory=dict)
    vault_files: int = 0
    vault_bytes: int = 0
    final_scan_files: int = 0  # files scanned for the canary after the last kill and a last start's sweep
    outputs: Counter[str] = field(default_factory=Counter)  # outputs reported: backups, restores, packs...

    def summary(self) -> dict[str, Any]:
        records = self.records
        return {
            "seed": self.seed,
            "kills": len(records),
            "seconds": round(self.seconds, 1),
            "seconds_per_kill": round(self.seconds / max(1, len(records)), 2),
            "modes": dict(Counter(r.mode for r in records)),
            "targets_reached": sum(r.reached for r in records if r.mode == "targeted"),
            "first_kill": f"{records[0].op}/{records[0].phase} ({records[0].store_files})" if records else "",
            "by_operation": dict(Counter(r.op for r in records).most_common()),
            "by_phase": dict(Counter(r.phase for r in records).most_common()),
            "by_operation_and_phase": {
                op: dict(Counter(r.phase for r in records if r.op == op).most_common())
                for op, _n in Counter(r.op for r in records).most_common()
            },
            "half_written": sum(r.half_written for r in records),
            "journal_lines": self.journal_lines,
            "edits_under_way": sum(r.pending_applied is not None for r in records),
            "edits_saved_unreported": sum(bool(r.pending_applied) for r in records),
            "kills_with_unreported_rows": sum(r.unreported_rows > 0 for r in records),
            "unreported_rows": sum(r.unreported_rows for r in records),
            "kills_leaving_orphans": sum(r.new_orphans > 0 for r in records),
            "orphans_at_end": records[-1].orphans if records else 0,
            "kills_leaving_temp_files": sum(r.temp_files > 0 for r in records),
            "verify_exit_0": sum(r.verify_exit == 0 for r in records),
            "kills_leaving_private_folders_or_parts": sum(r.left_for_next_start > 0 for r in records),
            "kills_leaving_restore_staging": sum(r.staging_left > 0 for r in records),
            "canary_scans": len(records) + (1 if self.final_scan_files else 0),
            "canary_files_scanned": sum(r.canary_files_scanned for r in records) + self.final_scan_files,
            "canary_found": 0,
            "outputs_checked": sum(r.outputs_checked for r in records),
            "reported_outputs": dict(self.outputs),
            "kills_with_the_store_in_plaintext": sum(not r.encrypted for r in records),
            "final_counts": self.final_counts,
            "vault_files": self.vault_files,
            "vault_mb": round(self.vault_bytes / 1e6, 1),
        }


# --------------------------------------------------------------------------- environment


@contextlib.contextmanager
def environment(**values: str | None) -> Iterator[None]:
    """Set (or, with None, remove) environment variables for the duration, then put them back."""
    saved = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def read_status(path: Path) -> dict[str, Any]:
    """The child's last status; {} before it wrote one. A read racing a write is retried."""
    for _ in range(20):
        try:
            data = path.read_bytes().strip()
        except FileNotFoundError:
            return {}
        try:
            return dict(json.loads(data or b"{}"))
        except ValueError:
            time.sleep(0.0005)
    return {}


# --------------------------------------------------------------------------- what must be in the store


def _norm(name: str, value: Any) -> Any:
    if name == "amount":
        return str(Decimal(str(value)).quantize(Decimal("0.01")))
    if name in ("present", "trashed", "done"):
        return bool(value)
    return value


ROWS = {
    "cases": ("SELECT id, title FROM cases", ("title",)),
    "evidence": (
        "SELECT id, sha256, size, case_id, trashed_at IS NOT NULL, title, communication_id, kind"
        " FROM evidence",
        ("sha256", "size", "case", "trashed", "title", "communication", "kind"),
    ),
    "communications": (
        "SELECT id, subject, summary, outcome, trashed_at IS NOT NULL, channel FROM communications",
        ("subject", "summary", "outcome", "trashed", "channel"),
    ),
    "purchases": (
        "SELECT id, description, amount, trashed_at IS NOT NULL FROM purchases",
        ("description", "amount", "trashed"),
    ),
    "tasks": (
        "SELECT id, title, done_at IS NOT NULL, trashed_at IS NOT NULL FROM tasks",
        ("title", "done", "trashed"),
    ),
}


def read_rows(db: Any) -> dict[str, dict[int, dict[str, Any]]]:
    tables: dict[str, dict[int, dict[str, Any]]] = {}
    for table, (sql, names) in ROWS.items():
        tables[table] = {
            int(row[0]): {name: _norm(name, value) for name, value in zip(names, row[1:], strict=True)}
            for row in db.execute(sql)
        }
    return tables


class Model:
    """For each row the app reported, the values it may hold: one, or two while an edit was under way."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, int], dict[str, set[Any]]] = {}
        self.where: dict[tuple[str, int], str] = {}  # the journal line that last set it, to name it

    def apply(self, entry: dict[str, Any]) -> None:
        for row in entry["rows"]:
            key = (row["table"], int(row["id"]))
            fields = self.rows.setdefault(key, {})
            if row["set"].get("present") is True and fields.get("present") == {False}:
                fields.clear()  # the id of an item deleted for good, given to a new one
            for name, value in row["set"].items():
                fields[name] = {_norm(name, value)}
            self.where[key] = f"run {entry['run']}, operation {entry['seq']} ({entry['op']})"

    def allow(self, effects: list[dict[str, Any]]) -> None:
        """The edit under way at the kill may or may not have been saved: both values pass."""
        for effect in effects:
            key = (effect["table"], int(effect["id"]))
            fields = self.rows.get(key)
            if fields is None:
                continue  # a row never reported: nothing was promised about it
            for name, value in effect["set"].items():
                if name in fields:
                    fields[name].add(_norm(name, value))

    def check(self, tables: dict[str, dict[int, dict[str, Any]]], readded: set[tuple[str, int]]) -> list[str]:
        problems = []
        for key, fields in self.rows.items():
            table, row_id = key
            observed = tables[table].get(row_id)
            present = observed is not None and key not in readded
            if present not in fields.get("present", {True}):
                problems.append(
                    f"{table} #{row_id} is {'still there' if present else 'missing'}; "
                    f"reported saved by {self.where[key]}"
                )
                continue
            if observed is None or not present:
                continue
            for name, allowed in fields.items():
                if name != "present" and observed[name] not in allowed:
                    problems.append(
                        f"{table} #{row_id}: {name} is {observed[name]!r}, but {self.where[key]} reported "
                        f"{' or '.join(repr(v) for v in sorted(allowed, key=repr))}"
                    )
        return problems

    def settle(
        self, tables: dict[str, dict[int, dict[str, Any]]], effects: list[dict[str, Any]]
    ) -> bool | None:
        """After a check: the edit under way holds what the database holds. Whether it had been saved,
        None when no reported row was being edited."""
        saved: bool | None = None
        for effect in effects:
            key = (effect["table"], int(effect["id"]))
            fields = self.rows.get(key)
            if fields is None:
                continue
            observed = tables[key[0]].get(key[1])
            state = {"present": observed is not None, **(observed or {})}
            for name, allowed in fields.items():
                if len(allowed) > 1:
                    fields[name] = {state.get(name)}
            found = all(state.get(name) == _norm(name, value) for name, value in effect["set"].items())
            saved = found if saved is None else saved and found
        return saved


# --------------------------------------------------------------------------- the harness


class Harness:
    def __init__(
        self,
        base: Path,
        *,
        seed: int,
        strict_verify: bool = False,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.base = base
        self.store = base / "store"
        self.work = base / "work"
        self.journal = base / "journal.jsonl"
        self.status = base / "status.json"
        self.passphrase_file = base / "passphrase.txt"
        self.child_log = base / "child-stderr.txt"
        self.seed = seed
        self.rng = random.Random(seed)
        self.strict_verify = strict_verify
        self.log = log or (lambda _text: None)
        self.model = Model()
        self.offset = 0  # how much of the journal has been read
        self.known: dict[str, set[int]] = {}  # ids of rows seen at the last check
        self.orphans: set[str] = set()
        self.report = CrashReport(seed, 0, base)
        self.out = self.work / "out"  # the worker's output folder: backups, packs, the restored store
        self.temp = base / "tmp"  # the worker's TMPDIR: where Dossier's private folders go
        self.home = base / "home"
        self.log_dir = base / "log"
        self.encrypted: bool | None = None  # as last reported (None: the store as first made)
        self.packs: list[dict[str, Any]] = []  # reported packs that are still there (the worker keeps 2)
        self.child_pid = 0
        self.unswept: set[int] = set()  # runs whose leftovers no start has swept yet (their pids)
        self.child_started = 0.0  # time.time() at the last child's start
        self.last_scan = 0.0  # files changed since then are scanned for the canary

    def run(self, kills: int) -> CrashReport:
        """Kill until ``kills`` kills are done (called again, it goes on where it stopped)."""
        self.base.mkdir(parents=True, exist_ok=True)
        self.work.mkdir(exist_ok=True)
        self.temp.mkdir(exist_ok=True)
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        started = time.monotonic()
        with environment(**{PASSPHRASE_ENV: str(self.passphrase_file)}):
            for number in range(len(self.report.records) + 1, kills + 1):
                try:
                    record = self.kill_once(number)
                except CrashFailure as exc:
                    raise CrashFailure(f"{exc}\n\n{self.replay_note(number, kills)}") from None
                self.report.records.append(record)
                self.log(
                    f"kill {number:3d}/{kills}: {record.mode:<8} {record.op}/{record.phase} after "
                    f"{record.after:.2f} s; {record.reported} reported; orphans {record.orphans}; "
                    f"check {record.check_seconds:.2f} s"
                )
        self.report.kills = kills
        self.report.seconds += time.monotonic() - started
        if self.store.exists():
            self.final_sweep_and_scan()
        self.final_figures()
        return self.report

    def check_again(self) -> KillRecord:
        """Run the checks once more on the store as it is now (no child, nothing new in the journal)."""
        record = KillRecord(0, "none", "", False, 0.0, "idle", "idle", 0, "")
        with environment(**{PASSPHRASE_ENV: str(self.passphrase_file)}):
            self.check(record, {})
        return record

    def replay_note(self, number: int, kills: int) -> str:
        strict = " --strict-verify" if self.strict_verify else ""
        return (
            f"Crash test failed at kill {number} of {kills}, seed {self.seed}. The store is kept in "
            f"{self.store} (passphrase in {self.passphrase_file}; journal {self.journal}; the child's "
            f"errors in {self.child_log}).\nReplay the same plan (the timing differs): "
            f".venv/bin/python -m tests.crash.harness --kills {number} --seed {self.seed}{strict}\n"
            f"or: DOSSIER_CRASH_KILLS={number} DOSSIER_CRASH_SEED={self.seed}"
            f"{' DOSSIER_CRASH_STRICT_VERIFY=1' if strict else ''} .venv/bin/python -m pytest tests/crash"
        )

    # ------------------------------------------------------------------ one kill

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        env["PYTHON_KEYRING_BACKEND"] = NO_KEYRING  # no keyring is shared between processes
        env[PASSPHRASE_ENV] = str(self.passphrase_file)
        env["TMPDIR"] = str(self.temp)  # private folders where the harness can look for leftovers
        env["XDG_STATE_HOME"] = str(self.home / ".local" / "state")  # never the user's own
        env["DOSSIER_LOG_DIR"] = str(self.log_dir)  # Dossier's log: scanned for the canary too
        return env

    def kill_once(self, number: int) -> KillRecord:
        mode = self.rng.choices(list(MODES), weights=list(MODES.values()))[0]
        target = self.rng.choices(TARGETS, weights=[t[3] for t in TARGETS])[0]
        delay = self.rng.uniform(0, 1.0) if mode == "startup" else self.rng.uniform(0, 0.9)
        if number == 1:  # the first kill lands while the store is being made
            mode, target, delay = "creation", ("open", None, 0.0, 0), self.rng.uniform(0, 0.02)
        self.status.unlink(missing_ok=True)
        command = [
            sys.executable,
            "-m",
            "tests.crash.child",
            "--store",
            str(self.store),
            "--work",
            str(self.work),
            "--journal",
            str(self.journal),
            "--status",
            str(self.status),
            "--run",
            str(number),
            "--seed",
            str(self.seed),
            "--max-seconds",
            str(CHILD_SECONDS),
        ]
        reached = False
        with (
            open(self.child_log, "wb") as errors,
            subprocess.Popen(
                command,
                cwd=REPO,
                env=self.child_env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
            ) as child,
        ):
            spawned = time.monotonic()
            self.child_pid, self.child_started = child.pid, time.time()
            try:
                if mode == "startup":
                    self.sleep(child, delay)
                elif mode == "creation":  # once its key file is written: the database is being made
                    keys = self.store / "dossier.keys"
                    reached = self.wait_for(
                        child, lambda s: s.get("phase") == "open" and keys.exists(), START_TIMEOUT
                    )
                    self.sleep(child, delay)
                else:
                    self.wait_for(
                        child,
                        lambda s: s.get("phase") not in (None, "import", "open"),
                        START_TIMEOUT,
                        "to open the store and start working",
                    )
                    if mode == "timed":
                        self.sleep(child, delay)
                    else:
                        phase, op, overshoot, _ = target
                        reached = self.wait_for(
                            child,
                            lambda s: s.get("phase") == phase and op in (None, s.get("op")),
                            TARGET_TIMEOUT,
                        )
                        self.sleep(child, self.rng.uniform(0, overshoot))
                after = time.monotonic() - spawned
                if child.poll() is None:
                    os.kill(child.pid, signal.SIGKILL)
            finally:
                if child.poll() is None:
                    os.kill(child.pid, signal.SIGKILL)
                child.wait()
            if child.returncode != -signal.SIGKILL:
                raise CrashFailure(
                    f"the child ended by itself (exit {child.returncode}) before it was killed:\n"
                    + self.child_log.read_text(encoding="utf-8", errors="replace")[-4000:]
                )
        status = read_status(self.status)
        made = [
            name for name in ("dossier.keys", "dossier.db", "dossier.db-wal") if (self.store / name).exists()
        ]
        record = KillRecord(
            number=number,
            mode=mode,
            target=target[0] + (f" of {target[1]}" if target[1] else "")
            if mode in ("targeted", "creation")
            else "",
            reached=reached,
            after=after,
            op=str(status.get("op", "start")) if status.get("run") == number else "start",
            phase=str(status.get("phase", "import")) if status.get("run") == number else "python-start",
            reported=0,
            store_files=", ".join(made) or "none",
        )
        checked = time.monotonic()
        self.check(record, status)
        record.check_seconds = time.monotonic() - checked
        return record

    def sleep(self, child: subprocess.Popen[bytes], seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if child.poll() is not None:
                return
            time.sleep(min(left, 0.01))

    def wait_for(
        self,
        child: subprocess.Popen[bytes],
        wanted: Callable[[dict[str, Any]], bool],
        timeout: float,
        failing: str | None = None,
    ) -> bool:
        """Poll the status file until ``wanted`` holds; False at the timeout (a failure if ``failing``)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if wanted(read_status(self.status)):
                return True
            if child.poll() is not None:
                return False
            time.sleep(0.0005)
        if failing:
            raise CrashFailure(f"the child did not manage {failing} within {timeout:g} s")
        return False

    # ------------------------------------------------------------------ the checks

    def new_entries(self) -> list[dict[str, Any]]:
        """The journal lines written since the last kill (a torn last line would be cut: never seen)."""
        if not self.journal.exists():
            return []
        data = self.journal.read_bytes()
        chunk = data[self.offset :]
        complete = chunk[: chunk.rfind(b"\n") + 1]
        if len(complete) != len(chunk):
            with open(self.journal, "r+b") as handle:  # not reported: the line was never whole
                handle.truncate(self.offset + len(complete))
        self.offset += len(complete)
        return [json.loads(line) for line in complete.splitlines()]

    def check(self, record: KillRecord, status: dict[str, Any]) -> None:
        from desktop_app.cli.unlocking import unlock_from_environment
        from desktop_app.services import Services
        from desktop_app.store.keys import KEYS_NAME
        from desktop_app.store.location import DB_NAME

        entries = self.new_entries()
        record.reported = len(entries)
        self.report.journal_lines += len(entries)
        for entry in entries:
            if entry["run"] != record.number:
                raise CrashFailure(f"a journal line of run {entry['run']} appeared in run {record.number}")
            self.model.apply(entry)
        in_flight = status.get("run") == record.number and status.get("phase") not in ("idle", None)
        effects: list[dict[str, Any]] = status.get("effects", []) if in_flight else []
        self.model.allow(effects)

        if not (self.store / KEYS_NAME).exists() and not (self.store / DB_NAME).exists():
            if self.model.rows:
                raise CrashFailure(f"the store at {self.store} is gone, but the app had reported work saved")
            return  # killed before the store was made: nothing to open

        tmp = self.store / "vault" / "tmp"
        record.temp_files = sum(1 for p in tmp.iterdir() if p.is_file()) if tmp.is_dir() else 0
        try:
            services = Services.open(self.store, interface="crash check", unlock=unlock_from_environment())
        except Exception as exc:
            raise CrashFailure(
                f"the store does not open after the kill: {type(exc).__name__}: {exc}"
            ) from exc
        try:
            self.check_open(services, record, entries, effects)
        finally:
            services.close()
        self.check_cli(record)
        self.check_whole_store_ops(record, entries, status if in_flight else {})
        self.check_leftovers(record)

    def check_open(
        self, services: Any, record: KillRecord, entries: list[dict[str, Any]], effects: list[dict[str, Any]]
    ) -> None:
        from desktop_app.errors import DossierError

        store = services._store
        vault = store.vault
        report = services.verify()
        problems = [f"database: {p}" for p in report.database_problems]
        problems += [f"missing: {m}" for m in report.missing] + [f"altered: {a}" for a in report.altered]

        # Anything verify calls stray (a half-written, damaged or unknown file) is a failure. Whole
        # files that no row names (a kill between the vault write and the commit) are "unused":
        # checked here again to be whole, and counted.
        problems += [f"stray: {stray}" for stray in report.stray]
        orphans: set[str] = set()
        for unused in report.unused:
            sha = Path(unused).name
            try:
                whole = vault.hash_of(sha) == sha
            except DossierError as exc:
                problems.append(f"unused: {unused}: a half-written or damaged vault file ({exc})")
                continue
            if not whole:
                problems.append(f"unused: {unused}: a vault file whose bytes do not match its name")
                continue
            orphans.add(unused)
        record.new_orphans = len(orphans - self.orphans)
        record.orphans = len(orphans)
        self.orphans = orphans

        tables = read_rows(store.db)
        events = store.db.execute("SELECT id, action, entity_id FROM events ORDER BY id").fetchall()
        logged = {(action, entity_id) for _id, action, entity_id in events}
        for entry in entries:
            for action, entity_id in entry["events"]:
                if (action, entity_id) not in logged:
                    problems.append(
                        f"the event log has no {action} of #{entity_id}, reported by run {entry['run']}, "
                        f"operation {entry['seq']} ({entry['op']})"
                    )
        readded = self.readded(events)
        problems += [f"evidence #{i} was deleted for good, then its number given again" for _t, i in readded]
        problems += self.model.check(tables, readded)

        # Every evidence item whole: its file opens and hashes to its SHA-256, with its size.
        damaged = []
        sizes = {}
        for evidence_id, row in tables["evidence"].items():
            sizes.setdefault(row["sha256"], (row["size"], evidence_id))
        for sha, (size, evidence_id) in sizes.items():
            try:
                if vault.hash_of(sha) != sha or vault.size_of(sha) != size:
                    damaged.append(f"evidence #{evidence_id}: its file does not hash to {sha} ({size} bytes)")
            except DossierError as exc:
                damaged.append(f"evidence #{evidence_id}: its file {sha} cannot be read whole: {exc}")
        # Every imported e-mail whole: its contact has its message.
        messages = Counter(
            row["communication"] for row in tables["evidence"].values() if row["kind"] == "email"
        )
        for contact_id, row in tables["communications"].items():
            if row["channel"] == "email" and messages[contact_id] != 1:
                damaged.append(
                    f"e-mail contact #{contact_id} has {messages[contact_id]} message item(s), not 1"
                )
        record.half_written = len(damaged)
        problems += damaged

        for table, rows in tables.items():
            if table in ("evidence", "communications", "purchases", "tasks"):
                new = set(rows) - self.known.get(table, set())
                record.unreported_rows += sum(1 for i in new if (table, i) not in self.model.rows)
                self.known[table] = set(rows)
        if problems:
            raise CrashFailure(
                f"after kill {record.number} ({record.op}/{record.phase}):\n  " + "\n  ".join(problems[:30])
            )
        record.pending_applied = self.model.settle(tables, effects)

    # ------------------------------------------------------------------ backups, restores, packs, encryption

    def check_whole_store_ops(
        self, record: KillRecord, entries: list[dict[str, Any]], status: dict[str, Any]
    ) -> None:
        """What the worker reported of its whole-store operations is there and whole; the store is
        encrypted or not as last reported (either, while an encryption was under way at the kill)."""
        from desktop_app.errors import DossierError
        from desktop_app.services import Services
        from desktop_app.store.backup import BackupFile
        from desktop_app.store.keys import KEYS_NAME, Unlock
        from tests.crash.child import PASSPHRASE_FOR_BACKUPS

        problems: list[str] = []
        # The worker deletes its older outputs before it makes a new one (it keeps the newest backup
        # and pack, the last restored store): the newest of each kind reported is checked.
        newest: dict[str, dict[str, Any]] = {}
        for entry in entries:
            if entry.get("output") is None:
                continue
            self.report.outputs[entry["op"]] += 1
            newest[entry["op"]] = entry
            if entry["op"] == "encryption":
                self.encrypted = bool(entry["output"]["encrypted"])
        for op, entry in newest.items():
            output = entry["output"]
            where = f"run {entry['run']}, operation {entry['seq']} ({op})"
            if op == "backup":
                record.outputs_checked += 1
                path = Path(output["path"])
                try:
                    with BackupFile(path) as backup:
                        backup.unlock(Unlock(passphrase=PASSPHRASE_FOR_BACKUPS, use_keyring=False))
                        backup.check_whole()
                except (DossierError, OSError) as exc:
                    problems.append(f"the backup {path} reported by {where} is not whole: {exc}")
            elif op == "restore" and not (
                status.get("op") == "restore" and status.get("seq", 0) > entry["seq"]
            ):
                record.outputs_checked += 1
                target = Path(output["path"])
                unlock = Unlock(passphrase=PASSPHRASE, use_keyring=False, encrypt_new=False)
                try:
                    with Services.open(target, interface="crash check", unlock=unlock) as restored:
                        counts = restored._store.table_counts()
                    wanted = {k: v for k, v in output["tables"].items() if k in counts}
                    if {k: counts[k] for k in wanted} != wanted:
                        problems.append(f"the store restored by {where} holds {counts}, not {wanted}")
                except DossierError as exc:
                    problems.append(f"the store restored by {where} does not open: {exc}")
            elif op == "pack":
                self.packs = [output]
        if status.get("op") == "pack":
            self.packs = []  # the worker may have deleted the one before, to make a new one
        for pack in self.packs:
            record.outputs_checked += 1
            for name, sha in zip(pack["paths"], pack["sha256"], strict=True):
                path = Path(name)
                sidecar = path.with_name(path.name + ".sha256")
                if not path.is_file() or _file_sha256(path) != sha:
                    problems.append(f"the pack {path} reported written is missing or not the one written")
                elif not sidecar.is_file() or sidecar.read_text(encoding="utf-8").split()[0] != sha:
                    problems.append(f"the pack's fingerprint {sidecar} is missing or wrong")
        encrypted = (self.store / KEYS_NAME).exists()
        record.encrypted = encrypted
        converting = status.get("op") == "encryption"
        if self.encrypted is not None and encrypted != self.encrypted and not converting:
            problems.append(
                f"the store is {'encrypted' if encrypted else 'in plaintext'}, but the worker last reported "
                f"it {'encrypted' if self.encrypted else 'in plaintext'}"
            )
        self.encrypted = encrypted
        if problems:
            raise CrashFailure(
                f"after kill {record.number} ({record.op}/{record.phase}):\n  " + "\n  ".join(problems)
            )

    # ------------------------------------------------------------------ leftovers and plaintext

    def check_leftovers(self, record: KillRecord) -> None:
        """No private temp folder, no .part file and no plaintext left by an earlier run.

        The run just killed may have left its own (its private folders in TMPDIR, its .part files beside
        an output, journalled): the next start sweeps them (``tempfiles.sweep_private_dirs``), which
        the next check sees. A half-built restore is removed by the next restore into that folder.
        """
        problems: list[str] = []
        killed = self.child_pid
        # The worker sweeps at its start, before it opens the store: killed before that (starting
        # Python, importing), the leftovers of the runs before it are still waiting for a start.
        if record.phase not in ("python-start", "import"):
            self.unswept.clear()
        self.unswept.add(killed)
        for folder in sorted(self.temp.iterdir()) if self.temp.is_dir() else []:
            pid = _private_owner(folder)
            if pid is None:
                problems.append(f"{folder}: in the temp folder, and not one of Dossier's private folders")
            elif pid in self.unswept or pid == 0:
                record.left_for_next_start += 1
            else:
                problems.append(
                    f"{folder}: a private folder of an earlier run (pid {pid}), not swept at a start"
                )
        for root in (self.out, self.store):
            for path in root.rglob("*.part") if root.is_dir() else []:
                if "restoring-" in str(path.relative_to(root)):
                    continue
                pid = _part_owner(path)
                if pid in self.unswept:
                    record.left_for_next_start += 1
                else:
                    problems.append(f"{path}: a temp file of an earlier run{f' (pid {pid})' if pid else ''}")
        staging = sorted(self.out.glob(".restored.restoring-*")) if self.out.is_dir() else []
        for folder in staging:
            owner = tempfiles.STAGING_NAME.match(folder.name)
            if owner is not None and int(owner.group(1)) in self.unswept:
                record.staging_left += 1  # the next start removes it
            else:
                problems.append(f"{folder}: a half-built restore of an earlier run, not swept at a start")
        for name in ("convert", "vault/tmp"):
            leftover = self.store / name
            if name == "convert" and leftover.exists():
                problems.append(f"{leftover}: a conversion left behind after the store opened")
            if name == "vault/tmp" and leftover.is_dir() and any(leftover.iterdir()):
                problems.append(f"{leftover}: files left after the store opened")
        found, scanned = self.scan_for_canary(since=self.last_scan, skip=self.unswept)
        record.canary_files_scanned = scanned
        self.last_scan = self.child_started
        problems += [f"{path}: holds the canary of a text file added (plaintext)" for path in found]
        if problems:
            raise CrashFailure(
                f"after kill {record.number} ({record.op}/{record.phase}):\n  " + "\n  ".join(problems[:20])
            )

    def scan_for_canary(self, *, since: float, skip: set[int]) -> tuple[list[Path], int]:
        """Files holding the canary in plaintext: in TMPDIR, HOME, the output folder and, when they are
        encrypted, the store and the restored store. Only files changed since ``since`` (0: all); the
        killed run's own private folders and .part files are skipped (swept at the next start), and so are
        the packs written (PDF: plaintext by design, their text compressed)."""
        from desktop_app.store.keys import KEYS_NAME
        from tests.crash.child import CANARY

        roots = [self.temp, self.home, self.log_dir, self.out]
        if (self.store / KEYS_NAME).exists():
            roots.append(self.store)
        restored = self.out / "restored"
        found: list[Path] = []
        scanned = 0
        for root in roots:
            if not root.is_dir():
                continue
            for path in root.rglob("*"):
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if not stat.S_ISREG(info.st_mode) or info.st_mtime < since - 1:
                    continue
                top = self.out / path.relative_to(self.out).parts[0] if root == self.out else None
                if (
                    top is not None
                    and top.name.startswith((restored.name, ".restored.restoring-"))
                    and (top.is_dir() and not (top / KEYS_NAME).exists())
                ):
                    continue  # (half) restored from a backup made while the store was in plaintext
                if root == self.out and (path.suffix == ".pdf" or path.name.endswith(".pdf.sha256")):
                    continue
                owner = _part_owner(path)
                if root == self.temp:
                    owner = _private_owner(self.temp / path.relative_to(self.temp).parts[0])
                if skip and (owner in skip or owner == 0):
                    continue
                scanned += 1
                if _holds(path, CANARY):
                    found.append(path)
        return found, scanned

    def final_sweep_and_scan(self) -> None:
        """As the next start would: sweep, then scan everything (nothing of a killed run may be left)."""
        tempfiles.sweep_private_dirs(self.temp)
        problems = [
            f"{p}: left in the temp folder after a start's sweep" for p in sorted(self.temp.iterdir())
        ]
        problems += [
            f"{p}: a temp file left after a start's sweep"
            for p in sorted(self.out.rglob("*.part"))
            if "restoring-" not in str(p)
        ]
        problems += [
            f"{p}: a half-built restore left after a start's sweep"
            for p in sorted(self.out.glob(".restored.restoring-*"))
        ]
        found, scanned = self.scan_for_canary(since=0.0, skip=set())
        self.report.final_scan_files = scanned
        problems += [f"{path}: holds the canary of a text file added (plaintext)" for path in found]
        if problems:
            raise CrashFailure("after the last kill and a start's sweep:\n  " + "\n  ".join(problems[:20]))

    def readded(self, events: list[tuple[int, str, int]]) -> set[tuple[str, int]]:
        """Evidence ids deleted for good and then given to a new item: there must be none (m007)."""
        deleted: dict[int, int] = {}
        added_after: set[int] = set()
        for event_id, action, entity_id in events:
            if action == "evidence.delete":
                deleted[entity_id] = event_id
                added_after.discard(entity_id)
            elif action == "evidence.add" and entity_id in deleted:
                added_after.add(entity_id)
        return {
            ("evidence", i)
            for i in added_after
            if self.model.rows.get(("evidence", i), {}).get("present") == {False}
        }

    def check_cli(self, record: KillRecord) -> None:
        from tests.support.cli import run as dossier

        result = dossier("verify", "--data-dir", self.store)
        record.verify_exit = result.code
        if result.code != 0 or "OK:" not in result.out:
            raise CrashFailure(f"dossier verify exited {result.code}:\n{result.out}{result.err}")
        named = {
            line.removeprefix("unused: ").split(" (whole,")[0]
            for line in result.out.splitlines()
            if line.startswith("unused: ")
        }
        if named != self.orphans:
            raise CrashFailure(f"dossier verify named {sorted(named)} as unused, not {sorted(self.orphans)}")

    def final_figures(self) -> None:
        from desktop_app.cli.unlocking import unlock_from_environment
        from desktop_app.services import Services

        if not (self.store / "dossier.db").exists():
            return
        with (
            environment(**{PASSPHRASE_ENV: str(self.passphrase_file)}),
            Services.open(self.store, interface="crash check", unlock=unlock_from_environment()) as services,
        ):
            self.report.final_counts = services._store.table_counts()
            files = [path for _name, path in services._store.vault.iter_stored()]
        self.report.vault_files = len(files)
        self.report.vault_bytes = sum(path.stat().st_size for path in files)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _holds(path: Path, needle: bytes) -> bool:
    """Whether the file holds ``needle`` (read in overlapping chunks)."""
    try:
        with open(path, "rb") as handle:
            tail = b""
            while chunk := handle.read(1024 * 1024):
                if needle in tail + chunk:
                    return True
                tail = chunk[-len(needle) :]
    except OSError:
        return False
    return False


def _private_owner(folder: Path) -> int | None:
    """The pid named by a Dossier private folder's marker; None when it is not one."""
    if not folder.is_dir() or not folder.name.startswith("dossier-"):
        return None
    try:
        return int(json.loads((folder / ".dossier-private").read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0  # one of its folders, its marker not yet written (swept once empty and old)


def _part_owner(path: Path) -> int | None:
    """The pid in a Dossier temp file's name (.<name>.dossier-<pid>-<random>.part), else None."""
    match = re.match(r"^\..+\.dossier-(\d+)-[A-Za-z0-9_]+\.part$", path.name)
    return int(match.group(1)) if match else None


def run_crash_test(
    base: Path,
    *,
    kills: int,
    seed: int,
    strict_verify: bool = False,
    log: Callable[[str], None] | None = None,
) -> CrashReport:
    """``kills`` kills on one store in ``base``; raises CrashFailure (the store kept) on the first failure."""
    return Harness(base, seed=seed, strict_verify=strict_verify, log=log).run(kills)


# --------------------------------------------------------------------------- as a script


PHASES = (
    "python-start",
    "import",
    "open",
    "idle",
    "work",
    "vault-write",
    "db-transaction",
    "db-commit",
    "vault-remove",
    "journal",
)


def table(counts: dict[str, dict[str, int]]) -> list[str]:
    """Kills by operation (rows) and phase (columns), as Markdown."""
    phases = [p for p in PHASES if any(p in row for row in counts.values())]
    phases += sorted({p for row in counts.values() for p in row} - set(phases))
    lines = ["| operation \\ phase | " + " | ".join(phases) + " | all |", "|---" * (len(phases) + 2) + "|"]
    names = {"idle": "(between operations)", "start": "(starting Python)", "open": "(opening the store)"}
    for op, row in counts.items():
        cells = [str(row.get(p, "")) for p in phases]
        lines.append(f"| {names.get(op, op)} | " + " | ".join(cells) + f" | {sum(row.values())} |")
    totals = [str(sum(row.get(p, 0) for row in counts.values())) for p in phases]
    lines.append("| all | " + " | ".join(totals) + f" | {sum(sum(r.values()) for r in counts.values())} |")
    return lines


def markdown(report: CrashReport) -> str:
    s = report.summary()
    lines = [
        f"kills: {s['kills']} (seed {s['seed']}), {s['seconds']} s, {s['seconds_per_kill']} s per kill",
        f"modes: {s['modes']}; targeted kills that saw their phase: {s['targets_reached']}; "
        f"the first kill (while the store is made) landed in {s['first_kill']}",
        "",
        *table(s["by_operation_and_phase"]),
        "",
        f"items found half-written: {s['half_written']}",
        f"journal lines (operations the app reported saved) checked: {s['journal_lines']}",
        f"edits under way at a kill: {s['edits_under_way']}, of which saved though never reported: "
        f"{s['edits_saved_unreported']}",
        f"kills after which rows were saved but not reported: {s['kills_with_unreported_rows']} "
        f"({s['unreported_rows']} rows)",
        f"kills that left a whole vault file no row names: {s['kills_leaving_orphans']} "
        f"({s['orphans_at_end']} such files at the end)",
        f"kills that left a partial temp file in vault/tmp: {s['kills_leaving_temp_files']}",
        f"dossier verify exit 0 (naming those files as unused): {s['verify_exit_0']} of {s['kills']}",
        f"outputs reported (checked whole: backups, restored stores, packs): {s['reported_outputs']}; "
        f"checks of them: {s['outputs_checked']}",
        f"kills with the store in plaintext (decrypted by the worker): "
        f"{s['kills_with_the_store_in_plaintext']}",
        f"kills that left private temp folders or .part files of their own (swept at the next start): "
        f"{s['kills_leaving_private_folders_or_parts']}; left by an earlier run: 0",
        f"kills that left a half-built restore (removed by the next start): "
        f"{s['kills_leaving_restore_staging']}",
        f"canary scans: {s['canary_scans']} ({s['canary_files_scanned']} files read), canary found: 0",
        f"final store: {s['final_counts']}; {s['vault_files']} vault files, {s['vault_mb']} MB",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SIGKILL a worker changing a store, again and again.")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="default: a new one, printed")
    parser.add_argument("--dir", type=Path, help="where to keep the store (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the store folder after a success too")
    parser.add_argument(
        "--strict-verify",
        action="store_true",
        help="fail when `dossier verify` exits 1, even for files no row names",
    )
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if os.name != "posix":
        print("the crash test needs POSIX signals (SIGKILL)", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**9)
    base = args.dir or Path(tempfile.mkdtemp(prefix="dossier-crash-"))
    if args.dir is not None and args.dir.exists() and any(args.dir.iterdir()):
        print(f"{args.dir} is not empty: give a new folder", file=sys.stderr)
        return 2
    home = base / "home"
    # Never the user's home, data folders or OS keychain: the parent opens the store by passphrase too.
    isolated = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "DOSSIER_LOG_DIR": str(base / "log"),
        "PYTHON_KEYRING_BACKEND": NO_KEYRING,
        "DOSSIER_HOME": None,
    }
    print(f"seed {seed}; store in {base / 'store'}", flush=True)
    with environment(**isolated):
        try:
            report = run_crash_test(
                base,
                kills=args.kills,
                seed=seed,
                strict_verify=args.strict_verify,
                log=None if args.quiet else lambda text: print(text, flush=True),
            )
        except CrashFailure as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    print(markdown(report))
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {sys.platform}")
    if args.json:
        args.json.write_text(json.dumps(report.summary(), indent=2) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
