"""Inputs an adversary would try, through the ``dossier`` command, end to end (issue 13).

A case file that reaches out of its folder, links and FIFOs, numbers and nesting JSON cannot
hold, lone surrogates, dates far away; a database row another program wrote; files no record
names, which only an explicit, listed step may remove; outputs aimed at the store.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from desktop_app.services import Services
from desktop_app.store.database import register_functions
from tests.support.cli import Result, run
from tests.support.rawdb import connect_raw
from tests.support.snapshot import snapshot

RECEIPT = b"%PDF-1.4\nReceipt 49.90 EUR\n%%EOF\n"


def dossier(*args: object) -> Result:
    return run(*(str(a) for a in args))


@pytest.fixture
def store(data_dir: Path) -> Path:
    """A store holding the sample case (id 1), closed again."""
    result = dossier("demo", "--data-dir", data_dir)
    assert result.code == 0, result.err
    return data_dir


def case_document(*evidence: dict[str, object], **overrides: object) -> dict[str, object]:
    document: dict[str, object] = {
        "format": "dossier-case/1",
        "title": "Double charge",
        "merchant": {"name": "Shop"},
        "reason": "duplicate",
        "currency": "EUR",
        "purchases": [{"date": "2026-10-01", "amount": "49.90"}],
        "evidence": list(evidence),
    }
    document.update(overrides)
    return document


def write_case(folder: Path, document: dict[str, object] | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "files").mkdir(exist_ok=True)
    (folder / "files" / "receipt.pdf").write_bytes(RECEIPT)
    path = folder / "case.json"
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def vault_files(root: Path) -> set[str]:
    return {p.name for p in (root / "vault" / "objects").rglob("*") if p.is_file()}


def refused(store: Path, case_file: Path, *expected: str) -> str:
    """Import ``case_file``: refused with exit 1, naming every ``expected``, the store unchanged."""
    before = snapshot(store)
    result = dossier("case", "import", case_file, "--data-dir", store)
    assert result.code == 1, (result.out, result.err)
    assert result.out == ""
    assert "Traceback" not in result.err
    assert str(case_file) in result.err, result.err
    for text in expected:
        assert text in result.err, result.err
    assert snapshot(store) == before
    return result.err


# ---------------------------------------------------------------------- case files stay in their folder


def test_a_path_climbing_out_of_the_case_folder_is_refused(store: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret" / "id_ed25519"
    secret.parent.mkdir()
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")
    case_file = write_case(
        tmp_path / "inbox" / "case",
        case_document(
            {"path": "files/receipt.pdf", "kind": "receipt"},
            {"path": "../../secret/id_ed25519", "original_name": "receipt.pdf", "kind": "receipt"},
        ),
    )
    err = refused(store, case_file, "evidence[1].path", "outside the case file's folder")
    assert "evidence[0]" not in err, "the good entry is not blamed"


def test_a_link_leading_out_is_refused_a_link_inside_is_followed(store: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.pem"
    outside.write_text("-----BEGIN PRIVATE KEY-----\n")
    folder = tmp_path / "case"
    case_file = write_case(folder, case_document({"path": "files/link.pdf", "kind": "receipt"}))
    (folder / "files" / "link.pdf").symlink_to(outside)
    refused(store, case_file, "evidence[0].path", "outside the case file's folder")

    (folder / "files" / "link.pdf").unlink()
    (folder / "files" / "key.pem").write_bytes(b"%PDF-1.4\nnot a key, a receipt after all\n%%EOF\n")
    (folder / "files" / "link.pdf").symlink_to("key.pem")
    write_case(
        folder, case_document({"path": "files/link.pdf", "kind": "receipt", "original_name": "receipt.pdf"})
    )
    result = dossier("case", "import", case_file, "--data-dir", store)
    assert result.code == 0, result.err
    assert "files/key.pem, imported as “receipt.pdf”" in result.err, "the real file is named"


def test_the_import_names_the_real_file_beside_a_different_original_name(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "case"
    case_file = write_case(
        folder,
        case_document(
            {"path": "files/receipt.pdf", "kind": "receipt"},
            {"path": "files/key.pem", "kind": "receipt", "original_name": "receipt (2).pdf"},
        ),
    )
    (folder / "files" / "key.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\n")
    result = dossier("case", "import", case_file, "--data-dir", store)
    assert result.code == 0, result.err
    case_id = int(result.out)
    assert "files/key.pem, imported as “receipt (2).pdf”" in result.err
    assert "files/receipt.pdf" in result.err and "imported as “receipt.pdf”" not in result.err
    listed = json.loads(dossier("evidence", "list", case_id, "--json", "--data-dir", store).out)
    assert [e["original_name"] for e in listed] == ["receipt.pdf", "receipt (2).pdf"]


@pytest.mark.parametrize("kind", ["fifo", "link-to-fifo", "folder", "link-loop", "missing"])
def test_an_entry_that_is_not_a_regular_file_refuses_the_case_file(
    store: Path, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "case"
    case_file = write_case(
        folder, case_document({"path": "files/receipt.pdf"}, {"path": "files/odd.pdf", "kind": "receipt"})
    )
    odd = folder / "files" / "odd.pdf"
    if kind == "fifo":
        os.mkfifo(odd)
    elif kind == "link-to-fifo":
        os.mkfifo(folder / "files" / "pipe")
        odd.symlink_to("pipe")
    elif kind == "folder":
        odd.mkdir()
    elif kind == "link-loop":
        odd.symlink_to("odd.pdf")
    reason = {
        "fifo": "not a regular file",
        "link-to-fifo": "not a regular file",
        "folder": "is a folder",
        "link-loop": "cannot be followed",
        "missing": "no such file",
    }[kind]
    refused(store, case_file, "evidence[1].path", reason)  # and it did not hang on the FIFO


# ---------------------------------------------------------------------- what JSON cannot hold


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"format": "dossier-case/1", "disputed_amount": ' + "9" * 5000 + "}", "number that cannot be read"),
        ('{"format": "dossier-case/1", "disputed_amount": NaN}', "number that cannot be read"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    ],
    ids=["5000-digit-int", "nan", "deep-list", "deep-object"],
)
def test_json_a_case_file_cannot_hold_is_refused(store: Path, tmp_path: Path, text: str, reason: str) -> None:
    refused(store, write_case(tmp_path / "case", text), reason)


def test_an_infinite_amount_is_refused(store: Path, tmp_path: Path) -> None:
    text = json.dumps(case_document()).replace('"49.90"', "1e400")
    refused(store, write_case(tmp_path / "case", text), "purchases[0].amount", "must be text")


def test_a_lone_surrogate_is_refused_naming_the_field(store: Path, tmp_path: Path) -> None:
    text = json.dumps(case_document()).replace('"Double charge"', '"Double \\ud800 charge"')
    refused(store, write_case(tmp_path / "case", text), "title: holds '\\ud800'", "a lone surrogate")
    key = json.dumps(case_document()).replace('"title"', '"ti\\udcfftle"', 1)
    refused(store, write_case(tmp_path / "case2", key), "is not a field of this format")


@pytest.mark.parametrize(
    "overrides",
    [
        {"dates": {"transaction": "9999-12-31"}},
        {"purchases": [{"date": "9999-12-31", "amount": "1.00"}]},
        {"tasks": [{"title": "Later", "due": "9999-12-31"}]},
        {"tasks": [{"title": "Done", "done_at": "9999-12-31T23:59:59+00:00"}]},
    ],
    ids=["case-date", "purchase-date", "task-due", "done-at"],
)
def test_a_date_far_in_the_future_is_refused(
    store: Path, tmp_path: Path, overrides: dict[str, object]
) -> None:
    refused(store, write_case(tmp_path / "case", case_document(**overrides)), "9999")


# ---------------------------------------------------------------------- a bad row does not stop the others


def test_a_case_dated_9999_lists_with_a_note_and_the_others_still_list(store: Path, tmp_path: Path) -> None:
    second = dossier("case", "import", write_case(tmp_path / "case", case_document()), "--data-dir", store)
    assert second.code == 0, second.err
    conn = connect_raw(store)
    register_functions(conn)
    with conn:
        conn.execute("UPDATE cases SET transaction_date = '9999-12-31' WHERE id = 1")
    conn.close()

    table = dossier("cases", "--data-dir", store)
    assert table.code == 0, table.err
    assert "Traceback" not in table.err
    assert "StreamNova" in table.out and "Double charge" in table.out
    assert "note: case 1:" in table.out and "9999-12-31" in table.out
    rows = json.loads(dossier("cases", "--json", "--data-dir", store).out)
    notes = {row["id"]: row["note"] for row in rows}
    assert "9999-12-31" in notes[1] and notes[int(second.out)] is None

    deadlines = dossier("deadlines", "--data-dir", store)
    assert deadlines.code == 0, deadlines.err
    assert "case 1:" in deadlines.err and "9999-12-31" in deadlines.err
    assert "task:" in deadlines.out, "the case's own dated tasks are still listed"
    one = dossier("deadlines", "1", "--json", "--data-dir", store)
    assert one.code == 0 and isinstance(json.loads(one.out), list)


# ---------------------------------------------------------------------- evidence add says when it did not add


def test_evidence_add_exits_1_when_any_file_was_refused(store: Path, tmp_path: Path) -> None:
    good = tmp_path / "statement.pdf"
    good.write_bytes(b"%PDF-1.4\nStatement October\n%%EOF\n")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    mixed = dossier("evidence", "add", 1, good, empty, "--data-dir", store)
    assert mixed.code == 1
    assert "added #" in mixed.out and "statement" in mixed.out.lower()
    assert "empty.pdf" in mixed.err and "empty" in mixed.err
    only_bad = dossier("evidence", "add", 1, empty, "--data-dir", store)
    assert only_bad.code == 1 and "empty.pdf" in only_bad.err
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\nAnother statement\n%%EOF\n")
    assert dossier("evidence", "add", 1, other, "--data-dir", store).code == 0
    assert dossier("verify", "--data-dir", store).code == 0


# ------------------------------------------------------------ nothing deletes what it cannot prove unused


def unnamed_file(root: Path, data: bytes) -> str:
    """A whole vault file no record names: what an import killed before its commit leaves."""
    with Services.open(root, interface="test") as services:
        return services._store.vault.put_stream(io.BytesIO(data), name="x").sha256


def added(store: Path, tmp_path: Path, name: str, data: bytes, case_id: int = 1) -> int:
    path = tmp_path / name
    path.write_bytes(data)
    result = dossier("evidence", "add", case_id, path, "--data-dir", store)
    assert result.code == 0, result.err
    return int(result.out.split("#")[1].split()[0])


def test_empty_trash_and_delete_for_good_never_remove_a_file_no_record_names(
    store: Path, tmp_path: Path
) -> None:
    orphan = unnamed_file(store, b"an import that never committed")
    first = added(store, tmp_path, "first.pdf", b"%PDF-1.4\nfirst\n%%EOF\n")
    second = added(store, tmp_path, "second.pdf", b"%PDF-1.4\nsecond\n%%EOF\n")
    files = vault_files(store)
    assert orphan in files

    assert dossier("evidence", "trash", first, "--data-dir", store).code == 0
    emptied = dossier("evidence", "empty-trash", "--yes", "--data-dir", store)
    assert emptied.code == 0 and "Deleted 1 item for good." in emptied.out
    assert orphan in vault_files(store), "empty-trash leaves what no record names"
    assert len(vault_files(store)) == len(files) - 1

    assert dossier("evidence", "trash", second, "--data-dir", store).code == 0
    with Services.open(store, interface="test") as services:
        services.delete_evidence_for_good(second)
    assert orphan in vault_files(store), "delete for good removes that item's file only"
    assert len(vault_files(store)) == len(files) - 2
    verify = dossier("verify", "--data-dir", store)
    assert verify.code == 0 and f"unused: {store}" in verify.out
    assert "dossier evidence remove-unused" in verify.out and "empty-trash" not in verify.out


def test_a_file_another_item_names_stays_when_one_item_is_deleted_for_good(
    store: Path, tmp_path: Path
) -> None:
    data = b"%PDF-1.4\nshared\n%%EOF\n"
    other_case = int(
        dossier("case", "import", write_case(tmp_path / "c", case_document()), "--data-dir", store).out
    )
    in_one = added(store, tmp_path, "a.pdf", data)
    in_other = added(store, tmp_path, "b.pdf", data, other_case)
    with Services.open(store, interface="test") as services:
        sha = services._store.evidence.item(in_one).sha256
        services.trash_evidence(in_one)
        services.trash_evidence(in_other)  # in the trash too: it still names the file
        services.delete_evidence_for_good(in_one)
        assert services._store.vault.contains(sha)
        services.restore_evidence(in_other)
        assert services._store.vault.read_bytes(sha) == data
        assert services.verify().ok


def test_remove_unused_lists_asks_and_removes_only_what_it_listed(store: Path, tmp_path: Path) -> None:
    orphan = unnamed_file(store, b"left by a killed import")
    evidence = vault_files(store) - {orphan}

    listed = dossier("evidence", "unused", "--data-dir", store)
    assert listed.code == 0 and orphan in listed.out and "bytes" in listed.out
    as_json = json.loads(dossier("evidence", "unused", "--json", "--data-dir", store).out)
    assert [f["sha256"] for f in as_json] == [orphan] and as_json[0]["size"] == len(
        b"left by a killed import"
    )

    before = snapshot(store)
    asked = dossier("evidence", "remove-unused", "--data-dir", store)  # stdin is not a terminal
    assert asked.code == 1 and "--yes" in asked.err and orphan in asked.out
    assert snapshot(store) == before

    removed = dossier("evidence", "remove-unused", "--yes", "--data-dir", store)
    assert removed.code == 0 and orphan in removed.out
    assert "Removed 1 vault file no record named." in removed.out
    assert vault_files(store) == evidence
    again = dossier("verify", "--data-dir", store)
    assert again.code == 0 and "unused" not in again.out
    assert "nothing to remove" in dossier("evidence", "remove-unused", "--yes", "--data-dir", store).out


def test_remove_unused_vault_files_removes_only_the_listed_ones(store: Path) -> None:
    listed_one = unnamed_file(store, b"listed")
    with Services.open(store, interface="test") as services:
        listed = services.unused_vault_files()
        assert [f.sha256 for f in listed] == [listed_one]
        later = services._store.vault.put_stream(io.BytesIO(b"came after the list"), name="y").sha256
        named = next(iter(services._store.evidence.referenced_hashes()))
        assert services.remove_unused_vault_files([f.sha256 for f in listed] + [named]) == 1
        assert not services._store.vault.contains(listed_one)
        assert services._store.vault.contains(later), "not listed: not removed"
        assert services._store.vault.contains(named), "a record names it: never removed"
        assert services.verify().ok


def test_a_deleted_items_name_is_shown_for_its_leftover_file(store: Path, tmp_path: Path) -> None:
    item = added(store, tmp_path, "Facture-2026.pdf", b"%PDF-1.4\nfacture\n%%EOF\n")
    with Services.open(store, interface="test") as services:
        sha = services._store.evidence.item(item).sha256
        services.trash_evidence(item)
        services.delete_evidence_for_good(item)
        # As if the kill came after the commit, before the file went: put the bytes back.
        services._store.vault.put_stream(io.BytesIO(b"%PDF-1.4\nfacture\n%%EOF\n"), name="z")
        (found,) = services.unused_vault_files()
        assert found.sha256 == sha and found.names == ["Facture-2026.pdf"]
    assert "“Facture-2026.pdf”" in dossier("evidence", "unused", "--data-dir", store).out


def test_nothing_is_removed_while_the_database_is_older_than_the_vault(store: Path, tmp_path: Path) -> None:
    old = tmp_path / "old-db"
    old.mkdir()
    for name in ("dossier.db", "dossier.db-wal", "dossier.db-shm"):
        if (store / name).exists():
            shutil.copy2(store / name, old / name)
    item = added(store, tmp_path, "newer.pdf", b"%PDF-1.4\nadded after the copy\n%%EOF\n")
    assert dossier("evidence", "trash", item, "--data-dir", store).code == 0
    for name in ("dossier.db", "dossier.db-wal", "dossier.db-shm"):
        (store / name).unlink(missing_ok=True)
        if (old / name).exists():
            shutil.copy2(old / name, store / name)
    files = vault_files(store)
    for command in (("evidence", "empty-trash", "--yes"), ("evidence", "remove-unused", "--yes")):
        result = dossier(*command, "--data-dir", store)
        assert result.code != 0, (command, result.out)
        assert "Traceback" not in result.err
        assert vault_files(store) == files, command
    report = dossier("verify", "--data-dir", store)
    assert report.code == 1


def test_nothing_is_removed_when_the_database_is_lost(store: Path) -> None:
    files = vault_files(store)
    (store / "dossier.db").unlink()
    for name in ("dossier.db-wal", "dossier.db-shm"):
        (store / name).unlink(missing_ok=True)
    for command in (("evidence", "empty-trash", "--yes"), ("evidence", "remove-unused", "--yes")):
        result = dossier(*command, "--data-dir", store)
        assert result.code != 0, (command, result.out)
        assert vault_files(store) == files
    assert not (store / "dossier.db").exists() or (store / "dossier.db").stat().st_size == 0


# ---------------------------------------------------------------------- outputs go only where they may


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (("pack", "1"), "dossier.keys"),
        (("pack", "1"), "dossier.db"),
        (("letter", "1", "--kind", "issuer-dispute"), "vault/objects/letter.pdf"),
        (("letter", "1", "--kind", "issuer-dispute"), "notes.txt"),
        (("case", "export", "1"), "vault/objects/case.json"),
        (("case", "export", "1"), "export.json"),
    ],
)
def test_an_output_inside_the_store_is_refused(store: Path, command: tuple[str, ...], target: str) -> None:
    before = snapshot(store)
    keys = (store / "dossier.keys").read_bytes()
    entries = sorted(p.relative_to(store) for p in store.rglob("*"))
    result = dossier(*command, "-o", store / target, "--force", "--data-dir", store)
    assert result.code == 1, result.out
    assert "inside the Dossier store folder" in result.err and "Traceback" not in result.err
    assert snapshot(store) == before and (store / "dossier.keys").read_bytes() == keys
    new = {p.relative_to(store) for p in store.rglob("*")} - set(entries)
    assert Path(target) not in new
    assert all(p.name.startswith("dossier.") for p in new), new  # SQLite's own -wal and -shm at most


def test_an_existing_output_needs_force_and_a_fifo_is_never_replaced(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "letter.txt"
    existing.write_text("my own notes")
    result = dossier("letter", "1", "--kind", "issuer-dispute", "-o", existing, "--data-dir", store)
    assert result.code == 1 and "--force" in result.err and existing.read_text() == "my own notes"
    assert (
        dossier(
            "letter", "1", "--kind", "issuer-dispute", "-o", existing, "--force", "--data-dir", store
        ).code
        == 0
    )
    assert existing.read_text() != "my own notes"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600

    fifo = out / "pipe.pdf"
    os.mkfifo(fifo)
    for command in (("pack", "1"), ("letter", "1", "--kind", "fcba"), ("case", "export", "1")):
        result = dossier(*command, "-o", fifo, "--force", "--data-dir", store)
        assert result.code == 1 and "FIFO" in result.err, (command, result.err)
        assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_case_export_checks_the_files_beside_it_before_writing_anything(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "case.json"
    first = dossier("case", "export", 1, "-o", target, "--data-dir", store)
    assert first.code == 0, first.err
    files = sorted((out / "case-files").iterdir())
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    target.unlink()
    kept = files[0].read_bytes()
    files[0].chmod(0o600)
    files[0].write_bytes(b"edited by the user")
    again = dossier("case", "export", 1, "-o", target, "--data-dir", store)
    assert again.code == 1 and files[0].name in again.err and "--force" in again.err
    assert not target.exists(), "nothing written: the JSON neither"
    assert files[0].read_bytes() == b"edited by the user"
    forced = dossier("case", "export", 1, "-o", target, "--force", "--data-dir", store)
    assert forced.code == 0, forced.err
    assert files[0].read_bytes() == kept


# ---------------------------------------------------------------------- names and values that are not text


def test_a_file_name_in_bytes_that_are_not_utf8_is_kept_with_replacement_marks(
    store: Path, tmp_path: Path
) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"\xff\xfefacture.pdf")
    with open(raw, "wb") as handle:
        handle.write(b"%PDF-1.4\nfacture\n%%EOF\n")
    result = dossier("evidence", "add", 1, os.fsdecode(raw), "--data-dir", store)
    assert result.code == 0, result.err
    listed = json.loads(dossier("evidence", "list", 1, "--json", "--data-dir", store).out)
    assert "\ufffd\ufffdfacture.pdf" in [e["original_name"] for e in listed]
    assert dossier("verify", "--data-dir", store).code == 0


def test_a_typed_value_that_is_not_text_is_refused_with_a_message(store: Path) -> None:
    before = snapshot(store)
    result = dossier(
        "case", "new", "--title", "Podw\udcf3jne", "--merchant", "Shop", "--reason", "duplicate",
        "--currency", "EUR", "--data-dir", store,
    )  # fmt: skip
    assert result.code == 1 and "title" in result.err and "not a character" in result.err
    assert "Traceback" not in result.err and "unexpected" not in result.err
    assert snapshot(store) == before


@pytest.mark.parametrize("name", ["dossier.keys", "dossier.db"])
def test_the_stores_own_files_are_never_evidence(store: Path, name: str) -> None:
    before = snapshot(store)
    result = dossier("evidence", "add", 1, store / name, "--data-dir", store)
    assert result.code == 1 and "inside the Dossier store folder" in result.err
    assert snapshot(store) == before


def test_a_case_file_too_large_to_be_one_is_refused(store: Path, tmp_path: Path) -> None:
    path = write_case(tmp_path / "case", case_document())
    with open(path, "ab") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: no disk is used
    refused(store, path, "too large for a case file")


@pytest.mark.parametrize("command", [("pack", "1"), ("case", "export", "1")])
def test_dash_is_not_a_file_name_for_a_pack_or_a_case_export(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = dossier(*command, "-o", "-", "--data-dir", store)
    assert result.code == 2 and "-o -" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


@pytest.mark.parametrize(
    "entry", [".ssh/id_ed25519", "files/../.ssh/id_ed25519", "files/.env", "files/keys"], ids=str
)
def test_a_hidden_file_inside_the_folder_is_refused(store: Path, tmp_path: Path, entry: str) -> None:
    """A case file saved in the home folder must not reach ~/.ssh, though it is "inside"."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    case_file = write_case(home, case_document({"path": entry, "original_name": "receipt.pdf"}))
    (home / "files" / ".env").write_text("TOKEN=secret\n")
    (home / "files" / "keys").symlink_to("../.ssh/id_ed25519")
    refused(store, case_file, "evidence[0].path", "hidden")


def test_an_export_named_like_a_hidden_file_imports_again(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / ".case.json"
    target.parent.mkdir()
    assert dossier("case", "export", 1, "-o", target, "--data-dir", store).code == 0
    assert (target.parent / "case-files").is_dir()
    again = dossier("case", "import", target, "--data-dir", store)
    assert again.code == 0, again.err
