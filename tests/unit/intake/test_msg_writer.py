"""The test .msg writer (tests/support/msg.py): extract_msg and olefile read back what it writes, and the
compound file container follows [MS-CFB] down to its FAT, mini FAT and red-black directory trees."""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import extract_msg
import olefile
import pytest
from extract_msg.msg_classes import Message

from tests.support.msg import MsgAttachment, Storage, build_compound_file, build_msg

WARSAW_SUMMER = timezone(timedelta(hours=2))
DATE = datetime(2026, 10, 2, 14, 30, tzinfo=WARSAW_SUMMER)
POLISH = "Reklamacja: zażółć gęślą jaźń, Łódź"
BODY = f"Dzień dobry,\r\n{POLISH}.\r\nFrançais : reçu, élève. Español: señor, año.\r\n"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + bytes(900)
MESSAGE_ID = "<20261002143000.4711@sklep.example.pl>"

ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF


def polish_complaint(**changes: object) -> bytes:
    """The Polish shop's answer with a PDF invoice and a PNG photo, with any argument replaced."""
    arguments: dict[str, object] = {
        "subject": POLISH,
        "sender_name": "Sklep",
        "sender_email": "biuro@sklep.example.pl",
        "to": "Ana Núñez <ana@example.es>",
        "date": DATE,
        "message_id": MESSAGE_ID,
        "body": BODY,
        "html_body": f"<html><body><p>{POLISH}</p></body></html>",
        "attachments": (
            MsgAttachment("faktura-2026-10.pdf", PDF, "application/pdf"),
            MsgAttachment("zdjęcie paragonu.png", PNG, "image/png"),
        ),
    }
    arguments.update(changes)
    return build_msg(**arguments)  # type: ignore[arg-type]


@contextmanager
def open_msg(tmp_path: Path, data: bytes) -> Iterator[Message]:
    """The file opened by extract_msg the way an importer would: from a path on disk; closed afterwards."""
    path = tmp_path / "message.msg"
    path.write_bytes(data)
    message = extract_msg.openMsg(str(path))
    try:
        assert isinstance(message, Message)
        yield message
    finally:
        message.close()


# --- extract_msg ---------------------------------------------------------------------------------------


def test_extract_msg_reads_a_polish_message_with_two_attachments(tmp_path: Path) -> None:
    with open_msg(tmp_path, polish_complaint()) as msg:
        assert msg.subject == POLISH
        assert msg.body == BODY
        assert msg.sender == "Sklep <biuro@sklep.example.pl>"
        assert msg.to == "Ana Núñez <ana@example.es>"
        assert msg.messageId == MESSAGE_ID
        assert msg.date is not None
        assert msg.date.utcoffset() is not None
        assert msg.date == DATE
        assert msg.header["Date"] == "Fri, 02 Oct 2026 14:30:00 +0200"
        assert msg.htmlBody == f"<html><body><p>{POLISH}</p></body></html>".encode()
        [recipient] = msg.recipients
        assert (recipient.name, recipient.email, recipient.type) == ("Ana Núñez", "ana@example.es", 1)
        assert [(a.name, a.mimetype, a.data) for a in msg.attachments] == [
            ("faktura-2026-10.pdf", "application/pdf", PDF),
            ("zdjęcie paragonu.png", "image/png", PNG),
        ]
        assert msg.attachments[0].shortFilename == "FAKTUR~1.PDF"
        assert msg.attachments[1].shortFilename == "ZDJECI~2.PNG"


def test_extract_msg_reads_a_large_body_and_a_large_attachment(tmp_path: Path) -> None:
    body = ("Zażółć gęślą jaźń — reçu, año. " * 2000)[:60_000]
    scan = bytes(range(256)) * 1200  # 300 KB
    data = polish_complaint(body=body, html_body=None, attachments=[MsgAttachment("skan.pdf", scan)])
    cfb = read_compound_file(data)
    assert cfb.stream_sizes["__substg1.0_1000001F"] == 120_000
    assert "__substg1.0_1000001F" in cfb.regular_streams
    assert "__attach_version1.0_#00000000/__substg1.0_37010102" in cfb.regular_streams
    assert "__substg1.0_0037001F" in cfb.mini_streams
    with open_msg(tmp_path, data) as msg:
        assert msg.body == body
        [attachment] = msg.attachments
        assert (attachment.name, attachment.mimetype, attachment.data) == (
            "skan.pdf",
            "application/octet-stream",
            scan,
        )


