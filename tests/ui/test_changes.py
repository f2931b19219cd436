"""One change, one reload: an edit of a charge reloads its case's page once, updates one row of the
case list (no rebuild) and computes deadlines once."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow


def test_one_edit_of_a_charge_reloads_its_page_once_and_one_row(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_case(sample_case)
    calls: dict[str, int] = {}

    def counting(owner: Any, name: str) -> None:
        real = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] = calls.get(name, 0) + 1
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapper)

    for name in ("case_detail", "case_summary", "list_cases", "deadlines"):
        counting(services, name)
    model = window.case_list.case_model
    for name in ("set_rows", "update_row", "remove_row"):
        counting(model, name)
    pages: list[int] = []
    window.case_view.shown.connect(pages.append)
    charge = services.case_detail(sample_case).purchases[0]
    calls.clear()
    with qtbot.waitSignal(window.relay.changed, timeout=5_000):
        services.update_purchase(replace(charge, amount=charge.amount + Decimal("1.00")))
    assert pages == [sample_case]  # the case's page, once
    assert calls.get("case_detail") == 1
    assert calls.get("case_summary") == 1 and calls.get("update_row") == 1  # one row
    assert "list_cases" not in calls and "set_rows" not in calls and "remove_row" not in calls
    assert calls.get("deadlines") == 1  # computed once
    shown = window.case_view.purchases
    amounts = {shown.row_at(r).amount for r in range(shown.rowCount())}
    assert charge.amount + Decimal("1.00") in amounts


def test_the_days_check_runs_in_the_background_once_and_the_window_goes_on_reading(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    assert services.quick_check_due()  # a new store: never checked
    window = MainWindow(services)
    qtbot.addWidget(window)
    started: list[bool] = []
    window.reminders.checker.started.connect(lambda: started.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)  # once the window is painted
    # While it runs, the window reads the store as it likes (the check has a connection of its own).
    while window.reminders.checker.busy():
        window.select_case(sample_case)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: not services.quick_check_due(), timeout=10_000)  # noted for the day
    window.reminders.check_today()  # again the same day: nothing to do
    assert started == [True] and not window.reminders.checker.busy()


def test_choosing_a_case_builds_its_page_once(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    other = services.add_sample_case()
    window.select_case(sample_case)
    pages: list[int] = []
    window.case_view.shown.connect(pages.append)
    window.select_case(other)
    assert pages == [other] and window.current_case_id() == other
