"""The pack's and the letters' language default to the case's country's; ``--date`` dates a letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.profiles import case_language
from tests.support.cli import run
from tests.support.pdf import flat_text


@pytest.mark.parametrize(
    ("country", "lang"),
    [
        ("FR", "fr"),
        ("be", "fr"),
        ("ES", "es"),
        ("MX", "es"),
        ("PL", "pl"),
        ("GB", "en"),
        ("US", "en"),
        ("DE", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_a_case_s_language_follows_its_country(country: str | None, lang: str) -> None:
    assert case_language(country) == lang


def new_case(data_dir: Path, country: str) -> str:
    made = run(
        "case", "new", "--title", "Abonnement", "--merchant", "Shop", "--reason", "cancelled_recurring",
        "--currency", "PLN" if country == "PL" else "EUR", "--country", country, "--payment-method", "card",
        "--network", "visa", "--data-dir", data_dir,
    )  # fmt: skip
    assert made.code == 0, made.err
    case_id = made.out.strip().splitlines()[-1]
    added = run("charge", "add", case_id, "--date", "2026-10-05", "--amount", "1440", "--data-dir", data_dir)
    assert added.code == 0, added.err
    return case_id


def test_the_letter_speaks_the_case_s_language_and_is_dated_as_asked(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = new_case(data_dir, "PL")
    letter = run("letter", case_id, "--kind", "merchant-complaint", "--date", "2026-12-01", "-o", "-",
                 "--data-dir", data_dir)  # fmt: skip
    assert letter.code == 0, letter.err
    assert "Szanowni Państwo" in letter.out and "1 grudnia 2026" in letter.out
    english = run("letter", case_id, "--kind", "merchant-complaint", "--lang", "en", "--date", "2026-12-24",
                  "-o", "-", "--data-dir", data_dir)  # fmt: skip
    assert "Dear Sir or Madam" in english.out and "24 December 2026" in english.out
    wrong = run("letter", case_id, "--kind", "merchant-complaint", "--date", "2026-02-30", "-o", "-",
                "--data-dir", data_dir)  # fmt: skip
    assert wrong.code == 2 and "2026-02-30" in wrong.err + capsys.readouterr().err  # argparse says it


def test_the_pack_speaks_the_case_s_language(data_dir: Path, tmp_path: Path) -> None:
    case_id = new_case(data_dir, "FR")
    pack = tmp_path / "pack.pdf"
    made = run("pack", case_id, "-o", pack, "--data-dir", data_dir)
    assert made.code == 0, made.err
    text = flat_text(pack)
    assert "Commerçant" in text or "commerçant" in text, text[:400]
