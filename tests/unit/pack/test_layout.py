"""No table cell of the pack breaks inside a word, in en, fr, es or pl.

The packs of a case full of long words, e-mail addresses and references are built in each language;
every reportlab Table drawn on the way is kept, and after the build each of its paragraphs is read
back as reportlab broke it into lines (its own ``blPara``): every line fits the cell's width by
reportlab's ``stringWidth`` at the size used, and every word the cell was given is whole on one
line, or broken only after a natural separator of an address or reference, or at one of its
language's hyphenation points (pyphen), with a "-".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyphen
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import tables as rl_tables

from desktop_app.pack import layout
from desktop_app.pack.render import make_styles, record_table
from desktop_app.services import PackOptions, Services
from tests.support.environment import isolated_for
from tests.unit.pack.layout_case import LONG_CODE, LONG_EMAIL, LONG_REFERENCE, LONG_WORDS, import_layout_case

LANGS = ("en", "fr", "es", "pl")
SEPARATORS = "@/\\-_.:;,+=&?#|"
SPACE = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u200b\u2028\u2029\u205f\u3000]+")
HYPHENATION = {"en": "en_GB", "fr": "fr", "es": "es", "pl": "pl_PL"}


@dataclass
class Drawn:
    """What a pack build drew: every Table, and the text each fitted paragraph was made from."""

    tables: list[Any] = field(default_factory=list)
    given: dict[int, Paragraph] = field(default_factory=dict)  # id(drawn paragraph) -> as given


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Path, Drawn]]]:
    built: dict[str, tuple[Path, Drawn]] = {}
    with isolated_for(tmp_path_factory) as home, pytest.MonkeyPatch.context() as patch:
        current = Drawn()
        original_init = rl_tables.Table.__init__
        original_fit = layout.fit_table

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            original_init(self, *args, **kwargs)
            current.tables.append(self)

        def fit(rows: list[list[Any]], *args: Any, **kwargs: Any) -> Any:
            out, widths = original_fit(rows, *args, **kwargs)
            for row_in, row_out in zip(rows, out, strict=True):
                for cell_in, cell_out in zip(row_in, row_out, strict=False):
                    for p_in, p_out in zip(
                        layout.cell_paragraphs(cell_in), layout.cell_paragraphs(cell_out), strict=True
                    ):
                        current.given[id(p_out)] = p_in
            return out, widths

        patch.setattr(rl_tables.Table, "__init__", init)
        patch.setattr(layout, "fit_table", fit)
        with Services.open(home / "store", interface="test") as services:
            case = import_layout_case(services, home / "case")
            for lang in LANGS:
                current = Drawn()
                out = home / f"pack-{lang}.pdf"
                services.build_pack(case, out, PackOptions(lang=lang, today=date(2026, 12, 1)))
                built[lang] = (out, current)
        yield built


def _plain(paragraph: Paragraph) -> str:
    """The paragraph's text as reportlab parsed it, a line break as "\n"."""
    frags = Paragraph(paragraph.text, paragraph.style).frags
    return "".join("\n" if getattr(f, "lineBreak", False) else f.text for f in frags)


def _lines(paragraph: Paragraph) -> list[tuple[str, float]]:
    """Each line reportlab set, with its width by stringWidth at the fonts and sizes it used."""
    block = paragraph.blPara
    out = []
    for line in block.lines:
        if block.kind == 0:
            words = line[1]
            value = " ".join(words)
            out.append((value, stringWidth(value, paragraph.style.fontName, paragraph.style.fontSize)))
        else:
            value = "".join(f.text for f in line.words)
            width = sum(stringWidth(f.text, f.fontName, f.fontSize) for f in line.words)
            out.append((value, width))
    return out


def _hyphenation_points(word: str, lang: str) -> set[int]:
    return set(pyphen.Pyphen(lang=HYPHENATION[lang]).positions(word))


def _check_words(given: str, lines: list[str], lang: str) -> list[str]:
    """What is wrong: a word of ``given`` broken anywhere but at a separator or a hyphenation point."""
    tokens: list[tuple[str, bool]] = []  # (token, ends its line)
    for line in lines:
        words = [w for w in SPACE.split(line) if w]
        tokens += [(w, i == len(words) - 1) for i, w in enumerate(words)]
    problems: list[str] = []
    position = 0
    for word in (w for w in SPACE.split(given) if w):
        rest = word
        while rest:
            if position >= len(tokens):
                return [*problems, f"{word!r}: missing from the lines {lines}"]
            token, at_end = tokens[position]
            position += 1
            if token == rest:
                break
            done = word[: len(word) - len(rest)]
            if at_end and rest.startswith(token) and token[-1] in SEPARATORS:
                rest = rest[len(token) :]
                continue
            if at_end and token.endswith("-") and rest.startswith(token[:-1]):
                core = re.sub(r"^\W+|\W+$", "", word)
                at = len(done) + len(token) - 1 - (len(word) - len(word.lstrip("\"'([{¿¡")))
                if at in _hyphenation_points(core, lang):
                    rest = rest[len(token) - 1 :]
                    continue
            problems.append(f"{word!r} broken as {token!r} (lines {lines})")
            break
    return problems


