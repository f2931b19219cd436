"""The domain's words follow the process's language (desktop_app.i18n) where the window and the command
line show them, and what the pack and the letters read stays as it was.

A small catalogue written in a temporary folder stands for the translators' (its words are this
test's own); the real catalogues are checked by tests/unit/i18n.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from desktop_app import i18n
from desktop_app.domain.checklist import parse_checklists
from desktop_app.domain.dates import DateInputError, parse_iso_date
from desktop_app.domain.deadline_rules import parse_deadline_rules
from desktop_app.domain.deadlines import compute_deadlines
from desktop_app.domain.models import Case, Merchant, Payment, Purchase
from desktop_app.domain.money import AmountError, parse_typed_amount
from desktop_app.domain.vocab import CaseStatus, EvidenceKind, Reason
from desktop_app.resources import resource_path

CHECKLIST_TEXT = "The disputed charge: its date, amount and reference"
DEADLINE_TITLE = "Last day to dispute the charge with your card issuer (Visa chargeback)"

WHAT = "what: a noun such as “date”, “due date”, “charge's date”"  # the message's comment, part of its key
WORDS: dict[tuple[str, str], str] = {
    ("Vocabulary", "Waiting for the merchant"): "En attente du commerçant",
    ("Vocabulary", "Bank statement"): "Relevé bancaire",
    ("Rules", CHECKLIST_TEXT): "Le débit contesté : sa date, son montant et sa référence",
    ("Rules", DEADLINE_TITLE): "Dernier jour pour contester le débit auprès de votre banque (Visa)",
    ("Dates", "date"): "date",
    ("Amounts", "{quoted} has a minus sign but no digits"): "{quoted} a un signe moins mais aucun chiffre",
}


COMMENTED = {
    ("Dates", "“{text}” is not a {what}; write it as YYYY-MM-DD, such as 2026-10-03", WHAT): (
        "« {text} » n'est pas une {what} valable ; écrivez-la AAAA-MM-JJ, par exemple 2026-10-03"
    ),
}


def write_catalogue(folder: Path) -> None:
    contexts: dict[str, list[str]] = {}
    entries = [(c, s, "", t) for (c, s), t in WORDS.items()] + [
        (c, s, m, t) for (c, s, m), t in COMMENTED.items()
    ]
    for context, source, comment, translation in entries:
        said = f"<comment>{escape(comment)}</comment>" if comment else ""
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>{said}"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(f"<context><name>{n}</name>{''.join(m)}</context>" for n, m in contexts.items())
    (folder / "messages_fr.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="fr">{body}</TS>\n',
        encoding="utf-8",
    )


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    write_catalogue(tmp_path)
    i18n.set_catalogue_folder(tmp_path)
    i18n.set_language("fr")
    yield
    i18n.set_language("en")
    i18n.set_catalogue_folder(None)


def test_a_vocabularys_labels_follow_the_language_and_keep_their_english(french: None) -> None:
    assert CaseStatus.WAITING.label == "En attente du commerçant"
    assert EvidenceKind.STATEMENT.labels()["statement"] == "Relevé bancaire"
    assert CaseStatus.WAITING.english_label == "Waiting for the merchant"
    assert CaseStatus.WAITING.value == "waiting"  # the value, a contract, never changes
    i18n.set_language("en")
    assert CaseStatus.WAITING.label == "Waiting for the merchant"


def test_an_untranslated_label_is_the_english_never_empty(french: None) -> None:
    assert CaseStatus.WON.label == "Won"


def test_a_checklist_item_is_read_in_the_language_and_kept_in_english(french: None) -> None:
    rules = parse_checklists(
        json.loads(resource_path("rules", "checklists.json").read_text(encoding="utf-8"))
    )
    (item,) = [i for i in rules[Reason.NOT_RECEIVED].items if i.id == "disputed_charge"]
    assert item.text == WORDS[("Rules", CHECKLIST_TEXT)]
    assert item.english_text == CHECKLIST_TEXT  # the parsed (cached) table holds no other language
    i18n.set_language("en")
    assert item.text == CHECKLIST_TEXT


def test_a_deadline_says_its_title_in_the_language_and_its_count_in_english(french: None) -> None:
    """The pack reads Deadline.count ("120 days") to write it in the case's language: it stays English."""
    rules = parse_deadline_rules(
        json.loads(resource_path("rules", "deadlines.json").read_text(encoding="utf-8"))
    )
    case = Case(
        title="Lamp",
        merchant=Merchant("Shop"),
        reason=Reason.NOT_AS_DESCRIBED,
        currency="EUR",
        country="FR",
        payment=Payment("card", "visa"),
    )
    charge = Purchase(date(2026, 9, 5), Decimal("29.90"), "EUR", disputed=True)
    found = [
        d
        for d in compute_deadlines(case, rules, date(2026, 9, 10), [charge])
        if d.rule_id == "card-chargeback"
    ]
    assert found, "the Visa chargeback rule applies to this case"
    assert found[0].title == WORDS[("Rules", DEADLINE_TITLE)]
    assert found[0].count == "120 days"


def test_what_a_person_typed_is_refused_in_the_language(french: None) -> None:
    with pytest.raises(DateInputError) as refused:
        parse_iso_date("3/10/2026")
    assert (
        str(refused.value)
        == "« 3/10/2026 » n'est pas une date valable ; écrivez-la AAAA-MM-JJ, par exemple 2026-10-03"
    )
    with pytest.raises(AmountError) as wrong:
        parse_typed_amount("-", "EUR", allow_negative=True)
    assert str(wrong.value) == "“-” a un signe moins mais aucun chiffre"


def test_in_english_the_refusals_read_as_before() -> None:
    with pytest.raises(DateInputError) as refused:
        parse_iso_date("3/10/2026")
    assert str(refused.value) == "“3/10/2026” is not a date; write it as YYYY-MM-DD, such as 2026-10-03"
