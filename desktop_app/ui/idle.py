"""The idle lock's watch: how long nobody has used the application, and the setting it reads.

Light on purpose (the window builds it at start; the Security window, which sets it, is
:mod:`desktop_app.ui.security` and is imported when it is first opened).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

IDLE_KEY = "security/lockAfterMinutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 24 * 60


class IdleWatcher(QObject):
    """Says when nobody has used the application for a while.

    An application-wide event filter restarts a single-shot timer on every key press,
    click, wheel turn, touch or mouse move, in any of the application's windows.

    The filter goes in a moment after the count starts (a tenth of the idle time, at most a
    second): every event of the application then passes through Python, and the first ones to
    reach it made Python's types of many Qt classes (about 10 ms) while the window was still
    being shown. Input in that moment does not restart the count: the lock comes at most that
    moment early, after minutes.
    """

    idle = Signal()
    INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TabletPress,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._filtering = False  # watching: the filter is in, or about to go in
        self._installed = False

    def start(self, interval_ms: int) -> None:
        """Watch, and say ``idle`` after ``interval_ms`` without input (0: never)."""
        if interval_ms <= 0:
            self.stop()
            return
        self._timer.setInterval(interval_ms)
        if not self._installed:  # (again: a shorter interval brings it in sooner)
            self._filtering = True
            QTimer.singleShot(min(interval_ms // 10, 1000), self, self._listen)
        self._timer.start()

    def _listen(self) -> None:
        app = QCoreApplication.instance()
        if self._filtering and not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False
        self._filtering = False

    def active(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT and self._filtering:
            self._timer.start()
        return False


def idle_minutes(value: object) -> int:
    """The idle-lock minutes as QSettings gives them back (text in an INI file)."""
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return min(max(minutes, 0), MAX_IDLE_MINUTES)
