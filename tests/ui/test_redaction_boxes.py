"""Boxes drawn over an exhibit in the evidence preview (issue 17): the fractions read from the
pixmap's geometry at any zoom, saved as the exhibit's redaction, undone; the note's translation."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import RedactionArea
from desktop_app.services import Services
from desktop_app.ui.evidence import EvidenceDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ID_ROLE
from desktop_app.ui.redaction import RedactionCanvas, rect_of
from tests.ui.test_workspace import when_dialog_opens


def mouse(widget: QWidget, kind: QEvent.Type, point: QPointF, held: bool = True) -> None:
    button = Qt.MouseButton.LeftButton
    buttons = button if held else Qt.MouseButton.NoButton
    if kind == QEvent.Type.MouseMove:
        button = Qt.MouseButton.NoButton
    global_point = QPointF(widget.mapToGlobal(point.toPoint()))
    event = QMouseEvent(kind, point, global_point, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move in two steps, release at ``end``: as a hand draws a box."""
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    mouse(widget, QEvent.Type.MouseMove, middle)
    mouse(widget, QEvent.Type.MouseMove, end)
    mouse(widget, QEvent.Type.MouseButtonRelease, end, held=False)


def at(canvas: RedactionCanvas, fx: float, fy: float) -> QPointF:
    """The point at fractions ``fx``, ``fy`` of the page as it is shown now."""
    shown = canvas.shown_rect()
    return QPointF(shown.x() + fx * shown.width(), shown.y() + fy * shown.height())


def picture(width: int = 800, height: int = 500) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


@pytest.mark.parametrize("size", [(820, 520), (300, 260), (1200, 400)])
def test_a_box_drawn_is_read_as_fractions_of_the_page_at_any_zoom(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    canvas = RedactionCanvas(1)
    qtbot.addWidget(canvas)
    canvas.set_image(picture())
    canvas.resize(*size)
    canvas.show()
    qtbot.waitExposed(canvas)
    shown = canvas.shown_rect()
    assert canvas.pixmap().size() == shown.size()  # the fractions are read from the pixmap shown
    assert shown.width() <= 800 and abs(shown.width() / shown.height() - 800 / 500) < 0.01
    drawn: list[int] = []
    canvas.changed.connect(lambda: drawn.append(1))
    drag(canvas, at(canvas, 0.25, 0.2), at(canvas, 0.75, 0.6))
    assert drawn == [1]
    (box,) = canvas.boxes()
    assert box.page == 1
    assert (box.x, box.y, box.width, box.height) == pytest.approx((0.25, 0.2, 0.5, 0.4), abs=1e-9)
    # Drawn from the bottom-right corner up: the same box.
    canvas.set_boxes([])
    drag(canvas, at(canvas, 0.75, 0.6), at(canvas, 0.25, 0.2))
    assert [(b.x, b.y, b.width, b.height) for b in canvas.boxes()] == [
        pytest.approx((0.25, 0.2, 0.5, 0.4), abs=1e-9)
    ]


def test_a_box_keeps_its_place_on_the_page_when_the_zoom_changes(qtbot: QtBot) -> None:
    canvas = RedactionCanvas(2)
    qtbot.addWidget(canvas)
    canvas.set_image(picture(600, 800))
    canvas.resize(600, 800)
    canvas.show()
    drag(canvas, at(canvas, 0.1, 0.5), at(canvas, 0.9, 0.55))
    (box,) = canvas.boxes()
    assert box.page == 2 and (box.x, box.y) == pytest.approx((0.1, 0.5), abs=1e-9)
    canvas.resize(300, 300)  # zoomed out: the page shown at 225 x 300
    shown = canvas.shown_rect()
    assert (shown.width(), shown.height()) == (225, 300)
    rect = rect_of(box, shown)
    assert (rect.x(), rect.y()) == pytest.approx((shown.x() + 22.5, 150.0))
    assert (rect.width(), rect.height()) == pytest.approx((0.8 * 225, 0.05 * 300))
    # Drawn again at this zoom over the same part of the page: the same fractions.
    drag(canvas, at(canvas, 0.1, 0.5), at(canvas, 0.9, 0.55))
    second = canvas.boxes()[1]
    assert (second.x, second.y, second.width, second.height) == pytest.approx(
        (box.x, box.y, box.width, box.height), abs=1e-9
    )


def test_a_drag_past_the_page_stops_at_its_edge_and_a_zero_box_is_not_drawn(qtbot: QtBot) -> None:
    canvas = RedactionCanvas(1)
    qtbot.addWidget(canvas)
    canvas.set_image(picture(400, 400))
    canvas.resize(600, 400)  # the page in the middle, white space on either side
    canvas.show()
    shown = canvas.shown_rect()
    drag(canvas, at(canvas, 0.5, 0.5), QPointF(shown.right() + 80.0, shown.bottom() + 50.0))
    (box,) = canvas.boxes()
    assert (box.x, box.y, box.width, box.height) == pytest.approx((0.5, 0.5, 0.5, 0.5))
    assert box.x + box.width <= 1.0 and box.y + box.height <= 1.0
    drawn: list[int] = []
    canvas.changed.connect(lambda: drawn.append(1))
    drag(canvas, at(canvas, 0.1, 0.1), at(canvas, 0.4, 0.1))  # a line: no height
    drag(canvas, at(canvas, 0.2, 0.2), at(canvas, 0.2, 0.2))  # a click
    assert drawn == [] and len(canvas.boxes()) == 1
    # A press beside the page draws nothing either.
    drag(canvas, QPointF(shown.x() - 40.0, 10.0), at(canvas, 0.3, 0.3))
    assert len(canvas.boxes()) == 1


def test_a_click_selects_a_box_and_delete_removes_it(qtbot: QtBot) -> None:
    canvas = RedactionCanvas(1)
    qtbot.addWidget(canvas)
    canvas.set_image(picture())
    canvas.resize(800, 500)
    canvas.show()
    drag(canvas, at(canvas, 0.1, 0.1), at(canvas, 0.3, 0.3))
    drag(canvas, at(canvas, 0.5, 0.5), at(canvas, 0.7, 0.7))
    canvas.setFocus()
    drag(canvas, at(canvas, 0.2, 0.2), at(canvas, 0.2, 0.2))  # a click on the first box
    assert canvas.selected == 0
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert [round(b.x, 6) for b in canvas.boxes()] == [0.5]
    assert canvas.selected is None
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)  # nothing selected: nothing removed
    assert len(canvas.boxes()) == 1


