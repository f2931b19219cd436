"""The iCalendar text of deadlines, read back by a strict reader of RFC 5545."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.ics import CalendarItem, calendar_text, escape_text, fold

NOW = datetime(2026, 12, 1, 21, 30, 5, tzinfo=UTC)


@dataclass
class Component:
    name: str
    props: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def get(self, name: str) -> str:
        values = [value for prop, _params, value in self.props if prop == name]
        assert len(values) == 1, f"{self.name} has {len(values)} {name}"
        return values[0]

    def params(self, name: str) -> dict[str, str]:
        return next(params for prop, params, _value in self.props if prop == name)


def unescape(value: str) -> str:
    """A TEXT value read back; a lone backslash or an unescaped , or ; is an error."""
    out = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            nxt = value[i + 1]
            out.append({"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}[nxt])
            i += 2
            continue
        assert char not in ",;", f"unescaped {char!r} in {value!r}"
        out.append(char)
        i += 1
    return "".join(out)


def read_calendar(text: str) -> Component:
    """Parse strictly: CRLF only, no line over 75 octets, folding by CRLF + one space, nesting."""
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "a bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "a bare CR"
    logical: list[bytes] = []
    for octets in physical:
        assert len(octets) <= 75, f"{len(octets)} octets: {octets!r}"
        octets.decode("utf-8")  # each physical line is whole UTF-8: no character split by folding
        if octets.startswith(b" "):
            logical[-1] += octets[1:]
        else:
            assert not octets.startswith(b"\t")
            logical.append(octets)
    stack: list[Component] = []
    root: Component | None = None
    for raw_line in logical:
        line = raw_line.decode("utf-8")
        match = re.fullmatch(r"([A-Z-]+)((?:;[A-Z-]+=[^;:]+)*):(.*)", line)
        assert match, f"not a content line: {line!r}"
        name, param_text, value = match.groups()
        params = dict(p.split("=", 1) for p in param_text.split(";")[1:])
        if name == "BEGIN":
            component = Component(value)
            if stack:
                stack[-1].children.append(component)
            else:
                assert root is None
                root = component
            stack.append(component)
        elif name == "END":
            assert stack and stack[-1].name == value
            stack.pop()
        else:
            stack[-1].props.append((name, params, value))
    assert not stack and root is not None and root.name == "VCALENDAR"
    return root


def item(**changes: object) -> CalendarItem:
    base: dict[str, object] = {
        "case_id": 7,
        "case_title": "Licences billed 12 instead of 2",
        "rule_id": "mastercard-chargeback",
        "title": "Chargeback deadline (Mastercard)",
        "due": date(2027, 1, 31),
        "counted_from": "Transaction processed",
        "source": "Mastercard Chargeback Guide, 4834 and 4853: 120 days",
        "note": "",
        "charge": "2026-10-03, 1,440.00 PLN, 12 licences",
        "charge_key": "31",
    }
    base.update(changes)
    return CalendarItem(**base)  # type: ignore[arg-type]


def test_a_calendar_with_one_all_day_event_per_item() -> None:
    items = [item(), item(rule_id="bank-complaint", title="Complain to the bank", due=date(2026, 12, 31))]
    calendar = read_calendar(calendar_text(items, now=NOW))
    assert calendar.get("VERSION") == "2.0"
    assert calendar.get("PRODID").startswith("-//Dossier//")
    events = [c for c in calendar.children if c.name == "VEVENT"]
    assert len(events) == 2
    first = events[0]
    assert first.get("DTSTART") == "20270131" and first.params("DTSTART") == {"VALUE": "DATE"}
    assert first.get("DTEND") == "20270201" and first.params("DTEND") == {"VALUE": "DATE"}
    assert first.get("DTSTAMP") == "20261201T213005Z"
    assert first.get("UID") == "case7-mastercard-chargeback-charge31@dossier"
    assert unescape(first.get("SUMMARY")) == (
        "Chargeback deadline (Mastercard) (case D-0007: Licences billed 12 instead of 2)"
    )
    description = unescape(first.get("DESCRIPTION"))
    assert "Rule: Chargeback deadline (Mastercard) (mastercard-chargeback)" in description
    assert "Counted from: Transaction processed" in description
    assert "Charge: 2026-10-03, 1,440.00 PLN, 12 licences" in description
    assert "Source: Mastercard Chargeback Guide, 4834 and 4853: 120 days" in description
    assert "Note:" not in description  # an empty note is left out
    (alarm,) = first.children
    assert alarm.name == "VALARM"
    assert alarm.get("ACTION") == "DISPLAY"
    assert alarm.get("TRIGGER") == "-P3D"
    assert unescape(alarm.get("DESCRIPTION"))
    assert events[1].get("DTEND") == "20270101"  # the year turns


def test_the_uid_is_stable_and_tells_charges_apart() -> None:
    one = calendar_text([item()], now=NOW)
    again = calendar_text([item()], now=NOW + timedelta(days=3))
    uids = [read_calendar(t).children[0].get("UID") for t in (one, again)]
    assert uids[0] == uids[1]
    other_charge = read_calendar(calendar_text([item(charge_key="32")], now=NOW)).children[0].get("UID")
    case_date = read_calendar(calendar_text([item(charge="", charge_key="")], now=NOW)).children[0].get("UID")
    task = read_calendar(calendar_text([item(rule_id="task:12", charge_key="")], now=NOW)).children[0]
    assert len({uids[0], other_charge, case_date}) == 3
    assert task.get("UID") == "case7-task_12@dossier"


def test_the_same_case_rule_and_charge_is_one_event() -> None:
    calendar = read_calendar(calendar_text([item(), item()], now=NOW))
    assert len(calendar.children) == 1


def test_text_is_escaped_and_read_back_exactly() -> None:
    nasty = 'Back\\slash; semi, comma\nnew line\r\nand CRLF "quoted" \x07bell'
    calendar = read_calendar(calendar_text([item(note=nasty, case_title="A; B, C\\D")], now=NOW))
    event = calendar.children[0]
    assert 'Note: Back\\slash; semi, comma\nnew line\nand CRLF "quoted" bell' in unescape(
        event.get("DESCRIPTION")
    )
    assert unescape(event.get("SUMMARY")).endswith("(case D-0007: A; B, C\\D)")
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_long_polish_and_french_text_is_folded_at_75_octets_without_splitting_a_character() -> None:
    polish = "Zażółć gęślą jaźń: reklamacja złożona w Łodzi; żądam zwrotu 1 200,00 zł za licencje. " * 4
    french = "Prélèvement SEPA effectué après la révocation du mandat, remboursement à 8 semaines. " * 4
    text = calendar_text([item(note=polish, source=french, case_title="Łódź – réclamation")], now=NOW)
    lines = text.encode("utf-8").split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    description = unescape(read_calendar(text).children[0].get("DESCRIPTION"))
    assert f"Note: {polish}" in description
    assert f"Source: {french}" in description


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400))
def test_folding_keeps_every_text(value: str) -> None:
    line = "DESCRIPTION:" + escape_text(value)
    folded = fold(line)
    physical = folded.encode("utf-8")[:-2].split(b"\r\n")
    assert all(len(p) <= 75 for p in physical)
    for p in physical:
        p.decode("utf-8")
    assert folded.replace("\r\n ", "") == line + "\r\n"


def test_dtstamp_is_in_utc_and_now_must_carry_its_zone() -> None:
    warsaw = timezone(timedelta(hours=1))
    text = calendar_text([item()], now=datetime(2026, 12, 1, 22, 30, 5, tzinfo=warsaw))
    assert read_calendar(text).children[0].get("DTSTAMP") == "20261201T213005Z"
    with pytest.raises(ValueError, match="aware"):
        calendar_text([item()], now=datetime(2026, 12, 1, 21, 30))


def test_the_last_day_there_is_has_no_end_after_it() -> None:
    event = read_calendar(calendar_text([item(due=date.max)], now=NOW)).children[0]
    assert event.get("DTSTART") == "99991231"
    assert not [p for p in event.props if p[0] == "DTEND"]


def test_a_due_day_on_a_weekend_says_the_day_to_act_by_and_rings_before_it() -> None:
    sunday = item(
        due=date(2027, 1, 31),
        acts_by=date(2027, 1, 29),
        working_day_note="31 January 2027 is a Sunday: act by Friday 29 January 2027",
    )
    event = read_calendar(calendar_text([sunday], now=NOW)).children[0]
    description = unescape(event.get("DESCRIPTION"))
    assert "Act by: 2027-01-29" in description
    assert "Working day: 31 January 2027 is a Sunday: act by Friday 29 January 2027" in description
    assert event.children[0].get("TRIGGER") == "-P5D"  # 3 days before the Friday


def test_an_empty_calendar_is_refused_not_written() -> None:
    with pytest.raises(ValueError, match="at least one event"):
        calendar_text([], now=NOW)
    assert "METHOD" not in calendar_text([item()], now=NOW)  # iTIP's, not a plain file's


def test_a_card_number_in_the_user_s_words_is_masked() -> None:
    card = "4111 1111 1111 1111"
    text = calendar_text([item(case_title=f"Charged to {card}", note=f"card {card}")], now=NOW)
    assert card not in text.replace("\r\n ", "") and "4111111111111111" not in text.replace("\r\n ", "")
    assert "1111" in unescape(read_calendar(text).children[0].get("SUMMARY"))
