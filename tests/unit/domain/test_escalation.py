"""The escalation ladder: the next step at each stage, and the regulator of each country."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import desktop_app
from desktop_app.domain.escalation import EscalationError, NextStep, next_step, parse_ladder
from desktop_app.domain.models import Case, CaseDates, Communication, Customer, Issuer, Merchant
from desktop_app.domain.vocab import (
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    IssuerOutcome,
    MerchantAnswer,
    Reason,
)
from desktop_app.resources import resource_path

TABLE: dict[str, Any] = json.loads(resource_path("rules", "escalation.json").read_text(encoding="utf-8"))
LADDER = parse_ladder(TABLE)


def case(stage: EscalationStage, country: str | None) -> Case:
    """A case at the stage the user chose (issue 15: without the override, the facts decide)."""
    return Case(
        "Case", Merchant("Shop"), Reason.OTHER, "EUR", stage=stage, country=country, stage_override=True
    )


def test_every_stage_leads_to_the_next_and_says_what_to_prepare() -> None:
    stages = list(EscalationStage)
    for stage, following in zip(stages, [*stages[1:], None], strict=True):
        step = next_step(case(stage, "FR"), LADDER)
        assert step.next == following and step.prepare and step.step and step.source


@pytest.mark.parametrize(
    ("country", "regulator"),
    [
        ("GB", "Financial Ombudsman Service"),
        ("ES", "Banco de España"),
        ("PL", "Rzecznik Finansowy"),
        ("fr", "médiateur"),
        ("US", "CFPB"),
        (None, "ombudsman or banking regulator"),
    ],
)
def test_the_regulator_depends_on_the_country(country: str | None, regulator: str) -> None:
    step = next_step(case(EscalationStage.BANK, country), LADDER)
    assert regulator in step.step and "{regulator}" not in step.step and regulator in step.regulator


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.update(format="x"), "format"),
        (lambda t: t["stages"].pop(), "regulator"),
        (lambda t: t["stages"][0].update(stage="prayer"), "prayer"),
        (lambda t: t["regulators"].pop("default"), "default"),
        (lambda t: t["stages"][0].update(source="rumour"), "rumour"),
        (lambda t: t["stages"][0]["bodies"].pop("default"), "no default"),
        (lambda t: t["stages"][4]["bodies"].update(PL=["rf", "tarot"]), "tarot"),
        (lambda t: t["stages"][1].update(then=" "), "'then'"),
        (lambda t: t["regulators"].update(GB="nobody"), "nobody"),
        (lambda t: t["stages"][1].update(next="customer_service"), "one after the other"),
        (lambda t: t["bodies"]["rf"].update(**{"for": "everyone"}), "'for'"),
        (lambda t: t["bodies"]["rf"]["why"].pop("unknown"), "unknown"),
        (lambda t: t["bodies"]["court"].update(source="hearsay"), "hearsay"),
        (lambda t: t["bodies"]["court"].update(name=""), "needs a name"),
    ],
)
def test_a_damaged_table_is_refused_with_where(damage: Any, message: str) -> None:
    table = copy.deepcopy(TABLE)
    damage(table)
    with pytest.raises(EscalationError, match=message):
        parse_ladder(table)


# Where a case stands, from the facts (issue 15). Each case is worked out by hand from the ladder.

AT = datetime(2026, 10, 2, 14, 30, tzinfo=UTC)


def call(
    level: EscalationStage | None = None, answer: MerchantAnswer | None = None, days: int = 0
) -> Communication:
    direction = Direction.INCOMING if answer else Direction.OUTGOING
    return Communication(AT + timedelta(days=days), Channel.PHONE, direction, level=level, answer=answer)


def facts_case(country: str | None = "FR", kind: CustomerKind | None = None, **changes: Any) -> Case:
    return Case(
        "Case", Merchant("StreamNova"), Reason.CANCELLED_RECURRING, "EUR", country=country,
        customer=Customer(kind=kind), **changes,
    )  # fmt: skip


def states(step: NextStep) -> list[str]:
    return [s.state for s in step.steps]


def test_with_nothing_logged_the_first_step_is_customer_service() -> None:
    step = next_step(facts_case(), LADDER, [])
    assert step.stage is EscalationStage.CUSTOMER_SERVICE and not step.overridden
    assert step.step.startswith("Contact the merchant's customer service")
    assert states(step) == ["current", "next", "later", "later", "later"]
    assert [s.stage for s in step.steps] == list(EscalationStage)
    assert step.steps[0].bodies[0].name == "StreamNova's customer service"


def test_after_a_call_to_customer_service_the_advice_is_the_supervisor() -> None:
    step = next_step(facts_case(), LADDER, [call()])
    assert step.stage is EscalationStage.CUSTOMER_SERVICE
    assert step.step == "Ask for a supervisor or manager, and log their name"
    assert "2026-10-02" in step.because


def test_after_a_supervisors_final_refusal_it_never_says_ask_for_a_supervisor() -> None:
    """The issue's case: the supervisor refused for good; the Overview said 'ask for a supervisor'."""
    contacts = [call(), call(EscalationStage.SUPERVISOR, MerchantAnswer.REFUSED, days=1)]
    step = next_step(facts_case(), LADDER, contacts)
    assert step.stage is EscalationStage.FORMAL_COMPLAINT and step.next is EscalationStage.BANK
    assert "supervisor" not in step.step.lower()
    assert step.step.startswith("Send a formal written complaint to the head office")
    assert states(step) == ["done", "done", "current", "next", "later"]
    assert step.because == "the refusal of a supervisor on 2026-10-03"


