"""Case files (``dossier-case/2``, and ``/1`` still read): importing one (and the sample case),
exporting a case as one."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import logs
from desktop_app.domain.evidence import safe_file_name
from desktop_app.domain.models import (
    EvidenceItem,
)
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.errors import Cancelled, DossierError, InvalidInputError
from desktop_app.fileio import atomic_write, check_output
from desktop_app.i18n import grouped, translate
from desktop_app.resources import resource_path
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    Staged,
    as_text,
    check_readable,
    utc_now,
)
from desktop_app.services.jobs import Job, JobContext, Progress
from desktop_app.services.results import CaseDetail

if TYPE_CHECKING:
    from desktop_app.domain.casefile import CaseFile, EvidenceEntry
    from desktop_app.services.work_results import CaseImport, ExportResult

    pass


SAMPLE_CASE = ("sample", "case.json")


CASE_FILE_LIMIT = 64 * 1024 * 1024  # a case file is text: larger is not one


class CaseFileServices(ServiceCore):
    """The use cases of case files."""

    def import_case_file(self, path: Path) -> int:
        """Create a case from a ``dossier-case/1`` file; refuse it whole if anything is wrong."""
        return self.import_case_file_report(path).case_id

    def import_case_file_job(self, path: Path) -> Job[CaseImport]:
        """:meth:`import_case_file_report` as a job; cancelled, nothing is kept."""

        def work(context: JobContext) -> CaseImport:
            with self._store.claimed():
                return self.import_case_file_report(
                    path, progress=context.progress, cancelled=context.cancelled
                )

        return Job(translate("Services", "Importing the case file"), work)

    def import_case_file_report(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> CaseImport:
        """:meth:`import_case_file`, saying which file became which item (see :class:`CaseImport`).

        Every ``evidence[].path`` must lead, after ``..`` and symbolic links, to a regular file in
        the case file's folder (or below it): one that does not refuses the whole case file.
        """
        from desktop_app.domain.casefile import CaseFileError, parse_case_file  # when a case file comes
        from desktop_app.services.work_results import CaseImport, ImportedFile

        document = _read_json(path)
        try:
            case_file = parse_case_file(document)
        except CaseFileError as exc:
            raise _case_file_refused(path, exc.problems) from None
        sources = _evidence_sources(path, case_file.evidence)
        case_id = self._create_case(
            case_file,
            sources,
            action="case.import",
            how=f"imported from {path.name}",
            progress=progress,
            cancelled=cancelled,
        )
        folder = _resolved(path.parent) or path.parent
        items = self._store.evidence.items(case_id, trashed=None)
        files = [
            ImportedFile(
                evidence_id=item.id or 0,
                path=source,
                relative=_relative_name(source, folder),
                original_name=item.original_name,
            )
            for source, item in zip(sources, items, strict=False)
        ]
        return CaseImport(case_id, files)

    def _create_case(
        self,
        case_file: CaseFile,
        sources: Sequence[Path],
        *,
        action: str,
        how: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        staged = self._stage(sources, progress=progress, cancelled=cancelled)
        try:
            for i, (entry, item) in enumerate(zip(case_file.evidence, staged, strict=True)):
                if entry.sha256 and entry.sha256 != item.stored.sha256:
                    raise InvalidInputError(
                        translate(
                            "Services",
                            "{path}: evidence[{index}].sha256 says {said} but the file's SHA-256 is "
                            "{found}: the file has changed since the case file was written",
                        ).format(path=item.path, index=i, said=entry.sha256, found=item.stored.sha256)
                    )
            now = utc_now()
            items = [
                self._evidence_from_entry(entry, item, now)
                for entry, item in zip(case_file.evidence, staged, strict=True)
            ]
            texts: list[str | None] = []  # each file's words, read before the transaction
            for entry, evidence in zip(case_file.evidence, items, strict=True):
                if cancelled is not None and cancelled():
                    raise Cancelled(
                        translate("Services", "The case file was not imported: you cancelled it.")
                    )
                linked_email = entry.communication is not None and evidence.kind is EvidenceKind.EMAIL
                texts.append(None if linked_email else self._document_text(evidence)[0])
            with self._store.transaction():
                case = case_file.case
                case_id = self._store.cases.insert(replace(case, created_at=None, updated_at=None), now)
                self._log(action, f"Case “{case.title}” {how}", case_id, "case", case_id, now)
                purchase_ids = []
                for pos, p in enumerate(case_file.purchases):
                    pid = self._store.records.insert_purchase(case_id, p, pos)
                    purchase_ids.append(pid)
                    self._log(
                        "purchase.add",
                        f"{p.kind.english_label} of {p.amount} {p.currency} on {p.date}",
                        case_id,
                        "purchase",
                        pid,
                        now,
                    )
                comm_ids = []
                for pos, c in enumerate(case_file.communications):
                    cid = self._store.records.insert_communication(case_id, c, pos)
                    comm_ids.append(cid)
                    self._log(
                        "communication.add",
                        f"{c.channel.english_label} {c.direction.value} at {c.at.isoformat()}",
                        case_id,
                        "communication",
                        cid,
                        now,
                    )
                for pos, (entry, evidence, text) in enumerate(
                    zip(case_file.evidence, items, texts, strict=True)
                ):
                    evidence = replace(
                        evidence,
                        purchase_id=purchase_ids[entry.purchase] if entry.purchase is not None else None,
                        communication_id=comm_ids[entry.communication]
                        if entry.communication is not None
                        else None,
                    )
                    self._insert_evidence(case_id, evidence, pos, now, text)
                for pos, t in enumerate(case_file.tasks):
                    link = comm_ids[t.communication_id] if t.communication_id is not None else None
                    tid = self._store.records.insert_task(case_id, replace(t, communication_id=link), pos)
                    self._log("task.add", f"Task “{t.title}”", case_id, "task", tid, now)
        except BaseException:
            self._discard(staged)
            raise
        self._notify(Change(Subject.CASE, Action.ADDED, case_id, (case_id,)))
        return case_id

    def _evidence_from_entry(self, entry: EvidenceEntry, item: Staged, now: datetime) -> EvidenceItem:
        return EvidenceItem(
            kind=entry.kind,
            title=entry.title,
            note=entry.note,
            note_translation=entry.note_translation,
            redactions=entry.redactions,
            original_name=entry.original_name or as_text(item.path.name),
            media_type=item.media_type,
            size=item.stored.size,
            sha256=item.stored.sha256,
            imported_at=entry.imported_at or now,
            source=entry.source,
        )

    def export_case_file(
        self,
        case_id: int,
        out: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        force: bool = False,
    ) -> ExportResult:
        """Write the case as ``out`` (JSON) and its files in ``<stem>-files/`` beside it."""
        return self._write_case_file(
            self.case_detail(case_id), out, progress=progress, cancelled=cancelled, force=force
        )

    def export_case_file_job(self, case_id: int, out: Path, *, force: bool = False) -> Job[ExportResult]:
        """:meth:`export_case_file` as a job; cancelled or failed, it leaves nothing written."""

        def work(context: JobContext) -> ExportResult:
            with self._store.claimed():
                detail = self.case_detail(case_id)
            return self._write_case_file(
                detail, out, progress=context.progress, cancelled=context.cancelled, force=force
            )

        return Job(translate("Services", "Exporting the case file"), work)

    def _write_case_file(
        self,
        detail: CaseDetail,
        out: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        force: bool = False,
    ) -> ExportResult:
        """The case file of ``detail``. It reads only vault files, so it may run on a worker thread.

        Every target (the JSON and each evidence file beside it) is checked before anything is
        written: refused inside a store folder, when it is not a regular file, and when it exists
        unless ``force``. Cancelled (raising :class:`Cancelled`) or failed, it removes the files
        it wrote.
        """
        from desktop_app.services.work_results import ExportResult

        given = out
        out = check_output(out, force=force, what="export")
        if not out.parent.is_dir():
            raise InvalidInputError(
                translate("Services", "{path}: the folder {folder} does not exist").format(
                    path=given, folder=out.parent
                )
            )
        files_dir_name = f"{out.stem.lstrip('.') or 'case'}-files"  # never hidden: an import refuses those
        pairs = []
        for i, item in enumerate(detail.evidence, start=1):
            pairs.append((item, f"{files_dir_name}/{i:03d}-{safe_file_name(item.original_name)}"))
        from desktop_app.domain.casefile import build_case_file

        document = build_case_file(detail.case, detail.purchases, detail.communications, pairs, detail.tasks)
        written: list[Path] = []
        files_dir = out.parent / files_dir_name
        if pairs and (files_dir.is_symlink() or (files_dir.exists() and not files_dir.is_dir())):
            raise InvalidInputError(
                translate(
                    "Services",
                    "{folder}: refused: it exists and is not a folder of Dossier's; nothing was written",
                ).format(folder=files_dir)
            )
        targets = [
            check_output(out.parent / relative, force=force, what="exported evidence")
            for _item, relative in pairs
        ]
        made_dir = False
        try:
            if pairs:
                try:
                    files_dir.mkdir()
                    made_dir = True
                except FileExistsError:
                    pass
                except OSError as exc:
                    text = translate("Services", "{folder}: cannot be created ({reason})")
                    raise DossierError(text.format(folder=files_dir, reason=exc.strerror or exc)) from exc
            for n, (item, _relative) in enumerate(pairs):
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Services", "The case file was not written: you cancelled it."))
                if progress is not None:
                    copying = translate("Services", "Copying {name}").format(name=item.original_name)
                    progress(n, len(pairs) + 1, copying)
                target = targets[n]
                with self._store.vault.open(item.sha256) as handle:
                    atomic_write(target, handle)
                written.append(target)
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Services", "The case file was not written: you cancelled it."))
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            atomic_write(out, text.encode("utf-8"))
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            if made_dir:
                try:
                    files_dir.rmdir()
                except OSError as exc:  # something else is in it now: left as it is
                    logs.error("services.export_case_file.rmdir", exc)
            raise
        if progress is not None:
            progress(len(pairs) + 1, len(pairs) + 1, translate("Services", "Done"))
        return ExportResult(out, written)

    def add_sample_case(self) -> int:
        """Add the realistic sample case shipped in resources/sample."""
        path = resource_path(*SAMPLE_CASE)
        from desktop_app.domain.casefile import parse_case_file

        case_file = parse_case_file(_read_json(path))
        sources = [path.parent / entry.path for entry in case_file.evidence]
        return self._create_case(case_file, sources, action="case.sample", how="added from the sample")


def _case_file_refused(path: Path, problems: Sequence[tuple[str, str]]) -> InvalidInputError:
    lines = "\n".join(f"  {name}: {reason}" if name else f"  {reason}" for name, reason in problems)
    text = translate("Services", "{path}: the case file was refused, nothing was imported:")
    return InvalidInputError(text.format(path=path) + "\n" + lines)


def _resolved(path: Path) -> Path | None:
    """``path`` with every ``..`` and symbolic link resolved; None when it cannot be (a loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # the caller names the path and refuses it
        logs.error("services.case_file.resolve", exc)
        return None


def _evidence_sources(case_path: Path, entries: Sequence[EvidenceEntry]) -> list[Path]:
    """The real file each evidence entry names; refuses the case file, naming every bad entry.

    An entry may only name a regular file inside the case file's folder: one that climbs out
    (``../../.ssh/id_ed25519``), a link leading out, or anything but a regular file (a folder, a
    FIFO, a device, a socket, a link to one) is refused, and with it the whole case file.
    """
    folder = _resolved(case_path.parent)
    if folder is None:
        raise InvalidInputError(
            translate("Services", "{path}: its folder cannot be resolved; nothing was imported").format(
                path=case_path
            )
        )
    problems: list[tuple[str, str]] = []
    sources: list[Path] = []
    for i, entry in enumerate(entries):
        name = f"evidence[{i}].path"
        shown = _shown(entry.path)
        real = _resolved(folder / entry.path)
        if real is None:
            text = translate("Services", "{file} cannot be followed (a loop of symbolic links?)")
            problems.append((name, text.format(file=shown)))
            continue
        if real != folder and not real.is_relative_to(folder):
            text = translate(
                "Services", "{file} leads outside the case file's folder {folder} (to {target}): refused"
            )
            problems.append((name, text.format(file=shown, folder=folder, target=real)))
            continue
        hidden = [
            part
            for part in (*Path(entry.path).parts, *real.relative_to(folder).parts)
            if part.startswith(".")
        ]
        if any(part not in (".", "..") for part in hidden):
            text = translate(
                "Services",
                "{file} is a hidden file or in a hidden folder (such as .ssh or .gnupg): "
                "Dossier never takes one from a case file; refused",
            )
            problems.append((name, text.format(file=shown)))
            continue
        try:
            mode = os.stat(real).st_mode
        except FileNotFoundError:
            problems.append((name, translate("Services", "{file}: no such file").format(file=shown)))
            continue
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            problems.append(
                (
                    name,
                    translate("Services", "{file} cannot be read ({reason})").format(
                        file=shown, reason=reason
                    ),
                )
            )
            continue
        if stat.S_ISDIR(mode):
            problems.append(
                (name, translate("Services", "{file} is a folder, not a file").format(file=shown))
            )
        elif not stat.S_ISREG(mode):
            text = translate("Services", "{file} is not a regular file (a FIFO, a device or a socket)")
            problems.append((name, text.format(file=shown)))
        else:
            sources.append(real)
    if problems:
        raise _case_file_refused(case_path, problems)
    check_readable(sources, [f"{case_path}: evidence[{i}].path" for i in range(len(sources))])
    return sources


def _relative_name(source: Path, folder: Path) -> str:
    try:
        return source.relative_to(folder).as_posix()
    except ValueError:
        return str(source)


def _shown(text: str, limit: int = 120) -> str:
    """A value from a file, quoted for a message: escaped, and cut when long."""
    quoted = repr(text)
    return quoted if len(quoted) <= limit else quoted[: limit - 2] + "…'"


def _read_json(path: Path) -> object:
    check_readable([path])
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInputError(_cannot_read(path, exc)) from None
    if size > CASE_FILE_LIMIT:
        raise InvalidInputError(
            translate(
                "Services",
                "{path}: {size} bytes is too large for a case file (at most {limit}); nothing was imported",
            ).format(path=path, size=grouped(size), limit=grouped(CASE_FILE_LIMIT))
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = translate("Services", "{path}: is not UTF-8 text (byte {byte}); save it as UTF-8")
        raise InvalidInputError(text.format(path=path, byte=exc.start)) from None
    except OSError as exc:
        raise InvalidInputError(_cannot_read(path, exc)) from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            translate(
                "Services", "{path}: is not valid JSON: {reason} at line {line}, column {column}"
            ).format(path=path, reason=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        raise InvalidInputError(
            translate(
                "Services",
                "{path}: is nested too deeply to be a case file (lists or objects inside each other "
                "hundreds of times); nothing was imported",
            ).format(path=path)
        ) from None
    except ValueError as exc:  # an integer of thousands of digits, NaN, Infinity
        why = (
            translate("Services", "an integer of thousands of digits, far too long for any amount")
            if "digits" in str(exc)
            else str(exc)
        )
        raise InvalidInputError(
            translate(
                "Services", "{path}: holds a number that cannot be read ({reason}); nothing was imported"
            ).format(path=path, reason=why)
        ) from None


def _cannot_read(path: Path, exc: OSError) -> str:
    return translate("Services", "{path}: cannot be read ({reason})").format(
        path=path, reason=exc.strerror or exc
    )


def _no_constant(name: str) -> object:
    raise ValueError(translate("Services", "{name} is not a number a case file may hold").format(name=name))
