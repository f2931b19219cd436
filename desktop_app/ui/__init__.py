"""PySide6 lives here and nowhere else.

PySide6's import hook asks of every module named in an import statement after it, once, whether
the module uses PySide (for its ``__feature__`` switches): ``inspect.getsource`` of the module, and
"PySide6" in it. The window's start names about a hundred modules, about 10 ms of reading through
``linecache`` and ``tokenize``. :func:`_read_sources_directly` gives the hook the same answer from
the source file's bytes ("PySide6" is ASCII in any encoding a Python source may use but UTF-16,
which Python does not read either); anything else (no file, not a ``.py``, unreadable) is asked as
before. Dossier selects no ``__feature__``, so the answer changes nothing in how its modules run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads the import hook that _read_sources_directly speeds up


def _read_sources_directly() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    asked: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or asked is None or getattr(asked, "reads_bytes", False):
        return  # another PySide6: its hook as it is
    hook = asked

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return hook(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_read_sources_directly()
