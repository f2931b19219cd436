"""Portal profiles: the upload limits a pack must fit (../shared/DOMAIN.md), and the packs' languages.

Pure data: the command line's parser and the window read them without loading the pack builder.

Sizes are in decimal megabytes (1 MB = 1,000,000 bytes), the stricter
reading of what portals print.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MB = 1_000_000

# The languages of the pack's and the letters' own words (resources/pack/strings/<lang>.json).
LANGUAGES = ("en", "fr", "es", "pl")
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


@dataclass(frozen=True)
class Profile:
    name: str
    label: str
    max_file_bytes: int | None = None
    max_pages: int | None = None  # per file
    max_files: int = 1
    max_total_bytes: int | None = None
    max_total_pages: int | None = None
    max_dpi: int = 300
    max_megapixels: float = 30.0

    def describe(self) -> str:
        parts = []
        if self.max_file_bytes:
            parts.append(f"{self.max_file_bytes / MB:g} MB per file")
        if self.max_pages:
            parts.append(f"{self.max_pages} pages per file")
        if self.max_files > 1:
            parts.append(f"up to {self.max_files} files")
        if self.max_total_bytes:
            parts.append(f"{self.max_total_bytes / MB:g} MB in all")
        if self.max_total_pages:
            parts.append(f"{self.max_total_pages} pages in all")
        return ", ".join(parts) or "no limit"

    @property
    def limited(self) -> bool:
        return any((self.max_file_bytes, self.max_pages, self.max_total_bytes, self.max_total_pages))


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("none", "No limit"),
        Profile("mastercard", "Mastercard (Mastercom)", max_file_bytes=int(14.5 * MB), max_pages=19),
        Profile(
            "amex",
            "American Express",
            max_file_bytes=5 * MB,
            max_files=5,
            max_total_bytes=25 * MB,
            max_total_pages=20,
        ),
        Profile("usbank", "U.S. Bank cardholder portal", max_file_bytes=5 * MB, max_files=2),
        Profile("pdf-2mb", "Single PDF of 2 MB (Adyen, Marqeta-style issuers)", max_file_bytes=2 * MB),
    )
}


def resolve_profile(
    name: str = "none", *, max_mb: float | None = None, max_pages: int | None = None
) -> Profile:
    """A built-in profile, tightened by ``--max-mb`` / ``--max-pages`` when given."""
    if name not in PROFILES:
        raise ValueError(f"{name!r} is not a profile; choose one of {', '.join(PROFILES)}")
    profile = PROFILES[name]
    if max_mb is not None:
        if max_mb <= 0:
            raise ValueError("--max-mb must be more than 0")
        limit = int(max_mb * MB)
        profile = replace(profile, max_file_bytes=min(limit, profile.max_file_bytes or limit))
    if max_pages is not None:
        if max_pages < 1:
            raise ValueError("--max-pages must be at least 1")
        profile = replace(profile, max_pages=min(max_pages, profile.max_pages or max_pages))
    return profile
