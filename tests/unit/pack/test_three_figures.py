"""12 licences billed instead of 2: 1 440,00 PLN charged, 240,00 PLN agreed, 1 200,00 PLN disputed.

Worked by hand: 12 x 120,00 = 1 440,00 charged; 2 x 120,00 = 240,00 agreed; 1 440,00 - 240,00 =
1 200,00 disputed. Page 1, the transactions, the totals and every letter state those same
figures, in each language's own words, even where the case's own disputed amount (1 440,00, the
figure an older version kept) says otherwise.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_app.domain.letters import Formats, write_letter
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
    IssuerOutcome,
    MerchantAnswer,
    PurchaseKind,
    Reason,
)
from desktop_app.pack.content import build_content
from desktop_app.pack.strings import PackStrings
from desktop_app.services.rules import letter_words

CASE = Case(
    id=12,
    title="Licences billed 12 instead of 2",
    merchant=Merchant("SoftHaus GmbH", address="Hauptstraße 5, 10115 Berlin"),
    reason=Reason.INCORRECT_AMOUNT,
    currency="PLN",
    customer_name="Nordlicht sp. z o.o.",
    country="PL",
    disputed_amount=Decimal("1440.00"),  # the case's own (old) figure: the charges' sum is used
    payment=Payment(method="card", network="mastercard", last4="5454", business=True),
    dates=CaseDates(transaction=date(2026, 10, 3)),
    customer=Customer(
        kind=CustomerKind.COMPANY,
        address="ul. Prosta 20, 00-850 Warszawa",
        email="ksiegowosc@nordlicht.example",
        phone="+48 22 555 01 02",
        tax_id="PL5261040828",
        cardholder_name="Jan Kowalski",
        cardholder_role="dyrektor finansowy",
    ),
    issuer=Issuer(
        name="mBank S.A.",
        claim_number="RK/2026/11/0042",
        filed_on=date(2026, 11, 5),
        provisional_credit=Decimal("1200.00"),
        provisional_credit_on=date(2026, 11, 9),
        outcome=IssuerOutcome.WON,
        outcome_on=date(2026, 12, 1),
    ),
)
CHARGE = Purchase(
    date=date(2026, 10, 3),
    amount=Decimal("1440.00"),
    currency="PLN",
    kind=PurchaseKind.CHARGE,
    description="12 licences SoftHaus Pro",
    invoice_number="SH-2026-1003",
    disputed=True,
    expected_amount=Decimal("240.00"),
    authorization_code="A1B2C3",
    id=31,
)
CONTACT = Communication(
    at=datetime(2026, 10, 20, 9, 30, tzinfo=UTC),
    channel=Channel.EMAIL,
    direction=Direction.INCOMING,
    summary="The merchant keeps the charge",
    level=EscalationStage.SUPERVISOR,
    answer=MerchantAnswer.REFUSED,
    id=5,
)

# (charged, agreed, disputed) in each language's own words, as a professional writes them.
PACK_FIGURES = {
    "en": "charged 1,440.00 PLN, agreed 240.00 PLN, disputed 1,200.00 PLN",
    "fr": "débité 1\u00a0440,00 PLN, montant convenu 240,00 PLN, montant contesté 1\u00a0200,00 PLN",
    "es": "cobrado 1.440,00 PLN, importe acordado 240,00 PLN, importe reclamado 1.200,00 PLN",
    "pl": "pobrano 1\u00a0440,00 PLN, uzgodniona kwota 240,00 PLN, kwota kwestionowana 1\u00a0200,00 PLN",
}
PAGE_1 = {
    "en": "3 October 2026: " + PACK_FIGURES["en"] + ", 12 licences SoftHaus Pro",
    "fr": "3 octobre 2026 : " + PACK_FIGURES["fr"] + ", 12 licences SoftHaus Pro",
    "es": "3 de octubre de 2026: " + PACK_FIGURES["es"] + ", 12 licences SoftHaus Pro",
    "pl": "3 października 2026: " + PACK_FIGURES["pl"] + ", 12 licences SoftHaus Pro",
}
DISPUTED = {"en": "1,200.00 PLN", "fr": "1\u00a0200,00 PLN", "es": "1.200,00 PLN", "pl": "1\u00a0200,00 PLN"}
# The charge's three figures as the letters state them, in this order (charged, agreed, disputed).
LETTER_FIGURES = {
    "en": ("1,440.00 PLN", "240.00 PLN", "1,200.00 PLN"),
    "fr": ("1\u00a0440,00 PLN", "240,00 PLN", "1\u00a0200,00 PLN"),
    "es": ("1.440,00 PLN", "240,00 PLN", "1.200,00 PLN"),
    "pl": ("1\u00a0440,00 PLN", "240,00 PLN", "1\u00a0200,00 PLN"),
}
REQUESTED = {
    "en": "A refund of 1,200.00 PLN.",
    "fr": "Le remboursement de 1\u00a0200,00 PLN.",
    "es": "El reembolso de 1.200,00 PLN.",
    "pl": "Zwrot kwoty 1\u00a0200,00 PLN.",
}


def content(lang: str, case: Case = CASE, purchases: tuple[Purchase, ...] = (CHARGE,)):  # type: ignore[no-untyped-def]
    return build_content(case, purchases, [CONTACT], [], [], PackStrings(lang), prepared_on=date(2026, 12, 1))


@pytest.mark.parametrize("lang", ["en", "fr", "es", "pl"])
def test_page_1_page_2_and_the_totals_state_the_same_three_figures(lang: str) -> None:
    c = content(lang)
    assert c.summary.disputed == [PAGE_1[lang]]
    assert c.summary.requested == REQUESTED[lang]
    (row,) = c.transactions
    assert row.disputed == DISPUTED[lang]
    assert row.agreed.endswith("240,00 PLN" if lang != "en" else "240.00 PLN")
    (total,) = c.totals
    assert total.endswith(DISPUTED[lang])  # "..., disputed 1,200.00 PLN": page 2 agrees with page 1
    assert "1.440,00" not in c.summary.requested and "1\u00a0440,00" not in c.summary.requested
    assert "1 440,00" not in c.summary.requested


@pytest.mark.parametrize("lang", ["en", "fr", "es", "pl"])
def test_every_letter_states_the_three_figures_and_asks_the_disputed_total(lang: str) -> None:
    strings = PackStrings(lang)
    # (fcba, a US consumer's letter, does not fit this Polish company's case: issue 16)
    for kind in ("issuer-dispute", "merchant-complaint", "bank-complaint"):
        letter = write_letter(
            kind,
            lang,
            letter_words(lang),
            Formats(strings.long_date, strings.money),
            CASE,
            [CHARGE],
            [CONTACT],
            regulator_country="PL",
            today=date(2026, 12, 1),
        )
        (line,) = [p for p in letter.paragraphs if p.startswith("- 3 ")]  # the charge's list line
        charged, agreed, disputed = LETTER_FIGURES[lang]
        assert line.index(charged) < line.index(agreed) < line.rindex(disputed), (kind, line)
        assert DISPUTED[lang] in letter.subject
        assert "1 440,00 PLN ," not in letter.text and "1\u00a0440,00 PLN ," not in letter.text


def test_the_english_letter_by_hand() -> None:
    strings = PackStrings("en")
    letter = write_letter(
        "bank-complaint",
        "en",
        letter_words("en"),
        Formats(strings.long_date, strings.money),
        CASE,
        [CHARGE],
        [CONTACT],
        regulator_country="PL",
        today=date(2026, 12, 1),
    )
    assert (
        "- 3 October 2026: charged 1,440.00 PLN, agreed 240.00 PLN, disputed 1,200.00 PLN "
        "(12 licences SoftHaus Pro; invoice SH-2026-1003; authorisation code A1B2C3)"
    ) in letter.paragraphs
    assert (
        "The dispute is registered with you under claim number RK/2026/11/0042, filed on 5 November 2026."
        in (letter.paragraphs)
    )
    assert "We ask you to refund 1,200.00 PLN" in letter.text  # a company writes "we"


def test_a_refund_already_made_is_taken_off_what_is_asked_in_the_pack_and_the_letters() -> None:
    refunded = Case(**{**CASE.__dict__, "refunded_amount": Decimal("200.00")})
    c = content("en", refunded)
    assert (
        c.summary.requested
        == "A refund of 1,000.00 PLN (of 1,200.00 PLN disputed, 200.00 PLN already refunded)."
    )
    strings = PackStrings("pl")
    letter = write_letter(
        "issuer-dispute",
        "pl",
        letter_words("pl"),
        Formats(strings.long_date, strings.money),
        refunded,
        [CHARGE],
        [CONTACT],
        today=date(2026, 12, 1),
    )
    assert (
        "Z kwestionowanej kwoty 1\u00a0200,00 PLN zwrócono już 200,00 PLN; "
        "do zwrotu pozostaje 1\u00a0000,00 PLN." in (letter.paragraphs)
    )


def test_a_charge_with_only_its_disputed_part_given_states_two_figures() -> None:
    part = Purchase(
        date(2026, 10, 3), Decimal("100.00"), "EUR", disputed=True, disputed_amount=Decimal("30.00")
    )
    case = Case(**{**CASE.__dict__, "currency": "EUR", "disputed_amount": None})
    c = content("fr", case, (part,))
    assert c.summary.disputed == ["3 octobre 2026 : débité 100,00 EUR, montant contesté 30,00 EUR, débit"]
    assert c.summary.requested == "Le remboursement de 30,00 EUR."


def test_none_marked_every_charge_is_in_dispute_on_both_pages() -> None:
    one = Purchase(date(2026, 9, 1), Decimal("10.00"), "EUR", id=1)
    two = Purchase(date(2026, 10, 1), Decimal("15.00"), "EUR", id=2)
    refund = Purchase(date(2026, 10, 2), Decimal("5.00"), "EUR", kind=PurchaseKind.REFUND, id=3)
    case = Case(**{**CASE.__dict__, "currency": "EUR", "disputed_amount": None})
    c = content("en", case, (one, two, refund))
    assert c.summary.requested == "A refund of 25.00 EUR."
    assert c.totals == [
        "EUR: charged 25.00 EUR, refunded or credited 5.00 EUR, held 0.00 EUR, disputed 25.00 EUR"
    ]
    assert [row.disputed for row in c.transactions] == ["10.00 EUR", "15.00 EUR", ""]


def test_charges_in_two_currencies_are_asked_for_each() -> None:
    eur = Purchase(date(2026, 9, 1), Decimal("10.00"), "EUR", disputed=True)
    gbp = Purchase(date(2026, 9, 2), Decimal("20.00"), "GBP", disputed=True)
    case = Case(**{**CASE.__dict__, "currency": "EUR", "disputed_amount": None})
    c = content("en", case, (eur, gbp))
    assert c.summary.requested == "A refund of 10.00 EUR + 20.00 GBP."
    assert [t.rsplit("disputed ", 1)[1] for t in c.totals] == ["10.00 EUR", "20.00 GBP"]


def test_a_refund_of_everything_asks_for_nothing_more() -> None:
    refunded = Case(**{**CASE.__dict__, "refunded_amount": Decimal("1200.00")})
    assert content("pl", refunded).summary.requested == (
        "Nie pozostało nic do zwrotu: z kwestionowanej kwoty 1\u00a0200,00 PLN "
        "zwrócono już 1\u00a0200,00 PLN."
    )
