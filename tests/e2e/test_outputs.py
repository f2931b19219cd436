"""Outputs go only where they may, and are 0600: every file Dossier writes on request, from the command line.

For each output (pack, letter as PDF and as text, case export, bundle,
backup): a target inside the store folder (its database, its key file, its
vault, reached directly, through ``..`` or through a symbolic link), a
FIFO, a device, a folder or a link to one is refused with a message naming
it, the store is left exactly as it was and still verifies; an existing
file is replaced only with ``--force``; what is written is 0600 from the
start, whatever the umask.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.cli import Result, run
from tests.support.snapshot import snapshot

OUTPUTS: dict[str, Callable[[Path], list[str | Path]]] = {
    "pack": lambda out: ["pack", "1", "-o", out],
    "letter": lambda out: ["letter", "1", "--kind", "issuer-dispute", "-o", out],
    "letter-text": lambda out: ["letter", "1", "--kind", "merchant-complaint", "-o", out],
    "case-export": lambda out: ["case", "export", "1", "-o", out],
    "bundle": lambda out: ["bundle", "1", "-o", out],
    "backup": lambda out: ["backup", out],
}
SUFFIX = {
    "pack": ".pdf",
    "letter": ".pdf",
    "letter-text": ".txt",
    "case-export": ".json",
    "bundle": ".zip",
    "backup": ".dossier-backup",
}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    data_dir = tmp_path / "store"
    assert run("demo", "--data-dir", data_dir).code == 0
    return data_dir


@pytest.fixture
def open_umask() -> Iterator[None]:
    before = os.umask(0)
    yield
    os.umask(before)


def dossier(kind: str, out: Path, store: Path, *extra: str) -> Result:
    return run(*OUTPUTS[kind](out), "--data-dir", store, *extra)


def store_state(store: Path) -> tuple[object, dict[str, str]]:
    raw = {
        str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(store.iterdir())
        if p.is_file() and p.name in ("dossier.keys", "dossier.state")
    }
    return snapshot(store), raw


def hostile_targets(store: Path, tmp_path: Path, suffix: str) -> dict[str, Path]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (tmp_path / "innocent").symlink_to(store)
    (out / "to-folder").symlink_to(out)
    (out / "to-null").symlink_to("/dev/null")
    (out / "objs").symlink_to(store / "vault")
    os.mkfifo(out / f"pipe{suffix}")
    return {
        "the database": store / "dossier.db",
        "the key file": store / "dossier.keys",
        "a new file in the store": store / f"new{suffix}",
        "the vault": store / "vault" / "objects" / f"x{suffix}",
        "through ..": out / ".." / "store" / "dossier.keys",
        "through a symlinked folder": tmp_path / "innocent" / f"x{suffix}",
        "through a link's ..": out / "objs" / ".." / f"x{suffix}",
        "a FIFO": out / f"pipe{suffix}",
        "a device": Path("/dev/null"),
        "a folder": out,
        "a link to a folder": out / "to-folder",
        "a link to a device": out / "to-null",
    }


@pytest.mark.parametrize("kind", list(OUTPUTS))
def test_hostile_targets_are_refused_and_the_store_is_untouched(
    kind: str, store: Path, tmp_path: Path
) -> None:
    targets = hostile_targets(store, tmp_path, SUFFIX[kind])
    before = store_state(store)
    reader = os.open(targets["a FIFO"], os.O_RDONLY | os.O_NONBLOCK)  # a wrong write would not hang
    try:
        for name, target in targets.items():
            for extra in ((), ("--force",)):
                result = dossier(kind, target, store, *extra)
                assert result.code != 0, f"{kind} to {name} {extra}: {result.out}{result.err}"
                assert "Traceback" not in result.err
                assert "refused" in result.err or "exists" in result.err, (name, result.err)
        assert os.read(reader, 10) == b"", "nothing was written into the FIFO"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(targets["a FIFO"]).st_mode), "the FIFO is still a FIFO"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert store_state(store) == before
    assert not (store / f"new{SUFFIX[kind]}").exists()
    assert not list((store / "vault").rglob(f"x{SUFFIX[kind]}"))
    assert run("verify", "--data-dir", store).code == 0


@pytest.mark.parametrize("kind", list(OUTPUTS))
def test_an_existing_file_is_replaced_only_with_force(kind: str, store: Path, tmp_path: Path) -> None:
    target = tmp_path / f"mine{SUFFIX[kind]}"
    target.write_bytes(b"my own file, not Dossier's")
    refused = dossier(kind, target, store)
    assert refused.code != 0 and str(target) in refused.err and "--force" in refused.err
    assert target.read_bytes() == b"my own file, not Dossier's"
    replaced = dossier(kind, target, store, "--force")
    assert replaced.code == 0, replaced.err
    assert target.read_bytes() != b"my own file, not Dossier's"
    assert os.stat(target).st_mode & 0o777 == 0o600


@pytest.mark.parametrize("kind", list(OUTPUTS))
def test_outputs_are_0600_under_a_permissive_umask(
    kind: str, store: Path, tmp_path: Path, open_umask: None
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"written{SUFFIX[kind]}"
    result = dossier(kind, target, store)
    assert result.code == 0, result.err
    written = [p for p in out.rglob("*") if p.is_file()]
    assert target in written
    for path in written:  # the pack's .sha256, a case export's files folder too
        assert os.stat(path).st_mode & 0o777 in (0o600, 0o400), path
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]


def test_a_pack_refuses_when_one_of_its_parts_or_sidecars_exists(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    (tmp_path / "pack.pdf.sha256").write_text("mine\n")
    refused = run("pack", "1", "-o", out, "--data-dir", store)
    assert refused.code != 0 and "pack.pdf.sha256" in refused.err
    assert not out.exists() and (tmp_path / "pack.pdf.sha256").read_text() == "mine\n"
    assert run("pack", "1", "-o", out, "--data-dir", store, "--force").code == 0
    assert (tmp_path / "pack.pdf.sha256").read_text().endswith("  pack.pdf\n")
