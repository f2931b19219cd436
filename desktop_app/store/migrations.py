"""The schema, created and evolved by numbered migrations.

Each function runs once per database, in order, inside a transaction
(store/migrator.py). Never edit a migration that has shipped: add
the next number instead.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.eventlog import GENESIS, entry_hash
from desktop_app.domain.profiles import LANGUAGES
from desktop_app.domain.redact import mask_card_numbers, mask_stored
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    CaseStatus,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    EvidenceKind,
    IssuerOutcome,
    LetterDelivery,
    MerchantAnswer,
    PaymentMethod,
    PurchaseKind,
    Reason,
    TaskKind,
)
from desktop_app.store.migrator import Migrations
from desktop_app.store.vocabularies import ADDED_AFTER_M010, language_check, vocabulary_checks
from desktop_app.store.vocabularies import one_of as _one_of

migrations = Migrations("dossier")


@migrations()
def m001_initial(db: Any) -> None:
    statements = [
        f"""
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            customer_name TEXT,
            merchant_name TEXT NOT NULL,
            merchant_email TEXT,
            merchant_phone TEXT,
            merchant_website TEXT,
            merchant_address TEXT,
            reason TEXT NOT NULL {_one_of("reason", Reason)},
            status TEXT NOT NULL DEFAULT 'open' {_one_of("status", CaseStatus)},
            stage TEXT NOT NULL DEFAULT 'customer_service' {_one_of("stage", EscalationStage)},
            payment_method TEXT {_one_of("payment_method", PaymentMethod, nullable=True)},
            payment_network TEXT {_one_of("payment_network", CardNetwork, nullable=True)},
            payment_last4 TEXT CHECK (payment_last4 IS NULL OR
                (length(payment_last4) = 4 AND payment_last4 NOT GLOB '*[^0-9]*')),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            disputed_amount TEXT,
            refunded_amount TEXT,
            country TEXT,
            transaction_date TEXT,
            statement_date TEXT,
            expected_delivery_date TEXT,
            cancellation_date TEXT,
            returned_date TEXT,
            credit_promised_date TEXT,
            debit_date TEXT,
            final_response_date TEXT,
            summary TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived_at TEXT,
            trashed_at TEXT
        )
        """,
        f"""
        CREATE TABLE purchases (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'charge' {_one_of("kind", PurchaseKind)},
            date TEXT NOT NULL,
            amount TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            description TEXT,
            order_number TEXT,
            invoice_number TEXT,
            customer_number TEXT,
            po_number TEXT,
            statement_descriptor TEXT,
            disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0
        )
        """,
        f"""
        CREATE TABLE communications (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            at_utc TEXT NOT NULL,
            channel TEXT NOT NULL {_one_of("channel", Channel)},
            direction TEXT NOT NULL {_one_of("direction", Direction)},
            counterpart TEXT,
            representative TEXT,
            reference TEXT,
            subject TEXT,
            summary TEXT,
            outcome TEXT,
            promised_action TEXT,
            promised_by TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )
        """,
        """
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            stored_at TEXT NOT NULL
        )
        """,
        f"""
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL {_one_of("kind", EvidenceKind)},
            title TEXT NOT NULL,
            note TEXT,
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            imported_at TEXT NOT NULL,
            source TEXT,
            purchase_id INTEGER REFERENCES purchases(id) ON DELETE SET NULL,
            communication_id INTEGER REFERENCES communications(id) ON DELETE SET NULL,
            trashed_at TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )
        """,
        f"""
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'task' {_one_of("kind", TaskKind)},
            title TEXT NOT NULL,
            due TEXT,
            note TEXT,
            done_at TEXT,
            communication_id INTEGER REFERENCES communications(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        )
        """,
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            case_id INTEGER,
            entity TEXT,
            entity_id INTEGER,
            summary TEXT NOT NULL
        )
        """,
        # The event log is append-only: the database itself refuses edits.
        """
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END
        """,
        """
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END
        """,
        "CREATE INDEX purchases_case ON purchases(case_id, date)",
        "CREATE INDEX communications_case ON communications(case_id, at_utc)",
        "CREATE INDEX evidence_case ON evidence(case_id)",
        "CREATE INDEX evidence_sha ON evidence(sha256)",
        "CREATE INDEX tasks_case ON tasks(case_id, due)",
        "CREATE INDEX events_case ON events(case_id, at)",
    ]
    for statement in statements:
        db.execute(statement)


