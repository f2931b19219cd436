"""What the issuer expects to see for a dispute reason, and which of it a case already has.

The rules are data (``resources/rules/checklists.json``); this module reads a
parsed table and judges a case against it. No I/O: the caller loads the JSON.

An item is met only by what proves it: the agreed price by a quote, an order,
a purchase order or a contract (or the agreed amount given on each disputed
charge), never by the invoice that shows the wrong amount; a duplicate by both
charges with their authorisation codes; the merchant's answer by a logged
refusal or final response, or a promise whose date has passed with no refund.
The items depend on the payment rail too: a SEPA direct debit has no receipt
to show, but a mandate reference, a creditor identifier, the revocation and
each debit's statement line.

A case is judged on :class:`CaseFacts`, a small digest of its contents, so
that the list of cases can compute it for thousands of cases from a few
aggregate queries (``store.cases.digests``, whose keys are the keyword
arguments of :func:`case_facts`), and the case page from the records it
already holds (:func:`facts_of`): both give the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, EvidenceItem, Purchase
from desktop_app.domain.vocab import (
    Direction,
    EvidenceKind,
    MerchantAnswer,
    PaymentMethod,
    PurchaseKind,
    Reason,
)
from desktop_app.i18n import translate

PURCHASE_TESTS = (
    "disputed",  # a charge marked disputed
    "two_charges",  # two charges, one of them disputed
    "two_with_codes",  # two charges with an authorisation code (or ARN) each, one of them disputed
    "after_cancellation",  # a charge dated after the cancellation date
    "after_revocation",  # a charge dated after the mandate was revoked
    "agreed_amount",  # every disputed charge has its agreed amount
    "delivery_dates",  # every disputed charge has its expected delivery date
    "statement_lines",  # every disputed charge has its statement line (descriptor, or a statement linked)
)
COMMUNICATION_TESTS = ("any", "outgoing", "incoming", "promise", "answer", "broken_promise")
# The case's own fields an item may ask for: the case's, then the payment's.
CASE_FIELDS = ("summary", "customer_name", "country")
PAYMENT_FIELDS = ("mandate_reference", "creditor_id")
# A logged answer that is the merchant's word on the matter: the bank wants to see it.
ANSWERS = (MerchantAnswer.REFUSED, MerchantAnswer.FINAL_RESPONSE, MerchantAnswer.PARTLY_ACCEPTED)
_BLANK = " \t\n\r"  # what SQL's trim(x, char(32, 9, 10, 13)) takes away: the list and the page agree


class ChecklistError(ValueError):
    """The checklist table is malformed; the message says where."""


@dataclass(frozen=True)
class Condition:
    """What meets an item: a kind of record or fact, and the values it must have."""

    kind: str  # evidence, purchase, communication, case_date, case_field
    value: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistItem:
    """One thing the issuer expects to see for a reason, and what meets it."""

    id: str
    english_text: str  # as resources/rules/checklists.json writes it
    english_hint: str
    met_by: tuple[Condition, ...]
    source: str

    @property
    def text(self) -> str:
        """What the item asks for, in the process's language (the "Rules" messages)."""
        return translate("Rules", self.english_text)

    @property
    def hint(self) -> str:
        """How to meet it, in the process's language."""
        return translate("Rules", self.english_hint)


@dataclass(frozen=True)
class ReasonRules:
    """A reason's items: ``items`` when the rail is not known, :meth:`items_for` a rail's."""

    reason: Reason
    visa: str
    mastercard: str
    items: tuple[ChecklistItem, ...]
    by_rail: Mapping[str, tuple[ChecklistItem, ...]] = field(default_factory=dict, hash=False, compare=False)

    def items_for(self, rail: str | None) -> tuple[ChecklistItem, ...]:
        if rail is None:
            return self.items
        return self.by_rail.get(rail, self.items)


@dataclass(frozen=True)
class CaseFacts:
    """What a checklist looks at in a case."""

    evidence_kinds: frozenset[str]
    disputed_charges: int
    charges: int
    charges_after_cancellation: int
    contacts: int
    outgoing_contacts: int
    incoming_contacts: int
    promises: int
    dates: frozenset[str]
    fields: frozenset[str]
    rail: str | None = None
    charges_with_code: int = 0
    charges_agreed: int = 0
    disputed_agreed: int = 0
    charges_dated: int = 0
    disputed_dated: int = 0
    charges_lined: int = 0
    disputed_lined: int = 0
    charges_after_revocation: int = 0
    answers: int = 0
    promise_broken: bool = False

    def every_disputed(self, all_charges: int, disputed: int) -> bool:
        """Every charge in dispute (those marked, else every charge: domain.amounts) has it."""
        if self.disputed_charges:
            return disputed == self.disputed_charges
        return self.charges >= 1 and all_charges == self.charges


