"""The facts a letter states, in the letter's language and voice: the means of payment, each
disputed charge and each contact with the merchant. No I/O.

Every sentence comes from the language file (resources/letters/README.md); this module only
chooses which ones a fact needs and fills them in. What the user wrote is masked
(domain/redact.py) and never cut in the middle of a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.domain.amounts import Figures
from desktop_app.domain.letter_templates import lookup, voiced
from desktop_app.domain.models import Case, Communication, Purchase
from desktop_app.domain.redact import mask_sensitive
from desktop_app.domain.vocab import EscalationStage, PaymentMethod

Money = Callable[[Decimal, str], str]
LongDate = Callable[[date], str]

#: A summary longer than this is cut at the end of a sentence, with "(…)".
LONG_SUMMARY = 900
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|[.!?…]$")
_SPACES = re.compile(r"[ \t]+")
NBSP = "\u00a0"


def text(words: Mapping[str, Any], key: str, voice: str = "person", **values: str) -> str:
    """The language file's text at ``key`` in ``voice``, filled in; runs of spaces made one."""
    return appended(words, key, voice, **values).strip()


def appended(words: Mapping[str, Any], key: str, voice: str = "person", **values: str) -> str:
    """As :func:`text`, its ends kept: a text appended to another keeps its leading space."""
    return _SPACES.sub(" ", voiced(lookup(words, key), voice).format(**values))


#: An amount as a user types it, with its currency: "1 200,00 €", "17,99 EUR", "349.00 zł".
_TYPED_AMOUNT = re.compile(
    r"(?<![\d\w])(\d{1,3}(?: \d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r" (€|zł|EUR|PLN|GBP|USD|CHF|£|\$)(?!\w)"
)


def clean(value: str | None) -> str:
    """What the user wrote, on one line, masked: "" for nothing. An amount the user typed with
    its currency ("1 200,00 €") is kept on one line: its spaces become no-break spaces."""
    text = mask_sensitive(" ".join((value or "").split()))
    return _TYPED_AMOUNT.sub(lambda m: f"{m[1].replace(' ', NBSP)}{NBSP}{m[2]}", text)


def sentence(value: str) -> str:
    """``value`` ending a sentence: a full stop added when it ends with none."""
    value = value.rstrip()
    if value and value[-1] not in '.!?…)"”»':
        value += "."
    return value


def cut_at_sentence(value: str, limit: int = LONG_SUMMARY) -> str:
    """``value`` whole, or, when longer than ``limit``, its sentences up to the limit and "(…)".
    A first sentence longer than the limit is cut at the last space before it: never mid-word."""
    if len(value) <= limit:
        return value
    ends = [m.end() for m in _SENTENCE_END.finditer(value, 0, limit + 1)]
    if ends:
        return value[: ends[-1]].rstrip() + " (…)"
    space = value.rfind(" ", 0, limit)
    return (value[:space] if space > 0 else value[:limit]).rstrip(" ,;:") + " (…)"


def join_list(items: Sequence[str], words: Mapping[str, Any]) -> str:
    """ "A", "A and B", "A, B and C" in the language's word for "and"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text(words, 'and')} {items[-1]}"


def payment_text(words: Mapping[str, Any], case: Case) -> str:
    """The means of payment as a noun phrase: "Visa credit card ending 4417", "direct debit"."""
    payment = case.payment
    method = payment.method or PaymentMethod.OTHER.value
    if method != PaymentMethod.CARD.value:
        key = method if method in ("direct_debit", "bank_transfer", "paypal") else "other"
        return text(words, f"payment.{key}")
    group = "business_card_kinds" if payment.business else "card_kinds"
    card = text(words, f"{group}.{payment.card_kind or 'unknown'}")
    network = text(words, f"networks.{payment.network}") if payment.network else ""
    if payment.last4:
        return text(words, "payment.card", network=network, card=card, last4=payment.last4)
    return text(words, "payment.card_no_last4", network=network, card=card)


def payment_reference(words: Mapping[str, Any], case: Case) -> str:
    """The payment's reference for a subject: "card ending 4417", "mandate reference X", or ""."""
    payment = case.payment
    if payment.method == PaymentMethod.CARD.value and payment.last4:
        return text(words, "reference.card", last4=payment.last4)
    if payment.method == PaymentMethod.DIRECT_DEBIT.value and payment.mandate_reference:
        return text(words, "reference.mandate", mandate=clean(payment.mandate_reference))
    return ""


