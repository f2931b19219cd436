"""The shape of a letters' language file (format ``dossier-letters/2``) and its check. No I/O.

resources/letters/README.md documents every key and field; this module holds the same list as
data, so that a translator's file with a missing key, an unknown ``{field}`` or a text without a
form for a voice is refused with the key that is wrong.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.domain.vocab import (
    LETTER_KINDS,
    CardNetwork,
    Channel,
    EscalationStage,
    MerchantAnswer,
    Reason,
)

FORMAT = "dossier-letters/2"
VOICES = ("person", "company")


class LetterError(ValueError):
    """A letter template is malformed, or a letter does not fit the case; the message says why."""


#: Every text of a language file outside ``letters``: its key path and the fields it may use.
TEXTS: dict[str, tuple[str, ...]] = {
    "unknown": (),
    "and": (),
    "place_date": ("place", "date"),
    "subject_reference": ("reference",),
    "subject_claim": ("claim_number",),
    "filed_on": ("date",),
    "enclosures": (),
    "signature.line": (),
    "signature.on_behalf": ("company",),
    "sender.tax_id": ("value",),
    "sender.cardholder": ("name", "role"),
    "sender.cardholder_no_role": ("name",),
    "payment.card": ("network", "card", "last4"),
    "payment.card_no_last4": ("network", "card"),
    "payment.direct_debit": (),
    "payment.bank_transfer": (),
    "payment.paypal": (),
    "payment.other": (),
    "reference.card": ("last4",),
    "reference.mandate": ("mandate",),
    "charges.line": ("date", "figures"),
    "charges.line_details": ("date", "figures", "details"),
    "charges.figures": ("charged", "agreed", "disputed"),
    "charges.figures_no_agreed": ("charged", "disputed"),
    "charges.separator": (),
    **{
        f"charges.references.{key}": ("value",)
        for key in ("order", "invoice", "customer", "po", "authorization")
    },
    "contacts.outgoing": ("date", "merchant", "channel"),
    "contacts.outgoing_who": ("date", "merchant", "channel", "who"),
    "contacts.incoming": ("date", "merchant", "channel"),
    "contacts.incoming_who": ("date", "merchant", "channel", "who"),
    "contacts.who": ("name", "level"),
    "contacts.who_name": ("name",),
    "contacts.reference": ("reference",),
    "contacts.said": ("summary",),
    "contacts.outcome": ("outcome",),
    "contacts.promised": ("merchant", "action"),
    "contacts.promised_by": ("merchant", "action", "by"),
    **{f"contacts.answers.{a.value}": ("merchant",) for a in MerchantAnswer},
    **{f"channels.{c.value}": () for c in Channel},
    **{f"levels.{s.value}": () for s in EscalationStage},
    **{f"levels_alone.{s.value}": () for s in EscalationStage},
    **{f"card_kinds.{k}": () for k in ("credit", "debit", "prepaid", "unknown")},
    **{f"business_card_kinds.{k}": () for k in ("credit", "debit", "prepaid", "unknown")},
    **{f"networks.{n.value}": () for n in CardNetwork},
    **{f"reasons.{r.value}": () for r in Reason},
    "regulators.default": (),
    "regulators_company.default": (),
}

#: Texts a language file may leave out, with their fields: ``date_line``, the date line without
#: a city ("Le {date}"; "{date}" when left out); ``subject_line``, the subject as the letter prints
#: it ("Objet : {subject}"; the subject alone when left out).
OPTIONAL: dict[str, tuple[str, ...]] = {"date_line": ("date",), "subject_line": ("subject",)}

#: Texts that may be empty ("" names no network).
MAY_BE_EMPTY = frozenset(f"networks.{n.value}" for n in CardNetwork)

#: The fields of a letter's subject and body (README.md's table).
FIELDS = (
    "customer",
    "merchant",
    "issuer",
    "payment",
    "amount",
    "disputed_total",
    "refunded",
    "charges",
    "contacts",
    "reason",
    "case_ref",
    "cancellation_date",
    "mandate",
    "creditor_id",
    "mandate_revoked",
    "statement_date",
    "final_response",
    "bank_complaint",
    "invoice_numbers",
    "order_numbers",
    "customer_numbers",
    "claim_number",
    "filed_on",
    "law",
    "deadline",
    "regulator",
    "today",
    "enclosures",
)


def lookup(words: Mapping[str, Any], key: str) -> Any:
    """The value at a dotted key path ("contacts.answers.refused"), or None."""
    node: Any = words
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def voiced(value: Any, voice: str) -> str:
    """A text in ``voice`` ("person" or "company"): a string is both voices' text."""
    if isinstance(value, Mapping):
        return str(value[voice])
    return str(value)


