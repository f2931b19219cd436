"""Issue 17: the exhibits in the order that argues, on the command line, and each exhibit's note (with
its one-line translation) on its first page and in the index, read back from the PDF."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.pack.render import STAMP_BAND
from desktop_app.resources import resource_path
from desktop_app.services import Services
from tests.support.cli import Result, run
from tests.support.pdf import need_poppler

SAMPLE = resource_path("sample", "case.json")
# The sample case's evidence, as imported: 1 invoice, 2 cancellation screenshot, 3 the merchant's
# confirmation e-mail, 4 the terms (text).
INVOICE, SCREENSHOT, EMAIL, TERMS = 1, 2, 3, 4


def dossier(data_dir: Path, *args: object) -> Result:
    return run(*(str(a) for a in args), "--data-dir", str(data_dir))


@pytest.fixture
def store(data_dir: Path) -> Path:
    imported = dossier(data_dir, "case", "import", SAMPLE)
    assert imported.code == 0, imported.err
    return data_dir


def pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def first_page_of(texts: list[str], stamp: str) -> int:
    (found,) = [n for n, text in enumerate(texts) if stamp in text]
    return found


def index_rows(texts: list[str], word: str) -> str:
    """The exhibit index's text (the page that holds its heading, up to the first exhibit)."""
    start = next(n for n, text in enumerate(texts) if word in text)
    return texts[start]


def evidence(data_dir: Path) -> list[dict[str, Any]]:
    listed = dossier(data_dir, "evidence", "list", "1", "--json")
    assert listed.code == 0, listed.err
    items: list[dict[str, Any]] = json.loads(listed.out)
    return items


def test_the_sample_s_evidence_is_as_this_file_says(store: Path) -> None:
    kinds = {e["id"]: e["kind"] for e in evidence(store)}
    assert kinds == {INVOICE: "invoice", SCREENSHOT: "cancellation_proof", EMAIL: "email", TERMS: "terms"}


def test_exhibits_follow_the_order_given_and_each_note_is_on_its_first_page_and_in_the_index(
    store: Path, tmp_path: Path
) -> None:
    edited = dossier(store, "evidence", "edit", EMAIL, "--note", "Confirms the cancellation on 28 August.",
                     "--note-translation", "Potwierdza rezygnację z 28 sierpnia.")  # fmt: skip
    assert edited.code == 0, edited.err
    out = tmp_path / "pack.pdf"
    built = dossier(
        store, "pack", "1", "-o", out, "--exhibits", f"{EMAIL},{INVOICE},{SCREENSHOT}", "--lang", "pl"
    )
    assert built.code == 0, built.err
    texts = pages(out)
    index = index_rows(texts, "Spis załączników")
    # The letters follow the order given: A the e-mail, B the invoice, C the screenshot; no terms.
    a, b, c = (index.index(f"{letter} ") for letter in "ABC")
    assert index.index("Cancellation confirmation e-mail") < index.index("Invoice F-2026-091502")
    assert index.index("Invoice F-2026-091502") < index.index("Account page after cancelling")
    assert a < b < c and "StreamNova terms" not in index and "D " not in index.split("Załącznik")[0]
    # Each note, in the pack's words, on the exhibit's first page, with its translation marked.
    first_a = texts[first_page_of(texts, "Załącznik A · strona 1/")]
    assert "Co potwierdza: Confirms the cancellation on 28 August." in first_a
    assert "Tłumaczenie: Potwierdza rezygnację z 28 sierpnia." in first_a
    first_b = texts[first_page_of(texts, "Załącznik B · strona 1/")]
    assert "Co potwierdza: Issued after the cancellation took effect." in first_b
    assert "Tłumaczenie" not in first_b  # no translation given
    first_c = texts[first_page_of(texts, "Załącznik C · strona 1/")]
    assert "Co potwierdza: Screenshot taken right after cancelling." in first_c
    # ... and in the index, whole, the translation below its note.
    assert "Co potwierdza: Confirms the cancellation on 28 August." in index
    note_at = index.index("Co potwierdza: Confirms")
    assert note_at < index.index("Tłumaczenie: Potwierdza rezygnację z 28 sierpnia.")
    assert "Co potwierdza: Issued after the cancellation took effect." in index


