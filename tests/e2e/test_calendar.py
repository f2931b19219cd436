"""Open deadlines written as an iCalendar file: by the services and by ``dossier deadlines --ics``."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.errors import DossierError
from desktop_app.services import OutputRefused, Services
from tests.support.cli import run
from tests.unit.domain.test_ics import read_calendar, unescape

# The sample case: Visa charges of 15 September and 15 October 2026 disputed. On 20 January 2027 the
# September charge's 120 days (13 January 2027) are gone, the October charge's (12 February) are not.
LATE = date(2027, 1, 20)


def events(path: Path) -> list:  # type: ignore[type-arg]
    data = path.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF only
    return [c for c in read_calendar(data.decode("utf-8")).children if c.name == "VEVENT"]


def test_one_event_per_open_deadline_and_none_for_past_ones(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    deadlines = services.deadlines(sample_case, LATE)
    open_ones = [d for d in deadlines if d.days_left >= 0]
    assert open_ones and len(open_ones) < len(deadlines)  # some are past: the test means something
    out = tmp_path / "dossier.ics"
    count = services.write_calendar(out, sample_case, LATE)
    found = events(out)
    assert count == len(found) == len({e.get("UID") for e in found}) == len(open_ones)
    assert all(e.get("DTSTART") >= LATE.strftime("%Y%m%d") for e in found)
    assert sorted(e.get("DTSTART") for e in found) == sorted(d.due.strftime("%Y%m%d") for d in open_ones)
    pairs = zip(
        sorted(found, key=lambda e: e.get("DTSTART")), sorted(open_ones, key=lambda d: d.due), strict=True
    )
    for e, d in pairs:
        assert e.get("DTEND") == (d.due + timedelta(days=1)).strftime("%Y%m%d")
    by_charge = [e for e in found if "Charge: 2026-10-15, 17.99 EUR" in unescape(e.get("DESCRIPTION"))]
    assert by_charge, "a rule counted from the October charge names it"
    assert "Source: " in unescape(by_charge[0].get("DESCRIPTION"))
    assert all(e.children[0].get("ACTION") == "DISPLAY" for e in found)
    assert out.stat().st_mode & 0o777 == 0o600
    # Made again later, the same deadlines keep their UIDs (a calendar updates them, no doubles).
    again = tmp_path / "again.ics"
    services.write_calendar(again, sample_case, LATE)
    assert {e.get("UID") for e in events(again)} == {e.get("UID") for e in found}


def test_an_existing_file_is_replaced_only_with_force(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.ics"
    out.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputRefused, match="exists"):
        services.write_calendar(out, sample_case, LATE)
    assert out.read_text(encoding="utf-8") == "mine"
    assert services.write_calendar(out, sample_case, LATE, force=True) > 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")


def test_hostile_or_missing_places_are_refused_with_a_clear_message(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    with pytest.raises(OutputRefused, match="does not exist"):
        services.write_calendar(tmp_path / "no" / "such" / "dossier.ics", sample_case, LATE)
    assert not (tmp_path / "no").exists()
    with pytest.raises(OutputRefused, match="not a regular file"):
        services.write_calendar(tmp_path, sample_case, LATE)
    with pytest.raises(OutputRefused, match="store folder"):
        services.write_calendar(services.data_dir / "dossier.ics", sample_case, LATE)
    assert not (services.data_dir / "dossier.ics").exists()
    with pytest.raises(OutputRefused, match="give the name of a file to write the calendar in"):
        services.write_calendar(Path(""), sample_case, LATE)  # the current folder
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(DossierError):
        services.write_calendar(tmp_path / "a-file" / "dossier.ics", sample_case, LATE)


def test_no_open_deadline_writes_nothing(services: Services, sample_case: int, tmp_path: Path) -> None:
    out = tmp_path / "dossier.ics"
    with pytest.raises(DossierError, match="no open deadline"):
        services.write_calendar(out, sample_case, date(2099, 1, 1))
    assert not out.exists()


def _case_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "format": "dossier-case/1",
        "title": "Licencje: 12 zamiast 2; réclamation",
        "customer": {"name": "Nordlicht sp. z o.o."},
        "merchant": {"name": "SoftHaus GmbH"},
        "reason": "incorrect_amount",
        "currency": "PLN",
        "country": "PL",
        "payment": {"method": "card", "network": "mastercard", "last4": "5454"},
        "dates": {"transaction": "2099-03-02"},
        "purchases": [
            {
                "date": "2099-03-02",
                "amount": "1440.00",
                "currency": "PLN",
                "description": "12 licencji",
                "disputed": True,
            }
        ],
    }
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_command_writes_the_calendar_end_to_end(tmp_path: Path, data_dir: Path) -> None:
    assert run("case", "import", _case_file(tmp_path / "c"), "--data-dir", data_dir).code == 0
    rows = json.loads(run("deadlines", "1", "--json", "--data-dir", data_dir).out)
    out = tmp_path / "out" / "deadlines.ics"
    out.parent.mkdir()
    result = run("deadlines", "1", "--ics", out, "--data-dir", data_dir)
    assert result.code == 0, result.err
    found = events(out)
    assert len(found) == len([r for r in rows if r["days_left"] >= 0]) > 0
    assert str(len(found)) in result.out
    summaries = [unescape(e.get("SUMMARY")) for e in found]
    assert all(s.endswith("(case D-0001: Licencje: 12 zamiast 2; réclamation)") for s in summaries)
    again = run("deadlines", "1", "--ics", out, "--data-dir", data_dir)
    assert again.code != 0 and "--force" in again.err
    assert run("deadlines", "1", "--ics", out, "--force", "--data-dir", data_dir).code == 0
    every_case = run("deadlines", "--ics", tmp_path / "out" / "all.ics", "--data-dir", data_dir)
    assert every_case.code == 0, every_case.err
    missing = run("deadlines", "--ics", tmp_path / "nowhere" / "all.ics", "--data-dir", data_dir)
    assert missing.code != 0 and "does not exist" in missing.err