def test_a_final_response_from_the_head_office_moves_it_to_the_bank() -> None:
    contacts = [call(EscalationStage.FORMAL_COMPLAINT, MerchantAnswer.FINAL_RESPONSE)]
    step = next_step(facts_case(), LADDER, contacts)
    assert step.stage is EscalationStage.BANK
    assert step.step == "Dispute the charge with your bank or card issuer, before its deadline"
    assert states(step) == ["done", "done", "done", "current", "next"]


def test_the_written_complaint_date_is_the_formal_complaint_sent() -> None:
    step = next_step(facts_case(dates=CaseDates(merchant_complaint=date(2026, 10, 17))), LADDER, [call()])
    assert step.stage is EscalationStage.FORMAL_COMPLAINT
    assert step.step.startswith("Dispute the charge with your bank")  # the complaint is sent: the next one
    assert "2026-10-17" in step.because


def test_a_filed_claim_means_waiting_for_the_issuer() -> None:
    issuer = Issuer(name="BNP Paribas", claim_number="LIT-2026-0042", filed_on=date(2026, 11, 2))
    step = next_step(
        facts_case(issuer=issuer), LADDER, [call(EscalationStage.SUPERVISOR, MerchantAnswer.REFUSED)]
    )
    assert step.stage is EscalationStage.BANK and step.waiting_for_issuer
    assert step.step.startswith(
        "Wait for the decision of BNP Paribas on the dispute filed on 2026-11-02 (claim LIT-2026-0042)"
    )
    assert "your bank's médiateur" in step.step  # then, in France
    assert "Dispute the charge" not in step.step
    assert step.steps[3].bodies[0].name.startswith("a dispute of the charge with BNP Paribas")


@pytest.mark.parametrize(
    ("outcome", "because"),
    [(IssuerOutcome.LOST, "against you"), (IssuerOutcome.PARTLY, "for only part of the dispute")],
)
def test_a_lost_or_partly_won_dispute_goes_to_the_ombudsman(outcome: IssuerOutcome, because: str) -> None:
    issuer = Issuer(filed_on=date(2026, 11, 2), outcome=outcome, outcome_on=date(2026, 12, 20))
    step = next_step(facts_case("GB", CustomerKind.PERSON, issuer=issuer), LADDER, [])
    assert step.stage is EscalationStage.REGULATOR and not step.waiting_for_issuer
    assert step.step == "Take it to the Financial Ombudsman Service"
    assert step.because == f"the issuer decided {because} on 2026-12-20"
    assert states(step) == ["done", "done", "done", "done", "current"]


def test_a_provisional_credit_taken_back_goes_to_the_ombudsman() -> None:
    issuer = Issuer(
        filed_on=date(2026, 11, 2), provisional_credit=Decimal("17.99"), redebit_on=date(2026, 12, 28)
    )
    step = next_step(facts_case("ES", CustomerKind.COMPANY, issuer=issuer), LADDER, [])
    assert step.stage is EscalationStage.REGULATOR and not step.waiting_for_issuer
    assert step.because == "the provisional credit was taken back on 2026-12-28"
    assert step.step == "Take it to the Banco de España (Servicio de Reclamaciones)"  # open to companies too


def test_a_won_dispute_leaves_nothing_to_escalate() -> None:
    issuer = Issuer(filed_on=date(2026, 11, 2), outcome=IssuerOutcome.WON)
    step = next_step(facts_case(issuer=issuer), LADDER, [call()])
    assert step.finished and step.next is None and not step.waiting_for_issuer
    assert "current" not in states(step) and states(step)[:4] == ["done"] * 4
    assert step.step.startswith("Nothing is left to escalate")


def test_the_users_stage_wins_over_the_facts() -> None:
    issuer = Issuer(filed_on=date(2026, 11, 2))
    chosen = facts_case(issuer=issuer, stage=EscalationStage.SUPERVISOR, stage_override=True)
    step = next_step(chosen, LADDER, [call(EscalationStage.FORMAL_COMPLAINT, MerchantAnswer.REFUSED)])
    assert step.stage is EscalationStage.SUPERVISOR and step.overridden and not step.waiting_for_issuer
    assert states(step) == ["done", "current", "next", "later", "later"]
    # Without the override the same facts put it at the bank, waiting for the issuer.
    followed = next_step(
        replace(chosen, stage_override=False), LADDER, [call(EscalationStage.FORMAL_COMPLAINT)]
    )
    assert followed.stage is EscalationStage.BANK and followed.waiting_for_issuer


