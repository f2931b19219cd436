"""``dossier demo``, ``cases``, ``deadlines`` and ``preferences``: the cases, read."""

from __future__ import annotations

import argparse
import gc
from datetime import date
from typing import Any, TextIO

from desktop_app.cli.output import print_json, table, warning
from desktop_app.domain.checklist import Checklist
from desktop_app.domain.deadlines import ChargeRef, Notice
from desktop_app.domain.money import display_amount, format_amount
from desktop_app.domain.vocab import CaseStatus
from desktop_app.i18n import language, translate, translate_n
from desktop_app.services import Services


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    command = args.command
    if command == "demo":
        print(services.add_sample_case(), file=out)
        return 0
    if command == "cases":
        return _cases(services, args.json, out)
    if command == "deadlines":
        if args.ics is not None:
            count = services.write_calendar(args.ics, args.case_id, force=args.force)
            print(
                translate_n("Cli", "%n open deadline(s) written to {ics}", count).format(ics=args.ics),
                file=out,
            )
            return 0
        return _deadlines(services, args.case_id, args.json, out, err)
    if command == "preferences":
        if args.own_addresses is not None:
            services.set_own_addresses(args.own_addresses.split(","))
        print(
            translate("Cli", "own addresses: {addresses}").format(
                addresses=", ".join(services.own_addresses()) or translate("Cli", "(none set)")
            ),
            file=out,
        )
        return 0
    raise AssertionError(command)  # pragma: no cover - the parser refuses unknown commands


def _cases(services: Services, as_json: bool, out: TextIO) -> int:
    # The case list makes thousands of objects: the cyclic garbage collector need not walk every
    # module and the open store at each of its collections meanwhile (as at the window's start,
    # ui/app.py). At 2,000 cases about 20 ms of the command's 0.25 s. All collectable again after.
    gc.freeze()
    try:
        return _list(services, as_json, out)
    finally:
        gc.unfreeze()


def _list(services: Services, as_json: bool, out: TextIO) -> int:
    cases = services.list_cases()
    if as_json:
        rows: list[dict[str, Any]] = [
            {
                "id": c.id,
                "title": c.title,
                "merchant": c.merchant,
                "status": c.status,
                "reason": c.reason,
                "disputed_amount": format_amount(c.disputed_amount)
                if c.disputed_amount is not None
                else None,
                "currency": c.currency,
                "evidence_count": c.evidence_count,
                "communication_count": c.communication_count,
                "updated_at": c.updated_at.isoformat() if c.updated_at else None,
                "next_deadline": c.next_deadline.isoformat() if c.next_deadline else None,
                "late": c.late,
                "issuer_state": c.issuer_state,
                "claim_number": c.claim_number,
                "checklist": _checklist_json(c.checklist),
                "note": c.note,
            }
            for c in cases
        ]
        print_json(rows, out)
        return 0
    if not cases:
        print(translate("Cli", "No cases yet. 'dossier demo' adds the sample case."), file=out)
        return 0
    table(
        out,
        [
            translate("Cli", "ID"),
            translate("Cli", "TITLE"),
            translate("Cli", "MERCHANT"),
            translate("Cli", "STATUS"),
            translate("Cli", "NEXT DEADLINE"),
            translate("Cli", "DISPUTED"),
            translate("Cli", "EVIDENCE"),
        ],
        [
            [
                str(c.id),
                c.title,
                c.merchant,
                _status(c.status, c.issuer_label() if c.issuer_state else ""),
                _next_deadline(c.next_deadline, c.late),
                display_amount(c.disputed_amount, c.currency, language()),
                c.checklist.label() if c.checklist else "",
            ]
            for c in cases
        ],
    )
    for c in cases:
        if c.note:
            print(translate("Cli", "note: case {id}: {note}").format(id=c.id, note=c.note), file=out)
    return 0


def _next_deadline(day: date | None, late: bool) -> str:
    if day is None:
        return ""
    return translate("Cli", "{day} (late)").format(day=day.isoformat()) if late else day.isoformat()


def _checklist_json(checklist: Checklist | None) -> dict[str, Any] | None:
    if checklist is None:
        return None
    return {
        "done": checklist.done,
        "total": checklist.total,
        "items": [
            {"id": status.item.id, "text": status.item.text, "met": status.met} for status in checklist.items
        ],
    }


def _charge_json(charge: ChargeRef | None) -> dict[str, Any] | None:
    if charge is None:
        return None
    return {
        "date": charge.date.isoformat(),
        "amount": format_amount(charge.amount),
        "currency": charge.currency,
        "description": charge.description,
    }


def _charge_text(charge: ChargeRef | None) -> str:
    """``2026-09-05 29.90 EUR``: which charge a deadline counts from ("" for a case date), the amount as
    the process's language writes it."""
    if charge is None:
        return ""
    return f"{charge.date.isoformat()} {display_amount(charge.amount, charge.currency, language())}"


def _notices(notices: list[Notice], out: TextIO) -> None:
    for n in notices:
        note = f" {n.note}" if n.note else ""
        print(
            translate("Cli", "also: {title}.{note} (source: {source})").format(
                title=n.title, note=note, source=n.source
            ),
            file=out,
        )


def _deadlines(services: Services, case_id: int | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    found, notes = services.deadlines_report(case_id)
    for noted, note in sorted(notes.items()):
        warning(translate("Cli", "case {noted}: {note}").format(noted=noted, note=note), err)
    if as_json:
        rows = [
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
        print_json(rows, out)
        return 0
    notices = services.deadline_notices(case_id) if case_id is not None else []
    if not found:
        print(
            translate(
                "Cli",
                "No deadline: add the case's charges or dates (transaction, statement...) or a deadline of "
                "your own.",
            ),
            file=out,
        )
        _notices(notices, out)
        return 0

    def left(days: int) -> str:
        if days < 0:
            return translate_n("Cli", "%n day(s) ago", -days)
        return translate("Cli", "today") if days == 0 else translate_n("Cli", "in %n day(s)", days)

    table(
        out,
        [
            translate("Cli", "CASE"),
            translate("Cli", "DUE"),
            translate("Cli", "WHEN"),
            translate("Cli", "WHAT"),
            translate("Cli", "CHARGE"),
            translate("Cli", "RULE"),
        ],
        [
            [str(d.case_id), d.due.isoformat(), left(d.days_left), d.title, _charge_text(d.charge), d.rule_id]
            for d in found
        ],
    )
    for d in found:
        if d.working_day_note and d.days_left >= 0:
            print(
                translate("Cli", "note: case {case_id}, {rule_id}, due {due}: {working_day_note}").format(
                    case_id=d.case_id,
                    rule_id=d.rule_id,
                    due=d.due.isoformat(),
                    working_day_note=d.working_day_note,
                ),
                file=out,
            )
    _notices(notices, out)
    print(
        translate(
            "Cli",
            "Guidance, not legal advice: check the dates with your bank. 'dossier deadlines --json' gives "
            "each rule's source.",
        ),
        file=out,
    )
    return 0


def _status(status: str, issuer: str) -> str:
    """The case's status in words, in the process's language ("waiting" is "en attente" in
    French; ``--json`` keeps the vocabulary's value), then what the issuer says of it."""
    shown = CaseStatus(status).label if status in CaseStatus.values() else status
    return f"{shown}, {issuer}" if issuer else shown
