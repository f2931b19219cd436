"""The kind a file is added with when none is given, from real small files."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desktop_app.domain.vocab import EvidenceKind
from desktop_app.intake.kinds import first_page_text, guess_kind, guess_kind_of_file, says_invoice
from desktop_app.intake.sniff import sniff_media_type
from desktop_app.resources import resource_path

pdfmetrics.registerFont(TTFont("KindsTestSans", str(resource_path("fonts", "DejaVuSans.ttf"))))


def pdf(*pages: str, password: str | None = None) -> bytes:
    """A real PDF whose pages hold these lines (one page per argument, lines split on newlines)."""
    out = io.BytesIO()
    doc = canvas.Canvas(out, pagesize=A4, encrypt=password)
    for page in pages:
        y = 800
        for line in page.splitlines():
            doc.setFont("KindsTestSans", 12)
            doc.drawString(60, y, line)
            y -= 18
        doc.showPage()
    doc.save()
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, "PNG")
    return out.getvalue()


def eml() -> bytes:
    message = EmailMessage()
    message["From"] = "Shop <shop@example.com>"
    message["To"] = "me@example.com"
    message["Subject"] = "Your invoice"
    message.set_content("Invoice 12 is attached.")
    return message.as_bytes()


def kind_of(tmp_path: Path, name: str, data: bytes) -> EvidenceKind:
    """As Dossier adds a file: its type sniffed from its bytes, then the guess read from the file."""
    path = tmp_path / name
    path.write_bytes(data)
    media_type = sniff_media_type(data[:8192], name)
    with path.open("rb") as handle:
        return guess_kind_of_file(name, media_type, handle)


@pytest.mark.parametrize(
    "text",
    [
        "FACTURE N° 2026-118\nStreamNova SAS",
        "Faktura VAT nr 12/10/2026\nSprzedawca: Sklep sp. z o.o.",
        "Factura nº 331\nTienda S.L.",
        "INVOICE\nOrder 5521",
        "Tax invoice 2026/10",
        "Numéro de facture : 77",
        "FAKTURA KORYGUJĄCA",
        "Fáctura 12",  # accents do not matter
    ],
)
def test_a_document_whose_first_page_says_invoice_is_an_invoice(tmp_path: Path, text: str) -> None:
    assert kind_of(tmp_path, "document.pdf", pdf(text, "Page two")) is EvidenceKind.INVOICE


def test_only_the_first_page_counts(tmp_path: Path) -> None:
    data = pdf("Order confirmation\nThank you", "Invoice follows")
    assert (first_page_text(data, "application/pdf") or "").split() == [
        "Order",
        "confirmation",
        "Thank",
        "you",
    ]
    assert kind_of(tmp_path, "scan-0042.pdf", data) is EvidenceKind.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "Fakturowanie miesięczne",  # a longer word is not the word
        "Invoiced separately",
        "refactura",
        "Order confirmation",
    ],
)
def test_words_are_matched_whole(tmp_path: Path, text: str) -> None:
    assert not says_invoice(text)
    assert kind_of(tmp_path, "document.pdf", pdf(text)) is EvidenceKind.OTHER


@pytest.mark.parametrize(
    "name",
    ["invoice_2026.pdf", "Faktura VAT 12.pdf", "FACTURE N°118.pdf", "factura-331.PDF", "Invoice2026.pdf"],
)
def test_a_file_named_invoice_is_an_invoice(tmp_path: Path, name: str) -> None:
    assert kind_of(tmp_path, name, pdf("Order 5521")) is EvidenceKind.INVOICE


def test_a_text_file_saying_invoice_is_an_invoice(tmp_path: Path) -> None:
    assert kind_of(tmp_path, "mail-body.txt", "FACTURE N° 77\nMontant : 12,00 EUR\n".encode()) is (
        EvidenceKind.INVOICE
    )
    assert kind_of(tmp_path, "notes.txt", b"Called the shop at 10:00.\n") is EvidenceKind.OTHER


@pytest.mark.parametrize("name", ["message.eml", "Invoice 12.eml", "résiliation.eml"])
def test_an_email_file_is_an_email(tmp_path: Path, name: str) -> None:
    assert kind_of(tmp_path, name, eml()) is EvidenceKind.EMAIL


def test_an_outlook_message_is_an_email() -> None:
    assert guess_kind("Facture.msg", "application/vnd.ms-outlook") is EvidenceKind.EMAIL
    assert guess_kind("x.msg", "application/octet-stream") is EvidenceKind.EMAIL


def test_an_image_is_a_screenshot_unless_its_name_says_otherwise(tmp_path: Path) -> None:
    assert kind_of(tmp_path, "screenshot-2026-10-05-143000.png", png()) is EvidenceKind.SCREENSHOT
    assert kind_of(tmp_path, "IMG_0042.png", png()) is EvidenceKind.SCREENSHOT
    assert kind_of(tmp_path, "receipt photo.png", png()) is EvidenceKind.RECEIPT


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("reçu.pdf", EvidenceKind.RECEIPT),
        ("Relevé de compte.pdf", EvidenceKind.STATEMENT),
        ("wyciąg.pdf", EvidenceKind.STATEMENT),
        ("CGV.pdf", EvidenceKind.TERMS),
        ("rezygnacja.pdf", EvidenceKind.CANCELLATION_PROOF),
        ("cancellation-confirmation.pdf", EvidenceKind.CANCELLATION_PROOF),
        ("devolución.pdf", EvidenceKind.RETURN_PROOF),
        ("pismo.pdf", EvidenceKind.LETTER),
        ("chat-with-support.pdf", EvidenceKind.CHAT),
        ("zapis czatu.pdf", EvidenceKind.CHAT),
        ("recurring-payments.pdf", EvidenceKind.OTHER),  # "recu" is not a word of it
        ("Devis n°12.pdf", EvidenceKind.QUOTE),
        ("presupuesto-reforma.pdf", EvidenceKind.QUOTE),
        ("wycena_licencji.pdf", EvidenceKind.QUOTE),
        ("Bon de commande 77.pdf", EvidenceKind.PURCHASE_ORDER),
        ("purchase_order_PO-4471.pdf", EvidenceKind.PURCHASE_ORDER),
        ("zamówienie zakupu 3.pdf", EvidenceKind.PURCHASE_ORDER),
        ("order-confirmation.pdf", EvidenceKind.ORDER),
        ("Zamówienie 5521.pdf", EvidenceKind.ORDER),
        ("confirmación del pedido.pdf", EvidenceKind.ORDER),
        ("umowa abonamentowa.pdf", EvidenceKind.CONTRACT),
        ("Contrat d'abonnement.pdf", EvidenceKind.CONTRACT),
        ("return order 12.pdf", EvidenceKind.RETURN_PROOF),  # the return, not the order
        ("contract-cancellation.pdf", EvidenceKind.CANCELLATION_PROOF),
        ("reorder.pdf", EvidenceKind.OTHER),  # "order" is not a word of it
    ],
)
def test_the_name_still_says_the_other_kinds(tmp_path: Path, name: str, kind: EvidenceKind) -> None:
    assert kind_of(tmp_path, name, pdf("Order 5521")) is kind
    assert guess_kind(name, "application/pdf") is kind


def test_the_name_comes_before_the_first_page(tmp_path: Path) -> None:
    assert kind_of(tmp_path, "receipt.pdf", pdf("Invoice 12 paid")) is EvidenceKind.RECEIPT


def test_a_document_without_words_is_guessed_from_its_name_alone(tmp_path: Path) -> None:
    assert kind_of(tmp_path, "scan.pdf", pdf("")) is EvidenceKind.OTHER
    assert kind_of(tmp_path, "locked.pdf", pdf("FACTURE", password="secret")) is EvidenceKind.OTHER
    assert kind_of(tmp_path, "broken.pdf", b"%PDF-1.4\nnot a pdf") is EvidenceKind.OTHER


@pytest.mark.parametrize(
    ("name", "media_type", "kind"),
    [
        ("Facture_2026.pdf", "application/pdf", EvidenceKind.INVOICE),
        ("faktura.pdf", "application/pdf", EvidenceKind.INVOICE),
        ("FAKTURA-VAT-12.PDF", "application/pdf", EvidenceKind.INVOICE),
        ("Rechnung.pdf", "application/pdf", EvidenceKind.INVOICE),
        ("wyciąg.pdf", "application/pdf", EvidenceKind.STATEMENT),
        ("Relevé de compte.pdf", "application/pdf", EvidenceKind.STATEMENT),
        ("reçu.pdf", "application/pdf", EvidenceKind.RECEIPT),
        ("Screenshot 2026.png", "image/png", EvidenceKind.SCREENSHOT),
        ("IMG_0042.jpg", "image/jpeg", EvidenceKind.SCREENSHOT),
        ("x.eml", "message/rfc822", EvidenceKind.EMAIL),
        ("mail.msg", "application/vnd.ms-outlook", EvidenceKind.EMAIL),
        ("rezygnacja.pdf", "application/pdf", EvidenceKind.CANCELLATION_PROOF),
        ("confirmation-résiliation.eml", "message/rfc822", EvidenceKind.EMAIL),  # an e-mail file first
        ("CGV.pdf", "application/pdf", EvidenceKind.TERMS),
        ("devolución.pdf", "application/pdf", EvidenceKind.RETURN_PROOF),
        ("pismo.pdf", "application/pdf", EvidenceKind.LETTER),
        ("notes.bin", "application/octet-stream", EvidenceKind.OTHER),
        ("notes.txt", "text/plain", EvidenceKind.OTHER),
    ],
)
def test_the_kind_guessed_from_a_name_and_type(name: str, media_type: str, kind: EvidenceKind) -> None:
    assert guess_kind(name, media_type) is kind


def test_name_words_win_over_media_type() -> None:
    assert guess_kind("invoice.png", "image/png") is EvidenceKind.INVOICE
