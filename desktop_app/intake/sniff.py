"""What a file is, judged by its first bytes before its name.

A file whose extension lies about its content is typed by its content.
"""

from __future__ import annotations

import mimetypes
import re

_SIGNATURES: list[tuple[bytes, int, str]] = [
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "application/vnd.ms-outlook"),
    (b"PK\x03\x04", 0, "application/zip"),
]

_HEADER_LINE = re.compile(
    rb"^(From|To|Subject|Date|Message-ID|Received|Return-Path|MIME-Version):", re.I | re.M
)


def sniff_media_type(head: bytes, name: str) -> str:
    """The media type of a file from its first bytes (at least 512 of them) and its name."""
    for signature, offset, media_type in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            if media_type == "application/zip":
                return _zip_kind(name)
            if media_type == "application/vnd.ms-outlook" and not name.lower().endswith(".msg"):
                return "application/x-ole-storage"
            return media_type
    if _is_bmp(head):
        return "image/bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (
        b"heic",
        b"heix",
        b"mif1",
        b"msf1",
        b"heim",
        b"heis",
    ):
        return "image/heic"
    lower = name.lower()
    if lower.endswith((".eml", ".mbox")) or (
        _looks_like_text(head) and len(_HEADER_LINE.findall(head[:4096])) >= 2
    ):
        return "application/mbox" if lower.endswith(".mbox") else "message/rfc822"
    guessed, _ = mimetypes.guess_type(name)
    if _looks_like_text(head):
        if guessed and (guessed.startswith("text/") or guessed in ("application/json", "application/xml")):
            return guessed
        return "text/plain"
    if guessed and not guessed.startswith(("text/", "image/")) and guessed != "application/pdf":
        return guessed
    return "application/octet-stream"


def _is_bmp(head: bytes) -> bool:
    """``BM``, reserved zero bytes, and a known DIB header size: not just text starting "BM"."""
    if len(head) < 18 or head[:2] != b"BM" or head[6:10] != b"\x00\x00\x00\x00":
        return False
    return int.from_bytes(head[14:18], "little") in (12, 16, 40, 52, 56, 64, 108, 124)


def _zip_kind(name: str) -> str:
    guessed, _ = mimetypes.guess_type(name)
    return guessed if guessed and guessed != "application/octet-stream" else "application/zip"


def _looks_like_text(head: bytes) -> bool:
    """No NUL byte and almost no control characters: text in some 8-bit or UTF encoding."""
    sample = head[:4096]
    if b"\x00" in sample:
        return False
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return controls <= len(sample) // 100
