"""The window in the user's language, where a translation exists.

Dossier's own strings come from ``resources/translations/dossier_<lang>.qm``
(built with ``pyside6-lrelease`` from the ``.ts`` files translators edit, by
``make run``, ``make test`` and the wheel's build); Qt's own words (OK, Cancel,
the file dialogs) from the translations that ship with Qt, in the same
language. A language whose ``.qm`` is missing is shown in English, with a
warning in the log.

:func:`apply_language` makes one language the window's: its translators, the
language of the messages services send up (:func:`desktop_app.i18n.set_language`)
and the default :class:`QLocale` (dates typed in forms, and the language
:func:`desktop_app.ui.models.window_lang` writes amounts in). Dates and amounts
the window writes in words come from :func:`long_date` and :func:`money`: the
very functions the pack and the letters of that language print them with.
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n, logs
from desktop_app.domain.money import format_money
from desktop_app.resources import resource_path

# The language of the Dossier translation in use ("" while the window speaks English).
_window_language = ""
# The translators apply_language installed last (removed when another language is applied).
_installed: list[QTranslator] = []

_QT_LANGUAGES = {
    "en": QLocale.Language.English,
    "fr": QLocale.Language.French,
    "es": QLocale.Language.Spanish,
    "pl": QLocale.Language.Polish,
}


def translations_dir() -> Path:
    return resource_path("translations")


def translation_file(code: str, folder: Path | None = None) -> Path:
    """Where Dossier's compiled translation into ``code`` is (it may not exist)."""
    return (folder or translations_dir()) / f"dossier_{code}.qm"


def offered_languages(folder: Path | None = None) -> tuple[str, ...]:
    """The languages the window can speak: English, and each language whose ``.qm`` is there."""
    return tuple(c for c in i18n.LANGUAGES if c == "en" or translation_file(c, folder).is_file())


def language_of_locale(locale: QLocale, folder: Path | None = None) -> str:
    """The first of ``locale``'s languages (its ``uiLanguages``, in order) the window speaks.

    Failing that, the first one Dossier is translated into whose ``.qm`` is missing (loading it
    says so in the log, and the window speaks English); else English.
    """
    offered = offered_languages(folder)
    missing = ""
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code == "en" or code in offered:
            return code
        if code in i18n.LANGUAGES and not missing:
            missing = code
    return missing or "en"


def load_translators(app: QCoreApplication, code: str, folder: Path | None = None) -> list[QTranslator]:
    """Install Qt's own translation and Dossier's for ``code``; returns the translators installed.

    English is the source language: only its plural forms are loaded (``dossier_en.qm``: "1 file",
    "2 files"). A missing or unreadable ``dossier_<code>.qm`` leaves the window in English (Qt's
    words too, so that "Add" never stands next to "Anuluj") and logs a warning.
    """
    global _window_language
    _window_language = ""
    qm = translation_file(code, folder)
    dossier = QTranslator(app)
    if not dossier.load(str(qm)):
        dossier.deleteLater()
        logging.getLogger(logs.LOGGER).warning(
            "ui.i18n.no_translation lang=%s: %s is missing or unreadable; the window %s",
            code,
            qm.name,
            "writes plurals as in its source" if code == "en" else "stays in English",
            extra={"dossier_safe": True},
        )
        if code == "en":
            return []
        return load_translators(app, "en", folder)
    installed: list[QTranslator] = []
    if code != "en":
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(_QT_LANGUAGES[code]), "qtbase", "_", qt_folder):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            qt.deleteLater()
    app.installTranslator(dossier)
    installed.append(dossier)
    _window_language = "" if code == "en" else code
    return installed


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load the translations for ``locale``'s language (default: the system's); returns the
    translators installed. Each call chooses the window's language anew: English unless a
    Dossier translation is loaded."""
    return load_translators(app, language_of_locale(locale or QLocale.system(), folder), folder)


def apply_language(app: QCoreApplication, code: str, folder: Path | None = None) -> str:
    """Make ``code`` the window's language; returns the language in effect (English when its
    translation is missing).

    The translators of an earlier call are removed first. The process's messages
    (:mod:`desktop_app.i18n`) and the default locale follow the language in effect.
    """
    remove_translators(app)
    _installed[:] = load_translators(app, code, folder)
    spoken = window_language()
    i18n.set_language(spoken)
    QLocale.setDefault(window_locale())
    logs.event("ui.language", lang=spoken)
    return spoken


def remove_translators(app: QCoreApplication) -> None:
    """Take away the translators :func:`apply_language` installed: the window speaks its source."""
    global _window_language
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _window_language = ""


def window_language() -> str:
    """The language the window speaks: ``"en"``, or the language of the translation loaded."""
    return _window_language or "en"


def window_locale() -> QLocale:
    """The locale of the words the window speaks: the system's when it is in the window's language
    (English for the "C" locale), else the window's language with the user's own country where
    that language is written there (en_GB, fr_CA), so that "5 October" is never written
    "5 października" in an English sentence."""
    system = QLocale.system()
    language = _QT_LANGUAGES[window_language()]
    if system.language() == language or (
        language == QLocale.Language.English and system.language() == QLocale.Language.C
    ):
        return system
    return QLocale(language, system.territory())


def long_date(day: date, country: str | None = None) -> str:
    """``day`` in words as the pack and the letters of the window's language write it: "1 December
    2026", "1er décembre 2026", "1 de diciembre de 2026", "1 grudnia 2026"."""
    from desktop_app.services import PackStrings

    return PackStrings(window_language()).long_date(day, country)


def money(amount: Decimal, currency: str) -> str:
    """An amount as the pack of the window's language writes it: ``1 440,00 PLN`` in Polish,
    ``1.440,00 EUR`` in Spanish, ``1,440.00 PLN`` in English."""
    return format_money(amount, currency, window_language())