def test_extract_msg_reads_a_message_without_attachments(tmp_path: Path) -> None:
    data = polish_complaint(attachments=(), html_body=None, subject="Re: zwrot", body="Dziękuję.")
    assert not any(path.startswith("__attach") for path in read_compound_file(data).stream_sizes)
    with open_msg(tmp_path, data) as msg:
        assert msg.attachments == []
        assert (msg.subject, msg.body) == ("Re: zwrot", "Dziękuję.")
        assert msg.date == DATE
        assert msg.sender == "Sklep <biuro@sklep.example.pl>"


def test_a_naive_date_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        polish_complaint(date=datetime(2026, 10, 2, 14, 30))


# --- the MAPI property streams ([MS-OXMSG]) ------------------------------------------------------------


def test_property_streams_have_headers_entries_and_sizes() -> None:
    data = polish_complaint()
    ole = olefile.OleFileIO(data)
    try:
        top = ole.openstream("__properties_version1.0").read()
        next_recipient, next_attachment, recipients, attachments = struct.unpack_from("<IIII", top, 8)
        assert (top[:8], top[24:32]) == (bytes(8), bytes(8))
        assert (next_recipient, next_attachment, recipients, attachments) == (1, 2, 1, 2)
        properties = property_entries(top[32:])
        filetime = (int(DATE.timestamp()) + 11_644_473_600) * 10_000_000
        assert properties[0x00390040] == filetime  # PR_CLIENT_SUBMIT_TIME
        assert properties[0x0E060040] == filetime  # PR_MESSAGE_DELIVERY_TIME

        storages = [
            "",
            "__recip_version1.0_#00000000",
            "__attach_version1.0_#00000000",
            "__attach_version1.0_#00000001",
        ]
        for storage in storages:
            prefix = f"{storage}/" if storage else ""
            stream = ole.openstream(prefix + "__properties_version1.0").read()
            entries = property_entries(stream[32 if storage == "" else 8 :])
            for tag, value in entries.items():
                if tag & 0xFFFF in (0x001F, 0x0102):
                    value_stream = ole.openstream(f"{prefix}__substg1.0_{tag:08X}").read()
                    extra = 2 if tag & 0xFFFF == 0x001F else 0
                    assert value & 0xFFFFFFFF == len(value_stream) + extra, hex(tag)
            here = [path[-1] for path in ole.listdir() if path[:-1] == ([storage] if storage else [])]
            for name in here:
                if name.startswith("__substg1.0_"):
                    assert int(name[12:], 16) in entries, f"{prefix}{name} has no properties entry"
        assert ole.openstream("__substg1.0_001A001F").read().decode("utf-16-le") == "IPM.Note"
        assert ole.openstream("__substg1.0_0C1E001F").read().decode("utf-16-le") == "SMTP"
        assert ole.openstream("__substg1.0_10130102").read().startswith(b"<html>")
        headers = ole.openstream("__substg1.0_007D001F").read().decode("utf-16-le")
        for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            assert f"\r\n{name}: " in "\r\n" + headers
        assert headers.isascii()
        for name in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
            assert ole.exists(f"__nameid_version1.0/{name}")
    finally:
        ole.close()


def property_entries(entries: bytes) -> dict[int, int]:
    """Property tag to 8-byte value (or size, for variable-size properties) of a properties stream."""
    assert len(entries) % 16 == 0
    result: dict[int, int] = {}
    for offset in range(0, len(entries), 16):
        tag, _flags, value = struct.unpack_from("<IIQ", entries, offset)
        assert tag not in result
        result[tag] = value
    return result


# --- the compound file ([MS-CFB]) checked by olefile ---------------------------------------------------


@pytest.mark.parametrize("attachments", [(), (MsgAttachment("skan.pdf", bytes(300_000)),)])
def test_olefile_reads_every_stream_back_without_defects(
    attachments: tuple[MsgAttachment, ...], caplog: pytest.LogCaptureFixture
) -> None:
    data = polish_complaint(attachments=attachments)
    expected = read_compound_file(data).streams
    caplog.set_level(logging.DEBUG, logger="olefile")
    assert olefile.isOleFile(data=data)
    ole = olefile.OleFileIO(data, raise_defects=olefile.DEFECT_UNSURE)
    try:
        assert ole.parsing_issues == []
        listed = {"/".join(path) for path in ole.listdir()}
        assert listed == set(expected)
        for path, content in expected.items():
            assert ole.openstream(path).read() == content, path
    finally:
        ole.close()
    problems = [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]
    assert problems == []