def _cells(table: Any) -> Iterator[tuple[int, Paragraph]]:
    for row in table._cellvalues:
        for c, cell in enumerate(row):
            for paragraph in layout.cell_paragraphs(cell):
                yield c, paragraph


@pytest.mark.parametrize("lang", LANGS)
def test_no_cell_of_the_packs_tables_breaks_inside_a_word(
    packs: dict[str, tuple[Path, Drawn]], lang: str
) -> None:
    _, drawn = packs[lang]
    fitted = [t for t in drawn.tables if any(id(p) in drawn.given for _, p in _cells(t))]
    assert len(fitted) >= 5  # transactions, timeline, communications, index, appendix
    problems: list[str] = []
    seen: set[str] = set()
    for table in fitted:
        for _, paragraph in _cells(table):
            if not hasattr(paragraph, "blPara"):
                continue  # a repeated header row's copy, or a cell never drawn
            lines = _lines(paragraph)
            space = stringWidth(" ", paragraph.style.fontName, paragraph.style.fontSize)
            for value, width in lines:
                # reportlab lets a line's spaces shrink by style.spaceShrinkage (5 %) to fit it
                squeeze = value.count(" ") * space * paragraph.style.spaceShrinkage
                if width > paragraph.width + squeeze + 0.01:
                    problems.append(f"{value!r}: {width:.1f} pt in a cell of {paragraph.width:.1f} pt")
            given = _plain(drawn.given.get(id(paragraph), paragraph))
            seen.add(given)
            problems += _check_words(given, [v for v, _ in lines], lang)
    assert not problems, "\n".join(problems)
    everything = " ".join(seen)
    for hard in (LONG_EMAIL, LONG_REFERENCE, LONG_CODE, *LONG_WORDS):
        assert hard in everything, hard  # the hard cases did reach the tables


@pytest.mark.parametrize("lang", LANGS)
def test_every_drawn_table_keeps_its_words_whole(packs: dict[str, tuple[Path, Drawn]], lang: str) -> None:
    """Every Table of the pack (page 1's too, and an e-mail's headers), through reportlab's lines."""
    _, drawn = packs[lang]
    problems: list[str] = []
    for table in drawn.tables:
        for _, paragraph in _cells(table):
            if hasattr(paragraph, "blPara"):
                given = _plain(drawn.given.get(id(paragraph), paragraph))
                problems += _check_words(given, [v for v, _ in _lines(paragraph)], lang)
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- the helpers, one by one


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        ("pl", "Konstantynopolitańczykowianeczka"),
        ("pl", "Przedstawiciel"),
        ("fr", "anticonstitutionnellement"),
        ("es", "electroencefalografista"),
        ("en", "Representative"),
    ],
)
def test_a_word_too_wide_even_at_the_floor_is_hyphenated_by_its_language(lang: str, word: str) -> None:
    st = make_styles(lang)
    room = 14 * mm
    paragraph = layout.fit_paragraph(Paragraph(word, st.cell), room, lang)
    assert paragraph.style.fontSize == pytest.approx(st.cell.fontSize * layout.FLOOR, abs=0.1)
    paragraph.wrap(room, 1000)
    lines = [v for v, _ in _lines(paragraph)]
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line[:-1] for line in lines[:-1]) + lines[-1] == word
    assert not _check_words(word, lines, lang)
    for value, width in _lines(paragraph):
        assert width <= room + 0.01, value


def test_an_email_address_breaks_after_its_separators_without_a_hyphen() -> None:
    st = make_styles("pl")
    room = 26 * mm - 6
    paragraph = layout.fit_paragraph(Paragraph(LONG_EMAIL, st.cell), room, "pl")
    paragraph.wrap(room, 1000)
    lines = [v for v, _ in _lines(paragraph)]
    assert "".join(lines) == LONG_EMAIL  # nothing added: no hyphen in an address
    assert all(line[-1] in SEPARATORS for line in lines[:-1]), lines
    assert any(line.endswith("@") for line in lines), lines


def test_a_word_that_fits_a_smaller_size_is_set_smaller_not_broken() -> None:
    st = make_styles("pl")
    word_width = stringWidth("Przedstawiciel", st.cell.fontName, st.cell.fontSize)
    paragraph = layout.fit_paragraph(Paragraph("Przedstawiciel", st.cell), word_width * 0.9, "pl")
    assert paragraph.text == "Przedstawiciel"
    assert layout.FLOOR * st.cell.fontSize <= paragraph.style.fontSize < st.cell.fontSize


