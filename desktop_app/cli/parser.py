"""The ``dossier`` command's argparse tree: every command and option, and nothing that runs them.

Building the parser imports only light modules (the domain's vocabularies, and the portal
profiles and languages of :mod:`desktop_app.domain.profiles`), so ``dossier --help`` and a
usage error never load the services, the pack builder, the PDF and image libraries, the
keyring or the store; each command's module is imported by :func:`desktop_app.cli.main`
once the command is known.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.cli import argparse_words, record_options
from desktop_app.cli.args import day, id_list, positive_int
from desktop_app.domain.profiles import PROFILES
from desktop_app.domain.vocab import LETTER_KINDS, EvidenceKind
from desktop_app.i18n import LANGUAGES, translate

if TYPE_CHECKING:
    from collections.abc import Sequence

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

# The commands run most often, with only flags besides --data-dir: ``dossier`` and ``dossier gui``
# at every start of the window, ``dossier cases``. Their flags, by the attribute each sets.
_SIMPLE = {"gui": {"--sample-if-empty": "sample_if_empty"}, "cases": {"--json": "json"}}


def quick_parse(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of ``dossier [--data-dir DIR] [gui|cases] [--data-dir DIR] [their flags]``
    without building the whole parser (as :func:`build_parser` would parse them); None for
    anything else (help, a usage error, an abbreviation, any other command), which the whole
    parser then reads, and explains, as always."""
    args = argparse.Namespace(command=None)
    flags: dict[str, str] = {}
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            value = next(tokens, None)
            if value is None or value.startswith("-"):
                return None
            args.data_dir = value
        elif token.startswith("--data-dir="):
            args.data_dir = token.removeprefix("--data-dir=")
        elif args.command is None and token in _SIMPLE:
            args.command = token
            flags = _SIMPLE[token]
            for name in flags.values():
                setattr(args, name, False)
        elif token in flags:
            setattr(args, flags[token], True)
        else:
            return None
    return args


def build_parser() -> argparse.ArgumentParser:
    argparse_words.install()  # argparse's own words ("usage:", "options"...) in the process's language
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli", "the store folder (default: $DOSSIER_HOME, else the platform's user data folder)"
        ),
    )
    parser = argparse.ArgumentParser(
        prog="dossier",
        description=translate("Cli", "Keep the whole record of a billing dispute and hand it to your bank."),
        parents=[common],
        epilog=(
            translate(
                "Cli",
                "environment: DOSSIER_HOME chooses the store folder; DOSSIER_PASSPHRASE_FILE names a "
                "file holding the store's passphrase, for scripts (on a terminal Dossier asks for it "
                "when the system keyring does not give the key). Every command is described in docs/cli.md.",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dossier {__version__}",
        help=translate("Cli", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", parents=[common], help=translate("Cli", "open the window (the default)"))
    gui.add_argument(
        "--sample-if-empty",
        action="store_true",
        help=translate("Cli", "add the sample case first when the store has no case"),
    )

    commands.add_parser(
        "demo", parents=[common], help=translate("Cli", "add the sample case and print its id")
    )

    cases = commands.add_parser("cases", parents=[common], help=translate("Cli", "list the cases"))
    cases.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))

    case = commands.add_parser(
        "case", parents=[common], help=translate("Cli", "create a case, import or export a case file")
    )
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    case_import = case_commands.add_parser(
        "import", parents=[common], help=translate("Cli", "create a case from a case file")
    )
    case_import.add_argument("file", metavar="FILE.json", type=Path)
    case_export = case_commands.add_parser(
        "export", parents=[common], help=translate("Cli", "write a case file")
    )
    case_export.add_argument("case_id", metavar="ID", type=positive_int)
    case_export.add_argument("-o", "--output", metavar="FILE.json", type=Path, required=True)
    case_export.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace FILE.json and its files if they exist")
    )
    case_show = case_commands.add_parser(
        "show", parents=[common], help=translate("Cli", "one case as the window's Overview shows it")
    )
    case_show.add_argument("case_id", metavar="ID", type=positive_int)
    case_show.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "Cli", "the case's fields as in a case file, with its checklist, deadlines and escalation"
        ),
    )
    record_options.add_case_new(case_commands, common)

    _add_evidence(commands, common)
    _add_email(commands, common)

    deadlines = commands.add_parser(
        "deadlines",
        parents=[common],
        help=translate("Cli", "list the deadlines of a case (or of every open case)"),
    )
    deadlines.add_argument("case_id", metavar="CASE_ID", type=positive_int, nargs="?")
    deadlines.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON instead of a table")
    )
    deadlines.add_argument(
        "--ics",
        metavar="FILE",
        type=Path,
        help=translate("Cli", "write the open deadlines as an iCalendar file (.ics) instead"),
    )
    deadlines.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace the --ics FILE if it exists")
    )

    letter = commands.add_parser(
        "letter", parents=[common], help=translate("Cli", "write a letter from the case's data")
    )
    letter.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    letter.add_argument(
        "--kind",
        choices=LETTER_KINDS,
        help=translate("Cli", "which letter (required unless --list); see --list for those that fit"),
    )
    letter.add_argument(
        "--list",
        "--kinds",
        dest="list_kinds",
        action="store_true",
        help=translate("Cli", "list every kind of letter, whether it fits the case, and why"),
    )
    letter.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("Cli", "its language (default: the case's language, as the pack's)"),
    )
    letter.add_argument(
        "--date", type=day, metavar="YYYY-MM-DD", help=translate("Cli", "the letter's date (default: today)")
    )
    letter.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        type=Path,
        help=translate(
            "Cli",
            "the PDF to write (unless --list); a name ending in .txt writes plain text, and - prints it",
        ),
    )
    letter.add_argument("--force", action="store_true", help=translate("Cli", "replace OUT if it exists"))

    search = commands.add_parser(
        "search",
        parents=[common],
        help=translate("Cli", "find cases, contacts, e-mails and documents holding words"),
    )
    search.add_argument(
        "query", metavar="QUERY", help=translate("Cli", "words to find (accents and case do not matter)")
    )
    search.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))

    prefs = commands.add_parser(
        "preferences", parents=[common], help=translate("Cli", "show or set your preferences")
    )
    prefs.add_argument(
        "--own-addresses",
        metavar="A,B",
        help=translate(
            "Cli", "your own e-mail addresses, comma-separated: messages from them are logged as sent by you"
        ),
    )

    _add_pack(commands, common)
    record_options.add_commands(commands, common)
    _add_store(commands, common)

    commands.add_parser(
        "verify",
        parents=[common],
        help=translate("Cli", "check the database and every vault file; exit 1 if anything is wrong"),
    )
    return parser


