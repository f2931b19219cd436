"""No plaintext of an encrypted store is left behind: the canary scan after SIGKILLs.

A case in an encrypted store holds evidence carrying a unique marker (a text
file, a PDF, an image with the marker in a PNG text chunk). A child process
is SIGKILLed while plaintext of it exists outside the store:

- during a pack export (``dossier pack``): while pages are rendered in the
  private "pack" folder, and while the pack's ``.part`` file is written
  beside the output;
- during "Check pages and size" (the window's export dialog, offscreen):
  once the preview pack is built in its private folder;
- after "Open" of an exhibit (the evidence dialog, offscreen): once the copy
  for the other program is written.

Before the kill the scan must find the marker (the control: the scan sees
plaintext when there is some). After the kill, the next start of Dossier
(``dossier cases``) sweeps what the killed one left; then the temp folder
(TMPDIR), HOME and the output folder are scanned, raw and with every
zlib stream inflated (PDF content is compressed): the marker must be
nowhere. Files that are not Dossier's own, beside them, survive.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from desktop_app import tempfiles
from desktop_app.services import Services
from desktop_app.store.keys import Unlock
from tests.support import mail
from tests.support.cases import noisy_image

REPO = Path(__file__).resolve().parents[2]
MARKER = "QXPLAINTEXTCANARY5150"
PASSPHRASE = "plaintext canary: Zażółć 2026"
KILL_TIMEOUT = 90.0


@dataclass
class World:
    store: Path
    tmp: Path  # TMPDIR of every process
    home: Path
    out: Path
    case_id: int
    evidence_ids: list[int]
    env: dict[str, str]


def forms(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")] + [marker.lower().encode()]


def _inflated(data: bytes) -> Iterator[bytes]:
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            yield zlib.decompressobj().decompress(data[match.end() : match.end() + 50_000_000])
        except zlib.error:
            continue


def holds_marker(data: bytes) -> bool:
    wanted = forms(MARKER)
    if any(form in data for form in wanted):
        return True
    return any(any(form in chunk for form in wanted) for chunk in _inflated(data))


def scan(*roots: Path) -> list[str]:
    """Every file under ``roots`` holding the marker (raw or in an inflated stream)."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if holds_marker(data):
                found.append(str(path))
    return found


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    tmp, home, out, originals = (tmp_path / n for n in ("tmp", "home", "out", "originals"))
    for folder in (tmp, home, out, originals):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(tempfile, "tempdir", None)  # this process, too, uses TMPDIR from now on
    (originals / "notes.txt").write_text(f"My notes {MARKER} end\n", encoding="utf-8")
    (originals / "invoice.pdf").write_bytes(mail.pdf_bytes(f"Invoice {MARKER}", pages=3))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER)
    picture = io.BytesIO()
    Image.new("RGB", (400, 300), "#884422").save(picture, format="PNG", pnginfo=info)
    (originals / "photo.png").write_bytes(picture.getvalue())
    for n in range(6):  # enough pages to render that a kill lands while the pack is being made
        (originals / f"scan-{n}.png").write_bytes(noisy_image(1800, 1300, seed=n))
    # ... and to copy, after the marker's pages are in the .part
    (originals / "statement-long.pdf").write_bytes(mail.pdf_bytes("Statement line", pages=600))
    store = tmp_path / "store"
    unlock = Unlock(passphrase=PASSPHRASE, use_keyring=False)
    with Services.open(store, interface="test", unlock=unlock) as services:
        assert services._store.encrypted
        case_id = services.add_sample_case()
        added = services.add_evidence(case_id, sorted(originals.iterdir())).added
        evidence_ids = [item.id or 0 for item in added if item.original_name == "notes.txt"]
    tempfiles.remove_private_dirs()  # this process's own journal of the writes above
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    env = {
        **os.environ,
        "TMPDIR": str(tmp),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "DOSSIER_PASSPHRASE_FILE": str(secret),
        "DOSSIER_LOG_DIR": str(tmp_path / "log"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    }
    assert scan(tmp, home, out) == [], "nothing before the test"
    assert scan(originals), "the control: the scan finds the marker in the originals"
    return World(store, tmp, home, out, case_id, evidence_ids, env)


def unrelated_files(world: World) -> list[Path]:
    """Files beside Dossier's that are not its own: they must survive every sweep."""
    lookalike = world.tmp / "dossier-pack-notmine"
    lookalike.mkdir()
    paths = [
        world.tmp / "someone-elses.txt",
        lookalike / "page.pdf",
        world.out / ".pack.pdf.abcdefgh.part",  # a .part not named by Dossier's scheme
        world.out / "notes.txt",
    ]
    for path in paths:
        path.write_bytes(b"not Dossier's")
    return paths


def next_start(world: World) -> None:
    """Dossier starts again (the command line: it sweeps at start, as the window does)."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "cases", "--data-dir", str(world.store)],
        env=world.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def pack_command(world: World, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "desktop_app",
        "pack",
        str(world.case_id),
        "-o",
        str(out),
        "--data-dir",
        str(world.store),
    ]


def kill(child: subprocess.Popen[str]) -> str:
    """SIGKILL the child; returns what it had written to stderr."""
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    said = child.stderr.read() if child.stderr else ""
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    return said


def wait_for(child: subprocess.Popen[str], seen: Callable[[], bool]) -> bool:
    """Wait until ``seen()``; the child is stopped (SIGSTOP) while it is asked, so it cannot go on past it."""
    deadline = time.monotonic() + KILL_TIMEOUT
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return False
        child.send_signal(signal.SIGSTOP)
        try:
            found = seen()
        except BaseException:
            child.send_signal(signal.SIGCONT)
            raise
        if found:
            return True  # still stopped: the kill lands right here
        child.send_signal(signal.SIGCONT)
        time.sleep(0.003)
    return False


def private_folders(world: World, kind: str) -> list[Path]:
    return [p for p in world.tmp.glob(f"dossier-{kind}-*") if (p / ".dossier-private").exists()]


def check_swept(world: World, keep: list[Path]) -> None:
    next_start(world)
    assert scan(world.tmp, world.home, world.out) == []
    assert all(path.read_bytes() == b"not Dossier's" for path in keep)
    leftovers = [p.name for p in world.out.iterdir() if p.name.endswith(".part") and "dossier-" in p.name]
    assert leftovers == []
    assert [p for p in world.tmp.iterdir() if (p / ".dossier-private").exists()] == []


@pytest.mark.parametrize("moment", ["rendering", "writing the part"])
@pytest.mark.slow
def test_a_pack_export_killed_leaves_no_plaintext(world: World, moment: str) -> None:
    keep = unrelated_files(world)
    out = world.out / "pack.pdf"

    def rendering() -> bool:
        return any(any(folder.rglob("block-*.pdf")) for folder in private_folders(world, "pack"))

    def writing_part() -> bool:  # the .part beside the output already holds plaintext of the marker
        for part in world.out.glob(".pack.pdf.dossier-*.part"):
            try:
                if holds_marker(part.read_bytes()):
                    return True
            except OSError:
                continue
        return False

    child = subprocess.Popen(
        pack_command(world, out),
        env=world.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        reached = wait_for(child, rendering if moment == "rendering" else writing_part)
    finally:
        said = kill(child)
    assert reached, f"the pack export ended before {moment}: {said}"
    assert not out.exists()
    if moment == "writing the part":
        assert scan(world.out), "the control: the pack's .part holds the marker before the sweep"
    assert private_folders(world, "pack"), "the killed export left its private folder"
    check_swept(world, keep)


CHILD_PRELUDE = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop_app import tempfiles
from desktop_app.services import Services
from desktop_app.store.keys import Unlock
app = QApplication([])
unlock = Unlock(passphrase=sys.argv[2], use_keyring=False)
services = Services.open(Path(sys.argv[1]), interface="test", unlock=unlock)
detail = services.case_detail(int(sys.argv[3]))
def ready():
    print("READY", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.02)
"""

PREVIEW = """
from desktop_app.ui.pack_export import ExportPackDialog
dialog = ExportPackDialog(detail, Path(sys.argv[4]), services=services)
dialog.preview_button.click()
while dialog.prebuilt() is None:
    app.processEvents()
    time.sleep(0.01)
ready()
"""

OPEN = """
from PySide6.QtGui import QDesktopServices
from desktop_app.ui.evidence import EvidenceDialog
QDesktopServices.openUrl = lambda url: print("OPENED", url.toLocalFile(), flush=True) or True
item = next(e for e in detail.evidence if e.id == int(sys.argv[5]))
dialog = EvidenceDialog(services, detail, item)
dialog.open_original()
while dialog.runner.busy():  # the copy is made by a job on a worker thread
    app.processEvents()
    time.sleep(0.01)
ready()
"""


def run_window_child(world: World, body: str) -> subprocess.Popen[str]:
    code = textwrap.dedent(CHILD_PRELUDE) + textwrap.dedent(body)
    args = [str(world.store), PASSPHRASE, str(world.case_id), str(world.out), str(world.evidence_ids[0])]
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=world.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(child: subprocess.Popen[str]) -> list[str]:
    lines = []
    assert child.stdout is not None
    while True:
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"the child ended early: {kill(child)}")
        lines.append(line.strip())
        if line.strip() == "READY":
            return lines


