"""One e-mail (an .eml file, or one message of an mbox) as readable data.

Only bytes in, data out: nothing is written anywhere. The standard library
parses the message; this module chooses the readable body, collects the
attachments and inline images, decodes headers and texts in whatever charset
they declare (or guesses when the declaration is missing or wrong), and lists
in plain words whatever was wrong with the message instead of giving up on it.
"""

from __future__ import annotations

import binascii
import mimetypes
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime
from io import BytesIO
from urllib.parse import unquote

from desktop_app import logs
from desktop_app.domain.evidence import safe_file_name
from desktop_app.errors import DossierError
from desktop_app.i18n import noop, translate
from desktop_app.intake.charsets import b64decode, decode_encoded_words, decode_part_text
from desktop_app.intake.htmltext import html_to_text as html_to_text


@dataclass(frozen=True)
class Attachment:
    """A file carried by the message: an attachment, an inline image, or a forwarded message."""

    filename: str  # safe to create: no path parts; made up ("attachment-2.pdf") when the part has none
    media_type: str
    data: bytes = field(repr=False)
    inline: bool  # Content-Disposition inline, or an image the HTML body shows by its Content-ID
    content_id: str | None  # as in the header, angle brackets included


@dataclass(frozen=True)
class EmailDocument:
    subject: str
    sender: str
    to: str
    cc: str
    date: datetime | None  # timezone-aware
    date_text: str  # the Date header as written, "" when there is none
    message_id: str | None  # as in the header, angle brackets included
    text: str
    attachments: list[Attachment]
    problems: list[str]  # what was wrong with the message, in plain words


class EmailParseError(DossierError, ValueError):
    """The bytes are not an e-mail at all; the message says which file and why."""


def parse_email(data: bytes, *, name: str = "the message") -> EmailDocument:
    """Read one RFC 5322 message. Damage is reported in ``problems``; only non-e-mails raise."""
    body = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if not body.strip():
        raise EmailParseError(
            translate("Intake", "{name} is empty, so it is not an e-mail").format(name=name)
        )
    try:
        message = BytesParser(policy=default_policy).parsebytes(body)
    except RecursionError:
        raise EmailParseError(
            translate("Intake", "{name} cannot be read: its parts are nested too deeply").format(name=name)
        ) from None
    fields = {key.lower() for key in message}
    if not fields:
        raise EmailParseError(
            translate(
                "Intake",
                "{name} is not an e-mail: it does not start with headers such as From, To, Subject or Date",
            ).format(name=name)
        )
    if not fields & _MESSAGE_FIELDS and not any(key.startswith(("x-", "resent-")) for key in fields):
        raise EmailParseError(
            translate(
                "Intake",
                "{name} is not an e-mail: none of its header lines is an e-mail header such as From, To, "
                "Subject or Date",
            ).format(name=name)
        )
    linesep = "\r\n" if b"\r\n" in body[:65536] else "\n"
    return _Reader(linesep).read(message)


# --------------------------------------------------------------------------- reading the message

