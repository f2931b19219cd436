"""Every result the services hand back: plain dataclasses, no behaviour beyond describing themselves.

What the window's start and ``dossier cases`` return is here; the results of adding evidence, the
trash's unused files, case files, checking the store and searching are in
:mod:`desktop_app.services.work_results`, made when first asked for (each dataclass is made at
import, about half a millisecond each), and read from here as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.checklist import Checklist, facts_of, judge
from desktop_app.domain.deadlines import ChargeRef
from desktop_app.domain.escalation import NextStep, next_step
from desktop_app.domain.models import (
    Case,
    Communication,
    EvidenceItem,
    Purchase,
    Task,
)
from desktop_app.i18n import translate
from desktop_app.services.rules import checklist_rules, escalation_ladder

if TYPE_CHECKING:
    from desktop_app.services.work_results import AddEvidenceResult as AddEvidenceResult
    from desktop_app.services.work_results import CaseHits as CaseHits
    from desktop_app.services.work_results import CaseImport as CaseImport
    from desktop_app.services.work_results import ExportResult as ExportResult
    from desktop_app.services.work_results import ImportedFile as ImportedFile
    from desktop_app.services.work_results import SearchHit as SearchHit
    from desktop_app.services.work_results import SkippedFile as SkippedFile
    from desktop_app.services.work_results import UnusedFile as UnusedFile
    from desktop_app.services.work_results import VerifyReport as VerifyReport

_ELSEWHERE = frozenset(
    {
        "AddEvidenceResult",
        "CaseHits",
        "CaseImport",
        "ExportResult",
        "ImportedFile",
        "SearchHit",
        "SkippedFile",
        "UnusedFile",
        "VerifyReport",
    }
)


def __getattr__(name: str) -> object:
    """The results of :mod:`desktop_app.services.work_results`, imported when first asked for (PEP 562)."""
    if name not in _ELSEWHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from desktop_app.services import work_results

    value = getattr(work_results, name)
    globals()[name] = value
    return value


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: what the list and ``dossier cases`` show of a case."""

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
    next_deadline: date | None = None  # the earliest open one: a task not done, or a rule's not passed
    late: bool = False  # next_deadline has passed: a task or promise not done by its date
    checklist: Checklist | None = None  # what the issuer expects for its reason, and how much is there
    note: str | None = None  # what is wrong with the case's stored data, when something is
    # From the issuer's facts, never stored over the user's own status: "filed" (filed, no outcome
    # yet), "won", "lost" or "partly"; None when nothing was filed.
    issuer_state: str | None = None
    issuer_name: str | None = None
    claim_number: str | None = None

    def issuer_label(self) -> str:
        """``filed with Banque X (claim 2026-77)``, ``dispute won``; "" when nothing was filed. In the
        process's language (desktop_app.i18n)."""
        if self.issuer_state is None:
            return ""
        claim = self.claim_number
        if self.issuer_state == "filed":
            issuer = self.issuer_name or translate("Services", "the bank")
            if claim:
                return translate("Services", "filed with {issuer} (claim {claim})").format(
                    issuer=issuer, claim=claim
                )
            return translate("Services", "filed with {issuer}").format(issuer=issuer)
        if claim:
            with_claim = {
                "won": translate("Services", "dispute won (claim {claim})"),
                "lost": translate("Services", "dispute lost (claim {claim})"),
                "partly": translate("Services", "dispute partly won (claim {claim})"),
            }
            return with_claim[self.issuer_state].format(claim=claim)
        return {
            "won": translate("Services", "dispute won"),
            "lost": translate("Services", "dispute lost"),
            "partly": translate("Services", "dispute partly won"),
        }[self.issuer_state]


@dataclass(frozen=True)
class CaseDetail:
    """A case with its records: what the case's page shows."""

    case: Case
    purchases: list[Purchase]
    communications: list[Communication]
    evidence: list[EvidenceItem]
    tasks: list[Task]

    @property
    def next_step(self) -> NextStep:
        """Where the case stands on the escalation ladder, and what comes next."""
        return next_step(self.case, escalation_ladder(), self.communications)

    @property
    def checklist(self) -> Checklist:
        facts = facts_of(self.case, self.purchases, self.communications, self.evidence)
        return judge(checklist_rules()[self.case.reason], facts)


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
    counted_from: str = ""  # a case date's name, "charge", "charge_expected_delivery", "filed_on"...
    charge: ChargeRef | None = None  # the disputed charge it counts from; None for a case-level date
    working_day_note: str = ""  # the last day is a weekend day or a public holiday of the case's country
    acts_by: date | None = None  # then: the working day before, when it is the user who must act
    party: str = "you"  # who must act by then: "you", or "them" (the merchant's or the bank's answer)


@dataclass(frozen=True)
class ImportedMessage:
    """One e-mail imported: its communication and its evidence item."""

    communication_id: int
    evidence_id: int
    subject: str
    attachments: int


# An import keeps the details of this many messages per list, and counts them all: a
# Takeout of 100,000 messages is imported with the same memory as one of 10,000.
DETAIL_LIMIT = 500


class _Capped(list[str]):
    """A list of messages that keeps the first DETAIL_LIMIT and counts the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def append(self, item: str) -> None:
        self.total += 1
        if len(self) < DETAIL_LIMIT:
            super().append(item)

    def extend(self, items: Iterable[str]) -> None:
        for item in items:
            self.append(item)


@dataclass
class EmailImportResult:
    """What an e-mail import did, message by message, in words a user can act on.

    The lists keep the first DETAIL_LIMIT entries; the counts are whole.
    """

    imported: list[ImportedMessage] = field(default_factory=list)  # the first DETAIL_LIMIT
    imported_count: int = 0
    attachment_count: int = 0
    duplicates: _Capped = field(default_factory=_Capped)  # already in the case: not stored again
    problems: _Capped = field(default_factory=_Capped)  # messages or files that could not be imported
    notes: _Capped = field(default_factory=_Capped)  # imported, with something to know
    left_out: int = 0  # messages the filter or the choice left out
    stopped: bool = False  # cancelled: the messages imported before stay, each whole

    def add_imported(self, message: ImportedMessage) -> None:
        self.imported_count += 1
        self.attachment_count += message.attachments
        if len(self.imported) < DETAIL_LIMIT:
            self.imported.append(message)


@dataclass(frozen=True)
class MailPreview:
    """One message of a file, shown before importing, to choose."""

    key: str  # how to choose it: its origin ("inbox.mbox, message 12")
    date: datetime | None
    sender: str
    subject: str
    attachments: int
    size: int
    duplicate: bool  # already in the case


@dataclass(frozen=True)
class Protection:
    """How the store is protected, for the security window and ``dossier store status``."""

    folder: Path
    encrypted: bool
    has_passphrase: bool
    key_in_keyring: bool
    opened_by: str  # "plaintext", "keyring", "passphrase", "recovery", "new"
    key_file: Path | None = None  # the store's key file (dossier.keys), None in plaintext
    keyring_note: str | None = None  # why the keyring was not used, when it was not
    new_recovery_key: str | None = None  # shown once, when the store was just made
