"""The store's database connection: a block inside a block is a savepoint, so a failed inner change
is undone alone while the outer one goes on and commits; a failed outer block undoes everything."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from desktop_app.store.connection import Database


@pytest.fixture
def db() -> Iterator[Database]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE notes (text TEXT NOT NULL)")
    yield Database(conn)
    conn.close()


def texts(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT text FROM notes ORDER BY rowid")]


def test_a_failed_inner_block_is_undone_alone(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT INTO notes VALUES (?)", ["outer before"])
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO notes VALUES (?)", ["inner"])
            raise ValueError("refused")
        assert db.conn.in_transaction
        db.execute("INSERT INTO notes VALUES (?)", ["outer after"])
    assert not db.conn.in_transaction
    assert texts(db) == ["outer before", "outer after"]


def test_inner_blocks_that_succeed_commit_with_the_outer_one(db: Database) -> None:
    with db.atomic() as outer:
        outer.execute("INSERT INTO notes VALUES (:t)", {"t": "one"})
        with db.atomic() as inner:
            inner.execute("INSERT INTO notes VALUES (?)", ["two"])
            with db.atomic():
                inner.execute("INSERT INTO notes VALUES (?)", ["three"])
    assert texts(db) == ["one", "two", "three"]


def test_a_failure_after_an_inner_block_undoes_it_too(db: Database) -> None:
    with pytest.raises(KeyError), db.atomic():
        db.execute("INSERT INTO notes VALUES (?)", ["outer"])
        with db.atomic():
            db.execute("INSERT INTO notes VALUES (?)", ["inner"])
        raise KeyError("later")
    assert texts(db) == [] and not db.conn.in_transaction


def test_a_trigger_that_rolls_back_inside_an_inner_block_ends_the_whole_change(db: Database) -> None:
    """RAISE(ROLLBACK) ends the transaction itself: no savepoint is left; the error reaches the caller."""
    db.execute(
        "CREATE TRIGGER no_secrets BEFORE INSERT ON notes WHEN NEW.text = 'secret' "
        "BEGIN SELECT RAISE(ROLLBACK, 'refused'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="refused"), db.atomic():
        db.execute("INSERT INTO notes VALUES (?)", ["kept?"])
        with db.atomic():
            db.execute("INSERT INTO notes VALUES (?)", ["secret"])
    assert not db.conn.in_transaction and texts(db) == []
    with db.atomic():
        db.execute("INSERT INTO notes VALUES (?)", ["after"])
    assert texts(db) == ["after"]
