"""The vocabularies are a contract: exactly these spellings, never more, never fewer."""

from __future__ import annotations

import importlib
import json
import pkgutil
from itertools import combinations

import pytest

import desktop_app
from desktop_app.domain import vocab
from desktop_app.domain.text import fold
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    EvidenceKind,
    IssuerOutcome,
    MerchantAnswer,
    PaymentMethod,
    PurchaseKind,
    Reason,
    Vocabulary,
)
from desktop_app.resources import resource_path

CONTRACT: list[tuple[type[Vocabulary], list[str]]] = [
    (
        Reason,
        [
            "not_received",
            "not_as_described",
            "cancelled_recurring",
            "cancelled_or_returned",
            "credit_not_processed",
            "duplicate",
            "paid_by_other_means",
            "incorrect_amount",
            "unauthorized",
            "other",
        ],
    ),
    (PaymentMethod, ["card", "direct_debit", "bank_transfer", "paypal", "other"]),
    (CardNetwork, ["visa", "mastercard", "amex", "discover", "other"]),
    (Channel, ["email", "phone", "chat", "letter", "web_form", "in_person", "social"]),
    (Direction, ["incoming", "outgoing"]),
    (
        EvidenceKind,
        [
            "receipt",
            "invoice",
            "statement",
            "email",
            "screenshot",
            "terms",
            "cancellation_proof",
            "return_proof",
            "quote",
            "order",
            "purchase_order",
            "contract",
            "letter",
            "chat",
            "other",
        ],
    ),
    (CustomerKind, ["person", "company"]),
    (IssuerOutcome, ["won", "lost", "partly"]),
    (
        MerchantAnswer,
        ["refused", "final_response", "promised", "partly_accepted", "accepted", "no_answer"],
    ),
]


@pytest.mark.parametrize(("vocabulary", "expected"), CONTRACT, ids=[v.__name__ for v, _ in CONTRACT])
def test_vocabulary_holds_exactly_the_contract_values(
    vocabulary: type[Vocabulary], expected: list[str]
) -> None:
    values = vocabulary.values()
    assert len(values) == len(set(values))
    assert sorted(values) == sorted(expected)


@pytest.mark.parametrize(("vocabulary", "expected"), CONTRACT, ids=[v.__name__ for v, _ in CONTRACT])
def test_every_member_has_a_readable_label(vocabulary: type[Vocabulary], expected: list[str]) -> None:
    for value in expected:
        label = vocabulary(value).label
        assert label
        assert "_" not in label
        assert label[0].isupper()


def test_members_compare_equal_to_their_spelling() -> None:
    assert str(Reason.CANCELLED_RECURRING) == "cancelled_recurring"
    assert Reason.CANCELLED_RECURRING in {"cancelled_recurring"}
    assert Reason("unauthorized") is Reason.UNAUTHORIZED
    assert PaymentMethod.PAYPAL.label == "PayPal"
    assert CardNetwork.AMEX.label == "American Express"
    assert Channel.IN_PERSON.label == "In person"


@pytest.mark.parametrize(("vocabulary", "_expected"), CONTRACT, ids=[v.__name__ for v, _ in CONTRACT])
def test_unknown_values_are_refused(vocabulary: type[Vocabulary], _expected: list[str]) -> None:
    with pytest.raises(ValueError):
        vocabulary("bogus")


def _all_vocabularies() -> list[type[Vocabulary]]:
    """Every Vocabulary subclass, including any defined outside domain/vocab.py."""
    for module in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
        if not module.name.startswith(("desktop_app.ui", "desktop_app.__main__")):  # no Qt here
            importlib.import_module(module.name)
    found: list[type[Vocabulary]] = []
    pending = list(Vocabulary.__subclasses__())
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__name__)


VOCABULARIES = _all_vocabularies()


def test_every_vocabulary_is_found() -> None:
    assert {v.__name__ for v in VOCABULARIES} >= {v.__name__ for v, _ in CONTRACT}
    assert len(VOCABULARIES) >= 11


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=[v.__name__ for v in VOCABULARIES])
def test_every_member_has_an_explicit_label(vocabulary: type[Vocabulary]) -> None:
    table = vocab._LABELS[vocabulary]
    assert sorted(table) == sorted(vocabulary.values())
    for member in vocabulary:
        assert member.label == table[member.value]
        assert member.label.strip() and "_" not in member.label and member.label[0].isupper()
    assert list(vocabulary.labels()) == vocabulary.values()


