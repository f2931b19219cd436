"""One front door for every use case: what the GUI and the command line call.

Each method runs its whole change in one transaction, writes the event log in
the same transaction, and then tells its subscribers what changed (a
:class:`Change`), so that screens refresh from a notification rather than by
reaching into the database.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import getpass
import io
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from desktop_app.domain import dates
from desktop_app.domain.casefile import (
    CaseFile,
    CaseFileError,
    EvidenceEntry,
    build_case_file,
    parse_case_file,
)
from desktop_app.domain.checklist import (
    Checklist,
    ReasonRules,
    case_facts,
    facts_of,
    judge,
    parse_checklists,
)
from desktop_app.domain.deadlines import Deadline, DeadlineRule, compute_deadlines, parse_deadline_rules
from desktop_app.domain.escalation import Ladder, NextStep, next_step, parse_ladder
from desktop_app.domain.evidence import safe_file_name, title_from_file_name
from desktop_app.domain.letters import Formats, Letter, check_templates, write_letter
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.text import find_words, search_words
from desktop_app.domain.validation import (
    case_problems,
    communication_problems,
    purchase_problems,
    task_problems,
)
from desktop_app.domain.vocab import EvidenceKind, Reason, TaskKind
from desktop_app.errors import Cancelled, DossierError, InvalidInputError, NotFoundError, StoreError

# What the window and the command line use of the layers below, so that they import only
# desktop_app.services (and the domain): the one front door.
from desktop_app.fileio import OutputRefused as OutputRefused
from desktop_app.fileio import atomic_write as atomic_write
from desktop_app.fileio import check_output as check_output
from desktop_app.intake.check import notes as content_notes
from desktop_app.intake.check import refusal
from desktop_app.intake.kinds import guess_kind_of_file
from desktop_app.intake.mail import MailFilter as MailFilter
from desktop_app.intake.preview import Preview as Preview
from desktop_app.intake.preview import preview_of
from desktop_app.intake.sniff import sniff_media_type
from desktop_app.intake.thumbnails import thumbnail_png
from desktop_app.mail_services import DETAIL_LIMIT as DETAIL_LIMIT
from desktop_app.mail_services import OWN_ADDRESSES as OWN_ADDRESSES
from desktop_app.mail_services import EmailImportResult as EmailImportResult
from desktop_app.mail_services import ImportedMessage as ImportedMessage
from desktop_app.mail_services import MailPreview as MailPreview
from desktop_app.mail_services import MailServices
from desktop_app.pack.builder import PackCancelled as PackCancelled
from desktop_app.pack.builder import PackOptions as PackOptions
from desktop_app.pack.builder import PackResult as PackResult
from desktop_app.pack.builder import Progress
from desktop_app.pack.builder import existing_pack_files as existing_pack_files
from desktop_app.pack.exhibits import category_of as category_of
from desktop_app.pack.letters import write_letter_pdf
from desktop_app.pack.profiles import PROFILES as PROFILES
from desktop_app.pack.profiles import resolve_profile as resolve_profile
from desktop_app.pack.render import human_size as human_size
from desktop_app.pack.strings import LANGUAGES as LANGUAGES
from desktop_app.pack.strings import PackStrings as PackStrings
from desktop_app.protection import BUNDLE_WARNING as BUNDLE_WARNING
from desktop_app.protection import Protection as Protection
from desktop_app.protection import ProtectionMixin
from desktop_app.resources import resource_path
from desktop_app.secrets import RECOVERY_SYMBOLS as RECOVERY_SYMBOLS
from desktop_app.secrets import WrongSecret as WrongSecret
from desktop_app.secrets import parse_recovery_key as parse_recovery_key
from desktop_app.service_core import Staged, as_text, check_readable
from desktop_app.services.changes import Action as Action
from desktop_app.services.changes import Change as Change
from desktop_app.services.changes import Listener as Listener
from desktop_app.services.changes import Subject as Subject
from desktop_app.services.jobs import Job as Job
from desktop_app.services.jobs import JobContext as JobContext
from desktop_app.store.backup import SUFFIX as BACKUP_SUFFIX
from desktop_app.store.backup import BackupReport as BackupReport
from desktop_app.store.database import DatabaseError as DatabaseError
from desktop_app.store.generation import NoStore as NoStore
from desktop_app.store.keys import NeedsPassphrase as NeedsPassphrase
from desktop_app.store.keys import NeedsUnlock as NeedsUnlock
from desktop_app.store.keys import Unlock as Unlock
from desktop_app.store.location import resolve_data_dir as resolve_data_dir
from desktop_app.store.store import RECORD_TABLES, Store, utc_now
from desktop_app.tempfiles import private_dir as private_dir
from desktop_app.tempfiles import remove_private_dir as remove_private_dir

SAMPLE_CASE = ("sample", "case.json")

THUMBNAIL_FILE_LIMIT = 64 * 1024 * 1024  # larger files get no thumbnail: too slow to draw in a list
# The store preference that keeps the time zone of the contact logged last.
LAST_CONTACT_ZONE = "last_contact_zone"

# What a change to a row of each table is about.
SUBJECT_OF_TABLE = {"purchases": Subject.PURCHASE, "communications": Subject.CONTACT, "tasks": Subject.TASK}

# The records of a case that are edited in place and go to the trash as a row.
Record = TypeVar("Record", Purchase, Communication, Task)


def _refuse(problems: Sequence[str]) -> None:
    """Refuse a record the domain's checks find wrong, saying every reason at once."""
    if problems:
        raise InvalidInputError("\n".join(problems))


def _not_text_problems(record: object, prefix: str = "") -> list[str]:
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
                    f"The {name} holds {value[exc.start]!r}, which is not a character (bytes that are "
                    "not UTF-8 text?); type it again."
                )
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            problems += _not_text_problems(value, f"{name}'s ")
    return problems


@dataclass(frozen=True)
class CaseSummary:
    id: int
    title: str
    merchant: str
    status: str
    reason: str
    archived: bool
    disputed_amount: Decimal | None
    currency: str
    evidence_count: int
    communication_count: int
    updated_at: datetime | None
    next_deadline: date | None = None  # the earliest task or deadline not yet done
    checklist: Checklist | None = None  # what the issuer expects for its reason, and how much is there
    note: str | None = None  # what is wrong with the case's stored data, when something is


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    purchases: list[Purchase]
    communications: list[Communication]
    evidence: list[EvidenceItem]
    tasks: list[Task]

    @property
    def next_step(self) -> NextStep:
        """Where the case stands on the escalation ladder, and what comes next."""
        return next_step(self.case, escalation_ladder())

    @property
    def checklist(self) -> Checklist:
        facts = facts_of(self.case, self.purchases, self.communications, self.evidence)
        return judge(checklist_rules()[self.case.reason], facts)


@functools.cache
def letter_words(lang: str) -> dict[str, Any]:
    """The letters' words in ``lang``, from resources/letters/<lang>.json, checked once."""
    if lang not in LANGUAGES:
        raise InvalidInputError(
            f"{lang!r} is not a language of the letters; choose one of {', '.join(LANGUAGES)}"
        )

    def checked(words: dict[str, Any]) -> dict[str, Any]:
        check_templates(words, lang)
        return words

    return _read_table(("letters", f"{lang}.json"), "the letters", checked)


Table = TypeVar("Table")


def _read_table(parts: tuple[str, ...], what: str, parse: Callable[[Any], Table]) -> Table:
    """A data table of resources/, parsed; a damaged one says which file and why."""
    path = resource_path(*parts)
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise DossierError(f"{path}: {what} cannot be read ({exc}); reinstall Dossier.") from exc


@functools.cache
def escalation_ladder() -> Ladder:
    """The escalation ladder of resources/rules/escalation.json, read once."""
    return _read_table(("rules", "escalation.json"), "the escalation ladder", parse_ladder)


