"""Rules about evidence items that need no I/O."""

from __future__ import annotations

import re

from desktop_app.domain.text import fold
from desktop_app.domain.vocab import EvidenceKind

# Words people (and merchants) put in file names, in the languages of our users.
_KIND_WORDS: list[tuple[EvidenceKind, tuple[str, ...]]] = [
    (EvidenceKind.INVOICE, ("invoice", "facture", "factura", "faktura", "rechnung")),
    (EvidenceKind.RECEIPT, ("receipt", "recu", "recibo", "paragon", "ticket de caisse", "quittung")),
    (EvidenceKind.STATEMENT, ("statement", "releve", "extracto", "wyciag", "kontoauszug")),
    (EvidenceKind.TERMS, ("terms", "policy", "cgv", "conditions", "condiciones", "regulamin", "agb")),
    (
        EvidenceKind.CANCELLATION_PROOF,
        ("cancel", "resiliation", "annulation", "cancelacion", "anulacion", "rezygnacja", "wypowiedzenie"),
    ),
    (EvidenceKind.RETURN_PROOF, ("tracking", "shipping", "return", "retour", "devolucion", "zwrot", "suivi")),
    (EvidenceKind.LETTER, ("letter", "lettre", "carta", "pismo")),
    (EvidenceKind.SCREENSHOT, ("screenshot", "capture", "screen shot", "zrzut")),
]


def guess_evidence_kind(file_name: str, media_type: str) -> EvidenceKind:
    """A first guess at an item's kind from its name and type; the user can change it."""
    words = fold(re.sub(r"[_\-.]+", " ", file_name))
    for kind, keys in _KIND_WORDS:
        if any(key in words for key in keys):
            return kind
    if media_type in ("message/rfc822", "application/vnd.ms-outlook"):
        return EvidenceKind.EMAIL
    if media_type.startswith("image/"):
        return EvidenceKind.SCREENSHOT
    return EvidenceKind.OTHER


def title_from_file_name(file_name: str) -> str:
    stem = file_name.rsplit(".", 1)[0] if "." in file_name.lstrip(".") else file_name
    return re.sub(r"[_]+", " ", stem).strip() or file_name


def safe_file_name(name: str, limit: int = 120) -> str:
    """A name safe to create on Windows, macOS and Linux, keeping its letters and extension."""
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r'[<>:"|?*\x00-\x1f]', "_", name).strip(" .")
    if not name or name.upper().split(".")[0] in {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(10)),
        *(f"LPT{i}" for i in range(10)),
    }:
        name = f"file_{name}" if name else "file"
    if len(name) > limit:
        stem, dot, ext = name.rpartition(".")
        name = stem[: limit - len(ext) - 1] + dot + ext if dot and len(ext) < 10 else name[:limit]
    return name