def test_a_word_that_fits_is_left_alone() -> None:
    st = make_styles("fr")
    given = Paragraph("Représentant du commerçant", st.cell)
    assert layout.fit_paragraph(given, 30 * mm, "fr") is given


def test_columns_grow_from_the_ones_with_room_to_spare() -> None:
    widths = [20.0, 20.0, 100.0]
    # The 10 points the middle column lacks come from the others in proportion to what each can
    # spare (10 and 80 points).
    assert layout.column_widths([10, 30, 20], widths) == pytest.approx([20 - 10 / 9, 30, 100 - 80 / 9])
    assert layout.column_widths([10, 10, 20], widths) == widths  # nothing lacks room: unchanged
    # Not enough room: the short columns share what is left; the total never changes.
    squeezed = layout.column_widths([60, 60, 60], widths)
    assert sum(squeezed) == pytest.approx(140)


@pytest.mark.parametrize("lang", LANGS)
def test_record_table_widens_a_narrow_header_column_and_keeps_the_total(lang: str) -> None:
    st = make_styles(lang)
    header = {"en": "Representative", "fr": "Représentant", "es": "Documento", "pl": "Załącznik"}[lang]
    rows = [
        [Paragraph(header, st.cell_bold), Paragraph("Opis", st.cell_bold)],
        [Paragraph("A", st.cell), Paragraph("Abonament miesięczny", st.cell)],
    ]
    widths = [14 * mm, 150 * mm]
    table = record_table(rows, widths, lang=lang)
    assert sum(table._colWidths) == pytest.approx(sum(widths))
    assert table._colWidths[0] >= stringWidth(header, st.cell_bold.fontName, st.cell_bold.fontSize) + 6
    assert table._cellvalues[0][0].style.fontSize == st.cell_bold.fontSize  # room found: not smaller


# --------------------------------------------------------------------------- every word from its language


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _english_words(lang: str) -> set[str]:
    """The words of en.json's own sentences that ``lang``'s file does not use itself."""

    def words(texts: list[str]) -> set[str]:
        return {w.lower() for t in texts for w in re.findall(r"[A-Za-z]{4,}", re.sub(r"\{[a-z_]+\}", " ", t))}

    own = words(_strings(_load_strings(lang)))
    return words(_strings(_load_strings("en"))) - own - {"dossier"}


