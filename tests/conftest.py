"""Test set-up shared by every test.

- Qt runs offscreen: no display is needed.
- The tests speak English whatever the machine's language: LANG is C.UTF-8 and LANGUAGE, LC_ALL and
  LC_MESSAGES are unset for this process and every child it starts (a test of another language sets
  its own).
- Each test gets its own store folder; the user's home, data folders and
  OS keychain are never touched (HOME, XDG_* and the keyring backend point
  into the test's temporary directory or to an in-memory backend).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)

import functools
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop_app import i18n
from desktop_app.services import Services
from tests.support.environment import isolated


def _coverage_follows_qthreads() -> None:
    """Under coverage (``make test``), measure the code a QThread runs too (a job's work in the window).

    Coverage follows Python's own threads through ``threading.settrace``. Qt starts a QThread's
    ``run()`` in a thread state of its own, which that never reaches, so each QThread subclass's
    ``run()`` installs coverage's tracer first. Nothing changes when coverage is not measuring.
    """
    if threading.gettrace() is None:
        return
    from PySide6.QtCore import QThread

    def follow(cls: type[QThread], /, **kwargs: Any) -> None:
        run = cls.__dict__.get("run")
        if run is None:
            return

        @functools.wraps(run)
        def traced(self: QThread) -> None:
            sys.settrace(threading.gettrace())
            run(self)

        cls.run = traced  # type: ignore[method-assign]

    QThread.__init_subclass__ = classmethod(follow)  # type: ignore[assignment,method-assign]


_coverage_follows_qthreads()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    isolated(tmp_path_factory.mktemp("home"), monkeypatch)


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Each test starts and ends with the process's messages in English (desktop_app.i18n), whatever
    a test before it chose (the window's View -> Language, the command line's start in-process)."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def use_backend() -> Iterator[Callable[[KeyringBackend], KeyringBackend]]:
    """Choose the keyring back-end for one test (fail, hanging, another in-memory one); restored after."""
    before = keyring.get_keyring()

    def choose(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield choose
    keyring.set_keyring(before)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A store folder that does not exist yet."""
    return tmp_path / "store"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    with Services.open(data_dir, interface="test") as opened:
        yield opened


@pytest.fixture
def sample_case(services: Services) -> int:
    return services.add_sample_case()
