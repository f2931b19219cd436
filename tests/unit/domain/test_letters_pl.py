"""The Polish letters (resources/letters/pl.json) as a Polish bank's complaints department reads them.

Every kind that fits is written for a Polish consumer and a Polish company (sp. z o.o. with its
NIP), paid by card, by direct debit and by transfer, and for French, British and American cases
written in Polish. A person's letter needs no grammatical gender ("zwracam się", "podjęto
próbę", never "próbowałam/próbowałem"); a company writes "my" everywhere ("próbowaliśmy",
"naszej karty służbowej", "nie zwrócił nam"); dates are "1 grudnia 2026 r."; amounts
"1 440,00 zł" with a no-break space; no English word, no leftover field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.letter_kinds import letter_fits
from desktop_app.domain.letter_templates import check_templates
from desktop_app.domain.letters import Letter
from desktop_app.resources import resource_path
from desktop_app.services import Services
from tests.support.cases import import_case

TODAY = date(2026, 12, 1)
NBSP = "\u00a0"
WORDS: dict[str, Any] = json.loads(resource_path("letters", "pl.json").read_text(encoding="utf-8"))
LAW: dict[str, Any] = json.loads(resource_path("letters", "law.json").read_text(encoding="utf-8"))

#: A past tense that tells the writer's gender: "próbowałam", "złożyłem", "zrezygnowałam/zrezygnowałem".
GENDERED = re.compile(r"\w+ł(?:am|em|abym|bym|aś|eś)\b", re.IGNORECASE)
#: The first person singular, which a company never writes.
SINGULAR = frozenset(
    [
        "mi",
        "mnie",
        "mój",
        "moja",
        "moje",
        "mojej",
        "moim",
        "mojego",
        "moją",
        "składam",
        "wnoszę",
        "proszę",
        "zgłaszam",
        "kieruję",
        "załączam",
        "przedstawiam",
        "oświadczam",
        "złożę",
        "zwrócę",
        "rozważę",
    ]
)
#: The first person plural, which a person never writes.
PLURAL = frozenset(
    [
        "nam",
        "nas",
        "nasz",
        "nasza",
        "nasze",
        "naszej",
        "naszym",
        "naszego",
        "naszą",
        "składamy",
        "wnosimy",
        "prosimy",
        "zgłaszamy",
        "kierujemy",
        "załączamy",
        "przedstawiamy",
        "oświadczamy",
        "złożymy",
        "zwrócimy",
        "rozważymy",
    ]
)
#: English words of en.json that must never be left in a Polish letter.
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "dear",
        "sir",
        "madam",
        "yours",
        "faithfully",
        "sincerely",
        "card",
        "ending",
        "charged",
        "agreed",
        "disputed",
        "refund",
        "refunded",
        "chargeback",
        "signature",
        "enclosures",
        "reference",
        "outcome",
        "promised",
        "supervisor",
        "customer",
        "service",
        "head",
        "office",
        "mandate",
        "direct",
        "debit",
        "transfer",
        "payment",
        "claim",
        "complaint",
        "invoice",
        "order",
        "filed",
        "cardholder",
        "tax",
        "number",
        "completed",
        "phone",
        "chat",
        "letter",
    ]
)
#: A field that ends in a full stop of its own ("1 grudnia 2026 r.", "Meble sp. z o.o.") must not
#: stand right before the sentence's full stop: "2026 r.." / "sp. z o.o..".
FIELD_BEFORE_STOP = re.compile(
    r"\{(date|by|today|deadline|cancellation_date|mandate_revoked|statement_date|final_response|"
    r"bank_complaint|merchant|issuer|customer|company)\}\."
)


def _texts(node: Any, voice: str | None = None) -> Iterator[tuple[str | None, str]]:
    """Every text of the language file, with its voice when it has one."""
    if isinstance(node, str):
        yield voice, node
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item, voice)
    elif isinstance(node, dict):
        if set(node) == {"person", "company"}:
            yield from _texts(node["person"], "person")
            yield from _texts(node["company"], "company")
            return
        for key, value in node.items():
            if key not in ("if", "unless", "format", "language"):
                yield from _texts(value, voice)


#: Institutions named in their own language, as a reader must find them.
PROPER_NAMES = ("Financial Ombudsman Service", "Banco de España", "médiateur bancaire", "American Express")


def _words(text: str) -> set[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


def _cites() -> list[str]:
    return [
        c["cite"] for country, kinds in LAW.items() if len(country) == 2 for cs in kinds.values() for c in cs
    ]


def _without_cites(text: str) -> str:
    for cite in sorted(_cites(), key=len, reverse=True):
        text = text.replace(cite, "")
    return text


# --- the file itself -------------------------------------------------------------------------------


def test_the_polish_file_has_every_kind_and_field_right() -> None:
    check_templates(WORDS, "pl")
    assert WORDS["format"] == "dossier-letters/2"


@pytest.mark.parametrize(
    ("voice", "text"), [pytest.param(v, t, id=f"text-{i}") for i, (v, t) in enumerate(_texts(WORDS))]
)
def test_no_text_tells_the_writers_gender_or_speaks_english(voice: str | None, text: str) -> None:
    assert not GENDERED.search(text), text
    words = _words(re.sub(r"\{\w+\}", " ", text))
    assert not words & ENGLISH, (words & ENGLISH, text)
    if voice == "company":
        assert not words & SINGULAR, (words & SINGULAR, text)
    if voice == "person":
        assert not words & PLURAL, (words & PLURAL, text)
    assert not FIELD_BEFORE_STOP.search(text), text


def test_channels_are_whole_polish_phrases() -> None:
    assert WORDS["channels"] == {
        "email": "e-mailem",
        "phone": "telefonicznie",
        "chat": "przez czat",
        "letter": "listownie",
        "web_form": "przez formularz na stronie internetowej",
        "in_person": "osobiście",
        "social": "za pośrednictwem mediów społecznościowych",
    }


def test_every_letter_opens_and_closes_as_a_polish_letter() -> None:
    for kind, template in WORDS["letters"].items():
        body = template["body"]
        assert body[0] == "Szanowni Państwo,", kind
        assert body[-1] == "Z poważaniem", kind  # no comma after the closing in Polish
        first = body[1] if isinstance(body[1], dict) and "person" in body[1] else body[1]["text"]
        for form in first.values():
            assert form[0].islower(), (kind, form)  # after "Szanowni Państwo," the text goes on in lower case


# --- letters written for real cases ---------------------------------------------------------------


def _case(
    *,
    company: bool = False,
    method: str = "card",
    country: str = "PL",
    currency: str = "PLN",
    city: str | None = "Łódź",
    card_kind: str = "credit",
) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        if company:
            document["customer"] = {
                "name": "Drukarnia Wisła sp. z o.o.",
                "kind": "company",
                "address": "ul. Prosta 20\n00-850 Warszawa",
                "city": city,
                "email": "biuro@drukarnia.example.pl",
                "tax_id": "525-000-12-34",
                "cardholder_name": "Jan Zieliński",
                "cardholder_role": "prezes zarządu",
            }
        else:
            document["customer"] = {
                "name": "Agnieszka Wójcik",
                "kind": "person",
                "address": "ul. Długa 5 m. 3\n90-123 Łódź",
                "city": city,
                "email": "a.wojcik@example.pl",
                "phone": "+48 600 100 200",
            }
        document["merchant"] = {
            "name": "Meble Komfort sp. z o.o.",
            "address": "ul. Piotrkowska 100\n90-001 Łódź",
        }
        document["country"] = country
        document["currency"] = currency
        document["reason"] = "incorrect_amount"
        document["disputed_amount"] = None
        document["refunded_amount"] = None
        if method == "card":
            document["payment"] = {
                "method": "card",
                "network": "visa",
                "last4": "4417",
                "card_kind": card_kind,
                "business": company,
            }
        elif method == "direct_debit":
            document["payment"] = {
                "method": "direct_debit",
                "mandate_reference": "MND-2026-0042",
                "creditor_id": "PL98ZZZ0000000001",
            }
        else:
            document["payment"] = {"method": method}
        document["dates"] = {
            "statement": "2026-10-31",
            "mandate_revoked": "2026-09-01" if method == "direct_debit" else None,
            "bank_complaint": "2026-11-12",
            "final_response": "2026-11-20",
        }
        document["issuer"] = {
            "name": "Bank Przykładowy S.A.",
            "address": "ul. Marszałkowska 1\n00-001 Warszawa",
            "claim_number": "RK/2026/555",
            "filed_on": "2026-11-12",
        }
        document["purchases"] = [
            {
                "kind": "charge",
                "date": "2026-10-03",
                "amount": "1440.00",
                "currency": currency,
                "description": "Sofa narożna Milano",
                "order_number": "ZAM-5521",
                "invoice_number": "FV/2026/114",
                "customer_number": "K-0042",
                "expected_amount": "240.00",
                "disputed": True,
            }
        ]
        document["communications"] = [
            {
                "at": "2026-10-20T10:00:00+02:00",
                "channel": "phone",
                "direction": "outgoing",
                "representative": "Anna Kowalska",
                "reference": "INC-2211",
                "summary": "Zgłoszono pobranie kwoty wyższej niż uzgodniona; konsultantka potwierdziła błąd.",
                "promised_action": "zwrot 1200,00 zł na kartę",
                "promised_by": "2026-11-30",
                "level": "customer_service",
                "answer": "promised",
            },
            {
                "at": "2026-11-02T09:12:00+01:00",
                "channel": "email",
                "direction": "incoming",
                "representative": "Piotr Nowak",
                "reference": "REK/2026/77",
                "summary": "Przełożony odmówił zwrotu, powołując się na regulamin sklepu.",
                "level": "supervisor",
                "answer": "refused",
            },
            {
                "at": "2026-11-05T11:20:00+01:00",
                "channel": "letter",
                "direction": "outgoing",
                "reference": "RR 00123456789",
                "summary": "Reklamacja pisemna do siedziby spółki.",
                "level": "formal_complaint",
                "answer": "no_answer",
            },
            {
                "at": "2026-11-09T08:00:00+01:00",
                "channel": "chat",
                "direction": "outgoing",
                "summary": "Ponowne zgłoszenie; brak zwrotu.",
            },
        ]
        document["evidence"] = []
        document["tasks"] = []

    return change


CASES: dict[str, dict[str, Any]] = {
    "PL person card": {},
    "PL company card": {"company": True, "city": "Warszawa", "card_kind": "debit"},
    "PL person direct debit": {"method": "direct_debit"},
    "PL company direct debit": {"company": True, "method": "direct_debit", "city": "Warszawa"},
    "PL person transfer": {"method": "bank_transfer"},
    "PL company transfer, no city": {"company": True, "method": "bank_transfer", "city": None},
    "FR person card": {"country": "FR", "currency": "EUR", "city": "Lyon"},
    "GB person credit card": {"country": "GB", "currency": "GBP", "city": "Manchester"},
    "GB company credit card": {"company": True, "country": "GB", "currency": "GBP", "city": "Leeds"},
    "US person credit card": {"country": "US", "currency": "USD", "city": "Chicago"},
    "US person debit card": {"country": "US", "currency": "USD", "city": "Chicago", "card_kind": "debit"},
}


@pytest.fixture
def letters(services: Services, tmp_path: Path) -> Callable[[str], dict[str, Letter]]:
    """The Polish letters of every kind that fits one of CASES, by kind."""

    def write(name: str) -> dict[str, Letter]:
        case_id = import_case(services, tmp_path / re.sub(r"\W+", "-", name), _case(**CASES[name]))
        case = services.case_detail(case_id).case
        kinds = [f.kind for f in letter_fits(case) if f.fits]
        return {kind: services.letter(case_id, kind, lang="pl", today=TODAY) for kind in kinds}

    return write


@pytest.mark.parametrize("name", list(CASES))
def test_every_fitting_letter_reads_as_polish_in_the_writers_voice(
    letters: Callable[[str], dict[str, Letter]], name: str
) -> None:
    company = CASES[name].get("company", False)
    written = letters(name)
    assert {"merchant-complaint", "invoice-request", "bank-complaint"} <= set(written)
    for kind, letter in written.items():
        text = letter.text
        where = f"{name}, {kind}"
        assert letter.lang == "pl"
        assert not GENDERED.search(text), (where, GENDERED.findall(text))
        assert "{" not in text and "}" not in text, where
        assert not re.search(r"(?<!\.)\.\.(?!\.)", text), where  # "2026 r..", "sp. z o.o.."
        assert "[do uzupełnienia]" not in text, where  # every fact the letter needs is in the case
        assert letter.paragraphs[0] == "Szanowni Państwo,", where
        assert letter.paragraphs[-1] == "Z poważaniem", where
        prose = _without_cites("\n".join(letter.paragraphs))  # a foreign law is cited in its own words
        words = _words(prose.replace("Meble Komfort", "").replace("Bank Przykładowy", ""))
        assert not words & ENGLISH, (where, words & ENGLISH)
        if company:
            assert not words & SINGULAR, (where, words & SINGULAR)
            assert words & PLURAL or re.search(r"\w+śmy\b", prose), where
        else:
            assert not words & PLURAL, (where, words & PLURAL)


def _plain(text: str) -> str:
    """``text`` with its no-break spaces as spaces, to look for a phrase ("2026 r." is kept together)."""
    return text.replace(NBSP, " ")


def test_the_date_line_is_the_citys_and_the_polish_long_date(
    letters: Callable[[str], dict[str, Letter]],
) -> None:
    date_line = letters("PL person card")["bank-complaint"].place_date
    assert re.fullmatch(rf"Łódź, 1 grudnia 2026[ {NBSP}]r\.", date_line)
    assert (
        _plain(letters("PL company card")["merchant-complaint"].place_date) == "Warszawa, 1 grudnia 2026 r."
    )
    assert _plain(letters("PL company transfer, no city")["bank-complaint"].place_date) == "1 grudnia 2026 r."


def test_amounts_are_in_zloty_with_a_no_break_space(letters: Callable[[str], dict[str, Letter]]) -> None:
    text = letters("PL person card")["issuer-dispute"].text
    assert re.search(rf"1{NBSP}440,00[ {NBSP}]zł", text)  # charged
    assert re.search(rf"1{NBSP}200,00[ {NBSP}]zł", text)  # disputed, and asked
    assert re.search(rf"240,00[ {NBSP}]zł", text)  # agreed
    assert "1 440" not in text and "PLN" not in "\n".join(
        letters("PL person card")["issuer-dispute"].paragraphs
    )


def test_a_persons_card_dispute_states_the_facts_and_the_contacts_both_ways(
    letters: Callable[[str], dict[str, Letter]],
) -> None:
    letter = letters("PL person card")["issuer-dispute"]
    text = _plain(letter.text)
    assert "karta zakończona cyframi 4417" in letter.subject and "RK/2026/555" in letter.subject
    assert "pod numerem RK/2026/555 (zgłoszenie z dnia 12 listopada 2026 r.)." in text
    assert "Forma płatności: karta kredytowa Visa zakończona cyframi 4417." in text
    assert "mojej karty" in text and "nie zwrócił mi kwoty 1 200,00 zł." in text
    assert "podjęto próbę polubownego rozwiązania sprawy" in text
    # every contact, in date order, with its channel, who, reference, what was said, promised, refused
    lines = [line for p in letter.paragraphs for line in _plain(p).splitlines() if line.startswith("- Dnia")]
    assert [line.split(" r.")[0] for line in lines] == [
        "- Dnia 20 października 2026",
        "- Dnia 2 listopada 2026",
        "- Dnia 5 listopada 2026",
        "- Dnia 9 listopada 2026",
    ]
    phone, mail, post, chat = lines
    assert "skontaktowano się ze sprzedawcą Meble Komfort sp. z o.o. telefonicznie" in phone
    assert "Anna Kowalska, dział obsługi klienta" in phone and "INC-2211" in phone
    assert (
        "Zobowiązanie sprzedawcy (termin wykonania: 30 listopada 2026 r.): zwrot 1200,00 zł na kartę."
        in phone
    )
    assert "sprzedawca Meble Komfort sp. z o.o. skontaktował się ze mną e-mailem" in mail
    assert "Piotr Nowak, kierownik" in mail and "Sprzedawca odmówił uwzględnienia żądania." in mail
    assert "listownie" in post and "Sprzedawca nie odniósł się merytorycznie do żądania." in post
    assert "przez czat" in chat


def test_a_company_writes_we_with_its_business_card_nip_and_signer(
    letters: Callable[[str], dict[str, Letter]],
) -> None:
    letter = letters("PL company card")["issuer-dispute"]
    text = _plain(letter.text)
    assert letter.sender[:3] == (
        "Drukarnia Wisła sp. z o.o.",
        "NIP: 525-000-12-34",
        "Użytkownik karty: Jan Zieliński, prezes zarządu",
    )
    assert "przy użyciu naszej karty służbowej" in text and "nie zwrócił nam kwoty 1 200,00 zł." in text
    assert "służbowa karta debetowa Visa zakończona cyframi 4417" in text
    assert "próbowaliśmy rozwiązać sprawę polubownie" in text
    assert (
        "skontaktował się z nami e-mailem" in text
        and "Dnia 20 października 2026 r. skontaktowaliśmy się" in text
    )
    assert "Jan Zieliński" in "\n".join(letter.signature)
    assert any("Drukarnia Wisła sp. z o.o." in line for line in letter.signature)


def test_polish_law_and_the_next_step_follow_the_customer(
    letters: Callable[[str], dict[str, Letter]],
) -> None:
    payments_act = "ustawy z dnia 19 sierpnia 2011 r. o usługach płatniczych"
    complaints_act = (
        "ustawy z dnia 5 sierpnia 2015 r. o rozpatrywaniu reklamacji przez podmioty rynku finansowego"
    )
    person = {kind: _plain(letter.text) for kind, letter in letters("PL person direct debit").items()}
    company = {kind: _plain(letter.text) for kind, letter in letters("PL company direct debit").items()}
    for written in (person, company):
        assert {"sepa-refund", "unauthorised-debit"} <= set(written)
        assert "issuer-dispute" not in written  # not a card
        assert "art. 44" in written["unauthorised-debit"] and payments_act in written["unauthorised-debit"]
        assert payments_act in written["sepa-refund"]
        assert "zgoda na obciążanie rachunku (mandat) została odwołana" in written["unauthorised-debit"]
        assert "Identyfikator zgody (mandatu): MND-2026-0042." in written["sepa-refund"]
    # the complaints act and the Rzecznik Finansowy serve natural persons only
    assert complaints_act in person["bank-complaint"]
    assert "zwrócę się do Rzecznika Finansowego." in person["bank-complaint"]
    assert complaints_act not in company["bank-complaint"]
    assert "Rzecznika Finansowego" not in company["bank-complaint"]
    assert "zwrócimy się do Sądu Polubownego przy Komisji Nadzoru Finansowego" in company["bank-complaint"]


def test_a_foreign_case_in_polish_cites_its_own_countrys_law(
    letters: Callable[[str], dict[str, Letter]],
) -> None:
    french = _plain(letters("FR person card")["bank-complaint"].text)
    assert "Code monétaire et financier" in french and "ustawy" not in french
    assert "mediatora bankowego (médiateur bancaire)" in french
    british = {kind: letter.text for kind, letter in letters("GB person credit card").items()}
    assert {"section-75", "fos-referral"} <= set(british)
    assert f"30{NBSP}000 funtów szterlingów" in british["section-75"]
    assert "Consumer Credit Act 1974" in british["section-75"] and "ustawy" not in british["section-75"]
    assert (
        "Dnia 20 listopada 2026 r. instytucja Bank Przykładowy S.A. udzieliła ostatecznej odpowiedzi."
        in _plain(british["fos-referral"])
    )
    assert "fos-referral" in letters("GB company credit card")
    american = _plain(letters("US person credit card")["fcba"].text)
    assert "Wyciąg z dnia 31 października 2026 r. zawiera następujące obciążenia:" in american
    assert "Podstawa prawna: 15 U.S.C." in american
    assert "reg-e" in letters("US person debit card")


def test_the_enclosures_are_the_packs_exhibits_under_a_polish_heading(
    services: Services, sample_case: int
) -> None:
    letter = services.letter(sample_case, "issuer-dispute", lang="pl", today=TODAY)
    assert letter.enclosures and all(re.match(r"[A-Z]\. ", line) for line in letter.enclosures)
    text = _plain(letter.text)
    assert (
        "Załączam kopie dokumentów potwierdzających powyższe okoliczności, zgodnie z wykazem poniżej." in text
    )
    assert "\n\nZałączniki:\n" + letter.enclosures[0] in text
    assert "Paris, 1 grudnia 2026 r." in text  # the customer's city, as the user gave it
