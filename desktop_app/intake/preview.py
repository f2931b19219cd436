"""What to show of an evidence file in a preview pane: an image, or readable text. No Qt."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

from desktop_app import logs
from desktop_app.domain.text import decode_text
from desktop_app.intake.email import EmailDocument, EmailParseError, parse_email
from desktop_app.intake.mail import MSG_MEDIA_TYPE, RawMessage, read_message
from desktop_app.intake.thumbnails import pdf_page_pngs, thumbnail_png

TEXT_LIMIT = 20_000  # characters: a preview, not the whole document


PREVIEW_PAGES = 2  # a PDF's first pages, drawn


@dataclass(frozen=True)
class Preview:
    kind: str  # "image" (show ``data``), "text" (show ``text``) or "pages" (``pages`` above ``text``)
    text: str = ""
    data: bytes = b""
    pages: tuple[bytes, ...] = ()  # PNG pictures of a PDF's first pages


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
    return Preview("text", f"{name}: {media_type}, {len(data):,} bytes. Open the original to see it.")


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
        lines.append("Attachments: " + ", ".join(a.filename for a in mail.attachments))
    return Preview("text", "\n".join(lines) + "\n\n" + mail.text[:TEXT_LIMIT])


def _pdf(data: bytes, name: str) -> Preview:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Preview("text", f"{name} is protected by a password.")
        pages = len(reader.pages)
        text = (reader.pages[0].extract_text() or "").strip() if pages else ""
    except Exception as exc:  # a preview must never fail the window
        logs.error("intake.preview.pdf", exc)
        return Preview("text", f"{name} cannot be read as a PDF ({exc}).")
    drawn = tuple(pdf_page_pngs(data, pages=PREVIEW_PAGES))
    first_page_text = text[:TEXT_LIMIT] or "(no text on the first page: it may be a scan)"
    if drawn:
        heading = f"{name}: {pages} page(s). Text of the first page:"
        return Preview("pages", f"{heading}\n\n{first_page_text}", pages=drawn)
    return Preview("text", f"{name}: {pages} page(s). First page:\n\n{first_page_text}")