def select_exhibit(window: MainWindow, evidence_id: int) -> None:
    window.case_view.show_section("evidence")
    table = window.case_view.tables["evidence"]
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == evidence_id:
            table.setCurrentIndex(index)
            return
    raise AssertionError(f"exhibit {evidence_id} is not listed")


def test_boxes_drawn_in_the_preview_are_saved_and_undone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.resize(1300, 800)
    window.select_case(sample_case)
    evidence = services.case_detail(sample_case).evidence
    shot = next(e for e in evidence if e.media_type.startswith("image/"))
    select_exhibit(window, shot.id or 0)
    preview = window.case_view.preview
    canvas = preview.image
    assert preview.currentWidget() is canvas and preview.evidence_id == shot.id
    assert preview.bar.isVisible() and not preview.bar.save_button.isEnabled()
    drag(canvas, at(canvas, 0.3, 0.4), at(canvas, 0.6, 0.5))
    assert preview.dirty() and preview.bar.save_button.isEnabled()
    assert "not saved" in preview.bar.state.text()
    assert services.evidence_item(shot.id or 0).redactions == ()  # nothing stored before Save
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        qtbot.mouseClick(preview.bar.save_button, Qt.MouseButton.LeftButton)
    (stored,) = services.evidence_item(shot.id or 0).redactions
    assert stored.page == 1
    assert (stored.x, stored.y, stored.width, stored.height) == pytest.approx((0.3, 0.4, 0.3, 0.1), abs=1e-9)
    assert window.statusBar().currentMessage().startswith("Saved:")
    assert not preview.dirty() and preview.saved == (stored,) and canvas.boxes() == [stored]
    assert "1 box saved" in preview.bar.state.text()
    assert shot.sha256 == services.evidence_item(shot.id or 0).sha256  # the original is not touched

    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert services.evidence_item(shot.id or 0).redactions == ()
    assert canvas.boxes() == [] and preview.saved == () and not preview.dirty()
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.redo_action.trigger()
    assert services.evidence_item(shot.id or 0).redactions == (stored,)
    assert canvas.boxes() == [stored]

    # Shown again later: the saved box is drawn over the picture.
    select_exhibit(window, next(e.id or 0 for e in evidence if e.id != shot.id))
    select_exhibit(window, shot.id or 0)
    assert preview.image.boxes() == [stored] and not preview.dirty()


