"""The order in which a pack's exhibits argue the case: the default order of the exhibits.

An issuer's analyst reads the exhibits as the reason's checklist asks for them
(resources/rules/checklists.json, read by :mod:`desktop_app.domain.checklist`):

1. **the proof of purchase** (receipt, invoice, order, purchase order, contract: the kinds of
   the checklist's ``proof_of_purchase`` item). A SEPA direct debit has no purchase to prove
   (its rail leaves that item out): the mandate or contract comes first, then any receipt or
   invoice;
2. **what proves the claim**: the evidence kinds of the reason's own items (and of the rail's),
   in the checklist's order: the cancellation proof of a cancelled subscription, the return proof
   of a return, the quote or order of the agreed price of an incorrect amount, the statements of
   both charges of a duplicate, the revocation and each debit's statement line of a SEPA debit, the
   written promise of a credit not processed;
3. **the merchant's answers**: evidence linked to a contact the merchant made (incoming) or to a
   contact with a logged answer;
4. **bank statements** the claim did not already call for;
5. **the rest** (the user's own messages, other screenshots...).

Within a group, what is linked to a disputed charge (every charge when none is marked, as
:mod:`desktop_app.domain.amounts` counts them) comes first; ties keep the case's own order.

An e-mail, letter or chat linked to a contact is judged by that contact before its kind: the
merchant's written promise of a refund is the claim of a credit not processed, its refusal is an
answer. An e-mail's attachments kept as evidence of their own share the e-mail's contact, so an
attachment whose kind argues nothing of its own stays right after its e-mail; one whose kind
argues (an attached invoice) goes where its kind argues.

Pure: the caller gives the parsed checklist rules (``services.rules.checklist_rules()``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from desktop_app.domain.checklist import ChecklistItem, ReasonRules
from desktop_app.domain.models import Case, Communication, EvidenceItem, Purchase
from desktop_app.domain.vocab import Direction, EvidenceKind, MerchantAnswer, PurchaseKind, Reason


class Tier(IntEnum):
    """The groups of the default order, first to last."""

    PURCHASE = 0  # proof of purchase; a SEPA debit's mandate or contract
    CLAIM = 1  # what proves the reason's claim, in the checklist's order
    ANSWER = 2  # the merchant's answers
    STATEMENT = 3  # bank statements the claim did not call for
    REST = 4


@dataclass(frozen=True)
class Ranked:
    """An evidence item's place in the default order, and why."""

    item: EvidenceItem
    tier: Tier
    proves: str | None  # the checklist item it goes toward ("proof_of_purchase", "cancellation_proof"...)


PROOF_OF_PURCHASE = "proof_of_purchase"
MANDATE = "mandate"  # a SEPA debit's mandate or contract, which a rail without proof of purchase puts first
MERCHANT_ANSWER = "merchant_answer"
STATEMENT = "statement"
# Kinds that are correspondence: linked to a contact, the contact says what they prove.
_CORRESPONDENCE = frozenset({EvidenceKind.EMAIL, EvidenceKind.LETTER, EvidenceKind.CHAT})
# Tests of charges a statement proves (the line of each disputed debit, both charges of a duplicate).
_STATEMENT_TESTS = frozenset({"statement_lines", "two_charges", "two_with_codes"})


def default_order(
    case: Case,
    evidence: Sequence[EvidenceItem],
    rules: Mapping[Reason, ReasonRules],
    purchases: Sequence[Purchase] = (),
    communications: Sequence[Communication] = (),
) -> list[EvidenceItem]:
    """The case's live evidence (not in the trash) in the order that argues the case."""
    return [r.item for r in rank_exhibits(case, evidence, rules, purchases, communications)]


