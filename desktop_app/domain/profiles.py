"""Portal profiles: the upload limits a pack must fit (../shared/DOMAIN.md), and the packs' languages.

Pure data: the command line's parser and the window read them without loading the pack builder.

Sizes are in decimal megabytes (1 MB = 1,000,000 bytes), the stricter
reading of what portals print.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from desktop_app.i18n import LANGUAGES as LANGUAGES
from desktop_app.i18n import language, noop, translate, translate_n

MB = 1_000_000
# The characters a file name may use where a portal limits names to plain ASCII.
_NAME_CHARS = re.compile(r"[A-Za-z0-9._-]+")

# LANGUAGES (imported above from desktop_app.i18n: one list) are also the languages of the pack's
# and the letters' own words (resources/pack/strings/<lang>.json).

# Each language by its own name, as a choice of it is offered (the window's case form).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pl": "Polski"}

# The language a case's pack and letters start in: its country's, where Dossier writes it; English
# elsewhere. (Belgium and Luxembourg: French, of their languages the one Dossier writes.)
_COUNTRY_LANGUAGES = {
    "fr": ("FR", "BE", "LU", "MC"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "UY", "EC", "VE", "BO", "PY", "CR", "PA", "DO", "GT"),
    "pl": ("PL",),
}
COUNTRY_LANGUAGE = {country: lang for lang, countries in _COUNTRY_LANGUAGES.items() for country in countries}


def case_language(country: str | None, chosen: str | None = None) -> str:
    """The language a case's pack and letters are written in unless the user chooses another for
    one of them: the language chosen for the case (``Case.language``) when it is one of
    :data:`LANGUAGES`, else its country's (any case of the code), else English."""
    if chosen and chosen.lower() in LANGUAGES:
        return chosen.lower()
    return COUNTRY_LANGUAGE.get((country or "").upper(), "en")


class Profile(NamedTuple):
    """A portal's limits. A named tuple, not a dataclass: the command line's parser reads the
    profiles, and ``dossier --help`` imports no dataclasses (about 10 ms of its start)."""

    name: str
    label: str
    max_file_bytes: int | None = None
    max_pages: int | None = None  # per file
    max_files: int = 1
    max_total_bytes: int | None = None
    max_total_pages: int | None = None
    max_dpi: int = 300
    max_megapixels: float = 30.0
    source: str = ""  # where the portal publishes these limits
    max_name_chars: int | None = None  # the file name's length, extension included, in ASCII characters
    black_and_white: bool = False  # the portal asks for greyscale images

    @property
    def shown_label(self) -> str:
        """The profile's name for people, in the process's language (``label`` stays English: the
        portal's own name, in the pack's and the log's words)."""
        return translate("Profiles", self.label)

    def describe(self) -> str:
        """The profile's limits in words, in the process's language."""
        parts = []
        if self.max_file_bytes:
            parts.append(
                translate("Profiles", "{size} MB per file").format(size=megabytes(self.max_file_bytes))
            )
        if self.max_pages:
            parts.append(translate_n("Profiles", "%n page(s) per file", self.max_pages))
        if self.max_files > 1:
            parts.append(translate_n("Profiles", "up to %n file(s)", self.max_files))
        if self.max_total_bytes:
            parts.append(
                translate("Profiles", "{size} MB in all").format(size=megabytes(self.max_total_bytes))
            )
        if self.max_total_pages:
            parts.append(translate_n("Profiles", "%n page(s) in all", self.max_total_pages))
        if self.max_name_chars:
            parts.append(
                translate_n("Profiles", "file names of at most %n ASCII character(s)", self.max_name_chars)
            )
        if self.black_and_white:
            parts.append(translate("Profiles", "black and white"))
        return ", ".join(parts) or translate("Profiles", "no limit")

    def help_line(self) -> str:
        """The profile as ``dossier pack --help`` and the export dialog show it: limits and source
        (the source, the portal's own documents, as they are named in English)."""
        line = f"{self.name}: {self.shown_label} ({self.describe()})"
        return line + (
            translate("Profiles", "; source: {source}").format(source=self.source) if self.source else ""
        )

    def name_problem(self, name: str) -> str:
        """Why the portal would refuse a file called ``name`` (its rule on file names), or ""."""
        if not self.max_name_chars:
            return ""
        if len(name) <= self.max_name_chars and _NAME_CHARS.fullmatch(name):
            return ""
        if _NAME_CHARS.fullmatch(name):
            said = translate_n(
                "Profiles",
                "the {profile} portal takes file names of at most {most} ASCII characters (letters, "
                "digits, '-', '_' and '.'), and {name} has %n",
                len(name),
            )
        else:
            said = translate_n(
                "Profiles",
                "the {profile} portal takes file names of at most {most} ASCII characters (letters, "
                "digits, '-', '_' and '.'), and {name} has %n, with characters it does not take",
                len(name),
            )
        return said.format(profile=self.shown_label, most=self.max_name_chars, name=repr(name))

    def suggest_name(self, name: str) -> str:
        """A file name the portal takes, made from ``name``: accents dropped, other characters and
        spaces turned into '-', the stem shortened so that the whole name fits ``max_name_chars``."""
        if not self.max_name_chars or not self.name_problem(name):
            return name
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            stem, suffix = name, "pdf"
        folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", folded).strip("-_") or "pack"
        suffix = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", suffix)) or "pdf"
        room = max(1, self.max_name_chars - len(suffix) - 1)
        return f"{stem[:room].rstrip('-_') or 'pack'}.{suffix}"

    @property
    def limited(self) -> bool:
        return any((self.max_file_bytes, self.max_pages, self.max_total_bytes, self.max_total_pages))


