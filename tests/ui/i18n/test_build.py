"""The window's .qm files are built, never committed: by packaging/qm.py (make run and make test
run it in their set-up) and by the wheel's build (setup.py's build_py), in a tree that has none."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from setuptools.dist import Distribution

from tests.ui.i18n.conftest import ROOT, ts_text

SOURCES = sorted((ROOT / "resources" / "translations").glob("dossier_*.ts"))


def fresh_tree(tmp_path: Path) -> Path:
    """A tree as a fresh clone has it: the build step and the catalogues, no .qm."""
    tree = tmp_path / "tree"
    (tree / "packaging").mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "qm.py", tree / "packaging" / "qm.py")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, tree / name)
    folder = tree / "resources" / "translations"
    folder.mkdir(parents=True)
    for ts in SOURCES:
        shutil.copy2(ts, folder / ts.name)
    (folder / "dossier_fr.ts").write_text(
        ts_text("fr", {("MainWindow", "&File"): "&Fichier"}), encoding="utf-8"
    )
    (folder / "messages_fr.ts").write_text(ts_text("fr", {("Services", "Open"): "Ouvert"}), encoding="utf-8")
    return tree


def run_step(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(tree / "packaging" / "qm.py")], capture_output=True, text=True, check=False
    )


def test_a_fresh_tree_gets_a_qm_for_each_of_the_windows_catalogues(tmp_path: Path) -> None:
    tree = fresh_tree(tmp_path)
    folder = tree / "resources" / "translations"
    assert not list(folder.glob("*.qm"))
    result = run_step(tree)
    assert result.returncode == 0, result.stderr
    names = {ts.stem for ts in folder.glob("dossier_*.ts")}
    assert {qm.stem for qm in folder.glob("*.qm")} == names  # messages_*.ts are read as they are
    french = QTranslator()
    assert french.load(str(folder / "dossier_fr.qm"))
    assert french.translate("MainWindow", "&File") == "&Fichier"
    # Up to date: left as it is; a newer .ts: compiled again.
    built = (folder / "dossier_fr.qm").stat().st_mtime_ns
    assert run_step(tree).returncode == 0
    assert (folder / "dossier_fr.qm").stat().st_mtime_ns == built
    changed = ts_text("fr", {("MainWindow", "&File"): "F&ichier"})
    (folder / "dossier_fr.ts").write_text(changed, encoding="utf-8")
    later = (folder / "dossier_fr.qm").stat().st_mtime + 5
    os.utime(folder / "dossier_fr.ts", (later, later))
    assert run_step(tree).returncode == 0
    again = QTranslator()
    assert again.load(str(folder / "dossier_fr.qm"))
    assert again.translate("MainWindow", "&File") == "F&ichier"


def test_a_catalogue_that_cannot_be_compiled_is_named_with_the_reason(tmp_path: Path) -> None:
    tree = fresh_tree(tmp_path)
    broken = tree / "resources" / "translations" / "dossier_pl.ts"
    broken.write_text("<TS version='2.1'><context><name>x</name><message>", encoding="utf-8")
    result = run_step(tree)
    assert result.returncode == 1
    assert str(broken) in result.stderr and "cannot be compiled" in result.stderr
    assert not (broken.parent / "dossier_pl.qm").exists()
    assert not list(broken.parent.glob("*.part"))


def test_make_run_and_make_test_build_the_translations_in_their_set_up(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.fail("make is needed: Dossier's two commands are make run and make test")
    tree = fresh_tree(tmp_path)
    for target in ("run", "test"):
        planned = subprocess.run(
            ["make", "-n", "-C", str(tree), target], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        step = next(i for i, line in enumerate(planned) if "packaging/qm.py" in line)
        started = next(
            i
            for i, line in enumerate(planned)
            if line.startswith((".venv/bin/dossier gui", "QT_QPA_PLATFORM"))
        )
        assert step < started, planned


def test_the_wheels_build_compiles_the_qm_files_into_the_package(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("dossier_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # not __main__: setup() itself is not run
    command = setup.BuildWithTranslations(Distribution())
    command.build_lib = str(tmp_path / "lib")
    built = command.build_translations()
    folder = tmp_path / "lib" / "desktop_app" / "_resources" / "translations"
    assert sorted(built) == sorted(folder / f"{ts.stem}.qm" for ts in SOURCES)
    assert SOURCES, "the window's catalogues are in resources/translations"
    for qm in built:
        assert QTranslator().load(str(qm)), qm