def test_olefile_reads_a_file_with_more_than_a_hundred_fat_sectors() -> None:
    big = bytes(range(251)) * 27_900  # 7 MB: 108 FAT sectors
    data = build_compound_file(Storage(streams={"big": big, "small": b"x" * 100}))
    assert struct.unpack_from("<I", data, 44)[0] == 108
    ole = olefile.OleFileIO(data, raise_defects=olefile.DEFECT_UNSURE)
    try:
        assert ole.openstream("big").read() == big
        assert ole.openstream("small").read() == b"x" * 100
    finally:
        ole.close()
    read_compound_file(data)


def test_more_than_109_fat_sectors_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at most 109"):
        build_compound_file(Storage(streams={"big": bytes(7_200_000)}))


# --- the compound file checked against [MS-CFB] directly -------------------------------------------------


def test_a_message_with_empty_small_and_large_streams_follows_the_specification() -> None:
    data = polish_complaint(attachments=(MsgAttachment("skan.pdf", bytes(10_000)),))
    cfb = read_compound_file(data)
    assert cfb.stream_sizes["__nameid_version1.0/__substg1.0_00020102"] == 0
    assert "__attach_version1.0_#00000000/__substg1.0_37010102" in cfb.regular_streams


def test_siblings_form_a_red_black_tree_in_cfb_order() -> None:
    names = ["b", "A", "aa", "AB", "c", "Zz", "abc", "__properties_version1.0", "ÉTÉ", "été2", "x" * 31]
    for count in range(1, len(names) + 1):
        streams = {name: name.encode() * (count + 1) for name in names[:count]}
        cfb = read_compound_file(build_compound_file(Storage(streams=streams)))
        assert cfb.streams == streams
    with pytest.raises(ValueError, match="same name"):
        build_compound_file(Storage(streams={"abc": b""}, storages={"ABC": Storage()}))
    with pytest.raises(ValueError, match="invalid compound file entry name"):
        build_compound_file(Storage(streams={"x" * 32: b""}))


@dataclass
class CompoundFile:
    """What read_compound_file found: each stream's bytes and size, and where it is stored."""

    streams: dict[str, bytes]
    stream_sizes: dict[str, int]
    mini_streams: set[str]
    regular_streams: set[str]


