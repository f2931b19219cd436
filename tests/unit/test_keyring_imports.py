"""Opening the keyring does not load what keyring's imports bring but Dossier never calls."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from desktop_app import secrets

    backend = secrets._usable_backend()
    print("backend", type(backend).__name__)
    print("loaded", [n for n in ("http.client", "ssl", "email.parser") if n in sys.modules])

    # Whoever does use urllib.request gets the real module, by any way of importing it.
    import urllib.request
    from urllib.request import Request

    print("real", urllib.request.Request is Request, type(sys.modules["urllib.request"]).__name__)
    real = sys.modules["urllib.request"]
    print("same", real is urllib.request, urllib.request.__file__.endswith("request.py"))
    """
)


def test_keyring_opens_without_loading_urllib_http_and_ssl() -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    child = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    lines = child.stdout.splitlines()
    assert lines[0] == "backend Keyring"
    assert lines[1] == "loaded []", child.stdout
    assert lines[2] == "real True module"
    assert lines[3] == "same True True"
