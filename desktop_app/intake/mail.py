"""Mail as people export it: .eml files, Outlook .msg files and mbox archives. No Qt, no store.

``messages_in`` yields every message of a file, one at a time, so that a
multi-gigabyte mbox (a Google Takeout export) is read with flat memory: only
the message being read is held. ``read_message`` turns one into an
:class:`EmailDocument` whatever its format, and :class:`MailFilter` keeps the
messages a user chose by sender or domain, dates and words.
"""

from __future__ import annotations

import contextlib
import logging
import mimetypes
import re
import warnings
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app import logs
from desktop_app.domain.evidence import safe_file_name
from desktop_app.domain.text import fold, matches
from desktop_app.i18n import translate
from desktop_app.intake.email import Attachment, EmailDocument, EmailParseError, parse_email
from desktop_app.intake.htmltext import html_to_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MSG_MEDIA_TYPE = "application/vnd.ms-outlook"
EML_MEDIA_TYPE = "message/rfc822"
# One message larger than this in an mbox is refused rather than read into memory.
MAX_MESSAGE_BYTES = 256 * 1024 * 1024
_FROM_LINE = re.compile(rb"^From \S*.*\d{4}\s*$|^From \S+\s*$")
_QUOTED_FROM = re.compile(rb"^>+From ")
_RECEIVED_DATE = re.compile(r";\s*([^;]+)$")


@dataclass(frozen=True)
class RawMessage:
    """One message as stored: where it came from, its bytes and its format."""

    origin: str  # "inbox.mbox, message 12" or the file's name
    data: bytes
    media_type: str  # message/rfc822 or application/vnd.ms-outlook
    file_name: str  # the file's own name; for a message of an mbox, the mbox's with its number
    in_archive: bool = False  # one message of an mbox


class MailFileError(EmailParseError):
    """A whole file cannot be read as mail; the message names it."""


def kind_of(path: Path, head: bytes) -> str:
    """``msg``, ``mbox`` or ``eml``, by content first and name second."""
    if head.startswith(OLE_MAGIC):
        return "msg"
    if head.startswith(b"From ") and _FROM_LINE.match(head.split(b"\n", 1)[0].rstrip(b"\r")):
        return "mbox"
    suffix = path.suffix.lower()
    if suffix in (".mbox", ".mbx") or (suffix == "" and head.startswith(b"From ")):
        return "mbox"
    return "eml"


def messages_in(path: Path) -> Iterator[RawMessage]:
    """Every message of ``path`` (an .eml, a .msg or an mbox), one at a time."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, also when the caller stops early
    except OSError as exc:
        raise MailFileError(
            translate("Intake", "{path}: cannot be read ({value})").format(
                path=path, value=exc.strerror or exc
            )
        ) from None
    with handle:
        head = handle.read(8192)
        if not head:
            raise MailFileError(
                translate("Intake", "{name} is empty: there is no message in it").format(name=path.name)
            )
        kind = kind_of(path, head)
        handle.seek(0)
        if kind == "mbox":
            yield from _mbox(handle, path)
            return
        data = handle.read()
    media_type = MSG_MEDIA_TYPE if kind == "msg" else EML_MEDIA_TYPE
    yield RawMessage(path.name, data, media_type, path.name)


def _mbox(handle: BinaryIO, path: Path) -> Iterator[RawMessage]:
    """Split an mbox on its "From " lines (mboxo and mboxrd), holding one message at a time."""
    lines: list[bytes] = []
    size = 0
    number = 0
    too_big = False
    previous_blank = True
    for line in handle:
        bare = line.rstrip(b"\r\n")
        if previous_blank and line.startswith(b"From ") and _FROM_LINE.match(bare):
            if number:
                yield _mbox_message(path, number, lines, too_big)
            number += 1
            lines, size, too_big = [], 0, False
        elif number:
            if _QUOTED_FROM.match(line):
                line = line[1:]  # mboxrd: ">From " stands for "From ", ">>From " for ">From "
            size += len(line)
            if size > MAX_MESSAGE_BYTES:
                too_big = True
                lines = []
            elif not too_big:
                lines.append(line)
        previous_blank = not bare
    if number:
        yield _mbox_message(path, number, lines, too_big)
    else:
        raise MailFileError(
            translate("Intake", "{name} is not an mbox: it has no line starting with 'From '").format(
                name=path.name
            )
        )


def _mbox_message(path: Path, number: int, lines: list[bytes], too_big: bool) -> RawMessage:
    origin = f"{path.name}, message {number}"
    if too_big:
        data = b""  # read_message refuses it with the reason
        origin += f" (over {MAX_MESSAGE_BYTES // (1024 * 1024)} MB)"
    else:
        if lines and not lines[-1].strip():
            lines = lines[:-1]  # the blank line that separates messages belongs to the mbox
        data = b"".join(lines)
    return RawMessage(origin, data, EML_MEDIA_TYPE, f"{path.stem}-{number:05d}.eml", in_archive=True)


def read_message(raw: RawMessage) -> EmailDocument:
    """The message as readable data; raises :class:`EmailParseError` naming it when it is none."""
    if not raw.data:
        raise EmailParseError(
            translate("Intake", "{origin}: the message is empty or too large to read").format(
                origin=raw.origin
            )
        )
    if raw.media_type == MSG_MEDIA_TYPE:
        return _read_msg(raw)
    document = parse_email(raw.data, name=raw.origin)
    if document.date is None:
        received = _received_date(raw.data)
        if received is not None:
            problems = [*document.problems, "it has no Date header: dated by when it was received"]
            return replace(document, date=received, problems=problems)
    return document


def _received_date(data: bytes) -> datetime | None:
    """The date of the first (latest) Received header, for a message that has no Date."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].decode("latin-1")
    unfolded = re.sub(r"\r?\n[ \t]+", " ", head)
    for line in unfolded.splitlines():
        if line.lower().startswith("received:"):
            found = _RECEIVED_DATE.search(line)
            if found:
                try:
                    when = parsedate_to_datetime(found.group(1).strip())
                except (TypeError, ValueError, IndexError):
                    continue
                return when if when.tzinfo else when.replace(tzinfo=UTC)
    return None


