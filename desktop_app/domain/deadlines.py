"""The deadlines that apply to a case, computed from its facts and the rules table. No I/O.

The rules are data (``resources/rules/deadlines.json``): which cases a rule
applies to, which of the case's dates it counts from, how far, and the source
that says so. Where sources disagree, the rule lists every count and the
earliest date is the one shown, with a note that says so.

Date arithmetic is calendar arithmetic on dates, never on times, so that
daylight-saving changes cannot move a deadline: "120 days" is 120 calendar
days, "13 months" is the same day 13 months on (the month's last day when
that month is shorter), "15 business days" skips Saturdays and Sundays.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_app.domain.models import CASE_DATE_FIELDS, Case
from desktop_app.domain.vocab import CardKind, CardNetwork, PaymentMethod, Reason

UNITS = ("days", "weeks", "months", "business_days")
KINDS = ("deadline", "wait")
_CONDITIONS = {
    "payment_method": PaymentMethod.values(),
    "network": CardNetwork.values(),
    "card_kind": CardKind.values(),
    "reason": Reason.values(),
    "country": None,  # two-letter codes or region names
}


class DeadlineRuleError(ValueError):
    """The deadlines table is malformed; the message says where."""


# --------------------------------------------------------------------------- date arithmetic


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the last day of the month when that month is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_business_days(day: date, count: int) -> date:
    """The ``count``-th weekday after ``day`` (Saturdays and Sundays are skipped)."""
    if count < 0:
        raise ValueError("count business days forward only")
    current = day
    left = count
    while left:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def add(day: date, unit: str, amount: int) -> date:
    if unit == "days":
        return day + timedelta(days=amount)
    if unit == "weeks":
        return day + timedelta(weeks=amount)
    if unit == "months":
        return add_months(day, amount)
    if unit == "business_days":
        return add_business_days(day, amount)
    raise ValueError(f"unknown unit {unit!r}")


def describe_count(unit: str, amount: int) -> str:
    names = {"days": "day", "weeks": "week", "months": "month", "business_days": "business day"}
    name = names[unit]
    return f"{amount} {name}{'' if amount == 1 else 's'}"


# --------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class Count:
    unit: str
    amount: int
    source: str  # the source's own words


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    title: str
    kind: str  # deadline or wait
    when: Mapping[str, tuple[str, ...]]  # condition -> allowed values (a "_not" suffix: refused values)
    start: tuple[str, ...]  # case dates counted from, the first one known
    counts: tuple[Count, ...]
    at_most: tuple[str, Count] | None = None  # never later than this count from that date


@dataclass(frozen=True)
class Deadline:
    """A deadline that applies to a case."""

    rule_id: str
    title: str
    kind: str
    due: date
    days_left: int  # negative when past
    counted_from: str  # the case date it counts from
    count: str  # "120 days"
    source: str
    note: str = ""  # where sources disagree, or a limit applies

    @property
    def past(self) -> bool:
        return self.days_left < 0


def parse_deadline_rules(document: Mapping[str, Any]) -> list[DeadlineRule]:
    if document.get("format") != "dossier-deadlines/1":
        raise DeadlineRuleError("the deadlines table is not in the dossier-deadlines/1 format")
    sources: Mapping[str, str] = document.get("sources", {})
    regions: Mapping[str, list[str]] = document.get("regions", {})
    rules: list[DeadlineRule] = []
    seen: set[str] = set()
    for index, raw in enumerate(document.get("rules", [])):
        where = f"rules[{index}]"
        if not isinstance(raw, Mapping):
            raise DeadlineRuleError(f"{where}: a rule must be an object")
        for key in ("id", "title", "kind", "when", "from", "counts"):
            if key not in raw:
                raise DeadlineRuleError(f"{where}: the rule has no {key!r}")
        rule_id = str(raw["id"])
        if rule_id in seen:
            raise DeadlineRuleError(f"{where}: the id {rule_id!r} is used twice")
        seen.add(rule_id)
        if raw["kind"] not in KINDS:
            raise DeadlineRuleError(f"{where}: kind must be one of {', '.join(KINDS)}")
        start = tuple(raw["from"])
        unknown = [name for name in start if name not in CASE_DATE_FIELDS]
        if not start or unknown:
            raise DeadlineRuleError(f"{where}: 'from' names no case date: {', '.join(unknown) or 'empty'}")
        counts = tuple(_count(c, sources, f"{where}.counts") for c in raw["counts"])
        if not counts:
            raise DeadlineRuleError(f"{where}: the rule has no count")
        at_most = None
        if raw.get("at_most") is not None:
            limit = raw["at_most"]
            if limit.get("from") not in CASE_DATE_FIELDS:
                raise DeadlineRuleError(f"{where}.at_most: 'from' names no case date")
            at_most = (str(limit["from"]), _count(limit, sources, f"{where}.at_most"))
        rules.append(
            DeadlineRule(
                rule_id,
                str(raw["title"]),
                str(raw["kind"]),
                _conditions(raw["when"], regions, where),
                start,
                counts,
                at_most,
            )
        )
    return rules


def _count(raw: Any, sources: Mapping[str, str], where: str) -> Count:
    units = [unit for unit in UNITS if unit in raw]
    if len(units) != 1:
        raise DeadlineRuleError(f"{where}: give exactly one of {', '.join(UNITS)}")
    amount = raw[units[0]]
    if not isinstance(amount, int) or amount < 0:
        raise DeadlineRuleError(f"{where}: {units[0]} must be a whole number, 0 or more")
    if raw.get("source") not in sources:
        raise DeadlineRuleError(f"{where}: the source {raw.get('source')!r} is not listed under 'sources'")
    return Count(units[0], amount, sources[raw["source"]])


def _conditions(raw: Any, regions: Mapping[str, list[str]], where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, Mapping):
        raise DeadlineRuleError(f"{where}.when: must be an object")
    conditions: dict[str, tuple[str, ...]] = {}
    for key, values in raw.items():
        name = key.removesuffix("_not")
        if name not in _CONDITIONS:
            raise DeadlineRuleError(f"{where}.when: unknown condition {key!r}")
        allowed = _CONDITIONS[name]
        expanded: list[str] = []
        for value in values:
            if name == "country":
                expanded += regions.get(value, [value])
            elif allowed is not None and value not in allowed:
                raise DeadlineRuleError(f"{where}.when.{key}: {value!r} is not one of {', '.join(allowed)}")
            else:
                expanded.append(value)
        conditions[key] = tuple(expanded)
    return conditions


# --------------------------------------------------------------------------- applying them


def _facts(case: Case) -> dict[str, str | None]:
    return {
        "payment_method": case.payment.method,
        "network": case.payment.network,
        "card_kind": case.payment.card_kind,
        "reason": case.reason.value,
        "country": (case.country or "").upper() or None,
    }


def applies(rule: DeadlineRule, case: Case) -> bool:
    return _applies(rule, _facts(case))


def _applies(rule: DeadlineRule, facts: Mapping[str, str | None]) -> bool:
    for key, values in rule.when.items():
        value = facts[key.removesuffix("_not")]
        if key.endswith("_not"):
            if value in values:
                return False
        elif value not in values:
            return False
    return True


def compute_deadlines(case: Case, rules: Iterable[DeadlineRule], today: date) -> list[Deadline]:
    """The deadlines of ``rules`` that apply to ``case`` and whose first date is known, soonest first."""
    found: list[Deadline] = []
    facts = _facts(case)  # once per case, not once per rule
    for rule in rules:
        if not _applies(rule, facts):
            continue
        start_name = next((name for name in rule.start if getattr(case.dates, name) is not None), None)
        if start_name is None:
            continue
        start: date = getattr(case.dates, start_name)
        dated = sorted(((add(start, c.unit, c.amount), c) for c in rule.counts), key=lambda pair: pair[0])
        due, chosen = dated[0]
        notes = []
        if len({day for day, _ in dated}) > 1:
            others = "; ".join(f"{describe_count(c.unit, c.amount)}: {c.source}" for _day, c in dated)
            notes.append(f"Sources disagree ({others}); the earlier date is shown.")
        if rule.at_most is not None:
            limit_name, limit = rule.at_most
            limit_start = getattr(case.dates, limit_name)
            if limit_start is not None:
                limit_day = add(limit_start, limit.unit, limit.amount)
                if limit_day < due:
                    due = limit_day
                    notes.append(
                        f"At most {describe_count(limit.unit, limit.amount)} after the {limit_name} date."
                    )
        found.append(
            Deadline(
                rule_id=rule.id,
                title=rule.title,
                kind=rule.kind,
                due=due,
                days_left=(due - today).days,
                counted_from=start_name,
                count=describe_count(chosen.unit, chosen.amount),
                source=chosen.source,
                note=" ".join(notes),
            )
        )
    return sorted(found, key=lambda d: (d.due, d.rule_id))
