"""Writing Outlook .msg files for tests, from the specifications alone.

A .msg file is a Compound File Binary container ([MS-CFB], version 3, 512-byte sectors) holding the MAPI
properties of one message as laid out by [MS-OXMSG]: fixed-size values in a `__properties_version1.0`
stream, every variable-size value in a `__substg1.0_<tag>` stream of its own, one storage per recipient
and per attachment, and a named-property storage.

`build_msg` makes a sent, plain-text (optionally HTML) e-mail with one To recipient and file attachments.
`build_compound_file` is the container writer underneath it, usable on any tree of storages and streams.
"""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

__all__ = ["MsgAttachment", "Storage", "build_compound_file", "build_msg"]

# --- [MS-CFB] constants -------------------------------------------------------------------------------

_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_SECTOR = 512
_SECTOR_SHIFT = 9
_MINI_SECTOR = 64
_MINI_SECTOR_SHIFT = 6
_MINI_STREAM_CUTOFF = 4096
_HEADER_DIFAT_SLOTS = 109
_ENTRY_SIZE = 128
_MAX_NAME_CHARS = 31

_FATSECT = 0xFFFFFFFD
_ENDOFCHAIN = 0xFFFFFFFE
_FREESECT = 0xFFFFFFFF
_NOSTREAM = 0xFFFFFFFF

_TYPE_UNUSED = 0
_TYPE_STORAGE = 1
_TYPE_STREAM = 2
_TYPE_ROOT = 5
_RED = 0
_BLACK = 1

# --- [MS-OXCDATA] property types and [MS-OXPROPS] property ids -----------------------------------------

PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_UNICODE = 0x001F
PT_SYSTIME = 0x0040
PT_BINARY = 0x0102

PR_IMPORTANCE = 0x0017
PR_MESSAGE_CLASS = 0x001A
PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_SENT_REPRESENTING_NAME = 0x0042
PR_SENT_REPRESENTING_ADDRTYPE = 0x0064
PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065
PR_TRANSPORT_MESSAGE_HEADERS = 0x007D
PR_RECIPIENT_TYPE = 0x0C15
PR_SENDER_NAME = 0x0C1A
PR_SENDER_ADDRTYPE = 0x0C1E
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_DISPLAY_TO = 0x0E04
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_MESSAGE_FLAGS = 0x0E07
PR_HASATTACH = 0x0E1B
PR_ATTACH_NUM = 0x0E21
PR_OBJECT_TYPE = 0x0FFE
PR_BODY = 0x1000
PR_HTML = 0x1013
PR_INTERNET_MESSAGE_ID = 0x1035
PR_ROWID = 0x3000
PR_DISPLAY_NAME = 0x3001
PR_ADDRTYPE = 0x3002
PR_EMAIL_ADDRESS = 0x3003
PR_ATTACH_DATA_BIN = 0x3701
PR_ATTACH_EXTENSION = 0x3703
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_LONG_FILENAME = 0x3707
PR_RENDERING_POSITION = 0x370B
PR_ATTACH_MIME_TAG = 0x370E
PR_DISPLAY_TYPE = 0x3900
PR_SMTP_ADDRESS = 0x39FE
PR_STORE_SUPPORT_MASK = 0x340D
PR_INTERNET_CPID = 0x3FDE
PR_SENDER_SMTP_ADDRESS = 0x5D01

_PROPATTR_READABLE_WRITABLE = 0x00000006
_MSGFLAG_READ = 0x01
_MSGFLAG_HASATTACH = 0x10
_STORE_UNICODE_OK = 0x00040000
_MAPI_TO = 1
_ATTACH_BY_VALUE = 1
_MAPI_MAILUSER = 6
_MAPI_ATTACH = 7
_DT_MAILUSER = 0
_CODEPAGE_UTF8 = 65001

_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class MsgAttachment:
    """A file attached to a message: its name, its bytes and its media type."""

    filename: str
    data: bytes
    media_type: str = "application/octet-stream"


@dataclass
class Storage:
    """A storage (a folder) of a compound file: named streams and named child storages."""

    streams: dict[str, bytes] = field(default_factory=dict)
    storages: dict[str, Storage] = field(default_factory=dict)


# --- the message ---------------------------------------------------------------------------------------


