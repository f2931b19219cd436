"""The layers of ARCHITECTURE.md, checked on the source itself."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

from desktop_app.cli import build_parser

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
DOCS = Path(__file__).resolve().parents[2] / "docs"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_no_module_outside_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules(PACKAGE)
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imports_of(path))
    ]
    assert offenders == []


def test_domain_does_no_io_and_knows_no_storage() -> None:
    forbidden = {
        "sqlite3",
        "sqlcipher3",
        "sqlite_utils",
        "os",
        "pathlib",
        "shutil",
        "io",
        "PySide6",
        "subprocess",
        "socket",
    }
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in imports_of(path)
            if name.split(".")[0] in forbidden or name.startswith("desktop_app.store")
        )
        for path in modules(PACKAGE / "domain")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_lower_layers_never_import_the_layers_above() -> None:
    above = ("desktop_app.ui", "desktop_app.services", "desktop_app.cli")
    for layer in ("domain", "store", "intake", "pack"):
        for path in modules(PACKAGE / layer):
            bad = [name for name in imports_of(path) if name.startswith(above)]
            assert bad == [], f"{path.relative_to(PACKAGE)} imports {bad}"


def _commands(parser: argparse.ArgumentParser, prefix: str = "dossier") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix} {name}")
                found.extend(_commands(sub, f"{prefix} {name}"))
    return found


def test_every_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [command for command in _commands(build_parser()) if f"`{command}" not in text]
    assert missing == []


def test_only_the_store_writes_sql() -> None:
    pattern = re.compile(r"\.execute\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules(PACKAGE)
        if path.relative_to(PACKAGE).parts[0] != "store" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
