"""Laying out text exhibits: long texts in linear time, masked whole."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop_app.pack import render


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_long_block_is_cut_into_pieces_of_whole_lines() -> None:
    body = "\n".join(f"line {i}" for i in range(5 * render.PIECE_LINES + 3))
    pieces = render._pieces(body)
    assert [len(p.split("\n")) for p in pieces] == [render.PIECE_LINES] * 5 + [3]
    assert "\n".join(pieces) == body, "nothing lost, nothing added"


def test_a_card_number_on_a_cut_is_masked_all_the_same() -> None:
    card = "4111 1111 1111 1111"
    long_line = "x" * (render.PIECE_CHARS - 8) + f" {card} " + "y" * 50
    assert all(len(piece) <= render.PIECE_CHARS for piece in render._pieces(long_line))
    assert any(card not in piece and "4111" in piece for piece in render._pieces(long_line)), "it is cut"
    text = pdf_text(render.render_text_exhibit("Export", [], long_line, [], paper="a4", reproducible=True))
    assert "1111 1111" not in text and "4111" not in text
    assert "yyyy" in text, "the text after it is there"


def test_thousands_of_lines_all_reach_the_pages() -> None:
    body = "\n".join(f"row {i:05d}" for i in range(3000))
    text = pdf_text(render.render_text_exhibit("Export", [], body, [], paper="a4", reproducible=True))
    assert "row 00000" in text and "row 02999" in text and text.count("row ") == 3000
