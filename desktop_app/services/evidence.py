"""Adding evidence (files, and bytes such as a pasted screenshot), editing it, previews,
thumbnails and copies to open elsewhere.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from desktop_app import logs
from desktop_app.domain.evidence import safe_file_name, title_from_file_name
from desktop_app.domain.models import (
    EvidenceItem,
)
from desktop_app.domain.validation import evidence_problems, translation_problems
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.errors import Cancelled, DossierError, InvalidInputError
from desktop_app.fileio import atomic_write
from desktop_app.i18n import grouped, translate
from desktop_app.intake.sniff import sniff_media_type
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    Staged,
    as_text,
    check_readable,
    utc_now,
)
from desktop_app.services.jobs import Job, JobContext, Progress

if TYPE_CHECKING:
    from desktop_app.intake.preview import Preview
    from desktop_app.services.work_results import AddEvidenceResult


THUMBNAIL_FILE_LIMIT = 64 * 1024 * 1024  # larger files get no thumbnail: too slow to draw in a list
PREVIEW_FILE_LIMIT = 40 * 1024 * 1024  # larger files (but pictures) are not previewed


def thumbnail_png(data: bytes, media_type: str, *, max_side: int) -> bytes | None:
    """:func:`desktop_app.intake.thumbnails.thumbnail_png`, whose Pillow and pypdfium2 load when
    the first thumbnail is drawn."""
    from desktop_app.intake.thumbnails import thumbnail_png as draw

    return draw(data, media_type, max_side=max_side)


@dataclass(frozen=True)
class _Ready:
    """A staged file, checked and read: the item to insert, its words for search, its notes."""

    evidence: EvidenceItem
    text: str | None
    notes: list[str]


class EvidenceServices(ServiceCore):
    """The use cases of adding and looking at evidence."""

    def add_evidence(
        self,
        case_id: int,
        paths: Sequence[Path],
        *,
        kind: EvidenceKind | None = None,
        title: str | None = None,
        note: str | None = None,
        source: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        note_translation: str | None = None,
    ) -> AddEvidenceResult:
        """Add files to a case. Every file is checked first: one bad file refuses the batch.
        ``note_translation``: the note's one-line translation (domain.validation.translation_problems).

        A file whose bytes are already evidence of this case is skipped and
        reported; bytes the vault already holds are stored once. Cancelled (raising
        :class:`Cancelled`) before its transaction, nothing is kept.
        """
        if not paths:
            raise InvalidInputError(translate("Services", "No file was given."))
        problems = translation_problems(note, note_translation)
        if problems:
            raise InvalidInputError("; ".join(problems))
        self._store.cases.get(case_id)
        check_readable(paths)
        staged = self._stage(paths, progress=progress, cancelled=cancelled)
        return self._add_staged(
            case_id,
            staged,
            kind=kind,
            title=title,
            note=note,
            source=source,
            progress=progress,
            cancelled=cancelled,
            note_translation=(note_translation or "").strip() or None,
        )

    def add_evidence_job(
        self,
        case_id: int,
        paths: Sequence[Path],
        *,
        kind: EvidenceKind | None = None,
        title: str | None = None,
        note: str | None = None,
        source: str | None = None,
        note_translation: str | None = None,
    ) -> Job[AddEvidenceResult]:
        """:meth:`add_evidence` as a job: the files are read, sealed and read for their text on the
        job's thread; cancelled, nothing is kept."""

        def work(context: JobContext) -> AddEvidenceResult:
            with self._store.claimed():
                return self.add_evidence(
                    case_id,
                    paths,
                    kind=kind,
                    title=title,
                    note=note,
                    source=source,
                    progress=context.progress,
                    cancelled=context.cancelled,
                    note_translation=note_translation,
                )

        if len(paths) == 1:
            return Job(translate("Services", "Adding the file"), work)
        return Job(translate("Services", "Adding the files"), work)

    def add_evidence_data(
        self,
        case_id: int,
        data: bytes,
        name: str,
        *,
        kind: EvidenceKind | None = None,
        title: str | None = None,
        note: str | None = None,
        source: str | None = None,
    ) -> AddEvidenceResult:
        """Add bytes that come from no file, such as a screenshot pasted from the clipboard."""
        self._store.cases.get(case_id)
        if not data:
            raise InvalidInputError(translate("Services", "{name}: there is nothing in it").format(name=name))
        stored = self._store.vault.put_stream(io.BytesIO(data), name=name)
        staged = [Staged(Path(name), stored, sniff_media_type(data[:8192], name))]
        return self._add_staged(case_id, staged, kind=kind, title=title, note=note, source=source)

    def add_evidence_data_job(
        self,
        case_id: int,
        data: bytes,
        name: str,
        *,
        kind: EvidenceKind | None = None,
        title: str | None = None,
        note: str | None = None,
        source: str | None = None,
    ) -> Job[AddEvidenceResult]:
        """:meth:`add_evidence_data` as a job (a large pasted picture is sealed off the window's thread)."""

        def work(context: JobContext) -> AddEvidenceResult:
            context.progress(0, 1, translate("Services", "Adding {name}").format(name=name))
            with self._store.claimed():
                result = self.add_evidence_data(
                    case_id, data, name, kind=kind, title=title, note=note, source=source
                )
            context.progress(1, 1, translate("Services", "Done"))
            return result

        return Job(translate("Services", "Adding the pasted file"), work)

    def _add_staged(
        self,
        case_id: int,
        staged: list[Staged],
        *,
        kind: EvidenceKind | None,
        title: str | None,
        note: str | None,
        source: str | None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        note_translation: str | None = None,
    ) -> AddEvidenceResult:
        """Check, name and read the staged files (file work, before any transaction), then insert
        their rows in one transaction that writes rows only."""
        from desktop_app.services.work_results import AddEvidenceResult, SkippedFile

        result = AddEvidenceResult()
        try:
            now = utc_now()
            prepared = self._prepare(
                case_id, staged, kind, title, note, source, now, progress=progress, cancelled=cancelled
            )
            seen: dict[str, EvidenceItem] = {}
            with self._store.transaction():
                position = self._store.evidence.next_position(case_id)
                for item, ready in zip(staged, prepared, strict=True):
                    if isinstance(ready, str):
                        result.skipped.append(SkippedFile(item.path, None, ready))
                        continue
                    sha = item.stored.sha256
                    existing = seen.get(sha) or self._store.evidence.find_by_hash(case_id, sha)
                    if existing is not None:
                        if existing.trashed_at:
                            why = translate(
                                "Services", "the same file is in this case's trash #{number} “{title}”"
                            )
                        else:
                            why = translate(
                                "Services", "the same file is already evidence #{number} “{title}”"
                            )
                        why = why.format(number=existing.id, title=existing.title)
                        result.skipped.append(SkippedFile(item.path, existing, why))
                        continue
                    assert ready is not None
                    evidence = replace(ready.evidence, note_translation=note_translation)
                    new_id = self._insert_evidence(case_id, evidence, position, now, ready.text)
                    result.notes.extend(ready.notes)
                    position += 1
                    saved = self._store.evidence.item(new_id)  # as stored: card numbers masked
                    seen[sha] = saved
                    result.added.append(saved)
                    if not item.stored.created:
                        result.shared.append(saved)
                if result.added:
                    self._store.cases.touch(case_id, now)
        except BaseException:
            self._discard(staged)
            raise
        self._discard(staged)  # the refused files' bytes, unless something else keeps them
        if result.added:
            added = tuple(item.id or 0 for item in result.added)
            self._notify(Change(Subject.EVIDENCE, Action.ADDED, case_id, added))
        return result

    def _prepare(
        self,
        case_id: int,
        staged: Sequence[Staged],
        kind: EvidenceKind | None,
        title: str | None,
        note: str | None,
        source: str | None,
        now: datetime,
        *,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> list[_Ready | str | None]:
        """For each staged file, in order: why its content is refused (a str), None when it is
        already evidence of the case (or earlier in this batch), else the item to insert with its
        text. Every file read happens here: content checks, the kind's guess, the text."""
        from desktop_app.intake.check import notes as content_notes  # Pillow: when a file is checked
        from desktop_app.intake.check import refusal
        from desktop_app.intake.kinds import guess_kind_of_file

        prepared: list[_Ready | str | None] = []
        batch: set[str] = set()
        for n, item in enumerate(staged):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Services", "Nothing was added: you cancelled it."))
            if progress is not None:
                progress(
                    n,
                    len(staged),
                    translate("Services", "Checking {name}").format(name=as_text(item.path.name)),
                )
            sha = item.stored.sha256
            with self._store.vault.open(sha) as handle:
                refused = refusal(item.path.name, item.stored.size, item.media_type, handle)
            if refused:
                prepared.append(refused)
                continue
            if sha in batch or self._store.evidence.find_by_hash(case_id, sha) is not None:
                prepared.append(None)  # said in the transaction, which reads it again
                continue
            batch.add(sha)
            item_kind = kind
            if item_kind is None:  # guessed from the name, the type, or the first page
                with self._store.vault.open(sha) as handle:
                    item_kind = guess_kind_of_file(item.path.name, item.media_type, handle)
            evidence = EvidenceItem(
                kind=item_kind,
                title=title or title_from_file_name(as_text(item.path.name)),
                note=note,
                original_name=as_text(item.path.name),
                media_type=item.media_type,
                size=item.stored.size,
                sha256=sha,
                imported_at=now,
                source=source,
            )
            text, why = self._document_text(evidence)
            notes = ([why] if why else []) + content_notes(item.path.name, item.media_type)
            prepared.append(_Ready(evidence, text, notes))
        if progress is not None:
            progress(len(staged), len(staged), translate("Services", "Saving"))
        return prepared

    def update_evidence(self, item: EvidenceItem) -> EvidenceItem:
        """Change an item's kind, title, note and its one-line translation, redaction boxes or links;
        returns the item as it was before. Impossible boxes or a translation of several lines are
        refused (domain.validation.evidence_problems)."""
        if item.id is None:
            raise InvalidInputError(translate("Services", "This evidence item is not saved yet."))
        before = self._store.evidence.item(item.id)
        problems = evidence_problems(item)
        if problems:
            raise InvalidInputError("; ".join(problems))
        case_id = before.case_id or 0
        if item.purchase_id is not None and item.purchase_id not in {
            p.id for p in self._store.records.purchases(case_id)
        }:
            raise InvalidInputError(translate("Services", "That charge is not in this case."))
        if item.communication_id is not None and item.communication_id not in {
            c.id for c in self._store.records.communications(case_id)
        }:
            raise InvalidInputError(translate("Services", "That contact is not in this case."))
        now = utc_now()
        with self._store.transaction():
            self._store.evidence.update(
                replace(
                    before,
                    kind=item.kind,
                    title=item.title.strip(),
                    note=item.note,
                    note_translation=(item.note_translation or "").strip() or None,
                    redactions=tuple(item.redactions),
                    purchase_id=item.purchase_id,
                    communication_id=item.communication_id,
                )
            )
            self._log("evidence.edit", f"“{before.title}” edited", case_id, "evidence", item.id, now)
            self._store.cases.touch(case_id, now)
        self._notify(Change(Subject.EVIDENCE, Action.EDITED, case_id, (item.id,)))
        return before

    def evidence_preview(self, evidence_id: int) -> Preview:
        """What a preview pane shows of an item (its file is only read)."""
        from desktop_app.intake.preview import Preview, preview_of  # pypdf, pypdfium2: when shown

        item = self._store.evidence.item(evidence_id)
        if item.size > PREVIEW_FILE_LIMIT and not item.media_type.startswith("image/"):
            return Preview("text", _too_large(item.original_name, item.size))
        return preview_of(self._store.vault.read_bytes(item.sha256), item.media_type, item.original_name)

    def evidence_page(self, evidence_id: int, page: int) -> bytes:
        """Page ``page`` (from 1) of a PDF exhibit, drawn as a PNG for the preview (only that page
        is drawn). Refused (InvalidInputError) for an exhibit that is not a PDF, or a page it does
        not have, saying how many it has."""
        return self.evidence_page_job(evidence_id, page).run()

    def evidence_page_job(self, evidence_id: int, page: int) -> Job[bytes]:
        """:meth:`evidence_page` as a job: the item and its file are read now (on the store's
        owner thread), the page is drawn by the job's work, which never uses the store."""
        item = self._store.evidence.item(evidence_id)
        name = item.original_name
        if item.media_type != "application/pdf":
            raise InvalidInputError(
                translate("Services", "{name} is not a PDF: it has no pages to turn.").format(name=name)
            )
        if isinstance(page, bool) or page < 1:
            text = translate("Services", "{name}: there is no page {page}: pages are numbered from 1.")
            raise InvalidInputError(text.format(name=name, page=page))
        if item.size > PREVIEW_FILE_LIMIT:
            raise InvalidInputError(_too_large(name, item.size))
        data = self._store.vault.read_bytes(item.sha256)

        def work(context: JobContext) -> bytes:
            from desktop_app.intake.preview import PageNotShown, pdf_page_png  # pypdfium2: when shown

            context.check()
            try:
                return pdf_page_png(data, page)
            except PageNotShown as exc:
                raise InvalidInputError(
                    translate("Services", "{file}: {problem}").format(file=name, problem=exc)
                ) from exc

        return Job(translate("Services", "Drawing page {page} of {name}").format(page=page, name=name), work)

    def thumbnail(self, sha256: str, media_type: str, max_side: int = 160) -> bytes | None:
        """A PNG thumbnail of a stored file, or None when it has no picture to show.

        Drawn once, then kept in the store's thumbnail cache. It reads only files (never the
        database), so a worker thread may call it.
        """
        vault = self._store.vault
        cached = self.thumbnail_cache_path(sha256, max_side)
        identity = f"thumbnail {sha256} {max_side}"
        if cached.is_file():
            try:
                return vault.read_private(cached, identity)
            except (OSError, DossierError) as exc:  # a damaged cache file: drawn again
                logs.error("services.thumbnail.cache_read", exc)
        try:
            if vault.size_of(sha256) > THUMBNAIL_FILE_LIMIT:
                return None
            data = vault.read_bytes(sha256)
        except (OSError, DossierError) as exc:  # missing or damaged: verify says so; no picture here
            logs.error("services.thumbnail.read", exc)
            return None
        png = thumbnail_png(data, media_type, max_side=max_side)
        if png is not None:
            try:
                vault.write_private(cached, png, identity)  # sealed in an encrypted store
            except (OSError, DossierError) as exc:  # a cache that cannot be written is only slower
                logs.error("services.thumbnail.cache_write", exc)
        return png

    def copy_of_evidence(self, evidence_id: int, folder: Path) -> Path:
        """A read-only copy of the original under its own name, to open in another program."""
        return self._copy_out(self._store.evidence.item(evidence_id), folder, None)

    def copy_of_evidence_job(self, evidence_id: int, folder: Path) -> Job[Path]:
        """:meth:`copy_of_evidence` as a job: the vault's file is read (and decrypted) on the job's
        thread. Cancelled, it stops at the next megabyte and no copy is left."""

        def work(context: JobContext) -> Path:
            with self._store.claimed():
                item = self._store.evidence.item(evidence_id)
            context.progress(0, 1, translate("Services", "Copying {name}").format(name=item.original_name))
            try:
                target = self._copy_out(item, folder, context.check)
            except OSError as exc:  # a folder that cannot be written: told as the direct call told it
                raise DossierError(str(exc)) from exc
            if context.cancelled():  # cancelled as it ended: nothing of it is kept
                target.unlink(missing_ok=True)
                context.check()
            context.progress(1, 1, translate("Services", "Copied"))
            return target

        return Job(translate("Services", "Opening a copy of the evidence"), work)

    def _copy_out(self, item: EvidenceItem, folder: Path, check: Callable[[], None] | None) -> Path:
        target = folder / safe_file_name(item.original_name)
        with self._store.vault.open(item.sha256) as handle:
            # 0600 from the start; a cancel between two chunks leaves no part file behind
            atomic_write(target, handle if check is None else cast(BinaryIO, _Checked(handle, check)))
        os.chmod(target, 0o400)  # read-only, and still for this user alone
        return target


class _Checked(io.RawIOBase):
    """A file read through ``check()`` before each chunk (which raises to stop the copy)."""

    def __init__(self, handle: BinaryIO, check: Callable[[], None]) -> None:
        super().__init__()
        self._handle = handle
        self._check = check

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self._check()
        return self._handle.read(size)


def _too_large(name: str, size: int) -> str:
    return translate("Services", "{name}: {size} bytes, too large to preview.").format(
        name=name, size=grouped(size)
    )
