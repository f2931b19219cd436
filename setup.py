"""The one build step pyproject.toml cannot say: the window's translations compiled into the package.

Everything else about the build is in pyproject.toml. Building a wheel (``pip wheel .``,
``python -m build``) runs build_py, which here also compiles resources/translations/dossier_*.ts
into dossier_*.qm inside the built package (desktop_app/_resources/translations) with Qt's
lrelease (packaging/qm.py; PySide6-Essentials is a build requirement). An editable install
compiles them beside the .ts files, where the checkout's desktop_app.resources finds them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _qm() -> ModuleType:
    # Loaded by its path: a top-level folder named "packaging" must never stand for the
    # packaging distribution setuptools itself imports.
    spec = importlib.util.spec_from_file_location("dossier_qm_build", HERE / "packaging" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        self.build_translations()

    def build_translations(self) -> list[Path]:
        """The window's .qm files: into the built package, or beside the .ts for an editable install."""
        qm = _qm()
        source = HERE / "resources" / "translations"
        if getattr(self, "editable_mode", False):
            return list(qm.build(source))
        return list(qm.build(source, Path(self.build_lib) / "desktop_app" / "_resources" / "translations"))


if __name__ == "__main__":  # as setuptools' build backend runs it
    setup(cmdclass={"build_py": BuildWithTranslations})
