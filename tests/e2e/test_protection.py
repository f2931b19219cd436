"""Encryption at rest end to end: the canary, flipped bytes, backups and restores, the command line."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import Image

from desktop_app.cli import unlocking
from desktop_app.domain.models import Case, CaseDates, Communication, Merchant, Payment
from desktop_app.domain.text import fold
from desktop_app.domain.vocab import Channel, Direction, Reason
from desktop_app.errors import DossierError
from desktop_app.pack.builder import PackOptions
from desktop_app.services import Services
from desktop_app.store.backup import BackupDamaged, restore_backup
from desktop_app.store.keys import NeedsUnlock, Unlock
from tests.support import mail
from tests.support.cli import run
from tests.support.snapshot import snapshot

MARKERS = [
    "QXCANARYTITLE7731",
    "QXCANARYSTORY4410",
    "QXCANARYMERCHANT9902",
    "QXCANARYNOTE5583",
    "QXCANARYMAIL2264",
    "QXCANARYPDF8817",
    "QXCANARYTEXT6645",
    "Zażółć-QXCANARYPL-gęślą",
]
CARD = "4111111111111111"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def forms(marker: str) -> list[bytes]:
    """Every way a marker could sit in a file: as written, folded for the search index, in UTF-16."""
    texts = {marker, marker.lower(), marker.upper(), fold(marker)}
    out = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(text.encode(encoding))
    return out


def leaks(root: Path, markers: list[str]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for marker in markers:
            if any(form in data for form in forms(marker)):
                found.append(f"{path.relative_to(root)}: {marker}")
    return found


def canary_case(services: Services, tmp_path: Path) -> int:
    case_id = services.create_case(
        Case(
            title=f"Gym billed after cancelling {MARKERS[0]}",
            merchant=Merchant(f"Fit {MARKERS[2]}"),
            reason=Reason.CANCELLED_RECURRING,
            currency="EUR",
            summary=f"I cancelled in March. {MARKERS[1]} Card {CARD}.",
            disputed_amount=Decimal("49.90"),
            payment=Payment(method="card", network="visa", last4="1111"),
            dates=CaseDates(transaction=datetime(2026, 10, 2, tzinfo=UTC).date()),
        )
    )
    services.log_communication(
        case_id,
        Communication(
            at=datetime(2026, 10, 5, 14, 0, tzinfo=UTC),
            channel=Channel.PHONE,
            direction=Direction.OUTGOING,
            summary=f"Called support {MARKERS[3]}",
            reference="T-1",
        ),
    )
    files = tmp_path / "files"
    files.mkdir()
    (files / "notes.txt").write_text(
        f"My notes {MARKERS[6]} and {MARKERS[7]} card {CARD}\n", encoding="utf-8"
    )
    (files / "invoice.pdf").write_bytes(mail.pdf_bytes(f"Invoice {MARKERS[5]}"))
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), "#884422").save(picture, format="PNG")
    (files / "screenshot.png").write_bytes(picture.getvalue())
    big = files / "export.dat"  # over a megabyte: sealed in several chunks
    big.write_bytes(random.Random(1).randbytes(1_500_000) + f"end {MARKERS[6]}".encode())
    services.add_evidence(case_id, sorted(files.iterdir()))
    message = mail.simple(1, subject=f"Refund {MARKERS[4]}", attachment=mail.pdf_bytes(MARKERS[5]))
    (tmp_path / "mail.eml").write_bytes(message)
    result = services.import_emails(case_id, [tmp_path / "mail.eml"])
    assert result.imported_count == 1
    return case_id


def test_canary_no_marker_anywhere_in_an_encrypted_store(services: Services, tmp_path: Path) -> None:
    assert services._store.encrypted
    case_id = canary_case(services, tmp_path)
    detail = services.case_detail(case_id)
    for item in detail.evidence:
        services.thumbnail(item.sha256, item.media_type)
        services.evidence_preview(item.id or 0)
    hits = services.search(MARKERS[6].lower())
    assert hits and hits[0].case_id == case_id, "the search index works inside the encrypted database"
    assert services.search(MARKERS[5])
    out = tmp_path / "out"
    out.mkdir()
    services.build_pack(case_id, out / "pack.pdf", PackOptions())
    markers = [*MARKERS, CARD]
    assert leaks(services.data_dir, markers) == [], "while open (WAL and temp files included)"
    root = services.data_dir
    assert (root / "thumbnails").is_dir() and any((root / "thumbnails").rglob("*.png"))
    services.close()
    assert leaks(root, markers) == [], "after closing"
    assert leaks(tmp_path / "files", [MARKERS[6]]), "the markers are findable: the scan works"


def test_a_plaintext_store_does_hold_the_markers(data_dir: Path, tmp_path: Path) -> None:
    """The canary's control: the same case in a store that is not encrypted is readable on disk."""
    with Services.open(data_dir, unlock=Unlock(encrypt_new=False)) as services:
        canary_case(services, tmp_path)
    assert leaks(data_dir, MARKERS)


