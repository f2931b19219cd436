"""The command line speaks the locale's language (LANG, LC_ALL, LC_MESSAGES, LANGUAGE), English by
default and for ``C``: its help, its refusals and the errors that come up from below.

The tests that must not wait for the translators use a small catalogue of their own, written in a
temporary folder (``desktop_app.i18n.set_catalogue_folder``); those over the real catalogues
(resources/translations/messages_<lang>.ts) check each message they name once it is translated.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from desktop_app import i18n
from desktop_app.resources import resource_path
from tests.support.cli import run

NO_CASE = "There is no case {case_id}; 'dossier cases' lists them."
ERROR = "dossier: error: {message}"
LIST_HELP = "list the cases"
PACK_TO_STDOUT = "-o - cannot be a pack: give the name of the file to write"

# What a small catalogue of each language says (the translators' own words are in the real ones).
OWN_WORDS = {
    "fr": {
        ("Cli", ERROR): "dossier : erreur : {message}",
        ("Cli", LIST_HELP): "afficher la liste des dossiers",
        ("Store", NO_CASE): "Aucun dossier ne porte le numéro {case_id} ; « dossier cases » les affiche.",
        ("Cli", "usage: "): "utilisation : ",
        ("Cli", "positional arguments"): "arguments positionnels",
        ("Cli", "the following arguments are required: %s"): "ces arguments sont obligatoires : %s",
        ("Cli", "%(prog)s: error: %(message)s\n"): "%(prog)s : erreur : %(message)s\n",
    },
    "es": {
        ("Cli", ERROR): "dossier: error: {message}",
        ("Cli", LIST_HELP): "mostrar la lista de expedientes",
        ("Store", NO_CASE): "No hay ningún expediente {case_id}; «dossier cases» los muestra.",
    },
    "pl": {
        ("Cli", ERROR): "dossier: błąd: {message}",
        ("Cli", LIST_HELP): "wyświetl listę spraw",
        ("Store", NO_CASE): "Nie ma sprawy {case_id}; listę spraw pokazuje „dossier cases”.",
    },
}
LOCALES = {"fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8", "pl": "pl_PL.UTF-8"}


def write_catalogue(folder: Path, lang: str, words: dict[tuple[str, str], str]) -> None:
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in words.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>" for name, messages in contexts.items()
    )
    (folder / f"messages_{lang}.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{lang}">{body}</TS>\n',
        encoding="utf-8",
    )


@pytest.fixture
def catalogues(tmp_path: Path) -> Iterator[Path]:
    """The three small catalogues, read instead of the real ones for one test."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang, words in OWN_WORDS.items():
        write_catalogue(folder, lang, words)
    i18n.set_catalogue_folder(folder)
    yield folder
    i18n.set_catalogue_folder(None)
    i18n.set_language("en")


@pytest.fixture
def store(data_dir: Path) -> Path:
    result = run("demo", "--data-dir", data_dir)
    assert result.code == 0, result.err
    return data_dir


