"""The letters a user sends: to the card issuer, the merchant, the bank. No I/O.

The words are data (``resources/letters/<lang>.json``), which a translator
edits: each letter is a title, a subject and paragraphs with ``{fields}``
that this module fills in from the case. A paragraph given as
``{"if": "field", "text": ...}`` is left out when the case has no such
field. Card numbers and IBANs are masked in everything a letter says.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from desktop_app.domain.amounts import Figures, Total, disputed_total
from desktop_app.domain.models import Case, Communication, Purchase
from desktop_app.domain.money import format_money
from desktop_app.domain.redact import mask_sensitive
from desktop_app.domain.vocab import LETTER_KINDS, CardNetwork, CustomerKind, PaymentMethod

KINDS = LETTER_KINDS


class LetterError(ValueError):
    """A letter template is malformed or names a field no case has; the message says where."""


@dataclass(frozen=True)
class Letter:
    kind: str
    lang: str
    title: str
    subject: str
    paragraphs: tuple[str, ...]
    sender: str  # who signs
    recipient: str  # who it goes to
    place_date: str  # the date line
    sender_details: tuple[str, ...] = ()  # the sender's address, e-mail, phone, tax number: as filled in

    @property
    def text(self) -> str:
        """As plain text, to copy into an e-mail."""
        lines = [self.sender, *self.sender_details, ""] if self.sender_details else []
        lines += [self.place_date, ""]
        if self.recipient:
            lines += [self.recipient, ""]
        lines += [self.subject, ""]
        return "\n".join(lines) + "\n" + "\n\n".join(self.paragraphs) + "\n"


@dataclass(frozen=True)
class Formats:
    """How the letter's language writes dates and amounts.

    Amounts are written by :func:`~desktop_app.domain.money.format_money`, the formatter the
    window and the pack use too (:meth:`for_language`).
    """

    long_date: Callable[[date], str]
    money: Callable[[Decimal, str], str]

    @classmethod
    def for_language(cls, lang: str, long_date: Callable[[date], str]) -> Formats:
        """Dates by ``long_date``, amounts as the window and the pack write them in ``lang``."""
        return cls(long_date, partial(format_money, lang=lang))


@dataclass(frozen=True)
class Claim:
    """What is disputed and what is asked, from :mod:`desktop_app.domain.amounts`: the pack and
    the letters state these same figures.

    ``disputed`` is the disputed total per currency (one entry, unless the charges mix
    currencies); ``refunded`` the case's refunded amount when above zero (in the case's
    currency); ``asked`` the disputed total less that refund, per currency.
    """

    total: Total
    disputed: tuple[tuple[Decimal, str], ...]
    refunded: Decimal | None
    asked: tuple[tuple[Decimal, str], ...]
    refunded_currency: str = ""  # the case's currency, in which ``refunded`` is given


def claim_of(case: Case, purchases: Sequence[Purchase]) -> Claim:
    """The case's :class:`Claim`: the sum of its disputed charges' disputed figures, less a refund."""
    total = disputed_total(case, purchases)
    if total.amount is not None:
        disputed: tuple[tuple[Decimal, str], ...] = ((total.amount, total.currency),)
    else:
        sums: dict[str, Decimal] = {}
        for f in total.figures:
            sums[f.purchase.currency] = sums.get(f.purchase.currency, Decimal(0)) + f.disputed
        disputed = tuple((amount, currency) for currency, amount in sorted(sums.items()))
    refunded = case.refunded_amount if case.refunded_amount and case.refunded_amount > 0 else None
    asked = disputed
    if refunded is not None:
        asked = tuple((a - refunded if c == case.currency else a, c) for a, c in disputed)
    return Claim(total, disputed, refunded, asked, case.currency)


def money_list(amounts: Sequence[tuple[Decimal, str]], money: Callable[[Decimal, str], str]) -> str:
    """``1,200.00 PLN``, or ``100.00 EUR + 20.00 GBP`` where currencies mix; "" for none."""
    return " + ".join(money(amount, currency) for amount, currency in amounts)


def shows_figures(f: Figures) -> bool:
    """True when a charge needs its three figures said: something was agreed, or only part is disputed."""
    return f.agreed is not None or f.disputed != f.charged


def figures_text(f: Figures, words: Mapping[str, Any], money: Callable[[Decimal, str], str]) -> str:
    """A charge's figures in ``words["figures"]`` (with an agreed amount) or ``words["figures_no_agreed"]``:
    "charged 1,440.00 PLN, agreed 240.00 PLN, disputed 1,200.00 PLN"."""
    currency = f.purchase.currency
    values = {
        "charged": money(f.charged, currency),
        "disputed": money(f.disputed, currency),
        "agreed": money(f.agreed, currency) if f.agreed is not None else "",
    }
    key = "figures" if f.agreed is not None else "figures_no_agreed"
    return str(words[key]).format(**values)


FIELDS = (
    "customer",
    "merchant",
    "merchant_address",
    "card",
    "amount",
    "disputed_total",
    "refunded",
    "charges",
    "contacts",
    "answers",
    "reason",
    "case_ref",
    "cancellation_date",
    "statement_date",
    "invoice_numbers",
    "order_numbers",
    "customer_numbers",
    "regulator",
    "claim_number",
    "filed_on",
    "today",
)


def check_templates(document: Mapping[str, Any], lang: str) -> None:
    """Refuse a language file with a missing letter, a wrong shape or an unknown field."""
    letters = document.get("letters")
    if not isinstance(letters, Mapping):
        raise LetterError(f"letters/{lang}.json has no 'letters'")
    for kind in KINDS:
        template = letters.get(kind)
        where = f"letters/{lang}.json: {kind}"
        if not isinstance(template, Mapping):
            raise LetterError(f"{where} is missing")
        texts = [template.get("title"), template.get("subject")]
        for paragraph in template.get("body", []):
            texts.append(paragraph["text"] if isinstance(paragraph, Mapping) else paragraph)
            if isinstance(paragraph, Mapping) and paragraph.get("if") not in FIELDS:
                raise LetterError(f"{where}: 'if' names no field: {paragraph.get('if')!r}")
        for text in texts:
            if not isinstance(text, str):
                raise LetterError(f"{where}: a title, subject or paragraph is not text")
            for _literal, name, _spec, _conversion in string.Formatter().parse(text):
                if name is not None and name not in FIELDS:
                    raise LetterError(f"{where}: unknown field {{{name}}} in “{text[:60]}”")


def _card(words: Mapping[str, Any], case: Case) -> str:
    """The card in the letter's language: "carte Visa se terminant par 4417"; other means as they are."""
    payment = case.payment
    if payment.method != PaymentMethod.CARD.value or "card" not in words:
        return payment.describe()
    names: Mapping[str, str] = words.get("networks", {})
    # The network in the letter's own words; "other" names none ("karta zakończona cyframi 4444").
    name = names.get(payment.network, CardNetwork(payment.network).label) if payment.network else ""
    network = f"{name} " if name else ""
    template = words["card"]["with_last4" if payment.last4 else "without"]
    return str(template).format(network=network, last4=payment.last4 or "").strip()


