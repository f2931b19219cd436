"""Every word the window shows goes through Qt's translation, in a form pyside6-lupdate extracts.

Read from the source with Python's ast (no window is built):
- a text given to a Qt text-setting call (setText, setToolTip, QLabel(...), QMessageBox.warning...)
  is never a bare string literal, f-string or concatenation of them: it is ``self.tr("...")`` or
  ``QCoreApplication.translate("Context", "...")``;
- a sentence (two words or more) appears nowhere in ui/ outside a translation call, a docstring or
  a log call (it would reach the window through a helper the first check does not know);
- translation calls are of the forms lupdate extracts with the context Qt looks up at run time:
  ``self.tr(literal)`` inside a class, ``translate("Context", literal)`` elsewhere; never a helper
  of our own (``tr("...")``, ``_tr("...")``, ``parent.tr("...")``), whose texts lupdate files under
  another context or drops;
- no count is hedged with "(s)": a plural is ``self.tr("%n file(s)", "", n)`` with ``n`` a plain
  name (lupdate drops a call whose arguments hold a call or an attribute);
- a class whose texts go through self.tr is not subclassed (PySide6 would look them up under the
  subclass's name).
Each failure names file:line.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"

# Methods whose argument at the given position is text the window shows.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "showMessage": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setCancelButtonText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setHtml": (0,),
    "setMarkdown": (0,),
    "setPlainText": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addItems": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "insertItem": (1,),
    "setButtonText": (1,),
    "setWindowIconText": (0,),
}
# Methods whose text comes first, or second after an icon: addItem(text, data), addItem(icon, text).
TEXT_FIRST_OR_AFTER_ICON = {"addItem", "addAction", "addMenu", "addButton", "addSection"}
# Constructors whose argument at the given positions is shown.
TEXT_CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QGroupBox": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QMenu": (0,),
    "QTableWidgetItem": (0,),
    "QListWidgetItem": (0,),
    "QStandardItem": (0,),
    "QTreeWidgetItem": (0,),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
    "QErrorMessage": (),
}
CONSTRUCTORS_AFTER_ICON = {"QPushButton", "QAction", "QCommandLinkButton", "QToolButton"}
# Static calls (class, method) and the positions of their shown texts.
STATIC_CALLS: dict[tuple[str, str], tuple[int, ...]] = {
    **{("QMessageBox", m): (1, 2) for m in ("information", "warning", "critical", "question", "about")},
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getMultiLineText"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QToolTip", "showText"): (1,),
}
# Dossier's own helpers that show a text they are given, and where it is.
HELPERS: dict[str, tuple[int, ...]] = {
    "make_action": (1,),  # controllers.make_action(parent, text, slot, ...)
    "ask_save_path": (1, 3),  # outputs: (parent, title, suggested, file_filter)
    "save_file_name": (1, 3),
    "notify": (1, 2),  # agenda.notify(tray, title, text)
    "_show_error": (1,),  # jobs._show_error(parent, message)
    "say": (0,),  # frame.say(text), window.say(text): the status bar
    "error": (0,),  # frame.error(message)
    "note": (0, 1),  # frame.note(title, text)
    "show_error": (0,),  # lock screen
}
# Keyword arguments that carry shown text, whatever the call (our own helpers take them too).
TEXT_KEYWORDS = {"text", "title", "tip", "tooltip", "toolTip", "placeholder", "label", "caption"}

# Texts that are not words of any language, so nothing to translate: a text without letters
# ("—", "%", "≠", "= ", numbers), and these, each justified:
NOT_WORDS = {
    "Dossier",  # the application's name, the same in every language
    "SHA-256",  # the name of a hash function
    "PgUp",  # key names as Qt's own shortcut texts write them (QKeySequence's NativeText)
    "PgDown",
    "Alt+Up",
    "Alt+Down",
    "FR, ES, PL, GB, US…",  # country codes, the placeholder of a country field
    "A4",  # the ISO paper size, named so in every language
}
# Keyword arguments that name a thing for a lower layer's own message, never shown as given:
# ``what=`` of outputs.confirm_output / fileio.check_output ("case file", "recovery key").
KEY_KEYWORDS = {"what"}
# A date pattern of QLocale.toString ("d MMMM yyyy"): letters that stand for numbers and names
# the locale writes, not words.
DATE_PATTERN = re.compile(r"^(?:d{1,4}|M{1,4}|y{2}|y{4}|[Hh]{1,2}|m{2}|s{2}|[ ,.:/-])+$")

TRANSLATORS = {"tr", "translate", "translate_n", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "noop"}
# The message calls (QTranslator.translate, a look-up in one catalogue, is not one of them).
QT_TRANSLATE = {
    "translate",
    "QCoreApplication.translate",
    "QApplication.translate",
    "QGuiApplication.translate",
}
BUILTIN_ERRORS = {
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "AssertionError",
    "NotImplementedError",
}
LOGGING = {"debug", "info", "warning", "error", "exception", "critical", "log"}
LOGGERS = re.compile(r"(?i)^_?(log|logs|logger|logging)$")
SENTENCE = re.compile(r"[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}")
HEDGE = re.compile(r"\w\((?:s|es|ies)\)")


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.what}"


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(UI.rglob("*.py")):
        yield str(path.relative_to(UI.parent.parent)), ast.parse(path.read_text(encoding="utf-8"))


_TREES = list(_sources())


def _name_of(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_word(text: str) -> bool:
    text = re.sub(r"<[^>]*(?:>|$)", "", text)  # markup's tags are not words (nor a tag's start)
    return any(c.isalpha() for c in text) and text.strip() not in NOT_WORDS and not DATE_PATTERN.match(text)


def _bare(node: ast.expr) -> bool:
    """Whether ``node`` is shown text that no translation call made."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _is_word(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_bare(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _bare(node.left) or _bare(node.right)
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_bare(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "...".format(...), "x".join(...), literal.replace(...): the literal is still bare.
        return _name_of(node.func) not in TRANSLATORS and _bare(node.func.value)
    return False


def _is_texty(node: ast.expr) -> bool:
    """Whether ``node`` can be a text (rather than an icon) in addItem(icon, text)."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return isinstance(node, ast.JoinedStr) or isinstance(node.value, str)
    if isinstance(node, ast.Call):
        return _name_of(node.func) in TRANSLATORS or _is_texty(getattr(node.func, "value", node.func))
    return isinstance(node, ast.BinOp) and (_is_texty(node.left) or _is_texty(node.right))


def _shown_args(call: ast.Call) -> list[ast.expr]:
    name = _name_of(call.func)
    args = call.args
    positions: tuple[int, ...] = ()
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        positions = STATIC_CALLS.get((call.func.value.id, name), ())
    if not positions and isinstance(call.func, ast.Attribute) and name in TEXT_METHODS:
        positions = TEXT_METHODS[name]
    if not positions and name in TEXT_CONSTRUCTORS:
        positions = TEXT_CONSTRUCTORS[name]
    if not positions and name in HELPERS and not (name in LOGGING and _logs_call(call)):
        positions = HELPERS[name]
    if not positions and (name in TEXT_FIRST_OR_AFTER_ICON or name in CONSTRUCTORS_AFTER_ICON) and args:
        positions = (0,) if _is_texty(args[0]) else (1,)
    shown = [args[i] for i in positions if i < len(args)]
    shown += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    return shown


def bare_texts() -> list[Finding]:
    found = []
    for file, tree in _TREES:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for arg in _shown_args(node):
                    if _bare(arg):
                        found.append(
                            Finding(file, arg.lineno, f"{_name_of(node.func)}({ast.unparse(arg)[:60]})")
                        )
    return found


def _logs_call(call: ast.Call) -> bool:
    """``logs.error("event", exc)``, ``log.error(...)``: a log call, never shown."""
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if isinstance(receiver, ast.Call):
        receiver = ast.Name(_name_of(receiver.func).removeprefix("get"))
    return isinstance(receiver, ast.Name) and LOGGERS.match(receiver.id) is not None


def _docstrings(tree: ast.Module) -> set[ast.AST]:
    docs: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docs.add(body[0].value)
    return docs


def _exempt_calls(tree: ast.Module) -> set[ast.AST]:
    """Every node under a translation call, a log call, or a Qt property/objectName set-up."""
    exempt: set[ast.AST] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name_of(node.func)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Call):  # logging.getLogger(...).warning(...)
            receiver = ast.Name(_name_of(receiver.func).removeprefix("get"))
        logs = name in LOGGING and isinstance(receiver, ast.Name) and LOGGERS.match(receiver.id) is not None
        if logs or name in TRANSLATORS | {"setObjectName", "setProperty", "setStyleSheet", "compile"}:
            exempt.update(ast.walk(node))
    return exempt


def _programming_errors(tree: ast.Module) -> set[ast.AST]:
    """An assert's message and a builtin error raised for a bug: for the developer, never shown."""
    exempt: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) and node.msg is not None:
            exempt.update(ast.walk(node.msg))
        elif (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and _name_of(node.exc.func) in BUILTIN_ERRORS
        ):
            exempt.update(ast.walk(node.exc))
    return exempt