def purchase_references(words: Mapping[str, Any], purchase: Purchase) -> list[str]:
    """A charge's references in the language: "invoice F-1", "order 77", "authorisation code A1"."""
    return [
        text(words, f"charges.references.{key}", value=clean(value))
        for key, value in (
            ("order", purchase.order_number),
            ("invoice", purchase.invoice_number),
            ("customer", purchase.customer_number),
            ("po", purchase.po_number),
            ("authorization", purchase.authorization_code),
        )
        if value and value.strip()
    ]


def figures_words(f: Figures, words: Mapping[str, Any], money: Money) -> str:
    """A charge's amounts: the amount alone when it is disputed in full with nothing agreed; else
    "charged 1 440,00 zł, agreed 240,00 zł, disputed 1 200,00 zł"."""
    currency = f.purchase.currency
    if f.agreed is None and f.disputed == f.charged:
        return money(f.charged, currency)
    if f.agreed is None:
        return text(
            words,
            "charges.figures_no_agreed",
            charged=money(f.charged, currency),
            disputed=money(f.disputed, currency),
        )
    return text(
        words,
        "charges.figures",
        charged=money(f.charged, currency),
        agreed=money(f.agreed, currency),
        disputed=money(f.disputed, currency),
    )


def charge_line(f: Figures, words: Mapping[str, Any], money: Money, long_date: LongDate) -> str:
    """One disputed charge as a list line: "- 15 September 2026: 17.99 € (Plan; invoice F-1)"."""
    p = f.purchase
    details = [clean(p.description)] if p.description and p.description.strip() else []
    details += purchase_references(words, p)
    values = {"date": long_date(p.date), "figures": figures_words(f, words, money)}
    if details:
        separator = str(lookup(words, "charges.separator"))
        return text(words, "charges.line_details", details=separator.join(details), **values)
    return text(words, "charges.line", **values)


#: The levels at which a contact is with the merchant (not the bank or a regulator).
_MERCHANT_LEVELS = (
    EscalationStage.CUSTOMER_SERVICE,
    EscalationStage.SUPERVISOR,
    EscalationStage.FORMAL_COMPLAINT,
)


def merchant_contacts(contacts: Sequence[Communication]) -> list[Communication]:
    """The contacts with the merchant, both ways, in date order (a contact logged at the bank's
    or a regulator's level is left out)."""
    return sorted((c for c in contacts if c.level is None or c.level in _MERCHANT_LEVELS), key=lambda c: c.at)


def contact_line(
    c: Communication, words: Mapping[str, Any], voice: str, merchant: str, long_date: LongDate
) -> str:
    """One contact as a list line of whole sentences: who contacted whom, when and how; who
    answered; its reference; what was said; the merchant's answer, promise and outcome."""
    name = clean(c.representative)
    level = c.level.value if c.level is not None else ""
    who = ""
    if name and level:
        who = text(words, "contacts.who", name=name, level=text(words, f"levels.{level}"))
    elif name:
        who = text(words, "contacts.who_name", name=name)
    elif level:
        who = text(words, f"levels_alone.{level}")
    direction = "incoming" if c.direction.value == "incoming" else "outgoing"
    values = {
        "date": long_date(c.at.date()),
        "merchant": merchant,
        "channel": text(words, f"channels.{c.channel.value}"),
    }
    parts = [
        text(words, f"contacts.{direction}_who", voice, who=who, **values)
        if who
        else text(words, f"contacts.{direction}", voice, **values)
    ]
    if c.reference and c.reference.strip():
        parts.append(text(words, "contacts.reference", voice, reference=clean(c.reference)))
    said = clean(c.summary) or clean(c.subject)
    if said:
        parts.append(sentence(text(words, "contacts.said", voice, summary=cut_at_sentence(said))))
    action = clean(c.promised_action)
    if c.answer is not None and not (action and c.answer.value == "promised"):  # the promise says it
        parts.append(text(words, f"contacts.answers.{c.answer.value}", voice, merchant=merchant))
    if action and c.promised_by is not None:
        promised = text(
            words,
            "contacts.promised_by",
            voice,
            merchant=merchant,
            action=action,
            by=long_date(c.promised_by),
        )
        parts.append(sentence(promised))
    elif action:
        parts.append(sentence(text(words, "contacts.promised", voice, merchant=merchant, action=action)))
    outcome = clean(c.outcome)
    if outcome:
        parts.append(sentence(text(words, "contacts.outcome", voice, outcome=cut_at_sentence(outcome))))
    return "- " + " ".join(parts)
