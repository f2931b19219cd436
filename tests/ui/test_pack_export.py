"""Exporting the pack from the window: a worker thread, progress, the folder opened."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.pack.builder import PackOptions
from desktop_app.pack.profiles import PROFILES
from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pack_export import ExportPackDialog
from tests.support.cases import import_case, noisy_image
from tests.ui.test_workspace import when_dialog_opens


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.mark.slow
def test_export_runs_off_the_gui_thread_and_opens_the_folder(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    tmp_path: Path,
    opened_urls: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = {f"photo-{i}.png": noisy_image(900, 600, seed=i) for i in range(8)}

    def change(document: dict) -> None:  # type: ignore[type-arg]
        for name in files:
            document["evidence"].append({"path": f"files/{name}", "kind": "screenshot", "title": name})

    case_id = import_case(services, tmp_path / "case", change, files=files)
    window.select_case(case_id)
    gui_thread = threading.get_ident()
    worker_threads: list[int] = []
    real_make_pack = services._make_pack

    def recording_make_pack(*args, **kwargs):  # type: ignore[no-untyped-def]
        worker_threads.append(threading.get_ident())
        return real_make_pack(*args, **kwargs)

    monkeypatch.setattr(services, "_make_pack", recording_make_pack)
    ticks = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    out = tmp_path / "export" / "pack.pdf"
    out.parent.mkdir()
    window.packs.start_pack_export(case_id, out, PackOptions(profile=PROFILES["mastercard"]))
    with qtbot.waitSignal(window.packs.pack_exported, timeout=120_000):
        pass
    timer.stop()
    assert out.exists() and out.with_name("pack.pdf.sha256").exists()
    assert worker_threads and all(t != gui_thread for t in worker_threads)
    assert len(ticks) > 3, "the GUI thread kept running its event loop while the pack was built"
    assert Path(opened_urls[0].toLocalFile()) == out.parent
    assert any(e.action == "pack.build" for e in services._store.events.all(case_id))


def test_cancel_writes_nothing(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    opened_urls: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "cancelled.pdf"
    cancel_sent = threading.Event()
    real_make_pack = services._make_pack

    def make_pack_after_cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert cancel_sent.wait(30)
        return real_make_pack(*args, **kwargs)

    monkeypatch.setattr(services, "_make_pack", make_pack_after_cancel)
    worker = window.packs.start_pack_export(sample_case, out, PackOptions())
    worker.cancel()
    cancel_sent.set()
    with qtbot.waitSignal(window.packs.pack_export_cancelled, timeout=60_000):
        pass
    assert not out.exists()
    assert opened_urls == []


def test_dialog_warns_about_images_and_builds_options(
    qtbot: QtBot, services: Services, sample_case: int
) -> None:
    detail = services.case_detail(sample_case)
    dialog = ExportPackDialog(detail, Path.home())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "1 exhibit is an image" in dialog.warning.text()
    screenshot_row = next(
        row for row in range(dialog.exhibit_list.count())
        if "capture" in dialog.exhibit_list.item(row).text()
    )  # fmt: skip
    from PySide6.QtCore import Qt

    dialog.exhibit_list.item(screenshot_row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.warning.isVisible()
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("amex"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("pl"))
    options = dialog.options()
    assert options.profile.name == "amex"
    assert options.lang == "pl"
    assert len(options.evidence_ids or []) == len(detail.evidence) - 1


def test_closing_the_window_during_an_export_stops_it_cleanly(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    window = MainWindow(services)
    window.show()
    window.packs.start_pack_export(sample_case, tmp_path / "late.pdf", PackOptions())
    assert not window.packs.export_pack_action.isEnabled()
    runner = window.runner
    assert runner.busy()
    window.close()
    assert not runner.busy()
    window.deleteLater()


def test_check_pages_and_size_then_export_that_very_pack(
    qtbot: QtBot,
    services: Services,
    sample_case: int,
    window: MainWindow,
    tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    out = tmp_path / "out" / "paquet.pdf"
    out.parent.mkdir()
    checked: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportPackDialog)
        dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.prebuilt() is not None, timeout=60_000)
        built = dialog.prebuilt()
        assert built is not None and len(built.files) == 1
        text = dialog.preview_label.text()
        pages = built.files[0].pages
        assert (f"{pages} pages" if pages != 1 else "1 page,") in text and "fits Mastercard" in text
        # A changed setting makes the check stale.
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))  # not the case's own
        assert dialog.prebuilt() is None and "check again" in dialog.preview_label.text()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.prebuilt() is not None, timeout=60_000)
        built = dialog.prebuilt()
        assert built is not None
        checked.append(built.files[0].sha256)
        dialog.path_edit.setText(str(out))
        assert dialog.prebuilt() is built  # where it goes is not a setting of the pack
        assert not out.exists()  # nothing is written before Export
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    opened = when_dialog_opens(qtbot, ExportPackDialog, act)
    with qtbot.waitSignal(window.packs.pack_exported, timeout=60_000) as exported:
        window.packs.export_pack_action.trigger()
    assert opened and checked
    result = exported.args[0]
    assert result.files[0].path == out.resolve()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == checked[0] == result.files[0].sha256
    assert (out.parent / "paquet.pdf.sha256").read_text() == f"{checked[0]}  paquet.pdf\n"
    assert services._store.events.all(sample_case)[-1].action == "pack.build"
    assert opened_urls  # the folder is shown
    assert opened[0]._preview_dir is None  # type: ignore[attr-defined]  # the private copy is gone


def test_closing_the_dialog_during_a_check_stops_it_and_leaves_nothing(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, tmp_path: Path
) -> None:
    dialog = ExportPackDialog(services.case_detail(sample_case), tmp_path, window, services=services)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview_running()
    folder = dialog._preview_dir
    assert folder is not None and folder.is_dir()
    dialog.reject()
    assert not dialog.preview_running() and dialog.prebuilt() is None
    assert not folder.exists()


def test_the_pack_starts_in_the_case_s_language(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    dialog = ExportPackDialog(services.case_detail(sample_case), tmp_path, services=services)
    qtbot.addWidget(dialog)
    assert services.case(sample_case).country == "FR" and dialog.language_box.currentData() == "fr"