def rank_exhibits(
    case: Case,
    evidence: Sequence[EvidenceItem],
    rules: Mapping[Reason, ReasonRules],
    purchases: Sequence[Purchase] = (),
    communications: Sequence[Communication] = (),
) -> list[Ranked]:
    """Every live item with its group and the checklist item it goes toward, in the default order."""
    plan = _Plan.of(case, rules)
    charges = [p for p in purchases if p.kind is PurchaseKind.CHARGE and p.id is not None]
    marked = {p.id for p in charges if p.disputed}
    disputed = marked or {p.id for p in charges}
    contacts: dict[int | None, Communication] = {c.id: c for c in communications if c.id is not None}
    keyed: list[tuple[tuple[int, int, int, int], Ranked]] = []
    for position, item in enumerate(e for e in evidence if e.trashed_at is None):
        tier, step, proves = plan.place(item, contacts.get(item.communication_id))
        on_disputed = 0 if item.purchase_id is not None and item.purchase_id in disputed else 1
        keyed.append(((tier, step, on_disputed, position), Ranked(item, tier, proves)))
    keyed.sort(key=lambda pair: pair[0])
    return [ranked for _, ranked in keyed]


@dataclass(frozen=True)
class _Plan:
    """What each kind proves for one reason and rail: (tier, step within the tier, item id)."""

    by_kind: Mapping[EvidenceKind, tuple[Tier, int, str]]
    promise_item: str | None  # the claim item a contact's written promise meets, if the reason has one
    promise_step: int

    @classmethod
    def of(cls, case: Case, rules: Mapping[Reason, ReasonRules]) -> _Plan:
        reason_rules = rules[case.reason]
        items = reason_rules.items_for(case.payment.method or None)
        # The items every reason shares are those of the reason "other", which adds none of its own.
        common_ids = {item.id for item in rules[Reason.OTHER].items}
        by_kind: dict[EvidenceKind, tuple[Tier, int, str]] = {}
        purchase = next((item for item in items if item.id == PROOF_OF_PURCHASE), None)
        if purchase is not None:
            for kind in _kinds(purchase):
                by_kind.setdefault(kind, (Tier.PURCHASE, 0, PROOF_OF_PURCHASE))
        else:
            # The rail leaves the proof of purchase out (a SEPA debit): the mandate or contract first.
            by_kind[EvidenceKind.CONTRACT] = (Tier.PURCHASE, 0, MANDATE)
            shared = next((i for i in rules[Reason.OTHER].items if i.id == PROOF_OF_PURCHASE), None)
            for kind in _kinds(shared) if shared is not None else ():
                by_kind.setdefault(kind, (Tier.PURCHASE, 1, PROOF_OF_PURCHASE))
        promise_item, promise_step = None, 0
        claims = [item for item in items if item.id not in common_ids]
        for step, item in enumerate(claims):
            for kind in _kinds(item):
                by_kind.setdefault(kind, (Tier.CLAIM, step, item.id))
            if promise_item is None and any(
                c.kind == "communication" and "promise" in c.value for c in item.met_by
            ):
                promise_item, promise_step = item.id, step
        by_kind.setdefault(EvidenceKind.STATEMENT, (Tier.STATEMENT, 0, STATEMENT))
        return cls(by_kind, promise_item, promise_step)

    def place(self, item: EvidenceItem, contact: Communication | None) -> tuple[Tier, int, str | None]:
        if contact is not None and item.kind in _CORRESPONDENCE:
            if self.promise_item is not None and (contact.promised_action or "").strip():
                return Tier.CLAIM, self.promise_step, self.promise_item
            if _from_merchant(contact):
                return Tier.ANSWER, 0, MERCHANT_ANSWER
        found = self.by_kind.get(item.kind)
        if found is not None and found[0] in (Tier.PURCHASE, Tier.CLAIM):
            return found
        if contact is not None and _from_merchant(contact):
            return Tier.ANSWER, 0, MERCHANT_ANSWER
        if found is not None:
            return found
        return Tier.REST, 0, None


def _from_merchant(contact: Communication) -> bool:
    """A contact that is the merchant's word: one it made, or one with its answer logged (a logged
    silence is not an answer)."""
    return contact.direction is Direction.INCOMING or contact.answer not in (None, MerchantAnswer.NO_ANSWER)


def _kinds(item: ChecklistItem) -> list[EvidenceKind]:
    """The evidence kinds that meet an item, in the table's order (a statement for the tests of
    charges a statement shows)."""
    kinds: list[EvidenceKind] = []
    for condition in item.met_by:
        if condition.kind == "evidence":
            kinds += [EvidenceKind(value) for value in condition.value]
        elif condition.kind == "purchase" and _STATEMENT_TESTS.intersection(condition.value):
            kinds.append(EvidenceKind.STATEMENT)
    return kinds
