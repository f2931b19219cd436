"""One chronological view of a case: purchases, contacts, evidence, promises, deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.money import format_money
from desktop_app.domain.text import format_moment

DATE_LABELS = {
    "transaction": "Transaction processed",
    "statement": "Statement showing the charge",
    "expected_delivery": "Delivery expected",
    "cancellation": "Cancelled",
    "returned": "Goods returned",
    "credit_promised": "Refund promised by",
    "debit": "Account debited",
    "final_response": "Final response received",
    "bank_complaint": "Complaint sent to the bank",
    "mandate_revoked": "Mandate revoked or contract ended",
    "merchant_complaint": "Written complaint reached the merchant",
}


@dataclass(frozen=True)
class TimelineEntry:
    sort_key: str  # UTC ISO moment: dates sort at the start of their day
    when: str  # as shown: a date, or a date and time with its UTC offset
    kind: str  # purchase, contact, evidence, promise, deadline, task, date
    text: str
    section: str | None = None  # where the item lives: purchases, communications, evidence, tasks
    item_id: int | None = None


def _day(value: date) -> str:
    return datetime(value.year, value.month, value.day, tzinfo=UTC).isoformat()


def build_timeline(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    evidence: Sequence[EvidenceItem],
    tasks: Sequence[Task],
    lang: str = "en",
) -> list[TimelineEntry]:
    """Everything of the case in order; amounts are written as the pack writes them in ``lang``."""
    entries: list[TimelineEntry] = []
    for p in purchases:
        text = f"{p.kind.label} of {format_money(p.amount, p.currency, lang)}" + (
            f": {p.description}" if p.description else ""
        )
        if p.disputed:
            text += " (disputed)"
        entries.append(TimelineEntry(_day(p.date), p.date.isoformat(), "purchase", text, "purchases", p.id))
    for name in CASE_DATE_FIELDS:
        value: date | None = getattr(case.dates, name)
        if value is not None:
            entries.append(TimelineEntry(_day(value), value.isoformat(), "date", DATE_LABELS[name]))
    for c in communications:
        who = f" with {c.representative}" if c.representative else ""
        ref = f" [{c.reference}]" if c.reference else ""
        about = c.summary or c.subject or ""
        text = (
            f"{c.channel.label} {'from' if c.direction.value == 'incoming' else 'to'} the merchant{who}{ref}"
        )
        entries.append(
            TimelineEntry(
                c.at.astimezone(UTC).isoformat(),
                format_moment(c.at),
                "contact",
                f"{text}: {about}" if about else text,
                "communications",
                c.id,
            )
        )
    for e in evidence:
        entries.append(
            TimelineEntry(
                e.imported_at.astimezone(UTC).isoformat(),
                format_moment(e.imported_at),
                "evidence",
                f"Evidence added: {e.title} ({e.original_name})",
                "evidence",
                e.id,
            )
        )
    for t in tasks:
        if t.due is None:
            continue
        kind = {"promise": "promise", "deadline": "deadline"}.get(t.kind.value, "task")
        done = " (done)" if t.done_at else ""
        entries.append(TimelineEntry(_day(t.due), t.due.isoformat(), kind, f"{t.title}{done}", "tasks", t.id))
    entries.sort(key=lambda entry: entry.sort_key)
    return entries
