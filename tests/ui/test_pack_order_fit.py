"""The export dialog's exhibits (issue 17): their order by buttons, keys and drag and drop; "Fit to
the portal" and the choice it shows; black and white; the question when card numbers remain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services import CardNumbersRemain, FitPlan, PackOptions, PackResult, Services
from desktop_app.services.jobs import Job, JobContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ID_ROLE
from desktop_app.ui.pack_exhibits import EXHIBIT_IDS_MIME, LEFT_OUT_ROLE, confirm_card_numbers
from desktop_app.ui.pack_export import ExportPackDialog
from tests.support.cases import import_case, noisy_image
from tests.support.drag import drag_enter_event
from tests.ui.test_workspace import when_dialog_opens


def shown_ids(dialog: ExportPackDialog) -> list[int]:
    return [int(dialog.exhibit_list.item(r).data(ID_ROLE)) for r in range(dialog.exhibit_list.count())]


def dialog_of(qtbot: QtBot, services: Services, case_id: int, tmp_path: Path) -> ExportPackDialog:
    dialog = ExportPackDialog(services.case_detail(case_id), tmp_path, services=services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_list_starts_in_the_default_order(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    expected = services.exhibit_order(sample_case)
    assert expected != [e.id for e in services.case_detail(sample_case).evidence]  # the order that argues
    assert shown_ids(dialog) == expected
    assert dialog.options().evidence_ids == expected  # all ticked, in that order


def test_move_up_and_down_by_buttons_and_keys_reach_the_options(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    start = shown_ids(dialog)
    assert len(start) >= 3
    dialog.exhibit_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.exhibits.up_button, Qt.MouseButton.LeftButton)
    after_up = [start[0], start[2], start[1], *start[3:]]
    assert shown_ids(dialog) == after_up
    assert list(dialog.options().evidence_ids or []) == after_up
    assert dialog.exhibit_list.currentRow() == 1  # the exhibit moved stays selected

    # The keyboard: Alt+Up / Alt+Down in the list.
    dialog.exhibit_list.setFocus()
    qtbot.keyClick(dialog.exhibit_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown_ids(dialog)[0] == start[2]
    qtbot.keyClick(dialog.exhibit_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.exhibit_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown_ids(dialog)[2] == start[2]
    assert not dialog.exhibits.up_button.isEnabled() or dialog.exhibit_list.currentRow() > 0

    # At the top, Move up does nothing and is not offered.
    dialog.exhibit_list.setCurrentRow(0)
    assert not dialog.exhibits.up_button.isEnabled()
    dialog.exhibit_list.setCurrentRow(dialog.exhibit_list.count() - 1)
    assert not dialog.exhibits.down_button.isEnabled()

    # Unticked: left out, the others keep their order.
    order = shown_ids(dialog)
    dialog.exhibit_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert list(dialog.options().evidence_ids or []) == [order[0], *order[2:]]


def drop(dialog: ExportPackDialog, ids: list[int], row: int, upper_half: bool = True) -> None:
    """Drop ``ids`` as a drag from the list would, on the row ``row`` (its upper half: before it)."""
    view = dialog.exhibit_list
    rect = view.visualRect(view.model().index(row, 0))
    point = QPointF(rect.center().x(), rect.top() + 2 if upper_half else rect.bottom() - 2)
    mime = QMimeData()
    mime.setData(EXHIBIT_IDS_MIME, ",".join(map(str, ids)).encode())
    enter = drag_enter_event(point, mime)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), event)


def test_drag_and_drop_reorders_and_reaches_the_options(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    start = shown_ids(dialog)
    last = start[-1]
    drop(dialog, [last], 0)  # the last exhibit dragged to the top
    assert shown_ids(dialog) == [last, *start[:-1]]
    assert list(dialog.options().evidence_ids or []) == [last, *start[:-1]]
    drop(dialog, [last], len(start) - 1, upper_half=False)  # and back below the last row
    assert shown_ids(dialog) == start
    # Nothing is lost or doubled by a drag, and another list's drag is not taken.
    mime = QMimeData()
    mime.setText("not an exhibit")
    enter = drag_enter_event(QPointF(5, 5), mime)
    QApplication.sendEvent(dialog.exhibit_list.viewport(), enter)
    assert not enter.isAccepted()
    assert sorted(shown_ids(dialog)) == sorted(start)


def plan_of(kept: list[int], left_out: list[int]) -> FitPlan:
    return FitPlan(kept=kept, left_out=left_out, pages=12, size=3_400_000, fits=True, whole_fits=False)


def test_fit_to_the_portal_shows_the_choice_and_the_user_changes_it(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[PackOptions] = []
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    ids = shown_ids(dialog)
    out_id = ids[1]

    def fit_plan(case_id: int, options: PackOptions) -> FitPlan:
        asked.append(options)
        # The plan's own order (what matters most first) is not the list's: the list keeps the user's.
        return plan_of(kept=[i for i in reversed(ids) if i != out_id], left_out=[out_id])

    monkeypatch.setattr(services, "fit_plan", fit_plan, raising=False)
    assert dialog.fit_box.text() == "Fit to the portal"
    assert not dialog.fit_box.isEnabled()  # no limits chosen: nothing to fit
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
    assert dialog.fit_box.isEnabled()
    dialog.fit_box.setChecked(True)
    assert asked and asked[-1].fit is True
    assert list(asked[-1].evidence_ids or []) == ids  # the candidates, in the user's order
    left = dialog.exhibit_list.item(1)
    assert left.checkState() == Qt.CheckState.Unchecked and left.data(LEFT_OUT_ROLE) is True
    assert left.text().startswith("Left out to fit:") and left.font().italic()
    assert dialog.exhibit_list.item(0).checkState() == Qt.CheckState.Checked
    text = dialog.fit_label.text()
    assert dialog.fit_label.isVisible()
    title = services.evidence_item(out_id).title
    assert f"{len(ids) - 1} of {len(ids)} exhibits kept" in text and "12 pages" in text
    assert title in text and "available on request" in text
    options = dialog.options()
    assert options.fit is True and list(options.evidence_ids or []) == [i for i in ids if i != out_id]

    assert "You changed the choice" not in text

    # The user changes the choice: the exhibit left out goes back in, another goes.
    left.setCheckState(Qt.CheckState.Checked)
    dialog.exhibit_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "You changed the choice" in dialog.fit_label.text()
    assert list(dialog.options().evidence_ids or []) == ids[1:]
    assert dialog.options().fit is True

    # Unticked: the exhibits as they were before the plan.
    dialog.fit_box.setChecked(False)
    assert list(dialog.options().evidence_ids or []) == ids and not dialog.options().fit
    assert not dialog.fit_label.isVisible() and "Left out" not in dialog.exhibit_list.item(1).text()


def test_a_plan_that_cuts_the_front_matter_says_what_it_leaves_out(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page 1 and the front matter alone break the portal's limits: the plan leaves out the full
    communication log, and the dialog says so before anything is written."""
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    ids = shown_ids(dialog)

    def fit_plan(case_id: int, options: PackOptions) -> FitPlan:
        return replace(
            plan_of(kept=ids, left_out=[]), front_left_out=["the full communication log (200 contacts)"]
        )

    monkeypatch.setattr(services, "fit_plan", fit_plan, raising=False)
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
    dialog.fit_box.setChecked(True)
    text = dialog.fit_label.text()
    assert "also leaves out the full communication log (200 contacts)" in text
    assert "available on request" in text


