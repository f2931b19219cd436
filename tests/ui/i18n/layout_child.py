"""The window and its dialogs laid out in a pseudo-translation, on a 1366x768 screen: what does not fit.

Run by tests/ui/i18n/test_pseudo_layout.py as ``python -m tests.ui.i18n.layout_child QM FOLDER``
in an isolated environment (its own home and keyring; Qt's offscreen platform with one 1366x768
screen), never by pytest. It loads the pseudo-translation QM, opens the main window (the sample
case, each of its tabs, the lock screen) and every dialog, and prints as JSON one line per text
that does not fit its widget: "window: widget (class, name): text: why".
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: a rounding of Qt's own
MAIN = "main window"
WELCOME = "welcome page"
LOCKED = "lock screen"
RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
#: Every window laid out, in order: the main window (each tab), its lock screen, then each dialog.
WINDOWS = (
    WELCOME, MAIN, LOCKED, "new case", "case details", "log a contact", "edit a contact",
    "charge or refund", "edit a charge", "task", "evidence", "letters", "mark a letter sent",
    "export pack", "export pack, fitted", "security", "backup", "mail import", "search",
    "keyboard shortcuts", "evidence trash", "case trash", "unused files", "unlock",
    "unlock, no passphrase", "new passphrase", "recovery key", "opening",
)  # fmt: skip


def name_of(widget: QWidget) -> str:
    return f"{type(widget).__name__}" + (f" '{widget.objectName()}'" if widget.objectName() else "")


def shown_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def problems_of(where: str, top: QWidget) -> Iterator[str]:
    """Every text of ``top`` (shown) that does not fit the widget showing it, and ``top`` itself
    if it does not fit the screen."""
    screen = top.screen().availableGeometry()
    if top.frameGeometry().width() > screen.width() or top.frameGeometry().height() > screen.height():
        yield f"{where}: the window is larger than the {screen.width()}x{screen.height()} screen"
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            yield from _label(where, widget)
        elif isinstance(widget, QAbstractButton):
            yield from _button(where, widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.minimumSizeHint().width() > widget.width() + SLACK:
                yield f"{where}: {name_of(widget)}: title '{widget.title()}': wider than its box"
        elif isinstance(widget, QTabBar):
            yield from _tabs(where, widget)
        elif isinstance(widget, QHeaderView):
            yield from _header(where, widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            inner = widget.widget()
            need = inner.minimumSizeHint().width() if inner is not None else 0
            yield (
                f"{where}: {name_of(widget)}: its content is wider than the area ({need} px, "
                f"{widget.viewport().width()} shown): it scrolls sideways"
            )
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                button = widget.widgetForAction(action)
                if action.isVisible() and action.text() and button is not None and not button.isVisible():
                    bar = widget.windowTitle()
                    yield f"{where}: toolbar '{bar}': '{action.text()}': does not fit the bar"


def _label(where: str, label: QLabel) -> Iterator[str]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            yield f"{where}: {name_of(label)}: '{text[:80]}': needs {need} px of height, has {label.height()}"
        elif label.minimumSizeHint().width() > label.width() + SLACK:
            yield f"{where}: {name_of(label)}: '{text[:80]}': a word wider than the label"
        return
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK or hint.height() > label.height() + SLACK:
        yield (
            f"{where}: {name_of(label)}: '{text[:80]}': needs {hint.width()}x{hint.height()}, "
            f"has {label.width()}x{label.height()}"
        )


def _button(where: str, button: QAbstractButton) -> Iterator[str]:
    text = button.text()
    if not text.strip() or isinstance(button.parentWidget(), QTabBar):
        return
    parent = button.parentWidget()
    if isinstance(button, QToolButton) and type(parent).__name__ == "QToolBarExtension":
        return
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        shown = shown_text(text)
        yield f"{where}: {name_of(button)}: '{shown}': needs {hint.width()} px, has {button.width()}"


def _tabs(where: str, bar: QTabBar) -> Iterator[str]:
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
    if needed > bar.width() + SLACK:
        tabs = ", ".join(f"'{bar.tabText(i)}'" for i in range(bar.count()))
        yield f"{where}: {name_of(bar)}: tabs {tabs}: need {needed} px, have {bar.width()}"


def _header(where: str, header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or header.orientation().name != "Horizontal":
        return
    view = header.parentWidget()
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text:
            continue
        width = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        need = width + 2 * margin + (arrow + margin if header.isSortIndicatorShown() else 0)
        if header.sectionSize(section) + SLACK < need:
            owner = name_of(view) if view is not None else "a table"
            yield (f"{where}: {owner}: column '{text}': needs {need} px, has {header.sectionSize(section)}")


def settle(app: QApplication, busy: Callable[[], bool] = lambda: False, timeout: float = 10.0) -> None:
    """Let layouts, posted events and any job ``busy`` says is running finish."""
    end = time.monotonic() + timeout
    for _ in range(3):
        app.processEvents()
    while busy() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        app.processEvents()


def main(argv: list[str]) -> int:
    qm, folder = Path(argv[0]), Path(argv[1])
    from desktop_app.services import Services
    from desktop_app.ui.app import create_application

    app = create_application(["dossier"])
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        print(json.dumps([f"cannot load {qm}"]))
        return 2
    app.installTranslator(translator)
    probe = QCoreApplication.translate("MainWindow", "&File")
    if probe == "&File":
        print(json.dumps(["the translation is not in use: '&File' is not translated"]))
        return 2
    with Services.open(folder / "store", interface="test") as services:
        welcome = welcome_page(app, services, folder)
        case_id = services.add_sample_case()
        found = {WELCOME: welcome, **windows(app, services, case_id, folder)}
    print(json.dumps(found, ensure_ascii=False))
    return 0


def welcome_page(app: QApplication, services: object, folder: Path) -> list[str]:
    """The main window over a store with no case yet (its welcome page)."""
    from desktop_app.ui.main_window import MainWindow

    settings = QSettings(str(folder / "welcome.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)  # type: ignore[arg-type]
    window.show()
    settle(app, window.runner.busy)
    found = list(problems_of(f"{WELCOME} ({window.width()}x{window.height()})", window))
    window.close()
    window.deleteLater()
    settle(app)
    return found


def windows(app: QApplication, services: object, case_id: int, folder: Path) -> dict[str, list[str]]:
    """What does not fit, by window (:data:`WINDOWS`): each one laid out, even if another failed."""
    from desktop_app.services import Services
    from desktop_app.ui.case_form import NewCaseDialog
    from desktop_app.ui.evidence import (
        EvidenceDialog,
        UnusedFilesDialog,
        case_trash_dialog,
        evidence_trash_dialog,
    )
    from desktop_app.ui.letter_sent import MarkSentDialog
    from desktop_app.ui.letters import LetterDialog
    from desktop_app.ui.mail_import import MailChooser
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.opening import BusyDialog
    from desktop_app.ui.pack_export import ExportPackDialog
    from desktop_app.ui.purchase_form import AddPurchaseDialog
    from desktop_app.ui.record_forms import LogContactDialog, TaskDialog
    from desktop_app.ui.search import SearchDialog
    from desktop_app.ui.security import BackupDialog, SecurityDialog
    from desktop_app.ui.shortcuts import ShortcutsDialog
    from desktop_app.ui.unlock import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog

    assert isinstance(services, Services)
    found: dict[str, list[str]] = {name: [] for name in WINDOWS if name != WELCOME}
    window = MainWindow(services, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.select_case(case_id)
    settle(app)
    where = f"main window ({window.width()}x{window.height()})"
    tabs: dict[str, list[str]] = {}  # what does not fit -> the tabs in front when it did not
    for section in window.case_view.pages:
        window.case_view.show_section(section)
        settle(app, window.runner.busy)
        for problem in problems_of("", window):
            tabs.setdefault(problem.removeprefix(": "), []).append(section)
    found[MAIN] += [f"{where}, tab {', '.join(shown)}: {problem}" for problem, shown in tabs.items()]
    detail = services.case_detail(case_id)
    mail = folder / "letter.eml"
    mail.write_text(
        "From: Streamnova <billing@streamnova.example>\nTo: you@example.org\nSubject: Your invoice\n"
        "Date: Mon, 14 Sep 2026 10:00:00 +0200\nContent-Type: text/plain; charset=utf-8\n\n"
        "Your subscription was renewed.\n",
        encoding="utf-8",
    )

    def idle(_dialog: QWidget) -> bool:
        return False

    def working(_dialog: QWidget) -> bool:
        return window.runner.busy()

    currency = detail.case.currency
    unlock_text = "Dossier needs its passphrase to open this store."
    dialogs: list[tuple[str, Callable[[], QWidget], Callable[[QWidget], bool]]] = [
        ("new case", lambda: NewCaseDialog(window), idle),
        ("case details", lambda: NewCaseDialog(window, case=detail.case), idle),
        ("log a contact", lambda: LogContactDialog(parent=window, default_zone="Europe/Warsaw"), idle),
        ("edit a contact", lambda: LogContactDialog(parent=window, contact=detail.communications[0]), idle),
        ("charge or refund", lambda: AddPurchaseDialog(currency, window), idle),
        ("edit a charge", lambda: AddPurchaseDialog(currency, window, purchase=detail.purchases[0]), idle),
        ("task", lambda: TaskDialog(window), idle),
        ("evidence", lambda: EvidenceDialog(services, detail, detail.evidence[0], window), idle),
        ("letters", lambda: LetterDialog(services, case_id, folder, window), working),
        ("mark a letter sent", lambda: MarkSentDialog(window, today=date(2026, 12, 1)), idle),
        ("export pack", lambda: ExportPackDialog(detail, folder, window, services=services), working),
        (
            "export pack, fitted",
            lambda: _fitted(ExportPackDialog(detail, folder, window, services=services)),
            working,
        ),
        ("security", lambda: SecurityDialog(services, window.store, window), working),
        ("backup", lambda: BackupDialog(True, folder / "backup.dossier", window), idle),
        (
            "mail import",
            lambda: MailChooser(services, case_id, [mail], window, runner=window.runner),
            working,
        ),
        ("search", lambda: _search(SearchDialog(services, window)), _searching),
        ("keyboard shortcuts", lambda: ShortcutsDialog(window), idle),
        ("evidence trash", lambda: evidence_trash_dialog(services, case_id, window), idle),
        ("case trash", lambda: case_trash_dialog(services, window), idle),
        ("unused files", lambda: UnusedFilesDialog(services, window), idle),
        ("unlock", lambda: UnlockDialog(unlock_text, has_passphrase=True), idle),
        (
            "unlock, no passphrase",
            lambda: UnlockDialog("The keyring did not answer.", has_passphrase=False),
            idle,
        ),
        ("new passphrase", lambda: NewPassphraseDialog("Choose a passphrase for this store."), idle),
        ("recovery key", lambda: RecoveryKeyDialog(RECOVERY_KEY, folder=folder, save_folder=folder), idle),
        ("opening", lambda: BusyDialog("Opening your dossier…"), idle),
    ]
    assert [title for title, _make, _busy in dialogs] == list(WINDOWS[3:])
    for title, make, busy in dialogs:
        try:
            dialog = make()
        except Exception as exc:  # a dialog that cannot be opened is a finding too
            found[title].append(f"{title}: cannot be opened: {type(exc).__name__}: {exc}")
            continue
        dialog.show()
        settle(app, lambda d=dialog, b=busy: b(d))
        found[title] += problems_of(f"{title} ({dialog.width()}x{dialog.height()})", dialog)
        dialog.close()
        dialog.deleteLater()
        settle(app, window.runner.busy)
    if window.store.lock():
        settle(app)
        found[LOCKED] += problems_of(f"{where}, locked", window)
    else:
        found[LOCKED].append("main window: the store could not be locked to see the lock screen")
    window.close()
    return found


def _fitted(dialog: QWidget) -> QWidget:
    from desktop_app.ui.pack_export import ExportPackDialog

    assert isinstance(dialog, ExportPackDialog)
    dialog.fit_box.setChecked(True)  # the plan of what fits the portal, said beside the box
    return dialog


def _searching(dialog: QWidget) -> bool:
    from desktop_app.ui.search import SearchDialog

    return isinstance(dialog, SearchDialog) and dialog.results.topLevelItemCount() == 0


def _search(dialog: QWidget) -> QWidget:
    from desktop_app.ui.search import SearchDialog

    assert isinstance(dialog, SearchDialog)
    dialog.query_edit.setText("Streamnova")
    return dialog


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
