"""What every part of the services shares: the open store, who acts, the change notifications,
the event log, reading one record, and getting files into the vault and their rows into the
database. No Qt; no part of the services imports another part, only this one.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

from desktop_app import logs
from desktop_app.domain.models import (
    Case,
    Communication,
    Event,
    EvidenceItem,
    Purchase,
    Task,
)
from desktop_app.domain.vocab import EvidenceKind
from desktop_app.errors import Cancelled, InvalidInputError, StoreError
from desktop_app.fileio import store_folder_of
from desktop_app.i18n import translate
from desktop_app.intake.sniff import sniff_media_type
from desktop_app.services.changes import Change, Listener
from desktop_app.services.jobs import Progress
from desktop_app.services.results import CaseDetail

if TYPE_CHECKING:
    from desktop_app.store.store import Store
    from desktop_app.store.vault import StoredFile


TEXT_FILE_LIMIT = 200 * 1024 * 1024  # larger documents are kept, not searched by their text


@dataclass(frozen=True)
class Staged:
    """A file copied into the vault, waiting for its database row."""

    path: Path
    stored: StoredFile
    media_type: str


class ServiceCore:
    """The base of every part of :class:`desktop_app.services.Services`."""

    def __init__(self, store: Store, *, actor: str = "user") -> None:
        self._store = store
        self.actor = actor
        self._listeners: list[Listener] = []

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        return self._store.root

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns what stops it (safe to call twice)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _log(
        self,
        action: str,
        summary: str,
        case_id: int | None,
        entity: str | None = None,
        entity_id: int | None = None,
        at: datetime | None = None,
    ) -> None:
        self._store.events.log(
            Event(
                at=at or utc_now(),
                actor=self.actor,
                action=action,
                summary=summary,
                case_id=case_id,
                entity=entity,
                entity_id=entity_id,
            )
        )

    def _add_contact(self, case_id: int, contact: Communication, now: datetime) -> int:
        """Put ``contact`` last among the case's contacts and log it ("communication.add"), in the
        caller's transaction; its id."""
        position = self._store.records.next_position("communications", case_id)
        contact_id = self._store.records.insert_communication(case_id, contact, position)
        self._log(
            "communication.add",
            f"{contact.channel.english_label} {contact.direction.value} at {contact.at.isoformat()}",
            case_id,
            "communication",
            contact_id,
            now,
        )
        return contact_id

    def _log_done(self, action: str, summary: str, case_id: int | None = None) -> None:
        """The log entry of a change already made whole (a conversion, a backup written): one
        lost to a full disk is no failure of the change, and is noted in the log file."""
        try:
            with self._store.transaction():
                self._log(action, summary, case_id)
        except StoreError as exc:
            logs.error("services.log_done", exc, action=action)

    def _stage(
        self,
        paths: Sequence[Path],
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Staged]:
        """Copy files into the vault; on any failure, or cancelled (:class:`Cancelled`), remove
        what this call created."""
        staged: list[Staged] = []
        try:
            for n, path in enumerate(paths):
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Services", "Nothing was added: you cancelled it."))
                if progress is not None:
                    progress(
                        n, len(paths), translate("Services", "Reading {name}").format(name=as_text(path.name))
                    )
                stored = self._store.vault.put_file(path)
                head = self._store.vault.read_head(stored.sha256)
                staged.append(Staged(path, stored, sniff_media_type(head, path.name)))
        except BaseException:
            self._discard(staged)
            raise
        return staged

    def _discard(self, staged: Iterable[Staged]) -> None:
        """Remove vault files this operation created that no row refers to."""
        referenced = self._store.evidence.referenced_hashes()
        for item in staged:
            if item.stored.created and item.stored.sha256 not in referenced:
                self._store.vault.remove(item.stored.sha256)

    def _insert_evidence(
        self,
        case_id: int,
        evidence: EvidenceItem,
        position: int,
        now: datetime,
        text: str | None = None,
    ) -> int:
        """Insert an evidence row with its blob, its text for search (read before the transaction
        by :meth:`_document_text`: a transaction writes rows only) and its log entry.

        Names that are not text (a file name in bytes that are not UTF-8) are kept with U+FFFD.
        """
        evidence = as_text_record(evidence)
        self._store.evidence.ensure_blob(evidence.sha256, evidence.size, now)
        new_id = self._store.evidence.insert(case_id, evidence, position)
        if not _text_is_its_contacts(evidence):
            self._store.evidence.set_text(new_id, text)
        self._log(
            "evidence.add",
            f"{evidence.kind.english_label} “{evidence.title}” "
            f"({evidence.original_name}, SHA-256 {evidence.sha256})",
            case_id,
            "evidence",
            new_id,
            now,
        )
        return new_id

    def _document_text(
        self, evidence: EvidenceItem, data: bytes | None = None
    ) -> tuple[str | None, str | None]:
        """The words of an evidence file for search, or why it has none (see intake.text): file
        work, done before the transaction that inserts the item. ``data``: its bytes, when they
        are at hand (an attachment); else they are read from the vault."""
        name = as_text(evidence.original_name)
        if _text_is_its_contacts(evidence):
            return None, None
        if evidence.size > TEXT_FILE_LIMIT:
            return None, translate("Services", "{name} is too large to search its text").format(name=name)
        if not evidence.media_type.startswith(("application/pdf", "text/", "message/rfc822")):
            return None, None
        from desktop_app.intake.text import extract_text  # pypdf: loaded when a document is read

        if data is None:
            data = self._store.vault.read_bytes(evidence.sha256)
        return extract_text(data, evidence.media_type, name)

    # ------------------------------------------------------------------ reading one record

    def case(self, case_id: int) -> Case:
        """One case; NotFoundError when there is none."""
        return self._store.cases.get(case_id)

    def purchase(self, purchase_id: int) -> Purchase:
        return self._store.records.purchase(purchase_id)

    def communication(self, communication_id: int) -> Communication:
        return self._store.records.communication(communication_id)

    def task(self, task_id: int) -> Task:
        return self._store.records.task(task_id)

    def evidence_item(self, evidence_id: int) -> EvidenceItem:
        return self._store.evidence.item(evidence_id)

    def case_detail(self, case_id: int) -> CaseDetail:
        return CaseDetail(
            case=self._store.cases.get(case_id),
            purchases=self._store.records.purchases(case_id),
            communications=self._store.records.communications(case_id),
            evidence=self._store.evidence.items(case_id),
            tasks=self._store.records.tasks(case_id),
        )

    def thumbnail_cache_path(self, sha256: str, max_side: int) -> Path:
        """Where the thumbnail of a file is kept: beside the vault, never part of it."""
        return self._store.root / "thumbnails" / sha256[:2] / f"{sha256}-{max_side}.png"

    def _evidence_hashes(self) -> set[str]:
        """The hashes every evidence item of every case names, in the trash or not."""
        return set(self._store.evidence.names_by_hash())

    def _named_hashes(self) -> set[str]:
        """Every hash a record names: a blob row, or an evidence item (in the trash or not)."""
        return self._store.evidence.referenced_hashes() | self._evidence_hashes()