# Header fields that only e-mails have; a file with none of them is not an e-mail.
_MESSAGE_FIELDS = frozenset(
    ["from", "sender", "reply-to", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to",
     "references", "received", "return-path", "delivered-to", "mime-version", "content-type",
     "content-transfer-encoding", "dkim-signature", "authentication-results", "thread-topic",
     "thread-index", "list-id", "user-agent"]
)  # fmt: skip
_KNOWN_TRANSFER_ENCODINGS = frozenset(
    {"", "7bit", "8bit", "binary", "quoted-printable", "base64", "x-uuencode", "uuencode", "uue", "x-uue"}
)
_MAX_DEPTH = 50
_CID_REFERENCE = re.compile(r"cid:\s*([^\s\"'<>()]+)", re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


@dataclass
class _Chunk:
    """A piece of body text, with the problems found decoding it (kept only if the piece is used)."""

    kind: str  # "plain" or "html"
    text: str
    problems: list[str]


@dataclass
class _Found:
    filename: str | None
    media_type: str
    data: bytes
    inline: bool
    content_id: str | None


class _Reader:
    def __init__(self, linesep: str) -> None:
        self.linesep = linesep
        self.problems: list[str] = []
        self.found: list[_Found] = []
        self.referenced: set[str] = set()  # Content-IDs the HTML bodies show

    def read(self, message: Message) -> EmailDocument:
        subject = self.first_header(message, "Subject")
        senders = self.header_values(message, "From")
        if not senders:
            self.problems.append(translate("Intake", "the message has no From header"))
        to = ", ".join(v for v in self.header_values(message, "To") if v)
        cc = ", ".join(v for v in self.header_values(message, "Cc") if v)
        dates = self.header_values(message, "Date")
        date = self.read_date(dates[0] if dates else None)
        message_id = self.first_header(message, "Message-ID") or None

        chunks = self.visit(message, 0)
        texts = [chunk.text.strip("\n") for chunk in chunks if chunk.text.strip()]
        for chunk in chunks:
            self.problems.extend(chunk.problems)

        attachments = []
        for index, found in enumerate(self.found, start=1):
            shown = found.content_id is not None and _cid_key(found.content_id) in self.referenced
            attachments.append(
                Attachment(
                    filename=_attachment_name(found.filename, found.media_type, index),
                    media_type=found.media_type,
                    data=found.data,
                    inline=found.inline or (shown and _is_image(found)),
                    content_id=found.content_id,
                )
            )
        return EmailDocument(
            subject=subject,
            sender=senders[0] if senders else "",
            to=to,
            cc=cc,
            date=date,
            date_text=dates[0] if dates else "",
            message_id=message_id,
            text="\n\n".join(texts),
            attachments=attachments,
            problems=list(dict.fromkeys(self.problems)),
        )

    # ----------------------------------------------------------------------- headers

    def header_values(self, message: Message, field_name: str, owner: str = "") -> list[str]:
        """Every value of a header, unfolded and decoded (RFC 2047 words and raw 8-bit text)."""
        if owner:
            where = translate("Intake", "the forwarded message's {field} header").format(field=field_name)
        else:
            where = translate("Intake", "the {field} header").format(field=field_name)
        values = []
        for key, value in message.raw_items():
            if key.lower() != field_name.lower():
                continue
            text = decode_encoded_words(
                self.repair_surrogates(_unfold(str(value)), where), where, self.problems
            )
            values.append(" ".join(text.split()))
        return values

    def first_header(self, message: Message, field_name: str, owner: str = "") -> str:
        values = self.header_values(message, field_name, owner)
        return values[0] if values else ""

    def repair_surrogates(self, text: str, where: str) -> str:
        """Raw 8-bit bytes in a header (kept by the parser as surrogates) read as text."""

        def decode(match: re.Match[str]) -> str:
            raw = bytes(ord(char) - 0xDC00 for char in match.group())
            decoded, problem = decode_part_text(raw, None)
            if problem:
                self.problems.append(f"{where} {problem}")
            return decoded

        return re.sub("[\udc80-\udcff]+", decode, text)

    def read_date(self, date_text: str | None) -> datetime | None:
        if date_text is None:
            self.problems.append(translate("Intake", "the message has no Date header"))
            return None
        if not date_text:
            self.problems.append(translate("Intake", "the Date header is empty"))
            return None
        try:
            date = parsedate_to_datetime(date_text)
        except (ValueError, TypeError, IndexError, OverflowError):
            self.problems.append(
                translate("Intake", "the Date header '{date_text}' is not a date that can be read").format(
                    date_text=date_text
                )
            )
            return None
        if date.tzinfo is None:
            # "-0000" means UTC with the sender's zone unknown; anything else has no usable zone.
            if not re.search(r"-0000\b", date_text):
                self.problems.append(
                    translate(
                        "Intake", "the Date header gives no time zone that can be read; it was read as UTC"
                    )
                )
            date = date.replace(tzinfo=UTC)
        return date

    # ----------------------------------------------------------------------- parts

    def visit(self, part: Message, depth: int, *, resource: bool = False) -> list[_Chunk]:
        """The body text of a part; its attachments are collected on the way."""
        if depth > _MAX_DEPTH:
            self.problems.append(
                translate("Intake", "parts nested more than {max_depth} levels deep were left out").format(
                    max_depth=_MAX_DEPTH
                )
            )
            return []
        where = translate("Intake", "the message") if depth == 0 else translate("Intake", "a part")
        try:
            chunks = self.visit_part(part, depth, where, resource=resource)
        except Exception as exc:  # the standard library has crashes on hostile input; keep the other parts
            logs.error("intake.email.visit", exc)
            self.problems.append(
                translate(
                    "Intake", "{where} of type {content_type} could not be read and was left out"
                ).format(where=where, content_type=_content_type(part))
            )
            chunks = []
        if part.defects:
            name = self.filename(part) if depth else None
            label = (
                translate("Intake", "the attachment '{name}'").format(name=safe_file_name(name))
                if name
                else where
            )
            self.problems.extend(_describe_defect(defect, label) for defect in part.defects)
        return chunks

    def visit_part(self, part: Message, depth: int, where: str, *, resource: bool) -> list[_Chunk]:
        maintype = part.get_content_maintype()
        subtype = part.get_content_subtype()
        payload = part.get_payload()
        if maintype == "message":
            self.attach_message(part, subtype, payload)
            return []
        if maintype == "multipart":
            if not isinstance(payload, list):  # no boundary, or a boundary that never appears
                text, problem = decode_part_text(self.payload_bytes(part, where), part.get_content_charset())
                return [_Chunk("plain", _plain(text), [f"{where} {problem}"] if problem else [])]
            children = [child for child in payload if isinstance(child, Message)]
            if subtype == "alternative":
                return self.alternative(children, depth)
            if subtype == "related":
                return self.related(part, children, depth)
            chunks = []
            for child in children:
                chunks.extend(self.visit(child, depth + 1))
            return chunks
        is_body = (
            not resource
            and maintype == "text"
            and subtype in ("plain", "html")
            and part.get_content_disposition() != "attachment"
            and self.filename(part) is None
        )
        if not is_body:
            self.attach(part, where)
            return []
        data = self.payload_bytes(part, where)
        charset = part.get_content_charset()
        if charset is None and subtype == "html":
            declared = _META_CHARSET.search(data[:8192])
            charset = declared.group(1).decode("ascii") if declared else None
        text, problem = decode_part_text(data, charset)
        problems = [f"{where} {problem}"] if problem else []
        if subtype == "html":
            self.referenced.update(_cid_key(ref) for ref in _CID_REFERENCE.findall(text))
            return [_Chunk("html", html_to_text(text), problems)]
        return [_Chunk("plain", _plain(text), problems)]

    def alternative(self, children: list[Message], depth: int) -> list[_Chunk]:
        """Plain text when a version has some; otherwise the richest version that says anything."""
        versions = [self.visit(child, depth + 1) for child in children]
        for version in versions:
            if any(chunk.kind == "plain" and chunk.text.strip() for chunk in version):
                return version
        for version in reversed(versions):
            if any(chunk.text.strip() for chunk in version):
                return version
        return []

    def related(self, part: Message, children: list[Message], depth: int) -> list[_Chunk]:
        """The root part is the body; the others are what it shows (images, style sheets)."""
        root = 0
        start = part.get_param("start")
        if isinstance(start, str):
            keys = [_cid_key(str(child.get("Content-ID", ""))) for child in children]
            root = keys.index(_cid_key(start)) if _cid_key(start) in keys else 0
        chunks: list[_Chunk] = []
        for index, child in enumerate(children):
            found = self.visit(child, depth + 1, resource=index != root)
            if index == root:
                chunks = found
        return chunks

    def attach(self, part: Message, where: str) -> None:
        content_id = " ".join(str(part.get("Content-ID", "")).split()) or None
        self.found.append(
            _Found(
                filename=self.filename(part),
                media_type=part.get_content_type(),
                data=self.payload_bytes(part, where),
                inline=part.get_content_disposition() == "inline",
                content_id=content_id,
            )
        )

    def attach_message(self, part: Message, subtype: str, payload: object) -> None:
        """A forwarded message (or a delivery report) is one attachment: its own bytes."""
        inner = [item for item in payload if isinstance(item, Message)] if isinstance(payload, list) else []
        if inner:
            try:
                data = b"".join(self.flatten(item) for item in inner)
            except Exception as exc:  # a damaged message the generator cannot write back
                logs.error("intake.email.attach_message", exc)
                self.problems.append(
                    translate("Intake", "a forwarded message could not be written back and was left out")
                )
                return
        else:
            data = self.payload_bytes(part, "a forwarded message")
        forwarded = subtype in ("rfc822", "global")
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if inner and encoding in ("base64", "quoted-printable"):
            # Not allowed for message/*, but sent anyway: the parser took the encoded text for a message.
            encoded = data.lstrip(b"\r\n")
            try:
                data = quopri.decodestring(encoded) if encoding == "quoted-printable" else b64decode(encoded)
            except (binascii.Error, ValueError):
                self.problems.append(
                    translate("Intake", "a forwarded message has damaged encoded data; it was kept encoded")
                )
            else:
                inner = [BytesParser(policy=default_policy).parsebytes(data)]
        filename = self.filename(part)
        if forwarded and inner:
            subject = self.first_header(inner[0], "Subject", owner="forwarded")
            if subject:
                filename = re.sub(r"[\\/]+", "-", subject) + ".eml"
        content_id = " ".join(str(part.get("Content-ID", "")).split()) or None
        self.found.append(
            _Found(
                filename=filename,
                media_type="message/rfc822" if forwarded else part.get_content_type(),
                data=data,
                inline=part.get_content_disposition() == "inline",
                content_id=content_id,
            )
        )

    def flatten(self, message: Message) -> bytes:
        """A parsed message written back as the bytes it was read from (headers are not refolded)."""
        policy = message.policy
        if isinstance(policy, EmailPolicy):
            policy = policy.clone(linesep=self.linesep, refold_source="none")
        else:
            policy = policy.clone(linesep=self.linesep)
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy).flatten(message, unixfrom=False)
        return out.getvalue()

    def payload_bytes(self, part: Message, where: str) -> bytes:
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if encoding not in _KNOWN_TRANSFER_ENCODINGS:
            self.problems.append(
                translate(
                    "Intake",
                    "{where} declared the unknown transfer encoding '{encoding}'; its bytes were kept as "
                    "they are",
                ).format(where=where, encoding=encoding[:40])
            )
        data = part.get_payload(decode=True)
        return data if isinstance(data, bytes) else b""

    def filename(self, part: Message) -> str | None:
        """The part's file name as its sender wrote it (path included), decoded; None when it has none."""
        name = None
        try:
            raw = {key.lower(): str(value) for key, value in part.raw_items()}
            keys = ("content-disposition", "content-type")
            if any(re.search("[\udc80-\udcff]", raw.get(key, "")) for key in keys):
                # Raw 8-bit bytes in the name: read them as text, not as replacement characters.
                source = EmailMessage(policy=default_policy)
                for key in keys:
                    if key in raw:
                        source[key] = self.repair_surrogates(_unfold(raw[key]), "a file name")
                name = source.get_filename()
            if name is None:
                name = part.get_filename()
        except Exception as exc:  # a Content-Disposition or Content-Type the standard library cannot read
            logs.error("intake.email.filename", exc)
            return None
        if name is None:
            return None
        name = str(name)
        if "=?" in name:
            name = decode_encoded_words(name, "a file name", self.problems)
        return name


