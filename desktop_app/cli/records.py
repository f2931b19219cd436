"""The record commands: ``dossier case new``, ``dossier charge add`` and ``dossier contact add``
(their ``edit`` siblings are in :mod:`desktop_app.cli.record_edits`, with the same readers).

They record what the window's forms record, read with the same parsers and
checks (``parse_typed_amount``, ``card_last4``, ``parse_iso_date``,
``parse_moment``). Everything is read and checked before the store is written
to: what does not depend on the case is checked even before the store is
opened (:func:`plan`), what does (the case's currency, its country's time
zone) once the case is read, still before anything is saved
(:meth:`Plan.run`). A refusal names the option and says why, exits with
status 2, and leaves the store as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import TextIO, TypeVar

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
from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    CaseDates,
    Communication,
    Customer,
    Issuer,
    Merchant,
    Payment,
    Purchase,
)
from desktop_app.domain.money import parse_currency
from desktop_app.domain.redact import card_last4
from desktop_app.domain.validation import delivery_problems, parse_country, parse_language
from desktop_app.domain.vocab import (
    CaseStatus,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    IssuerOutcome,
    LetterDelivery,
    MerchantAnswer,
    PurchaseKind,
    Reason,
)
from desktop_app.i18n import translate
from desktop_app.services import Services

T = TypeVar("T")


# --------------------------------------------------------------------------- the plans


@dataclass(frozen=True)
class CasePlan:
    case: Case

    def run(self, services: Services, out: TextIO, err: TextIO) -> int:
        print(services.create_case(self.case), file=out)
        return 0


@dataclass(frozen=True)
class ChargePlan:
    case_id: int
    purchase: Callable[..., Purchase]  # Purchase with all but its amount and currency
    amount_text: str
    currency: str | None  # None: the case's
    amount: Decimal | None  # already read when the currency was given

    figure_texts: tuple[str | None, str | None] = (None, None)  # --expected-amount, --disputed-amount

    def run(self, services: Services, out: TextIO, err: TextIO) -> int:
        case = services.case(self.case_id)
        currency = self.currency or case.currency
        checks = _Checks()
        amount = self.amount
        if amount is None:
            amount = checks.read("--amount", _amount_reader(currency), self.amount_text)
        expected, disputed = (
            checks.read(option, _amount_reader(currency), text)
            for option, text in zip(
                ("--expected-amount", "--disputed-amount"), self.figure_texts, strict=True
            )
        )
        checks.raise_any()
        assert amount is not None
        purchase = self.purchase(
            amount=amount, currency=currency, expected_amount=expected, disputed_amount=disputed
        )
        checks.figures(purchase)
        checks.raise_any()
        print(services.add_purchase(self.case_id, purchase), file=out)
        return 0


@dataclass(frozen=True)
class ContactPlan:
    case_id: int
    contact: Callable[..., Communication]  # Communication with all but its moment
    at_text: str
    own_offset: datetime | None  # the moment, when the text gave its own offset
    zone_name: str | None  # --zone
    promised_by: date | None

    def run(self, services: Services, out: TextIO, err: TextIO) -> int:
        case = services.case(self.case_id)
        checks = _Checks()
        at = self.own_offset
        typed = self.at_text.strip()
        if at is None:
            zone_name = self.zone_name or zone_for_country(case.country)
            if zone_name is None:
                where = (
                    translate("Cli", "case {id}'s country ({country}) has several time zones").format(
                        id=self.case_id, country=case.country
                    )
                    if case.country
                    else translate("Cli", "case {id} has no country to take a time zone from").format(
                        id=self.case_id
                    )
                )
                checks.problem(
                    "--at",
                    translate(
                        "Cli",
                        "“{typed}” has no UTC offset, and {where}: add the offset, such as {typed}-05:00, "
                        "or give the zone, such as --zone America/New_York",
                    ).format(typed=typed, where=where),
                )
            else:
                at = checks.read("--at", lambda text: parse_moment(text, zone_name), self.at_text)
        if at is not None and self.promised_by is not None and self.promised_by < at.date():
            checks.problem(
                "--promised-by",
                translate(
                    "Cli",
                    "{promised} is before the contact itself ({contact}): a promise is kept after it is "
                    "made; check the date",
                ).format(promised=self.promised_by.isoformat(), contact=at.date().isoformat()),
            )
        checks.raise_any()
        assert at is not None
        contact_id, task_id = services.log_communication(self.case_id, self.contact(at=at))
        print(contact_id, file=out)
        if task_id is not None and self.promised_by is not None:
            print(
                translate(
                    "Cli",
                    "dossier: the promise is task #{task_id}, due {promised_by}; 'dossier deadlines "
                    "{case_id}' lists it",
                ).format(task_id=task_id, promised_by=self.promised_by.isoformat(), case_id=self.case_id),
                file=err,
            )
        return 0


Plan = CasePlan | ChargePlan | ContactPlan


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``charge edit`` and ``contact edit`` (``add`` is planned before the store opens: :func:`plan`)."""
    from desktop_app.cli import record_edits

    return record_edits.run(services, args, out, err)