def test_without_exhibits_the_reason_s_order_which_the_services_give(store: Path, tmp_path: Path) -> None:
    with Services.open(store, interface="test") as services:
        order = services.exhibit_order(1)
    # cancelled subscription: the invoice, the cancellation proof, the terms, then the merchant's e-mail
    assert order == [INVOICE, SCREENSHOT, TERMS, EMAIL]
    out = tmp_path / "pack.pdf"
    built = dossier(store, "pack", "1", "-o", out, "--lang", "en")
    assert built.code == 0, built.err
    texts = pages(out)
    titles = [
        "Invoice F-2026-091502",
        "Account page after cancelling",
        "StreamNova terms",
        "Cancellation confirmation",
    ]
    # what each first page shows (B is the screenshot: a picture, with its caption)
    shown = ["Facture n° F-2026-091502", "What it shows: Screenshot taken right after cancelling.",
             "7.3 Tout montant prélevé", "Confirmation de résiliation de votre abonnement"]  # fmt: skip
    for letter, words in zip("ABCD", shown, strict=True):
        first = texts[first_page_of(texts, f"Exhibit {letter} · page 1/")]
        assert words in first, (letter, first[:300])
    index = index_rows(texts, "Exhibit index")
    positions = [index.index(title) for title in titles]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (f"{EMAIL},{INVOICE},{EMAIL}", "#3 is given more than once"),
        (f"{INVOICE},99,{EMAIL}", "#99"),
    ],
)
def test_a_wrong_order_is_refused_naming_the_ids_and_nothing_is_written(
    store: Path, tmp_path: Path, given: str, said: str
) -> None:
    out = tmp_path / "pack.pdf"
    refused = dossier(store, "pack", "1", "-o", out, "--exhibits", given)
    assert refused.code != 0
    assert said in refused.err, refused.err
    assert not out.exists() and not list(tmp_path.glob("*.pdf*"))


def test_an_exhibit_in_the_trash_is_refused_saying_so(store: Path, tmp_path: Path) -> None:
    assert dossier(store, "evidence", "trash", TERMS).code == 0
    refused = dossier(store, "pack", "1", "-o", tmp_path / "p.pdf", "--exhibits", f"{TERMS},{INVOICE}")
    assert refused.code != 0 and "#4 is not in this case, or is in its trash" in refused.err, refused.err


def test_a_long_note_is_cut_on_the_page_and_whole_in_the_index(store: Path, tmp_path: Path) -> None:
    long = "The terms say that a subscription cancelled before the renewal date is not billed again; " * 4
    long += "END-OF-NOTE."
    assert dossier(store, "evidence", "edit", TERMS, "--note", long).code == 0
    out = tmp_path / "pack.pdf"
    assert (
        dossier(store, "pack", "1", "-o", out, "--exhibits", f"{TERMS},{INVOICE}", "--lang", "en").code == 0
    )
    texts = pages(out)
    first = texts[first_page_of(texts, "Exhibit A · page 1/")]
    assert "What it shows: The terms say" in first and "…" in first and "END-OF-NOTE." not in first
    index = index_rows(texts, "Exhibit index")
    assert "END-OF-NOTE." in index and " ".join(long.split()) in index


def test_the_caption_stays_in_the_stamp_band_clear_of_the_exhibit_s_content(
    store: Path, tmp_path: Path
) -> None:
    need_poppler()
    assert dossier(store, "evidence", "edit", TERMS, "--note", "Article 7 cancellation policy NOTEWORD",
                   "--note-translation", "Article 7 traduction TRANSWORD").code == 0  # fmt: skip
    out = tmp_path / "pack.pdf"
    built = dossier(
        store, "pack", "1", "-o", out, "--exhibits", f"{TERMS},{INVOICE},{SCREENSHOT}", "--lang", "en"
    )
    assert built.code == 0, built.err
    texts = pages(out)
    for page_no in (first_page_of(texts, "Exhibit A · page 1/"), first_page_of(texts, "Exhibit B · page 1/")):
        words = _words(out, page_no + 1)
        band = [w for w in words if w[4] <= STAMP_BAND]  # (xMin, yMin, xMax, yMax, yMax...) from the top
        below = [w for w in words if w[1] >= STAMP_BAND]
        assert len(band) + len(below) == len(words), "a word straddles the stamp band's edge"
        band_text = " ".join(w[5] for w in band)
        assert "Exhibit" in band_text and "What" in band_text
        if page_no == first_page_of(texts, "Exhibit A · page 1/"):
            assert "NOTEWORD" in band_text and "TRANSWORD" in band_text
            assert all(w[5] not in ("NOTEWORD", "TRANSWORD") for w in below)