# --------------------------------------------------------------------------- flipped bytes


@pytest.mark.slow
def test_every_flipped_byte_of_a_vault_file_is_detected_and_named(
    services: Services, sample_case: int
) -> None:
    item = min(services.case_detail(sample_case).evidence, key=lambda e: e.size)
    path = services._store.vault.path_of(item.sha256)
    sealed = path.read_bytes()
    path.chmod(0o600)
    for position in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[position] ^= 0x01
        path.write_bytes(bytes(damaged))
        report = services.verify()
        assert len(report.altered) == 1 and report.altered[0].startswith(item.original_name), position
    path.write_bytes(sealed)
    assert services.verify().ok


def test_a_damaged_vault_file_stops_the_pack_and_verify_names_it(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    item = services.case_detail(sample_case).evidence[0]
    path = services._store.vault.path_of(item.sha256)
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x80
    path.write_bytes(bytes(data))
    with pytest.raises(DossierError, match=item.original_name):
        services.build_pack(sample_case, tmp_path / "pack.pdf", PackOptions())
    assert not (tmp_path / "pack.pdf").exists()
    services.close()
    result = run("verify", "--data-dir", services.data_dir)
    assert result.code == 1 and item.original_name in result.out and "fails its check" in result.out


@pytest.fixture
def backup_file(services: Services, sample_case: int, tmp_path: Path) -> Path:
    out = tmp_path / "store.dossier-backup"
    services.backup(out)
    return out


def test_backup_and_restore_give_an_identical_store(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    original = snapshot(services.data_dir).rows  # the store as the backup takes it
    backup_file = tmp_path / "store.dossier-backup"
    services.backup(backup_file)
    hashes = {item.sha256 for item in services.case_detail(sample_case).evidence}
    recovery = services._store.access.new_recovery_key
    services.close()
    target = tmp_path / "restored"
    target.mkdir()  # an empty folder is fine
    report = restore_backup(backup_file, target, Unlock())
    assert report.files == len(hashes | set(services_hashes(target))) and report.cases == 1
    assert snapshot(target).rows == original, "every row of every table, the search index included"
    with Services.open(target) as again:
        assert again.verify().ok
        for sha in hashes:
            assert again._store.vault.hash_of(sha) == sha
        assert again._store.access.key_file is not None
    assert recovery
    with Services.open(target, unlock=Unlock(recovery_key=recovery, use_keyring=False)):
        pass  # the store's own recovery key still opens the restored store


def services_hashes(root: Path) -> list[str]:
    return [p.name for p in (root / "vault" / "objects").rglob("*") if p.is_file()]


def test_a_backup_opens_with_its_own_passphrase_on_a_computer_with_no_keyring(
    services: Services, sample_case: int, tmp_path: Path, no_keyring: None
) -> None:
    out = tmp_path / "b.dossier-backup"
    services.backup(out, "backup passphrase")
    counts = services._store.table_counts()
    recovery = services._store.access.new_recovery_key
    services.close()
    with pytest.raises(NeedsUnlock):
        restore_backup(out, tmp_path / "r", Unlock())
    with pytest.raises(DossierError, match="does not open"):
        restore_backup(out, tmp_path / "r", Unlock(passphrase="wrong"))
    assert not (tmp_path / "r").exists()
    report = restore_backup(out, tmp_path / "r", Unlock(passphrase="backup passphrase"))
    assert {k: v for k, v in report.tables.items() if k != "events"} == {
        k: v for k, v in counts.items() if k != "events"
    }
    with pytest.raises(NeedsUnlock):  # the restored store is the same store: its key is not in a keyring here
        Services.open(tmp_path / "r")
    with Services.open(tmp_path / "r", unlock=Unlock(recovery_key=recovery)) as restored:
        assert restored.verify().ok and restored._store.table_counts()["cases"] == 1


def test_every_kind_of_damage_to_a_backup_is_refused_and_the_target_untouched(
    backup_file: Path, tmp_path: Path
) -> None:
    data = backup_file.read_bytes()
    rng = random.Random(7)
    header_end = 200  # magic, length and the start of the header
    positions = sorted(
        set(range(0, header_end, 3)) | {rng.randrange(len(data)) for _ in range(120)} | {len(data) - 1}
    )
    target = tmp_path / "target"
    damaged_path = tmp_path / "damaged.dossier-backup"
    for position in positions:
        damaged = bytearray(data)
        damaged[position] ^= 0x04
        damaged_path.write_bytes(bytes(damaged))
        with pytest.raises(DossierError) as info:
            restore_backup(damaged_path, target, Unlock())
        assert str(damaged_path) in str(info.value) or "does not open" in str(info.value), position
        assert not target.exists(), position
        assert not list(tmp_path.glob(".target.restoring-*"))
    for cut in (len(data) - 1, len(data) // 2, 30):
        damaged_path.write_bytes(data[:cut])
        with pytest.raises(BackupDamaged):
            restore_backup(damaged_path, target, Unlock())
    damaged_path.write_bytes(data + b"extra")
    with pytest.raises(BackupDamaged):
        restore_backup(damaged_path, target, Unlock())
    assert not target.exists()


def test_a_damaged_backup_names_the_part_that_fails(backup_file: Path, tmp_path: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    data[-5000] ^= 0x10  # inside the last file's section
    damaged = tmp_path / "damaged.dossier-backup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged, match=r"section file:[0-9a-f]{64}"):
        restore_backup(damaged, tmp_path / "target", Unlock())


def test_restore_refuses_a_folder_that_is_not_empty(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "mine.txt").write_text("keep me")
    with pytest.raises(DossierError, match="not empty"):
        restore_backup(backup_file, target, Unlock())
    assert [p.name for p in target.iterdir()] == ["mine.txt"]


def test_a_backup_is_refused_when_the_store_fails_its_check(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    item = services.case_detail(sample_case).evidence[0]
    services._store.vault.path_of(item.sha256).unlink()
    with pytest.raises(DossierError, match="no backup was written"):
        services.backup(tmp_path / "b.dossier-backup")
    assert not list(tmp_path.glob("*backup*"))


# --------------------------------------------------------------------------- the command line


def test_cli_passphrase_file_creates_and_opens_a_store_where_no_keyring_works(
    data_dir: Path, tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unlocking, "can_ask", lambda: False)
    first = run("demo", "--data-dir", data_dir)
    assert (
        first.code == 1 and "DOSSIER_PASSPHRASE_FILE" in first.err and not (data_dir / "dossier.db").exists()
    )
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    made = run("demo", "--data-dir", data_dir)
    assert made.code == 0 and "recovery key" in made.err
    recovery = next(line.strip() for line in made.err.splitlines() if line.count("-") == 5)
    assert run("cases", "--data-dir", data_dir).code == 0
    assert "passphrase:  set" in run("store", "status", "--data-dir", data_dir).out
    secret.write_text("wrong\n", encoding="utf-8")
    wrong = run("cases", "--data-dir", data_dir)
    assert wrong.code == 1 and "does not open" in wrong.err
    monkeypatch.delenv("DOSSIER_PASSPHRASE_FILE")
    locked = run("cases", "--data-dir", data_dir)
    assert locked.code == 1 and "passphrase" in locked.err
    monkeypatch.setattr(unlocking, "can_ask", lambda: True)
    answers = iter(["not it", recovery.lower()])
    monkeypatch.setattr(unlocking, "ask", lambda prompt: next(answers))
    prompted = run("cases", "--data-dir", data_dir)
    assert prompted.code == 0 and "StreamNova" in prompted.out and "does not open" in prompted.err


def test_cli_encrypt_decrypt_backup_restore_and_bundle(data_dir: Path, tmp_path: Path) -> None:
    with Services.open(data_dir, unlock=Unlock(encrypt_new=False)) as services:
        services.add_sample_case()
    assert "encrypted:   no" in run("store", "status", "--data-dir", data_dir).out
    encrypted = run("store", "encrypt", "--data-dir", data_dir)
    assert encrypted.code == 0 and "recovery key" in encrypted.err
    assert "encrypted:   yes" in run("store", "status", "--data-dir", data_dir).out
    assert "StreamNova" in run("cases", "--data-dir", data_dir).out
    backup = tmp_path / "b.dossier-backup"
    made = run("backup", backup, "--data-dir", data_dir)
    assert made.code == 0 and backup.is_file(), made.err
    restored = run("restore", backup, "--data-dir", tmp_path / "restored")
    assert restored.code == 0 and "checked" in restored.out, restored.err
    assert "StreamNova" in run("cases", "--data-dir", tmp_path / "restored").out
    again = run("restore", backup, "--data-dir", tmp_path / "restored")
    assert again.code == 1 and "not empty" in again.err
    zip_path = tmp_path / "case.zip"
    bundle = run("bundle", "1", "-o", zip_path, "--data-dir", data_dir)
    assert bundle.code == 0 and "NOT encrypted" in bundle.err
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert "case.json" in names and "README.txt" in names
        files = [n for n in names if n.startswith("files/")]
        assert len(files) == 4
        listed = {e["sha256"] for e in __import__("json").loads(archive.read("case.json"))["evidence"]}
        assert {hashlib.sha256(archive.read(n)).hexdigest() for n in files} == listed
    refused = run("store", "decrypt", "--data-dir", data_dir)
    assert refused.code == 1 and "--yes" in refused.err
    decrypted = run("store", "decrypt", "--yes", "--data-dir", data_dir)
    assert decrypted.code == 0 and not (data_dir / "dossier.keys").exists()
    assert "StreamNova" in run("cases", "--data-dir", data_dir).out
    plain_backup = run("backup", tmp_path / "p.dossier-backup", "--data-dir", data_dir)
    assert plain_backup.code == 1 and "passphrase" in plain_backup.err


def test_a_whole_file_no_record_names_is_unused_not_damage(services: Services, sample_case: int) -> None:
    """What a crash between the vault write and the database commit leaves: verify passes and names it."""
    stored = services._store.vault.put_stream(io.BytesIO(b"an import that never committed"), name="x")
    report = services.verify()
    assert report.ok and report.unused == [str(services._store.vault.path_of(stored.sha256))]
    root = services.data_dir
    services.close()
    result = run("verify", "--data-dir", root)
    assert result.code == 0 and f"unused: {root}" in result.out and "OK:" in result.out
    # Issue 13: emptying the trash never removes a file no record names; remove-unused does, listed first.
    assert run("evidence", "empty-trash", "--yes", "--data-dir", root).code == 0
    assert "unused" in run("verify", "--data-dir", root).out
    assert run("evidence", "remove-unused", "--yes", "--data-dir", root).code == 0
    again = run("verify", "--data-dir", root)
    assert again.code == 0 and "unused" not in again.out
    half = root / "vault" / "objects" / "ab" / ("ab" + "0" * 62)
    half.parent.mkdir(exist_ok=True)
    half.write_bytes(b"DSVAULT1 cut short")
    damaged = run("verify", "--data-dir", root)
    assert damaged.code == 1 and "stray:" in damaged.out
