"""``dossier case show ID [--json]``: one case as the Overview shows it; its JSON holds the case's
fields as in a case file, and checklist, deadlines and escalation as the issue says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.cli import run

STATES = {"done", "current", "next", "later"}
LADDER = ["customer_service", "supervisor", "formal_complaint", "bank", "regulator"]


def show(data_dir: Path, case_id: int = 1) -> dict[str, Any]:
    result = run("case", "show", str(case_id), "--json", "--data-dir", data_dir)
    assert result.code == 0, result.err
    document: dict[str, Any] = json.loads(result.out)
    return document


def polish_company(tmp_path: Path) -> Path:
    """A sp. z o.o. whose gym kept taking SEPA debits; its supervisor refused for good."""
    document = {
        "format": "dossier-case/2",
        "title": "Siłownia pobiera opłaty po wypowiedzeniu",
        "customer": {"name": "Kowalski Consulting sp. z o.o.", "kind": "company", "tax_id": "PL5250001009"},
        "merchant": {"name": "FitKlub Warszawa"},
        "reason": "cancelled_recurring",
        "currency": "PLN",
        "country": "PL",
        "payment": {"method": "direct_debit", "mandate_reference": "MNDT-0042",
                    "creditor_id": "PL98ZZZ0000000001"},
        "dates": {"mandate_revoked": "2026-08-22"},
        "purchases": [
            {"date": f"2026-{m:02d}-05", "amount": "149.00", "currency": "PLN", "disputed": True}
            for m in (9, 10, 11)
        ],
        "communications": [
            {"at": "2026-09-20T10:00:00+02:00", "channel": "phone", "direction": "incoming",
             "level": "supervisor", "answer": "refused", "summary": "Kierownik odmówił zwrotu."},
        ],
    }  # fmt: skip
    path = tmp_path / "firma.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_json_holds_the_case_file_fields_and_the_checklist_deadlines_and_escalation(
    data_dir: Path, tmp_path: Path
) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    shown = show(data_dir)
    out = tmp_path / "export" / "case.json"
    out.parent.mkdir()
    assert run("case", "export", "1", "-o", out, "--data-dir", data_dir).code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert shown["format"] == exported["format"] == "dossier-case/2"
    for key, value in exported.items():
        if key == "evidence":  # no file is written: no path
            assert [{**e, "path": None} for e in value] == shown["evidence"]
        else:
            assert shown[key] == value, key
    assert shown["id"] == 1
    # checklist as in `dossier cases --json`, deadlines as in `dossier deadlines --json`
    listed = json.loads(run("cases", "--json", "--data-dir", data_dir).out)[0]
    assert shown["checklist"] == listed["checklist"]
    assert shown["deadlines"] == json.loads(run("deadlines", "1", "--json", "--data-dir", data_dir).out)
    assert shown["deadlines"] and all(set(d) >= {"rule_id", "due", "charge"} for d in shown["deadlines"])
    # escalation: the ladder's steps in order, each with id, title, state and bodies
    steps = shown["escalation"]
    assert [s["id"] for s in steps] == LADDER
    for step in steps:
        assert set(step) == {"id", "title", "state", "bodies"} and step["state"] in STATES and step["title"]
        assert step["bodies"] and all(set(b) == {"name", "available", "why"} for b in step["bodies"])
        assert all(isinstance(b["available"], bool) and b["why"] for b in step["bodies"])
    assert [s["state"] for s in steps].count("current") == 1
    current = next(s for s in steps if s["state"] == "current")
    assert (
        current["id"] == shown["where_it_stands"]["stage"] == shown["stage"]
    )  # the sample's stage is chosen
    assert shown["disputed_total"]["amount"] == "35.98"


def test_a_polish_company_paying_by_direct_debit(data_dir: Path, tmp_path: Path) -> None:
    assert run("case", "import", polish_company(tmp_path), "--data-dir", data_dir).code == 0
    shown = show(data_dir)
    assert [s["state"] for s in shown["escalation"]] == ["done", "done", "current", "next", "later"]
    where = shown["where_it_stands"]
    assert where["stage"] == "formal_complaint" and "supervisor" not in where["step"].lower()
    assert where["because"] == "the refusal of a supervisor on 2026-09-20"
    regulator = {b["name"]: b for b in shown["escalation"][-1]["bodies"]}
    rzecznik = regulator["the Rzecznik Finansowy (Financial Ombudsman)"]
    assert rzecznik["available"] is False and "only natural persons" in rzecznik["why"]
    assert any(b["available"] for b in regulator.values())  # arbitration, court: what is open is named
    items = {i["id"]: i["met"] for i in shown["checklist"]["items"]}
    assert "proof_of_purchase" not in items  # a SEPA case is not incomplete for lacking a receipt
    assert items["mandate_reference"] and items["creditor_id"] and items["mandate_revoked"]
    assert items["charge_after"] and items["merchant_answer"]
    assert not items["statement_lines"] and not items["cancellation_proof"]
    listed = json.loads(run("cases", "--json", "--data-dir", data_dir).out)[0]
    assert listed["checklist"] == shown["checklist"]
    text = run("case", "show", "1", "--data-dir", data_dir)
    assert text.code == 0
    assert (
        "Where it stands: Head office / formal complaint (the refusal of a supervisor on 2026-09-20)"
        in text.out
    )
    assert "Next: Send a formal written complaint to the head office" in text.out
    assert "the Rzecznik Finansowy (Financial Ombudsman): not open to you." in text.out
    assert (
        f"What the bank will expect ({shown['checklist']['done']} of {shown['checklist']['total']})"
        in text.out
    )
    assert "Total disputed: 447.00 PLN" in text.out


def test_a_case_that_is_not_there(data_dir: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    result = run("case", "show", "42", "--data-dir", data_dir)
    assert result.code == 1 and "42" in result.err and result.out == ""


def test_a_filed_dispute_is_shown_waiting_for_the_issuer(data_dir: Path, tmp_path: Path) -> None:
    path = polish_company(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["issuer"] = {"name": "mBank S.A.", "claim_number": "RK/2026/77", "filed_on": "2026-11-20",
                          "provisional_credit": "447.00", "provisional_credit_on": "2026-11-22"}  # fmt: skip
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run("case", "import", path, "--data-dir", data_dir).code == 0
    shown = show(data_dir)
    where = shown["where_it_stands"]
    assert where["stage"] == "bank" and where["waiting_for_issuer"] is True
    assert where["step"].startswith("Wait for the decision of mBank S.A. on the dispute filed on 2026-11-20")
    assert where["issuer_clocks"]  # a Polish bank's answer clocks run from the filing (RULES' deadlines)
    assert set(where["issuer_clocks"]) <= {d["rule_id"] for d in shown["deadlines"]}
    text = run("case", "show", "1", "--data-dir", data_dir).out
    assert "After filing with the bank" in text and "Claim: number RK/2026/77 · filed on 2026-11-20" in text
    assert "Provisional credit: 447.00 PLN · on 2026-11-22" in text
    assert "Where it stands: Bank or card issuer (the dispute filed with the issuer on 2026-11-20)" in text
    assert "The issuer's clocks:" in text


def test_the_text_names_the_letters_language_and_the_customers_city(data_dir: Path, tmp_path: Path) -> None:
    assert run("case", "import", polish_company(tmp_path), "--data-dir", data_dir).code == 0
    text = run("case", "show", "1", "--data-dir", data_dir).out
    assert "Language of letters and packs: Polski (from the country)" in text
    edited = run("case", "edit", "1", "--language", "en", "--customer-city", "Łódź", "--data-dir", data_dir)
    assert edited.code == 0, edited.err
    text = run("case", "show", "1", "--data-dir", data_dir).out
    assert "Language of letters and packs: English (your choice)" in text
    assert "Customer's contacts: Łódź" in text
