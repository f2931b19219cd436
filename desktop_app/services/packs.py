"""The dispute-evidence pack: built, previewed, placed and recorded, as one job."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import Cancelled, DossierError
from desktop_app.i18n import translate, translate_n
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    utc_now,
)
from desktop_app.services.jobs import Job, JobContext, Progress
from desktop_app.services.results import (
    CaseDetail,
)

if TYPE_CHECKING:
    from desktop_app.domain.deadlines import Deadline
    from desktop_app.pack.builder import FitPlan, PackOptions, PackResult


class PackServices(ServiceCore):
    """The use cases of the evidence pack."""

    def build_pack(
        self,
        case_id: int,
        out: Path,
        options: PackOptions,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackResult:
        """Write the dispute-evidence pack of a case (see desktop_app.pack.builder): the full check
        of the database first, then the pack, then its entry in the event log."""
        self._check_database()
        detail = self.case_detail(case_id)
        result = self._make_pack(detail, out, options, progress=progress, cancelled=cancelled)
        self._record_pack(case_id, result)
        return result

    def exhibit_order(self, case_id: int) -> list[int]:
        """The case's live evidence ids in the pack's default order, the order that argues the
        reason (domain.exhibit_order): what ``dossier pack`` uses when ``--exhibits`` is not given,
        and what the export dialog starts from. Reads records only (no file, no pack module)."""
        from desktop_app.domain.exhibit_order import default_order
        from desktop_app.services.rules import checklist_rules

        case = self._store.cases.get(case_id)
        evidence = self._store.evidence.items(case_id)
        purchases = self._store.records.purchases(case_id)
        communications = self._store.records.communications(case_id)
        ordered = default_order(case, evidence, checklist_rules(), purchases, communications)
        return [e.id for e in ordered if e.id is not None]

    def fit_plan(self, case_id: int, options: PackOptions) -> FitPlan:
        """What the pack for ``options.profile`` would hold, worked out from page counts and sizes
        before any image is rendered (see pack/planner.py): the evidence ids kept (in the pack's
        order, those that matter most first), those left out (listed in the pack as available on
        request), its estimated pages and bytes, and whether the whole case fits.
        ``options.evidence_ids``: the candidates, in the user's order (None: every live item in the
        reason's order). The pack is then built with ``PackOptions(fit=True, evidence_ids=kept)``.
        Reads vault files (headers and PDFs' page counts), never writes."""
        from desktop_app.pack.builder import plan_pack

        detail = self.case_detail(case_id)
        case = replace(detail.case, stage=detail.next_step.stage)
        return plan_pack(
            case,
            detail.purchases,
            detail.communications,
            detail.tasks,
            detail.evidence,
            self._store.vault.open,
            options,
            deadlines=_page_one_deadlines(detail, options),
        )

    def pack_job(self, case_id: int, out: Path, options: PackOptions) -> Job[PackResult]:
        """:meth:`build_pack` as a job: what ``dossier pack`` runs and the window's Export runs."""

        def work(context: JobContext) -> PackResult:
            with _pack_cancel_is_cancel():
                with self._store.claimed():
                    self._check_database()
                    detail = self.case_detail(case_id)
                result = self._make_pack(
                    detail, out, options, progress=context.progress, cancelled=context.cancelled
                )
            with self._store.claimed():
                self._record_pack(case_id, result)
            return result

        return Job(translate("Services", "Building the evidence pack"), work)

    def preview_pack_job(self, case_id: int, out: Path, options: PackOptions) -> Job[PackResult]:
        """A pack built to look at before it is exported (in a private folder): not recorded.
        :meth:`place_pack_job` then moves that very pack where the user chose.

        The case is read here, on the caller's thread (the store's owner: the window's GUI
        thread), and the job's work reads only vault files: it never claims the store. The
        window runs this job on the export dialog's own runner, beside its main one, while its
        timers (the agenda, the day's check) and the changes it shows go on using the database
        from the GUI thread whenever the main runner is idle; a claim here would meet them
        (the store's AssertionError). So the rule stays one: only jobs on the window's main
        runner own the store."""
        detail = self.case_detail(case_id)

        def work(context: JobContext) -> PackResult:
            with _pack_cancel_is_cancel():
                return self._make_pack(
                    detail, out, options, progress=context.progress, cancelled=context.cancelled
                )

        return Job(translate("Services", "Building the pack's preview"), work)

    def place_pack(self, case_id: int, built: PackResult, out: Path, *, force: bool = False) -> PackResult:
        """Move a pack built by :meth:`preview_pack_job` to ``out`` (no second build), after the
        full check of the database, and note it in the event log."""
        from desktop_app.pack.builder import place_pack

        self._check_database()
        placed = place_pack(built, out, force=force)
        self._record_pack(case_id, placed)
        return placed

    def place_pack_job(
        self, case_id: int, built: PackResult, out: Path, *, force: bool = False
    ) -> Job[PackResult]:
        def work(context: JobContext) -> PackResult:
            context.progress(0, 1, translate("Services", "Checking the store's database"))
            with self._store.claimed():
                placed = self.place_pack(case_id, built, out, force=force)
            context.progress(1, 1, translate("Services", "Done"))
            return placed

        return Job(translate("Services", "Exporting the evidence pack"), work)

    def _make_pack(
        self,
        detail: CaseDetail,
        out: Path,
        options: PackOptions,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackResult:
        """The pack itself. It reads only vault files, so it may run on a worker thread.

        Every exhibit's file is checked against its SHA-256 before any page is rendered: a pack is
        never made from a file that is not the original. (A pack the profile cannot take is refused
        first, from page counts and sizes: that decision reads only headers and page counts.)
        """
        from desktop_app.pack.builder import build_pack
        from desktop_app.pack.memory import steady_heap

        def check_originals() -> None:
            damaged = []
            for item in detail.evidence:
                try:
                    if self._store.vault.hash_of(item.sha256) != item.sha256:
                        said = translate("Services", "{name} (its bytes no longer match its SHA-256)")
                        damaged.append(said.format(name=item.original_name))
                except DossierError as exc:
                    damaged.append(
                        translate("Services", "{name} ({problem})").format(
                            name=item.original_name, problem=exc
                        )
                    )
            if damaged:
                text = translate_n(
                    "Services",
                    "No pack was written: %n evidence file(s) are missing or damaged in the vault: {files}. "
                    "Run 'dossier verify', and restore the store from a backup.",
                    len(damaged),
                )
                raise DossierError(text.format(files="; ".join(damaged[:3])))

        # Page 1's "current stage" is where the case stands from its logged facts (the escalation
        # ladder), or the user's own choice of stage: never a stage the facts have moved past.
        case = replace(detail.case, stage=detail.next_step.stage)
        with steady_heap():  # each image's memory used again by the next (pack/memory.py)
            return build_pack(
                case,
                detail.purchases,
                detail.communications,
                detail.tasks,
                detail.evidence,
                self._store.vault.open,
                out,
                options,
                progress=progress,
                cancelled=cancelled,
                deadlines=_page_one_deadlines(detail, options),
                before_rendering=check_originals,
            )

    def _check_database(self) -> None:
        """The full check of the database (run before every pack and backup); raises when it fails."""
        problems = self._store.full_check()
        if problems:
            text = translate(
                "Services",
                "The store's database fails its check ({problems}): nothing was written. "
                "Run 'dossier verify', and restore the store from a backup.",
            )
            raise DossierError(text.format(problems="; ".join(problems[:3])))

    def _record_pack(self, case_id: int, result: PackResult) -> None:
        """Note in the event log that a pack was written, with its fingerprints."""
        now = utc_now()
        files = ", ".join(f"{f.path.name} (SHA-256 {f.sha256})" for f in result.files)
        with self._store.transaction():
            self._log(
                "pack.build",
                f"Evidence pack written for the {result.profile.label} profile: {files}",
                case_id,
                "case",
                case_id,
                now,
            )
        self._notify(Change(Subject.PACK, Action.ADDED, case_id))


def _page_one_deadlines(detail: CaseDetail, options: PackOptions) -> list[Deadline]:
    """The deadlines the rules give the case and its disputed charges, counted on the pack's day:
    page 1 states the one the claim is filed within (desktop_app.pack.keyfacts)."""
    from desktop_app.domain.amounts import disputed_charges
    from desktop_app.services.case_rows import rule_deadlines

    today = options.today or date.today()
    return rule_deadlines(detail.case, today, disputed_charges(detail.purchases))


@contextlib.contextmanager
def _pack_cancel_is_cancel() -> Iterator[None]:
    """The pack builder's own cancel, as every job's: :class:`Cancelled`."""
    from desktop_app.pack.builder import PackCancelled

    try:
        yield
    except PackCancelled as exc:
        raise Cancelled(str(exc)) from exc
