"""Counts read as English does: "1 day late", "46 days late", never "46 day(s) late".

resources/translations/dossier_en.ts holds the English forms of every %n message of the window
(made with pyside6-lupdate -pluralonly); the window tests load it (tests/ui/conftest.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.ui.counts import counted
from tests.ui.conftest import ENGLISH_TS

HEDGE = re.compile(r"\w\((?:s|es)\)")


def _plural_messages() -> list[ET.Element]:
    return [m for m in ET.parse(ENGLISH_TS).getroot().iter("message") if m.get("numerus") == "yes"]


def test_every_english_plural_has_its_two_forms_without_a_hedge() -> None:
    messages = _plural_messages()
    assert len(messages) >= 25  # every "(s)" count of the window
    for message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")]
        assert len(forms) == 2 and all(forms), source
        for form in forms:
            assert not HEDGE.search(form), form
            assert ("%n" in form) == ("%n" in source) and ("%Ln" in form) == ("%Ln" in source), form
            assert set(re.findall(r"%\d", form)) == set(re.findall(r"%\d", source)), form
        if HEDGE.search(source):
            assert forms[0] != forms[1], source


def test_only_plural_messages_in_the_english_file() -> None:
    every = list(ET.parse(ENGLISH_TS).getroot().iter("message"))
    assert every and all(m.get("numerus") == "yes" for m in every)


@pytest.mark.usefixtures("qapp")
def test_counts_read_as_english_does() -> None:
    words = counted()
    assert words.days_late(1) == "1 day late"
    assert words.days_late(46) == "46 days late"
    assert words.in_days(1) == "in 1 day"
    assert words.days_ago(2) == "2 days ago"
    assert words.files(1) == "1 file"
    assert words.files(0) == "0 files"
    assert words.imported(1, 3) == "Imported 1 message with 3 attachments."
    assert words.imported(2, 1) == "Imported 2 messages with 1 attachment."
    # Without the English catalogue Qt gives the source back: the check above reads the catalogue.
    assert QCoreApplication.translate("Counted", "%n day(s) late", "", 46) == "46 days late"
