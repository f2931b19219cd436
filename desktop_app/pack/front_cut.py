"""What a pack fitted to a portal (``--fit``) leaves out of its front matter when page 1 and the
front matter alone break the portal's limits: first the communication log, then the transactions
beyond the charges in dispute, then the timeline's entries that neither page 1 nor an exhibit
points to. Page 1 is never cut. What is left out is said on the page of the documents left out
(pack/left_out.py), as available on request, in the pack's language; the communication log's
section says where the log is."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.i18n import translate_n
from desktop_app.pack.content import PackContent, TimelineRow
from desktop_app.pack.strings import PackStrings

# The cuts, in the order they are made: level n applies the first n.
CUTS = ("log", "transactions", "timeline")


@dataclass(frozen=True)
class FrontCut:
    """What the front matter leaves out: how many contacts, transactions and timeline entries."""

    level: int = 0  # how many of CUTS are applied (0: the whole front matter)
    contacts: int = 0
    transactions: int = 0
    timeline: int = 0

    def lines(self, s: PackStrings) -> list[str]:
        """The left-out page's sentences, in the pack's language."""
        lines = []
        if self.level >= 1:
            lines.append(s("left_out_front.log", count=counted(s, "contacts", self.contacts)))
        if self.level >= 2 and self.transactions:
            lines.append(
                s("left_out_front.transactions", count=counted(s, "transactions", self.transactions))
            )
        if self.level >= 3 and self.timeline:
            lines.append(s("left_out_front.timeline", count=counted(s, "entries", self.timeline)))
        return lines

    def said(self) -> list[str]:
        """What is left out, for the user (FitPlan.front_left_out, the build's warning), in the
        process's language."""
        what = []
        if self.level >= 1:
            what.append(translate_n("Pack", "the full communication log (%n contact(s))", self.contacts))
        if self.level >= 2 and self.transactions:
            what.append(
                translate_n("Pack", "the transactions not in dispute (%n transaction(s))", self.transactions)
            )
        if self.level >= 3 and self.timeline:
            what.append(
                translate_n(
                    "Pack",
                    "the timeline's entries neither page 1 nor a kept exhibit refers to (%n entry(ies))",
                    self.timeline,
                )
            )
        return what


def counted(s: PackStrings, unit: str, n: int) -> str:
    """``n`` with its noun, in the language's plural form ("3 contacts", "5 kontaktów")."""
    forms: list[str] = s.raw(f"left_out_front.units.{unit}")
    return forms[plural_form(n, s.lang, len(forms))].format(n=n)


def plural_form(n: int, lang: str, forms: int) -> int:
    if forms == 3 and lang == "pl":
        if n == 1:
            return 0
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return 1
        return 2
    if lang == "fr":
        return 0 if n in (0, 1) else forms - 1
    return 0 if n == 1 else forms - 1


def cut_content(content: PackContent, level: int) -> tuple[PackContent, FrontCut]:
    """``content`` with the first ``level`` cuts made, and what they leave out."""
    if level <= 0:
        return content, FrontCut()
    contacts = len(content.communications)
    cut = replace(content, communications=[])
    transactions = 0
    if level >= 2:
        disputed = [row for row in content.transactions if row.disputed]
        transactions = len(content.transactions) - len(disputed)
        cut = replace(cut, transactions=disputed)
    timeline = 0
    if level >= 3:
        kept = [row for row in content.timeline if pointed_to(row)]
        timeline = len(content.timeline) - len(kept)
        cut = replace(cut, timeline=kept)
    return cut, FrontCut(level, contacts, transactions, timeline)


def pointed_to(row: TimelineRow) -> bool:
    """A timeline entry page 1 or an exhibit refers to: one with an exhibit, or one of the case's
    own dates (a purchase, a delivery, the cancellation, a return, the bank's steps, a deadline:
    dated by day); the contacts without an exhibit (dated to the minute) are the log's."""
    return bool(row.exhibits) or len(row.sort_key) <= 10


class FrontStrings(PackStrings):
    """The pack's strings when the front matter leaves the communication log out: its section
    says the full log is available on request instead of "no contact is recorded"."""

    def __init__(self, s: PackStrings, cut: FrontCut) -> None:
        super().__init__(s.lang)
        self._log = (
            s("left_out_front.log_section", count=counted(s, "contacts", cut.contacts))
            if cut.level >= 1
            else None
        )

    def __call__(self, key: str, **values: object) -> str:
        if key == "no_communications" and self._log is not None:
            return self._log
        return super().__call__(key, **values)


def front_strings(s: PackStrings, cut: FrontCut) -> PackStrings:
    return FrontStrings(s, cut) if cut.level >= 1 else s
