"""What the pack's CPU time rests on, and that it changes nothing of the pages (issue 17)."""

from __future__ import annotations

import resource
from typing import Any

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from desktop_app.pack import memory, render


def _log_table_pdf(rows: int, paragraph_class: type[Paragraph]) -> tuple[bytes, int]:
    """A communication log's table over several pages; how many times its cells were wrapped."""
    st = render.make_styles("en")
    wrapped = [0]
    original = paragraph_class.wrap

    def counting(self: Any, width: float, height: float) -> tuple[float, float]:
        wrapped[0] += 1
        size: tuple[float, float] = original(self, width, height)
        return size

    header = render.header_cells(["When", "Channel", "What was said"], st)
    body = [
        render.cells(
            [
                f"2026-03-{1 + i % 28:02d}",
                "phone",
                f"Contact {i}: the merchant promised again to refund " * 2,
            ],
            st.cell,
        )
        for i in range(rows)
    ]
    table = render.record_table([header, *body], [30 * mm, 25 * mm, 115 * mm])
    if paragraph_class is Paragraph:  # the cells as reportlab's own paragraphs, as before
        for row in table._cellvalues:
            for cell in row:
                if isinstance(cell, render.CellParagraph):
                    cell.__class__ = Paragraph
    paragraph_class.wrap = counting  # type: ignore[method-assign]
    try:
        pdf, marks = render.build_doc([table], render.A4, title="t", subject="s", reproducible=True)
    finally:
        paragraph_class.wrap = original  # type: ignore[method-assign]
    assert marks.pages >= 4
    return pdf, wrapped[0]


def test_a_long_table_s_cells_are_wrapped_once_per_width_and_draw_the_same_bytes() -> None:
    plain, plain_wraps = _log_table_pdf(120, Paragraph)
    kept, kept_wraps = _log_table_pdf(120, render.CellParagraph)
    assert kept == plain, "the same pages, byte for byte"
    cells = 3 * 121
    assert plain_wraps > 3 * cells, "reportlab wraps the rows left again at every page"
    assert kept_wraps <= plain_wraps, "every wrap is still asked for"
    # each paragraph's lines are broken once for its width: count the real breaks
    breaks = [0]
    original = Paragraph.breakLines

    def counting(self: Any, widths: Any) -> Any:
        breaks[0] += 1
        return original(self, widths)

    Paragraph.breakLines = counting  # type: ignore[method-assign]
    try:
        _log_table_pdf(120, render.CellParagraph)
    finally:
        Paragraph.breakLines = original  # type: ignore[method-assign]
    assert breaks[0] <= 2 * cells


def test_a_cell_given_another_width_is_wrapped_anew() -> None:
    st = render.make_styles("en")
    cell = render.CellParagraph("word " * 40, st.cell)
    _, narrow = cell.wrap(80, 1000)
    _, wide = cell.wrap(400, 1000)
    assert wide < narrow
    assert cell.wrap(80, 1000) == (80, narrow) and len(cell.blPara.lines) * st.cell.leading == narrow
    assert cell.wrap(0, 1000) == (0, 0x7FFFFFFF), "too narrow: reportlab's own answer, nothing kept"
    assert cell.wrap(400, 1000) == (400, wide)


def _faults_of(rounds: int) -> int:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(rounds):
        block = bytearray(24 * 1024 * 1024)  # a decoded image and its encoder's buffers, say
        block[::4096] = b"x" * len(block[::4096])
        del block
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


@pytest.mark.skipif(memory._glibc() is None, reason="glibc's malloc only")
def test_a_build_s_freed_memory_is_used_again_and_given_back_after() -> None:
    pages = 24 * 1024 * 1024 // 4096
    with memory.steady_heap():
        _faults_of(1)  # the heap grows once
        assert _faults_of(4) < pages / 2, "then the same memory serves each round"
        with memory.steady_heap():  # a preview built beside an export: one raise, kept
            assert _faults_of(2) < pages / 2
        assert _faults_of(2) < pages / 2, "the inner build ending restores nothing yet"
    # glibc's defaults again: a block of 24 MB is mapped for itself and handed back when freed
    assert _faults_of(4) >= 3 * pages, "after the build, the memory is given back"


