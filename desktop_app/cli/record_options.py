"""The options of the record commands: ``case new``, ``charge add`` and ``contact add``.

Only the parser's side (light: the domain's vocabularies); :mod:`desktop_app.cli.records`
reads and records them.
"""

from __future__ import annotations

import argparse

from desktop_app.cli.args import positive_int
from desktop_app.domain.vocab import (
    CASE_DATE_FIELDS,
    CardKind,
    CardNetwork,
    CaseStatus,
    Channel,
    Direction,
    EscalationStage,
    PaymentMethod,
    PurchaseKind,
    Reason,
)


def add_case_new(
    case_commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    new = case_commands.add_parser(
        "new", parents=[common], help="create a case from its facts and print its id"
    )
    new.add_argument("--title", required=True, metavar="TEXT", help="what the dispute is about")
    new.add_argument("--merchant", required=True, metavar="NAME", help="the merchant's name")
    new.add_argument("--reason", required=True, choices=Reason.values(), help="why the charge is wrong")
    new.add_argument("--currency", required=True, metavar="XXX", help="ISO 4217 code, such as EUR or PLN")
    new.add_argument(
        "--country", metavar="CC", help="two-letter code of the jurisdiction (FR, PL, GB, US...)"
    )
    new.add_argument("--payment-method", choices=PaymentMethod.values(), help="how it was paid")
    new.add_argument("--network", choices=CardNetwork.values(), help="the card's network")
    new.add_argument(
        "--last4",
        metavar="DIGITS",
        help="the card's last 4 digits; a whole card number keeps only its last 4",
    )
    new.add_argument("--card-kind", choices=CardKind.values(), help="credit, debit or prepaid")
    new.add_argument("--customer", metavar="NAME", help="the cardholder or customer")
    new.add_argument("--merchant-email", metavar="ADDRESS")
    new.add_argument("--merchant-phone", metavar="NUMBER")
    new.add_argument("--merchant-website", metavar="URL")
    new.add_argument("--merchant-address", metavar="TEXT")
    new.add_argument("--status", choices=CaseStatus.values(), help="default: open")
    new.add_argument("--stage", choices=EscalationStage.values(), help="default: customer_service")
    new.add_argument("--disputed-amount", metavar="AMOUNT", help='the amount in dispute, such as "1 440,00"')
    new.add_argument("--refunded-amount", metavar="AMOUNT", help="what has been refunded already")
    for name in CASE_DATE_FIELDS:
        new.add_argument(
            f"--{name.replace('_', '-')}-date",
            dest=f"{name}_date",
            metavar="YYYY-MM-DD",
            help=f"the {name.replace('_', ' ')} date",
        )
    new.add_argument("--summary", metavar="TEXT", help="the story in your own words")


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    charge = commands.add_parser(
        "charge", parents=[common], help="record a charge, an authorisation hold, a refund or a credit"
    )
    charge_commands = charge.add_subparsers(dest="charge_command", metavar="ACTION", required=True)
    add = charge_commands.add_parser(
        "add", parents=[common], help="record one line of the statement and print its id"
    )
    add.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day it was charged")
    add.add_argument(
        "--amount",
        required=True,
        metavar="AMOUNT",
        help='as you read it: 1440, "1 440,00", 1.440,00, 1,440.00 or 1\'440.00; never negative',
    )
    add.add_argument("--currency", metavar="XXX", help="ISO 4217 code (default: the case's)")
    add.add_argument(
        "--kind", choices=PurchaseKind.values(), default=PurchaseKind.CHARGE.value, help="default: charge"
    )
    add.add_argument("--description", metavar="TEXT")
    add.add_argument("--order-number", metavar="N")
    add.add_argument("--invoice-number", metavar="N")
    add.add_argument("--customer-number", metavar="N")
    add.add_argument("--po-number", metavar="N")
    add.add_argument("--statement-descriptor", metavar="TEXT", help="how the statement names the merchant")
    add.add_argument("--disputed", action="store_true", help="this charge is in dispute")

    contact = commands.add_parser("contact", parents=[common], help="record a contact with the merchant")
    contact_commands = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    log = contact_commands.add_parser(
        "add", parents=[common], help="record a call, an e-mail, a chat... and print its id"
    )
    log.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    log.add_argument(
        "--at",
        required=True,
        metavar="MOMENT",
        help="when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case's country's time zone",
    )
    log.add_argument(
        "--zone",
        metavar="ZONE",
        help="the time zone of a MOMENT without offset, such as America/New_York "
        "(default: the case's country's)",
    )
    log.add_argument("--channel", required=True, choices=Channel.values())
    log.add_argument(
        "--direction",
        required=True,
        choices=Direction.values(),
        help="incoming: from the merchant; outgoing: from you",
    )
    log.add_argument("--counterpart", metavar="TEXT", help="who: a department, an address, a number")
    log.add_argument("--representative", metavar="TEXT", help="the person you dealt with")
    log.add_argument("--reference", metavar="TEXT", help="a ticket or call reference")
    log.add_argument("--subject", metavar="TEXT")
    log.add_argument("--summary", metavar="TEXT", help="what was said, in short")
    log.add_argument("--outcome", metavar="TEXT")
    log.add_argument("--body", metavar="TEXT", help="the whole text of a letter or e-mail")
    log.add_argument(
        "--promised-action", metavar="TEXT", help="what the merchant promised (needs --promised-by)"
    )
    log.add_argument(
        "--promised-by",
        metavar="YYYY-MM-DD",
        help="by when; the promise becomes a task due that day (needs --promised-action)",
    )
