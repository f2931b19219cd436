"""Test set-up shared by every test.

- Qt runs offscreen: no display is needed.
- Each test gets its own store folder; the user's home, data folders and
  OS keychain are never touched (HOME, XDG_* and the keyring backend point
  into the test's temporary directory or to an in-memory backend).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop_app.services import Services
from tests.support.environment import isolated


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    isolated(tmp_path_factory.mktemp("home"), monkeypatch)


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
