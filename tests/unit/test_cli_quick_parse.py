"""``dossier``, ``dossier gui`` and ``dossier cases`` are read without the whole parser: exactly as
the whole parser reads them, and anything else is left to it (help, errors, other commands)."""

from __future__ import annotations

import pytest

from desktop_app.cli.parser import build_parser, quick_parse

READ_ALIKE = [
    [],
    ["gui"],
    ["gui", "--sample-if-empty"],
    ["gui", "--data-dir", "/tmp/store"],
    ["gui", "--data-dir=/tmp/store", "--sample-if-empty"],
    ["--data-dir", "/tmp/a", "gui", "--data-dir", "/tmp/b"],
    ["--data-dir", "/tmp/a"],
    ["--data-dir", "gui"],
    ["--data-dir="],
    ["gui", "--sample-if-empty", "--sample-if-empty"],
    ["cases"],
    ["cases", "--json"],
    ["cases", "--data-dir", "/tmp/store", "--json"],
    ["--data-dir", "/tmp/store", "cases"],
]

LEFT_TO_THE_PARSER = [
    ["--help"],
    ["-h"],
    ["gui", "--help"],
    ["cases", "-h"],
    ["--version"],
    ["gui", "--sample"],  # an abbreviation: the parser's to accept
    ["gui", "--json"],
    ["cases", "--sample-if-empty"],
    ["--sample-if-empty", "gui"],
    ["gui", "gui"],
    ["gui", "cases"],
    ["cases", "1"],
    ["gui", "--data-dir"],
    ["gui", "--data-dir", "-x"],
    ["gui", "--"],
    ["deadlines"],
    ["pack", "1"],
    ["nonsense"],
]


@pytest.mark.parametrize("argv", READ_ALIKE, ids=lambda argv: " ".join(argv) or "nothing")
def test_the_quick_reading_is_the_parsers(argv: list[str]) -> None:
    quick = quick_parse(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", LEFT_TO_THE_PARSER, ids=" ".join)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert quick_parse(argv) is None
