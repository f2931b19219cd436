"""A keyring back-end for the benchmarks' child processes: it reads the secrets from a JSON file.

The workspace benchmark makes an encrypted store whose key is kept, as for a user, in "the
keyring"; a child process started afterwards (the window, ``dossier cases``) must find it there
without touching the OS keychain. The parent writes ``{"service\\x00username": secret}`` to the
file named by ``$DOSSIER_BENCH_KEYRING`` and sets ``PYTHON_KEYRING_BACKEND`` to this class.
Nothing a child saves is written back.
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "DOSSIER_BENCH_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        path = os.environ.get(ENV)
        self._secrets: dict[str, str] = {}
        if path:
            with open(path, encoding="utf-8") as file:
                self._secrets = dict(json.load(file))

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[f"{service}\0{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[f"{service}\0{username}"]
        except KeyError:
            raise PasswordDeleteError(username) from None
