"""The case file: ``dossier-case/2`` (and the older ``dossier-case/1``), the JSON form of one case.

``parse_case_file`` turns decoded JSON of either format into domain objects,
or refuses it whole with a :class:`CaseFileError` that names every wrong
field; a ``/1`` file holding a field of ``/2`` is refused naming both.
``build_case_file`` does the reverse, always in ``dossier-case/2``. Neither reads nor writes files: the
evidence entries carry paths relative to the case file, and the services
layer resolves them. See docs/case-file.md for the format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from desktop_app.domain.casefile_fields import (
    FieldReader,
    kind_name,
    parse_date,
    parse_moment,
    quoted,
    read_amount,
    read_currency,
    read_last4,
    read_sha256,
)
from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    CaseDates,
    Communication,
    Customer,
    EvidenceItem,
    Issuer,
    Merchant,
    Payment,
    Purchase,
    RedactionArea,
    Task,
)
from desktop_app.domain.money import format_amount
from desktop_app.domain.validation import (
    delivery_problems,
    figure_field_problems,
    issuer_problems,
    parse_country,
    parse_language,
    translation_problems,
)
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    CaseStatus,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    EvidenceKind,
    IssuerOutcome,
    LetterDelivery,
    MerchantAnswer,
    PaymentMethod,
    PurchaseKind,
    Reason,
    TaskKind,
)
from desktop_app.i18n import translate

FORMAT = "dossier-case/2"  # what is written
FORMAT_1 = "dossier-case/1"  # still read
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class CaseFileError(ValueError):
    """A case file that cannot be accepted; ``problems`` lists (field, reason)."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = list(problems)
        lines = [f"{name}: {reason}" if name else reason for name, reason in self.problems]
        super().__init__("; ".join(lines))


@dataclass(frozen=True)
class EvidenceEntry:
    """An evidence item as the case file describes it, before it is stored."""

    path: str
    kind: EvidenceKind
    title: str
    note: str | None = None
    original_name: str | None = None
    source: str | None = None
    imported_at: datetime | None = None
    sha256: str | None = None
    purchase: int | None = None
    communication: int | None = None
    note_translation: str | None = None  # dossier-case/2: the note's one-line translation
    redactions: tuple[RedactionArea, ...] = ()  # dossier-case/2: the boxes the pack blacks out


@dataclass(frozen=True)
class CaseFile:
    case: Case
    purchases: list[Purchase] = field(default_factory=list)
    communications: list[Communication] = field(default_factory=list)
    evidence: list[EvidenceEntry] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


# --------------------------------------------------------------------------- reading

_TOP = (
    "format",
    "title",
    "customer",
    "merchant",
    "reason",
    "status",
    "stage",
    "country",
    "currency",
    "disputed_amount",
    "refunded_amount",
    "payment",
    "dates",
    "summary",
    "purchases",
    "communications",
    "evidence",
    "tasks",
)
_MERCHANT = ("name", "email", "phone", "website", "address")
_PAYMENT = ("method", "network", "last4", "card_kind")
# The fields dossier-case/2 adds, per object (a /1 file holding one is refused naming it).
_TOP_2 = ("issuer", "stage_override", "language")
_CUSTOMER_2 = ("kind", "address", "city", "email", "phone", "tax_id", "cardholder_name", "cardholder_role")
_PAYMENT_2 = ("business", "mandate_reference", "creditor_id")
_DATES_2 = ("mandate_revoked", "merchant_complaint")
_PURCHASE_2 = ("expected_amount", "disputed_amount", "authorization_code", "expected_delivery")
_COMMUNICATION_2 = ("level", "answer", "delivery")
_EVIDENCE_2 = ("note_translation", "redactions")
_ISSUER = (
    "name",
    "address",
    "claim_number",
    "filed_on",
    "provisional_credit",
    "provisional_credit_on",
    "merchant_response",
    "outcome",
    "outcome_on",
    "redebit_amount",
    "redebit_on",
)
_ISSUER_DATES = ("filed_on", "provisional_credit_on", "outcome_on", "redebit_on")
_ISSUER_AMOUNTS = ("provisional_credit", "redebit_amount")
_PURCHASE = (
    "kind",
    "date",
    "amount",
    "currency",
    "description",
    "order_number",
    "invoice_number",
    "customer_number",
    "po_number",
    "statement_descriptor",
    "disputed",
)
_COMMUNICATION = (
    "at",
    "channel",
    "direction",
    "counterpart",
    "representative",
    "reference",
    "subject",
    "summary",
    "outcome",
    "promised_action",
    "promised_by",
    "body",
)
_EVIDENCE = (
    "path",
    "kind",
    "title",
    "note",
    "original_name",
    "source",
    "imported_at",
    "sha256",
    "purchase",
    "communication",
)
_TASK = ("title", "kind", "due", "note", "done_at", "communication")


