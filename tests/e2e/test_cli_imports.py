"""What the command line imports: nothing heavy before the command that needs it runs.

Each check runs a fresh interpreter (``python -X importtime``) and reads the modules it
imported, so what an earlier test imported here cannot hide or fake anything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import run

# Slow to import, or needing a display, a keyring or native libraries.
HEAVY = frozenset(
    {
        "PySide6",
        "shiboken6",
        "reportlab",
        "pypdf",
        "PIL",
        "pypdfium2",
        "keyring",
        "cryptography",
        "extract_msg",
        "pillow_heif",
        "sqlcipher3",
    }
)
# What reading the cases needs none of: no window, no PDF, no image, no Outlook message.
NOT_FOR_READING = frozenset(
    {"PySide6", "shiboken6", "reportlab", "pypdf", "PIL", "pypdfium2", "extract_msg", "pillow_heif"}
)
# The modules that run commands: imported only when their command runs.
COMMAND_MODULES = frozenset(
    f"desktop_app.cli.{name}"
    for name in (
        "cases",
        "casefiles",
        "check",
        "evidence",
        "gui",
        "letters",
        "mail",
        "packs",
        "records",
        "search",
        "store",
        "unlocking",
    )
)


# Runs in the child before anything else: at exit, it lists every module the process holds,
# also those importlib.import_module loaded (which -X importtime does not report).
DUMP = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('MODULES: ' + ' '.join(sorted(sys.modules)), file=sys.__stderr__))\n"
)
COMMAND = (
    DUMP + "import runpy\nsys.argv[0] = 'dossier'\nrunpy.run_module('desktop_app', run_name='__main__')\n"
)


def imported_by(*args: str, code: str | None = None) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``python -X importtime`` on ``dossier ARGS`` (or on ``code``); the process and every module
    it imported, from importtime's report and from the modules it held at exit."""
    child = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", DUMP + code if code else COMMAND, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in child.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    modules.discard("imported package")  # the header line
    held = [line for line in child.stderr.splitlines() if line.startswith("MODULES: ")]
    assert held, child.stderr[-2000:]
    modules.update(held[-1].split()[1:])
    return child, modules


def below_the_parser(modules: set[str]) -> set[str]:
    """What the parser must not need: the services and the layers under them."""
    layers = ("desktop_app.services", "desktop_app.store", "desktop_app.pack", "desktop_app.intake")
    return {name for name in modules if name.startswith(layers)}


def tops(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.fixture
def store(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with the sample case that a child process opens: its passphrase in DOSSIER_PASSPHRASE_FILE."""
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    made = run("demo", "--data-dir", data_dir)
    assert made.code == 0, made.err
    return data_dir


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["pack", "--help"], ["nonsense"], ["pack", "1"]],
    ids=["help", "version", "pack-help", "unknown-command", "usage-error"],
)
def test_help_and_usage_errors_import_nothing_heavy(args: list[str]) -> None:
    child, modules = imported_by(*args)
    assert child.returncode in (0, 2), child.stderr[-2000:]
    assert "dossier" in child.stdout + child.stderr
    assert tops(modules) & HEAVY == set()
    assert modules & COMMAND_MODULES == set()
    assert below_the_parser(modules) == set()


def test_the_parser_is_built_and_parses_without_a_command_module() -> None:
    code = (
        "from desktop_app.cli import build_parser; "
        "args = build_parser().parse_args(['pack', '1', '-o', 'x.pdf', '--profile', 'amex']); "
        "print(args.command, args.profile)"
    )
    child, modules = imported_by(code=code)
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.split() == ["pack", "amex"]
    assert tops(modules) & HEAVY == set()
    assert modules & COMMAND_MODULES == set()
    assert below_the_parser(modules) == set()


def test_cases_imports_no_window_pdf_or_image_library(store: Path) -> None:
    child, modules = imported_by("cases", "--data-dir", str(store))
    assert child.returncode == 0, child.stderr[-2000:]
    assert "StreamNova" in child.stdout
    assert tops(modules) & NOT_FOR_READING == set()
    # Nor the code that builds packs, reads e-mails or writes letters, nor the results of other work.
    assert {
        "desktop_app.services.work_results",
        "desktop_app.pack.builder",
        "desktop_app.pack.render",
        "desktop_app.intake.mail",
        "desktop_app.domain.letters",
        "desktop_app.domain.letter_kinds",
        "desktop_app.domain.letter_law",
    } & modules == set()
    assert "desktop_app.cli.cases" in modules
    assert modules & COMMAND_MODULES == {"desktop_app.cli.cases", "desktop_app.cli.unlocking"}


@pytest.mark.parametrize(
    "args",
    [
        ["deadlines"],
        ["search", "StreamNova"],
        ["evidence", "list", "1"],
        ["store", "status"],
        ["verify"],
        ["preferences"],
    ],
    ids=lambda args: "-".join(args),
)
def test_no_command_but_gui_imports_qt(store: Path, args: list[str]) -> None:
    child, modules = imported_by(*args, "--data-dir", str(store))
    assert child.returncode in (0, 1), child.stderr[-2000:]
    assert "Traceback" not in child.stderr
    assert tops(modules) & {"PySide6", "shiboken6"} == set()


def test_pack_imports_the_pdf_library_but_not_qt(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    child, modules = imported_by("pack", "1", "-o", str(out), "--data-dir", str(store))
    assert child.returncode == 0, child.stderr[-2000:]
    assert out.is_file()
    assert "reportlab" in tops(modules)
    assert tops(modules) & {"PySide6", "shiboken6"} == set()


# Run as a child: stops the process the moment anything asks for PySide6, saying what had run.
GUI_PROBE = """
import importlib.abc, sys
from desktop_app.cli import main

class Probe(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6":
            loaded = sorted(m for m in sys.modules if m.startswith("desktop_app.cli."))
            print("PySide6 asked for after", " ".join(loaded), flush=True)
            raise SystemExit(99)
        return None

sys.meta_path.insert(0, Probe())
sys.exit(main(sys.argv[1:]))
"""


def test_gui_is_the_command_that_imports_qt(store: Path) -> None:
    probe = [sys.executable, "-c", GUI_PROBE]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    gui = subprocess.run(
        [*probe, "gui", "--data-dir", str(store)], capture_output=True, text=True, timeout=120, env=env
    )
    assert gui.returncode == 99, gui.stderr[-2000:]
    assert "desktop_app.cli.gui" in gui.stdout
    cases = subprocess.run(
        [*probe, "cases", "--data-dir", str(store)], capture_output=True, text=True, timeout=120, env=env
    )
    assert cases.returncode == 0, cases.stderr[-2000:]
    assert "StreamNova" in cases.stdout and "PySide6 asked for" not in cases.stdout
