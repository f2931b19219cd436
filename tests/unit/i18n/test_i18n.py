"""desktop_app.i18n: the process's language, plural rules, catalogues and the English fallback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import i18n

CATALOGUE_PL = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Services</name>
    <message>
        <source>No case has the number {number}.</source>
        <translation>Żadna sprawa nie ma numeru {number}.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Not yet translated.</source>
        <translation type="unfinished">Jeszcze nie</translation>
    </message>
    <message>
        <source>Gone.</source>
        <translation type="vanished">Nie ma</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dzień spóźnienia</numerusform>
            <numerusform>%n dni spóźnienia (kilka)</numerusform>
            <numerusform>%n dni spóźnienia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform></numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
</context>
</TS>
"""

CATALOGUE_EN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Services</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogues(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "messages_pl.ts").write_text(CATALOGUE_PL, encoding="utf-8")
    (tmp_path / "messages_en.ts").write_text(CATALOGUE_EN, encoding="utf-8")
    i18n.set_catalogue_folder(tmp_path)
    try:
        yield tmp_path
    finally:
        i18n.set_catalogue_folder(None)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("n", "index"),
    [
        *[(0, 2), (1, 0), (2, 1), (3, 1), (4, 1), (5, 2), (11, 2), (12, 2), (13, 2), (14, 2)],
        *[(21, 2), (22, 1), (24, 1), (25, 2), (101, 2), (102, 1), (111, 2), (112, 2), (122, 1)],
        (1000, 2),
    ],
)
def test_polish_has_three_forms(n: int, index: int) -> None:
    assert i18n.plural_index("pl", n) == index
    assert i18n.plural_count("pl") == 3


@pytest.mark.parametrize(("n", "index"), [(0, 0), (1, 0), (2, 1), (5, 1), (100, 1)])
def test_french_zero_and_one_are_singular(n: int, index: int) -> None:
    assert i18n.plural_index("fr", n) == index


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize(("n", "index"), [(0, 1), (1, 0), (2, 1), (21, 1), (101, 1)])
def test_english_and_spanish_only_one_is_singular(code: str, n: int, index: int) -> None:
    assert i18n.plural_index(code, n) == index
    assert i18n.plural_count(code) == 2


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("pl_PL.UTF-8", "pl"),
        ("fr_FR", "fr"),
        ("fr_CA.utf8", "fr"),
        ("es-ES", "es"),
        ("es_ES@euro", "es"),
        ("PL", "pl"),
        ("en_GB.UTF-8", "en"),
        ("de_DE.UTF-8", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_of(name: str | None, code: str) -> None:
    assert i18n.language_of(name) == code


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "pl_PL.UTF-8"}, "pl"),
        ({"LANG": "pl_PL.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "pl_PL.UTF-8", "LC_MESSAGES": "fr_FR", "LC_ALL": "es_ES"}, "es"),
        ({"LANG": "pl_PL.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "pl:fr"}, "pl"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de:es:fr"}, "es"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "en_GB:fr"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de"}, "fr"),
        ({"LANG": "pl_PL.UTF-8", "LANGUAGE": ""}, "pl"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:de"}, "fr"),
        # gettext ignores LANGUAGE under the C locale, or with no locale at all:
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "en"),
        ({"LC_ALL": "C", "LANG": "pl_PL.UTF-8", "LANGUAGE": "fr"}, "en"),
        ({"LC_ALL": "POSIX", "LANGUAGE": "pl"}, "en"),
        ({"LANGUAGE": "es"}, "en"),
        ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "C"}, "es"),
    ],
)
def test_language_from_environment(environ: dict[str, str], code: str) -> None:
    assert i18n.language_from_environment(environ) == code


def test_language_is_english_until_set() -> None:
    assert i18n.language() == "en"
    i18n.set_language("pl")
    assert i18n.language() == "pl"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        i18n.set_language("de")
    assert i18n.language() == "en"


def test_translations_come_from_the_catalogue(catalogues: Path) -> None:
    i18n.set_language("pl")
    text = i18n.translate("Services", "No case has the number {number}.").format(number=7)
    assert text == "Żadna sprawa nie ma numeru 7."
    assert i18n.translate("Services", "Open") == "Otwarta"
    assert i18n.translate("Services", "Open", "a file") == "Otwórz"


