"""The controlled vocabularies of a case.

Their values are a contract: they appear in case files (``dossier-case/1``),
in the database and on the command line, so they never change spelling.
Labels are the plain-English words shown to people, marked for the catalogues (``noop``) and
shown in the process's language (``label``).

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

from desktop_app.i18n import noop, translate


class Vocabulary(StrEnum):
    """A string enum whose members carry a human label."""

    @property
    def label(self) -> str:
        """The words shown for this member, from its own vocabulary's table, in the process's
        language (desktop_app.i18n; the pack and the letters use their own words, in the case's)."""
        return translate("Vocabulary", _LABELS[type(self)][self.value])

    @property
    def english_label(self) -> str:
        """The label in English, as written here: for what is kept (a case's history), not shown."""
        return _LABELS[type(self)][self.value]

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Every value of this vocabulary and its label (in the process's language), in the order
        of the members."""
        table = _LABELS[cls]
        return {member.value: translate("Vocabulary", table[member.value]) for member in cls}

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
        Reason.NOT_RECEIVED: noop("Vocabulary", "Goods or service not received"),
        Reason.NOT_AS_DESCRIBED: noop("Vocabulary", "Not as described or defective"),
        Reason.CANCELLED_RECURRING: noop("Vocabulary", "Subscription billed after cancellation"),
        Reason.CANCELLED_OR_RETURNED: noop("Vocabulary", "Cancelled or returned, not refunded"),
        Reason.CREDIT_NOT_PROCESSED: noop("Vocabulary", "Promised refund never came"),
        Reason.DUPLICATE: noop("Vocabulary", "Charged twice"),
        Reason.PAID_BY_OTHER_MEANS: noop("Vocabulary", "Already paid by other means"),
        Reason.INCORRECT_AMOUNT: noop("Vocabulary", "Charged the wrong amount"),
        Reason.UNAUTHORIZED: noop("Vocabulary", "Not authorised by me"),
        Reason.OTHER: noop("Vocabulary", "Other billing problem"),
    },
)
set_labels(
    PaymentMethod,
    {
        PaymentMethod.CARD: noop("Vocabulary", "Card"),
        PaymentMethod.DIRECT_DEBIT: noop("Vocabulary", "Direct debit"),
        PaymentMethod.BANK_TRANSFER: noop("Vocabulary", "Bank transfer"),
        PaymentMethod.PAYPAL: noop("Vocabulary", "PayPal"),
        PaymentMethod.OTHER: noop("Vocabulary", "Other payment method"),
    },
)
set_labels(
    CardKind,
    {
        CardKind.CREDIT: noop("Vocabulary", "Credit card"),
        CardKind.DEBIT: noop("Vocabulary", "Debit card"),
        CardKind.PREPAID: noop("Vocabulary", "Prepaid card"),
    },
)
set_labels(
    CardNetwork,
    {
        CardNetwork.VISA: noop("Vocabulary", "Visa"),
        CardNetwork.MASTERCARD: noop("Vocabulary", "Mastercard"),
        CardNetwork.AMEX: noop("Vocabulary", "American Express"),
        CardNetwork.DISCOVER: noop("Vocabulary", "Discover"),
        CardNetwork.OTHER: noop("Vocabulary", "Other network"),
    },
)
set_labels(
    Channel,
    {
        Channel.EMAIL: noop("Vocabulary", "E-mail"),
        Channel.PHONE: noop("Vocabulary", "Phone"),
        Channel.CHAT: noop("Vocabulary", "Chat"),
        Channel.LETTER: noop("Vocabulary", "Letter by post"),
        Channel.WEB_FORM: noop("Vocabulary", "Web form"),
        Channel.IN_PERSON: noop("Vocabulary", "In person"),
        Channel.SOCIAL: noop("Vocabulary", "Social media"),
    },
)
set_labels(
    Direction,
    {
        Direction.INCOMING: noop("Vocabulary", "Incoming"),
        Direction.OUTGOING: noop("Vocabulary", "Outgoing"),
    },
)
set_labels(
    EvidenceKind,
    {
        EvidenceKind.RECEIPT: noop("Vocabulary", "Receipt"),
        EvidenceKind.INVOICE: noop("Vocabulary", "Invoice"),
        EvidenceKind.STATEMENT: noop("Vocabulary", "Bank statement"),
        EvidenceKind.EMAIL: noop("Vocabulary", "E-mail message"),
        EvidenceKind.SCREENSHOT: noop("Vocabulary", "Screenshot"),
        EvidenceKind.TERMS: noop("Vocabulary", "Terms or policy"),
        EvidenceKind.CANCELLATION_PROOF: noop("Vocabulary", "Cancellation proof"),
        EvidenceKind.RETURN_PROOF: noop("Vocabulary", "Return or shipping proof"),
        EvidenceKind.QUOTE: noop("Vocabulary", "Quote or estimate"),
        EvidenceKind.ORDER: noop("Vocabulary", "Order confirmation"),
        EvidenceKind.PURCHASE_ORDER: noop("Vocabulary", "Purchase order"),
        EvidenceKind.CONTRACT: noop("Vocabulary", "Contract or agreement"),
        EvidenceKind.LETTER: noop("Vocabulary", "Letter"),
        EvidenceKind.CHAT: noop("Vocabulary", "Chat transcript"),
        EvidenceKind.OTHER: noop("Vocabulary", "Other document"),
    },
)
set_labels(
    PurchaseKind,
    {
        PurchaseKind.CHARGE: noop("Vocabulary", "Charge"),
        PurchaseKind.AUTHORISATION_HOLD: noop("Vocabulary", "Authorisation hold"),
        PurchaseKind.REFUND: noop("Vocabulary", "Refund"),
        PurchaseKind.CREDIT: noop("Vocabulary", "Credit"),
    },
)
set_labels(
    CaseStatus,
    {
        CaseStatus.OPEN: noop("Vocabulary", "Open"),
        CaseStatus.WAITING: noop("Vocabulary", "Waiting for the merchant"),
        CaseStatus.DISPUTED: noop("Vocabulary", "Disputed with the bank"),
        CaseStatus.WON: noop("Vocabulary", "Won"),
        CaseStatus.LOST: noop("Vocabulary", "Lost"),
        CaseStatus.CLOSED: noop("Vocabulary", "Closed"),
    },
)
set_labels(
    EscalationStage,
    {
        EscalationStage.CUSTOMER_SERVICE: noop("Vocabulary", "Customer service"),
        EscalationStage.SUPERVISOR: noop("Vocabulary", "Supervisor"),
        EscalationStage.FORMAL_COMPLAINT: noop("Vocabulary", "Head office / formal complaint"),
        EscalationStage.BANK: noop("Vocabulary", "Bank or card issuer"),
        EscalationStage.REGULATOR: noop("Vocabulary", "Regulator or ombudsman"),
    },
)
set_labels(
    CustomerKind,
    {
        CustomerKind.PERSON: noop("Vocabulary", "A private person"),
        CustomerKind.COMPANY: noop("Vocabulary", "A company or sole trader"),
    },
)
set_labels(
    IssuerOutcome,
    {
        IssuerOutcome.WON: noop("Vocabulary", "Dispute won"),
        IssuerOutcome.LOST: noop("Vocabulary", "Dispute lost"),
        IssuerOutcome.PARTLY: noop("Vocabulary", "Dispute partly won"),
    },
)
set_labels(
    MerchantAnswer,
    {
        MerchantAnswer.REFUSED: noop("Vocabulary", "Refused"),
        MerchantAnswer.FINAL_RESPONSE: noop("Vocabulary", "Final response"),
        MerchantAnswer.PROMISED: noop("Vocabulary", "Promised to act"),
        MerchantAnswer.PARTLY_ACCEPTED: noop("Vocabulary", "Partly accepted"),
        MerchantAnswer.ACCEPTED: noop("Vocabulary", "Accepted"),
        MerchantAnswer.NO_ANSWER: noop("Vocabulary", "No answer"),
    },
)
set_labels(
    LetterDelivery,
    {
        LetterDelivery.REGISTERED_POST: noop("Vocabulary", "Registered post, with proof of delivery"),
        LetterDelivery.POST: noop("Vocabulary", "Ordinary post"),
        LetterDelivery.EMAIL: noop("Vocabulary", "Sent by e-mail"),
        LetterDelivery.PORTAL: noop("Vocabulary", "The bank's or merchant's online portal"),
        LetterDelivery.HAND: noop("Vocabulary", "By hand"),
    },
)
set_labels(
    TaskKind,
    {
        TaskKind.TASK: noop("Vocabulary", "Task"),
        TaskKind.DEADLINE: noop("Vocabulary", "Deadline"),
        TaskKind.PROMISE: noop("Vocabulary", "Promise"),
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

# Each case date as a sentence names it ("transaction date"), marked for the catalogues.
CASE_DATE_NAMES: dict[str, str] = {
    "transaction": noop("Vocabulary", "transaction date"),
    "statement": noop("Vocabulary", "statement date"),
    "expected_delivery": noop("Vocabulary", "expected delivery date"),
    "cancellation": noop("Vocabulary", "cancellation date"),
    "returned": noop("Vocabulary", "returned date"),
    "credit_promised": noop("Vocabulary", "credit promised date"),
    "debit": noop("Vocabulary", "debit date"),
    "final_response": noop("Vocabulary", "final response date"),
    "bank_complaint": noop("Vocabulary", "bank complaint date"),
    "mandate_revoked": noop("Vocabulary", "mandate revoked date"),
    "merchant_complaint": noop("Vocabulary", "merchant complaint date"),
}


def case_date_name(field: str) -> str:
    """A case date (one of CASE_DATE_FIELDS) as a sentence names it, in the process's language."""
    english = CASE_DATE_NAMES.get(field)
    return translate("Vocabulary", english) if english else field.replace("_", " ")


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
