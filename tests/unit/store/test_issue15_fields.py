"""Issue 15: the store keeps the customer, the issuer, the mandate's facts, a charge's three figures
and references, a contact's level and answer (m009), masks the new free texts and migrates old
stores (a stage set before is kept as the user's choice)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    Customer,
    EvidenceItem,
    Issuer,
    Merchant,
    Payment,
    Purchase,
)
from desktop_app.domain.text import search_words
from desktop_app.domain.vocab import (
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    EvidenceKind,
    IssuerOutcome,
    MerchantAnswer,
    PurchaseKind,
    Reason,
)
from desktop_app.store import migrations as migrations_module
from desktop_app.store import vocabularies
from desktop_app.store.database import IntegrityError, register_functions, schema_version
from desktop_app.store.migrations import migrations
from desktop_app.store.store import Store
from tests.support.rawdb import connect_raw

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CARD = "5555 5555 5555 4444"
MASKED = "•••• •••• •••• 4444"
LUHN_ID = "4012888888881881"  # a Luhn-valid identifier: kept where identifiers are kept
ARN = "74537606312630123456789"  # 23 digits: no card number


def a_full_case() -> Case:
    return Case(
        title="12 licences billed instead of 2",
        merchant=Merchant("Softline sp. z o.o."),
        reason=Reason.INCORRECT_AMOUNT,
        currency="PLN",
        customer_name="Biuro Rachunkowe Nowak sp. z o.o.",
        stage=EscalationStage.BANK,
        stage_override=True,
        payment=Payment(
            "direct_debit",
            None,
            None,
            None,
            business=True,
            mandate_reference="RUM-2026-0042",
            creditor_id="FR12ZZZ123456",
        ),
        dates=CaseDates(mandate_revoked=date(2026, 8, 22), merchant_complaint=date(2026, 9, 10)),
        customer=Customer(
            kind=CustomerKind.COMPANY,
            address="ul. Piotrkowska 104, 90-001 Łódź",
            email="biuro@nowak.example",
            phone="+48 42 123 45 67",
            tax_id="PL7251234567",
            cardholder_name="Anna Nowak",
            cardholder_role="Prezes zarządu",
        ),
        issuer=Issuer(
            name="Bank Przykładowy S.A.",
            address="ul. Marszałkowska 1, 00-001 Warszawa",
            claim_number="REK/2026/11/0042",
            filed_on=date(2026, 10, 1),
            provisional_credit=Decimal("1200.00"),
            provisional_credit_on=date(2026, 10, 6),
            merchant_response="The merchant says 12 licences were ordered.",
            outcome=IssuerOutcome.PARTLY,
            outcome_on=date(2026, 11, 15),
            redebit_amount=Decimal("200.5"),
            redebit_on=date(2026, 11, 16),
        ),
    )


def test_every_new_field_of_a_case_and_its_records_round_trips(store: Store) -> None:
    case = a_full_case()
    charge = Purchase(
        date(2026, 9, 5), Decimal("1440.00"), "PLN", description="12 licences",
        expected_amount=Decimal("240"), disputed_amount=Decimal("1200.00"), authorization_code="A1B2C3",
        expected_delivery=date(2026, 9, 12), disputed=True,
    )  # fmt: skip
    contact = Communication(
        NOW,
        Channel.PHONE,
        Direction.INCOMING,
        level=EscalationStage.SUPERVISOR,
        answer=MerchantAnswer.REFUSED,
    )
    with store.transaction():
        case_id = store.cases.insert(case, NOW)
        purchase_id = store.records.insert_purchase(case_id, charge)
        contact_id = store.records.insert_communication(case_id, contact)
    stored = store.cases.get(case_id)
    assert stored.customer == case.customer
    assert stored.issuer == case.issuer and stored.issuer.redebit_amount == Decimal("200.50")
    assert stored.payment == case.payment and stored.payment.business is True
    assert stored.dates == case.dates
    assert stored.stage_override is True and stored.stage is EscalationStage.BANK
    assert stored.issuer.outcome is IssuerOutcome.PARTLY and stored.customer.kind is CustomerKind.COMPANY
    # The amounts are kept as the other amounts are: exact text.
    row = store.db.execute(
        "SELECT issuer_provisional_credit, issuer_redebit_amount FROM cases WHERE id = ?", [case_id]
    ).fetchone()
    assert tuple(row) == ("1200.00", "200.50")
    assert store.cases.all()[0] == stored  # the case list reads the same case
    p = store.records.purchase(purchase_id)
    assert p == Purchase(**{**charge.__dict__, "id": purchase_id, "case_id": case_id})
    assert store.records.purchases(case_id) == [p]
    c = store.records.communication(contact_id)
    assert (c.level, c.answer) == (EscalationStage.SUPERVISOR, MerchantAnswer.REFUSED)

    # Cleared again: None and False come back.
    with store.transaction():
        store.cases.update(Case(**{**stored.__dict__, "customer": Customer(), "issuer": Issuer(),
                                   "payment": Payment(), "stage_override": False}), NOW)  # fmt: skip
        store.records.update_purchase(
            Purchase(**{**p.__dict__, "expected_amount": None, "disputed_amount": None})
        )
        store.records.update_communication(Communication(**{**c.__dict__, "level": None, "answer": None}))
    again = store.cases.get(case_id)
    assert (again.customer, again.issuer, again.payment, again.stage_override) == (
        Customer(),
        Issuer(),
        Payment(),
        False,
    )
    assert store.records.purchase(purchase_id).expected_amount is None
    assert store.records.communication(contact_id).answer is None


def test_the_new_texts_are_masked_and_the_identifiers_kept_and_searched(store: Store) -> None:
    full = a_full_case()
    case = Case(**{
        **full.__dict__,
        "customer": Customer(address=f"a {CARD}", email=f"e {CARD}", phone=f"p {CARD}", tax_id=LUHN_ID,
                             cardholder_name=f"n {CARD}", cardholder_role=f"r {CARD}"),
        "issuer": Issuer(name=f"n {CARD}", address=f"a {CARD}", claim_number=LUHN_ID,
                         merchant_response=f"They said {CARD}"),
        "payment": Payment("direct_debit", mandate_reference="RUM-77", creditor_id="FR12ZZZ123456"),
    })  # fmt: skip
    with store.transaction():
        case_id = store.cases.insert(case, NOW)
        purchase_id = store.records.insert_purchase(
            case_id, Purchase(date(2026, 9, 5), Decimal("1"), "PLN", authorization_code=f"auth {CARD}")
        )
        arn_id = store.records.insert_purchase(
            case_id, Purchase(date(2026, 9, 6), Decimal("1"), "PLN", authorization_code=ARN)
        )
    stored = store.cases.get(case_id)
    cu, iss = stored.customer, stored.issuer
    assert [cu.address, cu.email, cu.phone, cu.cardholder_name, cu.cardholder_role] == [
        f"{w} {MASKED}" for w in "aepnr"
    ]
    assert cu.tax_id == LUHN_ID and iss.claim_number == LUHN_ID  # identifiers, kept as typed
    assert (iss.name, iss.address, iss.merchant_response) == (
        f"n {MASKED}",
        f"a {MASKED}",
        f"They said {MASKED}",
    )
    assert store.records.purchase(purchase_id).authorization_code == f"auth {MASKED}"
    assert store.records.purchase(arn_id).authorization_code == ARN
    assert store.evidence.search(search_words("5555")) == []

    def kinds(words: str) -> set[str]:
        return {kind for kind, *_ in store.evidence.search(search_words(words))}

    assert kinds("RUM-77") == {"case"}
    assert kinds("FR12ZZZ123456") == {"case"}
    assert kinds(ARN) == {"purchase"}
    # Edits keep the index in step.
    with store.transaction():
        store.cases.update(Case(**{**stored.__dict__, "issuer": Issuer(claim_number="CLM-99881")}), NOW)
    assert kinds("CLM-99881") == {"case"}
    assert kinds(LUHN_ID) == {"case"}  # the tax number is still there


def test_an_old_store_is_migrated_and_a_stage_set_before_is_the_users(data_dir: Path) -> None:
    data_dir.mkdir()
    old = sqlite_utils.Database(data_dir / "dossier.db")
    register_functions(old.conn)
    migrations.apply(old, stop_before="m009_customer_issuer_charges")
    at = "2026-10-01T00:00:00+00:00"
    for title, stage in (("First step", "customer_service"), ("At the bank", "bank"), ("Sup", "supervisor")):
        old.execute(
            "INSERT INTO cases (title, merchant_name, reason, currency, stage, summary, created_at,"
            " updated_at) VALUES (?, 'Shop Łódź', 'duplicate', 'EUR', ?, 'Kept story', ?, ?)",
            [title, stage, at, at],
        )
    old.execute(
        "INSERT INTO purchases (case_id, date, amount, currency, description, disputed)"
        " VALUES (2, '2026-09-05', '29.90', 'EUR', 'Gym debit', 1)"
    )
    old.execute(
        "INSERT INTO communications (case_id, at, at_utc, channel, direction, summary)"
        " VALUES (2, ?, ?, 'phone', 'incoming', 'Refused')",
        [at, at],
    )
    old.conn.commit()
    old.close()
    with Store.open(data_dir) as store:
        assert "m009_customer_issuer_charges" in schema_version(store.db)
        cases = {c.title: c for c in store.cases.all()}
        assert {t: c.stage_override for t, c in cases.items()} == {
            "First step": False,
            "At the bank": True,
            "Sup": True,
        }
        bank = cases["At the bank"]
        assert bank.stage is EscalationStage.BANK
        assert (bank.customer, bank.issuer) == (Customer(), Issuer())
        assert bank.payment.business is False and bank.dates.mandate_revoked is None
        (p,) = store.records.purchases(bank.id or 0)
        assert (p.expected_amount, p.disputed_amount, p.authorization_code, p.expected_delivery) == (
            None,
        ) * 4
        assert p.amount == Decimal("29.90") and p.disputed
        (c,) = store.records.communications(bank.id or 0)
        assert (c.level, c.answer, c.summary) == (None, None, "Refused")
        # The index was written again with the old texts in it.
        found = {kind for kind, *_ in store.evidence.search(search_words("lodz"))}
        assert found == {"case"}
        assert len(store.evidence.search(search_words("kept story"))) == 3
        assert {k for k, *_ in store.evidence.search(search_words("gym"))} == {"purchase"}
        assert {k for k, *_ in store.evidence.search(search_words("refused"))} == {"communication"}
        assert store.full_check() == []


def test_the_charges_the_rules_count_from_are_read_for_every_case_in_one_query(store: Store) -> None:
    with store.transaction():
        first = store.cases.insert(a_full_case(), NOW)
        second = store.cases.insert(a_full_case(), NOW)
        store.cases.insert(a_full_case(), NOW)  # no charge at all
        late = store.records.insert_purchase(first, Purchase(date(2026, 11, 5), Decimal("29.90"), "EUR"), 0)
        early = store.records.insert_purchase(first, Purchase(date(2026, 9, 5), Decimal("29.90"), "EUR"), 1)
        store.records.insert_purchase(
            first, Purchase(date(2026, 9, 6), Decimal("5"), "EUR", PurchaseKind.REFUND)
        )
        marked_refund = store.records.insert_purchase(
            first, Purchase(date(2026, 9, 7), Decimal("5"), "EUR", PurchaseKind.REFUND, disputed=True)
        )
        trashed = store.records.insert_purchase(second, Purchase(date(2026, 9, 5), Decimal("1"), "EUR"))
        store.records.set_trashed("purchases", trashed, NOW)
        kept = store.records.insert_purchase(second, Purchase(date(2026, 9, 8), Decimal("2"), "EUR"))
    every = store.records.disputed_charges_by_case()
    assert {k: [p.id for p in v] for k, v in every.items()} == {
        first: [early, marked_refund, late],
        second: [kept],
    }
    assert every[first][0] == store.records.purchase(early)
    assert store.records.disputed_charges_by_case(second) == {second: [store.records.purchase(kept)]}
    assert store.records.disputed_charges_by_case(second + 1) == {}


class _NarrowEvidenceKind:
    """The kinds of evidence of an older Dossier: no chat transcript, no "other"."""

    @staticmethod
    def values() -> list[str]:
        return [v for v in EvidenceKind.values() if v not in ("chat", "other")]


def _an_item(kind: EvidenceKind) -> EvidenceItem:
    return EvidenceItem(kind, "Item", SHA, 1, "application/pdf", "i.pdf", NOW)


SHA = "ab" * 32


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plaintext"])
def test_a_store_made_with_fewer_kinds_of_evidence_takes_todays_after_m010(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    monkeypatch.setattr(migrations_module, "EvidenceKind", _NarrowEvidenceKind)  # m001's
    narrow = (("kind", _NarrowEvidenceKind, False),)
    monkeypatch.setitem(vocabularies.VOCABULARY_COLUMNS, "evidence", narrow)  # m010's
    if encrypted:
        with Store.open(data_dir) as store:
            assert store.encrypted
            with store.transaction():
                case_id = store.cases.insert(a_full_case(), NOW)
                store.evidence.ensure_blob(SHA, 1, NOW)
                store.evidence.insert(case_id, _an_item(EvidenceKind.RECEIPT), 0)
            with pytest.raises(IntegrityError, match="CHECK"), store.transaction():
                store.evidence.insert(case_id, _an_item(EvidenceKind.CHAT), 1)
        conn = connect_raw(data_dir)
        conn.execute("BEGIN")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_vocabularies'")  # as before m010
        conn.execute("DROP INDEX evidence_purchase")
        conn.execute("COMMIT")
        conn.close()
    else:
        data_dir.mkdir()
        old = sqlite_utils.Database(data_dir / "dossier.db")
        register_functions(old.conn)
        migrations.apply(old, stop_before="m010_vocabularies")
        at = NOW.isoformat()
        old.execute(
            "INSERT INTO cases (title, merchant_name, reason, currency, created_at, updated_at)"
            " VALUES ('Old', 'Shop', 'duplicate', 'EUR', ?, ?)",
            [at, at],
        )
        old.execute("INSERT INTO blobs (sha256, size, stored_at) VALUES (?, 1, ?)", [SHA, at])
        old.execute(
            "INSERT INTO evidence (case_id, kind, title, original_name, media_type, size, sha256,"
            " imported_at) VALUES (1, 'receipt', 'Item', 'i.pdf', 'application/pdf', 1, ?, ?)",
            [SHA, at],
        )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            old.execute(
                "INSERT INTO evidence (case_id, kind, title, original_name, media_type, size, sha256,"
                " imported_at) VALUES (1, 'chat', 'Item', 'i.pdf', 'application/pdf', 1, ?, ?)",
                [SHA, at],
            )
        old.conn.commit()
        old.close()
        case_id = 1
    monkeypatch.undo()
    with Store.open(data_dir) as store:
        assert {"m010_vocabularies", "m011_language_city_delivery"} <= set(schema_version(store.db))
        with store.transaction():
            chat = store.evidence.insert(case_id, _an_item(EvidenceKind.CHAT), 1)
            other = store.evidence.insert(case_id, _an_item(EvidenceKind.OTHER), 2)
        assert [e.kind for e in store.evidence.items(case_id)] == [
            EvidenceKind.RECEIPT,
            EvidenceKind.CHAT,
            EvidenceKind.OTHER,
        ]
        assert {chat, other} <= {e.id for e in store.evidence.items(case_id)}
        with store.transaction():  # every kind of today (a quote, a contract... as they come) is taken
            for position, kind in enumerate(EvidenceKind, start=3):
                store.evidence.insert(case_id, _an_item(kind), position)
        assert {e.kind for e in store.evidence.items(case_id)} == set(EvidenceKind)
        with pytest.raises(IntegrityError, match="CHECK"), store.transaction():
            store.db.execute("UPDATE evidence SET kind = 'selfie' WHERE id = ?", [chat])
        assert store.full_check() == []
    with Store.open(data_dir) as again:  # the schema reads back as it was written
        assert len(again.evidence.items(case_id)) == 3 + len(EvidenceKind)
        assert again.full_check() == []


def test_the_digests_count_what_the_checklist_asks_of_the_charges_and_contacts(store: Store) -> None:
    case = Case(**{**a_full_case().__dict__, "dates": CaseDates(mandate_revoked=date(2026, 9, 1))})
    with store.transaction():
        case_id = store.cases.insert(case, NOW)
        empty_id = store.cases.insert(a_full_case(), NOW)
        charge = Purchase(date(2026, 9, 5), Decimal("29.90"), "EUR", disputed=True)
        store.records.insert_purchase(case_id, charge)  # lined by a statement below
        lined_id = store.records.insert_purchase(case_id, replace(charge, statement_descriptor="GYM*PARIS"))
        store.records.insert_purchase(
            case_id,
            replace(charge, date=date(2026, 8, 5), disputed=False, authorization_code=" A1B2 ",
                    expected_amount=Decimal("20"), expected_delivery=date(2026, 8, 10)),
        )  # fmt: skip
        store.records.insert_purchase(case_id, replace(charge, authorization_code=" \t"))
        store.evidence.ensure_blob(SHA, 1, NOW)
        first = store.records.purchases(case_id)[1]  # 2026-09-05, the first inserted
        store.evidence.insert(case_id, replace(_an_item(EvidenceKind.STATEMENT), purchase_id=first.id), 0)
        at = datetime(2026, 9, 10, 10, 0, tzinfo=UTC)
        contact = Communication(at, Channel.PHONE, Direction.INCOMING, answer=MerchantAnswer.REFUSED)
        store.records.insert_communication(case_id, contact)
        promise = replace(
            contact, answer=MerchantAnswer.PROMISED, promised_action="Refund", promised_by=date(2026, 9, 30)
        )
        store.records.insert_communication(case_id, promise)
        store.records.insert_communication(case_id, replace(contact, answer=MerchantAnswer.FINAL_RESPONSE))
    digest = store.cases.digests()[case_id]
    assert lined_id
    assert {k: digest[k] for k in (
        "charges", "disputed_charges", "charges_with_code", "charges_agreed", "disputed_agreed",
        "charges_lined", "disputed_lined", "charges_after_revocation", "answers", "unkept_promise",
        "charges_dated", "disputed_dated",
    )} == {
        "charges": 4, "disputed_charges": 3, "charges_with_code": 1, "charges_agreed": 1,
        "disputed_agreed": 0, "charges_lined": 2, "disputed_lined": 2, "charges_after_revocation": 3,
        "answers": 2, "unkept_promise": date(2026, 9, 30), "charges_dated": 1, "disputed_dated": 0,
    }  # fmt: skip
    assert store.cases.digests(case_id)[case_id] == digest
    assert store.cases.digests()[empty_id]["unkept_promise"] is None
    with store.transaction():  # contacts that all have no answer count 0, not nothing
        store.records.insert_communication(empty_id, replace(contact, answer=None))
    assert store.cases.digests(empty_id)[empty_id]["answers"] == 0
    # A refund dated from the promise on keeps it.
    with store.transaction():
        store.records.insert_purchase(
            case_id, Purchase(date(2026, 9, 10), Decimal("29.90"), "EUR", PurchaseKind.REFUND)
        )
    assert store.cases.digests(case_id)[case_id]["unkept_promise"] is None
