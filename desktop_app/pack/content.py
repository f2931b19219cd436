"""What the pack says, computed as plain data before anything is drawn.

Every text here has already been through :func:`mask_sensitive`, so the
renderer cannot print a full card number or IBAN by accident.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from desktop_app.domain.amounts import Figures
from desktop_app.domain.deadlines import Deadline
from desktop_app.domain.letters import claim_of
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, Purchase, Task
from desktop_app.domain.reason_codes import rail_of
from desktop_app.domain.redact import RedactionNote, Reproduction, mask_sensitive
from desktop_app.domain.text import format_moment
from desktop_app.domain.vocab import PurchaseKind
from desktop_app.pack.facts import (
    answer_text,
    cardholder_text,
    charge_amount,
    customer_lines,
    disputed_by_currency,
    issuer_events,
    issuer_lines,
    payment_lines,
    requested_text,
)
from desktop_app.pack.keyfacts import PageOne, page_one
from desktop_app.pack.strings import PackStrings


@dataclass(frozen=True)
class ExhibitInfo:
    """One exhibit of the pack, and the original file it reproduces."""

    letter: str
    title: str
    kind: str  # an EvidenceKind value, or "attachment"
    original_name: str
    media_type: str
    size: int
    sha256: str
    imported_at: datetime
    source: str | None = None
    parent: str | None = None  # the letter of the e-mail an attachment came from
    evidence_id: int | None = None
    purchase_id: int | None = None
    communication_id: int | None = None
    note: str | None = None  # what the exhibit proves (the evidence's note), already masked
    note_translation: str | None = None  # its one-line translation, when the user gave one
    redactions: tuple[RedactionNote, ...] = ()  # what the pack covers in it, page by page, and why
    reproduction: Reproduction | None = None  # how the pack reproduces it (known once rendered)


@dataclass(frozen=True)
class Summary:
    ref: str
    prepared_on: str
    intro: str
    cardholder: str
    merchant: str
    disputed: list[str]
    payment: str
    reason: str
    story: str
    resolution: list[str]
    requested: str
    enclosed: list[str]
    customer: list[str] = field(default_factory=list)  # address, e-mail, phone, tax number, card user
    payment_details: list[str] = field(default_factory=list)  # business card, mandate, creditor
    issuer: list[str] = field(default_factory=list)  # the bank after filing: claim, credit, outcome
    # The reason's code, the key facts with their exhibits, the merchant's last answer, the
    # filing deadline and the declaration (desktop_app.pack.keyfacts).
    page_one: PageOne = field(default_factory=PageOne)


@dataclass(frozen=True)
class TransactionRow:
    date: str
    kind: str
    description: str
    references: str
    amount: str
    disputed: str  # the disputed figure of a charge in dispute, else ""
    agreed: str = ""  # "agreed 240.00 PLN" where the user gave what was agreed


@dataclass(frozen=True)
class TimelineRow:
    sort_key: str
    date: str
    text: str
    exhibits: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CommunicationRow:
    when: str
    channel: str
    direction: str
    counterpart: str
    representative: str
    reference: str
    summary: str
    outcome: str
    exhibits: list[str] = field(default_factory=list)  # the letters of the exhibits linked to it


@dataclass(frozen=True)
class PackContent:
    title: str
    subject: str
    summary: Summary
    transactions: list[TransactionRow]
    totals: list[str]
    timeline: list[TimelineRow]
    communications: list[CommunicationRow]
    exhibits: list[ExhibitInfo]


# Page 1 names at most this many reference numbers and the latest this many promises.
_PAGE_ONE_REFS = 4
_PAGE_ONE_PROMISES = 2
# The kinds of exhibit that prove a case's date, for the timeline's exhibit column.
_DATE_PROOF = {
    "cancellation": ("cancellation_proof",),
    "mandate_revoked": ("cancellation_proof",),
    "returned": ("return_proof",),
    "statement": ("statement",),
}


def exhibit_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the label of the exhibit at ``index`` (from 0)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def case_reference(case: Case) -> str:
    return f"D-{case.id or 0:04d}"


def _m(text: str | None) -> str:
    return mask_sensitive(text)


def build_content(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    tasks: Sequence[Task],
    exhibits: Sequence[ExhibitInfo],
    s: PackStrings,
    *,
    prepared_on: date,
    deadlines: Sequence[Deadline] = (),
) -> PackContent:
    """What the pack says. ``deadlines``: the case's deadlines as the rules give them
    (services), from which page 1 states the one the claim is filed within."""
    ref = case_reference(case)
    claim = claim_of(case, purchases)
    figures = {id(f.purchase): f for f in claim.total.figures}
    by_purchase: dict[int, list[str]] = defaultdict(list)
    by_communication: dict[int, list[str]] = defaultdict(list)
    for exhibit in exhibits:
        if exhibit.purchase_id is not None:
            by_purchase[exhibit.purchase_id].append(exhibit.letter)
        if exhibit.communication_id is not None:
            by_communication[exhibit.communication_id].append(exhibit.letter)

    first_page = page_one(
        case, purchases, communications, exhibits, claim, s, prepared_on=prepared_on, deadlines=deadlines
    )
    summary = Summary(
        ref=ref,
        prepared_on=s.long_date(prepared_on),
        intro=s("summary_intro", ref=ref, date=s.long_date(prepared_on)),
        cardholder=cardholder_text(case, s),
        merchant=_m(_merchant_text(case)),
        disputed=[
            _m(
                s(
                    "disputed_line",
                    date=s.long_date(f.purchase.date),
                    amount=charge_amount(f, s.money(f.charged, f.purchase.currency), s),
                    description=f.purchase.description or s.raw(f"purchase_kinds.{f.purchase.kind.value}"),
                )
            )
            for f in claim.total.figures
        ],
        payment=_payment_text(case, s),
        reason=_reason_text(case, s),
        story=_m(case.summary),
        resolution=_resolution(case, communications, s, answered=first_page.last_answer is not None),
        requested=requested_text(claim, s),
        enclosed=[
            _m(s("exhibit_line", letter=e.letter, title=e.title, kind=s(f"kinds.{e.kind}"))) for e in exhibits
        ],
        customer=customer_lines(case, s),
        payment_details=payment_lines(case, s),
        issuer=issuer_lines(case, s),
        page_one=first_page,
    )

    transactions = [
        TransactionRow(
            date=p.date.isoformat(),
            kind=s(f"purchase_kinds.{p.kind.value}"),
            description=_m(p.description),
            references=_m(_references(p, s)),
            amount=s.money(p.amount, p.currency),
            disputed=_disputed_cell(figures.get(id(p)), s),
            agreed=(
                s("agreed_short", amount=s.money(p.expected_amount, p.currency))
                if p.expected_amount is not None
                else ""
            ),
        )
        for p in purchases
    ]

    timeline: list[TimelineRow] = []
    for p in purchases:
        timeline.append(
            TimelineRow(
                sort_key=p.date.isoformat(),
                date=p.date.isoformat(),
                text=_m(
                    s(
                        "tl_purchase",
                        kind=s(f"purchase_kinds.{p.kind.value}").capitalize(),
                        amount=charge_amount(figures.get(id(p)), s.money(p.amount, p.currency), s),
                        description=p.description or "",
                    ).rstrip(": ,")
                ),
                exhibits=by_purchase.get(p.id or -1, []),
            )
        )
        if p.expected_delivery is not None:
            due = p.expected_delivery.isoformat()
            what = p.description or s(f"purchase_kinds.{p.kind.value}")
            timeline.append(
                TimelineRow(due, due, _m(s("tl_delivery", description=what)), by_purchase.get(p.id or -1, []))
            )
    for name in CASE_DATE_FIELDS:
        value: date | None = getattr(case.dates, name)
        if value is not None:
            proof = [e.letter for e in exhibits if e.kind in _DATE_PROOF.get(name, ())]
            timeline.append(TimelineRow(value.isoformat(), value.isoformat(), s(f"tl_dates.{name}"), proof))
    for c in communications:
        summary_text = c.summary or c.subject or ""
        if c.outcome:
            summary_text = f"{summary_text} → {c.outcome}" if summary_text else c.outcome
        answer = answer_text(c, s)
        if answer:
            summary_text = f"{summary_text} — {answer}" if summary_text else answer
        timeline.append(
            TimelineRow(
                sort_key=c.at.astimezone(UTC).isoformat(),
                date=format_moment(c.at),
                text=_m(
                    s(
                        "tl_contact",
                        channel=s(f"channels.{c.channel.value}").capitalize(),
                        direction=s(f"directions.{c.direction.value}"),
                        summary=summary_text,
                    )
                ),
                exhibits=by_communication.get(c.id or -1, []),
            )
        )
        if c.promised_action and c.promised_by:
            timeline.append(
                TimelineRow(
                    sort_key=c.promised_by.isoformat(),
                    date=c.promised_by.isoformat(),
                    text=_m(s("tl_promise", action=c.promised_action)),
                    exhibits=by_communication.get(c.id or -1, []),
                )
            )
    for when, event in issuer_events(case, s):
        timeline.append(TimelineRow(when.isoformat(), when.isoformat(), event))
    for t in tasks:
        if t.due is not None and t.kind.value == "deadline":
            timeline.append(
                TimelineRow(t.due.isoformat(), t.due.isoformat(), _m(s("tl_task", title=t.title)))
            )
    timeline.sort(key=lambda row: row.sort_key)

    comm_rows = [
        CommunicationRow(
            when=format_moment(c.at),
            channel=s(f"channels.{c.channel.value}"),
            direction=s(f"directions.{c.direction.value}"),
            counterpart=_m(c.counterpart),
            representative=_m(c.representative),
            reference=_m(c.reference),
            summary=_m(c.summary or c.subject),
            outcome=_m("; ".join(part for part in (c.outcome, answer_text(c, s)) if part)),
            exhibits=by_communication.get(c.id or -1, []),
        )
        for c in communications
    ]

    return PackContent(
        title=_m(s("doc_title", title=case.title)),
        subject=_m(s("doc_subject", merchant=case.merchant.name, ref=ref)),
        summary=summary,
        transactions=transactions,
        totals=_totals(purchases, disputed_by_currency(claim.total.figures), s),
        timeline=timeline,
        communications=comm_rows,
        exhibits=list(exhibits),
    )


def _reason_text(case: Case, s: PackStrings) -> str:
    """The reason in plain words; off the card rail, in the words of an account where the card's
    would be wrong ("the account holder", not "the cardholder")."""
    if rail_of(case) not in ("", "card"):
        words = s.raw("reasons_account")
        if isinstance(words, dict) and case.reason.value in words:
            return str(words[case.reason.value])
    return s(f"reasons.{case.reason.value}")


def _merchant_text(case: Case) -> str:
    details = [d for d in (case.merchant.email, case.merchant.phone, case.merchant.website) if d]
    text = case.merchant.name
    if details:
        text += " (" + ", ".join(details) + ")"
    if case.merchant.address:
        text += f"; {case.merchant.address}"
    return text


def _payment_text(case: Case, s: PackStrings) -> str:
    """How the customer paid; "(business card)" or "(business account)" where the user said so."""
    text = _means(case, s)
    payment = case.payment
    if not payment.business or not (payment.method or payment.network):
        return text
    card = payment.method == "card" or (payment.method is None and bool(payment.network))
    return s("payment_business" if card else "payment_business_account", payment=text)


def _means(case: Case, s: PackStrings) -> str:
    payment = case.payment
    if payment.method == "card" or payment.network:
        network = s(f"networks.{payment.network or 'other'}")
        if payment.last4:
            return s("payment_card", network=network, last4=payment.last4)
        return s("payment_card_no_last4", network=network)
    if payment.method:
        return s(f"methods.{payment.method}")
    return s("none")


def _references(p: Purchase, s: PackStrings) -> str:
    refs = [
        s(key, value=value)
        for key, value in (
            ("ref_order", p.order_number),
            ("ref_invoice", p.invoice_number),
            ("ref_customer", p.customer_number),
            ("ref_po", p.po_number),
            ("ref_descriptor", p.statement_descriptor),
            ("ref_auth", p.authorization_code),
        )
        if value
    ]
    if p.expected_delivery is not None:
        refs.append(s("ref_delivery", date=p.expected_delivery.isoformat()))
    return "; ".join(refs)


def _resolution(
    case: Case, communications: Sequence[Communication], s: PackStrings, *, answered: bool = False
) -> list[str]:
    """First contact, how many, references and promises; where the case stands on the ladder only
    when no answer of the merchant is logged (``answered``: page 1 states that answer instead)."""
    if not communications:
        return [s("resolution_none"), s("resolution_stage", stage=s(f"stages.{case.stage.value}"))]
    ordered = sorted(communications, key=lambda c: c.at.astimezone(UTC))
    first = ordered[0]
    channels: dict[str, int] = {}
    for c in ordered:
        name = s(f"channels.{c.channel.value}")
        channels[name] = channels.get(name, 0) + 1
    lines = [
        s(
            "resolution_first",
            date=s.long_date(first.at.date()),
            channel=s(f"channels.{first.channel.value}"),
        ),
        s(
            "resolution_count",
            count=len(ordered),
            channels=", ".join(f"{n} × {name}" if n > 1 else name for name, n in channels.items()),
        ),
    ]
    if not answered:
        lines.append(s("resolution_stage", stage=s(f"stages.{case.stage.value}")))
    refs = list(dict.fromkeys(c.reference for c in ordered if c.reference))
    if refs:  # page 1 names the first few; the communication log has them all
        shown = ", ".join(refs[:_PAGE_ONE_REFS]) + (", …" if len(refs) > _PAGE_ONE_REFS else "")
        lines.append(_m(s("resolution_references", refs=shown)))
    promises = [
        s("resolution_promise", action=c.promised_action, date=s.long_date(c.promised_by))
        + (f" ({c.representative})" if c.representative else "")
        for c in ordered
        if c.promised_action and c.promised_by
    ]
    if promises:  # the latest few; the timeline has them all
        shown = ("…; " if len(promises) > _PAGE_ONE_PROMISES else "") + "; ".join(
            promises[-_PAGE_ONE_PROMISES:]
        )
        lines.append(_m(s("resolution_promises", promises=shown)))
    return lines


def _disputed_cell(f: Figures | None, s: PackStrings) -> str:
    """The transactions table's disputed column: the charge's disputed figure when in dispute."""
    return s.money(f.disputed, f.purchase.currency) if f is not None else ""


def _totals(purchases: Sequence[Purchase], disputed: dict[str, Decimal], s: PackStrings) -> list[str]:
    """Per currency: charged, refunded or credited, held, and disputed: the sum of the disputed
    figures of the charges in dispute (domain.amounts), the figure page 1 asks for."""
    sums: dict[str, dict[str, Decimal]] = {}
    for currency, amount in disputed.items():
        sums.setdefault(currency, defaultdict(lambda: Decimal(0)))["disputed"] = amount
    for p in purchases:
        bucket = sums.setdefault(p.currency, defaultdict(lambda: Decimal(0)))
        if p.kind is PurchaseKind.CHARGE:
            bucket["charged"] += p.amount
        elif p.kind is PurchaseKind.AUTHORISATION_HOLD:
            bucket["held"] += p.amount
        else:
            bucket["refunded"] += abs(p.amount)
    return [
        s(
            "total_line",
            currency=currency,
            **{k: s.money(bucket[k], currency) for k in ("charged", "refunded", "held", "disputed")},
        )
        for currency, bucket in sorted(sums.items())
    ]
