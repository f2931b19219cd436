"""The network reason code of a dispute reason, or the rail's own ground where there is no card network.

A card dispute is filed by the issuer under the card network's reason code: Visa's dispute
conditions (10.x fraud, 12.x processing errors, 13.x consumer disputes) and Mastercard's message
reason codes (4834, 4837, 4853). A SEPA direct debit, a bank transfer or PayPal has no card
network and no such code: the claim rests on the rail's own rule (the SEPA refund within 8 weeks
of the debit, asked without giving a reason; a debit taken without a valid mandate is an
unauthorised payment; a transfer's recall; PayPal's Buyer Protection). Each entry names its
source. A network whose codes are not in this table (American Express, Discover, a network not
said) gets no code: none is guessed.

Pure data and pure functions: no I/O. Kept in step with resources/rules/checklists.json (its
"visa" and "mastercard" per reason; tests/unit/pack/test_page_one.py checks they agree).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.models import Case, Purchase
from desktop_app.domain.vocab import PaymentMethod, Reason

VISA_SOURCE = (
    "Visa Core Rules and Visa Product and Service Rules, dispute conditions (Visa Claims Resolution); "
    "Dossier DOMAIN.md, 'Dispute reasons (cardholder side)'"
)
MASTERCARD_SOURCE = (
    "Mastercard Chargeback Guide, message reason codes; "
    "Dossier DOMAIN.md, 'Dispute reasons (cardholder side)'"
)


@dataclass(frozen=True)
class ReasonCode:
    """A card network's code for a dispute reason. ``name`` is the network's own (English) name,
    for reference: the pack prints the code, with the reason in the pack's language."""

    network: str  # a CardNetwork value
    code: str
    name: str
    source: str
    legacy: str = ""  # an older code the network used for the same dispute (Mastercard 4841)


_VISA = {
    Reason.UNAUTHORIZED: ("10.4", "Other Fraud: Card-Absent Environment"),
    Reason.INCORRECT_AMOUNT: ("12.5", "Incorrect Amount"),
    Reason.DUPLICATE: ("12.6.1", "Duplicate Processing"),
    Reason.PAID_BY_OTHER_MEANS: ("12.6.2", "Paid by Other Means"),
    Reason.NOT_RECEIVED: ("13.1", "Merchandise/Services Not Received"),
    Reason.CANCELLED_RECURRING: ("13.2", "Cancelled Recurring Transaction"),
    Reason.NOT_AS_DESCRIBED: ("13.3", "Not as Described or Defective Merchandise/Services"),
    Reason.CREDIT_NOT_PROCESSED: ("13.6", "Credit Not Processed"),
    Reason.CANCELLED_OR_RETURNED: ("13.7", "Cancelled Merchandise/Services"),
}
_MASTERCARD = {
    Reason.UNAUTHORIZED: ("4837", "No Cardholder Authorization"),
    Reason.INCORRECT_AMOUNT: ("4834", "Point-of-Interaction Error"),
    Reason.DUPLICATE: ("4834", "Point-of-Interaction Error"),
    Reason.PAID_BY_OTHER_MEANS: ("4834", "Point-of-Interaction Error"),
    Reason.NOT_RECEIVED: ("4853", "Cardholder Dispute"),
    Reason.CANCELLED_RECURRING: ("4853", "Cardholder Dispute"),
    Reason.NOT_AS_DESCRIBED: ("4853", "Cardholder Dispute"),
    Reason.CREDIT_NOT_PROCESSED: ("4853", "Cardholder Dispute"),
    Reason.CANCELLED_OR_RETURNED: ("4853", "Cardholder Dispute"),
}
_LEGACY = {("mastercard", Reason.CANCELLED_RECURRING): "4841"}

REASON_CODES: dict[tuple[str, Reason], ReasonCode] = {
    **{
        ("visa", reason): ReasonCode("visa", code, name, VISA_SOURCE)
        for reason, (code, name) in _VISA.items()
    },
    **{
        ("mastercard", reason): ReasonCode(
            "mastercard", code, name, MASTERCARD_SOURCE, _LEGACY.get(("mastercard", reason), "")
        )
        for reason, (code, name) in _MASTERCARD.items()
    },
}


@dataclass(frozen=True)
class RailGround:
    """What a claim rests on where no card network's code applies: ``id`` names its words in the
    pack's strings (``grounds.<id>``), ``source`` the law or agreement it comes from."""

    id: str
    source: str


