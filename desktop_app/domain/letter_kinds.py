"""Which letter fits a case: the payment rail, the country, the card's kind, the customer. No I/O.

Each kind answers for a case with a :class:`LetterFit`: whether it fits and, in one plain
sentence, why (or which fact the case lacks). The rules come from /work/shared/DOMAIN.md's
"Payment rails" and "Letters users need" and the laws they cite:

- ``issuer-dispute``: a card payment (the networks' chargeback, any country).
- ``sepa-refund`` (8 weeks, no reason needed) and ``unauthorised-debit`` (no valid mandate,
  13 months): a direct debit in a SEPA country (PSD2 art. 71-77), not the United Kingdom, where
  a Direct Debit is covered by the Bacs Direct Debit Guarantee instead.
- ``fcba``: a US credit card of a consumer (the Fair Credit Billing Act covers consumer credit,
  not a company's or a business card).
- ``reg-e``: a US consumer's debit or prepaid card, bank transfer or direct debit (electronic
  fund transfers, Regulation E).
- ``section-75``: a UK credit card of a consumer (Consumer Credit Act 1974 s.75).
- ``fos-referral``: a UK case (the Financial Ombudsman Service takes consumers and
  micro-enterprises: a company's letter says "if our business is eligible").
- ``merchant-complaint``, ``invoice-request``, ``bank-complaint``: every case.

A customer whose kind is not said is taken as a person (the letters' default voice).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_app.domain.models import Case
from desktop_app.domain.vocab import LETTER_KINDS, CardKind, CustomerKind, PaymentMethod
from desktop_app.i18n import noop, translate

Recipient = Literal["issuer", "merchant", "ombudsman"]

#: The countries of the SEPA Direct Debit scheme whose debits carry PSD2's refund rights: the EU,
#: the EEA (IS, LI, NO) and CH, MC, SM, VA, AD. GB is left out: its Direct Debits are Bacs'.
_SEPA_CODES = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH MC SM VA AD"
)
SEPA_DEBIT_COUNTRIES = frozenset(_SEPA_CODES.split(" "))

_RECIPIENTS: dict[str, Recipient] = {
    "issuer-dispute": "issuer",
    "sepa-refund": "issuer",
    "unauthorised-debit": "issuer",
    "fcba": "issuer",
    "reg-e": "issuer",
    "section-75": "issuer",
    "fos-referral": "ombudsman",
    "merchant-complaint": "merchant",
    "invoice-request": "merchant",
    "bank-complaint": "issuer",
}

_NAMES = {
    "issuer-dispute": noop("Letters", "a card dispute (chargeback) letter"),
    "sepa-refund": noop("Letters", "a SEPA direct-debit refund request"),
    "unauthorised-debit": noop("Letters", "an unauthorised direct-debit notice"),
    "fcba": noop("Letters", "a Fair Credit Billing Act notice"),
    "reg-e": noop("Letters", "a Regulation E error notice"),
    "section-75": noop("Letters", "a Section 75 claim"),
    "fos-referral": noop("Letters", "a Financial Ombudsman referral"),
    "merchant-complaint": noop("Letters", "a complaint to the merchant"),
    "invoice-request": noop("Letters", "an invoice request"),
    "bank-complaint": noop("Letters", "a complaint to the bank"),
}


_MEANS = {
    "card": noop("Letters", "card"),
    "direct_debit": noop("Letters", "direct debit"),
    "bank_transfer": noop("Letters", "bank transfer"),
    "paypal": noop("Letters", "PayPal"),
}


@dataclass(frozen=True)
class LetterFit:
    kind: str
    fits: bool
    why: str  # one plain sentence, in the process's language


def recipient_of(kind: str) -> Recipient:
    """Whom a letter of ``kind`` goes to: the bank or card issuer, the merchant, or the ombudsman."""
    try:
        return _RECIPIENTS[kind]
    except KeyError:
        raise ValueError(
            translate("Letters", "{kind} is not a letter; choose one of {kinds}").format(
                kind=repr(kind), kinds=", ".join(LETTER_KINDS)
            )
        ) from None


def _paid_by(case: Case) -> str:
    method = case.payment.method
    if not method:
        return translate("Letters", "the case does not say how it was paid")
    if method == PaymentMethod.CARD.value and case.payment.card_kind in CardKind.values():
        means = CardKind(case.payment.card_kind).label.lower()
    else:
        means = translate("Letters", _MEANS.get(method) or noop("Letters", "another means"))
    return translate("Letters", "this case is paid by {means}").format(means=means)


def _country(case: Case) -> str:
    return (case.country or "").strip().upper()


def _is_company(case: Case) -> bool:
    return case.customer.kind is CustomerKind.COMPANY


def _card_kind_check(case: Case, kinds: tuple[str, ...], what: str) -> str | None:
    """None when the case is a card of one of ``kinds``; else why not."""
    if case.payment.method != PaymentMethod.CARD.value:
        return _paid_by(case)
    if not case.payment.card_kind:
        return translate("Letters", "the case does not say the card's kind (credit, debit or prepaid)")
    if case.payment.card_kind not in kinds:
        card = CardKind(case.payment.card_kind).label.lower()
        return translate("Letters", "this case's card is a {card}, not {wanted}").format(
            card=card, wanted=what
        )
    return None


def _consumer_check(case: Case) -> str | None:
    if _is_company(case):
        return translate("Letters", "the customer is a company")
    if case.payment.business:
        return translate("Letters", "the card or account is a business one")
    return None


def _country_check(case: Case, wanted: str, name: str) -> str | None:
    country = _country(case)
    if not country:
        return translate("Letters", "the case has no country")
    if country != wanted:
        return translate("Letters", "this case's country is {country}, not {wanted}").format(
            country=country, wanted=name
        )
    return None


def fit(case: Case, kind: str) -> LetterFit:
    """Whether a letter of ``kind`` fits ``case``, and why (or why not), in one sentence."""
    english = _NAMES.get(kind)
    if english is None:
        raise ValueError(
            translate("Letters", "{kind} is not a letter; choose one of {kinds}").format(
                kind=repr(kind), kinds=", ".join(LETTER_KINDS)
            )
        )
    name = translate("Letters", english)
    problem: str | None
    if kind == "issuer-dispute":
        problem = None if case.payment.method == PaymentMethod.CARD.value else _paid_by(case)
        need = translate("Letters", "is for a card payment")
        good = translate("Letters", "the case is paid by card")
    elif kind in ("sepa-refund", "unauthorised-debit"):
        need = translate("Letters", "is for a direct debit in a SEPA country")
        good = translate("Letters", "the case is a direct debit in a SEPA country")
        country = _country(case)
        if case.payment.method != PaymentMethod.DIRECT_DEBIT.value:
            problem = _paid_by(case)
        elif not country:
            problem = translate("Letters", "the case has no country")
        elif country == "GB":
            problem = translate(
                "Letters", "a UK Direct Debit is covered by the Direct Debit Guarantee instead"
            )
        elif country not in SEPA_DEBIT_COUNTRIES:
            problem = translate("Letters", "this case's country, {country}, is not in SEPA").format(
                country=country
            )
        else:
            problem = None
    elif kind == "fcba":
        need = translate("Letters", "is for a US credit card paid by a consumer")
        good = translate("Letters", "the case is a consumer's US credit card")
        problem = (
            _country_check(case, "US", "US")
            or _card_kind_check(case, (CardKind.CREDIT.value,), translate("Letters", "a credit card"))
            or _consumer_check(case)
        )
    elif kind == "reg-e":
        need = translate(
            "Letters", "is for a US consumer's debit or prepaid card, bank transfer or direct debit"
        )
        good = translate("Letters", "the case is a US consumer's electronic fund transfer")
        problem = _country_check(case, "US", "US")
        if problem is None:
            method = case.payment.method
            if method == PaymentMethod.CARD.value:
                problem = _card_kind_check(
                    case,
                    (CardKind.DEBIT.value, CardKind.PREPAID.value),
                    translate("Letters", "a debit or prepaid card"),
                )
            elif method not in (PaymentMethod.BANK_TRANSFER.value, PaymentMethod.DIRECT_DEBIT.value):
                problem = _paid_by(case)
        problem = problem or _consumer_check(case)
    elif kind == "section-75":
        need = translate("Letters", "is for a UK credit card paid by a consumer")
        good = translate("Letters", "the case is a consumer's UK credit card")
        problem = (
            _country_check(case, "GB", translate("Letters", "GB (the United Kingdom)"))
            or _card_kind_check(case, (CardKind.CREDIT.value,), translate("Letters", "a credit card"))
            or _consumer_check(case)
        )
    elif kind == "fos-referral":
        need = translate("Letters", "is for a complaint about a UK bank or card issuer")
        good = translate("Letters", "the case is in the United Kingdom")
        problem = _country_check(case, "GB", translate("Letters", "GB (the United Kingdom)"))
    else:
        return LetterFit(
            kind, True, translate("Letters", "{letter} fits every case.").format(letter=_capital(name))
        )
    if problem is None:
        return LetterFit(
            kind, True, translate("Letters", "{letter} fits: {why}.").format(letter=_capital(name), why=good)
        )
    why = translate(
        "Letters",
        "{letter} {is_for}: {problem}.",
        "e.g. A Section 75 claim / is for a UK credit card paid by a consumer / the customer is a company",
    )
    return LetterFit(kind, False, why.format(letter=_capital(name), is_for=need, problem=problem))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def letter_fits(case: Case) -> list[LetterFit]:
    """Every kind's fit for ``case``, in LETTER_KINDS' order."""
    return [fit(case, kind) for kind in LETTER_KINDS]


def fitting_kinds(case: Case) -> list[str]:
    """The kinds that fit ``case``, in LETTER_KINDS' order."""
    return [f.kind for f in letter_fits(case) if f.fits]
