"""An HTML body as plain text: paragraphs, lines, links and alt text kept; markup and scripts left out."""

from __future__ import annotations

import re
from html import unescape as html_unescape
from html.parser import HTMLParser

_SKIPPED = frozenset({"script", "style", "title", "template"})
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "dl", "address", "figure", "hr"}
)
_LINES = frozenset(
    {
        "div",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "main",
        "aside",
        "dt",
        "dd",
        "form",
        "fieldset",
        "caption",
        "figcaption",
        "center",
        "body",
    }
)
_INVISIBLE = re.compile("[\u00ad\u034f\u200b\u200c\u2060\ufeff]")


class _HtmlText(HTMLParser):
    """Readable text from HTML: blocks on lines of their own, lists as "- " lines, links with their URL."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.breaks = 0  # line breaks owed before the next text
        self.space = False  # a space owed before the next text
        self.prefix = ""  # a list marker owed before the next text
        self.skipping = 0
        self.preformatted = 0
        self.lists = 0
        self.links: list[tuple[str, int]] = []  # href, where its text starts in out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "body":
            self.skipping = 0  # an unclosed <title> must not hide the whole message
        if tag == "br":
            self.breaks += 1
        elif tag in ("ul", "ol"):
            self.block(1 if self.lists else 2)
            self.lists += 1
        elif tag == "li":
            self.block(1)
            self.prefix = "  " * max(self.lists - 1, 0) + "- "
        elif tag in _PARAGRAPHS:
            self.block(2)
            if tag == "pre":
                self.preformatted += 1
        elif tag in _LINES:
            self.block(1)
        elif tag in ("td", "th"):
            self.space = bool(self.out)
        elif tag == "img":
            alt = " ".join((dict(attrs).get("alt") or "").split())
            if alt:
                self.emit(f"[{alt}]")
        elif tag == "a":
            self.close_link()
            href = (dict(attrs).get("href") or "").strip()
            self.links.append((href, len(self.out)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        if tag in ("ul", "ol"):
            self.lists = max(self.lists - 1, 0)
            self.block(1 if self.lists else 2)
        elif tag == "li":
            self.block(1)
        elif tag in _PARAGRAPHS:
            self.block(2)
            if tag == "pre":
                self.preformatted = max(self.preformatted - 1, 0)
        elif tag in _LINES:
            self.block(1)
        elif tag == "a":
            self.close_link()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        data = _INVISIBLE.sub("", data)
        if self.preformatted:
            self.emit(data.replace("\r\n", "\n").replace("\r", "\n"))
            return
        collapsed = re.sub(r"\s+", " ", data)
        if collapsed.startswith(" "):
            self.space = bool(self.out)
        if collapsed.strip():
            self.emit(collapsed.strip())
            self.space = collapsed.endswith(" ")

    def block(self, breaks: int) -> None:
        self.breaks = max(self.breaks, min(breaks, 1) if self.lists else breaks)

    def emit(self, text: str) -> None:
        if self.out and self.breaks:
            self.out.append("\n" * self.breaks)
        elif self.out and self.space:
            self.out.append(" ")
        if self.prefix:
            self.out.append(self.prefix)
            self.prefix = ""
        self.out.append(text)
        self.breaks = 0
        self.space = False

    def close_link(self) -> None:
        if not self.links:
            return
        href, start = self.links.pop()
        label = " ".join("".join(self.out[start:]).split())
        if not href or href.startswith(("#", "javascript:", "cid:", "data:")) or _same_target(label, href):
            return
        if label:
            self.space = True
            self.emit(f"({href})")
        else:
            self.emit(href)

    def result(self) -> str:
        self.close()
        while self.links:
            self.close_link()
        lines = [line.rstrip() for line in "".join(self.out).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _same_target(label: str, href: str) -> bool:
    def bare(text: str) -> str:
        text = re.sub(r"^(mailto:|tel:|https?://)", "", text.strip(), flags=re.I)
        return text.removeprefix("www.").rstrip("/").lower()

    return bool(label) and bare(label) == bare(href)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body (see :class:`_HtmlText`)."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        return parser.result()
    except (AssertionError, ValueError):  # markup the parser gives up on: keep the words at least
        words = html_unescape(re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<[^>]*>", " ", html))
        return " ".join(words.split())
