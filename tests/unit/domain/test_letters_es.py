"""The Spanish letters: every kind for a person and a company, read as a Spanish bank would.

Real cases of Spain (card, SEPA direct debit, transfer; a company with its NIF; contacts both
ways with a refusal and a phone promise) and of France, the United Kingdom and the United States
written in Spanish: no English, no "a el", no "por en persona", amounts "1.440,00 €" with a
no-break space, the company's "nosotros", a person's wording that needs no gender, the law of the
case's country.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.letter_templates import check_templates
from desktop_app.domain.letters import KINDS, Letter
from desktop_app.resources import resource_path
from desktop_app.services import Services
from tests.support.cases import import_case

TODAY = date(2026, 12, 1)
NBSP = "\u00a0"
WORDS: dict[str, Any] = json.loads(resource_path("letters", "es.json").read_text(encoding="utf-8"))
LAW: dict[str, Any] = json.loads(resource_path("letters", "law.json").read_text(encoding="utf-8"))
CITES = sorted(
    {c["cite"] for country, kinds in LAW.items() if len(country) == 2 for cs in kinds.values() for c in cs},
    key=len,
    reverse=True,
)

Change = Callable[[dict[str, Any]], None]


def _unlinked(d: dict[str, Any]) -> None:
    """The sample's files, titled in Spanish as a Spanish user titles them, linked to nothing."""
    d["evidence"] = [e for e in d["evidence"] if e["kind"] != "terms"]
    for number, e in enumerate(d["evidence"], start=1):
        e.pop("purchase", None)
        e.pop("communication", None)
        e["title"] = f"Documento {number} del expediente"
    d["tasks"] = []


def es_person_card(d: dict[str, Any]) -> None:
    d["title"] = "Lavadora cobrada de más"
    d["customer"] = {
        "name": "Lucía Fernández Ortega",
        "kind": "person",
        "address": "Calle de Alcalá 123, 3.º B, 28009 Madrid",
        "email": "lucia.fernandez@example.es",
        "phone": "+34 612 345 678",
        "city": "Madrid",
    }
    d["merchant"] = {"name": "Electrodomésticos Levante", "address": "Avenida del Puerto 45, 46023 Valencia"}
    d["issuer"] = {
        "name": "Banco Ejemplo, S.A.",
        "address": "Servicio de Atención al Cliente, Paseo de la Castellana 1, 28046 Madrid",
        "claim_number": "RC-2026-0098",
        "filed_on": "2026-11-10",
    }
    d["reason"] = "incorrect_amount"
    d["country"] = "ES"
    d["currency"] = "EUR"
    d["disputed_amount"] = None
    d["refunded_amount"] = "0.00"
    d["summary"] = "Lavadora pactada por 1.091,00 euros; se cargaron 1.440,00 euros."
    d["payment"] = {
        "method": "card",
        "network": "visa",
        "last4": "4417",
        "card_kind": "debit",
        "business": False,
    }
    d["dates"] = {"transaction": "2026-10-20", "statement": "2026-10-31"}
    d["purchases"] = [
        {
            "kind": "charge",
            "date": "2026-10-20",
            "amount": "1440.00",
            "currency": "EUR",
            "description": "Lavadora de carga frontal",
            "order_number": "PED-77120",
            "invoice_number": "FV/2026/114",
            "expected_amount": "1091.00",
            "disputed": True,
        }
    ]
    d["communications"] = [
        {
            "at": "2026-10-24T12:30:00+02:00",
            "channel": "phone",
            "direction": "outgoing",
            "representative": "Javier Ruiz",
            "reference": "INC-2211",
            "summary": "El agente reconoció el error de facturación.",
            "promised_action": "devolver 349,00 €",
            "promised_by": "2026-11-30",
            "level": "customer_service",
            "answer": "promised",
        },
        {
            "at": "2026-10-21T10:00:00+02:00",
            "channel": "email",
            "direction": "outgoing",
            "reference": "INC-2211",
            "summary": "El presupuesto aceptado era de 1.091,00 euros y se cargaron 1.440,00 euros.",
            "answer": "no_answer",
        },
        {
            "at": "2026-10-28T09:00:00+01:00",
            "channel": "in_person",
            "direction": "outgoing",
            "reference": "HR-5521",
            "summary": "Se entregó una hoja de reclamaciones en la tienda.",
        },
        {
            "at": "2026-11-02T16:00:00+01:00",
            "channel": "letter",
            "direction": "incoming",
            "representative": "Marta Gil",
            "reference": "INC-2211",
            "summary": "La supervisora responde por escrito que no procede ninguna devolución.",
            "level": "supervisor",
            "answer": "refused",
        },
        {
            "at": "2026-11-05T11:00:00+01:00",
            "channel": "web_form",
            "direction": "outgoing",
            "reference": "WEB-889",
            "summary": "Se reiteró la reclamación con el presupuesto firmado.",
        },
    ]
    _unlinked(d)