@dataclass(frozen=True)
class ItemStatus:
    """A checklist item, and whether the case meets it."""

    item: ChecklistItem
    met: bool


@dataclass(frozen=True)
class Checklist:
    """A case's items for its reason, each met or not."""

    rules: ReasonRules
    items: tuple[ItemStatus, ...]

    @property
    def done(self) -> int:
        return sum(1 for status in self.items if status.met)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def ratio(self) -> float:
        """How complete the evidence is, from 0 to 1 (1 when nothing is expected)."""
        return self.done / self.total if self.total else 1.0

    @property
    def missing(self) -> list[ChecklistItem]:
        return [status.item for status in self.items if not status.met]

    @property
    def next_step(self) -> ChecklistItem | None:
        missing = self.missing
        return missing[0] if missing else None

    def label(self) -> str:
        """``3/6``: items met of the items expected."""
        return f"{self.done}/{self.total}"


def case_facts(case: Case, evidence_kinds: Iterable[str], **counts: Any) -> CaseFacts:
    """The facts from counts (as the store aggregates them) and the case's own dates and fields:
    :func:`facts_values`' arguments, and its values as a :class:`CaseFacts`."""
    return CaseFacts(*facts_values(case, evidence_kinds, **counts))


def facts_values(
    case: Case,
    evidence_kinds: Iterable[str],
    *,
    charges: int,
    disputed_charges: int,
    charges_after_cancellation: int,
    contacts: int,
    outgoing_contacts: int,
    incoming_contacts: int,
    promises: int,
    charges_with_code: int = 0,
    charges_agreed: int = 0,
    disputed_agreed: int = 0,
    charges_dated: int = 0,
    disputed_dated: int = 0,
    charges_lined: int = 0,
    disputed_lined: int = 0,
    charges_after_revocation: int = 0,
    answers: int = 0,
    unkept_promise: date | None = None,
    today: date | None = None,
) -> tuple[Any, ...]:
    """The values of the :class:`CaseFacts` of a case, in the order of its fields, from counts (as
    the store aggregates them) and the case's own dates and fields. The case list keys its
    checklists on them: equal values, equal facts, without making the facts for every case.

    ``unkept_promise`` is the earliest date by which the merchant promised something, of the
    contacts after which no refund or credit was recorded: past ``today``, a promise not kept.
    """
    today = today or date.today()
    present = {name for name in CASE_FIELDS if (getattr(case, name) or "").strip()}
    present.update(name for name in PAYMENT_FIELDS if (getattr(case.payment, name) or "").strip(_BLANK))
    return (  # the order of CaseFacts' fields (tests/unit/services/test_case_row_facts.py)
        frozenset(evidence_kinds),  # evidence_kinds
        disputed_charges,
        charges,
        charges_after_cancellation,
        contacts,
        outgoing_contacts,
        incoming_contacts,
        promises,
        frozenset(name for name in CASE_DATE_FIELDS if getattr(case.dates, name) is not None),  # dates
        frozenset(present),  # fields
        case.payment.method or None,  # rail
        charges_with_code or 0,  # an SQL sum over no row is NULL
        charges_agreed or 0,
        disputed_agreed or 0,
        charges_dated or 0,
        disputed_dated or 0,
        charges_lined or 0,
        disputed_lined or 0,
        charges_after_revocation or 0,
        answers or 0,
        unkept_promise is not None and unkept_promise < today,  # promise_broken
    )


