"""What the Python code asks to translate, read from its ast (no import of the code).

- The messages family: calls of desktop_app.i18n's translate, translate_n and noop, anywhere in
  desktop_app/ (ui/ included, though ui/ normally uses Qt's tr()).
- The window family (ui/): self.tr(...), QCoreApplication.translate(...), QT_TR_NOOP and
  QT_TRANSLATE_NOOP, with the key each asks Qt for at run time, to compare with what lupdate extracted.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from i18n_tools.ts import Key, Message

I18N_MODULE = "desktop_app.i18n"
I18N_FUNCTIONS = {"translate": 1, "translate_n": 2, "noop": None}  # name: index of the disambiguation - 1
QT_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Call:
    """A translation call found in the code."""

    path: Path
    line: int
    context: str
    source: str
    comment: str
    numerus: bool
    extracomment: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass
class Problem:
    path: Path
    line: int
    text: str


def python_files(folder: Path) -> Iterator[Path]:
    yield from sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, index: int | None, keyword: str) -> ast.expr | None:
    for item in call.keywords:
        if item.arg == keyword:
            return item.value
    if index is not None and index < len(call.args):
        return call.args[index]
    return None


def _translator_comment(lines: list[str], line: int) -> str:
    """The ``# Translators: ...`` comment on the lines just above ``line`` (1-based), if any."""
    found: list[str] = []
    index = line - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        found.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    for position, text in enumerate(found):
        if text.lower().startswith("translators:"):
            return " ".join([text.split(":", 1)[1].strip(), *found[position + 1 :]]).strip()
    return ""


class _Imports(ast.NodeVisitor):
    """The names a module binds to desktop_app.i18n and to its functions."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.package = module if is_package else module.rpartition(".")[0]
        self.modules: set[str] = set()  # dotted names meaning desktop_app.i18n
        self.functions: dict[str, str] = {}  # local name -> i18n function

    def _absolute(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = self.package.split(".")
        base = base[: len(base) - node.level + 1]
        return ".".join([*base, node.module] if node.module else base)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name == I18N_MODULE:
                self.modules.add(alias.asname or I18N_MODULE)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = self._absolute(node)
        for alias in node.names:
            if module == I18N_MODULE and alias.name in I18N_FUNCTIONS:
                self.functions[alias.asname or alias.name] = alias.name
            elif f"{module}.{alias.name}" == I18N_MODULE:
                self.modules.add(alias.asname or alias.name)


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def message_calls(root: Path, path: Path) -> tuple[list[Call], list[Problem]]:
    """The desktop_app.i18n calls of one file, and the calls whose texts cannot be read."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, str(path))
    lines = text.splitlines()
    imports = _Imports(module_name(root, path), path.name == "__init__.py")
    imports.visit(tree)
    calls: list[Call] = []
    problems: list[Problem] = []
    if not imports.modules and not imports.functions:
        return calls, problems
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = ""
        if isinstance(node.func, ast.Name):
            function = imports.functions.get(node.func.id, "")
        elif isinstance(node.func, ast.Attribute) and _dotted(node.func.value) in imports.modules:
            function = node.func.attr if node.func.attr in I18N_FUNCTIONS else ""
        if not function:
            continue
        context = _literal(_argument(node, 0, "context"))
        source_node = _argument(node, 1, "source")
        source = _literal(source_node)
        where = f"{function}()"
        if context is None:
            problems.append(Problem(path, node.lineno, f"{where}: the context is not a literal string"))
            continue
        if source is None:
            if isinstance(source_node, (ast.JoinedStr, ast.BinOp)):
                problems.append(
                    Problem(
                        path,
                        node.lineno,
                        f"{where}: the text is built (f-string, + or %): use a "
                        "literal with {named} placeholders and .format() after translating",
                    )
                )
            continue  # a variable: the text was marked elsewhere (noop, rules)
        index = I18N_FUNCTIONS[function]
        comment_node = None if index is None else _argument(node, index + 1, "disambiguation")
        comment = _literal(comment_node)
        if (
            comment_node is not None
            and comment is None
            and not (isinstance(comment_node, ast.Constant) and comment_node.value is None)
        ):
            problems.append(Problem(path, node.lineno, f"{where}: the disambiguation is not a literal"))
            continue
        calls.append(
            Call(
                path,
                node.lineno,
                context,
                source,
                comment or "",
                function == "translate_n",
                _translator_comment(lines, node.lineno),
            )
        )
    return calls, problems


