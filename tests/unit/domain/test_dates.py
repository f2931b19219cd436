"""Dates and moments as typed: read exactly, or refused with what was read and why."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.dates import (
    YEAR_MAX,
    YEAR_MIN,
    DateInputError,
    check_date,
    parse_iso_date,
    parse_moment,
    zone_for_country,
)


def test_an_iso_date_is_read_exactly() -> None:
    assert parse_iso_date("2026-10-03") == date(2026, 10, 3)
    assert parse_iso_date(" 2026-1-3 ") == date(2026, 1, 3)
    assert parse_iso_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2026-02-30", "February 2026 has no day 30"),
        ("2025-02-29", "February 2025 has no day 29"),
        ("2027-13-45", "no month 13"),
        ("2026-00-10", "no month 0"),
        ("2026-04-31", "April 2026 has no day 31"),
        ("1989-12-31", "1990–2100"),
        ("2101-01-01", "1990–2100"),
        ("0026-10-03", "1990–2100"),
        ("03/10/2026", "YYYY-MM-DD"),
        ("2026-10-03x", "YYYY-MM-DD"),
        ("", "No date"),
    ],
)
def test_an_impossible_date_is_refused_never_clamped(text: str, why: str) -> None:
    with pytest.raises(DateInputError) as refused:
        parse_iso_date(text)
    assert why in str(refused.value)
    if text:
        assert text in str(refused.value)  # it quotes what was read


def test_check_date_keeps_the_bounds() -> None:
    assert check_date(date(YEAR_MIN, 1, 1)) == date(1990, 1, 1)
    assert check_date(date(YEAR_MAX, 12, 31)) == date(2100, 12, 31)
    with pytest.raises(DateInputError, match="due date 1989-12-31"):
        check_date(date(1989, 12, 31), "due date")
    with pytest.raises(DateInputError, match="2101"):
        check_date(date(2101, 1, 1))


@pytest.mark.parametrize(
    "text", ["2026-10-05T14:30", "2026-10-05 14:30", "2026-10-05 14:30:00", "2026-10-05T14:30:00"]
)
def test_a_moment_without_offset_takes_the_zone_given(text: str) -> None:
    moment = parse_moment(text, "Europe/Warsaw")
    assert moment == datetime(2026, 10, 5, 14, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert moment.utcoffset() == timedelta(hours=2)


def test_a_moment_with_an_offset_keeps_it() -> None:
    moment = parse_moment("2026-10-05T14:30+02:00", "America/New_York")
    assert moment.utcoffset() == timedelta(hours=2) and (moment.hour, moment.minute) == (14, 30)
    assert parse_moment("2026-10-05T12:30:15Z", "Europe/Warsaw") == datetime(
        2026, 10, 5, 12, 30, 15, tzinfo=UTC
    )
    assert parse_moment("2026-01-05 09:00-05:00", "Europe/Paris").utcoffset() == timedelta(hours=-5)
    assert parse_moment("2026-01-05 09:00:01.5+0530", "UTC").microsecond == 500_000


def test_winter_and_summer_offsets_come_from_the_zone() -> None:
    assert parse_moment("2026-01-05 10:00", "Europe/Warsaw").utcoffset() == timedelta(hours=1)
    assert parse_moment("2026-07-05 10:00", "Europe/Warsaw").utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2027-13-45 25:99", "no month 13"),
        ("2026-02-30 10:00", "no day 30"),
        ("2026-10-05 25:00", "no hour 25"),
        ("2026-10-05 14:99", "no minute 99"),
        ("2026-10-05 14:30:61", "no second 61"),
        ("1989-10-05 14:30", "1990–2100"),
        ("2026-10-05 14:30+15:00", "not an offset"),
        ("2026-10-05", "date and time"),
        ("5 October 2026 14:30", "date and time"),
        ("   ", "No date and time"),
    ],
)
def test_an_impossible_moment_is_refused(text: str, why: str) -> None:
    with pytest.raises(DateInputError) as refused:
        parse_moment(text, "Europe/Warsaw")
    assert why in str(refused.value)
    if text.strip():
        assert text in str(refused.value)


def test_a_time_the_clocks_skipped_or_showed_twice_is_refused() -> None:
    with pytest.raises(DateInputError, match="did not happen in Europe/Warsaw"):
        parse_moment("2026-03-29 02:30", "Europe/Warsaw")
    with pytest.raises(DateInputError, match=r"happened twice.*\+02:00.*\+01:00"):
        parse_moment("2026-10-25 02:30", "Europe/Warsaw")
    # With the offset written, there is nothing to guess.
    assert parse_moment("2026-10-25 02:30+01:00", "Europe/Warsaw").utcoffset() == timedelta(hours=1)


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(DateInputError, match="Nowhere/Atlantis"):
        parse_moment("2026-10-05 14:30", "Nowhere/Atlantis")


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("PL", "Europe/Warsaw"),
        ("pl", "Europe/Warsaw"),
        ("FR", "Europe/Paris"),
        ("ES", "Europe/Madrid"),
        ("GB", "Europe/London"),
        ("DE", "Europe/Berlin"),
        ("PT", "Europe/Lisbon"),
        ("CH", "Europe/Zurich"),
        ("NO", "Europe/Oslo"),
        ("IS", "Atlantic/Reykjavik"),
        ("CY", "Asia/Nicosia"),
    ],
)
def test_the_zone_of_a_country(country: str, zone: str) -> None:
    assert zone_for_country(country) == zone


@pytest.mark.parametrize("country", ["US", "CA", "AU", "BR", "MX", "RU", None, "", "XX"])
def test_a_country_with_several_zones_or_none_gives_none(country: str | None) -> None:
    assert zone_for_country(country) is None


def test_every_eu_and_eea_country_has_a_zone_this_computer_knows() -> None:
    eu_eea = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO GB CH"
    for code in eu_eea.split():
        zone = zone_for_country(code)
        assert zone is not None, code
        ZoneInfo(zone)


@given(st.dates(min_value=date(YEAR_MIN, 1, 1), max_value=date(YEAR_MAX, 12, 31)))
def test_every_date_in_range_round_trips(day: date) -> None:
    assert parse_iso_date(day.isoformat()) == day


@given(
    st.datetimes(min_value=datetime(YEAR_MIN, 1, 1), max_value=datetime(YEAR_MAX, 12, 31, 23, 59)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_every_moment_with_an_offset_round_trips(naive: datetime, minutes: int) -> None:
    naive = naive.replace(second=0, microsecond=0)
    aware = naive.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    assert parse_moment(aware.isoformat(), "UTC") == aware
