"""The CHECK of each vocabulary column: how the migrations write it, and how an existing store's
tables take the values a vocabulary gained since (store/migrations.py calls both)."""

from __future__ import annotations

import re
from typing import Any

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
    Vocabulary,
)


def one_of(column: str, vocabulary: type[Vocabulary], *, nullable: bool = False) -> str:
    values = ", ".join(f"'{v}'" for v in vocabulary.values())
    check = f"{column} IN ({values})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


# Each vocabulary column and the CHECK it was made with (m001, m005, m009, m011 wrote them from the
# vocabulary of their day). ``vocabulary_checks`` writes them again from today's vocabularies.
VOCABULARY_COLUMNS: dict[str, tuple[tuple[str, type[Vocabulary], bool], ...]] = {
    "cases": (
        ("reason", Reason, False),
        ("status", CaseStatus, False),
        ("stage", EscalationStage, False),
        ("payment_method", PaymentMethod, True),
        ("payment_network", CardNetwork, True),
        ("payment_card_kind", CardKind, True),
        ("customer_kind", CustomerKind, True),
        ("issuer_outcome", IssuerOutcome, True),
    ),
    "purchases": (("kind", PurchaseKind, False),),
    "communications": (
        ("channel", Channel, False),
        ("direction", Direction, False),
        ("level", EscalationStage, True),
        ("answer", MerchantAnswer, True),
        ("delivery", LetterDelivery, True),
    ),
    "evidence": (("kind", EvidenceKind, False),),
    "tasks": (("kind", TaskKind, False),),
}

# The columns a migration after m010 added: m010 (run on an older store) does not find them yet.
ADDED_AFTER_M010 = frozenset({("communications", "delivery")})


# The languages a case may be written in (domain.profiles.LANGUAGES) as m011 made their CHECK: a
# language added later needs a migration writing cases.language's CHECK again.
def language_check(languages: tuple[str, ...]) -> str:
    values = ", ".join(f"'{v}'" for v in languages)
    return f"CHECK (language IS NULL OR language IN ({values}))"


def vocabulary_checks(db: Any, *, leave_out: frozenset[tuple[str, str]] = frozenset()) -> None:
    """Let every vocabulary column of an existing store take today's values (a new store's tables
    are made with them); the (table, column) pairs of ``leave_out`` are not there yet. Widening a
    CHECK changes no stored row, so the tables' definitions are rewritten in place, the way SQLite
    documents for such changes (lang_altertable.html, "other kinds of table schema changes"): the
    schema's version is raised so every connection reads it again, and the store's own check runs
    after the migration as at every opening."""
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    changed = False
    db.execute("PRAGMA writable_schema = ON")
    try:
        for table, columns in VOCABULARY_COLUMNS.items():
            (sql,) = db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
            ).fetchone()
            new = sql
            for column, vocabulary, nullable in columns:
                if (table, column) in leave_out:
                    continue
                pattern = re.compile(
                    rf"CHECK \(({column} IS NULL OR )?{column} IN \((?:'[a-z_]+'(?:, )?)+\)\)"
                )
                found = pattern.findall(new)
                if len(found) != 1:
                    raise RuntimeError(f"{table}.{column}: its CHECK is not as the migrations wrote it")
                new = pattern.sub(one_of(column, vocabulary, nullable=nullable), new)
            if new != sql:
                db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [new, table])
                changed = True
        if changed:
            db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
