"""Text as people search it: without case, accents or the Polish ł."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents; ł becomes l, which Unicode does not decompose."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(needle: str, haystack_folded: str) -> bool:
    """Every word of ``needle`` appears in the already folded ``haystack_folded``."""
    return all(word in haystack_folded for word in fold(needle).split())
