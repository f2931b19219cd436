"""``dossier case show ID [--json]``: one case as the window's Overview shows it.

As text: the case's facts, the three figures of each disputed charge and the total, the
deadlines, where it stands on the escalation ladder (what to do now, what to have ready, each
step's bodies and whether this customer may use them), what the bank will expect, the story.

As JSON: the case's fields as in a case file (``dossier-case/2``, evidence without a path: no
file is written), its ``id``, and ``checklist`` (as in ``dossier cases --json``), ``deadlines``
(as in ``dossier deadlines --json``), ``escalation`` (the ladder's steps in order, each with
``id``, ``title``, ``state`` and ``bodies``: ``name``, ``available``, ``why``); besides,
``where_it_stands`` (the current step's advice and why) and ``disputed_total`` (the figures).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any, TextIO

from desktop_app.cli.output import print_json
from desktop_app.domain.amounts import Total
from desktop_app.domain.casefile import build_case_file
from desktop_app.domain.checklist import Checklist
from desktop_app.domain.deadlines import ChargeRef
from desktop_app.domain.escalation import NextStep
from desktop_app.domain.models import CASE_DATE_FIELDS, Case
from desktop_app.domain.money import display_amount, format_amount
from desktop_app.domain.profiles import LANGUAGE_NAMES, case_language
from desktop_app.domain.vocab import PaymentMethod
from desktop_app.services import CaseDeadline, Services
from desktop_app.services.overview import CaseOverview


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    overview = services.case_overview(args.case_id)
    if args.json:
        print_json(overview_json(overview), out)
    else:
        out.write("\n".join(overview_lines(overview)) + "\n")
    return 0


# -- JSON ------------------------------------------------------------------------------------


def overview_json(overview: CaseOverview) -> dict[str, Any]:
    detail = overview.detail
    document = build_case_file(
        detail.case,
        detail.purchases,
        detail.communications,
        [(item, "") for item in detail.evidence],
        detail.tasks,
    )
    for entry in document["evidence"]:
        entry["path"] = None  # nothing is written: the file stays in the store
    ahead = overview.escalation
    return {
        "id": detail.case.id,
        **document,
        "disputed_total": _total_json(overview.total),
        "checklist": checklist_json(overview.checklist),
        "deadlines": deadline_rows(overview.deadlines),
        "escalation": [
            {
                "id": step.stage.value,
                "title": step.title,
                "state": step.state,
                "bodies": [{"name": b.name, "available": b.available, "why": b.why} for b in step.bodies],
            }
            for step in ahead.steps
        ],
        "where_it_stands": {
            "stage": ahead.stage.value,
            "step": ahead.step,
            "because": ahead.because,
            "prepare": list(ahead.prepare),
            "source": ahead.source,
            "overridden": ahead.overridden,
            "waiting_for_issuer": ahead.waiting_for_issuer,
            "finished": ahead.finished,
            "issuer_clocks": [d.rule_id for d in overview.issuer_clocks],
        },
    }


def checklist_json(checklist: Checklist) -> dict[str, Any]:
    """As ``dossier cases --json`` gives a case's checklist."""
    return {
        "done": checklist.done,
        "total": checklist.total,
        "items": [{"id": s.item.id, "text": s.item.text, "met": s.met} for s in checklist.items],
    }


def deadline_rows(found: Iterable[CaseDeadline]) -> list[dict[str, Any]]:
    """As ``dossier deadlines --json`` lists them."""
    return [
        {
            "case_id": d.case_id,
            "rule_id": d.rule_id,
            "title": d.title,
            "kind": d.kind,
            "due": d.due.isoformat(),
            "days_left": d.days_left,
            "source": d.source,
            "note": d.note,
            "charge": _charge_json(d.charge),
        }
        for d in found
    ]


def _charge_json(charge: ChargeRef | None) -> dict[str, Any] | None:
    if charge is None:
        return None
    return {
        "date": charge.date.isoformat(),
        "amount": format_amount(charge.amount),
        "currency": charge.currency,
        "description": charge.description,
    }


def _total_json(total: Total) -> dict[str, Any]:
    def amount(value: Any) -> str | None:
        return format_amount(value) if value is not None else None

    return {
        "amount": amount(total.amount),
        "currency": total.currency,
        "from_charges": total.from_charges,
        "note": total.note,
        "charges": [
            {
                "date": f.purchase.date.isoformat(),
                "description": f.purchase.description,
                "currency": f.purchase.currency,
                "charged": amount(f.charged),
                "agreed": amount(f.agreed),
                "disputed": amount(f.disputed),
                "disputed_given": f.disputed_given,
            }
            for f in total.figures
        ],
    }


# -- text ------------------------------------------------------------------------------------


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _money(value: Any, currency: str) -> str:
    return display_amount(value, currency, "en")


def overview_lines(overview: CaseOverview) -> list[str]:
    detail = overview.detail
    case = detail.case
    lines = [f"Case {case.id}: {case.title}", ""]
    lines += [f"{label}: {value}" for label, value in _facts(case, overview) if value]
    lines += _issuer_lines(case)
    lines += ["", "Amounts", *_figure_lines(overview.total)]
    lines += ["", "Deadlines", *_deadline_lines(overview.deadlines)]
    lines += ["", *_ladder_lines(overview.escalation, overview)]
    lines += ["", *_checklist_lines(overview.checklist)]
    lines += ["", "The story", f"  {case.summary or 'No story yet.'}"]
    lines += ["", "Guidance, not legal advice: check the dates and the bodies with your bank."]
    return lines


