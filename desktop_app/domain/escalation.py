"""The escalation ladder: where a case stands, the next step, the bodies open to the customer. No I/O.

The ladder is data (``resources/rules/escalation.json``). Where a case stands follows what is
logged, unless the user chose the stage (``Case.stage_override``):

- a contact at a level (``Communication.level``; none said: customer service) means the case has
  reached that level; a refusal or a final response there (``Communication.answer``) moves it on
  to the ladder's next stage: a supervisor's refusal to the formal complaint, the head office's to
  the bank;
- the written complaint that reached the merchant (``dates.merchant_complaint``) is the formal
  complaint; a complaint to the bank (``dates.bank_complaint``) or a dispute filed with the issuer
  (``issuer.filed_on``) is the bank's stage, and a filed dispute means waiting for the issuer;
- the issuer's outcome: lost or partly won (or, with no outcome said, the provisional credit
  taken back), the regulator or ombudsman is next; won, nothing is left to escalate. A final
  response date (``dates.final_response``) once the bank has the case is the bank's, and the
  regulator is next.

The advice is never a step already taken: at a stage not yet contacted it is that stage's own
step ("Send a formal written complaint"), once contacted the step after it. The bodies of each
stage (an ombudsman, arbitration, the courts) say whether this customer may use them: some take
only natural persons, and for a customer whose kind is not known the reason says "if you act as
a private person".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.models import Case, Communication
from desktop_app.domain.vocab import CustomerKind, EscalationStage, IssuerOutcome, MerchantAnswer
from desktop_app.i18n import translate

FOR = ("anyone", "person", "person_or_micro")
KINDS = ("person", "unknown", "company")
FINAL = (MerchantAnswer.REFUSED, MerchantAnswer.FINAL_RESPONSE)
STATES = ("done", "current", "next", "later")


class EscalationError(ValueError):
    """The escalation table is malformed; the message says where."""


@dataclass(frozen=True)
class BodyRule:
    id: str
    name: str  # may hold {merchant} or {issuer}
    open_to: str  # one of FOR
    why: Mapping[str, str]  # the customer's kind (KINDS) -> why it is or is not open
    source: str


@dataclass(frozen=True)
class Rung:
    stage: EscalationStage
    next: EscalationStage | None
    step: str  # may hold {regulator}
    prepare: tuple[str, ...]
    source: str
    title: str = ""
    then: str = ""  # the step once this stage has been contacted
    waiting: str = ""  # the bank's: once a dispute is filed
    then_prepare: tuple[str, ...] = ()
    bodies: Mapping[str, tuple[str, ...]] | None = None  # country (or "default") -> body ids


@dataclass(frozen=True)
class Ladder:
    rungs: dict[EscalationStage, Rung]
    regulators: dict[str, tuple[str, str]]  # country (or "default") -> (name, source)
    order: tuple[EscalationStage, ...] = tuple(EscalationStage)
    bodies: Mapping[str, BodyRule] | None = None
    regulator_ids: Mapping[str, str] | None = None  # country (or "default") -> body id


@dataclass(frozen=True)
class Body:
    """An organisation a step names, and whether this customer may turn to it."""

    name: str
    available: bool
    why: str
    source: str


@dataclass(frozen=True)
class Step:
    stage: EscalationStage
    title: str
    state: str  # done, current, next or later
    bodies: tuple[Body, ...]


@dataclass(frozen=True)
class NextStep:
    stage: EscalationStage  # where the case stands (the last stage when nothing is left to do)
    next: EscalationStage | None
    step: str  # what to do now: never a step already taken
    prepare: tuple[str, ...]
    regulator: str
    source: str
    because: str = ""  # the fact that puts the case there
    steps: tuple[Step, ...] = ()  # the whole ladder, in order, with each step's state
    waiting_for_issuer: bool = False  # a dispute is filed: the issuer's clocks run
    finished: bool = False  # the issuer decided for the customer: nothing left to escalate
    overridden: bool = False  # the user chose the stage


def parse_ladder(document: Mapping[str, Any]) -> Ladder:
    if document.get("format") != "dossier-escalation/2":
        raise EscalationError("the escalation table is not in the dossier-escalation/2 format")
    sources: Mapping[str, str] = document.get("sources", {})
    bodies = {key: _body(key, raw, sources) for key, raw in document.get("bodies", {}).items()}
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
        named = {str(k): tuple(str(b) for b in v) for k, v in raw.get("bodies", {}).items()}
        if "default" not in named:
            raise EscalationError(f"{where}: the stage's bodies have no default")
        unknown = sorted({b for ids in named.values() for b in ids} - set(bodies))
        if unknown:
            raise EscalationError(f"{where}: unknown bodies {', '.join(unknown)}")
        for key in ("step", "then", "title"):
            if not str(raw.get(key, "")).strip():
                raise EscalationError(f"{where}: the stage has no {key!r}")
        rungs[stage] = Rung(
            stage,
            following,
            str(raw["step"]),
            tuple(raw.get("prepare", [])),
            sources[raw["source"]],
            title=str(raw["title"]),
            then=str(raw["then"]),
            waiting=str(raw.get("waiting", "")),
            then_prepare=tuple(raw.get("then_prepare", [])),
            bodies=named,
        )
    missing = [s.value for s in EscalationStage if s not in rungs]
    if missing:
        raise EscalationError(f"the escalation table has no stage {', '.join(missing)}")
    ids: dict[str, str] = {}
    regulators: dict[str, tuple[str, str]] = {}
    for country, body in document.get("regulators", {}).items():
        if body not in bodies:
            raise EscalationError(f"regulators.{country}: {body!r} is not one of the bodies")
        ids[country] = body
        regulators[country] = (bodies[body].name, bodies[body].source)
    if "default" not in regulators:
        raise EscalationError("the escalation table names no default regulator")
    return Ladder(rungs, regulators, _order(rungs), bodies, ids)


def _order(rungs: Mapping[EscalationStage, Rung]) -> tuple[EscalationStage, ...]:
    """The stages from the first, each followed by its ``next``: every stage once."""
    order: list[EscalationStage] = []
    stage: EscalationStage | None = EscalationStage.CUSTOMER_SERVICE
    while stage is not None and stage not in order:
        order.append(stage)
        stage = rungs[stage].next
    if stage is not None or len(order) != len(rungs):
        raise EscalationError("the stages must lead, one after the other, from customer_service to the last")
    return tuple(order)


def _body(key: str, raw: Any, sources: Mapping[str, str]) -> BodyRule:
    where = f"bodies.{key}"
    if not isinstance(raw, Mapping) or not str(raw.get("name", "")).strip():
        raise EscalationError(f"{where}: a body needs a name")
    if raw.get("for") not in FOR:
        raise EscalationError(f"{where}: 'for' must be one of {', '.join(FOR)}")
    if raw.get("source") not in sources:
        raise EscalationError(f"{where}: the source {raw.get('source')!r} is not listed under 'sources'")
    why = raw.get("why")
    texts = {kind: str(why) for kind in KINDS} if isinstance(why, str) else dict(why or {})
    if any(not str(texts.get(kind, "")).strip() for kind in KINDS):
        raise EscalationError(f"{where}: 'why' needs a text, or one for each of {', '.join(KINDS)}")
    return BodyRule(key, str(raw["name"]), str(raw["for"]), texts, sources[raw["source"]])


def next_step(case: Case, ladder: Ladder, communications: Iterable[Communication] = ()) -> NextStep:
    """Where the case stands, from its logged facts (or the user's stage), and what to do now."""
    order = ladder.order
    contacts = sorted(communications, key=lambda c: c.at)
    reached = 0
    contacted: set[EscalationStage] = set()
    because = ""
    waiting = finished = False

    def reach(stage: EscalationStage | None, why: str, *, touched: bool = True) -> None:
        nonlocal reached, because
        if stage is None:
            return
        if touched:
            contacted.add(stage)
        if order.index(stage) >= reached:
            reached, because = order.index(stage), why

    if case.stage_override:
        reached, because = order.index(case.stage), translate("Escalation", "the stage you chose")
        contacted.add(case.stage)
    else:
        for c in contacts:
            level = c.level or EscalationStage.CUSTOMER_SERVICE
            day = c.at.date().isoformat()
            reach(
                level,
                translate("Escalation", "a contact with {who} on {day}").format(who=_who(level), day=day),
            )
            if c.answer in FINAL:
                if c.answer is MerchantAnswer.REFUSED:
                    said = translate("Escalation", "the refusal of {who} on {day}")
                else:
                    said = translate("Escalation", "the final response of {who} on {day}")
                reach(ladder.rungs[level].next, said.format(who=_who(level), day=day), touched=False)
        dates, issuer = case.dates, case.issuer
        if dates.merchant_complaint:
            complaint = dates.merchant_complaint.isoformat()
            reach(
                EscalationStage.FORMAL_COMPLAINT,
                translate("Escalation", "the written complaint that reached the merchant on {day}").format(
                    day=complaint
                ),
            )
        if dates.bank_complaint:
            said = translate("Escalation", "the complaint to the bank of {day}")
            reach(EscalationStage.BANK, said.format(day=dates.bank_complaint.isoformat()))
        if issuer.filed_on:
            waiting = True
            said = translate("Escalation", "the dispute filed with the issuer on {day}")
            reach(EscalationStage.BANK, said.format(day=issuer.filed_on.isoformat()))
        bank_known = EscalationStage.BANK in contacted
        if dates.final_response and bank_known:
            day = dates.final_response.isoformat()
            said = translate("Escalation", "the bank's final response of {day}")
            reach(EscalationStage.REGULATOR, said.format(day=day), touched=False)
            waiting = False
        decided = issuer.outcome_on.isoformat() if issuer.outcome_on else ""
        if issuer.outcome is IssuerOutcome.WON:
            finished, waiting = True, False
            reached = max(reached, order.index(EscalationStage.BANK))
            because = (
                translate("Escalation", "the issuer decided in your favour on {day}").format(day=decided)
                if decided
                else translate("Escalation", "the issuer decided in your favour")
            )
        elif issuer.outcome is IssuerOutcome.LOST:
            waiting = False
            said = (
                translate("Escalation", "the issuer decided against you on {day}").format(day=decided)
                if decided
                else translate("Escalation", "the issuer decided against you")
            )
            reach(EscalationStage.REGULATOR, said, touched=False)
        elif issuer.outcome is IssuerOutcome.PARTLY:
            waiting = False
            said = (
                translate("Escalation", "the issuer decided for only part of the dispute on {day}").format(
                    day=decided
                )
                if decided
                else translate("Escalation", "the issuer decided for only part of the dispute")
            )
            reach(EscalationStage.REGULATOR, said, touched=False)
        elif issuer.redebit_on or issuer.redebit_amount is not None:
            waiting = False  # the provisional credit taken back: the issuer sided with the merchant
            said = (
                translate("Escalation", "the provisional credit was taken back on {day}").format(
                    day=issuer.redebit_on.isoformat()
                )
                if issuer.redebit_on
                else translate("Escalation", "the provisional credit was taken back")
            )
            reach(EscalationStage.REGULATOR, said, touched=False)
    return _standing(case, ladder, reached, contacted, because, waiting=waiting, finished=finished)


def _who(level: EscalationStage) -> str:
    return {
        EscalationStage.CUSTOMER_SERVICE: translate("Escalation", "customer service"),
        EscalationStage.SUPERVISOR: translate("Escalation", "a supervisor"),
        EscalationStage.FORMAL_COMPLAINT: translate("Escalation", "the head office"),
        EscalationStage.BANK: translate("Escalation", "the bank"),
        EscalationStage.REGULATOR: translate("Escalation", "the regulator or ombudsman"),
    }[level]


def _standing(
    case: Case,
    ladder: Ladder,
    reached: int,
    contacted: set[EscalationStage],
    because: str,
    *,
    waiting: bool,
    finished: bool,
) -> NextStep:
    order = ladder.order
    stage = order[reached]
    rung = ladder.rungs[stage]
    waiting = waiting and bool(rung.waiting)  # the bank's stage: once the case is past it, no more
    regulator, regulator_source = _regulator(case, ladder)
    issuer = case.issuer
    if finished:
        text = translate(
            "Escalation",
            "Nothing is left to escalate: the issuer decided in your favour. Keep the record: if the "
            "merchant challenges the decision, the bank may write to you again",
        )
        prepare: tuple[str, ...] = (translate("Escalation", "the issuer's decision, as evidence"),)
    elif waiting:
        claim = (
            " " + translate("Escalation", "(claim {claim})").format(claim=issuer.claim_number)
            if issuer.claim_number
            else ""
        )
        filed = issuer.filed_on.isoformat() if issuer.filed_on else ""
        text = (
            translate("Rules", rung.waiting)
            .replace("{issuer}", issuer.name or translate("Escalation", "your bank or card issuer"))
            .replace("{filed_on}", filed)
            .replace("{claim}", claim)
        )
        prepare = _shown(rung.then_prepare or _prepare_after(ladder, rung))
    elif stage in contacted:
        text, prepare = (
            translate("Rules", rung.then),
            _shown(rung.then_prepare or _prepare_after(ladder, rung)),
        )
    else:
        text, prepare = translate("Rules", rung.step), _shown(rung.prepare)
    text = text.replace("{regulator}", regulator)
    source = regulator_source if stage in (EscalationStage.BANK, EscalationStage.REGULATOR) else rung.source
    steps = tuple(
        Step(
            s,
            translate("Rules", ladder.rungs[s].title),
            _state(i, reached, finished),
            _bodies(case, ladder, s),
        )
        for i, s in enumerate(order)
    )
    return NextStep(
        stage=stage,
        next=None if finished else rung.next,
        step=text,
        prepare=prepare,
        regulator=regulator,
        source=source,
        because=because,
        steps=steps,
        waiting_for_issuer=waiting and not finished,
        finished=finished,
        overridden=case.stage_override,
    )


def _shown(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The rules' texts in the process's language."""
    return tuple(translate("Rules", text) for text in texts)


def _prepare_after(ladder: Ladder, rung: Rung) -> tuple[str, ...]:
    return ladder.rungs[rung.next].prepare if rung.next else rung.prepare


def _state(index: int, reached: int, finished: bool) -> str:
    if index < reached or (finished and index == reached):
        return "done"
    if finished:
        return "later"
    if index == reached:
        return "current"
    return "next" if index == reached + 1 else "later"


def customer_kind(case: Case) -> str:
    """person, company or unknown: who may use a body depends on it."""
    kind = case.customer.kind
    return "unknown" if kind is None else ("person" if kind is CustomerKind.PERSON else "company")


def _bodies(case: Case, ladder: Ladder, stage: EscalationStage) -> tuple[Body, ...]:
    rung, rules = ladder.rungs[stage], ladder.bodies or {}
    named = rung.bodies or {}
    country = (case.country or "").upper()
    ids = named.get(country, named.get("default", ()))
    return tuple(_open(case, rules[i]) for i in ids)


def _open(case: Case, rule: BodyRule) -> Body:
    kind = customer_kind(case)
    available = rule.open_to != "person" or kind != "company"
    name = (
        translate("Rules", rule.name)
        .replace("{merchant}", case.merchant.name or translate("Escalation", "the merchant"))
        .replace("{issuer}", case.issuer.name or translate("Escalation", "your bank or card issuer"))
    )
    return Body(name, available, translate("Rules", rule.why[kind]), rule.source)


def _regulator(case: Case, ladder: Ladder) -> tuple[str, str]:
    """The country's regulator or ombudsman, when this customer may use it; else the first body of
    the last stage that is open to them."""
    country = (case.country or "").upper()
    english, source = ladder.regulators.get(country, ladder.regulators["default"])
    name = translate("Rules", english)
    ids = ladder.regulator_ids or {}
    rules = ladder.bodies or {}
    body_id = ids.get(country, ids.get("default"))
    if body_id is None or body_id not in rules:
        return name, source
    if _open(case, rules[body_id]).available:
        return name, source
    last = ladder.order[-1]
    for body in _bodies(case, ladder, last):
        if body.available:
            return body.name, body.source
    return name, source
