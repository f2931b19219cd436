"""Keeping a letter that was sent: one contact (channel ``letter``, outgoing) and its PDF as evidence
of kind ``letter`` linked to that contact, saved together or not at all; and moving both to the
trash and back (what Undo and Redo of "Mark as sent" do).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop_app import logs
from desktop_app.domain.dates import zone_for_country
from desktop_app.domain.models import Case, Communication
from desktop_app.domain.validation import communication_problems
from desktop_app.domain.vocab import Channel, Direction, EvidenceKind, LetterDelivery
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import translate
from desktop_app.services.changes import Action, Change, Subject
from desktop_app.services.core import Staged, not_text_problems, refuse, utc_now
from desktop_app.services.evidence import EvidenceServices
from desktop_app.services.letters import LetterServices
from desktop_app.services.rules import letter_words

if TYPE_CHECKING:
    from desktop_app.domain.letters import Letter

# How much of the letter the contact's summary keeps (the whole text is the contact's body).
SUMMARY_LIMIT = 600


@dataclass(frozen=True)
class SentLetter:
    """What "Mark as sent" kept: the contact and the evidence item of the letter's PDF."""

    communication_id: int
    evidence_id: int


class SentLetterServices(LetterServices, EvidenceServices):
    """The use cases of letters that were sent (built on the letters and the evidence intake)."""

    def mark_letter_sent(
        self,
        case_id: int,
        letter: Letter,
        text: str,
        sent_on: date | datetime,
        delivery: LetterDelivery,
        reference: str | None = None,
    ) -> SentLetter:
        """Log ``letter`` as sent on ``sent_on`` by ``delivery``, with ``text`` (what was sent, as
        the user edited it) as the contact's body and as the PDF kept in the vault.

        The contact (channel letter, outgoing, the letter's subject, the first lines of its facts
        as the summary, the tracking ``reference``) and the PDF (evidence of kind letter, linked
        to the contact) are saved in one transaction: both or neither. A ``sent_on`` that is a
        day is that day's current time when it is today, else its noon, in the case's country's
        time zone (UTC when the country has none or several). Nothing is overwritten: the same PDF
        already kept in the case is refused.
        """
        case = self._store.cases.get(case_id)
        body = text.replace("\r\n", "\n").strip()
        if not body:
            raise InvalidInputError(
                translate("Services", "The letter is empty: there is nothing to mark as sent.")
            )
        delivery = LetterDelivery(delivery)
        reference = (reference or "").strip() or None
        contact = Communication(
            at=_moment(case, sent_on),
            channel=Channel.LETTER,
            direction=Direction.OUTGOING,
            counterpart=_recipient_name(letter),
            reference=reference,
            subject=letter.subject.strip() or None,
            summary=letter_summary(letter, body),
            body=body,
            delivery=delivery,
        )
        refuse(communication_problems(contact) + not_text_problems(contact))
        if contact.at.date() > datetime.now(contact.at.tzinfo).date():
            raise InvalidInputError(
                translate(
                    "Services", "The date sent {date} is after today: mark a letter as sent once it has gone."
                ).format(date=contact.at.date().isoformat())
            )
        pdf = self.letter_pdf_bytes(case_id, letter, body)  # file work, before the transaction
        name = f"letter-{letter.kind}-{contact.at.date().isoformat()}.pdf"
        stored = self._store.vault.put_stream(io.BytesIO(pdf), name=name)
        staged = [Staged(Path(name), stored, "application/pdf")]
        try:
            return self._keep_sent(case_id, contact, staged)
        except BaseException:
            self._discard(staged)
            raise

    def _keep_sent(self, case_id: int, contact: Communication, staged: list[Staged]) -> SentLetter:
        now = utc_now()
        title = contact.subject or "Letter"
        (ready,) = self._prepare(
            case_id, staged, EvidenceKind.LETTER, title, None, None, now, progress=None, cancelled=None
        )
        if isinstance(ready, str):
            text = translate("Services", "The letter's PDF was refused ({reason}); nothing was kept.")
            raise InvalidInputError(text.format(reason=ready))
        if ready is None:
            existing = self._store.evidence.find_by_hash(case_id, staged[0].stored.sha256)
            if existing is None:
                text = translate(
                    "Services",
                    "This letter's PDF is already evidence: it was marked as sent before. Nothing was added.",
                )
            elif existing.trashed_at:
                text = translate(
                    "Services",
                    "This letter's PDF is in this case's trash #{number} “{title}”: it was marked as sent "
                    "before. Nothing was added.",
                )
            else:
                text = translate(
                    "Services",
                    "This letter's PDF is already evidence #{number} “{title}”: it was marked as sent "
                    "before. Nothing was added.",
                )
            raise InvalidInputError(
                text.format(number=existing.id if existing else "", title=existing.title if existing else "")
            )
        with self._store.transaction():
            contact_id = self._add_contact(case_id, contact, now)
            evidence = replace(ready.evidence, communication_id=contact_id)
            evidence_id = self._insert_evidence(
                case_id, evidence, self._store.evidence.next_position(case_id), now, ready.text
            )
            self._store.cases.touch(case_id, now)
        self._notify(Change(Subject.CONTACT, Action.ADDED, case_id, (contact_id,)))
        self._notify(Change(Subject.EVIDENCE, Action.ADDED, case_id, (evidence_id,)))
        return SentLetter(contact_id, evidence_id)

    def set_sent_letter_trashed(self, sent: SentLetter, trashed: bool) -> None:
        """Move a sent letter's contact and evidence to the trash together, or bring both back."""
        case_id = self._store.records.case_of("communications", sent.communication_id)
        item = self._store.evidence.item(sent.evidence_id)
        if item.case_id != case_id or item.communication_id != sent.communication_id:
            raise InvalidInputError(
                translate("Services", "Evidence #{evidence} is not the letter of contact #{contact}.").format(
                    evidence=sent.evidence_id, contact=sent.communication_id
                )
            )
        now = utc_now()
        when = now if trashed else None
        verb = "trash" if trashed else "restore"
        said = "moved to the trash" if trashed else "restored"
        with self._store.transaction():
            self._store.records.set_trashed("communications", sent.communication_id, when)
            self._log(
                f"communication.{verb}",
                f"Communication #{sent.communication_id} {said}",
                case_id,
                "communication",
                sent.communication_id,
                now,
            )
            self._store.evidence.set_trashed(sent.evidence_id, when)
            self._log(
                f"evidence.{verb}", f"“{item.title}” {said}", case_id, "evidence", sent.evidence_id, now
            )
            self._store.cases.touch(case_id, now)
        action = Action.TRASHED if trashed else Action.RESTORED
        self._notify(Change(Subject.CONTACT, action, case_id, (sent.communication_id,)))
        self._notify(Change(Subject.EVIDENCE, action, case_id, (sent.evidence_id,)))


