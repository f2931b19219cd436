"""``dossier case edit``, ``charge edit`` and ``contact edit``: change what was recorded.

Only the options given change anything; an empty text (``""``) clears a text, an amount or a
date, and ``none`` clears a choice. What cannot be cleared (a case's title, a charge's amount, a
contact's moment...) is refused. Everything is read with the same readers as ``case new``,
``charge add`` and ``contact add`` (:mod:`desktop_app.cli.records`) and checked before the
store is written to; a refusal names the option, exits with status 2 and changes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any, TextIO, TypeVar

from desktop_app.cli.record_options import NONE
from desktop_app.cli.record_reading import (
    CUSTOMER_OPTIONS,
    ISSUER_AMOUNTS,
    ISSUER_DATES,
    ISSUER_OPTIONS,
    ISSUER_TEXTS,
    _amount_reader,
    _Checks,
    _date_reader,
    _has_own_offset,
    _text,
    arg_name,
    stage_of,
)
from desktop_app.domain.dates import parse_moment, zone, zone_for_country
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, Purchase
from desktop_app.domain.money import parse_currency
from desktop_app.domain.redact import card_last4
from desktop_app.domain.validation import delivery_problems, parse_country, parse_language
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    CaseStatus,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    IssuerOutcome,
    LetterDelivery,
    MerchantAnswer,
    PaymentMethod,
    PurchaseKind,
    Reason,
    Vocabulary,
)
from desktop_app.i18n import translate
from desktop_app.services import Services

T = TypeVar("T")
V = TypeVar("V", bound=Vocabulary)


class _Edit:
    """The options given, read into the fields they change (``changes``), every problem kept."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.checks = _Checks()

    def given(self, option: str) -> str | None:
        value = getattr(self.args, arg_name(option))
        return None if value is None else str(value)

    def text(self, option: str, changes: dict[str, Any], key: str, *, required: str | None = None) -> None:
        """A text: "" clears it, unless ``required`` says why it cannot be cleared."""
        typed = self.given(option)
        if typed is None:
            return
        value = _text(typed)
        if value is None and required:
            self.checks.problem(option, required)
            return
        changes[key] = value

    def parsed(self, option: str, changes: dict[str, Any], key: str, parse: Callable[[str], T]) -> None:
        """An amount, a date or a code: "" clears it."""
        typed = self.given(option)
        if typed is None:
            return
        if not typed.strip():
            changes[key] = None
            return
        value = self.checks.read(option, parse, typed)
        if value is not None:
            changes[key] = value

    def choice(self, option: str, changes: dict[str, Any], key: str, vocabulary: type[V]) -> None:
        """A vocabulary value: ``none`` clears it; ``as_text`` keeps it as its value (a payment's)."""
        typed = self.given(option)
        if typed is not None:
            changes[key] = None if typed == NONE else vocabulary(typed)

    def code(self, option: str, changes: dict[str, Any], key: str, vocabulary: type[V]) -> None:
        """A payment's vocabulary value, kept as its text; ``none`` clears it."""
        typed = self.given(option)
        if typed is not None:
            changes[key] = None if typed == NONE else vocabulary(typed).value


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "case":
        return _edit_case(services, args, out)
    if args.command == "charge":
        return _edit_charge(services, args, out)
    return _edit_contact(services, args, out)


