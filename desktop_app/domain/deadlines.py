"""The deadlines that apply to a case, computed from its facts, its charges and the rules table. No I/O.

The rules are data (``resources/rules/deadlines.json``, read by ``domain.deadline_rules``):
which cases a rule applies to, what it counts from, how far, and the source that says so.

**Each disputed charge its own clock.** A rule that counts from a charge (``charge``,
``charge_expected_delivery`` in its ``from``) is counted once for each disputed charge
(``domain.amounts.disputed_charges``: the charges marked disputed, else every charge), from
that charge's own date or its own expected delivery. The case's own dates named after them
(``transaction``, ``debit``, ``expected_delivery``) are the *fallback*: they are used only when
the case has no disputed charge. When a case has charges, a case-level date that differs from a
charge's is not used for that charge, and the deadline says so in its note. Rules counted from a
case fact (``final_response``, ``merchant_complaint``, ``bank_complaint``, ``filed_on``…) are
counted once per case, unless a rule for the same right counts per charge: then every rule of
that right is counted for each charge, so that their dates can be compared.

**Where rules or sources disagree** for one right (the counts of one rule, or rules sharing a
``right``), the earliest date is shown, with a note naming every count, rule and source.

**Weekends and public holidays.** A last day on a Saturday, a Sunday or a national public
holiday of the case's country says so (``working_day_note``) and, when it is the user who must
act, gives the working day before (``acts_by``). The holidays are looked up only when a
deadline falls on a weekday (``domain.holidays``), and never for the case list
(``working_days=False``), which shows only the earliest date.

Date arithmetic is calendar arithmetic on dates, never on times, so that
daylight-saving changes cannot move a deadline: "120 days" is 120 calendar
days, "13 months" is the same day 13 months on (the month's last day when
that month is shorter), "15 business days" skips Saturdays and Sundays
(not public holidays: the note says so where it matters).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.amounts import disputed_charges
from desktop_app.domain.deadline_rules import CHARGE_STARTS as CHARGE_STARTS
from desktop_app.domain.deadline_rules import KINDS as KINDS
from desktop_app.domain.deadline_rules import UNITS as UNITS
from desktop_app.domain.deadline_rules import Count as Count
from desktop_app.domain.deadline_rules import DeadlineRule as DeadlineRule
from desktop_app.domain.deadline_rules import DeadlineRuleError as DeadlineRuleError
from desktop_app.domain.deadline_rules import parse_deadline_rules as parse_deadline_rules
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Purchase
from desktop_app.domain.vocab import case_date_name
from desktop_app.i18n import noop, translate, translate_n

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
    """``120 days``: a count in English, as :attr:`Deadline.count` keeps it (the pack reads it)."""
    names = {"days": "day", "weeks": "week", "months": "month", "business_days": "business day"}
    name = names[unit]
    return f"{amount} {name}{'' if amount == 1 else 's'}"


def shown_count(count: str) -> str:
    """A count of :func:`describe_count` ("120 days") in the process's language, for a note."""
    number, _, unit = count.partition(" ")
    if not number.isdigit():
        return count
    n = int(number)
    unit = unit.removesuffix("s")
    if unit == "day":
        return translate_n("Deadlines", "%n day(s)", n)
    if unit == "week":
        return translate_n("Deadlines", "%n week(s)", n)
    if unit == "month":
        return translate_n("Deadlines", "%n month(s)", n)
    if unit == "business day":
        return translate_n("Deadlines", "%n business day(s)", n)
    return count


# --------------------------------------------------------------------------- results


Day = date  # for ChargeRef, whose field ``date`` hides the type


@dataclass(frozen=True)
class ChargeRef:
    """The disputed charge a deadline counts from."""

    date: date
    amount: Decimal
    currency: str
    description: str | None = None
    purchase_id: int | None = None
    expected_delivery: Day | None = None

    @staticmethod
    def of(purchase: Purchase) -> ChargeRef:
        return ChargeRef(
            purchase.date,
            purchase.amount,
            purchase.currency,
            purchase.description,
            purchase.id,
            purchase.expected_delivery,
        )

    def describe(self) -> str:
        """``charge of 2026-09-05, 29.90 EUR (Gym membership)``"""
        what = f" ({self.description})" if self.description else ""
        return f"charge of {self.date.isoformat()}, {self.amount} {self.currency}{what}"


