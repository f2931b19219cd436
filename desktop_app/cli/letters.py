"""``dossier letter``: a letter from the case's data, as a PDF, plain text, or printed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from desktop_app.domain.profiles import case_language
from desktop_app.services import Services, atomic_write, check_output


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    output: Path = args.output
    lang = args.lang or case_language(services.case(args.case_id).country)  # the pack's default too
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
    print(
        f"Wrote {output}: “{letter.subject}”. Read it before you send it: it is not legal advice.", file=out
    )
    return 0
