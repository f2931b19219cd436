"""The source of desktop_app read as a graph: modules, what each imports, and where.

Used by tests/unit/test_architecture.py. Everything is found from the source
with ``ast``; nothing is imported.

- A module's name comes from its path; a package's ``__init__.py`` is the
  package itself (``desktop_app/services/__init__.py`` is ``desktop_app.services``).
- Imports are found at module level and inside functions and classes, relative
  ones resolved. ``from a.b import c`` names ``a.b.c`` when that is a module of
  desktop_app, else ``a.b``.
- An ``if TYPE_CHECKING:`` block imports nothing at run time: it is left out of
  the cycle search (``runtime_only=True``) but counted where a rule is about
  what a layer may know at all.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"


@dataclass(frozen=True)
class Import:
    """One import in ``module``: the desktop_app module it names, the line, and whether it runs."""

    module: str
    target: str
    line: int
    type_checking: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


@cache
def all_modules() -> dict[str, Path]:
    """Every module of desktop_app by its dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@cache
def tree_of(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, type_checking: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Every node under ``node``, with whether it sits in an ``if TYPE_CHECKING:`` block."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for inner in child.body:
                yield inner, True
                yield from _walk(inner, True)
            for inner in child.orelse:
                yield inner, type_checking
                yield from _walk(inner, type_checking)
            continue
        yield child, type_checking
        yield from _walk(child, type_checking)


def _resolve(name: str) -> str | None:
    """The nearest module of desktop_app that ``name`` is or is inside (None: not desktop_app's)."""
    known = all_modules()
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in known:
            return candidate
        parts.pop()
    return None


def _base(module: str, path: Path, level: int, name: str | None) -> str:
    if level == 0:
        return name or ""
    package = module.split(".") if is_package(path) else module.split(".")[:-1]
    if level > 1:
        package = package[: -(level - 1)]
    return ".".join([*package, name] if name else package)


@cache
def imports_of_module(module: str) -> tuple[Import, ...]:
    """The desktop_app modules ``module`` imports, each with its line."""
    path = all_modules()[module]
    found: list[Import] = []
    for node, type_checking in _walk(tree_of(path)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = _resolve(alias.name)
                if target:
                    found.append(Import(module, target, node.lineno, type_checking))
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, path, node.level, node.module)
            for alias in node.names:
                target = _resolve(f"{base}.{alias.name}") if alias.name != "*" else None
                if target is None or target != f"{base}.{alias.name}":
                    target = _resolve(base)
                if target:
                    found.append(Import(module, target, node.lineno, type_checking))
    return tuple(found)


def import_graph(runtime_only: bool = True) -> dict[str, set[str]]:
    """module -> the desktop_app modules it imports (at run time, unless ``runtime_only`` is False)."""
    graph: dict[str, set[str]] = {}
    for module in all_modules():
        graph[module] = {
            i.target
            for i in imports_of_module(module)
            if i.target != module and not (runtime_only and i.type_checking)
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        # iterative Tarjan: (node, iterator over its successors)
        work: list[tuple[str, Iterator[str]]] = []
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        work.append((start, iter(sorted(graph.get(start, ())))))
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph.get(succ, ())))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(groups, key=lambda g: (-len(g), g))


def a_cycle_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """One import path that goes round ``group`` (to show in a failure): a -> b -> ... -> a."""
    members = set(group)
    start = group[0]
    # breadth-first from start back to start, inside the group
    paths: dict[str, list[str]] = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for succ in sorted(graph[node] & members):
            if succ == start:
                return [*paths[node], start]
            if succ not in paths:
                paths[succ] = [*paths[node], succ]
                queue.append(succ)
    return group


def module_lines(module: str) -> int:
    """How many lines the module's file has (everything counted: docstrings, comments, blank lines)."""
    return len(all_modules()[module].read_text(encoding="utf-8").splitlines())


def in_layer(module: str, layer: str) -> bool:
    """Whether ``module`` is ``desktop_app.<layer>`` or inside it (``cli`` also takes the old cli_*.py)."""
    name = f"desktop_app.{layer}"
    if layer == "cli" and module.startswith("desktop_app.cli_"):
        return True
    return module == name or module.startswith(name + ".")


