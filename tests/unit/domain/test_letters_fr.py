"""The French letters, as a French bank's back office reads them.

Real French cases (a card, a SEPA direct debit whose mandate was revoked, a transfer; a person and
a company with its SIREN), and cases of other countries written in French: each letter has the
right prepositions for every channel, "1er" dates, "nous" for a company, wording that needs no
grammatical gender for a person, amounts with a no-break space and the euro sign, no English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop_app.domain.letter_templates import check_templates
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
    LETTER_KINDS,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    MerchantAnswer,
    Reason,
)
from desktop_app.resources import resource_path
from desktop_app.services import Services

TODAY = date(2026, 12, 1)
NBSP = "\u00a0"
PARIS = ZoneInfo("Europe/Paris")

#: Words of the English letters that have no business in a French one (whole words).
ENGLISH = (
    "the",
    "and",
    "of",
    "by",
    "with",
    "your",
    "our",
    "my",
    "we",
    "dear",
    "sir",
    "madam",
    "yours",
    "faithfully",
    "sincerely",
    "card",
    "ending",
    "charged",
    "disputed",
    "agreed",
    "refund",
    "refunded",
    "claim",
    "dispute",
    "direct",
    "debit",
    "transfer",
    "enclosures",
    "reference",
    "order",
    "invoice",
    "customer",
    "promised",
    "refused",
    "outcome",
    "phone",
    "letter",
    "online",
    "chat",
    "supervisor",
)

MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"

#: Forms of the first person that a company's letter never uses.
FIRST_PERSON = ("je", "j", "me", "m", "moi", "mon", "ma", "mes")


def _at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=PARIS)


def _person(**changes: object) -> Customer:
    base = Customer(
        kind=CustomerKind.PERSON,
        address="8 rue de la République, 69002 Lyon",
        email="camille.martin@example.fr",
        phone="+33 6 11 22 33 44",
        city="Lyon",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _company(**changes: object) -> Customer:
    base = Customer(
        kind=CustomerKind.COMPANY,
        address="14 quai de la Fosse, 44000 Nantes",
        email="compta@atelier-loire.example.fr",
        tax_id="SIREN 812 345 678",
        city="Nantes",
        cardholder_name="Claude Bernard",
        cardholder_role="gérant",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _contacts(merchant: str) -> list[Communication]:
    """Contacts both ways, every channel, a promise with its date and a written refusal."""
    return [
        Communication(
            at=_at("2026-10-02"),
            channel=Channel.PHONE,
            direction=Direction.OUTGOING,
            representative="Sophie Laurent",
            level=EscalationStage.CUSTOMER_SERVICE,
            reference="INC-2211",
            summary="Signalement du débit de 1 440,00 € au lieu des 240,00 € convenus.",
            promised_action="rembourser 1 200,00 € sur la carte",
            promised_by=date(2026, 10, 30),
            answer=MerchantAnswer.PROMISED,
        ),
        Communication(
            at=_at("2026-10-05"),
            channel=Channel.IN_PERSON,
            direction=Direction.OUTGOING,
            summary="Passage en magasin pour rappeler l'engagement pris par téléphone.",
        ),
        Communication(
            at=_at("2026-10-12"),
            channel=Channel.WEB_FORM,
            direction=Direction.OUTGOING,
            reference="WEB-5531",
            summary="Demande écrite de remboursement déposée sur le site.",
        ),
        Communication(
            at=_at("2026-10-20"),
            channel=Channel.CHAT,
            direction=Direction.OUTGOING,
            summary="Relance sur la messagerie du site.",
            answer=MerchantAnswer.NO_ANSWER,
        ),
        Communication(
            at=_at("2026-11-02"),
            channel=Channel.EMAIL,
            direction=Direction.INCOMING,
            counterpart=merchant,
            representative="Marc Lefèvre",
            level=EscalationStage.SUPERVISOR,
            reference="INC-2211",
            summary="Le responsable refuse tout remboursement au motif que la commande a été livrée.",
            answer=MerchantAnswer.REFUSED,
        ),
        Communication(
            at=_at("2026-11-05"),
            channel=Channel.LETTER,
            direction=Direction.OUTGOING,
            reference="Lettre recommandée 1A 234 567 8901 2",
            summary="Réclamation écrite adressée au siège.",
        ),
        Communication(
            at=_at("2026-11-09"),
            channel=Channel.SOCIAL,
            direction=Direction.OUTGOING,
            summary="Message public resté sans suite.",
        ),
    ]


def _charges(currency: str = "EUR") -> list[Purchase]:
    return [
        Purchase(
            date=date(2026, 9, 14),
            amount=Decimal("1440.00"),
            currency=currency,
            description="Canapé trois places",
            order_number="CMD-77801",
            invoice_number="FA-2026-0914",
            customer_number="CL-4410",
            disputed=True,
            expected_amount=Decimal("240.00"),
        )
    ]


Builder = Callable[[Customer], tuple[Case, list[Purchase], list[Communication]]]


def card_fr(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    name = "Atelier Loire SARL" if customer.kind is CustomerKind.COMPANY else "Camille Martin"
    case = Case(
        title="Canapé facturé 1 440 €",
        merchant=Merchant(name="Maison Dulac SAS", address="3 place Bellecour, 69002 Lyon"),
        reason=Reason.INCORRECT_AMOUNT,
        currency="EUR",
        customer_name=name,
        payment=Payment(
            method="card",
            network="visa",
            last4="4417",
            card_kind="debit",
            business=customer.kind is CustomerKind.COMPANY,
        ),
        country="FR",
        customer=customer,
        issuer=Issuer(
            name="Banque du Rhône",
            address="Service Réclamations, 10 cours Lafayette, 69003 Lyon",
            claim_number="CT-2026-889",
            filed_on=date(2026, 11, 10),
        ),
        dates=CaseDates(transaction=date(2026, 9, 14), bank_complaint=date(2026, 11, 20)),
    )
    return case, _charges(), _contacts("Maison Dulac SAS")


def sepa_fr(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    name = "Atelier Loire SARL" if customer.kind is CustomerKind.COMPANY else "Camille Martin"
    case = Case(
        title="Prélèvements après résiliation",
        merchant=Merchant(name="Énergie Verte SA", address="22 avenue de France, 75013 Paris"),
        reason=Reason.CANCELLED_RECURRING,
        currency="EUR",
        customer_name=name,
        payment=Payment(
            method="direct_debit",
            mandate_reference="RUM-EV-2024-00981",
            creditor_id="FR12ZZZ123456",
        ),
        country="FR",
        customer=customer,
        issuer=Issuer(name="Crédit Mutuel de Lyon"),
        dates=CaseDates(
            mandate_revoked=date(2026, 10, 1), cancellation=date(2026, 9, 30), debit=date(2026, 11, 5)
        ),
    )
    purchases = [
        Purchase(date=date(2026, 10, 5), amount=Decimal("89.70"), currency="EUR", disputed=True),
        Purchase(
            date=date(2026, 11, 5),
            amount=Decimal("89.70"),
            currency="EUR",
            invoice_number="EV-2026-11",
            disputed=True,
        ),
    ]
    return case, purchases, _contacts("Énergie Verte SA")[:2]


def transfer_fr(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    case, purchases, contacts = card_fr(customer)
    case = replace(case, payment=Payment(method="bank_transfer"), reason=Reason.NOT_RECEIVED)
    return case, purchases, contacts


def card_es(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    case, purchases, contacts = card_fr(customer)
    case = replace(case, country="ES", language="fr", reason=Reason.UNAUTHORIZED)
    return case, purchases, contacts


def credit_gb(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    case, _purchases, contacts = card_fr(customer)
    case = replace(
        case,
        country="GB",
        language="fr",
        currency="GBP",
        reason=Reason.NOT_AS_DESCRIBED,
        payment=replace(case.payment, card_kind="credit", network="mastercard"),
        dates=replace(case.dates, final_response=date(2026, 11, 25)),
    )
    return case, _charges("GBP"), contacts


def credit_us(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    case, _purchases, contacts = card_fr(customer)
    case = replace(
        case,
        country="US",
        language="fr",
        currency="USD",
        reason=Reason.DUPLICATE,
        payment=replace(case.payment, card_kind="credit", business=False),
        dates=replace(case.dates, statement=date(2026, 9, 30)),
    )
    return case, _charges("USD"), contacts


def debit_us(customer: Customer) -> tuple[Case, list[Purchase], list[Communication]]:
    case, purchases, contacts = credit_us(customer)
    return replace(case, payment=replace(case.payment, card_kind="debit")), purchases, contacts


BUILDERS: dict[str, Builder] = {
    "card_fr": card_fr,
    "sepa_fr": sepa_fr,
    "transfer_fr": transfer_fr,
    "card_es": card_es,
    "credit_gb": credit_gb,
    "credit_us": credit_us,
    "debit_us": debit_us,
}

CUSTOMERS = {"person": _person, "company": _company}


def add_case(services: Services, builder: Builder, customer: Customer) -> int:
    case, purchases, contacts = builder(customer)
    case_id = services.create_case(case)
    for purchase in purchases:
        services.add_purchase(case_id, purchase)
    for contact in contacts:
        services.log_communication(case_id, contact)
    return case_id


def fitting(services: Services, case_id: int) -> list[str]:
    return [f.kind for f in services.letter_kinds(case_id) if f.fits]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w:]+", text.lower())


def test_the_french_file_is_complete_and_in_the_schema() -> None:
    words = json.loads(resource_path("letters", "fr.json").read_text(encoding="utf-8"))
    check_templates(words, "fr")
    channels = words["channels"]
    assert channels["in_person"] == "en personne" and channels["email"] == "par e-mail"
    assert channels["phone"] == "par téléphone" and channels["letter"] == "par courrier"
    assert channels["web_form"] == "via le formulaire en ligne"
    assert words["place_date"] == "{place}, le {date}" and words["date_line"] == "Le {date}"


@pytest.fixture
def every_kind(services: Services) -> dict[tuple[str, str], int]:
    """Each case, for a person and for a company."""
    return {
        (name, voice): add_case(services, builder, CUSTOMERS[voice]())
        for name, builder in BUILDERS.items()
        for voice in CUSTOMERS
    }


def test_every_kind_is_rendered_in_french_for_a_person_and_a_company(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    rendered: set[tuple[str, str]] = set()
    for (_name, voice), case_id in every_kind.items():
        for kind in fitting(services, case_id):
            letter = services.letter(case_id, kind, "fr", today=TODAY)
            text = letter.text
            rendered.add((kind, voice))
            where = f"{kind} ({_name}, {voice})"
            assert "{" not in text and "}" not in text, where
            assert "[à compléter]" not in text, where  # every fact these cases need is given
            assert text.count("Madame, Monsieur,") == 2, where  # the salutation and the closing
            assert "salutations distinguées." in text, where
            # The law is cited in its own language (a British case cites "section 75 of the ..."),
            # and what the user wrote of a contact is theirs: the rest is the template's French.
            own = "\n".join(
                p
                for p in letter.paragraphs
                if "dispositions suivantes\N{NO-BREAK SPACE}:" not in p and not p.startswith("- Le ")
            )
            english = [w for w in _words(own) if w in ENGLISH]
            assert not english, f"{where}: {english}"
            # No channel's preposition doubled ("par en personne", "par via ...").
            assert not re.search(r"\b(par|via|en) (par|via|en personne)\b", text), where
            assert "par en personne" not in text and "via en personne" not in text, where
            # Amounts: a no-break space between the thousands and before the symbol.
            assert not re.search(r"\d \d{3},\d\d", own), where
            assert not re.search(r"\d,\d\d [€£$]", own), where
            # French typography: a no-break space before a colon or a semicolon, never a line break.
            assert not re.search(r" [:;]", own), where
            # "de" and "que" elide before a vowel: the templates never put them before a name.
            assert not re.search(r"\b(de|que) [AEIOUYÉÈÊ]", re.sub(r"\([^)]*\)", "", own)), where
            assert not re.search(rf"\b1 ({MONTHS})\b", text), where
            if voice == "company":
                first = [
                    w for w in re.findall(r"\b\w+\b", text.replace("’", "'").lower()) if w in FIRST_PERSON
                ]
                assert not first, f"{where}: {first}"
                assert re.search(r"\bnous\b", text), where
            else:
                assert "(e)" not in text and "é·e" not in text, where
                assert not re.search(r"\bje (suis|me suis)\b", text), where
    assert {kind for kind, _voice in rendered} == set(LETTER_KINDS)
    assert {voice for _kind, voice in rendered} == {"person", "company"}


def test_a_letter_from_lyon_is_dated_the_first_with_its_ordinal(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    letter = services.letter(every_kind["card_fr", "person"], "merchant-complaint", "fr", today=TODAY)
    assert letter.place_date == "Lyon, le 1er décembre 2026"
    later = services.letter(
        every_kind["card_fr", "person"], "merchant-complaint", "fr", today=date(2026, 12, 2)
    )
    assert later.place_date == "Lyon, le 2 décembre 2026"
    assert "1 décembre" not in letter.text


def test_amounts_are_written_with_the_euro_sign_and_a_no_break_space(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    text = services.letter(every_kind["card_fr", "person"], "issuer-dispute", "fr", today=TODAY).text
    assert f"1{NBSP}440,00{NBSP}€" in text
    assert f"1{NBSP}200,00{NBSP}€" in text and f"240,00{NBSP}€" in text
    assert "EUR" not in text


def test_every_contact_is_told_both_ways_with_its_channel_promise_and_refusal(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    text = services.letter(every_kind["card_fr", "person"], "issuer-dispute", "fr", today=TODAY).text
    assert "Le 2 octobre 2026, j'ai contacté Maison Dulac SAS par téléphone" in text
    assert "Sophie Laurent (service client)" in text and f"Référence{NBSP}: INC-2211." in text
    assert f"Engagement pris, à tenir au plus tard le 30 octobre 2026{NBSP}: rembourser 1" in text
    assert "Le 5 octobre 2026, j'ai contacté Maison Dulac SAS en personne." in text
    assert "via le formulaire en ligne" in text and "par messagerie instantanée" in text
    assert "Le 2 novembre 2026, Maison Dulac SAS a pris contact avec moi par e-mail" in text
    assert "Marc Lefèvre (responsable)" in text
    assert "Maison Dulac SAS a refusé de faire droit à la demande." in text
    assert "par courrier" in text and "via les réseaux sociaux" in text
    company = services.letter(every_kind["card_fr", "company"], "issuer-dispute", "fr", today=TODAY).text
    assert "Le 2 octobre 2026, nous avons contacté Maison Dulac SAS par téléphone" in company
    assert "a pris contact avec nous par e-mail" in company


def test_a_company_writes_as_nous_and_gives_its_siren(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    letter = services.letter(every_kind["card_fr", "company"], "bank-complaint", "fr", today=TODAY)
    assert any("SIREN 812 345 678" in line for line in letter.sender)
    assert any("Claude Bernard" in line and "gérant" in line for line in letter.sender)
    assert "Nous vous adressons une réclamation" in letter.text
    assert (
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
        in letter.text
    )
    assert "carte de débit professionnelle Visa se terminant par 4417" in letter.text


def test_the_sepa_letters_name_the_mandate_and_cite_the_monetary_code(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    case_id = every_kind["sepa_fr", "person"]
    assert {"sepa-refund", "unauthorised-debit"} <= set(fitting(services, case_id))
    refund = services.letter(case_id, "sepa-refund", "fr", today=TODAY).text
    assert f"Référence unique du mandat (RUM){NBSP}: RUM-EV-2024-00981." in refund
    assert f"Identifiant créancier SEPA (ICS){NBSP}: FR12ZZZ123456." in refund
    assert "article L133-25 du Code" in refund and "L133-25-1" in refund and "huit semaines" in refund
    assert f"89,70{NBSP}€" in refund and f"179,40{NBSP}€" in refund
    unauthorised = services.letter(case_id, "unauthorised-debit", "fr", today=TODAY).text
    assert "révoqué, ou le contrat a pris fin, le 1er octobre 2026" in unauthorised
    assert "L133-18" in unauthorised and "L133-24" in unauthorised
    assert "rétrofacturation" not in refund + unauthorised  # a card's word, not a direct debit's


def test_a_spanish_or_british_case_in_french_cites_its_own_law_never_the_french_one(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    spanish = services.letter(every_kind["card_es", "person"], "issuer-dispute", "fr", today=TODAY).text
    assert "Real Decreto-ley 19/2018" in spanish and "Code monétaire" not in spanish
    for kind in fitting(services, every_kind["credit_gb", "person"]):
        british = services.letter(every_kind["credit_gb", "person"], kind, "fr", today=TODAY).text
        assert "Code monétaire" not in british, kind
    fos = services.letter(every_kind["credit_gb", "person"], "fos-referral", "fr", today=TODAY).text
    assert "six mois" in fos and "25 novembre 2026" in fos


def test_without_a_city_or_a_name_nothing_is_invented(services: Services) -> None:
    case, purchases, contacts = card_fr(_person(city=None, address=None, email=None, phone=None))
    case_id = add_case(
        services, lambda _c: (replace(case, customer_name=None), purchases, contacts), case.customer
    )
    letter = services.letter(case_id, "merchant-complaint", "fr", today=TODAY)
    assert letter.place_date == "Le 1er décembre 2026"
    assert "Lyon" not in "\n".join(letter.sender) and "[à compléter]" in letter.sender[0]


def test_a_partial_refund_is_taken_off_what_is_asked(services: Services) -> None:
    case, purchases, contacts = card_fr(_person())
    refunded = replace(case, refunded_amount=Decimal("240.00"))
    case_id = add_case(services, lambda _c: (refunded, purchases, contacts), case.customer)
    text = services.letter(case_id, "issuer-dispute", "fr", today=TODAY).text
    assert (
        f"Sur un montant contesté de 1{NBSP}200,00{NBSP}€, une somme de 240,00{NBSP}€ a déjà été remboursée"
        f"{NBSP}; il reste dû 960,00{NBSP}€."
    ) in text
    assert f"de recouvrer la somme de 960,00{NBSP}€" in text
    assert "aucun remboursement" not in text.lower()  # something was refunded: the letter does not deny it


def test_the_subject_is_printed_after_objet_and_stays_bare_on_the_letter(
    services: Services, every_kind: dict[tuple[str, str], int]
) -> None:
    letter = services.letter(every_kind["card_fr", "person"], "issuer-dispute", "fr", today=TODAY)
    subject = (
        f"Contestation d'opérations par carte pour un montant de 1{NBSP}200,00{NBSP}€ (Maison Dulac SAS)"
        f" – carte se terminant par 4417, dossier n°{NBSP}CT-2026-889"
    )
    assert letter.subject == subject
    assert f"\nObjet{NBSP}: {subject}\n" in letter.text
    claim = (
        "Cette contestation est enregistrée dans vos services sous le numéro CT-2026-889,"
        " déposée le 10 novembre 2026."
    )
    assert claim in letter.paragraphs
