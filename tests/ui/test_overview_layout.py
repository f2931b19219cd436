"""The Overview's wrapped facts are never cut off (the window's first case is laid out before it is shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.overview_page import OverviewPage


def cut_off(labels: list[QLabel]) -> list[tuple[str, int, int]]:
    return [
        (label.text()[:40], label.height(), label.heightForWidth(label.width()))
        for label in labels
        if label.isVisible() and label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1
    ]


def test_every_fact_of_the_first_case_shows_whole(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 690)
    window.show()
    qtbot.waitExposed(window)
    page = window.case_view.findChild(OverviewPage)
    assert page is not None and page.values["customer"].text().startswith("Agnieszka")
    qtbot.waitUntil(lambda: not cut_off(list(page.values.values())), timeout=2000)
    for width in (1366, 1000, 1280):  # and as the window is made wider or narrower
        window.resize(width, 690)
        qtbot.waitUntil(lambda: not cut_off(list(page.values.values())), timeout=2000)


def test_the_overview_stacks_its_columns_rather_than_scroll_sideways(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    """Side by side where both columns fit; one above the other on a narrower page (a longer
    language, a smaller screen), never wider than the page."""
    from PySide6.QtWidgets import QBoxLayout

    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_case(services.case_detail(sample_case))
    page.show()
    qtbot.waitExposed(page)
    body = page.widget()
    assert body is not None
    for width, direction in (
        (1400, QBoxLayout.Direction.LeftToRight),
        (560, QBoxLayout.Direction.TopToBottom),
    ):
        page.resize(width, 600)
        qtbot.waitUntil(lambda d=direction: page.columns.direction() == d, timeout=2000)
        assert body.minimumSizeHint().width() <= page.viewport().width()
        qtbot.waitUntil(lambda: not page.horizontalScrollBar().isVisible(), timeout=2000)
        assert body.width() <= page.viewport().width()
    page.resize(1400, 600)
    qtbot.waitUntil(lambda: page.columns.direction() == QBoxLayout.Direction.LeftToRight, timeout=2000)
