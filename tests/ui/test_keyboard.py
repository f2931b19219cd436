"""The window from the keyboard: Tab between its parts, the case page's tabs, mnemonics, shortcuts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import Case, Merchant
from desktop_app.domain.vocab import Reason
from desktop_app.services import Services
from desktop_app.ui.letters import LetterDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.shortcuts import ShortcutsDialog, mnemonic, plain_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def give_focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5_000)


@pytest.fixture
def three_cases(services: Services, sample_case: int) -> list[int]:
    return [sample_case, services.add_sample_case(), services.add_sample_case()]


@pytest.mark.parametrize("backwards", [False, True])
def test_tab_and_shift_tab_move_between_the_parts_and_never_change_the_selected_case(
    qtbot: QtBot, window: MainWindow, three_cases: list[int], backwards: bool
) -> None:
    window.select_case(three_cases[1])
    window.case_view.show_section("purchases")
    give_focus(qtbot, window, window.case_table)
    visited: list[QWidget] = []
    for _ in range(30):
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        else:
            press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
        assert window.current_case_id() == three_cases[1]
    assert window.case_view.current_section() == "purchases"
    parts = {
        window.search_edit,
        window.case_list.filter_edit,
        window.case_list.status_filter,
        window.case_list.show_archived,
        window.case_table,
        window.case_view.tabs.tabBar(),
        window.case_view.tables["purchases"],
    }
    assert parts <= set(visited)
    # Round and round, always inside the window.
    assert all(window.isAncestorOf(widget) for widget in visited)


def test_tab_leaves_each_list_of_the_case_page_without_moving_its_row(
    qtbot: QtBot, window: MainWindow, three_cases: list[int]
) -> None:
    view = window.case_view
    for section in ("purchases", "communications", "evidence", "timeline", "tasks"):
        view.show_section(section)
        table = view.tables[section]
        give_focus(qtbot, window, table)
        table.setCurrentIndex(table.model().index(0, 0))
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is not table, section
        assert table.currentIndex().row() == 0, section
        assert window.current_case_id() == three_cases[0]


@pytest.mark.parametrize("section", ["purchases", "communications", "evidence", "timeline", "tasks"])
def test_ctrl_tab_and_ctrl_page_keys_switch_the_tabs_from_a_list_in_the_case_page(
    qtbot: QtBot, window: MainWindow, sample_case: int, section: str
) -> None:
    view = window.case_view
    order = ["overview", "purchases", "communications", "evidence", "timeline", "tasks"]
    start = order.index(section)

    def at(offset: int) -> str:
        return order[(start + offset) % len(order)]

    view.show_section(section)
    give_focus(qtbot, window, view.tables[section])
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert view.current_section() == at(1)
    assert view.isAncestorOf(focused())  # the focus follows into the new tab
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert view.current_section() == at(2)
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert view.current_section() == at(1)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert view.current_section() == at(0)
    assert window.current_case_id() == sample_case


def test_the_tabs_go_round_from_the_last_to_the_first(
    qtbot: QtBot, window: MainWindow, sample_case: int
) -> None:
    view = window.case_view
    view.show_section("tasks")
    give_focus(qtbot, window, view.tables["tasks"])
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert view.current_section() == "overview"
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert view.current_section() == "tasks"


def _menus(window: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)

    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        walk(menu)
    return found


def _assert_shown_without_ampersand(text: str, where: str) -> None:
    assert "&&" not in text, f"{where}: {text!r} shows a literal “&”"
    assert "&" not in plain_text(text), f"{where}: {text!r} shows a literal “&”"
    assert not text.endswith("&"), f"{where}: {text!r} ends with a stray “&”"


def _unique(letters: list[str | None], where: str) -> None:
    twice = [letter for letter, n in Counter(x for x in letters if x).items() if n > 1]
    assert twice == [], f"{where}: the mnemonic letters {twice} are used twice"


def test_every_menu_shows_no_literal_ampersand_and_its_mnemonics_are_unique(
    qtbot: QtBot, window: MainWindow, sample_case: int
) -> None:
    _unique([mnemonic(a.text()) for a in window.menuBar().actions()], "menu bar")
    for menu in _menus(window):
        actions = [a for a in menu.actions() if not a.isSeparator()]
        for action in actions:
            _assert_shown_without_ampersand(action.text(), plain_text(menu.title()))
            assert mnemonic(action.text()), f"{plain_text(action.text())} has no mnemonic"
        _unique([mnemonic(a.text()) for a in actions], plain_text(menu.title()))


def test_the_window_shows_no_literal_ampersand_and_its_mnemonics_are_unique(
    qtbot: QtBot, window: MainWindow, sample_case: int
) -> None:
    window.reminders.remind()
    letters = [mnemonic(a.text()) for a in window.menuBar().actions()]
    for button in window.findChildren(QAbstractButton):
        _assert_shown_without_ampersand(button.text(), type(button).__name__)
        if button.isVisibleTo(window):
            letters.append(mnemonic(button.text()))
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            _assert_shown_without_ampersand(label.text(), "label")
            letters.append(mnemonic(label.text()) if label.isVisibleTo(window) else None)
        elif label.textFormat() is not Qt.TextFormat.RichText:
            assert "&" not in label.text(), f"label {label.text()!r} shows a literal “&”"
    for box in window.findChildren(QGroupBox):
        _assert_shown_without_ampersand(box.title(), "group")
    for bar in window.findChildren(QTabBar):
        tabs = [bar.tabText(i) for i in range(bar.count())]
        for text in tabs:
            _assert_shown_without_ampersand(text, "tab")
        _unique([mnemonic(t) for t in tabs], "tabs")
    _unique(letters, "main window")


def test_an_ampersand_in_a_title_shows_as_written_in_the_undo_menu(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    case_id = services.create_case(
        Case(
            title="AT&T billed twice", merchant=Merchant(name="AT&T"), reason=Reason.DUPLICATE, currency="USD"
        )
    )
    window.select_case(case_id)
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        window.cases.trash_case_action.trigger()
    assert plain_text(window.history.undo_action.text()) == "Undo Move “AT&T billed twice” to the trash"


def test_write_a_letter_has_its_own_shortcut(qtbot: QtBot, window: MainWindow, sample_case: int) -> None:
    keys = window.packs.letter_action.shortcut()
    assert not keys.isEmpty()
    others = [
        action
        for action in window.findChildren(QAction)
        if action is not window.packs.letter_action and keys in action.shortcuts()
    ]
    assert others == []
    give_focus(qtbot, window, window.case_table)
    qtbot.keyClick(focused(), Qt.Key.Key_W, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LetterDialog)
    dialog.close()


def test_no_two_actions_share_a_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    seen = Counter(
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )
    assert [keys for keys, n in seen.items() if n > 1] == []


def test_the_shortcuts_dialog_lists_every_shortcut_from_the_actions(
    qtbot: QtBot, window: MainWindow, sample_case: int
) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    window.menus.shortcuts_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    by_name = {what: keys for keys, what, _where in rows}
    assert by_name["Write a letter"] == window.packs.letter_action.shortcut().toString(native)
    assert by_name["New case"] == QKeySequence(QKeySequence.StandardKey.New).toString(native)
    assert by_name["Undo"] == window.history.undo_action.shortcut().toString(native)
    assert "Ctrl+Tab" in by_name["Next tab"] and "Ctrl+PgDown" in by_name["Next tab"]
    assert "Ctrl+PgUp" in by_name["Previous tab"]
    assert ("Ctrl+Shift+W", "Write a letter", "Case") in rows
    assert any(where == "Case page" for _keys, what, where in rows if what == "Next tab")
    # Every action that has a shortcut is there, with its text and no "&".
    for action in window.findChildren(QAction):
        if action.shortcuts():
            assert any(keys.startswith(action.shortcuts()[0].toString(native)) for keys, _w, _x in rows)
    assert all("&" not in what for _keys, what, _where in rows)
    dialog.grab().save("/tmp/win_shortcuts.png")
    dialog.close()
    # Taken from the actions: a changed shortcut is listed as it is now.
    window.packs.letter_action.setShortcut(QKeySequence("Ctrl+Alt+W"))
    again = ShortcutsDialog(window)
    qtbot.addWidget(again)
    assert ("Ctrl+Alt+W", "Write a letter", "Case") in again.rows()


def test_a_table_in_the_case_page_keeps_its_arrows_for_its_rows(
    qtbot: QtBot, window: MainWindow, sample_case: int
) -> None:
    view = window.case_view
    view.show_section("communications")
    table: QTableView = view.tables["communications"]
    give_focus(qtbot, window, table)
    table.setCurrentIndex(table.model().index(0, 0))
    press(qtbot, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    assert view.current_section() == "communications"


def _dialog_letters(dialog: QWidget) -> list[str | None]:
    letters: list[str | None] = []
    for button in dialog.findChildren(QAbstractButton):
        _assert_shown_without_ampersand(button.text(), f"{dialog.windowTitle()}: button")
        if button.isVisibleTo(dialog):
            letters.append(mnemonic(button.text()))
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            _assert_shown_without_ampersand(label.text(), f"{dialog.windowTitle()}: label")
            if label.isVisibleTo(dialog):
                letters.append(mnemonic(label.text()))
    return letters


def test_the_windows_dialogs_have_unique_mnemonics(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    from desktop_app.ui.evidence import EvidenceDialog, case_trash_dialog, evidence_trash_dialog
    from desktop_app.ui.search import SearchDialog

    detail = services.case_detail(sample_case)
    services.trash_evidence(detail.evidence[0].id or 0)
    dialogs: list[QWidget] = [
        LetterDialog(services, sample_case, tmp_path, window),
        EvidenceDialog(services, detail, detail.evidence[1], window),
        evidence_trash_dialog(services, sample_case, window),
        case_trash_dialog(services, window),
        SearchDialog(services, window),
        ShortcutsDialog(window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _unique(_dialog_letters(dialog), dialog.windowTitle())
        dialog.close()


def test_ctrl_tab_works_from_the_overview_and_the_evidence_preview(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    view = window.case_view
    view.show_section("overview")
    give_focus(qtbot, window, view.overview)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert view.current_section() == "purchases"
    view.show_section("evidence")
    text = next(e for e in services.case_detail(sample_case).evidence if e.media_type.startswith("text/"))
    assert view.show_item("evidence", text.id or 0)
    qtbot.waitUntil(lambda: view.preview.currentWidget() is view.preview.text, timeout=5_000)
    give_focus(qtbot, window, view.preview.text)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert view.current_section() == "timeline"
    view.show_section("evidence")
    give_focus(qtbot, window, view.preview.text)
    press(qtbot, Qt.Key.Key_Tab)  # read-only text: Tab leaves it, it types no tab
    assert focused() is not view.preview.text
