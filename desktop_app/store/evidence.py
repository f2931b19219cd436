"""Evidence: its rows, the blobs (the vault files' rows), its text and the search index."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop_app.domain.models import EvidenceItem
from desktop_app.domain.redact import mask_card_numbers
from desktop_app.errors import NotFoundError
from desktop_app.i18n import translate
from desktop_app.store.migrations import SEARCH_KINDS
from desktop_app.store.rows import EVIDENCE, RECORD_KEYS
from desktop_app.store.sql import Sql, iso

# What a person may change of an item: never its file.
_EDITABLE = ("kind", "title", "note", "note_translation", "redactions", "purchase_id", "communication_id")
_TRASHED = {False: "AND trashed_at IS NULL", True: "AND trashed_at IS NOT NULL", None: ""}


class EvidenceRepository:
    """``store.evidence``: items of a case (live, trashed or all), one by id, by file or by
    source; insert, update, set_trashed, delete; the blob rows (ensure_blob, referenced_hashes,
    unreferenced_blobs, delete_blob, names_by_hash); an item's text and the search index."""

    def __init__(self, sql: Sql) -> None:
        self._sql = sql

    def items(self, case_id: int, *, trashed: bool | None = False) -> list[EvidenceItem]:
        """The case's evidence: live items (default), trashed ones, or all (``None``)."""
        return self._sql.objects(
            EVIDENCE,
            f"SELECT * FROM evidence WHERE case_id = ? {_TRASHED[trashed]} ORDER BY position, id",
            [case_id],
        )

    def item(self, evidence_id: int) -> EvidenceItem:
        row = self._sql.row("SELECT * FROM evidence WHERE id = ?", [evidence_id])
        if row is None:
            raise NotFoundError(
                translate("Store", "There is no evidence item {evidence_id}.").format(evidence_id=evidence_id)
            )
        return EVIDENCE.from_row(row)

    def trashed(self) -> list[EvidenceItem]:
        """Every trashed item, of every case."""
        return self._sql.objects(EVIDENCE, "SELECT * FROM evidence WHERE trashed_at IS NOT NULL ORDER BY id")

    def find_by_hash(self, case_id: int, sha256: str) -> EvidenceItem | None:
        row = self._sql.row(
            "SELECT * FROM evidence WHERE case_id = ? AND sha256 = ? ORDER BY trashed_at IS NOT NULL, id",
            [case_id, sha256],
        )
        return EVIDENCE.from_row(row) if row else None

    def by_source(self, case_id: int, source: str) -> EvidenceItem | None:
        """The case's evidence item (trashed or not) that came from ``source``, such as a Message-ID."""
        row = self._sql.row(
            "SELECT * FROM evidence WHERE case_id = ? AND source = ? ORDER BY trashed_at IS NOT NULL, id",
            [case_id, mask_card_numbers(source)],  # stored masked, so looked for masked
        )
        return EVIDENCE.from_row(row) if row else None

    def next_position(self, case_id: int) -> int:
        found = self._sql.value(
            "SELECT coalesce(max(position) + 1, 0) FROM evidence WHERE case_id = ?", [case_id]
        )
        return int(found)

    def insert(self, case_id: int, e: EvidenceItem, position: int) -> int:
        # A new number, never one an item deleted for good had (the event log still names it).
        next_id = self._sql.value(
            "SELECT max(coalesce((SELECT max(id) FROM evidence), 0), (SELECT high FROM evidence_ids)) + 1"
        )
        row = {"id": int(next_id), "case_id": case_id, **EVIDENCE.to_row(e, exclude=RECORD_KEYS)}
        return self._sql.insert("evidence", {**row, "position": position})

    def update(self, e: EvidenceItem) -> None:
        """Save what a user may change of an item: kind, title, note and its translation, redaction
        boxes and links (never its file)."""
        self._sql.update("evidence", e.id, EVIDENCE.to_row(e, only=_EDITABLE))

    def set_trashed(self, evidence_id: int, when: datetime | None) -> None:
        self._sql.write("UPDATE evidence SET trashed_at = ? WHERE id = ?", [iso(when), evidence_id])

    def delete(self, evidence_id: int) -> None:
        self._sql.write("DELETE FROM evidence WHERE id = ?", [evidence_id])

    # ------------------------------------------------------------------ the files' rows

    def ensure_blob(self, sha256: str, size: int, now: datetime) -> None:
        self._sql.write(
            "INSERT OR IGNORE INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?)", [sha256, size, iso(now)]
        )

    def referenced_hashes(self) -> set[str]:
        return {row[0] for row in self._sql.execute("SELECT sha256 FROM blobs")}

    def unreferenced_blobs(self) -> list[str]:
        return [
            row[0]
            for row in self._sql.execute(
                "SELECT sha256 FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM evidence)"
            )
        ]

    def delete_blob(self, sha256: str) -> None:
        self._sql.write("DELETE FROM blobs WHERE sha256 = ?", [sha256])

    def names_by_hash(self) -> dict[str, str]:
        """For each stored file: the evidence items that use it, as people name them."""
        return {
            row[0]: row[1]
            for row in self._sql.execute(
                "SELECT sha256, group_concat(original_name || ' (evidence #' || id"
                " || ', case ' || case_id || ')', '; ') FROM evidence GROUP BY sha256"
            )
        }

    # ------------------------------------------------------------------ text and search

    def set_text(self, evidence_id: int, text: str | None) -> None:
        """The text of a document (a PDF's, an e-mail's), for search; card numbers masked."""
        if text:
            self._sql.write(
                "INSERT INTO evidence_text (evidence_id, text) VALUES (?, ?)"
                " ON CONFLICT(evidence_id) DO UPDATE SET text = excluded.text",
                [evidence_id, mask_card_numbers(text)],
            )
        else:
            self._sql.write("DELETE FROM evidence_text WHERE evidence_id = ?", [evidence_id])

    def text(self, evidence_id: int) -> str | None:
        found = self._sql.value("SELECT text FROM evidence_text WHERE evidence_id = ?", [evidence_id])
        return None if found is None else str(found)

    def search(self, words: Sequence[str], limit: int = 200) -> list[tuple[str, int, int, float]]:
        """Records holding every word (each a prefix: "lodz" finds "Łodzi"), best first:
        (kind, record id, case id, rank). ``words`` are folded already (domain.text.search_words).

        Trashed records and the records of trashed cases are left out.
        """
        if not words:
            return []
        query = " AND ".join(f'"{word}"*' for word in words)
        kinds = {code: kind for kind, code in SEARCH_KINDS.items()}
        rows = self._sql.execute(
            "SELECT s.rowid, s.case_id, bm25(search_index, 5.0, 1.0) AS rank FROM search_index s"
            " JOIN cases c ON c.id = s.case_id AND c.trashed_at IS NULL"
            " WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            [query, limit],
        ).fetchall()
        return [(kinds[rowid % 8], rowid // 8, int(case_id), float(rank)) for rowid, case_id, rank in rows]
