"""``dossier case import``, ``case export`` and ``bundle``: a case in and out as files; ``case show``
is handed to :mod:`desktop_app.cli.show`."""

from __future__ import annotations

import argparse
import importlib
from typing import TextIO

from desktop_app.cli.output import run_job, warning
from desktop_app.i18n import translate, translate_n
from desktop_app.services import BUNDLE_WARNING, Services, check_output


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "bundle":
        output = check_output(args.output, force=args.force, what="case bundle")  # before the warning
        warning(translate("Services", BUNDLE_WARNING), err)
        size = run_job(services.bundle_job(args.case_id, output, force=args.force), err)
        print(
            translate("Cli", "Wrote {output} ({size}), not encrypted.").format(
                output=args.output, size=translate_n("Cli", "%Ln byte(s)", size)
            ),
            file=out,
        )
        return 0
    if args.case_command == "show":
        show = importlib.import_module("desktop_app.cli.show")  # the Overview's reading, when asked

        return int(show.run(services, args, out, err))
    if args.case_command == "edit":
        from desktop_app.cli import record_edits

        return record_edits.run(services, args, out, err)
    if args.case_command == "import":
        report = run_job(services.import_case_file_job(args.file), err)
        print(report.case_id, file=out)
        for line in report.lines():
            print(f"dossier: {line}", file=err)
        return 0
    target = check_output(args.output, force=args.force, what="export")
    result = run_job(services.export_case_file_job(args.case_id, target, force=args.force), err)
    print(
        translate_n("Cli", "Wrote {case_file} and %n evidence file(s).", len(result.files)).format(
            case_file=result.case_file
        ),
        file=out,
    )
    return 0
