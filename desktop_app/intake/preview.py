"""What to show of an evidence file in a preview pane: an image, or readable text. No Qt."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdf import PdfReader

from desktop_app import logs
from desktop_app.domain.text import decode_text
from desktop_app.i18n import translate, translate_n
from desktop_app.intake.email import EmailDocument, EmailParseError, parse_email
from desktop_app.intake.mail import MSG_MEDIA_TYPE, RawMessage, read_message
from desktop_app.intake.thumbnails import (
    _PDFIUM_LOCK,  # PDFium must not be used from two threads at once: one lock for all its users
    _close_quietly,
    _page_count,
    _render_page,
    thumbnail_png,
)

TEXT_LIMIT = 20_000  # characters: a preview, not the whole document


PREVIEW_PAGES = 2  # a PDF's first pages, drawn with the preview; any other page: pdf_page_png
PAGE_SIDE = 900  # pixels on a drawn page's longer side


@dataclass(frozen=True)
class Preview:
    kind: str  # "image" (show ``data``), "text" (show ``text``) or "pages" (``pages`` above ``text``)
    text: str = ""
    data: bytes = b""
    pages: tuple[bytes, ...] = ()  # PNG pictures of a PDF's first pages
    page_count: int = 0  # a PDF's pages (kind "pages"): any of them is drawn by pdf_page_png


class PageNotShown(Exception):
    """A page that cannot be drawn: not in the PDF (``count`` says how many it has), or unreadable."""

    def __init__(self, message: str, count: int | None = None) -> None:
        super().__init__(message)
        self.count = count


# Pictures the window's own image readers do not know: shown through Pillow as PNG.
_CONVERTED = ("image/heic", "image/heif")


def preview_of(data: bytes, media_type: str, name: str) -> Preview:
    if media_type in _CONVERTED:
        png = thumbnail_png(data, media_type, max_side=1600)
        return Preview("image", data=png) if png else Preview("text", f"{name} cannot be shown as a picture.")
    if media_type.startswith("image/"):
        return Preview("image", data=data)
    if media_type == MSG_MEDIA_TYPE:
        try:
            return _email_preview(read_message(RawMessage(name, data, MSG_MEDIA_TYPE, name)))
        except EmailParseError as exc:
            return Preview("text", str(exc))
    if media_type == "application/pdf":
        return _pdf(data, name)
    if media_type == "message/rfc822":
        try:
            mail = parse_email(data, name=name)
        except EmailParseError as exc:
            return Preview("text", str(exc))
        return _email_preview(mail)
    if media_type.startswith("text/") or media_type in ("application/json", "application/xml"):
        return Preview("text", decode_text(data[: TEXT_LIMIT * 4])[:TEXT_LIMIT])
    said = translate("Intake", "{name}: {type}, {size}. Open the original to see it.")
    size = translate_n("Intake", "%Ln byte(s)", len(data))
    return Preview("text", said.format(name=name, type=media_type, size=size))


def _email_preview(mail: EmailDocument) -> Preview:
    lines = [
        f"From: {mail.sender}",
        f"To: {mail.to}",
        f"Date: {mail.date_text}",
        f"Subject: {mail.subject}",
    ]
    if mail.message_id:
        lines.append(f"Message-ID: {mail.message_id}")
    if mail.attachments:
        names = ", ".join(a.filename for a in mail.attachments)
        lines.append(translate("Intake", "Attachments: {names}").format(names=names))
    return Preview("text", "\n".join(lines) + "\n\n" + mail.text[:TEXT_LIMIT])


def _pdf(data: bytes, name: str) -> Preview:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Preview(
                "text", translate("Intake", "{name} is protected by a password.").format(name=name)
            )
        pages = len(reader.pages)
        text = (reader.pages[0].extract_text() or "").strip() if pages else ""
    except Exception as exc:  # a preview must never fail the window
        logs.error("intake.preview.pdf", exc)
        return Preview(
            "text",
            translate("Intake", "{name} cannot be read as a PDF ({reason}).").format(name=name, reason=exc),
        )
    count, drawn = _draw(data, range(PREVIEW_PAGES))
    first_page_text = text[:TEXT_LIMIT] or translate(
        "Intake", "(no text on the first page: it may be a scan)"
    )
    if drawn:
        shown = count or 0
        heading = translate_n("Intake", "{name}: %n page(s). Text of the first page:", shown).format(
            name=name
        )
        return Preview("pages", f"{heading}\n\n{first_page_text}", pages=tuple(drawn), page_count=shown)
    heading = translate_n("Intake", "{name}: %n page(s). First page:", pages).format(name=name)
    return Preview("text", f"{heading}\n\n{first_page_text}")


def pdf_page_png(data: bytes, page: int, *, max_side: int = PAGE_SIDE) -> bytes:
    """Page ``page`` (from 1) of a PDF as a PNG about ``max_side`` on its longer side.

    Only that page is drawn: PDFium reads the document's page tree and that page's content, never
    the other pages, so a PDF of thousands of pages costs one page's memory. Raises
    :class:`PageNotShown` for a page the PDF does not have (with its page count) or cannot draw.
    """
    count, drawn = _draw(data, range(page - 1, page))
    if count is None:
        raise PageNotShown(translate("Intake", "The PDF cannot be read, so its pages cannot be drawn."))
    if not 1 <= page <= count:
        raise PageNotShown(
            translate_n(
                "Intake", "There is no page {page}: the PDF has %n page(s), numbered from 1.", count
            ).format(page=page),
            count,
        )
    if not drawn:
        raise PageNotShown(
            translate("Intake", "Page {page} of {count} cannot be drawn (it may be damaged).").format(
                page=page, count=count
            ),
            count,
        )
    return drawn[0]


def _draw(data: bytes, indexes: range, max_side: int = PAGE_SIDE) -> tuple[int | None, list[bytes]]:
    """The PDF's page count (None if PDFium cannot open it) and its pages ``indexes`` (from 0) that
    exist, drawn; it stops at the first page that cannot be drawn."""
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception as exc:
            logs.error("intake.preview.pdf_page", exc)
            return None, []
        try:
            count = _page_count(document)
            drawn: list[bytes] = []
            for index in indexes:
                png = _render_page(document, index, max_side) if 0 <= index < count else None
                if png is None:
                    break
                drawn.append(png)
            return count, drawn
        finally:
            _close_quietly(document.close)
