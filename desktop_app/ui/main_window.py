"""The main window: the list of cases, and the selected case read-only.

The window reads through :class:`Services` and refreshes when the services
announce a change; it never touches the database itself.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__, logs, tempfiles
from desktop_app.domain.dates import DateInputError, zone_for_country
from desktop_app.domain.dates import zone as check_zone
from desktop_app.domain.models import Communication, Purchase
from desktop_app.domain.money import display_amount, lang_of_locale_name
from desktop_app.domain.vocab import CaseStatus, Channel, EvidenceKind
from desktop_app.errors import Cancelled, DossierError
from desktop_app.intake.preview import Preview
from desktop_app.pack.builder import PackOptions, PackResult, place_pack
from desktop_app.services import (
    AddEvidenceResult,
    CaseDeadline,
    CaseSummary,
    Change,
    EmailImportResult,
    ExportResult,
    Services,
)
from desktop_app.store.keys import NeedsUnlock, Unlock
from desktop_app.ui import unexpected
from desktop_app.ui.agenda import AgendaPanel, notify, reminder_text
from desktop_app.ui.appearance import appearance_of
from desktop_app.ui.case_view import CaseView, WelcomePage, make_table, sorted_proxy
from desktop_app.ui.evidence import (
    EvidenceDialog,
    case_trash_dialog,
    evidence_trash_dialog,
)
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.forms import AddPurchaseDialog, LogContactDialog, NewCaseDialog, TaskDialog
from desktop_app.ui.i18n import window_locale
from desktop_app.ui.letters import LetterDialog
from desktop_app.ui.mail_import import MailChooser, MailImporter, is_mail_file, summary
from desktop_app.ui.models import (
    ID_ROLE,
    case_list_model,
)
from desktop_app.ui.outputs import ask_save_path
from desktop_app.ui.pack_export import ExportPackDialog, PackWorker
from desktop_app.ui.search import SearchDialog
from desktop_app.ui.security import IDLE_KEY, IdleWatcher, SecurityDialog, idle_minutes
from desktop_app.ui.shortcuts import ShortcutsDialog, escape_mnemonic, tab_moves_focus
from desktop_app.ui.store_actions import StoreActions
from desktop_app.ui.thumbnails import ThumbnailCache
from desktop_app.ui.undo import SaveCommand, SwitchCommand
from desktop_app.ui.unlock import LockScreen
from desktop_app.ui.workers import BackgroundJob, Progress, Worker, start_worker


class ChangeRelay(QObject):
    """Turns the services' plain-Python notifications into a Qt signal."""

    changed = Signal(object)

    def __call__(self, change: Change) -> None:
        self.changed.emit(change)


def _local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


# The tabs whose selected row Delete moves to the trash.
TRASHABLE = ("evidence", "purchases", "communications", "tasks")


def _row_id(index: QModelIndex) -> int | None:
    value = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
    return int(value) if value is not None else None


def _undo_text(template: str, title: str) -> str:
    # The text goes into the Undo action's menu text: an "&" the user wrote stays an "&".
    return QCoreApplication.translate("undo", template).replace("%1", escape_mnemonic(title))


def _depth(widget: QWidget) -> int:
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        depth += 1
        parent = parent.parentWidget()
    return depth