def facts_of(
    case: Case,
    purchases: Iterable[Purchase],
    communications: Iterable[Communication],
    evidence: Iterable[EvidenceItem],
    today: date | None = None,
) -> CaseFacts:
    """The facts from the case's records (what :func:`case_facts` gets from the store's aggregates)."""
    bought = list(purchases)
    charges = [p for p in bought if p.kind is PurchaseKind.CHARGE]
    contacts = list(communications)
    live = [e for e in evidence if e.trashed_at is None]
    statements = {
        e.purchase_id for e in live if e.kind is EvidenceKind.STATEMENT and e.purchase_id is not None
    }
    cancelled, revoked = case.dates.cancellation, case.dates.mandate_revoked
    refunds = [p.date for p in bought if p.kind in (PurchaseKind.REFUND, PurchaseKind.CREDIT)]

    def lined(p: Purchase) -> bool:
        return bool((p.statement_descriptor or "").strip(_BLANK)) or (p.id is not None and p.id in statements)

    def unkept(c: Communication) -> bool:
        return c.promised_by is not None and not any(day >= c.at.date() for day in refunds)

    return case_facts(
        case,
        (e.kind.value for e in live),
        charges=len(charges),
        disputed_charges=sum(1 for p in charges if p.disputed),
        charges_after_cancellation=sum(1 for p in charges if cancelled is not None and p.date > cancelled),
        contacts=len(contacts),
        outgoing_contacts=sum(1 for c in contacts if c.direction is Direction.OUTGOING),
        incoming_contacts=sum(1 for c in contacts if c.direction is Direction.INCOMING),
        promises=sum(1 for c in contacts if (c.promised_action or "").strip(_BLANK)),
        charges_with_code=sum(1 for p in charges if (p.authorization_code or "").strip(_BLANK)),
        charges_agreed=sum(1 for p in charges if p.expected_amount is not None),
        disputed_agreed=sum(1 for p in charges if p.disputed and p.expected_amount is not None),
        charges_dated=sum(1 for p in charges if p.expected_delivery is not None),
        disputed_dated=sum(1 for p in charges if p.disputed and p.expected_delivery is not None),
        charges_lined=sum(1 for p in charges if lined(p)),
        disputed_lined=sum(1 for p in charges if p.disputed and lined(p)),
        charges_after_revocation=sum(1 for p in charges if revoked is not None and p.date > revoked),
        answers=sum(1 for c in contacts if c.answer in ANSWERS),
        unkept_promise=min((c.promised_by for c in contacts if unkept(c) and c.promised_by), default=None),
        today=today,
    )


def judge(rules: ReasonRules, facts: CaseFacts) -> Checklist:
    """The items of the reason for the case's rail, each met or not."""
    items = rules.items_for(facts.rail)
    return Checklist(rules, tuple(ItemStatus(item, _met(item, facts)) for item in items))


def _met(item: ChecklistItem, facts: CaseFacts) -> bool:
    return any(_holds(condition, facts) for condition in item.met_by)


def _holds(condition: Condition, facts: CaseFacts) -> bool:
    kind, value = condition.kind, condition.value
    if kind == "evidence":
        return bool(facts.evidence_kinds.intersection(value))
    if kind == "case_date":
        return value[0] in facts.dates
    if kind == "case_field":
        return value[0] in facts.fields
    test = value[0]
    if kind == "purchase":
        return {
            "disputed": facts.disputed_charges >= 1,
            "two_charges": facts.charges >= 2 and facts.disputed_charges >= 1,
            "two_with_codes": facts.charges_with_code >= 2 and facts.disputed_charges >= 1,
            "after_cancellation": facts.charges_after_cancellation >= 1,
            "after_revocation": facts.charges_after_revocation >= 1,
            "agreed_amount": facts.every_disputed(facts.charges_agreed, facts.disputed_agreed),
            "delivery_dates": facts.every_disputed(facts.charges_dated, facts.disputed_dated),
            "statement_lines": facts.every_disputed(facts.charges_lined, facts.disputed_lined),
        }[test]
    return {
        "any": facts.contacts >= 1,
        "outgoing": facts.outgoing_contacts >= 1,
        "incoming": facts.incoming_contacts >= 1,
        "promise": facts.promises >= 1,
        "answer": facts.answers >= 1,
        "broken_promise": facts.promise_broken,
    }[test]


def parse_checklists(document: Mapping[str, Any]) -> dict[Reason, ReasonRules]:
    """The rules of every reason: the common items first, then the reason's own; then, for each
    rail, the rail's items (one with the id of an item above takes its place) without those the
    rail leaves out."""
    if document.get("format") != "dossier-checklists/1":
        raise ChecklistError("the checklist table is not in the dossier-checklists/1 format")
    sources = document.get("sources", {})
    common = [_item(raw, sources, f"common[{i}]") for i, raw in enumerate(document.get("common", []))]
    reasons = document.get("reasons", {})
    rails = _rails(document.get("rails", {}), sources)
    rules: dict[Reason, ReasonRules] = {}
    for reason in Reason:
        raw = reasons.get(reason.value)
        if not isinstance(raw, Mapping):
            raise ChecklistError(f"the checklist table has no entry for the reason {reason.value!r}")
        own = [_item(item, sources, f"{reason.value}[{i}]") for i, item in enumerate(raw.get("items", []))]
        ids = [item.id for item in common + own]
        if len(ids) != len(set(ids)):
            raise ChecklistError(f"{reason.value}: an item id is used twice")
        base = tuple(common + own)
        by_rail = {rail: _for_rail(base, reason, rails.get(rail), rail) for rail in PaymentMethod.values()}
        visa, mastercard = str(raw.get("visa", "")), str(raw.get("mastercard", ""))
        rules[reason] = ReasonRules(reason, visa, mastercard, base, by_rail)
    unknown = set(reasons) - set(Reason.values())
    if unknown:
        raise ChecklistError(f"the checklist table names unknown reasons: {', '.join(sorted(unknown))}")
    return rules


