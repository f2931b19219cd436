"""The garbage collector waits during a command's start and is as it was after the command."""

from __future__ import annotations

import gc
import io
from pathlib import Path

from desktop_app import cli
from desktop_app.cli import collector


def test_waiting_then_collecting_then_as_before() -> None:
    assert gc.isenabled()
    with collector.waiting():
        assert not gc.isenabled()
        made = [object() for _ in range(10)]
        collector.collect_from_here()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what was made so far is left out of collections
        del made
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector.waiting():
            collector.collect_from_here()
            assert not gc.isenabled()
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_a_command_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    err = io.StringIO()
    code = cli.main(["cases", "--data-dir", str(tmp_path / "none")], stdout=io.StringIO(), stderr=err)
    assert code == 2, err.getvalue()  # no store there
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
