"""The store's methods before the repositories, and the repository method each one now is.

:class:`~desktop_app.store.store.Store` answers these names (``store.case(1)`` is
``store.cases.get(1)``) only until the services call the repositories: then this table goes.
``store.cases()``, ``store.evidence(case_id)`` and ``store.events()`` still work too, the
repositories being callable for as long.
"""

from __future__ import annotations

OLD_NAMES: dict[str, tuple[str, str]] = {
    # cases
    "case": ("cases", "get"),
    "insert_case": ("cases", "insert"),
    "update_case": ("cases", "update"),
    "set_case_flags": ("cases", "set_flags"),
    "touch_case": ("cases", "touch"),
    "case_counts": ("cases", "counts"),
    "case_digests": ("cases", "digests"),
    "next_deadlines": ("cases", "next_deadlines"),
    # records
    "purchases": ("records", "purchases"),
    "purchase": ("records", "purchase"),
    "insert_purchase": ("records", "insert_purchase"),
    "update_purchase": ("records", "update_purchase"),
    "communications": ("records", "communications"),
    "communication": ("records", "communication"),
    "insert_communication": ("records", "insert_communication"),
    "update_communication": ("records", "update_communication"),
    "tasks": ("records", "tasks"),
    "task": ("records", "task"),
    "insert_task": ("records", "insert_task"),
    "update_task": ("records", "update_task"),
    "open_dated_tasks": ("records", "open_dated_tasks"),
    "record_case": ("records", "case_of"),
    "set_record_trashed": ("records", "set_trashed"),
    "next_position": ("records", "next_position"),
    # evidence
    "evidence_item": ("evidence", "item"),
    "trashed_evidence": ("evidence", "trashed"),
    "find_evidence_by_hash": ("evidence", "find_by_hash"),
    "evidence_by_source": ("evidence", "by_source"),
    "next_evidence_position": ("evidence", "next_position"),
    "insert_evidence": ("evidence", "insert"),
    "update_evidence": ("evidence", "update"),
    "set_evidence_trashed": ("evidence", "set_trashed"),
    "delete_evidence": ("evidence", "delete"),
    "ensure_blob": ("evidence", "ensure_blob"),
    "referenced_hashes": ("evidence", "referenced_hashes"),
    "unreferenced_blobs": ("evidence", "unreferenced_blobs"),
    "delete_blob_row": ("evidence", "delete_blob"),
    "evidence_names_by_hash": ("evidence", "names_by_hash"),
    "set_evidence_text": ("evidence", "set_text"),
    "evidence_text": ("evidence", "text"),
    "search": ("evidence", "search"),
    # events and preferences
    "log": ("events", "log"),
    "event_chain_problems": ("events", "chain_problems"),
    "preference": ("events", "preference"),
    "set_preference": ("events", "set_preference"),
}
