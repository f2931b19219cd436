"""Issue 16 on the command line: ``case new/edit --language`` and ``--customer-city``, ``contact
add/edit --delivery``; ``case show --json`` and case files carry them; refusals exit 2, name the
option, say what was read, and leave the store as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.vocab import LetterDelivery
from tests.support.cli import Result, run
from tests.support.snapshot import snapshot

CASE = ("--title", "Prélèvements après résiliation", "--merchant", "StreamNova SAS", "--reason",
        "cancelled_recurring", "--currency", "EUR", "--country", "FR")  # fmt: skip
LETTER = ("--at", "2026-11-20T10:00+01:00", "--channel", "letter", "--direction", "outgoing")


def dossier(data_dir: Path, *args: object) -> Result:
    return run(*(str(a) for a in args), "--data-dir", str(data_dir))


def new_case(data_dir: Path, *extra: str) -> str:
    made = dossier(data_dir, "case", "new", *CASE, *extra)
    assert made.code == 0, made.err
    return made.out.strip()


def shown(data_dir: Path, case_id: str) -> dict[str, Any]:
    result = dossier(data_dir, "case", "show", case_id, "--json")
    assert result.code == 0, result.err
    document: dict[str, Any] = json.loads(result.out)
    return document


def test_a_case_s_language_and_city_are_kept_shown_and_cleared(data_dir: Path, tmp_path: Path) -> None:
    case_id = new_case(data_dir, "--language", "ES", "--customer-city", "  Lyon ")
    document = shown(data_dir, case_id)
    assert document["language"] == "es" and document["customer"]["city"] == "Lyon"
    assert document["country"] == "FR"
    edited = dossier(data_dir, "case", "edit", case_id, "--language", "pl", "--customer-city", "Łódź")
    assert edited.code == 0, edited.err
    document = shown(data_dir, case_id)
    assert (document["language"], document["customer"]["city"]) == ("pl", "Łódź")
    out = tmp_path / "case.json"
    exported = dossier(data_dir, "case", "export", case_id, "-o", out)
    assert exported.code == 0, exported.err
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (written["language"], written["customer"]["city"]) == ("pl", "Łódź")
    for clear in ("none", ""):
        dossier(data_dir, "case", "edit", case_id, "--language", "fr")
        cleared = dossier(data_dir, "case", "edit", case_id, "--language", clear, "--customer-city", "")
        assert cleared.code == 0, cleared.err
        document = shown(data_dir, case_id)
        assert (document["language"], document["customer"]["city"]) == (None, None)
    # Options not given leave them as they are.
    dossier(data_dir, "case", "edit", case_id, "--language", "en", "--customer-city", "Paris")
    assert dossier(data_dir, "case", "edit", case_id, "--title", "Renamed").code == 0
    document = shown(data_dir, case_id)
    assert (document["title"], document["language"], document["customer"]["city"]) == (
        "Renamed",
        "en",
        "Paris",
    )


def test_a_case_without_a_language_has_none(data_dir: Path) -> None:
    document = shown(data_dir, new_case(data_dir))
    assert document["language"] is None and document["customer"]["city"] is None


@pytest.mark.parametrize("command", ["new", "edit"])
def test_a_language_dossier_does_not_write_is_refused_saying_what_was_read(
    data_dir: Path, command: str
) -> None:
    case_id = new_case(data_dir, "--language", "fr")
    before = snapshot(data_dir)
    args = ("case", "new", *CASE) if command == "new" else ("case", "edit", case_id)
    refused = dossier(data_dir, *args, "--language", "deutsch")
    assert refused.code == 2
    assert "--language: “deutsch” is not a language Dossier writes the pack and the letters in" in refused.err
    assert "en, fr, es, pl" in refused.err
    assert snapshot(data_dir) == before


def test_how_a_letter_was_sent_is_kept_and_edited(data_dir: Path) -> None:
    case_id = new_case(data_dir)
    added = dossier(data_dir, "contact", "add", case_id, *LETTER, "--delivery", "registered_post",
                    "--reference", "1A 234 567 8901 2")  # fmt: skip
    assert added.code == 0, added.err
    contact_id = added.out.strip()
    (contact,) = shown(data_dir, case_id)["communications"]
    assert (contact["channel"], contact["delivery"]) == ("letter", "registered_post")
    for delivery in LetterDelivery.values():
        assert dossier(data_dir, "contact", "edit", contact_id, "--delivery", delivery).code == 0
        assert shown(data_dir, case_id)["communications"][0]["delivery"] == delivery
    assert dossier(data_dir, "contact", "edit", contact_id, "--delivery", "none").code == 0
    assert shown(data_dir, case_id)["communications"][0]["delivery"] is None
    plain = dossier(data_dir, "contact", "add", case_id, *LETTER)  # a letter without it: not said
    assert plain.code == 0 and shown(data_dir, case_id)["communications"][1]["delivery"] is None


def test_a_delivery_on_a_contact_that_is_no_letter_is_refused_saying_why(data_dir: Path) -> None:
    case_id = new_case(data_dir)
    letter = dossier(data_dir, "contact", "add", case_id, *LETTER, "--delivery", "post").out.strip()
    before = snapshot(data_dir)
    refused = dossier(data_dir, "contact", "add", case_id, "--at", "2026-11-20T10:00+01:00", "--channel",
                      "phone", "--direction", "outgoing", "--delivery", "post")  # fmt: skip
    assert refused.code == 2
    said = "--delivery: How it was sent (delivery: post) is said of a letter, and this contact's channel is"
    assert f"{said} phone" in refused.err
    moved = dossier(data_dir, "contact", "edit", letter, "--channel", "email")
    assert moved.code == 2 and "--channel: How it was sent (delivery: post) is said of a letter" in moved.err
    assert snapshot(data_dir) == before
    # Cleared in the same edit, the channel may change.
    assert dossier(data_dir, "contact", "edit", letter, "--channel", "email", "--delivery", "none").code == 0
    (contact,) = shown(data_dir, case_id)["communications"]
    assert (contact["channel"], contact["delivery"]) == ("email", None)


def test_an_unknown_delivery_is_refused_by_the_parser(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = new_case(data_dir)
    refused = dossier(data_dir, "contact", "add", case_id, *LETTER, "--delivery", "pigeon")
    assert refused.code == 2
    assert "pigeon" in refused.err + capsys.readouterr().err


def test_the_pack_starts_in_the_language_chosen_for_the_case(data_dir: Path, tmp_path: Path) -> None:
    from tests.support.pdf import flat_text

    case_id = new_case(data_dir, "--language", "pl")
    assert dossier(data_dir, "charge", "add", case_id, "--date", "2026-10-05", "--amount", "17,99").code == 0
    pack = tmp_path / "pack.pdf"
    made = dossier(data_dir, "pack", case_id, "-o", pack)
    assert made.code == 0, made.err
    polish = flat_text(pack)
    english = tmp_path / "en.pdf"
    assert dossier(data_dir, "pack", case_id, "-o", english, "--lang", "en").code == 0
    assert flat_text(english) != polish
    french = tmp_path / "fr.pdf"
    dossier(data_dir, "case", "edit", case_id, "--language", "none")
    assert dossier(data_dir, "pack", case_id, "-o", french).code == 0
    assert "ommerçant" in flat_text(french) and "ommerçant" not in polish
