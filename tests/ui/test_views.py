"""Views that change one row: the case list's update_row / remove_row, the agenda's update_case,
the case page shown once; and a case list that fills at 20,000 cases without work per cell."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services import CaseDeadline, CaseSummary, Services
from desktop_app.ui.agenda import AgendaPanel
from desktop_app.ui.case_view import CaseView, make_table, sorted_proxy
from desktop_app.ui.models import ID_ROLE, Column, RecordTableModel, case_list_model


def summary(case_id: int, title: str, **changes: object) -> CaseSummary:
    row = CaseSummary(
        id=case_id,
        title=title,
        merchant="Streamnova",
        status="open",
        reason="not_received",
        archived=False,
        disputed_amount=Decimal("10.00") + case_id,
        currency="EUR",
        evidence_count=1,
        communication_count=0,
        updated_at=None,
    )
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


class Signals:
    """What a model said: resets, one-row changes, inserts, removals and moves."""

    def __init__(self, model: RecordTableModel) -> None:  # type: ignore[type-arg]
        self.log: list[tuple[str, int, int]] = []
        model.modelReset.connect(lambda: self.log.append(("reset", -1, -1)))
        model.dataChanged.connect(lambda a, b, roles=(): self.log.append(("changed", a.row(), b.row())))
        model.rowsInserted.connect(lambda parent, a, b: self.log.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda parent, a, b: self.log.append(("removed", a, b)))
        model.rowsMoved.connect(lambda *args: self.log.append(("moved", args[1], args[4])))


def shown_titles(view_model) -> list[str]:  # type: ignore[no-untyped-def]
    return [view_model.index(row, 0).data() for row in range(view_model.rowCount())]


def test_update_row_changes_one_row_and_keeps_the_sort(qtbot: QtBot) -> None:
    model = case_list_model(lang="en")
    proxy = sorted_proxy(model, model)
    table = make_table(proxy)
    qtbot.addWidget(table)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_rows([summary(1, "Bravo"), summary(2, "Delta"), summary(3, "Alpha")])
    assert shown_titles(proxy) == ["Alpha", "Bravo", "Delta"]
    table.setCurrentIndex(proxy.index(1, 0))  # Bravo
    said = Signals(model)

    model.update_row(summary(1, "Bravo (refunded)", status="won"))
    assert said.log == [("changed", model.row_of(1), model.row_of(1))]
    assert shown_titles(proxy) == ["Alpha", "Bravo (refunded)", "Delta"]

    said.log.clear()
    model.update_row(summary(1, "Echo"))  # sorts after Delta now: one move, the selection follows
    assert [kind for kind, *_ in said.log] == ["changed", "moved"]
    assert shown_titles(proxy) == ["Alpha", "Delta", "Echo"]
    assert table.currentIndex().data(ID_ROLE) == 1

    said.log.clear()
    model.update_row(summary(4, "Charlie"))  # a new case: inserted at its place
    assert said.log == [("inserted", 1, 1)]
    assert shown_titles(proxy) == ["Alpha", "Charlie", "Delta", "Echo"]

    said.log.clear()
    model.remove_row(2)
    model.remove_row(99)  # not there: nothing
    assert said.log == [("removed", 2, 2)]
    assert shown_titles(proxy) == ["Alpha", "Charlie", "Echo"]
    assert model.row_of(2) is None and model.row_at(model.row_of(4) or 0).title == "Charlie"

    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by amount, as numbers
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == [4, 3, 1]
    assert table.currentIndex().data(ID_ROLE) == 1


def test_ties_sort_in_the_order_the_rows_came_in(qtbot: QtBot) -> None:
    model = case_list_model(lang="en")
    proxy = sorted_proxy(model, model)
    rows = [summary(i, f"Case {i}", merchant="Same" if i % 2 else "Other") for i in range(1, 7)]
    model.set_rows(rows)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(6)] == [2, 4, 6, 1, 3, 5]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(6)] == [1, 3, 5, 2, 4, 6]
    proxy.set_needle("case 3")
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())] == [3]


def test_twenty_thousand_cases_fill_without_work_per_cell(qtbot: QtBot) -> None:
    texts: list[int] = []
    sort_keys: list[int] = []

    def title(c: CaseSummary) -> str:
        texts.append(1)
        return c.title

    def key(c: CaseSummary) -> str:
        sort_keys.append(1)
        return c.title.casefold()

    model: RecordTableModel[CaseSummary] = RecordTableModel(
        [Column("Title", title, sort_key=key), Column("Merchant", lambda c: c.merchant)], lambda c: c.id
    )
    proxy = sorted_proxy(model, model)
    table = make_table(proxy)
    qtbot.addWidget(table)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    rows = [summary(i, f"Case {20_000 - i:05d}") for i in range(20_000)]
    model.set_rows(rows)
    # One key per row for the sort, no cell's text before a view asks for it.
    assert len(sort_keys) == 20_000 and texts == []
    assert proxy.index(0, 0).data(ID_ROLE) == 19_999
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: bool(texts), timeout=5_000)  # painted
    assert len(texts) < 2_000  # the rows on screen, not 20,000
    sort_keys.clear()
    model.update_row(summary(5, "Case 00000"))  # one row: its key, and a binary search's few
    assert len(sort_keys) < 60
    assert proxy.index(0, 0).data(ID_ROLE) == 5


def deadline(case_id: int, title: str, days: int) -> CaseDeadline:
    return CaseDeadline(case_id, f"task:{case_id}{days}", title, "task", date(2026, 1, 1), days, "you")


def test_the_agenda_updates_one_case(qtbot: QtBot) -> None:
    agenda = AgendaPanel()
    qtbot.addWidget(agenda)
    agenda.show_deadlines(
        [deadline(1, "Call the bank", 2), deadline(2, "Send the form", 5), deadline(2, "Chase", 40)],
        {1: "Gym", 2: "Flight"},
    )
    assert agenda.model.rowCount() == 2 and agenda.heading.text() == "Due soon: 2"
    agenda.update_case(2, [deadline(2, "Send the form", -1), deadline(2, "Answer", 3)], title="Flight LO3")
    assert sorted(agenda.model.row_at(r).title for r in range(agenda.model.rowCount())) == [
        "Answer",
        "Call the bank",
        "Send the form",
    ]
    assert agenda.heading.text() == "Due soon: 3 (1 late)" and agenda.titles[2] == "Flight LO3"
    assert [d.title for d in agenda.deadlines() if d.case_id == 1] == ["Call the bank"]
    agenda.update_case(1, [])  # archived: it leaves the agenda
    assert {agenda.model.row_at(r).case_id for r in range(agenda.model.rowCount())} == {2}


def test_the_case_page_is_shown_once(qtbot: QtBot, services: Services, sample_case: int) -> None:
    view = CaseView(lang="en")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.shown) as shown:
        view.show_page(services.case_detail(sample_case), services.deadlines(sample_case))
    assert shown.args == [sample_case]
    assert view.title.text() == services.case_detail(sample_case).case.title
    assert view.purchases.rowCount() == len(services.case_detail(sample_case).purchases)


def test_the_case_list_prepares_its_search_text_a_slice_at_a_time_once_shown(qtbot: QtBot) -> None:
    from desktop_app.ui import case_list

    texts: list[int] = []
    model: RecordTableModel[CaseSummary] = RecordTableModel(
        [Column("Title", lambda c: texts.append(1) or c.title)], lambda c: c.id
    )
    model.set_rows([summary(i, f"Case {i}") for i in range(1, 6)])
    assert model.prepare_search(2) is False and len(texts) == 2  # two rows, from the top
    assert model.prepare_search(10) is True and len(texts) == 5
    assert model.prepare_search(10) is True and len(texts) == 5  # nothing twice
    model.set_rows([summary(1, "Case 1")])
    assert model.prepare_search(1) is True and len(texts) == 6  # a new list: again

    pane = case_list.CaseListPane()
    qtbot.addWidget(pane)
    many = case_list.PREPARE_ROWS * 2 + 1
    pane.case_model.set_rows([summary(i, f"Case {i}") for i in range(1, many + 1)])
    assert pane.case_model._search.count(None) == many  # not at once: the window shows first
    qtbot.waitUntil(lambda: pane.case_model._search.count(None) == 0, timeout=5_000)
    pane.case_proxy.set_needle("case 7")
    assert pane.case_proxy.rowCount() >= 1