@functools.cache
def deadline_rules() -> list[DeadlineRule]:
    """The deadline rules of resources/rules/deadlines.json, read once."""
    return _read_table(("rules", "deadlines.json"), "the deadline rules", parse_deadline_rules)


@dataclass(frozen=True)
class CaseDeadline:
    """A deadline of a case: computed by a rule, or the user's own (a task with a date)."""

    case_id: int
    rule_id: str  # the rule's id, or "task:<id>" for the user's own
    title: str
    kind: str  # deadline, wait, promise or task
    due: date
    days_left: int
    source: str  # the rule's source, or "you" / "a promise logged on <day>"
    note: str = ""
    counted_from: str = ""


@functools.cache
def checklist_rules() -> dict[Reason, ReasonRules]:
    """The evidence checklists of resources/rules/checklists.json, read once."""
    return _read_table(("rules", "checklists.json"), "the evidence checklists", parse_checklists)


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    existing: EvidenceItem | None  # the item it duplicates; None when its content was refused
    reason: str


@dataclass
class AddEvidenceResult:
    added: list[EvidenceItem] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    # Items whose bytes the vault already held (from another case): stored once.
    shared: list[EvidenceItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # kept, with something to know


@dataclass(frozen=True)
class UnusedFile:
    """A whole vault file that no record names."""

    sha256: str
    size: int  # of the original bytes
    path: Path
    names: list[str]  # the names it had, when the event log still tells (an item deleted for good)

    def describe(self) -> str:
        known = ", ".join(f"“{name}”" for name in self.names) if self.names else "name unknown"
        return f"{self.sha256}  {self.size:,} bytes  {known}"


@dataclass(frozen=True)
class ImportedFile:
    """One file of an imported case file, and the evidence item it became."""

    evidence_id: int
    path: Path  # the real file read, after ``..`` and links
    relative: str  # that file, relative to the case file's folder
    original_name: str  # the name the item keeps (the case file's original_name, else the file's)

    def describe(self) -> str:
        if self.original_name != Path(self.relative).name:
            return f"evidence #{self.evidence_id}: {self.relative}, imported as “{self.original_name}”"
        return f"evidence #{self.evidence_id}: {self.relative}"


@dataclass(frozen=True)
class CaseImport:
    case_id: int
    files: list[ImportedFile]

    def lines(self) -> list[str]:
        return [f.describe() for f in self.files]


@dataclass(frozen=True)
class ExportResult:
    case_file: Path
    files: list[Path]


@dataclass
class VerifyReport:
    database_problems: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)  # whole files no record names: not a problem

    @property
    def ok(self) -> bool:
        return not (self.database_problems or self.missing or self.altered or self.stray)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # case, purchase, communication, evidence, task
    item_id: int
    label: str  # what the record is: "E-mail of 2026-10-02: Reklamacja"
    snippet: str  # the text around the first match
    spans: list[tuple[int, int]]  # where the matches are in ``snippet``
    matched: list[str]  # the words that matched, as written in the text


@dataclass(frozen=True)
class CaseHits:
    case_id: int
    title: str
    hits: list[SearchHit]


