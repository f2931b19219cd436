"""resources/letters/law.json: read and checked, each country's citations, the answer clocks."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop_app.domain.letter_law import Clock, LawError, answer_by, citations_for, clock_for, parse_law
from desktop_app.domain.vocab import LETTER_KINDS, CustomerKind, Reason
from desktop_app.resources import resource_path
from tests.support.letter_cases import build_case

DOCUMENT = json.loads(resource_path("letters", "law.json").read_text(encoding="utf-8"))


def test_the_table_reads_and_every_citation_has_its_source() -> None:
    law = parse_law(DOCUMENT)
    countries = {country for country, _kind in law.citations}
    assert countries == {"FR", "ES", "PL", "GB", "US"}
    for (country, kind), cites in law.citations.items():
        assert kind in LETTER_KINDS and cites, (country, kind)
        assert all(c.source.startswith("https://") and c.cite[0].isalnum() for c in cites)
    assert set(k for k, _c in law.clocks) == set(LETTER_KINDS)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d.update(format="x"), "'format' must be"),
        (lambda d: d["FR"]["sepa-refund"][0].update(source="http://example.org"), "https://"),
        (lambda d: d["FR"].update(poem=[]), "FR.poem is not a letter"),
        (lambda d: d.update(France={}), "'France' is not a country code"),
        (lambda d: d["FR"]["issuer-dispute"][0].update(reasons=["mood"]), "'mood' is not a dispute reason"),
        (lambda d: d["PL"]["bank-complaint"][0].update(customer="robot"), "person or company"),
        (lambda d: d["FR"]["sepa-refund"][0].pop("cite"), "'cite' is missing"),
        (lambda d: d["clocks"]["fcba"].update(default={"days": 0}), "clocks.fcba.default"),
        (lambda d: d["clocks"].update(poem={}), "'poem' is not a letter"),
        (lambda d: d["recipients"]["GB"].update(poem=["x"]), "recipients.GB.poem"),
    ],
)
def test_a_damaged_table_is_refused_saying_where(damage: Any, message: str) -> None:
    broken = copy.deepcopy(DOCUMENT)
    damage(broken)
    with pytest.raises(LawError, match=message.replace(".", r"\.").replace("(", r"\(")):
        parse_law(broken)


def test_citations_follow_the_country_the_customer_and_the_reason() -> None:
    law = parse_law(DOCUMENT)
    pl = build_case("PL", "debit")
    assert [c.cite[:6] for c in citations_for(law, pl, "bank-complaint")] == ["art. 7"]
    company = build_case("PL", "debit", kind=CustomerKind.COMPANY)
    assert citations_for(law, company, "bank-complaint") == ()  # the complaints act: natural persons
    assert citations_for(law, build_case("DE", "direct_debit"), "sepa-refund") == ()
    no_country = build_case("FR", "credit")
    assert citations_for(law, replace(no_country, country=None), "bank-complaint") == ()
    card = build_case("FR", "credit")
    assert citations_for(law, card, "issuer-dispute") == ()
    stolen = build_case("FR", "credit", reason=Reason.UNAUTHORIZED)
    assert [c.cite for c in citations_for(law, stolen, "issuer-dispute")] == [
        "article L133-18 du Code monétaire et financier",
        "article L133-24 du Code monétaire et financier",
    ]


def test_the_answer_date_counts_working_days_and_skips_holidays() -> None:
    law = parse_law(DOCUMENT)
    fifteen = clock_for(law, "FR", "bank-complaint")
    assert fifteen is not None and (fifteen.days, fifteen.business) == (15, True)
    # From Monday 21 December 2026 in France: 25 December and 1 January are holidays.
    assert answer_by(date(2026, 12, 21), fifteen, "FR") == date(2027, 1, 13)
    # In Poland 24 December (since 2025) and 6 January (Epiphany) are holidays too.
    assert answer_by(date(2026, 12, 21), fifteen, "PL") == date(2027, 1, 15)
    us = clock_for(law, "US", "bank-complaint")
    assert us is not None and (us.days, us.business) == (30, False)
    assert clock_for(law, "FR", "issuer-dispute") is None
    fourteen = Clock(14, False, "")
    # 14 days from Thursday 10 December 2026 is Thursday 24 December; from 12 December, Saturday
    # 26 December: the next working day, Monday 28 December.
    assert answer_by(date(2026, 12, 10), fourteen, "FR") == date(2026, 12, 24)
    assert answer_by(date(2026, 12, 12), fourteen, "FR") == date(2026, 12, 28)
