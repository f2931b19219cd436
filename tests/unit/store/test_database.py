"""Opening the database: schema, pragmas, migrations run once, constraints enforced."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.domain.models import Case, Event, Merchant
from desktop_app.domain.vocab import Reason
from desktop_app.errors import StoreError, StoreLockedError
from desktop_app.store.database import (
    DatabaseError,
    IntegrityError,
    open_database,
    register_functions,
    schema_version,
)
from desktop_app.store.migrations import migrations
from desktop_app.store.store import Store

NOW = datetime(2026, 9, 15, 12, 0, tzinfo=UTC)
TABLES = {"cases", "purchases", "communications", "evidence", "blobs", "tasks", "events"}


def a_case(title: str = "Charged twice") -> Case:
    return Case(title=title, merchant=Merchant("Łódź Shop"), reason=Reason.DUPLICATE, currency="PLN")


def table_names(store: Store) -> set[str]:
    rows = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


MIGRATION_SET = "dossier"
ALL_MIGRATIONS = [
    "m001_initial",
    "m002_record_trash",
    "m003_email_import",
    "m004_search",
    "m005_deadline_facts",
    "m006_event_chain",
    "m007_evidence_ids",
    "m008_mask_card_numbers",
    "m009_customer_issuer_charges",
    "m010_vocabularies",
    "m011_language_city_delivery",
    "m012_exhibit_translation_redactions",
]


def migration_rows(store: Store) -> list[tuple[object, ...]]:
    return store.db.execute(
        "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id"
    ).fetchall()


def test_fresh_store_has_the_schema(store: Store) -> None:
    assert table_names(store) >= TABLES | {"_sqlite_migrations"}
    rows = migration_rows(store)
    assert [(r[0], r[1]) for r in rows] == [(MIGRATION_SET, name) for name in ALL_MIGRATIONS]
    assert schema_version(store.db) == ALL_MIGRATIONS
    assert migrations.pending(store.db) == []


def test_fresh_store_files(store: Store, data_dir: Path) -> None:
    assert (data_dir / "dossier.db").is_file()
    assert (data_dir / "vault" / "objects").is_dir()
    assert (data_dir / "vault" / "tmp").is_dir()
    assert (data_dir / "dossier.lock").is_file()


def test_pragmas(store: Store) -> None:
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_reopening_applies_no_migration_again(data_dir: Path) -> None:
    first = Store.open(data_dir)
    try:
        before = migration_rows(first)
        with first.transaction():
            case_id = first.cases.insert(a_case(), NOW)
    finally:
        first.close()

    second = Store.open(data_dir)
    try:
        assert migration_rows(second) == before
        assert migrations.pending(second.db) == []
        assert second.cases.get(case_id).title == "Charged twice"
        assert second.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert second.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        second.close()


def test_open_database_in_memory() -> None:
    db = open_database(":memory:")
    try:
        assert schema_version(db) == ALL_MIGRATIONS
    finally:
        db.close()


def insert_case_sql(store: Store, **overrides: str) -> None:
    row = {
        "title": "t",
        "merchant_name": "m",
        "reason": "duplicate",
        "currency": "EUR",
        "created_at": NOW.isoformat(),
        "updated_at": NOW.isoformat(),
        **overrides,
    }
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with store.transaction():
        store.db.execute(f"INSERT INTO cases ({columns}) VALUES ({marks})", list(row.values()))


def test_good_row_is_accepted(store: Store) -> None:
    insert_case_sql(store)
    assert store.table_counts()["cases"] == 1


@pytest.mark.parametrize(
    "overrides",
    [
        {"reason": "changed_my_mind"},
        {"reason": "Duplicate"},
        {"status": "pending"},
        {"stage": "court"},
        {"payment_method": "cash"},
        {"payment_network": "diners"},
        {"payment_last4": "4417441744174417"},
        {"payment_last4": "44a7"},
        {"currency": "EURO"},
        {"title": "   "},
        {"customer_kind": "consumer"},
        {"issuer_outcome": "pending"},
        {"stage_override": "2"},
        {"payment_business": "yes"},
    ],
)
def test_check_constraints_refuse_bad_values(store: Store, overrides: dict[str, str]) -> None:
    with pytest.raises(IntegrityError, match="CHECK"):
        insert_case_sql(store, **overrides)
    assert store.table_counts()["cases"] == 0


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.transaction():
        store.db.execute(
            "INSERT INTO purchases (case_id, date, amount, currency) "
            "VALUES (999, '2026-01-01', '1.00', 'EUR')"
        )


def test_event_log_is_append_only(store: Store) -> None:
    with store.transaction():
        store.events.log(Event(at=NOW, actor="tester via test", action="case.add", summary="added"))
    for statement in ("UPDATE events SET actor = 'someone else'", "DELETE FROM events"):
        with pytest.raises(DatabaseError, match="append-only"), store.transaction():
            store.db.execute(statement)
    (event,) = store.events.all()
    assert event.actor == "tester via test"


def test_garbage_database_is_a_store_error_and_releases_the_lock(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "dossier.db").write_bytes(b"garbage" * 100)
    for _ in range(2):
        with pytest.raises(StoreError) as info:
            Store.open(data_dir)
        assert not isinstance(info.value, StoreLockedError)
        assert "dossier.db" in str(info.value)
    assert (data_dir / "dossier.db").read_bytes() == b"garbage" * 100, "a damaged file is never overwritten"


def test_store_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not-a-folder"
    path.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(path)


def test_a_store_of_the_first_schema_is_upgraded_with_its_rows(data_dir: Path) -> None:
    data_dir.mkdir()
    old = sqlite_utils.Database(data_dir / "dossier.db")
    register_functions(old.conn)
    migrations.apply(old, stop_before="m002_record_trash")
    old.execute(
        "INSERT INTO cases (title, merchant_name, reason, currency, created_at, updated_at)"
        " VALUES ('Old case', 'Shop', 'duplicate', 'EUR', '2026-01-01T00:00:00+00:00',"
        " '2026-01-01T00:00:00+00:00')"
    )
    old.execute(
        "INSERT INTO tasks (case_id, title, due) VALUES (1, 'Call back', '2026-02-01')",
    )
    for summary in ("Case “Old case” created", "Task “Call back” added"):
        old.execute(
            "INSERT INTO events (at, actor, action, case_id, summary) VALUES (?, 'user', 'x', 1, ?)",
            ["2026-01-01T00:00:00+00:00", summary],
        )
    old.conn.commit()
    old.close()
    store = Store.open(data_dir)
    try:
        assert schema_version(store.db) == ALL_MIGRATIONS
        assert [t.title for t in store.records.tasks(1)] == ["Call back"]
        assert store.events.chain_problems() == []  # the old entries were chained by the migration
        with store.transaction():
            store.events.log(Event(NOW, "user", "case.edit", "Edited", case_id=1))
        assert store.events.chain_problems() == [] and len(store.events.all(1)) == 3
    finally:
        store.close()


def test_a_damaged_database_is_refused_at_start_and_left_as_it_was(data_dir: Path) -> None:
    store = Store.open(data_dir)
    with store.transaction():
        for n in range(300):
            store.cases.insert(a_case(f"Case {n} " + "x" * 200), NOW)
    store.close()
    path = data_dir / "dossier.db"
    data = bytearray(path.read_bytes())
    for page in (2, 3, 4):  # the headers of b-tree pages, as a failing disk would leave them
        data[page * 4096 : page * 4096 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"damaged|cannot be read"):
        Store.open(data_dir)
    assert path.read_bytes() == before  # never replaced by a new, empty database
