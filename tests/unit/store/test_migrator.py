"""The migrator keeps its record as sqlite-utils' Migrations does: stores made by either read the same."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations as SqliteUtilsMigrations

from desktop_app.store.connection import Database
from desktop_app.store.database import connect, register_functions
from desktop_app.store.migrations import migrations
from desktop_app.store.migrator import Migrations


def schema(db: Database | sqlite_utils.Database) -> list[str]:
    sql = "SELECT sql FROM sqlite_master WHERE name LIKE '%sqlite_migrations%' ORDER BY name"
    return [row[0] for row in db.execute(sql)]


def test_the_record_table_is_sqlite_utils_own(tmp_path: Path) -> None:
    theirs = sqlite_utils.Database(tmp_path / "theirs.db")
    SqliteUtilsMigrations("dossier").ensure_migrations_table(theirs)
    ours = Database(connect(tmp_path / "ours.db", None))
    register_functions(ours.conn)
    migrations.apply(ours)
    assert schema(ours) == schema(theirs)


def test_a_database_migrated_by_sqlite_utils_has_nothing_pending(tmp_path: Path) -> None:
    old = SqliteUtilsMigrations("dossier")
    for step in migrations.pending(Database(connect(":memory:", None))):
        old()(step.fn)
    theirs = sqlite_utils.Database(tmp_path / "theirs.db")
    register_functions(theirs.conn)
    old.apply(theirs)
    assert migrations.pending(theirs) == []
    assert [a.name for a in migrations.applied(theirs)] == [m.name for m in old.applied(theirs)]


def test_each_migration_runs_once_in_order_and_a_failure_leaves_it_pending(tmp_path: Path) -> None:
    ran: list[str] = []
    steps = Migrations("test")

    @steps()
    def m001_one(db: object) -> None:
        ran.append("one")
        db.execute("CREATE TABLE one (x)")  # type: ignore[attr-defined]

    @steps()
    def m002_two(db: object) -> None:
        ran.append("two")
        db.execute("CREATE TABLE two (x)")  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    db = Database(connect(tmp_path / "t.db", None))
    with pytest.raises(RuntimeError):
        steps.apply(db)
    assert ran == ["one", "two"]
    assert [s.name for s in steps.pending(db)] == ["m002_two"]
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'two'").fetchone() is None
    with pytest.raises(ValueError, match="already applied"):
        steps.apply(db, stop_before="m001_one")
    steps.apply(db, stop_before="m002_two")
    assert ran == ["one", "two"]


def test_opening_a_store_imports_no_sqlite_utils() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from desktop_app.store.store import Store; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'cryptography'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
