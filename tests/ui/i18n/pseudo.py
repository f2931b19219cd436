"""A pseudo-translation of the window: every string of desktop_app/ui about 40 % longer, with accents.

Made from what ``pyside6-lupdate`` extracts from the code today (so that a new string is laid out
too), each message translated by :func:`pseudo`: every word of two letters or more grows by
ceil(40 %) of its length, each letter accented ("Search" -> "Śéáŕćĥśéá"); placeholders (``%1``,
``%n``, ``%Ln``, ``{name}``), HTML tags and entities, digits and the ``&`` of an accelerator
(with the letter it marks) are kept as they are, so the window works as in English. Plural
messages get the same text in each of Polish's three forms.
"""

from __future__ import annotations

import importlib.util
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GROWTH = 0.4

_ACCENTS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀćďéƒĝĥíĵķĺɱńóƥʠŕśťúʋŵẋýźÁƁĆĎÉƑĜĤÍĴĶĹṀŃÓƤɊŔŚŤÚƲŴẊÝŹ",
        strict=True,
    )
)
# What is kept as it is: placeholders, tags, entities, an accelerator and the letter it marks, "&&".
_KEPT = re.compile(r"%L?n|%L?\d|\{[A-Za-z_][A-Za-z0-9_]*\}|<[^>]*>|&[A-Za-z]+;|&#\d+;|&&|&\w")
_WORD = re.compile(r"[A-Za-z]+")


def _grow(match: re.Match[str]) -> str:
    word = match.group(0)
    accented = "".join(_ACCENTS.get(c, c) for c in word)
    if len(word) < 2:
        return accented
    extra = math.ceil(len(word) * GROWTH)
    return accented + "".join(accented[i % len(accented)].lower() for i in range(extra))


def pseudo(text: str) -> str:
    """``text`` about 40 % longer and accented, its placeholders, markup and accelerators kept."""
    out: list[str] = []
    at = 0
    for kept in _KEPT.finditer(text):
        out.append(_WORD.sub(_grow, text[at : kept.start()]))
        token = kept.group(0)
        if token.startswith("&") and len(token) == 2 and token != "&&":
            # The accelerator's letter keeps its key; the rest of its word still grows.
            rest = _WORD.match(text, kept.end())
            tail = rest.group(0) if rest else ""
            grown = _WORD.sub(_grow, token[1] + tail)
            out.append("&" + token[1] + grown[1:])
            at = kept.end() + len(tail)
            continue
        out.append(token)
        at = kept.end()
    out.append(_WORD.sub(_grow, text[at:]))
    return "".join(out)


def lupdate() -> Path:
    """Qt's lupdate as PySide6 ships it (the binary inside the package, which pyside6-lupdate runs)."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin, "PySide6 is installed"
    for name in ("lupdate", "lupdate.exe"):
        if (Path(spec.origin).parent / name).is_file():
            return Path(spec.origin).parent / name
    return Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def pseudo_catalogue(folder: Path) -> Path:
    """Extract the window's strings into ``folder``/dossier_pseudo.ts and translate each one by
    :func:`pseudo`; returns the .ts (compile it with packaging/qm.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / "dossier_pseudo.ts"
    ts.unlink(missing_ok=True)
    subprocess.run(
        [
            str(lupdate()),
            "-extensions",
            "py",
            "-silent",
            "desktop_app/ui",
            "-target-language",
            "pl_PL",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ElementTree.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(3):
                ElementTree.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return ts
