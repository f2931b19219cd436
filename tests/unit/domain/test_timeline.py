"""The case timeline, as data."""

from __future__ import annotations

from desktop_app.domain.timeline import build_timeline
from desktop_app.services import Services


def test_the_sample_timeline_is_in_order_and_points_to_items(services: Services, sample_case: int) -> None:
    d = services.case_detail(sample_case)
    entries = build_timeline(d.case, d.purchases, d.communications, d.evidence, d.tasks)
    keys = [e.sort_key for e in entries]
    assert keys == sorted(keys)
    kinds = {e.kind for e in entries}
    assert {"purchase", "contact", "evidence", "promise", "deadline", "date"} <= kinds
    first_contact = next(e for e in entries if e.kind == "contact")
    assert first_contact.when == "2026-08-28 21:14 UTC+02:00"
    assert first_contact.section == "communications" and first_contact.item_id == d.communications[0].id
    cancelled = next(e for e in entries if e.text == "Cancelled")
    assert entries.index(cancelled) < entries.index(first_contact)  # the day starts before its events
    disputed = [e for e in entries if e.kind == "purchase" and e.text.endswith("(disputed)")]
    assert [e.when for e in disputed] == ["2026-09-15", "2026-10-15"]
    done = next(e for e in entries if e.kind == "promise" and e.when == "2026-09-30")
    assert done.text.endswith("(done)")


def test_a_letter_says_how_it_was_sent(services: Services, sample_case: int) -> None:
    d = services.case_detail(sample_case)
    (letter,) = [c for c in d.communications if c.delivery is not None]  # the sample's registered letter
    entries = build_timeline(d.case, d.purchases, d.communications, d.evidence, d.tasks)
    (entry,) = [e for e in entries if e.kind == "contact" and e.item_id == letter.id]
    assert entry.text.startswith("Letter to the merchant (registered post, with proof of delivery)")
