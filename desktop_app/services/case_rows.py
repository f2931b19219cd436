"""The rows of the case list: one per case, from a few grouped queries, and what the rules say of
each case (the disputed total, the next deadline, the checklist), worked out when a row is read.

A view reads the rows it shows: the window's list of 20,000 cases opens with the columns of its
first screen worked out, and the others as they scroll into view, are sorted or filtered. The
command line reads every row, so it works them all out, as before. A row's values never depend
on when they are read: the row keeps the facts and the day it was listed for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app import logs
from desktop_app.domain import dates
from desktop_app.domain.amounts import Total, disputed_charges, disputed_total
from desktop_app.domain.checklist import CaseFacts, Checklist, facts_values, judge
from desktop_app.domain.deadlines import Deadline, compute_deadlines, reads_charges
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, CaseDates, Purchase
from desktop_app.domain.vocab import Reason
from desktop_app.i18n import translate
from desktop_app.services.results import CaseSummary
from desktop_app.services.rules import checklist_rules, deadline_rules


class CaseRows:
    """Rows of the case list, from the store's per-case evidence counts, task dates and digests
    (whose ``contacts`` are the case's communications). What many cases share is worked out once
    per list: the soonest date the deadline rules give (it depends only on the payment, reason,
    country and dates) and the checklist (on the reason and facts)."""

    def __init__(
        self,
        evidence: dict[int, int],
        deadlines: dict[int, date],
        digests: dict[int, dict[str, Any]],
        today: date,
        charges: dict[int, list[Purchase]],
    ) -> None:
        self.evidence, self.deadlines, self.digests, self.today = evidence, deadlines, digests, today
        self.charges = charges
        self._rule_dates: dict[tuple[object, ...], date | None] = {}
        self._reads_charges: dict[tuple[object, ...], bool] = {}
        self._checklists: dict[tuple[Reason, tuple[Any, ...]], Checklist] = {}
        self._notes: dict[CaseDates, str | None] = {}  # dates_note of each set of dates, worked out once

    def row(self, c: Case) -> CaseSummary:
        """The case's row; its disputed total, deadline, late mark and checklist when first read."""
        return ListedCase.of(self, c)

    def note(self, c: Case) -> str | None:
        key = c.dates
        if key not in self._notes:
            self._notes[key] = dates_note(c)
        return self._notes[key]

    def disputed(self, c: Case) -> list[Purchase]:
        """The case's charges in dispute (domain.amounts)."""
        return disputed_charges(self.charges.get(c.id or 0, []))

    def next_deadline(self, c: Case, charges: Sequence[Purchase]) -> date | None:
        """The earliest open deadline (a task not done, or a rule's not passed), of the case and its
        disputed ``charges``."""
        case_id = c.id or 0
        if self.note(c):
            return self.deadlines.get(case_id)
        return _earliest(self.deadlines.get(case_id), self._rule_date(c, charges))

    def total(self, c: Case, charges: Sequence[Purchase]) -> Total:
        """The case's disputed total, the same figure as everywhere (domain.amounts)."""
        return disputed_total(c, charges)

    def checklist(self, c: Case) -> Checklist:
        # Keyed on the facts' values: the facts themselves are made once per kind of case.
        values = facts_values(c, **self.digests[c.id or 0], today=self.today)
        key = (c.reason, values)
        found = self._checklists.get(key)
        if found is None:
            found = self._checklists[key] = judge(checklist_rules()[c.reason], CaseFacts(*values))
        return found

    def _rule_date(self, c: Case, charges: Sequence[Purchase]) -> date | None:
        """The soonest rule deadline not passed, for a case whose dates can be counted from."""
        key = rules_key(c, ())
        reads = self._reads_charges.get(key)
        if reads is None:  # whether a rule that may apply counts from the charges: once per kind of case
            reads = self._reads_charges[key] = reads_charges(c, deadline_rules())
        if reads:
            key = (*key, _charge_dates(charges))
        if key not in self._rule_dates:
            self._rule_dates[key] = _next_rule_deadline(c, self.today, charges)
        return self._rule_dates[key]


class WorkedOut:
    """A row's field worked out the first time it is read, then kept in the row's dictionary
    (where a later read finds it without coming here: this is a non-data descriptor)."""

    def __init__(self, work: Callable[[ListedCase], Any]) -> None:
        self.work = work
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, row: ListedCase | None, owner: type | None = None) -> Any:
        if row is None:
            return self
        value = row.__dict__[self.name] = self.work(row)
        return value