def _keys(tree: ast.Module) -> set[ast.AST]:
    return {
        k.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        for k in n.keywords
        if k.arg in KEY_KEYWORDS
    }


def loose_sentences() -> list[Finding]:
    found = []
    for file, tree in _TREES:
        skip = _docstrings(tree) | _exempt_calls(tree) | _programming_errors(tree) | _keys(tree)
        for node in ast.walk(tree):
            if node in skip or not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            text = re.sub(r"<[^>]*(?:>|$)", " ", node.value)  # markup's tags are not words
            if SENTENCE.search(text) and _is_word(node.value):
                found.append(Finding(file, node.lineno, repr(node.value[:70])))
    return found


def _enclosing_classes(tree: ast.Module) -> dict[ast.AST, ast.ClassDef]:
    owner: dict[ast.AST, ast.ClassDef] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                owner[inner] = node  # the innermost class wins: ast.walk reaches outer ones first
    return owner


def _plain(node: ast.expr) -> bool:
    return not any(isinstance(n, (ast.Call, ast.Attribute)) for n in ast.walk(node))


def _in_fstrings(tree: ast.Module) -> set[ast.AST]:
    return {inner for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for inner in ast.walk(node)}


def translation_calls() -> list[Finding]:
    found = []
    for file, tree in _TREES:
        owner = _enclosing_classes(tree)
        in_fstring = _in_fstrings(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name_of(node.func)
            args = node.args
            where = (file, node.lineno)
            if (name in ("tr", "_tr") or ast.unparse(node.func) in QT_TRANSLATE) and node in in_fstring:
                found.append(Finding(*where, "a translation inside an f-string: lupdate does not read it"))
            if name in ("tr", "_tr"):
                on_self = isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value) == "self"
                if not on_self:
                    found.append(
                        Finding(
                            *where, f"{ast.unparse(node.func)}(...): use self.tr in a class or translate()"
                        )
                    )
                    continue
                if node not in owner:
                    found.append(Finding(*where, "self.tr outside a class"))
                if not args or not isinstance(args[0], ast.Constant):
                    found.append(Finding(*where, "self.tr of a text that is not a literal"))
                if len(args) > 3 or not all(_plain(a) for a in args[1:]):
                    found.append(Finding(*where, "self.tr's count is not a plain name: lupdate drops it"))
            elif ast.unparse(node.func) in QT_TRANSLATE:
                literal = len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2])
                if not literal:
                    found.append(Finding(*where, "translate() of a context or text that is not a literal"))
                if len(args) > 3:
                    found.append(
                        Finding(*where, "translate() with a count is not a plural for lupdate: self.tr")
                    )
                if not all(_plain(a) for a in args[2:]):
                    found.append(Finding(*where, "translate()'s arguments hold a call: lupdate drops it"))
    return found