def test_delete_on_a_box_removes_the_box_not_the_exhibit(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    shot = next(e for e in services.case_detail(sample_case).evidence if e.media_type.startswith("image/"))
    select_exhibit(window, shot.id or 0)
    canvas = window.case_view.preview.image
    window.activateWindow()
    drag(canvas, at(canvas, 0.1, 0.1), at(canvas, 0.5, 0.5))
    assert canvas.selected == 0 and canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.boxes() == []
    assert services.evidence_item(shot.id or 0).trashed_at is None


def test_a_pdf_page_takes_boxes_and_boxes_not_saved_are_kept_when_another_exhibit_is_chosen(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.resize(1300, 800)
    window.select_case(sample_case)
    evidence = services.case_detail(sample_case).evidence
    pdf = next(e for e in evidence if e.media_type == "application/pdf")
    later = RedactionArea(7, 0.1, 0.1, 0.2, 0.2)  # a page the preview does not show: kept as it is
    services.update_evidence(replace(services.evidence_item(pdf.id or 0), redactions=(later,)))
    select_exhibit(window, pdf.id or 0)
    preview = window.case_view.preview
    assert preview.currentWidget() is preview.pages
    page = preview.page_labels[0]
    assert page.pixmap().size() == page.shown_rect().size()
    drag(page, at(page, 0.05, 0.1), at(page, 0.55, 0.15))
    assert preview.dirty()
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        select_exhibit(window, next(e.id or 0 for e in evidence if e.id != pdf.id))  # saved, not lost
    stored = services.evidence_item(pdf.id or 0).redactions
    assert len(stored) == 2 and later in stored
    (drawn,) = [b for b in stored if b.page == 1]
    assert (drawn.x, drawn.y, drawn.width, drawn.height) == pytest.approx((0.05, 0.1, 0.5, 0.05), abs=1e-9)


def test_discard_puts_the_saved_boxes_back(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    shot = next(e for e in services.case_detail(sample_case).evidence if e.media_type.startswith("image/"))
    select_exhibit(window, shot.id or 0)
    preview = window.case_view.preview
    drag(preview.image, at(preview.image, 0.1, 0.1), at(preview.image, 0.2, 0.2))
    qtbot.mouseClick(preview.bar.discard_button, Qt.MouseButton.LeftButton)
    assert preview.image.boxes() == [] and not preview.dirty()
    assert services.evidence_item(shot.id or 0).redactions == ()


def test_the_note_s_translation_is_edited_saved_shown_and_undone(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow
) -> None:
    window.select_case(sample_case)
    item = services.case_detail(sample_case).evidence[0]
    translation = "Wystawiona po dacie skutecznego wypowiedzenia umowy"

    def translate(dialog: QDialog) -> None:
        assert isinstance(dialog, EvidenceDialog)
        assert dialog.translation_edit.text() == ""
        dialog.note_edit.setPlainText("Issued after the cancellation took effect")
        qtbot.keyClicks(dialog.translation_edit, translation)
        dialog.accept()

    select_exhibit(window, item.id or 0)
    table = window.case_view.tables["evidence"]
    opened = when_dialog_opens(qtbot, EvidenceDialog, translate)
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        table.activated.emit(table.currentIndex())
    assert opened
    saved = services.evidence_item(item.id or 0)
    assert saved.note == "Issued after the cancellation took effect"
    assert saved.note_translation == translation

    shown: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, EvidenceDialog)
        shown.append(dialog.translation_edit.text())
        dialog.reject()

    select_exhibit(window, item.id or 0)
    when_dialog_opens(qtbot, EvidenceDialog, look)
    table.activated.emit(table.currentIndex())
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert shown == [translation]
    with qtbot.waitSignal(window.relay.changed, timeout=10_000):
        window.history.undo_action.trigger()
    assert services.evidence_item(item.id or 0).note_translation == item.note_translation


def test_the_note_is_labelled_as_what_the_exhibit_proves(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    from PySide6.QtWidgets import QLabel

    item = services.case_detail(sample_case).evidence[0]
    dialog = EvidenceDialog(services, services.case_detail(sample_case), item)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "What it &proves:" in texts and "T&ranslation:" in texts
    dialog.translation_edit.setText("  Une ligne  ")
    assert dialog.edited().note_translation == "Une ligne"
    dialog.translation_edit.setText("   ")
    assert dialog.edited().note_translation is None
