"""What the use cases off the window's start return: adding evidence, the trash's unused files, case
files, checking the store, searching. Read them from :mod:`desktop_app.services.results` or
:mod:`desktop_app.services` as well: there they are imported when first asked for."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.models import EvidenceItem
from desktop_app.domain.money import format_number
from desktop_app.i18n import language, translate, translate_n


@dataclass(frozen=True)
class SkippedFile:
    """A file not added as evidence, and why."""

    path: Path
    existing: EvidenceItem | None  # the item it duplicates; None when its content was refused
    reason: str


@dataclass
class AddEvidenceResult:
    """What adding evidence did: the items added, shared and skipped."""

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
        """The file's SHA-256, size and names, in the process's language."""
        known = (
            ", ".join(f"“{name}”" for name in self.names)
            if self.names
            else translate("Services", "name unknown")
        )
        # The plural form follows the size; the size itself is written as the language groups digits.
        return translate_n("Services", "{sha256}  {size} byte(s)  {names}", self.size).format(
            sha256=self.sha256, size=format_number(Decimal(self.size), 0, language()), names=known
        )


@dataclass(frozen=True)
class ImportedFile:
    """One file of an imported case file, and the evidence item it became."""

    evidence_id: int
    path: Path  # the real file read, after ``..`` and links
    relative: str  # that file, relative to the case file's folder
    original_name: str  # the name the item keeps (the case file's original_name, else the file's)

    def describe(self) -> str:
        if self.original_name != Path(self.relative).name:
            return translate("Services", "evidence #{number}: {file}, imported as “{name}”").format(
                number=self.evidence_id, file=self.relative, name=self.original_name
            )
        return translate("Services", "evidence #{number}: {file}").format(
            number=self.evidence_id, file=self.relative
        )


@dataclass(frozen=True)
class CaseImport:
    """A case file imported: the new case and its files."""

    case_id: int
    files: list[ImportedFile]

    def lines(self) -> list[str]:
        return [f.describe() for f in self.files]


@dataclass(frozen=True)
class ExportResult:
    """A case written out as a case file, and the files it holds."""

    case_file: Path
    files: list[Path]


@dataclass
class VerifyReport:
    """What checking the store found: its problems, and the files no record names."""

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
    """One record that matched a search, with the text around the match."""

    kind: str  # case, purchase, communication, evidence, task
    item_id: int
    label: str  # what the record is: "E-mail of 2026-10-02: Reklamacja"
    snippet: str  # the text around the first match
    spans: list[tuple[int, int]]  # where the matches are in ``snippet``
    matched: list[str]  # the words that matched, as written in the text


@dataclass(frozen=True)
class CaseHits:
    """A case's matches of a search."""

    case_id: int
    title: str
    hits: list[SearchHit]
