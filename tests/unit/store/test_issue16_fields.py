"""Issue 16: the store keeps a case's chosen language, the customer's city and how a letter was sent
(m011), refuses values outside their vocabularies, and migrates old stores in place (nothing guessed)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.domain.models import Case, Communication, Customer, Merchant
from desktop_app.domain.text import search_words
from desktop_app.domain.vocab import Channel, Direction, LetterDelivery, Reason
from desktop_app.store.database import IntegrityError, register_functions, schema_version
from desktop_app.store.migrations import migrations
from desktop_app.store.store import Store

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
CARD = "5555 5555 5555 4444"
MASKED = "•••• •••• •••• 4444"


def a_case(**changes: object) -> Case:
    case = Case(
        "Gym debit after cancellation",
        Merchant("FitClub Lyon"),
        Reason.CANCELLED_RECURRING,
        "EUR",
        customer_name="Claire Martin",
        country="FR",
        language="es",
        customer=Customer(address="12 rue Mercière, 69002", city="Lyon"),
    )
    return replace(case, **changes)  # type: ignore[arg-type]


def a_letter(delivery: LetterDelivery | None = LetterDelivery.REGISTERED_POST) -> Communication:
    return Communication(
        NOW,
        Channel.LETTER,
        Direction.OUTGOING,
        subject="Refund request",
        delivery=delivery,
        reference="1A123",
    )


def test_language_city_and_delivery_round_trip_and_clear(store: Store) -> None:
    with store.transaction():
        case_id = store.cases.insert(a_case(), NOW)
        contact_id = store.records.insert_communication(case_id, a_letter())
    stored = store.cases.get(case_id)
    assert (stored.language, stored.customer.city) == ("es", "Lyon")
    assert store.cases.all()[0] == stored  # the case list reads the same
    contact = store.records.communication(contact_id)
    assert contact.delivery is LetterDelivery.REGISTERED_POST
    assert store.records.communications(case_id) == [contact]
    row = store.db.execute("SELECT language, customer_city FROM cases WHERE id = ?", [case_id]).fetchone()
    assert tuple(row) == ("es", "Lyon")
    with store.transaction():
        store.cases.update(replace(stored, language=None, customer=replace(stored.customer, city=None)), NOW)
        store.records.update_communication(replace(contact, delivery=None))
    again = store.cases.get(case_id)
    assert (again.language, again.customer) == (None, Customer(address="12 rue Mercière, 69002"))
    assert store.records.communication(contact_id).delivery is None
    with store.transaction():  # every way of sending is taken
        for delivery in LetterDelivery:
            store.records.insert_communication(case_id, a_letter(delivery))
    assert {c.delivery for c in store.records.communications(case_id)} == {None, *LetterDelivery}


def test_the_city_is_masked_like_any_text_and_searched(store: Store) -> None:
    with store.transaction():
        case_id = store.cases.insert(a_case(customer=Customer(city=f"Łódź {CARD}")), NOW)
    assert store.cases.get(case_id).customer.city == f"Łódź {MASKED}"
    assert {kind for kind, *_ in store.evidence.search(search_words("lodz"))} == {"case"}
    assert store.evidence.search(search_words("5555")) == []


@pytest.mark.parametrize(
    ("sql", "value"),
    [
        ("UPDATE cases SET language = ? WHERE id = ?", "de"),
        ("UPDATE cases SET language = ? WHERE id = ?", "FR"),
        ("UPDATE communications SET delivery = ? WHERE case_id = ?", "pigeon"),
    ],
)
def test_the_checks_refuse_a_language_or_a_delivery_outside_their_lists(
    store: Store, sql: str, value: str
) -> None:
    with store.transaction():
        case_id = store.cases.insert(a_case(), NOW)
        store.records.insert_communication(case_id, a_letter())
    with pytest.raises(IntegrityError, match="CHECK"), store.transaction():
        store.db.execute(sql, [value, case_id])
    assert store.cases.get(case_id).language == "es"  # left as it was
    assert store.records.communications(case_id)[0].delivery is LetterDelivery.REGISTERED_POST


def _old_store(data_dir: Path, stop_before: str) -> None:
    data_dir.mkdir()
    old = sqlite_utils.Database(data_dir / "dossier.db")
    register_functions(old.conn)
    migrations.apply(old, stop_before=stop_before)
    at = "2026-10-01T00:00:00+00:00"
    old.execute(
        "INSERT INTO cases (title, merchant_name, reason, currency, country, customer_address, created_at,"
        " updated_at) VALUES ('Old case', 'Shop', 'duplicate', 'PLN', 'PL', 'ul. Piotrkowska 104', ?, ?)",
        [at, at],
    )
    old.execute(
        "INSERT INTO communications (case_id, at, at_utc, channel, direction, summary)"
        " VALUES (1, ?, ?, 'letter', 'outgoing', 'Sent the complaint')",
        [at, at],
    )
    with pytest.raises(sqlite3.OperationalError, match="language"):
        old.execute("UPDATE cases SET language = 'pl'")
    old.conn.commit()
    old.close()


@pytest.mark.parametrize("stop_before", ["m011_language_city_delivery", "m010_vocabularies"])
def test_an_old_store_is_widened_in_place_and_nothing_is_guessed(data_dir: Path, stop_before: str) -> None:
    _old_store(data_dir, stop_before)
    with Store.open(data_dir) as store:
        versions = schema_version(store.db)
        assert versions.index("m011_language_city_delivery") == versions.index("m010_vocabularies") + 1
        (case,) = store.cases.all()
        assert (case.language, case.customer.city, case.country) == (None, None, "PL")
        assert case.customer.address == "ul. Piotrkowska 104"
        (contact,) = store.records.communications(case.id or 0)
        assert (contact.delivery, contact.summary) == (None, "Sent the complaint")
        # The old texts are still found, and the city once given.
        assert {k for k, *_ in store.evidence.search(search_words("piotrkowska"))} == {"case"}
        assert {k for k, *_ in store.evidence.search(search_words("complaint"))} == {"communication"}
        with store.transaction():
            store.cases.update(
                replace(case, language="pl", customer=replace(case.customer, city="Łódź")), NOW
            )
            store.records.update_communication(replace(contact, delivery=LetterDelivery.POST))
        assert {k for k, *_ in store.evidence.search(search_words("lodz"))} == {"case"}
        with pytest.raises(IntegrityError, match="CHECK"), store.transaction():
            store.db.execute("UPDATE cases SET language = 'xx'")
        with pytest.raises(IntegrityError, match="CHECK"), store.transaction():
            store.db.execute("UPDATE communications SET delivery = 'fax'")
        assert store.full_check() == []
    with Store.open(data_dir) as again:  # the schema reads back as it was written
        case = again.cases.all()[0]
        assert (case.language, case.customer.city) == ("pl", "Łódź")
        assert again.records.communications(case.id or 0)[0].delivery is LetterDelivery.POST
        assert again.full_check() == []


def test_any_live_says_whether_a_case_is_out_of_the_trash(store: Store) -> None:
    assert store.cases.any_live() is False
    with store.transaction():
        case_id = store.cases.insert(a_case(), NOW)
    assert store.cases.any_live() is True
    with store.transaction():
        store.cases.set_flags(case_id, archived_at=None, trashed_at=NOW)
    assert store.cases.any_live() is False