def plan(args: argparse.Namespace) -> Plan:
    """Read and check every option that does not need the store; BadInput lists what is wrong."""
    if args.command == "case":
        return _case_plan(args)
    if args.command == "charge":
        return _charge_plan(args)
    return _contact_plan(args)


def _case_plan(args: argparse.Namespace) -> CasePlan:
    checks = _Checks()
    title = _text(args.title)
    if title is None:
        checks.problem(
            "--title",
            translate("Cli", "a case needs a title, such as “Gym membership charged after cancelling”"),
        )
    merchant = _text(args.merchant)
    if merchant is None:
        checks.problem("--merchant", translate("Cli", "a case needs the merchant's name"))
    currency = checks.read("--currency", parse_currency, args.currency)
    country = checks.read("--country", lambda text: parse_country(text.strip()), args.country)
    language = checks.read("--language", parse_language, _text(args.language))
    last4 = checks.read("--last4", card_last4, args.last4)
    amounts: dict[str, Decimal | None] = {}
    for option, name in (("--disputed-amount", "disputed_amount"), ("--refunded-amount", "refunded_amount")):
        text = getattr(args, name)
        amounts[name] = checks.read(option, _amount_reader(currency), text) if currency else None
    issuer_values: dict[str, object] = {
        key: checks.read(
            ISSUER_OPTIONS[key], _amount_reader(currency), getattr(args, arg_name(ISSUER_OPTIONS[key]))
        )
        if currency
        else None
        for key in ISSUER_AMOUNTS
    }
    for key in ISSUER_DATES:
        option = ISSUER_OPTIONS[key]
        issuer_values[key] = checks.read(
            option, _date_reader(option[2:].replace("-", " ")), getattr(args, arg_name(option))
        )
    for key in ISSUER_TEXTS:
        issuer_values[key] = _text(getattr(args, arg_name(ISSUER_OPTIONS[key])))
    issuer_values["outcome"] = IssuerOutcome(args.outcome) if args.outcome else None
    issuer = Issuer(**issuer_values)  # type: ignore[arg-type]
    if currency and not checks.problems:
        checks.issuer(issuer, currency)
    dates = {
        name: checks.read(
            f"--{name.replace('_', '-')}-date",
            _date_reader(
                translate("Cli", "{name} date", "name: the date's name, as in the options").format(
                    name=name.replace("_", " ")
                )
            ),
            getattr(args, f"{name}_date"),
        )
        for name in CASE_DATE_FIELDS
    }
    checks.raise_any()
    assert title is not None and merchant is not None and currency is not None
    stage, override = stage_of(args.stage) or (EscalationStage.CUSTOMER_SERVICE, False)
    case = Case(
        title=title,
        merchant=Merchant(
            merchant,
            email=_text(args.merchant_email),
            phone=_text(args.merchant_phone),
            website=_text(args.merchant_website),
            address=_text(args.merchant_address),
        ),
        reason=Reason(args.reason),
        currency=currency,
        customer_name=_text(args.customer),
        status=CaseStatus(args.status) if args.status else CaseStatus.OPEN,
        stage=stage,
        stage_override=override,
        payment=Payment(
            args.payment_method,
            args.network,
            last4,
            args.card_kind,
            business=bool(args.business_card),
            mandate_reference=_text(args.mandate_reference),
            creditor_id=_text(args.creditor_id),
        ),
        customer=Customer(
            kind=CustomerKind(args.customer_kind) if args.customer_kind else None,
            **{key: _text(getattr(args, arg_name(option))) for key, option in CUSTOMER_OPTIONS.items()},
        ),
        issuer=issuer,
        disputed_amount=amounts["disputed_amount"],
        refunded_amount=amounts["refunded_amount"],
        country=country,
        language=language,
        dates=CaseDates(**dates),
        summary=_text(args.summary),
    )
    return CasePlan(case)