def megabytes(size: int) -> str:
    """``14.5`` (``14,5`` in French, Spanish and Polish): a size in MB as the process's language writes it."""
    from decimal import Decimal  # here: the parser (``dossier --help``) reads the profiles, not their sizes

    from desktop_app.domain.money import format_number

    return format_number(Decimal(f"{size / MB:g}"), 0, language())


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("none", noop("Profiles", "No limit")),
        Profile(
            "mastercard",
            "Mastercard (Mastercom)",
            max_file_bytes=int(14.5 * MB),
            max_pages=19,
            max_dpi=300,
            max_megapixels=30.0,
            max_name_chars=16,
            source="Mastercard Chargeback Guide and Mastercom documentation guidelines: JPEG, TIFF or PDF, "
            "14.5 MB recommended (18 MB at most), 19 pages, at most 300 dpi and under 30 megapixels, "
            "file names of at most 16 characters",
        ),
        Profile(
            "amex",
            "American Express",
            max_file_bytes=5 * MB,
            max_files=5,
            max_total_bytes=25 * MB,
            max_total_pages=20,
            source="American Express online dispute upload: up to 5 files of 5 MB each, 25 MB and 20 pages "
            "in all",
        ),
        Profile(
            "usbank",
            noop("Profiles", "U.S. Bank cardholder portal"),
            max_file_bytes=5 * MB,
            max_files=2,
            source="U.S. Bank online dispute form: up to 2 attachments of 5 MB each (JPG, PNG or PDF)",
        ),
        Profile(
            "pdf-2mb",
            noop("Profiles", "Single PDF of 2 MB (Adyen, Marqeta-style issuers)"),
            max_file_bytes=2 * MB,
            source="Adyen and Marqeta dispute APIs: supporting documents as one PDF of at most 2 MB",
        ),
    )
}


def resolve_profile(
    name: str = "none", *, max_mb: float | None = None, max_pages: int | None = None
) -> Profile:
    """A built-in profile, tightened by ``--max-mb`` / ``--max-pages`` when given."""
    if name not in PROFILES:
        raise ValueError(
            translate("Profiles", "{name} is not a profile; choose one of {profiles}").format(
                name=repr(name), profiles=", ".join(PROFILES)
            )
        )
    profile = PROFILES[name]
    if max_mb is not None:
        if max_mb <= 0:
            raise ValueError(translate("Profiles", "--max-mb must be more than 0"))
        limit = int(max_mb * MB)
        profile = profile._replace(max_file_bytes=min(limit, profile.max_file_bytes or limit))
    if max_pages is not None:
        if max_pages < 1:
            raise ValueError(translate("Profiles", "--max-pages must be at least 1"))
        profile = profile._replace(max_pages=min(max_pages, profile.max_pages or max_pages))
    return profile
