"""``dossier pack``: the dispute-evidence PDF pack of a case."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TextIO

from desktop_app import logs
from desktop_app.cli.output import USAGE, error, run_job, warning
from desktop_app.domain.money import format_number
from desktop_app.domain.profiles import case_language
from desktop_app.i18n import language, translate, translate_n
from desktop_app.services import PackOptions, Services, check_output, resolve_profile


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        profile = resolve_profile(args.profile, max_mb=args.max_mb, max_pages=args.max_pages)
    except ValueError as exc:  # --max-mb or --max-pages the profile cannot take: a usage error
        logs.error("cli.pack.profile", exc)
        error(str(exc), err)
        return USAGE
    lang = args.lang
    if not lang:  # the case's language (chosen for it, or its country's): the letters' default too
        case = services.case(args.case_id)
        lang = case_language(case.country, case.language)
    options = PackOptions(
        profile=profile,
        lang=lang,
        paper=args.paper,
        evidence_ids=args.exhibits,
        on_bad_exhibit=args.on_bad_exhibit,
        reproducible=args.reproducible,
        force=args.force,
        fit=args.fit,
        allow_card_numbers=args.allow_card_numbers,
        black_and_white=args.black_and_white,
    )
    target = check_output(args.output, force=args.force, what="pack")
    result = run_job(services.pack_job(args.case_id, target, options), err, "steps")
    for line in [*result.to_check, *result.warnings]:
        warning(line, err)
    for pack_file in result.files:
        print(
            translate(
                "Cli", "Wrote {path} ({pages}, {size} MB, exhibits {exhibits}); SHA-256 in {name}.sha256"
            ).format(
                path=pack_file.path,
                pages=translate_n("Cli", "%n page(s)", pack_file.pages),
                size=_megabytes(pack_file.size),
                exhibits=", ".join(pack_file.letters) or translate("Cli", "none"),
                name=pack_file.path.name,
            ),
            file=out,
        )
    print(
        translate("Cli", "Profile: {label} ({limits}); images: {settings}.").format(
            label=profile.shown_label, limits=profile.describe(), settings=result.settings
        ),
        file=out,
    )
    return 0


def _megabytes(size: int) -> str:
    """``3.62`` (``3,62`` in French, Spanish and Polish): a pack file's size in MB, two decimals."""
    return format_number(Decimal(size).scaleb(-6).quantize(Decimal("0.01")), 2, language())
