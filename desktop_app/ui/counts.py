"""Phrases with a count ("3 files", "2 days late"), in each language's plural forms.

Qt picks a plural form only for a text with ``%n`` translated with its count, and pyside6-lupdate
marks such a text as a plural only when it is ``self.tr(text, "", n)`` inside a class: module-level
code (the models' columns, the agenda, summaries) takes its counted phrases from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


class Counted(QObject):
    """One method per counted phrase; ``n`` is the count."""

    def files(self, n: int) -> str:
        return self.tr("%n file(s)", "", n)

    def days_late(self, n: int) -> str:
        return self.tr("%n day(s) late", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n day(s)", "", n)

    def more(self, n: int) -> str:
        return self.tr("and %n more", "", n)

    def imported(self, n: int, attachments: int) -> str:
        """ "Imported 3 messages with 2 attachments." """
        sentence = self.tr("Imported %n message(s) with %1.", "", n)
        return sentence.replace(
            "%1", self.tr("%n attachment(s)", "Imported 3 messages with 2 attachments", attachments)
        )

    def already_in_case(self, n: int) -> str:
        return self.tr("%n already in the case, not stored again.", "", n)


_counted: Counted | None = None


def counted() -> Counted:
    """The one :class:`Counted` (made on first use, so importing this module makes no QObject)."""
    global _counted
    if _counted is None:
        _counted = Counted()
    return _counted


def when_text(days: int, *, passed: str = "late") -> str:
    """ "in 3 days", "today", or "2 days late" (``passed="ago"``: "2 days ago")."""
    if days < 0:
        return counted().days_late(-days) if passed == "late" else counted().days_ago(-days)
    return translate("Counted", "today") if days == 0 else counted().in_days(days)


def file_size(size: int) -> str:
    """A file's size as the pack of the window's language writes it: "1.2 kB", "1,2 ko", "14,50 MB"."""
    from desktop_app.services import PackStrings
    from desktop_app.ui.i18n import window_language

    return PackStrings(window_language()).size(size)