def _check_text(value: Any, allowed: Sequence[str], where: str, *, empty_ok: bool = False) -> None:
    if isinstance(value, Mapping):
        missing = [v for v in VOICES if not isinstance(value.get(v), str)]
        extra = sorted(set(value) - set(VOICES))
        if missing or extra:
            what = f"no {' or '.join(missing)} form" if missing else f"unknown forms {', '.join(extra)}"
            raise LetterError(f"{where}: a text is a string or {{'person': ..., 'company': ...}} ({what})")
        texts = [value["person"], value["company"]]
    elif isinstance(value, str):
        texts = [value]
    else:
        raise LetterError(f"{where} is missing or is not text")
    for text in texts:
        if not text.strip() and not empty_ok:
            raise LetterError(f"{where} is empty")
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            raise LetterError(f"{where}: {exc} in “{text[:60]}”") from exc
        for _literal, name, _spec, _conversion in parsed:
            if name is not None and name not in allowed:
                known = ", ".join(f"{{{f}}}" for f in allowed) or "none"
                raise LetterError(f"{where}: unknown field {{{name}}} in “{text[:60]}” (fields: {known})")


def _check_body(body: Any, where: str) -> None:
    if not isinstance(body, list) or not body:
        raise LetterError(f"{where}: 'body' is missing or is not a list of paragraphs")
    for number, paragraph in enumerate(body, 1):
        at = f"{where}: paragraph {number}"
        if isinstance(paragraph, Mapping) and ("if" in paragraph or "unless" in paragraph):
            condition = "if" if "if" in paragraph else "unless"
            if paragraph[condition] not in FIELDS:
                raise LetterError(f"{at}: '{condition}' names no field: {paragraph[condition]!r}")
            _check_text(paragraph.get("text"), FIELDS, at)
        else:
            _check_text(paragraph, FIELDS, at)


def check_templates(document: Mapping[str, Any], lang: str) -> None:
    """Refuse a language file that is not ``dossier-letters/2``, lacks a key or a kind, uses an
    unknown field, or has a text with no form for a voice; the message names the file and key."""
    name = f"letters/{lang}.json"
    if document.get("format") != FORMAT:
        raise LetterError(f"{name}: 'format' is {document.get('format')!r}, not {FORMAT!r}")
    for key, allowed in TEXTS.items():
        _check_text(lookup(document, key), allowed, f"{name}: {key}", empty_ok=key in MAY_BE_EMPTY)
    for key, allowed in OPTIONAL.items():
        if lookup(document, key) is not None:
            _check_text(lookup(document, key), allowed, f"{name}: {key}")
    for group in ("regulators", "regulators_company"):
        for country, value in dict(document.get(group) or {}).items():
            _check_text(value, (), f"{name}: {group}.{country}")
    letters = document.get("letters")
    if not isinstance(letters, Mapping):
        raise LetterError(f"{name} has no 'letters'")
    for kind in LETTER_KINDS:
        template = letters.get(kind)
        where = f"{name}: {kind}"
        if not isinstance(template, Mapping):
            raise LetterError(f"{where} is missing")
        _check_text(template.get("title"), (), f"{where}: title")
        _check_text(template.get("subject"), FIELDS, f"{where}: subject")
        _check_body(template.get("body"), where)
    unknown = sorted(set(letters) - set(LETTER_KINDS))
    if unknown:
        raise LetterError(f"{name}: {', '.join(unknown)} is not a letter ({', '.join(LETTER_KINDS)})")