def _charge_plan(args: argparse.Namespace) -> ChargePlan:
    checks = _Checks()
    day = checks.read("--date", _date_reader(translate("Cli", "date")), args.date)
    currency = checks.read("--currency", parse_currency, args.currency)
    delivery = checks.read(
        "--expected-delivery", _date_reader(translate("Cli", "expected delivery")), args.expected_delivery
    )
    amount = None
    if currency is not None:
        amount = checks.read("--amount", _amount_reader(currency), args.amount)
        for option in ("--expected-amount", "--disputed-amount"):  # read again with the rest in run()
            checks.read(option, _amount_reader(currency), getattr(args, arg_name(option)))
    checks.raise_any()
    assert day is not None
    purchase = partial(
        Purchase,
        date=day,
        kind=PurchaseKind(args.kind),
        description=_text(args.description),
        order_number=_text(args.order_number),
        invoice_number=_text(args.invoice_number),
        customer_number=_text(args.customer_number),
        po_number=_text(args.po_number),
        statement_descriptor=_text(args.statement_descriptor),
        disputed=args.disputed,
        authorization_code=_text(args.authorization_code),
        expected_delivery=delivery,
    )
    figure_texts = (args.expected_amount, args.disputed_amount)
    return ChargePlan(args.case_id, purchase, args.amount, currency, amount, figure_texts)


def _contact_plan(args: argparse.Namespace) -> ContactPlan:
    checks = _Checks()
    zone_name = None
    if args.zone is not None:
        zone_name = args.zone.strip()
        checks.read("--zone", zone, zone_name)
    at = checks.read("--at", lambda text: parse_moment(text, "UTC"), args.at)
    own = at if at is not None and _has_own_offset(args.at) else None
    if own is not None and zone_name is not None and not checks.problems:
        in_zone = own.astimezone(zone(zone_name))
        if in_zone.utcoffset() != own.utcoffset():
            checks.problem(
                "--zone",
                translate(
                    "Cli",
                    "“{at}” has its own offset ({own}), but in {zone} it was {other} then; give the offset "
                    "or the zone, not both that disagree",
                ).format(at=args.at.strip(), own=_offset(own), zone=zone_name, other=_offset(in_zone)),
            )
    promised_by = checks.read(
        "--promised-by", _date_reader(translate("Cli", "promised date")), args.promised_by
    )
    action = _text(args.promised_action)
    if action is None and args.promised_by is not None:
        checks.problem("--promised-by", translate("Cli", "say what was promised too, with --promised-action"))
    if action is not None and args.promised_by is None:
        checks.problem(
            "--promised-action",
            translate("Cli", "say by when it was promised too, with --promised-by YYYY-MM-DD"),
        )
    delivery = LetterDelivery(args.delivery) if args.delivery else None
    for problem in delivery_problems(Channel(args.channel), delivery):
        checks.problem("--delivery", problem)
    checks.raise_any()
    contact = partial(
        Communication,
        channel=Channel(args.channel),
        direction=Direction(args.direction),
        counterpart=_text(args.counterpart),
        representative=_text(args.representative),
        reference=_text(args.reference),
        subject=_text(args.subject),
        summary=_text(args.summary),
        outcome=_text(args.outcome),
        promised_action=action,
        promised_by=promised_by,
        body=_text(args.body),
        level=EscalationStage(args.level) if args.level else None,
        answer=MerchantAnswer(args.answer) if args.answer else None,
        delivery=delivery,
    )
    return ContactPlan(args.case_id, contact, args.at, own, zone_name, promised_by)


def _offset(moment: datetime) -> str:
    seconds = int((moment.utcoffset() or timedelta()).total_seconds())
    hours, rest = divmod(abs(seconds), 3600)
    return f"{'+' if seconds >= 0 else '-'}{hours:02d}:{rest // 60:02d}"
