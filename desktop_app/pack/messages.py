"""Pieces of what the pack tells the user (refusals, warnings, progress), in the process's language.

The pack's own pages speak the pack's language (pack/strings.py, resources/pack/strings); what the
build says to the person making it, in the window or on the command line, speaks the language of
the window or of the locale (desktop_app.i18n, context "Pack"), as every other message does.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.i18n import language, translate
from desktop_app.pack.strings import format_size


def exhibit_name(letter: str, original_name: str) -> str:
    """ "Exhibit B (invoice.pdf)"."""
    return translate("Pack", "Exhibit {letter} ({name})").format(letter=letter, name=original_name)


def labelled(label: str, text: str) -> str:
    """ "Exhibit B (invoice.pdf): the PDF is damaged" ("… : …" in French)."""
    return translate("Pack", "{label}: {text}", "a label, then what it says").format(label=label, text=text)


def size(n: int) -> str:
    """A size as the process's language writes it ("1.2 kB", "1,2 ko")."""
    return format_size(n, language())


def listed(items: Iterable[str]) -> str:
    """Items one after the other, as the language separates them ("a; b", "a ; b" in French)."""
    return translate("Pack", "; ", "the separator between the items of a list").join(items)
