"""The window's menus and toolbar, laid out from its controllers' actions.

Each controller owns its actions (what they say, their shortcuts, what they do); this module only
says where each one goes: File, Edit, Case, View, Help, the toolbar and the case list's context
menu. The few actions that belong to the frame itself (Quit, searching, the tabs, appearance,
Help) are made here, calling the frame's own methods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSizePolicy, QTableView, QToolBar, QWidget

from desktop_app.ui.controllers import make_action
from desktop_app.ui.controllers.cases import CasesController
from desktop_app.ui.controllers.evidence import EvidenceController
from desktop_app.ui.controllers.history import History
from desktop_app.ui.controllers.mail import MailController
from desktop_app.ui.controllers.packs import PacksController
from desktop_app.ui.controllers.records import RecordsController
from desktop_app.ui.controllers.store import StoreController
from desktop_app.ui.language import LanguageMenu


class MenuHost(Protocol):
    """What the frame's own actions call (and where View -> Language keeps the choice)."""

    settings: QSettings

    def say(self, text: str, ms: int = 10_000) -> None: ...

    def close(self) -> bool: ...

    def focus_search(self) -> None: ...

    def focus_filter(self) -> None: ...

    def search(self, query: str) -> object: ...

    def switch_tab(self, step: int) -> None: ...

    def set_appearance(self, choice: str) -> None: ...

    def show_shortcuts(self) -> object: ...

    def about(self) -> None: ...


@dataclass(frozen=True)
class Controllers:
    cases: CasesController
    records: RecordsController
    evidence: EvidenceController
    mail: MailController
    packs: PacksController
    store: StoreController
    history: History


@dataclass
class Menus:
    """The menus, the toolbar and the frame's own actions (their attribute names are logged)."""

    file_menu: QMenu
    edit_menu: QMenu
    case_menu: QMenu
    toolbar: QToolBar
    search_edit: QLineEdit
    quit_action: QAction
    search_action: QAction
    find_action: QAction
    next_tab_action: QAction
    previous_tab_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    appearance_actions: dict[str, QAction]
    language: LanguageMenu
    enabled_before_lock: dict[QAction, bool] = field(default_factory=dict)

    def show_locked(self, locked: bool, actions: list[QAction]) -> None:
        """Locked, only Quit, Appearance, Language and About are left: ``actions`` and the frame's
        own are disabled, and enabled again as they were when unlocked."""
        if locked:
            own = [self.search_action, self.find_action, self.toolbar.toggleViewAction()]
            self.enabled_before_lock = {a: a.isEnabled() for a in [*actions, *own]}
            for action in self.enabled_before_lock:
                action.setEnabled(False)
        else:
            for action, enabled in self.enabled_before_lock.items():
                action.setEnabled(enabled)
            self.enabled_before_lock = {}
        for menu in (self.edit_menu, self.case_menu):
            menu.menuAction().setVisible(not locked)
        for action in self.file_menu.actions():
            if action is not self.quit_action:
                action.setVisible(not locked)
        self.toolbar.setVisible(not locked)
        self.search_edit.setEnabled(not locked)


def _fill(menu: QMenu | QToolBar, items: tuple[QAction | None, ...]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item)


def build_menus(
    window: QMainWindow,
    host: MenuHost,
    parts: Controllers,
    *,
    case_page: QWidget,
    case_table: QTableView,
    appearance: str,
) -> Menus:
    """Lay ``window``'s menus and toolbar out; ``case_page`` gets the tab keys, ``case_table`` a
    context menu, and ``appearance`` is the choice shown ticked."""
    c, r, e, m, p, s, h = (parts.cases, parts.records, parts.evidence, parts.mail, parts.packs,
                           parts.store, parts.history)  # fmt: skip
    quit_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        host.close,
        shortcut=QKeySequence.StandardKey.Quit,
    )
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    search_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Search all cases…"),
        host.focus_search,
        shortcut="Ctrl+Shift+F",
    )
    find_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Filter the cases"),
        host.focus_filter,
        shortcut=QKeySequence.StandardKey.Find,
    )
    window.addAction(find_action)
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _fill(file_menu, (c.new_case_action, c.import_action, c.export_case_action, c.sample_action,
                      c.case_trash_action, None, p.export_pack_action, s.bundle_action, None, s.backup_action,
                      s.restore_action, s.security_action, s.lock_action, None, quit_action))  # fmt: skip
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _fill(edit_menu, (h.undo_action, h.redo_action, None, search_action, find_action))
    case_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Case"))
    _fill(case_menu, (c.edit_case_action, r.log_contact_action, r.add_purchase_action, e.add_evidence_action,
                      m.import_mail_action, e.paste_action, r.add_task_action, r.toggle_done_action,
                      r.trash_item_action, e.evidence_trash_action, None, p.letter_action,
                      p.export_pack_action, None, c.duplicate_case_action, c.archive_case_action,
                      c.trash_case_action))  # fmt: skip
    for action in (c.duplicate_case_action, c.archive_case_action, c.trash_case_action):
        case_table.addAction(action)
    case_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    _fill(toolbar, (c.new_case_action, r.log_contact_action, e.add_evidence_action, e.paste_action,
                    p.export_pack_action, s.lock_action))  # fmt: skip
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    search_edit = QLineEdit()
    search_edit.setObjectName("searchAll")
    search_edit.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Search all cases (Ctrl+Shift+F)")
    )
    search_edit.setClearButtonEnabled(True)
    search_edit.setMaximumWidth(280)
    search_edit.returnPressed.connect(lambda: host.search(search_edit.text()))
    toolbar.addWidget(search_edit)
    # The case page's tabs, from anywhere in the case page (a list in it included).
    next_tab = make_action(
        window, QCoreApplication.translate("MainWindow", "&Next tab"), lambda: host.switch_tab(1)
    )
    next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
    previous_tab = make_action(
        window, QCoreApplication.translate("MainWindow", "&Previous tab"), lambda: host.switch_tab(-1)
    )
    previous_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
    for action in (next_tab, previous_tab):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        case_page.addAction(action)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    appearance_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Appearance"))
    appearance_actions: dict[str, QAction] = {}
    group = QActionGroup(window)
    choices = (
        ("system", QCoreApplication.translate("MainWindow", "Like the &system")),
        ("light", QCoreApplication.translate("MainWindow", "&Light")),
        ("dark", QCoreApplication.translate("MainWindow", "&Dark")),
    )
    for choice, label in choices:
        action = make_action(window, label, partial(host.set_appearance, choice))
        action.setCheckable(True)
        action.setChecked(choice == appearance)
        group.addAction(action)
        appearance_menu.addAction(action)
        appearance_actions[choice] = action
    language = LanguageMenu(window, view_menu, host.settings, host.say)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    shortcuts_action = make_action(
        window, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts…"), host.show_shortcuts
    )
    help_menu.addAction(shortcuts_action)
    about_action = make_action(window, QCoreApplication.translate("MainWindow", "&About Dossier"), host.about)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about_action)
    return Menus(file_menu, edit_menu, case_menu, toolbar, search_edit, quit_action, search_action,
                 find_action, next_tab, previous_tab, shortcuts_action, about_action,
                 appearance_actions, language)  # fmt: skip