# --------------------------------------------------------------------------- Outlook .msg


def _read_msg(raw: RawMessage) -> EmailDocument:
    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            message: Any = extract_msg.openMsg(raw.data, delayAttachments=False, strict=False)
    except Exception as exc:  # the library raises many kinds of errors for damaged files
        raise EmailParseError(
            translate("Intake", "{origin} cannot be read as an Outlook message ({reason})").format(
                origin=raw.origin, reason=_reason(exc)
            )
        ) from None
    try:
        return _msg_document(message, raw)
    finally:
        with contextlib.suppress(Exception):  # closing a damaged file must not hide what was read
            message.close()


def _msg_document(message: Any, raw: RawMessage) -> EmailDocument:
    problems: list[str] = []

    def field(name: str) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return getattr(message, name)
        except Exception as exc:
            logs.error("intake.mail.field", exc)
            problems.append(
                translate("Intake", "its {name} cannot be read ({reason})").format(
                    name=name, reason=_reason(exc)
                )
            )
            return None

    if not hasattr(message, "subject") or not hasattr(message, "body"):
        raise EmailParseError(
            translate(
                "Intake", "{origin} is an Outlook file but not an e-mail (a contact, task or note)"
            ).format(origin=raw.origin)
        )
    # The Date header keeps the sender's own offset; the library's date is in this computer's zone.
    header = field("header")
    date_text = header.get("Date") if header is not None and hasattr(header, "get") else None
    when: Any = None
    if date_text:
        try:
            when = parsedate_to_datetime(str(date_text))
        except (TypeError, ValueError, IndexError):
            when = None
    if when is None:
        when = field("date")
    if isinstance(when, datetime) and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if not isinstance(when, datetime):
        when = None
        problems.append(translate("Intake", "it has no date"))
    body = field("body")
    text = body if isinstance(body, str) else ""
    if not text.strip():
        html = field("htmlBody")
        if isinstance(html, bytes):
            text = html_to_text(html.decode("utf-8", "replace"))
    attachments: list[Attachment] = []
    for index, attachment in enumerate(field("attachments") or [], start=1):
        data = getattr(attachment, "data", None)
        if not isinstance(data, bytes):
            name = getattr(attachment, "longFilename", None) or f"attachment {index}"
            problems.append(
                translate(
                    "Intake", "its attachment {name} is not a file (an embedded item) and was left out"
                ).format(name=name)
            )
            continue
        name = getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None)
        media_type = getattr(attachment, "mimetype", None) or (
            mimetypes.guess_type(name or "")[0] or "application/octet-stream"
        )
        attachments.append(
            Attachment(
                filename=safe_file_name(name or f"attachment-{index}"),
                media_type=str(media_type),
                data=data,
                inline=bool(getattr(attachment, "contentId", None)) and str(media_type).startswith("image/"),
                content_id=getattr(attachment, "contentId", None),
            )
        )
    return EmailDocument(
        subject=str(field("subject") or ""),
        sender=str(field("sender") or ""),
        to=str(field("to") or ""),
        cc=str(field("cc") or ""),
        date=when,
        date_text=str(date_text or (when.isoformat() if when else "")),
        message_id=_message_id(field("messageId")),
        text=text.replace("\r\n", "\n").strip(),
        attachments=attachments,
        problems=problems,
    )


