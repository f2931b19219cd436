"""One owner thread at a time: the database is used from the thread that owns it (store/owner.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.store.store import Store


class Boom(Exception):
    pass


def on_thread(work: Callable[[], Any], name: str = "worker") -> Any:
    """Run ``work`` on a new thread; what it returned, or what it raised, comes back."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run, name=name)
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def count_cases(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM cases").fetchone()[0])


def test_the_opening_thread_owns_the_store(store: Store) -> None:
    assert store.owned_here()
    assert count_cases(store) == 0
    assert on_thread(store.owned_here) is False


def test_a_read_from_another_thread_raises_naming_both_threads(store: Store) -> None:
    with pytest.raises(AssertionError) as info:
        on_thread(lambda: count_cases(store), name="stray-worker")
    message = str(info.value)
    assert "'stray-worker'" in message
    assert f"'{threading.current_thread().name}'" in message
    assert str(store.root) in message


@pytest.mark.parametrize(
    "use",
    [
        lambda s: s.cases.all(),
        lambda s: s.events.preference("x"),
        lambda s: s.quick_check(),
        lambda s: s.transaction().__enter__(),
    ],
    ids=["query", "preference", "check", "transaction"],
)
def test_every_kind_of_use_from_another_thread_raises(store: Store, use: Callable[[Store], Any]) -> None:
    with pytest.raises(AssertionError, match="owned by"):
        on_thread(lambda: use(store))
    assert not store.db.conn.in_transaction


def test_a_write_from_another_thread_raises_and_writes_nothing(store: Store) -> None:
    def write() -> None:
        with store.transaction():
            store.events.set_preference("colour", "blue")

    with pytest.raises(AssertionError):
        on_thread(write)
    assert store.events.preference("colour") is None


def test_inside_claimed_another_thread_may_use_it(store: Store) -> None:
    def work() -> tuple[int, bool]:
        with store.claimed():
            with store.transaction():
                store.events.set_preference("colour", "blue")
            return count_cases(store), store.owned_here()

    assert on_thread(work) == (0, True)
    assert store.events.preference("colour") == "blue"  # the opening thread owns it again


def test_while_a_worker_claims_it_the_owner_may_not_use_it(store: Store) -> None:
    claimed = threading.Event()
    release = threading.Event()

    def work() -> None:
        with store.claimed():
            claimed.set()
            release.wait(30)

    worker = threading.Thread(target=work, name="job-worker")
    worker.start()
    try:
        assert claimed.wait(30)
        with pytest.raises(AssertionError, match="'job-worker'"):
            count_cases(store)
    finally:
        release.set()
        worker.join(30)
    assert count_cases(store) == 0


def test_the_owner_is_restored_after_an_exception(store: Store) -> None:
    def work() -> None:
        with store.claimed():
            count_cases(store)
            raise Boom

    with pytest.raises(Boom):
        on_thread(work)
    assert store.owned_here()
    assert count_cases(store) == 0
    with pytest.raises(AssertionError):
        on_thread(lambda: count_cases(store))


def test_claims_nest_and_unwind(store: Store) -> None:
    def work() -> bool:
        with store.claimed():
            with store.claimed():
                count_cases(store)
            return store.owned_here()

    assert on_thread(work) is True
    assert store.owned_here()
    with store.claimed():  # the owner claiming changes nothing
        assert count_cases(store) == 0
    assert store.owned_here()


def test_no_claim_while_the_owner_is_inside_a_transaction(store: Store) -> None:
    with store.transaction():
        store.events.set_preference("colour", "red")
        with pytest.raises(AssertionError, match="inside a transaction"):
            on_thread(lambda: store.claimed().__enter__())
    assert store.owned_here()
    assert store.events.preference("colour") == "red"


def test_only_the_owner_hands_over(store: Store) -> None:
    with pytest.raises(AssertionError):
        on_thread(lambda: store.hand_over(threading.current_thread()))
    assert store.owned_here()


def test_a_store_opened_on_a_worker_belongs_to_it_until_handed_over(data_dir: Any) -> None:
    gui = threading.current_thread()

    def open_and_give() -> Store:
        opened = Store.open(data_dir)
        assert opened.owned_here()
        opened.hand_over(gui)
        return opened

    opened = on_thread(open_and_give)
    try:
        assert opened.owned_here()
        assert count_cases(opened) == 0
    finally:
        opened.close()


def test_a_locked_store_keeps_its_owner(store: Store) -> None:
    store.lock()
    with pytest.raises(AssertionError):
        on_thread(store.unlock)
    store.unlock()
    assert count_cases(store) == 0
