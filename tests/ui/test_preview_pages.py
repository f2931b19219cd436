"""The evidence preview goes to any page of a PDF (issue 17): "Page 4 of 5", Previous / Next,
PageUp / PageDown and the page box; a page not drawn with the preview is drawn off the GUI thread;
boxes are kept per page and saved together, undoably."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import RedactionArea
from desktop_app.errors import InvalidInputError
from desktop_app.services import Services
from desktop_app.services.jobs import Job, JobContext
from desktop_app.ui.evidence_preview import EvidencePreview
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_redaction_boxes import at, drag, select_exhibit
from tests.unit.intake.test_preview_pages import statement


def shown_page(qtbot: QtBot, preview: EvidencePreview, page: int) -> None:
    """Wait until page ``page`` is shown, drawn."""
    qtbot.waitUntil(lambda: preview.page == page and not preview.page_canvas.isNull(), timeout=10_000)
    assert preview.page_canvas.page == page
    assert preview.page_box.text() == f"Page {page} of 5"


@pytest.fixture
def five_pages(services: Services, sample_case: int, window: MainWindow) -> int:
    window.resize(1300, 800)
    window.select_case(sample_case)
    (item,) = services.add_evidence_data(sample_case, statement(), "releve-octobre.pdf").added
    window.settle()
    return item.id or 0


def test_any_page_is_reached_and_boxes_are_kept_per_page_and_saved_together(
    qtbot: QtBot, services: Services, window: MainWindow, five_pages: int
) -> None:
    first = RedactionArea(1, 0.1, 0.1, 0.3, 0.05)  # stored before: kept, shown on page 1
    services.update_evidence(replace(services.evidence_item(five_pages), redactions=(first,)))
    select_exhibit(window, five_pages)
    preview = window.case_view.preview
    assert preview.currentWidget() is preview.pages and preview.page_nav.isVisible()
    shown_page(qtbot, preview, 1)
    assert preview.page_canvas.boxes() == [first]
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()

    preview.page_canvas.setFocus()
    qtbot.keyClick(preview.page_canvas, Qt.Key.Key_PageDown)
    shown_page(qtbot, preview, 2)  # drawn with the preview
    assert preview.page_canvas.boxes() == []
    qtbot.keyClick(preview.page_canvas, Qt.Key.Key_PageDown)
    qtbot.keyClick(preview.page_canvas, Qt.Key.Key_PageDown)
    shown_page(qtbot, preview, 4)  # drawn on demand (page 3 was passed by)
    canvas = preview.page_canvas
    image = canvas.image()
    assert image.width() > image.height()  # page 4 is the landscape one: the right page is drawn
    assert canvas.pixmap().size() == canvas.shown_rect().size()
    drag(canvas, at(canvas, 0.2, 0.3), at(canvas, 0.7, 0.4))
    assert preview.dirty() and "2 boxes, not saved" in preview.bar.state.text()

    # Another page and back: the box not saved yet is still there.
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    shown_page(qtbot, preview, 5)
    assert not preview.next_button.isEnabled() and preview.page_canvas.boxes() == []
    qtbot.keyClick(preview.page_canvas, Qt.Key.Key_PageUp)
    shown_page(qtbot, preview, 4)
    (drawn,) = preview.page_canvas.boxes()
    assert drawn.page == 4 and drawn not in preview.saved

    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.mouseClick(preview.bar.save_button, Qt.MouseButton.LeftButton)
    stored = services.evidence_item(five_pages).redactions
    assert len(stored) == 2 and first in stored
    (box,) = [b for b in stored if b.page == 4]
    assert (box.x, box.y, box.width, box.height) == pytest.approx((0.2, 0.3, 0.5, 0.1), abs=1e-9)
    assert not preview.dirty() and "2 boxes saved" in preview.bar.state.text()

    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert services.evidence_item(five_pages).redactions == (first,)
    assert preview.page_canvas.boxes() == [] and not preview.dirty()
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.redo_action.trigger()
    assert services.evidence_item(five_pages).redactions == tuple(stored)
    assert preview.page_canvas.boxes() == [box]

    assert preview.page_text.isHidden()  # the first page's text is shown with the first page only

    # The page box: a number typed, then Enter.
    preview.page_box.selectAll()
    qtbot.keyClicks(preview.page_box, "1")
    assert preview.page == 4  # not before Enter
    qtbot.keyClick(preview.page_box, Qt.Key.Key_Return)
    shown_page(qtbot, preview, 1)
    assert preview.page_canvas.boxes() == [first] and not preview.page_text.isHidden()


def test_a_page_out_of_range_is_not_asked_for_and_the_service_refusal_is_shown(
    qtbot: QtBot, services: Services, window: MainWindow, five_pages: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_exhibit(window, five_pages)
    preview = window.case_view.preview
    shown_page(qtbot, preview, 1)
    asked: list[tuple[int, int]] = []
    preview.page_wanted.connect(lambda evidence_id, page: asked.append((evidence_id, page)))
    preview.go_to(6)
    preview.go_to(0)
    preview.previous_page()
    assert preview.page == 1 and asked == []
    preview.go_to(5)
    shown_page(qtbot, preview, 5)
    assert asked == [(five_pages, 5)]
    preview.next_page()
    assert preview.page == 5 and asked == [(five_pages, 5)]

    # A refusal from the services' job is said beside the page, quietly (no message box).
    def refusing(evidence_id: int, page: int) -> Job[bytes]:
        def work(_context: JobContext) -> bytes:
            raise InvalidInputError(f"releve-octobre.pdf: There is no page {page}")

        return Job("Drawing", work)

    monkeypatch.setattr(services, "evidence_page_job", refusing)
    window.evidence.runner.show_error = window.evidence.pager.show_error = lambda *_: pytest.fail("a box")
    window.evidence.draw_page(five_pages, 5)
    qtbot.waitUntil(lambda: preview.page_state.text() != "", timeout=10_000)
    assert preview.page_state.text() == "releve-octobre.pdf: There is no page 5"


def test_pages_turned_quickly_show_the_last_one_asked_for(
    qtbot: QtBot, services: Services, window: MainWindow, five_pages: int
) -> None:
    select_exhibit(window, five_pages)
    preview = window.case_view.preview
    shown_page(qtbot, preview, 1)
    for _ in range(4):
        preview.next_page()
    shown_page(qtbot, preview, 5)
    qtbot.waitUntil(lambda: not window.evidence.pager.busy(), timeout=10_000)
    assert preview.page == 5 and preview.page_state.text() == ""


def test_an_exhibit_chosen_while_its_page_is_drawn_is_not_overwritten(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, five_pages: int
) -> None:
    select_exhibit(window, five_pages)
    preview = window.case_view.preview
    preview.go_to(3)
    shot = next(e for e in services.case_detail(sample_case).evidence if e.media_type.startswith("image/"))
    select_exhibit(window, shot.id or 0)
    qtbot.waitUntil(lambda: not window.evidence.pager.busy(), timeout=10_000)
    assert preview.currentWidget() is preview.image and preview.evidence_id == shot.id
    assert not preview.page_nav.isVisible()
