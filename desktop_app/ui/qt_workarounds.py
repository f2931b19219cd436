"""Work-arounds for faults of the Qt binding in use: each is tested for, and applied only when found.

PySide6 6.12.0 drops one reference to ``True`` at every ``signal.emit(...)`` made from Python
(``SignalInstance.emit`` returns ``True`` without owning it). On Python 3.11, where ``True`` is not
immortal, its count falls by one per emit until the interpreter aborts ("Fatal Python error:
bool_dealloc") after some thousands of emits: mid-session in the window, or at the end of a test
run. Until the project's dependency leaves that version out, :func:`keep_true_alive` holds enough
references to ``True`` that its count never reaches zero, and tops them up while the window runs.
The lists that hold them are never freed, not even at exit: freeing them would hand back the
references the binding took, and the interpreter would abort as it ends.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app import logs

RESERVE = 1_000_000  # references to True held (8 MB of pointers); topped up below half of it
TOP_UP_MS = 5_000

_reserve: list[list[bool]] = []  # each list kept for good (see above)


class _Probe(QObject):
    poked = Signal()


def emit_drops_a_true() -> bool:
    """Whether a Python-side emit loses a reference to ``True`` (the PySide6 6.12.0 fault)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.poked.emit()
    return sys.getrefcount(True) <= before - 8


def _hold() -> None:
    held = [True] * RESERVE
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(held))  # never freed, so never handed back
    _reserve.append(held)


def _top_up() -> None:
    if sys.getrefcount(True) < RESERVE // 2:
        _hold()


def keep_true_alive() -> None:
    """Apply the work-around once per process, when the binding has the fault (needs the application)."""
    if _reserve or not emit_drops_a_true():
        return
    _hold()
    logs.event("qt.workaround", fault="emit-drops-true")
    app = QCoreApplication.instance()
    if app is not None:
        timer = QTimer(app)
        timer.timeout.connect(_top_up)
        timer.start(TOP_UP_MS)
