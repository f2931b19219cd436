"""Letters to the merchant from a case's data, as text and as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.fileio import check_output
from desktop_app.services.core import (
    ServiceCore,
    utc_now,
)
from desktop_app.services.rules import letter_words

if TYPE_CHECKING:
    from desktop_app.domain.letters import Letter


class LetterServices(ServiceCore):
    """The use cases of letters."""

    def letter(self, case_id: int, kind: str, lang: str = "en", today: date | None = None) -> Letter:
        """A letter from the case's data, in ``lang`` (en, fr, es, pl). Card numbers are masked."""
        from desktop_app.domain.letters import Formats, write_letter  # loaded to write a letter
        from desktop_app.pack.strings import PackStrings

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
        paper = "letter" if (self._store.cases.get(case_id).country or "").upper() == "US" else "a4"
        from desktop_app.pack.letters import write_letter_pdf  # reportlab: loaded to write one

        write_letter_pdf(letter, out, paper, force=force)
        self._log_write("letter.write", f"Letter “{letter.subject}” written to {out.name}", case_id)
        return letter

    def _log_write(self, action: str, summary: str, case_id: int) -> None:
        now = utc_now()
        with self._store.transaction():
            self._log(action, summary, case_id, "case", case_id, now)
