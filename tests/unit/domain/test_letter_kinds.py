"""Which letter fits a case, worked out by hand from the rail, country, card kind and customer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain.letter_kinds import fit, fitting_kinds, letter_fits, recipient_of
from desktop_app.domain.models import Case, Payment
from desktop_app.domain.vocab import LETTER_KINDS, CustomerKind
from tests.support.letter_cases import build_case

EVERY_CASE = ["merchant-complaint", "invoice-request", "bank-complaint"]


@pytest.mark.parametrize(
    ("country", "rail", "kind", "expected"),
    [
        # A French card: the chargeback only (no FCBA, Reg E, s.75, FOS; no SEPA refund for a card).
        ("FR", "credit", CustomerKind.PERSON, ["issuer-dispute"]),
        # A French direct debit: the 8-week refund and the unauthorised debit, no card letter.
        ("FR", "direct_debit", CustomerKind.PERSON, ["sepa-refund", "unauthorised-debit"]),
        ("PL", "direct_debit", CustomerKind.COMPANY, ["sepa-refund", "unauthorised-debit"]),
        ("DE", "direct_debit", CustomerKind.PERSON, ["sepa-refund", "unauthorised-debit"]),
        # A UK Direct Debit is Bacs' (the Direct Debit Guarantee), not SEPA; FOS still fits.
        ("GB", "direct_debit", CustomerKind.PERSON, ["fos-referral"]),
        # A US direct debit is an electronic fund transfer (Reg E), not SEPA.
        ("US", "direct_debit", CustomerKind.PERSON, ["reg-e"]),
        # US credit card of a person: chargeback and FCBA; of a company: no FCBA.
        ("US", "credit", CustomerKind.PERSON, ["issuer-dispute", "fcba"]),
        ("US", "credit", CustomerKind.COMPANY, ["issuer-dispute"]),
        # US debit card: chargeback and Reg E (never FCBA).
        ("US", "debit", CustomerKind.PERSON, ["issuer-dispute", "reg-e"]),
        ("US", "bank_transfer", CustomerKind.PERSON, ["reg-e"]),
        ("US", "bank_transfer", CustomerKind.COMPANY, []),
        # UK credit card of a consumer: chargeback, s.75, FOS; of a company: no s.75.
        ("GB", "credit", CustomerKind.PERSON, ["issuer-dispute", "section-75", "fos-referral"]),
        ("GB", "credit", CustomerKind.COMPANY, ["issuer-dispute", "fos-referral"]),
        ("GB", "debit", CustomerKind.PERSON, ["issuer-dispute", "fos-referral"]),
        # A UK business credit card held by a person's name is still a business card: no s.75.
        ("GB", "business-credit", CustomerKind.PERSON, ["issuer-dispute", "fos-referral"]),
        ("US", "business-credit", CustomerKind.PERSON, ["issuer-dispute"]),
        ("ES", "bank_transfer", CustomerKind.PERSON, []),
        ("PL", "paypal", CustomerKind.PERSON, []),
    ],
)
def test_the_kinds_that_fit(country: str, rail: str, kind: CustomerKind, expected: list[str]) -> None:
    case = build_case(country, rail, kind=kind)
    wanted = [k for k in LETTER_KINDS if k in expected or k in EVERY_CASE]
    assert fitting_kinds(case) == wanted


def test_a_missing_fact_does_not_fit_and_why_names_it() -> None:
    no_country = replace(build_case("FR", "direct_debit"), country=None)
    why = fit(no_country, "sepa-refund")
    assert not why.fits and "the case has no country" in why.why
    no_kind = replace(build_case("US", "credit"), payment=Payment("card", "visa", "4417"))
    assert not fit(no_kind, "fcba").fits
    assert "does not say the card's kind" in fit(no_kind, "fcba").why
    assert "does not say the card's kind" in fit(no_kind, "reg-e").why
    assert fit(no_kind, "issuer-dispute").fits  # a card: the chargeback needs no more
    unpaid = replace(build_case("FR", "credit"), payment=Payment())
    assert "does not say how it was paid" in fit(unpaid, "issuer-dispute").why


def test_why_is_one_plain_sentence() -> None:
    case: Case = build_case("FR", "direct_debit")
    s75 = fit(case, "section-75")
    assert s75.why == (
        "A Section 75 claim is for a UK credit card paid by a consumer: "
        "this case's country is FR, not GB (the United Kingdom)."
    )
    gb = build_case("GB", "direct_debit")
    assert fit(gb, "sepa-refund").why == (
        "A SEPA direct-debit refund request is for a direct debit in a SEPA country: "
        "a UK Direct Debit is covered by the Direct Debit Guarantee instead."
    )
    company = build_case("US", "credit", kind=CustomerKind.COMPANY)
    assert fit(company, "fcba").why == (
        "A Fair Credit Billing Act notice is for a US credit card paid by a consumer: "
        "the customer is a company."
    )
    debit = build_case("US", "debit")
    assert fit(debit, "fcba").why.endswith("this case's card is a debit card, not a credit card.")
    for f in letter_fits(case):
        assert f.why.endswith(".") and f.why.count(". ") == 0 and f.why[0].isupper()


def test_every_kind_in_order_and_its_recipient() -> None:
    case = build_case("PL", "debit")
    assert [f.kind for f in letter_fits(case)] == list(LETTER_KINDS)
    assert recipient_of("fcba") == "issuer" and recipient_of("bank-complaint") == "issuer"
    assert recipient_of("merchant-complaint") == "merchant" and recipient_of("invoice-request") == "merchant"
    assert recipient_of("fos-referral") == "ombudsman"
    with pytest.raises(ValueError, match="poem"):
        fit(case, "poem")
