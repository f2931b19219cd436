"""``dossier search``: the cases, contacts, e-mails and documents holding words."""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop_app.cli.output import print_json
from desktop_app.i18n import translate
from desktop_app.services import Services


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    query: str = args.query
    found = services.search(query)
    if args.json:
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
        print_json(rows, out)
        return 0
    if not found:
        print(translate("Cli", "Nothing holds “{query}”.").format(query=query), file=out)
        return 1
    for group in found:
        print(
            translate("Cli", "Case {id}: {title}").format(id=group.case_id, title=group.title),
            file=out,
        )
        for hit in group.hits:
            snippet = hit.snippet
            for start, end in reversed(hit.spans):
                snippet = f"{snippet[:start]}[{snippet[start:end]}]{snippet[end:]}"
            print(
                f"  {hit.kind} {hit.item_id}  {hit.label}",
                file=out,
            )
            print(f"      {snippet}", file=out)
    return 0
