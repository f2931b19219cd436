"""Issue 15 through the services: deadlines per disputed charge in services.deadlines() and the
case list, the memo shared by cases alike (each keeps its own charge), the late mark."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.models import Case, CaseDates, Customer, Merchant, Payment, Purchase, Task
from desktop_app.domain.vocab import CustomerKind, Reason
from desktop_app.services import Services


def gym(
    services: Services, *debits: date, revoked: date | None = date(2026, 8, 22), title: str = "Gym"
) -> int:
    case_id = services.create_case(
        Case(
            title,
            Merchant("FitClub Paris"),
            Reason.CANCELLED_RECURRING,
            "EUR",
            country="FR",
            customer=Customer(kind=CustomerKind.PERSON),
            payment=Payment("direct_debit"),
            dates=CaseDates(mandate_revoked=revoked),
        )
    )
    for day in debits:
        services.add_purchase(
            case_id, Purchase(day, Decimal("29.90"), "EUR", description=f"{title} {day:%B}")
        )
    return case_id


DEBITS = (date(2026, 9, 5), date(2026, 10, 5), date(2026, 11, 5))


def test_the_gym_case_gets_each_debits_deadlines(services: Services) -> None:
    case_id = gym(services, *DEBITS)
    found = services.deadlines(case_id, today=date(2026, 12, 1))
    refunds = [d for d in found if d.rule_id == "sepa-refund"]
    assert [(d.due, d.charge.date if d.charge else None) for d in refunds] == [
        (date(2026, 10, 31), date(2026, 9, 5)),
        (date(2026, 11, 30), date(2026, 10, 5)),
        (date(2026, 12, 31), date(2026, 11, 5)),
    ]
    revoked = [d.due for d in found if d.rule_id == "sepa-after-revocation"]
    assert revoked == [date(2027, 10, 5), date(2027, 11, 5), date(2027, 12, 5)]
    assert refunds[0].charge and refunds[0].charge.description == "Gym September"
    assert refunds[0].acts_by == date(2026, 10, 30) and "Saturday" in refunds[0].working_day_note
    open_ones = [d.due for d in found if d.kind == "deadline" and d.days_left >= 0]
    assert min(open_ones) == date(2026, 12, 31)


def test_cases_alike_share_the_work_but_each_keeps_its_own_charges(services: Services) -> None:
    first = gym(services, *DEBITS, title="Gym A")
    second = gym(services, *DEBITS, title="Gym B")
    other = gym(services, date(2026, 9, 6), title="Gym C")  # another date: its own deadlines
    found = services.deadlines(today=date(2026, 12, 1))

    def of(case_id: int) -> list[tuple[str, date, str | None, int | None]]:
        return [
            (
                d.rule_id,
                d.due,
                d.charge.description if d.charge else None,
                d.charge.purchase_id if d.charge else None,
            )
            for d in found
            if d.case_id == case_id
        ]

    a, b = of(first), of(second)
    assert [x[:2] for x in a] == [x[:2] for x in b] and len(a) == 6
    assert {x[2] for x in a} == {"Gym A September", "Gym A October", "Gym A November"}
    assert {x[2] for x in b} == {"Gym B September", "Gym B October", "Gym B November"}
    assert not {x[3] for x in a} & {x[3] for x in b}  # each case's own purchase ids
    assert [x[1] for x in of(other)] == [date(2026, 11, 1), date(2027, 10, 6)]  # 6 Sep + 8 weeks; + 13 months


def test_the_case_list_counts_from_the_charges_when_the_case_has_no_dates(services: Services) -> None:
    today = date.today()
    debit = today - timedelta(days=20)  # its 8-week refund is open for 36 more days
    case_id = gym(services, debit, revoked=None)
    (row,) = [c for c in services.list_cases() if c.id == case_id]
    assert row.next_deadline == debit + timedelta(weeks=8) and not row.late
    assert row.disputed_amount == Decimal("29.90") and row.currency == "EUR"
    assert services.case_summary(case_id).next_deadline == row.next_deadline


def test_a_task_not_done_by_its_date_marks_the_row_late(services: Services) -> None:
    case_id = gym(services, date.today() - timedelta(days=3), revoked=None)
    services.add_task(case_id, Task("Send the letter", due=date.today() - timedelta(days=1)))
    row = services.case_summary(case_id)
    assert row.next_deadline == date.today() - timedelta(days=1) and row.late


def test_a_rights_notice_has_its_source(services: Services) -> None:
    case_id = services.create_case(
        Case(
            "Transfer",
            Merchant("Shop"),
            Reason.NOT_RECEIVED,
            "EUR",
            country="ES",
            payment=Payment("bank_transfer"),
        )
    )
    (notice,) = services.deadline_notices(case_id)
    assert notice.rule_id == "bank-transfer-recall" and "SEPA Credit Transfer Rulebook" in notice.source
    assert [d for d in services.deadlines(case_id) if not d.rule_id.startswith("task:")] == []


def test_the_memo_tells_apart_every_fact_the_rules_read(services: Services) -> None:
    from desktop_app.domain.models import Issuer

    soon = date.today() + timedelta(days=1)
    base = Case(
        "PL",
        Merchant("Sklep"),
        Reason.OTHER,
        "PLN",
        country="PL",
        customer=Customer(kind=CustomerKind.PERSON),
        dates=CaseDates(merchant_complaint=soon),
    )
    from dataclasses import replace

    person = services.create_case(base)
    company = services.create_case(replace(base, customer=Customer(kind=CustomerKind.COMPANY)))
    filed = services.create_case(
        replace(base, customer=Customer(kind=CustomerKind.COMPANY), issuer=Issuer(filed_on=soon))
    )
    us = replace(
        base, country="US", customer=Customer(), payment=Payment("card", card_kind="debit"), dates=CaseDates()
    )
    plain = services.create_case(replace(us, issuer=Issuer(filed_on=soon)))
    credited = services.create_case(
        replace(us, issuer=Issuer(filed_on=soon, provisional_credit=Decimal("5")))
    )
    rows = {c.id: c for c in services.list_cases()}
    found = services.deadlines()

    def rules(case_id: int) -> list[str]:
        return [d.rule_id for d in found if d.case_id == case_id]

    assert rules(person) == ["pl-trader-reply"] and rows[person].next_deadline == soon + timedelta(days=14)
    assert rules(company) == [] and rows[company].next_deadline is None
    assert rules(filed) == ["pl-bank-reply", "pl-bank-reply-35"]
    assert rules(plain) == ["us-reg-e-answer"] and rules(credited) == ["us-reg-e-answer-credit"]
    assert rows[credited].next_deadline == soon + timedelta(days=45)


def test_the_case_list_says_where_the_filed_dispute_stands(services: Services) -> None:
    from dataclasses import replace

    from desktop_app.domain.models import Issuer
    from desktop_app.domain.vocab import CaseStatus, IssuerOutcome

    case_id = gym(services, date.today(), revoked=None)
    row = services.case_summary(case_id)
    assert row.issuer_state is None and row.issuer_label() == ""
    case = services.case(case_id)
    services.update_case(
        replace(case, issuer=Issuer(name="Banque Postale", claim_number="LBP-77", filed_on=date.today()))
    )
    row = services.case_summary(case_id)
    assert row.issuer_state == "filed" and row.issuer_label() == "filed with Banque Postale (claim LBP-77)"
    assert row.status == CaseStatus.OPEN.value  # the user's own status is kept
    decided = replace(services.case(case_id).issuer, outcome=IssuerOutcome.PARTLY, outcome_on=date.today())
    services.update_case(replace(services.case(case_id), issuer=decided))
    row = next(c for c in services.list_cases() if c.id == case_id)
    assert row.issuer_state == "partly" and row.issuer_label() == "dispute partly won (claim LBP-77)"
    assert services.case(case_id).status is CaseStatus.OPEN
