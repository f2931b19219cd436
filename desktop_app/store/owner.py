"""Which thread may use a store's database: one owner at a time.

SQLite connections may be shared between threads only if nobody uses them at
the same time, and a transaction belongs to the thread that began it. Dossier's
rule is therefore that the database has exactly one owner thread at any moment:
the thread that opened the store, until the owner hands it over
(:meth:`Owner.hand_over`, for a store opened on a worker and used by the GUI
thread afterwards) or another thread claims it for the length of a piece of work
(:meth:`Owner.claimed`, what a job does on its worker thread).

The check runs on every use of the database (every transaction, query and
write goes through :attr:`Store.db <desktop_app.store.store.Store.db>`), only
while ``__debug__`` is on (tests and normal runs; ``python -O`` leaves it out):
a use from another thread raises :class:`AssertionError` naming both threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _describe(thread: threading.Thread) -> str:
    return f"thread {thread.name!r} (id {thread.ident})"


class Owner:
    """The thread that owns one store's database, and the check every use of it makes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.thread = threading.current_thread()
        self._ident = threading.get_ident()

    def check(self) -> None:
        """Raise AssertionError when the calling thread is not the owner (only with ``__debug__``)."""
        if __debug__ and threading.get_ident() != self._ident:
            raise AssertionError(
                f"The database of the store at {self.root} is owned by {_describe(self.thread)} but was "
                f"used from {_describe(threading.current_thread())}: use it from its owner, or inside "
                "Store.claimed() on the thread that does the work."
            )

    def owns(self) -> bool:
        """Whether the calling thread is the owner."""
        return threading.get_ident() == self._ident

    def _set(self, thread: threading.Thread) -> None:
        self.thread = thread
        ident = thread.ident
        assert ident is not None, f"{_describe(thread)} has not started"
        self._ident = ident

    def hand_over(self, thread: threading.Thread, *, busy: Callable[[], bool]) -> None:
        """Make ``thread`` the owner from now on; only the owner may give the database away, and
        not in the middle of a transaction (``busy``)."""
        self.check()
        if busy():
            raise AssertionError(f"The store at {self.root} cannot change owner inside a transaction.")
        self._set(thread)

    @contextmanager
    def claimed(self, *, busy: Callable[[], bool]) -> Iterator[None]:
        """The calling thread owns the database inside; the owner before it owns it again after,
        also when the work raises. Claiming from the owner itself changes nothing."""
        previous = self.thread
        if previous is not threading.current_thread() and busy():
            raise AssertionError(
                f"The store at {self.root} cannot be claimed by {_describe(threading.current_thread())}: "
                f"{_describe(previous)} is inside a transaction."
            )
        self._set(threading.current_thread())
        try:
            yield
        finally:
            self._set(previous)
