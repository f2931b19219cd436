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
from desktop_app.domain.vocab import PaymentMethod, case_date_name
from desktop_app.i18n import language, translate, translate_n
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


def _labelled(label: str, value: str) -> str:
    """``Reason: Charged twice``, with the language's own spacing around the colon."""
    return translate("Cli", "{label}: {value}").format(label=label, value=value)


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _money(value: Any, currency: str) -> str:
    """An amount as the process's language writes it (English: 35.98 EUR; French: 35,98 EUR)."""
    return display_amount(value, currency, language())


def overview_lines(overview: CaseOverview) -> list[str]:
    detail = overview.detail
    case = detail.case
    lines = [translate("Cli", "Case {id}: {title}").format(id=case.id, title=case.title), ""]
    lines += [_labelled(label, value) for label, value in _facts(case, overview) if value]
    lines += _issuer_lines(case)
    lines += ["", translate("Cli", "Amounts"), *_figure_lines(overview.total)]
    lines += ["", translate("Cli", "Deadlines"), *_deadline_lines(overview.deadlines)]
    lines += ["", *_ladder_lines(overview.escalation, overview)]
    lines += ["", *_checklist_lines(overview.checklist)]
    lines += ["", translate("Cli", "The story"), f"  {case.summary or translate('Cli', 'No story yet.')}"]
    lines += [
        "",
        translate("Cli", "Guidance, not legal advice: check the dates and the bodies with your bank."),
    ]
    return lines


def _facts(case: Case, overview: CaseOverview) -> list[tuple[str, str]]:
    customer, payment, merchant = case.customer, case.payment, case.merchant
    rules = overview.checklist.rules
    hint = ""
    if payment.method in (None, PaymentMethod.CARD.value):  # a card network's codes, for a card
        hint = ", ".join(f"{n} {c}" for n, c in (("Visa", rules.visa), ("Mastercard", rules.mastercard)) if c)
    stage = overview.escalation.stage.label
    if case.stage_override:
        stage = translate("Cli", "{stage} (your choice)").format(stage=stage)
    else:
        stage = translate("Cli", "{stage} (from the facts)").format(stage=stage)
    language = LANGUAGE_NAMES[case_language(case.country, case.language)]
    if case.language:
        language = translate("Cli", "{language} (your choice)").format(language=language)
    else:
        language = translate("Cli", "{language} (from the country)").format(language=language)
    mandate = _joined(
        translate("Cli", "reference {reference}").format(reference=payment.mandate_reference)
        if payment.mandate_reference
        else None,
        translate("Cli", "creditor {creditor}").format(creditor=payment.creditor_id)
        if payment.creditor_id
        else None,
    )
    business = translate("Cli", "business card or account") if payment.business else None
    facts = [
        (
            translate("Cli", "Customer"),
            _joined(case.customer_name, customer.kind.label if customer.kind else None),
        ),
        (
            translate("Cli", "Customer's contacts"),
            _joined(customer.address, customer.city_apart(), customer.email, customer.phone),
        ),
        (translate("Cli", "Tax number"), customer.tax_id or ""),
        (translate("Cli", "Cardholder"), _joined(customer.cardholder_name, customer.cardholder_role)),
        (translate("Cli", "Merchant"), merchant.name),
        (translate("Cli", "Merchant's contacts"), _joined(merchant.email, merchant.phone, merchant.website)),
        (translate("Cli", "Merchant's address"), merchant.address or ""),
        (translate("Cli", "Reason"), case.reason.label + (f" ({hint})" if hint else "")),
        (translate("Cli", "Status"), case.status.label),
        (translate("Cli", "Escalation stage"), stage),
        (translate("Cli", "Country"), case.country or ""),
        (translate("Cli", "Language of letters and packs"), language),
        (translate("Cli", "Paid with"), _joined(payment.describe(), business)),
        (translate("Cli", "Mandate"), mandate),
        (
            translate("Cli", "Already refunded"),
            _money(case.refunded_amount, case.currency) if case.refunded_amount else "",
        ),
    ]
    for name in CASE_DATE_FIELDS:
        day = getattr(case.dates, name)
        if day is not None:
            label = case_date_name(name)
            facts.append((label[:1].upper() + label[1:], day.isoformat()))
    return facts


