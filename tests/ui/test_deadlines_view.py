"""Issue 15 in the deadlines the window shows: each disputed charge its own clock in the Overview and
the Deadlines tab, with the notes of the rules; the case list marks a late deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import Case, CaseDates, Merchant, Payment, Purchase, Task
from desktop_app.domain.vocab import Reason, TaskKind
from desktop_app.services import Services
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import case_list_model

NOVEMBER_10 = date(2026, 11, 10)


def gym_case(services: Services) -> int:
    """A French gym's SEPA debits of 5 September, 5 October and 5 November after the mandate was
    revoked (received 22 August): each debit has its own 8-week refund."""
    case_id = services.create_case(
        Case(
            "Gym debits after cancelling",
            Merchant("FitClub"),
            Reason.CANCELLED_RECURRING,
            "EUR",
            country="FR",
            payment=Payment("direct_debit", mandate_reference="RUM-1", creditor_id="FR12ZZZ123456"),
            dates=CaseDates(mandate_revoked=date(2026, 8, 22)),
        )
    )
    for month in (9, 10, 11):
        services.add_purchase(
            case_id, Purchase(date(2026, month, 5), Decimal("29.90"), "EUR", description="Gym", disputed=True)
        )
    return case_id


def test_each_debit_has_its_own_deadline_in_the_overview_and_the_tab(
    qtbot: QtBot, services: Services
) -> None:
    case_id = gym_case(services)
    deadlines = services.deadlines(case_id, today=NOVEMBER_10)
    view = CaseView(lang="fr")
    qtbot.addWidget(view)
    view.show_page(services.case_detail(case_id), deadlines)
    text = plain(view.overview.deadlines.text())
    # 8 weeks from each debit: 31 October (passed), 30 November and 31 December, each for its debit.
    for due, debit in (
        ("2026-10-31", "2026-09-05"),
        ("2026-11-30", "2026-10-05"),
        ("2026-12-31", "2026-11-05"),
    ):
        item = next(part for part in text.split("<li>") if f"<b>{due}</b>" in part)
        assert f"for the charge of {debit}, 29,90 EUR (Gym)" in item, item
    assert "(10 days late)" in text  # the first debit's 8 weeks are gone
    # 31 October 2026 is a Saturday: the rules' advice is shown with it.
    first = next(part for part in text.split("<li>") if "<b>2026-10-31</b>" in part)
    assert "Saturday" in first and "2026-10-30" in first
    # The Deadlines tab: one row per debit, with the charge it counts from.
    model = view.rule_deadlines
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Charge"
    )
    charges = {plain(model.index(r, column).data()) for r in range(model.rowCount())}
    assert {
        "2026-09-05 · 29,90 EUR · Gym",
        "2026-10-05 · 29,90 EUR · Gym",
        "2026-11-05 · 29,90 EUR · Gym",
    } <= charges


def plain(text: str) -> str:
    return text.replace("\N{NO-BREAK SPACE}", " ").replace("\N{NARROW NO-BREAK SPACE}", " ")


def test_the_case_list_marks_a_late_deadline(qtbot: QtBot, services: Services) -> None:
    case_id = services.create_case(Case("Late", Merchant("Shop"), Reason.NOT_RECEIVED, "EUR"))
    past = date.today() - timedelta(days=3)
    services.add_task(case_id, Task("Send the letter", due=past, kind=TaskKind.DEADLINE))
    summary = services.case_summary(case_id)
    assert summary.late and summary.next_deadline == past
    model = case_list_model(lang="en")
    model.set_rows([summary])
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Next deadline"
    )
    index = model.index(0, column)
    assert index.data() == f"⚠ {past.isoformat()} (late)"
    assert "Late" in index.data(Qt.ItemDataRole.ToolTipRole)
    on_time = replace(summary, late=False)
    model.set_rows([on_time])
    assert model.index(0, column).data() == past.isoformat()  # not late: the date only
    model.set_rows([replace(summary, late=False, next_deadline=None)])
    assert model.index(0, column).data() == ""


def test_the_window_marks_a_late_case_in_its_list(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    case_id = services.create_case(Case("Late", Merchant("Shop"), Reason.NOT_RECEIVED, "EUR"))
    past = date.today() - timedelta(days=1)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        services.add_task(case_id, Task("Send the letter", due=past, kind=TaskKind.DEADLINE))
    qtbot.waitUntil(lambda: window.case_list.case_model.rowCount() == 1)
    model = window.case_list.case_model
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert f"⚠ {past.isoformat()} (late)" in texts


# ------------------------------------------------------------------------------------------ Add to calendar


def answer_save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    suggested: list[str] = []

    def answer(parent: object, title: str, name: str, *args: object) -> tuple[str, str]:
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def test_add_to_calendar_writes_the_cases_open_deadlines(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = gym_case(services)
    window.select_case(case_id)
    window.case_view.show_section("tasks")
    target = tmp_path / "gym"  # typed without its .ics
    suggested = answer_save_as(monkeypatch, target)
    assert window.case_view.calendar_button.isEnabled()
    qtbot.mouseClick(window.case_view.calendar_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".ics")
    assert suggested[0].endswith(f"dossier-D-{case_id:04d}-deadlines.ics")
    text = written.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.rstrip().endswith("END:VCALENDAR")
    open_ones = [d for d in services.deadlines(case_id) if d.days_left >= 0]
    assert text.count("BEGIN:VEVENT") == len(open_ones) > 0
    deadlines = f"{len(open_ones)} deadline" + ("s" if len(open_ones) != 1 else "")
    assert window.statusBar().currentMessage().startswith(f"Wrote {deadlines} to {written}")
    # Every open case's deadlines, from the agenda under the list.
    every = tmp_path / "all.ics"
    answer_save_as(monkeypatch, every)
    qtbot.mouseClick(window.case_list.agenda.calendar_button, Qt.MouseButton.LeftButton)
    assert every.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_add_to_calendar_says_why_nothing_was_written(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = gym_case(services)
    window.select_case(case_id)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    answer_save_as(monkeypatch, tmp_path / "no such folder" / "gym.ics")
    assert window.reminders.add_to_calendar(case_id) is None
    assert said and "The calendar was not written" in said[0] and "does not exist" in said[0]
    assert not (tmp_path / "no such folder").exists()
    # A case with no open deadline: refused with the reason, nothing written.
    empty = services.create_case(Case("Nothing due", Merchant("Shop"), Reason.OTHER, "EUR"))
    answer_save_as(monkeypatch, tmp_path / "empty.ics")
    assert window.reminders.add_to_calendar(empty) is None
    assert "no open deadline" in said[-1] and not (tmp_path / "empty.ics").exists()
    # Cancelled in the file dialog: nothing asked, nothing written.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.reminders.add_to_calendar(case_id) is None


def test_a_right_with_no_date_is_shown_beside_the_deadlines(qtbot: QtBot, services: Services) -> None:
    case_id = services.create_case(
        Case(
            "Sofa never delivered",
            Merchant("Sofas Ltd"),
            Reason.NOT_RECEIVED,
            "GBP",
            country="GB",
            payment=Payment("card", "visa", "4417", "credit"),
        )
    )
    services.add_purchase(case_id, Purchase(date(2026, 10, 3), Decimal("899.00"), "GBP", disputed=True))
    notices = services.deadline_notices(case_id)
    assert notices, "a UK credit-card purchase of £899 has Section 75"
    view = CaseView(lang="en")
    qtbot.addWidget(view)
    view.show_page(services.case_detail(case_id), services.deadlines(case_id), notices)
    for notice in notices:
        assert notice.title in view.notices.text() and notice.title in view.overview.deadlines.text()
    assert "Section 75" in view.notices.text()
    assert not view.notices.isHidden()


def test_the_case_list_says_where_the_filed_dispute_stands(qtbot: QtBot, services: Services) -> None:
    from desktop_app.domain.models import Issuer
    from desktop_app.domain.vocab import IssuerOutcome

    case_id = services.create_case(
        Case(
            "Filed",
            Merchant("Shop"),
            Reason.NOT_RECEIVED,
            "EUR",
            issuer=Issuer(name="Banque Postale", claim_number="LBP-77", filed_on=date(2026, 10, 20)),
        )
    )
    model = case_list_model(lang="en")
    model.set_rows([services.case_summary(case_id)])
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )
    assert model.index(0, column).data() == "Open · filed with Banque Postale (claim LBP-77)"
    case = services.case(case_id)
    services.update_case(replace(case, issuer=replace(case.issuer, outcome=IssuerOutcome.WON)))
    model.set_rows([services.case_summary(case_id)])
    assert model.index(0, column).data() == "Open · dispute won (claim LBP-77)"  # the user's status stays