def bodies(step: NextStep, stage: EscalationStage) -> dict[str, tuple[bool, str]]:
    found = next(s for s in step.steps if s.stage is stage)
    return {b.name: (b.available, b.why) for b in found.bodies}


def test_a_polish_company_is_not_sent_to_the_rzecznik_finansowy() -> None:
    """A sp. z o.o.: the Rzecznik takes only natural persons; what is open is named instead."""
    step = next_step(
        facts_case("PL", CustomerKind.COMPANY, stage=EscalationStage.BANK, stage_override=True), LADDER
    )
    regulator = bodies(step, EscalationStage.REGULATOR)
    available, why = regulator["the Rzecznik Finansowy (Financial Ombudsman)"]
    assert available is False and "only natural persons" in why
    assert "Rzecznik" not in step.step and "Sąd Polubowny przy KNF" in step.step
    assert regulator["the courts (a small-claims procedure where the amount allows)"][0] is True
    consumer = bodies(step, EscalationStage.FORMAL_COMPLAINT)
    assert (
        consumer["the miejski or powiatowy rzecznik konsumentów (your local consumer ombudsman)"][0] is False
    )
    assert all(available for available, _ in bodies(step, EscalationStage.BANK).values())


def test_a_polish_person_may_go_to_the_rzecznik_and_an_unknown_customer_is_told_if() -> None:
    person = next_step(
        facts_case("PL", CustomerKind.PERSON, stage=EscalationStage.BANK, stage_override=True), LADDER
    )
    available, why = bodies(person, EscalationStage.REGULATOR)["the Rzecznik Finansowy (Financial Ombudsman)"]
    assert available is True and why.startswith("For natural persons")
    assert "the Rzecznik Finansowy" in person.step
    unknown = next_step(facts_case("PL", None, stage=EscalationStage.BANK, stage_override=True), LADDER)
    available, why = bodies(unknown, EscalationStage.REGULATOR)[
        "the Rzecznik Finansowy (Financial Ombudsman)"
    ]
    assert available is True and why.startswith("If you act as a private person")


def test_a_uk_micro_enterprise_may_use_the_financial_ombudsman() -> None:
    step = next_step(
        facts_case("GB", CustomerKind.COMPANY, stage=EscalationStage.BANK, stage_override=True), LADDER
    )
    available, why = bodies(step, EscalationStage.REGULATOR)["the Financial Ombudsman Service"]
    assert available is True and "micro-enterprise" in why and "fewer than 10 employees" in why
    assert "the Financial Ombudsman Service" in step.step


@pytest.mark.parametrize(("kind", "open_"), [(CustomerKind.PERSON, True), (CustomerKind.COMPANY, False)])
def test_the_french_mediateurs_are_for_consumers_only(kind: CustomerKind, open_: bool) -> None:
    step = next_step(facts_case("FR", kind), LADDER, [])
    bank_mediator = bodies(step, EscalationStage.REGULATOR)[
        "your bank's médiateur (named on its website and statements)"
    ]
    merchant_mediator = bodies(step, EscalationStage.FORMAL_COMPLAINT)[
        "the merchant's médiateur de la consommation (named in its terms)"
    ]
    assert bank_mediator[0] is open_ and merchant_mediator[0] is open_
    if not open_:
        assert "only consumers" in bank_mediator[1] and "only for consumers" in merchant_mediator[1].lower()


def test_the_eu_odr_platform_appears_nowhere() -> None:
    """It closed on 20 July 2025 (Regulation (EU) 2024/3228): no rule, text or letter points to it."""
    import re

    root = resource_path()
    pattern = re.compile(r"\bODR\b|online dispute resolution|ec\.europa\.eu/consumers/odr", re.IGNORECASE)
    package = Path(desktop_app.__file__).parent
    docs = package.parent / "docs"  # the user's documentation, in a checkout
    files = [
        p
        for p in [*root.rglob("*"), *package.rglob("*.py"), *(docs.rglob("*.md") if docs.is_dir() else [])]
        if p.is_file() and p.suffix in (".json", ".py", ".txt", ".md", ".html", ".ts")
    ]
    assert files
    found = [str(p) for p in files if pattern.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert found == []


def test_a_complaint_to_the_bank_and_its_final_response() -> None:
    complained = CaseDates(bank_complaint=date(2026, 11, 3))
    step = next_step(facts_case("GB", CustomerKind.PERSON, dates=complained), LADDER, [])
    assert step.stage is EscalationStage.BANK and not step.waiting_for_issuer
    assert (
        step.step
        == "If the bank refuses or does not answer in time, take it to the Financial Ombudsman Service"
    )
    answered = replace(complained, final_response=date(2026, 11, 20))
    step = next_step(facts_case("GB", CustomerKind.PERSON, dates=answered), LADDER, [])
    assert (
        step.stage is EscalationStage.REGULATOR and step.because == "the bank's final response of 2026-11-20"
    )
    # A final response date with no sign the bank has the case is not read as the bank's.
    alone = next_step(facts_case("GB", dates=CaseDates(final_response=date(2026, 11, 20))), LADDER, [])
    assert alone.stage is EscalationStage.CUSTOMER_SERVICE
