"""One case as its Overview shows it: the facts, the three figures of each disputed charge and the
case's total, the checklist, the deadlines, and where it stands on the escalation ladder with the
bodies open to this customer. ``dossier case show`` prints it; the window may read it too.

The checklist is judged from the case's records (domain.checklist.facts_of), which gives what the
case list gets from the store's aggregates; the deadlines are those of :meth:`deadlines`
(what ``dossier deadlines`` lists); the ladder's step follows the logged facts
(domain.escalation.next_step) unless the user chose the stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol, cast

from desktop_app.domain.amounts import Total, disputed_total
from desktop_app.domain.checklist import Checklist, facts_of, judge
from desktop_app.domain.escalation import Body, NextStep, Step
from desktop_app.domain.escalation import next_step as ladder_step
from desktop_app.services.core import ServiceCore
from desktop_app.services.results import CaseDeadline, CaseDetail
from desktop_app.services.rules import checklist_rules, escalation_ladder

if TYPE_CHECKING:
    pass

__all__ = ["BodyView", "CaseOverview", "OverviewServices", "StepView"]

BodyView = Body  # an organisation a step names: name, available, why, source
StepView = Step  # a step of the ladder: stage, title, state (done, current, next, later), bodies

# What a deadline counted from the dispute's filing with the issuer says it counts from.
FILED_ON = ("filed_on", "issuer.filed_on", "issuer_filed_on")


class _Deadlines(Protocol):
    """The part of Services that lists a case's deadlines (services.cases)."""

    def deadlines(self, case_id: int | None = None, today: date | None = None) -> list[CaseDeadline]: ...


@dataclass(frozen=True)
class CaseOverview:
    detail: CaseDetail
    total: Total  # the case's disputed total and each disputed charge's three figures
    checklist: Checklist
    deadlines: list[CaseDeadline]  # soonest first, as ``dossier deadlines`` lists them
    escalation: NextStep  # where it stands, what to do now, and the whole ladder (``steps``)
    today: date

    @property
    def issuer_clocks(self) -> list[CaseDeadline]:
        """The deadlines that run from the dispute's filing: what waiting for the issuer waits on."""
        return [d for d in self.deadlines if d.counted_from in FILED_ON]


class OverviewServices(ServiceCore):
    """One case, read as its Overview shows it."""

    def case_overview(self, case_id: int, today: date | None = None) -> CaseOverview:
        today = today or date.today()
        detail = self.case_detail(case_id)
        case = detail.case
        facts = facts_of(case, detail.purchases, detail.communications, detail.evidence, today)
        deadlines = cast(_Deadlines, self).deadlines(case_id, today)
        return CaseOverview(
            detail=detail,
            total=disputed_total(case, detail.purchases),
            checklist=judge(checklist_rules()[case.reason], facts),
            deadlines=deadlines,
            escalation=ladder_step(case, escalation_ladder(), detail.communications),
            today=today,
        )