def _add_evidence(commands: Commands, common: argparse.ArgumentParser) -> None:
    evidence = commands.add_parser(
        "evidence", parents=[common], help=translate("Cli", "add, list, trash and restore evidence")
    )
    ev_commands = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    ev_add = ev_commands.add_parser("add", parents=[common], help=translate("Cli", "add files to a case"))
    ev_add.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    ev_add.add_argument("files", metavar="FILE", type=Path, nargs="+")
    ev_add.add_argument(
        "--kind",
        choices=EvidenceKind.values(),
        help=translate("Cli", "what the files are (default: guessed)"),
    )
    ev_add.add_argument("--title", help=translate("Cli", "title (default: the file name)"))
    ev_add.add_argument(
        "--note",
        help=translate(
            "Cli", "what the files prove, in your words (printed on the exhibit's first page and index)"
        ),
    )
    ev_add.add_argument(
        "--note-translation",
        metavar="TEXT",
        help=translate(
            "Cli", "the note in one line in another language, for a bank that reads that one (needs --note)"
        ),
    )
    ev_add.add_argument("--source", help=translate("Cli", "where the files came from, such as a URL"))
    ev_edit = ev_commands.add_parser(
        "edit",
        parents=[common],
        help=translate("Cli", "change an item's title, kind, note or the note's translation"),
    )
    ev_edit.add_argument("evidence_id", metavar="ID", type=positive_int)
    ev_edit.add_argument("--title", help=translate("Cli", "its title"))
    ev_edit.add_argument("--kind", choices=EvidenceKind.values(), help=translate("Cli", "what it is"))
    ev_edit.add_argument("--note", help=translate("Cli", 'what it proves, in your words ("" clears it)'))
    ev_edit.add_argument(
        "--note-translation",
        metavar="TEXT",
        help=translate("Cli", 'the note in one line in another language ("" clears it)'),
    )
    ev_show = ev_commands.add_parser(
        "show",
        parents=[common],
        help=translate("Cli", "one item: its note, the note's translation and its redaction boxes"),
    )
    ev_show.add_argument("evidence_id", metavar="ID", type=positive_int)
    ev_show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    ev_list = ev_commands.add_parser(
        "list", parents=[common], help=translate("Cli", "list a case's evidence")
    )
    ev_list.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    ev_list.add_argument(
        "--trash", action="store_true", help=translate("Cli", "list the items in the trash instead")
    )
    ev_list.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON instead of a table")
    )
    ev_trash = ev_commands.add_parser(
        "trash", parents=[common], help=translate("Cli", "move an item to the trash")
    )
    ev_trash.add_argument("evidence_id", metavar="ID", type=positive_int)
    ev_restore = ev_commands.add_parser(
        "restore", parents=[common], help=translate("Cli", "take an item out of the trash")
    )
    ev_restore.add_argument("evidence_id", metavar="ID", type=positive_int)
    ev_empty = ev_commands.add_parser(
        "empty-trash",
        parents=[common],
        help=translate("Cli", "delete trashed items and their files for good"),
    )
    ev_empty.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask for confirmation"))
    ev_unused = ev_commands.add_parser(
        "unused",
        parents=[common],
        help=translate("Cli", "list the vault files no record names (nothing is removed)"),
    )
    ev_unused.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    ev_remove_unused = ev_commands.add_parser(
        "remove-unused",
        parents=[common],
        help=translate("Cli", "list the vault files no record names, then remove them once you confirm"),
    )
    ev_remove_unused.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )


def _add_email(commands: Commands, common: argparse.ArgumentParser) -> None:
    email = commands.add_parser(
        "email", parents=[common], help=translate("Cli", "import e-mails (.eml, .msg, mbox) into a case")
    )
    email_commands = email.add_subparsers(dest="email_command", metavar="ACTION", required=True)
    email_import = email_commands.add_parser(
        "import",
        parents=[common],
        help=translate(
            "Cli", "import each message as a contact, with the message and its attachments as evidence"
        ),
    )
    email_import.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    email_import.add_argument(
        "files", metavar="FILE", type=Path, nargs="+", help=translate("Cli", ".eml, .msg or mbox files")
    )
    email_import.add_argument(
        "--from",
        dest="sender",
        metavar="TEXT",
        help=translate("Cli", "only messages whose sender's address or domain has TEXT"),
    )
    email_import.add_argument(
        "--since", metavar="YYYY-MM-DD", type=day, help=translate("Cli", "only messages from that day on")
    )
    email_import.add_argument(
        "--until", metavar="YYYY-MM-DD", type=day, help=translate("Cli", "only messages up to that day")
    )
    email_import.add_argument(
        "--words",
        metavar="WORDS",
        help=translate("Cli", "only messages with every word (accents and case ignored)"),
    )
    email_import.add_argument(
        "--list",
        action="store_true",
        help=translate("Cli", "list the messages that would be imported; import nothing"),
    )
    email_import.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON instead of text")
    )


# The pack's epilog stands for the profiles with their limits, written only when that help is shown.
_PROFILES = "{profiles}"


class _PackHelp(argparse.RawDescriptionHelpFormatter):
    """``dossier pack --help``'s formatter: it writes the profiles, their limits in the process's
    language, when it is shown (their plurals need a catalogue: ``dossier --help`` reads none)."""

    def add_text(self, text: str | None) -> None:
        super().add_text(_profiles_epilog() if text == _PROFILES else text)


def _profiles_epilog() -> str:
    profiles = "\n".join(
        textwrap.fill(p.help_line(), 88, initial_indent="  ", subsequent_indent="      ")
        for p in PROFILES.values()
    )
    return translate(
        "Cli", "profiles (the portal's published limits, and where they are published):\n{profiles}"
    ).format(profiles=profiles)


