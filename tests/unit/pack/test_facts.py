"""The customer's details, the bank after filing and a contact's answer, in the pack and the timeline:
only what the user filled in, nothing invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.models import Communication, Customer, Issuer
from desktop_app.domain.timeline import build_timeline
from desktop_app.pack.content import build_content
from desktop_app.pack.strings import PackStrings
from tests.unit.pack.test_three_figures import CASE, CHARGE, CONTACT


def content(lang: str, case=CASE, contacts: tuple[Communication, ...] = (CONTACT,)):  # type: ignore[no-untyped-def]
    return build_content(
        case, [CHARGE], list(contacts), [], [], PackStrings(lang), prepared_on=date(2026, 12, 1)
    )


def test_page_1_states_the_customer_and_the_bank_in_english() -> None:
    s = content("en").summary
    assert s.cardholder == "Nordlicht sp. z o.o. (company)"
    assert s.customer == [
        "Address: ul. Prosta 20, 00-850 Warszawa",
        "E-mail: ksiegowosc@nordlicht.example",
        "Phone: +48 22 555 01 02",
        "Tax number: PL5261040828",
        "Card used by: Jan Kowalski, dyrektor finansowy",
    ]
    assert s.payment == "Mastercard card ending 5454 (business card)"
    assert s.issuer == [
        "mBank S.A.",
        "Claim number: RK/2026/11/0042",
        "Dispute filed on 5 November 2026.",
        "Provisional credit: 1,200.00 PLN, on 9 November 2026.",
        "Outcome: decided in the cardholder's favour, on 1 December 2026.",
    ]


def test_page_1_in_polish() -> None:
    s = content("pl").summary
    assert s.cardholder == "Nordlicht sp. z o.o. (firma)"
    assert "NIP: PL5261040828" in s.customer
    assert s.issuer[1:3] == ["Numer reklamacji: RK/2026/11/0042", "Reklamację złożono 5 listopada 2026."]
    assert "Uznanie warunkowe: 1\u00a0200,00 PLN, 9 listopada 2026." in s.issuer


def test_empty_fields_are_left_out_and_nothing_is_invented() -> None:
    bare = replace(CASE, customer=Customer(), issuer=Issuer(), payment=replace(CASE.payment, business=False))
    s = content("en", bare).summary
    assert s.cardholder == "Nordlicht sp. z o.o."
    assert s.customer == [] and s.issuer == [] and s.payment_details == []
    assert s.payment == "Mastercard card ending 5454"
    only_credit_date = replace(bare, issuer=Issuer(provisional_credit_on=date(2026, 11, 9)))
    assert content("en", only_credit_date).summary.issuer == ["Provisional credit given on 9 November 2026."]
    timeline = [row.text for row in content("en", bare).timeline]
    assert not [t for t in timeline if "Dispute filed" in t or "Provisional" in t]


def test_the_pack_timeline_has_the_bank_s_dated_facts_and_the_contact_s_answer() -> None:
    c = content("en")
    rows = {(row.date, row.text) for row in c.timeline}
    assert ("2026-11-05", "Dispute filed with mBank S.A. (claim RK/2026/11/0042)") in rows
    assert ("2026-11-09", "Provisional credit from mBank S.A.: 1,200.00 PLN") in rows
    assert ("2026-12-01", "Outcome of the dispute: decided in the cardholder's favour") in rows
    contact = next(row for row in c.timeline if row.text.startswith("E-mail"))
    assert contact.text.endswith(
        "The merchant keeps the charge — Answer: refused (supervisor or higher level at the merchant)"
    )
    (log,) = c.communications
    assert log.outcome == "Answer: refused (supervisor or higher level at the merchant)"
    keys = [row.sort_key for row in c.timeline]
    assert keys == sorted(keys)


def test_the_case_timeline_has_the_bank_s_facts_the_answer_and_the_figures() -> None:
    redebited = replace(CASE, issuer=replace(CASE.issuer, redebit_on=date(2026, 12, 10)))
    entries = build_timeline(redebited, [CHARGE], [CONTACT], [], [])
    texts = {(e.when, e.kind, e.text) for e in entries}
    assert ("2026-11-05", "issuer", "Dispute filed with mBank S.A. (claim RK/2026/11/0042)") in texts
    assert ("2026-11-09", "issuer", "Provisional credit of 1,200.00 PLN from mBank S.A.") in texts
    assert ("2026-12-01", "issuer", "Outcome of the dispute with mBank S.A.: won") in texts
    assert ("2026-12-10", "issuer", "Provisional credit re-debited") in texts
    contact = next(e for e in entries if e.kind == "contact")
    assert contact.text.endswith("— Answer: Refused (Supervisor)")
    purchase = next(e for e in entries if e.kind == "purchase")
    assert purchase.text == (
        "Charge of 1,440.00 PLN: 12 licences SoftHaus Pro "
        "(disputed: charged 1,440.00 PLN, agreed 240.00 PLN, disputed 1,200.00 PLN)"
    )
    level_only = replace(CONTACT, answer=None, level=None)
    plain = next(e for e in build_timeline(CASE, [], [level_only], [], []) if e.kind == "contact")
    assert "Answer" not in plain.text and "Answered" not in plain.text


def _letter(lang: str, case=CASE):  # type: ignore[no-untyped-def]
    from desktop_app.domain.letters import Formats, write_letter
    from desktop_app.services.rules import letter_words

    strings = PackStrings(lang)
    return write_letter(
        "bank-complaint",
        lang,
        letter_words(lang),
        Formats(strings.long_date, strings.money),
        case,
        [CHARGE],
        [CONTACT],
        regulator_country=case.country,
        today=date(2026, 12, 1),
    )


def test_a_company_is_not_sent_to_the_ombudsman_for_natural_persons() -> None:
    company = _letter("pl")
    assert "Rzecznik" not in company.text
    assert "zwrócimy się do Sądu Polubownego przy Komisji Nadzoru Finansowego lub do sądu powszechnego." in (
        company.text
    )
    person = _letter("pl", replace(CASE, customer=replace(CASE.customer, kind=None)))
    assert "zwrócę się do Rzecznika Finansowego." in person.text
    spanish = _letter("es", replace(CASE, country="ES", customer=Customer()))
    assert "presentaré mi reclamación ante el Servicio de Reclamaciones del Banco de España." in spanish.text


def test_the_letter_carries_the_sender_s_details_as_filled_in() -> None:
    letter = _letter("en")
    assert letter.sender == (
        "Nordlicht sp. z o.o.",
        "Tax number: PL5261040828",
        "Cardholder: Jan Kowalski, dyrektor finansowy",
        "ul. Prosta 20, 00-850 Warszawa",
        "ksiegowosc@nordlicht.example",
        "+48 22 555 01 02",
    )
    assert letter.text.startswith("Nordlicht sp. z o.o.\nTax number: PL5261040828\n")
    assert _letter("en", replace(CASE, customer=Customer())).sender == ("Nordlicht sp. z o.o.",)


def test_each_issuer_fact_alone_says_only_itself_in_french_and_spanish() -> None:
    from decimal import Decimal

    only = {
        "address": (Issuer(address="1 rue de la Banque, Paris"), "1 rue de la Banque, Paris"),
        "outcome": (Issuer(outcome=CASE.issuer.outcome), "Issue : tranchée en faveur du titulaire."),
        "redebit": (
            Issuer(redebit_amount=Decimal("50.00"), redebit_on=date(2026, 12, 2)),
            "Redébité : 50,00 PLN, le 2 décembre 2026.",
        ),
        "redebit_amount": (Issuer(redebit_amount=Decimal("50.00")), "Redébité : 50,00 PLN."),
        "redebit_day": (Issuer(redebit_on=date(2026, 12, 2)), "Redébit le 2 décembre 2026."),
        "credit_amount": (Issuer(provisional_credit=Decimal("9.00")), "Crédit provisoire : 9,00 PLN."),
        "response": (
            Issuer(merchant_response="  Le commerçant\nconteste  "),
            "Réponse du commerçant : Le commerçant conteste",
        ),
    }
    for name, (issuer, line) in only.items():
        assert content("fr", replace(CASE, issuer=issuer)).summary.issuer == [line], name
    outcome_day_alone = replace(CASE, issuer=Issuer(outcome_on=date(2026, 12, 1)))
    assert content("es", outcome_day_alone).summary.issuer == []  # a date with no outcome says nothing
    spanish = content("es").summary.issuer
    assert "Número de reclamación: RK/2026/11/0042" in spanish
    rows = [
        row.text for row in content("es", replace(CASE, issuer=Issuer(redebit_on=date(2026, 12, 2)))).timeline
    ]
    assert "Abono provisional cargado de nuevo" in rows


def test_a_card_user_without_a_role_or_a_role_alone() -> None:
    holder = replace(CASE, customer=Customer(cardholder_name="Jan Kowalski"))
    assert content("en", holder).summary.customer == ["Card used by: Jan Kowalski"]
    role = replace(CASE, customer=Customer(cardholder_role="CFO"))
    assert content("en", role).summary.customer == ["Cardholder's role: CFO"]


def test_a_direct_debit_states_its_mandate_and_creditor() -> None:
    from desktop_app.domain.models import Payment

    sepa = replace(
        CASE,
        payment=Payment(
            method="direct_debit", mandate_reference="RUM-2024-00017", creditor_id="FR12ZZZ123456"
        ),
    )
    s = content("fr", sepa).summary
    assert s.payment == "prélèvement"
    business = replace(sepa, payment=replace(sepa.payment, business=True))
    assert content("fr", business).summary.payment == "prélèvement (compte professionnel)"
    assert s.payment_details == [
        "Référence unique du mandat (RUM) : RUM-2024-00017",
        "Identifiant créancier SEPA (ICS) : FR12ZZZ123456",
    ]


def test_a_level_alone_is_said_with_the_contact() -> None:
    level_only = replace(CONTACT, answer=None, summary=None, subject=None)
    (log,) = content("en", contacts=(level_only,)).communications
    assert log.outcome == "Answered by: supervisor or higher level at the merchant"


def test_the_timeline_has_words_for_every_outcome() -> None:
    from desktop_app.domain.timeline import OUTCOME_WORDS
    from desktop_app.domain.vocab import IssuerOutcome

    assert set(OUTCOME_WORDS) == {o.value for o in IssuerOutcome}


def test_a_charge_s_expected_delivery_is_on_both_timelines() -> None:
    late = replace(CHARGE, expected_delivery=date(2026, 10, 10))
    entries = build_timeline(CASE, [late], [], [], [])
    delivery = next(e for e in entries if e.text.startswith("Delivery expected"))
    assert (delivery.when, delivery.text, delivery.item_id) == (
        "2026-10-10",
        "Delivery expected: 12 licences SoftHaus Pro",
        31,
    )
    rows = build_content(CASE, [late], [], [], [], PackStrings("pl"), prepared_on=date(2026, 12, 1)).timeline
    assert ("2026-10-10", "Przewidywana dostawa: 12 licences SoftHaus Pro") in {
        (r.date, r.text) for r in rows
    }


def test_the_letters_to_the_bank_state_the_merchant_s_logged_answers() -> None:
    # Each contact with the merchant is told in full sentences, with its answer (issue 16).
    english = _letter("en")
    assert (
        "- On 20 October 2026, SoftHaus GmbH contacted us by e-mail, through a supervisor. "
        "What was said: The merchant keeps the charge. SoftHaus GmbH refused the request."
    ) in english.paragraphs
    polish = _letter("pl")
    assert any(
        p.startswith("- Dnia 20 października 2026") and "Sprzedawca odmówił uwzględnienia żądania." in p
        for p in polish.paragraphs
    )
    french = _letter("fr")
    assert any(
        p.startswith("- Le 20 octobre 2026") and "SoftHaus GmbH a refusé de faire droit à la demande." in p
        for p in french.paragraphs
    )


def test_no_logged_answer_leaves_the_paragraph_out() -> None:
    from desktop_app.domain.letters import Formats, write_letter
    from desktop_app.services.rules import letter_words

    strings = PackStrings("en")
    letter = write_letter(
        "issuer-dispute",
        "en",
        letter_words("en"),
        Formats(strings.long_date, strings.money),
        CASE,
        [CHARGE],
        [replace(CONTACT, answer=None)],
        today=date(2026, 12, 1),
    )
    assert not any("refused" in p for p in letter.paragraphs)
    assert any(p.startswith("- On 20 October 2026") for p in letter.paragraphs)  # the contact still told
