"""What the record commands share to read what was typed: the checks that collect every problem,
the readers of texts, amounts and dates, and the options of the new facts (``records`` and
``record_edits`` both use them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

from desktop_app import logs
from desktop_app.cli.args import BadInput
from desktop_app.domain.dates import parse_iso_date, parse_moment
from desktop_app.domain.models import Issuer, Purchase
from desktop_app.domain.money import parse_typed_amount
from desktop_app.domain.validation import figure_field_problems, issuer_problems
from desktop_app.domain.vocab import EscalationStage

T = TypeVar("T")


class _Checks:
    """Reads each option, keeping every problem so that all are told at once."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def read(self, option: str, parse: Callable[[str], T], text: str | None) -> T | None:
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError as exc:  # AmountError and DateInputError are ValueErrors
            logs.error("cli.records.read", exc)
            self.problem(option, str(exc))
            return None

    def problem(self, option: str, message: str) -> None:
        self.problems.append(f"{option}: {message}")

    def raise_any(self) -> None:
        if self.problems:
            raise BadInput(self.problems)

    def issuer(self, issuer: Issuer, currency: str) -> None:
        """How the issuer's facts agree (they were each read already), told by their options."""
        for key, problem in issuer_problems(issuer, currency):
            self.problem(ISSUER_OPTIONS[key], problem)

    def figures(self, purchase: Purchase) -> None:
        """A charge's three figures, told by their options."""
        for key, problem in figure_field_problems(purchase):
            self.problem(f"--{key.replace('_', '-')}", problem)


# The option of each field of the issuer (``Issuer`` field: option).
ISSUER_OPTIONS = {
    "name": "--issuer-name",
    "address": "--issuer-address",
    "claim_number": "--claim-number",
    "filed_on": "--filed-on",
    "provisional_credit": "--provisional-credit",
    "provisional_credit_on": "--provisional-credit-on",
    "merchant_response": "--merchant-response",
    "outcome": "--outcome",
    "outcome_on": "--outcome-on",
    "redebit_amount": "--redebit-amount",
    "redebit_on": "--redebit-on",
}
ISSUER_AMOUNTS = ("provisional_credit", "redebit_amount")
ISSUER_DATES = ("filed_on", "provisional_credit_on", "outcome_on", "redebit_on")
ISSUER_TEXTS = ("name", "address", "claim_number", "merchant_response")
# The customer's texts (``Customer`` field: option); its kind is a choice.
CUSTOMER_OPTIONS = {
    "address": "--customer-address",
    "city": "--customer-city",
    "email": "--customer-email",
    "phone": "--customer-phone",
    "tax_id": "--tax-id",
    "cardholder_name": "--cardholder-name",
    "cardholder_role": "--cardholder-role",
}


def arg_name(option: str) -> str:
    """``--filed-on``: ``filed_on``, the attribute argparse gives it."""
    return option[2:].replace("-", "_")


def stage_of(text: str | None) -> tuple[EscalationStage, bool] | None:
    """``--stage``: (the stage, whether it is the user's); ``auto`` follows the facts; None: not given."""
    if text is None:
        return None
    if text == "auto":
        return EscalationStage.CUSTOMER_SERVICE, False
    return EscalationStage(text), True


def _text(value: str | None) -> str | None:
    """A free text as the window keeps it: trimmed, and nothing when empty."""
    if value is None:
        return None
    return value.strip() or None


def _date_reader(what: str) -> Callable[[str], date]:
    return lambda text: parse_iso_date(text, what)


def _amount_reader(currency: str) -> Callable[[str], Decimal]:
    """The window's reading of a typed amount (any locale's way of writing it); never negative."""
    return lambda text: parse_typed_amount(text, currency)


def _has_own_offset(text: str) -> bool:
    """Whether the moment typed carries its own UTC offset (or Z).

    parse_moment itself answers: read in two zones 14 hours apart, a moment
    without offset gives two instants, one with an offset the same instant.
    """
    return parse_moment(text, "UTC") == parse_moment(text, "Etc/GMT-14")
