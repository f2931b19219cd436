"""The pack's words for the customer, the bank after filing, a contact's answer and a charge's figures.

Only what the user filled in is said: an empty field leaves its line out, and nothing is
worked out that the user did not give. The figures come from :mod:`desktop_app.domain.amounts`
(through :func:`desktop_app.domain.letters.claim_of`), so that page 1, the transactions and
the totals state the same amounts as the letters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from desktop_app.domain.amounts import Figures
from desktop_app.domain.letters import Claim, figures_text, money_list, shows_figures
from desktop_app.domain.models import Case, Communication
from desktop_app.domain.redact import mask_sensitive
from desktop_app.pack.strings import PackStrings


def _m(text: str | None) -> str:
    return mask_sensitive(text)


def cardholder_text(case: Case, s: PackStrings) -> str:
    """The customer's name, with "(company)" or "(private individual)" when the user said which."""
    name = _m(case.customer_name)
    if not name:
        return s("none")
    kind = case.customer.kind
    if kind is None:
        return name
    return s("customer_named", name=name, kind=s(f"customer_kinds.{kind.value}"))


def customer_lines(case: Case, s: PackStrings) -> list[str]:
    """The customer's address, e-mail, phone, tax number, and a business card's holder and role."""
    c = case.customer
    lines = [
        s(key, value=value.strip())
        for key, value in (
            ("contact_address", c.address),
            ("contact_email", c.email),
            ("contact_phone", c.phone),
            ("contact_tax_id", c.tax_id),
        )
        if value and value.strip()
    ]
    holder = (c.cardholder_name or "").strip()
    role = (c.cardholder_role or "").strip()
    if holder and role:
        lines.append(s("contact_cardholder_role", name=holder, role=role))
    elif holder:
        lines.append(s("contact_cardholder", name=holder))
    elif role:
        lines.append(s("contact_role", role=role))
    return [_m(line) for line in lines]


def payment_lines(case: Case, s: PackStrings) -> list[str]:
    """A direct debit's mandate reference and creditor identifier, as the user gave them."""
    p = case.payment
    lines = [
        s(key, value=value.strip())
        for key, value in (("payment_mandate", p.mandate_reference), ("payment_creditor", p.creditor_id))
        if value and value.strip()
    ]
    return [_m(line) for line in lines]


def _with_date(s: PackStrings, key: str, amount: str, day: date | None) -> str | None:
    """``key`` with its amount and date; ``key_no_date`` / ``key_date_only`` when one is missing."""
    if amount and day:
        return s(key, amount=amount, date=s.long_date(day))
    if amount:
        return s(f"{key}_no_date", amount=amount)
    if day:
        return s(f"{key}_date_only", date=s.long_date(day))
    return None


def _money(s: PackStrings, amount: Decimal | None, currency: str) -> str:
    return s.money(amount, currency) if amount is not None else ""


def issuer_lines(case: Case, s: PackStrings) -> list[str]:
    """The bank's name and address, the claim number, the filing date, the provisional credit,
    the merchant's response, the outcome and a re-debit: each only when the user gave it."""
    i = case.issuer
    lines: list[str] = []
    if i.name and i.name.strip():
        lines.append(i.name.strip() + (f"; {i.address.strip()}" if i.address and i.address.strip() else ""))
    elif i.address and i.address.strip():
        lines.append(i.address.strip())
    if i.claim_number and i.claim_number.strip():
        lines.append(s("issuer_claim", value=i.claim_number.strip()))
    if i.filed_on:
        lines.append(s("issuer_filed", date=s.long_date(i.filed_on)))
    credit = _with_date(
        s, "issuer_credit", _money(s, i.provisional_credit, case.currency), i.provisional_credit_on
    )
    if credit:
        lines.append(credit)
    if i.merchant_response and i.merchant_response.strip():
        lines.append(s("issuer_response", value=" ".join(i.merchant_response.split())))
    if i.outcome is not None:
        outcome = s(f"outcomes.{i.outcome.value}")
        if i.outcome_on:
            lines.append(s("issuer_outcome", outcome=outcome, date=s.long_date(i.outcome_on)))
        else:
            lines.append(s("issuer_outcome_no_date", outcome=outcome))
    redebit = _with_date(s, "issuer_redebit", _money(s, i.redebit_amount, case.currency), i.redebit_on)
    if redebit:
        lines.append(redebit)
    return [_m(line) for line in lines]


