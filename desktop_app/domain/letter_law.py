"""The legal basis a letter cites and the answer it asks for, from resources/letters/law.json. No I/O.

A citation belongs to a country (ISO code) and a letter kind, in the law's own language, with
its source; it may be limited to a kind of customer (a consumer law) or to dispute reasons. A
country without a citation for a kind cites nothing: never another country's law. A clock says
how long the recipient has to answer, counted from the letter's date, in days or working days.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop_app.domain.holidays import closed
from desktop_app.domain.models import Case
from desktop_app.domain.vocab import LETTER_KINDS, CustomerKind, Reason

LAW_FORMAT = "dossier-law/1"


class LawError(ValueError):
    """law.json is malformed; the message says where."""


@dataclass(frozen=True)
class Citation:
    cite: str
    source: str
    customer: str | None = None  # "person" or "company": only for that customer
    reasons: tuple[str, ...] = ()  # only for cases of these reasons; () for every reason


@dataclass(frozen=True)
class Clock:
    days: int
    business: bool
    source: str


@dataclass(frozen=True)
class LawTable:
    citations: Mapping[tuple[str, str], tuple[Citation, ...]] = field(default_factory=dict)
    clocks: Mapping[tuple[str, str], Clock | None] = field(default_factory=dict)  # (kind, country|"default")
    recipients: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # (country, kind)


NO_LAW = LawTable()


def _citation(raw: Any, where: str) -> Citation:
    if not isinstance(raw, Mapping):
        raise LawError(f"{where}: a citation is an object with 'cite' and 'source'")
    cite, source = raw.get("cite"), raw.get("source")
    if not isinstance(cite, str) or not cite.strip():
        raise LawError(f"{where}: 'cite' is missing")
    if not isinstance(source, str) or not source.startswith("https://"):
        raise LawError(f"{where}: 'source' must be an https:// address")
    customer = raw.get("customer")
    if customer not in (None, "person", "company"):
        raise LawError(f"{where}: 'customer' is person or company, not {customer!r}")
    reasons = tuple(raw.get("reasons") or ())
    for reason in reasons:
        if reason not in {r.value for r in Reason}:
            raise LawError(f"{where}: {reason!r} is not a dispute reason")
    return Citation(cite.strip(), source, customer, reasons)


def _clock(raw: Any, where: str) -> Clock | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or not isinstance(raw.get("days"), int) or raw["days"] <= 0:
        raise LawError(f"{where}: a clock is null or {{'days': N, 'business': true|false, 'source': ...}}")
    return Clock(raw["days"], bool(raw.get("business")), str(raw.get("source", "")))


def parse_law(document: Any) -> LawTable:
    """law.json as a :class:`LawTable`; a wrong shape, kind or country is refused saying where."""
    if not isinstance(document, Mapping) or document.get("format") != LAW_FORMAT:
        raise LawError(f"law.json: 'format' must be {LAW_FORMAT!r}")
    citations: dict[tuple[str, str], tuple[Citation, ...]] = {}
    clocks: dict[tuple[str, str], Clock | None] = {}
    recipients: dict[tuple[str, str], tuple[str, ...]] = {}
    for kind, per_country in dict(document.get("clocks") or {}).items():
        if kind not in LETTER_KINDS:
            raise LawError(f"law.json: clocks: {kind!r} is not a letter")
        for country, raw in dict(per_country).items():
            clocks[(kind, country)] = _clock(raw, f"law.json: clocks.{kind}.{country}")
    for country, raw_recipients in dict(document.get("recipients") or {}).items():
        for kind, lines in dict(raw_recipients).items():
            if kind not in LETTER_KINDS or not all(isinstance(line, str) for line in lines):
                raise LawError(f"law.json: recipients.{country}.{kind} is not a letter's lines")
            recipients[(country, kind)] = tuple(lines)
    for country, kinds in document.items():
        if country in ("format", "about", "clocks", "recipients"):
            continue
        if not (isinstance(country, str) and len(country) == 2 and country.isupper()):
            raise LawError(f"law.json: {country!r} is not a country code")
        for kind, raw_list in dict(kinds).items():
            if kind not in LETTER_KINDS:
                raise LawError(f"law.json: {country}.{kind} is not a letter")
            citations[(country, kind)] = tuple(
                _citation(raw, f"law.json: {country}.{kind}[{i}]") for i, raw in enumerate(raw_list)
            )
    return LawTable(citations, clocks, recipients)


def citations_for(law: LawTable, case: Case, kind: str) -> tuple[Citation, ...]:
    """The citations of the case's country for ``kind`` that apply to its customer and reason."""
    country = (case.country or "").strip().upper()
    if not country:
        return ()
    voice = "company" if case.customer.kind is CustomerKind.COMPANY else "person"
    return tuple(
        c
        for c in law.citations.get((country, kind), ())
        if (c.customer is None or c.customer == voice) and (not c.reasons or case.reason.value in c.reasons)
    )


def clock_for(law: LawTable, country: str | None, kind: str) -> Clock | None:
    """The answer clock of ``kind`` in ``country`` (its own, else the kind's default), or None."""
    code = (country or "").strip().upper()
    if (kind, code) in law.clocks:
        return law.clocks[(kind, code)]
    return law.clocks.get((kind, "default"))


def answer_by(start: date, clock: Clock, country: str | None) -> date:
    """``start`` plus the clock's days; working days skip weekends and the country's public holidays,
    and a calendar count that ends on a closed day moves to the next working day."""
    day = start
    if clock.business:
        left = clock.days
        while left:
            day += timedelta(days=1)
            if not closed(day, country):
                left -= 1
        return day
    day = start + timedelta(days=clock.days)
    while closed(day, country):
        day += timedelta(days=1)
    return day
