"""The idle watch: its input filter goes in a moment after the count starts, and then counts input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.ui.idle import IdleWatcher


def test_the_filter_goes_in_after_a_tenth_of_the_idle_time_and_input_then_restarts_the_count(
    qtbot: QtBot,
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher = IdleWatcher()
    watcher.start(600)  # the filter goes in after 60 ms
    assert watcher.active() and not watcher._installed
    qtbot.waitUntil(lambda: watcher._installed, timeout=1000)
    for _ in range(5):  # 5 x 200 ms of typing, longer than the idle time: never idle
        qtbot.wait(200)
        assert watcher.active()
        qtbot.keyClick(edit, Qt.Key.Key_A)
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass  # then nobody types: idle
    watcher.stop()
    assert not watcher.active() and not watcher._installed


def test_a_long_idle_time_waits_at_most_a_second_for_its_filter(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    watcher.start(15 * 60_000)
    qtbot.waitUntil(lambda: watcher._installed, timeout=1500)
    watcher.stop()
