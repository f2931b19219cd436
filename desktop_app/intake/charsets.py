"""Reading an e-mail's texts and headers in the charset they declare, or a good guess when it is wrong."""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re

from desktop_app.i18n import translate

_LABELS = {
    "utf-8": "UTF-8",
    "cp1250": "Windows-1250",
    "iso8859-2": "ISO-8859-2",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
# Charsets whose texts often really are the Windows variant (which uses 0x80-0x9F for letters).
_WINDOWS_VARIANT = {"iso8859-1": "cp1252", "iso8859-2": "cp1250"}
_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_POLISH_COMPANIONS = frozenset("\xa0„”“–—…«»°§·×’‘")


def decode_part_text(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """``data`` as text in its declared charset, or a guess and the problem, phrased after "a part"."""
    declared = (charset or "").strip().strip("\"'").lower()
    if not declared:
        if data.isascii():
            return data.decode("ascii"), None
        text, label = _guess(data)
        return text, None if label == "UTF-8" else translate(
            "Intake", "declared no charset and was read as {label}"
        ).format(label=label)
    shown = declared[:40]
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        text, label = _guess(data)
        return text, translate(
            "Intake", "declared charset '{charset}' but its bytes do not fit it; it was read as {label}"
        ).format(charset=shown, label=label)
    except (LookupError, ValueError):
        text, label = _guess(data)
        return text, translate("Intake", "declared charset '{charset}' and was read as {label}").format(
            charset=shown, label=label
        )
    if re.search("[\x80-\x9f]", text):
        variant = _WINDOWS_VARIANT.get(_codec_name(declared))
        if variant:
            try:
                fixed = data.decode(variant)
            except UnicodeDecodeError:
                return text, None
            if variant == "cp1252":  # what every reader does with such "ISO-8859-1": not worth a word
                return fixed, None
            label = _LABELS[variant]
            return fixed, translate(
                "Intake", "declared charset '{charset}' but its text is {label}; it was read as {label}"
            ).format(charset=shown, label=label)
    return text, None


def _codec_name(charset: str) -> str:
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return charset


def _guess(data: bytes) -> tuple[str, str]:
    """UTF-8 when the bytes are UTF-8; a Polish code page when they read as Polish; else Latin-1."""
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for codec in ("cp1250", "iso8859-2"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        fit = _polish_fit(text)
        if fit is not None and (best is None or fit > best[0]):
            best = (fit, text, _LABELS[codec])
    if best:
        return best[1], best[2]
    text = data.decode("latin-1")
    if re.search("[\x80-\x9f]", text):
        try:
            return data.decode("cp1252"), _LABELS["cp1252"]
        except UnicodeDecodeError:
            pass
    return text, _LABELS["latin-1"]


def _polish_fit(text: str) -> int | None:
    """How many non-ASCII characters read as Polish; None unless nearly all of them do."""
    high = [char for char in text if ord(char) >= 0x80]
    letters = sum(char in _POLISH_LETTERS for char in high)
    fit = letters + sum(char in _POLISH_COMPANIONS for char in high)
    if letters == 0 or fit * 5 < len(high) * 4:
        return None
    return fit


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=")


def decode_encoded_words(text: str, where: str, problems: list[str]) -> str:
    """RFC 2047: ``=?charset?q?...?=`` words decoded; adjacent words of one charset joined first
    (a character may be split between them), and the blanks between words dropped."""
    pieces: list[tuple[str | None, bytes | str]] = []  # (charset, bytes) or (None, plain text)
    position = 0
    for match in _ENCODED_WORD.finditer(text):
        between = text[position : match.start()]
        previous_encoded = bool(pieces) and pieces[-1][0] is not None
        if between and not (previous_encoded and between.isspace()):
            pieces.append((None, between))
        position = match.end()
        charset = match.group(1).split("*")[0].lower()
        raw = match.group(3).encode("utf-8")
        if match.group(2).lower() == "q":
            decoded = quopri.decodestring(raw, header=True)
        else:
            try:
                decoded = b64decode(raw)
            except (binascii.Error, ValueError):
                problems.append(
                    translate(
                        "Intake", "{where} contains a base64 encoded word that could not be decoded"
                    ).format(where=where)
                )
                pieces.append((None, match.group()))
                continue
        last_charset, last = pieces[-1] if pieces else (None, "")
        if last_charset == charset and isinstance(last, bytes):
            pieces[-1] = (charset, last + decoded)
        else:
            pieces.append((charset, decoded))
    pieces.append((None, text[position:]))
    out = []
    for charset, piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        decoded_text, problem = decode_part_text(piece, charset)
        if problem:
            problems.append(f"{where} {problem}")
        out.append(decoded_text)
    return "".join(out)


def b64decode(data: bytes) -> bytes:
    """Base64 without its line breaks and with missing padding added; binascii.Error when hopeless."""
    compact = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
    return base64.b64decode(compact + b"=" * (-len(compact) % 4))
