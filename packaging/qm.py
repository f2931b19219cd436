"""Compile the window's translations: resources/translations/dossier_<lang>.ts -> dossier_<lang>.qm.

Qt's ``lrelease`` (shipped in PySide6-Essentials) turns each ``.ts`` a translator edits into the
``.qm`` the window loads. The ``.qm`` files are built, never committed: by ``make run`` and
``make test`` (the Makefile's translations step), and by the wheel's build (setup.py's build_py).

    python packaging/qm.py [--out FOLDER] [TS_FILE ...]

With no file, every ``dossier_*.ts`` of resources/translations; with no --out, each ``.qm`` is
written beside its ``.ts``. A ``.qm`` newer than its ``.ts`` is left as it is. Only the window's
catalogues are compiled: ``messages_*.ts`` are read as they are by desktop_app/i18n.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "translations"
PATTERN = "dossier_*.ts"


class TranslationBuildError(RuntimeError):
    """A ``.ts`` that cannot be compiled, or no ``lrelease`` to compile it with."""


def lrelease() -> list[str]:
    """The command that runs Qt's lrelease: PySide6's own binary, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.is_file():
        return [str(beside)]
    for name in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = shutil.which(name)
        if found:
            return [found]
    raise TranslationBuildError(
        "Qt's lrelease was not found: install PySide6-Essentials (pip install PySide6-Essentials) "
        "to build the window's translations."
    )


def sources(folder: Path = SOURCE) -> list[Path]:
    """The window's catalogues in ``folder``, in name order."""
    return sorted(folder.glob(PATTERN))


def compile_one(ts: Path, qm: Path, command: Sequence[str] | None = None) -> Path:
    """Compile ``ts`` into ``qm`` (its folder made if needed); an error names the file and the reason."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    command = list(command or lrelease())
    part = qm.with_name(qm.name + ".part")
    result = subprocess.run(
        [*command, "-silent", str(ts), "-qm", str(part)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not part.is_file() or part.stat().st_size == 0:
        part.unlink(missing_ok=True)
        reason = (result.stderr or result.stdout).strip() or f"lrelease ended with {result.returncode}"
        raise TranslationBuildError(f"{ts}: cannot be compiled into {qm.name}: {reason}")
    os.replace(part, qm)
    return qm


def build(folder: Path = SOURCE, out: Path | None = None, files: Sequence[Path] = ()) -> list[Path]:
    """Compile the window's catalogues (``files``, else every ``dossier_*.ts`` of ``folder``) into
    ``out`` (default: beside each one); returns the ``.qm`` files, each up to date."""
    built: list[Path] = []
    command: list[str] | None = None
    for ts in files or sources(folder):
        qm = (out or ts.parent) / (ts.stem + ".qm")
        if not (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
            command = command or lrelease()
            compile_one(ts, qm, command)
        built.append(qm)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile Dossier's window translations (.ts -> .qm).")
    parser.add_argument("--out", type=Path, help="folder for the .qm files (default: beside each .ts)")
    parser.add_argument("files", nargs="*", type=Path, help="the .ts files (default: dossier_*.ts)")
    args = parser.parse_args(argv)
    try:
        build(SOURCE, args.out, args.files)
    except TranslationBuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
