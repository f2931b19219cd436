"""Text as people search it: without case, accents or the Polish ł."""

from __future__ import annotations

import unicodedata
from datetime import datetime


def fold(text: str) -> str:
    """Lower case without accents; ł becomes l, which Unicode does not decompose."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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
