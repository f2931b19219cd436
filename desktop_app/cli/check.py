"""``dossier verify``: the database and every vault file checked; exit 1 if anything is wrong."""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop_app.cli.output import run_job
from desktop_app.i18n import translate, translate_n
from desktop_app.services import Services


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = run_job(services.verify_job(), err)
    for problem in report.database_problems:
        print(translate("Cli", "database: {problem}").format(problem=problem), file=out)
    for line in report.missing:
        print(translate("Cli", "missing: {line}").format(line=line), file=out)
    for line in report.altered:
        print(translate("Cli", "altered: {line}").format(line=line), file=out)
    for line in report.stray:
        print(translate("Cli", "stray: {line} (no evidence refers to it)").format(line=line), file=out)
    for line in report.unused:
        print(
            translate(
                "Cli",
                "unused: {line} (whole, but no record refers to it: left by an interrupted import or "
                "deletion; 'dossier evidence unused' lists such files, 'dossier evidence remove-unused' "
                "removes them after asking)",
            ).format(line=line),
            file=out,
        )
    if report.ok:
        counts, vault_files = services.database_summary()
        print(
            translate("Cli", "OK: database sound; {files} match their SHA-256; {cases}, {evidence}.").format(
                files=translate_n("Cli", "%n vault file(s)", vault_files),
                cases=translate_n("Cli", "%n case(s)", counts["cases"]),
                evidence=translate_n("Cli", "%n evidence item(s)", counts["evidence"]),
            ),
            file=out,
        )
        return 0
    print(translate("Cli", "Problems found: see above."), file=out)
    return 1