def without_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("lang", ["fr", "es", "pl"])
def test_an_error_from_the_store_comes_in_the_locales_language(
    lang: str, catalogues: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_locale(monkeypatch)
    monkeypatch.setenv("LANG", LOCALES[lang])
    result = run("case", "show", "999", "--data-dir", store)
    said = OWN_WORDS[lang][("Store", NO_CASE)].format(case_id=999)
    assert result.code == 1
    assert result.err.strip() == OWN_WORDS[lang][("Cli", ERROR)].format(message=said)
    assert i18n.language() == lang


@pytest.mark.parametrize("locale", ["C", "C.UTF-8", "POSIX", "en_GB.UTF-8", "de_DE.UTF-8", None])
def test_english_by_default_for_c_and_for_a_language_dossier_does_not_speak(
    locale: str | None, catalogues: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_locale(monkeypatch)
    if locale is not None:
        monkeypatch.setenv("LANG", locale)
    result = run("case", "show", "999", "--data-dir", store)
    assert result.code == 1
    assert result.err.strip() == ERROR.format(message=NO_CASE.format(case_id=999))
    assert i18n.language() == "en"


def test_lc_all_and_language_choose_before_lang(
    catalogues: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_locale(monkeypatch)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    assert "No hay ningún expediente 999" in run("case", "show", "999", "--data-dir", store).err
    monkeypatch.setenv("LANGUAGE", "pl:fr")
    assert "Nie ma sprawy 999" in run("case", "show", "999", "--data-dir", store).err


@pytest.mark.parametrize("lang", ["fr", "es", "pl"])
def test_the_help_is_translated_when_the_parser_is_built(
    lang: str, catalogues: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    without_locale(monkeypatch)
    monkeypatch.setenv("LANG", LOCALES[lang])
    assert run("--help").code == 0
    shown = capsys.readouterr().out
    assert OWN_WORDS[lang][("Cli", LIST_HELP)] in shown
    assert LIST_HELP not in shown
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert run("--help").code == 0
    assert LIST_HELP in capsys.readouterr().out


def test_an_untranslated_message_stays_english_never_empty(
    catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_locale(monkeypatch)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    result = run("pack", "1", "-o", "-")
    assert result.code == 2
    # The prefix is the catalogue's; the refusal itself is not in it, so it is said in English.
    assert result.err.strip() == f"dossier : erreur : {PACK_TO_STDOUT}"


# --------------------------------------------------------------------------- the real catalogues


def finished(lang: str, context: str, source: str) -> str | None:
    """The finished translation of ``source`` in resources/translations/messages_<lang>.ts, or None."""
    try:
        path = resource_path("translations", f"messages_{lang}.ts")
    except FileNotFoundError:
        return None
    if not path.is_file():
        return None
    for element in ElementTree.parse(path).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if (
                message.findtext("source") == source
                and translation is not None
                and translation.get("type") is None
                and translation.text
            ):
                return translation.text
    return None


def dossier(*args: str, lang: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    if lang is not None:
        env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.mark.parametrize("lang", ["fr", "es", "pl"])
def test_the_real_catalogues_speak_on_the_command_line(lang: str) -> None:
    """``LANG=fr_FR.UTF-8 dossier --help`` and a refusal, in the translators' words."""
    help_words = finished(lang, "Cli", LIST_HELP)
    refusal = finished(lang, "Cli", PACK_TO_STDOUT)
    prefix = finished(lang, "Cli", ERROR)
    if help_words is None or refusal is None or prefix is None:
        pytest.skip(f"messages_{lang}.ts does not translate these messages yet")
    shown = dossier("--help", lang=LOCALES[lang])
    assert shown.returncode == 0 and help_words in shown.stdout and LIST_HELP not in shown.stdout
    refused = dossier("pack", "1", "-o", "-", lang=LOCALES[lang])
    assert refused.returncode == 2
    assert refused.stderr.strip() == prefix.format(message=refusal)


def test_without_a_locale_the_command_line_speaks_english() -> None:
    for lang in (None, "C"):
        shown = dossier("--help", lang=lang)
        assert shown.returncode == 0 and LIST_HELP in shown.stdout
        refused = dossier("pack", "1", "-o", "-", lang=lang)
        assert refused.stderr.strip() == ERROR.format(message=PACK_TO_STDOUT)


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_the_pack_and_the_letter_print_the_same_whatever_the_locale(
    lang: str, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They speak the case's language through their own strings: the process's language (the real
    catalogues) changes nothing in them, byte for byte."""
    made: dict[str, tuple[bytes, str]] = {}
    for locale in ("C.UTF-8", LOCALES[lang]):
        without_locale(monkeypatch)
        monkeypatch.setenv("LANG", locale)
        pack = tmp_path / f"pack-{locale}.pdf"
        built = run("pack", "1", "-o", pack, "--reproducible", "--data-dir", store)
        assert built.code == 0, built.err
        # What the command says of it is in the locale's language, its size too ("3,62 Mo").
        megabytes = f"{Decimal(pack.stat().st_size).scaleb(-6).quantize(Decimal('0.01'))}"
        shown = megabytes if locale == "C.UTF-8" else megabytes.replace(".", ",")
        assert f" {shown} M" in built.out, built.out
        letter = run(
            "letter",
            "1",
            "--kind",
            "merchant-complaint",
            "--date",
            "2026-12-01",
            "-o",
            "-",
            "--data-dir",
            store,
        )
        assert letter.code == 0, letter.err
        made[locale] = (pack.read_bytes(), letter.out)
    assert i18n.language() == lang
    english, translated = made["C.UTF-8"], made[LOCALES[lang]]
    assert translated[0] == english[0]
    assert translated[1] == english[1] and english[1].strip()


def test_argparses_own_words_are_translated_too(
    catalogues: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    without_locale(monkeypatch)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert run("--help").code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("utilisation : dossier ") and "\narguments positionnels:\n" in shown
    assert run("case", "new").code == 2
    refused = capsys.readouterr().err.strip().splitlines()
    assert refused[0].startswith("utilisation : dossier case new ")
    needed = "--title, --merchant, --reason, --currency"
    assert refused[-1] == f"dossier case new : erreur : ces arguments sont obligatoires : {needed}"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert run("case", "new").code == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert said[0].startswith("usage: dossier case new ")
    assert said[-1] == f"dossier case new: error: the following arguments are required: {needed}"
