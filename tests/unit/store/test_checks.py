"""The checks: a cheap one at every opening, quick_check once a day after the start, the full one
before backups and packs."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.models import Case, Communication, Merchant
from desktop_app.domain.vocab import Channel, Direction, Reason
from desktop_app.errors import StoreError
from desktop_app.store.keys import Unlock
from desktop_app.store.store import Store
from tests.support.rawdb import connect_raw

NOW = datetime(2026, 9, 15, 12, 0, tzinfo=UTC)
TODAY = date(2026, 9, 15)


def fill(data_dir: Path, *, encrypt: bool, cases: int = 200) -> None:
    with Store.open(data_dir, Unlock(encrypt_new=encrypt)) as store, store.transaction():
        for n in range(cases):
            case_id = store.cases.insert(
                Case(
                    title=f"Case {n} " + "x" * 150,
                    merchant=Merchant("Shop"),
                    reason=Reason.DUPLICATE,
                    currency="EUR",
                ),
                NOW,
            )
            store.records.insert_communication(
                case_id,
                Communication(
                    at=NOW,
                    channel=Channel.EMAIL,
                    direction=Direction.OUTGOING,
                    summary="Asked for the refund " + "y" * 100,
                ),
            )


def page_of(data_dir: Path, sql: str) -> tuple[int, int]:
    conn = connect_raw(data_dir)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        return int(conn.execute(sql).fetchone()[0]), page_size
    finally:
        conn.close()


def damage(data_dir: Path, page: int, page_size: int, offset: int = 0) -> bytes:
    path = data_dir / "dossier.db"
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size + offset
    data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    return bytes(data)


def test_opening_does_not_run_quick_check(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(data_dir, encrypt=False, cases=5)

    def refused(self: Store) -> list[str]:
        raise AssertionError("quick_check ran at the opening")

    monkeypatch.setattr(Store, "quick_check", refused)
    with Store.open(data_dir) as store:
        assert store.open_check() == []
        assert len(store.cases.all()) == 5


@pytest.mark.parametrize("encrypt", [False, True], ids=["plaintext", "encrypted"])
def test_a_damaged_root_page_is_refused_at_the_opening_with_the_message(
    data_dir: Path, encrypt: bool
) -> None:
    fill(data_dir, encrypt=encrypt)
    root, page_size = page_of(data_dir, "SELECT rootpage FROM sqlite_master WHERE name = 'communications'")
    before = damage(data_dir, root, page_size)
    with pytest.raises(StoreError, match=r"dossier\.db is damaged .*Nothing was changed.*dossier verify"):
        Store.open(data_dir)
    assert (data_dir / "dossier.db").read_bytes() == before
    with pytest.raises(StoreError, match="is damaged"):  # and the lock was released
        Store.open(data_dir)


def test_a_damaged_last_page_is_refused_at_the_opening(data_dir: Path) -> None:
    fill(data_dir, encrypt=False)
    # Rows added in order fill new pages at the file's end: its last page is on the right edge
    # of a table's b-tree, which the opening reads (the newest row of each table).
    _, page_size = page_of(data_dir, "SELECT count(*) FROM cases")
    page = (data_dir / "dossier.db").stat().st_size // page_size
    damage(data_dir, page, page_size)
    with pytest.raises(StoreError, match="is damaged"):
        Store.open(data_dir)


def test_a_truncated_database_is_refused_at_the_opening(data_dir: Path) -> None:
    fill(data_dir, encrypt=True)
    path = data_dir / "dossier.db"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match=r"damaged|cannot be read"):
        Store.open(data_dir)


def test_quick_check_is_due_once_a_day(store: Store) -> None:
    assert store.quick_check_due(TODAY)
    assert store.quick_check() == []
    store.note_quick_check(TODAY)
    assert not store.quick_check_due(TODAY)
    assert store.quick_check_due(date(2026, 9, 16))
    store.note_quick_check(date(2026, 9, 16))
    assert not store.quick_check_due(TODAY)  # a clock set back does not run it again the same day


def test_the_day_of_the_quick_check_is_kept_with_the_store(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.note_quick_check(TODAY)
        events = len(store.events.all())
    with Store.open(data_dir) as store:
        assert not store.quick_check_due(TODAY)
        assert len(store.events.all()) == events  # a note, not a change of the dossier


def test_a_note_that_is_not_a_date_makes_it_due(store: Store) -> None:
    with store.transaction():
        store.events.set_preference("store.quick_check_day", "yesterday")
    assert store.quick_check_due(TODAY)


def test_quick_check_finds_damage_the_opening_check_leaves(data_dir: Path) -> None:
    fill(data_dir, encrypt=False, cases=400)
    conn = connect_raw(data_dir)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        index_root = int(
            conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'communications'"
                " AND rootpage > 0 LIMIT 1"
            ).fetchone()[0]
        )
    finally:
        conn.close()
    damage(data_dir, index_root, page_size)
    with Store.open(data_dir) as store:  # an index is not read at the opening
        assert store.open_check() == []
        assert store.quick_check() != []
        assert store.integrity_check() != []


def test_quick_check_apart_runs_beside_the_owner(data_dir: Path) -> None:
    fill(data_dir, encrypt=True, cases=20)
    with Store.open(data_dir) as store:
        found: list[list[str]] = []
        worker = threading.Thread(target=lambda: found.append(store.quick_check_apart()), name="checker")
        with store.transaction():  # the owner keeps writing meanwhile
            store.events.set_preference("colour", "blue")
            worker.start()
            worker.join(30)
        assert found == [[]]
        assert store.events.preference("colour") == "blue"


def test_quick_check_apart_finds_damage(data_dir: Path) -> None:
    fill(data_dir, encrypt=False, cases=400)
    conn = connect_raw(data_dir)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        index_root = int(
            conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'communications'"
                " AND rootpage > 0 LIMIT 1"
            ).fetchone()[0]
        )
    finally:
        conn.close()
    damage(data_dir, index_root, page_size)
    with Store.open(data_dir) as store:
        assert store.quick_check_apart() != []
