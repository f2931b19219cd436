"""Letters from a case's data: which kinds fit, the letter itself, as text and as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.profiles import case_language
from desktop_app.errors import InvalidInputError
from desktop_app.fileio import atomic_write, check_output
from desktop_app.services.core import ServiceCore, utc_now
from desktop_app.services.rules import letter_law, letter_words

if TYPE_CHECKING:
    from desktop_app.domain.letter_kinds import LetterFit
    from desktop_app.domain.letters import Letter
    from desktop_app.domain.models import Case


def paper_of(case: Case) -> str:
    """Letter paper for a US case, A4 elsewhere (as the pack)."""
    return "letter" if (case.country or "").strip().upper() == "US" else "a4"


class LetterServices(ServiceCore):
    """The use cases of letters."""

    def letter_kinds(self, case_id: int) -> list[LetterFit]:
        """Every letter kind, whether it fits the case and why (LETTER_KINDS' order)."""
        from desktop_app.domain.letter_kinds import letter_fits  # loaded when letters are asked for

        return letter_fits(self._store.cases.get(case_id))

    def letter(
        self,
        case_id: int,
        kind: str,
        lang: str | None = None,
        today: date | None = None,
        *,
        enclosures: list[str] | None = None,
    ) -> Letter:
        """The letter of ``kind`` from the case's data, in ``lang`` (default: the case's language,
        as the pack's). Card numbers are masked. A kind that does not fit the case is refused,
        naming why and the kinds that fit. ``enclosures`` default to the pack's exhibits, lettered
        and titled as the pack prints them."""
        from desktop_app.domain.letters import Formats, LetterError, write_letter  # loaded to write one
        from desktop_app.pack.strings import PackStrings

        detail = self.case_detail(case_id)
        case = detail.case
        lang = lang or case_language(case.country, case.language)
        strings = PackStrings(lang)
        country = case.country

        def long_date(day: date) -> str:
            return strings.letter_date(day, country)

        if enclosures is None:
            # The pack's exhibits as a pack with the default options letters them: live evidence
            # in the reason's order (domain.exhibit_order), e-mails' attachments after them.
            from desktop_app.domain.exhibit_order import default_order
            from desktop_app.pack.exhibits import exhibit_list
            from desktop_app.services.rules import checklist_rules

            live = default_order(
                detail.case, detail.evidence, checklist_rules(), detail.purchases, detail.communications
            )
            enclosures = exhibit_list(live, self._store.vault.open)
        try:
            return write_letter(
                kind,
                lang,
                letter_words(lang),
                Formats(long_date, strings.letter_money),
                case,
                detail.purchases,
                detail.communications,
                today=today or date.today(),
                enclosures=enclosures,
                law=letter_law(),
            )
        except LetterError as exc:
            raise InvalidInputError(str(exc)) from exc

    def letter_pdf_bytes(self, case_id: int, letter: Letter, text: str | None = None) -> bytes:
        """The PDF of ``letter``, or of the user's edited ``text`` in the same look: A4, or Letter
        paper for a US case."""
        from desktop_app.pack.letters import letter_pdf, text_pdf  # reportlab: loaded to write one

        paper = paper_of(self._store.cases.get(case_id))
        return letter_pdf(letter, paper) if text is None else text_pdf(letter, text, paper)

    def write_letter_text_pdf(
        self, case_id: int, letter: Letter, text: str, out: Path, *, force: bool = False
    ) -> Path:
        """Write the user's edited ``text`` of ``letter`` as a PDF at ``out`` (atomically)."""
        target = check_output(out, force=force, what="letter")
        atomic_write(target, self.letter_pdf_bytes(case_id, letter, text))
        self._log_write("letter.write", f"Letter “{letter.subject}” written to {target.name}", case_id)
        return target

    def write_letter_pdf(
        self,
        case_id: int,
        kind: str,
        lang: str | None,
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
        atomic_write(out, self.letter_pdf_bytes(case_id, letter))
        self._log_write("letter.write", f"Letter “{letter.subject}” written to {out.name}", case_id)
        return letter

    def _log_write(self, action: str, summary: str, case_id: int) -> None:
        now = utc_now()
        with self._store.transaction():
            self._log(action, summary, case_id, "case", case_id, now)