def test_the_quick_look_for_a_number_never_misses_one_find_sensitive_finds() -> None:
    import random

    from desktop_app.domain.redact import find_sensitive
    from desktop_app.pack import redaction

    rng = random.Random(17)
    alphabet = "0123456789      --\n\n\t\u00a0\u202f\u2028ABPLDEGx.,:/"
    numbers = (
        "4111 1111 1111 1111",
        "5555-5555-5555-4444",
        "378282246310005",
        "PL61 1090 1014 0000 0712 1981 2874",
    )
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        if rng.random() < 0.4:
            number = rng.choice(numbers)
            cut = rng.randint(0, len(number))  # cut over two lines, as on a statement
            text += number[:cut] + rng.choice(("\n", " ", "\t", "")) + number[cut:]
        expected = find_sensitive(text, across_lines=True)
        assert redaction._findings(text) == expected, text
        found += bool(expected)
    assert found > 1000, "numbers were there to find"


def test_image_pages_drawn_on_sheets_are_the_pages_drawn_one_by_one(
    services: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Profile "none" draws consecutive image pages on one canvas (exhibits.render_blocks' sheets):
    the pack's pages look and read as when each is a PDF of its own (a limited profile's way), with
    the same stamps, page numbers, links and bookmarks, across sheets cut by size and by a bad
    image or a document between the images; the font is embedded once a sheet, not once a page."""
    import pypdfium2 as pdfium
    from pypdf import PdfReader

    from desktop_app.pack import builder, exhibits
    from desktop_app.pack.builder import PackOptions
    from tests.support.cases import import_case, noisy_image

    files = {f"s{i}.png": noisy_image(300, 200, seed=i) for i in range(7)}
    files["broken.png"] = b"\x89PNG\r\n\x1a\n not really"

    def change(document: dict[str, Any]) -> None:
        names = ["s0.png", "s1.png", "s2.png", "broken.png", "s3.png", "s4.png", "s5.png", "s6.png"]
        document["evidence"] = [
            {"path": f"files/{name}", "kind": "screenshot", "title": f"Screen {name}"} for name in names
        ] + document["evidence"]

    case_id = import_case(services, tmp_path / "case", change, files=files)
    monkeypatch.setattr(exhibits, "SHEET_BYTES", 2 * len(files["s0.png"]) + 10)  # 3 pages a sheet
    options = PackOptions(reproducible=True)

    def pages_of(path: Any) -> tuple[list[str], list[bytes], Any]:
        reader = PdfReader(path)
        document = pdfium.PdfDocument(str(path))
        pixels = [document[i].render(scale=40 / 72).to_pil().tobytes() for i in range(len(document))]
        outline = [
            (item.title, reader.get_destination_page_number(item))
            for item in reader.outline
            if not isinstance(item, list)
        ]
        return [page.extract_text() for page in reader.pages], pixels, outline

    render = exhibits.render_blocks
    drawn: dict[bool, list[Any]] = {True: [], False: []}

    def build(on_sheets: bool) -> Any:
        def rendering(*args: Any, **kwargs: Any) -> Any:
            assert kwargs["sheets"], "profile none draws on sheets"
            kwargs["sheets"] = on_sheets
            blocks = render(*args, **kwargs)
            drawn[on_sheets].extend(blocks)
            return blocks

        monkeypatch.setattr(builder, "render_blocks", rendering)
        out = tmp_path / f"pack-{on_sheets}.pdf"
        services.pack_job(case_id, out, options).run()
        return out

    sheets, single = build(True), build(False)
    images = [b for b in drawn[True] if b.first_page is not None]
    starts = [b.first_page for b in images]
    assert len(images) >= 7 and max(starts) >= 2 and starts.count(0) >= 3, starts  # cut by size, and
    assert len({b.path for b in images}) == starts.count(0)  # by what comes between the images
    assert len({b.path for b in drawn[False]}) == len(drawn[False]), "one PDF a block"
    assert pages_of(sheets) == pages_of(single)
    assert sheets.stat().st_size < single.stat().st_size, "a font subset a sheet, not a page"
