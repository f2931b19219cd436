"""Evidence in the trash, deleting it for good, and vault files no record names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app import logs
from desktop_app.domain.models import (
    EvidenceItem,
)
from desktop_app.errors import DossierError, InvalidInputError, StoreError
from desktop_app.i18n import translate
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    utc_now,
)

if TYPE_CHECKING:
    from desktop_app.services.work_results import UnusedFile

    pass


class TrashServices(ServiceCore):
    """The use cases of the evidence trash and of unused vault files."""

    def evidence_trash(self, case_id: int) -> list[EvidenceItem]:
        self._store.cases.get(case_id)
        return self._store.evidence.items(case_id, trashed=True)

    def trash_evidence(self, evidence_id: int) -> EvidenceItem:
        return self._switch_evidence_trash(evidence_id, trashed=True)

    def restore_evidence(self, evidence_id: int) -> EvidenceItem:
        return self._switch_evidence_trash(evidence_id, trashed=False)

    def _switch_evidence_trash(self, evidence_id: int, *, trashed: bool) -> EvidenceItem:
        item = self._store.evidence.item(evidence_id)
        if (item.trashed_at is not None) == trashed:
            if trashed:
                text = translate("Services", "Evidence #{number} is already in the trash.")
            else:
                text = translate("Services", "Evidence #{number} is not in the trash.")
            raise InvalidInputError(text.format(number=evidence_id))
        now = utc_now()
        when = now if trashed else None
        action, summary = (
            ("evidence.trash", f"“{item.title}” moved to the trash")
            if trashed
            else ("evidence.restore", f"“{item.title}” restored from the trash")
        )
        with self._store.transaction():
            self._store.evidence.set_trashed(evidence_id, when)
            self._store.cases.touch(item.case_id or 0, now)
            self._log(action, summary, item.case_id, "evidence", evidence_id, now)
        action = Action.TRASHED if trashed else Action.RESTORED
        self._notify(Change(Subject.EVIDENCE, action, item.case_id, (evidence_id,)))
        return replace(item, trashed_at=when)

    def empty_trash(self) -> int:
        """Delete trashed evidence for good, with the files of those items that nothing else names.

        Only the files of the items deleted go: a vault file no record names (an import interrupted
        before its commit, or a database that lost its rows) is left for :meth:`remove_unused_vault_files`.
        """
        return self._delete_for_good(self._store.evidence.trashed())

    def delete_evidence_for_good(self, evidence_id: int) -> None:
        """Delete one trashed item for good, and its file when no other record names it."""
        item = self._store.evidence.item(evidence_id)
        if item.trashed_at is None:
            raise InvalidInputError(
                translate("Services", "“{title}” is not in the trash: move it there first.").format(
                    title=item.title
                )
            )
        self._delete_for_good([item])

    def _delete_for_good(self, items: Sequence[EvidenceItem]) -> int:
        if not items:
            return 0
        self._refuse_if_rolled_back(translate("Services", "nothing was deleted"))
        now = utc_now()
        deleted = {item.id for item in items}
        with self._store.transaction():
            for item in items:
                self._store.evidence.delete(item.id or 0)
                self._log(
                    "evidence.delete",
                    f"“{item.title}” deleted for good",
                    item.case_id,
                    "evidence",
                    item.id,
                    now,
                )
            # A file goes with its item only when no other item, of any case, in the trash or not,
            # names the same bytes (read again inside this transaction, after the deletions).
            still_named = self._evidence_hashes()
            gone = sorted({item.sha256 for item in items} - still_named)
            for sha in gone:
                self._store.evidence.delete_blob(sha)
        # Files go only after the rows that named them are gone for good; their thumbnails with them.
        for sha in gone:
            self._remove_vault_file(sha)
        for case_id in sorted({item.case_id or 0 for item in items}):
            ids = tuple(item.id or 0 for item in items if (item.case_id or 0) == case_id)
            self._notify(Change(Subject.EVIDENCE, Action.DELETED, case_id, ids))
        return len(deleted)

    def _remove_vault_file(self, sha: str) -> None:
        self._store.vault.remove(sha)
        for thumbnail in self.thumbnail_cache_path(sha, 0).parent.glob(f"{sha}-*.png"):
            thumbnail.unlink(missing_ok=True)

    def _refuse_if_rolled_back(self, outcome: str) -> None:
        """The one place that asks whether the database may have lost rows before files are removed.

        A database older than its vault (restored from a file copy, a lost ``-wal``, an emptied
        file) would call the newer files unused: nothing is removed while the store looks so.
        """
        reason = self._store.looks_rolled_back()
        if reason:
            raise StoreError(
                translate(
                    "Services",
                    "The store at {folder} looks rolled back or replaced ({reason}): {outcome}. "
                    "Restore it from a backup ('dossier restore'), or see docs/security.md for the "
                    "recovery steps.",
                ).format(folder=self._store.root, reason=reason, outcome=outcome)
            )

    def unused_vault_files(self) -> list[UnusedFile]:
        """Whole vault files that no record names, with what is known of them: listed before removal.

        Each is read to check it is whole (a half-written or damaged file is "stray" for
        :meth:`verify`, never offered for removal). Its name comes from the event log when an
        item once held it (an item deleted for good, then its file's removal interrupted).
        """
        from desktop_app.services.work_results import UnusedFile

        vault = self._store.vault
        names = self._names_in_event_log()
        found = []
        for sha in vault.whole_unused(self._named_hashes()):
            try:
                size = vault.size_of(sha)
            except (OSError, DossierError) as exc:  # gone or damaged since: verify reports it
                logs.error("services.unused_vault_files", exc)
                continue
            found.append(UnusedFile(sha, size, vault.path_of(sha), names.get(sha, [])))
        return found

    def remove_unused_vault_files(self, expected: Sequence[str]) -> int:
        """Remove the vault files listed by :meth:`unused_vault_files` (``expected``: their hashes).

        Only those still unused now are removed: a file a record names since, or one that was not
        listed, stays. Refused while the store looks rolled back or its database fails its check.
        """
        self._refuse_if_rolled_back(translate("Services", "no file was removed"))
        problems = self._store.full_check()
        if problems:
            raise StoreError(
                translate(
                    "Services",
                    "The store's database fails its check ({problems}): no file was removed. "
                    "Run 'dossier verify'.",
                ).format(problems="; ".join(problems[:3]))
            )
        wanted = set(expected)
        now_unused = {f.sha256 for f in self.unused_vault_files()}
        chosen = sorted(wanted & now_unused)
        if not chosen:
            return 0
        now = utc_now()
        with self._store.transaction():
            if self._evidence_hashes() & set(chosen):  # pragma: no cover - one process at a time
                raise StoreError(
                    translate("Services", "A record names one of those files now: no file was removed.")
                )
            self._log(
                "vault.remove_unused",
                f"{len(chosen)} vault file(s) no record named removed: " + ", ".join(chosen),
                None,
                at=now,
            )
        for sha in chosen:
            self._remove_vault_file(sha)
        return len(chosen)

    def _names_in_event_log(self) -> dict[str, list[str]]:
        """For each hash the event log names in an evidence.add: the original names it had."""
        names: dict[str, list[str]] = {}
        for event in self._store.events.all():
            if event.action != "evidence.add":
                continue
            marker = event.summary.rfind(", SHA-256 ")
            if marker < 0 or not event.summary.endswith(")"):
                continue
            sha = event.summary[marker + len(", SHA-256 ") : -1]
            start = event.summary.rfind("” (", 0, marker)
            if start < 0 or len(sha) != 64:
                continue
            name = event.summary[start + 3 : marker]
            if name not in names.setdefault(sha, []):
                names[sha].append(name)
        return names
