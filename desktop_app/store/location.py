"""Where a store lives: a folder holding ``dossier.db`` and ``vault/``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "DOSSIER_HOME"
DB_NAME = "dossier.db"
VAULT_NAME = "vault"
LOCK_NAME = "dossier.lock"


def default_data_dir() -> Path:
    """The platform's user data folder, e.g. ``~/.local/share/Dossier`` on Linux."""
    return Path(user_data_dir("Dossier", appauthor=False, roaming=True))


def resolve_data_dir(option: str | os.PathLike[str] | None, env: Mapping[str, str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$DOSSIER_HOME``, then the platform default."""
    environ = os.environ if env is None else env
    if option:
        return Path(option).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    return default_data_dir()
