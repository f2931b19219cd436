"""The worker of the crash test: it keeps changing a store until it is killed.

Run by :mod:`tests.crash.harness` as ``python -m tests.crash.child``, never by pytest. It opens an
encrypted store through the real path (the passphrase from ``DOSSIER_PASSPHRASE_FILE``, no
keyring), then loops: adds evidence files of random sizes (tiny, several MiB, duplicates),
imports e-mails with attachments (.eml and mbox), edits records, moves items to the trash and
back, deletes trashed evidence for good.

Two files tell the harness what happened:

- the journal (JSON lines): one line per operation, appended and fsynced only after the operation
  returned; for an e-mail import, one line per message once the import has yielded it. Each line
  names the rows the app reported as saved and the values they must hold. It is "what the app
  reported as saved", and nothing else is ever written to it.
- the status file: what the worker is doing right now (the operation, its target and the values
  it is about to write, and the phase: writing a vault file, inside a database transaction,
  committing, writing the journal). It is rewritten in place as phases change, so that after a
  SIGKILL the harness knows where the kill landed and which one operation may have been saved
  without being reported.

The phases are seen by wrapping ``Store.transaction`` and ``Vault.put_stream``/``remove`` in this
process only; the wrappers record the phase and call the real methods unchanged.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import hashlib
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

STATUS_SIZE = 2048  # the status file is always this long: rewritten in place, never truncated
MIB = 1024 * 1024
POOL_LIMIT = 24  # files kept to add again as duplicates

# How often each operation is chosen (create-case is chosen whenever there are fewer than 2 cases).
WEIGHTS = {
    "evidence": 26,
    "email": 18,
    "evidence-data": 4,
    "edit-communication": 8,
    "edit-purchase": 6,
    "add-purchase": 4,
    "log-communication": 5,
    "add-task": 5,
    "task-done": 4,
    "trash-record": 6,
    "trash-evidence": 8,
    "purge-evidence": 6,
    "edit-evidence": 4,
    "create-case": 1,
    # Whole-store operations: rarer, and longer the larger the store grows (a kill lands inside them).
    "backup": 2,
    "restore": 1,
    "encryption": 3,
    "passphrase": 2,
    "pack": 2,
}
DECRYPT_LIMIT = 300  # evidence items: a larger store is no longer decrypted (see op_encryption)
CANARY = b"DOSSIER-CANARY-7d1f0c"  # in every text file added: it must never be found in plaintext elsewhere

WORDS = (
    "refund",
    "charge",
    "cancelled",
    "subscription",
    "invoice",
    "merchant",
    "bank",
    "dispute",
    "receipt",
    "statement",
    "Łódź",
    "zażółć",
    "résiliation",
    "devolución",
    "promised",
    "call",
    "letter",
    "deadline",
)


class Status:
    """A small file rewritten in place: the last state survives a SIGKILL (the kernel keeps it)."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self.state: dict[str, Any] = {}

    def set(self, **fields: Any) -> None:
        self.state.update(fields)
        data = json.dumps(self.state, sort_keys=True).encode()
        if len(data) >= STATUS_SIZE:
            raise ValueError("status too long")
        os.pwrite(self.fd, data.ljust(STATUS_SIZE, b" "), 0)


class Journal:
    """Append-only JSON lines, each written whole by one write() and fsynced."""

    def __init__(self, path: Path, status: Status) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.status = status

    def write(self, entry: dict[str, Any]) -> None:
        self.status.set(phase="journal")
        line = (json.dumps(entry, sort_keys=True) + "\n").encode()
        written = os.write(self.fd, line)
        if written != len(line):
            raise OSError(f"short write to the journal ({written} of {len(line)} bytes)")
        os.fsync(self.fd)


