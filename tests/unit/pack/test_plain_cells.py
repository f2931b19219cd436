"""A table cell without markup is made without reportlab's parser: the same paragraph, the same
pages (issue 17, the front matter's time)."""

from __future__ import annotations

import dataclasses
from typing import Any
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from desktop_app.pack import render
from desktop_app.pack.typeset import plain_paragraph

TEXTS = [
    "2026-03-01",
    "Contact 7: the merchant promised again to look into the refund of 17,99 €.",
    "  leading and trailing  spaces  ",
    "two\nlines\n\nand a blank one",
    "Załącznik B — Kałużna-Wiśniewska, 1,2 kB",
    "Représentant·e du commerçant\u00a0: « non »",
    "a\u00adsoft\u00adhyphen and a tab\there",
    "x",
    "",
    "   ",
    "5555 5555 5555 4444",  # masked by text(): still plain
    "A & B",  # an entity once escaped: the parser's way
    "<b>bold</b>",
    "1 < 2 > 0",
    "line one\nline two",  # text() makes a <br/> of it
]


def _state(paragraph: Paragraph) -> dict[str, Any]:
    state = dict(paragraph.__dict__)
    state["frags"] = [(type(f), list(f.__dict__.items())) for f in paragraph.frags]
    return state


def _styles() -> list[ParagraphStyle]:
    styles: list[ParagraphStyle] = []
    for lang in ("en", "fr", "es", "pl"):
        made = render.make_styles(lang)
        styles += [getattr(made, f.name) for f in dataclasses.fields(made)]
    styles.append(ParagraphStyle("upper", parent=styles[0], textTransform="uppercase"))
    return styles


@pytest.mark.parametrize("value", TEXTS)
def test_a_cell_is_the_paragraph_reportlab_s_parser_makes(value: str) -> None:
    for style in _styles():
        for markup in (render.text(value), value):
            try:
                expected = Paragraph(markup, style)
            except ValueError:
                with pytest.raises(ValueError):
                    plain_paragraph(markup, style)
                continue
            made = plain_paragraph(markup, style)
            assert type(made) is Paragraph
            assert _state(made) == _state(expected), (markup, style.name)


def test_a_table_of_plain_cells_draws_the_same_bytes() -> None:
    st = render.make_styles("pl")
    values = [[f"2026-03-{1 + i % 28:02d}", "telefon", TEXTS[i % len(TEXTS)] * 3] for i in range(120)]

    def pdf(make: Any) -> bytes:
        header = [Paragraph(escape(v), st.cell_bold) for v in ("Kiedy", "Kanał", "Co")]
        rows = [[make(render.text(v), st.cell) for v in row] for row in values]
        table = render.record_table([header, *rows], [30 * mm, 25 * mm, 115 * mm])
        data, marks = render.build_doc([table], A4, title="t", subject="s", reproducible=True)
        assert marks.pages > 2
        return data

    assert pdf(plain_paragraph) == pdf(Paragraph)


def test_a_string_s_width_is_reportlab_s_own_each_time_it_is_asked() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop_app.resources import resource_path

    render.register_fonts()
    plain = TTFont("plain-dejavu-bold", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    words = [w for value in TEXTS for w in value.split()] + ["", "Ł", "€" * 40]
    for _ in range(2):  # measured, then remembered
        for word in words:
            for size in (7, 7.5, 8.0, 10.2, 17):
                assert pdfmetrics.stringWidth(word, render.BOLD, size) == plain.stringWidth(word, size)
                assert pdfmetrics.stringWidth(word.encode(), render.BOLD, size) == plain.stringWidth(
                    word, size
                )