def es_company_card(d: dict[str, Any]) -> None:
    es_person_card(d)
    d["customer"] = {
        "name": "Talleres Ebro, S.L.",
        "kind": "company",
        "address": "Calle del Coso 10, 50003 Zaragoza",
        "tax_id": "B50123456",
        "city": "Zaragoza",
        "cardholder_name": "Pilar Sanz",
        "cardholder_role": "administradora",
    }
    d["payment"] = {
        "method": "card",
        "network": "mastercard",
        "last4": "5100",
        "card_kind": "credit",
        "business": True,
    }


def es_company_sepa(d: dict[str, Any]) -> None:
    es_company_card(d)
    for key in ("cardholder_name", "cardholder_role"):
        d["customer"].pop(key)
    d["reason"] = "cancelled_recurring"
    d["merchant"] = {"name": "Software Gestión Norte", "address": "Calle Gran Vía 2, 48001 Bilbao"}
    d["payment"] = {
        "method": "direct_debit",
        "mandate_reference": "MND-2024-000871",
        "creditor_id": "ES12000B48123456",
    }
    d["dates"] = {"debit": "2026-11-05", "mandate_revoked": "2026-09-30", "cancellation": "2026-09-30"}
    d["purchases"] = [
        {
            "kind": "charge",
            "date": "2026-10-05",
            "amount": "1440.00",
            "currency": "EUR",
            "invoice_number": "SGN-3301",
            "disputed": True,
        },
        {
            "kind": "charge",
            "date": "2026-11-05",
            "amount": "89.70",
            "currency": "EUR",
            "invoice_number": "SGN-3550",
            "disputed": True,
        },
    ]


def es_person_transfer(d: dict[str, Any]) -> None:
    es_person_card(d)
    d["reason"] = "not_received"
    d["payment"] = {"method": "bank_transfer"}


def es_person_sepa(d: dict[str, Any]) -> None:
    """An electricity bill taken twice its agreed amount by direct debit, part of it refunded."""
    es_person_card(d)
    d["payment"] = {"method": "direct_debit", "mandate_reference": "RUM-000123"}
    d["payment"]["creditor_id"] = "ES98000A28000000"
    d["dates"] = {"debit": "2026-11-03"}
    d["refunded_amount"] = "20.00"
    d["purchases"] = [
        {
            "kind": "charge",
            "date": "2026-11-03",
            "amount": "129.40",
            "currency": "EUR",
            "description": "Recibo de electricidad de octubre",
            "invoice_number": "LUZ-2026-10",
            "expected_amount": "64.70",
            "disputed": True,
        }
    ]


def fr_person_card(d: dict[str, Any]) -> None:
    es_person_card(d)
    d["country"] = "FR"
    d["customer"]["city"] = "Lyon"
    d["customer"]["address"] = "12 rue Oberkampf, 69003 Lyon"