def issuer_events(case: Case, s: PackStrings) -> list[tuple[date, str]]:
    """The bank's dated facts for the timeline: the filing, the provisional credit, the outcome,
    a re-debit (each on its own date; a fact without a date is on page 1 only)."""
    i = case.issuer
    who = (i.name or "").strip() or s("the_bank")
    claim = (i.claim_number or "").strip()
    events: list[tuple[date, str]] = []
    if i.filed_on:
        text = s("tl_issuer_claim", issuer=who, claim=claim) if claim else s("tl_issuer_filed", issuer=who)
        events.append((i.filed_on, text))
    if i.provisional_credit_on:
        if i.provisional_credit is not None:
            amount = s.money(i.provisional_credit, case.currency)
            events.append((i.provisional_credit_on, s("tl_issuer_credit", issuer=who, amount=amount)))
        else:
            events.append((i.provisional_credit_on, s("tl_issuer_credit_no_amount", issuer=who)))
    if i.outcome is not None and i.outcome_on:
        outcome = s(f"outcomes.{i.outcome.value}")
        events.append((i.outcome_on, s("tl_issuer_outcome", outcome=outcome)))
    if i.redebit_on:
        if i.redebit_amount is not None:
            amount = s.money(i.redebit_amount, case.currency)
            events.append((i.redebit_on, s("tl_issuer_redebit", amount=amount)))
        else:
            events.append((i.redebit_on, s("tl_issuer_redebit_no_amount")))
    return [(day, _m(text)) for day, text in events]


def answer_text(c: Communication, s: PackStrings) -> str:
    """The merchant's logged answer in this contact, with who gave it: "Answer: refused (supervisor…)"."""
    level = s(f"stages.{c.level.value}") if c.level is not None else ""
    if c.answer is not None:
        answer = s(f"answers.{c.answer.value}")
        return s("answer_level", answer=answer, level=level) if level else s("answer", answer=answer)
    return s("level", level=level) if level else ""


def charge_amount(f: Figures | None, amount: str, s: PackStrings) -> str:
    """A charge's amount as page 1 and the timeline say it: the three figures where something was
    agreed or only part is disputed, else the amount alone."""
    if f is None or not shows_figures(f):
        return amount
    words = {"figures": s("figures"), "figures_no_agreed": s("figures_no_agreed")}
    return figures_text(f, words, s.money)


def requested_text(claim: Claim, s: PackStrings) -> str:
    """What is asked: the disputed total (less a refund already made), as the letters ask it."""
    if not claim.asked:
        return s("requested_other")
    asked = money_list(claim.asked, s.money)
    if claim.refunded is not None and all(amount <= 0 for amount, _currency in claim.asked):
        return s(
            "requested_nothing_left",
            disputed=money_list(claim.disputed, s.money),
            refunded=s.money(claim.refunded, claim.refunded_currency),
        )
    if claim.refunded is not None:
        return s(
            "requested_refund_partial",
            amount=asked,
            disputed=money_list(claim.disputed, s.money),
            refunded=s.money(claim.refunded, claim.refunded_currency),
        )
    return s("requested_refund", amount=asked)


def disputed_by_currency(figures: Sequence[Figures]) -> dict[str, Decimal]:
    """The disputed figures of the charges in dispute, summed per currency (the totals' figure)."""
    sums: dict[str, Decimal] = {}
    for f in figures:
        sums[f.purchase.currency] = sums.get(f.purchase.currency, Decimal(0)) + f.disputed
    return sums