def write_letter(
    kind: str,
    lang: str,
    words: Mapping[str, Any],
    formats: Formats,
    case: Case,
    purchases: Sequence[Purchase],
    contacts: Sequence[Communication],
    *,
    regulator_country: str | None = None,
    today: date,
) -> Letter:
    if kind not in KINDS:
        raise LetterError(f"{kind!r} is not a letter; choose one of {', '.join(KINDS)}")
    template = words["letters"][kind]
    unknown: str = words.get("unknown", "[…]")
    claim = claim_of(case, purchases)
    figures_of = {id(f.purchase): f for f in claim.total.figures}
    disputed = [f.purchase for f in claim.total.figures]  # domain.amounts' charges in dispute
    references = words.get("reference_words", {})

    def charge_line(p: Purchase) -> str:
        refs = [
            f"{references.get(name, name)} {value}"
            for name, value in (
                ("order", p.order_number),
                ("invoice", p.invoice_number),
                ("customer", p.customer_number),
                ("po", p.po_number),
            )
            if value
        ]
        described = f", {p.description}" if p.description else ""
        f = figures_of.get(id(p))
        stated = (
            figures_text(f, words, formats.money)
            if f is not None and shows_figures(f)
            else formats.money(p.amount, p.currency)
        )
        return str(words["charge_line"]).format(
            date=formats.long_date(p.date),
            amount=stated + described,
            references=f" ({'; '.join(refs)})" if refs else "",
        )

    channels: Mapping[str, str] = words.get("channels", {})

    def contact_line(c: Communication) -> str:
        return str(words["contact_line"]).format(
            date=formats.long_date(c.at.date()),
            channel=channels.get(c.channel.value, c.channel.value),
            who=f", {c.representative}" if c.representative else "",
            reference=f" [{c.reference}]" if c.reference else "",
            summary=" ".join((c.summary or c.subject or "").split())[:240],
        )

    outgoing = [c for c in contacts if c.direction.value == "outgoing"] or list(contacts)
    answer_words: Mapping[str, str] = words.get("answers", {})
    level_words: Mapping[str, str] = words.get("levels", {})

    def answer_line(c: Communication) -> str:
        assert c.answer is not None
        answer = answer_words.get(c.answer.value, c.answer.label)
        if c.level is not None:
            level = level_words.get(c.level.value, c.level.label)
            answer = str(words.get("answer_by", "{answer} ({level})")).format(answer=answer, level=level)
        return str(words.get("answer_line", "- {date}, {channel}: {answer}")).format(
            date=formats.long_date(c.at.date()),
            channel=channels.get(c.channel.value, c.channel.value),
            answer=answer,
        )

    answered = sorted((c for c in contacts if c.answer is not None), key=lambda c: c.at)

    def joined(values: Sequence[str | None]) -> str:
        return ", ".join(dict.fromkeys(v for v in values if v))

    regulators: Mapping[str, str] = words.get("regulators", {})
    if case.customer.kind is CustomerKind.COMPANY:
        # The consumer ombudsmen take natural persons only: a company is told what is open to it.
        regulators = {**regulators, **words.get("regulators_company", {})}
    fields = {
        "customer": case.customer_name or unknown,
        "merchant": case.merchant.name,
        "merchant_address": case.merchant.address or "",
        "card": _card(words, case) or unknown,
        "amount": money_list(claim.asked, formats.money) or unknown,
        "disputed_total": money_list(claim.disputed, formats.money) if claim.refunded is not None else "",
        "refunded": formats.money(claim.refunded, case.currency) if claim.refunded is not None else "",
        "charges": "\n".join(charge_line(p) for p in disputed) or unknown,
        "contacts": "\n".join(contact_line(c) for c in outgoing[-6:]),
        "answers": "\n".join(answer_line(c) for c in answered[-6:]),
        "reason": words["reasons"].get(case.reason.value, words["reasons"]["other"]),
        "case_ref": f"D-{case.id or 0:04d}",
        "cancellation_date": formats.long_date(case.dates.cancellation) if case.dates.cancellation else "",
        "statement_date": formats.long_date(case.dates.statement) if case.dates.statement else unknown,
        "invoice_numbers": joined([p.invoice_number for p in disputed]) or unknown,
        "order_numbers": joined([p.order_number for p in disputed]),
        "customer_numbers": joined([p.customer_number for p in disputed]),
        "claim_number": case.issuer.claim_number or "",
        "filed_on": (
            str(words.get("filed_on_words", ", on {date}")).format(
                date=formats.long_date(case.issuer.filed_on)
            )
            if case.issuer.filed_on
            else ""
        ),
        "regulator": regulators.get((regulator_country or "").upper(), regulators.get("default", unknown)),
        "today": formats.long_date(today),
    }
    clean = {key: mask_sensitive(value) if value else "" for key, value in fields.items()}
    paragraphs: list[str] = []
    for paragraph in template["body"]:
        if isinstance(paragraph, Mapping):
            if not clean.get(paragraph["if"]):
                continue
            paragraph = paragraph["text"]
        paragraphs.append(mask_sensitive(str(paragraph).format_map(clean)))
    recipient = case.merchant.name if kind in ("merchant-complaint", "invoice-request") else ""
    if recipient and case.merchant.address:
        recipient += "\n" + case.merchant.address
    details = [
        mask_sensitive(str(words.get("sender_words", {}).get(key, "{value}")).format(value=value.strip()))
        for key, value in (
            ("address", case.customer.address),
            ("email", case.customer.email),
            ("phone", case.customer.phone),
            ("tax_id", case.customer.tax_id),
        )
        if value and value.strip()
    ]
    return Letter(
        kind=kind,
        lang=lang,
        title=str(template["title"]).format_map(clean),
        subject=mask_sensitive(str(template["subject"]).format_map(clean)),
        paragraphs=tuple(paragraphs),
        sender=clean["customer"],
        recipient=recipient,
        place_date=clean["today"],
        sender_details=tuple(details),
    )
