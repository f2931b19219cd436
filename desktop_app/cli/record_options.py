"""The options of the record commands: ``case new``/``case edit``, ``charge add``/``charge edit``
and ``contact add``/``contact edit``.

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
from desktop_app.i18n import LANGUAGES, translate

# What ``case edit``, ``charge edit`` and ``contact edit`` take to clear a field: an empty text
# ("") for a text, an amount or a date, and this word for a choice.
NONE = "none"
# ``--stage auto``: the escalation ladder's step follows the facts (``stage_override`` False).
AUTO = "auto"


def _date_help() -> dict[str, str]:
    """The help of each ``--X-date`` option (CASE_DATE_FIELDS), in the process's language."""
    return {
        "transaction": translate("Cli", "the day the transaction was processed"),
        "statement": translate("Cli", "the date of the statement showing the charge"),
        "expected_delivery": translate("Cli", "the day the goods or service were expected"),
        "cancellation": translate("Cli", "the day you cancelled"),
        "returned": translate("Cli", "the day you returned the goods"),
        "credit_promised": translate("Cli", "the day the merchant promised the refund by"),
        "debit": translate("Cli", "the day the account was debited"),
        "final_response": translate("Cli", "the day the merchant's final response came"),
        "bank_complaint": translate("Cli", "the day the complaint was sent to the bank"),
        "mandate_revoked": translate("Cli", "the day the mandate was revoked or the contract ended"),
        "merchant_complaint": translate("Cli", "the day the written complaint reached the merchant"),
    }


def _choices(values: list[str], edit: bool) -> list[str]:
    return [*values, NONE] if edit else values


