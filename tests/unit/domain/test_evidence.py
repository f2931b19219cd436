"""Evidence rules without I/O: folding, titles, safe file names (kinds: tests/unit/intake)."""

from __future__ import annotations

import pytest

from desktop_app.domain.evidence import safe_file_name, title_from_file_name
from desktop_app.domain.text import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Łódź", "lodz"),
        ("Zażółć", "zazolc"),
        ("Résumé", "resume"),
        ("señor", "senor"),
        ("gęślą jaźń", "gesla jazn"),
        ("Øresund", "oresund"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("/abs/path/facture.pdf", "facture.pdf"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        ("tab\there\x00.pdf", "tab_here_.pdf"),
        ("Zażółć gęślą jaźń.pdf", "Zażółć gęślą jaźń.pdf"),
        ("Łódź – wyciąg.pdf", "Łódź – wyciąg.pdf"),
        ("CON.txt", "file_CON.txt"),
        ("con", "file_con"),
        ("lpt1.pdf", "file_lpt1.pdf"),
        ("COM3.tar.gz", "file_COM3.tar.gz"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("  trailing dot. ", "trailing dot"),
        ("", "file"),
        ("...", "file"),
        ("../", "file"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_safe_file_name_never_contains_forbidden_characters() -> None:
    result = safe_file_name('x/y\\z<>:"|?*\x01\x1f.pdf')
    assert not set(result) & set('/\\<>:"|?*\x01\x1f')


def test_safe_file_name_truncates_long_names_keeping_the_extension() -> None:
    name = "ż" * 300 + ".pdf"
    result = safe_file_name(name)
    assert len(result) == 120
    assert result.endswith(".pdf")
    assert result == "ż" * 116 + ".pdf"


def test_safe_file_name_truncates_with_a_custom_limit() -> None:
    assert safe_file_name("abcdefghij.jpeg", limit=10) == "abcde.jpeg"
    assert len(safe_file_name("x" * 50, limit=20)) == 20


def test_safe_file_name_leaves_short_names_alone() -> None:
    assert safe_file_name("facture-F-2026-091502.pdf") == "facture-F-2026-091502.pdf"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Facture_du_15_août.pdf", "Facture du 15 août"),
        ("archive.tar.gz", "archive.tar"),
        (".bashrc", ".bashrc"),
        ("README", "README"),
    ],
)
def test_title_from_file_name(name: str, title: str) -> None:
    assert title_from_file_name(name) == title