def _load_strings(lang: str) -> Any:
    import json

    from desktop_app.resources import resource_path

    return json.loads(resource_path("pack", "strings", f"{lang}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["fr", "es", "pl"])
def test_no_english_word_reaches_a_french_spanish_or_polish_pack(
    packs: dict[str, tuple[Path, Drawn]], lang: str
) -> None:
    """The case's own words are Polish (tests/unit/pack/layout_case.py): any English word of en.json in
    the pack's pages, bookmarks or metadata comes from Dossier, not from the user."""
    from pypdf import PdfReader

    from tests.support.pdf import outline_titles, pdftotext

    out, _ = packs[lang]
    reader = PdfReader(out)
    metadata = reader.metadata
    assert metadata is not None
    texts = [pdftotext(out), *outline_titles(reader), str(metadata.title), str(metadata.subject)]
    english = _english_words(lang)
    found = sorted({w for t in texts for w in re.findall(r"[A-Za-z]{4,}", t) if w.lower() in english})
    assert not found, found


@pytest.mark.parametrize(("lang", "tag"), [("en", "en"), ("fr", "fr"), ("es", "es"), ("pl", "pl")])
def test_the_pack_declares_its_language(packs: dict[str, tuple[Path, Drawn]], lang: str, tag: str) -> None:
    from pypdf import PdfReader

    out, _ = packs[lang]
    assert str(PdfReader(out).root_object["/Lang"]) == tag


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_declares_its_language(lang: str) -> None:
    import io

    from pypdf import PdfReader

    from desktop_app.pack.letters import letter_pdf
    from tests.support.letter_cases import build_case, render

    letter = render("bank-complaint", lang, build_case("PL", "debit"))
    assert str(PdfReader(io.BytesIO(letter_pdf(letter))).root_object["/Lang"]) == letter.lang == lang


@pytest.mark.parametrize(
    ("lang", "size", "written"),
    [
        ("en", 999, "999\u00a0B"),
        ("en", 1234, "1.2\u00a0kB"),
        ("pl", 1234, "1,2\u00a0kB"),
        ("es", 1234, "1,2\u00a0kB"),
        ("fr", 1234, "1,2\u00a0ko"),
        ("fr", 999, "999\u00a0o"),
        ("pl", 14_500_000, "14,50\u00a0MB"),
        ("fr", 14_500_000, "14,50\u00a0Mo"),
        ("en", 999_960, "1.00\u00a0MB"),  # not "1000.0 kB"
        ("en", 1_234_560_000, "1,234.56\u00a0MB"),
        ("pl", 1_234_560_000, "1\u00a0234,56\u00a0MB"),
        ("es", 1_234_560_000, "1.234,56\u00a0MB"),
    ],
)
def test_sizes_are_written_in_the_languages_style(lang: str, size: int, written: str) -> None:
    from desktop_app.pack.render import human_size
    from desktop_app.pack.strings import PackStrings

    assert PackStrings(lang).size(size) == written == human_size(size, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_appendix_writes_sizes_in_the_pack_language(
    packs: dict[str, tuple[Path, Drawn]], lang: str
) -> None:
    from tests.support.pdf import pdftotext

    out, _ = packs[lang]
    text = pdftotext(out)  # poppler gives the no-break space as a space
    sizes = re.findall(r"(\d+(?:[.,]\d+)?)[ \u00a0](B|kB|MB|o|ko|Mo)\n", text)
    assert len(sizes) >= 5, text[-1500:]  # one per exhibit of the appendix
    point = "." if lang == "en" else ","
    assert all(point in number for number, unit in sizes if unit not in ("B", "o")), sizes
    assert {unit for _, unit in sizes} <= ({"o", "ko", "Mo"} if lang == "fr" else {"B", "kB", "MB"}), sizes


@pytest.mark.parametrize(
    ("lang", "written"), [("en", "SHA-256: "), ("fr", "SHA-256 : "), ("pl", "SHA-256: ")]
)
def test_a_label_and_its_value_are_written_in_the_languages_style(
    packs: dict[str, tuple[Path, Drawn]], lang: str, written: str
) -> None:
    from desktop_app.pack.strings import PackStrings
    from tests.support.pdf import pdftotext

    assert PackStrings("fr").labelled("Source", "x") == "Source\u00a0: x"  # a no-break space before ":"
    assert written in pdftotext(packs[lang][0])  # poppler gives the no-break space as a space


@pytest.mark.parametrize("lang", ["fr", "es", "pl"])
def test_the_page_of_a_file_that_cannot_be_shown_writes_its_size_in_the_pack_language(
    packs: dict[str, tuple[Path, Drawn]], lang: str
) -> None:
    from desktop_app.pack.strings import PackStrings
    from tests.support.pdf import pdftotext

    text = " ".join(pdftotext(packs[lang][0]).split())
    found = re.search(r"application/zip, ([^)]*)\)", text)
    assert found, text
    size = PackStrings(lang).size(len(_zip_bytes()))
    assert found.group(1) == size.replace("\u00a0", " ")


def _zip_bytes() -> bytes:
    from tests.unit.pack import layout_case

    return layout_case._zip()


def test_a_date_is_set_smaller_rather_than_broken_at_its_hyphens() -> None:
    st = make_styles("pl")
    width = stringWidth("2026-08-28", st.cell.fontName, st.cell.fontSize)
    paragraph = layout.fit_paragraph(Paragraph("2026-08-28 21:14", st.cell), width * 0.85, "pl")
    assert paragraph.text == "2026-08-28 21:14"  # smaller, whole
    assert paragraph.style.fontSize < st.cell.fontSize


def test_a_code_with_no_break_point_is_cut_only_as_a_last_resort_and_every_piece_fits() -> None:
    st = make_styles("en")
    room = 12 * mm
    paragraph = layout.fit_paragraph(Paragraph(LONG_CODE, st.cell), room, "en")
    paragraph.wrap(room, 1000)
    lines = [v for v, _ in _lines(paragraph)]
    assert "".join(lines) == LONG_CODE and len(lines) > 1
    assert all(width <= room + 0.01 for _, width in _lines(paragraph))


def test_a_long_address_breaks_at_its_separators_rather_than_squeeze_the_text_beside_it() -> None:
    st = make_styles("en")
    rows = [
        [Paragraph("Counterpart", st.cell_bold), Paragraph("Summary", st.cell_bold)],
        [Paragraph(LONG_EMAIL, st.cell), Paragraph("Reported the charge; a refund was promised.", st.cell)],
    ]
    widths = [28 * mm, 60 * mm]
    table = record_table(rows, widths, lang="en")
    assert table._colWidths == pytest.approx(widths)  # the summary keeps its room
    cell = table._cellvalues[1][0]
    assert cell.style.fontSize == st.cell.fontSize  # broken at its separators, not set smaller
    cell.wrap(table._colWidths[0] - 6, 1000)
    lines = [v for v, _ in _lines(cell)]
    assert "".join(lines) == LONG_EMAIL and all(line[-1] in SEPARATORS for line in lines[:-1]), lines
