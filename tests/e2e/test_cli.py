"""The ``dossier`` command, end to end, on real files in a temporary store."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services import Services
from tests.support.cli import make_unreadable, run
from tests.support.rawdb import connect_raw, vault_bytes
from tests.support.snapshot import snapshot

POLISH = "Zażółć gęślą jaźń — reklamacja w Łodzi"
FRENCH = "Résiliation refusée : « aucun remboursement » à Besançon"
SPANISH = "Cargo duplicado, señor Muñoz, ¿devolución?"


def vault_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "vault" / "objects").rglob("*") if p.is_file())


@pytest.fixture
def store(data_dir: Path) -> Path:
    """A store holding the sample case (id 1), closed again."""
    result = run("demo", "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert result.out.strip() == "1"
    return data_dir


def write_case_file(folder: Path, **overrides: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "files").mkdir(exist_ok=True)
    (folder / "files" / "reçu.txt").write_text(f"{POLISH}\n{FRENCH}\n{SPANISH}\n", encoding="utf-8")
    document: dict[str, object] = {
        "format": "dossier-case/1",
        "title": "Cobro duplicado de Telefónica",
        "customer": {"name": "José Núñez"},
        "merchant": {"name": "Telefónica Móviles España", "email": "atencion@telefonica.example"},
        "reason": "duplicate",
        "currency": "EUR",
        "disputed_amount": "49.90",
        "payment": {"method": "card", "network": "mastercard", "last4": "5454"},
        "purchases": [
            {
                "date": "2026-10-01",
                "amount": "49.90",
                "currency": "EUR",
                "description": SPANISH,
                "order_number": "ORD-1",
                "invoice_number": "FAC-77",
            },
            {
                "date": "2026-10-01",
                "amount": "49.90",
                "currency": "EUR",
                "description": "Segundo cargo",
                "order_number": "ORD-1",
                "invoice_number": "FAC-77",
                "disputed": True,
            },
        ],
        "communications": [
            {
                "at": "2026-10-03T09:30:00+02:00",
                "channel": "phone",
                "direction": "outgoing",
                "counterpart": "Atención al cliente",
                "representative": "Łucja Wrześniewska",
                "reference": "INC-2026-555",
                "summary": POLISH,
                "outcome": FRENCH,
            },
        ],
        "evidence": [
            {
                "path": "files/reçu.txt",
                "kind": "receipt",
                "title": "Recibo",
                "note": FRENCH,
                "purchase": 1,
                "communication": 0,
            }
        ],
    }
    document.update(overrides)
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# ---------------------------------------------------------------------- basics


def test_python_m_desktop_app_and_console_script_run() -> None:
    module = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert module.returncode == 0
    assert module.stdout.startswith("dossier ")
    script = Path(sys.executable).with_name("dossier")
    assert script.exists(), "the console script 'dossier' is installed beside the interpreter"


def test_demo_adds_a_rich_sample_case(data_dir: Path) -> None:
    result = run("demo", "--data-dir", data_dir)
    assert result.code == 0, result.err
    case_id = int(result.out)
    with Services.open(data_dir) as services:
        detail = services.case_detail(case_id)
    assert detail.case.reason.value == "cancelled_recurring"
    assert len(detail.purchases) >= 3
    assert len(detail.communications) >= 4
    kinds = {e.media_type for e in detail.evidence}
    assert {"application/pdf", "image/png", "message/rfc822"} <= kinds
    assert any("ł" in (c.summary or "") + (c.representative or "") for c in detail.communications)


def test_cases_lists_table_and_json(store: Path) -> None:
    table = run("cases", "--data-dir", store)
    assert table.code == 0
    assert "StreamNova Premium billed after cancellation" in table.out
    assert "35.98 EUR" in table.out
    data = json.loads(run("cases", "--json", "--data-dir", store).out)
    assert data[0]["id"] == 1
    assert data[0]["title"] == "StreamNova Premium billed after cancellation"
    assert data[0]["merchant"] == "StreamNova SAS"
    assert data[0]["status"] == "waiting"
    assert data[0]["disputed_amount"] == "35.98"
    assert data[0]["currency"] == "EUR"


def test_the_checklist_in_cases_json_changes_as_evidence_is_added(data_dir: Path, tmp_path: Path) -> None:
    case_file = write_case_file(tmp_path, reason="cancelled_recurring")
    assert run("case", "import", case_file, "--data-dir", data_dir).code == 0

    def checklist() -> dict[str, object]:
        return json.loads(run("cases", "--json", "--data-dir", data_dir).out)[0]["checklist"]

    before = checklist()
    met = {item["id"]: item["met"] for item in before["items"]}  # type: ignore[attr-defined]
    assert met["terms"] is False and before["total"] == len(met)
    terms = tmp_path / "terms-and-conditions.pdf"
    terms.write_bytes(b"%PDF-1.4\nTerms: cancel at any time.\n%%EOF\n")
    assert run("evidence", "add", "1", terms, "--kind", "terms", "--data-dir", data_dir).code == 0
    after = checklist()
    assert after["done"] == before["done"] + 1  # type: ignore[operator]
    assert {item["id"]: item["met"] for item in after["items"]}["terms"] is True  # type: ignore[attr-defined]
    assert f"{after['done']}/{after['total']}" in run("cases", "--data-dir", data_dir).out


def test_empty_store_says_how_to_start(data_dir: Path) -> None:
    # Issue 13: a command that only reads never makes a store; a folder with none exits 2.
    nothing = run("cases", "--data-dir", data_dir)
    assert nothing.code == 2 and f"no Dossier store at {data_dir}" in nothing.err
    assert not data_dir.exists()
    Services.open(data_dir, interface="test").close()  # an empty store
    result = run("cases", "--data-dir", data_dir)
    assert result.code == 0
    assert "dossier demo" in result.out
    assert json.loads(run("cases", "--json", "--data-dir", data_dir).out) == []


def test_data_dir_from_option_before_command_and_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert run("--data-dir", first, "demo").code == 0
    monkeypatch.setenv("DOSSIER_HOME", str(second))
    assert run("cases", "--json").code == 2, "issue 13: no store there yet, and cases makes none"
    assert run("demo").code == 0
    assert len(json.loads(run("cases", "--json").out)) == 1
    assert (second / "dossier.db").is_file() and (second / "vault").is_dir()
    assert len(json.loads(run("cases", "--json", "--data-dir", first).out)) == 1


def test_default_data_dir_is_the_platform_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest points XDG_DATA_HOME into the test's temporary home.
    assert run("demo").code == 0
    expected = Path(os.environ["XDG_DATA_HOME"]) / "Dossier"
    assert (expected / "dossier.db").is_file()


class Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_long_commands_show_progress_on_a_terminal_only(store: Path, tmp_path: Path) -> None:
    from desktop_app.cli import main

    shown, piped = Terminal(), io.StringIO()
    assert main(["verify", "--data-dir", str(store)], stdout=io.StringIO(), stderr=shown) == 0
    assert main(["verify", "--data-dir", str(store)], stdout=io.StringIO(), stderr=piped) == 0
    assert "\r100%  Done" in shown.getvalue() and shown.getvalue().endswith("\n")
    assert piped.getvalue() == ""
    pack = Terminal()
    out = io.StringIO()
    assert (
        main(["pack", "1", "-o", str(tmp_path / "p.pdf"), "--data-dir", str(store)], stdout=out, stderr=pack)
        == 0
    )
    assert re.search(r"\r\[\d+/\d+\] ", pack.getvalue()), pack.getvalue()
    assert "Wrote " in out.getvalue() and "\r" not in out.getvalue()


def test_usage_errors_exit_2(data_dir: Path) -> None:
    assert run("nonsense").code == 2
    assert run("case", "export", "abc", "-o", "x.json", "--data-dir", data_dir).code == 2
    assert run("evidence", "add", "1", "--data-dir", data_dir).code == 2


def test_a_second_process_is_refused_while_the_store_is_open(services: Services, data_dir: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-m", "desktop_app", "cases", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 1
    assert "already open in another Dossier" in child.stderr
    assert str(data_dir) in child.stderr


def test_gui_without_a_display_explains(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for X11/Wayland")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    result = run("--data-dir", data_dir)
    assert result.code == 1
    assert "no display" in result.err


# ---------------------------------------------------------------------- case files


def test_case_file_round_trips_with_non_ascii_text(tmp_path: Path, data_dir: Path) -> None:
    source = write_case_file(tmp_path / "in")
    imported = run("case", "import", source, "--data-dir", data_dir)
    assert imported.code == 0, imported.err
    case_id = int(imported.out)

    first = tmp_path / "out1" / "case.json"
    first.parent.mkdir()
    assert run("case", "export", case_id, "-o", first, "--data-dir", data_dir).code == 0
    second_id = int(run("case", "import", first, "--data-dir", data_dir).out)
    assert second_id != case_id
    second = tmp_path / "out2" / "case.json"
    second.parent.mkdir()
    assert run("case", "export", second_id, "-o", second, "--data-dir", data_dir).code == 0

    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    assert a == b
    assert "id" not in a
    text = first.read_text(encoding="utf-8")
    for phrase in (POLISH, FRENCH, SPANISH, "Łucja Wrześniewska", "José Núñez"):
        assert phrase in text, phrase
    # The evidence file travels with it, byte for byte, and the links survive.
    original = (tmp_path / "in" / "files" / "reçu.txt").read_bytes()
    assert (first.parent / a["evidence"][0]["path"]).read_bytes() == original
    assert (second.parent / b["evidence"][0]["path"]).read_bytes() == original
    assert a["evidence"][0]["purchase"] == 1
    assert a["evidence"][0]["communication"] == 0
    assert a["purchases"][1]["disputed"] is True
    assert a["communications"][0]["at"] == "2026-10-03T09:30:00+02:00"


def test_sample_case_round_trips(store: Path, tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    second = tmp_path / "b.json"
    assert run("case", "export", 1, "-o", first, "--data-dir", store).code == 0
    new_id = run("case", "import", first, "--data-dir", store).out.strip()
    assert run("case", "export", new_id, "-o", second, "--data-dir", store).code == 0
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    for item in b["evidence"]:
        item["path"] = item["path"].replace("b-files/", "a-files/")
    assert a == b
    # Importing the same files again stores them once.
    assert len(vault_files(store)) == 4


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"reason": "changed_my_mind"}, "reason"),
        ({"currency": "EURO"}, "currency"),
        ({"disputed_amount": "49,90"}, "disputed_amount"),
        # A whole Luhn-valid number now keeps its last four (issue 12); one failing the check is refused.
        ({"payment": {"method": "card", "network": "visa", "last4": "4111 1111 1111 1112"}}, "payment.last4"),
        ({"payment": {"method": "cheque"}}, "payment.method"),
        ({"format": "dossier-case/9"}, "format"),
        (
            {"communications": [{"at": "2026-10-03 09:30", "channel": "phone", "direction": "outgoing"}]},
            "communications[0].at",
        ),
        (
            {"communications": [{"at": "2026-10-03T09:30:00Z", "channel": "fax", "direction": "outgoing"}]},
            "communications[0].channel",
        ),
        ({"evidence": [{"path": "files/reçu.txt", "kind": "photo"}]}, "evidence[0].kind"),
        ({"evidence": [{"path": "files/missing.pdf", "kind": "receipt"}]}, "evidence[0].path"),
        ({"mercahnt": {"name": "typo"}}, "mercahnt"),
    ],
)
def test_a_case_file_with_a_wrong_field_is_refused_whole(
    store: Path, tmp_path: Path, override: dict[str, object], field: str
) -> None:
    path = write_case_file(tmp_path / "bad", **override)
    before = snapshot(store)
    result = run("case", "import", path, "--data-dir", store)
    assert result.code == 1
    assert field in result.err
    assert str(path) in result.err
    assert result.out == ""
    assert snapshot(store) == before


def test_case_file_bad_inputs(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_json = tmp_path / "broken.json"
    not_json.write_text('{"format": "dossier-case/1", "title": ', encoding="utf-8")
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"title": "Besançon"}'.encode("latin-1"))
    unreadable = write_case_file(tmp_path / "locked")
    cases = [
        (tmp_path / "nope.json", "no such file"),
        (tmp_path, "is a folder"),
        (not_json, "not valid JSON"),
        (latin1, "not UTF-8"),
    ]
    before = snapshot(store)
    for path, reason in cases:
        result = run("case", "import", path, "--data-dir", store)
        assert result.code == 1, path
        assert str(path) in result.err and reason in result.err, result.err
    make_unreadable(unreadable, monkeypatch)
    result = run("case", "import", unreadable, "--data-dir", store)
    assert result.code == 1
    assert str(unreadable) in result.err and "permission denied" in result.err.lower()
    assert snapshot(store) == before


def test_unreadable_evidence_in_a_case_file_refuses_it(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case_file(tmp_path / "in")
    make_unreadable(tmp_path / "in" / "files" / "reçu.txt", monkeypatch)
    before = snapshot(store)
    result = run("case", "import", path, "--data-dir", store)
    assert result.code == 1
    assert "evidence[0].path" in result.err and "reçu.txt" in result.err
    assert snapshot(store) == before


def test_export_errors(store: Path, tmp_path: Path) -> None:
    before = snapshot(store)
    unknown = run("case", "export", 42, "-o", tmp_path / "x.json", "--data-dir", store)
    assert unknown.code == 1 and "no case 42" in unknown.err
    no_folder = run("case", "export", 1, "-o", tmp_path / "missing" / "x.json", "--data-dir", store)
    assert no_folder.code == 1 and "does not exist" in no_folder.err
    folder = run("case", "export", 1, "-o", tmp_path, "--data-dir", store)
    assert folder.code == 1 and "is a folder" in folder.err
    assert snapshot(store) == before
    assert not (tmp_path / "x.json").exists()


# ---------------------------------------------------------------------- evidence


def test_evidence_add_stores_files_and_reports(store: Path, tmp_path: Path) -> None:
    receipt = tmp_path / "Facture 2026-10.pdf"
    receipt.write_bytes(b"%PDF-1.4\n% a small pdf\n%%EOF\n")
    shot = tmp_path / "zrzut ekranu.png"
    shutil.copy(
        Path(__file__).parents[2] / "resources" / "sample" / "files" / "capture-resiliation-2026-08-28.png",
        shot,
    )
    shot.write_bytes(shot.read_bytes() + b"extra")  # a different file from the sample's
    result = run("evidence", "add", 1, receipt, shot, "--note", "Reçu envoyé par e-mail", "--data-dir", store)
    assert result.code == 0, result.err
    assert result.out.count("added #") == 2
    listing = json.loads(run("evidence", "list", 1, "--json", "--data-dir", store).out)
    by_name = {item["original_name"]: item for item in listing}
    assert by_name["Facture 2026-10.pdf"]["kind"] == "invoice"
    assert by_name["Facture 2026-10.pdf"]["media_type"] == "application/pdf"
    assert by_name["zrzut ekranu.png"]["kind"] == "screenshot"
    assert by_name["zrzut ekranu.png"]["note"] == "Reçu envoyé par e-mail"
    import hashlib

    assert by_name["Facture 2026-10.pdf"]["sha256"] == hashlib.sha256(receipt.read_bytes()).hexdigest()
    stored = (
        store
        / "vault"
        / "objects"
        / by_name["Facture 2026-10.pdf"]["sha256"][:2]
        / by_name["Facture 2026-10.pdf"]["sha256"]
    )
    assert vault_bytes(store, by_name["Facture 2026-10.pdf"]["sha256"]) == receipt.read_bytes()
    assert stored.read_bytes() != receipt.read_bytes(), "sealed in the encrypted vault"
    assert not stored.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert receipt.read_bytes() == b"%PDF-1.4\n% a small pdf\n%%EOF\n", "the original is untouched"


def test_same_file_twice_keeps_one_copy_and_says_so(store: Path, tmp_path: Path) -> None:
    doc = tmp_path / "terms.txt"
    doc.write_text("Conditions générales", encoding="utf-8")
    copy = tmp_path / "terms (copy).txt"
    copy.write_bytes(doc.read_bytes())
    assert run("evidence", "add", 1, doc, "--data-dir", store).code == 0
    files = vault_files(store)
    again = run("evidence", "add", 1, copy, "--data-dir", store)
    assert again.code == 1, "issue 13: exit 0 only when every file was added"
    assert "skipped" in again.out and "already evidence" in again.out
    assert vault_files(store) == files
    other_case = run("case", "import", write_case_file(tmp_path / "c2"), "--data-dir", store).out.strip()
    shared = run("evidence", "add", other_case, doc, "--data-dir", store)
    assert shared.code == 0 and "stored once" in shared.out
    assert len(vault_files(store)) == len(files) + 1  # only the new case file's own receipt


def test_evidence_add_bad_inputs_change_nothing(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF-1.4 secret")
    before = snapshot(store)
    for args, expected in [
        ((1, good, tmp_path / "missing.pdf"), "missing.pdf: no such file"),
        ((1, good, tmp_path), "is a folder"),
        ((7, good), "no case 7"),
    ]:
        result = run("evidence", "add", *args, "--data-dir", store)
        assert result.code == 1
        assert expected in result.err, result.err
    make_unreadable(locked, monkeypatch)
    result = run("evidence", "add", 1, good, locked, "--data-dir", store)
    assert result.code == 1
    assert "locked.pdf" in result.err and "permission denied" in result.err.lower()
    assert snapshot(store) == before


def test_trash_restore_and_empty_trash(store: Path, tmp_path: Path) -> None:
    extra = tmp_path / "statement.pdf"
    extra.write_bytes(b"%PDF-1.4 statement")
    added = run("evidence", "add", 1, extra, "--data-dir", store)
    evidence_id = int(added.out.split("#")[1].split()[0])
    assert run("evidence", "trash", evidence_id, "--data-dir", store).code == 0
    live = json.loads(run("evidence", "list", 1, "--json", "--data-dir", store).out)
    assert evidence_id not in [e["id"] for e in live]
    trashed = json.loads(run("evidence", "list", 1, "--trash", "--json", "--data-dir", store).out)
    assert [e["id"] for e in trashed] == [evidence_id]
    assert run("evidence", "trash", evidence_id, "--data-dir", store).code == 1
    assert run("evidence", "restore", evidence_id, "--data-dir", store).code == 0
    assert evidence_id in [
        e["id"] for e in json.loads(run("evidence", "list", 1, "--json", "--data-dir", store).out)
    ]

    assert run("evidence", "trash", evidence_id, "--data-dir", store).code == 0
    count = len(vault_files(store))
    refused = run("evidence", "empty-trash", "--data-dir", store)  # stdin is not a terminal
    assert refused.code == 1 and "--yes" in refused.err
    assert len(vault_files(store)) == count
    assert run("evidence", "empty-trash", "--yes", "--data-dir", store).code == 0
    assert len(vault_files(store)) == count - 1
    assert run("verify", "--data-dir", store).code == 0


# ---------------------------------------------------------------------- verify


def test_verify_passes_on_a_sound_store(store: Path) -> None:
    result = run("verify", "--data-dir", store)
    assert result.code == 0
    assert result.out.startswith("OK")


def test_verify_names_an_altered_file(store: Path) -> None:
    target = next(p for p in vault_files(store))
    target.chmod(0o644)
    target.write_bytes(target.read_bytes() + b"tampered")
    result = run("verify", "--data-dir", store)
    assert result.code == 1
    assert "altered:" in result.out
    assert target.name in result.out
    line = next(line for line in result.out.splitlines() if line.startswith("altered:"))
    assert "evidence #" in line  # names the item, not just the hash


def test_verify_names_a_missing_file(store: Path) -> None:
    with Services.open(store) as services:
        invoice = next(e for e in services.case_detail(1).evidence if e.media_type == "application/pdf")
    (store / "vault" / "objects" / invoice.sha256[:2] / invoice.sha256).unlink()
    result = run("verify", "--data-dir", store)
    assert result.code == 1
    assert "missing:" in result.out and "facture-F-2026-091502.pdf" in result.out


def test_verify_names_a_stray_file(store: Path) -> None:
    stray = store / "vault" / "objects" / "zz" / "not-evidence.bin"
    stray.parent.mkdir()
    stray.write_bytes(b"who put this here")
    result = run("verify", "--data-dir", store)
    assert result.code == 1
    assert "stray:" in result.out and "not-evidence.bin" in result.out


def test_verify_reports_a_damaged_database(store: Path) -> None:
    db = store / "dossier.db"
    conn = connect_raw(store)
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'communications'").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start + 3 : start + 8] = b"\xff\xff\xff\xff\xff"  # cell count and content offset: nonsense
    db.write_bytes(bytes(data))
    result = run("verify", "--data-dir", store)
    assert result.code == 1
    assert "database" in (result.out + result.err)


def test_deadlines_lists_the_rules_and_the_users_own(tmp_path: Path, data_dir: Path) -> None:
    case_file = write_case_file(
        tmp_path,
        country="US",
        payment={"method": "card", "network": "visa", "last4": "4242", "card_kind": "credit"},
        dates={"transaction": "2099-03-02", "statement": "2099-03-10"},
        purchases=[
            {"date": "2099-03-02", "amount": "49.90", "currency": "EUR", "description": "Primer cargo"},
            {
                "date": "2099-03-02",
                "amount": "49.90",
                "currency": "EUR",
                "description": "Segundo cargo",
                "disputed": True,
            },
        ],
    )
    assert run("case", "import", case_file, "--data-dir", data_dir).code == 0
    rows = json.loads(run("deadlines", "1", "--json", "--data-dir", data_dir).out)
    by_rule = {row["rule_id"]: row for row in rows}
    assert (
        by_rule["us-fcba"]["due"] == "2099-05-09"
        and "Fair Credit Billing Act" in by_rule["us-fcba"]["source"]
    )
    # Issue 15: a rule counts from each disputed charge (a duplicate is Visa's 12.x processing errors).
    assert by_rule["card-chargeback-processing"]["due"] == "2099-06-30"  # 120 days from the disputed charge
    assert by_rule["card-chargeback-processing"]["charge"] == {
        "date": "2099-03-02", "amount": "49.90", "currency": "EUR", "description": "Segundo cargo"
    }  # fmt: skip
    assert by_rule["us-fcba"]["charge"] is None  # counted from the case's statement date
    assert all(set(row) >= {"case_id", "rule_id", "due", "days_left", "source"} for row in rows)
    assert [row["due"] for row in rows] == sorted(row["due"] for row in rows)
    table = run("deadlines", "--data-dir", data_dir)
    assert table.code == 0 and "us-fcba" in table.out and "not legal advice" in table.out
    listed = json.loads(run("cases", "--json", "--data-dir", data_dir).out)[0]
    assert listed["next_deadline"] == "2099-05-09"  # the soonest the rules give


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert"])
def test_verify_detects_a_changed_event_log(data_dir: Path, tamper: str) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    assert run("verify", "--data-dir", data_dir).code == 0
    db = connect_raw(data_dir)
    # What someone with the file and a SQLite tool could do: the triggers go first.
    db.execute("DROP TRIGGER events_no_update")
    db.execute("DROP TRIGGER events_no_delete")
    if tamper == "edit":
        db.execute("UPDATE events SET summary = 'nothing happened' WHERE id = 3")
    elif tamper == "delete":
        db.execute("DELETE FROM events WHERE id = 3")
    else:
        db.execute(
            "INSERT INTO events (id, at, actor, action, summary, hash)"
            " VALUES (1000, '2026-01-01T00:00:00+00:00', 'user', 'case.edit', 'slipped in', 'x')"
        )
    db.commit()
    db.close()
    result = run("verify", "--data-dir", data_dir)
    assert result.code == 1 and "the event log is broken at entry #" in result.out
