"""The language of Dossier's messages outside Qt (services, domain, the command line).

The process has one language, English unless :func:`set_language` says
otherwise (the command line sets it from the environment at start, the window
to the language it shows). Messages are written in English in the code and
marked with :func:`translate`, :func:`translate_n` or :func:`noop`, always with
literal arguments, so that ``packaging/translations.py update`` can gather
them into ``resources/translations/messages_<lang>.ts`` (Qt Linguist's format).

Importing this module reads nothing. A catalogue is parsed once, on the first
call that needs it: a :func:`translate` in a language other than English, or
a :func:`translate_n` (English keeps its plural forms in ``messages_en.ts``).
An unknown message or an unfinished translation gives the English source,
never an empty string. Placeholders are filled after translating, with named
fields: ``translate("Services", "No case {number}.").format(number=n)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("en", "fr", "es", "pl")
SOURCE_LANGUAGE = "en"

_Key = tuple[str, str, str]
# A catalogue maps (context, source, disambiguation) to its finished
# translation: a string, or the list of plural forms in the language's order.
_Catalogue = dict[_Key, str | list[str]]

# How each language groups thousands, for %Ln (as domain.money prints numbers: a test holds them equal).
_GROUPING = {"en": ",", "fr": "\u00a0", "es": ".", "pl": "\u00a0"}

_language = SOURCE_LANGUAGE
_catalogues: dict[str, _Catalogue] = {}
_folder: str | None = None


def language_of(locale_name: str | None) -> str:
    """The language of a locale name: ``"pl_PL.UTF-8"`` is ``"pl"``; ``"C"``,
    ``None`` or a language Dossier does not speak is ``"en"``."""
    if not locale_name:
        return SOURCE_LANGUAGE
    code = locale_name.strip().split(".", 1)[0].split("@", 1)[0]
    code = code.replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language the environment asks for, as gettext reads it.

    The locale is the first set of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``. When it is set and
    not ``C`` or ``POSIX``, ``LANGUAGE`` (a colon-separated list of preferences) comes first: its
    first language Dossier speaks wins. English when nothing says otherwise.
    """
    locale_name = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    if locale_name.split(".", 1)[0] in ("", "C", "POSIX"):
        return SOURCE_LANGUAGE  # gettext ignores LANGUAGE under the C locale
    for preference in environ.get("LANGUAGE", "").split(":"):
        if preference and language_of(preference) != SOURCE_LANGUAGE:
            return language_of(preference)
        if preference and preference.lower().startswith("en"):
            return SOURCE_LANGUAGE
    return language_of(locale_name)


def set_language(code: str) -> None:
    """Make ``code`` (one of :data:`LANGUAGES`) the language of the process."""
    global _language
    if code not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"Unknown language {code!r}; Dossier speaks {known}.")
    _language = code


def language() -> str:
    """The language of the process (``"en"`` until :func:`set_language`)."""
    return _language


def plural_index(code: str, n: int) -> int:
    """Which plural form ``n`` takes in language ``code`` (Qt's numerus order)."""
    n = abs(n)
    if code == "fr":
        return 0 if n in (0, 1) else 1
    if code == "pl":
        if n == 1:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def plural_count(code: str) -> int:
    """How many plural forms language ``code`` has."""
    return 3 if code == "pl" else 2


def grouped(n: int) -> str:
    """``n`` grouped by thousands as the process's language writes it: ``12,345`` in English,
    ``12 345`` (no-break space) in French and Polish, ``12.345`` in Spanish."""
    return format(n, ",").replace(",", _GROUPING.get(_language, ","))


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """``source`` in the process's language (the source itself when untranslated)."""
    if _language == SOURCE_LANGUAGE:
        return source
    found = _catalogue(_language).get((context, source, disambiguation or ""))
    if isinstance(found, str) and found:
        return found
    return source


def translate_n(context: str, source: str, n: int, disambiguation: str | None = None) -> str:
    """The plural form of ``source`` that ``n`` takes, with ``%n`` replaced by ``n`` (``%Ln``: ``n``
    grouped by thousands as the language writes numbers, ``1 234`` in French).

    Falls back to the English forms of ``messages_en.ts``, then to the source.
    """
    key = (context, source, disambiguation or "")
    text = _form(_language, key, n)
    if text is None and _language != SOURCE_LANGUAGE:
        text = _form(SOURCE_LANGUAGE, key, n)
    if text is None:
        text = source
    if "%Ln" in text:
        text = text.replace("%Ln", grouped(n))
    return text.replace("%n", str(n))


def noop(context: str, source: str) -> str:
    """Mark ``source`` for the catalogues and give it back untranslated
    (for texts translated later, where they are shown)."""
    return source


def set_catalogue_folder(folder: str | os.PathLike[str] | None) -> None:
    """Read catalogues from ``folder`` (None: resources/translations) from now on."""
    global _folder
    _folder = None if folder is None else os.fspath(folder)
    _catalogues.clear()


def _form(code: str, key: _Key, n: int) -> str | None:
    found = _catalogue(code).get(key)
    if isinstance(found, list):
        index = plural_index(code, n)
        if index < len(found) and found[index]:
            return found[index]
    return None


def _catalogue(code: str) -> _Catalogue:
    catalogue = _catalogues.get(code)
    if catalogue is None:
        catalogue = _catalogues[code] = _read(code)
    return catalogue


def _read(code: str) -> _Catalogue:
    """The finished translations of ``messages_<code>.ts`` ({} when there is none)."""
    import logging
    import xml.etree.ElementTree as ElementTree
    from pathlib import Path

    if _folder is not None:
        path = Path(_folder, f"messages_{code}.ts")
    else:
        from desktop_app.resources import resource_path

        try:
            path = resource_path("translations", f"messages_{code}.ts")
        except FileNotFoundError:
            logging.getLogger(__name__).warning("No resources folder: messages stay English")
            return {}
    if not path.is_file():
        return {}
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        logging.getLogger(__name__).exception("Cannot read %s: messages stay English", path)
        return {}
    catalogue: _Catalogue = {}
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue  # unfinished, vanished or obsolete
            key = (context_name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                catalogue[key] = [form.text or "" for form in translation.iter("numerusform")]
            elif translation.text:
                catalogue[key] = translation.text
    return catalogue
