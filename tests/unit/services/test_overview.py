"""One case's Overview (services/overview.py): the case list (the store's aggregates) and the case
page (the records) judge every hand-worked case alike; the ladder follows what is logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop_app.domain.checklist import Checklist
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
    EvidenceKind,
    MerchantAnswer,
    PurchaseKind,
    Reason,
)
from desktop_app.services import Services
from desktop_app.services.overview import CaseOverview

PARIS = ZoneInfo("Europe/Paris")
TODAY = date.today()


def overview(services: Services, case_id: int) -> CaseOverview:
    return services.case_overview(case_id)


def listed(services: Services, case_id: int) -> Checklist | None:
    return next(c for c in services.list_cases() if c.id == case_id).checklist


def agree(services: Services, case_id: int) -> Checklist:
    paged = services.case_detail(case_id).checklist
    shown = overview(services, case_id).checklist
    assert listed(services, case_id) == paged == shown
    assert services.case_summary(case_id).checklist == shown
    return shown


def contact(days_ago: int, **fields: object) -> Communication:
    at = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), PARIS).replace(hour=11)
    return Communication(at, Channel.EMAIL, Direction.INCOMING, **fields)  # type: ignore[arg-type]


def statement(services: Services, case_id: int, purchase_id: int | None) -> None:
    text = f"Relevé de compte, ligne de l'opération {purchase_id}".encode()
    added = services.add_evidence_data(
        case_id, text, f"releve-{purchase_id}.txt", kind=EvidenceKind.STATEMENT
    )
    services.update_evidence(replace(added.added[0], purchase_id=purchase_id))


def test_the_french_gyms_sepa_debits_are_judged_alike_as_the_facts_come_in(services: Services) -> None:
    case = Case(
        "Gym debits after cancelling", Merchant("Club Forme Paris"), Reason.CANCELLED_RECURRING, "EUR",
        country="FR", payment=Payment(method="direct_debit"),
        dates=CaseDates(mandate_revoked=date(2026, 8, 22)),
    )  # fmt: skip
    case_id = services.create_case(case)
    debits = [
        services.add_purchase(case_id, Purchase(date(2026, m, 5), Decimal("29.90"), "EUR", disputed=True))
        for m in (9, 10, 11)
    ]
    before = agree(services, case_id)
    assert "proof_of_purchase" not in {s.item.id for s in before.items}
    missing = {i.id for i in before.missing}
    assert {"mandate_reference", "creditor_id", "statement_lines", "cancellation_proof"} <= missing
    assert "charge_after" not in missing and "mandate_revoked" not in missing
    services.update_case(
        replace(
            services.case(case_id),
            payment=Payment("direct_debit", mandate_reference="RUM-42", creditor_id="FR12ZZZ1"),
        )
    )
    for debit in debits[:2]:
        statement(services, case_id, debit)
    statement(services, case_id, None)  # not linked: it does not say which line
    middle = agree(services, case_id)
    assert {"mandate_reference", "creditor_id"}.isdisjoint({i.id for i in middle.missing})
    assert "statement_lines" in {i.id for i in middle.missing}
    last = next(p for p in services.case_detail(case_id).purchases if p.id == debits[2])
    services.update_purchase(replace(last, statement_descriptor="PRLV SEPA CLUB FORME RUM-42"))
    assert "statement_lines" not in {i.id for i in agree(services, case_id).missing}


def test_a_duplicate_an_agreed_price_and_a_promise_not_kept_are_judged_alike(services: Services) -> None:
    twice = services.create_case(
        Case("Twice", Merchant("Hotel"), Reason.DUPLICATE, "EUR", payment=Payment("card"))
    )
    first = Purchase(date(2026, 9, 3), Decimal("212.40"), "EUR", authorization_code="083145")
    services.add_purchase(twice, first)
    services.add_purchase(twice, replace(first, authorization_code=" ", disputed=True))
    assert "both_charges" in {i.id for i in agree(services, twice).missing}
    services.add_purchase(twice, replace(first, authorization_code="083391", disputed=True))
    assert "both_charges" not in {i.id for i in agree(services, twice).missing}

    wrong = services.create_case(Case("Licences", Merchant("SoftCo"), Reason.INCORRECT_AMOUNT, "PLN"))
    billed = services.add_purchase(
        wrong, Purchase(date(2026, 10, 1), Decimal("1440.00"), "PLN", disputed=True)
    )
    services.add_evidence_data(wrong, b"Faktura FV/10/2026: 12 licencji", "fv.txt", kind=EvidenceKind.INVOICE)
    assert "agreed_amount" in {i.id for i in agree(services, wrong).missing}
    charge = next(p for p in services.case_detail(wrong).purchases if p.id == billed)
    services.update_purchase(replace(charge, expected_amount=Decimal("240.00")))
    assert "agreed_amount" not in {i.id for i in agree(services, wrong).missing}

    promised = services.create_case(Case("Refund", Merchant("Shop"), Reason.CREDIT_NOT_PROCESSED, "EUR"))
    promise = contact(
        20, promised_action="Refund", promised_by=TODAY - timedelta(days=5), answer=MerchantAnswer.PROMISED
    )
    services.log_communication(promised, promise)
    services.log_communication(promised, contact(3))  # an answer with nothing logged as its answer
    assert "merchant_answer" not in {i.id for i in agree(services, promised).missing}  # not kept
    refund = Purchase(TODAY - timedelta(days=2), Decimal("10.00"), "EUR", PurchaseKind.REFUND)
    services.add_purchase(promised, refund)
    assert "merchant_answer" in {i.id for i in agree(services, promised).missing}  # kept after all


def test_where_it_stands_follows_what_is_logged(services: Services) -> None:
    case_id = services.create_case(
        Case(
            "Gym",
            Merchant("Club"),
            Reason.OTHER,
            "PLN",
            country="PL",
            customer=Customer(kind=CustomerKind.COMPANY),
        )
    )
    assert overview(services, case_id).escalation.stage is EscalationStage.CUSTOMER_SERVICE
    services.log_communication(
        case_id, contact(10, level=EscalationStage.SUPERVISOR, answer=MerchantAnswer.REFUSED)
    )
    ahead = overview(services, case_id).escalation
    assert ahead.stage is EscalationStage.FORMAL_COMPLAINT and "supervisor" not in ahead.step.lower()
    assert services.case_detail(case_id).next_step == ahead  # what the window's Overview shows
    filed = Issuer(name="mBank", claim_number="RK/2026/77", filed_on=TODAY - timedelta(days=3))
    services.update_case(replace(services.case(case_id), issuer=filed))
    shown = overview(services, case_id)
    assert shown.escalation.stage is EscalationStage.BANK and shown.escalation.waiting_for_issuer
    assert "mBank" in shown.escalation.step and "RK/2026/77" in shown.escalation.step
    assert "Rzecznik" not in shown.escalation.step  # a company: the Rzecznik Finansowy takes only persons
    regulator = shown.escalation.steps[-1]
    assert regulator.bodies[0].available is False
    assert all(
        d.counted_from in ("filed_on", "issuer.filed_on", "issuer_filed_on") for d in shown.issuer_clocks
    )
    services.update_case(
        replace(services.case(case_id), stage=EscalationStage.SUPERVISOR, stage_override=True)
    )
    assert overview(services, case_id).escalation.stage is EscalationStage.SUPERVISOR


def test_the_overview_of_a_case_that_is_not_there_is_refused(services: Services) -> None:
    from desktop_app.errors import DossierError

    with pytest.raises(DossierError):
        overview(services, 999)


def test_a_delivery_date_on_each_charge_and_a_quote_are_judged_alike(services: Services) -> None:
    """Goods not received: each disputed charge's own expected delivery (no case date) is the item."""
    case_id = services.create_case(Case("Sofa never came", Merchant("Meble"), Reason.NOT_RECEIVED, "PLN"))
    first = Purchase(
        date(2026, 9, 1), Decimal("1999.00"), "PLN", disputed=True, expected_delivery=date(2026, 10, 1)
    )
    services.add_purchase(case_id, first)
    second = services.add_purchase(case_id, replace(first, date=date(2026, 9, 2), expected_delivery=None))
    assert "expected_delivery" in {i.id for i in agree(services, case_id).missing}  # the second has none
    charge = next(p for p in services.case_detail(case_id).purchases if p.id == second)
    services.update_purchase(replace(charge, expected_delivery=date(2026, 10, 2)))
    assert "expected_delivery" not in {i.id for i in agree(services, case_id).missing}
    services.add_evidence_data(case_id, b"Oferta nr 12/2026: sofa", "oferta.txt", kind=EvidenceKind.QUOTE)
    assert "description" not in {i.id for i in agree(services, case_id).missing}
