"""``dossier evidence``: add, edit, show, list, trash, restore, empty the trash, and the vault's unused
files."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any, TextIO

from desktop_app.cli import unlocking
from desktop_app.cli.output import confirmed, error, print_json, run_job, table
from desktop_app.domain.models import EvidenceItem
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.i18n import translate, translate_n
from desktop_app.services import Services


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    action = args.evidence_command
    if action == "add":
        return _add(services, args, out, err)
    if action == "list":
        items = (
            services.evidence_trash(args.case_id)
            if args.trash
            else services.case_detail(args.case_id).evidence
        )
        _list(items, args.json, out)
        return 0
    if action == "edit":
        return _edit(services, args, out)
    if action == "show":
        _show(services.evidence_item(args.evidence_id), args.json, out)
        return 0
    if action == "trash":
        item = services.trash_evidence(args.evidence_id)
        print(
            translate(
                "Cli", "Moved #{id} “{title}” to the trash; 'dossier evidence restore {id}' brings it back."
            ).format(id=item.id, title=item.title),
            file=out,
        )
        return 0
    if action == "restore":
        item = services.restore_evidence(args.evidence_id)
        print(translate("Cli", "Restored #{id} “{title}”.").format(id=item.id, title=item.title), file=out)
        return 0
    if action == "empty-trash":
        if not args.yes:
            if not unlocking.can_ask():
                error(
                    translate("Cli", "emptying the trash deletes files for good; add --yes to confirm"), err
                )
                return 1
            if not confirmed(translate("Cli", "Delete the items in the trash for good? [y/N] ")):
                print(translate("Cli", "Nothing was deleted."), file=out)
                return 0
        count = services.empty_trash()
        print(translate_n("Cli", "Deleted %n item(s) for good.", count), file=out)
        return 0
    if action == "unused":
        return _unused(services, args.json, out, err)
    if action == "remove-unused":
        return _remove_unused(services, args.yes, out, err)
    raise AssertionError(action)  # pragma: no cover


def _add(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    job = services.add_evidence_job(
        args.case_id,
        args.files,
        kind=EvidenceKind(args.kind) if args.kind else None,
        title=args.title,
        note=args.note,
        source=args.source,
        note_translation=args.note_translation,
    )
    result = run_job(job, err)
    for item in result.added:
        shared = " (the vault already held these bytes: stored once)" if item in result.shared else ""
        print(
            translate("Cli", "added #{id} {kind} “{title}” sha256 {sha256}{shared}").format(
                id=item.id, kind=item.kind.value, title=item.title, sha256=item.sha256, shared=shared
            ),
            file=out,
        )
    for skipped in result.skipped:
        if skipped.existing is not None:  # already evidence of this case: nothing to add
            print(
                translate("Cli", "skipped {path}: {reason}").format(path=skipped.path, reason=skipped.reason),
                file=out,
            )
        else:
            error(
                translate("Cli", "refused {path}: {reason}").format(path=skipped.path, reason=skipped.reason),
                err,
            )
    for note in result.notes:
        print(translate("Cli", "note: {note}").format(note=note), file=out)
    if result.skipped:
        print(
            translate_n(
                "Cli",
                "dossier: {added} of %n file(s) added; the others are named above with the reason",
                len(result.added) + len(result.skipped),
            ).format(added=len(result.added)),
            file=err,
        )
        return 1
    return 0


def _list(items: list[EvidenceItem], as_json: bool, out: TextIO) -> None:
    if as_json:
        print_json(
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
                    **_words(e),
                }
                for e in items
            ],
            out,
        )
        return
    table(
        out,
        [
            translate("Cli", "ID"),
            translate("Cli", "KIND"),
            translate("Cli", "TITLE"),
            translate("Cli", "FILE"),
            translate("Cli", "SIZE"),
            "SHA-256",
        ],
        [
            [str(e.id), e.kind.value, e.title, e.original_name, str(e.size), e.sha256[:16] + "…"]
            for e in items
        ],
    )


def _words(e: EvidenceItem) -> dict[str, Any]:
    """What an item says in the pack: its note, the note's translation, its redaction boxes."""
    return {
        "note": e.note,
        "note_translation": e.note_translation,
        "redactions": [
            {"page": a.page, "x": a.x, "y": a.y, "width": a.width, "height": a.height} for a in e.redactions
        ],
    }


