"""A case whose tables are hard to set: long Polish, French and Spanish words, long e-mail addresses
and references in narrow columns, an e-mail with an attachment, a file that cannot be shown, a PDF
that cannot be read. Every word the user typed is Polish or a code, so that an English word found in
a French, Spanish or Polish pack can only come from Dossier itself. Used by tests/unit/pack/test_layout*.py.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas

from desktop_app.services import Services
from tests.support.cases import import_case
from tests.support.mail import png_bytes

LONG_EMAIL = "reklamacje.dzial-obslugi-klienta@streamnova-polska-sp-z-oo.example.com"
LONG_REFERENCE = "REKL/2026/11/0000123456/KOR/WARSZAWA-POŁUDNIE"
LONG_CODE = "ZK7Q2M9X4B8N1V6C3L5P0R2T7Y9W4H8J"  # no separator at all
LONG_WORDS = (
    "Konstantynopolitańczykowianeczka",  # Polish
    "anticonstitutionnellement",  # French
    "electroencefalografista",  # Spanish
    "współodpowiedzialność",
    "niezrealizowanego",
)


def _pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _email() -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = f"Dział Reklamacji <{LONG_EMAIL}>"
    message["To"] = "Bożena Kałużna-Wiśniewska <bozena.kaluzna-wisniewska@przyklad-poczta.example.pl>"
    message["Subject"] = "Odpowiedź w sprawie reklamacji"
    message["Date"] = "Mon, 02 Nov 2026 10:15:00 +0100"
    message["Message-ID"] = "<odp-20261102-991@streamnova-polska-sp-z-oo.example.com>"
    message.set_content("Dzień dobry,\nodmawiamy zwrotu należności. Pozdrawiamy, Dział Reklamacji.\n")
    message.add_attachment(
        _pdf("Regulamin usługi"), maintype="application", subtype="pdf", filename="regulamin-uslugi.pdf"
    )
    return bytes(message)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("dane.txt", "x" * 3000)
    return buffer.getvalue()


def _change(document: dict[str, Any]) -> None:
    document["title"] = "Obciążenie po wypowiedzeniu umowy"
    document["summary"] = "Wypowiedziałam umowę 28 sierpnia; " + " ".join(LONG_WORDS) + "."
    document["customer"]["name"] = "Bożena Kałużna-Wiśniewska"
    document["customer"]["email"] = "bozena.kaluzna-wisniewska@przyklad-poczta.example.pl"
    document["customer"]["address"] = "ul. Świętokrzyska 12, 00-916 Warszawa"
    document["merchant"]["name"] = "StreamNova Polska sp. z o.o."
    document["merchant"]["email"] = LONG_EMAIL
    document["merchant"]["address"] = "ul. Marszałkowska 1, 00-001 Warszawa"
    for i, purchase in enumerate(document["purchases"]):
        purchase["description"] = f"Abonament miesięczny {LONG_WORDS[i % len(LONG_WORDS)]}"
        purchase["order_number"] = LONG_REFERENCE if i == 2 else purchase["order_number"]
        purchase["invoice_number"] = LONG_CODE if i == 2 else purchase["invoice_number"]
        purchase["statement_descriptor"] = "STREAMNOVA*PREMIUM WARSZAWA"
    for i, contact in enumerate(document["communications"]):
        contact["counterpart"] = LONG_EMAIL if i % 2 else "Dział Obsługi Klienta"
        contact["representative"] = (
            "Konstantynopolitańczykowianeczka" if i % 2 else "Bożena Kałużna-Wiśniewska"
        )
        contact["reference"] = LONG_REFERENCE if i % 2 else "TCK-48213"
        contact["summary"] = f"Rozmowa o zwrocie; {LONG_WORDS[i % len(LONG_WORDS)]}."
        contact["outcome"] = "Odmowa zwrotu."
        for key in ("subject", "promised_action"):
            if key in contact:
                contact[key] = "Zwrot należności"
    for task in document["tasks"]:
        task["title"] = "Sprawdzić zwrot należności"
        task.pop("note", None)
    for item in document["evidence"]:
        item["title"] = f"Zrzut ekranu: {LONG_WORDS[0]}"
        item.pop("note", None)
        item.pop("source", None)
    document["evidence"] = [e for e in document["evidence"] if e["path"].endswith(".png")]
    document["evidence"] += [
        {"path": "files/faktura.pdf", "kind": "invoice", "title": "Faktura FV/2026/114", "purchase": 2},
        {"path": "files/odpowiedz-dzialu-reklamacji.eml", "kind": "email", "title": "Odpowiedź sprzedawcy"},
        {"path": "files/archiwum-danych.zip", "kind": "other", "title": "Archiwum danych"},
        {"path": "files/uszkodzony.pdf", "kind": "statement", "title": f"Wyciąg {LONG_REFERENCE}"},
        {"path": "files/zrzut.png", "kind": "screenshot", "title": "Zrzut ekranu konta"},
    ]


def import_layout_case(services: Services, folder: Path) -> int:
    files = {
        "odpowiedz-dzialu-reklamacji.eml": _email(),
        "archiwum-danych.zip": _zip(),
        "uszkodzony.pdf": b"%PDF-1.4\nto nie jest PDF\n",
        "zrzut.png": png_bytes(size=(640, 400)),
        "faktura.pdf": _pdf("Faktura FV/2026/114 za abonament"),
    }
    return import_case(services, folder, _change, files)
