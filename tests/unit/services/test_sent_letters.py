"""Marking a letter as sent: one contact and its PDF as evidence linked to it, both or neither."""

from __future__ import annotations

import errno
import os
from datetime import UTC, date, datetime, timedelta
from typing import BinaryIO
from zoneinfo import ZoneInfo

import pytest

from desktop_app.domain.vocab import Channel, Direction, EvidenceKind, LetterDelivery
from desktop_app.errors import DossierError, InvalidInputError, StoreError
from desktop_app.services import Action, Change, SentLetter, Services, Subject
from desktop_app.services.sent_letters import SUMMARY_LIMIT, letter_summary
from tests.support.snapshot import snapshot

KIND = "merchant-complaint"  # fits every case


def _changes(services: Services) -> list[Change]:
    seen: list[Change] = []
    services.subscribe(seen.append)
    return seen


def test_marking_a_letter_sent_keeps_a_contact_and_its_pdf_linked(
    services: Services, sample_case: int
) -> None:
    letter = services.letter(sample_case, KIND, "fr")
    text = (
        letter.text.replace(letter.subject, letter.subject + " (envoi recommandé)", 1)
        + "\nPS : ajouté à la main."
    )
    before = services.case_detail(sample_case)
    seen = _changes(services)
    sent = services.mark_letter_sent(
        sample_case, letter, text, date(2026, 11, 20), LetterDelivery.REGISTERED_POST, " 1A 234 567 8901 2 "
    )
    assert isinstance(sent, SentLetter)
    after = services.case_detail(sample_case)
    assert len(after.communications) == len(before.communications) + 1
    assert len(after.evidence) == len(before.evidence) + 1
    contact = services.communication(sent.communication_id)
    assert contact.channel is Channel.LETTER and contact.direction is Direction.OUTGOING
    assert contact.delivery is LetterDelivery.REGISTERED_POST
    assert contact.reference == "1A 234 567 8901 2"
    assert contact.subject == letter.subject
    assert contact.representative is None and contact.promised_action is None
    assert contact.counterpart == "StreamNova SAS"  # the merchant the complaint went to
    assert contact.body is not None and "PS : ajouté à la main." in contact.body
    assert contact.summary and contact.summary.removesuffix(" (…)") in contact.body
    # a day that is not today: its noon where the case's customer lives (FR)
    assert contact.at == datetime(2026, 11, 20, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    item = services.evidence_item(sent.evidence_id)
    assert item.kind is EvidenceKind.LETTER
    assert item.communication_id == sent.communication_id and item.case_id == sample_case
    assert item.media_type == "application/pdf" and item.original_name.endswith(".pdf")
    assert item.title == letter.subject
    data = services._store.vault.read_bytes(item.sha256)
    assert data.startswith(b"%PDF")
    from desktop_app.intake.text import extract_text

    words, _why = extract_text(data, "application/pdf", item.original_name)
    assert words is not None and "ajouté à la main" in " ".join(words.split())  # the edited text
    assert Change(Subject.CONTACT, Action.ADDED, sample_case, (sent.communication_id,)) in seen
    assert Change(Subject.EVIDENCE, Action.ADDED, sample_case, (sent.evidence_id,)) in seen
    # the event log says both, as any other add does
    actions = [e.action for e in services._store.events.all(sample_case)]
    assert actions[-2:] == ["communication.add", "evidence.add"]


def test_today_is_the_moment_it_is_marked(services: Services, sample_case: int) -> None:
    letter = services.letter(sample_case, KIND, "en")
    today = datetime.now(ZoneInfo("Europe/Paris")).date()
    sent = services.mark_letter_sent(sample_case, letter, letter.text, today, LetterDelivery.EMAIL)
    at = services.communication(sent.communication_id).at
    assert at.date() == today and abs(at - datetime.now(UTC)) < timedelta(minutes=2)
    assert services.communication(sent.communication_id).reference is None


def test_a_bank_the_case_does_not_name_is_not_named_in_the_contact(
    services: Services, sample_case: int
) -> None:
    letter = services.letter(sample_case, "issuer-dispute", "fr")
    assert letter.recipient[0] == "[à compléter]"  # the sample case's issuer has no name
    sent = services.mark_letter_sent(
        sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.POST
    )
    assert services.communication(sent.communication_id).counterpart is None


def test_a_vault_that_cannot_be_written_leaves_the_store_as_it_was(
    services: Services, sample_case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = services.letter(sample_case, KIND, "en")
    before = snapshot(services.data_dir)
    seen = _changes(services)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    vault = services._store.vault
    put = vault.put_stream

    def put_on_a_full_disk(stream: BinaryIO, *, name: str = "the file") -> object:
        with monkeypatch.context() as disk:
            disk.setattr(os, "fsync", full)
            return put(stream, name=name)

    monkeypatch.setattr(vault, "put_stream", put_on_a_full_disk)
    with pytest.raises(StoreError, match="full; nothing was saved"):
        services.mark_letter_sent(sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.POST)
    monkeypatch.undo()
    assert snapshot(services.data_dir) == before
    assert seen == []


def test_a_failure_after_the_contact_keeps_neither(
    services: Services, sample_case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = services.letter(sample_case, KIND, "en")
    before = snapshot(services.data_dir)
    seen = _changes(services)

    def broken(*_args: object) -> int:
        raise StoreError("The database could not be written (disk I/O error); nothing was saved.")

    monkeypatch.setattr(services._store.evidence, "insert", broken)
    with pytest.raises(StoreError):
        services.mark_letter_sent(sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.POST)
    monkeypatch.undo()
    assert snapshot(services.data_dir) == before  # no contact row, no event, no vault file
    assert seen == []


@pytest.mark.parametrize(
    ("text", "sent_on", "message"),
    [
        ("  \n ", date(2026, 11, 20), "empty"),
        (None, date.today() + timedelta(days=3), "after today"),
        (None, datetime(2026, 11, 20, 9, 30), "time zone"),
        (None, date(1899, 1, 1), "date"),
    ],
)
def test_refused_input_changes_nothing(
    services: Services, sample_case: int, text: str | None, sent_on: date, message: str
) -> None:
    letter = services.letter(sample_case, KIND, "en")
    before = snapshot(services.data_dir)
    with pytest.raises(InvalidInputError, match=message):
        services.mark_letter_sent(
            sample_case, letter, letter.text if text is None else text, sent_on, LetterDelivery.PORTAL
        )
    assert snapshot(services.data_dir) == before


def test_nothing_is_overwritten_when_the_same_letter_is_marked_twice(
    services: Services, sample_case: int
) -> None:
    letter = services.letter(sample_case, KIND, "en")
    first = services.mark_letter_sent(
        sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.POST
    )
    kept = services.evidence_item(first.evidence_id)
    kept_bytes = services._store.vault.read_bytes(kept.sha256)
    before = snapshot(services.data_dir)
    try:
        second = services.mark_letter_sent(
            sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.EMAIL
        )
    except InvalidInputError as exc:  # the same PDF: said, and nothing added
        assert "marked as sent before" in str(exc)
        assert snapshot(services.data_dir) == before
    else:  # another PDF (made at another moment): a second pair, the first untouched
        assert second.communication_id != first.communication_id and second.evidence_id != first.evidence_id
    assert services.evidence_item(first.evidence_id) == kept
    assert services._store.vault.read_bytes(kept.sha256) == kept_bytes
    assert services.communication(first.communication_id).delivery is LetterDelivery.POST


def test_both_go_to_the_trash_together_and_come_back(services: Services, sample_case: int) -> None:
    letter = services.letter(sample_case, KIND, "en")
    sent = services.mark_letter_sent(
        sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.HAND
    )
    seen = _changes(services)
    services.set_sent_letter_trashed(sent, True)
    detail = services.case_detail(sample_case)
    assert sent.communication_id not in {c.id for c in detail.communications}
    assert sent.evidence_id not in {e.id for e in detail.evidence}
    assert sent.evidence_id in {e.id for e in services.evidence_trash(sample_case)}
    assert {(c.subject, c.action) for c in seen} == {
        (Subject.CONTACT, Action.TRASHED),
        (Subject.EVIDENCE, Action.TRASHED),
    }
    services.set_sent_letter_trashed(sent, False)
    detail = services.case_detail(sample_case)
    assert sent.communication_id in {c.id for c in detail.communications}
    assert sent.evidence_id in {e.id for e in detail.evidence}
    with pytest.raises(DossierError):
        services.set_sent_letter_trashed(SentLetter(sent.communication_id, sent.evidence_id + 999), True)


def test_the_summary_is_the_facts_cut_at_a_sentence_end() -> None:
    class _Letter:
        subject = "Subject: refund of 17.99 EUR"

    facts = "On 15 September 2026 the card was charged again. " * 30
    head = f"Agnieszka Wójcik\n\n1 December 2026\n\n{_Letter.subject}\n\nDear Sir or Madam,"
    text = f"{head}\n\n{facts}\n\nYours faithfully"
    summary = letter_summary(_Letter(), text)  # type: ignore[arg-type]
    assert summary.startswith("On 15 September 2026")
    assert summary.endswith("again. (…)") and len(summary) <= SUMMARY_LIMIT + 4
    short = f"{_Letter.subject}\n\nDear Sir or Madam,\n\nPlease refund me.\n\nYours faithfully"
    assert letter_summary(_Letter(), short) == "Please refund me.\n\nYours faithfully"
    charges = "I dispute these charges:\n" + "- 15 September 2026: 17.99 EUR (StreamNova Premium)\n" * 20
    listed = letter_summary(_Letter(), f"{head}\n\n{charges}\nYours faithfully")
    assert listed.startswith(
        "I dispute these charges:\n- 15 September 2026: 17.99 EUR (StreamNova Premium)\n"
    )
    assert listed.endswith("(StreamNova Premium) (…)") and len(listed) <= SUMMARY_LIMIT + 4
    no_stop = "word " * 400
    cut = letter_summary(_Letter(), no_stop)
    assert cut.endswith("word (…)")  # never inside a word


def test_the_letter_sent_is_an_exhibit_of_the_pack_and_of_the_next_letter(
    services: Services, sample_case: int
) -> None:
    letter = services.letter(sample_case, KIND, "fr")
    assert not any(e.endswith(letter.subject) for e in letter.enclosures)
    services.mark_letter_sent(
        sample_case, letter, letter.text, date(2026, 11, 20), LetterDelivery.REGISTERED_POST
    )
    enclosures = services.letter(sample_case, "issuer-dispute", "fr").enclosures
    assert enclosures[-1].endswith(letter.subject)  # the pack's next exhibit letter, with its title
