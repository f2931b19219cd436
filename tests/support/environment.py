"""The isolated environment every test runs in: a home of its own, never the user's folders or log.

``isolated(home, monkeypatch)`` points HOME, the XDG folders and Dossier's log
into ``home``. tests/conftest.py does it for each test; a fixture that lives
longer than one test (``scope="module"``) and opens a store does it with
``isolated_for(tmp_path_factory)``, since it is set up before the per-test one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest


def isolated(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("DOSSIER_LOG_DIR", str(home / "log"))  # never the user's own log
    monkeypatch.delenv("DOSSIER_HOME", raising=False)
    monkeypatch.delenv("DOSSIER_PASSPHRASE_FILE", raising=False)  # a test that needs one sets its own
    monkeypatch.setenv("LANG", "C.UTF-8")  # English, whatever the machine speaks
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)


@contextlib.contextmanager
def isolated_for(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An isolated environment for as long as the block runs (a module-scoped fixture); yields its home."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        home = tmp_path_factory.mktemp("home")
        isolated(home, monkeypatch)
        yield home