def _moment(case: Case, sent_on: date | datetime) -> datetime:
    """When the letter was sent, as the moment a contact needs (see :meth:`mark_letter_sent`)."""
    if isinstance(sent_on, datetime):
        if sent_on.tzinfo is None or sent_on.utcoffset() is None:
            raise InvalidInputError(
                translate("Services", "The moment the letter was sent needs its time zone.")
            )
        return sent_on.replace(microsecond=0)
    zone = ZoneInfo(zone_for_country(case.country) or "UTC")
    now = datetime.now(zone).replace(microsecond=0)
    if sent_on == now.date():
        return now
    return datetime.combine(sent_on, time(12, 0), zone)


def _recipient_name(letter: Letter) -> str | None:
    """Who the letter went to: the first line of its recipient block, unless it is the language's
    "to be completed" mark (a bank whose name the case does not give): then nobody is named."""
    first = next((line.strip() for line in letter.recipient if line and line.strip()), "")
    try:
        unknown = str(letter_words(letter.lang).get("unknown") or "")
    except InvalidInputError as exc:  # a language without words: its mark cannot be in the letter
        logs.error("services.sent_letter.words", exc)
        unknown = ""
    if not first or (unknown and unknown in first):
        return None
    return first


_SENTENCE_END = re.compile(r"[.!?…][»”\"')\]]*(?=\s)")  # its stop, then any closing quote or bracket


def letter_summary(letter: Letter, text: str) -> str:
    """What the contact says in short: the text's paragraphs after the subject and the
    salutation, to about :data:`SUMMARY_LIMIT` characters, cut at a sentence's or a line's end
    with "(…)" (never inside a word); the whole text when it is short."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    subject = letter.subject.strip()
    start = next((i + 1 for i, b in enumerate(blocks) if subject and subject in b), 0)
    facts = blocks[start:]
    if len(facts) > 1 and len(facts[0]) <= 60 and "\n" not in facts[0] and facts[0][-1:] in ",:":
        facts = facts[1:]  # the salutation
    whole = "\n\n".join(facts) or text.strip()
    if len(whole) <= SUMMARY_LIMIT:
        return whole
    cut = [m.end() for m in _SENTENCE_END.finditer(whole, 0, SUMMARY_LIMIT + 1)]
    cut += [i for i, ch in enumerate(whole[: SUMMARY_LIMIT + 1]) if ch == "\n"]  # a line's end: a list's item
    cut = [n for n in cut if whole[:n].strip()]
    if cut:
        return whole[: max(cut)].rstrip() + " (…)"
    space = whole.rfind(" ", 0, SUMMARY_LIMIT)
    return (whole[:space] if space > 0 else whole[:SUMMARY_LIMIT]).rstrip() + " (…)"