def _issuer_lines(case: Case) -> list[str]:
    i = case.issuer
    if all(value is None for value in vars(i).values()):
        return []

    def on(day: Any) -> str | None:
        return translate("Cli", "on {day}").format(day=day) if day else None

    def dated(amount: Any, day: Any) -> str:
        return _joined(_money(amount, case.currency) if amount is not None else None, on(day))

    claim = _joined(
        translate("Cli", "number {number}").format(number=i.claim_number) if i.claim_number else None,
        translate("Cli", "filed on {day}").format(day=i.filed_on) if i.filed_on else None,
    )
    rows = [
        (translate("Cli", "Issuer"), _joined(i.name, i.address)),
        (translate("Cli", "Claim"), claim),
        (translate("Cli", "Provisional credit"), dated(i.provisional_credit, i.provisional_credit_on)),
        (translate("Cli", "Merchant's response"), i.merchant_response or ""),
        (translate("Cli", "Outcome"), _joined(i.outcome.label if i.outcome else None, on(i.outcome_on))),
        (translate("Cli", "Re-debited"), dated(i.redebit_amount, i.redebit_on)),
    ]
    heading = translate("Cli", "After filing with the bank")
    return ["", heading, *["  " + _labelled(label, value) for label, value in rows if value]]


def _figure_lines(total: Total) -> list[str]:
    lines = []
    for f in total.figures:
        p, cur = f.purchase, f.purchase.currency
        agreed = _money(f.agreed, cur) if f.agreed is not None else translate("Cli", "not given")
        said = translate("Cli", "{what}: charged {charged} · agreed {agreed} · disputed {disputed}").format(
            what=p.description or p.kind.label,
            charged=_money(f.charged, cur),
            agreed=agreed,
            disputed=_money(f.disputed, cur),
        )
        lines.append(f"  {p.date.isoformat()}  {said}")
    shown = (
        _money(total.amount, total.currency)
        if total.amount is not None
        else translate("Cli", "cannot be given")
    )
    lines.append("  " + translate("Cli", "Total disputed: {total}").format(total=shown))
    if total.note:
        lines.append("  " + translate("Cli", "Note: {note}").format(note=total.note))
    return lines


def _left(days: int) -> str:
    if days < 0:
        return translate_n("Cli", "%n day(s) ago", -days)
    return translate("Cli", "today") if days == 0 else translate_n("Cli", "in %n day(s)", days)


def _deadline_lines(found: list[CaseDeadline]) -> list[str]:
    if not found:
        return [
            "  " + translate("Cli", "None: add the charges and the case's dates, or a deadline of your own.")
        ]
    lines = []
    for d in found:
        charge = ""
        if d.charge is not None:
            charge = " " + translate("Cli", "(charge of {day}, {amount})").format(
                day=d.charge.date.isoformat(), amount=_money(d.charge.amount, d.charge.currency)
            )
        lines.append(f"  {d.due.isoformat()}  {_labelled(_left(d.days_left), d.title)}{charge} [{d.rule_id}]")
        for note in (d.note, d.working_day_note):
            if note:
                lines.append(f"      {note}")
    return lines


def _ladder_lines(ahead: NextStep, overview: CaseOverview) -> list[str]:
    because = f" ({ahead.because})" if ahead.because else ""
    lines = [
        translate("Cli", "Where it stands: {stage}").format(stage=ahead.stage.label) + because,
        "  " + translate("Cli", "Next: {step}").format(step=ahead.step),
    ]
    if ahead.waiting_for_issuer and overview.issuer_clocks:
        lines.append("  " + translate("Cli", "The issuer's clocks:"))
        lines += [
            f"    {d.due.isoformat()}  {_labelled(_left(d.days_left), d.title)}"
            for d in overview.issuer_clocks
        ]
    lines.append("  " + translate("Cli", "Have ready:"))
    lines += [f"    - {item}" for item in ahead.prepare]
    lines.append("  " + translate("Cli", "The ladder:"))
    for step in ahead.steps:
        lines.append(f"    [{_state(step.state)}] {step.title}")
        for body in step.bodies:
            mark = translate("Cli", "open to you") if body.available else translate("Cli", "not open to you")
            lines.append(
                "        "
                + translate("Cli", "{body}: {open}. {why}").format(body=body.name, open=mark, why=body.why)
            )
    return lines


def _state(state: str) -> str:
    """A step's state as the ladder shows it: done, current, next or later."""
    words = {
        "done": translate("Cli", "done"),
        "current": translate("Cli", "current"),
        "next": translate("Cli", "next"),
        "later": translate("Cli", "later"),
    }
    return words.get(state, state)


def _checklist_lines(checklist: Checklist) -> list[str]:
    lines = [
        translate("Cli", "What the bank will expect ({done} of {total})").format(
            done=checklist.done, total=checklist.total
        )
    ]
    lines += [f"  {'✔' if s.met else '✘'} {s.item.text}" for s in checklist.items]
    step = checklist.next_step
    lines.append(
        translate("Cli", "Next: {step}").format(step=step.hint)
        if step
        else translate("Cli", "Everything the bank usually asks for is here.")
    )
    return lines
