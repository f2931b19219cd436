"""Make the sample case's evidence files in files/ (run once; the outputs are shipped).

    .venv/bin/python resources/sample/generate.py

The files are fictional but shaped like the real thing: the merchant's invoice
(PDF), a screenshot of the account page after cancelling (PNG), the
cancellation confirmation e-mail (.eml) and an extract of the terms (.txt).
The output is byte-for-byte reproducible.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "fonts"
OUT = HERE / "files"


def invoice_pdf(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Facture F-2026-091502")
    c.setAuthor("StreamNova SAS")
    width, height = A4
    c.setFillColorRGB(0.12, 0.16, 0.36)
    c.rect(0, height - 30 * mm, width, 30 * mm, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DejaVuSans-Bold", 20)
    c.drawString(20 * mm, height - 19 * mm, "StreamNova")
    c.setFont("DejaVuSans", 9)
    c.drawRightString(width - 20 * mm, height - 15 * mm, "StreamNova SAS · 18 rue des Archives · 75004 Paris")
    c.drawRightString(width - 20 * mm, height - 20 * mm, "SIREN 912 345 678 · TVA FR 12 912345678")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVuSans-Bold", 16)
    c.drawString(20 * mm, height - 48 * mm, "Facture n° F-2026-091502")
    c.setFont("DejaVuSans", 10)
    y = height - 58 * mm
    for label, value in [
        ("Date de facturation", "15/09/2026"),
        ("N° client", "CLI-558120"),
        ("N° de commande", "SN-2026-0915-8841"),
        ("Moyen de paiement", "Visa •••• 4417"),
    ]:
        c.drawString(20 * mm, y, f"{label} :")
        c.drawString(70 * mm, y, value)
        y -= 6 * mm
    c.setFont("DejaVuSans-Bold", 10)
    c.drawString(120 * mm, height - 58 * mm, "Facturé à")
    c.setFont("DejaVuSans", 10)
    for i, line in enumerate(["Agnieszka Wójcik", "7 quai Saint-Vincent", "69001 Lyon", "France"]):
        c.drawString(120 * mm, height - (64 + 6 * i) * mm, line)
    y = height - 100 * mm
    c.setFillColorRGB(0.93, 0.94, 0.97)
    c.rect(20 * mm, y - 2 * mm, width - 40 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVuSans-Bold", 10)
    c.drawString(22 * mm, y, "Désignation")
    c.drawString(112 * mm, y, "Période")
    c.drawRightString(width - 22 * mm, y, "Montant TTC")
    c.setFont("DejaVuSans", 10)
    y -= 9 * mm
    c.drawString(22 * mm, y, "Abonnement StreamNova Premium (mensuel)")
    c.drawString(112 * mm, y, "15/09/2026 – 14/10/2026")
    c.drawRightString(width - 22 * mm, y, "17,99 €")
    y -= 12 * mm
    c.line(120 * mm, y + 6 * mm, width - 20 * mm, y + 6 * mm)
    for label, value in [
        ("Total HT", "14,99 €"),
        ("TVA 20 %", "3,00 €"),
        ("Total TTC payé", "17,99 €"),
    ]:
        c.drawString(122 * mm, y, label)
        c.drawRightString(width - 22 * mm, y, value)
        y -= 6 * mm
    c.setFont("DejaVuSans", 8)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(20 * mm, 25 * mm, "Montant prélevé le 15/09/2026 sur la carte Visa se terminant par 4417.")
    c.drawString(
        20 * mm,
        20 * mm,
        "Libellé sur votre relevé : STREAMNOVA*PREMIUM PARIS. Service client : support@streamnova.example",
    )
    c.showPage()
    c.save()


def account_screenshot(path: Path) -> None:
    img = Image.new("RGB", (1280, 720), (246, 247, 251))
    draw = ImageDraw.Draw(img)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 20)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 28)
    small = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 16)
    draw.rectangle((0, 0, 1280, 64), fill=(30, 41, 92))
    draw.text((32, 16), "StreamNova", font=bold, fill=(255, 255, 255))
    draw.text((1000, 22), "Agnieszka W. ▾", font=regular, fill=(255, 255, 255))
    draw.text((32, 90), "Mon compte  ›  Abonnement", font=small, fill=(90, 90, 110))
    draw.rounded_rectangle((32, 130, 1248, 470), radius=12, fill=(255, 255, 255), outline=(210, 214, 226))
    draw.ellipse((64, 170, 112, 218), fill=(46, 160, 67))
    draw.line((76, 194, 86, 206, 102, 182), fill=(255, 255, 255), width=6)
    draw.text((136, 172), "Votre abonnement Premium a été résilié", font=bold, fill=(20, 20, 30))
    lines = [
        "Date de la résiliation : 28/08/2026 à 21:14",
        "Fin de l'abonnement : 14/09/2026",
        "Aucun prélèvement ne sera effectué après cette date.",
        "Référence de résiliation : RES-20260828-5521",
        "Un e-mail de confirmation a été envoyé à a.wojcik@example.org",
    ]
    for i, line in enumerate(lines):
        draw.text((136, 232 + 40 * i), line, font=regular, fill=(50, 50, 60))
    draw.rounded_rectangle((32, 500, 400, 556), radius=8, fill=(30, 41, 92))
    draw.text((60, 516), "Revenir à l'accueil", font=regular, fill=(255, 255, 255))
    draw.text(
        (32, 680),
        "https://www.streamnova.example/compte/abonnement",
        font=small,
        fill=(120, 120, 140),
    )
    draw.text((1090, 680), "28/08/2026 21:14", font=small, fill=(120, 120, 140))
    img.save(path, format="PNG", optimize=True)


def confirmation_email(path: Path) -> None:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "StreamNova <no-reply@streamnova.example>"
    msg["To"] = "Agnieszka Wójcik <a.wojcik@example.org>"
    msg["Subject"] = "Confirmation de résiliation de votre abonnement Premium"
    msg["Date"] = "Fri, 28 Aug 2026 21:16:02 +0200"
    msg["Message-ID"] = "<res-20260828-5521@mail.streamnova.example>"
    msg.set_content(
        "Bonjour Agnieszka,\n\n"
        "Nous confirmons la résiliation de votre abonnement StreamNova Premium.\n\n"
        "  Référence de résiliation : RES-20260828-5521\n"
        "  Date de la demande : 28/08/2026\n"
        "  Fin de l'abonnement : 14/09/2026\n\n"
        "Aucun prélèvement ne sera effectué après cette date. Vous pouvez continuer à\n"
        "profiter de Premium jusqu'au 14/09/2026.\n\n"
        "L'équipe StreamNova\n"
        "Service client : support@streamnova.example\n",
        cte="quoted-printable",
    )
    path.write_bytes(msg.as_bytes())


def terms_extract(path: Path) -> None:
    path.write_text(
        "StreamNova SAS - Conditions générales d'abonnement (version du 1er mars 2026)\n"
        "Extrait, article 7 « Résiliation »\n\n"
        "7.1 L'abonné peut résilier son abonnement à tout moment depuis la page « Mon compte ».\n"
        "7.2 La résiliation prend effet à la fin de la période mensuelle en cours. Aucun\n"
        "prélèvement n'est effectué après la date de fin indiquée dans l'e-mail de confirmation.\n"
        "7.3 Tout montant prélevé à tort après la résiliation est remboursé sous 14 jours sur le\n"
        "moyen de paiement utilisé.\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    invoice_pdf(OUT / "facture-F-2026-091502.pdf")
    account_screenshot(OUT / "capture-resiliation-2026-08-28.png")
    confirmation_email(OUT / "confirmation-resiliation.eml")
    terms_extract(OUT / "conditions-generales-extrait.txt")
    for file in sorted(OUT.iterdir()):
        print(file.name, file.stat().st_size)