@migrations()
def m002_record_trash(db: Any) -> None:
    """Charges, contacts and tasks can go to the trash (and come back), like evidence."""
    for table in ("purchases", "communications", "tasks"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN trashed_at TEXT")


@migrations()
def m003_email_import(db: Any) -> None:
    """E-mail import: the whole text of a message kept with its contact, finding a message again
    by its Message-ID (the evidence's source), and the user's preferences (their own addresses)."""
    db.execute("ALTER TABLE communications ADD COLUMN body TEXT")
    db.execute("CREATE INDEX evidence_source ON evidence(case_id, source)")
    db.execute("CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


# What search looks in. Each row of the index is one record, its rowid the record's id times
# eight plus its kind, so that a change finds its row at once. The text is folded (no case, no
# accents, ł as l) by the dossier_fold function that every connection of Dossier registers.
SEARCH_KINDS = {"case": 1, "purchase": 2, "communication": 3, "evidence": 4, "task": 5}
_SEARCH_SOURCES = {
    # kind: (table, title columns, body columns); a column may be an expression over the row {r}
    "case": (
        "cases",
        ["title", "merchant_name"],
        [
            "customer_name",
            "merchant_email",
            "merchant_phone",
            "merchant_website",
            "merchant_address",
            "summary",
        ],
    ),
    "purchase": (
        "purchases",
        ["description"],
        ["order_number", "invoice_number", "customer_number", "po_number", "statement_descriptor", "amount"],
    ),
    "communication": (
        "communications",
        ["subject"],
        ["counterpart", "representative", "reference", "summary", "outcome", "promised_action", "body"],
    ),
    "evidence": (
        "evidence",
        ["title"],
        ["original_name", "note", "source", "(SELECT text FROM evidence_text WHERE evidence_id = {r}.id)"],
    ),
    "task": ("tasks", ["title"], ["note"]),
}


def _joined(columns: list[str], r: str) -> str:
    parts = [f"coalesce({c.format(r=r) if c.startswith('(') else f'{r}.{c}'}, '')" for c in columns]
    return " || ' ' || ".join(parts)


def _search_insert(
    kind: str, r: str, sources: dict[str, tuple[str, list[str], list[str]]] | None = None
) -> str:
    """INSERT ... SELECT of the index row of the record ``r`` (add FROM and WHERE as needed), from
    ``sources`` (the index's columns as m004 made it, unless a later migration gives its own)."""
    _table, title, body = (sources or _SEARCH_SOURCES)[kind]
    case_id = f"{r}.id" if kind == "case" else f"{r}.case_id"
    return (
        "INSERT INTO search_index (rowid, title, body, case_id)"
        f" SELECT {r}.id * 8 + {SEARCH_KINDS[kind]}, dossier_fold({_joined(title, r)}),"
        f" dossier_fold({_joined(body, r)}), {case_id}"
    )


@migrations()
def m004_search(db: Any) -> None:
    """Full-text search over cases, charges, contacts, evidence (with the text of PDFs) and tasks.

    Triggers keep the index in step with every change; trashed records leave it.
    """
    # The next place in a case is found at once, however many messages an mbox brought.
    db.execute("CREATE INDEX communications_position ON communications(case_id, position)")
    db.execute("CREATE INDEX evidence_position ON evidence(case_id, position)")
    db.execute("CREATE INDEX evidence_case_sha ON evidence(case_id, sha256)")
    db.execute(
        "CREATE TABLE evidence_text (evidence_id INTEGER PRIMARY KEY"
        " REFERENCES evidence(id) ON DELETE CASCADE, text TEXT NOT NULL)"
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(title, body, case_id UNINDEXED,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    for kind, (table, _title, _body) in _SEARCH_SOURCES.items():
        code = SEARCH_KINDS[kind]
        insert = _search_insert(kind, "new") + " WHERE new.trashed_at IS NULL"
        db.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert}; END")
        db.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN"
            f" DELETE FROM search_index WHERE rowid = old.id * 8 + {code}; {insert}; END"
        )
        db.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM search_index WHERE rowid = old.id * 8 + {code}; END"
        )
        db.execute(_search_insert(kind, "r") + f" FROM {table} r WHERE r.trashed_at IS NULL")
    # The text of a document is indexed with its evidence item.
    code = SEARCH_KINDS["evidence"]
    for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        refresh = (
            f"DELETE FROM search_index WHERE rowid = {ref}.evidence_id * 8 + {code};"
            f" {_search_insert('evidence', 'e')} FROM evidence e"
            f" WHERE e.id = {ref}.evidence_id AND e.trashed_at IS NULL;"
        )
        db.execute(
            f"CREATE TRIGGER search_evidence_text_{event.lower()} AFTER {event} ON evidence_text"
            f" BEGIN {refresh} END"
        )


@migrations()
def m005_deadline_facts(db: Any) -> None:
    """Facts deadlines are counted from: whether a card is a credit or a debit card (US law gives
    them different deadlines), and the day a complaint went to the bank (which must answer in time)."""
    check = _one_of("payment_card_kind", CardKind, nullable=True)
    db.execute(f"ALTER TABLE cases ADD COLUMN payment_card_kind TEXT {check}")
    db.execute("ALTER TABLE cases ADD COLUMN bank_complaint_date TEXT")


@migrations()
def m006_event_chain(db: Any) -> None:
    """Chain the event log: each entry's hash covers the one before, so a changed entry shows."""
    db.execute("ALTER TABLE events ADD COLUMN hash TEXT")
    db.execute("DROP TRIGGER events_no_update")
    previous = GENESIS
    rows = db.execute(
        "SELECT id, at, actor, action, case_id, entity, entity_id, summary FROM events ORDER BY id"
    ).fetchall()
    for event_id, *fields in rows:
        previous = entry_hash(previous, fields)
        db.execute("UPDATE events SET hash = ? WHERE id = ?", [previous, event_id])
    db.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
        " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
    )


