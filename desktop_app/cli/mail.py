"""``dossier email import``: e-mails (.eml, .msg, mbox) into a case, or only listed with ``--list``."""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop_app.cli.output import print_json, run_job, table
from desktop_app.i18n import translate, translate_n
from desktop_app.services import MailFilter, Services


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    mail_filter = MailFilter(sender=args.sender, since=args.since, until=args.until, words=args.words)
    if args.list:
        return _list(services, args, mail_filter, out, err)
    result = run_job(services.import_emails_job(args.case_id, args.files, mail_filter=mail_filter), err)
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
        print_json(document, out)
    else:
        imported = translate_n("Cli", "Imported %n message(s)", result.imported_count)
        attachments = translate_n("Cli", "%n attachment(s)", result.attachment_count)
        said = translate(
            "Cli",
            "{imported} with {attachments}; {duplicates} already in the case; {problems} could not be read",
        ).format(
            imported=imported,
            attachments=attachments,
            duplicates=result.duplicates.total,
            problems=result.problems.total,
        )
        if result.left_out:
            said = translate("Cli", "{said}; {count} left out by the filter").format(
                said=said, count=result.left_out
            )
        print(said + ".", file=out)
        for line in result.duplicates:
            print(translate("Cli", "skipped {line}").format(line=line), file=out)
        for line in result.notes:
            print(translate("Cli", "note: {line}").format(line=line), file=out)
        for line in result.problems:
            print(translate("Cli", "dossier: cannot import {line}").format(line=line), file=err)
    return 1 if result.problems.total and not result.imported_count and not result.duplicates.total else 0


def _list(
    services: Services, args: argparse.Namespace, mail_filter: MailFilter, out: TextIO, err: TextIO
) -> int:
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
        print_json({"messages": rows, "problems": problems}, out)
        return 0
    table(
        out,
        [
            translate("Cli", "DATE"),
            translate("Cli", "FROM"),
            translate("Cli", "SUBJECT"),
            translate("Cli", "ATTACHMENTS"),
            "",
        ],
        [
            [
                p.date.strftime("%Y-%m-%d %H:%M") if p.date else "?",
                p.sender,
                p.subject,
                str(p.attachments),
                translate("Cli", "already imported") if p.duplicate else "",
            ]
            for p in previews
        ],
    )
    for problem in problems:
        print(translate("Cli", "dossier: cannot read {problem}").format(problem=problem), file=err)
    return 0
