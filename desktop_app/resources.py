"""Finding the files under resources/ (fonts, sample case, rule tables).

In a source checkout or an editable install they are the top-level
``resources/`` folder; in a built wheel they are installed as the package
data ``desktop_app/_resources``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE.parent / "resources", _PACKAGE / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Dossier's resources folder is missing; reinstall Dossier.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
