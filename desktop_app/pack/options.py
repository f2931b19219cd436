"""What a pack is asked for and what it gives back: options, result, files, and its two refusals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.domain.profiles import PROFILES, Profile
from desktop_app.errors import DossierError
from desktop_app.pack.content import ExhibitInfo
from desktop_app.pack.exhibits import (
    Block,
)

Progress = Callable[[int, int, str], None]


class PackRefused(DossierError):
    """The pack cannot be made within the limits, or an exhibit was refused."""


class PackCancelled(DossierError):
    pass


@dataclass(frozen=True)
class PackOptions:
    profile: Profile = PROFILES["none"]
    lang: str = "en"
    paper: str | None = None  # "a4" or "letter"; None: Letter when the case is in the US, else A4
    evidence_ids: Sequence[int] | None = None  # None: every live evidence item, in order
    on_bad_exhibit: str = "placeholder"  # or "refuse"
    reproducible: bool = False
    today: date | None = None
    force: bool = False  # replace the pack's files (and their .sha256) when they exist


@dataclass(frozen=True)
class PackFile:
    path: Path
    pages: int
    size: int
    sha256: str
    letters: list[str]


@dataclass
class PackResult:
    files: list[PackFile]
    exhibits: list[ExhibitInfo]
    profile: Profile
    warnings: list[str] = field(default_factory=list)
    settings: str = ""


@dataclass
class Part:
    """The exhibits that go into one file of a pack cut into parts."""

    blocks: list[Block]
    letters: list[str]