def gb_person_credit(d: dict[str, Any]) -> None:
    es_person_card(d)
    d["country"] = "GB"
    d["currency"] = "GBP"
    d["reason"] = "not_received"
    d["customer"]["city"] = "Leeds"
    d["issuer"] = {"name": "Banco Ejemplo Reino Unido", "claim_number": "S75-4471", "filed_on": "2026-09-15"}
    d["payment"] = {
        "method": "card",
        "network": "mastercard",
        "last4": "9911",
        "card_kind": "credit",
        "business": False,
    }
    d["dates"] = {"transaction": "2026-08-01", "final_response": "2026-11-01", "bank_complaint": "2026-09-20"}
    d["purchases"] = [
        {
            "kind": "charge",
            "date": "2026-08-01",
            "amount": "1450.00",
            "currency": "GBP",
            "description": "Sofá rinconera",
            "disputed": True,
        }
    ]


def us_person(card_kind: str) -> Change:
    def change(d: dict[str, Any]) -> None:
        es_person_card(d)
        d["country"] = "US"
        d["currency"] = "USD"
        d["reason"] = "duplicate"
        d["customer"]["city"] = "Miami"
        d["issuer"] = {"name": "Banco Ejemplo de Florida"}
        d["payment"] = {
            "method": "card",
            "network": "visa",
            "last4": "1881",
            "card_kind": card_kind,
            "business": False,
        }
        d["dates"] = {"transaction": "2026-11-01", "statement": "2026-11-15"}
        d["purchases"] = [
            {
                "kind": "charge",
                "date": "2026-11-01",
                "amount": "450.00",
                "currency": "USD",
                "description": "Auriculares",
                "disputed": False,
            },
            {
                "kind": "charge",
                "date": "2026-11-01",
                "amount": "450.00",
                "currency": "USD",
                "description": "Auriculares (segundo cargo)",
                "disputed": True,
            },
        ]

    return change


CASES: dict[str, Change] = {
    "es-person-card": es_person_card,
    "es-company-card": es_company_card,
    "es-company-sepa": es_company_sepa,
    "es-person-transfer": es_person_transfer,
    "es-person-sepa": es_person_sepa,
    "fr-person-card": fr_person_card,
    "gb-person-credit": gb_person_credit,
    "us-person-credit": us_person("credit"),
    "us-person-debit": us_person("debit"),
}

#: Words of the English source that must not be left in a Spanish letter.
ENGLISH = re.compile(
    r"\b(the|and|of|by|to|your|our|my|card|refund|dispute[sd]?|charged?|ending|dear|yours|faithfully|sincerely"
    r"|enclosed|enclosures|claim|mandate|debit|statement|signature|customer|supervisor|for)\b",
    re.IGNORECASE,
)
GENDERED = re.compile(
    r"\b(he sido|he quedado|me he visto|estoy|quedo"
    r"|obligad[oa]s?|interesad[oa]s?|perjudicad[oa]s?|cansad[oa]s?|dispuest[oa]s?)\b"
    r"|\(o/a\)|\(a\)|o/a\b",
    re.IGNORECASE,
)
FIRST_SINGULAR = re.compile(
    r"\b(mi|mis|me|conmigo|solicito|declaro|presento|cancelé|pagué|comunico)\b", re.IGNORECASE
)
FIRST_PLURAL = re.compile(
    r"\b(nos|nuestra|nuestro|nuestras|nuestros|hemos|solicitamos|declaramos)\b", re.IGNORECASE
)


def _letters(services: Services, tmp_path: Path, name: str) -> dict[str, Letter]:
    case_id = import_case(services, tmp_path / name, CASES[name])
    fitting = [f.kind for f in services.letter_kinds(case_id) if f.fits]
    return {kind: services.letter(case_id, kind, "es", today=TODAY) for kind in fitting}


