"""What a fitted pack leaves out of its front matter when page 1 and the front matter alone break a
portal's limits (pack/front_cut.py): the log, then the transactions not in dispute, then the
timeline's entries nothing points to; page 1 never."""

from __future__ import annotations

import pytest

from desktop_app.pack.front import IndexEntry, render_front
from desktop_app.pack.front_cut import FrontCut, counted, cut_content, front_strings
from desktop_app.pack.strings import LANGUAGES, PackStrings
from desktop_app.services import Services
from tests.unit.pack.test_content import content_of


def test_each_cut_leaves_out_what_it_says_and_keeps_page_one(services: Services, sample_case: int) -> None:
    content = content_of(services, sample_case)
    assert content.communications and content.timeline
    same, nothing = cut_content(content, 0)
    assert same is content and nothing == FrontCut()

    no_log, cut = cut_content(content, 1)
    assert no_log.communications == [] and cut.contacts == len(content.communications)
    assert no_log.summary == content.summary and no_log.timeline == content.timeline
    assert no_log.transactions == content.transactions and no_log.exhibits == content.exhibits

    disputed, cut = cut_content(content, 2)
    assert disputed.transactions and all(row.disputed for row in disputed.transactions)
    assert cut.transactions == len(content.transactions) - len(disputed.transactions)

    short, cut = cut_content(content, 3)
    kept = short.timeline
    assert kept and all(row.exhibits or len(row.sort_key) <= 10 for row in kept)
    assert [row for row in content.timeline if row in kept] == kept  # in order, none added
    assert cut.timeline == len(content.timeline) - len(kept)
    assert short.summary == content.summary  # page 1 is never cut


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 1, "1 contact"), ("en", 200, "200 contacts"),
        ("fr", 1, "1 échange"), ("fr", 200, "200 échanges"),
        ("es", 1, "1 comunicación"), ("es", 200, "200 comunicaciones"),
        ("pl", 1, "1 kontakt"), ("pl", 3, "3 kontakty"), ("pl", 12, "12 kontaktów"),
        ("pl", 22, "22 kontakty"), ("pl", 200, "200 kontaktów"),
    ],
)  # fmt: skip
def test_counts_take_the_languages_plural(lang: str, n: int, expected: str) -> None:
    assert counted(PackStrings(lang), "contacts", n) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_is_left_out_is_said_in_each_language(lang: str) -> None:
    s = PackStrings(lang)
    lines = FrontCut(3, contacts=200, transactions=2, timeline=57).lines(s)
    assert len(lines) == 3
    assert counted(s, "contacts", 200) in lines[0]
    assert counted(s, "transactions", 2) in lines[1]
    assert counted(s, "entries", 57) in lines[2]
    assert len(set(lines)) == 3 and all("{" not in line for line in lines)
    # Nothing to say of a cut that left nothing out beyond the log.
    assert len(FrontCut(3, contacts=5).lines(s)) == 1


def test_the_logs_section_says_where_the_log_is(services: Services, sample_case: int) -> None:
    content = content_of(services, sample_case)
    cut_to, cut = cut_content(content, 1)
    s = PackStrings("en")
    strings = front_strings(s, cut)
    assert strings("no_communications") != s("no_communications")
    assert strings("comm_heading") == s("comm_heading")
    assert front_strings(s, FrontCut()) is s
    index = [IndexEntry(e, 1, 1, 1) for e in cut_to.exhibits]
    _pdf, whole = render_front(content, index, s, paper="a4", reproducible=True)
    _pdf, short = render_front(cut_to, index, strings, paper="a4", reproducible=True)
    assert short.pages <= whole.pages
    assert [title for title, _page in short.sections] == [title for title, _page in whole.sections]
