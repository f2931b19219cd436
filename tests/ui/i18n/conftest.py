"""Fixtures of the window's language tests: catalogues compiled in a temporary folder, the
window's language put back after each test, settings of the test's own."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_app import i18n
from desktop_app.ui import i18n as ui_i18n

ROOT = Path(__file__).resolve().parents[3]
QT_LANGUAGE = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "pl": "pl_PL"}


def qm_tool() -> ModuleType:
    """packaging/qm.py, the build's own compiling step, loaded by its path."""
    spec = importlib.util.spec_from_file_location("dossier_qm_tests", ROOT / "packaging" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Messages = Mapping[tuple[str, str], str | Sequence[str]]


def ts_text(lang: str, messages: Messages) -> str:
    """A Qt Linguist catalogue in ``lang`` with ``messages``: (context, source) -> translation, or
    the list of its plural forms."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        if isinstance(translation, str):
            numerus, text = "", escape(translation)
        else:
            numerus = ' numerus="yes"'
            text = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
        contexts.setdefault(context, []).append(
            f"    <message{numerus}>\n        <source>{escape(source)}</source>\n"
            f"        <translation>{text}</translation>\n    </message>\n"
        )
    body = "".join(
        f"<context>\n    <name>{escape(name)}</name>\n{''.join(items)}</context>\n"
        for name, items in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{QT_LANGUAGE[lang]}">\n{body}</TS>\n'
    )


def compile_catalogues(folder: Path, catalogues: Mapping[str, Messages]) -> Path:
    """Write ``dossier_<lang>.ts`` for each of ``catalogues`` into ``folder`` and compile them."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang, messages in catalogues.items():
        (folder / f"dossier_{lang}.ts").write_text(ts_text(lang, messages), encoding="utf-8")
    qm_tool().build(folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's settings in the test's own file (never the user's)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def language_restored(qapp: QApplication) -> Iterator[QApplication]:
    """The window's language, the process's and the default locale as they were before the test."""
    before_locale = QLocale()
    before = i18n.language()
    yield qapp
    ui_i18n.remove_translators(qapp)
    i18n.set_language(before)
    QLocale.setDefault(before_locale)
