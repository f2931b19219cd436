"""A first guess at what a file is, when the user did not say: the kind it is added with.

The guess is only a start: the user changes it in the evidence's details (or with
``--kind`` on the command line). In order:

1. an e-mail file (``.eml``, ``.msg``, ``message/rfc822``, Outlook's type) is an ``email``;
2. a file whose name says what it is (``invoice_2026.pdf``, ``Faktura VAT 12.pdf``,
   ``reçu.pdf``, ``CGV.pdf``, ``devis.pdf``, ``umowa.pdf``...) is that, the word "invoice" in any
   of our languages first;
3. a document whose first page says invoice, facture, factura or faktura (``FACTURE N° 12``,
   ``Faktura VAT``) is an ``invoice``;
4. any other image (a pasted screenshot, a photo) is a ``screenshot``;
5. the rest is ``other``.

Words are matched whole (``Faktura`` but not ``fakturowanie``), whatever their case or
accents. No Qt and no store here: the caller hands over the bytes or a seekable stream.
"""

from __future__ import annotations

import io
import re
import warnings
from typing import BinaryIO

from pypdf import PdfReader

from desktop_app import logs
from desktop_app.domain.text import decode_text, fold
from desktop_app.domain.vocab import EvidenceKind

EMAIL_MEDIA_TYPES = frozenset({"message/rfc822", "application/vnd.ms-outlook"})
EMAIL_EXTENSIONS = (".eml", ".msg")
FIRST_PAGE_LIMIT = 20_000  # characters of a first page read for its words; a page holds fewer
TEXT_HEAD = 64 * 1024  # bytes read of a text file: its "first page"

_INVOICE_WORDS = ("invoice", "facture", "factura", "faktura")

# Words people (and merchants) put in file names, in the languages of our users. A word
# ending in "*" also matches its longer forms ("cancel*": cancelled, cancellation).
_NAME_WORDS: list[tuple[EvidenceKind, tuple[str, ...]]] = [
    (EvidenceKind.INVOICE, (*_INVOICE_WORDS, "rechnung")),
    (EvidenceKind.RECEIPT, ("receipt*", "recu", "recibo", "paragon", "ticket de caisse", "quittung")),
    (EvidenceKind.STATEMENT, ("statement*", "releve", "extracto", "wyciag", "kontoauszug")),
    (EvidenceKind.TERMS, ("terms", "policy", "cgv", "conditions", "condiciones", "regulamin", "agb")),
    (
        EvidenceKind.QUOTE,
        ("quote", "quotation", "estimate", "devis", "presupuesto", "wycena", "kosztorys", "angebot"),
    ),
    (
        EvidenceKind.PURCHASE_ORDER,
        ("purchase order", "bon de commande", "orden de compra", "zamowienie zakupu", "bestellschein"),
    ),
    (
        EvidenceKind.CANCELLATION_PROOF,
        ("cancel*", "resiliation", "annulation", "cancelacion", "anulacion", "rezygnac*", "wypowiedzeni*"),
    ),
    (
        EvidenceKind.RETURN_PROOF,
        ("tracking", "shipping", "return*", "retour", "devolucion", "zwrot*", "suivi"),
    ),
    (EvidenceKind.ORDER, ("order", "commande", "pedido", "zamowienie", "bestellung")),
    (EvidenceKind.CONTRACT, ("contract", "agreement", "contrat", "contrato", "umowa", "vertrag")),
    (EvidenceKind.CHAT, ("chat", "czat*", "transcript")),
    (EvidenceKind.LETTER, ("letter", "lettre", "carta", "pismo")),
    (EvidenceKind.SCREENSHOT, ("screenshot*", "capture", "screen shot", "zrzut*")),
]


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    # whole words: no letter right before or after ("invoice2026" is still an invoice)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(parts) + r")(?![^\W\d_])")


_NAME_PATTERNS = [(kind, _pattern(words)) for kind, words in _NAME_WORDS]
_INVOICE_PATTERN = _pattern(_INVOICE_WORDS)


def _words_of(text: str) -> str:
    """Folded (no case, no accents) with the separators of file names as spaces."""
    return re.sub(r"[_\-.+]+", " ", fold(text))


def is_email_file(file_name: str, media_type: str) -> bool:
    kind = media_type.split(";", 1)[0].strip().lower()
    return kind in EMAIL_MEDIA_TYPES or file_name.lower().endswith(EMAIL_EXTENSIONS)


def says_invoice(text: str) -> bool:
    """Whether ``text`` has the word invoice, facture, factura or faktura, whole, in any case."""
    return bool(_INVOICE_PATTERN.search(_words_of(text)))


def guess_kind(file_name: str, media_type: str, first_page: str | None = None) -> EvidenceKind:
    """The kind a file is added with when none is given (see the module's text for the order)."""
    if is_email_file(file_name, media_type):
        return EvidenceKind.EMAIL
    name = _words_of(file_name)
    for kind, pattern in _NAME_PATTERNS:
        if pattern.search(name):
            return kind
    if first_page and says_invoice(first_page[:FIRST_PAGE_LIMIT]):
        return EvidenceKind.INVOICE
    if media_type.startswith("image/"):
        return EvidenceKind.SCREENSHOT
    return EvidenceKind.OTHER


def first_page_text(data: bytes | BinaryIO, media_type: str) -> str | None:
    """The words of a document's first page: a PDF's page 1, the start of a text file.

    None when there are none to read (a picture, a scan, a locked or damaged PDF): the
    guess then rests on the file's name and type alone, and nothing is refused here.
    """
    kind = media_type.split(";", 1)[0].strip().lower()
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    if kind == "application/pdf":
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reader = PdfReader(stream, strict=False)
                if reader.is_encrypted and not reader.decrypt(""):
                    return None
                if not reader.pages:
                    return None
                text = reader.pages[0].extract_text() or ""
        except Exception as exc:  # pypdf raises many kinds of errors for damaged files
            logs.error("intake.kinds.first_page_text", exc)
            return None
        return text[:FIRST_PAGE_LIMIT] or None
    if kind.startswith("text/"):
        return decode_text(stream.read(TEXT_HEAD))[:FIRST_PAGE_LIMIT] or None
    return None


def guess_kind_of_file(file_name: str, media_type: str, data: bytes | BinaryIO) -> EvidenceKind:
    """:func:`guess_kind` reading the document's first page from ``data`` when its name is not enough.

    ``data`` is the file's bytes or a seekable binary stream positioned at its start.
    """
    guess = guess_kind(file_name, media_type)
    if guess not in (EvidenceKind.OTHER, EvidenceKind.SCREENSHOT):
        return guess  # the type or the name already said it; no need to read the file
    return guess_kind(file_name, media_type, first_page_text(data, media_type))
