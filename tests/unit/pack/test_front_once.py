"""The front matter laid out once (render_front given the index as a function of the front's page
count): the same PDF, page numbers and links as laying it out twice, the first time with a
placeholder count; the index's numbers count the front's own pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.pack.content import PackContent, exhibit_letter
from desktop_app.pack.front import PLACEHOLDER_PAGES, IndexEntry, render_front
from desktop_app.pack.strings import LANGUAGES, PackStrings
from desktop_app.services import Services
from tests.unit.pack.test_content import content_of


def _many(content: PackContent, count: int) -> PackContent:
    """The sample's exhibits repeated under new letters: an index of several pages."""
    base = content.exhibits
    exhibits = [
        replace(base[i % len(base)], letter=exhibit_letter(i), title=f"{base[i % len(base)].title} {i}")
        for i in range(count)
    ]
    return replace(content, exhibits=exhibits)


def _index_of(content: PackContent, *, part: int, parts: int):  # type: ignore[no-untyped-def]
    """What assemble gives render_front: each exhibit's first page counted from the front's pages
    (every third exhibit in another part when there are parts)."""
    here = [e for i, e in enumerate(content.exhibits) if parts == 1 or i % 3 != 0]

    def index(front_pages: int) -> Sequence[IndexEntry]:
        entries = []
        offset = 0
        for e in content.exhibits if part == 1 else here:
            if e in here:
                entries.append(IndexEntry(e, 2, front_pages + offset + 1, part))
                offset += 2
            else:
                entries.append(IndexEntry(e, 0, None, 2))
        return entries

    return index


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("count", "part", "parts"), [(3, 1, 1), (140, 1, 1), (140, 1, 2), (140, 2, 2)])
def test_laid_out_once_is_laid_out_as_twice(
    services: Services, sample_case: int, lang: str, count: int, part: int, parts: int
) -> None:
    content = _many(content_of(services, sample_case, lang), count)
    s = PackStrings(lang)
    index = _index_of(content, part=part, parts=parts)
    options = {"paper": "a4", "reproducible": True, "part": part, "parts": parts}
    _, counted = render_front(content, index(PLACEHOLDER_PAGES), s, **options)  # type: ignore[arg-type]
    twice, marks_twice = render_front(content, index(counted.pages), s, **options)  # type: ignore[arg-type]
    once, marks = render_front(content, index, s, **options)  # type: ignore[arg-type]
    assert once == twice
    assert marks.pages == marks_twice.pages == counted.pages
    assert marks.sections == marks_twice.sections
    assert marks.links == marks_twice.links and marks.links
    # The numbers printed in the index are those of the front's own page count.
    pages = PdfReader(io.BytesIO(once)).pages
    assert len(pages) == marks.pages
    index_start = marks.sections[-1][1]
    printed = "\n".join(page.extract_text() for page in pages[index_start:])
    first = next(e for e in index(marks.pages) if e.start_page is not None)
    assert first.start_page == marks.pages + 1
    assert f"\n{marks.pages + 1}\n" in f"\n{printed}\n".replace(" ", "\n")
    # Every link in the index points to an exhibit of this file, one per exhibit here.
    here = {e.exhibit.letter for e in index(marks.pages) if e.start_page is not None}
    assert {target for _page, _rect, target in marks.links} == here
