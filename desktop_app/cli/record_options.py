"""The options of the record commands: ``case new``/``case edit``, ``charge add``/``charge edit``
and ``contact add``/``contact edit``.

Only the parser's side (light: the domain's vocabularies); :mod:`desktop_app.cli.records`
reads and records them.
"""

from __future__ import annotations

import argparse

from desktop_app.cli.args import positive_int
from desktop_app.domain.profiles import LANGUAGES
from desktop_app.domain.vocab import (
    CASE_DATE_FIELDS,
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
)

# What ``case edit``, ``charge edit`` and ``contact edit`` take to clear a field: an empty text
# ("") for a text, an amount or a date, and this word for a choice.
NONE = "none"
# ``--stage auto``: the escalation ladder's step follows the facts (``stage_override`` False).
AUTO = "auto"


def _choices(values: list[str], edit: bool) -> list[str]:
    return [*values, NONE] if edit else values


def add_case_new(
    case_commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    new = case_commands.add_parser(
        "new", parents=[common], help="create a case from its facts and print its id"
    )
    _case_options(new, edit=False)
    edit = case_commands.add_parser(
        "edit",
        parents=[common],
        help='change the facts of a case: only the options given; "" (or none for a choice) clears one',
    )
    edit.add_argument("case_id", metavar="ID", type=positive_int)
    _case_options(edit, edit=True)


def _case_options(new: argparse.ArgumentParser, *, edit: bool) -> None:
    required = not edit
    new.add_argument("--title", required=required, metavar="TEXT", help="what the dispute is about")
    new.add_argument("--merchant", required=required, metavar="NAME", help="the merchant's name")
    new.add_argument("--reason", required=required, choices=Reason.values(), help="why the charge is wrong")
    new.add_argument("--currency", required=required, metavar="XXX", help="ISO 4217 code, such as EUR or PLN")
    new.add_argument(
        "--country", metavar="CC", help="two-letter code of the jurisdiction (FR, PL, GB, US...)"
    )
    new.add_argument(
        "--language",
        metavar="LANG",
        help=f"the language of the case's pack and letters: {', '.join(LANGUAGES)} "
        + ('(none or "": its country\'s again)' if edit else "(default: its country's)"),
    )
    new.add_argument(
        "--payment-method", choices=_choices(PaymentMethod.values(), edit), help="how it was paid"
    )
    new.add_argument("--network", choices=_choices(CardNetwork.values(), edit), help="the card's network")
    new.add_argument(
        "--last4",
        metavar="DIGITS",
        help="the card's last 4 digits; a whole card number keeps only its last 4",
    )
    new.add_argument(
        "--card-kind", choices=_choices(CardKind.values(), edit), help="credit, debit or prepaid"
    )
    new.add_argument(
        "--business-card",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a business (corporate) card or account (default: not)",
    )
    new.add_argument(
        "--mandate-reference", metavar="TEXT", help="SEPA direct debit: the mandate's reference (RUM, UMR)"
    )
    new.add_argument("--creditor-id", metavar="TEXT", help="SEPA direct debit: the creditor identifier")
    new.add_argument("--customer", metavar="NAME", help="the cardholder or customer")
    new.add_argument(
        "--customer-kind",
        choices=_choices(CustomerKind.values(), edit),
        help="a private person or a company: ombudsmen and consumer rights depend on it",
    )
    new.add_argument("--customer-address", metavar="TEXT")
    new.add_argument(
        "--customer-city",
        metavar="TEXT",
        help="where the customer lives: a letter's place, as in “Lyon, le…”",
    )
    new.add_argument("--customer-email", metavar="ADDRESS")
    new.add_argument("--customer-phone", metavar="NUMBER")
    new.add_argument("--tax-id", metavar="TEXT", help="the customer's tax number: NIP, NIF, SIREN, VAT...")
    new.add_argument("--cardholder-name", metavar="NAME", help="a business card's holder")
    new.add_argument("--cardholder-role", metavar="TEXT", help="the holder's role in the company")
    new.add_argument("--merchant-email", metavar="ADDRESS")
    new.add_argument("--merchant-phone", metavar="NUMBER")
    new.add_argument("--merchant-website", metavar="URL")
    new.add_argument("--merchant-address", metavar="TEXT")
    new.add_argument("--status", choices=CaseStatus.values(), help="default: open")
    new.add_argument(
        "--stage",
        choices=[*EscalationStage.values(), AUTO],
        help="the step of the escalation ladder you say it is at; auto (the default): it follows the facts",
    )
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
    issuer = new.add_argument_group("after filing with the bank or card issuer")
    issuer.add_argument("--issuer-name", metavar="NAME", help="the bank or card issuer")
    issuer.add_argument("--issuer-address", metavar="TEXT")
    issuer.add_argument("--claim-number", metavar="TEXT", help="the bank's reference for the dispute")
    issuer.add_argument("--filed-on", metavar="YYYY-MM-DD", help="the day the dispute was filed")
    issuer.add_argument("--provisional-credit", metavar="AMOUNT", help="a provisional credit, as you read it")
    issuer.add_argument("--provisional-credit-on", metavar="YYYY-MM-DD", help="the day it was credited")
    issuer.add_argument("--merchant-response", metavar="TEXT", help="what the merchant answered the bank")
    issuer.add_argument(
        "--outcome", choices=_choices(IssuerOutcome.values(), edit), help="the bank's decision"
    )
    issuer.add_argument("--outcome-on", metavar="YYYY-MM-DD", help="the day it was decided")
    issuer.add_argument("--redebit-amount", metavar="AMOUNT", help="a provisional credit taken back")
    issuer.add_argument("--redebit-on", metavar="YYYY-MM-DD", help="the day it was taken back")


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
    _charge_options(add, edit=False)
    edit = charge_commands.add_parser(
        "edit", parents=[common], help='change a charge: only the options given; "" clears one'
    )
    edit.add_argument("purchase_id", metavar="ID", type=positive_int)
    _charge_options(edit, edit=True)

    contact = commands.add_parser("contact", parents=[common], help="record a contact with the merchant")
    contact_commands = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    log = contact_commands.add_parser(
        "add", parents=[common], help="record a call, an e-mail, a chat... and print its id"
    )
    log.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    _contact_options(log, edit=False)
    edit_contact = contact_commands.add_parser(
        "edit", parents=[common], help='change a contact: only the options given; "" clears one'
    )
    edit_contact.add_argument("communication_id", metavar="ID", type=positive_int)
    _contact_options(edit_contact, edit=True)


def _charge_options(add: argparse.ArgumentParser, *, edit: bool) -> None:
    add.add_argument("--date", required=not edit, metavar="YYYY-MM-DD", help="the day it was charged")
    add.add_argument(
        "--amount",
        required=not edit,
        metavar="AMOUNT",
        help='as you read it: 1440, "1 440,00", 1.440,00, 1,440.00 or 1\'440.00; never negative',
    )
    add.add_argument("--currency", metavar="XXX", help="ISO 4217 code (default: the case's)")
    add.add_argument(
        "--kind",
        choices=PurchaseKind.values(),
        default=None if edit else PurchaseKind.CHARGE.value,
        help="default: charge",
    )
    add.add_argument("--description", metavar="TEXT")
    add.add_argument("--order-number", metavar="N")
    add.add_argument("--invoice-number", metavar="N")
    add.add_argument("--customer-number", metavar="N")
    add.add_argument("--po-number", metavar="N")
    add.add_argument("--statement-descriptor", metavar="TEXT", help="how the statement names the merchant")
    if edit:
        add.add_argument(
            "--disputed", action=argparse.BooleanOptionalAction, default=None, help="in dispute, or not"
        )
    else:
        add.add_argument("--disputed", action="store_true", help="this charge is in dispute")
    add.add_argument(
        "--expected-amount", metavar="AMOUNT", help="what was agreed (a quote, an order, a contract)"
    )
    add.add_argument(
        "--disputed-amount",
        metavar="AMOUNT",
        help="what is disputed (default: the amount minus the agreed one, else the whole charge)",
    )
    add.add_argument(
        "--authorization-code", metavar="TEXT", help="the card charge's authorisation code or ARN"
    )
    add.add_argument(
        "--expected-delivery", metavar="YYYY-MM-DD", help="when the goods or service of this charge were due"
    )


def _contact_options(log: argparse.ArgumentParser, *, edit: bool) -> None:
    log.add_argument(
        "--at",
        required=not edit,
        metavar="MOMENT",
        help="when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case's country's time zone",
    )
    log.add_argument(
        "--zone",
        metavar="ZONE",
        help="the time zone of a MOMENT without offset, such as America/New_York "
        "(default: the case's country's)",
    )
    log.add_argument("--channel", required=not edit, choices=Channel.values())
    log.add_argument(
        "--direction",
        required=not edit,
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
    log.add_argument(
        "--level",
        choices=_choices(EscalationStage.values(), edit),
        help="who answered: customer_service, supervisor, formal_complaint (head office)...",
    )
    log.add_argument(
        "--answer", choices=_choices(MerchantAnswer.values(), edit), help="what the merchant answered"
    )
    log.add_argument(
        "--delivery",
        choices=_choices(LetterDelivery.values(), edit),
        help="a letter's: how it was sent (registered_post: with proof of delivery)",
    )