_RailItems = tuple[tuple[str, ...], list[tuple[ChecklistItem, tuple[str, ...]]]]


def _rails(raw: Any, sources: Mapping[str, str]) -> dict[str, _RailItems]:
    """Each rail's section: the ids it leaves out, and its items with the reasons they are for."""
    if not isinstance(raw, Mapping):
        raise ChecklistError("rails: must be an object keyed by payment method")
    found: dict[str, _RailItems] = {}
    for rail, section in raw.items():
        if rail not in PaymentMethod.values():
            raise ChecklistError(f"rails: {rail!r} is not a payment method")
        if not isinstance(section, Mapping):
            raise ChecklistError(f"rails.{rail}: must be an object")
        items: list[tuple[ChecklistItem, tuple[str, ...]]] = []
        for i, entry in enumerate(section.get("items", [])):
            where = f"rails.{rail}[{i}]"
            item = _item(entry, sources, where)
            only = tuple(entry.get("reasons", ())) if isinstance(entry, Mapping) else ()
            wrong = [r for r in only if r not in Reason.values()]
            if wrong:
                raise ChecklistError(f"{where}: unknown reasons {', '.join(map(str, wrong))}")
            items.append((item, only))
        ids = [item.id for item, _ in items]
        if len(ids) != len(set(ids)):
            raise ChecklistError(f"rails.{rail}: an item id is used twice")
        found[rail] = (tuple(str(i) for i in section.get("without", [])), items)
    return found


def _for_rail(
    base: Sequence[ChecklistItem], reason: Reason, section: _RailItems | None, rail: str
) -> tuple[ChecklistItem, ...]:
    items = list(base)
    if section is None:
        return tuple(items)
    without, extra = section
    items = [item for item in items if item.id not in without]
    for item, only in extra:
        if only and reason.value not in only:
            continue
        at = next((n for n, old in enumerate(items) if old.id == item.id), None)
        if at is None:
            items.append(item)
        else:
            items[at] = item
    return tuple(items)


def _item(raw: Any, sources: Mapping[str, str], where: str) -> ChecklistItem:
    if not isinstance(raw, Mapping):
        raise ChecklistError(f"{where}: an item must be an object")
    for key in ("id", "text", "hint", "met_by", "source"):
        if key not in raw:
            raise ChecklistError(f"{where}: the item has no {key!r}")
    if raw["source"] not in sources:
        raise ChecklistError(f"{where}: the source {raw['source']!r} is not listed under 'sources'")
    conditions = tuple(_condition(c, f"{where} {raw['id']}") for c in raw["met_by"])
    if not conditions:
        raise ChecklistError(f"{where}: the item can never be met (empty met_by)")
    return ChecklistItem(
        str(raw["id"]), str(raw["text"]), str(raw["hint"]), conditions, sources[raw["source"]]
    )


def _condition(raw: Any, where: str) -> Condition:
    if not isinstance(raw, Mapping) or len(raw) != 1:
        raise ChecklistError(f"{where}: each condition is an object with one key")
    ((kind, value),) = raw.items()
    allowed: dict[str, Iterable[str]] = {
        "evidence": EvidenceKind.values(),
        "purchase": PURCHASE_TESTS,
        "communication": COMMUNICATION_TESTS,
        "case_date": CASE_DATE_FIELDS,
        "case_field": CASE_FIELDS + PAYMENT_FIELDS,
    }
    if kind not in allowed:
        raise ChecklistError(f"{where}: unknown condition {kind!r}")
    values = tuple(value) if isinstance(value, list) else (value,)
    wrong = [v for v in values if v not in set(allowed[kind])]
    if wrong or not values:
        raise ChecklistError(f"{where}: {kind} cannot be {', '.join(map(str, wrong)) or 'empty'}")
    return Condition(kind, values)
