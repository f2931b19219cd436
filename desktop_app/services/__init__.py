"""One front door for every use case: what the window and the command line call.

:class:`Services` is composed of one part per group of use cases, each a module of this
package built on :mod:`desktop_app.services.core` (the store, who acts, notifications, the
event log, the vault's staging):

- :mod:`.cases` the case list, deadlines, creating and archiving cases; :mod:`.calendar` the
  deadlines as an iCalendar file; :mod:`.overview` one case as its Overview shows it;
- :mod:`.records` charges, contacts and tasks;
- :mod:`.letters` letters to the merchant; :mod:`.sent_letters` a letter marked as sent (its
  contact and its PDF kept as evidence);
- :mod:`.evidence` adding and looking at evidence; :mod:`.trash` its trash and unused files;
- :mod:`.mail` e-mail import; :mod:`.casefiles` case files in and out, the sample case;
- :mod:`.packs` the evidence pack; :mod:`.search`; :mod:`.verify` checking the store;
- :mod:`.protection` opening, encryption, keys, backups and bundles.

What they return is in :mod:`.results`, the rule tables in :mod:`.rules`, long work as a
:class:`~desktop_app.services.jobs.Job`, and every change is notified as a typed
:class:`~desktop_app.services.changes.Change`. Each change runs in one transaction that
also writes its event-log entry; file work (reading, hashing, sealing, text) comes before it.

The window and the command line import only this package (and the domain, errors, logs and
resources): what they need from the layers below is re-exported here. Importing it loads no
PDF, image, Qt, keyring or cryptography module: those load when a use case needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from desktop_app.domain.deadlines import ChargeRef as ChargeRef
from desktop_app.domain.deadlines import Notice as Notice
from desktop_app.domain.profiles import LANGUAGES as LANGUAGES
from desktop_app.errors import NotFoundError as NotFoundError
from desktop_app.fileio import OutputRefused as OutputRefused
from desktop_app.fileio import atomic_write as atomic_write
from desktop_app.fileio import check_output as check_output
from desktop_app.pack.profiles import PROFILES as PROFILES
from desktop_app.pack.profiles import resolve_profile as resolve_profile
from desktop_app.services.calendar import CalendarServices
from desktop_app.services.casefiles import CASE_FILE_LIMIT as CASE_FILE_LIMIT
from desktop_app.services.casefiles import SAMPLE_CASE as SAMPLE_CASE
from desktop_app.services.casefiles import CaseFileServices
from desktop_app.services.cases import CaseServices
from desktop_app.services.changes import Action as Action
from desktop_app.services.changes import Change as Change
from desktop_app.services.changes import Listener as Listener
from desktop_app.services.changes import Subject as Subject
from desktop_app.services.core import TEXT_FILE_LIMIT as TEXT_FILE_LIMIT
from desktop_app.services.core import Staged as Staged
from desktop_app.services.core import as_text as as_text
from desktop_app.services.core import as_text_record as as_text_record
from desktop_app.services.core import check_readable as check_readable
from desktop_app.services.evidence import THUMBNAIL_FILE_LIMIT as THUMBNAIL_FILE_LIMIT
from desktop_app.services.evidence import EvidenceServices
from desktop_app.services.jobs import Job as Job
from desktop_app.services.jobs import JobContext as JobContext
from desktop_app.services.jobs import Progress as Progress
from desktop_app.services.letters import LetterServices
from desktop_app.services.mail import OWN_ADDRESSES as OWN_ADDRESSES
from desktop_app.services.mail import MailServices
from desktop_app.services.overview import BodyView as BodyView
from desktop_app.services.overview import CaseOverview as CaseOverview
from desktop_app.services.overview import OverviewServices
from desktop_app.services.overview import StepView as StepView
from desktop_app.services.packs import PackServices
from desktop_app.services.protection import BUNDLE_WARNING as BUNDLE_WARNING
from desktop_app.services.protection import ProtectionServices
from desktop_app.services.protection import import_opening_modules as import_opening_modules
from desktop_app.services.protection import set_keyring_timeout as set_keyring_timeout
from desktop_app.services.records import LAST_CONTACT_ZONE as LAST_CONTACT_ZONE
from desktop_app.services.records import RecordServices
from desktop_app.services.results import DETAIL_LIMIT as DETAIL_LIMIT
from desktop_app.services.results import CaseDeadline as CaseDeadline
from desktop_app.services.results import CaseDetail as CaseDetail
from desktop_app.services.results import CaseSummary as CaseSummary
from desktop_app.services.results import EmailImportResult as EmailImportResult
from desktop_app.services.results import ImportedMessage as ImportedMessage
from desktop_app.services.results import MailPreview as MailPreview
from desktop_app.services.results import Protection as Protection
from desktop_app.services.rules import checklist_rules as checklist_rules
from desktop_app.services.rules import deadline_rules as deadline_rules
from desktop_app.services.rules import escalation_ladder as escalation_ladder
from desktop_app.services.rules import letter_words as letter_words
from desktop_app.services.search import SearchServices
from desktop_app.services.sent_letters import SentLetter as SentLetter
from desktop_app.services.sent_letters import SentLetterServices
from desktop_app.services.trash import TrashServices
from desktop_app.services.verify import VerifyServices
from desktop_app.store.generation import NoStore as NoStore
from desktop_app.store.location import resolve_data_dir as resolve_data_dir
from desktop_app.tempfiles import private_dir as private_dir
from desktop_app.tempfiles import remove_private_dir as remove_private_dir
from desktop_app.tempfiles import remove_private_dirs as remove_private_dirs
from desktop_app.tempfiles import sweep_private_dirs as sweep_private_dirs

if TYPE_CHECKING:  # loaded on first use (see __getattr__): each pulls in a heavy library
    from desktop_app.intake.mail import MailFilter as MailFilter
    from desktop_app.intake.preview import Preview as Preview
    from desktop_app.pack.builder import PackCancelled as PackCancelled
    from desktop_app.pack.builder import PackOptions as PackOptions
    from desktop_app.pack.builder import PackResult as PackResult
    from desktop_app.pack.builder import existing_pack_files as existing_pack_files
    from desktop_app.pack.exhibits import category_of as category_of
    from desktop_app.pack.options import CardNumbersRemain as CardNumbersRemain
    from desktop_app.pack.options import FitPlan as FitPlan
    from desktop_app.pack.options import PackRefused as PackRefused
    from desktop_app.pack.render import human_size as human_size
    from desktop_app.pack.strings import PackStrings as PackStrings
    from desktop_app.secrets import RECOVERY_SYMBOLS as RECOVERY_SYMBOLS
    from desktop_app.secrets import WrongSecret as WrongSecret
    from desktop_app.secrets import parse_recovery_key as parse_recovery_key
    from desktop_app.services.work_results import AddEvidenceResult as AddEvidenceResult
    from desktop_app.services.work_results import CaseHits as CaseHits
    from desktop_app.services.work_results import CaseImport as CaseImport
    from desktop_app.services.work_results import ExportResult as ExportResult
    from desktop_app.services.work_results import ImportedFile as ImportedFile
    from desktop_app.services.work_results import SearchHit as SearchHit
    from desktop_app.services.work_results import SkippedFile as SkippedFile
    from desktop_app.services.work_results import UnusedFile as UnusedFile
    from desktop_app.services.work_results import VerifyReport as VerifyReport
    from desktop_app.store.backup import SUFFIX as BACKUP_SUFFIX
    from desktop_app.store.backup import BackupReport as BackupReport
    from desktop_app.store.database import DatabaseError as DatabaseError
    from desktop_app.store.keys import NeedsPassphrase as NeedsPassphrase
    from desktop_app.store.keys import NeedsUnlock as NeedsUnlock
    from desktop_app.store.keys import Unlock as Unlock

# name -> (module, name there): re-exported on first use, so that importing the services
# (``dossier --help``) does not load pypdf, Pillow, reportlab, pypdfium2, keyring or cryptography,
# nor make the result types the window's start and ``dossier cases`` do not use.
_LAZY = {
    "MailFilter": ("desktop_app.intake.mail", "MailFilter"),
    "Preview": ("desktop_app.intake.preview", "Preview"),
    "PackCancelled": ("desktop_app.pack.builder", "PackCancelled"),
    "CardNumbersRemain": ("desktop_app.pack.options", "CardNumbersRemain"),
    "FitPlan": ("desktop_app.pack.options", "FitPlan"),
    "PackRefused": ("desktop_app.pack.options", "PackRefused"),
    "PackOptions": ("desktop_app.pack.builder", "PackOptions"),
    "PackResult": ("desktop_app.pack.builder", "PackResult"),
    "existing_pack_files": ("desktop_app.pack.builder", "existing_pack_files"),
    "category_of": ("desktop_app.pack.exhibits", "category_of"),
    "human_size": ("desktop_app.pack.render", "human_size"),
    "PackStrings": ("desktop_app.pack.strings", "PackStrings"),
    "RECOVERY_SYMBOLS": ("desktop_app.secrets", "RECOVERY_SYMBOLS"),
    "WrongSecret": ("desktop_app.secrets", "WrongSecret"),
    "parse_recovery_key": ("desktop_app.secrets", "parse_recovery_key"),
    "BACKUP_SUFFIX": ("desktop_app.store.backup", "SUFFIX"),
    "BackupReport": ("desktop_app.store.backup", "BackupReport"),
    "DatabaseError": ("desktop_app.store.database", "DatabaseError"),
    "NeedsPassphrase": ("desktop_app.store.keys", "NeedsPassphrase"),
    "NeedsUnlock": ("desktop_app.store.keys", "NeedsUnlock"),
    "Unlock": ("desktop_app.store.keys", "Unlock"),
    # what the use cases off the window's start return: each dataclass is made at import
    "AddEvidenceResult": ("desktop_app.services.work_results", "AddEvidenceResult"),
    "CaseHits": ("desktop_app.services.work_results", "CaseHits"),
    "CaseImport": ("desktop_app.services.work_results", "CaseImport"),
    "ExportResult": ("desktop_app.services.work_results", "ExportResult"),
    "ImportedFile": ("desktop_app.services.work_results", "ImportedFile"),
    "SearchHit": ("desktop_app.services.work_results", "SearchHit"),
    "SkippedFile": ("desktop_app.services.work_results", "SkippedFile"),
    "UnusedFile": ("desktop_app.services.work_results", "UnusedFile"),
    "VerifyReport": ("desktop_app.services.work_results", "VerifyReport"),
}


def __getattr__(name: str) -> object:
    """The re-exports of :data:`_LAZY`, imported when first asked for (PEP 562)."""
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


class Services(
    CalendarServices,  # before CaseServices, which it extends
    CaseServices,
    OverviewServices,
    RecordServices,
    SentLetterServices,  # before LetterServices and EvidenceServices, which it extends
    LetterServices,
    EvidenceServices,
    TrashServices,
    MailServices,
    CaseFileServices,
    PackServices,
    SearchServices,
    VerifyServices,
    ProtectionServices,
):
    """The use cases of Dossier over one open store (see each part's module)."""


__all__ = [
    "BACKUP_SUFFIX",
    "RECOVERY_SYMBOLS",
    "AddEvidenceResult",
    "BackupReport",
    "CardNumbersRemain",
    "CaseDetail",
    "CaseOverview",
    "CaseSummary",
    "Change",
    "ChargeRef",
    "DatabaseError",
    "ExportResult",
    "FitPlan",
    "MailFilter",
    "NeedsPassphrase",
    "NeedsUnlock",
    "NotFoundError",
    "Notice",
    "PackCancelled",
    "PackOptions",
    "PackRefused",
    "PackResult",
    "PackStrings",
    "Preview",
    "SentLetter",
    "Services",
    "Unlock",
    "VerifyReport",
    "WrongSecret",
    "category_of",
    "existing_pack_files",
    "human_size",
    "parse_recovery_key",
]
