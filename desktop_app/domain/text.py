"""Text as people search it: without case, accents or the Polish ł."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime


def fold(text: str) -> str:
    """Lower case without accents; ł becomes l, which Unicode does not decompose."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index of the character of ``text`` it came
    from: to find in the original text what was found in the folded one."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def search_words(query: str) -> list[str]:
    """The words of a search, folded: letters and digits only, as the index keeps them."""
    return re.findall(r"\w+", fold(query))


def matches(needle: str, haystack_folded: str) -> bool:
    """Every word of ``needle`` appears in the already folded ``haystack_folded``."""
    return all(word in haystack_folded for word in fold(needle).split())


def utc_offset_label(value: datetime) -> str:
    """``UTC+02:00`` (or ``UTC``): the offset a moment was recorded with."""
    offset = value.strftime("%z")
    return "UTC" if offset in ("", "+0000") else f"UTC{offset[:3]}:{offset[3:]}"


def format_moment(value: datetime) -> str:
    """``2026-08-28 21:14 UTC+02:00``: a moment as the user lived it, with its offset."""
    return f"{value:%Y-%m-%d %H:%M} {utc_offset_label(value)}"


def decode_text(data: bytes) -> str:
    """Text of unknown encoding: UTF-8, else Windows-1250 (Polish, Czech...), else Latin-1."""
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # decodes any bytes


def find_words(text: str, words: list[str], width: int = 160) -> tuple[str, list[tuple[int, int]], list[str]]:
    """Where the folded ``words`` (each a prefix) occur in ``text``: a window of about ``width``
    characters around the first one, the spans of every match inside that window, and the words
    of the text that matched, as written ("Łodzi" for "lodz")."""
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        for found in re.finditer(r"(?<!\w)" + re.escape(word) + r"\w*", folded):
            start = origin[found.start()]
            end = origin[found.end() - 1] + 1
            spans.append((start, end))
    spans.sort()
    matched = list(dict.fromkeys(text[a:b] for a, b in spans))
    if not spans:
        return " ".join(text[:width].split()), [], []
    first = spans[0][0]
    begin = max(0, first - width // 3)
    if begin:
        space = text.rfind(" ", 0, begin)
        begin = space + 1 if space >= 0 and first - space < width // 2 else begin
    end = min(len(text), begin + width)
    window = text[begin:end]
    inside = [(a - begin, b - begin) for a, b in spans if a >= begin and b <= end]
    prefix = "…" if begin else ""
    suffix = "…" if end < len(text) else ""
    shifted = [(a + len(prefix), b + len(prefix)) for a, b in inside]
    return prefix + window.replace("\n", " ") + suffix, shifted, matched
