"""The things a case file holds, as plain dataclasses.

``id`` is ``None`` until the store has saved the object. Amounts are exact
``Decimal``; dates are ``date``; moments are timezone-aware ``datetime``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.vocab import CASE_DATE_FIELDS as CASE_DATE_FIELDS
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


@dataclass(frozen=True)
class Merchant:
    name: str
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class Customer:
    """Who the customer is, beyond the name (``Case.customer_name``). ``kind`` None: not said."""

    kind: CustomerKind | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    tax_id: str | None = None  # NIP, NIF, SIREN, VAT number: as the user wrote it
    cardholder_name: str | None = None  # a business card's holder
    cardholder_role: str | None = None
    city: str | None = None  # where the customer lives: a letter's place ("Lyon, le 1er décembre 2026")

    def city_apart(self) -> str | None:
        """The city, to show beside the address when the address does not already name it."""
        city = (self.city or "").strip()
        if not city or city.casefold() in (self.address or "").casefold():
            return None
        return city


@dataclass(frozen=True)
class Payment:
    """How the user paid. Only a card's network and last four digits are kept."""

    method: str | None = None
    network: str | None = None
    last4: str | None = None
    card_kind: str | None = None  # credit, debit or prepaid (CardKind)
    business: bool = False  # a business (corporate) card or account
    mandate_reference: str | None = None  # SEPA direct debit: the mandate's reference (RUM, UMR)
    creditor_id: str | None = None  # SEPA direct debit: the creditor identifier (ICS, CI)

    def describe(self) -> str:
        """``Visa card ending 4417``: how people name a means of payment."""
        method = PaymentMethod(self.method).label if self.method else ""
        if self.card_kind and self.method == PaymentMethod.CARD.value:
            known = self.card_kind in CardKind.values()  # "credit card"
            method = CardKind(self.card_kind).label.lower() if known else f"{self.card_kind} {method.lower()}"
        if self.network:
            network = CardNetwork(self.network).label
            text = (
                translate("Payment", "{network} {method}", "a card's network, then the means of payment")
                .format(network=network, method=method.lower())
                .strip()
                if method
                else network
            )
        else:
            text = method
        if self.last4:
            text = (
                translate("Payment", "{payment} ending {last4}")
                .format(payment=text, last4=self.last4)
                .strip()
            )
        return text


@dataclass(frozen=True)
class CaseDates:
    """The dates that matter to deadlines; each may be unknown."""

    transaction: date | None = None
    statement: date | None = None
    expected_delivery: date | None = None
    cancellation: date | None = None
    returned: date | None = None
    credit_promised: date | None = None
    debit: date | None = None
    final_response: date | None = None
    bank_complaint: date | None = None
    mandate_revoked: date | None = None  # the mandate was revoked, or the contract ended
    merchant_complaint: date | None = None  # the written complaint reached the merchant


Day = date  # for Purchase, whose field ``date`` hides the type


if tuple(CaseDates.__dataclass_fields__) != CASE_DATE_FIELDS:  # one list, checked at import
    raise AssertionError("domain.vocab.CASE_DATE_FIELDS must name CaseDates' fields, in order")


@dataclass(frozen=True)
class Issuer:
    """The bank or card issuer once the dispute is filed with it. Every field may be unknown."""

    name: str | None = None
    address: str | None = None
    claim_number: str | None = None
    filed_on: date | None = None
    provisional_credit: Decimal | None = None
    provisional_credit_on: date | None = None
    merchant_response: str | None = None  # what the merchant answered the issuer, in short
    outcome: IssuerOutcome | None = None
    outcome_on: date | None = None
    redebit_amount: Decimal | None = None  # taken back after a provisional credit
    redebit_on: date | None = None