def _edit(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Change what was given (an empty note or translation clears it); the rest stays as it is."""
    item = services.evidence_item(args.evidence_id)
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.kind is not None:
        changes["kind"] = EvidenceKind(args.kind)
    if args.note is not None:
        changes["note"] = args.note.strip() or None
    if args.note_translation is not None:
        changes["note_translation"] = args.note_translation.strip() or None
    if not changes:
        said = translate(
            "Cli", "Nothing to change in #{id} “{title}”: give --title, --kind, --note or --note-translation."
        )
        print(said.format(id=item.id, title=item.title), file=out)
        return 0
    services.update_evidence(replace(item, **changes))
    edited = services.evidence_item(args.evidence_id)
    print(translate("Cli", "Edited #{id} “{title}”.").format(id=edited.id, title=edited.title), file=out)
    return 0


def _show(e: EvidenceItem, as_json: bool, out: TextIO) -> None:
    if as_json:
        print_json(
            {
                "id": e.id,
                "case_id": e.case_id,
                "kind": e.kind.value,
                "title": e.title,
                "original_name": e.original_name,
                "media_type": e.media_type,
                "size": e.size,
                "sha256": e.sha256,
                "imported_at": e.imported_at.isoformat(),
                "source": e.source,
                "purchase_id": e.purchase_id,
                "communication_id": e.communication_id,
                "trashed": e.trashed_at is not None,
                **_words(e),
            },
            out,
        )
        return
    heading = f"#{e.id} {e.kind.value} “{e.title}”"
    lines = [
        translate("Cli", "{item} (in the trash)").format(item=heading) if e.trashed_at else heading,
        "  "
        + translate("Cli", "File: {name} ({type}, {size}), SHA-256 {sha256}").format(
            name=e.original_name,
            type=e.media_type,
            size=translate_n("Cli", "%n byte(s)", e.size),
            sha256=e.sha256,
        ),
        "  " + translate("Cli", "Note: {note}").format(note=e.note or "-"),
        "  "
        + translate("Cli", "Note's translation: {translation}").format(translation=e.note_translation or "-"),
    ]
    if e.redactions:
        lines.append("  " + translate("Cli", "Redaction boxes: {count}").format(count=len(e.redactions)))
        box = translate("Cli", "page {page}: x {x}, y {y}, width {width}, height {height}")
        lines += [
            "    "
            + box.format(
                page=a.page, x=f"{a.x:g}", y=f"{a.y:g}", width=f"{a.width:g}", height=f"{a.height:g}"
            )
            for a in e.redactions
        ]
    else:
        lines.append("  " + translate("Cli", "Redaction boxes: none"))
    print("\n".join(lines), file=out)


def _unused(services: Services, as_json: bool, out: TextIO, err: TextIO) -> int:
    unused = services.unused_vault_files()
    if as_json:
        print_json(
            [{"sha256": f.sha256, "size": f.size, "path": str(f.path), "names": f.names} for f in unused], out
        )
        return 0
    for found in unused:
        print(found.describe(), file=out)
    if unused:
        print(
            translate_n(
                "Cli",
                "%n vault file(s) no record names; 'dossier evidence remove-unused' removes them after "
                "listing them again and asking.",
                len(unused),
            ),
            file=err,
        )
    else:
        print(translate("Cli", "Every vault file is named by a record: none is unused."), file=err)
    return 0


def _remove_unused(services: Services, yes: bool, out: TextIO, err: TextIO) -> int:
    """List the vault files no record names, then remove exactly those once confirmed."""
    unused = services.unused_vault_files()
    if not unused:
        print(translate("Cli", "Every vault file is named by a record: nothing to remove."), file=out)
        return 0
    print(translate_n("Cli", "%n vault file(s) no record names:", len(unused)), file=out)
    for found in unused:
        print(f"  {found.describe()}", file=out)
    if not yes:
        if not unlocking.can_ask():
            error(translate("Cli", "removing these files deletes them for good; add --yes to confirm"), err)
            return 1
        if not confirmed(translate_n("Cli", "Remove these %n file(s) for good? [y/N] ", len(unused))):
            print(translate("Cli", "Nothing was removed."), file=out)
            return 0
    count = services.remove_unused_vault_files([f.sha256 for f in unused])
    print(translate_n("Cli", "Removed %n vault file(s) no record named.", count), file=out)
    return 0