@migrations()
def m007_evidence_ids(db: Any) -> None:
    """Evidence ids are never given twice: an item deleted for good keeps its number in the event
    log, so the next item takes a new one. The highest id ever used is kept as rows are deleted."""
    db.execute("CREATE TABLE evidence_ids (high INTEGER NOT NULL)")
    db.execute(
        "INSERT INTO evidence_ids (high) SELECT max("
        " coalesce((SELECT max(id) FROM evidence), 0),"
        " coalesce((SELECT max(entity_id) FROM events WHERE entity = 'evidence'), 0))"
    )
    db.execute(
        "CREATE TRIGGER evidence_ids_keep AFTER DELETE ON evidence"
        " BEGIN UPDATE evidence_ids SET high = max(high, OLD.id); END"
    )


# The texts a person wrote or a message brought, by table: m008 masks the card numbers in them,
# as the store does for everything it writes. Identifiers copied from a merchant's documents
# (order, invoice, customer and PO numbers) and hashes are kept as they are; the vault's files
# are never touched.
MASKED_TEXTS = {
    "cases": (
        "title",
        "customer_name",
        "merchant_name",
        "merchant_email",
        "merchant_phone",
        "merchant_website",
        "merchant_address",
        "summary",
    ),
    "purchases": ("description", "statement_descriptor"),
    "communications": (
        "counterpart",
        "representative",
        "reference",
        "subject",
        "summary",
        "outcome",
        "promised_action",
        "body",
    ),
    "tasks": ("title", "note"),
    "evidence": ("title", "note", "original_name", "source"),
    "evidence_text": ("text",),
}


