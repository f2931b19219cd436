"""The window in the user's language, where a translation exists.

Dossier's own strings come from ``resources/translations/dossier_<lang>.qm``
(built with ``pyside6-lrelease`` from the ``.ts`` files translators edit);
Qt's own words (OK, Cancel, the file dialogs) from the translations that
ship with Qt. A language without a translation falls back to English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import resource_path

# The language of the Dossier translation in use ("" while the window speaks English).
_window_language = ""


def translations_dir() -> Path:
    return resource_path("translations")


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load the translations for ``locale`` (default: the system's); returns the translators installed.

    Each call chooses the window's language anew: English unless a Dossier translation is loaded.
    """
    global _window_language
    _window_language = ""
    locale = locale or QLocale.system()
    folder = folder or translations_dir()
    installed: list[QTranslator] = []
    sources = [
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("dossier", str(folder)),
    ]
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
            if name == "dossier":
                _window_language = translator.language()
        else:
            translator.deleteLater()
    return installed


def window_locale() -> QLocale:
    """The locale of the words the window speaks: its translation's language (English when there is
    none) with the user's own country, so that "5 October" is not written "5 października" in an
    English sentence; numbers and amounts keep the user's locale."""
    language = QLocale(_window_language).language() if _window_language else QLocale.Language.English
    return QLocale(language, QLocale().territory())
