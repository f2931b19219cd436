"""Files are typed by their first bytes; a lying extension does not fool the sniffer."""

from __future__ import annotations

import pytest

from desktop_app.intake.sniff import sniff_media_type

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
GIF87 = b"GIF87a\x10\x00\x10\x00\x80\x00\x00"
GIF89 = b"GIF89a\x10\x00\x10\x00\x80\x00\x00"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic\x00\x00\x00\x00"
EMAIL = (
    b"Return-Path: <no-reply@streamnova.example>\r\n"
    b"From: StreamNova <no-reply@streamnova.example>\r\n"
    b"To: agnieszka@example.pl\r\n"
    b"Subject: =?utf-8?q?Confirmation_de_r=C3=A9siliation?=\r\n"
    b"Date: Fri, 28 Aug 2026 21:16:02 +0200\r\n"
    b"MIME-Version: 1.0\r\n"
    b"\r\n"
    b"Votre abonnement prend fin le 14/09/2026.\r\n"
)
TEXT = "Conditions générales, article 7 : résiliation à tout moment.\nZażółć gęślą jaźń.\n".encode()
BINARY = bytes(range(256)) * 4


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (PDF, "facture.pdf", "application/pdf"),
        (PDF, "no-extension", "application/pdf"),
        (PNG, "capture.png", "image/png"),
        (JPEG, "photo.jpg", "image/jpeg"),
        (GIF87, "anim.gif", "image/gif"),
        (GIF89, "anim.gif", "image/gif"),
        (WEBP, "shot.webp", "image/webp"),
        (HEIC, "IMG_0001.HEIC", "image/heic"),
        (HEIC, "IMG_0001", "image/heic"),
        (EMAIL, "confirmation", "message/rfc822"),
        (EMAIL, "confirmation.eml", "message/rfc822"),
        (TEXT, "conditions.txt", "text/plain"),
        (TEXT, "lying.pdf", "text/plain"),
        (TEXT, "lying.png", "text/plain"),
        (PNG, "lying.pdf", "image/png"),
        (PDF, "lying.png", "application/pdf"),
        (b"", "empty", "text/plain"),
        (b"", "empty.pdf", "text/plain"),
        (BINARY, "blob", "application/octet-stream"),
        (BINARY, "blob.bin", "application/octet-stream"),
        (BINARY, "blob.pdf", "application/octet-stream"),
        (BINARY, "blob.jpg", "application/octet-stream"),
        (b'{"a": "b"}\n', "data.json", "application/json"),
    ],
)
def test_sniff_media_type(head: bytes, name: str, expected: str) -> None:
    assert sniff_media_type(head, name) == expected


def test_email_needs_two_header_lines_without_extension() -> None:
    assert sniff_media_type(b"Subject: hello\n\njust one header", "note") == "text/plain"
    assert sniff_media_type(b"From: a@b.example\nSubject: hello\n\nbody", "note") == "message/rfc822"


def test_mbox_extension() -> None:
    assert (
        sniff_media_type(b"From a@b Fri Aug 28 21:16:02 2026\nFrom: a@b\n", "inbox.mbox")
        == "application/mbox"
    )


def test_zip_based_documents_are_named_by_extension() -> None:
    zipped = b"PK\x03\x04\x14\x00\x06\x00"
    assert sniff_media_type(zipped, "archive.zip") == "application/zip"
    assert sniff_media_type(zipped, "letter.docx") == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert sniff_media_type(zipped, "no-extension") == "application/zip"


def test_outlook_message_needs_msg_extension() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32
    assert sniff_media_type(ole, "mail.msg") == "application/vnd.ms-outlook"
    assert sniff_media_type(ole, "old.doc") == "application/x-ole-storage"


@pytest.mark.parametrize(
    "text",
    [
        b"BMW service invoice, 12 March 2026\nLabour: 120.00 EUR\n",
        b"BM Energia sp. z o.o. - faktura VAT\n",
    ],
)
def test_text_starting_with_bm_is_not_a_bitmap(text: bytes) -> None:
    """Judged by content: plain text that happens to begin with "BM" is text, not image/bmp."""
    assert sniff_media_type(text, "notes.txt") == "text/plain"
