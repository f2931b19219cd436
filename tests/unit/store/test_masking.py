"""No full card number is stored (issue 12): every write masks it, and m008 masks the old ones."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from desktop_app.domain.eventlog import GENESIS, entry_hash
from desktop_app.domain.models import Case, Communication, Event, EvidenceItem, Merchant, Purchase, Task
from desktop_app.domain.text import search_words
from desktop_app.domain.vocab import Channel, Direction, EvidenceKind, Reason
from desktop_app.store.database import register_functions, schema_version
from desktop_app.store.migrations import MASKED_TEXTS, migrations
from desktop_app.store.store import Store
from desktop_app.store.vault import Vault
from tests.support.cli import run
from tests.support.rawdb import connect_raw

NOW = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
CARD = "5555 5555 5555 4444"
MASKED = "•••• •••• •••• 4444"
VISA = "4111-1111-1111-1111"
VISA_MASKED = "••••-••••-••••-1111"
ORDER = "4012888888881881"  # a Luhn-valid number in an order-number field: an identifier, kept
SHA = hashlib.sha256(b"the original file").hexdigest()


def with_card(what: str) -> str:
    return f"{what} {CARD}"


def test_every_text_the_store_writes_has_its_card_numbers_masked(store: Store) -> None:
    case = Case(
        title=with_card("Title"),
        merchant=Merchant(with_card("Shop"), with_card("e"), with_card("p"), with_card("w"), with_card("a")),
        reason=Reason.DUPLICATE,
        currency="EUR",
        customer_name=with_card("Customer"),
        summary=f"Story: paid with {CARD}, then {VISA}.",
    )
    with store.transaction():
        case_id = store.cases.insert(case, NOW)
        purchase_id = store.records.insert_purchase(
            case_id,
            Purchase(
                date=date(2026, 10, 1),
                amount=Decimal("10.00"),
                currency="EUR",
                description=with_card("Paid"),
                statement_descriptor=with_card("SHOP*"),
                order_number=ORDER,
                invoice_number=ORDER,
                customer_number=ORDER,
                po_number=ORDER,
            ),
        )
        texts: dict[str, Any] = {name: with_card(name) for name in MASKED_TEXTS["communications"]}
        contact = Communication(at=NOW, channel=Channel.PHONE, direction=Direction.OUTGOING, **texts)
        contact_id = store.records.insert_communication(case_id, contact)
        task_id = store.records.insert_task(case_id, Task(title=with_card("Call"), note=with_card("Note")))
        store.evidence.ensure_blob(SHA, 17, NOW)
        item = EvidenceItem(
            kind=EvidenceKind.RECEIPT,
            title=with_card("Receipt"),
            note=with_card("Note"),
            original_name=f"receipt {CARD}.pdf",
            media_type="application/pdf",
            size=17,
            sha256=SHA,
            imported_at=NOW,
            source=with_card("https://shop.example/receipt?card="),
        )
        evidence_id = store.evidence.insert(case_id, item, 0)
        store.evidence.set_text(evidence_id, f"Receipt text: {VISA}")
        store.events.log(Event(NOW, "user", "task.add", f"Task “Call {CARD}” added", case_id=case_id))
        store.events.set_preference("own_addresses", "me@example.org")

    stored = store.cases.get(case_id)
    assert stored.title == f"Title {MASKED}"
    assert stored.customer_name == f"Customer {MASKED}"
    assert stored.summary == f"Story: paid with {MASKED}, then {VISA_MASKED}."
    m = stored.merchant
    assert [m.name, m.email, m.phone, m.website, m.address] == [
        f"{w} {MASKED}" for w in ("Shop", "e", "p", "w", "a")
    ]
    p = store.records.purchase(purchase_id)
    assert (p.description, p.statement_descriptor) == (f"Paid {MASKED}", f"SHOP* {MASKED}")
    assert (p.order_number, p.invoice_number, p.customer_number, p.po_number) == (ORDER,) * 4
    c = store.records.communication(contact_id)
    for name in MASKED_TEXTS["communications"]:
        assert getattr(c, name) == f"{name} {MASKED}", name
    t = store.records.task(task_id)
    assert (t.title, t.note) == (f"Call {MASKED}", f"Note {MASKED}")
    e = store.evidence.item(evidence_id)
    assert (e.title, e.note) == (f"Receipt {MASKED}", f"Note {MASKED}")
    assert e.source == f"https://shop.example/receipt?card= {MASKED}"
    assert e.sha256 == SHA and e.original_name == f"receipt {MASKED}.pdf"  # the file itself is untouched
    assert store.evidence.text(evidence_id) == f"Receipt text: {VISA_MASKED}"
    assert store.events.all(case_id)[-1].summary == f"Task “Call {MASKED}” added"
    assert store.events.chain_problems() == []
    assert store.events.preference("own_addresses") == "me@example.org"
    assert store.evidence.search(search_words("5555")) == []
    assert store.evidence.search(search_words("4111")) == []
    assert {kind for kind, *_ in store.evidence.search(search_words("4444"))} >= {
        "case",
        "communication",
        "task",
    }

    # Updates mask the same way.
    with store.transaction():
        store.cases.update(replace(stored, summary=f"Now {VISA}"), NOW)
        store.records.update_purchase(replace(p, description=f"Now {VISA}"))
        store.records.update_communication(replace(c, body=f"Now {VISA}", outcome=None))
        store.records.update_task(replace(t, note=f"Now {VISA}"))
        store.evidence.update(replace(e, title=f"Now {VISA}", note=f"Now {VISA}"))
    assert store.cases.get(case_id).summary == f"Now {VISA_MASKED}"
    assert store.records.purchase(purchase_id).description == f"Now {VISA_MASKED}"
    assert store.records.communication(contact_id).body == f"Now {VISA_MASKED}"
    assert store.records.communication(contact_id).outcome is None
    assert store.records.task(task_id).note == f"Now {VISA_MASKED}"
    assert store.evidence.item(evidence_id).title == f"Now {VISA_MASKED}"
    assert store.evidence.item(evidence_id).note == f"Now {VISA_MASKED}"
    # A source stored masked is found again by the source as it comes in.
    assert store.evidence.by_source(case_id, with_card("https://shop.example/receipt?card=")) is not None


def test_what_is_not_a_card_number_is_stored_as_typed(store: Store) -> None:
    texts = [
        "Order 171-4028472-7183043 of 2026-10-01 10:05",
        "Call +48 600 123 456 or +33 1 84 80 12 34",
        "IBAN PL61 1090 1014 0000 0712 1981 2874",
        "Card 4111 1111 1111 1112 (a typo: fails the check)",
        "Message <CAF4111111111111111@mail.example>",
        "1 440,00 PLN, 1.440,00 EUR, 1,440.00 USD",
    ]
    with store.transaction():
        case_id = store.cases.insert(
            Case(title="Plain", merchant=Merchant("Shop"), reason=Reason.DUPLICATE, currency="EUR",
                 summary="\n".join(texts)),
            NOW,
        )  # fmt: skip
    assert store.cases.get(case_id).summary == "\n".join(texts)


# ---------------------------------------------------------------------- the migration (m008)


def _insert(conn: Any, table: str, row: dict[str, Any]) -> int:
    marks = ", ".join("?" for _ in row)
    return int(
        conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", list(row.values())).lastrowid
    )


def _fill_with_cards(conn: Any) -> None:
    """Rows as a Dossier before m008 wrote them: full card numbers in their texts."""
    at = "2026-10-01T00:00:00+00:00"
    case_id = _insert(conn, "cases", {
        "title": f"Charged on {CARD}", "merchant_name": "Shop", "reason": "duplicate", "currency": "EUR",
        "summary": f"Story with {CARD} and {VISA}; order 171-4028472-7183043.", "created_at": at,
        "updated_at": at,
    })  # fmt: skip
    _insert(conn, "purchases", {"case_id": case_id, "date": "2026-10-01", "amount": "1.00", "currency": "EUR",
                                "description": f"Paid {CARD}", "order_number": ORDER})  # fmt: skip
    _insert(conn, "communications", {
        "case_id": case_id, "at": at, "at_utc": at, "channel": "email", "direction": "incoming",
        "subject": f"About {CARD}", "summary": f"Card {VISA}", "body": f"The card {CARD} was charged.",
    })  # fmt: skip
    _insert(conn, "tasks", {"case_id": case_id, "title": f"Call about {CARD}", "note": f"Note {VISA}"})
    _insert(conn, "blobs", {"sha256": SHA, "size": 17, "stored_at": at})
    evidence_id = _insert(conn, "evidence", {
        "case_id": case_id, "kind": "receipt", "title": f"Receipt {CARD}", "note": f"Note {VISA}",
        "original_name": "receipt.pdf", "media_type": "application/pdf", "size": 17, "sha256": SHA,
        "imported_at": at, "source": "<m1@shop.example>",
    })  # fmt: skip
    _insert(conn, "evidence_text", {"evidence_id": evidence_id, "text": f"Receipt paid by {CARD}"})
    previous = GENESIS
    for summary in (f"Case “Charged on {CARD}” created", "Evidence added", f"Task “Call about {CARD}” added"):
        fields: list[str | int | None] = [at, "user", "x", case_id, None, None, summary]
        previous = entry_hash(previous, fields)
        _insert(conn, "events", {"at": at, "actor": "user", "action": "x", "case_id": case_id,
                                 "summary": summary, "hash": previous})  # fmt: skip


def _old_plaintext_store(root: Path) -> None:
    """A plaintext store of the schema before m008, holding full card numbers."""
    root.mkdir(parents=True)
    old = sqlite_utils.Database(root / "dossier.db")
    register_functions(old.conn)
    migrations.apply(old, stop_before="m008_mask_card_numbers")
    _fill_with_cards(old.conn)
    old.conn.commit()
    old.close()
    vault = Vault(root / "vault", None)
    vault.prepare()
    assert vault.put_stream(io.BytesIO(b"the original file"), name="receipt.pdf").sha256 == SHA


def _assert_masked(store: Store) -> None:
    assert "m008_mask_card_numbers" in schema_version(store.db)
    case = store.cases.all()[0]
    assert case.title == f"Charged on {MASKED}"
    assert case.summary == f"Story with {MASKED} and {VISA_MASKED}; order 171-4028472-7183043."
    (p,) = store.records.purchases(case.id or 0)
    assert p.description == f"Paid {MASKED}" and p.order_number == ORDER
    (c,) = store.records.communications(case.id or 0)
    assert (c.subject, c.summary, c.body) == (f"About {MASKED}", f"Card {VISA_MASKED}",
                                              f"The card {MASKED} was charged.")  # fmt: skip
    (t,) = store.records.tasks(case.id or 0)
    assert (t.title, t.note) == (f"Call about {MASKED}", f"Note {VISA_MASKED}")
    (e,) = store.evidence.items(case.id or 0)
    assert (e.title, e.note, e.sha256) == (f"Receipt {MASKED}", f"Note {VISA_MASKED}", SHA)
    assert store.evidence.text(e.id or 0) == f"Receipt paid by {MASKED}"
    summaries = [event.summary for event in store.events.all()]
    assert summaries == [
        f"Case “Charged on {MASKED}” created",
        "Evidence added",
        f"Task “Call about {MASKED}” added",
    ]
    assert store.events.chain_problems() == []
    assert store.full_check() == []
    # The index was rebuilt from the masked texts: the card's digits find nothing, its last four do.
    for digits in ("5555", "555555555555", "4111", "4111111111111111"):
        assert store.evidence.search(search_words(digits)) == [], digits
    assert {kind for kind, *_ in store.evidence.search(search_words("4444"))} == {
        "case", "purchase", "communication", "evidence", "task"
    }  # fmt: skip
    assert store.evidence.search(search_words("171-4028472-7183043"))
    rows = store.db.execute("SELECT title, body FROM search_index").fetchall()
    assert rows and not any("5555" in f"{title} {body}" for title, body in rows)


def test_an_old_plaintext_store_is_masked_when_it_opens(data_dir: Path) -> None:
    _old_plaintext_store(data_dir)
    with Store.open(data_dir) as store:
        assert not store.encrypted
        _assert_masked(store)
    # Nothing of the full numbers is left in the file, not even in its free pages.
    raw = b"".join(p.read_bytes() for p in data_dir.glob("dossier.db*"))
    for digits in (CARD, "5555555555554444", VISA, "4111111111111111"):
        assert digits.encode() not in raw, digits
    verified = run("verify", "--data-dir", data_dir)
    assert verified.code == 0, verified.out + verified.err
    with Store.open(data_dir) as again:  # opening again changes nothing
        assert next(e.summary for e in again.events.all()) == f"Case “Charged on {MASKED}” created"
        assert again.events.chain_problems() == []


def test_an_old_encrypted_store_is_masked_and_backs_up_and_restores(data_dir: Path, tmp_path: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.encrypted
        store.vault.put_stream(io.BytesIO(b"the original file"), name="receipt.pdf")
    conn = connect_raw(data_dir)
    register_functions(conn)
    conn.execute("BEGIN")
    _fill_with_cards(conn)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_mask_card_numbers'")  # as before m008
    conn.execute("COMMIT")
    conn.close()
    with Store.open(data_dir) as store:
        _assert_masked(store)
    verified = run("verify", "--data-dir", data_dir)
    assert verified.code == 0, verified.out + verified.err
    backup = tmp_path / "b.dossier-backup"
    made = run("backup", backup, "--data-dir", data_dir)
    assert made.code == 0, made.err
    restored = run("restore", backup, "--data-dir", tmp_path / "restored")
    assert restored.code == 0, restored.err
    with Store.open(tmp_path / "restored") as store:
        _assert_masked(store)


def test_an_event_log_broken_before_the_migration_stays_broken_at_the_same_entry(data_dir: Path) -> None:
    _old_plaintext_store(data_dir)
    old = sqlite_utils.Database(data_dir / "dossier.db")
    # Someone changed entry 2 outside Dossier (the trigger dropped, the hash left as it was).
    old.execute("DROP TRIGGER events_no_update")
    old.execute("UPDATE events SET summary = 'Evidence removed' WHERE id = 2")
    old.conn.commit()
    old.close()
    with Store.open(data_dir) as store:
        (problem,) = store.events.chain_problems()
        assert "entry #2" in problem
        assert [e.summary for e in store.events.all()][2] == f"Task “Call about {MASKED}” added"
        # The entries that checked before still check: only #2 is blamed.
        hashes = [row[0] for row in store.db.execute("SELECT hash FROM events ORDER BY id")]
        summaries = [e.summary for e in store.events.all()]
        fields = [[e.at.isoformat(), e.actor, e.action, e.case_id, e.entity, e.entity_id, e.summary]
                  for e in store.events.all()]  # fmt: skip
        assert hashes[0] == entry_hash(GENESIS, fields[0])
        assert hashes[1] != entry_hash(hashes[0], fields[1])
        assert hashes[2] == entry_hash(hashes[1], fields[2])
        assert summaries[1] == "Evidence removed"
        with pytest.raises(Exception, match="append-only"), store.transaction():
            store.db.execute("UPDATE events SET summary = 'x' WHERE id = 1")


def test_an_old_store_without_card_numbers_keeps_its_event_log_as_it_was(data_dir: Path) -> None:
    data_dir.mkdir()
    old = sqlite_utils.Database(data_dir / "dossier.db")
    register_functions(old.conn)
    migrations.apply(old, stop_before="m008_mask_card_numbers")
    at = "2026-10-01T00:00:00+00:00"
    old.execute(
        "INSERT INTO cases (title, merchant_name, reason, currency, created_at, updated_at)"
        " VALUES ('Order 171-4028472-7183043', 'Shop', 'duplicate', 'EUR', ?, ?)",
        [at, at],
    )
    fields: list[str | int | None] = [
        at,
        "user",
        "x",
        1,
        None,
        None,
        "Case “Order 171-4028472-7183043” created",
    ]
    old.execute(
        "INSERT INTO events (at, actor, action, case_id, summary, hash) VALUES (?, ?, ?, ?, ?, ?)",
        [at, "user", "x", 1, fields[-1], entry_hash(GENESIS, fields)],
    )
    old.conn.commit()
    before = old.execute("SELECT * FROM events").fetchall()
    old.close()
    with Store.open(data_dir) as store:
        assert store.db.execute("SELECT * FROM events").fetchall() == before
        assert store.cases.get(1).title == "Order 171-4028472-7183043"
        assert store.events.chain_problems() == []
