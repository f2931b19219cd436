"""Checking the store: verify (the database, the event log, the record, every vault file), the
background quick check, and the counts ``dossier check`` shows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop_app.i18n import translate
from desktop_app.services.core import (
    ServiceCore,
)
from desktop_app.services.jobs import Job, JobContext

if TYPE_CHECKING:
    from desktop_app.services.work_results import VerifyReport


class VerifyServices(ServiceCore):
    """The use cases of checking the store."""

    def verify(self) -> VerifyReport:
        from desktop_app.services.work_results import VerifyReport

        report = VerifyReport(database_problems=self._store.integrity_check())
        if report.database_problems:
            return report
        report.database_problems += self._store.events.chain_problems()
        report.database_problems += self._store.generation_problems()  # rolled back, or trimmed
        report.database_problems += self._store.key_file_problems()  # dossier.keys read strictly
        names = self._store.evidence.names_by_hash()
        vault = self._store.vault.verify(self._named_hashes())
        vault_root = self._store.vault.root
        unused = translate("Services", "unused file")
        report.missing = [
            f"{names.get(sha, unused)}: {vault_root / 'objects' / sha[:2] / sha}" for sha in vault.missing
        ]
        report.altered = [
            f"{names.get(sha, unused)}: {vault_root / 'objects' / sha[:2] / sha}"
            + (f" ({vault.reasons[sha]})" if sha in vault.reasons else "")
            for sha in vault.altered
        ]
        report.stray = [str(vault_root / name) for name in vault.stray]
        report.unused = [str(self._store.vault.path_of(sha)) for sha in vault.unused]
        return report

    def verify_job(self) -> Job[VerifyReport]:
        """:meth:`verify` as a job (it reads every file of the vault)."""

        def work(context: JobContext) -> VerifyReport:
            context.progress(0, 1, translate("Services", "Checking the database and every file"))
            with self._store.claimed():
                report = self.verify()
            context.progress(1, 1, translate("Services", "Done"))
            return report

        return Job(translate("Services", "Verifying the store"), work)

    def quick_check_due(self, today: date | None = None) -> bool:
        """Whether the background check (:meth:`background_check_job`) has not run yet today."""
        return self._store.quick_check_due(today or date.today())

    def background_check_job(self) -> Job[list[str]]:
        """The quick check of the database (``PRAGMA quick_check``), run after start at most once a
        day (see :meth:`quick_check_due`): its result is what is wrong ([] when the database is
        sound). It runs on a connection of its own, so the owner (the window) goes on using the
        store meanwhile; the owner then notes the day with :meth:`note_quick_check`."""

        def work(context: JobContext) -> list[str]:
            context.progress(0, 1, translate("Services", "Checking the store's database"))
            problems = self._store.quick_check_apart()
            context.progress(1, 1, translate("Services", "Done"))
            return problems

        return Job(translate("Services", "Checking the store's database"), work)

    def note_quick_check(self, today: date | None = None) -> None:
        """Note that the day's background check ran (on the store's owner, after the job)."""
        self._store.note_quick_check(today or date.today())

    def generation_problems(self) -> list[str]:
        """Why the database looks rolled back or replaced against the store's record of it ([]: sound)."""
        return self._store.generation_problems()

    def database_summary(self) -> tuple[dict[str, int], int]:
        """How many rows each table holds, and how many vault files the records name (``dossier check``)."""
        return self._store.table_counts(), len(self._store.evidence.referenced_hashes())