def _descends_from(widget: QWidget, ancestor: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False


class MainWindow(StoreActions):
    # The outcome of an evidence-pack export, announced on the GUI thread.
    pack_exported = Signal(object)  # PackResult
    pack_export_failed = Signal(str)
    pack_export_cancelled = Signal()
    mail_imported = Signal(object)  # EmailImportResult
    # The outcome of other long jobs (the case file export).
    case_file_written = Signal(object)  # ExportResult
    # The store's protection.
    locked_changed = Signal(bool)  # locked?
    closed = Signal()

    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(APP_NAME)
        self._fit_to_screen()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = appearance_of(app, str(self.settings.value("appearance/scheme", "system")))

        # Long work in the background: building a pack, writing a case file.
        self._pack_job: BackgroundJob | None = None
        self._pack_case_id = 0
        self._file_job: BackgroundJob | None = None
        self.last_notes: QMessageBox | None = None  # what the last import had to say, if anything
        self.mail_chooser: MailChooser | None = None
        self.mail_importer: MailImporter | None = None
        self.search_dialog: SearchDialog | None = None
        self.security_dialog: SecurityDialog | None = None
        # Protection: encrypting, backups and bundles run as one "store job" at a time.
        self._store_job: BackgroundJob | None = None
        self._store_job_parent: QWidget | None = None
        self._locked = False
        self._closing = False
        self._case_before_lock: int | None = None
        self._unlock_thread: QThread | None = None
        self._unlock_worker: Worker | None = None
        self._enabled_before_lock: dict[QAction, bool] = {}
        self.can_switch_store = False  # set by the session that can open another store
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._idle_reached)
        self.idle_unit_ms = 60_000  # one minute of the idle lock (tests make it shorter)
        self._restored_case = False
        self._reminded = False
        self._dismissed_reminder = ""  # the text of "Needs you now" the user closed
        self._failures = 0  # errors the undoable commands met (see _push)
        self.relay = ChangeRelay(self)
        self._unsubscribe = services.subscribe(self.relay)
        self.relay.changed.connect(self._on_change)

        self.case_model = case_list_model(self)
        self.case_proxy = sorted_proxy(self.case_model, self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter cases (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.case_proxy.set_needle)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.toggled.connect(self._apply_case_filters)
        self.status_filter = QComboBox()
        self.status_filter.setToolTip(self.tr("Show only the cases with this status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.currentIndexChanged.connect(self._apply_case_filters)
        # It may shrink with the list: the window must still fit a small screen.
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter.setMinimumContentsLength(6)
        self._apply_case_filters()
        self.case_table = make_table(self.case_proxy)
        self.case_table.setSortingEnabled(True)
        self.case_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # The title is what people scan for: it gets room, the other columns scroll sideways.
        header = self.case_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
        self.case_table.setColumnWidth(0, 230)
        self.case_table.setColumnWidth(1, 130)
        self.case_table.setWordWrap(True)
        self.case_table.selectionModel().currentRowChanged.connect(self._on_case_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.status_filter)
        filter_row.addWidget(self.show_archived)
        left_layout.addLayout(filter_row)
        self.agenda = AgendaPanel()
        self.agenda.open_requested.connect(lambda case_id: self.open_item(case_id, "tasks", 0))
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.case_table)
        self.left_splitter.addWidget(self.agenda)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        left_layout.addWidget(self.left_splitter)

        self.case_view = CaseView()
        self.thumbnails = ThumbnailCache(services, self)
        self.case_view.evidence.decoration = lambda item: self.thumbnails.icon(item.sha256)
        self.thumbnails.changed.connect(self._thumbnail_arrived)
        self.no_selection = QLabel(self.tr("Choose a case on the left."))
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.no_selection)
        self.right.addWidget(self.case_view)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 860])

        self.welcome = WelcomePage()
        self.welcome.sample_requested.connect(self.add_sample_case)
        self.welcome.import_requested.connect(self.import_case_file)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        # What comes due, said once when Dossier starts; closed with its button.
        self.reminder = QLabel()
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reminder_close = QPushButton(self.tr("&Dismiss"))
        self.reminder_bar = QWidget()
        bar = QHBoxLayout(self.reminder_bar)
        bar.addWidget(self.reminder, 1)
        bar.addWidget(self.reminder_close, 0, Qt.AlignmentFlag.AlignTop)
        self.reminder_bar.setAutoFillBackground(True)
        self.reminder_bar.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.reminder.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.reminder_bar.setVisible(False)
        self.reminder_close.clicked.connect(self.dismiss_reminder)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.reminder_bar)
        central_layout.addWidget(self.pages, 1)
        self.main_area = central
        # While the store is locked the lock screen replaces everything that shows a case.
        self.lock_screen = LockScreen()
        self.lock_screen.submitted.connect(self._unlock_requested)
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self.tray: QSystemTrayIcon | None = None

        self._build_menus()
        self._set_up_keyboard()
        self._log_actions()
        self.setAcceptDrops(True)
        self._restore_state()
        self.protection_label = QLabel()
        self.statusBar().addPermanentWidget(self.protection_label)
        self.statusBar().showMessage(self.tr("Store: %1").replace("%1", str(services.data_dir)))
        self._update_protection()
        self.reload_cases()

    # ------------------------------------------------------------------ set-up

    def _log_actions(self) -> None:
        """Each menu action chosen goes in Dossier's log by its name (never what it shows of a case)."""
        for name, value in list(vars(self).items()):
            if isinstance(value, QAction):
                value.triggered.connect(
                    lambda _checked=False, name=name, action=value: self._action_chosen(name, action)
                )

    @staticmethod
    def _action_chosen(name: str, action: QAction) -> None:
        logs.event("action", name=name.removesuffix("_action"))
        unexpected.note_action(action.text())

    def _restore_state(self) -> None:
        """Window size and layout, and the case last open in this store, as the user left them."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        left = self.settings.value("window/leftSplitter")
        if isinstance(left, QByteArray):
            self.left_splitter.restoreState(left)

    def _save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if not self._locked:  # locked, the toolbar is hidden: not the layout to come back to
            self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/leftSplitter", self.left_splitter.saveState())
        case_id = self.current_case_id()
        if case_id is not None:
            self.settings.setValue(self._last_case_key(), case_id)
        self.settings.sync()

    def _last_case_key(self) -> str:
        # One "last case" per store: ids mean nothing in another store.
        digest = hashlib.sha256(str(self.services.data_dir.resolve()).encode()).hexdigest()[:16]
        return f"stores/{digest}/lastCase"

    def last_case_id(self) -> int | None:
        value = self.settings.value(self._last_case_key())
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def _fit_to_screen(self) -> None:
        """Open at a comfortable size that fits the screen's free area (1366x768 included)."""
        screen = self.screen().availableGeometry()
        width = min(1280, int(screen.width() * 0.94))
        height = min(800, int(screen.height() * 0.9))
        self.resize(width, height)
        self.move(screen.center() - self.rect().center())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.import_action = QAction(self.tr("&Import case file…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_case_file)
        self.export_case_action = QAction(self.tr("E&xport case file…"), self)
        self.export_case_action.setStatusTip(
            self.tr("Write the case as a dossier-case/1 file with its evidence files")
        )
        self.export_case_action.triggered.connect(self.export_case_file)
        self.case_trash_action = QAction(self.tr("Cases in the &trash…"), self)
        self.case_trash_action.triggered.connect(self.show_case_trash)
        self.sample_action = QAction(self.tr("Add the &sample case"), self)
        self.sample_action.triggered.connect(self.add_sample_case)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        self.lock_action = QAction(self.tr("&Lock"), self)
        # Ctrl+L logs a contact (since the first version): the lock takes Ctrl+Shift+L.
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from the search too
        self.lock_action.setStatusTip(
            self.tr(
                "Hide every case and close the database until the passphrase or the keyring opens it again"
            )
        )
        self.lock_action.triggered.connect(self.lock)
        self.security_action = QAction(self.tr("Securit&y…"), self)
        self.security_action.setStatusTip(
            self.tr("Encryption, passphrase, recovery key, locking and backups of this store")
        )
        self.security_action.triggered.connect(self.show_security)
        self.backup_action = QAction(self.tr("Back &up…"), self)
        self.backup_action.setStatusTip(self.tr("Write one encrypted file holding every case and every file"))
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setStatusTip(self.tr("Restore a backup into a new or empty folder"))
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.bundle_action = QAction(self.tr("Export case &bundle (unencrypted)…"), self)
        self.bundle_action.setStatusTip(
            self.tr("A zip of the case file and its original files, for a lawyer: NOT encrypted")
        )
        self.bundle_action.triggered.connect(self.export_case_bundle)
        self.undo_stack = QUndoStack(self)
        self.new_case_action = QAction(self.tr("&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.log_contact_action = QAction(self.tr("&Log a call, chat or e-mail…"), self)
        self.log_contact_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_contact_action.triggered.connect(self.log_contact)
        self.add_purchase_action = QAction(self.tr("Add a &charge or refund…"), self)
        self.add_purchase_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.add_purchase_action.triggered.connect(self.add_purchase)
        self.add_evidence_action = QAction(self.tr("&Add evidence files…"), self)
        self.add_evidence_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_evidence_action.triggered.connect(self.add_evidence_files)
        self.import_mail_action = QAction(self.tr("Import e-&mails…"), self)
        self.import_mail_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.import_mail_action.setStatusTip(
            self.tr("Import .eml, Outlook .msg or mbox files: each message is logged with its attachments")
        )
        self.import_mail_action.triggered.connect(self.import_mail_files)
        self.letter_action = QAction(self.tr("&Write a letter…"), self)
        self.letter_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.letter_action.setStatusTip(
            self.tr("A dispute, complaint or invoice letter from the case's facts")
        )
        self.letter_action.triggered.connect(self.write_letter)
        self.search_action = QAction(self.tr("&Search all cases…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self._focus_search)
        self.paste_action = QAction(self.tr("Paste a &screenshot"), self)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(self.paste_screenshot)
        self.edit_case_action = QAction(self.tr("&Edit case details…"), self)
        self.edit_case_action.setShortcut(QKeySequence("F2"))
        self.edit_case_action.triggered.connect(self.edit_case)
        self.duplicate_case_action = QAction(self.tr("D&uplicate case"), self)
        self.duplicate_case_action.triggered.connect(self.duplicate_case)
        self.archive_case_action = QAction(self.tr("Archi&ve or unarchive case"), self)
        self.archive_case_action.triggered.connect(self.toggle_archive)
        self.trash_case_action = QAction(self.tr("Move case to the t&rash"), self)
        self.trash_case_action.triggered.connect(self.trash_case)
        self.evidence_trash_action = QAction(self.tr("Evidence tras&h…"), self)
        self.evidence_trash_action.triggered.connect(self.show_evidence_trash)
        self.trash_item_action = QAction(self.tr("Move to the &trash"), self)
        self.trash_item_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_item_action.setStatusTip(
            self.tr("Move the selected exhibit, charge, contact or task to the trash (Ctrl+Z brings it back)")
        )
        self.trash_item_action.triggered.connect(self.trash_selected_item)
        self.add_task_action = QAction(self.tr("Add a &deadline or task…"), self)
        self.add_task_action.setShortcut(QKeySequence("Ctrl+T"))
        self.add_task_action.triggered.connect(self.add_task)
        self.toggle_done_action = QAction(self.tr("Mark the task d&one or not done"), self)
        self.toggle_done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.toggle_done_action.triggered.connect(self.toggle_task_done)
        # Undo and Redo name the change ("Undo Move … to the trash") and say in the status bar
        # what they did; the list of shortcuts names the action.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setProperty("shortcutName", self.tr("&Undo"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setText(
                self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
            )
        )
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setProperty("shortcutName", self.tr("&Redo"))
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setText(
                self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
            )
        )
        self.case_actions = [
            self.export_case_action,
            self.edit_case_action,
            self.duplicate_case_action,
            self.archive_case_action,
            self.trash_case_action,
            self.evidence_trash_action,
            self.log_contact_action,
            self.add_purchase_action,
            self.add_evidence_action,
            self.import_mail_action,
            self.paste_action,
            self.add_task_action,
            self.toggle_done_action,
            self.trash_item_action,
            self.letter_action,
            self.bundle_action,
        ]
        self.export_pack_action = QAction(self.tr("Export evidence &pack…"), self)
        self.export_pack_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_pack_action.setStatusTip(self.tr("Write the PDF pack to send to the bank or card issuer"))
        self.export_pack_action.triggered.connect(self.export_pack)
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_case_action)
        file_menu.addAction(self.sample_action)
        file_menu.addAction(self.case_trash_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_pack_action)
        file_menu.addAction(self.bundle_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.security_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.case_menu = case_menu
        for action in (
            self.edit_case_action,
            self.log_contact_action,
            self.add_purchase_action,
            self.add_evidence_action,
            self.import_mail_action,
            self.paste_action,
            self.add_task_action,
            self.toggle_done_action,
            self.trash_item_action,
            self.evidence_trash_action,
        ):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.letter_action)
        case_menu.addAction(self.export_pack_action)
        case_menu.addSeparator()
        for action in (self.duplicate_case_action, self.archive_case_action, self.trash_case_action):
            case_menu.addAction(action)
            self.case_table.addAction(action)
        self.case_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar = toolbar
        for action in (
            self.new_case_action,
            self.log_contact_action,
            self.add_evidence_action,
            self.paste_action,
            self.export_pack_action,
            self.lock_action,
        ):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchAll")
        self.search_edit.setPlaceholderText(self.tr("Search all cases (Ctrl+Shift+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(280)
        self.search_edit.returnPressed.connect(lambda: self.search(self.search_edit.text()))
        toolbar.addWidget(self.search_edit)
        tables = self.case_view.tables
        for section in TRASHABLE:
            tables[section].addAction(self.trash_item_action)
        # Delete acts on the table that has the focus, never on text being typed elsewhere.
        self.trash_item_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tables["evidence"].activated.connect(self._evidence_activated)
        tables["evidence"].selectionModel().currentRowChanged.connect(self._preview_evidence)
        tables["purchases"].activated.connect(lambda index: self.edit_purchase(_row_id(index)))
        tables["communications"].activated.connect(lambda index: self.edit_contact(_row_id(index)))
        tables["tasks"].activated.connect(lambda index: self.edit_task(_row_id(index)))

        find_action = QAction(self.tr("&Filter the cases"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_filter)
        self.addAction(find_action)
        self.find_action = find_action
        edit_menu.addAction(find_action)
        # The case page's tabs, from anywhere in the case page (a list in it included).
        self.case_view.setAccessibleName(self.tr("Case page"))
        self.next_tab_action = QAction(self.tr("&Next tab"), self)
        self.next_tab_action.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.next_tab_action.triggered.connect(lambda: self.switch_tab(1))
        self.previous_tab_action = QAction(self.tr("&Previous tab"), self)
        self.previous_tab_action.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        self.previous_tab_action.triggered.connect(lambda: self.switch_tab(-1))
        for action in (self.next_tab_action, self.previous_tab_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.case_view.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        appearance_menu = view_menu.addMenu(self.tr("&Appearance"))
        self.appearance_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for choice, label in (
            ("system", self.tr("Like the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(choice == self.appearance.choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_appearance(c))
            group.addAction(action)
            appearance_menu.addAction(action)
            self.appearance_actions[choice] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts…"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("&About Dossier"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _set_up_keyboard(self) -> None:
        """Tab and Shift+Tab go from part to part of the window, in reading order, and never move
        the current row of a list (the selected case stays selected)."""
        tab_moves_focus(self)
        chain: list[QWidget] = [
            self.reminder_close,
            self.search_edit,
            self.filter_edit,
            self.status_filter,
            self.show_archived,
            self.case_table,
            self.agenda.table,
            self.case_view.tabs,
        ]
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

    # ------------------------------------------------------------------ behaviour

    def refresh_agenda(self) -> list[CaseDeadline]:
        """What comes due across every open case, in the agenda under the list, and in
        "Needs you now" once Dossier has said it at the start."""
        deadlines = self.services.deadlines()
        titles = {
            self.case_model.row_at(r).id: self.case_model.row_at(r).title
            for r in range(self.case_model.rowCount())
        }
        self.agenda.show_deadlines(deadlines, titles)
        if self._reminded and not self._locked:
            self._show_reminder(reminder_text(deadlines, self.agenda.titles))
        return deadlines

    def _show_reminder(self, text: str) -> None:
        """ "Needs you now" as things stand: gone when nothing is due; back when what is due changed
        since the user closed it."""
        if not text:
            self.reminder.clear()
            self.reminder_bar.setVisible(False)
            return
        self.reminder.setText(self.tr("Needs you now:") + "\n" + text)
        if text != self._dismissed_reminder:
            self._dismissed_reminder = ""
            self.reminder_bar.setVisible(True)

    @Slot()
    def dismiss_reminder(self) -> None:
        """Close "Needs you now" until what it says changes."""
        self._dismissed_reminder = self.reminder.text().partition("\n")[2]
        self.reminder_bar.setVisible(False)

    def remind(self) -> str:
        """Say what is late or due within days: in the window, and in the system tray where there is one."""
        if self._locked or self._closing:
            return ""
        self._reminded = True
        deadlines = self.refresh_agenda()
        titles = self.agenda.titles
        text = reminder_text(deadlines, titles)
        if not text:
            return ""
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.setToolTip(APP_NAME)
                self.tray.messageClicked.connect(self._bring_forward)
            self.tray.show()
            notify(self.tray, self.tr("Dossier: deadlines"), text)
        return text

    def _bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._reminded:
            self._reminded = True
            QTimer.singleShot(0, self.remind)

    def reload_cases(self) -> None:
        current = self.current_case_id()
        cases = self.services.list_cases()
        self.case_model.set_rows(cases)
        self.refresh_agenda()
        self.pages.setCurrentWidget(self.splitter if cases else self.welcome)
        self.right.setCurrentWidget(self.no_selection)
        self.export_pack_action.setEnabled(False)
        for action in self.case_actions:
            action.setEnabled(False)
        if not cases:
            self.welcome.sample_button.setFocus()
            return
        if current is None and not self._restored_case:
            self._restored_case = True
            known = {c.id for c in cases}
            current = self.last_case_id() if self.last_case_id() in known else None
        self.select_case(current if current is not None else self.case_proxy.index(0, 0).data(ID_ROLE))

    def select_case(self, case_id: int) -> None:
        for row in range(self.case_proxy.rowCount()):
            index = self.case_proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.case_table.setCurrentIndex(index)
                self.case_table.scrollTo(index)
                self._show_case(case_id)
                return

    def current_case_id(self) -> int | None:
        index = self.case_table.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    @Slot(QModelIndex, QModelIndex)
    def _on_case_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_case(int(current.data(ID_ROLE)))
        else:
            self.right.setCurrentWidget(self.no_selection)

    def _show_case(self, case_id: int) -> None:
        try:
            detail = self.services.case_detail(case_id)
        except DossierError as exc:
            self._error(str(exc))
            return
        self.case_view.show_case(detail)
        self.case_view.show_deadlines(self.services.deadlines(case_id))
        self.thumbnails.request([(item.sha256, item.media_type) for item in detail.evidence])
        self.right.setCurrentWidget(self.case_view)
        self.export_pack_action.setEnabled(self._pack_job is None)
        for action in self.case_actions:
            action.setEnabled(True)

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if self._locked:
            return
        if change.case_id is None or change.case_id != self.current_case_id():
            self.reload_cases()
        else:
            self._show_case(change.case_id)
            self.case_model.set_rows(self.services.list_cases())
            self.refresh_agenda()
            self.select_case(change.case_id)

    @Slot()
    def add_sample_case(self) -> None:
        try:
            case_id = self.services.add_sample_case()
        except DossierError as exc:
            self._error(str(exc))
            return
        self.select_case(case_id)
        self.say(
            self.tr("The sample case was added: %1.").replace("%1", self.services.store.case(case_id).title)
        )

    @Slot()
    def import_case_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a case file"),
            str(Path.home()),
            self.tr("Dossier case files (*.json)"),
        )
        if not name:
            return
        try:
            report = self.services.import_case_file_report(Path(name))
        except DossierError as exc:
            self._error(str(exc))
            return
        case_id = report.case_id
        self.select_case(case_id)
        self.say(self.tr("Case imported: %1.").replace("%1", self.services.store.case(case_id).title))
        # Each file with its real name beside a different original_name ("imported as “receipt.pdf”").
        renamed = [line for line in report.lines() if "imported as" in line]
        if renamed:
            self._note(
                self.tr("Case imported"),
                self.tr("Some files were imported under another name, as the case file asks:")
                + "\n\n"
                + "\n".join(renamed),
            )

    @Slot()
    def export_pack(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        try:
            self.services.check_database()  # the full check before every pack
        except DossierError as exc:
            self._error(str(exc))
            return
        detail = self.services.case_detail(case_id)
        dialog = ExportPackDialog(detail, documents_folder(), self, services=self.services)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            prebuilt = dialog.prebuilt()
            target = dialog.target
            assert target is not None  # an accepted dialog has checked where the pack goes
            if prebuilt is None:
                self.start_pack_export(case_id, target.path, replace(dialog.options(), force=target.force))
                return
            # The pack the user checked is the one they get: move it into place, no second build.
            try:
                placed = place_pack(prebuilt, target.path, force=target.force)
            except DossierError as exc:
                self._error(str(exc))
                return
            self._pack_case_id = case_id
            self._on_pack_finished(placed)
        finally:
            dialog.release_preview()

    def start_pack_export(self, case_id: int, out: Path, options: PackOptions) -> PackWorker:
        """Build the pack on a worker thread, with a progress bar that can cancel it."""
        worker = PackWorker(self.services, self.services.case_detail(case_id), out, options)
        job = BackgroundJob(worker, self, self.tr("Evidence pack"), self.tr("Preparing the evidence pack…"))
        job.finished.connect(self._on_pack_finished)
        job.failed.connect(self._on_pack_failed)
        job.cancelled.connect(self._on_pack_cancelled)
        self._pack_job = job
        self._pack_case_id = case_id
        self.export_pack_action.setEnabled(False)
        return worker

    def _pack_ended(self) -> None:
        self._pack_job = None
        self.export_pack_action.setEnabled(self.current_case_id() is not None)

    @Slot(object)
    def _on_pack_finished(self, result: PackResult) -> None:
        self._pack_ended()
        self.services.record_pack(self._pack_case_id, result)
        names = ", ".join(f.path.name for f in result.files)
        self.statusBar().showMessage(self.tr("Evidence pack written: %1").replace("%1", names), 10000)
        serious = [w for w in result.warnings if "image(s)" not in w]
        if serious:
            QMessageBox.warning(self, self.tr("Evidence pack"), "\n\n".join(serious))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.files[0].path.parent)))
        self.pack_exported.emit(result)

    @Slot(str)
    def _on_pack_failed(self, message: str) -> None:
        self._pack_ended()
        self.pack_export_failed.emit(message)
        self._error(message)

    @Slot()
    def _on_pack_cancelled(self) -> None:
        self._pack_ended()
        self.statusBar().showMessage(self.tr("The evidence pack was cancelled; nothing was written."), 8000)
        self.pack_export_cancelled.emit()

    # ------------------------------------------------------------------ saying what happened

    def say(self, text: str, ms: int = 10_000) -> None:
        """What a change did, in the status bar, in the words of the window."""
        self.statusBar().showMessage(text, ms)

    def _keys_of(self, action: QAction) -> str:
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _command_error(self, message: str) -> None:
        self._failures += 1
        self._error(message)

    def _push(self, command: QUndoCommand, done: str) -> bool:
        """Do ``command`` (undoable); when it worked say ``done`` and how to undo it."""
        failures = self._failures
        self.undo_stack.push(command)
        if self._failures != failures:
            return False
        self.say(self.tr("%1 %2 to undo.").replace("%1", done).replace("%2", self._keys_of(self.undo_action)))
        return True

    @Slot()
    def undo(self) -> None:
        if not self.undo_stack.canUndo():
            return
        text = self.undo_stack.undoText().replace("&&", "&")
        failures = self._failures
        self.undo_stack.undo()
        if self._failures == failures:
            self.say(
                self.tr("Undone: %1. %2 to redo.")
                .replace("%1", text)
                .replace("%2", self._keys_of(self.redo_action))
            )

    @Slot()
    def redo(self) -> None:
        if not self.undo_stack.canRedo():
            return
        text = self.undo_stack.redoText().replace("&&", "&")
        failures = self._failures
        self.undo_stack.redo()
        if self._failures == failures:
            self.say(
                self.tr("Redone: %1. %2 to undo.")
                .replace("%1", text)
                .replace("%2", self._keys_of(self.undo_action))
            )

    def _day(self, day: date) -> str:
        """ "5 October", with the year when it is not this one: as people say a day."""
        pattern = "d MMMM" if day.year == date.today().year else "d MMMM yyyy"
        return window_locale().toString(QDate(day.year, day.month, day.day), pattern)

    def _money(self, amount: Decimal, currency: str) -> str:
        return display_amount(amount, currency, lang_of_locale_name(QLocale().name()))

    def _contact_label(self, contact: Communication) -> str:
        return (
            self.tr("%1 of %2")
            .replace("%1", contact.channel.label)
            .replace("%2", self._day(contact.at.date()))
        )

    def _purchase_label(self, purchase: Purchase) -> str:
        return (
            self.tr("%1 of %2 on %3")
            .replace("%1", purchase.kind.label)
            .replace("%2", self._money(purchase.amount, purchase.currency))
            .replace("%3", self._day(purchase.date))
        )

    # ------------------------------------------------------------------ recording

    @Slot()
    def new_case(self) -> None:
        dialog = NewCaseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        case = dialog.case()
        try:
            case_id = self.services.create_case(case)
        except DossierError as exc:
            self._error(str(exc))
            return
        self.select_case(case_id)
        self.say(self.tr("Case created: %1.").replace("%1", case.title))

    def log_contact_dialog(self, case_id: int, channel: Channel = Channel.PHONE) -> LogContactDialog:
        """The contact form. Nothing is filled in for the user: the case's earlier contacts (newest
        first) are offered. Its time zone is the case's country's, else the one used last."""
        detail = self.services.case_detail(case_id)
        previous = sorted(detail.communications, key=lambda c: c.at, reverse=True)
        zone = zone_for_country(detail.case.country) or self.services.last_contact_zone()
        return LogContactDialog(channel, previous=previous, default_zone=zone, parent=self)

    @Slot()
    def log_contact(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        dialog = self.log_contact_dialog(case_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        zone: str | None = dialog.zone_box.zone_id()
        try:
            check_zone(zone or "")
        except DateInputError:
            zone = None  # one Qt knows but not the zone database (UTC+01:00): not one to remember
        self.save_contact(case_id, dialog.communication(), zone)

    def save_contact(self, case_id: int, contact: Communication, zone: str | None = None) -> None:
        try:
            _, task_id = self.services.log_communication(case_id, contact, zone=zone)
        except DossierError as exc:
            self._error(str(exc))
            return
        label = self._contact_label(contact)
        if task_id and contact.promised_by is not None:
            message = (
                self.tr("Logged: %1. A task reminds you of the promise on %2.")
                .replace("%1", label)
                .replace("%2", self._day(contact.promised_by))
            )
        else:
            message = self.tr("Logged: %1.").replace("%1", label)
        self.say(message)

    @Slot()
    def _apply_case_filters(self) -> None:
        show_archived = self.show_archived.isChecked()
        status = self.status_filter.currentData()

        def keep(summary: CaseSummary) -> bool:
            return (show_archived or not summary.archived) and (status is None or summary.status == status)

        self.case_proxy.set_row_test(keep)

    @Slot()
    def export_case_file(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        suggested = documents_folder() / f"dossier-D-{case_id:04d}.json"
        target = ask_save_path(
            self,
            self.tr("Export the case file"),
            suggested,
            self.tr("Dossier case files (*.json)"),
            suffix=".json",
            what="case file",
        )
        if target is not None:
            self.write_case_file(case_id, target.path, force=target.force)

    def write_case_file(self, case_id: int, path: Path, *, force: bool = False) -> Worker:
        """Copy the case's files and write its case file on a worker thread, with progress and cancel."""
        detail = self.services.case_detail(case_id)

        def job(progress: Progress, cancelled: Callable[[], bool]) -> object:
            return self.services.write_case_file(
                detail, path, force=force, progress=progress, cancelled=cancelled
            )

        worker = Worker(job, Cancelled, self.tr("The case file"))
        background = BackgroundJob(
            worker, self, self.tr("Export the case file"), self.tr("Writing the case file…")
        )
        background.finished.connect(self._on_case_file_written)
        background.failed.connect(self._on_job_failed)
        background.cancelled.connect(self._on_job_cancelled)
        self._file_job = background
        self.export_case_action.setEnabled(False)
        return worker

    def _job_ended(self) -> None:
        self._file_job = None
        self.export_case_action.setEnabled(self.current_case_id() is not None)

    @Slot(object)
    def _on_case_file_written(self, result: ExportResult) -> None:
        self._job_ended()
        self.statusBar().showMessage(
            self.tr("Wrote %1 and %2 evidence file(s) beside it.")
            .replace("%1", str(result.case_file))
            .replace("%2", str(len(result.files))),
            10000,
        )
        self.case_file_written.emit(result)

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        self._job_ended()
        self.job_failed.emit(message)
        self._error(message)

    @Slot()
    def _on_job_cancelled(self) -> None:
        self._job_ended()
        self.statusBar().showMessage(self.tr("Cancelled; nothing was kept."), 8000)
        self.job_cancelled.emit()

    @Slot()
    def edit_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        dialog = NewCaseDialog(self, case=self.services.case_detail(case_id).case)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.case()
            self._push(
                SaveCommand(
                    _undo_text("Edit “%1”", edited.title),
                    self.services.update_case,
                    edited,
                    self._command_error,
                ),
                self.tr("Saved: %1.").replace("%1", edited.title),
            )

    @Slot()
    def duplicate_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        try:
            copy_id = self.services.duplicate_case(case_id)
        except DossierError as exc:
            self._error(str(exc))
            return
        self.select_case(copy_id)
        self.say(self.tr("Case duplicated: %1.").replace("%1", self.services.store.case(copy_id).title))

    @Slot()
    def toggle_archive(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        case = self.services.case_detail(case_id).case
        archive = case.archived_at is None
        self._push(
            SwitchCommand(
                _undo_text("Archive “%1”" if archive else "Unarchive “%1”", case.title),
                lambda on: self.services.set_case_archived(case_id, on if archive else not on),
                True,
                self._command_error,
            ),
            (self.tr("Archived: %1.") if archive else self.tr("Out of the archive: %1.")).replace(
                "%1", case.title
            ),
        )

    @Slot()
    def trash_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            title = self.services.store.case(case_id).title
            self._push(
                SwitchCommand(
                    _undo_text("Move “%1” to the trash", title),
                    lambda on: self.services.set_case_trashed(case_id, on),
                    True,
                    self._command_error,
                ),
                self.tr("Moved to the trash: %1.").replace("%1", title),
            )

    @Slot()
    def add_purchase(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        case = self.services.case_detail(case_id).case
        # A new charge is dated like the case's transaction, which it most often is.
        dialog = AddPurchaseDialog(case.currency, self, default_date=case.dates.transaction)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        purchase = dialog.purchase()
        try:
            self.services.add_purchase(case_id, purchase)
        except DossierError as exc:
            self._error(str(exc))
            return
        self.say(self.tr("Added: %1.").replace("%1", self._purchase_label(purchase)))

    @Slot()
    def add_evidence_files(self) -> None:
        if self.current_case_id() is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence"), str(documents_folder()))
        if names:
            self.add_evidence_paths([Path(n) for n in names])

    def add_evidence_paths(self, paths: list[Path]) -> None:
        case_id = self.current_case_id()
        if case_id is None or not paths:
            return
        try:
            result = self.services.add_evidence(case_id, paths)
        except DossierError as exc:
            self._error(str(exc))
            return
        self._report_added(result)

    @Slot()
    def paste_screenshot(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        image = QApplication.clipboard().image()
        if image.isNull():
            self.statusBar().showMessage(self.tr("The clipboard holds no image to paste."), 6000)
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs ask for bytes, but only a str format is accepted at run time.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        name = f"screenshot-{datetime.now():%Y-%m-%d-%H%M%S}.png"
        try:
            result = self.services.add_evidence_data(
                case_id, bytes(buffer.data().data()), name, kind=EvidenceKind.SCREENSHOT
            )
        except DossierError as exc:
            self._error(str(exc))
            return
        self._report_added(result)

    def _report_added(self, result: AddEvidenceResult) -> None:
        names = ", ".join(f"“{item.title}”" for item in result.added)
        parts = [self.tr("Added to the evidence: %1.").replace("%1", names)] if result.added else []
        parts += [f"{skipped.path.name}: {skipped.reason}" for skipped in result.skipped]
        self.say(" ".join(parts))
        refused = [s for s in result.skipped if s.existing is None]
        if refused or result.notes:
            # Said once, without stopping the user: the files that were fine are already in.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Evidence"),
                "\n\n".join([s.reason for s in refused] + result.notes),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("evidenceNotes")
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()
            self.last_notes = box

    @Slot(str)
    def _thumbnail_arrived(self, sha256: str) -> None:
        self.case_view.evidence.refresh_decoration(lambda item: item.sha256 == sha256)

    def selected_evidence_id(self) -> int | None:
        return self._selected_id("evidence")

    @Slot(QModelIndex, QModelIndex)
    def _preview_evidence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        evidence_id = _row_id(current)
        if evidence_id is None:
            self.case_view.preview.show_preview(None)
            return
        try:
            self.case_view.preview.show_preview(self.services.evidence_preview(evidence_id))
        except DossierError as exc:
            self.case_view.preview.show_preview(Preview("text", str(exc)))

    def evidence_dialog(self, evidence_id: int) -> EvidenceDialog:
        item = self.services.store.evidence_item(evidence_id)
        return EvidenceDialog(self.services, self.services.case_detail(item.case_id or 0), item, self)

    @Slot(QModelIndex)
    def _evidence_activated(self, index: QModelIndex) -> None:
        evidence_id = _row_id(index)
        if evidence_id is None:
            return
        dialog = self.evidence_dialog(evidence_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.edited()
            self._push_save(edited.title, self.services.update_evidence, edited)

    @Slot()
    def show_case_trash(self) -> None:
        dialog = case_trash_dialog(self.services, self)
        dialog.said.connect(self.say)
        dialog.exec()

    @Slot()
    def show_evidence_trash(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            dialog = evidence_trash_dialog(self.services, case_id, self)
            dialog.said.connect(self.say)
            dialog.exec()

    def _selected_id(self, section: str) -> int | None:
        return _row_id(self.case_view.tables[section].currentIndex())

    def _record_label(self, section: str, record_id: int) -> str:
        store = self.services.store
        if section == "evidence":
            return store.evidence_item(record_id).title
        if section == "purchases":
            return self._purchase_label(store.purchase(record_id))
        if section == "communications":
            return self._contact_label(store.communication(record_id))
        return store.task(record_id).title

    @Slot()
    def trash_selected_item(self) -> None:
        """Move what is selected in the current tab to the trash; Ctrl+Z brings it back."""
        section = self.case_view.current_section()
        record_id = self._selected_id(section) if section in TRASHABLE else None
        if record_id is None:
            self.statusBar().showMessage(self.tr("Select an exhibit, charge, contact or task first."), 5000)
            return

        moved: list[int] = []  # the tasks of a contact's promise go with it

        def switch(on: bool) -> None:
            if section != "evidence":
                moved[:] = self.services.set_record_trashed(section, record_id, on)
            elif on:
                self.services.trash_evidence(record_id)
            else:
                self.services.restore_evidence(record_id)

        label = self._record_label(section, record_id)
        text = _undo_text("Move “%1” to the trash", label)
        command = SwitchCommand(text, switch, True, self._command_error)
        failures = self._failures
        self.undo_stack.push(command)
        if self._failures == failures:
            done = (
                self.tr("Moved to the trash: %1, with the task of its promise.")
                if moved
                else self.tr("Moved to the trash: %1.")
            )
            self.say(
                self.tr("%1 %2 to undo.")
                .replace("%1", done.replace("%1", label))
                .replace("%2", self._keys_of(self.undo_action))
            )

    @Slot()
    def add_task(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        dialog = TaskDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            task_id = self.services.add_task(case_id, dialog.task(), also_after=dialog.offsets() or [])
        except DossierError as exc:
            self._error(str(exc))
            return
        self.case_view.show_item("tasks", task_id)
        self.say(self.tr("Added to the deadlines and tasks: %1.").replace("%1", dialog.task().title.strip()))

    @Slot()
    def toggle_task_done(self) -> None:
        task_id = self._selected_id("tasks") if self.case_view.current_section() == "tasks" else None
        if task_id is None:
            self.statusBar().showMessage(self.tr("Select a task in “Deadlines and tasks” first."), 5000)
            return
        task = self.services.store.task(task_id)
        done = task.done_at is None
        self._push(
            SwitchCommand(
                _undo_text("Mark “%1” done" if done else "Mark “%1” not done", task.title),
                lambda on: self.services.set_task_done(task_id, on == done),
                True,
                self._command_error,
            ),
            (self.tr("Done: %1.") if done else self.tr("Not done yet: %1.")).replace("%1", task.title),
        )

    def edit_purchase(self, purchase_id: int | None) -> None:
        if purchase_id is None:
            return
        purchase = self.services.store.purchase(purchase_id)
        dialog = AddPurchaseDialog(purchase.currency, self, purchase=purchase)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            label = self._record_label("purchases", purchase_id)
            self._push_save(label, self.services.update_purchase, dialog.purchase())

    def edit_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        dialog = LogContactDialog(contact=self.services.store.communication(contact_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._push_save(
                self._record_label("communications", contact_id),
                self.services.update_communication,
                dialog.communication(),
            )

    def edit_task(self, task_id: int | None) -> None:
        if task_id is None:
            return
        dialog = TaskDialog(self, task=self.services.store.task(task_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._push_save(self._record_label("tasks", task_id), self.services.update_task, dialog.task())

    def _push_save(self, label: str, save: Callable[[Any], Any], edited: object) -> None:
        self._push(
            SaveCommand(_undo_text("Edit “%1”", label), save, edited, self._command_error),
            self.tr("Saved: %1.").replace("%1", label),
        )

    @Slot()
    def import_mail_files(self) -> None:
        if self.current_case_id() is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import e-mails"),
            str(documents_folder()),
            self.tr("E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)"),
        )
        if names:
            self.import_mail_paths([Path(n) for n in names])

    def import_mail_paths(self, paths: list[Path]) -> MailChooser | MailImporter | None:
        """Single messages are imported at once; an mbox opens the list of its messages to choose."""
        case_id = self.current_case_id()
        if case_id is None or not paths:
            return None
        if all(path.suffix.lower() in (".eml", ".msg") for path in paths):
            return self._start_mail_import(case_id, paths, None)
        chooser = MailChooser(self.services, case_id, paths, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self._start_mail_import(case_id, paths, chooser.chosen()))
        chooser.open()
        self.mail_chooser = chooser
        return chooser

    def _start_mail_import(self, case_id: int, paths: list[Path], chosen: set[str] | None) -> MailImporter:
        importer = MailImporter(self.services, case_id, paths, self, chosen=chosen)
        importer.finished.connect(self._mail_imported)
        self.mail_importer = importer
        return importer

    @Slot(object)
    def _mail_imported(self, result: EmailImportResult) -> None:
        self.mail_importer = None
        text = summary(result)
        self.statusBar().showMessage(text.splitlines()[0], 10000)
        if result.problems or result.notes or result.duplicates or result.stopped:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import e-mails"), text, parent=self)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()
            self.last_notes = box
        self.mail_imported.emit(result)

    @Slot()
    def write_letter(self) -> LetterDialog | None:
        case_id = self.current_case_id()
        if case_id is None:
            return None
        dialog = LetterDialog(self.services, case_id, documents_folder(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self, query: str) -> SearchDialog:
        """Open (or bring forward) the search window with ``query``."""
        if self.search_dialog is None:
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
        if not self.show_archived.isChecked() and self.services.store.case(case_id).archived_at is not None:
            self.show_archived.setChecked(True)
        self.filter_edit.clear()
        self.status_filter.setCurrentIndex(0)
        self.select_case(case_id)
        if section == "overview" or not self.case_view.show_item(section, item_id):
            self.case_view.show_section(section)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.current_case_id() is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            mail = [path for path in paths if is_mail_file(path)]
            others = [path for path in paths if path not in mail]
            self.add_evidence_paths(others)
            self.import_mail_paths(mail)

    def _focus_filter(self) -> None:
        if self.pages.currentWidget() is self.splitter:
            self.filter_edit.setFocus()
            self.filter_edit.selectAll()

    def set_appearance(self, choice: str) -> None:
        """Follow the system's light or dark colours, or keep to one; remembered."""
        self.appearance.set_choice(choice)
        self.appearance_actions[choice].setChecked(True)
        self.settings.setValue("appearance/scheme", choice)

    # ------------------------------------------------------------------ protection: lock and unlock

    @property
    def locked(self) -> bool:
        """Whether the window shows the lock screen (and the store is locked)."""
        return self._locked

    def _has_passphrase(self) -> bool:
        key_file = self.services.store.access.key_file
        return bool(key_file and key_file.has_passphrase)

    def _update_protection(self) -> None:
        """What depends on whether the store is encrypted: the Lock action, the idle lock, the status."""
        encrypted = self.services.store.encrypted or self._locked
        self.lock_action.setEnabled(encrypted and not self._locked)
        self.lock_action.setToolTip(
            self.tr("Lock (Ctrl+Shift+L)")
            if encrypted
            else self.tr("Only an encrypted store can be locked: File > Security… encrypts it")
        )
        self.protection_label.setText(self.tr("Encrypted") if encrypted else self.tr("Not encrypted"))
        self.protection_label.setToolTip(
            self.tr("The database and every evidence file are encrypted on disk")
            if encrypted
            else self.tr("Anyone who can read the store's folder can read its cases: File > Security…")
        )
        self._restart_idle()

    def idle_minutes(self) -> int:
        """Minutes without use after which an encrypted store locks (0: never)."""
        return idle_minutes(self.settings.value(IDLE_KEY, None))

    @Slot(int)
    def set_idle_minutes(self, minutes: int) -> None:
        self.settings.setValue(IDLE_KEY, int(minutes))
        self._restart_idle()

    def _restart_idle(self) -> None:
        minutes = self.idle_minutes()
        if self.services.store.encrypted and not self._locked and minutes > 0:
            self.idle.start(minutes * self.idle_unit_ms)
        else:
            self.idle.stop()

    @Slot()
    def _idle_reached(self) -> None:
        if self._locked:
            return
        if self.busy():
            # Long work the person waits for is never cut short: try again later.
            self._restart_idle()
            return
        self.lock()

    def busy(self) -> bool:
        """Whether work that reads the store runs in the background (a pack, a backup, an import…)."""
        jobs = (self._pack_job, self._file_job, self._store_job)
        if any(job is not None and job.running() for job in jobs):
            return True
        if self.mail_importer is not None and self.mail_importer.running():
            return True
        return any(dialog.preview_running() for dialog in self.findChildren(ExportPackDialog))

    def store_job_running(self) -> bool:
        return self._store_job is not None and self._store_job.running()

    def _stop_work(self) -> None:
        """Stop what reads the store in the background, and hear how it ended, before it is locked."""
        for job in (self._pack_job, self._file_job, self._store_job):
            if job is not None and job.running():
                job.stop()
                # The worker's last word is queued to the job: deliver it now, while the store is open.
                QCoreApplication.sendPostedEvents(job, QEvent.Type.MetaCall.value)
        if self.mail_importer is not None and self.mail_importer.running():
            self.mail_importer.stop()

    def _close_windows(self, keep: QWidget | None = None) -> None:
        """Close the window's other windows (search, letters, evidence, forms, messages).

        ``keep`` and the windows it sits in stay open. Progress dialogs go with their jobs.
        """
        kept: set[int] = set()
        widget = keep
        while widget is not None:
            kept.add(id(widget))
            widget = widget.parentWidget()
        if self.search_dialog is not None and id(self.search_dialog) not in kept:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog)
            and w.isVisible()
            and id(w) not in kept
            and not isinstance(w, QProgressDialog)
            and _descends_from(w, self)
        ]
        # The innermost first: a form's question closes before the form.
        for dialog in sorted(dialogs, key=_depth, reverse=True):
            dialog.done(QDialog.DialogCode.Rejected)
        if self.security_dialog is not None and id(self.security_dialog) not in kept:
            self.security_dialog = None
        self.last_notes = None

    @Slot()
    def lock(self) -> bool:
        """Hide every case and lock the store: its database closed, its key dropped.

        Work under way is stopped first, and every other window of this one closed.
        Returns whether the store is now locked.
        """
        if self._locked or not self.services.store.encrypted:
            return False
        has_passphrase = self._has_passphrase()
        self._stop_work()
        self._close_windows()
        self.thumbnails.pause()
        self._case_before_lock = self.current_case_id()
        self.services.lock()
        self._locked = True
        # The copies opened in other programs go with the key: no plaintext is left behind.
        tempfiles.remove_private_dirs("view")
        tempfiles.remove_private_dirs("preview")
        logs.event("store.lock")
        self.idle.stop()
        # Nothing of a case stays on screen: the lists are emptied, the page replaced.
        self.case_model.set_rows([])
        self.agenda.show_deadlines([], {})
        self.case_view.preview.show_preview(None)
        self.right.setCurrentWidget(self.no_selection)
        self.reminder.clear()
        self.reminder_bar.setVisible(False)
        self.search_edit.clear()
        self._set_locked_chrome(True)
        self.lock_screen.prepare(has_passphrase)
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.focus()
        self.statusBar().clearMessage()
        self.statusBar().showMessage(self.tr("Locked."))
        self.setWindowTitle(self.tr("%1 (locked)").replace("%1", APP_NAME))
        self.locked_changed.emit(True)
        return True

    def _set_locked_chrome(self, locked: bool) -> None:
        """Menus, toolbar and shortcuts: while locked, only Quit, Appearance and About are left."""
        actions = [
            self.new_case_action,
            self.import_action,
            self.sample_action,
            self.case_trash_action,
            self.export_pack_action,
            self.backup_action,
            self.restore_action,
            self.security_action,
            self.lock_action,
            self.search_action,
            self.find_action,
            self.undo_action,
            self.redo_action,
            self.toolbar.toggleViewAction(),
            *self.case_actions,
        ]
        if locked:
            self._enabled_before_lock = {action: action.isEnabled() for action in actions}
            for action in actions:
                action.setEnabled(False)
        else:
            for action, enabled in self._enabled_before_lock.items():
                action.setEnabled(enabled)
            self._enabled_before_lock = {}
            self.undo_action.setEnabled(self.undo_stack.canUndo())
            self.redo_action.setEnabled(self.undo_stack.canRedo())
        for menu in (self.edit_menu, self.case_menu):
            menu.menuAction().setVisible(not locked)
        for action in self.file_menu.actions():
            if action is not self.quit_action:
                action.setVisible(not locked)
        self.toolbar.setVisible(not locked)
        self.search_edit.setEnabled(not locked)

    @Slot(object)
    def _unlock_requested(self, unlock: Unlock) -> None:
        """Open the store again, off the GUI thread: the keyring may take its time."""
        services = self.services

        def job(_progress: Progress, _cancelled: Callable[[], bool]) -> object:
            try:
                services.unlock(unlock)
            except DossierError as exc:
                return exc
            return None

        worker = Worker(job, Cancelled, self.tr("Unlocking"))
        worker.finished.connect(self._unlock_outcome)
        worker.failed.connect(self.lock_screen.show_error)
        self._unlock_worker = worker
        self._unlock_thread = start_worker(worker, self)

    def unlock_with(self, text: str) -> None:
        """Unlock with what a person would type on the lock screen (empty: the keyring)."""
        if text:
            self.lock_screen.edit.setText(text)
        self.lock_screen.submit()

    @Slot(object)
    def _unlock_outcome(self, result: object) -> None:
        if self._unlock_thread is not None:
            self._unlock_thread.wait(10_000)  # the worker has reported: its thread is ending
        if isinstance(result, NeedsUnlock):
            self.lock_screen.ask_for_recovery_key(str(result))
        elif isinstance(result, DossierError):
            self.lock_screen.show_error(str(result))
        elif not self.services.locked:
            self._unlocked()

    def _unlocked(self) -> None:
        self._locked = False
        self.lock_screen.finish()
        self.thumbnails.resume()
        self._set_locked_chrome(False)
        self.screens.setCurrentWidget(self.main_area)
        self.setWindowTitle(APP_NAME)
        self.reload_cases()
        if self._case_before_lock is not None:
            self.select_case(self._case_before_lock)
        self._update_protection()
        self.statusBar().showMessage(self.tr("Unlocked."), 5000)
        self.locked_changed.emit(False)

    def _note(self, title: str, text: str) -> QMessageBox:
        """Said without stopping the person: a message box that does not block the window."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.show()
        self.last_notes = box
        return box

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dossier"),
            self.tr(
                "<b>Dossier %1</b><p>Keep the whole record of a billing dispute and hand it to "
                "your bank. Everything stays on this computer.</p>"
            ).replace("%1", __version__),
        )

    def _error(self, message: str, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent or self, self.tr("Dossier"), message)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._closing = True
        for job in (self._pack_job, self._file_job, self._store_job):
            if job is not None and job.running():
                job.stop()
        if self._unlock_thread is not None:
            self._unlock_thread.wait(30_000)
        self.idle.stop()
        self._save_state()
        self.thumbnails.shut_down()
        self._unsubscribe()
        # The copies opened in other programs and any size preview do not outlive the window.
        tempfiles.remove_private_dirs("view")
        tempfiles.remove_private_dirs("preview")
        super().closeEvent(event)
        self.closed.emit()
