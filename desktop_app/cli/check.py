"""``dossier verify``: the database and every vault file checked; exit 1 if anything is wrong."""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop_app.cli.output import run_job
from desktop_app.services import Services


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = run_job(services.verify_job(), err)
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
        counts, vault_files = services.database_summary()
        print(
            f"OK: database sound; {vault_files} vault file(s) "
            "match their SHA-256; "
            f"{counts['cases']} case(s), {counts['evidence']} evidence item(s).",
            file=out,
        )
        return 0
    print("Problems found: see above.", file=out)
    return 1