class _Keys:
    """The keys of each object a file of one format may hold, and those only a later one may."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.v2 = fmt != FORMAT_1

    def __call__(self, base: Sequence[str], added: Sequence[str]) -> dict[str, Any]:
        if self.v2:
            return {"allowed": (*base, *added)}
        return {"allowed": base, "later": added, "fmt": self.fmt}


def parse_case_file(data: Any) -> CaseFile:
    """Validate a decoded ``dossier-case/2`` or ``/1`` document; raise CaseFileError if anything is
    wrong."""
    r = FieldReader()
    fmt = data.get("format") if isinstance(data, dict) else None
    keys = _Keys(fmt if fmt == FORMAT_1 else FORMAT)
    top = r.obj(data, "", **keys(_TOP, _TOP_2))
    if not top:
        raise CaseFileError(r.problems or [("", translate("CaseFile", "the case file is empty"))])
    if fmt not in (FORMAT, FORMAT_1):
        found = (
            quoted(fmt)
            if isinstance(fmt, str)
            else (kind_name(fmt) if fmt is not None else translate("CaseFile", "nothing"))
        )
        r.fail(
            "format",
            translate("CaseFile", "must be {format} (or the older {format_1}), found {found}").format(
                format=repr(FORMAT), format_1=repr(FORMAT_1), found=found
            ),
        )

    merchant_data = r.obj(top.get("merchant"), "merchant", _MERCHANT)
    merchant = Merchant(
        name=r.text(merchant_data, "name", "merchant", required=True) or "",
        email=r.text(merchant_data, "email", "merchant"),
        phone=r.text(merchant_data, "phone", "merchant"),
        website=r.text(merchant_data, "website", "merchant"),
        address=r.text(merchant_data, "address", "merchant"),
    )
    customer_name = None
    customer = Customer()
    if top.get("customer") is not None:
        cu = r.obj(top["customer"], "customer", **keys(("name",), _CUSTOMER_2))
        customer_name = r.text(cu, "name", "customer")
        customer = Customer(
            kind=r.choice(cu, "kind", "customer", CustomerKind, optional=True),
            **{k: r.text(cu, k, "customer") for k in _CUSTOMER_2 if k != "kind"},
        )

    payment = Payment()
    if top.get("payment") is not None:
        pay = r.obj(top["payment"], "payment", **keys(_PAYMENT, _PAYMENT_2))
        method = r.choice(pay, "method", "payment", PaymentMethod, optional=True)
        network = r.choice(pay, "network", "payment", CardNetwork, optional=True)
        card_kind = r.choice(pay, "card_kind", "payment", CardKind, optional=True)
        payment = Payment(
            method=method.value if method else None,
            network=network.value if network else None,
            last4=r.parsed(pay, "last4", "payment", read_last4),
            card_kind=card_kind.value if card_kind else None,
            business=r.flag(pay, "business", "payment"),
            mandate_reference=r.text(pay, "mandate_reference", "payment"),
            creditor_id=r.text(pay, "creditor_id", "payment"),
        )

    dates = CaseDates()
    if top.get("dates") is not None:
        dates_1 = tuple(k for k in CASE_DATE_FIELDS if k not in _DATES_2)
        dates_data = r.obj(top["dates"], "dates", **keys(dates_1, _DATES_2))
        dates = CaseDates(**{k: r.parsed(dates_data, k, "dates", parse_date) for k in CASE_DATE_FIELDS})

    issuer = Issuer()
    if top.get("issuer") is not None and keys.v2:
        iss = r.obj(top["issuer"], "issuer", _ISSUER)
        issuer = Issuer(
            name=r.text(iss, "name", "issuer"),
            address=r.text(iss, "address", "issuer"),
            claim_number=r.text(iss, "claim_number", "issuer"),
            filed_on=r.parsed(iss, "filed_on", "issuer", parse_date),
            provisional_credit=r.parsed(iss, "provisional_credit", "issuer", read_amount),
            provisional_credit_on=r.parsed(iss, "provisional_credit_on", "issuer", parse_date),
            merchant_response=r.text(iss, "merchant_response", "issuer"),
            outcome=r.choice(iss, "outcome", "issuer", IssuerOutcome, optional=True),
            outcome_on=r.parsed(iss, "outcome_on", "issuer", parse_date),
            redebit_amount=r.parsed(iss, "redebit_amount", "issuer", read_amount),
            redebit_on=r.parsed(iss, "redebit_on", "issuer", parse_date),
        )

    currency = r.parsed(top, "currency", "", read_currency, required=True) or "XXX"
    stage = r.choice(top, "stage", "", EscalationStage, default=EscalationStage.CUSTOMER_SERVICE)
    stage = stage or EscalationStage.CUSTOMER_SERVICE
    # A stage written without saying whose it is (every /1 file) is the user's, unless it is the
    # first step: as m009 migrated the stores.
    given = top.get("stage") is not None and stage is not EscalationStage.CUSTOMER_SERVICE
    override = r.flag(top, "stage_override", "") if top.get("stage_override") is not None else given
    case = Case(
        title=r.text(top, "title", "", required=True) or "",
        merchant=merchant,
        reason=r.choice(top, "reason", "", Reason) or Reason.OTHER,
        currency=currency,
        customer_name=customer_name,
        status=r.choice(top, "status", "", CaseStatus, default=CaseStatus.OPEN) or CaseStatus.OPEN,
        stage=stage,
        stage_override=override,
        customer=customer,
        issuer=issuer,
        payment=payment,
        disputed_amount=r.parsed(top, "disputed_amount", "", read_amount),
        refunded_amount=r.parsed(top, "refunded_amount", "", read_amount),
        country=r.parsed(top, "country", "", parse_country),
        language=r.parsed(top, "language", "", parse_language),
        dates=dates,
        summary=r.text(top, "summary", ""),
    )
    if not any(name.startswith("issuer") for name, _ in r.problems):  # how its facts agree, once read
        for key, wrong in issuer_problems(issuer, currency):
            r.fail(f"issuer.{key}", wrong)

    purchases: list[Purchase] = []
    for i, raw in enumerate(r.items(top, "purchases")):
        name = f"purchases[{i}]"
        p = r.obj(raw, name, **keys(_PURCHASE, _PURCHASE_2))
        purchases.append(
            Purchase(
                date=r.parsed(p, "date", name, parse_date, required=True) or date.min,
                amount=r.parsed(p, "amount", name, read_amount, required=True) or Decimal(0),
                currency=r.parsed(p, "currency", name, read_currency) or currency,
                kind=r.choice(p, "kind", name, PurchaseKind, default=PurchaseKind.CHARGE)
                or PurchaseKind.CHARGE,
                description=r.text(p, "description", name),
                order_number=r.text(p, "order_number", name),
                invoice_number=r.text(p, "invoice_number", name),
                customer_number=r.text(p, "customer_number", name),
                po_number=r.text(p, "po_number", name),
                statement_descriptor=r.text(p, "statement_descriptor", name),
                disputed=r.flag(p, "disputed", name),
                expected_amount=r.parsed(p, "expected_amount", name, read_amount),
                disputed_amount=r.parsed(p, "disputed_amount", name, read_amount),
                authorization_code=r.text(p, "authorization_code", name),
                expected_delivery=r.parsed(p, "expected_delivery", name, parse_date),
            )
        )
        problem = purchases[-1].amount_problem()
        if problem:
            r.fail(f"{name}.amount", problem)
        for key, figure in figure_field_problems(purchases[-1]):
            r.fail(f"{name}.{key}", figure)

    communications: list[Communication] = []
    for i, raw in enumerate(r.items(top, "communications")):
        name = f"communications[{i}]"
        c = r.obj(raw, name, **keys(_COMMUNICATION, _COMMUNICATION_2))
        communications.append(
            Communication(
                at=r.parsed(c, "at", name, parse_moment, required=True) or datetime.min.replace(tzinfo=UTC),
                channel=r.choice(c, "channel", name, Channel) or Channel.EMAIL,
                direction=r.choice(c, "direction", name, Direction) or Direction.INCOMING,
                counterpart=r.text(c, "counterpart", name),
                representative=r.text(c, "representative", name),
                reference=r.text(c, "reference", name),
                subject=r.text(c, "subject", name),
                summary=r.text(c, "summary", name),
                outcome=r.text(c, "outcome", name),
                promised_action=r.text(c, "promised_action", name),
                promised_by=r.parsed(c, "promised_by", name, parse_date),
                body=r.text(c, "body", name),
                level=r.choice(c, "level", name, EscalationStage, optional=True),
                answer=r.choice(c, "answer", name, MerchantAnswer, optional=True),
                delivery=r.choice(c, "delivery", name, LetterDelivery, optional=True),
            )
        )
        if keys.v2 and c.get("channel") in Channel.values():  # a wrong channel is said once, as itself
            for problem in delivery_problems(communications[-1].channel, communications[-1].delivery):
                r.fail(f"{name}.delivery", problem)

    evidence: list[EvidenceEntry] = []
    for i, raw in enumerate(r.items(top, "evidence")):
        name = f"evidence[{i}]"
        e = r.obj(raw, name, **keys(_EVIDENCE, _EVIDENCE_2))
        path = r.text(e, "path", name, required=True) or ""
        if path and (path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", path)):
            r.fail(
                f"{name}.path",
                translate("CaseFile", "{path} must be relative to the case file").format(path=quoted(path)),
            )
        evidence.append(
            EvidenceEntry(
                path=path,
                kind=r.choice(e, "kind", name, EvidenceKind, default=EvidenceKind.OTHER)
                or EvidenceKind.OTHER,
                title=r.text(e, "title", name) or _title_from_path(path),
                note=r.text(e, "note", name),
                original_name=r.text(e, "original_name", name),
                source=r.text(e, "source", name),
                imported_at=r.parsed(e, "imported_at", name, parse_moment),
                sha256=r.parsed(e, "sha256", name, read_sha256),
                purchase=r.index(e, "purchase", name, len(purchases)),
                communication=r.index(e, "communication", name, len(communications)),
                note_translation=r.text(e, "note_translation", name),
                redactions=r.boxes(e, "redactions", name),
            )
        )
        for problem in translation_problems(evidence[-1].note, evidence[-1].note_translation):
            r.fail(f"{name}.note_translation", problem)

    tasks: list[Task] = []
    for i, raw in enumerate(r.items(top, "tasks")):
        name = f"tasks[{i}]"
        t = r.obj(raw, name, _TASK)
        comm_index = r.index(t, "communication", name, len(communications))
        tasks.append(
            Task(
                title=r.text(t, "title", name, required=True) or "",
                kind=r.choice(t, "kind", name, TaskKind, default=TaskKind.TASK) or TaskKind.TASK,
                due=r.parsed(t, "due", name, parse_date),
                note=r.text(t, "note", name),
                done_at=r.parsed(t, "done_at", name, parse_moment),
                # Until stored, a task refers to its communication by position.
                communication_id=comm_index,
            )
        )

    if r.problems:
        raise CaseFileError(r.problems)
    return CaseFile(case, purchases, communications, evidence, tasks)


def _title_from_path(path: str) -> str:
    name = re.split(r"[\\/]", path)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


# --------------------------------------------------------------------------- writing


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _m(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _a(value: Decimal | None) -> str | None:
    return format_amount(value) if value is not None else None


def _box(area: RedactionArea) -> dict[str, Any]:
    return {"page": area.page, "x": area.x, "y": area.y, "width": area.width, "height": area.height}


def _v(value: StrEnum | None) -> str | None:
    return value.value if value is not None else None


def _issuer(issuer: Issuer) -> dict[str, Any]:
    written: dict[str, Any] = {}
    for key in _ISSUER:
        value = getattr(issuer, key)
        if key in _ISSUER_DATES:
            value = _d(value)
        elif key in _ISSUER_AMOUNTS:
            value = _a(value)
        elif key == "outcome":
            value = _v(value)
        written[key] = value
    return written


def build_case_file(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    evidence: Sequence[tuple[EvidenceItem, str]],
    tasks: Sequence[Task],
) -> dict[str, Any]:
    """The ``dossier-case/2`` document of a stored case.

    ``evidence`` pairs each item with the path, relative to the case file,
    where its file is written. Links between items are written as positions
    in the lists, so the document carries no database ids.
    """
    purchase_pos = {p.id: i for i, p in enumerate(purchases)}
    comm_pos = {c.id: i for i, c in enumerate(communications)}
    return {
        "format": FORMAT,
        "title": case.title,
        "customer": {
            "name": case.customer_name,
            "kind": _v(case.customer.kind),
            **{k: getattr(case.customer, k) for k in _CUSTOMER_2 if k != "kind"},
        },
        "merchant": {
            "name": case.merchant.name,
            "email": case.merchant.email,
            "phone": case.merchant.phone,
            "website": case.merchant.website,
            "address": case.merchant.address,
        },
        "reason": case.reason.value,
        "status": case.status.value,
        "stage": case.stage.value,
        "stage_override": case.stage_override,
        "country": case.country,
        "language": case.language,
        "currency": case.currency,
        "disputed_amount": _a(case.disputed_amount),
        "refunded_amount": _a(case.refunded_amount),
        "payment": {
            "method": case.payment.method,
            "network": case.payment.network,
            "last4": case.payment.last4,
            "card_kind": case.payment.card_kind,
            "business": case.payment.business,
            "mandate_reference": case.payment.mandate_reference,
            "creditor_id": case.payment.creditor_id,
        },
        "dates": {k: _d(getattr(case.dates, k)) for k in CASE_DATE_FIELDS},
        "summary": case.summary,
        "issuer": _issuer(case.issuer),
        "purchases": [
            {
                "kind": p.kind.value,
                "date": _d(p.date),
                "amount": _a(p.amount),
                "currency": p.currency,
                "description": p.description,
                "order_number": p.order_number,
                "invoice_number": p.invoice_number,
                "customer_number": p.customer_number,
                "po_number": p.po_number,
                "statement_descriptor": p.statement_descriptor,
                "disputed": p.disputed,
                "expected_amount": _a(p.expected_amount),
                "disputed_amount": _a(p.disputed_amount),
                "authorization_code": p.authorization_code,
                "expected_delivery": _d(p.expected_delivery),
            }
            for p in purchases
        ],
        "communications": [
            {
                "at": _m(c.at),
                "channel": c.channel.value,
                "direction": c.direction.value,
                "counterpart": c.counterpart,
                "representative": c.representative,
                "reference": c.reference,
                "subject": c.subject,
                "summary": c.summary,
                "outcome": c.outcome,
                "promised_action": c.promised_action,
                "promised_by": _d(c.promised_by),
                **({"body": c.body} if c.body else {}),
                "level": _v(c.level),
                "answer": _v(c.answer),
                "delivery": _v(c.delivery),
            }
            for c in communications
        ],
        "evidence": [
            {
                "path": path,
                "kind": e.kind.value,
                "title": e.title,
                "note": e.note,
                "original_name": e.original_name,
                "source": e.source,
                "imported_at": _m(e.imported_at.astimezone(UTC)),
                "sha256": e.sha256,
                "purchase": purchase_pos.get(e.purchase_id),
                "communication": comm_pos.get(e.communication_id),
                **({"note_translation": e.note_translation} if e.note_translation else {}),
                **({"redactions": [_box(a) for a in e.redactions]} if e.redactions else {}),
            }
            for e, path in evidence
        ],
        "tasks": [
            {
                "title": t.title,
                "kind": t.kind.value,
                "due": _d(t.due),
                "note": t.note,
                "done_at": _m(t.done_at),
                "communication": comm_pos.get(t.communication_id),
            }
            for t in tasks
        ],
    }
