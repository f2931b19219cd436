"""The letters a user sends: to the card issuer, the merchant, the bank, the ombudsman. No I/O.

The words are data (``resources/letters/<lang>.json``, format ``dossier-letters/2``, described in
resources/letters/README.md), which a translator edits: each letter is a title, a subject and
paragraphs with ``{fields}`` that this module fills in from the case, in the customer's voice (a
company writes "we"). A paragraph given as ``{"if": "field", "text": ...}`` is left out when the
case has no such field (``"unless"``: only then). The legal basis comes from law.json
(domain/letter_law.py), the fit of a kind to the case from domain/letter_kinds.py. Card numbers
and IBANs are masked in everything a letter says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from desktop_app.domain import letter_facts as facts
from desktop_app.domain.amounts import Total, disputed_total
from desktop_app.domain.amounts import figures_text as figures_text
from desktop_app.domain.amounts import shows_figures as shows_figures
from desktop_app.domain.letter_facts import clean, text
from desktop_app.domain.letter_kinds import fit, fitting_kinds, recipient_of
from desktop_app.domain.letter_law import NO_LAW, LawTable, answer_by, citations_for, clock_for
from desktop_app.domain.letter_templates import FIELDS as FIELDS
from desktop_app.domain.letter_templates import LetterError as LetterError
from desktop_app.domain.letter_templates import check_templates as check_templates
from desktop_app.domain.letter_templates import voiced
from desktop_app.domain.models import Case, Communication, Purchase
from desktop_app.domain.money import letter_money
from desktop_app.domain.redact import mask_sensitive
from desktop_app.domain.vocab import LETTER_KINDS, CustomerKind, PaymentMethod
from desktop_app.i18n import translate

KINDS = LETTER_KINDS


@dataclass(frozen=True)
class Letter:
    """A letter, block by block, as it is laid out (pack/letters.py) and as plain text."""

    kind: str
    lang: str
    title: str
    sender: tuple[str, ...]  # name (or company and tax number, cardholder), address lines, e-mail, phone
    recipient: tuple[str, ...]  # the issuer's, merchant's or ombudsman's name and address, as known
    place_date: str  # "Lyon, le 1er décembre 2026"; the date alone without a city
    subject: str
    paragraphs: tuple[str, ...]  # salutation ... closing; a paragraph of "- " lines is a list
    enclosures: tuple[str, ...] = ()  # "A. Invoice FV/2026/114": the pack's exhibits
    signature: tuple[str, ...] = ()  # the signature line, the name, a company's "for ..."
    enclosures_title: str = "Enclosures"
    subject_line: str = ""  # the subject as printed ("Objet : ..."); "" prints the subject as it is

    @property
    def text(self) -> str:
        """The whole letter as plain text, block by block, to copy into an e-mail or edit."""
        blocks = [
            "\n".join(self.sender),
            "\n".join(self.recipient),
            self.place_date,
            self.subject_line or self.subject,
            *self.paragraphs,
            "\n".join(self.signature),
        ]
        if self.enclosures:
            blocks.append("\n".join([self.enclosures_title, *self.enclosures]))
        return "\n\n".join(b for b in blocks if b) + "\n"


@dataclass(frozen=True)
class Formats:
    """How the letter's language writes dates and amounts.

    Amounts are written by :func:`~desktop_app.domain.money.letter_money` (:meth:`for_language`):
    the same digits and grouping as the window and the pack (``format_money``), with the
    currency's symbol where a letter's prose uses one.
    """

    long_date: Callable[[date], str]
    money: Callable[[Decimal, str], str]

    @classmethod
    def for_language(cls, lang: str, long_date: Callable[[date], str]) -> Formats:
        """Dates by ``long_date``, amounts as a letter in ``lang`` writes them."""
        return cls(long_date, partial(letter_money, lang=lang))


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


def _lines(value: str | None) -> list[str]:
    """A multi-line field (an address) as its lines, each masked, empty ones left out."""
    return [mask_sensitive(" ".join(line.split())) for line in (value or "").splitlines() if line.strip()]


def _voice(case: Case) -> str:
    return "company" if case.customer.kind is CustomerKind.COMPANY else "person"


def write_letter(
    kind: str,
    lang: str,
    words: Mapping[str, Any],
    formats: Formats,
    case: Case,
    purchases: Sequence[Purchase],
    contacts: Sequence[Communication],
    *,
    today: date,
    enclosures: Sequence[str] = (),
    law: LawTable = NO_LAW,
    regulator_country: str | None = None,
) -> Letter:
    """The letter of ``kind`` for ``case`` in ``lang``, from ``words`` (checked by check_templates).

    Refuses a kind that does not fit the case (:func:`desktop_app.domain.letter_kinds.fit`) with
    a :class:`LetterError` naming why and the kinds that fit. ``enclosures`` are the lines of the
    enclosures block ("A. Invoice FV/2026/114"); ``law`` gives the legal basis and answer clocks
    (an empty table cites nothing and asks no date); the regulator is that of ``regulator_country``
    (default: the case's country).
    """
    if kind not in KINDS:
        raise LetterError(
            translate("Letters", "{kind} is not a letter; choose one of {kinds}").format(
                kind=repr(kind), kinds=", ".join(KINDS)
            )
        )
    fitted = fit(case, kind)
    if not fitted.fits:
        why = fitted.why[0].lower() + fitted.why[1:].rstrip(".")
        raise LetterError(
            translate(
                "Letters", "a {kind} letter does not fit this case ({why}); the kinds that fit: {kinds}"
            ).format(kind=kind, why=why, kinds=", ".join(fitting_kinds(case)))
        )
    voice = _voice(case)
    template = words["letters"][kind]
    unknown = facts.text(words, "unknown")
    claim = claim_of(case, purchases)
    disputed = list(claim.total.figures)
    merchant = facts.clean(case.merchant.name) or unknown
    country = (case.country or "").strip().upper()
    recipient_kind = recipient_of(kind)

    def long(day: date | None) -> str:
        return formats.long_date(day) if day is not None else ""

    def joined(values: Sequence[str | None]) -> str:
        return ", ".join(dict.fromkeys(facts.clean(v) for v in values if v and v.strip()))

    regulators: dict[str, Any] = dict(words.get("regulators", {}))
    if voice == "company":
        # The consumer ombudsmen take natural persons only: a company is told what is open to it.
        regulators = dict(words.get("regulators_company", {}))
    reg_country = (regulator_country or country).upper()
    regulator = voiced(regulators.get(reg_country, regulators["default"]), voice)
    citations = citations_for(law, case, kind)
    clock = clock_for(law, country, kind)
    issuer_name = facts.clean(case.issuer.name)
    revoked = case.dates.mandate_revoked
    fields: dict[str, str] = {
        "customer": facts.clean(case.customer_name) or unknown,
        "merchant": merchant,
        "issuer": issuer_name or unknown,
        "payment": facts.payment_text(words, case),
        "amount": money_list(claim.asked, formats.money) or unknown,
        "disputed_total": money_list(claim.disputed, formats.money) if claim.refunded is not None else "",
        "refunded": formats.money(claim.refunded, case.currency) if claim.refunded is not None else "",
        "charges": "\n".join(facts.charge_line(f, words, formats.money, formats.long_date) for f in disputed)
        or unknown,
        "contacts": "\n".join(
            facts.contact_line(c, words, voice, merchant, formats.long_date)
            for c in facts.merchant_contacts(contacts)
        ),
        "reason": voiced(words["reasons"][case.reason.value], voice),
        "case_ref": f"D-{case.id or 0:04d}",
        "cancellation_date": long(case.dates.cancellation),
        "mandate": facts.clean(case.payment.mandate_reference),
        "creditor_id": facts.clean(case.payment.creditor_id),
        # Said only when every disputed debit came after it ("no valid mandate covered these debits").
        "mandate_revoked": long(revoked)
        if revoked is not None and all(f.purchase.date > revoked for f in disputed)
        else "",
        "statement_date": long(case.dates.statement),
        "final_response": long(case.dates.final_response),
        "bank_complaint": long(case.dates.bank_complaint),
        "invoice_numbers": joined([p.purchase.invoice_number for p in disputed]) or unknown,
        "order_numbers": joined([p.purchase.order_number for p in disputed]),
        "customer_numbers": joined([p.purchase.customer_number for p in disputed]),
        "claim_number": facts.clean(case.issuer.claim_number),
        "filed_on": facts.appended(words, "filed_on", date=long(case.issuer.filed_on))
        if case.issuer.filed_on
        else "",
        "law": facts.join_list([c.cite for c in citations], words),
        "deadline": long(answer_by(today, clock, country)) if clock is not None else "",
        "regulator": regulator,
        "today": long(today),
        "enclosures": "yes" if enclosures else "",
    }
    fields = {key: mask_sensitive(value) for key, value in fields.items()}

    paragraphs: list[str] = []
    for paragraph in template["body"]:
        if isinstance(paragraph, Mapping) and ("if" in paragraph or "unless" in paragraph):
            wanted = "if" in paragraph
            if bool(fields[paragraph["if" if wanted else "unless"]]) != wanted:
                continue
            paragraph = paragraph["text"]
        paragraphs.append(voiced(paragraph, voice).format_map(fields))

    subject = voiced(template["subject"], voice).format_map(fields)
    if recipient_kind == "merchant":
        # The merchant's own references: the invoices, else the orders (two at most).
        # (An invoice request's subject names its invoices already: its orders only.)
        numbers = [f.purchase.invoice_number for f in disputed if f.purchase.invoice_number]
        if kind == "invoice-request":
            numbers = []
        key = "invoice" if numbers else "order"
        numbers = numbers or [f.purchase.order_number for f in disputed if f.purchase.order_number]
        reference = ", ".join(
            text(words, f"charges.references.{key}", value=clean(n)) for n in list(dict.fromkeys(numbers))[:2]
        )
    else:
        reference = facts.payment_reference(words, case)
    if reference:
        subject += facts.appended(words, "subject_reference", reference=reference)
    if recipient_kind != "merchant" and fields["claim_number"]:
        subject += facts.appended(words, "subject_claim", claim_number=fields["claim_number"])

    return Letter(
        kind=kind,
        lang=lang,
        title=voiced(template["title"], voice),
        sender=_sender(words, case, unknown),
        recipient=_recipient(kind, case, law, unknown),
        place_date=_place_date(words, case, long(today)),
        subject=mask_sensitive(subject),
        paragraphs=tuple(mask_sensitive(p) for p in paragraphs),
        enclosures=tuple(mask_sensitive(e) for e in enclosures),
        signature=_signature(words, case, unknown),
        enclosures_title=facts.text(words, "enclosures"),
        subject_line=(
            facts.text(words, "subject_line", subject=mask_sensitive(subject))
            if "subject_line" in words
            else ""
        ),
    )


def _sender(words: Mapping[str, Any], case: Case, unknown: str) -> tuple[str, ...]:
    customer = case.customer
    lines = [clean(case.customer_name) or unknown]
    if customer.kind is CustomerKind.COMPANY and customer.tax_id and customer.tax_id.strip():
        lines.append(text(words, "sender.tax_id", value=clean(customer.tax_id)))
    holder = clean(customer.cardholder_name) if case.payment.method == PaymentMethod.CARD.value else ""
    if holder and holder != lines[0]:
        role = clean(customer.cardholder_role)
        lines.append(
            text(words, "sender.cardholder", name=holder, role=role)
            if role
            else text(words, "sender.cardholder_no_role", name=holder)
        )
    lines += _lines(customer.address)
    lines += [clean(v) for v in (customer.email, customer.phone) if v and v.strip()]
    if customer.kind is not CustomerKind.COMPANY and customer.tax_id and customer.tax_id.strip():
        lines.append(text(words, "sender.tax_id", value=clean(customer.tax_id)))
    return tuple(lines)


def _recipient(kind: str, case: Case, law: LawTable, unknown: str) -> tuple[str, ...]:
    who = recipient_of(kind)
    if who == "merchant":
        return (clean(case.merchant.name) or unknown, *_lines(case.merchant.address))
    if who == "ombudsman":
        lines = law.recipients.get(((case.country or "").strip().upper(), kind))
        return tuple(lines) if lines else (unknown,)
    return (clean(case.issuer.name) or unknown, *_lines(case.issuer.address))


def _place_date(words: Mapping[str, Any], case: Case, today: str) -> str:
    city = clean(case.customer.city)
    if city:
        return text(words, "place_date", place=city, date=today)
    return text(words, "date_line", date=today) if "date_line" in words else today


def _signature(words: Mapping[str, Any], case: Case, unknown: str) -> tuple[str, ...]:
    name = clean(case.customer_name) or unknown
    lines = [text(words, "signature.line")]
    if case.customer.kind is CustomerKind.COMPANY:
        holder, role = clean(case.customer.cardholder_name), clean(case.customer.cardholder_role)
        if holder and case.payment.method == PaymentMethod.CARD.value:  # the card's holder signs
            lines.append(f"{holder}, {role}" if role else holder)
            lines.append(text(words, "signature.on_behalf", company=name))
        else:
            lines.append(name)
    else:
        lines.append(name)
    return tuple(lines)