@migrations()
def m008_mask_card_numbers(db: Any) -> None:
    """No full card number is kept: those already written in the store's texts are masked
    ("•••• •••• •••• 4444"), the search index is rebuilt without them, and the event log's
    summaries are masked too, its chain computed again.

    Re-chaining keeps every entry's verdict: an entry that checked before checks after, and an
    entry that was already broken (changed outside Dossier) keeps its old hash, so ``dossier
    verify`` still names it. Deleted text is overwritten (``secure_delete``), and the index is
    merged, so the full numbers do not linger in the file's free pages.
    """
    (secure_delete,) = db.execute("PRAGMA secure_delete").fetchone()
    db.execute("PRAGMA secure_delete = ON")
    for table, columns in MASKED_TEXTS.items():
        key = "evidence_id" if table == "evidence_text" else "id"
        names = ", ".join(columns)
        for row_id, *texts in db.execute(f"SELECT {key}, {names} FROM {table}").fetchall():
            masked = [mask_stored(text) for text in texts]
            if masked != texts:
                assignments = ", ".join(f"{column} = ?" for column in columns)
                db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", [*masked, row_id])
    _mask_event_log(db)
    # The triggers kept the index in step; rebuild it whole anyway and merge its segments, so that
    # no deleted entry keeps the old digits.
    db.execute("DELETE FROM search_index")
    for kind, (table, _title, _body) in _SEARCH_SOURCES.items():
        db.execute(_search_insert(kind, "r") + f" FROM {table} r WHERE r.trashed_at IS NULL")
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.execute(f"PRAGMA secure_delete = {int(secure_delete)}")


def _mask_event_log(db: Any) -> None:
    rows = db.execute(
        "SELECT id, hash, at, actor, action, case_id, entity, entity_id, summary FROM events ORDER BY id"
    ).fetchall()
    if not any(mask_card_numbers(row[-1]) != row[-1] for row in rows):
        return  # nothing to mask: the log is left exactly as it was
    db.execute("DROP TRIGGER IF EXISTS events_no_update")  # made again below, whatever was done to it
    old_previous = new_previous = GENESIS
    for event_id, stored, *fields in rows:
        intact = stored == entry_hash(old_previous, fields)
        masked = [*fields[:-1], mask_card_numbers(fields[-1])]
        new_hash = entry_hash(new_previous, masked) if intact else stored
        if (new_hash, masked[-1]) != (stored, fields[-1]):
            db.execute(
                "UPDATE events SET summary = ?, hash = ? WHERE id = ?", [masked[-1], new_hash, event_id]
            )
        old_previous, new_previous = stored, new_hash
    db.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
        " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
    )


# What m009 adds to the index: the customer's details, the mandate's and the issuer's references,
# a charge's authorisation code (m004's own list stays as it was: it ran on the schema of its day).
SEARCH_SOURCES_9 = {
    **_SEARCH_SOURCES,
    "case": (
        "cases",
        ["title", "merchant_name"],
        [
            *_SEARCH_SOURCES["case"][2],
            "customer_address",
            "customer_email",
            "customer_phone",
            "customer_tax_id",
            "customer_cardholder_name",
            "payment_mandate_reference",
            "payment_creditor_id",
            "issuer_name",
            "issuer_claim_number",
            "issuer_merchant_response",
        ],
    ),
    "purchase": ("purchases", ["description"], [*_SEARCH_SOURCES["purchase"][2], "authorization_code"]),
}


def _search_triggers(
    db: Any, kinds: tuple[str, ...], sources: dict[str, tuple[str, list[str], list[str]]]
) -> None:
    """The triggers keeping the index in step with the tables of ``kinds``, made again from
    ``sources``, and those kinds' rows of the index written again."""
    for kind in kinds:
        table = sources[kind][0]
        code = SEARCH_KINDS[kind]
        insert = _search_insert(kind, "new", sources) + " WHERE new.trashed_at IS NULL"
        for event in ("insert", "update"):
            db.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
        db.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert}; END")
        db.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN"
            f" DELETE FROM search_index WHERE rowid = old.id * 8 + {code}; {insert}; END"
        )
        db.execute(f"DELETE FROM search_index WHERE rowid % 8 = {code}")
        db.execute(_search_insert(kind, "r", sources) + f" FROM {table} r WHERE r.trashed_at IS NULL")


