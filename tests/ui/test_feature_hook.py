"""PySide6's import hook asks of each module whether it uses PySide (desktop_app/ui/__init__.py):
the bytes of its source give the answer ``inspect.getsource`` gave, for every module loaded."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from types import ModuleType

import desktop_app.ui
import desktop_app.ui.main_window  # the window's modules, and what they import


def _by_source(module: ModuleType) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_hook_reads_each_source_file_once_and_answers_as_before(tmp_path: Path) -> None:
    feature = sys.modules["shibokensupport.feature"]
    uses_pyside = feature._mod_uses_pyside
    assert getattr(uses_pyside, "reads_bytes", False), "the hook still reads sources through inspect"
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 200
    answers = {m.__name__: uses_pyside(m) for m in modules}
    assert answers == {m.__name__: _by_source(m) for m in modules}
    assert answers["desktop_app.ui.main_window"] and not answers["desktop_app.services"]
    assert not answers["sys"]  # built in: no source
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a source file that is not there
    assert uses_pyside(gone) is False
    desktop_app.ui._read_sources_directly()  # twice: the hook is wrapped once
    assert feature._mod_uses_pyside is uses_pyside