def instrument(status: Status) -> None:
    """Record the phase when the store writes a vault file or runs a transaction (nothing else changes)."""
    from desktop_app.store.store import Store
    from desktop_app.store.vault import Vault

    real_transaction = Store.transaction
    real_put = Vault.put_stream
    real_remove = Vault.remove

    @contextlib.contextmanager
    def transaction(self: Store) -> Iterator[None]:
        status.set(phase="db-transaction")
        with real_transaction(self):
            yield
            status.set(phase="db-commit")  # the last statement of the block ran: the commit is next
        status.set(phase="work")

    def put_stream(self: Vault, stream: Any, *, name: str = "the file") -> Any:
        status.set(phase="vault-write")
        stored = real_put(self, stream, name=name)
        status.set(phase="work")
        return stored

    def remove(self: Vault, sha256: str) -> None:
        status.set(phase="vault-remove")
        real_remove(self, sha256)
        status.set(phase="work")

    Store.transaction = transaction  # type: ignore[method-assign,assignment]
    Vault.put_stream = put_stream  # type: ignore[method-assign]
    Vault.remove = remove  # type: ignore[method-assign]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Worker:
    def __init__(
        self, services: Any, rng: random.Random, journal: Journal, status: Status, work: Path, run: int
    ):
        self.services = services
        self.rng = rng
        self.journal = journal
        self.status = status
        self.run = run
        self.seq = 0
        self.src = work / "src"
        self.pool = work / "pool"
        self.out = work / "out"  # backups, packs and the restored store: the output folder
        self.out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.src, ignore_errors=True)  # what a killed run was about to add
        self.src.mkdir(parents=True)
        self.pool.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ the loop

    def step(self) -> None:
        self.seq += 1
        cases = self.case_ids()
        if len(cases) < 2:
            op = "create-case"
        else:
            names = list(WEIGHTS)
            op = self.rng.choices(names, weights=[WEIGHTS[n] for n in names])[0]
            if op == "create-case" and len(cases) >= 4:
                op = "evidence"
            if not self.services._store.encrypted and self.rng.random() < 0.3:
                op = "encryption"  # encrypted again soon: most kills find the store encrypted
        method = getattr(self, "op_" + op.replace("-", "_"))
        done = method(cases)
        if done is False:  # nothing to do it on: add evidence instead
            self.op_evidence(cases)
        self.status.set(op="idle", phase="idle", effects=[])  # and preparing the next one

    def begin(self, op: str, effects: list[dict[str, Any]] | None = None) -> None:
        """Say what is about to happen, before it does: the harness's only hint of an unreported change."""
        self.status.set(seq=self.seq, op=op, phase="work", effects=effects or [])

    def report(self, op: str, rows: list[dict[str, Any]], events: list[list[Any]], **extra: Any) -> None:
        self.journal.write(
            {"run": self.run, "seq": self.seq, "op": op, "rows": rows, "events": events, **extra}
        )

    def token(self, what: str) -> str:
        return f"{what} r{self.run}s{self.seq} {self.rng.choice(WORDS)}"

    # ------------------------------------------------------------------ reading the store

    def case_ids(self) -> list[int]:
        return [int(r[0]) for r in self.services._store.db.execute("SELECT id FROM cases ORDER BY id")]

    def pick(self, sql: str) -> Any:
        rows = self.services._store.db.execute(sql).fetchall()
        return self.rng.choice(rows) if rows else None

    # ------------------------------------------------------------------ content

    def content(self) -> tuple[bytes, str]:
        """Random bytes and a file extension: tiny, small, text, large (several vault chunks), empty."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:
            return b"", ".bin"  # refused (empty): its vault file is discarded
        if roll < 0.33:
            return rng.randbytes(rng.randint(1, 64)), ".bin"
        if roll < 0.45:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 3000)))
            return f"Note r{self.run}s{self.seq} {CANARY.decode()}: {words}\n".encode(), ".txt"
        if roll < 0.87:
            return rng.randbytes(rng.randint(1024, 128 * 1024)), ".bin"
        if roll < 0.94:
            return rng.randbytes(rng.randint(128 * 1024, MIB)), ".bin"
        return rng.randbytes(rng.randint(MIB + 1, int(2.2 * MIB))), ".bin"  # 2 or 3 sealed chunks

    def pooled(self) -> tuple[bytes, str] | None:
        files = sorted(p for p in self.pool.iterdir() if p.suffix in (".bin", ".txt"))
        if not files:
            return None
        chosen = self.rng.choice(files)
        return chosen.read_bytes(), chosen.suffix

    def keep_in_pool(self, data: bytes, suffix: str) -> None:
        if not data:
            return
        files = sorted(p for p in self.pool.iterdir() if p.suffix in (".bin", ".txt"))
        if len(files) >= POOL_LIMIT:
            self.rng.choice(files).unlink()
        (self.pool / f"{sha256_of(data)}{suffix}").write_bytes(data)

    # ------------------------------------------------------------------ operations

    def op_create_case(self, cases: list[int]) -> None:
        from desktop_app.domain.models import Case, Merchant
        from desktop_app.domain.vocab import Reason

        self.begin("create-case")
        title = self.token("Case")
        case_id = self.services.create_case(
            Case(
                title=title,
                merchant=Merchant("Shop Example", email="billing@shop.example"),
                reason=Reason.CANCELLED_RECURRING,
                currency="EUR",
            )
        )
        row = {"table": "cases", "id": case_id, "set": {"present": True, "title": title}}
        self.report("create-case", [row], [["case.create", case_id]])

    def op_evidence(self, cases: list[int]) -> None:
        case_id = self.rng.choice(cases)
        files: list[tuple[Path, bytes]] = []
        for i in range(self.rng.randint(1, 3)):
            reused = self.pooled() if self.rng.random() < 0.15 else None
            data, suffix = reused or self.content()
            path = self.src / f"file-r{self.run}s{self.seq}-{i}{suffix}"
            path.write_bytes(data)
            files.append((path, data))
            if reused is None and len(data) < 2 * MIB and self.rng.random() < 0.5:
                self.keep_in_pool(data, suffix)
        self.begin("evidence")
        result = self.services.add_evidence(case_id, [path for path, _ in files])
        added = {item.original_name: item for item in result.added}
        rows, events = [], []
        for path, data in files:
            item = added.get(path.name)
            if item is None:
                continue  # a duplicate of this case's evidence, or empty: skipped, and said so
            rows.append(self.evidence_row(item.id, case_id, data))
            events.append(["evidence.add", item.id])
        self.report("evidence", rows, events, skipped=len(result.skipped))
        for path, _ in files:
            path.unlink()

    def evidence_row(self, evidence_id: int, case_id: int, data: bytes, **more: Any) -> dict[str, Any]:
        fields = {"present": True, "sha256": sha256_of(data), "size": len(data), "case": case_id}
        return {"table": "evidence", "id": evidence_id, "set": {**fields, "trashed": False, **more}}

    def op_evidence_data(self, cases: list[int]) -> None:
        from tests.support.mail import png_bytes

        case_id = self.rng.choice(cases)
        colour = f"#{self.rng.randrange(0x1000000):06x}"
        data = png_bytes(colour, (self.rng.randint(8, 600), self.rng.randint(8, 400)))
        self.begin("evidence-data")
        result = self.services.add_evidence_data(case_id, data, f"pasted-r{self.run}s{self.seq}.png")
        rows = [self.evidence_row(item.id, case_id, data) for item in result.added]
        self.report("evidence-data", rows, [["evidence.add", item.id] for item in result.added])

    def op_email(self, cases: list[int]) -> None:
        from desktop_app.services import EmailImportResult

        case_id = self.rng.choice(cases)
        paths, attachments = self.mail_files()
        self.begin("email")
        result = EmailImportResult()
        reported = 0
        for _origin in self.services.iter_import_emails(case_id, paths, result):
            if result.imported_count == reported:
                continue  # a duplicate: already in the case
            reported = result.imported_count
            message = result.imported[-1]
            self.report_message(case_id, message, attachments)
            self.status.set(phase="work")
        for path in paths:
            if path.parent != self.src:
                continue
            if path.suffix == ".eml" and path.stat().st_size < 256 * 1024:  # to import again, later
                kept = self.pool / path.name
                kept.with_suffix(".json").write_text(json.dumps(attachments), encoding="utf-8")  # first
                shutil.copyfile(path, kept)
            path.unlink()

    def report_message(self, case_id: int, message: Any, attachments: dict[str, list[str]]) -> None:
        """One imported message: its contact, its own evidence item and one item per attachment."""
        store = self.services._store
        items = [
            e
            for e in store.evidence.items(case_id, trashed=None)
            if e.communication_id == message.communication_id
        ]
        own = [e for e in items if e.id == message.evidence_id]
        expected = sorted(attachments[message.subject])
        found = sorted(e.sha256 for e in items if e.id != message.evidence_id)
        if len(own) != 1 or found != expected:
            raise AssertionError(
                f"message {message.subject!r}: its items are {[(e.id, e.sha256) for e in items]}, "
                f"expected its own #{message.evidence_id} and attachments {expected}"
            )
        contact = {
            "table": "communications",
            "id": message.communication_id,
            "set": {"present": True, "subject": message.subject, "channel": "email"},
        }
        rows = [contact]
        for item in items:
            fields = {
                "present": True,
                "sha256": item.sha256,
                "size": item.size,
                "case": case_id,
                "communication": message.communication_id,
            }
            if item.id == message.evidence_id:
                fields["kind"] = "email"
            rows.append({"table": "evidence", "id": item.id, "set": fields})
        events = [["communication.import", message.communication_id]]
        events += [["evidence.add", item.id] for item in items]
        self.report("email", rows, events, attachments=len(expected))

    def mail_files(self) -> tuple[list[Path], dict[str, list[str]]]:
        """An .eml or an mbox of 1 to 3 messages with 0 to 2 attachments each; or one imported before."""
        from tests.support.mail import mbox, pdf_bytes, simple

        old = sorted(self.pool.glob("*.eml"))
        if old and self.rng.random() < 0.1:
            # Imported before (a duplicate if into the same case); the SHA-256 of its attachments beside it.
            chosen = self.rng.choice(old)
            return [chosen], json.loads(chosen.with_suffix(".json").read_text(encoding="utf-8"))
        messages: list[bytes] = []
        attachments: dict[str, list[str]] = {}
        for i in range(self.rng.randint(1, 3)):
            number = self.run * 100_000 + self.seq * 10 + i
            files: list[bytes] = []
            for _ in range(self.rng.choice((0, 1, 1, 2))):
                roll = self.rng.random()
                if roll < 0.25:
                    files.append(pdf_bytes(f"Invoice {number}-{len(files)}"))
                elif roll < 0.93:
                    files.append(self.rng.randbytes(self.rng.randint(16, 64 * 1024)))
                else:
                    files.append(self.rng.randbytes(self.rng.randint(MIB + 1, int(1.5 * MIB))))
            subject = "Ticket update"
            data = simple(number, subject=subject, attachment=files[0] if files else None)
            if len(files) > 1:
                message = email.message_from_bytes(data, policy=email.policy.default)
                for extra in files[1:]:
                    message.add_attachment(  # type: ignore[attr-defined]
                        extra, maintype="application", subtype="octet-stream", filename=f"extra-{number}.bin"
                    )
                data = message.as_bytes(policy=email.policy.SMTP)
            messages.append(data)
            attachments[f"{subject} #{number}"] = [sha256_of(data) for data in files]
        if len(messages) == 1 and self.rng.random() < 0.5:
            path = self.src / f"mail-r{self.run}s{self.seq}.eml"
            path.write_bytes(messages[0])
        else:
            path = self.src / f"mail-r{self.run}s{self.seq}.mbox"
            path.write_bytes(mbox(messages))
        return [path], attachments

    def op_edit_communication(self, cases: list[int]) -> bool | None:
        picked = self.pick("SELECT id FROM communications WHERE trashed_at IS NULL")
        if picked is None:
            return False
        contact = self.services._store.records.communication(picked[0])
        summary, outcome = self.token("Summary"), self.token("Outcome")
        new = {"present": True, "summary": summary, "outcome": outcome}
        self.begin("edit-communication", [{"table": "communications", "id": contact.id, "set": new}])
        self.services.update_communication(replace(contact, summary=summary, outcome=outcome))
        row = {"table": "communications", "id": contact.id, "set": new}
        self.report("edit-communication", [row], [["communication.edit", contact.id]])
        return None

    def op_edit_purchase(self, cases: list[int]) -> bool | None:
        picked = self.pick("SELECT id FROM purchases WHERE trashed_at IS NULL")
        if picked is None:
            return False
        purchase = self.services._store.records.purchase(picked[0])
        description = self.token("Charge")
        amount = Decimal(self.rng.randint(1, 999_999)) / 100
        new = {"present": True, "description": description, "amount": str(amount)}
        self.begin("edit-purchase", [{"table": "purchases", "id": purchase.id, "set": new}])
        self.services.update_purchase(replace(purchase, description=description, amount=amount))
        self.report(
            "edit-purchase",
            [{"table": "purchases", "id": purchase.id, "set": new}],
            [["purchase.edit", purchase.id]],
        )
        return None

    def op_add_purchase(self, cases: list[int]) -> None:
        from desktop_app.domain.models import Purchase

        case_id = self.rng.choice(cases)
        description = self.token("Charge")
        amount = Decimal(self.rng.randint(1, 999_999)) / 100
        day = date(2026, 1, 1) + timedelta(days=self.rng.randint(0, 300))
        self.begin("add-purchase")
        purchase_id = self.services.add_purchase(
            case_id, Purchase(date=day, amount=amount, currency="EUR", description=description)
        )
        new = {"present": True, "description": description, "amount": str(amount), "trashed": False}
        self.report(
            "add-purchase",
            [{"table": "purchases", "id": purchase_id, "set": new}],
            [["purchase.add", purchase_id]],
        )

    def op_log_communication(self, cases: list[int]) -> None:
        from desktop_app.domain.models import Communication
        from desktop_app.domain.vocab import Channel, Direction

        case_id = self.rng.choice(cases)
        summary = self.token("Call")
        promised = self.rng.random() < 0.6
        contact = Communication(
            at=datetime.now(UTC).replace(microsecond=0),
            channel=self.rng.choice((Channel.PHONE, Channel.CHAT)),
            direction=Direction.OUTGOING,
            counterpart="Shop Example support",
            summary=summary,
            promised_action="Refund the last charge" if promised else None,
            promised_by=date.today() + timedelta(days=self.rng.randint(1, 30)) if promised else None,
        )
        self.begin("log-communication")
        contact_id, task_id = self.services.log_communication(case_id, contact)
        rows: list[dict[str, Any]] = [
            {"table": "communications", "id": contact_id, "set": {"present": True, "summary": summary}}
        ]
        events = [["communication.add", contact_id]]
        if task_id is not None:
            rows.append({"table": "tasks", "id": task_id, "set": {"present": True, "done": False}})
            events.append(["task.add", task_id])
        self.report("log-communication", rows, events)

    def op_add_task(self, cases: list[int]) -> None:
        from desktop_app.domain.models import Task

        case_id = self.rng.choice(cases)
        title = self.token("Call the bank")
        due = date.today() + timedelta(days=self.rng.randint(-5, 60))
        repeats = (2, 4) if self.rng.random() < 0.3 else ()
        self.begin("add-task")
        task_id = self.services.add_task(case_id, Task(title=title, due=due), also_after=repeats)
        new = {"present": True, "title": title, "done": False, "trashed": False}
        rows = [{"table": "tasks", "id": task_id, "set": new}]
        for days in repeats:  # saved with it, in the same transaction
            again = f"{title} (+{days} d)"
            (repeat_id,) = self.services._store.db.execute(
                "SELECT id FROM tasks WHERE case_id = ? AND title = ?", [case_id, again]
            ).fetchone()
            rows.append({"table": "tasks", "id": repeat_id, "set": {**new, "title": again}})
        self.report("add-task", rows, [["task.add", row["id"]] for row in rows])

    def op_task_done(self, cases: list[int]) -> bool | None:
        picked = self.pick("SELECT id, done_at IS NOT NULL FROM tasks WHERE trashed_at IS NULL")
        if picked is None:
            return False
        task_id, done = int(picked[0]), bool(picked[1])
        new = {"present": True, "done": not done}
        self.begin("task-done", [{"table": "tasks", "id": task_id, "set": new}])
        self.services.set_task_done(task_id, not done)
        self.report("task-done", [{"table": "tasks", "id": task_id, "set": new}], [["task.edit", task_id]])
        return None

    def op_trash_record(self, cases: list[int]) -> bool | None:
        table = self.rng.choice(("purchases", "communications", "tasks"))
        picked = self.pick(f"SELECT id, trashed_at IS NOT NULL FROM {table}")
        if picked is None:
            return False
        record_id, trashed = int(picked[0]), bool(picked[1])
        new = {"present": True, "trashed": not trashed}
        # A contact takes its promise's tasks with it (and brings back those it took): any of them
        # may change with it.
        followers = (
            [int(r[0]) for r in self.services._store.db.execute(
                "SELECT id FROM tasks WHERE communication_id = ?", [record_id]
            )]
            if table == "communications"
            else []
        )  # fmt: skip
        rows = [{"table": table, "id": record_id, "set": new}]
        self.begin("trash-record", rows + [{"table": "tasks", "id": t, "set": new} for t in followers])
        moved = self.services.set_record_trashed(table, record_id, not trashed)
        action = f"{table.removesuffix('s')}.{'restore' if trashed else 'trash'}"
        task_action = f"task.{'restore' if trashed else 'trash'}"
        self.report(
            "trash-record",
            rows + [{"table": "tasks", "id": t, "set": new} for t in moved],
            [[action, record_id], *([task_action, t] for t in moved)],
        )
        return None

    def op_trash_evidence(self, cases: list[int]) -> bool | None:
        # Items of e-mails stay with their message; the others go to the trash and back.
        picked = self.pick("SELECT id, trashed_at IS NOT NULL FROM evidence WHERE communication_id IS NULL")
        if picked is None:
            return False
        evidence_id, trashed = int(picked[0]), bool(picked[1])
        new = {"present": True, "trashed": not trashed}
        self.begin("trash-evidence", [{"table": "evidence", "id": evidence_id, "set": new}])
        if trashed:
            self.services.restore_evidence(evidence_id)
        else:
            self.services.trash_evidence(evidence_id)
        action = "evidence.restore" if trashed else "evidence.trash"
        self.report(
            "trash-evidence", [{"table": "evidence", "id": evidence_id, "set": new}], [[action, evidence_id]]
        )
        return None

    def op_purge_evidence(self, cases: list[int]) -> bool | None:
        picked = self.pick(
            "SELECT id FROM evidence WHERE communication_id IS NULL AND trashed_at IS NOT NULL"
        )
        if picked is None:
            return False
        evidence_id = int(picked[0])
        gone = {"present": False}
        self.begin("purge-evidence", [{"table": "evidence", "id": evidence_id, "set": gone}])
        self.services.delete_evidence_for_good(evidence_id)
        self.report(
            "purge-evidence",
            [{"table": "evidence", "id": evidence_id, "set": gone}],
            [["evidence.delete", evidence_id]],
        )
        return None

    def op_edit_evidence(self, cases: list[int]) -> bool | None:
        picked = self.pick("SELECT id FROM evidence WHERE communication_id IS NULL")
        if picked is None:
            return False
        item = self.services._store.evidence.item(picked[0])
        title = self.token("Exhibit")
        new = {"present": True, "title": title}
        self.begin("edit-evidence", [{"table": "evidence", "id": item.id, "set": new}])
        self.services.update_evidence(replace(item, title=title))
        self.report(
            "edit-evidence", [{"table": "evidence", "id": item.id, "set": new}], [["evidence.edit", item.id]]
        )
        return None

    # ------------------------------------------------------------------ whole-store operations

    def op_backup(self, cases: list[int]) -> None:
        """A backup into the output folder (the older backups are deleted first: two are kept)."""
        backups = sorted(self.out.glob("backup-*.dossier-backup"), key=lambda p: p.stat().st_mtime)
        for old in backups[:-1]:
            old.unlink()
        out = self.out / f"backup-r{self.run}s{self.seq}.dossier-backup"
        self.begin("backup")
        encrypted = self.services._store.encrypted
        report = self.services.backup(out, PASSPHRASE_FOR_BACKUPS)
        self.report(
            "backup",
            [],
            [],
            output={"path": str(out), "files": report.files, "tables": report.tables, "encrypted": encrypted},
        )

    def op_restore(self, cases: list[int]) -> bool | None:
        """The newest backup restored into ``out/restored`` (the one restored before is deleted first)."""
        from desktop_app.store.keys import Unlock

        backups = sorted(self.out.glob("backup-*.dossier-backup"), key=lambda p: p.stat().st_mtime)
        if not backups:
            return False
        target = self.out / "restored"
        shutil.rmtree(
            target, ignore_errors=True
        )  # a whole store restored before: the app's own leftovers stay
        self.begin("restore")
        report = self.services.restore(
            backups[-1], target, Unlock(passphrase=PASSPHRASE_FOR_BACKUPS, use_keyring=False)
        )
        self.report(
            "restore", [], [], output={"path": str(target), "from": str(backups[-1]), "tables": report.tables}
        )
        return None

    def op_encryption(self, cases: list[int]) -> bool | None:
        """Decrypt the store in place, or encrypt it again (under the passphrase of the run)."""
        from desktop_app.store.keys import Unlock

        encrypted = self.services._store.encrypted
        if encrypted and self.evidence_count() > DECRYPT_LIMIT:
            # Decrypted only while the store is small enough for the way back to finish between two
            # kills (and encrypted again soon, see step): the store stays encrypted mostly.
            return False
        self.begin("encryption")
        if encrypted:
            self.services.change_encryption(False)
        else:
            self.services.change_encryption(True, Unlock(passphrase=passphrase(), use_keyring=False))
        action = "store.decrypt" if encrypted else "store.encrypt"
        self.report("encryption", [], [[action, None]], output={"encrypted": not encrypted})
        return None

    def evidence_count(self) -> int:
        return int(self.services._store.db.execute("SELECT count(*) FROM evidence").fetchone()[0])

    def op_passphrase(self, cases: list[int]) -> bool | None:
        """Set the passphrase again (a new salt, the same words) and make a new recovery key."""
        if not self.services._store.encrypted:
            return False
        self.begin("passphrase")
        self.services.set_passphrase(passphrase())
        self.services.renew_recovery_key()
        self.report("passphrase", [], [["store.passphrase", None], ["store.recovery-key", None]])
        return None

    def op_pack(self, cases: list[int]) -> bool | None:
        """A pack of up to three small exhibits of a case into the output folder (two packs kept)."""
        from desktop_app.pack.builder import PackOptions

        case_id = self.rng.choice(cases)
        rows = self.services._store.db.execute(
            "SELECT id FROM evidence WHERE case_id = ? AND trashed_at IS NULL AND size < 200000", [case_id]
        ).fetchall()
        if not rows:
            return False
        chosen = sorted(int(r[0]) for r in self.rng.sample(rows, min(3, len(rows))))
        packs = sorted(self.out.glob("pack-*.pdf"), key=lambda p: p.stat().st_mtime)
        for old in packs[:-1]:
            old.unlink()
            old.with_name(old.name + ".sha256").unlink(missing_ok=True)
        out = self.out / f"pack-r{self.run}s{self.seq}.pdf"
        self.begin("pack")
        result = self.services.build_pack(case_id, out, PackOptions(evidence_ids=chosen))
        self.report(
            "pack",
            [],
            [["pack.build", case_id]],
            output={"paths": [str(f.path) for f in result.files], "sha256": [f.sha256 for f in result.files]},
        )
        return None


PASSPHRASE_FOR_BACKUPS = "crash test: the backups' own passphrase"


def passphrase() -> str:
    """The passphrase of the run, as the harness wrote it."""
    return Path(os.environ["DOSSIER_PASSPHRASE_FILE"]).read_text(encoding="utf-8").rstrip("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="a folder for the files to add")
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--status", type=Path, required=True)
    parser.add_argument("--run", type=int, required=True, help="the kill number: one run per kill")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="stop alone after this long")
    args = parser.parse_args(argv)

    status = Status(args.status)
    status.set(run=args.run, seq=0, op="start", phase="import", effects=[])
    deadline = time.monotonic() + args.max_seconds
    rng = random.Random(f"{args.seed}/{args.run}")

    from desktop_app import tempfiles
    from desktop_app.cli.unlocking import unlock_from_environment
    from desktop_app.services import Services

    # As every start of Dossier does (cli.main, ui.app): what a killed Dossier left in temp goes.
    tempfiles.sweep_private_dirs()
    instrument(status)
    status.set(op="open", phase="open")
    services = Services.open(
        args.store, interface=f"crash test run {args.run}", unlock=unlock_from_environment()
    )
    try:
        worker = Worker(services, rng, Journal(args.journal, status), status, args.work, args.run)
        status.set(op="idle", phase="idle")
        while time.monotonic() < deadline:
            worker.step()
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
