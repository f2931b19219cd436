"""The escalation ladder: where a case stands, the next step, and what to have ready. No I/O.

The ladder is data (``resources/rules/escalation.json``); the regulator or
ombudsman of the last rungs depends on the case's country.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.models import Case
from desktop_app.domain.vocab import EscalationStage


class EscalationError(ValueError):
    """The escalation table is malformed; the message says where."""


@dataclass(frozen=True)
class Rung:
    stage: EscalationStage
    next: EscalationStage | None
    step: str  # may hold {regulator}
    prepare: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Ladder:
    rungs: dict[EscalationStage, Rung]
    regulators: dict[str, tuple[str, str]]  # country (or "default") -> (name, source)


@dataclass(frozen=True)
class NextStep:
    stage: EscalationStage
    next: EscalationStage | None
    step: str
    prepare: tuple[str, ...]
    regulator: str
    source: str


def parse_ladder(document: Mapping[str, Any]) -> Ladder:
    if document.get("format") != "dossier-escalation/1":
        raise EscalationError("the escalation table is not in the dossier-escalation/1 format")
    sources: Mapping[str, str] = document.get("sources", {})
    rungs: dict[EscalationStage, Rung] = {}
    for index, raw in enumerate(document.get("stages", [])):
        where = f"stages[{index}]"
        try:
            stage = EscalationStage(raw["stage"])
            following = EscalationStage(raw["next"]) if raw.get("next") else None
        except (KeyError, ValueError) as exc:
            raise EscalationError(f"{where}: unknown or missing stage ({exc})") from None
        if raw.get("source") not in sources:
            raise EscalationError(f"{where}: the source {raw.get('source')!r} is not listed under 'sources'")
        rungs[stage] = Rung(
            stage, following, str(raw["step"]), tuple(raw.get("prepare", [])), sources[raw["source"]]
        )
    missing = [s.value for s in EscalationStage if s not in rungs]
    if missing:
        raise EscalationError(f"the escalation table has no stage {', '.join(missing)}")
    regulators: dict[str, tuple[str, str]] = {}
    for country, raw in document.get("regulators", {}).items():
        if raw.get("source") not in sources:
            raise EscalationError(f"regulators.{country}: the source {raw.get('source')!r} is not listed")
        regulators[country] = (str(raw["name"]), sources[raw["source"]])
    if "default" not in regulators:
        raise EscalationError("the escalation table names no default regulator")
    return Ladder(rungs, regulators)


def next_step(case: Case, ladder: Ladder) -> NextStep:
    rung = ladder.rungs[case.stage]
    regulator, regulator_source = ladder.regulators.get(
        (case.country or "").upper(), ladder.regulators["default"]
    )
    source = rung.source
    if case.stage in (EscalationStage.BANK, EscalationStage.REGULATOR):
        source = regulator_source
    return NextStep(
        stage=case.stage,
        next=rung.next,
        step=rung.step.replace("{regulator}", regulator),
        prepare=rung.prepare,
        regulator=regulator,
        source=source,
    )
