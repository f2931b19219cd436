"""The first-cut window, driven as a user would, and its item models."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import (
    ID_ROLE,
    SORT_ROLE,
    case_list_model,
    communications_model,
    evidence_model,
    purchases_model,
    tasks_model,
)


def test_empty_store_shows_the_welcome_page_and_offers_the_sample(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    with qtbot.waitSignal(window.relay.changed, timeout=5000):
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert window.case_list.case_proxy.rowCount() == 1
    assert window.case_view.title.text() == "StreamNova Premium billed after cancellation"
    assert window.case_view.facts["payment"].text() == "Visa card ending 4417"
    assert window.case_view.facts["amount"].text() == "35.98 EUR"
    assert window.case_view.tab_text("communications") == "Contacts (6)"


def test_selected_case_shows_purchases_communications_and_evidence(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    view = window.case_view
    assert window.current_case_id() == sample_case
    assert view.purchases.rowCount() == 4
    assert view.communications.rowCount() == 6
    assert view.evidence.rowCount() == 4
    texts = {view.communications.index(r, 4).data() for r in range(view.communications.rowCount())}
    assert "Marta Zielińska (przełożona, biuro w Łodzi)" in texts
    hashes = {view.evidence.index(r, 6).data() for r in range(view.evidence.rowCount())}
    assert hashes == {e.sha256 for e in services.case_detail(sample_case).evidence}


def test_window_refreshes_when_evidence_is_added_elsewhere(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    new_file = tmp_path / "relevé bancaire.pdf"
    new_file.write_bytes(b"%PDF-1.4 statement of account")
    with qtbot.waitSignal(window.relay.changed, timeout=5000):
        services.add_evidence(sample_case, [new_file])
    view = window.case_view
    assert view.evidence.rowCount() == 5
    assert view.tab_text("evidence") == "Evidence (5)"
    names = {view.evidence.index(r, 2).data() for r in range(view.evidence.rowCount())}
    assert "relevé bancaire.pdf" in names


def test_filter_narrows_the_case_list(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    second = services.add_sample_case()
    assert window.case_list.case_proxy.rowCount() == 2
    qtbot.keyClicks(window.case_list.filter_edit, "no such merchant")
    assert window.case_list.case_proxy.rowCount() == 0
    window.case_list.filter_edit.clear()
    qtbot.keyClicks(window.case_list.filter_edit, "streamnova")
    assert window.case_list.case_proxy.rowCount() == 2
    ids = {window.case_list.case_proxy.index(r, 0).data(ID_ROLE) for r in range(2)}
    assert ids == {sample_case, second}


def test_status_filter_keeps_the_cases_with_that_status(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    from dataclasses import replace

    from desktop_app.domain.vocab import CaseStatus

    second = services.add_sample_case()
    services.update_case(replace(services.case(second), status=CaseStatus.WON))
    box = window.case_list.status_filter
    box.setCurrentIndex(box.findData("won"))
    assert [
        window.case_list.case_proxy.index(r, 0).data(ID_ROLE)
        for r in range(window.case_list.case_proxy.rowCount())
    ] == [second]
    box.setCurrentIndex(box.findData("waiting"))
    assert [
        window.case_list.case_proxy.index(r, 0).data(ID_ROLE)
        for r in range(window.case_list.case_proxy.rowCount())
    ] == [sample_case]
    box.setCurrentIndex(0)
    assert window.case_list.case_proxy.rowCount() == 2


def test_keyboard_moves_between_cases(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    services.add_sample_case()
    window.case_table.setFocus()
    window.case_table.setCurrentIndex(window.case_list.case_proxy.index(0, 0))
    second_row = window.case_list.case_proxy.index(1, 0).data(ID_ROLE)
    qtbot.keyClick(window.case_table, Qt.Key.Key_Down)
    assert window.current_case_id() == second_row
    qtbot.keyClick(window.case_table, Qt.Key.Key_Up)
    assert window.current_case_id() == window.case_list.case_proxy.index(0, 0).data(ID_ROLE)


@pytest.mark.parametrize(
    "factory", [case_list_model, purchases_model, communications_model, evidence_model, tasks_model]
)
def test_models_pass_the_model_tester(qtmodeltester, services: Services, sample_case: int, factory) -> None:  # type: ignore[no-untyped-def]
    model = factory()
    detail = services.case_detail(sample_case)
    rows = {
        case_list_model: services.list_cases(),
        purchases_model: detail.purchases,
        communications_model: detail.communications,
        evidence_model: detail.evidence,
        tasks_model: detail.tasks,
    }[factory]
    model.set_rows(rows)
    assert model.rowCount() == len(rows) > 0
    qtmodeltester.check(model, force_py=True)


def test_the_last_open_case_and_the_layout_come_back(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    second = services.add_sample_case()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first_window = MainWindow(services, settings)
    qtbot.addWidget(first_window)
    first_window.show()
    first_window.select_case(sample_case)
    first_window.resize(700, 500)  # within the offscreen screen (800x600)
    first_window.close()
    again = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert again.current_case_id() == sample_case != second
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_case_list_shows_the_next_deadline(qtbot: QtBot, services: Services, sample_case: int) -> None:
    model = case_list_model()
    model.set_rows(services.list_cases())
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    column = headers.index("Next deadline")
    # The sample's promise of 30 September is done; the next is the one of 16 October, marked late
    # once that day has passed (issue 15) and it is still not done.
    late = date.today() > date(2026, 10, 16)
    assert model.index(0, column).data() == ("⚠ 2026-10-16 (late)" if late else "2026-10-16")


def test_filter_ignores_case_and_accents(
    qtbot: QtBot, services: Services, tmp_path: Path, window: MainWindow
) -> None:
    from tests.support.cases import import_case

    import_case(
        services, tmp_path / "pl", lambda d: d.update(title="Siłownia w Łodzi", merchant={"name": "Żabka"})
    )
    import_case(
        services,
        tmp_path / "es",
        lambda d: d.update(title="Cobro de Telefónica", merchant={"name": "Telefónica"}),
    )
    for typed, expected in [
        ("lodz", ["Siłownia w Łodzi"]),
        ("TELEFONICA cobro", ["Cobro de Telefónica"]),
        ("zabka", ["Siłownia w Łodzi"]),
        ("nothing like it", []),
    ]:
        window.case_list.filter_edit.clear()
        qtbot.keyClicks(window.case_list.filter_edit, typed)
        shown = [
            window.case_list.case_proxy.index(r, 0).data()
            for r in range(window.case_list.case_proxy.rowCount())
        ]
        assert shown == expected, typed


def test_filter_proxy_passes_the_model_tester(qtmodeltester, services: Services, sample_case: int) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.models import FilterProxy

    model = case_list_model()
    model.set_rows(services.list_cases())
    proxy = FilterProxy(model)
    proxy.set_needle("streamnova")
    qtmodeltester.check(proxy, force_py=True)


def test_timeline_rows_lead_to_their_items(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    view = window.case_view
    view.tabs.setCurrentWidget(view.tables["timeline"])
    table = view.tables["timeline"]
    proxy = table.model()
    whens = [proxy.index(r, 0).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert whens == sorted(whens)
    chat_row = next(
        r for r in range(proxy.rowCount()) if "Chat to the merchant with Julien" in proxy.index(r, 2).data()
    )
    table.setFocus()
    table.setCurrentIndex(proxy.index(chat_row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.tabs.currentWidget() is view.tables["communications"]
    selected = view.tables["communications"].currentIndex()
    chat = next(c for c in services.case_detail(sample_case).communications if c.representative == "Julien")
    assert selected.siblingAtColumn(0).data(ID_ROLE) == chat.id


def test_timeline_model_passes_the_model_tester(qtmodeltester, services: Services, sample_case: int) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.timeline import build_timeline
    from desktop_app.ui.models import timeline_model

    d = services.case_detail(sample_case)
    model = timeline_model()
    model.set_rows(build_timeline(d.case, d.purchases, d.communications, d.evidence, d.tasks))
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("section", ["cases", "purchases", "communications", "evidence", "timeline", "tasks"])
def test_every_model_of_the_window_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, section: str
) -> None:
    """The models as the window uses them: sorted and filtered, with thumbnails beside the exhibits.

    One model per test: pytest-qt's tester follows the last model it was given.
    """
    table = window.case_table if section == "cases" else window.case_view.tables[section]
    model = table.model()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    # Thumbnails arriving change the exhibits' pictures while the tester watches.
    shas = [item.sha256 for item in services.case_detail(sample_case).evidence]
    qtbot.waitUntil(lambda: all(window.thumbnails.drawn(sha) for sha in shas), timeout=10_000)


def test_what_comes_due_is_in_the_agenda_and_said_at_start(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QSettings

    from desktop_app.domain.models import Task

    soon = services.add_task(
        sample_case, Task(title="Call the bank back", due=date.today() + timedelta(days=2))
    )
    services.add_task(sample_case, Task(title="Far away", due=date.today() + timedelta(days=60)))
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.reminder_bar.isVisible(), timeout=5_000)
    text = window.reminder_bar.reminder.text()
    assert "in 2 days: Call the bank back" in text
    assert "Check the refund promised by Marta Zielińska has arrived" in text  # late, and still open
    assert "Far away" not in text
    agenda = window.case_list.agenda.model
    titles = [agenda.row_at(r).title for r in range(agenda.rowCount())]
    assert "Call the bank back" in titles and "Far away" not in titles
    assert window.case_list.agenda.heading.text().startswith("Due soon: ")
    window.case_view.show_section("overview")
    proxy = window.case_list.agenda.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 1).data() == "Call the bank back")
    window.case_list.agenda.table.setCurrentIndex(proxy.index(row, 0))
    window.case_list.agenda.table.activated.emit(proxy.index(row, 0))
    assert window.case_view.current_section() == "tasks" and window.current_case_id() == sample_case
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        services.set_task_done(soon, True)
    assert "Call the bank back" not in [agenda.row_at(r).title for r in range(agenda.rowCount())]
    qtbot.mouseClick(window.reminder_bar.reminder_close, Qt.MouseButton.LeftButton)
    assert not window.reminder_bar.isVisible()


def test_needs_you_now_follows_every_change_not_only_the_start(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QSettings

    from desktop_app.domain.models import Case, Merchant, Task
    from desktop_app.domain.vocab import Reason

    # A case without dates: no deadline from the rules, only the tasks of the test.
    case_id = services.create_case(
        Case(
            title="Gym", merchant=Merchant(name="FitClub"), reason=Reason.CANCELLED_RECURRING, currency="EUR"
        )
    )
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.reminders._reminded, timeout=5_000)
    assert not window.reminder_bar.isVisible()  # nothing due at the start
    # A change made after the start is said at once.
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        soon = services.add_task(
            case_id, Task(title="Call the bank back", due=date.today() + timedelta(days=1))
        )
    assert window.reminder_bar.isVisible()
    assert "in 1 day: Call the bank back" in window.reminder_bar.reminder.text()
    # Closed, it stays closed while what it says is the same...
    qtbot.mouseClick(window.reminder_bar.reminder_close, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        services.add_task(case_id, Task(title="Far away", due=date.today() + timedelta(days=60)))
    assert not window.reminder_bar.isVisible()
    # ... and comes back when it changes.
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        late = services.add_task(case_id, Task(title="Send the letter", due=date.today() - timedelta(days=2)))
    assert window.reminder_bar.isVisible()
    assert (
        "Send the letter" in window.reminder_bar.reminder.text()
        and "Call the bank back" in window.reminder_bar.reminder.text()
    )
    # What is done or in the trash leaves it; with nothing due it goes.
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        services.set_task_done(soon, True)
    assert "Call the bank back" not in window.reminder_bar.reminder.text() and window.reminder_bar.isVisible()
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        services.set_record_trashed("tasks", late, True)
    assert not window.reminder_bar.isVisible()
    assert window.reminder_bar.reminder.text() == ""


def test_thousands_of_signals_never_wear_out_true(window: MainWindow) -> None:
    """PySide6 6.12.0 loses a reference to True at each emit from Python, and the window aborted
    ("bool_dealloc") after some thousands: pyproject.toml leaves that version out. The binding
    installed keeps True's count through twenty thousand emits."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        poked = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(20_000):
        probe.poked.emit()
    assert sys.getrefcount(True) > before - 1_000


def test_the_status_filter_shows_its_choices_whole(qtbot: QtBot, window: MainWindow) -> None:
    """As wide as its longest status where there is room; never narrower than "Any status" (Spanish
    "Cualquier estado" was cut to "Cualquier es")."""
    box = window.case_list.status_filter
    window.resize(1280, 691)
    qtbot.waitUntil(lambda: box.width() >= box.sizeHint().width(), timeout=2000)
    widest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    assert box.sizeHint().width() > widest
    assert box.minimumWidth() > box.fontMetrics().horizontalAdvance(box.itemText(0))
