"""The escalation ladder: the next step at each stage, and the regulator of each country."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from desktop_app.domain.escalation import EscalationError, next_step, parse_ladder
from desktop_app.domain.models import Case, Merchant
from desktop_app.domain.vocab import EscalationStage, Reason
from desktop_app.resources import resource_path

TABLE: dict[str, Any] = json.loads(resource_path("rules", "escalation.json").read_text(encoding="utf-8"))
LADDER = parse_ladder(TABLE)


def case(stage: EscalationStage, country: str | None) -> Case:
    return Case("Case", Merchant("Shop"), Reason.OTHER, "EUR", stage=stage, country=country)


def test_every_stage_leads_to_the_next_and_says_what_to_prepare() -> None:
    stages = list(EscalationStage)
    for stage, following in zip(stages, [*stages[1:], None], strict=True):
        step = next_step(case(stage, "FR"), LADDER)
        assert step.next == following and step.prepare and step.step and step.source


@pytest.mark.parametrize(
    ("country", "regulator"),
    [
        ("GB", "Financial Ombudsman Service"),
        ("ES", "Banco de España"),
        ("PL", "Rzecznik Finansowy"),
        ("fr", "médiateur"),
        ("US", "CFPB"),
        (None, "ombudsman or banking regulator"),
    ],
)
def test_the_regulator_depends_on_the_country(country: str | None, regulator: str) -> None:
    step = next_step(case(EscalationStage.BANK, country), LADDER)
    assert regulator in step.step and "{regulator}" not in step.step and regulator in step.regulator


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.update(format="x"), "format"),
        (lambda t: t["stages"].pop(), "regulator"),
        (lambda t: t["stages"][0].update(stage="prayer"), "prayer"),
        (lambda t: t["regulators"].pop("default"), "default"),
        (lambda t: t["stages"][0].update(source="rumour"), "rumour"),
    ],
)
def test_a_damaged_table_is_refused_with_where(damage: Any, message: str) -> None:
    table = copy.deepcopy(TABLE)
    damage(table)
    with pytest.raises(EscalationError, match=message):
        parse_ladder(table)