def _without_cites(text: str) -> str:
    for cite in CITES:
        text = text.replace(cite, "")
    return text


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Letter]]:
    from tests.support.environment import isolated_for

    with isolated_for(tmp_path_factory) as home, Services.open(home / "store", interface="test") as services:
        return {name: _letters(services, home, name) for name in CASES}


@pytest.mark.parametrize("name", list(CASES))
def test_every_letter_reads_as_spanish(rendered: dict[str, dict[str, Letter]], name: str) -> None:
    letters = rendered[name]
    assert {"merchant-complaint", "invoice-request", "bank-complaint"} <= set(letters)
    company = "company" in name
    for kind, letter in letters.items():
        text = letter.text
        where = f"{name} {kind}"
        assert "{" not in text and "}" not in text, where
        assert not re.search(r"\b[ad] el\b", text, re.IGNORECASE), where  # "al", "del"
        assert not re.search(r"\b(por en|por mediante|por por|por a través|en en|por medio de el)\b", text), (
            where
        )
        own = _without_cites(text)
        assert not ENGLISH.search(own), (where, ENGLISH.findall(own))
        assert "EUR" not in text and "GBP" not in text and "USD" not in text, where  # symbols in prose
        written = [line for line in text.split("\n") if not line.startswith("- El ")]  # not the user's words
        assert not re.search(r"\d [€£$]", "\n".join(written)), where  # the space before it is a no-break one
        assert letter.paragraphs[0] == ("Muy señores nuestros:" if company else "Muy señores míos:"), where
        assert letter.paragraphs[-1] == "Atentamente,", where
        assert re.search(r"\b1 de diciembre de 2026$", letter.place_date), where
        body = "\n".join(letter.paragraphs)
        if company:
            assert not FIRST_SINGULAR.search(body), (where, FIRST_SINGULAR.findall(body))
        else:
            assert not FIRST_PLURAL.search(body), (where, FIRST_PLURAL.findall(body))
            assert not GENDERED.search(body), (where, GENDERED.findall(body))


def test_amounts_place_and_date_are_spanish(rendered: dict[str, dict[str, Letter]]) -> None:
    letter = rendered["es-person-card"]["issuer-dispute"]
    assert letter.place_date == "Madrid, a 1 de diciembre de 2026"
    assert (
        f"- 20 de octubre de 2026: importe cargado 1.440,00{NBSP}€, importe acordado 1.091,00{NBSP}€, "
        f"importe reclamado 349,00{NBSP}€ (Lavadora de carga frontal; pedido PED-77120; factura FV/2026/114)"
    ) in letter.text
    assert f"que recuperen 349,00{NBSP}€ y que me lo abonen en cuenta" in letter.text
    assert "tarjeta de débito Visa terminada en 4417" in letter.text
    assert letter.subject.startswith(
        f"Solicitud de retrocesión (contracargo): 349,00{NBSP}€, Electrodomésticos Levante"
    )
    assert letter.subject.endswith(" – tarjeta terminada en 4417, reclamación n.º RC-2026-0098")
    assert (
        "registrada en su entidad con el número RC-2026-0098, presentada el 10 de noviembre de 2026."
        in letter.text
    )
    sepa = rendered["es-company-sepa"]["sepa-refund"]
    assert (
        f"- 5 de octubre de 2026: 1.440,00{NBSP}€ (factura SGN-3301)\n- 5 de noviembre de 2026: 89,70{NBSP}€"
        in sepa.text
    )
    assert f"Les rogamos que abonen 1.529,70{NBSP}€ en nuestra cuenta" in sepa.text
    assert "referencia de la orden de domiciliación MND-2024-000871" in sepa.subject
    assert "Identificador del acreedor: ES12000B48123456." in sepa.paragraphs
    refund = rendered["es-person-sepa"]["sepa-refund"]
    assert (
        f"Del importe reclamado, 64,70{NBSP}€, ya se ha obtenido un reembolso de 20,00{NBSP}€;"
        f" el importe pendiente es de 44,70{NBSP}€."
    ) in refund.paragraphs
    assert f"Les ruego que abonen 44,70{NBSP}€ en mi cuenta dentro del plazo de diez días" in refund.text
    uk = rendered["gb-person-credit"]["section-75"]
    assert f"1.450,00{NBSP}£" in uk.text and "100 libras esterlinas" in uk.text
    assert f"450,00{NBSP}$" in rendered["us-person-credit"]["fcba"].text


