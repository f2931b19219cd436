"""Qt Linguist's .ts files (TS 2.1): read into Message objects, written back as lupdate writes them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

# Qt's locale names for the target language of each catalogue (lupdate wants one).
QT_LANGUAGE = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "pl": "pl_PL"}

Key = tuple[str, str, str]  # (context, source, disambiguation)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # the disambiguation
    numerus: bool = False
    locations: list[tuple[str, int | None]] = field(default_factory=list)
    extracomment: str = ""
    translatorcomment: str = ""
    oldsource: str = ""
    oldcomment: str = ""
    translation: str = ""
    forms: list[str] = field(default_factory=list)  # the plural forms, when numerus
    kind: str | None = "unfinished"  # None (finished), "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def texts(self) -> list[str]:
        """What the translator wrote: the plural forms, or the one translation."""
        return self.forms if self.numerus else [self.translation]

    @property
    def active(self) -> bool:
        return self.kind not in ("vanished", "obsolete")


@dataclass
class Catalogue:
    language: str  # Qt's name, e.g. "pl_PL"
    messages: list[Message] = field(default_factory=list)

    def by_key(self) -> dict[Key, Message]:
        return {message.key: message for message in self.messages}


def read(path: Path) -> Catalogue:
    root = ElementTree.parse(path).getroot()
    catalogue = Catalogue(root.get("language") or "")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=element.get("numerus") == "yes",
                extracomment=element.findtext("extracomment") or "",
                translatorcomment=element.findtext("translatorcomment") or "",
                oldsource=element.findtext("oldsource") or "",
                oldcomment=element.findtext("oldcomment") or "",
                kind=None if translation is None else translation.get("type"),
            )
            for location in element.iter("location"):
                line = location.get("line")
                message.locations.append((location.get("filename") or "", int(line) if line else None))
            if translation is not None:
                if message.numerus:
                    message.forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    message.translation = translation.text or ""
            catalogue.messages.append(message)
    return catalogue


_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _escape(text: str) -> str:
    return re.sub(r"[&<>\"']", lambda match: _ESCAPES[match.group()], text)


def render(catalogue: Catalogue) -> str:
    """The file's text, in lupdate's layout (contexts in order of their name, messages in their order)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    out.append(f'<TS version="2.1" language="{_escape(catalogue.language)}">')
    contexts: dict[str, list[Message]] = {}
    for message in catalogue.messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        out += ["<context>", f"    <name>{_escape(name)}</name>"]
        for message in contexts[name]:
            out += _render_message(message)
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _render_message(message: Message) -> list[str]:
    out = ['    <message numerus="yes">' if message.numerus else "    <message>"]
    for filename, line in message.locations:
        where = f' line="{line}"' if line is not None else ""
        out.append(f'        <location filename="{_escape(filename)}"{where}/>')
    out.append(f"        <source>{_escape(message.source)}</source>")
    for tag in ("oldsource", "comment", "oldcomment", "extracomment", "translatorcomment"):
        text = getattr(message, tag)
        if text:
            out.append(f"        <{tag}>{_escape(text)}</{tag}>")
    kind = f' type="{message.kind}"' if message.kind else ""
    if message.numerus:
        out.append(f"        <translation{kind}>")
        out += [f"            <numerusform>{_escape(form)}</numerusform>" for form in message.forms]
        out.append("        </translation>")
    else:
        out.append(f"        <translation{kind}>{_escape(message.translation)}</translation>")
    out.append("    </message>")
    return out


def write(catalogue: Catalogue, path: Path) -> bool:
    """Write the catalogue; False when the file already held exactly that."""
    text = render(catalogue)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True