class Services(MailServices, ProtectionMixin):
    """The use cases of Dossier over one open store."""

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        interface: str = "cli",
        unlock: Unlock | None = None,
    ) -> Services:
        """Open the store (see :meth:`Store.open`: it may raise NeedsUnlock or NeedsPassphrase)."""
        root = resolve_data_dir(data_dir)
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (containers)
            user = "user"
        return cls(Store.open(root, unlock), actor=f"{user} via {interface}")

    # ------------------------------------------------------------------ reading one record

    def case(self, case_id: int) -> Case:
        """One case; NotFoundError when there is none."""
        return self._store.case(case_id)

    def purchase(self, purchase_id: int) -> Purchase:
        return self._store.purchase(purchase_id)

    def communication(self, communication_id: int) -> Communication:
        return self._store.communication(communication_id)

    def task(self, task_id: int) -> Task:
        return self._store.task(task_id)

    def evidence_item(self, evidence_id: int) -> EvidenceItem:
        return self._store.evidence_item(evidence_id)

    def case_summary(self, case_id: int) -> CaseSummary:
        """One row of the case list (see :meth:`list_cases`), for the case ``case_id``."""
        case = self._store.case(case_id)
        counts = self._store.case_counts()
        deadlines = self._store.next_deadlines()
        digests = self._store.case_digests()
        return _summary(case, counts, deadlines, digests, date.today())

    # ------------------------------------------------------------------ reading

    def list_cases(self) -> list[CaseSummary]:
        counts = self._store.case_counts()
        deadlines = self._store.next_deadlines()
        digests = self._store.case_digests()
        today = date.today()
        return [_summary(c, counts, deadlines, digests, today) for c in self._store.cases()]

    def case_detail(self, case_id: int) -> CaseDetail:
        return CaseDetail(
            case=self._store.case(case_id),
            purchases=self._store.purchases(case_id),
            communications=self._store.communications(case_id),
            evidence=self._store.evidence(case_id),
            tasks=self._store.tasks(case_id),
        )

    def evidence_trash(self, case_id: int) -> list[EvidenceItem]:
        self._store.case(case_id)
        return self._store.evidence(case_id, trashed=True)

    def deadlines(self, case_id: int | None = None, today: date | None = None) -> list[CaseDeadline]:
        """The deadlines of one case (or of every open case): those the rules give from its facts,
        and the user's own tasks with a date not yet done; soonest first."""
        return self.deadlines_report(case_id, today)[0]

    def deadlines_report(
        self, case_id: int | None = None, today: date | None = None
    ) -> tuple[list[CaseDeadline], dict[int, str]]:
        """:meth:`deadlines`, and for each case whose dates cannot be counted from (a year 9999
        written by another program) why: that case's rules give nothing, the others are listed."""
        today = today or date.today()
        cases = [self._store.case(case_id)] if case_id is not None else self._store.cases()
        notes: dict[int, str] = {}
        dated: dict[int, list[Task]] = {}
        for task in self._store.open_dated_tasks(case_id):  # one query, not one per case
            dated.setdefault(task.case_id or 0, []).append(task)
        found: list[CaseDeadline] = []
        for case in cases:
            if case_id is None and case.archived_at is not None:
                continue
            assert case.id is not None
            note = _dates_note(case)
            if note:
                notes[case.id] = note
            for d in _rule_deadlines(case, today):
                found.append(
                    CaseDeadline(
                        case.id,
                        d.rule_id,
                        d.title,
                        d.kind,
                        d.due,
                        d.days_left,
                        d.source,
                        d.note,
                        d.counted_from,
                    )
                )
            for task in dated.get(case.id, []):
                assert task.due is not None
                source = "a promise you logged" if task.kind is TaskKind.PROMISE else "you"
                found.append(
                    CaseDeadline(
                        case.id,
                        f"task:{task.id}",
                        task.title,
                        task.kind.value,
                        task.due,
                        (task.due - today).days,
                        source,
                        task.note or "",
                    )
                )
        return sorted(found, key=lambda d: (d.due, d.case_id, d.rule_id)), notes

    # ------------------------------------------------------------------ letters

    def letter(self, case_id: int, kind: str, lang: str = "en", today: date | None = None) -> Letter:
        """A letter from the case's data, in ``lang`` (en, fr, es, pl). Card numbers are masked."""
        detail = self.case_detail(case_id)
        strings = PackStrings(lang)
        return write_letter(
            kind,
            lang,
            letter_words(lang),
            Formats(strings.long_date, strings.money),
            detail.case,
            detail.purchases,
            detail.communications,
            regulator_country=detail.case.country,
            today=today or date.today(),
        )

    def write_letter_pdf(
        self,
        case_id: int,
        kind: str,
        lang: str,
        out: Path,
        today: date | None = None,
        *,
        force: bool = False,
    ) -> Letter:
        """Write the letter as a PDF (A4, or Letter for a US case); the letter is returned too.

        ``out`` is refused inside a store folder, when it is not a regular file, and when it exists
        unless ``force`` (the window asks first, the command line needs ``--force``).
        """
        out = check_output(out, force=force, what="letter")
        letter = self.letter(case_id, kind, lang, today)
        paper = "letter" if (self._store.case(case_id).country or "").upper() == "US" else "a4"
        write_letter_pdf(letter, out, paper, force=force)
        self._log_write("letter.write", f"Letter “{letter.subject}” written to {out.name}", case_id)
        return letter

    def _log_write(self, action: str, summary: str, case_id: int) -> None:
        now = utc_now()
        with self._store.transaction():
            self._log(action, summary, case_id, "case", case_id, now)

    # ------------------------------------------------------------------ cases and contacts

    def create_case(self, case: Case) -> int:
        """A new case from what the user entered; refuses an empty title or merchant."""
        if not case.title.strip():
            raise InvalidInputError(
                "A case needs a title, such as “Gym membership charged after cancelling”."
            )
        if not case.merchant.name.strip():
            raise InvalidInputError("A case needs the merchant's name.")
        _refuse(case_problems(case) + _not_text_problems(case))
        now = utc_now()
        with self._store.transaction():
            case_id = self._store.insert_case(replace(case, id=None, created_at=None, updated_at=None), now)
            self._log("case.create", f"Case “{case.title}” created", case_id, "case", case_id, now)
        self._notify(Change(Subject.CASE, Action.ADDED, case_id, (case_id,)))
        return case_id

    def add_purchase(self, case_id: int, purchase: Purchase) -> int:
        """Record a charge, an authorisation hold, a refund or a credit."""
        self._store.case(case_id)
        _refuse(purchase_problems(purchase) + _not_text_problems(purchase))
        now = utc_now()
        with self._store.transaction():
            purchase_id = self._store.insert_purchase(
                case_id, purchase, self._store.next_position("purchases", case_id)
            )
            self._log(
                "purchase.add",
                f"{purchase.kind.label} of {purchase.amount} {purchase.currency} on {purchase.date}",
                case_id,
                "purchase",
                purchase_id,
                now,
            )
            self._store.touch_case(case_id, now)
        self._notify(Change(Subject.PURCHASE, Action.ADDED, case_id, (purchase_id,)))
        return purchase_id

    def update_case(self, case: Case) -> Case:
        """Save the edited facts of a case; returns the case as it was, for undo."""
        if case.id is None:
            raise InvalidInputError("This case is not saved yet.")
        before = self._store.case(case.id)
        if not case.title.strip() or not case.merchant.name.strip():
            raise InvalidInputError("A case needs a title and the merchant's name.")
        _refuse(case_problems(case) + _not_text_problems(case))
        now = utc_now()
        with self._store.transaction():
            self._store.update_case(
                replace(case, archived_at=before.archived_at, trashed_at=before.trashed_at), now
            )
            self._log("case.edit", f"Case “{case.title}” edited", case.id, "case", case.id, now)
        self._notify(Change(Subject.CASE, Action.EDITED, case.id, (case.id,)))
        return before

    def duplicate_case(self, case_id: int) -> int:
        """A new case with the same facts (merchant, reason, payment, dates), for a similar dispute."""
        case = self._store.case(case_id)
        copy = replace(case, title=f"{case.title} (copy)", archived_at=None, trashed_at=None)
        return self.create_case(copy)

    def set_case_archived(self, case_id: int, archived: bool) -> Case:
        """Archive a case (it stays, out of the way) or bring it back; returns the case as it was."""
        return self._set_case_flags(case_id, archived=archived)

    def set_case_trashed(self, case_id: int, trashed: bool) -> Case:
        """Move a case to the trash or restore it; nothing is deleted. Returns the case as it was."""
        return self._set_case_flags(case_id, trashed=trashed)

    def trashed_cases(self) -> list[Case]:
        return self._store.cases(trashed_only=True)

    def _set_case_flags(
        self, case_id: int, *, archived: bool | None = None, trashed: bool | None = None
    ) -> Case:
        before = self._store.case(case_id)
        now = utc_now()
        archived_at = before.archived_at if archived is None else (now if archived else None)
        trashed_at = before.trashed_at if trashed is None else (now if trashed else None)
        action = (
            ("case.archive" if archived else "case.unarchive")
            if archived is not None
            else ("case.trash" if trashed else "case.restore")
        )
        with self._store.transaction():
            self._store.set_case_flags(case_id, archived_at=archived_at, trashed_at=trashed_at)
            self._log(action, f"Case “{before.title}”: {action.split('.')[1]}", case_id, "case", case_id, now)
        what = Action.EDITED if trashed is None else (Action.TRASHED if trashed else Action.RESTORED)
        self._notify(Change(Subject.CASE, what, case_id, (case_id,)))
        return before

    def log_communication(
        self, case_id: int, contact: Communication, *, zone: str | None = None
    ) -> tuple[int, int | None]:
        """Record a contact; what the merchant promised, with its date, becomes a task.

        ``zone`` is the IANA time zone the contact's moment was given in ("Europe/Warsaw"): it is
        remembered as the last zone used (see :meth:`last_contact_zone`). A moment in a zoneinfo
        zone gives its zone without it.

        Returns the communication's id and the new task's id (None without a dated promise).
        """
        self._store.case(case_id)
        _refuse(communication_problems(contact) + _not_text_problems(contact))
        if zone is None and isinstance(contact.at.tzinfo, ZoneInfo):
            zone = contact.at.tzinfo.key
        if zone is not None:
            zone = _zone_name(zone)
        now = utc_now()
        task_id = None
        with self._store.transaction():
            if zone is not None:
                self._store.set_preference(LAST_CONTACT_ZONE, zone)
            position = self._store.next_position("communications", case_id)
            contact_id = self._store.insert_communication(case_id, contact, position)
            self._log(
                "communication.add",
                f"{contact.channel.label} {contact.direction.value} at {contact.at.isoformat()}",
                case_id,
                "communication",
                contact_id,
                now,
            )
            if contact.promised_action and contact.promised_by:
                who = f" ({contact.representative})" if contact.representative else ""
                task = Task(
                    title=f"Check: {contact.promised_action}{who}",
                    due=contact.promised_by,
                    kind=TaskKind.PROMISE,
                    communication_id=contact_id,
                )
                task_id = self._store.insert_task(case_id, task, self._store.next_position("tasks", case_id))
                self._log("task.add", f"Task “{task.title}” due {task.due}", case_id, "task", task_id, now)
            self._store.touch_case(case_id, now)
        self._notify(Change(Subject.CONTACT, Action.ADDED, case_id, (contact_id,)))
        return contact_id, task_id

    def last_contact_zone(self) -> str | None:
        """The time zone of the contact logged last ("Europe/Warsaw"), None before the first one."""
        value = self._store.preference(LAST_CONTACT_ZONE)
        try:
            return _zone_name(value) if value else None
        except InvalidInputError:
            return None  # a zone this computer no longer knows: as if none had been used

    def set_last_contact_zone(self, zone: str) -> str:
        """Remember ``zone`` as the last time zone used for a contact; refuses an unknown zone."""
        name = _zone_name(zone)
        with self._store.transaction():
            self._store.set_preference(LAST_CONTACT_ZONE, name)
        self._notify(Change(Subject.PREFERENCES, Action.EDITED))
        return name

    def update_purchase(self, purchase: Purchase) -> Purchase:
        """Save an edited charge or refund; returns it as it was, for undo."""
        if purchase.id is None:
            raise InvalidInputError("This charge is not saved yet.")
        _refuse(purchase_problems(purchase) + _not_text_problems(purchase))
        before = self._store.purchase(purchase.id)
        return self._save_record(
            "purchases",
            before,
            purchase,
            self._store.update_purchase,
            f"{purchase.kind.label} of {purchase.amount} {purchase.currency} on {purchase.date} edited",
        )

    def update_communication(self, contact: Communication) -> Communication:
        """Save an edited contact; returns it as it was, for undo (its task is left as it is)."""
        if contact.id is None:
            raise InvalidInputError("This contact is not saved yet.")
        _refuse(communication_problems(contact) + _not_text_problems(contact))
        before = self._store.communication(contact.id)
        return self._save_record(
            "communications",
            before,
            contact,
            self._store.update_communication,
            f"{contact.channel.label} at {contact.at.isoformat()} edited",
        )

    def add_task(self, case_id: int, task: Task, *, also_after: Sequence[int] = ()) -> int:
        """A deadline, a task or a reminder of the user's own; returns its id.

        ``also_after`` repeats it that many days after its date, as a dunning schedule does
        (renewal, then +2, +4, +21, +29 days): one task each, all saved together.
        """
        self._store.case(case_id)
        _refuse(task_problems(task) + _not_text_problems(task))
        if also_after and task.due is None:
            raise InvalidInputError("Days after need a date to count from.")
        now = utc_now()
        added: list[int] = []
        with self._store.transaction():
            for days in sorted(set(also_after)):
                assert task.due is not None
                repeat = replace(
                    task,
                    id=None,
                    title=f"{task.title.strip()} (+{days} d)",
                    due=task.due + timedelta(days=days),
                )
                repeat_id = self._store.insert_task(
                    case_id, repeat, self._store.next_position("tasks", case_id)
                )
                self._log(
                    "task.add",
                    f"{task.kind.label} “{repeat.title}” due {repeat.due}",
                    case_id,
                    "task",
                    repeat_id,
                    now,
                )
                added.append(repeat_id)
            task_id = self._store.insert_task(
                case_id,
                replace(task, id=None, title=task.title.strip()),
                self._store.next_position("tasks", case_id),
            )
            due = f" due {task.due}" if task.due else ""
            self._log("task.add", f"{task.kind.label} “{task.title}”{due}", case_id, "task", task_id, now)
            self._store.touch_case(case_id, now)
        self._notify(Change(Subject.TASK, Action.ADDED, case_id, (*added, task_id)))
        return task_id

    def update_task(self, task: Task) -> Task:
        """Save an edited task or deadline (done or not); returns it as it was, for undo."""
        if task.id is None:
            raise InvalidInputError("This task is not saved yet.")
        _refuse(task_problems(task) + _not_text_problems(task))
        before = self._store.task(task.id)
        return self._save_record(
            "tasks",
            before,
            replace(task, title=task.title.strip()),
            self._store.update_task,
            f"“{task.title}” edited",
        )

    def set_task_done(self, task_id: int, done: bool) -> Task:
        """Tick a task off, or open it again; returns it as it was."""
        before = self._store.task(task_id)
        return self.update_task(replace(before, done_at=utc_now() if done else None))

    def set_record_trashed(self, table: str, record_id: int, trashed: bool) -> list[int]:
        """Move a charge (``purchases``), contact (``communications``) or task (``tasks``) to the
        trash, or bring it back. Nothing is deleted.

        A contact takes the tasks of its promise with it, in the same transaction, and brings back
        those (only those) when it is restored: a task the user had put in the trash before stays
        there. Returns the ids of the tasks that moved with the contact.
        """
        if table not in RECORD_TABLES:
            raise InvalidInputError(f"Unknown kind of record: {table}.")
        case_id = self._store.record_case(table, record_id)
        now = utc_now()
        entity = table.removesuffix("s")
        with self._store.transaction():
            if table != "communications":
                followers: list[int] = []
            elif trashed:
                followers = [
                    t.id for t in self._store.tasks(case_id) if t.communication_id == record_id and t.id
                ]
            else:
                followers = self._tasks_trashed_with(case_id, record_id)
            self._store.set_record_trashed(table, record_id, now if trashed else None)
            self._log(
                f"{entity}.{'trash' if trashed else 'restore'}",
                f"{entity.capitalize()} #{record_id} {'moved to the trash' if trashed else 'restored'}",
                case_id,
                entity,
                record_id,
                now,
            )
            for task_id in followers:
                self._store.set_record_trashed("tasks", task_id, now if trashed else None)
                self._log(
                    f"task.{'trash' if trashed else 'restore'}",
                    f"Task #{task_id} {'moved to the trash' if trashed else 'restored'}"
                    f" with contact #{record_id}",
                    case_id,
                    "task",
                    task_id,
                    now,
                )
            self._store.touch_case(case_id, now)
        action = Action.TRASHED if trashed else Action.RESTORED
        self._notify(Change(SUBJECT_OF_TABLE[table], action, case_id, (record_id,)))
        return followers

    def _tasks_trashed_with(self, case_id: int, contact_id: int) -> list[int]:
        """The tasks that went to the trash with the contact the last time it did, and are still there.

        The event log records which: the contact's trash entry and, right after it in the same
        transaction and at the same moment, one entry per task that went with it.
        """
        events = self._store.events(case_id)
        last = next(
            (
                i
                for i in range(len(events) - 1, -1, -1)
                if events[i].action == "communication.trash" and events[i].entity_id == contact_id
            ),
            None,
        )
        if last is None:
            return []
        moved: list[int] = []
        for event in events[last + 1 :]:
            if event.action != "task.trash" or event.at != events[last].at or event.entity_id is None:
                break
            moved.append(event.entity_id)
        open_ids = {t.id for t in self._store.tasks(case_id)}
        return [
            task_id
            for task_id in moved
            if task_id not in open_ids and self._store.task(task_id).communication_id == contact_id
        ]

    def _save_record(
        self, table: str, before: Record, edited: Record, update: Callable[[Record], None], summary: str
    ) -> Record:
        assert edited.id is not None
        case_id = self._store.record_case(table, edited.id)
        now = utc_now()
        with self._store.transaction():
            update(replace(edited, case_id=case_id))
            entity = table.removesuffix("s")
            self._log(f"{entity}.edit", summary, case_id, entity, edited.id, now)
            self._store.touch_case(case_id, now)
        self._notify(Change(SUBJECT_OF_TABLE[table], Action.EDITED, case_id, (edited.id,)))
        return before

    # ------------------------------------------------------------------ case files

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

        return Job("Importing the case file", work)

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
        items = self._store.evidence(case_id, trashed=None)
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
                        f"{item.path}: evidence[{i}].sha256 says {entry.sha256} but the file's "
                        f"SHA-256 is {item.stored.sha256}: the file has changed since the case "
                        "file was written"
                    )
            now = utc_now()
            with self._store.transaction():
                case = case_file.case
                case_id = self._store.insert_case(replace(case, created_at=None, updated_at=None), now)
                self._log(action, f"Case “{case.title}” {how}", case_id, "case", case_id, now)
                purchase_ids = []
                for pos, p in enumerate(case_file.purchases):
                    pid = self._store.insert_purchase(case_id, p, pos)
                    purchase_ids.append(pid)
                    self._log(
                        "purchase.add",
                        f"{p.kind.label} of {p.amount} {p.currency} on {p.date}",
                        case_id,
                        "purchase",
                        pid,
                        now,
                    )
                comm_ids = []
                for pos, c in enumerate(case_file.communications):
                    cid = self._store.insert_communication(case_id, c, pos)
                    comm_ids.append(cid)
                    self._log(
                        "communication.add",
                        f"{c.channel.label} {c.direction.value} at {c.at.isoformat()}",
                        case_id,
                        "communication",
                        cid,
                        now,
                    )
                for pos, (entry, item) in enumerate(zip(case_file.evidence, staged, strict=True)):
                    evidence = self._evidence_from_entry(entry, item, now)
                    evidence = replace(
                        evidence,
                        purchase_id=purchase_ids[entry.purchase] if entry.purchase is not None else None,
                        communication_id=comm_ids[entry.communication]
                        if entry.communication is not None
                        else None,
                    )
                    self._insert_evidence(case_id, evidence, pos, now)
                for pos, t in enumerate(case_file.tasks):
                    link = comm_ids[t.communication_id] if t.communication_id is not None else None
                    tid = self._store.insert_task(case_id, replace(t, communication_id=link), pos)
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

        return Job("Exporting the case file", work)

    def write_case_file(
        self,
        detail: CaseDetail,
        out: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        force: bool = False,
    ) -> ExportResult:
        """Transitional (the window's export): use :meth:`export_case_file_job`."""
        return self._write_case_file(detail, out, progress=progress, cancelled=cancelled, force=force)

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
        given = out
        out = check_output(out, force=force, what="export")
        if not out.parent.is_dir():
            raise InvalidInputError(f"{given}: the folder {out.parent} does not exist")
        files_dir_name = f"{out.stem.lstrip('.') or 'case'}-files"  # never hidden: an import refuses those
        pairs = []
        for i, item in enumerate(detail.evidence, start=1):
            pairs.append((item, f"{files_dir_name}/{i:03d}-{safe_file_name(item.original_name)}"))
        document = build_case_file(detail.case, detail.purchases, detail.communications, pairs, detail.tasks)
        written: list[Path] = []
        files_dir = out.parent / files_dir_name
        if pairs and (files_dir.is_symlink() or (files_dir.exists() and not files_dir.is_dir())):
            raise InvalidInputError(
                f"{files_dir}: refused: it exists and is not a folder of Dossier's; nothing was written"
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
                    raise DossierError(f"{files_dir}: cannot be created ({exc.strerror or exc})") from exc
            for n, (item, _relative) in enumerate(pairs):
                if cancelled is not None and cancelled():
                    raise Cancelled("The case file was not written: you cancelled it.")
                if progress is not None:
                    progress(n, len(pairs) + 1, f"Copying {item.original_name}")
                target = targets[n]
                with self._store.vault.open(item.sha256) as handle:
                    atomic_write(target, handle)
                written.append(target)
            if cancelled is not None and cancelled():
                raise Cancelled("The case file was not written: you cancelled it.")
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            atomic_write(out, text.encode("utf-8"))
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            if made_dir:
                with contextlib.suppress(OSError):
                    files_dir.rmdir()
            raise
        if progress is not None:
            progress(len(pairs) + 1, len(pairs) + 1, "Done")
        return ExportResult(out, written)

    # ------------------------------------------------------------------ evidence

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
    ) -> AddEvidenceResult:
        """Add files to a case. Every file is checked first: one bad file refuses the batch.

        A file whose bytes are already evidence of this case is skipped and
        reported; bytes the vault already holds are stored once. Cancelled (raising
        :class:`Cancelled`) before its transaction, nothing is kept.
        """
        if not paths:
            raise InvalidInputError("No file was given.")
        self._store.case(case_id)
        check_readable(paths)
        staged = self._stage(paths, progress=progress, cancelled=cancelled)
        return self._add_staged(
            case_id, staged, kind=kind, title=title, note=note, source=source, cancelled=cancelled
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
                )

        return Job("Adding the files" if len(paths) != 1 else "Adding the file", work)

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
            context.progress(0, 1, f"Adding {name}")
            with self._store.claimed():
                result = self.add_evidence_data(
                    case_id, data, name, kind=kind, title=title, note=note, source=source
                )
            context.progress(1, 1, "Done")
            return result

        return Job("Adding the pasted file", work)

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
        self._store.case(case_id)
        if not data:
            raise InvalidInputError(f"{name}: there is nothing in it")
        stored = self._store.vault.put_stream(io.BytesIO(data), name=name)
        staged = [Staged(Path(name), stored, sniff_media_type(data[:8192], name))]
        return self._add_staged(case_id, staged, kind=kind, title=title, note=note, source=source)

    def _add_staged(
        self,
        case_id: int,
        staged: list[Staged],
        *,
        kind: EvidenceKind | None,
        title: str | None,
        note: str | None,
        source: str | None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AddEvidenceResult:
        result = AddEvidenceResult()
        try:
            now = utc_now()
            seen: dict[str, EvidenceItem] = {}
            with self._store.transaction():
                position = self._store.next_evidence_position(case_id)
                for item in staged:
                    sha = item.stored.sha256
                    with self._store.vault.open(sha) as handle:
                        refused = refusal(item.path.name, item.stored.size, item.media_type, handle)
                    if refused:
                        result.skipped.append(SkippedFile(item.path, None, refused))
                        continue
                    existing = seen.get(sha) or self._store.find_evidence_by_hash(case_id, sha)
                    if existing is not None:
                        where = "in this case's trash" if existing.trashed_at else "already evidence"
                        result.skipped.append(
                            SkippedFile(
                                item.path,
                                existing,
                                f"the same file is {where} #{existing.id} “{existing.title}”",
                            )
                        )
                        continue
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
                    new_id = self._insert_evidence(case_id, evidence, position, now, result.notes)
                    result.notes.extend(content_notes(item.path.name, item.media_type))
                    position += 1
                    saved = self._store.evidence_item(new_id)  # as stored: card numbers masked
                    seen[sha] = saved
                    result.added.append(saved)
                    if not item.stored.created:
                        result.shared.append(saved)
                if result.added:
                    self._store.touch_case(case_id, now)
        except BaseException:
            self._discard(staged)
            raise
        self._discard(staged)  # the refused files' bytes, unless something else keeps them
        if result.added:
            added = tuple(item.id or 0 for item in result.added)
            self._notify(Change(Subject.EVIDENCE, Action.ADDED, case_id, added))
        return result

    def update_evidence(self, item: EvidenceItem) -> EvidenceItem:
        """Change an item's kind, title, note or links; returns the item as it was before."""
        if item.id is None:
            raise InvalidInputError("This evidence item is not saved yet.")
        before = self._store.evidence_item(item.id)
        if not item.title.strip():
            raise InvalidInputError("Evidence needs a title.")
        case_id = before.case_id or 0
        if item.purchase_id is not None and item.purchase_id not in {
            p.id for p in self._store.purchases(case_id)
        }:
            raise InvalidInputError("That charge is not in this case.")
        if item.communication_id is not None and item.communication_id not in {
            c.id for c in self._store.communications(case_id)
        }:
            raise InvalidInputError("That contact is not in this case.")
        now = utc_now()
        with self._store.transaction():
            self._store.update_evidence(
                replace(
                    before,
                    kind=item.kind,
                    title=item.title.strip(),
                    note=item.note,
                    purchase_id=item.purchase_id,
                    communication_id=item.communication_id,
                )
            )
            self._log("evidence.edit", f"“{before.title}” edited", case_id, "evidence", item.id, now)
            self._store.touch_case(case_id, now)
        self._notify(Change(Subject.EVIDENCE, Action.EDITED, case_id, (item.id,)))
        return before

    def evidence_preview(self, evidence_id: int) -> Preview:
        """What a preview pane shows of an item (its file is only read)."""
        item = self._store.evidence_item(evidence_id)
        limit = 40 * 1024 * 1024
        if item.size > limit and not item.media_type.startswith("image/"):
            return Preview("text", f"{item.original_name}: {item.size:,} bytes, too large to preview.")
        return preview_of(self._store.vault.read_bytes(item.sha256), item.media_type, item.original_name)

    def thumbnail(self, sha256: str, media_type: str, max_side: int = 160) -> bytes | None:
        """A PNG thumbnail of a stored file, or None when it has no picture to show.

        Drawn once, then kept in the store's thumbnail cache. It reads only files (never the
        database), so a worker thread may call it.
        """
        vault = self._store.vault
        cached = self.thumbnail_cache_path(sha256, max_side)
        identity = f"thumbnail {sha256} {max_side}"
        try:
            return vault.read_private(cached, identity)
        except (OSError, DossierError):
            pass
        try:
            if vault.size_of(sha256) > THUMBNAIL_FILE_LIMIT:
                return None
            data = vault.read_bytes(sha256)
        except (OSError, DossierError):
            return None
        png = thumbnail_png(data, media_type, max_side=max_side)
        if png is not None:
            with contextlib.suppress(OSError, DossierError):  # a cache that cannot be written is only slower
                vault.write_private(cached, png, identity)  # sealed in an encrypted store
        return png

    def thumbnail_cache_path(self, sha256: str, max_side: int) -> Path:
        """Where the thumbnail of a file is kept: beside the vault, never part of it."""
        return self._store.root / "thumbnails" / sha256[:2] / f"{sha256}-{max_side}.png"

    def copy_of_evidence(self, evidence_id: int, folder: Path) -> Path:
        """A read-only copy of the original under its own name, to open in another program."""
        item = self._store.evidence_item(evidence_id)
        target = folder / safe_file_name(item.original_name)
        with self._store.vault.open(item.sha256) as handle:
            atomic_write(target, handle)  # 0600 from the start
        os.chmod(target, 0o400)  # read-only, and still for this user alone
        return target

    def trash_evidence(self, evidence_id: int) -> EvidenceItem:
        return self._switch_evidence_trash(evidence_id, trashed=True)

    def restore_evidence(self, evidence_id: int) -> EvidenceItem:
        return self._switch_evidence_trash(evidence_id, trashed=False)

    def _switch_evidence_trash(self, evidence_id: int, *, trashed: bool) -> EvidenceItem:
        item = self._store.evidence_item(evidence_id)
        if (item.trashed_at is not None) == trashed:
            where = "already in the trash" if trashed else "not in the trash"
            raise InvalidInputError(f"Evidence #{evidence_id} is {where}.")
        now = utc_now()
        when = now if trashed else None
        action, summary = (
            ("evidence.trash", f"“{item.title}” moved to the trash")
            if trashed
            else ("evidence.restore", f"“{item.title}” restored from the trash")
        )
        with self._store.transaction():
            self._store.set_evidence_trashed(evidence_id, when)
            self._store.touch_case(item.case_id or 0, now)
            self._log(action, summary, item.case_id, "evidence", evidence_id, now)
        action = Action.TRASHED if trashed else Action.RESTORED
        self._notify(Change(Subject.EVIDENCE, action, item.case_id, (evidence_id,)))
        return replace(item, trashed_at=when)

    def empty_trash(self) -> int:
        """Delete trashed evidence for good, with the files of those items that nothing else names.

        Only the files of the items deleted go: a vault file no record names (an import interrupted
        before its commit, or a database that lost its rows) is left for :meth:`remove_unused_vault_files`.
        """
        return self._delete_for_good(self._store.trashed_evidence())

    def delete_evidence_for_good(self, evidence_id: int) -> None:
        """Delete one trashed item for good, and its file when no other record names it."""
        item = self._store.evidence_item(evidence_id)
        if item.trashed_at is None:
            raise InvalidInputError(f"“{item.title}” is not in the trash: move it there first.")
        self._delete_for_good([item])

    def _delete_for_good(self, items: Sequence[EvidenceItem]) -> int:
        if not items:
            return 0
        self._refuse_if_rolled_back("nothing was deleted")
        now = utc_now()
        deleted = {item.id for item in items}
        with self._store.transaction():
            for item in items:
                self._store.delete_evidence(item.id or 0)
                self._log(
                    "evidence.delete",
                    f"“{item.title}” deleted for good",
                    item.case_id,
                    "evidence",
                    item.id,
                    now,
                )
            # A file goes with its item only when no other item, of any case, in the trash or not,
            # names the same bytes (read again inside this transaction, after the deletions).
            still_named = self._evidence_hashes()
            gone = sorted({item.sha256 for item in items} - still_named)
            for sha in gone:
                self._store.delete_blob_row(sha)
        # Files go only after the rows that named them are gone for good; their thumbnails with them.
        for sha in gone:
            self._remove_vault_file(sha)
        for case_id in sorted({item.case_id or 0 for item in items}):
            ids = tuple(item.id or 0 for item in items if (item.case_id or 0) == case_id)
            self._notify(Change(Subject.EVIDENCE, Action.DELETED, case_id, ids))
        return len(deleted)

    def _remove_vault_file(self, sha: str) -> None:
        self._store.vault.remove(sha)
        for thumbnail in self.thumbnail_cache_path(sha, 0).parent.glob(f"{sha}-*.png"):
            thumbnail.unlink(missing_ok=True)

    def _refuse_if_rolled_back(self, outcome: str) -> None:
        """The one place that asks whether the database may have lost rows before files are removed.

        A database older than its vault (restored from a file copy, a lost ``-wal``, an emptied
        file) would call the newer files unused: nothing is removed while the store looks so.
        """
        reason = self._store.looks_rolled_back()
        if reason:
            raise StoreError(
                f"The store at {self._store.root} looks rolled back or replaced ({reason}): {outcome}. "
                "Restore it from a backup ('dossier restore'), or see docs/security.md for the "
                "recovery steps."
            )

    def unused_vault_files(self) -> list[UnusedFile]:
        """Whole vault files that no record names, with what is known of them: listed before removal.

        Each is read to check it is whole (a half-written or damaged file is "stray" for
        :meth:`verify`, never offered for removal). Its name comes from the event log when an
        item once held it (an item deleted for good, then its file's removal interrupted).
        """
        vault = self._store.vault
        names = self._names_in_event_log()
        found = []
        for sha in vault.whole_unused(self._named_hashes()):
            try:
                size = vault.size_of(sha)
            except (OSError, DossierError):
                continue
            found.append(UnusedFile(sha, size, vault.path_of(sha), names.get(sha, [])))
        return found

    def remove_unused_vault_files(self, expected: Sequence[str]) -> int:
        """Remove the vault files listed by :meth:`unused_vault_files` (``expected``: their hashes).

        Only those still unused now are removed: a file a record names since, or one that was not
        listed, stays. Refused while the store looks rolled back or its database fails its check.
        """
        self._refuse_if_rolled_back("no file was removed")
        problems = self._store.full_check()
        if problems:
            raise StoreError(
                f"The store's database fails its check ({'; '.join(problems[:3])}): no file was removed. "
                "Run 'dossier verify'."
            )
        wanted = set(expected)
        now_unused = {f.sha256 for f in self.unused_vault_files()}
        chosen = sorted(wanted & now_unused)
        if not chosen:
            return 0
        now = utc_now()
        with self._store.transaction():
            if self._evidence_hashes() & set(chosen):  # pragma: no cover - one process at a time
                raise StoreError("A record names one of those files now: no file was removed.")
            self._log(
                "vault.remove_unused",
                f"{len(chosen)} vault file(s) no record named removed: " + ", ".join(chosen),
                None,
                at=now,
            )
        for sha in chosen:
            self._remove_vault_file(sha)
        return len(chosen)

    def _evidence_hashes(self) -> set[str]:
        """The hashes every evidence item of every case names, in the trash or not."""
        return set(self._store.evidence_names_by_hash())

    def _named_hashes(self) -> set[str]:
        """Every hash a record names: a blob row, or an evidence item (in the trash or not)."""
        return self._store.referenced_hashes() | self._evidence_hashes()

    def _names_in_event_log(self) -> dict[str, list[str]]:
        """For each hash the event log names in an evidence.add: the original names it had."""
        names: dict[str, list[str]] = {}
        for event in self._store.events():
            if event.action != "evidence.add":
                continue
            marker = event.summary.rfind(", SHA-256 ")
            if marker < 0 or not event.summary.endswith(")"):
                continue
            sha = event.summary[marker + len(", SHA-256 ") : -1]
            start = event.summary.rfind("” (", 0, marker)
            if start < 0 or len(sha) != 64:
                continue
            name = event.summary[start + 3 : marker]
            if name not in names.setdefault(sha, []):
                names[sha].append(name)
        return names

    # ------------------------------------------------------------------ search

    def search(self, query: str, limit: int = 200) -> list[CaseHits]:
        """Every record holding all the words of ``query``, grouped by case, best case first.

        Case and accents do not matter, nor the Polish ł: "lodz" finds "Łódź" and "Łodzi".
        """
        words = search_words(query)
        grouped: dict[int, list[SearchHit]] = {}
        for kind, item_id, case_id, _rank in self._store.search(words, limit):
            label, text = self._search_text(kind, item_id)
            snippet, spans, matched = find_words(text, words)
            grouped.setdefault(case_id, []).append(SearchHit(kind, item_id, label, snippet, spans, matched))
        return [CaseHits(case_id, self._store.case(case_id).title, hits) for case_id, hits in grouped.items()]

    def _search_text(self, kind: str, item_id: int) -> tuple[str, str]:
        """What a search hit is called, and its whole text as the user wrote or received it."""
        store = self._store
        if kind == "case":
            c = store.case(item_id)
            m = c.merchant
            parts = [c.title, m.name, c.customer_name, m.email, m.phone, m.website, m.address, c.summary]
            return f"Case: {c.title}", _lines(parts)
        if kind == "purchase":
            p = store.purchase(item_id)
            numbers = [p.order_number, p.invoice_number, p.customer_number, p.po_number]
            return (
                f"{p.kind.label} of {p.date.isoformat()}",
                _lines([p.description, *numbers, p.statement_descriptor, str(p.amount)]),
            )
        if kind == "communication":
            k = store.communication(item_id)
            parts = [k.subject, k.counterpart, k.representative, k.reference, k.summary, k.outcome]
            return (
                f"{k.channel.label} of {k.at:%Y-%m-%d}" + (f": {k.subject}" if k.subject else ""),
                _lines([*parts, k.promised_action, k.body]),
            )
        if kind == "evidence":
            e = store.evidence_item(item_id)
            return (
                f"{e.kind.label}: {e.title}",
                _lines([e.title, e.original_name, e.note, e.source, store.evidence_text(item_id)]),
            )
        t = store.task(item_id)
        return f"{t.kind.label}: {t.title}", _lines([t.title, t.note])

    # ------------------------------------------------------------------ the evidence pack

    def build_pack(
        self,
        case_id: int,
        out: Path,
        options: PackOptions,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackResult:
        """Write the dispute-evidence pack of a case (see desktop_app.pack.builder): the full check
        of the database first, then the pack, then its entry in the event log."""
        self._check_database()
        detail = self.case_detail(case_id)
        result = self._make_pack(detail, out, options, progress=progress, cancelled=cancelled)
        self._record_pack(case_id, result)
        return result

    def pack_job(self, case_id: int, out: Path, options: PackOptions) -> Job[PackResult]:
        """:meth:`build_pack` as a job: what ``dossier pack`` runs and the window's Export runs."""

        def work(context: JobContext) -> PackResult:
            with _pack_cancel_is_cancel():
                with self._store.claimed():
                    self._check_database()
                    detail = self.case_detail(case_id)
                result = self._make_pack(
                    detail, out, options, progress=context.progress, cancelled=context.cancelled
                )
            with self._store.claimed():
                self._record_pack(case_id, result)
            return result

        return Job("Building the evidence pack", work)

    def preview_pack_job(self, case_id: int, out: Path, options: PackOptions) -> Job[PackResult]:
        """A pack built to look at before it is exported (in a private folder): not recorded.
        :meth:`place_pack_job` then moves that very pack where the user chose."""

        def work(context: JobContext) -> PackResult:
            with self._store.claimed():
                detail = self.case_detail(case_id)
            with _pack_cancel_is_cancel():
                return self._make_pack(
                    detail, out, options, progress=context.progress, cancelled=context.cancelled
                )

        return Job("Building the pack's preview", work)

    def place_pack(self, case_id: int, built: PackResult, out: Path, *, force: bool = False) -> PackResult:
        """Move a pack built by :meth:`preview_pack_job` to ``out`` (no second build), after the
        full check of the database, and note it in the event log."""
        from desktop_app.pack.builder import place_pack

        self._check_database()
        placed = place_pack(built, out, force=force)
        self._record_pack(case_id, placed)
        return placed

    def place_pack_job(
        self, case_id: int, built: PackResult, out: Path, *, force: bool = False
    ) -> Job[PackResult]:
        def work(context: JobContext) -> PackResult:
            context.progress(0, 1, "Checking the store's database")
            with self._store.claimed():
                placed = self.place_pack(case_id, built, out, force=force)
            context.progress(1, 1, "Done")
            return placed

        return Job("Exporting the evidence pack", work)

    def make_pack(
        self,
        detail: CaseDetail,
        out: Path,
        options: PackOptions,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackResult:
        """Transitional (the window's pack preview): use :meth:`preview_pack_job`."""
        return self._make_pack(detail, out, options, progress=progress, cancelled=cancelled)

    def _make_pack(
        self,
        detail: CaseDetail,
        out: Path,
        options: PackOptions,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackResult:
        """The pack itself. It reads only vault files, so it may run on a worker thread.

        Every exhibit's file is checked against its SHA-256 first: a pack is never made from a
        file that is not the original.
        """
        from desktop_app.pack.builder import build_pack

        damaged = []
        for item in detail.evidence:
            try:
                if self._store.vault.hash_of(item.sha256) != item.sha256:
                    damaged.append(f"{item.original_name} (its bytes no longer match its SHA-256)")
            except DossierError as exc:
                damaged.append(f"{item.original_name} ({exc})")
        if damaged:
            raise DossierError(
                f"No pack was written: {len(damaged)} evidence file(s) are missing or damaged in the vault: "
                + "; ".join(damaged[:3])
                + ". Run 'dossier verify', and restore the store from a backup."
            )
        return build_pack(
            detail.case,
            detail.purchases,
            detail.communications,
            detail.tasks,
            detail.evidence,
            self._store.vault.open,
            out,
            options,
            progress=progress,
            cancelled=cancelled,
        )

    def check_database(self) -> None:
        """Transitional (the window's pack export): :meth:`pack_job` and :meth:`place_pack` check."""
        self._check_database()

    def _check_database(self) -> None:
        """The full check of the database (run before every pack and backup); raises when it fails."""
        problems = self._store.full_check()
        if problems:
            raise DossierError(
                f"The store's database fails its check ({'; '.join(problems[:3])}): nothing was written. "
                "Run 'dossier verify', and restore the store from a backup."
            )

    def record_pack(self, case_id: int, result: PackResult) -> None:
        """Transitional (the window's pack export): :meth:`pack_job` and :meth:`place_pack` record."""
        self._record_pack(case_id, result)

    def _record_pack(self, case_id: int, result: PackResult) -> None:
        """Note in the event log that a pack was written, with its fingerprints."""
        now = utc_now()
        files = ", ".join(f"{f.path.name} (SHA-256 {f.sha256})" for f in result.files)
        with self._store.transaction():
            self._log(
                "pack.build",
                f"Evidence pack written for the {result.profile.label} profile: {files}",
                case_id,
                "case",
                case_id,
                now,
            )
        self._notify(Change(Subject.PACK, Action.ADDED, case_id))

    # ------------------------------------------------------------------ sample case

    def add_sample_case(self) -> int:
        """Add the realistic sample case shipped in resources/sample."""
        path = resource_path(*SAMPLE_CASE)
        case_file = parse_case_file(_read_json(path))
        sources = [path.parent / entry.path for entry in case_file.evidence]
        return self._create_case(case_file, sources, action="case.sample", how="added from the sample")

    # ------------------------------------------------------------------ verification

    def verify_job(self) -> Job[VerifyReport]:
        """:meth:`verify` as a job (it reads every file of the vault)."""

        def work(context: JobContext) -> VerifyReport:
            context.progress(0, 1, "Checking the database and every file")
            with self._store.claimed():
                report = self.verify()
            context.progress(1, 1, "Done")
            return report

        return Job("Verifying the store", work)

    def background_check_job(self) -> Job[list[str]]:
        """The quick check of the database (``PRAGMA quick_check``), run after start once a day:
        its result is what is wrong ([] when the database is sound)."""

        def work(context: JobContext) -> list[str]:
            context.progress(0, 1, "Checking the store's database")
            with self._store.claimed():
                problems = self._store.quick_check()
            context.progress(1, 1, "Done")
            return problems

        return Job("Checking the store's database", work)

    def verify(self) -> VerifyReport:
        report = VerifyReport(database_problems=self._store.integrity_check())
        if report.database_problems:
            return report
        report.database_problems += self._store.event_chain_problems()
        report.database_problems += self._store.generation_problems()  # rolled back, or trimmed
        report.database_problems += self._store.key_file_problems()  # dossier.keys read strictly
        names = self._store.evidence_names_by_hash()
        vault = self._store.vault.verify(self._named_hashes())
        vault_root = self._store.vault.root
        report.missing = [
            f"{names.get(sha, 'unused file')}: {vault_root / 'objects' / sha[:2] / sha}"
            for sha in vault.missing
        ]
        report.altered = [
            f"{names.get(sha, 'unused file')}: {vault_root / 'objects' / sha[:2] / sha}"
            + (f" ({vault.reasons[sha]})" if sha in vault.reasons else "")
            for sha in vault.altered
        ]
        report.stray = [str(vault_root / name) for name in vault.stray]
        report.unused = [str(self._store.vault.path_of(sha)) for sha in vault.unused]
        return report


def _summary(
    c: Case,
    counts: dict[int, tuple[int, int]],
    deadlines: dict[int, date],
    digests: dict[int, dict[str, Any]],
    today: date,
) -> CaseSummary:
    """One row of the case list, from the store's per-case counts, task dates and digests."""
    case_id = c.id or 0
    return CaseSummary(
        id=case_id,
        title=c.title,
        merchant=c.merchant.name,
        status=c.status.value,
        reason=c.reason.value,
        archived=c.archived_at is not None,
        disputed_amount=c.disputed_amount,
        currency=c.currency,
        evidence_count=counts.get(case_id, (0, 0))[0],
        communication_count=counts.get(case_id, (0, 0))[1],
        updated_at=c.updated_at,
        next_deadline=_earliest(deadlines.get(case_id), _next_rule_deadline(c, today)),
        checklist=judge(checklist_rules()[c.reason], case_facts(c, **digests[case_id])),
        note=_dates_note(c),
    )


def _next_rule_deadline(case: Case, today: date) -> date | None:
    """The soonest deadline the rules give the case that has not passed (None when its dates
    cannot be counted from: see :func:`_dates_note`)."""
    upcoming = [d.due for d in _rule_deadlines(case, today) if d.kind == "deadline" and not d.past]
    return min(upcoming, default=None)


@contextlib.contextmanager
def _pack_cancel_is_cancel() -> Iterator[None]:
    """The pack builder's own cancel, as every job's: :class:`Cancelled`."""
    from desktop_app.pack.builder import PackCancelled

    try:
        yield
    except PackCancelled as exc:
        raise Cancelled(str(exc)) from exc


def _dates_note(case: Case) -> str | None:
    """Why the rules cannot count from the case's dates (one outside 1990-2100, as only another
    program could have stored), or None when they can."""
    bad = [
        f"its {name.replace('_', ' ')} date {day.isoformat()} is outside {dates.YEAR_MIN}–{dates.YEAR_MAX}"
        for name in CASE_DATE_FIELDS
        if (day := getattr(case.dates, name)) is not None and not dates.YEAR_MIN <= day.year <= dates.YEAR_MAX
    ]
    if not bad:
        return None
    return (
        "no deadline can be counted: "
        + "; ".join(bad)
        + ". Correct the case's dates (in the window: Edit case)."
    )


def _rule_deadlines(case: Case, today: date) -> list[Deadline]:
    """The deadlines the rules give a case; none when its dates cannot be counted from."""
    if _dates_note(case):
        return []
    try:
        return compute_deadlines(case, deadline_rules(), today)
    except (OverflowError, ValueError):  # a date the rules' arithmetic cannot reach
        return []


def _zone_name(zone: str) -> str:
    """An IANA time zone's name as zoneinfo knows it; InvalidInputError for anything else."""
    try:
        found = dates.zone(zone)
    except dates.DateInputError as exc:
        raise InvalidInputError(str(exc)) from None
    return found.key if isinstance(found, ZoneInfo) else zone.strip()


def _earliest(*days: date | None) -> date | None:
    return min((day for day in days if day is not None), default=None)


def _lines(parts: Iterable[str | None]) -> str:
    return "\n".join(part for part in parts if part)


def _case_file_refused(path: Path, problems: Sequence[tuple[str, str]]) -> InvalidInputError:
    lines = "\n".join(f"  {name}: {reason}" if name else f"  {reason}" for name, reason in problems)
    return InvalidInputError(f"{path}: the case file was refused, nothing was imported:\n{lines}")


def _resolved(path: Path) -> Path | None:
    """``path`` with every ``..`` and symbolic link resolved; None when it cannot be (a loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def _evidence_sources(case_path: Path, entries: Sequence[EvidenceEntry]) -> list[Path]:
    """The real file each evidence entry names; refuses the case file, naming every bad entry.

    An entry may only name a regular file inside the case file's folder: one that climbs out
    (``../../.ssh/id_ed25519``), a link leading out, or anything but a regular file (a folder, a
    FIFO, a device, a socket, a link to one) is refused, and with it the whole case file.
    """
    folder = _resolved(case_path.parent)
    if folder is None:
        raise InvalidInputError(f"{case_path}: its folder cannot be resolved; nothing was imported")
    problems: list[tuple[str, str]] = []
    sources: list[Path] = []
    for i, entry in enumerate(entries):
        name = f"evidence[{i}].path"
        shown = _shown(entry.path)
        real = _resolved(folder / entry.path)
        if real is None:
            problems.append((name, f"{shown} cannot be followed (a loop of symbolic links?)"))
            continue
        if real != folder and not real.is_relative_to(folder):
            problems.append(
                (name, f"{shown} leads outside the case file's folder {folder} (to {real}): refused")
            )
            continue
        hidden = [
            part
            for part in (*Path(entry.path).parts, *real.relative_to(folder).parts)
            if part.startswith(".")
        ]
        if any(part not in (".", "..") for part in hidden):
            problems.append(
                (
                    name,
                    f"{shown} is a hidden file or in a hidden folder (such as .ssh or .gnupg): "
                    "Dossier never takes one from a case file; refused",
                )
            )
            continue
        try:
            mode = os.stat(real).st_mode
        except FileNotFoundError:
            problems.append((name, f"{shown}: no such file"))
            continue
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            problems.append((name, f"{shown} cannot be read ({reason})"))
            continue
        if stat.S_ISDIR(mode):
            problems.append((name, f"{shown} is a folder, not a file"))
        elif not stat.S_ISREG(mode):
            problems.append((name, f"{shown} is not a regular file (a FIFO, a device or a socket)"))
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


CASE_FILE_LIMIT = 64 * 1024 * 1024  # a case file is text: larger is not one


def _read_json(path: Path) -> object:
    check_readable([path])
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if size > CASE_FILE_LIMIT:
        raise InvalidInputError(
            f"{path}: {size:,} bytes is too large for a case file (at most {CASE_FILE_LIMIT:,}); "
            "nothing was imported"
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"{path}: is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{path}: is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise InvalidInputError(
            f"{path}: is nested too deeply to be a case file (lists or objects inside each other "
            "hundreds of times); nothing was imported"
        ) from None
    except ValueError as exc:  # an integer of thousands of digits, NaN, Infinity
        why = (
            "an integer of thousands of digits, far too long for any amount"
            if "digits" in str(exc)
            else str(exc)
        )
        raise InvalidInputError(
            f"{path}: holds a number that cannot be read ({why}); nothing was imported"
        ) from None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number a case file may hold")


__all__ = ["BACKUP_SUFFIX", "NotFoundError", "Services"]