@migrations()
def m009_customer_issuer_charges(db: Any) -> None:
    """Issue 15: who the customer is (kind, address, e-mail, phone, tax number, a business card's
    holder), a business card or account, a SEPA mandate's reference and creditor identifier, the
    dates the mandate was revoked and the complaint reached the merchant, the issuer after filing
    (claim number, filing date, provisional credit, the merchant's response, outcome, re-debit),
    whether the stage is the user's choice, a charge's agreed and disputed amounts, authorisation
    code and expected delivery, and who answered in a contact and what.

    A stage set before (anything but the first step) was the user's choice: it is kept as an
    override. The new texts are masked on write by the mappers (store/rows.py) like the others;
    the search index looks in them too.
    """
    columns = {
        "cases": [
            f"customer_kind TEXT {_one_of('customer_kind', CustomerKind, nullable=True)}",
            "customer_address TEXT",
            "customer_email TEXT",
            "customer_phone TEXT",
            "customer_tax_id TEXT",
            "customer_cardholder_name TEXT",
            "customer_cardholder_role TEXT",
            "payment_business INTEGER NOT NULL DEFAULT 0 CHECK (payment_business IN (0, 1))",
            "payment_mandate_reference TEXT",
            "payment_creditor_id TEXT",
            "mandate_revoked_date TEXT",
            "merchant_complaint_date TEXT",
            "issuer_name TEXT",
            "issuer_address TEXT",
            "issuer_claim_number TEXT",
            "issuer_filed_on TEXT",
            "issuer_provisional_credit TEXT",
            "issuer_provisional_credit_on TEXT",
            "issuer_merchant_response TEXT",
            f"issuer_outcome TEXT {_one_of('issuer_outcome', IssuerOutcome, nullable=True)}",
            "issuer_outcome_on TEXT",
            "issuer_redebit_amount TEXT",
            "issuer_redebit_on TEXT",
            "stage_override INTEGER NOT NULL DEFAULT 0 CHECK (stage_override IN (0, 1))",
        ],
        "purchases": [
            "expected_amount TEXT",
            "disputed_amount TEXT",
            "authorization_code TEXT",
            "expected_delivery TEXT",
        ],
        "communications": [
            f"level TEXT {_one_of('level', EscalationStage, nullable=True)}",
            f"answer TEXT {_one_of('answer', MerchantAnswer, nullable=True)}",
        ],
    }
    for table, definitions in columns.items():
        for definition in definitions:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {definition}")
    # m004's trigger would write a case's index row again for each case set here: it goes first,
    # and the index is written once, below.
    db.execute("DROP TRIGGER search_cases_update")
    db.execute("UPDATE cases SET stage_override = 1 WHERE stage != 'customer_service'")
    _search_triggers(db, ("case", "purchase"), SEARCH_SOURCES_9)


@migrations()
def m010_vocabularies(db: Any) -> None:
    """The vocabularies of issue 15 (new kinds of evidence: a quote, an order, a purchase order, a
    contract) are taken by existing stores; and the evidence of a charge is found at once (the
    case list's checklist asks, for each charge, whether a statement line proves it)."""
    vocabulary_checks(db, leave_out=ADDED_AFTER_M010)
    db.execute("CREATE INDEX evidence_purchase ON evidence(purchase_id, kind)")


# What m011 adds to the index: the customer's city.
SEARCH_SOURCES_11 = {
    **SEARCH_SOURCES_9,
    "case": (
        "cases",
        SEARCH_SOURCES_9["case"][1],
        [*SEARCH_SOURCES_9["case"][2], "customer_city"],
    ),
}


@migrations()
def m011_language_city_delivery(db: Any) -> None:
    """Issue 16: the language chosen for a case's pack and letters (None: its country's), the
    city the customer lives in (a letter's place), and how a letter was sent. Existing rows keep
    None in each: nothing is guessed. The search index finds a case by its customer's city."""
    db.execute(f"ALTER TABLE cases ADD COLUMN language TEXT {language_check(LANGUAGES)}")
    db.execute("ALTER TABLE cases ADD COLUMN customer_city TEXT")
    delivery = _one_of("delivery", LetterDelivery, nullable=True)
    db.execute(f"ALTER TABLE communications ADD COLUMN delivery TEXT {delivery}")
    _search_triggers(db, ("case",), SEARCH_SOURCES_11)


@migrations()
def m012_exhibit_translation_redactions(db: Any) -> None:
    """Issue 17: an exhibit's one-line translation of its note, and the boxes the user drew over
    it to redact it in the pack (JSON ``[[page, x, y, width, height], ...]``, fractions of the
    page from its top-left corner; NULL: none). Existing evidence keeps NULL in both."""
    db.execute("ALTER TABLE evidence ADD COLUMN note_translation TEXT")
    db.execute(
        "ALTER TABLE evidence ADD COLUMN redactions TEXT "
        "CHECK (redactions IS NULL OR (json_valid(redactions) AND json_type(redactions) = 'array'))"
    )