@dataclass(frozen=True)
class Deadline:
    """A deadline that applies to a case (for one of its charges, when ``charge`` is set)."""

    rule_id: str
    title: str
    kind: str
    due: date
    days_left: int  # negative when past
    counted_from: str  # what it counts from: a case date's name, "charge", "filed_on"...
    count: str  # "120 days"
    source: str
    note: str = ""  # where sources or rules disagree, a limit applies, or what to know
    charge: ChargeRef | None = None  # the charge it counts from; None for a case-level date
    working_day_note: str = ""  # the due date is a weekend day or a public holiday
    acts_by: date | None = None  # then: the working day before, when the user must act
    party: str = "you"  # who must act by then: you, or them (the merchant's or bank's answer)

    @property
    def past(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Notice:
    """A right with no deadline of its own (kind ``info``), or a limit that is not known."""

    rule_id: str
    title: str
    source: str
    note: str = ""


_LABELS = {
    "charge": noop("Deadlines", "charge's date"),
    "charge_expected_delivery": noop("Deadlines", "charge's expected delivery"),
    "last_charge": noop("Deadlines", "last payment"),
    "filed_on": noop("Deadlines", "filing with the bank"),
}


def label(name: str) -> str:
    """What a rule counts from, in words: "charge's date", "final response date" (in the process's
    language)."""
    if name in _LABELS:
        return translate("Deadlines", _LABELS[name])
    return case_date_name(name)


# --------------------------------------------------------------------------- applying the rules


def _facts(case: Case) -> dict[str, str | None]:
    issuer = case.issuer
    return {
        "payment_method": case.payment.method,
        "network": case.payment.network,
        "card_kind": case.payment.card_kind,
        "reason": case.reason.value,
        "country": (case.country or "").upper() or None,
        "customer_kind": case.customer.kind.value if case.customer.kind else "unknown",
        "business": "yes" if case.payment.business else "no",
        "provisional_credit": "yes"
        if issuer.provisional_credit is not None or issuer.provisional_credit_on is not None
        else "no",
    }


def _after_revocation(case: Case, charge: ChargeRef | None) -> str:
    revoked = case.dates.mandate_revoked
    paid = charge.date if charge is not None else (case.dates.debit or case.dates.transaction)
    return "yes" if revoked is not None and paid is not None and paid > revoked else "no"


def _start(name: str, case: Case, charges: Sequence[ChargeRef], charge: ChargeRef | None) -> date | None:
    if name == "charge":
        return charge.date if charge is not None else None
    if name == "charge_expected_delivery":
        return charge.expected_delivery if charge is not None else None
    if name == "last_charge":
        return max((c.date for c in charges), default=None)
    if name == "filed_on":
        return case.issuer.filed_on
    day: date | None = getattr(case.dates, name)
    return day


def _first(
    names: Iterable[str], case: Case, charges: Sequence[ChargeRef], charge: ChargeRef | None
) -> tuple[str, date] | None:
    for name in names:
        day = _start(name, case, charges, charge)
        if day is not None:
            return name, day
    return None


def applies(rule: DeadlineRule, case: Case, purchases: Sequence[Purchase] = ()) -> bool:
    """Whether the rule's conditions hold for the case (for at least one of its charges)."""
    charges = [ChargeRef.of(p) for p in disputed_charges(purchases)]
    facts = _facts(case)
    contexts: Sequence[ChargeRef | None] = charges if rule.per_charge and charges else [None]
    return any(_applies(rule, facts, case, charges, c) for c in contexts)


def _applies(
    rule: DeadlineRule,
    facts: Mapping[str, str | None],
    case: Case,
    charges: Sequence[ChargeRef],
    charge: ChargeRef | None,
) -> bool:
    return _static_ok(rule, facts) and _dynamic_ok(_dynamic(rule), case, charges, charge)


_DYNAMIC = ("after_revocation", "after_revocation_not", "known", "unknown")  # they read the charge


def _dynamic(rule: DeadlineRule) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((key, values) for key, values in rule.when.items() if key in _DYNAMIC)


def _static_ok(rule: DeadlineRule, facts: Mapping[str, str | None]) -> bool:
    """The conditions on the case's own facts (payment, reason, country, customer...)."""
    for key, values in rule.when.items():
        if key in _DYNAMIC:
            continue
        value = facts[key.removesuffix("_not")]
        if key.endswith("_not"):
            if value in values:
                return False
        elif value not in values:
            return False
    return True


def _dynamic_ok(
    conditions: tuple[tuple[str, tuple[str, ...]], ...],
    case: Case,
    charges: Sequence[ChargeRef],
    charge: ChargeRef | None,
) -> bool:
    """The conditions that depend on the charge counted from, or on which facts are known."""
    for key, values in conditions:
        if key == "known":
            if any(_start(name, case, charges, charge) is None for name in values):
                return False
        elif key == "unknown":
            if any(_start(name, case, charges, charge) is not None for name in values):
                return False
        else:
            value = _after_revocation(case, charge)
            if (value in values) == key.endswith("_not"):
                return False
    return True


Plan = tuple[list[tuple[int, DeadlineRule, tuple[tuple[str, tuple[str, ...]], ...]]], frozenset[str]]
_plans: dict[tuple[int, tuple[str | None, ...]], tuple[Sequence[DeadlineRule], Plan]] = {}


def _plan(table: Sequence[DeadlineRule], facts: Mapping[str, str | None]) -> Plan:
    """The rules of ``table`` whose conditions on the case's own facts hold, each with its
    conditions left to check per charge, and the rights counted per charge; worked out once per
    table and set of facts (thousands of cases share a few dozen), not once per case."""
    key = (id(table), tuple(facts.values()))
    known = _plans.get(key)
    if known is not None and known[0] is table:  # the table is held, so its id is not reused
        return known[1]
    if len(_plans) > 4096:
        _plans.clear()
    kept = [
        (order, rule, _dynamic(rule))
        for order, rule in enumerate(table)
        if rule.kind != "info" and _static_ok(rule, facts)
    ]
    plan: Plan = (kept, frozenset(rule.right for rule in table if rule.per_charge))
    _plans[key] = (table, plan)
    return plan


def reads_charges(case: Case, rules: Sequence[DeadlineRule]) -> bool:
    """Whether any rule that may apply to ``case`` counts from its charges: when none does, cases
    alike in their other facts have the same deadlines whatever their charges (the case list
    shares the work between them)."""
    kept, per_charge = _plan(rules, _facts(case))
    return any(rule.right in per_charge or "last_charge" in rule.start for _order, rule, _c in kept)


def compute_deadlines(
    case: Case,
    rules: Iterable[DeadlineRule],
    today: date,
    purchases: Sequence[Purchase] = (),
    *,
    working_days: bool = True,
) -> list[Deadline]:
    """The deadlines of ``rules`` that apply to ``case`` and its disputed charges (of
    ``purchases``), whose start is known; soonest first. ``working_days``: say when a last day
    is a weekend day or a public holiday of the case's country (the case list does without)."""
    table = rules if isinstance(rules, (list, tuple)) else list(rules)
    charges = [ChargeRef.of(p) for p in disputed_charges(purchases)]
    facts = _facts(case)  # once per case, not once per rule
    kept, per_charge = _plan(table, facts)
    found: dict[tuple[str, int], list[tuple[int, Deadline]]] = {}
    for order, rule, conditions in kept:
        contexts: Sequence[ChargeRef | None] = charges if charges and rule.right in per_charge else [None]
        for index, charge in enumerate(contexts):
            if conditions and not _dynamic_ok(conditions, case, charges, charge):
                continue
            deadline = _deadline(rule, case, charges, charge, today)
            if deadline is not None:
                found.setdefault((rule.right, index if charge is not None else -1), []).append(
                    (order, deadline)
                )
    merged = [_merge(group) for group in found.values()]
    if working_days:
        merged = [_working_day(d, facts["country"]) for d in merged]
    return sorted(merged, key=lambda d: (d.due, d.rule_id, d.charge.date if d.charge else date.min))


def rule_notices(
    case: Case, rules: Iterable[DeadlineRule], purchases: Sequence[Purchase] = ()
) -> list[Notice]:
    """The rights with no date of their own that apply to the case (kind ``info``)."""
    return [
        Notice(
            rule.id,
            translate("Rules", rule.title),
            rule.source,
            translate("Rules", rule.note) if rule.note else "",
        )
        for rule in rules
        if rule.kind == "info" and applies(rule, case, purchases)
    ]


def _deadline(
    rule: DeadlineRule,
    case: Case,
    charges: Sequence[ChargeRef],
    charge: ChargeRef | None,
    today: date,
) -> Deadline | None:
    first = _first(rule.start, case, charges, charge)
    if first is None:
        return None
    start_name, start = first
    if rule.valid_from is not None and start < rule.valid_from:
        return None
    dated = sorted(
        ((add(start, c.unit, c.amount), order, c) for order, c in enumerate(rule.counts)),
        key=lambda item: (item[0], item[1]),
    )
    due, _order, chosen = dated[0]
    notes = []
    if len({day for day, _o, _c in dated}) > 1:
        others = "; ".join(
            f"{shown_count(describe_count(c.unit, c.amount))}: {c.source}" for _d, _o, c in dated
        )
        notes.append(
            translate("Deadlines", "Sources disagree ({others}); the earlier date is shown.").format(
                others=others
            )
        )
    if rule.at_most is not None:
        limit_names, limit = rule.at_most
        limit_first = _first(limit_names, case, charges, charge)
        if limit_first is not None:
            limit_day = add(limit_first[1], limit.unit, limit.amount)
            if limit_day < due:
                due = limit_day
                notes.append(
                    translate("Deadlines", "At most {count} after the {start}.").format(
                        count=shown_count(describe_count(limit.unit, limit.amount)),
                        start=label(limit_first[0]),
                    )
                )
    if charge is not None and start_name in CHARGE_STARTS:
        unused = [
            f"{label(name)} ({day.isoformat()})"
            for name in rule.start
            if name in CASE_DATE_FIELDS and (day := getattr(case.dates, name)) is not None and day != start
        ]
        if unused:
            notes.append(
                translate(
                    "Deadlines",
                    "The case's {dates} is not used: each disputed charge counts from its own date.",
                ).format(dates=", ".join(unused))
            )
    if rule.note:
        notes.append(translate("Rules", rule.note))
    return Deadline(
        rule_id=rule.id,
        title=translate("Rules", rule.title),
        kind=rule.kind,
        due=due,
        days_left=(due - today).days,
        counted_from=start_name,
        count=describe_count(chosen.unit, chosen.amount),
        source=chosen.source,
        note=" ".join(notes),
        charge=charge if start_name != "last_charge" else max(charges, key=lambda c: c.date),
        party=rule.party,
    )


def _merge(group: list[tuple[int, Deadline]]) -> Deadline:
    """One right's deadlines (for one charge): the earliest, with a note naming every rule and
    source when they give different dates."""
    ordered = sorted(group, key=lambda item: (item[1].due, item[0]))
    first = ordered[0][1]
    if len({d.due for _order, d in ordered}) == 1:
        return first
    each = translate("Deadlines", "“{title}”: {count} from the {start}, {due} ({source})")
    told = "; ".join(
        each.format(
            title=d.title,
            count=shown_count(d.count),
            start=label(d.counted_from),
            due=d.due.isoformat(),
            source=_short(d.source),
        )
        for _order, d in ordered
    )
    note = translate(
        "Deadlines", "Two rules give different dates for this right ({told}); the earlier is shown."
    ).format(told=told)
    return replace(first, note=f"{first.note} {note}".strip())


def _short(source: str) -> str:
    """A source's name, without what it says: "Mastercard Chargeback Guide, message reason code 4853"."""
    return source.split(":")[0]


def _working_day(deadline: Deadline, country: str | None) -> Deadline:
    if deadline.kind != "deadline":
        return deadline
    from desktop_app.domain.holidays import working_day_note  # its table only for a case's page

    note, acts_by = working_day_note(deadline.due, country, deadline.party)
    if not note:
        return deadline
    return replace(deadline, working_day_note=note, acts_by=acts_by)
