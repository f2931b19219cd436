"""What the issuer expects to see for a dispute reason, and which of it a case already has.

The rules are data (``resources/rules/checklists.json``); this module reads a
parsed table and judges a case against it. No I/O: the caller loads the JSON.

A case is judged on :class:`CaseFacts`, a small digest of its contents, so
that the list of cases can compute it for thousands of cases from a few
aggregate queries, and the case page from the records it already holds:
both give the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, EvidenceItem, Purchase
from desktop_app.domain.vocab import Direction, EvidenceKind, PurchaseKind, Reason

PURCHASE_TESTS = ("disputed", "two_charges", "after_cancellation")
COMMUNICATION_TESTS = ("any", "outgoing", "incoming", "promise")
CASE_FIELDS = ("summary", "customer_name", "country")


class ChecklistError(ValueError):
    """The checklist table is malformed; the message says where."""


@dataclass(frozen=True)
class Condition:
    kind: str  # evidence, purchase, communication, case_date, case_field
    value: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    hint: str
    met_by: tuple[Condition, ...]
    source: str


@dataclass(frozen=True)
class ReasonRules:
    reason: Reason
    visa: str
    mastercard: str
    items: tuple[ChecklistItem, ...]


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


@dataclass(frozen=True)
class ItemStatus:
    item: ChecklistItem
    met: bool


@dataclass(frozen=True)
class Checklist:
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


def case_facts(
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
) -> CaseFacts:
    """The facts from counts (as the store aggregates them) and the case's own dates and fields."""
    return CaseFacts(
        evidence_kinds=frozenset(evidence_kinds),
        disputed_charges=disputed_charges,
        charges=charges,
        charges_after_cancellation=charges_after_cancellation,
        contacts=contacts,
        outgoing_contacts=outgoing_contacts,
        incoming_contacts=incoming_contacts,
        promises=promises,
        dates=frozenset(name for name in CASE_DATE_FIELDS if getattr(case.dates, name) is not None),
        fields=frozenset(name for name in CASE_FIELDS if (getattr(case, name) or "").strip()),
    )


def facts_of(
    case: Case,
    purchases: Iterable[Purchase],
    communications: Iterable[Communication],
    evidence: Iterable[EvidenceItem],
) -> CaseFacts:
    """The facts from the case's records."""
    charges = [p for p in purchases if p.kind is PurchaseKind.CHARGE]
    contacts = list(communications)
    cancelled = case.dates.cancellation
    return case_facts(
        case,
        (e.kind.value for e in evidence if e.trashed_at is None),
        charges=len(charges),
        disputed_charges=sum(1 for p in charges if p.disputed),
        charges_after_cancellation=sum(1 for p in charges if cancelled is not None and p.date > cancelled),
        contacts=len(contacts),
        outgoing_contacts=sum(1 for c in contacts if c.direction is Direction.OUTGOING),
        incoming_contacts=sum(1 for c in contacts if c.direction is Direction.INCOMING),
        promises=sum(1 for c in contacts if (c.promised_action or "").strip()),
    )


def judge(rules: ReasonRules, facts: CaseFacts) -> Checklist:
    return Checklist(rules, tuple(ItemStatus(item, _met(item, facts)) for item in rules.items))


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
            "after_cancellation": facts.charges_after_cancellation >= 1,
        }[test]
    return {
        "any": facts.contacts >= 1,
        "outgoing": facts.outgoing_contacts >= 1,
        "incoming": facts.incoming_contacts >= 1,
        "promise": facts.promises >= 1,
    }[test]


def parse_checklists(document: Mapping[str, Any]) -> dict[Reason, ReasonRules]:
    """The rules of every reason: the common items first, then the reason's own."""
    if document.get("format") != "dossier-checklists/1":
        raise ChecklistError("the checklist table is not in the dossier-checklists/1 format")
    sources = document.get("sources", {})
    common = [_item(raw, sources, f"common[{i}]") for i, raw in enumerate(document.get("common", []))]
    reasons = document.get("reasons", {})
    rules: dict[Reason, ReasonRules] = {}
    for reason in Reason:
        raw = reasons.get(reason.value)
        if not isinstance(raw, Mapping):
            raise ChecklistError(f"the checklist table has no entry for the reason {reason.value!r}")
        own = [_item(item, sources, f"{reason.value}[{i}]") for i, item in enumerate(raw.get("items", []))]
        ids = [item.id for item in common + own]
        if len(ids) != len(set(ids)):
            raise ChecklistError(f"{reason.value}: an item id is used twice")
        visa, mastercard = str(raw.get("visa", "")), str(raw.get("mastercard", ""))
        rules[reason] = ReasonRules(reason, visa, mastercard, tuple(common + own))
    unknown = set(reasons) - set(Reason.values())
    if unknown:
        raise ChecklistError(f"the checklist table names unknown reasons: {', '.join(sorted(unknown))}")
    return rules


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
        "case_field": CASE_FIELDS,
    }
    if kind not in allowed:
        raise ChecklistError(f"{where}: unknown condition {kind!r}")
    values = tuple(value) if isinstance(value, list) else (value,)
    wrong = [v for v in values if v not in set(allowed[kind])]
    if wrong or not values:
        raise ChecklistError(f"{where}: {kind} cannot be {', '.join(map(str, wrong)) or 'empty'}")
    return Condition(kind, values)
