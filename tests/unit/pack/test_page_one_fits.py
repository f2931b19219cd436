"""Everything of page 1 fits page 1, in each language, for a heavy case: six disputed charges with
their agreed amounts, forty exhibits with notes, thirty contacts with promises and answers, a
long story, a company with every contact field and a bank that has the claim. Read back from the
PDF: page 1 ends with the declaration's signature line and the next section starts on page 2."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepInFrame

from desktop_app.domain.deadlines import compute_deadlines
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
from desktop_app.domain.vocab import Channel, CustomerKind, Direction, EscalationStage, MerchantAnswer, Reason
from desktop_app.pack.content import ExhibitInfo, PackContent, build_content
from desktop_app.pack.front import IndexEntry, fitted_page_one, render_front
from desktop_app.pack.render import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAPER, make_styles
from desktop_app.pack.strings import PackStrings
from desktop_app.services.rules import deadline_rules

LANGS = ["en", "fr", "es", "pl"]
STORY = (
    "We ordered two licences of SoftHaus Pro for our accounting team after a call with the sales "
    "representative, who confirmed the price of 120 PLN per licence per month in writing. "
) * 14
HEAVY = Case(
    id=99,
    title="SoftHaus Pro: twelve licences billed every month instead of two, for six months",
    merchant=Merchant(
        "SoftHaus Polska sp. z o.o.",
        email="reklamacje-rozliczenia@softhaus-polska-sp-z-oo.example",
        phone="+48 22 123 45 67",
        website="https://www.softhaus-polska.example/pomoc/reklamacje",
        address="ul. Marszałkowska 142 lok. 7, 00-061 Warszawa, Polska",
    ),
    reason=Reason.INCORRECT_AMOUNT,
    currency="PLN",
    customer_name="Nordlicht Konstruktionsbüro sp. z o.o.",
    country="PL",
    payment=Payment(method="card", network="mastercard", last4="5454", business=True, card_kind="credit"),
    dates=CaseDates(transaction=date(2026, 5, 3), statement=date(2026, 10, 31)),
    summary=STORY,
    refunded_amount=Decimal("240.00"),
    customer=Customer(
        kind=CustomerKind.COMPANY,
        address="ul. Prosta 20 lok. 118, 00-850 Warszawa, Polska",
        email="ksiegowosc.rozliczenia@nordlicht-konstruktionsbuero.example",
        phone="+48 22 555 01 02",
        tax_id="PL5261040828",
        cardholder_name="Jan Kowalski-Wiśniewski",
        cardholder_role="dyrektor finansowy (CFO)",
        city="Warszawa",
    ),
    issuer=Issuer(
        name="mBank S.A., Departament Reklamacji Kartowych",
        address="ul. Prosta 18, 00-850 Warszawa",
        claim_number="RK/2026/11/0042-CHB-77812",
        filed_on=date(2026, 11, 5),
        provisional_credit=Decimal("1200.00"),
        provisional_credit_on=date(2026, 11, 9),
        merchant_response="The merchant says the licences were activated by the customer's administrator.",
    ),
)
CHARGES = [
    Purchase(
        date=date(2026, 5 + i, 3),
        amount=Decimal("1440.00"),
        currency="PLN",
        description=f"SoftHaus Pro, 12 licences, month {i + 1}",
        invoice_number=f"SH-2026-0{5 + i}03-PL-000{i}",
        authorization_code=f"A{i}B2C3",
        expected_amount=Decimal("240.00"),
        disputed=True,
        id=100 + i,
    )
    for i in range(6)
]
CONTACTS = [
    Communication(
        at=datetime(2026, 6, 1, 9, 0, tzinfo=UTC) + timedelta(days=5 * i),
        channel=(Channel.EMAIL, Channel.PHONE, Channel.CHAT)[i % 3],
        direction=Direction.OUTGOING if i % 2 else Direction.INCOMING,
        counterpart="SoftHaus customer service",
        representative=f"Representative {i}",
        reference=f"TCK-{48000 + i}",
        summary="Asked again for the ten licences never ordered to be credited; the agent noted it. " * 2,
        promised_action="Credit 1 200 PLN" if i % 4 == 0 else None,
        promised_by=date(2026, 6, 15) + timedelta(days=5 * i) if i % 4 == 0 else None,
        level=EscalationStage.SUPERVISOR if i > 20 else EscalationStage.CUSTOMER_SERVICE,
        answer=MerchantAnswer.REFUSED if i == 29 else None,
        id=200 + i,
    )
    for i in range(30)
]
EXHIBITS = [
    ExhibitInfo(
        chr(ord("A") + i) if i < 26 else "A" + chr(ord("A") + i - 26),
        f"Invoice SH-2026-{i:04d} with the twelve licences line (page {i})",
        ("invoice", "quote", "email", "statement", "screenshot")[i % 5],
        f"file-{i}.pdf",
        "application/pdf",
        1000,
        "0" * 64,
        datetime(2026, 11, 1, tzinfo=UTC),
        purchase_id=100 + i % 6 if i % 5 in (0, 3) else None,
        communication_id=200 + i % 30 if i % 5 == 2 else None,
        note=f"Shows the price of 120 PLN per licence agreed on the call ({i}).",
        note_translation="Pokazuje uzgodnioną cenę 120 PLN za licencję.",
    )
    for i in range(40)
]


def heavy(lang: str, case: Case = HEAVY) -> PackContent:
    deadlines = compute_deadlines(case, deadline_rules(), date(2026, 12, 1), CHARGES)
    return build_content(
        case, CHARGES, CONTACTS, [], EXHIBITS, PackStrings(lang), prepared_on=date(2026, 12, 1),
        deadlines=deadlines,
    )  # fmt: skip


def _index(content: PackContent) -> list[IndexEntry]:
    return [IndexEntry(e, 1, 10 + i) for i, e in enumerate(content.exhibits)]


SEPA = replace(
    HEAVY,
    reason=Reason.CANCELLED_RECURRING,
    payment=Payment(
        method="direct_debit",
        mandate_reference="++RUM-2024-0042-NORDLICHT-ABCDEFGH",
        creditor_id="PL12ZZZ0000000123",
    ),
    dates=CaseDates(cancellation=date(2026, 5, 20), mandate_revoked=date(2026, 5, 21)),
)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", [HEAVY, SEPA], ids=["card", "sepa"])
def test_page_one_of_a_heavy_case_fits_one_page(lang: str, paper: str, case: Case) -> None:
    content = heavy(lang, case)
    s = PackStrings(lang)
    data, marks = render_front(content, _index(content), s, paper=paper, reproducible=True)
    sections = dict(marks.sections)
    assert sections[s("summary_heading")] == 0
    # Every other section starts after page 1: the long story in full, then the transactions.
    assert sections[s("label_story")] == 1
    assert sections[s("transactions_heading")] >= 1
    first = " ".join(PdfReader(BytesIO(data)).pages[0].extract_text().split())
    one = content.summary.page_one
    for words in (
        s("label_key_facts"),
        s("label_last_answer"),
        s("label_deadline"),
        s("label_declaration") if case is HEAVY else s("label_declaration_account"),
        s("decl_signature"),
        one.signature,
        " ".join(s("decl_true").split()[:3]),
        "RK/2026/11/0042-CHB-77812",
        s("story_continued"),
    ):
        assert " ".join(words.split()) in first, words
    assert one.code and " ".join(one.code.split()[:3]) in first


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", [HEAVY, SEPA], ids=["card", "sepa"])
def test_page_one_is_not_shrunk_past_reading(lang: str, case: Case) -> None:
    """The heavy case's page 1 is set at no less than 75 % of its size: the story and the list
    of exhibits are cut to what page 1 holds before anything is shrunk."""
    content = heavy(lang, case)
    s = PackStrings(lang)
    pagesize = PAPER["a4"]
    width = pagesize[0] - 2 * MARGIN_X - 12
    height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM - 12 - 20
    frame = fitted_page_one(content, _index(content), s, make_styles(lang), width, height)[0]
    assert isinstance(frame, KeepInFrame)
    scale = getattr(frame, "_scale", 1.0)  # reportlab: the content is drawn at 1 / scale
    assert 1 / scale >= 0.75, scale


def test_a_light_case_is_not_cut_or_shrunk() -> None:
    from tests.unit.pack.test_page_one import content as light_content

    for lang in LANGS:
        light = light_content(lang=lang)
        s = PackStrings(lang)
        flowables = fitted_page_one(light, _index(light), s, make_styles(lang), 480, 700)
        assert getattr(flowables[0], "_scale", 1.0) <= 1.0 and len(flowables) == 1, lang