def build_msg(
    *,
    subject: str,
    sender_name: str,
    sender_email: str,
    to: str,
    date: datetime,
    message_id: str,
    body: str,
    html_body: str | None = None,
    attachments: Sequence[MsgAttachment] = (),
) -> bytes:
    """The bytes of an Outlook .msg file for a sent e-mail with one To recipient.

    `to` is one address, with or without a display name ("Ana Núñez <ana@example.es>"); `date` must be
    timezone-aware and becomes the submit and delivery times and the Date header.
    """
    if date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("date must be timezone-aware")
    to_name, to_email = parseaddr(to)
    if not to_email:
        raise ValueError(f"no e-mail address in {to!r}")
    filetime = _filetime(date)

    message = _PropertyBag()
    message.unicode(PR_MESSAGE_CLASS, "IPM.Note")
    message.unicode(PR_SUBJECT, subject)
    message.unicode(PR_SENDER_NAME, sender_name)
    message.unicode(PR_SENDER_ADDRTYPE, "SMTP")
    message.unicode(PR_SENDER_EMAIL_ADDRESS, sender_email)
    message.unicode(PR_SENDER_SMTP_ADDRESS, sender_email)
    message.unicode(PR_SENT_REPRESENTING_NAME, sender_name)
    message.unicode(PR_SENT_REPRESENTING_ADDRTYPE, "SMTP")
    message.unicode(PR_SENT_REPRESENTING_EMAIL_ADDRESS, sender_email)
    message.unicode(PR_DISPLAY_TO, to_name or to_email)
    message.unicode(PR_BODY, body)
    message.unicode(PR_INTERNET_MESSAGE_ID, message_id)
    message.unicode(
        PR_TRANSPORT_MESSAGE_HEADERS,
        _transport_headers(
            subject=subject,
            sender=(sender_name, sender_email),
            to=(to_name, to_email),
            date=date,
            message_id=message_id,
        ),
    )
    if html_body is not None:
        message.binary(PR_HTML, html_body.encode("utf-8"))
        message.fixed(PR_INTERNET_CPID, PT_LONG, _CODEPAGE_UTF8)
    message.fixed(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME, filetime)
    message.fixed(PR_MESSAGE_DELIVERY_TIME, PT_SYSTIME, filetime)
    message.fixed(PR_MESSAGE_FLAGS, PT_LONG, _MSGFLAG_READ | (_MSGFLAG_HASATTACH if attachments else 0))
    message.fixed(PR_HASATTACH, PT_BOOLEAN, 1 if attachments else 0)
    message.fixed(PR_IMPORTANCE, PT_LONG, 1)
    message.fixed(PR_STORE_SUPPORT_MASK, PT_LONG, _STORE_UNICODE_OK)

    # Top-level header: 8 reserved, next recipient id, next attachment id, recipient and attachment counts,
    # 8 reserved.
    top_header = struct.pack("<8xIIII8x", 1, len(attachments), 1, len(attachments))
    root = message.storage(top_header)
    root.storages["__nameid_version1.0"] = Storage(
        streams={"__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b""}
    )
    root.storages[f"__recip_version1.0_#{0:08X}"] = _recipient(to_name, to_email)
    for number, attachment in enumerate(attachments):
        root.storages[f"__attach_version1.0_#{number:08X}"] = _attachment(number, attachment)
    return build_compound_file(root)


def _recipient(name: str, email: str) -> Storage:
    """The storage of the one To recipient."""
    recipient = _PropertyBag()
    recipient.fixed(PR_RECIPIENT_TYPE, PT_LONG, _MAPI_TO)
    recipient.fixed(PR_ROWID, PT_LONG, 0)
    recipient.fixed(PR_OBJECT_TYPE, PT_LONG, _MAPI_MAILUSER)
    recipient.fixed(PR_DISPLAY_TYPE, PT_LONG, _DT_MAILUSER)
    recipient.unicode(PR_DISPLAY_NAME, name or email)
    recipient.unicode(PR_ADDRTYPE, "SMTP")
    recipient.unicode(PR_EMAIL_ADDRESS, email)
    recipient.unicode(PR_SMTP_ADDRESS, email)
    return recipient.storage(bytes(8))


def _attachment(number: int, attachment: MsgAttachment) -> Storage:
    """The storage of one attachment stored by value."""
    dot = attachment.filename.rfind(".")
    extension = attachment.filename[dot:] if dot > 0 else ""
    bag = _PropertyBag()
    bag.fixed(PR_ATTACH_METHOD, PT_LONG, _ATTACH_BY_VALUE)
    bag.fixed(PR_ATTACH_NUM, PT_LONG, number)
    bag.fixed(PR_RENDERING_POSITION, PT_LONG, 0xFFFFFFFF)
    bag.fixed(PR_OBJECT_TYPE, PT_LONG, _MAPI_ATTACH)
    bag.binary(PR_ATTACH_DATA_BIN, attachment.data)
    bag.unicode(PR_ATTACH_LONG_FILENAME, attachment.filename)
    bag.unicode(PR_ATTACH_FILENAME, _short_filename(attachment.filename, number + 1))
    bag.unicode(PR_DISPLAY_NAME, attachment.filename)
    bag.unicode(PR_ATTACH_MIME_TAG, attachment.media_type)
    if extension:
        bag.unicode(PR_ATTACH_EXTENSION, extension)
    return bag.storage(bytes(8))


def _short_filename(filename: str, serial: int) -> str:
    """An 8.3 name for a long file name, the way Windows shortens them (STEM~N.EXT)."""
    dot = filename.rfind(".")
    stem, extension = (filename[:dot], filename[dot + 1 :]) if dot > 0 else (filename, "")
    ascii_stem = _ascii_upper(stem)
    ascii_extension = _ascii_upper(extension)[:3]
    if ascii_stem == stem.upper() and len(stem) <= 8 and ascii_extension == extension.upper():
        short = ascii_stem
    else:
        suffix = f"~{serial}"
        short = (ascii_stem or "FILE")[: 8 - len(suffix)] + suffix
    return f"{short}.{ascii_extension}" if ascii_extension else short


def _ascii_upper(text: str) -> str:
    """Text folded to upper-case ASCII letters and digits (accents dropped, other characters removed)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.upper() if c.isalnum())


def _transport_headers(
    *, subject: str, sender: tuple[str, str], to: tuple[str, str], date: datetime, message_id: str
) -> str:
    """RFC 5322 header lines as an SMTP server would have received them, non-ASCII text RFC 2047 encoded."""
    lines = [
        f"From: {formataddr(sender, charset='utf-8')}",
        f"To: {formataddr(to, charset='utf-8')}",
        f"Subject: {_encoded_text(subject)}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(lines) + "\r\n\r\n"


def _encoded_text(text: str) -> str:
    """A header value: as is when ASCII, otherwise RFC 2047 encoded words folded with CRLF."""
    if text.isascii():
        return text
    return Header(text, "utf-8", header_name="Subject").encode(linesep="\r\n")


def _filetime(moment: datetime) -> int:
    """A FILETIME: 100-nanosecond intervals since 1601-01-01 UTC."""
    delta = moment - _FILETIME_EPOCH
    return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


class _PropertyBag:
    """The properties of one MAPI object (message, recipient or attachment) as [MS-OXMSG] stores them."""

    def __init__(self) -> None:
        self._entries: list[bytes] = []
        self._streams: dict[str, bytes] = {}

    def fixed(self, prop_id: int, prop_type: int, value: int) -> None:
        """A fixed-size value (integer, boolean or FILETIME) kept in the properties stream itself."""
        tag = prop_id << 16 | prop_type
        self._entries.append(struct.pack("<IIQ", tag, _PROPATTR_READABLE_WRITABLE, value))

    def unicode(self, prop_id: int, value: str) -> None:
        """A PT_UNICODE string: UTF-16-LE in its own stream, without the terminating null."""
        data = value.encode("utf-16-le")
        self._variable(prop_id, PT_UNICODE, data, len(data) + 2)

    def binary(self, prop_id: int, value: bytes) -> None:
        """A PT_BINARY value in its own stream."""
        self._variable(prop_id, PT_BINARY, value, len(value))

    def _variable(self, prop_id: int, prop_type: int, data: bytes, size: int) -> None:
        tag = prop_id << 16 | prop_type
        self._entries.append(struct.pack("<IIII", tag, _PROPATTR_READABLE_WRITABLE, size, 0))
        self._streams[f"__substg1.0_{tag:08X}"] = data

    def storage(self, header: bytes) -> Storage:
        """A storage holding the value streams and the properties stream with the given header."""
        streams = dict(self._streams)
        streams["__properties_version1.0"] = header + b"".join(self._entries)
        return Storage(streams=streams)


# --- the compound file ---------------------------------------------------------------------------------


@dataclass
class _Entry:
    """One directory entry while the file is being laid out."""

    name: str
    kind: int
    data: bytes = b""
    left: int = _NOSTREAM
    right: int = _NOSTREAM
    child: int = _NOSTREAM
    color: int = _BLACK
    start: int = _ENDOFCHAIN
    size: int = 0


def build_compound_file(root: Storage) -> bytes:
    """A version 3 compound file (512-byte sectors) holding the given tree of storages and streams.

    Streams below 4096 bytes go in the mini stream, larger ones in regular sectors. All FAT sectors must be
    listed in the header, which limits the file to 109 FAT sectors (about 6.8 MB).
    """
    entries = [_Entry("Root Entry", _TYPE_ROOT)]
    _add_children(entries, 0, root)

    # Mini stream: small streams, each rounded up to whole 64-byte mini sectors.
    mini_fat: list[int] = []
    mini_stream = bytearray()
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != _TYPE_STREAM:
            continue
        entry.size = len(entry.data)
        if entry.size == 0:
            entry.start = _ENDOFCHAIN
        elif entry.size < _MINI_STREAM_CUTOFF:
            entry.start = len(mini_fat)
            mini_fat.extend(_chain(entry.start, _sectors(entry.size, _MINI_SECTOR)))
            mini_stream += _padded(entry.data, _MINI_SECTOR)
        else:
            big.append(entry)

    directory_sectors = _sectors(len(entries) * _ENTRY_SIZE, _SECTOR)
    mini_fat_sectors = _sectors(len(mini_fat) * 4, _SECTOR)
    mini_stream_sectors = _sectors(len(mini_stream), _SECTOR)
    data_sectors = sum(_sectors(entry.size, _SECTOR) for entry in big)
    others = directory_sectors + mini_fat_sectors + mini_stream_sectors + data_sectors
    fat_sectors = 1
    while fat_sectors * (_SECTOR // 4) < fat_sectors + others:
        fat_sectors += 1
    if fat_sectors > _HEADER_DIFAT_SLOTS:
        raise ValueError(
            f"compound file too large: it needs {fat_sectors} FAT sectors and this writer supports at most "
            f"{_HEADER_DIFAT_SLOTS} (no DIFAT sectors), that is about "
            f"{_HEADER_DIFAT_SLOTS * (_SECTOR // 4) * _SECTOR // 1_000_000} MB"
        )

    fat = [_FREESECT] * (fat_sectors * (_SECTOR // 4))
    fat[:fat_sectors] = [_FATSECT] * fat_sectors
    body = bytearray()
    next_sector = fat_sectors

    def place(data: bytes) -> int:
        """Put data in the next free run of sectors, chain them in the FAT, return the first one."""
        nonlocal next_sector
        count = _sectors(len(data), _SECTOR)
        if count == 0:
            return _ENDOFCHAIN
        first = next_sector
        fat[first : first + count] = _chain(first, count)
        body.extend(_padded(data, _SECTOR))
        next_sector += count
        return first

    # The directory is written last but its sectors come first, so that its chain is known up front.
    first_directory = next_sector
    fat[first_directory : first_directory + directory_sectors] = _chain(first_directory, directory_sectors)
    next_sector += directory_sectors
    directory_body_offset = len(body)
    body.extend(bytes(directory_sectors * _SECTOR))

    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    mini_fat_bytes += struct.pack("<I", _FREESECT) * ((-len(mini_fat)) % (_SECTOR // 4))
    first_mini_fat = place(mini_fat_bytes)
    entries[0].start = place(bytes(mini_stream))
    entries[0].size = len(mini_stream)
    for entry in big:
        entry.start = place(entry.data)

    directory = b"".join(_directory_entry(entry) for entry in entries)
    directory += _unused_entry() * ((-len(entries)) % (_SECTOR // _ENTRY_SIZE))
    body[directory_body_offset : directory_body_offset + len(directory)] = directory

    difat = list(range(fat_sectors)) + [_FREESECT] * (_HEADER_DIFAT_SLOTS - fat_sectors)
    header = b"".join(
        [
            _SIGNATURE,
            bytes(16),  # header CLSID
            struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, _SECTOR_SHIFT, _MINI_SECTOR_SHIFT),
            bytes(6),  # reserved
            struct.pack("<I", 0),  # number of directory sectors: always 0 in version 3
            struct.pack("<II", fat_sectors, first_directory),
            struct.pack("<I", 0),  # transaction signature
            struct.pack("<III", _MINI_STREAM_CUTOFF, first_mini_fat, mini_fat_sectors),
            struct.pack("<II", _ENDOFCHAIN, 0),  # first DIFAT sector, number of DIFAT sectors
            struct.pack(f"<{_HEADER_DIFAT_SLOTS}I", *difat),
        ]
    )
    assert len(header) == _SECTOR
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + bytes(body)


def _add_children(entries: list[_Entry], parent: int, storage: Storage) -> None:
    """Append the children of a storage to the directory and link them as a red-black tree under it."""
    names = [*storage.streams, *storage.storages]
    keys = [_name_key(name) for name in names]
    if len(set(keys)) != len(keys):
        raise ValueError(f"two children of one storage have the same name (ignoring case): {sorted(names)}")
    children: list[int] = []
    for name, data in storage.streams.items():
        entries.append(_Entry(name, _TYPE_STREAM, data=data))
        children.append(len(entries) - 1)
    for name, child in storage.storages.items():
        entries.append(_Entry(name, _TYPE_STORAGE, start=0))  # storages have no sectors: start is 0
        children.append(len(entries) - 1)
        _add_children(entries, len(entries) - 1, child)
    children.sort(key=lambda index: _name_key(entries[index].name))
    entries[parent].child = _balanced_tree(entries, children)


def _balanced_tree(entries: list[_Entry], ordered: list[int]) -> int:
    """Link sorted siblings as a balanced binary search tree coloured as a valid red-black tree.

    Splitting at the middle fills every level of the tree except perhaps the last one. Nodes on the full
    levels are black and nodes on the partial last level red, so every path from the top to a missing child
    crosses the same number of black nodes and no red node has a red child.
    """
    full_levels = (len(ordered) + 1).bit_length() - 1

    def link(low: int, high: int, depth: int) -> int:
        if low >= high:
            return _NOSTREAM
        middle = (low + high) // 2
        entry = entries[ordered[middle]]
        entry.left = link(low, middle, depth + 1)
        entry.right = link(middle + 1, high, depth + 1)
        entry.color = _RED if depth >= full_levels else _BLACK
        return ordered[middle]

    return link(0, len(ordered), 0)


def _name_key(name: str) -> tuple[int, tuple[int, ...]]:
    """CFB order of sibling names: shorter first, then upper-cased UTF-16 code units compared in turn."""
    encoded = name.encode("utf-16-le")
    units = struct.unpack(f"<{len(encoded) // 2}H", encoded)
    upper = tuple(_upper_unit(unit) for unit in units)
    return len(units), upper


def _upper_unit(unit: int) -> int:
    """The upper case of one UTF-16 code unit, when that is a single code unit."""
    if 0xD800 <= unit <= 0xDFFF:
        return unit
    upper = chr(unit).upper()
    return ord(upper) if len(upper) == 1 and ord(upper) <= 0xFFFF else unit


def _directory_entry(entry: _Entry) -> bytes:
    """The 128 bytes of one directory entry."""
    encoded = entry.name.encode("utf-16-le")
    if len(encoded) // 2 > _MAX_NAME_CHARS or any(c in entry.name for c in "/\\:!"):
        raise ValueError(f"invalid compound file entry name: {entry.name!r}")
    return b"".join(
        [
            (encoded + b"\x00\x00").ljust(64, b"\x00"),
            struct.pack("<HBB", len(encoded) + 2, entry.kind, entry.color),
            struct.pack("<III", entry.left, entry.right, entry.child),
            bytes(16),  # CLSID
            struct.pack("<I", 0),  # state bits
            bytes(16),  # creation and modification times: none recorded
            struct.pack("<IQ", entry.start, entry.size),
        ]
    )


def _unused_entry() -> bytes:
    """A free directory entry: all zeros except the three links, which are NOSTREAM."""
    links = struct.pack("<III", _NOSTREAM, _NOSTREAM, _NOSTREAM)
    return bytes(64) + struct.pack("<HBB", 0, _TYPE_UNUSED, 0) + links + bytes(48)


def _chain(first: int, count: int) -> list[int]:
    """FAT (or mini FAT) entries for a run of consecutive sectors, the last one ending the chain."""
    return [*range(first + 1, first + count), _ENDOFCHAIN] if count else []


def _sectors(size: int, sector: int) -> int:
    """How many sectors of the given size hold `size` bytes."""
    return -(-size // sector)


def _padded(data: bytes, sector: int) -> bytes:
    """Data padded with zeros to a whole number of sectors."""
    return data + bytes((-len(data)) % sector)
