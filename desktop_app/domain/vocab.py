"""The controlled vocabularies of a case.

Their values are a contract: they appear in case files (``dossier-case/1``),
in the database and on the command line, so they never change spelling.
Labels are the plain-English words shown to people.
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A string enum whose members carry a human label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

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
    LETTER = "letter"
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


class TaskKind(Vocabulary):
    TASK = "task"
    DEADLINE = "deadline"
    PROMISE = "promise"


_LABELS: dict[Vocabulary, str] = {
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
    PaymentMethod.DIRECT_DEBIT: "Direct debit",
    PaymentMethod.BANK_TRANSFER: "Bank transfer",
    PaymentMethod.PAYPAL: "PayPal",
    CardNetwork.VISA: "Visa",
    CardNetwork.MASTERCARD: "Mastercard",
    CardNetwork.AMEX: "American Express",
    Channel.EMAIL: "E-mail",
    Channel.WEB_FORM: "Web form",
    Channel.IN_PERSON: "In person",
    EvidenceKind.EMAIL: "E-mail",
    EvidenceKind.TERMS: "Terms or policy",
    EvidenceKind.CANCELLATION_PROOF: "Cancellation proof",
    EvidenceKind.RETURN_PROOF: "Return or shipping proof",
    PurchaseKind.AUTHORISATION_HOLD: "Authorisation hold",
    CaseStatus.WAITING: "Waiting for the merchant",
    CaseStatus.DISPUTED: "Disputed with the bank",
    EscalationStage.CUSTOMER_SERVICE: "Customer service",
    EscalationStage.SUPERVISOR: "Supervisor",
    EscalationStage.FORMAL_COMPLAINT: "Head office / formal complaint",
    EscalationStage.BANK: "Bank or card issuer",
    EscalationStage.REGULATOR: "Regulator or ombudsman",
}
