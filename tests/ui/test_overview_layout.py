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

        def turned(d: QBoxLayout.Direction = direction) -> bool:
            return page.columns.direction() == d

        qtbot.waitUntil(turned, timeout=2000)
        assert body.minimumSizeHint().width() <= page.viewport().width()
        qtbot.waitUntil(lambda: not page.horizontalScrollBar().isVisible(), timeout=2000)
        assert body.width() <= page.viewport().width()
    page.resize(1400, 600)
    qtbot.waitUntil(lambda: page.columns.direction() == QBoxLayout.Direction.LeftToRight, timeout=2000)


def test_the_first_overview_is_laid_out_once_at_the_size_its_tabs_give_it(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    """In the window's tabs the Overview skips laying out its body at the moment's size it first
    gets (CaseView's PageTabs): once shown, the body is laid out at the page's own size."""
    from desktop_app.ui.case_view import PageTabs

    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 690)
    page = window.case_view.findChild(OverviewPage)
    assert page is not None and isinstance(window.case_view.tabs, PageTabs)
    assert page._waiting  # until the tabs are first shown
    window.show()  # no event loop turn after it: the body is laid out by the show itself
    body = page.widget()
    assert body is not None and not page._waiting and not page._skipped
    assert body.width() == page.viewport().width()
    assert not cut_off(list(page.values.values()))


def test_a_waiting_overview_is_laid_out_as_one_that_did_not_wait(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    """Whether a resize comes after the wait or not (catch_up), the page ends as one that never waited."""

    def shown(wait: bool, width: int) -> tuple[object, ...]:
        page = OverviewPage()
        qtbot.addWidget(page)
        page.show_case(services.case_detail(sample_case))
        if wait:
            page.wait_for_layout()
        page.resize(width, 600)
        page.show()
        qtbot.waitExposed(page)
        if wait:
            assert page._skipped
            page.stop_waiting()
            page.catch_up()
            assert not page._skipped
        body = page.widget()
        assert body is not None
        bar = page.verticalScrollBar()
        viewport = page.viewport().size()
        state: tuple[object, ...] = (body.size(), viewport, bar.maximum(), page.columns.direction())
        page.resize(width - 300, 600)  # and a resize after the wait lays it out
        state += (body.size(), bar.maximum(), page.columns.direction())
        assert not cut_off(list(page.values.values()))
        page.close()
        return state

    for width in (1400, 900):
        assert shown(True, width) == shown(False, width)


def test_the_overview_s_own_viewport_is_the_one_a_scroll_area_makes(qtbot: QtBot) -> None:
    """The page makes its viewport itself (PySide6 then needs no look-up of its type): the same
    as QScrollArea's own in what shows, and drawn the same."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

    page = OverviewPage()
    plain = QScrollArea()
    plain.setWidgetResizable(True)
    plain.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    QVBoxLayout(body).addWidget(QLabel("A fact"))
    plain.setWidget(body)
    for area in (page, plain):
        qtbot.addWidget(area)
        area.resize(500, 400)
        area.show()
        qtbot.waitExposed(area)
    own, theirs = page.viewport(), plain.viewport()
    assert own is not None and theirs is not None
    assert own.objectName() == theirs.objectName() == "qt_scrollarea_viewport"
    assert own.autoFillBackground() and theirs.autoFillBackground()
    assert own.backgroundRole() == theirs.backgroundRole()
    assert own.focusProxy() is page and theirs.focusProxy() is plain
    attributes = (Qt.WidgetAttribute.WA_AcceptTouchEvents, Qt.WidgetAttribute.WA_NativeWindow)
    assert [own.testAttribute(a) for a in attributes] == [theirs.testAttribute(a) for a in attributes]
    assert [c.objectName() for c in page.children()][:3] == [c.objectName() for c in plain.children()][:3]
    assert page.widget() is not None and page.widget().parent() is own