GROUNDS: dict[str, RailGround] = {
    "sepa_refund": RailGround(
        "sepa_refund",
        "PSD2 (Directive (EU) 2015/2366) art. 76; FR CMF L133-25; the SEPA Core Direct Debit Rulebook "
        "(refund within 8 weeks of the debit, no reason asked); Dossier DOMAIN.md, 'Payment rails'",
    ),
    "sepa_unauthorised": RailGround(
        "sepa_unauthorised",
        "PSD2 art. 64, 71-73 (no valid mandate: an unauthorised payment, 13 months); FR CMF L133-24; "
        "ES RDL 19/2018 art. 43; PL ustawa o usługach płatniczych art. 44",
    ),
    "uk_direct_debit": RailGround("uk_direct_debit", "The Direct Debit Guarantee (Bacs)"),
    "unauthorised": RailGround(
        "unauthorised",
        "PSD2 art. 71-73: FR CMF L133-24; ES RDL 19/2018 art. 43; PL ustawa o usługach płatniczych art. 44",
    ),
    "transfer_recall": RailGround(
        "transfer_recall", "The bank's recall request (no chargeback on a transfer)"
    ),
    "uk_app_scam": RailGround(
        "uk_app_scam",
        "PSR Specific Direction 19 and PS24/3 (APP scam reimbursement, since 7 October 2024), where the "
        "payment was obtained by a scam; otherwise the bank's recall request",
    ),
    "paypal_protection": RailGround(
        "paypal_protection", "PayPal user agreement: Buyer Protection (180 days)"
    ),
    "paypal_unauthorised": RailGround(
        "paypal_unauthorised", "PayPal user agreement: unauthorised transactions"
    ),
}

# The deadline rules (resources/rules/deadlines.json) that give the last day to file the claim
# itself with the bank, the card issuer or PayPal: page 1 states the one the claim is filed within.
FILING_RULES = frozenset(
    {
        "card-chargeback",
        "card-chargeback-processing",
        "card-chargeback-not-received",
        "card-chargeback-fraud",
        "card-credit-chargeback",
        "mc-chargeback-4853",
        "mc-chargeback-not-received",
        "mc-chargeback-4834",
        "card-chargeback-fraud-mastercard",
        "mc-credit-chargeback",
        "mc-credit-chargeback-promise",
        "us-fcba",
        "us-reg-e",
        "sepa-refund",
        "sepa-after-revocation",
        "eu-unauthorised",
        "uk-app-scam",
        "paypal-dispute",
    }
)


def rail_of(case: Case) -> str:
    """The payment rail: a PaymentMethod value ("card" when only a network is given), or "" unknown."""
    p = case.payment
    if p.method:
        return p.method
    return PaymentMethod.CARD.value if p.network else ""


def reason_code(case: Case) -> ReasonCode | None:
    """The card network's code for the case's reason; None off the card rail, for a network not in
    the table or not said, and for the reason "other"."""
    if rail_of(case) != PaymentMethod.CARD.value or not case.payment.network:
        return None
    return REASON_CODES.get((case.payment.network, case.reason))


def _after_revocation(case: Case, charges: Sequence[Purchase]) -> bool:
    revoked = case.dates.mandate_revoked
    return revoked is not None and any(p.date > revoked for p in charges)


def rail_ground(case: Case, charges: Sequence[Purchase] = ()) -> RailGround | None:
    """The rail's own ground for a claim off the card rail (``charges``: the disputed ones), or None
    (a card, or a rail not said)."""
    rail = rail_of(case)
    country = (case.country or "").strip().upper()
    unauthorised = case.reason is Reason.UNAUTHORIZED
    if rail == PaymentMethod.DIRECT_DEBIT.value:
        if country == "GB":
            return GROUNDS["uk_direct_debit"]
        if unauthorised or _after_revocation(case, charges):
            return GROUNDS["sepa_unauthorised"]
        return GROUNDS["sepa_refund"]
    if rail == PaymentMethod.BANK_TRANSFER.value:
        if unauthorised:
            return GROUNDS["unauthorised"]
        return GROUNDS["uk_app_scam"] if country == "GB" else GROUNDS["transfer_recall"]
    if rail == PaymentMethod.PAYPAL.value:
        return GROUNDS["paypal_unauthorised"] if unauthorised else GROUNDS["paypal_protection"]
    if rail == PaymentMethod.OTHER.value and unauthorised:
        return GROUNDS["unauthorised"]
    return None
