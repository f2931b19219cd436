"""``dossier deadlines`` and ``dossier cases`` with deadlines per disputed charge (issue 15).

The dates are in 2099 so that none has passed whenever the tests run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import run


def case_file(folder: Path, **overrides: object) -> Path:
    document: dict[str, object] = {
        "format": "dossier-case/2",
        "title": "Gym billed after cancelling",
        "merchant": {"name": "FitClub Paris"},
        "reason": "cancelled_recurring",
        "currency": "EUR",
        "country": "FR",
        "customer": {"name": "Camille Martin", "kind": "person"},
        "payment": {"method": "direct_debit", "mandate_reference": "RUM-2099-1"},
        "dates": {"mandate_revoked": "2099-08-22"},
        "purchases": [
            {"date": "2099-09-05", "amount": "29.90", "currency": "EUR", "description": "September"},
            {"date": "2099-10-05", "amount": "29.90", "currency": "EUR", "description": "October"},
        ],
    }
    document.update(overrides)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "case.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_each_debit_has_its_deadlines_with_its_charge(tmp_path: Path, data_dir: Path) -> None:
    assert run("case", "import", case_file(tmp_path), "--data-dir", data_dir).code == 0
    rows = json.loads(run("deadlines", "1", "--json", "--data-dir", data_dir).out)
    # 5 Sep 2099 + 8 weeks: Sep 6..30 (25) + Oct 31 (56); 5 Oct + 8 weeks: Oct 6..31 (26) + Nov 30 (56).
    # After the revocation (22 Aug): 13 months from each, 5 Oct 2100 and 5 Nov 2100.
    assert [(r["rule_id"], r["due"], r["charge"]["date"]) for r in rows] == [
        ("sepa-refund", "2099-10-31", "2099-09-05"),
        ("sepa-refund", "2099-11-30", "2099-10-05"),
        ("sepa-after-revocation", "2100-10-05", "2099-09-05"),
        ("sepa-after-revocation", "2100-11-05", "2099-10-05"),
    ]
    assert rows[0]["charge"] == {
        "date": "2099-09-05",
        "amount": "29.90",
        "currency": "EUR",
        "description": "September",
    }
    assert set(rows[0]) == {
        "case_id",
        "rule_id",
        "title",
        "kind",
        "due",
        "days_left",
        "source",
        "note",
        "charge",
    }
    assert "L133-24" in rows[2]["source"] and "after the mandate was revoked" in rows[2]["note"]
    table = run("deadlines", "1", "--data-dir", data_dir)
    assert table.code == 0 and "CHARGE" in table.out and "2099-09-05 29.90 EUR" in table.out
    # 31 Oct 2099 is a Saturday: the working day before is said.
    assert "2099-10-31 is a Saturday: act by Friday 2099-10-30" in table.out
    listed = json.loads(run("cases", "--json", "--data-dir", data_dir).out)[0]
    assert listed["next_deadline"] == "2099-10-31" and listed["late"] is False
    assert listed["disputed_amount"] == "59.80"


def test_a_case_date_counts_only_without_charges(tmp_path: Path, data_dir: Path) -> None:
    path = case_file(
        tmp_path,
        payment={"method": "card", "network": "mastercard", "card_kind": "debit"},
        reason="duplicate",
        dates={"transaction": "2099-01-10"},
        purchases=[{"date": "2099-03-02", "amount": "12.00", "currency": "EUR", "disputed": True}],
    )
    assert run("case", "import", path, "--data-dir", data_dir).code == 0
    (row,) = json.loads(run("deadlines", "1", "--json", "--data-dir", data_dir).out)
    # 2 Mar 2099 + 120 days: Mar 3..31 (29) + Apr 30 (59) + May 31 (90) + Jun 30 (120).
    assert row["rule_id"] == "mc-chargeback-4834" and row["due"] == "2099-06-30"
    assert "4834" in row["source"] and "Visa" not in row["source"]
    assert "transaction date (2099-01-10) is not used" in row["note"]
    assert row["charge"]["date"] == "2099-03-02" and row["charge"]["description"] is None


def test_a_right_without_a_date_is_listed_with_its_source(tmp_path: Path, data_dir: Path) -> None:
    path = case_file(
        tmp_path,
        country="GB",
        currency="GBP",
        payment={"method": "card", "network": "amex", "card_kind": "credit"},
        reason="not_as_described",
        dates={},
        purchases=[{"date": "2099-03-02", "amount": "450.00", "currency": "GBP"}],
    )
    assert run("case", "import", path, "--data-dir", data_dir).code == 0
    table = run("deadlines", "1", "--data-dir", data_dir)
    assert "No deadline" in table.out
    assert "also: Section 75" in table.out and "Consumer Credit Act 1974" in table.out
    assert "also: Your card network's chargeback limit is not known" in table.out
    assert json.loads(run("deadlines", "1", "--json", "--data-dir", data_dir).out) == []


def test_deadlines_ics_writes_one_event_per_open_deadline(tmp_path: Path, data_dir: Path) -> None:
    assert run("case", "import", case_file(tmp_path), "--data-dir", data_dir).code == 0
    target = tmp_path / "gym.ics"
    written = run("deadlines", "1", "--ics", target, "--data-dir", data_dir)
    assert written.code == 0 and written.out.strip() == f"4 open deadlines written to {target}"
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 4 and "DTSTART;VALUE=DATE:20991031" in text
    again = run("deadlines", "1", "--ics", target, "--data-dir", data_dir)  # not replaced without --force
    assert again.code != 0 and target.read_text(encoding="utf-8") == text
    assert run("deadlines", "1", "--ics", target, "--force", "--data-dir", data_dir).code == 0


def test_the_case_list_never_imports_the_holidays_tables(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.e2e.test_cli_imports import imported_by

    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    assert run("case", "import", case_file(tmp_path / "case"), "--data-dir", data_dir).code == 0
    child, modules = imported_by("cases", "--data-dir", str(data_dir))
    assert child.returncode == 0 and "2099-10-31" in child.stdout, child.stderr[-2000:]
    assert "holidays" not in {name.split(".")[0] for name in modules}
    child, modules = imported_by("deadlines", "1", "--data-dir", str(data_dir))
    assert child.returncode == 0 and "holidays" in {name.split(".")[0] for name in modules}
