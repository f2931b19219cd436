"""Issue 16: dossier-case/2 carries a case's chosen language, the customer's city and how a letter
was sent; files without them still read, and a /1 file holding them is refused naming /2."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.casefile import FORMAT_1, parse_case_file
from desktop_app.domain.vocab import Channel, LetterDelivery
from desktop_app.services import Services
from tests.unit.domain.test_casefile import full_document, full_document_2, problems_of, rebuild


def with_a_letter(delivery: str | None = "registered_post") -> dict[str, Any]:
    document = full_document_2()
    document["communications"].append(
        {
            "at": "2026-11-20T10:00:00+01:00",
            "channel": "letter",
            "direction": "outgoing",
            "counterpart": "Señor Café S.L.",
            "representative": None,
            "reference": "RR 1A 234 567 8901 2",
            "subject": "Mise en demeure",
            "summary": "Lettre recommandée demandant le remboursement.",
            "outcome": None,
            "promised_action": None,
            "promised_by": None,
            "level": None,
            "answer": None,
            "delivery": delivery,
        }
    )
    return document


def test_the_new_keys_are_read_and_written_back_the_same() -> None:
    document = with_a_letter()
    original = copy.deepcopy(document)
    cf = parse_case_file(document)
    assert (cf.case.language, cf.case.customer.city) == ("fr", "Łódź")
    assert [c.delivery for c in cf.communications] == [None, None, LetterDelivery.REGISTERED_POST]
    assert cf.communications[2].channel is Channel.LETTER
    assert rebuild(cf) == original


@pytest.mark.parametrize("delivery", LetterDelivery.values())
def test_every_way_of_sending_a_letter_is_read(delivery: str) -> None:
    assert parse_case_file(with_a_letter(delivery)).communications[2].delivery == LetterDelivery(delivery)


def test_a_version_2_file_without_the_new_keys_still_reads() -> None:
    document = full_document_2()
    del document["language"], document["customer"]["city"]
    for contact in document["communications"]:
        del contact["delivery"]
    cf = parse_case_file(document)
    assert (cf.case.language, cf.case.customer.city) == (None, None)
    assert [c.delivery for c in cf.communications] == [None, None]
    written = rebuild(cf)
    assert written["language"] is None and written["customer"]["city"] is None
    minimal = {"format": "dossier-case/2", "title": "T", "merchant": {"name": "M"}, "reason": "duplicate",
               "currency": "PLN"}  # fmt: skip
    assert parse_case_file(minimal).case.language is None


def test_a_language_is_written_as_its_code_whatever_its_case() -> None:
    document = full_document_2()
    document["language"] = "PL"
    assert parse_case_file(document).case.language == "pl"


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        (["language"], "de", "language", "“de” is not a language Dossier writes the pack and the letters in"),
        (["language"], "polski", "language", "give one of en, fr, es, pl"),
        (["language"], 3, "language", "must be text, not a number"),
        (["customer", "city"], ["Lyon"], "customer.city", "must be text"),
        (["communications", 1, "delivery"], "post", "communications[1].delivery",
         "How it was sent (delivery: post) is said of a letter, and this contact's channel is phone"),
        (["communications", 0, "delivery"], "email", "communications[0].delivery", "channel is web form"),
        (["communications", 2, "delivery"], "fax", "communications[2].delivery", "'fax' is not one of"),
    ],
)  # fmt: skip
def test_a_wrong_new_key_is_refused_saying_what_was_read(
    path: list[str | int], value: Any, field: str, words: str
) -> None:
    document = with_a_letter()
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = problems_of(document)
    assert [name for name, _ in problems] == [field], problems
    assert words in problems[0][1], problems


def test_a_wrong_channel_is_said_once_not_as_a_delivery_problem() -> None:
    document = with_a_letter()
    document["communications"][2]["channel"] = "pigeon"
    assert [name for name, _ in problems_of(document)] == ["communications[2].channel"]


@pytest.mark.parametrize(
    ("path", "key", "value"),
    [([], "language", "fr"), (["customer"], "city", "Lyon"), (["communications", 0], "delivery", "post")],
)
def test_a_version_1_file_with_a_new_key_is_refused_naming_both(
    path: list[str | int], key: str, value: Any
) -> None:
    document = full_document()
    target: Any = document
    for step in path:
        target = target[step]
    target[key] = value
    problems = problems_of(document)
    field = ".".join(str(p) for p in path).replace(".0", "[0]")
    assert [name for name, _ in problems] == [(field + "." if path else "") + key], problems
    assert FORMAT_1 in problems[0][1] and "dossier-case/2" in problems[0][1]


def test_the_new_keys_go_through_the_store_unchanged(services: Services, tmp_path: Path) -> None:
    document = {**with_a_letter(), "evidence": []}
    source = tmp_path / "case.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    case_id = services.import_case_file(source)
    case = services.case(case_id)
    assert (case.language, case.customer.city) == ("fr", "Łódź")
    out = tmp_path / "out.json"
    services.export_case_file(case_id, out)
    assert json.loads(out.read_text(encoding="utf-8")) == document


def test_the_sample_case_has_its_customer_s_city_and_its_letter_s_delivery(services: Services) -> None:
    detail = services.case_detail(services.add_sample_case())
    assert detail.case.customer.city == "Paris" and "Paris" in (detail.case.customer.address or "")
    assert detail.case.language is None  # French from its country
    (letter,) = [c for c in detail.communications if c.channel is Channel.LETTER]
    assert letter.delivery is LetterDelivery.REGISTERED_POST
    assert all(c.delivery is None for c in detail.communications if c is not letter)
