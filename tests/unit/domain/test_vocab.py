"""The vocabularies are a contract: exactly these spellings, never more, never fewer."""

from __future__ import annotations

import pytest

from desktop_app.domain.vocab import (
    CardNetwork,
    Channel,
    Direction,
    EvidenceKind,
    PaymentMethod,
    Reason,
    Vocabulary,
)

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
            "letter",
            "other",
        ],
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