def add_case_new(
    case_commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    new = case_commands.add_parser(
        "new", parents=[common], help=translate("Cli", "create a case from its facts and print its id")
    )
    _case_options(new, edit=False)
    edit = case_commands.add_parser(
        "edit",
        parents=[common],
        help=translate(
            "Cli", 'change the facts of a case: only the options given; "" (or none for a choice) clears one'
        ),
    )
    edit.add_argument("case_id", metavar="ID", type=positive_int)
    _case_options(edit, edit=True)


def _case_options(new: argparse.ArgumentParser, *, edit: bool) -> None:
    required = not edit
    new.add_argument(
        "--title", required=required, metavar="TEXT", help=translate("Cli", "what the dispute is about")
    )
    new.add_argument(
        "--merchant", required=required, metavar="NAME", help=translate("Cli", "the merchant's name")
    )
    new.add_argument(
        "--reason",
        required=required,
        choices=Reason.values(),
        help=translate("Cli", "why the charge is wrong"),
    )
    new.add_argument(
        "--currency",
        required=required,
        metavar="XXX",
        help=translate("Cli", "ISO 4217 code, such as EUR or PLN"),
    )
    new.add_argument(
        "--country",
        metavar="CC",
        help=translate("Cli", "two-letter code of the jurisdiction (FR, PL, GB, US...)"),
    )
    new.add_argument(
        "--language",
        metavar="LANG",
        help=(
            translate(
                "Cli",
                "the language of the case's pack and letters: {languages} "
                '(none or "": its country\'s again)',
            )
            if edit
            else translate(
                "Cli", "the language of the case's pack and letters: {languages} (default: its country's)"
            )
        ).format(languages=", ".join(LANGUAGES)),
    )
    new.add_argument(
        "--payment-method",
        choices=_choices(PaymentMethod.values(), edit),
        help=translate("Cli", "how it was paid"),
    )
    new.add_argument(
        "--network", choices=_choices(CardNetwork.values(), edit), help=translate("Cli", "the card's network")
    )
    new.add_argument(
        "--last4",
        metavar="DIGITS",
        help=translate("Cli", "the card's last 4 digits; a whole card number keeps only its last 4"),
    )
    new.add_argument(
        "--card-kind",
        choices=_choices(CardKind.values(), edit),
        help=translate("Cli", "credit, debit or prepaid"),
    )
    new.add_argument(
        "--business-card",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate("Cli", "a business (corporate) card or account (default: not)"),
    )
    new.add_argument(
        "--mandate-reference",
        metavar="TEXT",
        help=translate("Cli", "SEPA direct debit: the mandate's reference (RUM, UMR)"),
    )
    new.add_argument(
        "--creditor-id", metavar="TEXT", help=translate("Cli", "SEPA direct debit: the creditor identifier")
    )
    new.add_argument("--customer", metavar="NAME", help=translate("Cli", "the cardholder or customer"))
    new.add_argument(
        "--customer-kind",
        choices=_choices(CustomerKind.values(), edit),
        help=translate("Cli", "a private person or a company: ombudsmen and consumer rights depend on it"),
    )
    new.add_argument("--customer-address", metavar="TEXT")
    new.add_argument(
        "--customer-city",
        metavar="TEXT",
        help=translate("Cli", "where the customer lives: a letter's place, as in “Lyon, le…”"),
    )
    new.add_argument("--customer-email", metavar="ADDRESS")
    new.add_argument("--customer-phone", metavar="NUMBER")
    new.add_argument(
        "--tax-id",
        metavar="TEXT",
        help=translate("Cli", "the customer's tax number: NIP, NIF, SIREN, VAT..."),
    )
    new.add_argument("--cardholder-name", metavar="NAME", help=translate("Cli", "a business card's holder"))
    new.add_argument(
        "--cardholder-role", metavar="TEXT", help=translate("Cli", "the holder's role in the company")
    )
    new.add_argument("--merchant-email", metavar="ADDRESS")
    new.add_argument("--merchant-phone", metavar="NUMBER")
    new.add_argument("--merchant-website", metavar="URL")
    new.add_argument("--merchant-address", metavar="TEXT")
    new.add_argument("--status", choices=CaseStatus.values(), help=translate("Cli", "default: open"))
    new.add_argument(
        "--stage",
        choices=[*EscalationStage.values(), AUTO],
        help=translate(
            "Cli",
            "the step of the escalation ladder you say it is at; auto (the default): it follows the facts",
        ),
    )
    new.add_argument(
        "--disputed-amount",
        metavar="AMOUNT",
        help=translate("Cli", 'the amount in dispute, such as "1 440,00"'),
    )
    new.add_argument(
        "--refunded-amount", metavar="AMOUNT", help=translate("Cli", "what has been refunded already")
    )
    date_help = _date_help()
    for name in CASE_DATE_FIELDS:
        new.add_argument(
            f"--{name.replace('_', '-')}-date",
            dest=f"{name}_date",
            metavar="YYYY-MM-DD",
            help=date_help[name],
        )
    new.add_argument("--summary", metavar="TEXT", help=translate("Cli", "the story in your own words"))
    issuer = new.add_argument_group(translate("Cli", "after filing with the bank or card issuer"))
    issuer.add_argument("--issuer-name", metavar="NAME", help=translate("Cli", "the bank or card issuer"))
    issuer.add_argument("--issuer-address", metavar="TEXT")
    issuer.add_argument(
        "--claim-number", metavar="TEXT", help=translate("Cli", "the bank's reference for the dispute")
    )
    issuer.add_argument(
        "--filed-on", metavar="YYYY-MM-DD", help=translate("Cli", "the day the dispute was filed")
    )
    issuer.add_argument(
        "--provisional-credit",
        metavar="AMOUNT",
        help=translate("Cli", "a provisional credit, as you read it"),
    )
    issuer.add_argument(
        "--provisional-credit-on", metavar="YYYY-MM-DD", help=translate("Cli", "the day it was credited")
    )
    issuer.add_argument(
        "--merchant-response", metavar="TEXT", help=translate("Cli", "what the merchant answered the bank")
    )
    issuer.add_argument(
        "--outcome",
        choices=_choices(IssuerOutcome.values(), edit),
        help=translate("Cli", "the bank's decision"),
    )
    issuer.add_argument("--outcome-on", metavar="YYYY-MM-DD", help=translate("Cli", "the day it was decided"))
    issuer.add_argument(
        "--redebit-amount", metavar="AMOUNT", help=translate("Cli", "a provisional credit taken back")
    )
    issuer.add_argument(
        "--redebit-on", metavar="YYYY-MM-DD", help=translate("Cli", "the day it was taken back")
    )


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    charge = commands.add_parser(
        "charge",
        parents=[common],
        help=translate("Cli", "record a charge, an authorisation hold, a refund or a credit"),
    )
    charge_commands = charge.add_subparsers(dest="charge_command", metavar="ACTION", required=True)
    add = charge_commands.add_parser(
        "add", parents=[common], help=translate("Cli", "record one line of the statement and print its id")
    )
    add.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    _charge_options(add, edit=False)
    edit = charge_commands.add_parser(
        "edit",
        parents=[common],
        help=translate("Cli", 'change a charge: only the options given; "" clears one'),
    )
    edit.add_argument("purchase_id", metavar="ID", type=positive_int)
    _charge_options(edit, edit=True)

    contact = commands.add_parser(
        "contact", parents=[common], help=translate("Cli", "record a contact with the merchant")
    )
    contact_commands = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    log = contact_commands.add_parser(
        "add", parents=[common], help=translate("Cli", "record a call, an e-mail, a chat... and print its id")
    )
    log.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    _contact_options(log, edit=False)
    edit_contact = contact_commands.add_parser(
        "edit",
        parents=[common],
        help=translate("Cli", 'change a contact: only the options given; "" clears one'),
    )
    edit_contact.add_argument("communication_id", metavar="ID", type=positive_int)
    _contact_options(edit_contact, edit=True)


def _charge_options(add: argparse.ArgumentParser, *, edit: bool) -> None:
    add.add_argument(
        "--date", required=not edit, metavar="YYYY-MM-DD", help=translate("Cli", "the day it was charged")
    )
    add.add_argument(
        "--amount",
        required=not edit,
        metavar="AMOUNT",
        help=translate(
            "Cli", 'as you read it: 1440, "1 440,00", 1.440,00, 1,440.00 or 1\'440.00; never negative'
        ),
    )
    add.add_argument(
        "--currency", metavar="XXX", help=translate("Cli", "ISO 4217 code (default: the case's)")
    )
    add.add_argument(
        "--kind",
        choices=PurchaseKind.values(),
        default=None if edit else PurchaseKind.CHARGE.value,
        help=translate("Cli", "default: charge"),
    )
    add.add_argument("--description", metavar="TEXT")
    add.add_argument("--order-number", metavar="N")
    add.add_argument("--invoice-number", metavar="N")
    add.add_argument("--customer-number", metavar="N")
    add.add_argument("--po-number", metavar="N")
    add.add_argument(
        "--statement-descriptor",
        metavar="TEXT",
        help=translate("Cli", "how the statement names the merchant"),
    )
    if edit:
        add.add_argument(
            "--disputed",
            action=argparse.BooleanOptionalAction,
            default=None,
            help=translate("Cli", "in dispute, or not"),
        )
    else:
        add.add_argument(
            "--disputed", action="store_true", help=translate("Cli", "this charge is in dispute")
        )
    add.add_argument(
        "--expected-amount",
        metavar="AMOUNT",
        help=translate("Cli", "what was agreed (a quote, an order, a contract)"),
    )
    add.add_argument(
        "--disputed-amount",
        metavar="AMOUNT",
        help=translate(
            "Cli", "what is disputed (default: the amount minus the agreed one, else the whole charge)"
        ),
    )
    add.add_argument(
        "--authorization-code",
        metavar="TEXT",
        help=translate("Cli", "the card charge's authorisation code or ARN"),
    )
    add.add_argument(
        "--expected-delivery",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "when the goods or service of this charge were due"),
    )