def read_compound_file(data: bytes) -> CompoundFile:
    """Read a version 3 compound file, asserting the [MS-CFB] rules on the way.

    Checks the header fields, that every sector is used exactly once (FAT, directory, mini FAT, mini
    stream and stream sectors, nothing free in between), that chains end with ENDOFCHAIN, free directory
    entries, empty streams, and that each storage's children form a red-black tree ordered the CFB way.
    """
    assert data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    assert data[8:24] == bytes(16)
    minor, major, byte_order, sector_shift, mini_shift = struct.unpack_from("<HHHHH", data, 24)
    assert (minor, major, byte_order, sector_shift, mini_shift) == (0x3E, 3, 0xFFFE, 9, 6)
    assert data[34:40] == bytes(6)
    (
        dir_count,
        fat_count,
        first_dir,
        transaction,
        cutoff,
        first_minifat,
        minifat_count,
        first_difat,
        difat_count,
    ) = struct.unpack_from("<9I", data, 40)
    assert (dir_count, transaction, cutoff, first_difat, difat_count) == (0, 0, 4096, ENDOFCHAIN, 0)
    assert (len(data) - 512) % 512 == 0
    sector_count = (len(data) - 512) // 512
    difat = struct.unpack_from("<109I", data, 76)
    assert all(s == FREESECT for s in difat[fat_count:])

    def sector(index: int) -> bytes:
        assert 0 <= index < sector_count
        return data[512 + index * 512 : 512 + (index + 1) * 512]

    fat = [entry for index in difat[:fat_count] for entry in struct.unpack("<128I", sector(index))]
    used: list[int] = list(difat[:fat_count])
    assert all(fat[index] == FATSECT for index in difat[:fat_count])
    assert all(entry == FREESECT for entry in fat[sector_count:])

    def chain(first: int, table: list[int], *, regular: bool = True) -> list[int]:
        result: list[int] = []
        current = first
        while current != ENDOFCHAIN:
            assert current < len(table), "chain runs off the table"
            assert current not in result, "chain loops"
            result.append(current)
            current = table[current]
        if regular:
            used.extend(result)
        return result

    def read(first: int) -> bytes:
        return b"".join(sector(index) for index in chain(first, fat))

    directory = read(first_dir)
    entries = [directory[offset : offset + 128] for offset in range(0, len(directory), 128)]
    minifat_bytes = read(first_minifat) if minifat_count else b""
    if not minifat_count:
        assert first_minifat == ENDOFCHAIN
    assert len(minifat_bytes) == minifat_count * 512
    minifat = list(struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes))

    def field(entry: bytes) -> tuple[str, int, int, int, int, int, int, int]:
        name_length, kind, color = struct.unpack_from("<HBB", entry, 64)
        assert name_length <= 64 and name_length % 2 == 0 and color in (0, 1)
        left, right, child = struct.unpack_from("<III", entry, 68)
        start, size = struct.unpack_from("<IQ", entry, 116)
        name = entry[: max(name_length - 2, 0)].decode("utf-16-le")
        if kind:
            assert entry[name_length - 2 : 64] == bytes(64 - name_length + 2)
            assert entry[80:116] == bytes(36)  # CLSID, state bits and times
        return name, kind, color, left, right, child, start, size

    root = field(entries[0])
    assert root[:2] == ("Root Entry", 5) and root[2] == 1 and root[3:5] == (NOSTREAM, NOSTREAM)
    mini_stream = read(root[6]) if root[7] else b""
    if not root[7]:
        assert root[6] == ENDOFCHAIN
    assert len(mini_stream) == -(-root[7] // 512) * 512
    mini_count, remainder = divmod(root[7], 64)
    assert remainder == 0 and minifat_count == -(-mini_count // 128)
    assert all(entry == FREESECT for entry in minifat[mini_count:])
    mini_used: list[int] = []

    def key(name: str) -> tuple[int, list[int]]:
        units = struct.unpack(f"<{len(name)}H", name.encode("utf-16-le"))
        return len(units), [ord(chr(u).upper()) if len(chr(u).upper()) == 1 else u for u in units]

    seen: set[int] = {0}
    found = CompoundFile({}, {}, set(), set())

    def walk(top: int, prefix: str) -> None:
        """Check one storage's tree of children and read its streams."""
        if top == NOSTREAM:
            return
        assert field(entries[top])[2] == 1, "the top of a tree is black"
        black_heights: set[int] = set()

        def visit(index: int, blacks: int, parent_red: bool) -> Iterator[int]:
            if index == NOSTREAM:
                black_heights.add(blacks)
                return
            assert index not in seen, "an entry is linked twice"
            seen.add(index)
            _, _, color, left, right, _, _, _ = field(entries[index])
            assert not (parent_red and color == 0), "a red entry has a red child"
            yield from visit(left, blacks + color, color == 0)
            yield index
            yield from visit(right, blacks + color, color == 0)

        ordered = list(visit(top, 0, False))
        assert len(black_heights) == 1, "paths cross different numbers of black entries"
        keys = [key(field(entries[index])[0]) for index in ordered]
        assert keys == sorted(keys) and len(set(map(str, keys))) == len(keys), "siblings out of order"
        for index in ordered:
            name, kind, _, _, _, child, start, size = field(entries[index])
            path = prefix + name
            if kind == 1:
                assert (start, size) == (0, 0)
                walk(child, path + "/")
                continue
            assert kind == 2 and child == NOSTREAM
            found.stream_sizes[path] = size
            if size == 0:
                assert start == ENDOFCHAIN
                content = b""
            elif size < 4096:
                indexes = chain(start, minifat, regular=False)
                assert len(indexes) == -(-size // 64) and all(index < mini_count for index in indexes)
                mini_used.extend(indexes)
                content = b"".join(mini_stream[index * 64 : (index + 1) * 64] for index in indexes)[:size]
                found.mini_streams.add(path)
            else:
                raw = read(start)
                assert len(raw) == -(-size // 512) * 512
                content = raw[:size]
                found.regular_streams.add(path)
            found.streams[path] = content

    walk(root[5], "")
    for index, entry in enumerate(entries):
        if index not in seen:
            assert entry == bytes(68) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + bytes(48)
    assert sorted(mini_used) == list(range(mini_count)), "mini sectors used once each, none left free"
    assert sorted(used) == list(range(sector_count)), "every sector used once, none left free"
    return found
