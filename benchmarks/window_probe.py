"""Dossier's window to usable, in a fresh process (run by the workspace benchmark).

    python benchmarks/window_probe.py STORE ROWS

Starts the window as ``dossier gui --data-dir STORE`` does (the same entry point), and exits
(os._exit) the first time the event loop is about to wait with the window shown and exposed, its
case list filled with ROWS rows and a case's page shown: usable, painted, idle. The key comes
from the benchmark's keyring (benchmarks/bench_keyring.py), as a user's comes from theirs.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from typing import Any

GIVE_UP_MS = int(os.environ.get("DOSSIER_BENCH_GIVE_UP_MS", "120000"))


def _usable(window: object, rows: int) -> bool:
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    assert isinstance(window, QWidget)
    handle = window.windowHandle()
    if not window.isVisible() or handle is None or not handle.isExposed():
        return False
    current = getattr(window, "current_case_id", None)
    if current is None or current() is None:
        return False
    pane = getattr(window, "case_list", window)
    proxy = getattr(pane, "case_proxy", None)
    if proxy is not None:
        return bool(proxy.rowCount() == rows)
    views = window.findChildren(QAbstractItemView)
    return any(v.model() is not None and v.model().rowCount() == rows for v in views)


def _exit(code: int) -> None:
    """Leave at once (no teardown is timed); first write the profile when one is being taken."""
    if _PROFILER is not None:
        _PROFILER.disable()
        _PROFILER.dump_stats(os.environ["DOSSIER_BENCH_PROFILE"])
    os._exit(code)


_PROFILER = None
if os.environ.get("DOSSIER_BENCH_PROFILE"):  # benchmarks.workspace_benchmark --profile DIR
    import cProfile

    _PROFILER = cProfile.Profile()
    _PROFILER.enable()


def main(store: str, rows: int) -> int:
    from desktop_app import cli  # what `dossier` imports first
    from desktop_app.cli import gui

    run_gui = gui.run_gui

    def hooked_run_gui(*args: Any, **kwargs: Any) -> int:
        # cli.main imported the services by now (with the garbage collector waiting, as in any start).
        # `dossier gui` (cli/gui.py) imports the store's and keyring's modules, then Qt and the window's
        # modules: the probe hooks the event loop right there, after the first and before the others,
        # so that the imports come in the same order (PySide6's import hook reads the source of every
        # module imported after it). Then the window opens.
        from desktop_app import services

        opening_modules = services.import_opening_modules

        def then_watch() -> None:
            opening_modules()
            watch(rows)

        services.import_opening_modules = then_watch
        return run_gui(*args, **kwargs)

    gui.run_gui = hooked_run_gui
    code = cli.main(["gui", "--data-dir", store])
    print(f"the window closed before it was usable (exit {code})", file=sys.stderr, flush=True)
    return 3


def watch(rows: int) -> None:
    """Exit as soon as the event loop is about to wait with the window usable."""
    from PySide6.QtCore import QAbstractEventDispatcher, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.app import create_application

    imported = time.process_time()
    app = create_application()  # run_gui's own call returns this one

    def idle() -> None:
        try:
            for widget in QApplication.topLevelWidgets():
                if type(widget).__name__ == "MainWindow" and _usable(widget, rows):
                    print(f"usable {rows}", flush=True)
                    if os.environ.get("DOSSIER_BENCH_PHASES"):  # CPU of this process (all threads) so far
                        used = time.process_time()
                        print(f"phases: imports {imported:.3f} s, usable {used:.3f} s", flush=True)
                    _exit(0)
        except BaseException:  # the probe's own error: say it and stop, never a Dossier dialog
            traceback.print_exc()
            sys.stderr.flush()
            _exit(5)

    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    dispatcher.aboutToBlock.connect(idle)

    def give_up() -> None:  # say what was on screen instead of usable
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                text = getattr(widget, "text", lambda: "")()
                print(f"after {GIVE_UP_MS} ms: {type(widget).__name__} {text!r}", file=sys.stderr)
        log = os.path.join(os.environ.get("DOSSIER_LOG_DIR", ""), "dossier.log")
        if os.path.exists(log):  # the traceback of what went wrong (names and frames only)
            with open(log, encoding="utf-8") as file:
                sys.stderr.write("log: " + " / ".join(line.strip() for line in file.readlines()[-8:]) + "\n")
        sys.stderr.flush()
        _exit(4)

    QTimer.singleShot(GIVE_UP_MS, give_up)
    del app


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
