"""Cases of every rail, country and customer kind, for the letters' tests: built by hand, with
user data that holds no English sentence (so that a French letter's English words come from the
template alone)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import Any

from desktop_app.domain.letter_law import LawTable, parse_law
from desktop_app.domain.letters import Formats, Letter, write_letter
from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    Customer,
    Issuer,
    Merchant,
    Payment,
    Purchase,
)
from desktop_app.domain.vocab import (
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    MerchantAnswer,
    Reason,
)
from desktop_app.pack.strings import PackStrings
from desktop_app.resources import resource_path

TODAY = date(2026, 12, 1)
CET = timezone(timedelta(hours=1))

CURRENCY = {"FR": "EUR", "ES": "EUR", "DE": "EUR", "PL": "PLN", "GB": "GBP", "US": "USD"}
CITY = {"FR": "Lyon", "ES": "Sevilla", "DE": "Köln", "PL": "Łódź", "GB": "Leeds", "US": "Boston"}


def person(country: str) -> Customer:
    return Customer(
        kind=CustomerKind.PERSON,
        address="ul. Piotrkowska 12 m. 4\n90-001 Łódź" if country == "PL" else "12 Rue Mercière\n69002",
        email="a.nowak@example.org",
        phone="+48 600 100 200",
        city=CITY.get(country),
    )


def company(country: str) -> Customer:
    return Customer(
        kind=CustomerKind.COMPANY,
        address="ul. Zielona 3\n00-950 Warszawa",
        email="biuro@example.pl",
        tax_id="PL5260250274",
        cardholder_name="Jan Kowalczyk",
        cardholder_role="Prezes Zarządu",
        city=CITY.get(country),
    )


def payment(rail: str) -> Payment:
    if rail == "credit":
        return Payment("card", "visa", "4417", "credit")
    if rail == "debit":
        return Payment("card", "mastercard", "0285", "debit")
    if rail == "business-credit":
        return Payment("card", "visa", "9921", "credit", business=True)
    if rail == "direct_debit":
        return Payment("direct_debit", mandate_reference="RUM-ZX-2024-0071", creditor_id="FR12ZZZ123456")
    if rail == "bank_transfer":
        return Payment("bank_transfer")
    return Payment(rail)


def build_case(
    country: str,
    rail: str,
    *,
    kind: CustomerKind = CustomerKind.PERSON,
    reason: Reason = Reason.CANCELLED_RECURRING,
    language: str | None = None,
) -> Case:
    return Case(
        title="Abonnement",
        merchant=Merchant("Teleria SA", address="Avenida Diagonal 640\n08017 Barcelona"),
        reason=reason,
        currency=CURRENCY.get(country, "EUR"),
        customer_name="Kowalczyk Sp. z o.o." if kind is CustomerKind.COMPANY else "Anna Nowak",
        payment=payment(rail),
        country=country,
        dates=CaseDates(
            cancellation=date(2026, 8, 28),
            statement=date(2026, 10, 31),
            mandate_revoked=date(2026, 8, 28) if rail == "direct_debit" else None,
            bank_complaint=date(2026, 11, 10),
        ),
        customer=company(country) if kind is CustomerKind.COMPANY else person(country),
        issuer=Issuer(name="Banque Azur", address="3 Place Bellecour\n69002", claim_number="RK/2026/0042"),
        id=7,
        language=language,
    )


def charges(case: Case) -> list[Purchase]:
    c = case.currency
    return [
        Purchase(date(2026, 9, 15), Decimal("1440.00"), c, disputed=True, invoice_number="FV/2026/114"),
        Purchase(
            date(2026, 10, 15),
            Decimal("12345.60"),
            c,
            disputed=True,
            expected_amount=Decimal("11000.00"),
            order_number="ZA-88",
        ),
    ]


LONG = (
    "Zgłoszenie numer jeden dotyczy podwójnego obciążenia rachunku za abonament premium w dniu "
    "piętnastego września. Konsultantka potwierdziła błąd systemu rozliczeń i przekazała sprawę "
    "do działu reklamacji, który ma kontaktować się bezpośrednio z klientem w ciągu tygodnia. "
)


def contacts() -> list[Communication]:
    return [
        Communication(
            at=datetime(2026, 9, 16, 10, 0, tzinfo=CET),
            channel=Channel.PHONE,
            direction=Direction.OUTGOING,
            representative="Marta Zielińska",
            level=EscalationStage.SUPERVISOR,
            reference="INC-2211",
            summary=LONG * 2,  # over 240 characters: said whole
            promised_action="zwrot 349,00 €",
            promised_by=date(2026, 11, 30),
            answer=MerchantAnswer.PROMISED,
        ),
        Communication(
            at=datetime(2026, 11, 2, 15, 30, tzinfo=CET),
            channel=Channel.EMAIL,
            direction=Direction.INCOMING,
            representative="Tomasz Wrona",
            level=EscalationStage.FORMAL_COMPLAINT,
            reference="REK-77",
            summary=LONG * 8,  # very long: cut at a sentence's end
            answer=MerchantAnswer.REFUSED,
        ),
        Communication(
            at=datetime(2026, 8, 28, 9, 0, tzinfo=CET),
            channel=Channel.IN_PERSON,
            direction=Direction.OUTGOING,
            summary="Rezygnacja złożona osobiście",
        ),
    ]


#: A case on which each kind fits, by country and rail.
FITTING = {
    "issuer-dispute": [("FR", "credit"), ("PL", "debit"), ("US", "credit"), ("ES", "credit")],
    "sepa-refund": [
        ("FR", "direct_debit"),
        ("ES", "direct_debit"),
        ("PL", "direct_debit"),
        ("DE", "direct_debit"),
    ],
    "unauthorised-debit": [("FR", "direct_debit"), ("ES", "direct_debit"), ("PL", "direct_debit")],
    "fcba": [("US", "credit")],
    "reg-e": [("US", "debit"), ("US", "bank_transfer")],
    "section-75": [("GB", "credit")],
    "fos-referral": [("GB", "credit"), ("GB", "bank_transfer")],
    "merchant-complaint": [("FR", "credit"), ("PL", "bank_transfer"), ("ES", "direct_debit")],
    "invoice-request": [("PL", "credit"), ("FR", "paypal")],
    "bank-complaint": [
        ("FR", "credit"),
        ("ES", "direct_debit"),
        ("PL", "debit"),
        ("GB", "credit"),
        ("US", "debit"),
    ],
}


@cache
def words_of(lang: str) -> dict[str, Any]:
    return dict(json.loads(resource_path("letters", f"{lang}.json").read_text(encoding="utf-8")))


@cache
def law() -> LawTable:
    return parse_law(json.loads(resource_path("letters", "law.json").read_text(encoding="utf-8")))


def new_format_languages() -> list[str]:
    """The languages whose letters file is in the format dossier-letters/2."""
    return [lang for lang in ("en", "fr", "es", "pl") if words_of(lang).get("format") == "dossier-letters/2"]


def render(
    kind: str,
    lang: str,
    case: Case,
    *,
    purchases: list[Purchase] | None = None,
    communications: list[Communication] | None = None,
    enclosures: tuple[str, ...] = ("A. Faktura FV/2026/114", "B. Zrzut ekranu"),
) -> Letter:
    strings = PackStrings(lang)
    return write_letter(
        kind,
        lang,
        words_of(lang),
        Formats(lambda d: strings.letter_date(d, case.country), strings.letter_money),
        case,
        charges(case) if purchases is None else purchases,
        contacts() if communications is None else communications,
        today=TODAY,
        enclosures=enclosures,
        law=law(),
    )


def as_company(case: Case) -> Case:
    return replace(case, customer=company(case.country or ""), customer_name="Kowalczyk Sp. z o.o.")
