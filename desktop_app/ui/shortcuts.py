"""The keyboard in the window: Tab moves between its parts, and every shortcut is listed.

The list is read from the window's own actions and shortcuts, so it says what the keys do
today, in the words of the menus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

# A single "&" before a character marks the mnemonic; "&&" is an ampersand shown as it is.
_MNEMONIC = re.compile(r"&(&|.)", re.DOTALL)


def plain_text(text: str) -> str:
    """What a menu shows for ``text``: the mnemonic's "&" removed, "&&" shown as "&"."""
    return _MNEMONIC.sub(lambda m: m.group(1), text)


def mnemonic(text: str) -> str | None:
    """The letter that Alt (or the menu) reaches ``text`` by, lower-cased; None without one."""
    for match in _MNEMONIC.finditer(text):
        if match.group(1) != "&":
            return match.group(1).lower()
    return None


def escape_mnemonic(text: str) -> str:
    """``text`` (a title the user wrote, such as "AT&T") to show as it is in a menu or a button."""
    return text.replace("&", "&&")


def tab_moves_focus(root: QWidget) -> None:
    """Tab and Shift+Tab leave every list and read-only text of ``root`` for the next part of the
    window, instead of moving the current cell (which changes the selected row) or typing a tab."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for text in root.findChildren(QPlainTextEdit):
        if text.isReadOnly():
            text.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        if rich.isReadOnly():
            rich.setTabChangesFocus(True)


@dataclass(frozen=True)
class ShortcutEntry:
    """One line of the list: the keys, what they do, and where to find it."""

    keys: str
    what: str
    where: str


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _name(action: QAction) -> str:
    # An action whose text changes (Undo "Move … to the trash") keeps its own name as a property.
    name = action.property("shortcutName")
    text = name if isinstance(name, str) and name else action.text()
    return plain_text(text).removesuffix("…").removesuffix("...").strip()


def _menus(window: QMainWindow) -> list[tuple[QMenu, str]]:
    found: list[tuple[QMenu, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        found.append((menu, path))
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {plain_text(sub.title())}")

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(menu.title()))
    return found


def _scope(objects: list[QObject]) -> str:
    """Where a shortcut bound to some widgets works: their accessible names."""
    names = [o.accessibleName() for o in objects if isinstance(o, QWidget) and o.accessibleName()]
    return ", ".join(dict.fromkeys(names))


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every shortcut of ``window``: its menus' actions in menu order, then its other actions
    and shortcuts. Read from the actions themselves."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    for menu, path in _menus(window):
        for action in menu.actions():
            if action.isSeparator() or id(action) in seen or not _keys(action.shortcuts()):
                continue
            seen.add(id(action))
            entries.append(ShortcutEntry(_keys(action.shortcuts()), _name(action), path))
    others = list(dict.fromkeys([*window.actions(), *window.findChildren(QAction)]))
    for action in others:
        if id(action) in seen or not _keys(action.shortcuts()):
            continue
        seen.add(id(action))
        entries.append(
            ShortcutEntry(_keys(action.shortcuts()), _name(action), _scope(action.associatedObjects()))
        )
    for shortcut in window.findChildren(QShortcut):
        keys = _keys(shortcut.keys())
        if keys and shortcut.whatsThis():
            parent = shortcut.parent()
            entries.append(ShortcutEntry(keys, shortcut.whatsThis(), _scope([parent] if parent else [])))
    return entries


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every shortcut of the window, as its actions say it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = shortcut_entries(window)
        intro = QLabel(
            self.tr(
                "Tab and Shift+Tab move between the parts of the window. In a menu or a form, "
                "Alt and the underlined letter choose."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.keys, entry.what, entry.where)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row."""
        texts = [
            [item.text() if (item := self.table.item(r, c)) is not None else "" for c in range(3)]
            for r in range(self.table.rowCount())
        ]
        return [(keys, what, where) for keys, what, where in texts]