def test_every_contact_both_ways_with_the_right_preposition(rendered: dict[str, dict[str, Letter]]) -> None:
    letter = rendered["es-person-card"]["issuer-dispute"]
    contacts = next(p for p in letter.paragraphs if p.startswith("- El "))
    lines = contacts.split("\n")
    assert [line.split(" me puse")[0].split(",")[0] for line in lines] == [
        "- El 21 de octubre de 2026",
        "- El 24 de octubre de 2026",
        "- El 28 de octubre de 2026",
        "- El 2 de noviembre de 2026",
        "- El 5 de noviembre de 2026",
    ]  # in date order, whatever order they were logged in
    assert lines[0].startswith(
        "- El 21 de octubre de 2026 me puse en contacto con Electrodomésticos Levante por correo electrónico."
    )
    assert "El comercio no dio respuesta a la solicitud." in lines[0]
    assert lines[1].startswith(
        "- El 24 de octubre de 2026 me puse en contacto con Electrodomésticos Levante por teléfono "
        "y me atendió Javier Ruiz (servicio de atención al cliente). Referencia: INC-2211."
    )
    # The promise in the user's own words, after the letter's (its amount kept on one line).
    assert (
        "El comercio se comprometió a lo siguiente antes del 30 de noviembre de 2026: "
        f"devolver 349,00{NBSP}€." in lines[1]
    )
    assert "con Electrodomésticos Levante en persona. Referencia: HR-5521." in lines[2]
    assert lines[3].startswith(
        "- El 2 de noviembre de 2026, Electrodomésticos Levante se puso en contacto conmigo por carta, "
        "por medio de Marta Gil (responsable)."
    )
    assert lines[3].endswith("no procede ninguna devolución. El comercio rechazó la solicitud.")
    assert "mediante el formulario web. Referencia: WEB-889." in lines[4]
    company = rendered["es-company-card"]["issuer-dispute"].text
    assert (
        "nos pusimos en contacto con Electrodomésticos Levante por teléfono y nos atendió Javier Ruiz"
        in company
    )
    assert "se puso en contacto con nosotros por carta" in company


def test_a_company_writes_as_we_with_its_nif(rendered: dict[str, dict[str, Letter]]) -> None:
    letter = rendered["es-company-card"]["issuer-dispute"]
    assert letter.sender[:3] == (
        "Talleres Ebro, S.L.",
        "NIF: B50123456",
        "Titular de la tarjeta: Pilar Sanz, administradora",
    )
    assert "cargadas en nuestra tarjeta de crédito de empresa Mastercard terminada en 5100" in letter.text
    assert (
        # Nothing about the card's whereabouts, which the user never said (a stolen card is not held).
        "Declaramos que no hemos obtenido el reembolso por ninguna otra vía." in letter.paragraphs
    )
    assert "En nombre de Talleres Ebro, S.L." in letter.signature
    unauthorised = rendered["es-company-sepa"]["unauthorised-debit"].text
    assert (
        "Les comunicamos que los siguientes adeudos domiciliados, cargados en nuestra cuenta" in unauthorised
    )
    assert (
        "La orden de domiciliación se revocó, o el contrato finalizó, el 30 de septiembre de 2026"
        in unauthorised
    )