def _translated_sources() -> Iterator[tuple[str, int, str, bool]]:
    for file, tree in _TREES:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name_of(node.func) in TRANSLATORS:
                for arg in node.args[:2]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        yield file, node.lineno, arg.value, len(node.args) == 3
                        break


def hedged_plurals() -> list[Finding]:
    found = []
    for file, tree in _TREES:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name_of(node.func) in TRANSLATORS:
                texts = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                plural = _name_of(node.func) == "tr" and len(node.args) == 3
                for text in texts:
                    if HEDGE.search(text) and "%n" not in text and "%Ln" not in text:
                        found.append(Finding(file, node.lineno, f"{text[:60]!r}: a count through %n"))
                    if ("%n" in text or "%Ln" in text) and not plural:
                        found.append(
                            Finding(file, node.lineno, f"{text[:60]!r}: %n without self.tr(..., '', n)")
                        )
    return found


def subclassed_translators() -> list[Finding]:
    """A class whose texts go through self.tr is not subclassed in ui/: PySide6 looks the texts up
    under the instance's own class ("Sub"), and lupdate files them under the class that calls tr."""
    uses_tr: dict[str, tuple[str, int]] = {}
    bases: list[tuple[str, int, str, str]] = []
    for file, tree in _TREES:
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            calls = [
                n
                for n in ast.walk(node)
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
            ]
            if calls:
                uses_tr[node.name] = (file, node.lineno)
            bases += [(file, node.lineno, node.name, _name_of(base)) for base in node.bases]
    return [
        Finding(file, line, f"{name} subclasses {base}, whose self.tr texts it would not find")
        for file, line, name, base in bases
        if base in uses_tr
    ]


