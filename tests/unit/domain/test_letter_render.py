"""Every kind of letter, in every language whose file follows dossier-letters/2, for a person and a
company: no placeholder left, no English of en.json in another language, amounts whole, the
contacts in full sentences, the law of the case's country, the customer's voice."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop_app.domain.letter_kinds import fit
from desktop_app.domain.letters import KINDS, Letter, LetterError
from desktop_app.domain.vocab import CustomerKind
from tests.support.letter_cases import (
    FITTING,
    LONG,
    as_company,
    build_case,
    contacts,
    law,
    new_format_languages,
    render,
    words_of,
)

LANGS = new_format_languages()
# Until fr.json, es.json and pl.json follow dossier-letters/2 their letters fall back to English
# (services/rules.py); this test covers each language file in the new format, en always.

CASES = [
    (kind, country, rail, voice)
    for kind, places in FITTING.items()
    for country, rail in places
    for voice in ("person", "company")
]


def _cases_that_fit() -> list[tuple[str, str, str, str]]:
    found = []
    for kind, country, rail, voice in CASES:
        case = build_case(country, rail)
        if voice == "company":
            case = as_company(case)
        if fit(case, kind).fits:
            found.append((kind, country, rail, voice))
    return found


FITTING_CASES = _cases_that_fit()


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _words(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in re.findall(r"[A-Za-z]{5,}", re.sub(r"\{[a-z_]+\}", " ", t))}


@functools.cache
def english_words(lang: str) -> frozenset[str]:
    """The words of en.json's own sentences that the language's file does not use itself (so a
    name both files write, "Visa", "Mastercard", "SEPA", is left out)."""
    english = _words(_strings(words_of("en")))
    own = _words(_strings(words_of(lang)))
    return frozenset(english - own)


#: A thousands group after a plain space: "1 440,00" that can break after the "1".
BROKEN_GROUP = re.compile(r"\d[ ]\d{3}(?:[,.]\d|\b)")


def _letter(kind: str, lang: str, country: str, rail: str, voice: str) -> Letter:
    case = build_case(country, rail)
    if voice == "company":
        case = as_company(case)
    return render(kind, lang, case)


def test_every_kind_has_a_case_that_fits_for_a_person_and_one_for_a_company() -> None:
    assert {k for k, *_ in FITTING_CASES} == set(KINDS)
    companies = {k for k, _c, _r, v in FITTING_CASES if v == "company"}
    # A company can send every kind but the consumer ones (FCBA, Regulation E, Section 75).
    assert companies == set(KINDS) - {"fcba", "reg-e", "section-75"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("kind", "country", "rail", "voice"), FITTING_CASES)
def test_every_letter_is_whole(lang: str, kind: str, country: str, rail: str, voice: str) -> None:
    letter = _letter(kind, lang, country, rail, voice)
    text = letter.text
    assert "{" not in text and "}" not in text, text
    assert words_of(lang)["unknown"] not in "\n".join(letter.paragraphs[1:])  # every fact given
    prose = "\n".join([letter.subject, *letter.paragraphs])  # the sender's phone number is as typed
    assert not BROKEN_GROUP.search(prose), BROKEN_GROUP.search(prose)
    assert "1\u00a0440" in text or "1,440" in text or "1.440" in text  # the charge, grouped
    assert letter.sender and letter.recipient and letter.signature and letter.subject
    assert letter.enclosures == ("A. Faktura FV/2026/114", "B. Zrzut ekranu")
    if lang != "en":
        cites = [c.cite for cs in law().citations.values() for c in cs]
        own = text
        for cite in cites + list(letter.recipient):
            own = own.replace(cite, " ")
        found = sorted(w for w in _words([own]) if w in english_words(lang))
        assert not found, (found, text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_contacts_are_said_both_ways_in_full_sentences(lang: str) -> None:
    letter = render("bank-complaint", lang, build_case("PL", "debit"))
    items = [line for p in letter.paragraphs for line in p.split("\n") if line.startswith("- ")]
    contact_lines = [line for line in items if "Rezygnacja" in line or "INC-2211" in line or "REK-77" in line]
    assert len(contact_lines) == 3
    first, promise, refusal = contact_lines  # in date order: 28 Aug, 16 Sep, 2 Nov
    assert "Rezygnacja złożona osobiście." in first
    assert words_of(lang)["channels"]["in_person"] in first
    # The whole summary (over 240 characters), its promise with its date, who and the reference.
    assert (LONG * 2).strip() in promise and "Marta Zielińska" in promise and "INC-2211" in promise
    assert "zwrot 349,00\u00a0€" in promise and "30" in promise  # the user's amount kept on one line
    # The merchant's written refusal (incoming), its very long summary cut at a sentence's end.
    assert "Tomasz Wrona" in refusal and "REK-77" in refusal
    said = refusal.split("(…)")[0]
    assert "(…)" in refusal and said.rstrip().endswith(".") and LONG.strip()[:80] in said
    assert len(refusal) < len(LONG * 8)
    if lang == "en":
        assert first.startswith("- On 28 August 2026, I contacted Teleria SA in person.")
        assert promise.startswith(
            "- On 16 September 2026, I contacted Teleria SA by phone and dealt with "
            "Marta Zielińska (supervisor). "
            "Reference: INC-2211. What was said: Zgłoszenie numer jeden"
        )
        assert "Teleria SA promised the following, by 30 November 2026: zwrot 349,00\u00a0€." in promise
        assert refusal.startswith(
            "- On 2 November 2026, Teleria SA contacted me by e-mail, through Tomasz Wrona (head office)."
        )
        assert "Teleria SA refused the request." in refusal


def test_the_legal_basis_is_the_case_countrys_own() -> None:
    def cited(kind: str, country: str, rail: str, company: bool = False) -> str:
        case = build_case(country, rail)
        return render(kind, "en", as_company(case) if company else case).text

    fr = cited("sepa-refund", "FR", "direct_debit")
    assert (
        "under article L133-25 du Code monétaire et financier and "
        "article L133-25-1 du Code monétaire et financier." in fr
    )
    assert "Real Decreto" not in fr and "ustawy" not in fr
    es = cited("unauthorised-debit", "ES", "direct_debit")
    assert "artículos 43 y 45 del Real Decreto-ley 19/2018" in es and "monétaire" not in es
    pl = cited("unauthorised-debit", "PL", "direct_debit")
    assert "art. 44 i art. 46 ustawy z dnia 19 sierpnia 2011 r. o usługach płatniczych" in pl
    assert "art. 47 i art. 48 ustawy z dnia 19 sierpnia 2011 r. o usługach płatniczych" in cited(
        "sepa-refund", "PL", "direct_debit"
    )
    assert "under section 75 of the Consumer Credit Act 1974." in cited("section-75", "GB", "credit")
    assert "DISP 1.6" in cited("bank-complaint", "GB", "credit")
    fcba = cited("fcba", "US", "credit")
    assert "under 15 U.S.C. § 1666 (Fair Credit Billing Act) and 12 CFR 1026.13 (Regulation Z)." in fcba
    assert "12 CFR 1005.11 (Regulation E)" in cited("reg-e", "US", "debit")
    assert "L133-45" in cited("bank-complaint", "FR", "credit")
    assert "artículo 69 del Real Decreto-ley 19/2018" in cited("bank-complaint", "ES", "direct_debit")
    # A consumer law is not cited for a company; a country without a citation cites nothing.
    assert "art. 7a ustawy z dnia 5 sierpnia 2015 r." in cited("bank-complaint", "PL", "debit")
    assert "ustawy" not in cited("bank-complaint", "PL", "debit", company=True)
    assert "prawach konsumenta" in cited("merchant-complaint", "PL", "bank_transfer")
    assert "prawach konsumenta" not in cited("merchant-complaint", "PL", "bank_transfer", company=True)
    de = cited("sepa-refund", "DE", "direct_debit")
    assert "request under" not in de and "Code" not in de
    # The chargeback of a card cites the law only for an unauthorised payment.
    assert "L133-18" not in cited("issuer-dispute", "FR", "credit")
    unauthorised = replace(build_case("FR", "credit"), reason=build_case("FR", "credit").reason.UNAUTHORIZED)
    assert (
        "article L133-18 du Code monétaire et financier and article L133-24"
        in render("issuer-dispute", "en", unauthorised).text
    )
    every = {c.source for cs in law().citations.values() for c in cs}
    assert all(s.startswith("https://") for s in every)


def test_what_is_asked_and_by_when() -> None:
    # 15 business days from Tuesday 1 December 2026 in France: 22 December (no holiday between).
    fr = render("bank-complaint", "en", build_case("FR", "credit")).text
    assert "send me your final response by 22 December 2026." in fr
    # Ten business days for the SEPA refund; 14 calendar days asked of the merchant.
    assert (
        "that is by 15 December 2026." in render("sepa-refund", "en", build_case("FR", "direct_debit")).text
    )
    assert "by 15 December 2026." in render("merchant-complaint", "en", build_case("FR", "credit")).text
    # A US case writes its dates the American way; FCBA asks the acknowledgment in 30 days.
    us = render("fcba", "en", build_case("US", "credit"))
    assert us.place_date == "Boston, December 1, 2026"
    assert "written acknowledgment by December 31, 2026." in us.text
    assert "Sincerely," in us.paragraphs
    # The amount asked: the disputed total, 1,440.00 + 1,345.60 (charged 12,345.60, agreed 11,000).
    gb = render("section-75", "en", build_case("GB", "credit")).text
    assert "refund £2,785.60 to my account." in gb
    assert "- 15 October 2026: charged £12,345.60, agreed £11,000.00, disputed £1,345.60 (order ZA-88)" in gb


def test_the_blocks_of_a_letter() -> None:
    case = build_case("PL", "debit")
    letter = render("issuer-dispute", "en", as_company(case))
    assert letter.sender == (
        "Kowalczyk Sp. z o.o.",
        "Tax number: PL5260250274",
        "Cardholder: Jan Kowalczyk, Prezes Zarządu",
        "ul. Zielona 3",
        "00-950 Warszawa",
        "biuro@example.pl",
    )
    assert letter.recipient == ("Banque Azur", "3 Place Bellecour", "69002")
    assert letter.place_date == "Łódź, 1 December 2026"
    assert letter.subject == (
        "Dispute of card transactions: 2,785.60\u00a0zł, Teleria SA "
        "– card ending 0285, claim no. RK/2026/0042"
    )
    assert letter.signature == ("Signature:", "Jan Kowalczyk, Prezes Zarządu", "for Kowalczyk Sp. z o.o.")
    merchant = render("merchant-complaint", "en", case)
    assert merchant.recipient == ("Teleria SA", "Avenida Diagonal 640", "08017 Barcelona")
    assert merchant.subject.endswith("– invoice FV/2026/114, order ZA-88") is False  # invoices first
    assert merchant.subject.endswith("– invoice FV/2026/114")
    fos = render("fos-referral", "en", build_case("GB", "credit"))
    assert fos.recipient == ("Financial Ombudsman Service", "Exchange Tower", "London E14 9SR")
    no_city = replace(case, customer=replace(case.customer, city=None, address=None))
    bare = render("bank-complaint", "en", no_city)
    assert bare.place_date == "1 December 2026"  # no invented place
    assert bare.sender == ("Anna Nowak", "a.nowak@example.org", "+48 600 100 200")
    no_issuer = replace(case, issuer=replace(case.issuer, name=None, address=None))
    assert render("bank-complaint", "en", no_issuer).recipient == ("[to be completed]",)


def test_a_kind_that_does_not_fit_is_refused_naming_the_kinds_that_fit() -> None:
    case = build_case("FR", "direct_debit")
    with pytest.raises(LetterError) as caught:
        render("fcba", "en", case)
    message = str(caught.value)
    assert message.startswith("a fcba letter does not fit this case (a Fair Credit Billing Act notice is for")
    assert message.endswith(
        "the kinds that fit: sepa-refund, unauthorised-debit, "
        "merchant-complaint, invoice-request, bank-complaint"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_company_writes_we(lang: str) -> None:
    for kind, country, rail, voice in FITTING_CASES:
        if voice != "company":
            continue
        letter = _letter(kind, lang, country, rail, voice)
        text = " " + letter.text.lower() + " "
        if lang == "en":
            # The template's sentences (the contacts' lists quote what the user wrote, in Polish).
            own = " ".join(p for p in letter.paragraphs if not p.startswith("- "))
            for cite in (c.cite for cs in law().citations.values() for c in cs):  # in their own language
                own = own.replace(cite, " ")
            own = own.lower()
            for word in ("i", "my", "me", "mine"):
                assert not re.search(rf"\b{word}\b", own), (kind, word, letter.text)
        if lang == "pl":
            for bad in ("łam", "łem", "mojej", " mi ", " mnie ", " moje ", " mój ", " moim "):
                assert bad not in text, (kind, bad, letter.text)


@pytest.mark.parametrize("lang", LANGS)
def test_a_persons_letter_needs_no_gender(lang: str) -> None:
    for kind, country, rail, voice in FITTING_CASES:
        if voice != "person":
            continue
        text = _letter(kind, lang, country, rail, voice).text
        if lang == "pl":
            assert not re.search(r"\w(łam|łem|łabym|łbym)\b", text), (kind, text)
        if lang == "fr":
            assert not re.search(r"\b(prélevée?|remboursée?|débitée?)\(e\)", text)


def test_the_customer_kind_not_said_writes_as_a_person() -> None:
    case = build_case("FR", "credit")
    unsaid = replace(case, customer=replace(case.customer, kind=None))
    assert render("issuer-dispute", "en", unsaid).paragraphs[1].startswith("I dispute")
    assert render(
        "issuer-dispute", "en", replace(case, customer=replace(case.customer, kind=CustomerKind.COMPANY))
    )


def test_every_contact_of_the_merchant_is_kept_and_the_banks_left_out() -> None:
    from desktop_app.domain.vocab import EscalationStage

    bank = replace(contacts()[0], level=EscalationStage.BANK, reference="BANK-1")
    letter = render("issuer-dispute", "en", build_case("FR", "credit"), communications=[*contacts(), bank])
    assert "BANK-1" not in letter.text
    assert letter.text.count("- On ") == 3


def test_a_revoked_mandate_is_said_only_when_every_debit_came_after_it() -> None:
    case = build_case("FR", "direct_debit")
    after = render("unauthorised-debit", "en", case).text
    assert "The mandate was revoked, or the contract ended, on 28 August 2026" in after
    late = replace(case, dates=replace(case.dates, mandate_revoked=date(2026, 10, 1)))  # between the debits
    text = render("unauthorised-debit", "en", late).text
    assert (
        "The mandate was revoked" not in text and "No valid mandate that I gave covers these debits." in text
    )