def _facts(case: Case, overview: CaseOverview) -> list[tuple[str, str]]:
    customer, payment, merchant = case.customer, case.payment, case.merchant
    rules = overview.checklist.rules
    hint = ""
    if payment.method in (None, PaymentMethod.CARD.value):  # a card network's codes, for a card
        hint = ", ".join(f"{n} {c}" for n, c in (("Visa", rules.visa), ("Mastercard", rules.mastercard)) if c)
    stage = overview.escalation.stage.label
    facts = [
        ("Customer", _joined(case.customer_name, customer.kind.label if customer.kind else None)),
        (
            "Customer's contacts",
            _joined(customer.address, customer.city_apart(), customer.email, customer.phone),
        ),
        ("Tax number", customer.tax_id or ""),
        ("Cardholder", _joined(customer.cardholder_name, customer.cardholder_role)),
        ("Merchant", merchant.name),
        ("Merchant's contacts", _joined(merchant.email, merchant.phone, merchant.website)),
        ("Merchant's address", merchant.address or ""),
        ("Reason", case.reason.label + (f" ({hint})" if hint else "")),
        ("Status", case.status.label),
        ("Escalation stage", f"{stage} ({'your choice' if case.stage_override else 'from the facts'})"),
        ("Country", case.country or ""),
        (
            "Language of letters and packs",
            LANGUAGE_NAMES[case_language(case.country, case.language)]
            + (" (your choice)" if case.language else " (from the country)"),
        ),
        ("Paid with", _joined(payment.describe(), "business card or account" if payment.business else None)),
        (
            "Mandate",
            _joined(
                f"reference {payment.mandate_reference}" if payment.mandate_reference else None,
                f"creditor {payment.creditor_id}" if payment.creditor_id else None,
            ),
        ),
        ("Already refunded", _money(case.refunded_amount, case.currency) if case.refunded_amount else ""),
    ]
    for name in CASE_DATE_FIELDS:
        day = getattr(case.dates, name)
        if day is not None:
            facts.append((f"Date: {name.replace('_', ' ')}", day.isoformat()))
    return facts


def _issuer_lines(case: Case) -> list[str]:
    i = case.issuer
    if all(value is None for value in vars(i).values()):
        return []

    def dated(amount: Any, day: Any) -> str:
        return _joined(
            _money(amount, case.currency) if amount is not None else None, f"on {day}" if day else None
        )

    rows = [
        ("Issuer", _joined(i.name, i.address)),
        ("Claim", _joined(f"number {i.claim_number}" if i.claim_number else None,
                          f"filed on {i.filed_on}" if i.filed_on else None)),
        ("Provisional credit", dated(i.provisional_credit, i.provisional_credit_on)),
        ("Merchant's response", i.merchant_response or ""),
        ("Outcome", _joined(i.outcome.label if i.outcome else None,
                            f"on {i.outcome_on}" if i.outcome_on else None)),
        ("Re-debited", dated(i.redebit_amount, i.redebit_on)),
    ]  # fmt: skip
    return ["", "After filing with the bank", *[f"  {label}: {value}" for label, value in rows if value]]


def _figure_lines(total: Total) -> list[str]:
    lines = []
    for f in total.figures:
        p, cur = f.purchase, f.purchase.currency
        agreed = _money(f.agreed, cur) if f.agreed is not None else "not given"
        lines.append(
            f"  {p.date.isoformat()}  {p.description or p.kind.label}: charged {_money(f.charged, cur)}"
            f" · agreed {agreed} · disputed {_money(f.disputed, cur)}"
        )
    shown = _money(total.amount, total.currency) if total.amount is not None else "cannot be given"
    lines.append(f"  Total disputed: {shown}")
    if total.note:
        lines.append(f"  Note: {total.note}")
    return lines


def _left(days: int) -> str:
    return f"{-days} day(s) ago" if days < 0 else ("today" if days == 0 else f"in {days} day(s)")


def _deadline_lines(found: list[CaseDeadline]) -> list[str]:
    if not found:
        return ["  None: add the charges and the case's dates, or a deadline of your own."]
    lines = []
    for d in found:
        charge = ""
        if d.charge is not None:
            charge = f" (charge of {d.charge.date.isoformat()}, {_money(d.charge.amount, d.charge.currency)})"
        lines.append(f"  {d.due.isoformat()}  {_left(d.days_left)}: {d.title}{charge} [{d.rule_id}]")
        for note in (d.note, d.working_day_note):
            if note:
                lines.append(f"      {note}")
    return lines


def _ladder_lines(ahead: NextStep, overview: CaseOverview) -> list[str]:
    because = f" ({ahead.because})" if ahead.because else ""
    lines = [f"Where it stands: {ahead.stage.label}{because}", f"  Next: {ahead.step}"]
    if ahead.waiting_for_issuer and overview.issuer_clocks:
        lines.append("  The issuer's clocks:")
        lines += [f"    {d.due.isoformat()}  {_left(d.days_left)}: {d.title}" for d in overview.issuer_clocks]
    lines.append("  Have ready:")
    lines += [f"    - {item}" for item in ahead.prepare]
    lines.append("  The ladder:")
    for step in ahead.steps:
        lines.append(f"    [{step.state}] {step.title}")
        for body in step.bodies:
            mark = "open to you" if body.available else "not open to you"
            lines.append(f"        {body.name}: {mark}. {body.why}")
    return lines


def _checklist_lines(checklist: Checklist) -> list[str]:
    lines = [f"What the bank will expect ({checklist.done} of {checklist.total})"]
    lines += [f"  {'✔' if s.met else '✘'} {s.item.text}" for s in checklist.items]
    step = checklist.next_step
    lines.append(f"Next: {step.hint}" if step else "Everything the bank usually asks for is here.")
    return lines