# --------------------------------------------------------------------------- small helpers


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n(?=[ \t])", "", value).replace("\r", "").replace("\n", "")


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception as exc:  # the very header we could not read
        logs.error("intake.email.content_type", exc)
        return "unknown"


def _cid_key(content_id: str) -> str:
    return unquote(content_id).strip().strip("<>").strip().lower()


def _is_image(found: _Found) -> bool:
    if found.media_type.startswith("image/"):
        return True
    guessed, _ = mimetypes.guess_type(found.filename or "")
    return bool(guessed and guessed.startswith("image/"))


def _attachment_name(raw: str | None, media_type: str, index: int) -> str:
    if raw and re.split(r"[\\/]", raw)[-1].strip(" ."):
        return safe_file_name(raw)
    extension = mimetypes.guess_extension(media_type) or ".bin"
    return f"attachment-{index}{extension}"


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_DEFECTS: dict[str, str] = {
    "CloseBoundaryNotFoundDefect": noop(
        "Intake", "the message ends before its last part is closed; it may be truncated"
    ),
    "StartBoundaryNotFoundDefect": noop(
        "Intake",
        "{where} is declared multipart but its boundary never appears; it was read as plain text",
    ),
    "NoBoundaryInMultipartDefect": noop(
        "Intake",
        "{where} is declared multipart but names no boundary; it was read as plain text",
    ),
    "MultipartInvariantViolationDefect": noop("Intake", "{where} is declared multipart but has no parts"),
    "FirstHeaderLineIsContinuationDefect": noop(
        "Intake", "the headers of {where} start with a continuation line"
    ),
    "MisplacedEnvelopeHeaderDefect": noop(
        "Intake", "the headers of {where} contain a misplaced 'From ' envelope line"
    ),
    "MissingHeaderBodySeparatorDefect": noop(
        "Intake",
        "the headers of {where} contain a line that is not a header; what follows was read as its body",
    ),
    "InvalidMultipartContentTransferEncodingDefect": noop(
        "Intake", "{where} is multipart but declares a transfer encoding"
    ),
    "UndecodableBytesDefect": noop("Intake", "{where} contains bytes that could not be decoded"),
    "InvalidBase64PaddingDefect": noop(
        "Intake", "the base64 data of {where} is badly padded; it may be incomplete"
    ),
    "InvalidBase64CharactersDefect": noop(
        "Intake", "the base64 data of {where} contains characters that are not base64"
    ),
    "InvalidBase64LengthDefect": noop(
        "Intake", "the base64 data of {where} is cut short and could not be decoded"
    ),
}


def _describe_defect(defect: Exception, where: str) -> str:
    template = _DEFECTS.get(type(defect).__name__) or noop("Intake", "{where} is malformed")
    return translate("Intake", template).format(where=where)
