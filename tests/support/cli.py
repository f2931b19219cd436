"""Running the ``dossier`` command in-process, and making files unreadable."""

from __future__ import annotations

import builtins
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def run(*args: str | Path) -> Result:
    """``dossier ARGS``: the exit status and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    try:
        code = main([str(a) for a in args], stdout=out, stderr=err)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    return Result(code, out.getvalue(), err.getvalue())


def make_unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable to this process.

    Permission bits do it for a normal user. The superuser ignores them (CI
    runs as root), so there the open() that Dossier calls is refused for this
    one path with the error the OS would give.
    """
    path.chmod(0)
    if os.geteuid() != 0:
        return
    target = path.resolve()
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and Path(file).resolve() == target:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