def _words(pdf: Path, page: int) -> list[tuple[float, float, float, float, float, str]]:
    """poppler's words of a page with their boxes, in points from the page's top-left corner."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = []
    for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html
    ):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        found.append((x0, y0, x1, y1, y1, m.group(5)))
    return found


def test_evidence_show_and_list_give_the_translation_and_add_takes_one(store: Path, tmp_path: Path) -> None:
    extra = tmp_path / "refus.txt"
    extra.write_text("No procede el reembolso.", encoding="utf-8")
    added = dossier(store, "evidence", "add", "1", extra, "--kind", "letter", "--note", "The refusal.",
                    "--note-translation", "Odmowa zwrotu.")  # fmt: skip
    assert added.code == 0, added.err
    new_id = max(e["id"] for e in evidence(store))
    shown = dossier(store, "evidence", "show", new_id)
    assert "Note: The refusal." in shown.out and "Note's translation: Odmowa zwrotu." in shown.out
    as_json = json.loads(dossier(store, "evidence", "show", new_id, "--json").out)
    assert (as_json["note_translation"], as_json["redactions"]) == ("Odmowa zwrotu.", [])
    listed = {e["id"]: e for e in evidence(store)}
    assert listed[new_id]["note_translation"] == "Odmowa zwrotu."
    cleared = dossier(store, "evidence", "edit", new_id, "--note-translation", "")
    assert cleared.code == 0, cleared.err
    assert json.loads(dossier(store, "evidence", "show", new_id, "--json").out)["note_translation"] is None


def test_a_translation_without_a_note_or_of_two_lines_is_refused(store: Path, tmp_path: Path) -> None:
    extra = tmp_path / "x.txt"
    extra.write_text("x", encoding="utf-8")
    refused = dossier(store, "evidence", "add", "1", extra, "--note-translation", "Tłumaczenie")
    assert refused.code != 0 and "needs the note" in refused.err, refused.err
    assert len(evidence(store)) == 4  # nothing added
    two = dossier(store, "evidence", "edit", INVOICE, "--note-translation", "one\ntwo")
    assert two.code != 0 and "one line" in two.err, two.err
    assert json.loads(dossier(store, "evidence", "show", INVOICE, "--json").out)["note_translation"] is None


def test_caption_lines_wrap_cut_and_keep_to_the_room() -> None:
    from reportlab.pdfbase import pdfmetrics

    from desktop_app.pack.overlay import CAPTION_SIZE, caption_lines
    from desktop_app.pack.render import register_fonts

    register_fonts()
    room = 200.0
    short = caption_lines("What it shows: short.", None, room)
    assert [line for line, _ in short] == ["What it shows: short."]
    words = "What it shows: " + "word " * 80
    two = caption_lines(words, None, room)
    assert len(two) == 2 and two[1][0].endswith("…") and not two[0][0].endswith("…")
    with_translation = caption_lines(words, "Translation: " + "słowo " * 80, room)
    assert len(with_translation) == 2
    assert with_translation[0][0].endswith("…") and with_translation[1][0].endswith("…")
    assert with_translation[1][1] != with_translation[0][1]  # the translation set apart (italic)
    one_long_word = caption_lines("X" * 400, None, room)
    assert len(one_long_word) == 2 and one_long_word[1][0].endswith("…")
    for line, font in two + with_translation + one_long_word:
        assert pdfmetrics.stringWidth(line, font, CAPTION_SIZE) <= room, line
    assert caption_lines(None, None, room) == []