def test_a_plan_that_cannot_be_made_says_why(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.errors import DossierError

    def fit_plan(case_id: int, options: object) -> FitPlan:
        raise DossierError("Page 1 and the timeline alone need 4 MB; the portal takes 3 MB.")

    monkeypatch.setattr(services, "fit_plan", fit_plan, raising=False)
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    ids = shown_ids(dialog)
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
    dialog.fit_box.setChecked(True)
    assert "the portal takes 3 MB" in dialog.fit_label.text()
    assert list(dialog.options().evidence_ids or []) == ids  # nothing changed by a plan not made


def test_black_and_white(qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path) -> None:
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    assert dialog.bw_box.text() == "Black and white" and not dialog.options().black_and_white
    dialog.bw_box.setChecked(True)
    assert dialog.options().black_and_white


def refusing_pack_job(
    services: Services, calls: list[bool]
) -> Callable[[int, Path, PackOptions], Job[PackResult]]:
    real = services.pack_job

    def pack_job(case_id: int, out: Path, options: PackOptions) -> Job[PackResult]:
        allowed = options.allow_card_numbers
        calls.append(allowed)
        if allowed:
            return real(case_id, out, options)
        ids = list(options.evidence_ids or [])[:2]

        def work(context: JobContext) -> PackResult:
            raise CardNumbersRemain("Exhibits A and C show a full card number.", ["A", "C"], ids)

        return Job("Building the pack", work)

    return pack_job


def test_the_question_names_the_exhibits_and_goes_back_by_default(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    evidence = services.case_detail(sample_case).evidence
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[bool] = []
    for press in ("default", "Go back", "Write anyway"):

        def ask(box: QDialog, press: str = press) -> None:
            assert isinstance(box, QMessageBox)
            assert box.defaultButton().text() == "Go back" and box.escapeButton().text() == "Go back"
            text = box.text()
            assert "Exhibit A" in text and "Exhibit C" in text
            assert evidence[0].title in text and evidence[1].title in text
            if press == "default":
                qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the safe answer
            else:
                next(b for b in box.buttons() if b.text() == press).click()

        when_dialog_opens(qtbot, QMessageBox, ask)
        answers.append(
            confirm_card_numbers(parent, evidence, ["A", "C"], [evidence[0].id or 0, evidence[1].id or 0])
        )
    assert answers == [False, False, True]


@pytest.mark.parametrize("answer", [False, True])
def test_card_numbers_remain_asks_before_writing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: True)
    calls: list[bool] = []
    monkeypatch.setattr(services, "pack_job", refusing_pack_job(services, calls))
    asked: list[tuple[list[str], list[int]]] = []

    def confirm(_parent: QWidget, _evidence: object, letters: list[str], ids: list[int]) -> bool:
        asked.append((list(letters), list(ids)))
        return answer

    monkeypatch.setattr("desktop_app.ui.pack_exhibits.confirm_card_numbers", confirm)
    reopened: list[tuple[list[int], bool, Path]] = []

    def exec_again(dialog: ExportPackDialog) -> int:  # the dialog shown again: its settings, then Cancel
        reopened.append(
            (list(dialog.options().evidence_ids or []), dialog.bw_box.isChecked(), dialog.output_path())
        )
        return int(QDialog.DialogCode.Rejected)

    out = tmp_path / "out" / "pack.pdf"
    out.parent.mkdir()
    ids = services.exhibit_order(sample_case)
    order = [ids[1], ids[0], *ids[2:]]
    problems: list[str] = []  # a pack that fails is said here, not in a box that would wait for a click
    window.runner.show_unexpected = lambda _parent, text: problems.append(text)
    window.runner.show_error = lambda _parent, text: problems.append(text)
    exported: list[object] = []
    window.packs.pack_exported.connect(exported.append)
    options = PackOptions(evidence_ids=order, black_and_white=True)
    window.select_case(sample_case)
    monkeypatch.setattr(ExportPackDialog, "exec", exec_again)
    window.packs.start_pack_export(sample_case, out, options)
    if answer:
        qtbot.waitUntil(lambda: bool(exported or problems), timeout=60_000)
        assert problems == []
        assert calls == [False, True]  # written only once the user said so, with allow_card_numbers
        assert out.exists()
    else:
        qtbot.waitUntil(lambda: bool(reopened), timeout=20_000)
        assert calls == [False]
        assert not out.exists()
        assert reopened == [(order, True, out)]  # back to the dialog, as it was
    assert asked == [(["A", "C"], order[:2])]
    assert not window.runner.busy()


def test_the_check_asks_too_and_keeps_the_answer_until_a_setting_changes(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = services.preview_pack_job
    calls: list[bool] = []

    def preview_pack_job(case_id: int, out: Path, options: PackOptions) -> Job[PackResult]:
        allowed = options.allow_card_numbers
        calls.append(allowed)
        if allowed:
            return real(case_id, out, options)

        def work(context: JobContext) -> PackResult:
            raise CardNumbersRemain("Exhibit B shows a full card number.", ["B"], [])

        return Job("Checking", work)

    monkeypatch.setattr(services, "preview_pack_job", preview_pack_job)
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    problems: list[str] = []  # said here, not in a box that would wait for a click
    dialog._preview_jobs.show_unexpected = lambda _parent, text: problems.append(text)
    answers = iter([False, True])  # Go back, then Write anyway
    asked: list[list[str]] = []

    def confirm(_parent: QWidget, _evidence: object, letters: list[str], ids: list[int]) -> bool:
        asked.append(list(letters))
        return next(answers)

    monkeypatch.setattr("desktop_app.ui.pack_export.confirm_card_numbers", confirm)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == [["B"]], timeout=20_000)
    assert dialog.prebuilt() is None and not dialog.options().allow_card_numbers
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.prebuilt() is not None or bool(problems), timeout=60_000)
    assert problems == []
    assert calls == [False, False, True] and dialog.options().allow_card_numbers
    dialog.bw_box.setChecked(True)  # another pack: asked again
    assert not dialog.options().allow_card_numbers


