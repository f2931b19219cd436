"""The store: SQLite (SQLCipher) through sqlite-utils, the evidence vault, the store's lock. No Qt.

SQL is written here and nowhere else. :class:`~desktop_app.store.store.Store` opens, checks,
locks and closes a store and runs transactions; writes happen only inside
:meth:`Store.transaction`.

The thread rule
---------------
A store's database has one owner thread at a time (store/owner.py):

* By default the owner is the thread that opened the store.
* ``store.hand_over(thread)`` gives it to another thread for good: only the owner may, outside a
  transaction (the window opens the store on a worker and hands it to the GUI thread).
* ``with store.claimed():`` makes the calling thread the owner for the block, and the owner before
  it owns it again after, also when the block raises (a job does its database work this way on its
  worker thread; the thread that started the job must keep its hands off the database meanwhile).
* With ``__debug__`` (tests and normal runs), every use of the database (a transaction, a query,
  a write: all go through ``Store.db``) from a thread that is not the owner raises
  ``AssertionError`` naming both threads.
"""
