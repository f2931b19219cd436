"""The deadline rules table (``resources/rules/deadlines.json``), read and checked. No I/O.

A rule says which cases it applies to (``when``), what it counts from (``from``: the first of
those facts that is known), how far (``counts``: several when sources disagree, the earliest is
shown), the source that says so, and optionally:

- ``right``: rules that give a date for the same right share it; where they give different
  dates the earliest is shown with a note naming every rule and source;
- ``at_most``: never later than this count from these facts;
- ``valid_from``: the rule applies only to a start date on or after this day (a law's date);
- ``party``: ``you`` (the default: the user must act) or ``them`` (the merchant or the bank must
  answer by then);
- ``note``: what the user should know with the date.

What a rule counts from (``from``, ``at_most.from``) is named by:

- a case date (``transaction``, ``debit``, ``mandate_revoked``, ``merchant_complaint``… see
  ``CASE_DATE_FIELDS``);
- ``charge`` or ``charge_expected_delivery``: the date of each disputed charge, or its own
  expected delivery (a rule naming either is counted once per disputed charge);
- ``last_charge``: the latest disputed charge (once per case);
- ``filed_on``: the day the dispute was filed with the issuer (``issuer.filed_on``).

A case with disputed charges counts a per-charge rule from the charges only: the case's own
dates listed after ``charge`` in ``from`` are the fallback for a case without charges.

Kind ``info`` is a right with no deadline of its own (UK Section 75, a network whose limit is
not known): it has no counts and is shown as a notice, never as a date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.domain.models import CASE_DATE_FIELDS
from desktop_app.domain.vocab import CardKind, CardNetwork, CustomerKind, PaymentMethod, Reason

FORMATS = ("dossier-deadlines/1", "dossier-deadlines/2")
UNITS = ("days", "weeks", "months", "business_days")
KINDS = ("deadline", "wait", "info")
PARTIES = ("you", "them")
CHARGE_STARTS = ("charge", "charge_expected_delivery")
CASE_STARTS = ("last_charge", "filed_on")
STARTS = (*CHARGE_STARTS, *CASE_STARTS, *CASE_DATE_FIELDS)
YES_NO = ["yes", "no"]
_CONDITIONS: dict[str, list[str] | None] = {
    "payment_method": PaymentMethod.values(),
    "network": CardNetwork.values(),
    "card_kind": CardKind.values(),
    "reason": Reason.values(),
    "country": None,  # two-letter codes or region names
    "customer_kind": [*CustomerKind.values(), "unknown"],  # unknown: the case does not say
    "business": YES_NO,  # a business card or account
    "after_revocation": YES_NO,  # the debit is dated after dates.mandate_revoked
    "provisional_credit": YES_NO,  # the issuer gave a provisional credit
    "known": list(STARTS),  # each of these facts is known
    "unknown": list(STARTS),  # none of these facts is known
}


class DeadlineRuleError(ValueError):
    """The deadlines table is malformed; the message says where."""


@dataclass(frozen=True)
class Count:
    unit: str
    amount: int
    source: str  # the source's own words


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    title: str
    kind: str  # deadline, wait or info
    when: Mapping[str, tuple[str, ...]]  # condition -> allowed values (a "_not" suffix: refused values)
    start: tuple[str, ...]  # what it counts from, the first one known
    counts: tuple[Count, ...]
    at_most: tuple[tuple[str, ...], Count] | None = None  # never later than this count from that date
    right: str = ""  # rules for one right share it (default: the rule's id)
    valid_from: date | None = None
    party: str = "you"
    note: str = ""
    source: str = ""  # an info rule's source

    @property
    def per_charge(self) -> bool:
        return any(name in CHARGE_STARTS for name in self.start)


def parse_deadline_rules(document: Mapping[str, Any]) -> list[DeadlineRule]:
    if document.get("format") not in FORMATS:
        raise DeadlineRuleError(f"the deadlines table is not in the {' or '.join(FORMATS)} format")
    sources: Mapping[str, str] = document.get("sources", {})
    regions: Mapping[str, list[str]] = document.get("regions", {})
    rules: list[DeadlineRule] = []
    seen: set[str] = set()
    for index, raw in enumerate(document.get("rules", [])):
        rule = _rule(raw, sources, regions, f"rules[{index}]")
        if rule.id in seen:
            raise DeadlineRuleError(f"rules[{index}]: the id {rule.id!r} is used twice")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def _rule(raw: Any, sources: Mapping[str, str], regions: Mapping[str, list[str]], where: str) -> DeadlineRule:
    if not isinstance(raw, Mapping):
        raise DeadlineRuleError(f"{where}: a rule must be an object")
    info = raw.get("kind") == "info"
    for key in ("id", "title", "kind", "when") + (("source",) if info else ("from", "counts")):
        if key not in raw:
            raise DeadlineRuleError(f"{where}: the rule has no {key!r}")
    if raw["kind"] not in KINDS:
        raise DeadlineRuleError(f"{where}: kind must be one of {', '.join(KINDS)}")
    party = raw.get("party", "you")
    if party not in PARTIES:
        raise DeadlineRuleError(f"{where}: party must be one of {', '.join(PARTIES)}")
    start = _starts(raw.get("from", []), f"{where}.from", empty_ok=info)
    counts = tuple(_count(c, sources, f"{where}.counts") for c in raw.get("counts", []))
    if not counts and not info:
        raise DeadlineRuleError(f"{where}: the rule has no count")
    at_most = None
    if raw.get("at_most") is not None:
        limit = raw["at_most"]
        names = limit.get("from")
        at_most = (
            _starts([names] if isinstance(names, str) else names or [], f"{where}.at_most.from"),
            _count(limit, sources, f"{where}.at_most"),
        )
    valid_from = None
    if raw.get("valid_from") is not None:
        try:
            valid_from = date.fromisoformat(str(raw["valid_from"]))
        except ValueError as exc:
            raise DeadlineRuleError(f"{where}.valid_from: not a date (YYYY-MM-DD)") from exc
    source = ""
    if info:
        if raw["source"] not in sources:
            raise DeadlineRuleError(f"{where}: the source {raw['source']!r} is not listed under 'sources'")
        source = sources[raw["source"]]
    return DeadlineRule(
        str(raw["id"]),
        str(raw["title"]),
        str(raw["kind"]),
        _conditions(raw["when"], regions, where),
        start,
        counts,
        at_most,
        right=str(raw.get("right") or raw["id"]),
        valid_from=valid_from,
        party=party,
        note=str(raw.get("note", "")),
        source=source,
    )


def _starts(raw: Any, where: str, *, empty_ok: bool = False) -> tuple[str, ...]:
    names = tuple(str(name) for name in raw) if isinstance(raw, list) else ()
    unknown = [name for name in names if name not in STARTS]
    if (not names and not empty_ok) or unknown:
        raise DeadlineRuleError(f"{where}: names no case date or charge: {', '.join(unknown) or 'empty'}")
    return names


def _count(raw: Any, sources: Mapping[str, str], where: str) -> Count:
    units = [unit for unit in UNITS if unit in raw]
    if len(units) != 1:
        raise DeadlineRuleError(f"{where}: give exactly one of {', '.join(UNITS)}")
    amount = raw[units[0]]
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
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
        if name not in _CONDITIONS or (key.endswith("_not") and name in ("known", "unknown")):
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
