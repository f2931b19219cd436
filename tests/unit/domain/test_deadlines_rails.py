"""Issue 15: each rail, network and country its own rules and sources, worked out by hand.

Business days skip Saturdays and Sundays (the table says so); each comment counts them."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.deadlines import Deadline, compute_deadlines, parse_deadline_rules, rule_notices
from desktop_app.domain.models import Case, CaseDates, Customer, Issuer, Merchant, Payment, Purchase
from desktop_app.domain.vocab import CustomerKind, Reason
from desktop_app.resources import resource_path

TABLE: dict[str, Any] = json.loads(resource_path("rules", "deadlines.json").read_text(encoding="utf-8"))
RULES = parse_deadline_rules(TABLE)
PERSON = Customer(kind=CustomerKind.PERSON)
COMPANY = Customer(kind=CustomerKind.COMPANY)


def case(**facts: Any) -> Case:
    return Case(
        "Case",
        Merchant("Shop"),
        facts.pop("reason", Reason.OTHER),
        facts.pop("currency", "EUR"),
        payment=facts.pop("payment", Payment()),
        dates=CaseDates(**facts.pop("dates", {})),
        **facts,
    )


def charge(day: date, **more: Any) -> Purchase:
    more.setdefault("id", day.toordinal())
    return Purchase(day, Decimal("100.00"), more.pop("currency", "EUR"), **more)


def run(c: Case, *charges: Purchase, today: date = date(2026, 11, 1)) -> dict[str, Deadline]:
    found = compute_deadlines(c, RULES, today, charges)
    return {d.rule_id: d for d in found}


# --------------------------------------------------------------------------- cards: each network's own


@pytest.mark.parametrize(
    ("reason", "rule_id", "cited"),
    [
        (Reason.DUPLICATE, "card-chargeback-processing", "12.6.1"),
        (Reason.INCORRECT_AMOUNT, "card-chargeback-processing", "12.5"),
        (Reason.PAID_BY_OTHER_MEANS, "card-chargeback-processing", "12.6.2"),
        (Reason.UNAUTHORIZED, "card-chargeback-fraud", "10.4"),
        (Reason.CANCELLED_RECURRING, "card-chargeback", "13.2"),
        (Reason.NOT_AS_DESCRIBED, "card-chargeback", "13.3"),
        (Reason.NOT_RECEIVED, "card-chargeback-not-received", "13.1"),
        (Reason.CREDIT_NOT_PROCESSED, "card-credit-chargeback", "13.6"),
    ],
)
def test_visa_cites_its_dispute_condition(reason: Reason, rule_id: str, cited: str) -> None:
    # 1 Oct 2026 + 120 days: Oct 2..31 (30) + Nov 30 (60) + Dec 31 (91) + Jan 29 (120).
    found = run(case(reason=reason, payment=Payment("card", "visa")), charge(date(2026, 10, 1)))
    assert found[rule_id].due == date(2027, 1, 29)
    assert cited in found[rule_id].source and "Visa" in found[rule_id].source
    assert "your bank usually wants your notice sooner" in found[rule_id].note


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        (Reason.DUPLICATE, "4834"),
        (Reason.INCORRECT_AMOUNT, "4834"),
        (Reason.UNAUTHORIZED, "4837"),
        (Reason.CANCELLED_RECURRING, "4853"),
        (Reason.NOT_RECEIVED, "4853"),
        (Reason.CREDIT_NOT_PROCESSED, "4853"),
    ],
)
def test_mastercard_cites_its_chargeback_guide_never_visa(reason: Reason, code: str) -> None:
    found = compute_deadlines(
        case(
            reason=reason, payment=Payment("card", "mastercard"), dates={"credit_promised": date(2026, 10, 5)}
        ),
        RULES,
        date(2026, 11, 1),
        [charge(date(2026, 10, 1))],
    )
    chargebacks = [d for d in found if "Mastercard" in d.title]
    assert chargebacks and all(code in d.source for d in chargebacks)
    assert not any("Visa" in d.source or "Visa" in d.note for d in found)
    if reason is Reason.UNAUTHORIZED:  # the network's 120 days and an issuer's 90: the earlier
        (fraud,) = chargebacks
        assert fraud.due == date(2026, 12, 30) and "Sources disagree" in fraud.note  # 1 Oct + 90
    else:
        assert chargebacks[0].due == date(2027, 1, 29)


@pytest.mark.parametrize("network", ["amex", "discover", "other", None])
def test_other_networks_get_no_invented_limit_and_never_visa(network: str | None) -> None:
    c = case(reason=Reason.DUPLICATE, country="FR", payment=Payment("card", network))
    assert run(c, charge(date(2026, 10, 1))) == {}
    (notice,) = rule_notices(c, RULES, [charge(date(2026, 10, 1))])
    assert notice.rule_id == "card-network-limit-unknown" and "not known" in notice.title
    assert "American Express" in notice.source and "Visa" not in notice.source
    # EU law still gives its 13 months for a payment the cardholder did not make.
    fraud = case(reason=Reason.UNAUTHORIZED, country="FR", payment=Payment("card", network))
    found = run(fraud, charge(date(2026, 10, 1)))
    assert list(found) == ["eu-unauthorised"] and found["eu-unauthorised"].due == date(2027, 11, 1)


def test_no_rule_for_a_network_other_than_visa_cites_visa() -> None:
    for raw in TABLE["rules"]:
        networks = raw["when"].get("network", [])
        if networks and "visa" not in networks:
            cited = [TABLE["sources"][c["source"]] for c in raw.get("counts", [])]
            assert not any("Visa" in text for text in cited), raw["id"]


def test_the_closed_eu_odr_platform_appears_nowhere() -> None:
    text = resource_path("rules", "deadlines.json").read_text(encoding="utf-8").lower()
    assert "odr" not in text and "online dispute resolution" not in text


# --------------------------------------------------------------------------- other rails


def test_sepa_in_germany_8_weeks_and_13_months_after_revocation() -> None:
    c = case(country="DE", payment=Payment("direct_debit"), dates={"mandate_revoked": date(2026, 3, 15)})
    found = run(c, charge(date(2026, 3, 31)), today=date(2026, 4, 1))
    # 31 Mar + 56 days: Apr 30 (30) + May 26 (56). 13 months: 31 Apr 2027 does not exist -> 30 Apr.
    assert found["sepa-refund"].due == date(2026, 5, 26)
    assert (
        found["sepa-after-revocation"].due == date(2027, 4, 30)
        and "BGB" not in found["sepa-after-revocation"].title
    )


def test_sepa_13_months_no_longer_only_when_the_reason_is_unauthorised() -> None:
    c = case(reason=Reason.CANCELLED_RECURRING, country="ES", payment=Payment("direct_debit"))
    revoked = case(
        reason=Reason.CANCELLED_RECURRING,
        country="ES",
        payment=Payment("direct_debit"),
        dates={"mandate_revoked": date(2026, 1, 10)},
    )
    assert "sepa-after-revocation" not in run(c, charge(date(2026, 2, 1)))
    found = run(revoked, charge(date(2026, 2, 1)))
    assert found["sepa-after-revocation"].due == date(2027, 3, 1)  # 1 Feb 2026 + 13 months
    assert "RDL 19/2018 art. 43" in found["sepa-after-revocation"].source.replace("Real Decreto-ley", "RDL")


def test_a_uk_push_payment_scam_counts_13_months_from_the_last_payment() -> None:
    c = case(country="GB", currency="GBP", payment=Payment("bank_transfer"))
    found = compute_deadlines(
        c,
        RULES,
        date(2026, 4, 1),
        [charge(date(2026, 2, 10), currency="GBP"), charge(date(2026, 3, 5), currency="GBP")],
    )
    (scam,) = found
    # 5 Mar 2026 + 13 months = 5 Apr 2027 (a Monday; Easter Monday 2027 is 29 March).
    assert scam.rule_id == "uk-app-scam" and scam.due == date(2027, 4, 5)
    assert scam.charge is not None and scam.charge.date == date(2026, 3, 5)
    assert "£85,000" in scam.source and "7 October 2024" in scam.source


def test_a_bank_transfer_elsewhere_gets_no_invented_deadline() -> None:
    c = case(country="FR", payment=Payment("bank_transfer"))
    assert run(c, charge(date(2026, 10, 1))) == {}
    assert [n.rule_id for n in rule_notices(c, RULES)] == ["bank-transfer-recall"]


def test_paypal_180_days_from_the_payment() -> None:
    found = run(case(country="US", payment=Payment("paypal")), charge(date(2026, 6, 1)))
    # Jun 2..30 (29) + Jul 31 (60) + Aug 31 (91) + Sep 30 (121) + Oct 31 (152) + Nov 28 (180): a Saturday.
    paypal = found["paypal-dispute"]
    assert paypal.due == date(2026, 11, 28) and paypal.acts_by == date(2026, 11, 27)
    assert "PayPal" in paypal.source


# --------------------------------------------------------------------------- countries


def test_gb_section_75_ombudsman_and_disp() -> None:
    credit = case(
        country="GB",
        currency="GBP",
        customer=PERSON,
        payment=Payment("card", "visa", card_kind="credit"),
        dates={"bank_complaint": date(2026, 11, 2)},
    )
    assert [n.rule_id for n in rule_notices(credit, RULES)] == ["uk-section-75"]
    assert (
        "£100" in rule_notices(credit, RULES)[0].title and "6 years" in rule_notices(credit, RULES)[0].source
    )
    found = run(credit)
    # Mon 2 Nov: 15 business days -> Mon 23 Nov; 35 -> Mon 21 Dec; 8 weeks -> 28 Dec.
    assert found["uk-disp-reply"].due == date(2026, 11, 23) and "DISP 1.6.2A" in found["uk-disp-reply"].source
    assert found["uk-disp-reply-35"].due == date(2026, 12, 21)
    assert (
        found["uk-ombudsman-8-weeks"].due == date(2026, 12, 28)
        and found["uk-ombudsman-8-weeks"].kind == "wait"
    )
    answered = case(
        country="GB",
        customer=PERSON,
        dates={"bank_complaint": date(2026, 11, 2), "final_response": date(2026, 12, 10)},
    )
    found = run(answered)
    assert "uk-ombudsman-8-weeks" not in found and found["uk-ombudsman"].due == date(2027, 6, 10)
    for who in (
        case(country="GB", customer=COMPANY, payment=Payment("card", "visa", card_kind="credit")),
        case(country="GB", payment=Payment("card", "visa", card_kind="credit", business=True)),
        case(country="GB", payment=Payment("card", "visa", card_kind="debit")),
    ):
        assert rule_notices(who, RULES) == []


def test_pl_trader_and_bank_for_a_person_not_for_a_company() -> None:
    dates = {"merchant_complaint": date(2026, 11, 20), "bank_complaint": date(2026, 11, 20)}
    person = run(case(country="PL", customer=PERSON, dates=dates))
    # 20 Nov + 14 days = Fri 4 Dec; Fri 20 Nov + 15 business days = Fri 11 Dec; + 35 = Fri 8 Jan 2027.
    assert person["pl-trader-reply"].due == date(2026, 12, 4) and "7a" in person["pl-trader-reply"].source
    assert "deemed accepted" in person["pl-trader-reply"].source and person["pl-trader-reply"].party == "them"
    assert person["pl-bank-reply"].due == date(2026, 12, 11) and person["pl-bank-reply-35"].due == date(
        2027, 1, 8
    )
    company = run(case(country="PL", customer=COMPANY, dates=dates))
    assert "pl-trader-reply" not in company and company["pl-bank-reply"].due == date(2026, 12, 11)
    unknown = run(case(country="PL", dates=dates))  # not said: shown, with who it is for
    assert "Consumers" in unknown["pl-trader-reply"].note


def test_es_one_month_and_ley_10_2025_only_from_its_date() -> None:
    before = run(case(country="ES", customer=PERSON, dates={"merchant_complaint": date(2026, 12, 21)}))
    assert before["es-trader-reply"].due == date(2027, 1, 21) and "21.3" in before["es-trader-reply"].source
    assert "es-trader-reply-ley-10-2025" not in before  # Ley 10/2025 binds from 28 Dec 2026
    after = run(case(country="ES", customer=PERSON, dates={"merchant_complaint": date(2027, 1, 4)}))
    # Mon 4 Jan 2027 + 15 business days: Jan 5-8 (4), 11-15 (9), 18-22 (14), Mon 25 Jan (15).
    # One month: 4 Feb.
    (reply,) = [d for d in after.values() if d.rule_id.startswith("es-trader")]
    assert reply.rule_id == "es-trader-reply-ley-10-2025" and reply.due == date(2027, 1, 25)
    assert "2027-02-04" in reply.note and "Two rules give different dates" in reply.note
    assert "Ley 10/2025" in reply.source and "TRLGDCU" in reply.note
    assert run(case(country="ES", customer=COMPANY, dates={"merchant_complaint": date(2027, 1, 4)})) == {}


def test_fr_bank_answers_from_the_filing_date() -> None:
    found = run(case(country="FR", customer=PERSON, issuer=Issuer(filed_on=date(2026, 11, 20))))
    assert (
        found["fr-bank-reply"].due == date(2026, 12, 11) and found["fr-bank-reply"].counted_from == "filed_on"
    )
    assert "L133-45" in found["fr-bank-reply"].source and found["fr-bank-reply-35"].due == date(2027, 1, 8)


def test_de_withdrawal_and_the_traders_refund_for_consumers_only() -> None:
    goods = case(
        country="DE", customer=PERSON, reason=Reason.NOT_AS_DESCRIBED, payment=Payment("card", "visa")
    )
    found = run(
        goods, charge(date(2026, 11, 10), expected_delivery=date(2026, 11, 14)), today=date(2026, 11, 15)
    )
    # Received 14 Nov + 14 days = Sat 28 Nov: act by Friday 27 Nov.
    assert found["eu-withdrawal"].due == date(2026, 11, 28) and found["eu-withdrawal"].acts_by == date(
        2026, 11, 27
    )
    assert "2011/83/EU" in found["eu-withdrawal"].source and "BGB § 355" in found["eu-withdrawal"].source
    returned = case(
        country="DE",
        customer=PERSON,
        reason=Reason.CANCELLED_OR_RETURNED,
        dates={"cancellation": date(2026, 11, 20)},
    )
    assert run(returned)["eu-withdrawal-refund"].due == date(2026, 12, 4)
    assert "bank-reply" not in run(returned)  # no complaint to the bank yet
    company = case(
        country="DE",
        customer=COMPANY,
        reason=Reason.CANCELLED_OR_RETURNED,
        dates={"cancellation": date(2026, 11, 20)},
    )
    assert run(company) == {}
    bank = run(case(country="DE", customer=COMPANY, dates={"bank_complaint": date(2026, 11, 20)}))
    assert bank["bank-reply"].due == date(2026, 12, 11) and "art. 101" in bank["bank-reply"].source


def test_us_fcba_and_regulation_e() -> None:
    credit = case(
        country="US",
        currency="USD",
        payment=Payment("card", "visa", card_kind="credit"),
        dates={"statement": date(2026, 3, 10)},
        issuer=Issuer(filed_on=date(2026, 11, 2)),
    )
    found = run(credit, today=date(2026, 3, 11))
    # 10 Mar + 60 days = Sat 9 May: act by Friday 8 May.
    assert found["us-fcba"].due == date(2026, 5, 9) and found["us-fcba"].acts_by == date(2026, 5, 8)
    # Filed Mon 2 Nov: acknowledged within 30 days (2 Dec), resolved within 90
    # (Nov 3..30 (28) + Dec 31 (59) + Jan 31 (90)).
    assert (
        found["us-fcba-acknowledge"].due == date(2026, 12, 2)
        and "1026.13" in found["us-fcba-acknowledge"].source
    )
    assert found["us-fcba-resolve"].due == date(2027, 1, 31) and found["us-fcba-resolve"].party == "them"
    business = case(
        country="US",
        payment=Payment("card", "visa", card_kind="credit", business=True),
        dates={"statement": date(2026, 3, 10)},
    )
    assert run(business) == {}
    debit = case(
        country="US",
        currency="USD",
        customer=PERSON,
        payment=Payment("card", "visa", card_kind="debit"),
        issuer=Issuer(filed_on=date(2026, 11, 2)),
    )
    # Mon 2 Nov + 10 business days: Nov 3-6 (4), 9-13 (9), Mon 16 Nov (10).
    assert (
        run(debit)["us-reg-e-answer"].due == date(2026, 11, 16)
        and "1005.11" in run(debit)["us-reg-e-answer"].source
    )
    credited = case(
        country="US",
        customer=PERSON,
        payment=Payment("card", "visa", card_kind="debit"),
        issuer=Issuer(filed_on=date(2026, 11, 2), provisional_credit=Decimal("40.00")),
    )
    found = run(credited)
    assert "us-reg-e-answer" not in found and found["us-reg-e-answer-credit"].due == date(
        2026, 12, 17
    )  # + 45 days
    assert (
        run(
            case(
                country="US",
                customer=COMPANY,
                payment=Payment("card", card_kind="debit"),
                issuer=Issuer(filed_on=date(2026, 11, 2)),
            )
        )
        == {}
    )


def test_a_uk_direct_debit_has_the_guarantee_not_sepas_8_weeks() -> None:
    c = case(country="GB", currency="GBP", payment=Payment("direct_debit"))
    assert run(c, charge(date(2026, 10, 1), currency="GBP")) == {}
    (notice,) = rule_notices(c, RULES)
    assert notice.rule_id == "uk-direct-debit-guarantee" and "no time limit" in notice.source


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t["rules"][0].update({"from": ["charge", "birthday"]}), "birthday"),
        (lambda t: t["rules"][0].update(party="nobody"), "party"),
        (lambda t: t["rules"][0].update(valid_from="28/12/2026"), "valid_from"),
        (lambda t: t["rules"][0]["when"].update(customer_kind=["robot"]), "robot"),
        (lambda t: t["rules"][0]["when"].update(known_not=["charge"]), "known_not"),
        (lambda t: t["rules"][0]["when"].update(after_revocation=["maybe"]), "maybe"),
        (
            lambda t: (
                t["rules"][0]["at_most"].update({"from": []})
                if "at_most" in t["rules"][0]
                else t["rules"][0].update(at_most={"from": [], "days": 1, "source": "visa-consumer"})
            ),
            "at_most.from",
        ),
        (lambda t: next(r for r in t["rules"] if r["kind"] == "info").pop("source"), "'source'"),
        (lambda t: t["rules"][0]["counts"][0].update(days=True), "whole number"),
    ],
)
def test_a_damaged_table_is_refused_with_where(damage: Any, message: str) -> None:
    import copy

    from desktop_app.domain.deadlines import DeadlineRuleError

    table = copy.deepcopy(TABLE)
    damage(table)
    with pytest.raises(DeadlineRuleError, match=message):
        parse_deadline_rules(table)