class _QtCalls(ast.NodeVisitor):
    """The Qt translation calls of one ui/ module, with the key each asks for at run time."""

    def __init__(self, path: Path, lines: list[str], aliases: set[str], wrappers: set[str]) -> None:
        self.path, self.lines, self.aliases, self.wrappers = path, lines, aliases, wrappers
        self.classes: list[str] = []
        self.calls: list[Call] = []
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), text))

    def _add(self, node: ast.Call, context: str, source: str, comment: ast.expr | None, n: bool) -> None:
        text = _literal(comment)
        if (
            comment is not None
            and text is None
            and not (isinstance(comment, ast.Constant) and comment.value is None)
        ):
            self._problem(node, f"the disambiguation of {source!r} is not a literal: lupdate drops it")
            return
        note = _translator_comment(self.lines, node.lineno)
        self.calls.append(Call(self.path, node.lineno, context, source, text or "", n, note))

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = _dotted(func.value) if isinstance(func, ast.Attribute) else ""
        here = self.classes[-1] if self.classes else ""
        if name == "tr" and isinstance(func, ast.Attribute):
            source = _literal(_argument(node, 0, "sourceText"))
            if source is None:
                return
            if owner not in ("self", "cls", here) or not here:
                self._problem(
                    node,
                    f"{owner}.tr({source!r}): the context is {owner}'s class at run time, "
                    "which lupdate cannot know: use self.tr in the class or QCoreApplication"
                    ".translate",
                )
                return
            self._add(
                node, here, source, _argument(node, 1, "disambiguation"), _argument(node, 2, "n") is not None
            )
        elif (name == "translate" and owner.rpartition(".")[2] in QT_APPLICATIONS) or (
            isinstance(func, ast.Name) and name in self.aliases
        ):
            source = _literal(_argument(node, 1, "sourceText"))
            context = _literal(_argument(node, 0, "context"))
            if source is None:
                return
            if context is None:
                self._problem(node, f"translate(?, {source!r}): the context is not a literal string")
                return
            if isinstance(func, ast.Name) and name != "translate":
                self._problem(
                    node,
                    f"{name}({context!r}, {source!r}): lupdate reads {name}() as tr() "
                    "(source, disambiguation); call QCoreApplication.translate by that name",
                )
                return
            self._add(
                node,
                context,
                source,
                _argument(node, 2, "disambiguation"),
                _argument(node, 3, "n") is not None,
            )
        elif name == "QT_TR_NOOP" and _literal(_argument(node, 0, "")) is not None:
            self._add(node, here, _literal(_argument(node, 0, "")) or "", None, False)
        elif name == "QT_TRANSLATE_NOOP":
            context, source = _literal(_argument(node, 0, "")), _literal(_argument(node, 1, ""))
            if context is not None and source is not None:
                self._add(node, context, source, _argument(node, 2, ""), False)
        elif (
            isinstance(func, ast.Name)
            and name in self.wrappers
            and node.args
            and _literal(node.args[0]) is not None
        ):
            self._problem(
                node,
                f"{name}({_literal(node.args[0])!r}) goes through a function of the "
                "module: lupdate files its text under no context (or not at all); call "
                "self.tr or QCoreApplication.translate with the literal text",
            )


def _module_aliases(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to Qt's translate (``tr = QApplication.translate``) and module functions that
    translate their argument (``def tr(text): return QCoreApplication.translate("C", text)``)."""
    aliases: set[str] = set()
    wrappers: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
            if node.value.attr in ("translate", "tr"):
                aliases |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in ("translate", "tr")
                    and inner.args
                    and _literal(inner.args[-1 if inner.func.attr == "tr" else 1]) is None
                ):
                    wrappers.add(node.name)
    return aliases, wrappers


def qt_calls(path: Path) -> tuple[list[Call], list[Problem]]:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, str(path))
    aliases, wrappers = _module_aliases(tree)
    imports = _Imports("desktop_app.ui.module", False)
    imports.visit(tree)
    if "translate" not in imports.functions:
        # lupdate reads every translate(context, text, ...) as Qt's, whatever it is bound to.
        aliases.add("translate")
        wrappers.discard("translate")
    visitor = _QtCalls(path, text.splitlines(), aliases, wrappers)
    visitor.visit(tree)
    return visitor.calls, visitor.problems


def as_messages(calls: list[Call], relative_to: Path) -> list[Message]:
    """One Message per key, in the order of first appearance, with every location."""
    import os

    messages: dict[Key, Message] = {}
    for call in calls:
        message = messages.get(call.key)
        if message is None:
            message = messages[call.key] = Message(call.context, call.source, call.comment, call.numerus)
        message.numerus = message.numerus or call.numerus
        if call.extracomment and not message.extracomment:
            message.extracomment = call.extracomment
        filename = os.path.relpath(call.path, relative_to).replace(os.sep, "/")
        message.locations.append((filename, call.line))
    return list(messages.values())
