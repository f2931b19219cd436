"""A start of the window, as run_gui starts it (a process of its own: the language is applied to a new
QApplication): the user's choice from the settings file, else the system's language, and a missing
translation said in Dossier's log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.i18n.conftest import ROOT, compile_catalogues

CHILD = """
import sys
from pathlib import Path
from desktop_app import i18n, logs
from desktop_app.ui import i18n as ui_i18n
ui_i18n.translations_dir = lambda: Path(sys.argv[1])
logs.setup("gui")
from PySide6.QtCore import QCoreApplication, QLocale
from desktop_app.ui.app import create_application
app = create_application(["dossier"])
print(ui_i18n.window_language(), i18n.language(), QLocale().name()[:2],
      QCoreApplication.translate("MainWindow", "&File"))
"""


def start(home: Path, folder: Path, lang: str, choice: str | None) -> list[str]:
    config = home / ".config"
    if choice is not None:
        (config / "Dossier").mkdir(parents=True, exist_ok=True)
        (config / "Dossier" / "Dossier.conf").write_text(f"[window]\nlanguage={choice}\n", encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "DOSSIER_LOG_DIR": str(home / "log"),
        "LANG": lang,
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(
        tmp_path_factory.mktemp("translations"),
        {"fr": {("MainWindow", "&File"): "&Fichier"}, "pl": {("MainWindow", "&File"): "&Plik"}},
    )


def test_the_window_starts_in_the_users_choice_else_the_systems(tmp_path: Path, folder: Path) -> None:
    assert start(tmp_path / "a", folder, "fr_FR.UTF-8", "pl") == ["pl", "pl", "pl", "&Plik"]
    assert start(tmp_path / "b", folder, "fr_FR.UTF-8", None) == ["fr", "fr", "fr", "&Fichier"]
    assert start(tmp_path / "c", folder, "de_DE.UTF-8", None) == ["en", "en", "en", "&File"]


def test_a_missing_translation_starts_in_english_and_says_so_in_the_log(tmp_path: Path, folder: Path) -> None:
    assert start(tmp_path / "d", folder, "es_ES.UTF-8", None) == ["en", "en", "en", "&File"]
    log = (tmp_path / "d" / "log" / "dossier.log").read_text(encoding="utf-8")
    assert "WARNING" in log and "lang=es" in log and "dossier_es.qm" in log