@pytest.mark.parametrize("kind", ["preview", "view"])
@pytest.mark.slow
def test_killed_while_a_preview_or_an_opened_copy_exists_leaves_no_plaintext(world: World, kind: str) -> None:
    keep = unrelated_files(world)
    child = run_window_child(world, PREVIEW if kind == "preview" else OPEN)
    try:
        said = wait_ready(child)
        assert scan(world.tmp), f"the control: the {kind} copy holds the marker while Dossier runs"
    finally:
        kill(child)
    if kind == "view":
        opened = Path(next(line for line in said if line.startswith("OPENED")).split(" ", 1)[1])
        assert opened.parent.name.startswith("dossier-view-") and opened.parent.parent == world.tmp
        assert os.stat(opened).st_mode & 0o777 in (0o400, 0o600)
        assert os.stat(opened.parent).st_mode & 0o777 == 0o700
    assert private_folders(world, kind), "the kill left the private folder (the next start removes it)"
    check_swept(world, keep)


@pytest.mark.slow
def test_a_finished_pack_export_leaves_only_the_pack(world: World) -> None:
    """Not killed: the pack and its .sha256 are there (0600), nothing else of it anywhere."""
    out = world.out / "pack.pdf"
    done = subprocess.run(
        pack_command(world, out),
        env=world.env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in world.out.iterdir()) == ["pack.pdf", "pack.pdf.sha256"]
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert scan(world.out) == [str(out)], "the pack itself holds the marker: the scan sees it"
    assert scan(world.tmp, world.home) == []
    assert list(world.tmp.iterdir()) == []
