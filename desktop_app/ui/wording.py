"""Small pieces of wording the window puts between texts, in the window's language.

"Amount: it cannot be read" is written "Montant : illisible" in French (a space before the colon):
the colon between a label and what it says is itself translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def labelled(label: str, text: str) -> str:
    """``label`` then what it says: "Amount: it cannot be read"."""
    template = QCoreApplication.translate("Wording", "%1: %2", "a label, then what it says")
    return template.replace("%1", label, 1).replace("%2", text, 1)


def form_label(label: str) -> str:
    """A form's label with its colon: "Customer:" ("Client :" in French)."""
    return QCoreApplication.translate("Wording", "%1:", "a form's label").replace("%1", label, 1)


def listed(items: Iterable[str]) -> str:
    """Items one after the other, as the window's language separates them ("a; b", "a ; b" in French)."""
    return QCoreApplication.translate("Wording", "; ", "between the items of a list").join(items)