def _message_id(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


# --------------------------------------------------------------------------- choosing messages


def addresses(header: str) -> list[str]:
    """The e-mail addresses of a From/To/Cc header, lower case."""
    return [address.lower() for _, address in getaddresses([header]) if "@" in address]


_ANGLE_ADDRESS = re.compile(r"^(?P<name>.*?)\s*<(?P<address>[^<>]*)>\s*$", re.S)


def sender_name(header: str) -> str | None:
    """The display name of a From header: "Óscar Núñez <oscar@shop.es>" gives "Óscar Núñez".

    ``header`` is already decoded (RFC 2047 words read), so a name that held a comma or
    quotes once decoded is still one name. No display name gives None, never the address:
    "oscar@shop.es", "<oscar@shop.es>", and a name that is only the address again.
    """
    text = " ".join(header.split())
    found = _ANGLE_ADDRESS.match(text)
    if found:
        name = found.group("name")
    else:  # the old form "oscar@shop.es (Óscar Núñez)", or a bare address
        pairs = getaddresses([text])
        if len(pairs) != 1:
            return None
        name = pairs[0][0]
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = re.sub(r"\\(.)", r"\1", name[1:-1]).strip()
    name = " ".join(name.split())
    bare = name.strip("'\"<> ")
    if not bare or ("@" in bare and " " not in bare):  # nothing, or only an address (this one or another)
        return None
    return name


@dataclass(frozen=True)
class MailFilter:
    """Which messages of a file to import: all the given conditions must hold."""

    sender: str | None = None  # part of the sender's address or domain: "streamnova", "@orange.pl"
    since: date | None = None
    until: date | None = None
    words: str | None = None  # every word in the subject or text, accents and case ignored

    def keeps(self, document: EmailDocument) -> bool:
        if self.sender:
            wanted = self.sender.strip().lower().lstrip("@")
            senders = addresses(document.sender) or [document.sender.lower()]
            if not any(wanted in address for address in senders):
                return False
        if self.since or self.until:
            if document.date is None:
                return False
            day = document.date.date()
            if (self.since and day < self.since) or (self.until and day > self.until):
                return False
        return not self.words or matches(self.words, fold(f"{document.subject}\n{document.text}"))

    @property
    def active(self) -> bool:
        return bool(self.sender or self.since or self.until or self.words)


def message_file_name(document: EmailDocument, raw: RawMessage) -> str:
    """The name to keep a message under: the file's own, or its date and subject for one of an mbox."""
    if not raw.in_archive:
        return raw.file_name
    stamp = document.date.strftime("%Y-%m-%d") if document.date else "undated"
    subject = re.sub(r"\s+", " ", document.subject).strip()[:60] or "no subject"
    return safe_file_name(f"{stamp} {subject}.eml")


def read_all(paths: Sequence[Path]) -> Iterator[tuple[RawMessage, EmailDocument | None, str]]:
    """Every message of every file, read: (message, document or None, the problem when None)."""
    for path in paths:
        try:
            for raw in messages_in(path):
                try:
                    yield raw, read_message(raw), ""
                except EmailParseError as exc:
                    yield raw, None, str(exc)
        except MailFileError as exc:
            yield RawMessage(path.name, b"", EML_MEDIA_TYPE, path.name), None, str(exc)


def enclosures(document: EmailDocument) -> list[Attachment]:
    """The files a message carries: attachments and forwarded messages, not the pictures of its body."""
    return [a for a in document.attachments if not (a.inline and a.media_type.startswith("image/"))]


def domain_of(address: str) -> str:
    found = addresses(address)
    return found[0].rsplit("@", 1)[1] if found else ""


def is_outgoing(document: EmailDocument, own: Collection[str], merchant_domain: str) -> bool:
    """Sent by the user: from one of their addresses; without any set, sent to the merchant's domain."""
    senders = addresses(document.sender)
    if own:
        return any(address in own for address in senders)
    if merchant_domain:
        if any(address.endswith("@" + merchant_domain) for address in senders):
            return False
        return any(address.endswith("@" + merchant_domain) for address in addresses(document.to))
    return False


def excerpt(text: str, limit: int = 280) -> str:
    """The first words of a message, for the contact log."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
