"""The ``dossier`` command.

Every command takes ``--data-dir DIR`` (or ``$DOSSIER_HOME``). Errors go to
stderr with exit status 1; wrong usage, and a value that cannot be recorded as
typed, exit 2. With no command, the GUI opens.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from desktop_app import __version__, cli_records, cli_security, logs, tempfiles
from desktop_app.cli_args import positive_int as _positive_int
from desktop_app.domain.checklist import Checklist
from desktop_app.domain.letters import KINDS as LETTER_KINDS
from desktop_app.domain.money import display_amount, format_amount
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.errors import DossierError
from desktop_app.fileio import atomic_write, check_output
from desktop_app.intake.mail import MailFilter
from desktop_app.pack.builder import PackOptions
from desktop_app.pack.profiles import PROFILES, resolve_profile
from desktop_app.pack.strings import LANGUAGES
from desktop_app.services import Services
from desktop_app.store.database import DatabaseError
from desktop_app.store.generation import NoStore


def _id_list(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of ids such as 1,3,4") from None
    if not ids or any(i < 1 for i in ids):
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of ids such as 1,3,4")
    return ids


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the store folder (default: $DOSSIER_HOME, else the platform's user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="dossier",
        description="Keep the whole record of a billing dispute and hand it to your bank.",
        parents=[common],
        epilog=(
            "environment: DOSSIER_HOME chooses the store folder; DOSSIER_PASSPHRASE_FILE names a file "
            "holding the store's passphrase, for scripts (on a terminal Dossier asks for it when the "
            "system keyring does not give the key). Every command is described in docs/cli.md."
        ),
    )
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.add_argument(
        "--sample-if-empty",
        action="store_true",
        help="add the sample case first when the store has no case",
    )

    commands.add_parser("demo", parents=[common], help="add the sample case and print its id")

    cases = commands.add_parser("cases", parents=[common], help="list the cases")
    cases.add_argument("--json", action="store_true", help="print JSON instead of a table")

    case = commands.add_parser("case", parents=[common], help="create a case, import or export a case file")
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    case_import = case_commands.add_parser("import", parents=[common], help="create a case from a case file")
    case_import.add_argument("file", metavar="FILE.json", type=Path)
    case_export = case_commands.add_parser("export", parents=[common], help="write a case file")
    case_export.add_argument("case_id", metavar="ID", type=_positive_int)
    case_export.add_argument("-o", "--output", metavar="FILE.json", type=Path, required=True)
    case_export.add_argument(
        "--force", action="store_true", help="replace FILE.json and its files if they exist"
    )
    cli_records.add_case_new(case_commands, common)

    evidence = commands.add_parser("evidence", parents=[common], help="add, list, trash and restore evidence")
    ev_commands = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    ev_add = ev_commands.add_parser("add", parents=[common], help="add files to a case")
    ev_add.add_argument("case_id", metavar="CASE_ID", type=_positive_int)
    ev_add.add_argument("files", metavar="FILE", type=Path, nargs="+")
    ev_add.add_argument("--kind", choices=EvidenceKind.values(), help="what the files are (default: guessed)")
    ev_add.add_argument("--title", help="title (default: the file name)")
    ev_add.add_argument("--note", help="a note kept with each file")
    ev_add.add_argument("--source", help="where the files came from, such as a URL")
    ev_list = ev_commands.add_parser("list", parents=[common], help="list a case's evidence")
    ev_list.add_argument("case_id", metavar="CASE_ID", type=_positive_int)
    ev_list.add_argument("--trash", action="store_true", help="list the items in the trash instead")
    ev_list.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ev_trash = ev_commands.add_parser("trash", parents=[common], help="move an item to the trash")
    ev_trash.add_argument("evidence_id", metavar="ID", type=_positive_int)
    ev_restore = ev_commands.add_parser("restore", parents=[common], help="take an item out of the trash")
    ev_restore.add_argument("evidence_id", metavar="ID", type=_positive_int)
    ev_empty = ev_commands.add_parser(
        "empty-trash", parents=[common], help="delete trashed items and their files for good"
    )
    ev_empty.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    ev_unused = ev_commands.add_parser(
        "unused", parents=[common], help="list the vault files no record names (nothing is removed)"
    )
    ev_unused.add_argument("--json", action="store_true", help="print JSON instead of text")
    ev_remove_unused = ev_commands.add_parser(
        "remove-unused",
        parents=[common],
        help="list the vault files no record names, then remove them once you confirm",
    )
    ev_remove_unused.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    email = commands.add_parser(
        "email", parents=[common], help="import e-mails (.eml, .msg, mbox) into a case"
    )
    email_commands = email.add_subparsers(dest="email_command", metavar="ACTION", required=True)
    email_import = email_commands.add_parser(
        "import",
        parents=[common],
        help="import each message as a contact, with the message and its attachments as evidence",
    )
    email_import.add_argument("case_id", metavar="CASE_ID", type=_positive_int)
    email_import.add_argument("files", metavar="FILE", type=Path, nargs="+", help=".eml, .msg or mbox files")
    email_import.add_argument(
        "--from",
        dest="sender",
        metavar="TEXT",
        help="only messages whose sender's address or domain has TEXT",
    )
    email_import.add_argument(
        "--since", metavar="YYYY-MM-DD", type=_day, help="only messages from that day on"
    )
    email_import.add_argument("--until", metavar="YYYY-MM-DD", type=_day, help="only messages up to that day")
    email_import.add_argument(
        "--words", metavar="WORDS", help="only messages with every word (accents and case ignored)"
    )
    email_import.add_argument(
        "--list", action="store_true", help="list the messages that would be imported; import nothing"
    )
    email_import.add_argument("--json", action="store_true", help="print JSON instead of text")

    deadlines = commands.add_parser(
        "deadlines", parents=[common], help="list the deadlines of a case (or of every open case)"
    )
    deadlines.add_argument("case_id", metavar="CASE_ID", type=_positive_int, nargs="?")
    deadlines.add_argument("--json", action="store_true", help="print JSON instead of a table")

    letter = commands.add_parser("letter", parents=[common], help="write a letter from the case's data")
    letter.add_argument("case_id", metavar="CASE_ID", type=_positive_int)
    letter.add_argument("--kind", required=True, choices=LETTER_KINDS, help="which letter")
    letter.add_argument("--lang", choices=LANGUAGES, default="en", help="its language (default: en)")
    letter.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        type=Path,
        required=True,
        help="the PDF to write; a name ending in .txt writes plain text, and - prints it",
    )
    letter.add_argument("--force", action="store_true", help="replace OUT if it exists")

    search = commands.add_parser(
        "search", parents=[common], help="find cases, contacts, e-mails and documents holding words"
    )
    search.add_argument("query", metavar="QUERY", help="words to find (accents and case do not matter)")
    search.add_argument("--json", action="store_true", help="print JSON instead of text")

    prefs = commands.add_parser("preferences", parents=[common], help="show or set your preferences")
    prefs.add_argument(
        "--own-addresses",
        metavar="A,B",
        help="your own e-mail addresses, comma-separated: messages from them are logged as sent by you",
    )

    pack = commands.add_parser("pack", parents=[common], help="write the dispute-evidence PDF pack of a case")
    pack.add_argument("case_id", metavar="CASE_ID", type=_positive_int)
    pack.add_argument("-o", "--output", metavar="OUT.pdf", type=Path, required=True)
    pack.add_argument(
        "--profile", choices=list(PROFILES), default="none", help="the portal's limits to fit (default: none)"
    )
    pack.add_argument("--lang", choices=LANGUAGES, default="en", help="the language of the pack's own words")
    pack.add_argument("--max-mb", type=float, metavar="N", help="at most N megabytes per file")
    pack.add_argument("--max-pages", type=_positive_int, metavar="N", help="at most N pages per file")
    pack.add_argument(
        "--paper", choices=["a4", "letter"], help="paper size (default: Letter for US cases, else A4)"
    )
    pack.add_argument(
        "--exhibits",
        metavar="ID,ID...",
        type=_id_list,
        help="only these evidence items (default: all), in the case's order",
    )
    pack.add_argument(
        "--on-bad-exhibit",
        choices=["placeholder", "refuse"],
        default="placeholder",
        help="when an exhibit cannot be read: put a page saying why (default), or write nothing",
    )
    pack.add_argument("--reproducible", action="store_true", help="the same case gives the same bytes")
    pack.add_argument(
        "--force", action="store_true", help="replace the pack (its parts) and its .sha256 if they exist"
    )

    cli_records.add_commands(commands, common)
    cli_security.add_commands(commands, common)

    commands.add_parser(
        "verify",
        parents=[common],
        help="check the database and every vault file; exit 1 if anything is wrong",
    )
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    command = args.command or "gui"
    logs.setup("cli")
    tempfiles.sweep_private_dirs()  # plaintext a killed Dossier left in temp: its own folders only
    logs.event("command", command=command, action=_action_of(args))
    try:
        if command == "gui":
            return _run_gui(data_dir, sample_if_empty=getattr(args, "sample_if_empty", False), err=err)
        if command == "restore":
            return cli_security.restore_command(args, out, err)
        if cli_security.handles_before_open(args):  # store test-recovery-key, store accept-database
            return cli_security.run_before_open(args, out, err)
        if command in ("pack", "case") and str(getattr(args, "output", "")) == "-":
            what = "a pack" if command == "pack" else "a case file and the folder of its files"
            print(f"dossier: error: -o - cannot be {what}: give the name of the file to write", file=err)
            return 2
        # A record is read and checked before the store is even opened.
        record = cli_records.plan(args) if cli_records.handles(args) else None
        # Only the commands that record may make a store; verify opens an older database to report on it.
        with cli_security.open_services(
            data_dir, err, create=cli_security.may_create(args), inspect=command == "verify"
        ) as services:
            if record is not None:
                return record.run(services, out, err)
            return _dispatch(services, args, out, err)
    except cli_records.BadInput as exc:
        for problem in exc.problems:
            print(f"dossier: error: {problem}", file=err)
        return 2
    except NoStore as exc:
        print(f"dossier: error: {exc}", file=err)
        return 2
    except DossierError as exc:
        logs.error(f"cli.{command}", exc)
        print(f"dossier: error: {exc}", file=err)
        return 1
    except DatabaseError as exc:
        print(
            f"dossier: error: the store's database cannot be read ({exc}); 'dossier verify' checks it",
            file=err,
        )
        return 1
    except KeyboardInterrupt:
        print("dossier: interrupted; nothing more was changed", file=err)
        return 130
    except BrokenPipeError:
        # The reader went away (``dossier cases | head``): not an error of Dossier's.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed pipe until exit
        return 0
    except Exception as exc:  # anything unexpected: one line, the details in the log
        where = logs.unexpected(f"cli.{command}", exc)
        print(
            f"dossier: error: an unexpected {type(exc).__name__} stopped '{command}'. Nothing was lost: "
            f"the store keeps only whole changes. The details are in {where} (Dossier never sends it).",
            file=err,
        )
        return 70


def _action_of(args: argparse.Namespace) -> str | None:
    """The sub-command's name (``evidence add``: ``add``), for the log."""
    for name in ("evidence_command", "case_command", "email_command", "store_command"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            return value
    return None


def _dispatch(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    command = args.command
    if command in ("store", "backup", "bundle"):
        return cli_security.dispatch(services, args, out, err)
    if command == "demo":
        case_id = services.add_sample_case()
        print(case_id, file=out)
        return 0
    if command == "cases":
        return _cases(services, args.json, out)
    if command == "case":
        if args.case_command == "import":
            report = services.import_case_file_report(args.file)
            print(report.case_id, file=out)
            for line in report.lines():
                print(f"dossier: {line}", file=err)
            return 0
        target = check_output(args.output, force=args.force, what="export")
        result = services.export_case_file(args.case_id, target, force=args.force)
        print(f"Wrote {result.case_file} and {len(result.files)} evidence file(s).", file=out)
        return 0
    if command == "evidence":
        return _evidence(services, args, out, err)
    if command == "verify":
        return _verify(services, out)
    if command == "pack":
        return _pack(services, args, out, err)
    if command == "email":
        return _email_import(services, args, out, err)
    if command == "letter":
        return _letter(services, args, out)
    if command == "deadlines":
        return _deadlines(services, args.case_id, args.json, out, err)
    if command == "search":
        return _search(services, args.query, args.json, out)
    if command == "preferences":
        if args.own_addresses is not None:
            services.set_own_addresses(args.own_addresses.split(","))
        print(f"own addresses: {', '.join(services.own_addresses()) or '(none set)'}", file=out)
        return 0
    raise AssertionError(command)  # pragma: no cover - argparse refuses unknown commands


def _cases(services: Services, as_json: bool, out: TextIO) -> int:
    cases = services.list_cases()
    if as_json:
        rows: list[dict[str, Any]] = [
            {
                "id": c.id,
                "title": c.title,
                "merchant": c.merchant,
                "status": c.status,
                "reason": c.reason,
                "disputed_amount": format_amount(c.disputed_amount)
                if c.disputed_amount is not None
                else None,
                "currency": c.currency,
                "evidence_count": c.evidence_count,
                "communication_count": c.communication_count,
                "updated_at": c.updated_at.isoformat() if c.updated_at else None,
                "next_deadline": c.next_deadline.isoformat() if c.next_deadline else None,
                "checklist": _checklist_json(c.checklist),
                "note": c.note,
            }
            for c in cases
        ]
        _print_json(rows, out)
        return 0
    if not cases:
        print("No cases yet. 'dossier demo' adds the sample case.", file=out)
        return 0
    _table(
        out,
        ["ID", "TITLE", "MERCHANT", "STATUS", "DISPUTED", "EVIDENCE"],
        [
            [
                str(c.id),
                c.title,
                c.merchant,
                c.status,
                display_amount(c.disputed_amount, c.currency, "en"),
                c.checklist.label() if c.checklist else "",
            ]
            for c in cases
        ],
    )
    for c in cases:
        if c.note:
            print(f"note: case {c.id}: {c.note}", file=out)
    return 0


def _letter(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    output: Path = args.output
    if str(output) == "-":
        out.write(services.letter(args.case_id, args.kind, args.lang).text)
        return 0
    target = check_output(output, force=args.force, what="letter")
    if output.suffix.lower() == ".txt":
        letter = services.letter(args.case_id, args.kind, args.lang)
        atomic_write(target, letter.text.encode("utf-8"))
    else:
        letter = services.write_letter_pdf(args.case_id, args.kind, args.lang, target, force=args.force)
    print(
        f"Wrote {output}: “{letter.subject}”. Read it before you send it: it is not legal advice.", file=out
    )
    return 0


def _deadlines(services: Services, case_id: int | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    found, notes = services.deadlines_report(case_id)
    for noted, note in sorted(notes.items()):
        print(f"dossier: warning: case {noted}: {note}", file=err)
    if as_json:
        rows = [
            {
                "case_id": d.case_id,
                "rule_id": d.rule_id,
                "title": d.title,
                "kind": d.kind,
                "due": d.due.isoformat(),
                "days_left": d.days_left,
                "source": d.source,
                "note": d.note,
            }
            for d in found
        ]
        _print_json(rows, out)
        return 0
    if not found:
        print(
            "No deadline: add the case's dates (transaction, statement...) or a deadline of your own.",
            file=out,
        )
        return 0

    def left(days: int) -> str:
        return f"{-days} day(s) ago" if days < 0 else ("today" if days == 0 else f"in {days} day(s)")

    _table(
        out,
        ["CASE", "DUE", "WHEN", "WHAT", "RULE"],
        [[str(d.case_id), d.due.isoformat(), left(d.days_left), d.title, d.rule_id] for d in found],
    )
    print(
        "Guidance, not legal advice: check the dates with your bank. 'dossier deadlines --json' gives "
        "each rule's source.",
        file=out,
    )
    return 0


def _search(services: Services, query: str, as_json: bool, out: TextIO) -> int:
    found = services.search(query)
    if as_json:
        rows = [
            {
                "case_id": group.case_id,
                "case_title": group.title,
                "hits": [
                    {
                        "kind": hit.kind,
                        "id": hit.item_id,
                        "label": hit.label,
                        "snippet": hit.snippet,
                        "matched": hit.matched,
                    }
                    for hit in group.hits
                ],
            }
            for group in found
        ]
        _print_json(rows, out)
        return 0
    if not found:
        print(f"Nothing holds “{query}”.", file=out)
        return 1
    for group in found:
        print(f"Case {group.case_id}: {group.title}", file=out)
        for hit in group.hits:
            snippet = hit.snippet
            for start, end in reversed(hit.spans):
                snippet = f"{snippet[:start]}[{snippet[start:end]}]{snippet[end:]}"
            print(f"  {hit.kind} {hit.item_id}  {hit.label}", file=out)
            print(f"      {snippet}", file=out)
    return 0


def _print_json(value: object, out: TextIO) -> None:
    """JSON as scripts read it: UTF-8 text as written (no \\u escapes), indented, one trailing newline."""
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _email_import(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    mail_filter = MailFilter(sender=args.sender, since=args.since, until=args.until, words=args.words)
    if args.list:
        previews, problems = services.preview_emails(args.case_id, args.files, mail_filter)
        if args.json:
            rows = [
                {
                    "key": p.key,
                    "date": p.date.isoformat() if p.date else None,
                    "from": p.sender,
                    "subject": p.subject,
                    "attachments": p.attachments,
                    "size": p.size,
                    "already_imported": p.duplicate,
                }
                for p in previews
            ]
            _print_json({"messages": rows, "problems": problems}, out)
        else:
            _table(
                out,
                ["DATE", "FROM", "SUBJECT", "ATTACHMENTS", ""],
                [
                    [
                        p.date.strftime("%Y-%m-%d %H:%M") if p.date else "?",
                        p.sender,
                        p.subject,
                        str(p.attachments),
                        "already imported" if p.duplicate else "",
                    ]
                    for p in previews
                ],
            )
            for problem in problems:
                print(f"dossier: cannot read {problem}", file=err)
        return 0
    result = services.import_emails(args.case_id, args.files, mail_filter=mail_filter)
    if args.json:
        document = {
            "imported": [
                {
                    "communication_id": m.communication_id,
                    "evidence_id": m.evidence_id,
                    "subject": m.subject,
                    "attachments": m.attachments,
                }
                for m in result.imported
            ],
            "imported_count": result.imported_count,
            "attachment_count": result.attachment_count,
            "duplicate_count": result.duplicates.total,
            "problem_count": result.problems.total,
            "duplicates": result.duplicates,
            "problems": result.problems,
            "notes": result.notes,
            "left_out": result.left_out,
        }
        _print_json(document, out)
    else:
        print(
            f"Imported {result.imported_count} message(s) with {result.attachment_count} attachment(s); "
            f"{result.duplicates.total} already in the case; {result.problems.total} could not be read"
            + (f"; {result.left_out} left out by the filter" if result.left_out else "")
            + ".",
            file=out,
        )
        for line in result.duplicates:
            print(f"skipped {line}", file=out)
        for line in result.notes:
            print(f"note: {line}", file=out)
        for line in result.problems:
            print(f"dossier: cannot import {line}", file=err)
    return 1 if result.problems.total and not result.imported_count and not result.duplicates.total else 0


def _checklist_json(checklist: Checklist | None) -> dict[str, Any] | None:
    if checklist is None:
        return None
    return {
        "done": checklist.done,
        "total": checklist.total,
        "items": [
            {"id": status.item.id, "text": status.item.text, "met": status.met} for status in checklist.items
        ],
    }


def _evidence(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    action = args.evidence_command
    if action == "add":
        result = services.add_evidence(
            args.case_id,
            args.files,
            kind=EvidenceKind(args.kind) if args.kind else None,
            title=args.title,
            note=args.note,
            source=args.source,
        )
        for item in result.added:
            shared = " (the vault already held these bytes: stored once)" if item in result.shared else ""
            print(
                f"added #{item.id} {item.kind.value} “{item.title}” sha256 {item.sha256}{shared}",
                file=out,
            )
        for skipped in result.skipped:
            if skipped.existing is not None:  # already evidence of this case: nothing to add
                print(f"skipped {skipped.path}: {skipped.reason}", file=out)
            else:
                print(f"dossier: error: refused {skipped.path}: {skipped.reason}", file=err)
        for note in result.notes:
            print(f"note: {note}", file=out)
        if result.skipped:
            print(
                f"dossier: {len(result.added)} of {len(result.added) + len(result.skipped)} file(s) added; "
                "the others are named above with the reason",
                file=err,
            )
            return 1
        return 0
    if action == "list":
        items = (
            services.evidence_trash(args.case_id)
            if args.trash
            else services.case_detail(args.case_id).evidence
        )
        if args.json:
            _print_json(
                [
                    {
                        "id": e.id,
                        "kind": e.kind.value,
                        "title": e.title,
                        "original_name": e.original_name,
                        "media_type": e.media_type,
                        "size": e.size,
                        "sha256": e.sha256,
                        "imported_at": e.imported_at.isoformat(),
                        "source": e.source,
                        "note": e.note,
                    }
                    for e in items
                ],
                out,
            )
        else:
            _table(
                out,
                ["ID", "KIND", "TITLE", "FILE", "SIZE", "SHA-256"],
                [
                    [str(e.id), e.kind.value, e.title, e.original_name, str(e.size), e.sha256[:16] + "…"]
                    for e in items
                ],
            )
        return 0
    if action == "trash":
        item = services.trash_evidence(args.evidence_id)
        print(
            f"Moved #{item.id} “{item.title}” to the trash; "
            f"'dossier evidence restore {item.id}' brings it back.",
            file=out,
        )
        return 0
    if action == "restore":
        item = services.restore_evidence(args.evidence_id)
        print(f"Restored #{item.id} “{item.title}”.", file=out)
        return 0
    if action == "empty-trash":
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    "dossier: error: emptying the trash deletes files for good; add --yes to confirm",
                    file=err,
                )
                return 1
            answer = input("Delete the items in the trash for good? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was deleted.", file=out)
                return 0
        count = services.empty_trash()
        print(f"Deleted {count} item(s) for good.", file=out)
        return 0
    if action == "unused":
        unused = services.unused_vault_files()
        if args.json:
            _print_json(
                [{"sha256": f.sha256, "size": f.size, "path": str(f.path), "names": f.names} for f in unused],
                out,
            )
            return 0
        for found in unused:
            print(found.describe(), file=out)
        if unused:
            print(
                f"{len(unused)} vault file(s) no record names; 'dossier evidence remove-unused' removes them "
                "after listing them again and asking.",
                file=err,
            )
        else:
            print("Every vault file is named by a record: none is unused.", file=err)
        return 0
    if action == "remove-unused":
        return _remove_unused(services, args.yes, out, err)
    raise AssertionError(action)  # pragma: no cover


def _remove_unused(services: Services, yes: bool, out: TextIO, err: TextIO) -> int:
    """List the vault files no record names, then remove exactly those once confirmed."""
    unused = services.unused_vault_files()
    if not unused:
        print("Every vault file is named by a record: nothing to remove.", file=out)
        return 0
    print(f"{len(unused)} vault file(s) no record names:", file=out)
    for found in unused:
        print(f"  {found.describe()}", file=out)
    if not yes:
        if not sys.stdin.isatty():
            print(
                "dossier: error: removing these files deletes them for good; add --yes to confirm",
                file=err,
            )
            return 1
        answer = input(f"Remove these {len(unused)} file(s) for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was removed.", file=out)
            return 0
    count = services.remove_unused_vault_files([f.sha256 for f in unused])
    print(f"Removed {count} vault file(s) no record named.", file=out)
    return 0


def _pack(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        profile = resolve_profile(args.profile, max_mb=args.max_mb, max_pages=args.max_pages)
    except ValueError as exc:
        print(f"dossier: error: {exc}", file=err)
        return 2
    options = PackOptions(
        profile=profile,
        lang=args.lang,
        paper=args.paper,
        evidence_ids=args.exhibits,
        on_bad_exhibit=args.on_bad_exhibit,
        reproducible=args.reproducible,
        force=args.force,
    )
    show = err.isatty()

    def progress(done: int, total: int, message: str) -> None:
        if show:
            print(f"\r[{done}/{total}] {message[:70]:<70}", end="", file=err, flush=True)

    target = check_output(args.output, force=args.force, what="pack")
    try:
        result = services.build_pack(args.case_id, target, options, progress=progress)
    finally:
        if show:
            print(file=err)
    for warning in result.warnings:
        print(f"dossier: warning: {warning}", file=err)
    for pack_file in result.files:
        print(
            f"Wrote {pack_file.path} ({pack_file.pages} pages, {pack_file.size / 1_000_000:.2f} MB, "
            f"exhibits {', '.join(pack_file.letters) or 'none'}); SHA-256 in {pack_file.path.name}.sha256",
            file=out,
        )
    print(f"Profile: {profile.label} ({profile.describe()}); images: {result.settings}.", file=out)
    return 0


def _verify(services: Services, out: TextIO) -> int:
    report = services.verify()
    for problem in report.database_problems:
        print(f"database: {problem}", file=out)
    for line in report.missing:
        print(f"missing: {line}", file=out)
    for line in report.altered:
        print(f"altered: {line}", file=out)
    for line in report.stray:
        print(f"stray: {line} (no evidence refers to it)", file=out)
    for line in report.unused:
        print(
            f"unused: {line} (whole, but no record refers to it: left by an interrupted import or "
            "deletion; 'dossier evidence unused' lists such files, 'dossier evidence remove-unused' "
            "removes them after asking)",
            file=out,
        )
    if report.ok:
        counts = services.store.table_counts()
        print(
            f"OK: database sound; {len(services.store.referenced_hashes())} vault file(s) "
            "match their SHA-256; "
            f"{counts['cases']} case(s), {counts['evidence']} evidence item(s).",
            file=out,
        )
        return 0
    print("Problems found: see above.", file=out)
    return 1


def _table(out: TextIO, headers: list[str], rows: list[list[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths = [min(w, 48) for w in widths]

    def cell(text: str, width: int) -> str:
        return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)

    print("  ".join(cell(h, w) for h, w in zip(headers, widths, strict=True)).rstrip(), file=out)
    for row in rows:
        print("  ".join(cell(c, w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)


def _run_gui(data_dir: str | None, *, sample_if_empty: bool, err: TextIO) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "dossier: error: no display to open a window on (DISPLAY is not set). "
            "Run it in a desktop session, or use the commands: dossier --help",
            file=err,
        )
        return 1
    from desktop_app.ui.app import run_gui

    return run_gui(data_dir, sample_if_empty=sample_if_empty)
