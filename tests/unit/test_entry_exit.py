"""How the ``dossier`` process ends (desktop_app/cli/entry.py): the part of a normal exit that matters
(atexit handlers, the log, the standard streams) always, the interpreter's teardown only when
something could still need it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.cli import entry

# A child whose main program is Dossier's entry point, as the ``dossier`` script is; before running the
# command it registers an atexit handler that writes a file (registered first: it runs last).
SCRIPT = """
import atexit, sys
from pathlib import Path
from desktop_app.cli.entry import run
marker = Path(sys.argv.pop(1))
atexit.register(lambda: marker.write_text("atexit ran"))
run()
"""


def dossier(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    marker = tmp_path / "atexit.txt"
    secret = tmp_path / "passphrase"  # each child has its own in-memory keyring: the store opens with this
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    script = tmp_path / "dossier_script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    child = subprocess.run(
        [sys.executable, str(script), str(marker), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "DOSSIER_PASSPHRASE_FILE": str(secret)},
    )
    return child, marker


def test_a_command_ends_with_its_output_its_log_and_the_atexit_handlers(tmp_path: Path) -> None:
    store = tmp_path / "store"
    made, _ = dossier(
        tmp_path,
        *("--data-dir", str(store), "case", "new", "--title", "Gym", "--merchant", "Gym"),
        *("--reason", "cancelled_recurring", "--currency", "EUR"),
    )
    assert made.returncode == 0, made.stderr
    child, marker = dossier(tmp_path, "--data-dir", str(store), "cases")
    assert child.returncode == 0, child.stderr
    assert "Gym" in child.stdout.splitlines()[-1]  # the whole table, flushed
    assert marker.read_text() == "atexit ran"
    log = Path(os.environ["DOSSIER_LOG_DIR"]) / "dossier.log"
    assert "command command=cases" in log.read_text(encoding="utf-8")  # written and flushed


@pytest.mark.parametrize(
    ("args", "status", "stream"), [(["--help"], 0, "stdout"), (["--bogus"], 2, "stderr")]
)
def test_help_and_usage_errors_keep_their_status(
    tmp_path: Path, args: list[str], status: int, stream: str
) -> None:
    child, marker = dossier(tmp_path, *args)
    assert child.returncode == status
    assert "usage: dossier" in getattr(child, stream)
    assert marker.read_text() == "atexit ran"


def test_a_failing_command_keeps_its_status(tmp_path: Path) -> None:
    child, marker = dossier(tmp_path, "--data-dir", str(tmp_path / "none"), "cases")
    assert child.returncode == 2
    assert "no Dossier store" in child.stderr
    assert marker.read_text() == "atexit ran"


def test_a_closed_output_is_an_error_only_for_a_command_that_succeeded() -> None:
    class Closed(io.StringIO):
        def flush(self) -> None:
            raise BrokenPipeError

    before = sys.stdout
    sys.stdout = Closed()
    try:
        assert entry.flushed(0) == entry.UNFLUSHED
        assert entry.flushed(1) == 1
    finally:
        sys.stdout = before
    assert entry.flushed(0) == 0


def test_the_status_of_system_exit_is_pythons() -> None:
    assert entry.status_of(None) == 0
    assert entry.status_of(2) == 2
    assert entry.status_of("dossier: refused") == 1


def test_only_dossiers_own_entry_point_skips_the_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    # Here the main program is pytest's: a test that runs the command goes on after it.
    assert entry.must_tear_down()
    fake_main = type(sys)("__main__")
    fake_main.run = entry.run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "__main__", fake_main)
    monkeypatch.delitem(sys.modules, "PySide6.QtCore", raising=False)
    # The threads of this test process are pytest's and Qt's: the process is given its own.
    threads = [threading.main_thread()]
    monkeypatch.setattr(threading, "enumerate", lambda: list(threads))
    assert not entry.must_tear_down()
    stop = threading.Event()
    for daemon, tears_down in ((True, False), (False, True)):
        worker = threading.Thread(target=stop.wait, daemon=daemon)
        worker.start()
        threads[1:] = [worker]
        try:
            # A normal exit waits for a thread that is not a daemon: so does Dossier.
            assert entry.must_tear_down() is tears_down
        finally:
            stop.set()
            worker.join()
            stop.clear()
    threads[1:] = [worker]  # ended: nothing to wait for
    assert not entry.must_tear_down()
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", type(sys)("PySide6.QtCore"))
    assert entry.must_tear_down()  # after the window: Qt's destructors write its settings
