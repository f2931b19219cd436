"""One chronological view of a case: purchases, contacts, evidence, promises, deadlines, the bank.

A charge in dispute (domain.amounts) says so, with its three figures where something was agreed
or only part is disputed; a contact says the merchant's logged answer and who gave it; the
bank's facts after filing (the claim, a provisional credit, the outcome, a re-debit) are entries
on their own dates. Only what the user filled in appears.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial

from desktop_app.domain.amounts import disputed_charges, figures, figures_text, shows_figures
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.money import format_money
from desktop_app.domain.text import format_moment

FIGURE_WORDS = {
    "figures": "charged {charged}, agreed {agreed}, disputed {disputed}",
    "figures_no_agreed": "charged {charged}, disputed {disputed}",
}

OUTCOME_WORDS = {"won": "won", "lost": "lost", "partly": "partly won"}

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
    kind: str  # purchase, contact, evidence, promise, deadline, task, date, issuer
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
    in_dispute = {id(p) for p in disputed_charges(purchases)}
    for p in purchases:
        text = f"{p.kind.label} of {format_money(p.amount, p.currency, lang)}" + (
            f": {p.description}" if p.description else ""
        )
        if id(p) in in_dispute:
            f = figures(p)
            if shows_figures(f):
                text += f" (disputed: {figures_text(f, FIGURE_WORDS, partial(format_money, lang=lang))})"
            else:
                text += " (disputed)"
        entries.append(TimelineEntry(_day(p.date), p.date.isoformat(), "purchase", text, "purchases", p.id))
        if p.expected_delivery is not None:
            what = p.description or p.kind.label
            entries.append(
                TimelineEntry(
                    _day(p.expected_delivery),
                    p.expected_delivery.isoformat(),
                    "date",
                    f"Delivery expected: {what}",
                    "purchases",
                    p.id,
                )
            )
    for name in CASE_DATE_FIELDS:
        value: date | None = getattr(case.dates, name)
        if value is not None:
            entries.append(TimelineEntry(_day(value), value.isoformat(), "date", DATE_LABELS[name]))
    for c in communications:
        who = f" with {c.representative}" if c.representative else ""
        ref = f" [{c.reference}]" if c.reference else ""
        about = c.summary or c.subject or ""
        # A letter that says how it was sent is not called "by post": it may have gone by e-mail.
        channel = "Letter" if c.delivery is not None else c.channel.label
        sent = f" ({c.delivery.label.lower()})" if c.delivery is not None else ""
        toward = "from" if c.direction.value == "incoming" else "to"
        text = f"{channel} {toward} the merchant{sent}{who}{ref}"
        text = f"{text}: {about}" if about else text
        answer = _answer(c)
        entries.append(
            TimelineEntry(
                c.at.astimezone(UTC).isoformat(),
                format_moment(c.at),
                "contact",
                f"{text} — {answer}" if answer else text,
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
    for day, event in issuer_events(case, lang):
        entries.append(TimelineEntry(_day(day), day.isoformat(), "issuer", event))
    entries.sort(key=lambda entry: entry.sort_key)
    return entries


def _answer(c: Communication) -> str:
    """What was logged: "Answer: Refused (Supervisor)", "Answer: Final response", "Answered by: …"."""
    if c.answer is not None:
        return f"Answer: {c.answer.label}" + (f" ({c.level.label})" if c.level is not None else "")
    return f"Answered by: {c.level.label}" if c.level is not None else ""


def issuer_events(case: Case, lang: str = "en") -> list[tuple[date, str]]:
    """The bank's dated facts after filing: the claim, a provisional credit, the outcome, a re-debit."""
    i = case.issuer
    who = (i.name or "").strip() or "the bank"
    claim = f" (claim {i.claim_number.strip()})" if i.claim_number and i.claim_number.strip() else ""

    def money(amount: Decimal | None) -> str:
        return f" of {format_money(amount, case.currency, lang)}" if amount is not None else ""

    events: list[tuple[date, str]] = []
    if i.filed_on:
        events.append((i.filed_on, f"Dispute filed with {who}{claim}"))
    if i.provisional_credit_on:
        events.append(
            (i.provisional_credit_on, f"Provisional credit{money(i.provisional_credit)} from {who}")
        )
    if i.outcome is not None and i.outcome_on:
        events.append((i.outcome_on, f"Outcome of the dispute with {who}: {OUTCOME_WORDS[i.outcome.value]}"))
    if i.redebit_on:
        events.append((i.redebit_on, f"Provisional credit re-debited{money(i.redebit_amount)}"))
    return events