def _enclosing(tree: ast.Module) -> dict[ast.AST, str]:
    """Each node -> the qualified name of the function or class it sits in ('' at module level)."""
    owner: dict[ast.AST, str] = {}

    def visit(node: ast.AST, qual: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = qual
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                inner = f"{qual}.{child.name}" if qual else child.name
            owner[child] = inner
            visit(child, inner)

    visit(tree, "")
    return owner


@dataclass(frozen=True)
class Where:
    """A place in desktop_app: the module, the function or class it is in, and the line."""

    module: str
    qualname: str
    line: int

    def __str__(self) -> str:
        return f"{all_modules()[self.module].relative_to(ROOT)}:{self.line} ({self.qualname or 'module'})"


SERVICES_NAMES = frozenset({"services", "_services"})


def _names_services(node: ast.expr) -> bool:
    """``services``, ``self.services``, ``self._services``, ``x.services`` ..."""
    if isinstance(node, ast.Name):
        return node.id in SERVICES_NAMES
    if isinstance(node, ast.Attribute):
        return node.attr in SERVICES_NAMES
    return False


def store_reaches(module: str) -> list[Where]:
    """Every ``<services>.store`` / ``<services>._store`` and ``pack.builder`` in ``module``."""
    tree = tree_of(all_modules()[module])
    owner = _enclosing(tree)
    found: list[Where] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        reaches_store = node.attr in ("store", "_store") and _names_services(node.value)
        reaches_builder = (
            node.attr == "builder" and isinstance(node.value, ast.Name) and node.value.id == "pack"
        )
        if reaches_store or reaches_builder:
            found.append(Where(module, owner.get(node, ""), node.lineno))
    return found


LOG_FUNCTIONS = frozenset({"error", "unexpected", "event"})


def _logs_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """What ``desktop_app.logs`` is called in this module, and the log functions imported by name."""
    modules, functions = {"logs"}, set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in ("desktop_app", "desktop_app.logs"):
            for alias in node.names:
                if node.module == "desktop_app" and alias.name == "logs":
                    modules.add(alias.asname or "logs")
                elif node.module == "desktop_app.logs" and alias.name in LOG_FUNCTIONS:
                    functions.add(alias.asname or alias.name)
        elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module is None:
            modules.update(a.asname or a.name for a in node.names if a.name == "logs")
    return modules, functions


def _logs(call: ast.Call, modules: set[str], functions: set[str]) -> bool:
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and func.attr in LOG_FUNCTIONS
        and isinstance(func.value, ast.Name)
        and func.value.id in modules
    ):
        return True
    if isinstance(func, ast.Name) and func.id in functions:
        return True
    # a logger's own call with the traceback: log.warning(..., exc_info=...)
    return isinstance(func, ast.Attribute) and any(k.arg == "exc_info" for k in call.keywords)


def _own_nodes(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """The nodes of ``body``, not looking into functions or classes defined there."""
    for statement in body:
        yield statement
        stack: list[ast.AST] = [statement]
        while stack:
            node = stack.pop()
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
                    continue
                yield child
                stack.append(child)


@dataclass(frozen=True)
class Handler:
    where: Where
    catches: str

    @property
    def key(self) -> str:
        """What names this handler in an allow-list: ``module:qualname:ExceptionType``."""
        return f"{self.where.module}:{self.where.qualname}:{self.catches}"


def silent_handlers(module: str) -> list[Handler]:
    """The ``except`` clauses of ``module`` that neither raise nor log through desktop_app.logs."""
    tree = tree_of(all_modules()[module])
    owner = _enclosing(tree)
    modules, functions = _logs_names(tree)
    found: list[Handler] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ExceptHandler):
            continue
        nodes = list(_own_nodes(node.body))
        if any(isinstance(n, ast.Raise) for n in nodes):
            continue
        if any(isinstance(n, ast.Call) and _logs(n, modules, functions) for n in nodes):
            continue
        catches = ast.unparse(node.type) if node.type else "BaseException"
        found.append(Handler(Where(module, owner.get(node, ""), node.lineno), catches))
    return found
