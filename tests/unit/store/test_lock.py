"""One process (and one Store) at a time per store folder."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import StoreLockedError
from desktop_app.store.store import Store

REPO = Path(__file__).resolve().parents[3]
TIMEOUT = 20.0

CHILD = """
import sys
from pathlib import Path
from desktop_app.store.keys import Unlock
from desktop_app.store.store import Store

store = Store.open(Path(sys.argv[1]), Unlock(encrypt_new=False))
print("ready", flush=True)
sys.stdin.readline()
store.close()
print("closed", flush=True)
"""


def test_second_open_in_the_same_process_is_refused(data_dir: Path) -> None:
    first = Store.open(data_dir)
    try:
        with pytest.raises(StoreLockedError) as info:
            Store.open(data_dir)
        assert str(data_dir) in str(info.value)
        assert f"pid {os.getpid()}" in str(info.value)
        # The refused attempt must not have broken the first one.
        assert first.table_counts()["cases"] == 0
    finally:
        first.close()
    again = Store.open(data_dir)
    again.close()


def test_close_twice_is_harmless(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.close()
    store.close()
    with Store.open(data_dir):
        pass


def test_lock_is_held_across_processes(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    ) as child:
        try:
            assert child.stdout is not None and child.stdin is not None
            ready, _, _ = select.select([child.stdout], [], [], TIMEOUT)
            assert ready, "the child did not open the store in time"
            line = child.stdout.readline()
            assert line.strip() == "ready", (line, child.stderr.read() if child.stderr else "")

            with pytest.raises(StoreLockedError) as info:
                Store.open(data_dir)
            assert str(data_dir) in str(info.value)
            assert f"pid {child.pid}" in str(info.value)

            out, err = child.communicate("go\n", timeout=TIMEOUT)
            assert child.returncode == 0, err
            assert out.strip() == "closed"
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=TIMEOUT)

    with Store.open(data_dir) as store:
        assert store.table_counts()["events"] == 0


def test_lock_is_released_when_the_holder_dies(data_dir: Path) -> None:
    """The OS drops the lock when a process ends without closing the store."""
    code = (
        "import sys, os; from pathlib import Path; from desktop_app.store.store import Store; "
        "from desktop_app.store.keys import Unlock; "
        "Store.open(Path(sys.argv[1]), Unlock(encrypt_new=False)); os._exit(0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with Store.open(data_dir):
        pass
