"""The words of a document, for search: a PDF's text, a text file, an e-mail's. No Qt, no store.

A document whose words cannot be read (a scan without text, a PDF locked
with a password, a damaged file) gives no text and says why; it is still
evidence, only not searchable by its content.
"""

from __future__ import annotations

import io
import warnings

from pypdf import PdfReader

from desktop_app import logs
from desktop_app.domain.text import decode_text
from desktop_app.i18n import translate
from desktop_app.intake.email import EmailParseError, parse_email

TEXT_LIMIT = 2_000_000  # characters kept of one document: enough to find anything a person wrote
PAGE_LIMIT = 500


def extract_text(data: bytes, media_type: str, name: str) -> tuple[str | None, str | None]:
    """(the text, None), or (None, why there is none) for a document that has words; (None, None)
    for a file that has none to read (a picture)."""
    kind = media_type.split(";", 1)[0].strip().lower()
    if kind == "application/pdf":
        return _pdf_text(data, name)
    if kind == "message/rfc822":
        try:
            document = parse_email(data, name=name)
        except EmailParseError as exc:
            return None, str(exc)
        return f"{document.subject}\n{document.sender}\n{document.to}\n{document.text}"[:TEXT_LIMIT], None
    if kind.startswith("text/") or kind in ("application/json", "application/xml"):
        return decode_text(data[: TEXT_LIMIT * 4])[:TEXT_LIMIT], None
    return None, None


def _pdf_text(data: bytes, name: str) -> tuple[str | None, str | None]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return None, translate(
                    "Intake", "{name} is protected by a password, so its text cannot be searched"
                ).format(name=name)
            pieces: list[str] = []
            size = 0
            for number, page in enumerate(reader.pages):
                if number >= PAGE_LIMIT or size >= TEXT_LIMIT:
                    break
                text = page.extract_text() or ""
                pieces.append(text)
                size += len(text)
    except Exception as exc:  # pypdf raises many kinds of errors for damaged files
        logs.error("intake.text.pdf_text", exc)
        return None, translate("Intake", "{name} cannot be read as a PDF ({reason})").format(
            name=name, reason=str(exc)[:160] or type(exc).__name__
        )
    text = "\n".join(pieces).strip()
    return (text[:TEXT_LIMIT], None) if text else (None, None)  # no text: a scan, nothing to say
