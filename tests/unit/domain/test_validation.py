"""The last word on a record, whoever made it: what the services refuse to keep."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    Customer,
    Issuer,
    Merchant,
    Payment,
    Purchase,
    Task,
)
from desktop_app.domain.validation import (
    case_problems,
    communication_problems,
    parse_country,
    purchase_problems,
    task_problems,
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
from desktop_app.errors import InvalidInputError
from desktop_app.services import Services

CASE = Case(title="Gym", merchant=Merchant("FitPlus"), reason=Reason.CANCELLED_RECURRING, currency="PLN")
WARSAW = timezone(timedelta(hours=2))
CONTACT = Communication(
    at=datetime(2026, 10, 5, 14, 30, tzinfo=WARSAW), channel=Channel.CHAT, direction=Direction.OUTGOING
)


def test_a_sound_record_has_no_problem() -> None:
    assert case_problems(CASE) == []
    assert purchase_problems(Purchase(date(2026, 10, 3), Decimal("1440.00"), "PLN")) == []
    assert communication_problems(CONTACT) == []
    assert task_problems(Task("Call the bank", due=date(2026, 12, 1))) == []


@pytest.mark.parametrize(
    ("case", "words"),
    [
        (replace(CASE, currency="EURO"), "currency"),
        (replace(CASE, currency="pln"), "PLN"),
        (replace(CASE, country="POL"), "country"),
        (replace(CASE, country="pl"), "country"),
        (replace(CASE, payment=Payment("card", "visa", "5555555555554444")), "last 4"),
        (replace(CASE, payment=Payment("card", "visa", "44a4")), "last 4"),
        (replace(CASE, disputed_amount=Decimal("-1")), "never negative"),
        (replace(CASE, dates=CaseDates(transaction=date(1989, 12, 31))), "1989"),
        (replace(CASE, dates=CaseDates(statement=date(9999, 12, 31))), "9999"),
    ],
)
def test_a_case_that_cannot_be_right_is_refused(case: Case, words: str) -> None:
    problems = case_problems(case)
    assert problems and words in " ".join(problems)


@pytest.mark.parametrize(
    ("purchase", "words"),
    [
        (Purchase(date(2026, 10, 3), Decimal("-17.99"), "EUR"), "never negative"),
        (
            Purchase(date(2026, 10, 3), Decimal("-1"), "EUR", PurchaseKind.AUTHORISATION_HOLD),
            "never negative",
        ),
        (Purchase(date(2101, 1, 1), Decimal("1"), "EUR"), "2101"),
        (Purchase(date(2026, 10, 3), Decimal("1"), "E1R"), "currency"),
    ],
)
def test_a_charge_that_cannot_be_right_is_refused(purchase: Purchase, words: str) -> None:
    problems = purchase_problems(purchase)
    assert problems and words in " ".join(problems)


def test_a_promise_is_for_later_and_says_what() -> None:
    assert communication_problems(replace(CONTACT, promised_by=date(2026, 10, 19))) != []  # no action
    earlier = replace(CONTACT, promised_action="Refund", promised_by=date(2026, 10, 4))
    assert "before the contact" in " ".join(communication_problems(earlier))
    same_day = replace(CONTACT, promised_action="Refund", promised_by=date(2026, 10, 5))
    assert communication_problems(same_day) == []


def test_the_services_keep_nothing_the_checks_refuse(services: Services, tmp_path: Path) -> None:
    case_id = services.create_case(CASE)
    before = services._store.table_counts()
    with pytest.raises(InvalidInputError, match="never negative"):
        services.add_purchase(case_id, Purchase(date(2026, 10, 3), Decimal("-17.99"), "PLN"))
    with pytest.raises(InvalidInputError, match="last 4"):
        services.create_case(replace(CASE, payment=Payment("card", "visa", "5555555555554444")))
    with pytest.raises(InvalidInputError, match="1989"):
        services.update_case(
            replace(services.case_detail(case_id).case, dates=CaseDates(debit=date(1989, 1, 1)))
        )
    with pytest.raises(InvalidInputError, match="before the contact"):
        services.log_communication(
            case_id, replace(CONTACT, promised_action="Refund", promised_by=date(2026, 9, 1))
        )
    with pytest.raises(InvalidInputError, match="2200"):
        services.add_task(case_id, Task("Far away", due=date(2200, 1, 1)))
    assert services._store.table_counts() == before


def test_a_country_is_two_letters_upper_cased_and_nothing_else() -> None:
    assert parse_country("pl") == "PL" and parse_country("GB") == "GB"
    for text in ("POL", "P", "ß", "é1", " PL", "F1", ""):
        with pytest.raises(ValueError, match="not a country"):
            parse_country(text)


# ---------------------------------------------------------------------- issue 15's facts

FILED = Issuer(filed_on=date(2026, 10, 1), claim_number="CLM-1")


@pytest.mark.parametrize(
    ("issuer", "words"),
    [
        (replace(FILED, provisional_credit_on=date(2026, 9, 30)),
         "the provisional credit is dated 2026-09-30, before the dispute was filed (2026-10-01)"),
        (replace(FILED, outcome=IssuerOutcome.WON, outcome_on=date(2026, 9, 1)),
         "the outcome is dated 2026-09-01, before the dispute was filed (2026-10-01)"),
        (replace(FILED, provisional_credit=Decimal("10"), redebit_on=date(2026, 9, 2)),
         "the re-debit is dated 2026-09-02, before the dispute was filed"),
        (Issuer(outcome=IssuerOutcome.LOST), "an outcome is given but not the day the dispute was filed"),
        (replace(FILED, redebit_amount=Decimal("10")), "a re-debit takes back a provisional credit"),
        (replace(FILED, redebit_on=date(2026, 11, 1)), "a re-debit takes back a provisional credit"),
        (replace(FILED, outcome_on=date(2026, 11, 1)), "the outcome's date is given but not the outcome"),
        (replace(FILED, provisional_credit=Decimal("-1")), "provisional credit is never negative (-1 PLN"),
        (replace(FILED, provisional_credit=Decimal("10"), redebit_amount=Decimal("10.01")),
         "the re-debit (10.01 PLN) is more than the provisional credit (10 PLN)"),
        (replace(FILED, filed_on=date(1989, 1, 1)), "1989"),
        (replace(FILED, outcome="won"), "“won” is not an outcome"),  # type: ignore[arg-type]
    ],
)  # fmt: skip
def test_the_issuer_facts_that_cannot_be_right_are_refused(issuer: Issuer, words: str) -> None:
    problems = case_problems(replace(CASE, issuer=issuer))
    assert problems and words.lower() in " ".join(problems).lower(), problems


def test_sound_issuer_facts_and_customer_pass() -> None:
    issuer = Issuer(
        name="mBank", filed_on=date(2026, 10, 1), provisional_credit=Decimal("1200"),
        provisional_credit_on=date(2026, 10, 1), outcome=IssuerOutcome.PARTLY, outcome_on=date(2026, 12, 1),
        redebit_amount=Decimal("200"), redebit_on=date(2026, 12, 2),
    )  # fmt: skip
    customer = Customer(kind=CustomerKind.COMPANY, tax_id="PL7251234567")
    assert case_problems(replace(CASE, issuer=issuer, customer=customer)) == []


def test_a_customer_kind_outside_the_vocabulary_is_refused() -> None:
    odd = replace(CASE, customer=Customer(kind="consumer"))  # type: ignore[arg-type]
    assert case_problems(odd) == [
        "“consumer” is not a kind of customer (customer.kind): it is one of person, company"
    ]


@pytest.mark.parametrize(
    ("purchase", "words"),
    [
        (Purchase(date(2026, 10, 3), Decimal("1440"), "PLN", expected_amount=Decimal("240"),
                  disputed_amount=Decimal("1500")),
         "The disputed amount (1500 PLN) is more than the amount charged (1440 PLN)"),
        (Purchase(date(2026, 10, 3), Decimal("100"), "PLN", expected_amount=Decimal("120")),
         "The agreed amount (120 PLN) is more than the amount charged (100 PLN)"),
        (Purchase(date(2026, 10, 3), Decimal("100"), "PLN", expected_amount=Decimal("-1")),
         "The agreed amount is never negative (-1 PLN was read)"),
        (Purchase(date(2026, 10, 3), Decimal("100"), "PLN", expected_delivery=date(2101, 1, 1)), "2101"),
    ],
)  # fmt: skip
def test_a_charges_figures_that_cannot_all_be_true_are_refused(purchase: Purchase, words: str) -> None:
    assert words in " ".join(purchase_problems(purchase))


def test_the_three_figures_of_the_licences_pass() -> None:
    licences = Purchase(
        date(2026, 10, 3), Decimal("1440.00"), "PLN", expected_amount=Decimal("240.00"), disputed=True
    )
    assert purchase_problems(licences) == []


def test_a_contacts_level_and_answer_are_from_their_vocabularies() -> None:
    good = replace(CONTACT, level=EscalationStage.SUPERVISOR, answer=MerchantAnswer.REFUSED)
    assert communication_problems(good) == []
    odd = replace(CONTACT, level="manager", answer="maybe")  # type: ignore[arg-type]
    assert communication_problems(odd) == [
        "“manager” is not a level (who answered): it is one of " + ", ".join(EscalationStage.values()),
        "“maybe” is not an answer: it is one of " + ", ".join(MerchantAnswer.values()),
    ]


def test_the_services_keep_none_of_the_new_facts_the_checks_refuse(services: Services) -> None:
    case_id = services.create_case(CASE)
    before = services._store.table_counts()
    with pytest.raises(InvalidInputError, match="before the dispute was filed"):
        services.update_case(
            replace(
                services.case_detail(case_id).case,
                issuer=replace(FILED, provisional_credit_on=date(2026, 9, 1)),
            )
        )
    with pytest.raises(InvalidInputError, match="more than the amount charged"):
        services.add_purchase(
            case_id, Purchase(date(2026, 10, 3), Decimal("10"), "PLN", disputed_amount=Decimal("11"))
        )
    assert services._store.table_counts() == before
    assert services.case_detail(case_id).case.issuer == Issuer()


def test_a_case_s_language_is_one_of_the_four_or_the_country_s() -> None:
    from desktop_app.domain.validation import language_problems, parse_language

    for lang in ("en", "fr", "es", "pl", None):
        assert case_problems(replace(CASE, language=lang)) == []
    assert case_problems(replace(CASE, language="de")) == [
        "“de” is not a language of the pack and the letters (language): it is one of en, fr, es, pl, "
        "or nothing for the country's"
    ]
    assert language_problems("FR") != []  # the store keeps the code as Dossier writes it
    assert parse_language(" FR ") == "fr" and parse_language("pl") == "pl"
    with pytest.raises(ValueError, match=r"“deutsch” is not a language.*en, fr, es, pl"):
        parse_language("deutsch")


def test_how_a_letter_was_sent_is_said_of_a_letter_only() -> None:
    from desktop_app.domain.vocab import LetterDelivery

    letter = replace(CONTACT, channel=Channel.LETTER, delivery=LetterDelivery.REGISTERED_POST)
    assert communication_problems(letter) == []
    assert communication_problems(replace(letter, delivery=None)) == []
    for delivery in LetterDelivery:
        assert communication_problems(replace(letter, delivery=delivery)) == []
    assert communication_problems(replace(letter, channel=Channel.PHONE)) == [
        "How it was sent (delivery: registered_post) is said of a letter, and this contact's channel is "
        "phone: leave the delivery out, or make the channel letter"
    ]
    odd = replace(letter, delivery="pigeon")  # type: ignore[arg-type]
    assert communication_problems(odd) == [
        "“pigeon” is not a way of sending a letter (delivery): it is one of "
        + ", ".join(LetterDelivery.values())
    ]


def test_the_services_keep_no_language_or_delivery_the_checks_refuse(services: Services) -> None:
    from desktop_app.domain.vocab import LetterDelivery

    case_id = services.create_case(replace(CASE, language="pl", customer=Customer(city="Łódź")))
    stored = services.case_detail(case_id).case
    assert (stored.language, stored.customer.city) == ("pl", "Łódź")
    before = services._store.table_counts()
    with pytest.raises(InvalidInputError, match="“klingon” is not a language"):
        services.create_case(replace(CASE, language="klingon"))
    with pytest.raises(InvalidInputError, match="“de” is not a language"):
        services.update_case(replace(stored, language="de"))
    with pytest.raises(InvalidInputError, match="channel is e-mail: leave"):
        services.log_communication(
            case_id, replace(CONTACT, channel=Channel.EMAIL, delivery=LetterDelivery.POST)
        )
    assert services._store.table_counts() == before
    assert services.case_detail(case_id).case.language == "pl"
    letter = replace(CONTACT, channel=Channel.LETTER, delivery=LetterDelivery.PORTAL)
    contact_id, _task = services.log_communication(case_id, letter)
    kept = services.communication(contact_id)
    assert kept.delivery is LetterDelivery.PORTAL
    with pytest.raises(InvalidInputError, match="said of a letter"):
        services.update_communication(replace(kept, channel=Channel.CHAT))
    assert services.communication(contact_id).channel is Channel.LETTER