def test_the_law_of_the_case_s_country(rendered: dict[str, dict[str, Letter]]) -> None:
    spain = rendered["es-person-card"]
    assert "normativa: artículo 69 del Real Decreto-ley 19/2018" in spain["bank-complaint"].text
    assert (
        "presentaré mi reclamación ante el Servicio de Reclamaciones del Banco de España."
        in spain["bank-complaint"].text
    )
    assert (
        "artículo 21.3 del texto refundido de la Ley General para la Defensa de los Consumidores"
        in spain["merchant-complaint"].text
    )
    # A consumer law is not cited for a company; a card dispute that is no fraud cites nothing.
    assert "Consumidores" not in rendered["es-company-card"]["merchant-complaint"].text
    assert "normativa" not in spain["issuer-dispute"].text
    assert "artículos 48 y 49 del Real Decreto-ley 19/2018" in rendered["es-company-sepa"]["sepa-refund"].text
    assert (
        "artículos 43 y 45 del Real Decreto-ley 19/2018"
        in rendered["es-company-sepa"]["unauthorised-debit"].text
    )
    for name in ("fr-person-card", "gb-person-credit", "us-person-credit", "us-person-debit"):
        for letter in rendered[name].values():
            assert "Real Decreto" not in letter.text and "Banco de España" not in letter.text, name
    assert "Code monétaire et financier" in rendered["fr-person-card"]["bank-complaint"].text
    assert "ante el mediador bancario de la entidad" in rendered["fr-person-card"]["bank-complaint"].text
    # The Banco de España's complaints service takes companies too (Orden ECC/2502/2012, art. 2).
    company = rendered["es-company-card"]["bank-complaint"].text
    assert (
        "presentaremos nuestra reclamación ante el Servicio de Reclamaciones del Banco de España." in company
    )


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def test_the_file_is_complete_and_each_voice_has_its_words() -> None:
    check_templates(WORDS, "es")
    assert set(WORDS["letters"]) == set(KINDS)
    for kind, template in WORDS["letters"].items():
        for paragraph in template["body"]:
            text = paragraph["text"] if isinstance(paragraph, dict) and "text" in paragraph else paragraph
            if isinstance(text, str):  # one text for both voices: it must belong to neither
                assert not FIRST_SINGULAR.search(text) and not FIRST_PLURAL.search(text), (kind, text)
            else:
                assert not FIRST_PLURAL.search(text["person"]), (kind, text["person"])
                assert not FIRST_SINGULAR.search(text["company"]), (kind, text["company"])
    every = _texts(WORDS)
    for text in every:
        assert not re.search(r"\b[ad] el\b", text), text
        assert not re.search(r"\b(por|en|mediante|a través de|de|con) \{channel\}", text), (
            text
        )  # a channel is a whole phrase
        assert not re.search(r"\b(a|de) \{(law|regulator)\}", text), (
            text
        )  # "a el", or a citation with no article
    for level in WORDS["levels_alone"].values():
        assert not level.startswith("el "), level  # "por medio de {who}", "me atendió {who}"
    for channel in WORDS["channels"].values():
        assert re.match(r"(por|en|mediante|a través de) ", channel), channel
    assert WORDS["channels"]["in_person"] == "en persona"


def test_a_case_s_chosen_language_gives_its_letters_in_spanish(services: Services, tmp_path: Path) -> None:
    def british_in_spanish(d: dict[str, Any]) -> None:
        gb_person_credit(d)
        d["language"] = "es"

    case_id = import_case(services, tmp_path / "gb-es", british_in_spanish)
    letter = services.letter(case_id, "section-75", today=TODAY)  # no language asked: the case's
    assert letter.lang == "es"
    assert letter.paragraphs[0] == "Muy señores míos:"
    assert letter.place_date == "Leeds, a 1 de diciembre de 2026"
    assert "section 75 of the Consumer Credit Act 1974" in letter.text  # the law in its own words
    assert "como entidad emisora de la tarjeta" in letter.text