def test_an_exhibit_dragged_from_another_list_is_refused(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    start = shown_ids(dialog)
    drop(dialog, [start[0], 999_999], 2)  # an id not in this case is not taken; the known one moves
    assert sorted(shown_ids(dialog)) == sorted(start)
    assert shown_ids(dialog).index(start[0]) == 1


def test_fit_to_the_portal_with_the_real_plan_leaves_screenshots_out(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    files = {f"shot-{i:03d}.png": noisy_image(160, 120, seed=i) for i in range(100)}

    def change(document: dict) -> None:  # type: ignore[type-arg]
        for name in files:
            document["evidence"].append({"path": f"files/{name}", "kind": "screenshot", "title": name})

    case_id = import_case(services, tmp_path / "case", change, files=files)
    dialog = dialog_of(qtbot, services, case_id, tmp_path)
    ids = shown_ids(dialog)
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))  # 19 pages per file
    dialog.fit_box.setChecked(True)
    plan = services.fit_plan(case_id, replace(dialog.options(), evidence_ids=ids, fit=True))
    assert plan.left_out  # more pages than the portal takes: some exhibits go
    left = [i for i in ids if dialog.exhibits.item_of(i).checkState() == Qt.CheckState.Unchecked]  # type: ignore[union-attr]
    assert sorted(left) == sorted(plan.left_out)
    assert all(dialog.exhibits.item_of(i).data(LEFT_OUT_ROLE) for i in left)  # type: ignore[union-attr]
    options = dialog.options()
    assert options.fit and list(options.evidence_ids or []) == [i for i in ids if i not in set(left)]
    assert f"{len(ids) - len(left)} of {len(ids)} exhibits kept" in dialog.fit_label.text()


def test_the_name_proposed_follows_the_portal_s_rule_and_a_typed_name_is_kept(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, services, sample_case, tmp_path)
    assert dialog.output_path() == tmp_path / f"dossier-D-{sample_case:04d}-evidence.pdf"
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
    name = dialog.output_path().name
    assert name == f"D-{sample_case:04d}-pack.pdf" and len(name) <= 16
    assert dialog.output_path().parent == tmp_path
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("amex"))
    assert dialog.output_path().name == f"dossier-D-{sample_case:04d}-evidence.pdf"
    dialog.path_edit.setText(str(tmp_path / "my-own-long-name-for-the-bank.pdf"))
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
    assert dialog.output_path().name == "my-own-long-name-for-the-bank.pdf"  # the user's, not changed
