"""The main window: a frame around the list of cases and the selected case.

The frame lays the window out, builds its menus from the controllers' actions
(:mod:`desktop_app.ui.controllers`: cases, records, evidence, mail, packs, the store), keeps the
status bar, saves and restores its state, and routes each change the services announce to the
views that show it: one row of the case list, the case's page, the agenda. It never touches the
database itself.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__, logs
from desktop_app.errors import DossierError
from desktop_app.services import CaseDeadline, Change, Services, remove_private_dirs
from desktop_app.services.changes import Action, Subject
from desktop_app.ui import unexpected
from desktop_app.ui.appearance import appearance_of
from desktop_app.ui.case_list import CaseListPane
from desktop_app.ui.case_view import CaseView, WelcomePage
from desktop_app.ui.controllers.cases import CasesController
from desktop_app.ui.controllers.evidence import EvidenceController
from desktop_app.ui.controllers.history import History
from desktop_app.ui.controllers.mail import MailController
from desktop_app.ui.controllers.packs import PacksController
from desktop_app.ui.controllers.records import RecordsController
from desktop_app.ui.controllers.reminders import RemindersController
from desktop_app.ui.controllers.store import StoreController
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.lock_screen import LockScreen
from desktop_app.ui.menus import Controllers, build_menus
from desktop_app.ui.models import ID_ROLE
from desktop_app.ui.reminder import ReminderBar
from desktop_app.ui.shortcuts import ShortcutsDialog, tab_moves_focus
from desktop_app.ui.thumbnails import ThumbnailCache
from desktop_app.ui.window_parts import (
    WindowState,
    ancestors,
    close_dialogs_of,
    fit_to_screen,
    local_files,
    non_modal_note,
    stacked,
)

if TYPE_CHECKING:  # the search window is imported when it is first opened
    from desktop_app.ui.search import SearchDialog


class ChangeRelay(QObject):
    """Turns the services' plain-Python notifications into a Qt signal (queued from a job's thread)."""

    changed = Signal(object)

    def __call__(self, change: Change) -> None:
        self.changed.emit(change)


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(APP_NAME)
        fit_to_screen(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = appearance_of(app, str(self.settings.value("appearance/scheme", "system")))
        self.runner = JobRunner(self)  # the one runner of the window's long work
        self.runner.ended.connect(self.settle)
        self._held: list[Change] = []  # changes made while a job ran, shown when it ends
        self._routing = False
        self._restored_case = False
        self._closing = False
        self.search_dialog: SearchDialog | None = None
        self.last_notes: QMessageBox | None = None  # what the last job had to say, if anything
        self.relay = ChangeRelay(self)
        self._unsubscribe = services.subscribe(self.relay)
        self.relay.changed.connect(self._on_change)

        self.case_list = CaseListPane()
        self.case_table = self.case_list.case_table
        self.case_table.selectionModel().currentRowChanged.connect(self._on_case_selected)
        self.case_list.agenda.open_requested.connect(lambda case_id: self.open_item(case_id, "tasks", 0))
        self._case_view = CaseView()
        self.case_view.setAccessibleName(self.tr("Case page"))
        self.thumbnails = ThumbnailCache(services, self)
        self.no_selection = QLabel(self.tr("Choose a case on the left."))
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = stacked(self.no_selection, self.case_view)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 860])
        self.welcome = WelcomePage()
        self.pages = stacked(self.welcome, self.splitter)
        self.reminder_bar = ReminderBar()
        self.main_area = QWidget()
        central = QVBoxLayout(self.main_area)
        central.setContentsMargins(0, 0, 0, 0)
        central.setSpacing(0)
        central.addWidget(self.reminder_bar)
        central.addWidget(self.pages, 1)
        # While the store is locked the lock screen replaces everything that shows a case.
        self.lock_screen = LockScreen()
        self.screens = stacked(self.main_area, self.lock_screen)
        self.setCentralWidget(self.screens)

        self.history = History(self)
        self.cases = CasesController(services, self.runner, self, self.history)
        self.records = RecordsController(services, self, self.history)
        self.evidence = EvidenceController(services, self.runner, self, self.records, self.thumbnails)
        self.mail = MailController(services, self.runner, self)
        self.packs = PacksController(services, self.runner, self, self.history)
        self.store = StoreController(
            services, self.runner, self, self.settings, self.lock_screen, self.thumbnails
        )
        self.reminders = RemindersController(
            services, self, self.case_list, self.reminder_bar, self.runner.busy
        )
        self.controllers: tuple[QObject, ...] = (
            self.reminders,
            self.cases, self.records, self.evidence, self.mail, self.packs, self.store, self.history,
        )  # fmt: skip
        self.case_actions = [a for c in self.controllers for a in getattr(c, "case_actions", [])]
        self.case_view.calendar_requested.connect(self.reminders.add_case_to_calendar)
        self.case_list.agenda.calendar_requested.connect(self.reminders.add_all_to_calendar)
        self.welcome.sample_requested.connect(self.cases.add_sample_case)
        self.welcome.import_requested.connect(self.cases.import_case_file)

        self.menus = build_menus(
            self,
            self,
            Controllers(
                self.cases, self.records, self.evidence, self.mail, self.packs, self.store, self.history
            ),
            case_page=self.case_view,
            case_table=self.case_table,
            appearance=self.appearance.choice,
        )
        self.menus.case_menu.insertAction(self.packs.letter_action, self.reminders.calendar_action)
        self.search_edit = self.menus.search_edit
        self._set_up_keyboard()
        self._log_actions()
        self.setAcceptDrops(True)
        splitters = {"window/splitter": self.splitter, "window/leftSplitter": self.case_list.left_splitter}
        self.state = WindowState(self.settings, services.data_dir, splitters)
        self.state.restore(self)
        self.protection_label = self.store.protection_label
        self.statusBar().addPermanentWidget(self.protection_label)
        self.statusBar().showMessage(self.tr("Store: %1").replace("%1", str(services.data_dir)))
        self.store.update_protection()
        self.reload_cases(agenda=False)  # the agenda comes once the window is painted

    # ------------------------------------------------------------------ what the controllers have

    @property
    def case_view(self) -> CaseView:
        return self._case_view

    @property
    def locked(self) -> bool:
        return self.store.locked

    def host(self) -> QMainWindow:
        return self

    def say(self, text: str, ms: int = 10_000) -> None:
        """What a change did, in the status bar, in the words of the window."""
        self.statusBar().showMessage(text, ms)

    def error(self, message: str, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent or self, self.tr("Dossier"), message)

    def note(
        self, title: str, text: str, button: QMessageBox.StandardButton = QMessageBox.StandardButton.Close
    ) -> QMessageBox:
        """Said without stopping the person: a message box that does not block the window."""
        box = self.last_notes = non_modal_note(self, title, text, button)
        return box

    def busy(self) -> bool:
        """Whether work that reads the store runs in the background (a pack, a backup, an import…)."""
        return self.runner.busy() or self.packs.previewing()

    def stop_work(self) -> None:
        """Cancel the work under way and hear how it ended, while the store is still open."""
        self.reminders.checker.stop()
        self.evidence.pager.stop()  # a page of the evidence preview being drawn
        self.runner.stop()

    def close_windows(self, keep: QWidget | None = None) -> None:
        """Close the window's other windows (search, letters, evidence, forms, messages).

        ``keep`` and the windows it sits in stay open. Progress dialogs go with their jobs.
        """
        if self.search_dialog is not None and self.search_dialog not in ancestors(keep):
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        close_dialogs_of(self, keep)
        self.last_notes = None

    # ------------------------------------------------------------------ set-up

    def _log_actions(self) -> None:
        """Each menu action chosen goes in Dossier's log by its name (never what it shows of a case)."""
        for part in (self.menus, *self.controllers):
            for name, value in list(vars(part).items()):
                if isinstance(value, QAction):
                    value.triggered.connect(lambda _c=False, n=name, a=value: self._action_chosen(n, a))

    @staticmethod
    def _action_chosen(name: str, action: QAction) -> None:
        logs.event("action", name=name.removesuffix("_action"))
        unexpected.note_action(action.text())

    def _set_up_keyboard(self) -> None:
        """Tab and Shift+Tab go from part to part of the window, in reading order, and never move
        the current row of a list (the selected case stays selected)."""
        tab_moves_focus(self)
        pane = self.case_list
        chain: list[QWidget] = [self.reminder_bar.reminder_close, self.search_edit, pane.filter_edit,
                                pane.status_filter, pane.show_archived, self.case_table, pane.agenda.table,
                                self.case_view.tabs]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # The tab bar's scroll arrows are for the mouse; the arrow keys move between tabs.
        for arrow in self.case_view.tabs.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @Slot()
    def switch_tab(self, step: int) -> None:
        """The case page's next (1) or previous (-1) tab, round; the focus stays in the case page."""
        tabs = self.case_view.tabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts: every shortcut, read from the window's actions."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(1000, self.reminders.after_start)  # in case no paint comes (never exposed)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.reminders._reminded:
            QTimer.singleShot(0, self.reminders.after_start)  # once painted: the agenda, computed once

    # ------------------------------------------------------------------ the cases

    def reload_cases(self, *, agenda: bool = True) -> None:
        """Every view again, from the store (at the start, and when the store as a whole changed)."""
        current = self.current_case_id()
        cases = self.services.list_cases()
        self._routing = True
        self.case_list.case_model.set_rows(cases)
        self._routing = False
        if agenda:
            self.reminders.refresh_agenda()
        self.pages.setCurrentWidget(self.splitter if cases else self.welcome)
        self._show_nothing()
        if not cases:
            self.welcome.sample_button.setFocus()
            return
        if current is None and not self._restored_case:
            self._restored_case = True
            last = self.state.last_case_id()
            current = last if last in {c.id for c in cases} else None
        self.select_case(current if current is not None else self.case_list.first_case_id() or 0)

    def select_case(self, case_id: int) -> None:
        """Select the case's row and show its page, once (not again from the row's signal)."""
        self._routing = True
        try:
            selected = self.case_list.select(case_id)
        finally:
            self._routing = False
        if selected:
            self._show_case(case_id)

    def current_case_id(self) -> int | None:
        return self.case_list.current_case_id()

    @Slot(QModelIndex, QModelIndex)
    def _on_case_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._routing:
            return
        if current.isValid():
            self._show_case(int(current.data(ID_ROLE)))
        else:
            self._show_nothing()

    def _show_nothing(self) -> None:
        self.right.setCurrentWidget(self.no_selection)
        self.packs.enable(False)
        for action in self.case_actions:
            action.setEnabled(False)

    def _show_case(self, case_id: int, deadlines: list[CaseDeadline] | None = None) -> None:
        """The case's page, once; its deadlines computed here unless the caller has them."""
        try:
            detail = self.services.case_detail(case_id)
            deadlines = self.services.deadlines(case_id) if deadlines is None else deadlines
            notices = self.services.deadline_notices(case_id)  # rights with no date of their own
        except DossierError as exc:
            self.error(str(exc))
            return
        self.case_view.show_page(detail, deadlines, notices)
        self.thumbnails.request([(item.sha256, item.media_type) for item in detail.evidence])
        self.right.setCurrentWidget(self.case_view)
        self.packs.enable(True)
        for action in self.case_actions:
            action.setEnabled(True)

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if self.locked:
            return
        self._held.append(change)
        if not self.runner.busy():  # while a job runs its thread owns the store: shown when it ends
            self.settle()

    @Slot()
    def settle(self) -> None:
        """Show what the changes held so far changed: only the rows, page and agenda they touch."""
        changes, self._held = self._held, []
        if not changes or self.locked or self._closing:
            return
        if any(c.subject is Subject.STORE or (c.case_id is None and c.touches_case_list) for c in changes):
            self.reload_cases()
            return
        last: dict[int, Change] = {}  # each case touched, with its last change
        for change in changes:
            if change.case_id is not None and change.touches_case_list:
                last[change.case_id] = change
        model, agenda, before = self.case_list.case_model, self.case_list.agenda, self.current_case_id()
        page: list[CaseDeadline] | None = None
        self._routing = True  # a row leaving the list does not show its neighbour's page
        try:
            for case_id, change in last.items():
                if change.subject is Subject.CASE and change.action in (Action.TRASHED, Action.DELETED):
                    model.remove_row(case_id)
                    agenda.update_case(case_id, [])
                    continue
                summary = self.services.case_summary(case_id)
                model.update_row(summary)
                deadlines = self.services.deadlines(case_id)  # once per case touched
                agenda.update_case(case_id, [] if summary.archived else deadlines, title=summary.title)
                page = deadlines if case_id == before else page
        finally:
            self._routing = False
        self.pages.setCurrentWidget(self.splitter if model.rowCount() else self.welcome)
        self.reminders.show_reminder()
        if before is not None and not self.case_list.select(before):
            self.case_table.setCurrentIndex(QModelIndex())
            self._show_nothing()
        elif before is not None and page is not None:
            self._show_case(before, page)
        elif before is None and model.rowCount():  # as at the start: the first case, when none is open
            self.select_case(self.case_list.first_case_id() or 0)

    def show_locked(self, locked: bool) -> None:
        """While locked nothing of a case stays on screen, and only Quit, Appearance and About are left."""
        self.reminders.quiet = locked
        if locked:
            self.case_list.case_model.set_rows([])
            self.case_list.agenda.show_deadlines([], {})
            self.case_view.preview.show_preview(None)
            self.right.setCurrentWidget(self.no_selection)
            self.reminder_bar.clear()
            self.search_edit.clear()
        self.menus.show_locked(locked, self._lockable())
        if not locked:
            self.history.restore_enabled()
        self.screens.setCurrentWidget(self.lock_screen if locked else self.main_area)
        self.setWindowTitle(self.tr("%1 (locked)").replace("%1", APP_NAME) if locked else APP_NAME)
        if locked:
            self.statusBar().clearMessage()
            self.say(self.tr("Locked."), 0)
        else:
            self.reload_cases()

    def _lockable(self) -> list[QAction]:
        c, s, h = self.cases, self.store, self.history
        return [c.new_case_action, c.import_action, c.sample_action, c.case_trash_action,
                self.packs.export_pack_action, s.backup_action, s.restore_action, s.security_action,
                s.lock_action, h.undo_action, h.redo_action, *self.case_actions]  # fmt: skip

    # ------------------------------------------------------------------ finding, dropping, appearance

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self, query: str) -> SearchDialog:
        """Open (or bring forward) the search window with ``query``."""
        if self.search_dialog is None:
            from desktop_app.ui.search import SearchDialog

            self.search_dialog = SearchDialog(self.services, self)
            self.search_dialog.open_requested.connect(self.open_item)
        self.search_dialog.search_for(query)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        return self.search_dialog

    @Slot(int, str, int)
    def open_item(self, case_id: int, section: str, item_id: int) -> None:
        """Bring a case forward, at the tab and row of one of its items."""
        self.case_list.clear_filters(show_archived=self.services.case(case_id).archived_at is not None)
        self.select_case(case_id)
        if section == "overview" or not self.case_view.show_item(section, item_id):
            self.case_view.show_section(section)

    def focus_filter(self) -> None:
        if self.pages.currentWidget() is self.splitter:
            self.case_list.filter_edit.setFocus()
            self.case_list.filter_edit.selectAll()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.current_case_id() is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            from desktop_app.ui.mail_import import is_mail_file  # the e-mail import's modules: when used

            mail = [path for path in paths if is_mail_file(path)]
            others = [path for path in paths if path not in mail]
            if others:
                self.evidence.add_evidence_paths(others)
            if mail and others:  # one job at a time: the e-mails follow the files
                self.runner.ended.connect(
                    lambda: self.mail.import_mail_paths(mail), Qt.ConnectionType.SingleShotConnection
                )
            elif mail:
                self.mail.import_mail_paths(mail)

    def set_appearance(self, choice: str) -> None:
        """Follow the system's light or dark colours, or keep to one; remembered."""
        self.appearance.set_choice(choice)
        self.menus.appearance_actions[choice].setChecked(True)
        self.settings.setValue("appearance/scheme", choice)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dossier"),
            self.tr(
                "<b>Dossier %1</b><p>Keep the whole record of a billing dispute and hand it to "
                "your bank. Everything stays on this computer.</p>"
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.runner.stop()
        self.reminders.quiet = True
        self.reminders.checker.stop()
        self.store.idle.stop()
        self.state.save(self, layout=not self.locked, case_id=self.current_case_id())
        self.thumbnails.shut_down()
        self._unsubscribe()
        # The copies opened in other programs and any size preview do not outlive the window.
        remove_private_dirs("view")
        remove_private_dirs("preview")
        super().closeEvent(event)
        self.closed.emit()
