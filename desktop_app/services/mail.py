"""E-mail import: .eml, Outlook .msg and mbox files, one message at a time. No Qt."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Collection, Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import logs
from desktop_app.domain.evidence import title_from_file_name
from desktop_app.domain.models import (
    Communication,
    EvidenceItem,
)
from desktop_app.domain.vocab import Channel, Direction, EvidenceKind
from desktop_app.errors import DossierError, InvalidInputError
from desktop_app.i18n import translate, translate_n
from desktop_app.intake.sniff import sniff_media_type
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import (
    ServiceCore,
    Staged,
    as_text_record,
    check_readable,
    utc_now,
)
from desktop_app.services.jobs import Job, JobContext, Progress
from desktop_app.services.results import (
    EmailImportResult,
    ImportedMessage,
    MailPreview,
)

if TYPE_CHECKING:
    from desktop_app.intake.email import EmailDocument
    from desktop_app.intake.mail import MailFilter, RawMessage

    pass


OWN_ADDRESSES = "own_addresses"
PREVIEW_STEP = 25  # a long mbox's reading reports its progress every this many messages


def _reading_step(context: JobContext, done: int, total: int, name: str) -> Callable[[], None]:
    """Called before each message of the file ``name`` is read: stops a cancelled job there, and
    says how far the reading is every ``PREVIEW_STEP`` messages."""
    read = 0

    def step() -> None:
        nonlocal read
        context.check()
        read += 1
        if read % PREVIEW_STEP == 0:
            text = translate_n("Services", "Reading {name}: %n message(s) read", read).format(name=name)
            context.progress(done, total, text)

    return step


@dataclass(frozen=True)
class _MailImport:
    """What every message of one e-mail import is imported with."""

    case_id: int
    own: frozenset[str]  # the user's own addresses
    merchant_domain: str
    mail_filter: MailFilter | None
    chosen: Collection[str] | None
    result: EmailImportResult
    contact_ids: list[int] = field(default_factory=list)  # every contact imported


class MailServices(ServiceCore):
    """The use cases of e-mail: own addresses, previews and imports."""

    def own_addresses(self) -> list[str]:
        """The user's own e-mail addresses (preferences): messages from them are outgoing."""
        value = self._store.events.preference(OWN_ADDRESSES) or ""
        return [a.strip().lower() for a in value.split(",") if a.strip()]

    def set_own_addresses(self, values: Sequence[str]) -> list[str]:
        cleaned = sorted({v.strip().lower() for v in values if v.strip()})
        wrong = [v for v in cleaned if "@" not in v or " " in v]
        if wrong:
            text = translate_n("Services", "Not an e-mail address: {addresses}", len(wrong))
            raise InvalidInputError(text.format(addresses=", ".join(wrong)))
        with self._store.transaction():
            self._store.events.set_preference(OWN_ADDRESSES, ",".join(cleaned) or None)
        self._notify(Change(Subject.PREFERENCES, Action.EDITED))
        return cleaned

    def preview_emails(
        self, case_id: int, paths: Sequence[Path], mail_filter: MailFilter | None = None
    ) -> tuple[list[MailPreview], list[str]]:
        """The messages of ``paths`` that ``mail_filter`` keeps, to choose from; and the problems."""
        previews: list[MailPreview] = []
        problems: list[str] = []
        for found in self.iter_previews(case_id, paths, mail_filter):
            if isinstance(found, MailPreview):
                previews.append(found)
            else:
                problems.append(found)
        return previews, problems

    def iter_previews(
        self, case_id: int, paths: Sequence[Path], mail_filter: MailFilter | None = None
    ) -> Iterator[MailPreview | str]:
        """Message by message: a preview of each one ``mail_filter`` keeps, or why one cannot be read.

        Reads one message at a time: a window can show them as they come.
        """
        self._store.cases.get(case_id)
        check_readable(paths)
        yield from self._previews(case_id, paths, mail_filter)

    def preview_emails_job(
        self, case_id: int, paths: Sequence[Path], mail_filter: MailFilter | None = None
    ) -> Job[tuple[list[MailPreview], list[str]]]:
        """:meth:`preview_emails` as a job: the files are read (and the case's messages looked up)
        on the job's thread. Progress after each file, and every ``PREVIEW_STEP`` messages of a
        long one; cancelled, it stops at the next message and keeps nothing (it writes nothing)."""
        paths = list(paths)

        def work(context: JobContext) -> tuple[list[MailPreview], list[str]]:
            previews: list[MailPreview] = []
            problems: list[str] = []
            total = len(paths)
            with self._store.claimed():
                self._store.cases.get(case_id)
                check_readable(paths)
                for done, path in enumerate(paths):
                    context.progress(
                        done, total, translate("Services", "Reading {name}").format(name=path.name)
                    )
                    step = _reading_step(context, done, total, path.name)
                    for found in self._previews(case_id, [path], mail_filter, step):
                        if isinstance(found, MailPreview):
                            previews.append(found)
                        else:
                            problems.append(found)
                context.check()
            context.progress(total, total, translate("Services", "Read", "done reading"))
            return previews, problems

        return Job(translate("Services", "Reading the e-mails"), work)

    def _previews(
        self,
        case_id: int,
        paths: Sequence[Path],
        mail_filter: MailFilter | None,
        step: Callable[[], None] | None = None,
    ) -> Iterator[MailPreview | str]:
        """:meth:`iter_previews` without its checks; ``step()`` is called before each message."""
        from desktop_app.intake.mail import enclosures, read_all  # e-mail parsing: when mail comes

        for raw, document, problem in read_all(paths):
            if step is not None:
                step()
            if document is None:
                yield problem
                continue
            if mail_filter is not None and not mail_filter.keeps(document):
                continue
            yield MailPreview(
                key=raw.origin,
                date=document.date,
                sender=document.sender,
                subject=document.subject,
                attachments=len(enclosures(document)),
                size=len(raw.data),
                duplicate=self._known_message(case_id, raw, document) is not None,
            )

    def import_emails(
        self,
        case_id: int,
        paths: Sequence[Path],
        *,
        mail_filter: MailFilter | None = None,
        chosen: Collection[str] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> EmailImportResult:
        """Import .eml, .msg and mbox files: each message becomes a contact and an evidence item
        keeping its original bytes, and each attachment an evidence item of its own.

        Messages are read one at a time and each is saved whole in its own transaction, so a bad
        message is reported and skipped while the others are imported. ``chosen`` (origins, as
        ``preview_emails`` gives them) and ``mail_filter`` select messages. Cancelled, the
        messages imported so far stay, each whole.
        """
        result = EmailImportResult()
        for done, origin in enumerate(
            self.iter_import_emails(case_id, paths, result, mail_filter=mail_filter, chosen=chosen), start=1
        ):
            if progress is not None:
                progress(done, 0, origin)
            if cancelled is not None and cancelled():
                result.stopped = True
                break
        return result

    def import_emails_job(
        self,
        case_id: int,
        paths: Sequence[Path],
        *,
        mail_filter: MailFilter | None = None,
        chosen: Collection[str] | None = None,
    ) -> Job[EmailImportResult]:
        """:meth:`import_emails` as a job. Cancelled, it stops after the message it is saving: the
        messages imported before stay, each whole, and the result says ``stopped``."""

        def work(context: JobContext) -> EmailImportResult:
            with self._store.claimed():
                return self.import_emails(
                    case_id,
                    paths,
                    mail_filter=mail_filter,
                    chosen=chosen,
                    progress=context.progress,
                    cancelled=context.cancelled,
                )

        return Job(translate("Services", "Importing the e-mails"), work)

    def iter_import_emails(
        self,
        case_id: int,
        paths: Sequence[Path],
        result: EmailImportResult,
        *,
        mail_filter: MailFilter | None = None,
        chosen: Collection[str] | None = None,
    ) -> Generator[str, None, None]:
        """Import message by message into ``result``, yielding each message's origin once it is done.

        A window drives it a message at a time and stays responsive; stopping early keeps
        what was imported.
        """
        from desktop_app.intake.mail import domain_of, read_all  # e-mail parsing: when mail comes

        self._store.cases.get(case_id)
        check_readable(paths)
        context = _MailImport(
            case_id,
            frozenset(self.own_addresses()),
            domain_of(self._store.cases.get(case_id).merchant.email or ""),
            mail_filter,
            chosen,
            result,
        )
        try:
            for raw, document, problem in read_all(paths):
                self._import_one(context, raw, document, problem)
                yield raw.origin
        finally:
            if result.imported_count:
                ids = tuple(context.contact_ids)
                self._notify(Change(Subject.CONTACT, Action.ADDED, case_id, ids))

    def _import_one(
        self, context: _MailImport, raw: RawMessage, document: EmailDocument | None, problem: str
    ) -> None:
        result = context.result
        if document is None:
            result.problems.append(problem)
            return
        if (context.chosen is not None and raw.origin not in context.chosen) or (
            context.mail_filter is not None and not context.mail_filter.keeps(document)
        ):
            result.left_out += 1
            return
        known = self._known_message(context.case_id, raw, document)
        if known is not None:
            text = translate("Services", "{origin}: already in this case as evidence #{number} “{title}”")
            result.duplicates.append(text.format(origin=raw.origin, number=known.id, title=known.title))
            return
        if document.date is None:
            text = translate(
                "Services",
                "{origin}: has no date (no Date or Received header), so it cannot take its "
                "place in the contact log; add the file as evidence instead",
            )
            result.problems.append(text.format(origin=raw.origin))
            return
        try:
            imported = self._import_message(context, raw, document)
        except DossierError as exc:  # this message is reported and skipped; the others are imported
            logs.error("services.import_emails.message", exc)
            result.problems.append(
                translate("Services", "{origin}: {problem}").format(origin=raw.origin, problem=exc)
            )
            return
        result.add_imported(imported)
        context.contact_ids.append(imported.communication_id)

    def _known_message(self, case_id: int, raw: RawMessage, document: EmailDocument) -> EvidenceItem | None:
        if document.message_id:
            found = self._store.evidence.by_source(case_id, document.message_id)
            if found is not None:
                return found
        return self._store.evidence.find_by_hash(case_id, hashlib.sha256(raw.data).hexdigest())

    def _import_message(
        self, context: _MailImport, raw: RawMessage, document: EmailDocument
    ) -> ImportedMessage:
        from desktop_app.intake.kinds import guess_kind_of_file  # pypdf: when an attachment comes
        from desktop_app.intake.mail import enclosures, excerpt, is_outgoing, message_file_name, sender_name

        assert document.date is not None
        case_id, result = context.case_id, context.result
        name = message_file_name(document, raw)
        staged: list[Staged] = []
        try:
            stored = self._store.vault.put_stream(io.BytesIO(raw.data), name=raw.origin)
            staged.append(Staged(Path(name), stored, raw.media_type))
            attachment_data: dict[str, bytes] = {}  # by SHA-256: what the kind is guessed from
            for attachment in enclosures(document):
                if not attachment.data:
                    empty = translate("Services", "{origin}: the attachment {name} is empty; left out")
                    result.notes.append(empty.format(origin=raw.origin, name=attachment.filename))
                    continue
                kept = self._store.vault.put_stream(io.BytesIO(attachment.data), name=attachment.filename)
                media = sniff_media_type(attachment.data[:8192], attachment.filename)
                attachment_data[kept.sha256] = attachment.data
                staged.append(Staged(Path(attachment.filename), kept, media))
            outgoing = is_outgoing(document, context.own, context.merchant_domain)
            contact = Communication(
                at=document.date,
                channel=Channel.EMAIL,
                direction=Direction.OUTGOING if outgoing else Direction.INCOMING,
                counterpart=(document.to if outgoing else document.sender) or None,
                # who wrote it, as the sender names themselves; the user's own mails name no one
                representative=None if outgoing else sender_name(document.sender),
                subject=document.subject or None,
                summary=excerpt(document.text) or None,
                body=document.text or None,
            )
            now = utc_now()
            contact = as_text_record(contact)  # a header in bytes that are not UTF-8: kept as U+FFFD
            # The attachments' kinds and words, read before the transaction (which writes rows only).
            attachments: list[tuple[EvidenceItem, str | None, str | None]] = []
            for item in staged[1:]:
                data = attachment_data[item.stored.sha256]
                evidence = EvidenceItem(
                    kind=guess_kind_of_file(item.path.name, item.media_type, data),
                    title=title_from_file_name(item.path.name),
                    original_name=item.path.name,
                    media_type=item.media_type,
                    size=item.stored.size,
                    sha256=item.stored.sha256,
                    imported_at=now,
                    source=f"attachment of {document.message_id or raw.origin}",
                )
                # An attached e-mail is searched in its contact, as the message itself is.
                text, why = (
                    (None, None)
                    if evidence.kind is EvidenceKind.EMAIL
                    else self._document_text(evidence, data)
                )
                attachments.append((evidence, text, why))
            with self._store.transaction():
                contact_id = self._store.records.insert_communication(
                    case_id, contact, self._store.records.next_position("communications", case_id)
                )
                self._log(
                    "communication.import",
                    f"E-mail “{document.subject}” of {document.date.isoformat()} imported from {raw.origin}",
                    case_id,
                    "communication",
                    contact_id,
                    now,
                )
                position = self._store.evidence.next_position(case_id)
                message_item = EvidenceItem(
                    kind=EvidenceKind.EMAIL,
                    title=document.subject.strip() or "E-mail without a subject",
                    original_name=name,
                    media_type=raw.media_type,
                    size=stored.size,
                    sha256=stored.sha256,
                    imported_at=now,
                    source=document.message_id or raw.origin,
                    communication_id=contact_id,
                )
                message_id = self._insert_evidence(case_id, message_item, position, now)
                attached = 0
                for item, (evidence, text, why) in zip(staged[1:], attachments, strict=True):
                    existing = self._store.evidence.find_by_hash(case_id, item.stored.sha256)
                    if existing is not None:
                        known = translate(
                            "Services",
                            "{origin}: the attachment {name} is already evidence #{number} “{title}”",
                        )
                        result.notes.append(
                            known.format(
                                origin=raw.origin,
                                name=item.path.name,
                                number=existing.id,
                                title=existing.title,
                            )
                        )
                        continue
                    position += 1
                    linked = replace(evidence, communication_id=contact_id)
                    self._insert_evidence(case_id, linked, position, now, text)
                    if why:
                        result.notes.append(why)
                    attached += 1
                self._store.cases.touch(case_id, now)
        except BaseException:
            self._discard(staged)
            raise
        for problem in document.problems:
            result.notes.append(
                translate("Services", "{origin}: {problem}").format(origin=raw.origin, problem=problem)
            )
        return ImportedMessage(contact_id, message_id, document.subject, attached)