def _edit_case(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    case = services.case(args.case_id)
    e = _Edit(args)
    top: dict[str, Any] = {}
    e.text(
        "--title",
        top,
        "title",
        required=translate("Cli", "a case needs a title, such as “Gym membership charged after cancelling”"),
    )
    e.text("--customer", top, "customer_name")
    e.text("--summary", top, "summary")
    e.choice("--reason", top, "reason", Reason)
    e.choice("--status", top, "status", CaseStatus)
    e.parsed("--currency", top, "currency", parse_currency)
    e.parsed("--country", top, "country", lambda text: parse_country(text.strip()))
    if args.language is not None and args.language.strip().lower() == NONE:
        top["language"] = None  # the country's again
    else:
        e.parsed("--language", top, "language", parse_language)
    currency = top.get("currency") or case.currency
    e.parsed("--disputed-amount", top, "disputed_amount", _amount_reader(currency))
    e.parsed("--refunded-amount", top, "refunded_amount", _amount_reader(currency))
    stage = stage_of(args.stage)
    if stage is not None:
        top["stage"], top["stage_override"] = stage
    merchant: dict[str, Any] = {}
    e.text("--merchant", merchant, "name", required=translate("Cli", "a case needs the merchant's name"))
    for key in ("email", "phone", "website", "address"):
        e.text(f"--merchant-{key}", merchant, key)
    payment: dict[str, Any] = {}
    e.code("--payment-method", payment, "method", PaymentMethod)
    e.code("--network", payment, "network", CardNetwork)
    e.code("--card-kind", payment, "card_kind", CardKind)
    e.parsed("--last4", payment, "last4", card_last4)
    if args.business_card is not None:
        payment["business"] = args.business_card
    e.text("--mandate-reference", payment, "mandate_reference")
    e.text("--creditor-id", payment, "creditor_id")
    customer: dict[str, Any] = {}
    e.choice("--customer-kind", customer, "kind", CustomerKind)
    for key, option in CUSTOMER_OPTIONS.items():
        e.text(option, customer, key)
    dates: dict[str, Any] = {}
    for name in CASE_DATE_FIELDS:
        option = f"--{name.replace('_', '-')}-date"
        e.parsed(
            option,
            dates,
            name,
            _date_reader(
                translate("Cli", "{name} date", "name: the date's name, as in the options").format(
                    name=name.replace("_", " ")
                )
            ),
        )
    issuer: dict[str, Any] = {}
    for key in ISSUER_AMOUNTS:
        e.parsed(ISSUER_OPTIONS[key], issuer, key, _amount_reader(currency))
    for key in ISSUER_DATES:
        e.parsed(ISSUER_OPTIONS[key], issuer, key, _date_reader(ISSUER_OPTIONS[key][2:].replace("-", " ")))
    for key in ISSUER_TEXTS:
        e.text(ISSUER_OPTIONS[key], issuer, key)
    e.choice("--outcome", issuer, "outcome", IssuerOutcome)
    e.checks.raise_any()
    edited: Case = replace(
        case,
        **top,
        merchant=replace(case.merchant, **merchant),
        payment=replace(case.payment, **payment),
        customer=replace(case.customer, **customer),
        dates=replace(case.dates, **dates),
        issuer=replace(case.issuer, **issuer),
    )
    _amounts_again(e, case, edited, args)
    e.checks.issuer(edited.issuer, edited.currency)
    e.checks.raise_any()
    services.update_case(edited)
    print(case.id, file=out)
    return 0


def _amounts_again(e: _Edit, case: Case, edited: Case, args: argparse.Namespace) -> None:
    """A new currency whose decimals a kept amount does not fit (JPY for 12.50) is told, not rounded."""
    if edited.currency == case.currency:
        return
    amounts: list[tuple[str, Decimal | None]] = [
        ("--disputed-amount", edited.disputed_amount),
        ("--refunded-amount", edited.refunded_amount),
        *((ISSUER_OPTIONS[key], getattr(edited.issuer, key)) for key in ISSUER_AMOUNTS),
    ]
    for option, amount in amounts:
        if amount is not None and e.given(option) is None:
            e.checks.read(option, _amount_reader(edited.currency), str(amount))


def _edit_charge(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    purchase = services.purchase(args.purchase_id)
    e = _Edit(args)
    changes: dict[str, Any] = {}
    e.parsed("--currency", changes, "currency", parse_currency)
    currency = changes.get("currency") or purchase.currency
    read = _amount_reader(currency)
    amount = e.given("--amount")
    if amount is not None:
        value = e.checks.read("--amount", read, amount)
        if value is not None:
            changes["amount"] = value
    elif "currency" in changes:
        e.checks.read("--amount", read, str(purchase.amount))  # its decimals in the new currency
    date_typed = e.given("--date")
    if date_typed is not None:
        day: date | None = e.checks.read("--date", _date_reader(translate("Cli", "date")), date_typed)
        if day is not None:
            changes["date"] = day
    e.choice("--kind", changes, "kind", PurchaseKind)
    for key in ("description", "order_number", "invoice_number", "customer_number", "po_number"):
        e.text(f"--{key.replace('_', '-')}", changes, key)
    e.text("--statement-descriptor", changes, "statement_descriptor")
    e.text("--authorization-code", changes, "authorization_code")
    if args.disputed is not None:
        changes["disputed"] = args.disputed
    e.parsed("--expected-amount", changes, "expected_amount", read)
    e.parsed("--disputed-amount", changes, "disputed_amount", read)
    for option, kept in (
        ("--expected-amount", purchase.expected_amount),
        ("--disputed-amount", purchase.disputed_amount),
    ):
        if "currency" in changes and kept is not None and e.given(option) is None:
            e.checks.read(option, read, str(kept))  # a kept figure's decimals in the new currency
    e.parsed(
        "--expected-delivery",
        changes,
        "expected_delivery",
        _date_reader(translate("Cli", "expected delivery")),
    )
    e.checks.raise_any()
    edited: Purchase = replace(purchase, **changes)
    e.checks.figures(edited)
    e.checks.raise_any()
    services.update_purchase(edited)
    print(purchase.id, file=out)
    return 0


def _edit_contact(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    contact = services.communication(args.communication_id)
    e = _Edit(args)
    changes: dict[str, Any] = {}
    if args.at is not None:
        zone_name = args.zone.strip() if args.zone is not None else None
        if zone_name is not None:
            e.checks.read("--zone", zone, zone_name)
        own = e.checks.read("--at", lambda text: parse_moment(text, "UTC"), args.at)
        if own is not None and not _has_own_offset(args.at):
            case = services.case(contact.case_id or 0)
            zone_name = zone_name or zone_for_country(case.country)
            if zone_name is None:
                e.checks.problem(
                    "--at",
                    translate(
                        "Cli",
                        "“{at}” has no UTC offset, and the case's country does not say the time zone: add "
                        "the offset, such as 2026-10-05T14:30-05:00, or give --zone",
                    ).format(at=args.at.strip()),
                )
            elif not e.checks.problems:
                own = e.checks.read("--at", lambda text: parse_moment(text, zone_name), args.at)
        if own is not None and not e.checks.problems:
            changes["at"] = own
    e.choice("--channel", changes, "channel", Channel)
    e.choice("--direction", changes, "direction", Direction)
    for key in ("counterpart", "representative", "reference", "subject", "summary", "outcome", "body"):
        e.text(f"--{key}", changes, key)
    e.text("--promised-action", changes, "promised_action")
    e.parsed("--promised-by", changes, "promised_by", _date_reader(translate("Cli", "promised date")))
    e.choice("--level", changes, "level", EscalationStage)
    e.choice("--answer", changes, "answer", MerchantAnswer)
    e.choice("--delivery", changes, "delivery", LetterDelivery)
    e.checks.raise_any()
    edited: Communication = replace(contact, **changes)
    for problem in delivery_problems(edited.channel, edited.delivery):
        e.checks.problem("--delivery" if args.delivery is not None else "--channel", problem)
    if edited.promised_by is not None and not edited.promised_action:
        e.checks.problem(
            "--promised-by", translate("Cli", "say what was promised too, with --promised-action")
        )
    if edited.promised_by is not None and edited.promised_by < edited.at.date():
        e.checks.problem(
            "--promised-by",
            translate(
                "Cli",
                "{promised} is before the contact itself ({contact}): a promise is kept after it is made; "
                "check the date",
            ).format(promised=edited.promised_by.isoformat(), contact=edited.at.date().isoformat()),
        )
    e.checks.raise_any()
    services.update_communication(edited)
    print(contact.id, file=out)
    return 0
