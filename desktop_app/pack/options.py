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


class CardNumbersRemain(PackRefused):
    """An exhibit still shows a full card number Dossier could not redact (an image, a scan):
    nothing was written. The user redacts it by hand (boxes in the evidence preview), leaves the
    exhibit out, or confirms (``PackOptions.allow_card_numbers``, ``--allow-card-numbers``)."""

    def __init__(self, message: str, letters: Sequence[str] = (), evidence_ids: Sequence[int] = ()) -> None:
        super().__init__(message)
        self.letters = list(letters)  # the exhibits' letters, as the pack would have named them
        self.evidence_ids = list(evidence_ids)


@dataclass(frozen=True)
class PackOptions:
    profile: Profile = PROFILES["none"]
    lang: str = "en"
    paper: str | None = None  # "a4" or "letter"; None: Letter when the case is in the US, else A4
    # The exhibits, in the order given; None: every live evidence item, in the reason's order.
    evidence_ids: Sequence[int] | None = None
    on_bad_exhibit: str = "placeholder"  # or "refuse"
    reproducible: bool = False
    today: date | None = None
    force: bool = False  # replace the pack's files (and their .sha256) when they exist
    # Build the pack that fits the profile: the exhibits that matter most, and a page listing
    # those left out. With evidence_ids, those are the exhibits kept (the user's choice).
    fit: bool = False
    # Write the pack even though an exhibit still shows a full card number Dossier could not redact.
    allow_card_numbers: bool = False
    black_and_white: bool = False  # exhibits' images in greyscale, for portals that ask for it


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
    settings: str = ""  # the image settings used, in words, in the process's language
    reduced: bool = False  # images were made smaller than the original quality (``settings`` says how)
    # What the user checks by eye before sending (images Dossier reads no text in): not a warning.
    to_check: list[str] = field(default_factory=list)


@dataclass
class Part:
    """The exhibits that go into one file of a pack cut into parts."""

    blocks: list[Block]
    letters: list[str]


@dataclass(frozen=True)
class FitPlan:
    """What a pack for a profile would hold, worked out from page counts and sizes before any image
    is rendered (``Services.fit_plan``). Pages and bytes are estimates on the safe side: the pack
    built from ``kept`` fits when ``fits`` says so (the builder still checks every file it writes).

    ``whole_fits``: True, the whole case fits; False, it cannot (even by the most favourable
    estimate); None, it may: only building it tells (``--fit`` then tries the whole case first).
    """

    kept: list[int]  # evidence ids, in the pack's order: the exhibits that matter most first
    left_out: list[int]  # evidence ids listed on the "left out, available on request" page
    pages: int  # estimated pages of the pack of ``kept`` (all its files)
    size: int  # estimated bytes of the pack of ``kept`` (all its files), an upper bound
    fits: bool  # the pack of ``kept`` fits the profile
    whole_fits: bool | None
    # The image settings the estimate needs, in the process's language ("original quality",
    # "150 dpi, JPEG quality 70"); ``reduced``: smaller than the original quality.
    settings: str = ""
    files: int = 1  # files the pack of ``kept`` is cut into
    reasons: dict[int, str] = field(default_factory=dict)  # why each one left out is left out
    message: str = ""  # why ``kept`` cannot fit, when ``fits`` is False; what the front matter leaves out
    # What the fitted pack leaves out of its front matter when page 1 and the front matter alone
    # break the limits (pack/front_cut.py), in the process's language: "the full communication log
    # (200 contacts)", "the transactions not in dispute (3 transactions)", "the timeline's entries
    # ..."; the pack's page of documents left out says it in the pack's language, as available on
    # request.
    # Page 1 is never left out. Empty: the whole front matter goes in.
    front_left_out: list[str] = field(default_factory=list)
    front_cut: int = 0  # how many of front_cut.CUTS the fitted pack makes (the builder's reading)
    reduced: bool = False
