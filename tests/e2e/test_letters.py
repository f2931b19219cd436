"""Letters in four languages, from the case's data: PDF and text, diacritics intact, no card number."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.letters import KINDS, LetterError, check_templates
from desktop_app.resources import resource_path
from desktop_app.services import Services
from tests.support.cases import CARD, import_case, with_sensitive_text
from tests.support.cli import run
from tests.support.pdf import flat_text

TODAY = date(2026, 11, 23)
WORDS = {
    "en": ["Dear Sir or Madam", "17.99 EUR", "15 September 2026", "F-2026-091502", "Visa card ending 4417"],
    "fr": [
        "Madame, Monsieur",
        "17,99 EUR",
        "15 septembre 2026",
        "F-2026-091502",
        "carte Visa se terminant par 4417",
    ],
    "es": [
        "Muy señores míos",
        "17,99 EUR",
        "15 de septiembre de 2026",
        "F-2026-091502",
        "tarjeta Visa terminada en 4417",
    ],
    "pl": [
        "Szanowni Państwo",
        "17,99 EUR",
        "15 września 2026",
        "F-2026-091502",
        "karta Visa zakończona cyframi 4417",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "pl"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_letter_in_every_language_extracts_as_written(
    services: Services, sample_case: int, tmp_path: Path, lang: str, kind: str
) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    letter = services.write_letter_pdf(sample_case, kind, lang, out, today=TODAY)
    text = flat_text(out)
    assert letter.subject.split("(")[0].strip()[:30] in text
    assert "Agnieszka Wójcik" in text  # the signature, with its ó
    assert WORDS[lang][0] in text and WORDS[lang][1] in text
    if kind in ("issuer-dispute", "fcba", "bank-complaint"):  # the letters to the bank name the card
        assert WORDS[lang][4] in letter.text
    assert WORDS[lang][3] in text  # the invoice number
    assert "{" not in letter.text and "}" not in letter.text


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_the_dispute_letter_names_dates_contacts_and_the_cancellation(
    services: Services, sample_case: int, lang: str
) -> None:
    text = services.letter(sample_case, "issuer-dispute", lang, today=TODAY).text
    assert WORDS[lang][2] in text  # the charge's date, in words of the language
    assert "TCK-48213" in text and "Marta Zielińska" in text
    assert ("28 août 2026" if lang == "fr" else "28 sierpnia 2026") in text


def test_polish_diacritics_survive_the_pdf(services: Services, sample_case: int, tmp_path: Path) -> None:
    out = tmp_path / "pl.pdf"
    services.write_letter_pdf(sample_case, "bank-complaint", "pl", out, today=TODAY)
    text = flat_text(out)
    for word in ("Szanowni Państwo", "nienależne", "mediatora banku", "Z poważaniem", "października"):
        assert word in text


def test_no_full_card_number_reaches_a_letter(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "case", with_sensitive_text)
    for kind in KINDS:
        letter = services.letter(case_id, kind, "en", today=TODAY)
        assert CARD.replace(" ", "") not in letter.text.replace(" ", "")


def test_the_letter_command_writes_pdf_and_text(tmp_path: Path, data_dir: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    pdf = tmp_path / "lettre.pdf"
    result = run(
        "letter", "1", "--kind", "merchant-complaint", "--lang", "fr", "-o", pdf, "--data-dir", data_dir
    )
    assert result.code == 0 and "not legal advice" in result.out
    assert pdf.read_bytes().startswith(b"%PDF") and "Réclamation formelle" in flat_text(pdf)
    txt = tmp_path / "carta.txt"
    assert (
        run("letter", "1", "--kind", "issuer-dispute", "--lang", "es", "-o", txt, "--data-dir", data_dir).code
        == 0
    )
    assert "Muy señores míos" in txt.read_text(encoding="utf-8")
    printed = run("letter", "1", "--kind", "fcba", "-o", "-", "--data-dir", data_dir)
    assert "Fair Credit Billing Act" in printed.out
    bad = run("letter", "1", "--kind", "poem", "-o", "-", "--data-dir", data_dir)
    assert bad.code == 2


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda w: w["letters"].pop("fcba"), "fcba is missing"),
        (lambda w: w["letters"]["fcba"]["body"].append("Hello {nickname}"), "nickname"),
        (lambda w: w["letters"]["fcba"]["body"].append({"if": "mood", "text": "x"}), "mood"),
    ],
)
def test_a_damaged_template_is_refused_with_where(damage: Any, message: str) -> None:
    words = json.loads(resource_path("letters", "en.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(words)
    damage(broken)
    with pytest.raises(LetterError, match=message):
        check_templates(broken, "en")
    check_templates(words, "en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "card ending 4417"),
        ("fr", "carte se terminant par 4417"),
        ("es", "tarjeta terminada en 4417"),
        ("pl", "karta zakończona cyframi 4417"),
    ],
)
def test_a_card_of_another_network_is_named_in_the_letters_language(
    services: Services, sample_case: int, lang: str, expected: str
) -> None:
    case = services.case_detail(sample_case).case
    services.update_case(replace(case, payment=replace(case.payment, network="other")))
    text = services.letter(sample_case, "issuer-dispute", lang, today=TODAY).text
    assert expected in text
    assert "Other" not in text and "other network" not in text.lower()
