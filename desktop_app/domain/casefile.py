"""The case file: ``dossier-case/1``, the JSON form of one case.

``parse_case_file`` turns decoded JSON into domain objects, or refuses it
whole with a :class:`CaseFileError` that names every wrong field.
``build_case_file`` does the reverse. Neither reads nor writes files: the
evidence entries carry paths relative to the case file, and the services
layer resolves them. See docs/case-file.md for the format.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from desktop_app.domain.dates import check_date, parse_iso_date
from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    CaseDates,
    Communication,
    EvidenceItem,
    Merchant,
    Payment,
    Purchase,
    Task,
)
from desktop_app.domain.money import AmountError, format_amount, parse_amount, parse_currency
from desktop_app.domain.redact import card_last4
from desktop_app.domain.validation import parse_country
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    CaseStatus,
    Channel,
    Direction,
    EscalationStage,
    EvidenceKind,
    PaymentMethod,
    PurchaseKind,
    Reason,
    TaskKind,
)

FORMAT = "dossier-case/1"
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


@dataclass(frozen=True)
class CaseFile:
    case: Case
    purchases: list[Purchase] = field(default_factory=list)
    communications: list[Communication] = field(default_factory=list)
    evidence: list[EvidenceEntry] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


class _Reader:
    """Reads fields of nested JSON objects, collecting every problem found."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def fail(self, name: str, reason: str) -> None:
        self.problems.append((name, reason))

    def obj(self, value: Any, name: str, allowed: Sequence[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(name, "must be an object")
            return {}
        for key in value:
            if key not in allowed:
                self.fail(_join(name, _printable(key)), "is not a field of this format")
        return value

    def text(self, data: dict[str, Any], key: str, name: str, *, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(_join(name, key), "is required")
            return None
        if not isinstance(value, str):
            self.fail(_join(name, key), f"must be text, not {_kind(value)}")
            return None
        bad = _not_text(value)
        if bad:
            self.fail(_join(name, key), bad)
            return None
        return value.strip()

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        name: str,
        enum: type[E],
        *,
        default: E | None = None,
        optional: bool = False,
    ) -> E | None:
        """A vocabulary value; missing gives ``default``, or None when ``optional``."""
        value = data.get(key)
        if value is None:
            if default is None and not optional:
                self.fail(_join(name, key), f"is required (one of {', '.join(_values(enum))})")
            return default
        if not isinstance(value, str):
            self.fail(_join(name, key), f"must be one of {', '.join(_values(enum))}, not {_kind(value)}")
            return default
        if value not in _values(enum):
            self.fail(_join(name, key), f"{_quoted(value)} is not one of {', '.join(_values(enum))}")
            return default
        return enum(value)

    def parsed(
        self,
        data: dict[str, Any],
        key: str,
        name: str,
        parse: Callable[[str], T],
        *,
        required: bool = False,
    ) -> T | None:
        raw = self.text(data, key, name, required=required)
        if raw is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            self.fail(_join(name, key), str(exc))
            return None

    def index(self, data: dict[str, Any], key: str, name: str, count: int) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < count:
            self.fail(_join(name, key), f"must be the position (0 to {count - 1}) of an entry")
            return None
        return value

    def flag(self, data: dict[str, Any], key: str, name: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(_join(name, key), "must be true or false")
            return False
        return value

    def items(self, data: dict[str, Any], key: str) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, "must be a list")
            return []
        return value


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _not_text(value: str) -> str | None:
    """Why a string cannot be kept as text (a lone surrogate such as ``\\ud800``), or None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (
            f"holds {value[exc.start]!r} at character {exc.start + 1}: a lone surrogate, half of a "
            "UTF-16 pair and not a character; write that text again"
        )
    return None


def _printable(key: Any) -> str:
    """A field name from the file, safe to print (escaped when it is not plain text), and short."""
    text = str(key)
    if _not_text(text) or not text.isprintable() or len(text) > 60:
        return _quoted(text)
    return text


def _quoted(value: str, limit: int = 80) -> str:
    quoted = repr(value)
    return quoted if len(quoted) <= limit else quoted[: limit - 2] + "…'"


def _kind(value: Any) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


def parse_date(text: str) -> date:
    """A date written YYYY-MM-DD, read as the window and the command line read it: an impossible
    date, or a year outside 1990-2100, is refused."""
    return parse_iso_date(text)


def parse_moment(text: str) -> datetime:
    """An ISO 8601 date and time that must carry its UTC offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time; write it as 2026-09-15T14:30:00+02:00") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{text!r} has no time zone; add its offset, such as 2026-09-15T14:30:00+02:00")
    check_date(moment.date(), "moment")
    return moment


def _amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except AmountError as exc:
        raise ValueError(str(exc)) from None


def _currency(text: str) -> str:
    try:
        return parse_currency(text)
    except AmountError as exc:
        raise ValueError(str(exc)) from None


def _last4(text: str) -> str:
    """Four digits, or a whole valid card number reduced to its last four."""
    return card_last4(text)


def _sha256(text: str) -> str:
    value = text.lower()
    if not _SHA256.match(value):
        raise ValueError("must be 64 hexadecimal characters")
    return value


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


def parse_case_file(data: Any) -> CaseFile:
    """Validate a decoded ``dossier-case/1`` document; raise CaseFileError if anything is wrong."""
    r = _Reader()
    top = r.obj(data, "", _TOP)
    if not top:
        raise CaseFileError(r.problems or [("", "the case file is empty")])
    fmt = top.get("format")
    if fmt != FORMAT:
        found = _quoted(fmt) if isinstance(fmt, str) else (_kind(fmt) if fmt is not None else "nothing")
        r.fail("format", f"must be {FORMAT!r}, found {found}")

    merchant_data = r.obj(top.get("merchant"), "merchant", _MERCHANT)
    merchant = Merchant(
        name=r.text(merchant_data, "name", "merchant", required=True) or "",
        email=r.text(merchant_data, "email", "merchant"),
        phone=r.text(merchant_data, "phone", "merchant"),
        website=r.text(merchant_data, "website", "merchant"),
        address=r.text(merchant_data, "address", "merchant"),
    )
    customer_name = None
    if top.get("customer") is not None:
        customer = r.obj(top["customer"], "customer", ("name",))
        customer_name = r.text(customer, "name", "customer")

    payment = Payment()
    if top.get("payment") is not None:
        pay = r.obj(top["payment"], "payment", _PAYMENT)
        method = r.choice(pay, "method", "payment", PaymentMethod, optional=True)
        network = r.choice(pay, "network", "payment", CardNetwork, optional=True)
        card_kind = r.choice(pay, "card_kind", "payment", CardKind, optional=True)
        payment = Payment(
            method=method.value if method else None,
            network=network.value if network else None,
            last4=r.parsed(pay, "last4", "payment", _last4),
            card_kind=card_kind.value if card_kind else None,
        )

    dates = CaseDates()
    if top.get("dates") is not None:
        dates_data = r.obj(top["dates"], "dates", CASE_DATE_FIELDS)
        dates = CaseDates(**{k: r.parsed(dates_data, k, "dates", parse_date) for k in CASE_DATE_FIELDS})

    currency = r.parsed(top, "currency", "", _currency, required=True) or "XXX"
    case = Case(
        title=r.text(top, "title", "", required=True) or "",
        merchant=merchant,
        reason=r.choice(top, "reason", "", Reason) or Reason.OTHER,
        currency=currency,
        customer_name=customer_name,
        status=r.choice(top, "status", "", CaseStatus, default=CaseStatus.OPEN) or CaseStatus.OPEN,
        stage=r.choice(top, "stage", "", EscalationStage, default=EscalationStage.CUSTOMER_SERVICE)
        or EscalationStage.CUSTOMER_SERVICE,
        payment=payment,
        disputed_amount=r.parsed(top, "disputed_amount", "", _amount),
        refunded_amount=r.parsed(top, "refunded_amount", "", _amount),
        country=r.parsed(top, "country", "", parse_country),
        dates=dates,
        summary=r.text(top, "summary", ""),
    )

    purchases: list[Purchase] = []
    for i, raw in enumerate(r.items(top, "purchases")):
        name = f"purchases[{i}]"
        p = r.obj(raw, name, _PURCHASE)
        purchases.append(
            Purchase(
                date=r.parsed(p, "date", name, parse_date, required=True) or date.min,
                amount=r.parsed(p, "amount", name, _amount, required=True) or Decimal(0),
                currency=r.parsed(p, "currency", name, _currency) or currency,
                kind=r.choice(p, "kind", name, PurchaseKind, default=PurchaseKind.CHARGE)
                or PurchaseKind.CHARGE,
                description=r.text(p, "description", name),
                order_number=r.text(p, "order_number", name),
                invoice_number=r.text(p, "invoice_number", name),
                customer_number=r.text(p, "customer_number", name),
                po_number=r.text(p, "po_number", name),
                statement_descriptor=r.text(p, "statement_descriptor", name),
                disputed=r.flag(p, "disputed", name),
            )
        )
        problem = purchases[-1].amount_problem()
        if problem:
            r.fail(f"{name}.amount", problem)

    communications: list[Communication] = []
    for i, raw in enumerate(r.items(top, "communications")):
        name = f"communications[{i}]"
        c = r.obj(raw, name, _COMMUNICATION)
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
            )
        )

    evidence: list[EvidenceEntry] = []
    for i, raw in enumerate(r.items(top, "evidence")):
        name = f"evidence[{i}]"
        e = r.obj(raw, name, _EVIDENCE)
        path = r.text(e, "path", name, required=True) or ""
        if path and (path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", path)):
            r.fail(f"{name}.path", f"{_quoted(path)} must be relative to the case file")
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
                sha256=r.parsed(e, "sha256", name, _sha256),
                purchase=r.index(e, "purchase", name, len(purchases)),
                communication=r.index(e, "communication", name, len(communications)),
            )
        )

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


def build_case_file(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    evidence: Sequence[tuple[EvidenceItem, str]],
    tasks: Sequence[Task],
) -> dict[str, Any]:
    """The ``dossier-case/1`` document of a stored case.

    ``evidence`` pairs each item with the path, relative to the case file,
    where its file is written. Links between items are written as positions
    in the lists, so the document carries no database ids.
    """
    purchase_pos = {p.id: i for i, p in enumerate(purchases)}
    comm_pos = {c.id: i for i, c in enumerate(communications)}
    return {
        "format": FORMAT,
        "title": case.title,
        "customer": {"name": case.customer_name},
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
        "country": case.country,
        "currency": case.currency,
        "disputed_amount": _a(case.disputed_amount),
        "refunded_amount": _a(case.refunded_amount),
        "payment": {
            "method": case.payment.method,
            "network": case.payment.network,
            "last4": case.payment.last4,
            **({"card_kind": case.payment.card_kind} if case.payment.card_kind else {}),
        },
        "dates": {k: _d(getattr(case.dates, k)) for k in CASE_DATE_FIELDS},
        "summary": case.summary,
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
