"""The store: SQLite (SQLCipher) through sqlite-utils, the evidence vault, the store's lock. No Qt.

SQL is written here and nowhere else.

The parts
---------
* store.py — :class:`~desktop_app.store.store.Store`: open (folder.py, keeper.py), lock, unlock,
  close, change of encryption, passphrase and recovery key, backup, and
  ``with store.transaction():`` (writes only inside one; the outermost commit updates
  dossier.state). Checks (checks.py): ``open_check()`` at every opening (cheap),
  ``quick_check()`` / ``quick_check_apart()`` once a day (``quick_check_due(today)``,
  ``note_quick_check(today)``), ``integrity_check()`` and ``full_check()`` before backups and
  packs and in verify, ``table_counts()``, ``generation_problems()``.
* The connection (connection.py: ``execute``, ``atomic`` with savepoints, ``close``) and the
  numbered migrations (migrations.py, run by migrator.py), with no sqlite-utils at the opening.
* Repositories, each over the owner-checked database (sql.py), each reading rows into domain
  objects with rows.py's mapper (driven by the dataclasses' fields; texts masked on writing):

  - ``store.cases`` (cases.py): ``get(id)``, ``all(include_trashed=, trashed_only=)``,
    ``insert(case, now)``, ``update(case, now)``, ``set_flags(id, archived_at=, trashed_at=)``,
    ``touch(id, now)``; for the case list and the agenda in a few queries whatever the number of
    cases, each for every case or one (``case_id=``): ``evidence_counts()``, ``digests()``,
    ``next_deadlines()``.
  - ``store.records`` (records.py): ``purchases(case_id)``, ``purchase(id)``,
    ``insert_purchase(case_id, p, position)``, ``update_purchase(p)``; the same for
    ``communications``/``communication`` and ``tasks``/``task``; ``open_dated_tasks(case_id=None)``;
    by table name (``RECORD_TABLES``): ``case_of(table, id)``, ``set_trashed(table, id, when)``,
    ``next_position(table, case_id)``.
  - ``store.evidence`` (evidence.py): ``items(case_id, trashed=False|True|None)``, ``item(id)``,
    ``trashed()``, ``find_by_hash(case_id, sha256)``, ``by_source(case_id, source)``,
    ``next_position(case_id)``, ``insert(case_id, e, position)``, ``update(e)``,
    ``set_trashed(id, when)``, ``delete(id)``; the vault files' rows: ``ensure_blob``,
    ``referenced_hashes()``, ``unreferenced_blobs()``, ``delete_blob(sha256)``,
    ``names_by_hash()``; ``set_text(id, text)``, ``text(id)``, ``search(words, limit)``.
  - ``store.events`` (events.py): ``log(event)``, ``all(case_id=None)``, ``chain_problems()``,
    ``preference(key)``, ``set_preference(key, value)``.

The thread rule
---------------
A store's database has one owner thread at a time (owner.py):

* By default the owner is the thread that opened the store.
* ``store.hand_over(thread)`` gives it to another thread for good: only the owner may, outside a
  transaction (the window opens the store on a worker and hands it to the GUI thread).
* ``with store.claimed():`` makes the calling thread the owner for the block, and the owner before
  it owns it again after, also when the block raises (a job does its database work this way on its
  worker thread; the thread that started the job must keep its hands off the database meanwhile).
* With ``__debug__`` (tests and normal runs), every use of the database (a transaction, a query,
  a write: all go through ``Store.db``) from a thread that is not the owner raises
  ``AssertionError`` naming both threads. ``quick_check_apart()`` alone uses a connection of its
  own, and may run on any thread.
"""