CHECKS = {
    "bare texts": bare_texts,
    "loose sentences": loose_sentences,
    "translation calls": translation_calls,
    "hedged plurals": hedged_plurals,
    "subclassed translators": subclassed_translators,
}


@pytest.mark.parametrize("check", list(CHECKS))
def test_every_word_goes_through_translation(check: str) -> None:
    found = CHECKS[check]()
    assert not found, f"{check} in desktop_app/ui:\n" + "\n".join(map(str, found))


# ---------------------------------------------------------------- the checks themselves can fail


def _check_source(source: str) -> dict[str, list[str]]:
    global _TREES
    saved = _TREES
    _TREES = [("sample.py", ast.parse(source))]
    try:
        return {name: [f.what for f in check()] for name, check in CHECKS.items()}
    finally:
        _TREES = saved


def test_the_checks_find_what_they_look_for() -> None:
    found = _check_source(
        "class A(QDialog):\n"
        "    def f(self, n, items):\n"
        "        self.label.setText('Saved')\n"
        "        QLabel(f'{n} cases')\n"
        "        QMessageBox.warning(self, 'Dossier', 'It went wrong')\n"
        "        box.addItem(icon, 'Open')\n"
        "        self.setHorizontalHeaderLabels([self.tr('Date'), 'Amount'])\n"
        "        make_action(self, tip='Open the case')\n"
        "        self.frame.say('Saved')\n"
        "        logs.error('ui.save', exc)\n"
        "        self.tr('%n file(s)', '', len(items))\n"
        "        self.tr('%1 day(s) late')\n"
        "        parent.tr('Go back')\n"
        "        x = 'Nothing was written here'\n"
        "        y = f'<p>{self.tr(\"Next:\")}</p>'\n"
        "def g(n):\n"
        "    return translate('C', '%n box(es)', '', n)\n"
        "class B(A):\n"
        "    pass\n"
    )
    assert found["bare texts"] == [
        "setText('Saved')",
        "QLabel(f'{n} cases')",
        "warning('It went wrong')",
        "addItem('Open')",
        "setHorizontalHeaderLabels([self.tr('Date'), 'Amount'])",
        "make_action('Open the case')",
        "say('Saved')",
    ]
    assert sorted(found["loose sentences"]) == [
        "'It went wrong'",
        "'Nothing was written here'",
        "'Open the case'",
    ]
    # the count by len(), parent.tr, self.tr in an f-string, translate with a count
    assert len(found["translation calls"]) == 4
    assert len(found["hedged plurals"]) == 2  # "%1 day(s)", and %n in translate()
    assert found["subclassed translators"] == ["B subclasses A, whose self.tr texts it would not find"]


def test_the_checks_pass_what_lupdate_reads() -> None:
    found = _check_source(
        "class A(QDialog):\n"
        "    def f(self, n):\n"
        "        self.label.setText(self.tr('Saved'))\n"
        "        self.label.setText('—')\n"
        "        box.addItem(self.tr('English'), 'en')\n"
        "        self.status.showMessage(self.tr('%n box(es) saved', '', n))\n"
        "        QMessageBox.warning(self, 'Dossier', self.tr('It went wrong: %1').replace('%1', x))\n"
        "def g():\n"
        "    return QCoreApplication.translate('C', 'Open the {name}').format(name=x)\n"
    )
    assert found == {name: [] for name in CHECKS}
