"""The layers of docs/architecture.md, checked on the source itself.

docs/architecture.md describes the layers (domain, store, intake, pack,
services, cli, ui), what each may import, the thread rule, the job protocol and
how a change flows back to the views. These tests hold the code to the parts
of it that can be read from the source: no import cycles, the front door
(ui/ and cli/ reach the lower layers only through desktop_app.services), no
module over 600 lines, no part of the window or of the services pointing back
at what it is a part of, and no ``except`` that swallows an error unlogged.
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

from desktop_app.cli import build_parser
from tests.support.imports import (
    a_cycle_through,
    all_modules,
    cycles,
    import_graph,
    imports_of_module,
    in_layer,
    module_lines,
    silent_handlers,
    store_reaches,
)

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


# --------------------------------------------------------------------------- the structure (issue 14)


def test_the_architecture_document_exists_and_is_named_here() -> None:
    assert (DOCS / "architecture.md").is_file()
    assert "docs/architecture.md" in (__doc__ or "")


def test_no_import_cycles() -> None:
    """No module imports, through others, itself: found from every import (in functions too).

    An ``if TYPE_CHECKING:`` import runs nothing and is left out; a package's __init__ is the package.
    """
    graph = import_graph(runtime_only=True)
    found = {" -> ".join(a_cycle_through(group, graph)) for group in cycles(graph)}
    assert sorted(found) == []


def test_no_import_cycles_even_for_the_type_checker() -> None:
    """Not even a type annotation points back at a module that imports this one (a mixin at its subclass)."""
    graph = import_graph(runtime_only=False)
    found = {" -> ".join(a_cycle_through(group, graph)) for group in cycles(graph)}
    assert sorted(found) == []


# What ui/ and the command line may import besides their own package: the front door and the words
# every layer shares. ``desktop_app`` itself holds only the name and version.
FRONT_DOOR = (
    "desktop_app.services",
    "desktop_app.domain",
    "desktop_app.errors",
    "desktop_app.i18n",
    "desktop_app.logs",
    "desktop_app.resources",
)
SHARED = frozenset({"desktop_app"})
# `dossier gui` starts the window: the command line's one way into ui/.
CLI_STARTS_THE_WINDOW = "desktop_app.ui.app"


def _through_the_front_door(module: str, target: str) -> bool:
    if target in SHARED or any(target == door or target.startswith(door + ".") for door in FRONT_DOOR):
        return True
    if in_layer(module, "ui"):
        return in_layer(target, "ui")
    return in_layer(target, "cli") or target == CLI_STARTS_THE_WINDOW


def _front_modules() -> list[str]:
    return [m for m in all_modules() if in_layer(m, "ui") or in_layer(m, "cli")]


def test_ui_and_cli_import_only_the_front_door() -> None:
    """ui/ and the command line import services*, domain*, errors, i18n, logs, resources, their own."""
    found = {
        f"{module} -> {target}"
        for module in _front_modules()
        for target in sorted({i.target for i in imports_of_module(module)})
        if not _through_the_front_door(module, target)
    }
    assert sorted(found) == []


def test_ui_and_cli_never_reach_the_store_or_the_builder() -> None:
    """No ``services.store`` / ``self._services._store`` / ``pack.builder`` in ui/ or the command line."""
    found = {str(w) for m in _front_modules() for w in store_reaches(m)}
    assert sorted(found) == []


def test_no_module_is_over_600_lines() -> None:
    found = {f"{m} ({module_lines(m)} lines)" for m in all_modules() if module_lines(m) > 600}
    assert sorted(found) == []


def test_only_the_application_start_imports_the_main_window() -> None:
    """A controller or dialog never imports MainWindow (not even for a type): it is given what it needs."""
    found = {
        i.module
        for m in all_modules()
        if in_layer(m, "ui") and m not in ("desktop_app.ui.main_window", "desktop_app.ui.app")
        for i in imports_of_module(m)
        if i.target == "desktop_app.ui.main_window"
    }
    assert sorted(found) == []


def test_no_part_of_the_services_imports_the_facade() -> None:
    """A module of desktop_app/services never imports desktop_app.services itself (its __init__)."""
    found = {
        f"{i.module}:{i.line}"
        for m in all_modules()
        if m.startswith("desktop_app.services.")
        for i in imports_of_module(m)
        if i.target == "desktop_app.services"
    }
    assert sorted(found) == []


# Handlers that catch what they did not expect (Exception, BaseException, a bare except) and neither raise
# nor log. A handler naming the errors it expects (KeyError, UnicodeDecodeError, an OSError from a probe) is
# the code's control flow and is not listed. Each allowed handler says why it may stay silent.
SILENT_ALLOWED: dict[str, str] = {
    "desktop_app.logs:RedactingFilter.filter:Exception": (
        "the log's own filter: a record whose arguments cannot be formatted is still written, from its raw"
        " text redacted; logging from inside the log's handler would recurse"
    ),
    "desktop_app.logs:PrivateRotatingFileHandler.emit:Exception": (
        "the log's own file: a record that cannot be written (the disk full while rotating) is reported by"
        " logging's handleError, as every logging handler does; logging it would recurse"
    ),
}


def _broad(catches: str) -> bool:
    return bool(re.search(r"\b(Exception|BaseException)\b", catches))


def test_every_except_that_swallows_an_error_logs_it() -> None:
    """Each ``except Exception`` that does not raise logs through desktop_app.logs, with the traceback."""
    found = {h.key for m in all_modules() for h in silent_handlers(m) if _broad(h.catches)} - set(
        SILENT_ALLOWED
    )
    assert sorted(found) == []


def test_the_cycle_search_finds_a_cycle_and_only_cycles() -> None:
    """The search the cycle tests rely on: a loop of three is found, with a path round it; a chain is not."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert a_cycle_through(["a", "b", "c"], graph) == ["a", "b", "c", "a"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