def _add_pack(commands: Commands, common: argparse.ArgumentParser) -> None:
    pack = commands.add_parser(
        "pack",
        parents=[common],
        help=translate("Cli", "write the dispute-evidence PDF pack of a case"),
        formatter_class=_PackHelp,
        epilog=_PROFILES,
    )
    pack.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    pack.add_argument("-o", "--output", metavar="OUT.pdf", type=Path, required=True)
    pack.add_argument(
        "--profile",
        choices=list(PROFILES),
        default="none",
        help=translate("Cli", "the portal's limits to fit (default: none)"),
    )
    pack.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate(
            "Cli", "the language of the pack's own words (default: the case's country's, else en)"
        ),
    )
    pack.add_argument(
        "--max-mb", type=float, metavar="N", help=translate("Cli", "at most N megabytes per file")
    )
    pack.add_argument(
        "--max-pages", type=positive_int, metavar="N", help=translate("Cli", "at most N pages per file")
    )
    pack.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help=translate("Cli", "paper size (default: Letter for US cases, else A4)"),
    )
    pack.add_argument(
        "--exhibits",
        metavar="ID,ID...",
        type=id_list,
        help=translate(
            "Cli", "these evidence items, in the order given (default: all, in the reason's checklist order)"
        ),
    )
    pack.add_argument(
        "--fit",
        action="store_true",
        help=translate(
            "Cli",
            (
                "when the whole case cannot fit the profile, leave out the exhibits that matter least "
                "and list them on a page of their own (with --exhibits: keep those, leave out the others)"
            ),
        ),
    )
    pack.add_argument(
        "--allow-card-numbers",
        action="store_true",
        help=translate(
            "Cli",
            "write the pack even if an exhibit still shows a full card number that could not be redacted",
        ),
    )
    pack.add_argument(
        "--black-and-white",
        action="store_true",
        help=translate(
            "Cli", "images in greyscale, for portals that ask for it (a profile that asks for it turns it on)"
        ),
    )
    pack.add_argument(
        "--on-bad-exhibit",
        choices=["placeholder", "refuse"],
        default="placeholder",
        help=translate(
            "Cli", "when an exhibit cannot be read: put a page saying why (default), or write nothing"
        ),
    )
    pack.add_argument(
        "--reproducible", action="store_true", help=translate("Cli", "the same case gives the same bytes")
    )
    pack.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace the pack (its parts) and its .sha256 if they exist"),
    )


def _add_store(commands: Commands, common: argparse.ArgumentParser) -> None:
    store = commands.add_parser(
        "store", parents=[common], help=translate("Cli", "encryption of the store: status, encrypt, decrypt")
    )
    actions = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    actions.add_parser(
        "status",
        parents=[common],
        help=translate("Cli", "say whether the store is encrypted and how it opens"),
    )
    encrypt = actions.add_parser(
        "encrypt", parents=[common], help=translate("Cli", "encrypt a plaintext store in place")
    )
    encrypt.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate("Cli", "also protect the key with the passphrase in FILE"),
    )
    decrypt = actions.add_parser(
        "decrypt", parents=[common], help=translate("Cli", "decrypt an encrypted store in place (asks first)")
    )
    actions.add_parser(
        "new-recovery-key",
        parents=[common],
        help=translate("Cli", "make a new recovery key; the old stops working"),
    )
    accept = actions.add_parser(
        "accept-database",
        parents=[common],
        help=translate(
            "Cli",
            (
                "accept a database older than the store's record of it, when no newer one or backup exists "
                "(the newer records are lost; keep a copy of the folder first)"
            ),
        ),
    )
    accept.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask for confirmation"))
    actions.add_parser(
        "test-recovery-key",
        parents=[common],
        help=translate(
            "Cli",
            (
                "say whether a recovery key opens the store (asked, or one line on standard input); "
                "changes nothing"
            ),
        ),
    )
    passphrase = actions.add_parser(
        "passphrase", parents=[common], help=translate("Cli", "set, change or remove the passphrase")
    )
    passphrase.add_argument(
        "--passphrase-file", metavar="FILE", help=translate("Cli", "the new passphrase, from FILE")
    )
    passphrase.add_argument("--remove", action="store_true", help=translate("Cli", "remove the passphrase"))
    decrypt.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask for confirmation"))

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=translate("Cli", "write one encrypted file holding the database and every file"),
    )
    backup.add_argument("output", metavar="OUT", type=Path)
    backup.add_argument("--force", action="store_true", help=translate("Cli", "replace OUT if it exists"))
    backup.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli", "protect the backup with the passphrase in FILE (needed for a store that is not encrypted)"
        ),
    )

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate("Cli", "restore a backup into a new or empty folder (--data-dir)"),
    )
    restore.add_argument("backup", metavar="IN", type=Path)
    restore.add_argument(
        "--recovery-key-file", metavar="FILE", help=translate("Cli", "the store's recovery key, from FILE")
    )

    bundle = commands.add_parser(
        "bundle",
        parents=[common],
        help=translate("Cli", "write an UNENCRYPTED zip of a case and its files, for a lawyer"),
    )
    bundle.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    bundle.add_argument("-o", "--output", metavar="OUT.zip", type=Path, required=True)
    bundle.add_argument("--force", action="store_true", help=translate("Cli", "replace OUT.zip if it exists"))
