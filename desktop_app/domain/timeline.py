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
from desktop_app.i18n import noop, translate

# The timeline is the window's: its words are in the process's language (desktop_app.i18n), its
# amounts in the pack's way of writing them in ``lang``. These tables hold the English, marked for
# the catalogues; each is translated where it is shown.
FIGURE_WORDS = {
    "figures": noop("Timeline", "charged {charged}, agreed {agreed}, disputed {disputed}"),
    "figures_no_agreed": noop("Timeline", "charged {charged}, disputed {disputed}"),
}

OUTCOME_WORDS = {
    "won": noop("Timeline", "won"),
    "lost": noop("Timeline", "lost"),
    "partly": noop("Timeline", "partly won"),
}

DATE_LABELS = {
    "transaction": noop("Timeline", "Transaction processed"),
    "statement": noop("Timeline", "Statement showing the charge"),
    "expected_delivery": noop("Timeline", "Delivery expected"),
    "cancellation": noop("Timeline", "Cancelled"),
    "returned": noop("Timeline", "Goods returned"),
    "credit_promised": noop("Timeline", "Refund promised by"),
    "debit": noop("Timeline", "Account debited"),
    "final_response": noop("Timeline", "Final response received"),
    "bank_complaint": noop("Timeline", "Complaint sent to the bank"),
    "mandate_revoked": noop("Timeline", "Mandate revoked or contract ended"),
    "merchant_complaint": noop("Timeline", "Written complaint reached the merchant"),
}


def date_label(name: str) -> str:
    """The words of the case's date ``name`` (CASE_DATE_FIELDS) in the process's language."""
    return translate("Timeline", DATE_LABELS[name])


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
    words = {key: translate("Timeline", text) for key, text in FIGURE_WORDS.items()}
    for p in purchases:
        text = translate("Timeline", "{kind} of {amount}").format(
            kind=p.kind.label, amount=format_money(p.amount, p.currency, lang)
        )
        if p.description:
            text = translate("Timeline", "{entry}: {description}").format(
                entry=text, description=p.description
            )
        if id(p) in in_dispute:
            f = figures(p)
            if shows_figures(f):
                said = figures_text(f, words, partial(format_money, lang=lang))
                text = translate("Timeline", "{entry} (disputed: {figures})").format(entry=text, figures=said)
            else:
                text = translate("Timeline", "{entry} (disputed)").format(entry=text)
        entries.append(TimelineEntry(_day(p.date), p.date.isoformat(), "purchase", text, "purchases", p.id))
        if p.expected_delivery is not None:
            what = p.description or p.kind.label
            entries.append(
                TimelineEntry(
                    _day(p.expected_delivery),
                    p.expected_delivery.isoformat(),
                    "date",
                    translate("Timeline", "Delivery expected: {what}").format(what=what),
                    "purchases",
                    p.id,
                )
            )
    for name in CASE_DATE_FIELDS:
        value: date | None = getattr(case.dates, name)
        if value is not None:
            entries.append(TimelineEntry(_day(value), value.isoformat(), "date", date_label(name)))
    for c in communications:
        text = _contact_text(c)
        answer = _answer(c)
        entries.append(
            TimelineEntry(
                c.at.astimezone(UTC).isoformat(),
                format_moment(c.at),
                "contact",
                translate("Timeline", "{contact} — {answer}").format(contact=text, answer=answer)
                if answer
                else text,
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
                translate("Timeline", "Evidence added: {title} ({file})").format(
                    title=e.title, file=e.original_name
                ),
                "evidence",
                e.id,
            )
        )
    for t in tasks:
        if t.due is None:
            continue
        kind = {"promise": "promise", "deadline": "deadline"}.get(t.kind.value, "task")
        title = translate("Timeline", "{title} (done)").format(title=t.title) if t.done_at else t.title
        entries.append(TimelineEntry(_day(t.due), t.due.isoformat(), kind, title, "tasks", t.id))
    for day, event in issuer_events(case, lang):
        entries.append(TimelineEntry(_day(day), day.isoformat(), "issuer", event))
    entries.sort(key=lambda entry: entry.sort_key)
    return entries


def _contact_text(c: Communication) -> str:
    """ "E-mail from the merchant with Anna [T-1]: the refund": the channel, who and what."""
    # A letter that says how it was sent is not called "by post": it may have gone by e-mail.
    channel = translate("Timeline", "Letter") if c.delivery is not None else c.channel.label
    if c.direction.value == "incoming":
        text = translate("Timeline", "{channel} from the merchant").format(channel=channel)
    else:
        text = translate("Timeline", "{channel} to the merchant").format(channel=channel)
    if c.delivery is not None:
        text += f" ({c.delivery.label.lower()})"
    if c.representative:
        text = translate("Timeline", "{contact} with {person}").format(contact=text, person=c.representative)
    if c.reference:
        text += f" [{c.reference}]"
    about = c.summary or c.subject or ""
    return (
        translate("Timeline", "{entry}: {description}").format(entry=text, description=about)
        if about
        else text
    )


def _answer(c: Communication) -> str:
    """What was logged: "Answer: Refused (Supervisor)", "Answer: Final response", "Answered by: …"."""
    if c.answer is not None and c.level is not None:
        return translate("Timeline", "Answer: {answer} ({level})").format(
            answer=c.answer.label, level=c.level.label
        )
    if c.answer is not None:
        return translate("Timeline", "Answer: {answer}").format(answer=c.answer.label)
    return (
        translate("Timeline", "Answered by: {level}").format(level=c.level.label)
        if c.level is not None
        else ""
    )


def issuer_events(case: Case, lang: str = "en") -> list[tuple[date, str]]:
    """The bank's dated facts after filing: the claim, a provisional credit, the outcome, a re-debit."""
    i = case.issuer
    who = (i.name or "").strip() or translate("Timeline", "the bank")
    claim = (i.claim_number or "").strip()

    def money(amount: Decimal | None) -> str:
        return format_money(amount, case.currency, lang) if amount is not None else ""

    events: list[tuple[date, str]] = []
    if i.filed_on:
        if claim:
            filed = translate("Timeline", "Dispute filed with {bank} (claim {claim})").format(
                bank=who, claim=claim
            )
        else:
            filed = translate("Timeline", "Dispute filed with {bank}").format(bank=who)
        events.append((i.filed_on, filed))
    if i.provisional_credit_on:
        if i.provisional_credit is not None:
            credit = translate("Timeline", "Provisional credit of {amount} from {bank}")
        else:
            credit = translate("Timeline", "Provisional credit from {bank}")
        events.append((i.provisional_credit_on, credit.format(amount=money(i.provisional_credit), bank=who)))
    if i.outcome is not None and i.outcome_on:
        outcome = translate("Timeline", OUTCOME_WORDS[i.outcome.value])
        said = translate("Timeline", "Outcome of the dispute with {bank}: {outcome}")
        events.append((i.outcome_on, said.format(bank=who, outcome=outcome)))
    if i.redebit_on:
        if i.redebit_amount is not None:
            redebit = translate("Timeline", "Provisional credit re-debited of {amount}")
        else:
            redebit = translate("Timeline", "Provisional credit re-debited")
        events.append((i.redebit_on, redebit.format(amount=money(i.redebit_amount))))
    return events
