"""Letters in four languages, from the case's data: PDF and text, diacritics intact, no card number,
the kinds that fit the case, its language, the pack's exhibits as enclosures."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.letter_kinds import fitting_kinds
from desktop_app.domain.letters import KINDS, LetterError, check_templates
from desktop_app.domain.models import Purchase
from desktop_app.errors import DossierError, InvalidInputError
from desktop_app.resources import resource_path
from desktop_app.services import PackOptions, Services
from tests.support.cases import CARD, import_case, with_sensitive_text
from tests.support.cli import run
from tests.support.letter_cases import new_format_languages
from tests.support.pdf import flat_text, pdftotext

TODAY = date(2026, 11, 23)
LANGS = new_format_languages()  # en always; fr, es, pl once their files follow dossier-letters/2
# The sample case: a French person's Visa card (kind not said), so these kinds fit it.
SAMPLE_KINDS = ["issuer-dispute", "merchant-complaint", "invoice-request", "bank-complaint"]
WORDS = {
    "en": ["Dear Sir or Madam", "€17.99", "15 September 2026", "F-2026-091502", "Visa card ending 4417"],
    "fr": ["Madame, Monsieur", "17,99 €", "15 septembre 2026", "F-2026-091502", "se terminant par 4417"],
    "es": ["Muy señores míos", "17,99 €", "15 de septiembre de 2026", "F-2026-091502", "terminada en 4417"],
    "pl": ["Szanowni Państwo", "17,99 €", "15 września 2026", "F-2026-091502", "zakończona cyframi 4417"],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_every_letter_that_fits_extracts_as_written(
    services: Services, sample_case: int, tmp_path: Path, lang: str, kind: str
) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    letter = services.write_letter_pdf(sample_case, kind, lang, out, today=TODAY)
    text = flat_text(out)
    assert " ".join(letter.subject.split())[:30] in text
    assert "Agnieszka Wójcik" in text  # the sender and the signature, with its ó
    assert WORDS[lang][0] in text and WORDS[lang][1] in text
    if kind in ("issuer-dispute", "bank-complaint"):  # the letters to the bank name the card
        assert WORDS[lang][4] in letter.text
    assert WORDS[lang][3] in text  # the invoice number
    assert "{" not in letter.text and "}" not in letter.text


def test_the_sample_case_fits_the_card_and_every_case_letters(services: Services, sample_case: int) -> None:
    fits = services.letter_kinds(sample_case)
    assert [f.kind for f in fits] == list(KINDS)
    assert [f.kind for f in fits if f.fits] == SAMPLE_KINDS
    assert all(f.why for f in fits)


def test_a_kind_that_does_not_fit_is_refused(services: Services, sample_case: int) -> None:
    with pytest.raises(
        InvalidInputError, match=r"a sepa-refund letter does not fit this case \(.*direct debit"
    ):
        services.letter(sample_case, "sepa-refund", "en", today=TODAY)
    with pytest.raises(InvalidInputError, match="the kinds that fit: " + ", ".join(SAMPLE_KINDS) + "$"):
        services.letter(sample_case, "fcba", "en", today=TODAY)


def test_the_dispute_letter_names_dates_contacts_and_the_cancellation(
    services: Services, sample_case: int
) -> None:
    for lang in LANGS:
        text = services.letter(sample_case, "issuer-dispute", lang, today=TODAY).text
        assert WORDS[lang][2] in text  # the charge's date, in words of the language
        assert "TCK-48213" in text and "Marta Zielińska" in text
        # Both ways: the merchant's e-mail of 29 October is there too, and its answer.
        assert "Réponse type" in text
    en = services.letter(sample_case, "issuer-dispute", "en", today=TODAY).text
    assert "I cancelled on 28 August 2026." in en
    assert (
        "StreamNova SAS promised the following, by 30 September 2026: Refund 17.99\u00a0EUR to the Visa card."
        in en
    )


def test_the_letters_language_is_the_cases(services: Services, sample_case: int) -> None:
    case = services.case_detail(sample_case).case
    letter = services.letter(sample_case, "merchant-complaint", today=TODAY)
    assert letter.lang == "fr"  # a French case
    services.update_case(replace(case, language="pl"))
    assert services.letter(sample_case, "merchant-complaint", today=TODAY).lang == "pl"
    assert services.letter(sample_case, "merchant-complaint", "es", today=TODAY).lang == "es"


def test_the_enclosures_are_the_packs_exhibits(services: Services, sample_case: int, tmp_path: Path) -> None:
    letter = services.letter(sample_case, "issuer-dispute", "en", today=TODAY)
    # In the pack's default order, the order that argues the reason (domain.exhibit_order): the
    # charge's invoice, the cancellation's proof, the terms, then the confirmation e-mail.
    assert letter.enclosures[:4] == (
        "A. Invoice F-2026-091502 for the charge of 15 September",
        "B. Account page after cancelling (28 August)",
        "C. StreamNova terms, article 7 (cancellation)",
        "D. Cancellation confirmation e-mail",
    )
    pack = tmp_path / "pack.pdf"
    services.build_pack(sample_case, pack, PackOptions(lang="en"))
    packed = flat_text(pack)
    for line in letter.enclosures:
        letter_mark, title = line.split(". ", 1)
        assert re.search(rf"\b{letter_mark}\. {re.escape(title)}", packed), line
    # A trashed exhibit is neither in the pack nor among the enclosures.
    evidence = services.case_detail(sample_case).evidence
    assert evidence[1].id is not None
    services.trash_evidence(evidence[1].id)
    again = services.letter(sample_case, "issuer-dispute", "en", today=TODAY)
    assert again.enclosures[1] == "B. StreamNova terms, article 7 (cancellation)"  # the screenshot went


def test_polish_diacritics_survive_the_pdf(services: Services, sample_case: int, tmp_path: Path) -> None:
    out = tmp_path / "pl.pdf"
    services.write_letter_pdf(sample_case, "bank-complaint", "pl", out, today=TODAY)
    text = flat_text(out)
    for word in ("Szanowni Państwo", "Zielińska", "października", "Łodzi"):
        assert word in text


def test_no_full_card_number_reaches_a_letter(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "case", with_sensitive_text)
    for kind in SAMPLE_KINDS:
        letter = services.letter(case_id, kind, "en", today=TODAY)
        assert CARD.replace(" ", "") not in letter.text.replace(" ", "")


def test_no_line_of_the_pdf_breaks_inside_an_amount(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    """Amounts of four and five digits in every language: each stays on one line of the PDF."""
    detail = services.case_detail(sample_case)
    for p in detail.purchases:
        if p.disputed:
            services.update_purchase(
                replace(p, amount=Decimal("12345.67"), expected_amount=Decimal("1100.00"))
            )
    assert isinstance(detail.purchases[0], Purchase)
    for lang in LANGS:
        for kind in SAMPLE_KINDS:
            out = tmp_path / f"{lang}-{kind}.pdf"
            letter = services.write_letter_pdf(sample_case, kind, lang, out, today=TODAY, force=True)
            amounts = set(
                re.findall(r"[€£$]?\d{1,3}(?:[\u00a0.,]\d{3})+[.,]\d{2}(?:\u00a0(?:€|zł|EUR))?", letter.text)
            )
            assert any("\u00a0" in a or "," in a for a in amounts), letter.text
            lines = [" ".join(line.replace("\u00a0", " ").split()) for line in pdftotext(out).splitlines()]
            page = "\n".join(lines)
            for amount in amounts:
                plain = amount.replace("\u00a0", " ")
                assert page.count(plain) >= letter.text.count(amount), (lang, kind, amount)


def test_the_letter_command(tmp_path: Path, data_dir: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    pdf = tmp_path / "lettre.pdf"
    result = run("letter", "1", "--kind", "merchant-complaint", "-o", pdf, "--data-dir", data_dir)
    assert result.code == 0 and "not legal advice" in result.out
    assert pdf.read_bytes().startswith(b"%PDF")
    txt = tmp_path / "letter.txt"
    assert (
        run("letter", "1", "--kind", "issuer-dispute", "--lang", "en", "-o", txt, "--data-dir", data_dir).code
        == 0
    )
    assert "Dear Sir or Madam" in txt.read_text(encoding="utf-8")
    bank = ("--kind", "bank-complaint", "--lang", "en", "--date", "2026-12-01")
    printed = run("letter", "1", *bank, "-o", "-", "--data-dir", data_dir)
    assert "Paris, 1 December 2026" in printed.out and "L133-45" in printed.out
    refused = run("letter", "1", "--kind", "fcba", "-o", "-", "--data-dir", data_dir)
    assert refused.code == 2
    assert "does not fit this case" in refused.err
    assert (
        "the kinds that fit: issuer-dispute, merchant-complaint, invoice-request, bank-complaint"
        in refused.err
    )
    listed = run("letter", "1", "--list", "--data-dir", data_dir)
    assert listed.code == 0
    rows = listed.out.splitlines()
    assert [r.split()[0] for r in rows] == list(KINDS)
    assert rows[0].split()[1] == "fits" and "does not fit" in rows[1]
    assert "this case is paid by card" in rows[1]
    assert run("letter", "1", "--kinds", "--data-dir", data_dir).out == listed.out
    assert run("letter", "1", "-o", "-", "--data-dir", data_dir).code == 2  # no --kind
    assert run("letter", "1", "--kind", "poem", "-o", "-", "--data-dir", data_dir).code == 2


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda w: w["letters"].pop("fcba"), "fcba is missing"),
        (lambda w: w["letters"]["fcba"]["body"].append("Hello {nickname}"), "nickname"),
        (lambda w: w["letters"]["fcba"]["body"].append({"if": "mood", "text": "x"}), "mood"),
        (lambda w: w["letters"]["fcba"]["body"].append({"person": "I"}), "no company form"),
        (lambda w: w["contacts"].pop("said"), "contacts.said is missing"),
        (lambda w: w["channels"].update(phone="by {wire}"), "unknown field {wire}"),
        (lambda w: w.update(format="dossier-letters/1"), "not 'dossier-letters/2'"),
    ],
)
def test_a_damaged_template_is_refused_with_where(damage: Any, message: str) -> None:
    words = json.loads(resource_path("letters", "en.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(words)
    damage(broken)
    with pytest.raises(LetterError, match=re.escape(message)):
        check_templates(broken, "en")
    check_templates(words, "en")


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_file_passes_its_check(lang: str) -> None:
    check_templates(json.loads(resource_path("letters", f"{lang}.json").read_text(encoding="utf-8")), lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "card ending 4417"),
        ("fr", "se terminant par 4417"),
        ("es", "terminada en 4417"),
        ("pl", "zakończona cyframi 4417"),
    ],
)
def test_a_card_of_another_network_is_named_in_the_letters_language(
    services: Services, sample_case: int, lang: str, expected: str
) -> None:
    if lang not in LANGS:
        pytest.skip(f"letters/{lang}.json is not yet in the format dossier-letters/2")
    case = services.case_detail(sample_case).case
    services.update_case(replace(case, payment=replace(case.payment, network="other")))
    text = services.letter(sample_case, "issuer-dispute", lang, today=TODAY).text
    assert expected in text
    assert "Other" not in text and "other network" not in text.lower()
    assert fitting_kinds(services.case_detail(sample_case).case) == SAMPLE_KINDS


def test_the_users_edited_text_as_a_pdf(services: Services, sample_case: int, tmp_path: Path) -> None:
    letter = services.letter(sample_case, "merchant-complaint", "fr", today=TODAY)
    edited = letter.text.replace("Madame, Monsieur,", "Madame la Directrice,") + "\n- une ligne ajoutée\n"
    data = services.letter_pdf_bytes(sample_case, letter, edited)
    assert data.startswith(b"%PDF")
    out = services.write_letter_text_pdf(sample_case, letter, edited, tmp_path / "edited.pdf")
    text = flat_text(out)
    assert "Madame la Directrice," in text and "Madame, Monsieur" not in text
    assert "une ligne ajoutée" in text and "Agnieszka Wójcik" in text
    assert "35,98 €" in text
    with pytest.raises(DossierError, match="exists"):
        services.write_letter_text_pdf(sample_case, letter, edited, out)
    assert services.write_letter_text_pdf(sample_case, letter, "Autre", out, force=True) == out
    assert "Autre" in flat_text(out)
    # The letter as drafted, its blocks laid out: the same bytes' text as write_letter_pdf's.
    assert services.letter_pdf_bytes(sample_case, letter).startswith(b"%PDF")
