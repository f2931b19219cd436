"""``python -m desktop_app`` and ``python -m desktop_app.cli`` run the ``dossier`` command."""

from __future__ import annotations

import runpy
import sys

import pytest

from desktop_app import __version__


@pytest.mark.parametrize("module", ["desktop_app", "desktop_app.cli"])
def test_running_the_package_runs_the_dossier_command(
    module: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["dossier", "--version"])
    monkeypatch.delitem(sys.modules, f"{module}.__main__", raising=False)  # imported by an earlier test
    with pytest.raises(SystemExit) as exited:
        runpy.run_module(module, run_name="__main__", alter_sys=False)
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"dossier {__version__}"


def test_importing_the_entry_point_runs_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tool that imports every module (a test, a documentation builder) does not start Dossier."""
    monkeypatch.delitem(sys.modules, "desktop_app.cli.__main__", raising=False)
    runpy.run_module("desktop_app.cli.__main__", run_name="desktop_app.cli.__main__")
    assert capsys.readouterr() == ("", "")