class ListedCase(CaseSummary):
    """A :class:`CaseSummary` whose worked-out fields (disputed amount and currency, next deadline,
    late, checklist) are computed the first time one is read, then kept.

    The others are set when the row is made. It compares, prints and copies
    (``dataclasses.replace``) as a CaseSummary with the same values: every field is read through
    its name, and reading one works it out.
    """

    _rows: CaseRows
    _case: Case

    @classmethod
    def of(cls, rows: CaseRows, c: Case) -> ListedCase:
        case_id = c.id or 0
        issuer = c.issuer
        row = object.__new__(cls)
        # Set in the instance's dictionary, not through the frozen dataclass's __init__: the fields
        # left out are the WorkedOut fields below, which a value set here would hide.
        row.__dict__.update(
            _rows=rows,
            _case=c,
            id=case_id,
            title=c.title,
            merchant=c.merchant.name,
            status=c.status.value,
            reason=c.reason.value,
            archived=c.archived_at is not None,
            evidence_count=rows.evidence.get(case_id, 0),
            communication_count=rows.digests[case_id]["contacts"],
            updated_at=c.updated_at,
            note=rows.note(c),
            issuer_state=issuer_state(c),
            issuer_name=issuer.name,
            claim_number=issuer.claim_number,
        )
        return row

    # What the worked-out fields read, worked out once for them all.
    _charges: list[Purchase] = WorkedOut(lambda row: row._rows.disputed(row._case))  # type: ignore[assignment]
    _total: Total = WorkedOut(lambda row: row._rows.total(row._case, row._charges))  # type: ignore[assignment]

    disputed_amount: Decimal | None = WorkedOut(lambda row: row._total.amount)  # type: ignore[assignment]
    currency: str = WorkedOut(lambda row: row._total.currency)  # type: ignore[assignment]
    next_deadline: date | None = WorkedOut(lambda row: row._rows.next_deadline(row._case, row._charges))  # type: ignore[assignment]
    late: bool = WorkedOut(lambda row: row.next_deadline is not None and row.next_deadline < row._rows.today)  # type: ignore[assignment]
    checklist: Checklist | None = WorkedOut(lambda row: row._rows.checklist(row._case))  # type: ignore[assignment]


def issuer_state(case: Case) -> str | None:
    """Where the dispute filed with the issuer stands: its outcome, "filed", or None (not filed)."""
    issuer = case.issuer
    if issuer.outcome is not None:
        return issuer.outcome.value
    if issuer.filed_on is not None or issuer.claim_number:
        return "filed"
    return None


def rules_key(case: Case, charges: Sequence[Purchase]) -> tuple[object, ...]:
    """What the deadline rules read of a case and its disputed charges (see
    domain.deadlines.compute_deadlines), and nothing else: the payment (method, network, card
    kind, business), the reason, the country, the customer's kind, the case's dates, the issuer's
    filing date and provisional credit, and each disputed charge's date and expected delivery, in
    order. The deadline's charge itself (amount, description, id) is put back per case."""
    pay, issuer = case.payment, case.issuer
    return (
        pay.method,
        pay.network,
        pay.card_kind,
        pay.business,
        case.reason,
        (case.country or "").upper(),
        case.customer.kind,
        case.dates,
        issuer.filed_on,
        issuer.provisional_credit is not None or issuer.provisional_credit_on is not None,
        _charge_dates(charges),
    )


def _charge_dates(charges: Sequence[Purchase]) -> tuple[tuple[date, date | None], ...]:
    """Each disputed charge's date and expected delivery, in order: what the rules read of them."""
    return tuple((p.date, p.expected_delivery) for p in charges)


def _next_rule_deadline(case: Case, today: date, charges: Sequence[Purchase]) -> date | None:
    """The soonest deadline the rules give the case that has not passed (None when its dates
    cannot be counted from: see :func:`dates_note`)."""
    found = rule_deadlines(case, today, charges, working_days=False, checked=True)
    return min((d.due for d in found if d.kind == "deadline" and not d.past), default=None)


def dates_note(case: Case) -> str | None:
    """Why the rules cannot count from the case's dates (one outside 1990-2100, as only another
    program could have stored), or None when they can."""
    outside = translate("Services", "its {field} date {date} is outside {first}–{last}")
    bad = [
        outside.format(
            field=name.replace("_", " "), date=day.isoformat(), first=dates.YEAR_MIN, last=dates.YEAR_MAX
        )
        for name in CASE_DATE_FIELDS
        if (day := getattr(case.dates, name)) is not None and not dates.YEAR_MIN <= day.year <= dates.YEAR_MAX
    ]
    if not bad:
        return None
    return translate(
        "Services",
        "no deadline can be counted: {reasons}. Correct the case's dates (in the window: Edit case).",
    ).format(reasons="; ".join(bad))


def rule_deadlines(
    case: Case,
    today: date,
    charges: Sequence[Purchase],
    *,
    working_days: bool = True,
    checked: bool = False,
) -> list[Deadline]:
    """The deadlines the rules give a case and its disputed charges; none when its dates cannot
    be counted from (``checked``: the caller knows they can)."""
    if not checked and dates_note(case):
        return []
    try:
        return compute_deadlines(case, deadline_rules(), today, charges, working_days=working_days)
    except (OverflowError, ValueError) as exc:  # a date the rules' arithmetic cannot reach
        logs.error("services.rule_deadlines", exc)
        return []


def _earliest(*days: date | None) -> date | None:
    return min((day for day in days if day is not None), default=None)
