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
        self._filtering = False

    def start(self, interval_ms: int) -> None:
        """Watch, and say ``idle`` after ``interval_ms`` without input (0: never)."""
        if interval_ms <= 0:
            self.stop()
            return
        self._timer.setInterval(interval_ms)
        app = QCoreApplication.instance()
        if not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
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
