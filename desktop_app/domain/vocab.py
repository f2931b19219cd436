"""The controlled vocabularies of a case.

Their values are a contract: they appear in case files (``dossier-case/1``),
in the database and on the command line, so they never change spelling.
Labels are the plain-English words shown to people.

The vocabularies share values ("other", "email", "credit", "letter",
"chat"...) and a str enum member is equal to (and hashes as) its value, so
one table keyed by members would answer "Other billing problem" for every
"other". Each vocabulary therefore has its own table, keyed by its class,
and every member must have a label of its own (checked when this module is
imported): no label is made up from a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Vocabulary(StrEnum):
    """A string enum whose members carry a human label."""

    @property
    def label(self) -> str:
        """The words shown for this member, from its own vocabulary's table."""
        return _LABELS[type(self)][self.value]

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Every value of this vocabulary and its label, in the order of the members."""
        table = _LABELS[cls]
        return {member.value: table[member.value] for member in cls}

    @classmethod
    def values(cls) -> list[str]:
        return [member.value for member in cls]


class Reason(Vocabulary):
    NOT_RECEIVED = "not_received"
    NOT_AS_DESCRIBED = "not_as_described"
    CANCELLED_RECURRING = "cancelled_recurring"
    CANCELLED_OR_RETURNED = "cancelled_or_returned"
    CREDIT_NOT_PROCESSED = "credit_not_processed"
    DUPLICATE = "duplicate"
    PAID_BY_OTHER_MEANS = "paid_by_other_means"
    INCORRECT_AMOUNT = "incorrect_amount"
    UNAUTHORIZED = "unauthorized"
    OTHER = "other"


class PaymentMethod(Vocabulary):
    CARD = "card"
    DIRECT_DEBIT = "direct_debit"
    BANK_TRANSFER = "bank_transfer"
    PAYPAL = "paypal"
    OTHER = "other"


class CardKind(Vocabulary):
    """Credit or debit: the law that protects the cardholder differs (US FCBA or Regulation E)."""

    CREDIT = "credit"
    DEBIT = "debit"
    PREPAID = "prepaid"


class CardNetwork(Vocabulary):
    VISA = "visa"
    MASTERCARD = "mastercard"
    AMEX = "amex"
    DISCOVER = "discover"
    OTHER = "other"


class Channel(Vocabulary):
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    LETTER = "letter"
    WEB_FORM = "web_form"
    IN_PERSON = "in_person"
    SOCIAL = "social"


class Direction(Vocabulary):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class EvidenceKind(Vocabulary):
    RECEIPT = "receipt"
    INVOICE = "invoice"
    STATEMENT = "statement"
    EMAIL = "email"
    SCREENSHOT = "screenshot"
    TERMS = "terms"
    CANCELLATION_PROOF = "cancellation_proof"
    RETURN_PROOF = "return_proof"
    QUOTE = "quote"
    ORDER = "order"
    PURCHASE_ORDER = "purchase_order"
    CONTRACT = "contract"
    LETTER = "letter"
    CHAT = "chat"
    OTHER = "other"


class PurchaseKind(Vocabulary):
    CHARGE = "charge"
    AUTHORISATION_HOLD = "authorisation_hold"
    REFUND = "refund"
    CREDIT = "credit"


class CaseStatus(Vocabulary):
    OPEN = "open"
    WAITING = "waiting"
    DISPUTED = "disputed"
    WON = "won"
    LOST = "lost"
    CLOSED = "closed"


class EscalationStage(Vocabulary):
    CUSTOMER_SERVICE = "customer_service"
    SUPERVISOR = "supervisor"
    FORMAL_COMPLAINT = "formal_complaint"
    BANK = "bank"
    REGULATOR = "regulator"


class CustomerKind(Vocabulary):
    """Who the customer is: the rights of consumers and the ombudsmen for natural persons depend on it."""

    PERSON = "person"
    COMPANY = "company"


class IssuerOutcome(Vocabulary):
    """How the bank or card issuer decided a filed dispute."""

    WON = "won"
    LOST = "lost"
    PARTLY = "partly"


class MerchantAnswer(Vocabulary):
    """What the merchant answered in one contact; it moves the escalation ladder on."""

    REFUSED = "refused"
    FINAL_RESPONSE = "final_response"
    PROMISED = "promised"
    PARTLY_ACCEPTED = "partly_accepted"
    ACCEPTED = "accepted"
    NO_ANSWER = "no_answer"


class LetterDelivery(Vocabulary):
    """How a letter was sent: what "Mark as sent" logs with the contact (channel ``letter``)."""

    REGISTERED_POST = "registered_post"
    POST = "post"
    EMAIL = "email"
    PORTAL = "portal"
    HAND = "hand"


class TaskKind(Vocabulary):
    TASK = "task"
    DEADLINE = "deadline"
    PROMISE = "promise"


_LABELS: dict[type[Vocabulary], dict[str, str]] = {}


def set_labels(vocabulary: type[Vocabulary], labels: Mapping[Vocabulary, str]) -> None:
    """Give ``vocabulary`` its labels: one for each of its members, and only for its members.

    A vocabulary defined elsewhere calls this too, so that no member is ever shown without
    words of its own.
    """
    table: dict[str, str] = {}
    for member, text in labels.items():
        if type(member) is not vocabulary:
            raise TypeError(f"{member!r} is not a member of {vocabulary.__name__}")
        if not text.strip():
            raise ValueError(f"{vocabulary.__name__}.{member.name} has an empty label")
        table[member.value] = text
    missing = [member.name for member in vocabulary if member.value not in table]
    if missing:
        raise ValueError(f"{vocabulary.__name__} has no label for {', '.join(missing)}")
    _LABELS[vocabulary] = table


set_labels(
    Reason,
    {
        Reason.NOT_RECEIVED: "Goods or service not received",
        Reason.NOT_AS_DESCRIBED: "Not as described or defective",
        Reason.CANCELLED_RECURRING: "Subscription billed after cancellation",
        Reason.CANCELLED_OR_RETURNED: "Cancelled or returned, not refunded",
        Reason.CREDIT_NOT_PROCESSED: "Promised refund never came",
        Reason.DUPLICATE: "Charged twice",
        Reason.PAID_BY_OTHER_MEANS: "Already paid by other means",
        Reason.INCORRECT_AMOUNT: "Charged the wrong amount",
        Reason.UNAUTHORIZED: "Not authorised by me",
        Reason.OTHER: "Other billing problem",
    },
)
set_labels(
    PaymentMethod,
    {
        PaymentMethod.CARD: "Card",
        PaymentMethod.DIRECT_DEBIT: "Direct debit",
        PaymentMethod.BANK_TRANSFER: "Bank transfer",
        PaymentMethod.PAYPAL: "PayPal",
        PaymentMethod.OTHER: "Other payment method",
    },
)
set_labels(
    CardKind,
    {
        CardKind.CREDIT: "Credit card",
        CardKind.DEBIT: "Debit card",
        CardKind.PREPAID: "Prepaid card",
    },
)
set_labels(
    CardNetwork,
    {
        CardNetwork.VISA: "Visa",
        CardNetwork.MASTERCARD: "Mastercard",
        CardNetwork.AMEX: "American Express",
        CardNetwork.DISCOVER: "Discover",
        CardNetwork.OTHER: "Other network",
    },
)
set_labels(
    Channel,
    {
        Channel.EMAIL: "E-mail",
        Channel.PHONE: "Phone",
        Channel.CHAT: "Chat",
        Channel.LETTER: "Letter by post",
        Channel.WEB_FORM: "Web form",
        Channel.IN_PERSON: "In person",
        Channel.SOCIAL: "Social media",
    },
)
set_labels(
    Direction,
    {
        Direction.INCOMING: "Incoming",
        Direction.OUTGOING: "Outgoing",
    },
)
set_labels(
    EvidenceKind,
    {
        EvidenceKind.RECEIPT: "Receipt",
        EvidenceKind.INVOICE: "Invoice",
        EvidenceKind.STATEMENT: "Bank statement",
        EvidenceKind.EMAIL: "E-mail message",
        EvidenceKind.SCREENSHOT: "Screenshot",
        EvidenceKind.TERMS: "Terms or policy",
        EvidenceKind.CANCELLATION_PROOF: "Cancellation proof",
        EvidenceKind.RETURN_PROOF: "Return or shipping proof",
        EvidenceKind.QUOTE: "Quote or estimate",
        EvidenceKind.ORDER: "Order confirmation",
        EvidenceKind.PURCHASE_ORDER: "Purchase order",
        EvidenceKind.CONTRACT: "Contract or agreement",
        EvidenceKind.LETTER: "Letter",
        EvidenceKind.CHAT: "Chat transcript",
        EvidenceKind.OTHER: "Other document",
    },
)
set_labels(
    PurchaseKind,
    {
        PurchaseKind.CHARGE: "Charge",
        PurchaseKind.AUTHORISATION_HOLD: "Authorisation hold",
        PurchaseKind.REFUND: "Refund",
        PurchaseKind.CREDIT: "Credit",
    },
)
set_labels(
    CaseStatus,
    {
        CaseStatus.OPEN: "Open",
        CaseStatus.WAITING: "Waiting for the merchant",
        CaseStatus.DISPUTED: "Disputed with the bank",
        CaseStatus.WON: "Won",
        CaseStatus.LOST: "Lost",
        CaseStatus.CLOSED: "Closed",
    },
)
set_labels(
    EscalationStage,
    {
        EscalationStage.CUSTOMER_SERVICE: "Customer service",
        EscalationStage.SUPERVISOR: "Supervisor",
        EscalationStage.FORMAL_COMPLAINT: "Head office / formal complaint",
        EscalationStage.BANK: "Bank or card issuer",
        EscalationStage.REGULATOR: "Regulator or ombudsman",
    },
)
set_labels(
    CustomerKind,
    {
        CustomerKind.PERSON: "A private person",
        CustomerKind.COMPANY: "A company or sole trader",
    },
)
set_labels(
    IssuerOutcome,
    {
        IssuerOutcome.WON: "Dispute won",
        IssuerOutcome.LOST: "Dispute lost",
        IssuerOutcome.PARTLY: "Dispute partly won",
    },
)
set_labels(
    MerchantAnswer,
    {
        MerchantAnswer.REFUSED: "Refused",
        MerchantAnswer.FINAL_RESPONSE: "Final response",
        MerchantAnswer.PROMISED: "Promised to act",
        MerchantAnswer.PARTLY_ACCEPTED: "Partly accepted",
        MerchantAnswer.ACCEPTED: "Accepted",
        MerchantAnswer.NO_ANSWER: "No answer",
    },
)
set_labels(
    LetterDelivery,
    {
        LetterDelivery.REGISTERED_POST: "Registered post, with proof of delivery",
        LetterDelivery.POST: "Ordinary post",
        LetterDelivery.EMAIL: "Sent by e-mail",
        LetterDelivery.PORTAL: "The bank's or merchant's online portal",
        LetterDelivery.HAND: "By hand",
    },
)
set_labels(
    TaskKind,
    {
        TaskKind.TASK: "Task",
        TaskKind.DEADLINE: "Deadline",
        TaskKind.PROMISE: "Promise",
    },
)


# The dates a case keeps (CaseDates' fields, in order): the forms, the CLI's --X-date options, case
# files. Here, beside the vocabularies, so that the command line's parser need not load the models.
CASE_DATE_FIELDS: tuple[str, ...] = (
    "transaction",
    "statement",
    "expected_delivery",
    "cancellation",
    "returned",
    "credit_promised",
    "debit",
    "final_response",
    "bank_complaint",
    "mandate_revoked",
    "merchant_complaint",
)

# The letters Dossier writes (resources/letters/<lang>.json has each).
# Which of them fits a case: domain/letter_kinds.py.
LETTER_KINDS: tuple[str, ...] = (
    "issuer-dispute",
    "sepa-refund",
    "unauthorised-debit",
    "fcba",
    "reg-e",
    "section-75",
    "fos-referral",
    "merchant-complaint",
    "invoice-request",
    "bank-complaint",
)