def _contact_options(log: argparse.ArgumentParser, *, edit: bool) -> None:
    log.add_argument(
        "--at",
        required=not edit,
        metavar="MOMENT",
        help=translate(
            "Cli", "when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case's country's time zone"
        ),
    )
    log.add_argument(
        "--zone",
        metavar="ZONE",
        help=translate(
            "Cli",
            (
                "the time zone of a MOMENT without offset, such as America/New_York "
                "(default: the case's country's)"
            ),
        ),
    )
    log.add_argument("--channel", required=not edit, choices=Channel.values())
    log.add_argument(
        "--direction",
        required=not edit,
        choices=Direction.values(),
        help=translate("Cli", "incoming: from the merchant; outgoing: from you"),
    )
    log.add_argument(
        "--counterpart", metavar="TEXT", help=translate("Cli", "who: a department, an address, a number")
    )
    log.add_argument("--representative", metavar="TEXT", help=translate("Cli", "the person you dealt with"))
    log.add_argument("--reference", metavar="TEXT", help=translate("Cli", "a ticket or call reference"))
    log.add_argument("--subject", metavar="TEXT")
    log.add_argument("--summary", metavar="TEXT", help=translate("Cli", "what was said, in short"))
    log.add_argument("--outcome", metavar="TEXT")
    log.add_argument("--body", metavar="TEXT", help=translate("Cli", "the whole text of a letter or e-mail"))
    log.add_argument(
        "--promised-action",
        metavar="TEXT",
        help=translate("Cli", "what the merchant promised (needs --promised-by)"),
    )
    log.add_argument(
        "--promised-by",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "by when; the promise becomes a task due that day (needs --promised-action)"),
    )
    log.add_argument(
        "--level",
        choices=_choices(EscalationStage.values(), edit),
        help=translate(
            "Cli", "who answered: customer_service, supervisor, formal_complaint (head office)..."
        ),
    )
    log.add_argument(
        "--answer",
        choices=_choices(MerchantAnswer.values(), edit),
        help=translate("Cli", "what the merchant answered"),
    )
    log.add_argument(
        "--delivery",
        choices=_choices(LetterDelivery.values(), edit),
        help=translate("Cli", "a letter's: how it was sent (registered_post: with proof of delivery)"),
    )