def test_untranslated_unknown_vanished_and_empty_give_the_source(catalogues: Path) -> None:
    i18n.set_language("pl")
    for source in ("Not yet translated.", "Gone.", "Empty.", "Never extracted."):
        assert i18n.translate("Services", source) == source
    assert i18n.translate("Cases", "Open") == "Open"  # another context
    assert i18n.translate("Services", "Open", "a door") == "Open"


def test_a_language_without_catalogue_gives_the_source(catalogues: Path) -> None:
    i18n.set_language("fr")
    assert i18n.translate("Services", "Open") == "Open"
    assert i18n.translate_n("Services", "%n day(s) late", 3) == "3 day(s) late"
    assert i18n.translate_n("Services", "%n file(s)", 3) == "3 files"  # the English forms


def test_english_does_not_translate(catalogues: Path) -> None:
    assert i18n.translate("Services", "Open") == "Open"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1 dzień spóźnienia"),
        (2, "2 dni spóźnienia (kilka)"),
        (5, "5 dni spóźnienia"),
        (12, "12 dni spóźnienia"),
        (22, "22 dni spóźnienia (kilka)"),
        (112, "112 dni spóźnienia"),
    ],
)
def test_polish_plurals(catalogues: Path, n: int, text: str) -> None:
    i18n.set_language("pl")
    assert i18n.translate_n("Services", "%n day(s) late", n) == text


def test_an_empty_plural_form_falls_back_to_english(catalogues: Path) -> None:
    i18n.set_language("pl")
    assert i18n.translate_n("Services", "%n file(s)", 1) == "1 plik"
    assert i18n.translate_n("Services", "%n file(s)", 3) == "3 files"
    assert i18n.translate_n("Services", "%n file(s)", 5) == "5 plików"


def test_english_plurals_come_from_messages_en(catalogues: Path) -> None:
    assert i18n.translate_n("Services", "%n file(s)", 1) == "1 file"
    assert i18n.translate_n("Services", "%n file(s)", 0) == "0 files"
    assert i18n.translate_n("Services", "%n thing(s)", 2) == "2 thing(s)"


def test_a_damaged_catalogue_gives_the_source(tmp_path: Path) -> None:
    (tmp_path / "messages_fr.ts").write_text("<TS><context>", encoding="utf-8")
    i18n.set_catalogue_folder(tmp_path)
    try:
        i18n.set_language("fr")
        assert i18n.translate("Services", "Open") == "Open"
    finally:
        i18n.set_catalogue_folder(None)


def test_noop_returns_the_source() -> None:
    i18n.set_language("pl")
    assert i18n.noop("Services", "Open") == "Open"


def test_the_shipped_catalogues_are_found() -> None:
    i18n.set_language("pl")
    assert i18n.translate("Services", "A text no catalogue has.") == "A text no catalogue has."


def test_importing_and_english_read_nothing() -> None:
    probe = (
        "import sys\n"
        "from desktop_app import i18n\n"
        "i18n.translate('Services', 'Open')\n"
        "i18n.set_language(i18n.language_from_environment())\n"
        "i18n.translate('Services', 'Open')\n"
        "heavy = ('xml', 'logging', 'typing', 'desktop_app.resources')\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print(','.join(heavy) + '|' + ','.join(k for k in i18n._catalogues))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "|"


@pytest.mark.parametrize("code", ["en", "fr", "es", "pl"])
@pytest.mark.parametrize("n", [0, 7, 1234, 1234567])
def test_localised_counts_are_grouped_as_the_amounts_are(code: str, n: int) -> None:
    from decimal import Decimal

    from desktop_app.domain.money import format_number

    i18n.set_language(code)
    text = i18n.translate_n("Services", "%Ln item(s), %n in all", n)
    assert text == f"{format_number(Decimal(n), 0, code)} item(s), {n} in all"
    assert i18n.grouped(n) == format_number(Decimal(n), 0, code)  # a byte count in a message, too