def test_no_label_belongs_to_another_vocabulary() -> None:
    owner: dict[str, str] = {}
    for vocabulary in VOCABULARIES:
        labels = [fold(member.label) for member in vocabulary]
        assert len(labels) == len(set(labels)), f"{vocabulary.__name__} shows one label twice"
        for member in vocabulary:
            key = fold(member.label)
            where = f"{vocabulary.__name__}.{member.name}"
            assert key not in owner, f"{where} shows {member.label!r}, the label of {owner[key]}"
            owner[key] = where


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (Reason.OTHER, "Other billing problem"),
        (PaymentMethod.OTHER, "Other payment method"),
        (CardNetwork.OTHER, "Other network"),
        (EvidenceKind.OTHER, "Other document"),
        (Channel.EMAIL, "E-mail"),
        (EvidenceKind.EMAIL, "E-mail message"),
        (Channel.CHAT, "Chat"),
        (EvidenceKind.CHAT, "Chat transcript"),
        (CardKind.CREDIT, "Credit card"),
        (PurchaseKind.CREDIT, "Credit"),
    ],
)
def test_shared_values_answer_from_their_own_vocabulary(member: Vocabulary, label: str) -> None:
    assert member.label == label
    # the same spelling, looked up through another vocabulary's value, keeps its own words
    assert type(member)(str(member.value)).label == label


def test_a_vocabulary_without_every_label_is_refused() -> None:
    class Colour(Vocabulary):
        RED = "red"
        OTHER = "other"

    with pytest.raises(ValueError, match="Colour has no label for OTHER"):
        vocab.set_labels(Colour, {Colour.RED: "Red"})
    with pytest.raises(TypeError, match="not a member of Colour"):
        vocab.set_labels(Colour, {Colour.RED: "Red", Reason.OTHER: "Other"})
    assert Colour not in vocab._LABELS


def test_chat_transcript_is_an_evidence_kind() -> None:
    assert EvidenceKind("chat") is EvidenceKind.CHAT
    assert "chat" in EvidenceKind.values()


# The pack's and the letters' own words for the vocabularies, in every language: a word of one
# table never stands for a value of another ("e-mail" the channel, "e-mail message" the document).
_TABLES = {
    "channels": Channel,
    "directions": Direction,
    "kinds": EvidenceKind,
    "purchase_kinds": PurchaseKind,
    "networks": CardNetwork,
    "methods": PaymentMethod,
    "stages": EscalationStage,
    "reasons": Reason,
}
_LANGS = ("en", "fr", "es", "pl")


def _words(folder: str, lang: str) -> dict[str, dict[str, str]]:
    path = (
        resource_path("pack", "strings", f"{lang}.json")
        if folder == "pack"
        else resource_path(folder, f"{lang}.json")
    )
    data = json.loads(path.read_text(encoding="utf-8"))

    def words(table: dict[str, object]) -> dict[str, str]:
        # A letters' text may have a form for each voice ({"person": ..., "company": ...}).
        return {k: v["person"] if isinstance(v, dict) else str(v) for k, v in table.items()}

    return {key: words(data[key]) for key in _TABLES if isinstance(data.get(key), dict)}


@pytest.mark.parametrize("folder", ["pack", "letters"])
@pytest.mark.parametrize("lang", _LANGS)
def test_the_pack_and_letters_keep_vocabularies_apart(folder: str, lang: str) -> None:
    tables = _words(folder, lang)
    for key, words in tables.items():
        vocabulary = _TABLES[key]
        missing = set(vocabulary.values()) - set(words)
        assert not missing, f"{folder}/{lang}.json {key} has no word for {sorted(missing)}"
    for (key_a, a), (key_b, b) in combinations(tables.items(), 2):
        shared = {fold(w) for w in a.values() if w} & {fold(w) for w in b.values() if w}
        assert not shared, f"{folder}/{lang}.json: {sorted(shared)} stands in both {key_a} and {key_b}"
