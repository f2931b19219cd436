"""``dossier letter``: a letter from the case's data, as a PDF, plain text, or printed; ``--list``
says which kinds fit the case and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from desktop_app.cli.args import BadInput
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import translate
from desktop_app.services import Services, atomic_write, check_output


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.list_kinds:
        for fit in services.letter_kinds(args.case_id):
            print(
                f"{fit.kind:<20} {_fits(fit.fits):<13} {fit.why}",
                file=out,
            )
        return 0
    missing = [name for name, value in (("--kind", args.kind), ("-o/--output", args.output)) if value is None]
    if missing:
        raise BadInput(
            [
                translate("Cli", "{options} required (or --list, to see the kinds that fit)").format(
                    options=translate("Cli", " and ", "between two option names").join(missing)
                )
            ]
        )
    output: Path = args.output
    lang: str | None = args.lang  # None: the case's language, as the pack's
    try:
        if str(output) == "-":
            out.write(services.letter(args.case_id, args.kind, lang, args.date).text)
            return 0
        target = check_output(output, force=args.force, what="letter")
        if output.suffix.lower() == ".txt":
            letter = services.letter(args.case_id, args.kind, lang, args.date)
            atomic_write(target, letter.text.encode("utf-8"))
        else:
            letter = services.write_letter_pdf(
                args.case_id, args.kind, lang, target, force=args.force, today=args.date
            )
    except InvalidInputError as exc:
        raise BadInput([f"--kind {args.kind}: {exc}"]) from exc
    print(
        translate(
            "Cli", "Wrote {output}: “{subject}”. Read it before you send it: it is not legal advice."
        ).format(output=output, subject=letter.subject),
        file=out,
    )
    return 0


def _fits(fits: bool) -> str:
    return translate("Cli", "fits") if fits else translate("Cli", "does not fit")