def utc_now() -> datetime:
    """Now, in UTC, to the second: the moment every change and log entry is stamped with."""
    return datetime.now(UTC).replace(microsecond=0)


def _text_is_its_contacts(evidence: EvidenceItem) -> bool:
    """An e-mail imported as a contact: its words are searched in the contact, not twice."""
    return bool(evidence.communication_id) and evidence.kind is EvidenceKind.EMAIL


def as_text(name: str) -> str:
    """Text that can be stored and shown: what is not a character (bytes that are not UTF-8,
    kept by the OS or a mail parser as lone surrogates) becomes U+FFFD. Files are untouched."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return name
    out: list[str] = []
    raw = bytearray()
    for ch in name + "\0":
        if "\udc80" <= ch <= "\udcff":  # a byte the OS could not decode, kept as it was
            raw.append(ord(ch) - 0xDC00)
            continue
        if raw:
            out.append(raw.decode("utf-8", "replace"))
            raw.clear()
        out.append("\ufffd" if "\ud800" <= ch <= "\udfff" else ch)
    return "".join(out[:-1])


R = TypeVar("R")


def as_text_record(record: R) -> R:
    """``record`` (a dataclass) with every text field, nested ones too, passed through :func:`as_text`."""
    changes: dict[str, Any] = {}
    for item in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, item.name)
        if isinstance(value, str):
            cleaned: Any = as_text(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            cleaned = as_text_record(value)
        else:
            continue
        if cleaned is not value:
            changes[item.name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def check_readable(paths: Sequence[Path], names: Sequence[str] | None = None) -> None:
    """Refuse, naming each, any path that is missing, a folder, not a regular file, unreadable,
    or one of a Dossier store's own files (its key file, database or vault)."""
    problems = []
    for i, path in enumerate(paths):
        name = (
            translate("Services", "{name} ({path})").format(name=names[i], path=path) if names else str(path)
        )
        problem = _unreadable(path)
        if problem is None:
            store = _store_holding(path)
            if store is not None:
                problem = translate(
                    "Services",
                    "is inside the Dossier store folder {folder}: the store's own files are never evidence",
                ).format(folder=store)
        if problem is not None:
            problems.append(translate("Services", "{file}: {problem}").format(file=name, problem=problem))
    if problems:
        raise InvalidInputError("\n".join([*problems, translate("Services", "Nothing was added.")]))


def _unreadable(path: Path) -> str | None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return translate("Services", "no such file")
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return translate("Services", "cannot be read ({reason})").format(reason=reason)
    if stat.S_ISDIR(mode):
        return translate("Services", "is a folder, not a file")
    if not stat.S_ISREG(mode):
        return translate("Services", "is not a regular file")
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as exc:
        return translate("Services", "cannot be read ({reason})").format(reason=exc.strerror or exc)
    return None


def _store_holding(path: Path) -> Path | None:
    """The Dossier store folder ``path`` lies in, after ``..`` and links, or None."""
    try:
        return store_folder_of(Path(os.path.realpath(path)).parent)
    except (OSError, ValueError) as exc:  # its folders cannot be read: it is checked when read itself
        logs.error("services.store_holding", exc)
        return None


def refuse(problems: Sequence[str]) -> None:
    """Refuse a record the domain's checks find wrong, saying every reason at once."""
    if problems:
        raise InvalidInputError("\n".join(problems))


def not_text_problems(record: object, prefix: str = "") -> list[str]:
    """Every text field of ``record`` (and of the records inside it) that is not text: a lone
    surrogate, as bytes that are not UTF-8 become when typed on a command line."""
    problems = []
    for item in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, item.name)
        name = f"{prefix}{item.name.replace('_', ' ')}"
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                problems.append(
                    translate(
                        "Services",
                        "The {field} holds {character}, which is not a character (bytes that are "
                        "not UTF-8 text?); type it again.",
                    ).format(field=name, character=repr(value[exc.start]))
                )
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            problems += not_text_problems(value, f"{name}'s ")
    return problems