@dataclass(frozen=True)
class Case:
    title: str
    merchant: Merchant
    reason: Reason
    currency: str
    customer_name: str | None = None
    status: CaseStatus = CaseStatus.OPEN
    stage: EscalationStage = EscalationStage.CUSTOMER_SERVICE
    payment: Payment = field(default_factory=Payment)
    disputed_amount: Decimal | None = None
    refunded_amount: Decimal | None = None
    country: str | None = None
    dates: CaseDates = field(default_factory=CaseDates)
    summary: str | None = None
    customer: Customer = field(default_factory=Customer)
    issuer: Issuer = field(default_factory=Issuer)
    stage_override: bool = False  # True: ``stage`` is the user's; False: the ladder follows the facts
    # The language of the case's pack and letters, chosen for it (one of domain.profiles.LANGUAGES);
    # None: the country's (domain.profiles.case_language).
    language: str | None = None
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None
    trashed_at: datetime | None = None


@dataclass(frozen=True)
class Purchase:
    date: date
    amount: Decimal
    currency: str
    kind: PurchaseKind = PurchaseKind.CHARGE
    description: str | None = None
    order_number: str | None = None
    invoice_number: str | None = None
    customer_number: str | None = None
    po_number: str | None = None
    statement_descriptor: str | None = None
    disputed: bool = False
    expected_amount: Decimal | None = None  # what was agreed (quote, order, contract), when known
    disputed_amount: Decimal | None = None  # what is disputed, when the user said; see domain.amounts
    authorization_code: str | None = None  # a card charge's authorisation code or ARN
    expected_delivery: Day | None = None  # when the goods or service of this charge were due
    id: int | None = None
    case_id: int | None = None

    def amount_problem(self) -> str | None:
        """Why the amount cannot be right, or None: a charge or a hold is never negative, since a
        refund or a credit is a kind of its own, with a positive amount."""
        if self.amount < 0 and self.kind in (PurchaseKind.CHARGE, PurchaseKind.AUTHORISATION_HOLD):
            if self.kind == PurchaseKind.CHARGE:
                text = translate(
                    "Validation",
                    "a charge is never negative ({amount} was read): record a refund or a credit as its "
                    "own kind, with a positive amount",
                )
            else:
                text = translate(
                    "Validation",
                    "an authorisation hold is never negative ({amount} was read): record a refund or a "
                    "credit as its own kind, with a positive amount",
                )
            return text.format(amount=f"{self.amount} {self.currency}")
        return None


@dataclass(frozen=True)
class Communication:
    at: datetime
    channel: Channel
    direction: Direction
    counterpart: str | None = None
    representative: str | None = None
    reference: str | None = None
    subject: str | None = None
    summary: str | None = None
    outcome: str | None = None
    promised_action: str | None = None
    promised_by: date | None = None
    body: str | None = None  # the whole text of an e-mail or letter; ``summary`` is what was said in short
    level: EscalationStage | None = None  # who answered: customer service, a supervisor, head office...
    answer: MerchantAnswer | None = None  # what the merchant answered in this contact
    delivery: LetterDelivery | None = None  # a letter's: how it was sent (registered post, e-mail...)
    id: int | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class RedactionArea:
    """A box the user drew over an exhibit to hide what is under it, in the pack only.

    ``page`` counts from 1 (an image has one page). ``x``, ``y``, ``width`` and ``height`` are
    fractions of the page's (or image's) width and height, from its top-left corner, so a box
    means the same area whatever resolution the page is drawn at. The original file in the
    vault never changes.
    """

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class EvidenceItem:
    kind: EvidenceKind
    title: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    imported_at: datetime
    note: str | None = None  # what the exhibit proves, in the user's words (printed in the pack)
    source: str | None = None
    purchase_id: int | None = None
    communication_id: int | None = None
    id: int | None = None
    case_id: int | None = None
    trashed_at: datetime | None = None
    note_translation: str | None = None  # an optional one-line translation, for a bank of another language
    redactions: tuple[RedactionArea, ...] = ()  # boxes the user drew; the pack blacks them out


@dataclass(frozen=True)
class Task:
    title: str
    due: date | None = None
    kind: TaskKind = TaskKind.TASK
    note: str | None = None
    done_at: datetime | None = None
    communication_id: int | None = None
    id: int | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class Event:
    """One entry of the append-only log: who did what, when."""

    at: datetime
    actor: str
    action: str
    summary: str
    case_id: int | None = None
    entity: str | None = None
    entity_id: int | None = None
    id: int | None = None
