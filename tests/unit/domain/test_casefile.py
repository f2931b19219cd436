"""``dossier-case/2`` (and ``/1``, still read): a document is accepted whole or refused naming every
wrong field."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.casefile import (
    FORMAT,
    FORMAT_1,
    CaseFile,
    CaseFileError,
    build_case_file,
    parse_case_file,
)
from desktop_app.domain.models import Customer, EvidenceItem, Issuer, Purchase
from desktop_app.domain.vocab import (
    CaseStatus,
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    EvidenceKind,
    IssuerOutcome,
    MerchantAnswer,
    PurchaseKind,
    Reason,
    TaskKind,
)

SHA_A = "a" * 64
SHA_B = "0123456789abcdef" * 4


def full_document() -> dict[str, Any]:
    """Every field of ``dossier-case/1``, filled in, in canonical spelling (as build_case_file
    wrote it before ``/2``)."""
    return {
        "format": "dossier-case/1",
        "title": "Zażółć gęślą jaźń: abonnement facturé après résiliation",
        "customer": {"name": "Agnieszka Wójcik"},
        "merchant": {
            "name": "Señor Café S.L.",
            "email": "soporte@senor-cafe.example",
            "phone": "+34 91 123 45 67",
            "website": "https://señor-cafe.example",
            "address": "ul. Piotrkowska 104, 90-001 Łódź, Polska",
        },
        "reason": "cancelled_recurring",
        "status": "disputed",
        "stage": "bank",
        "country": "PL",
        "currency": "EUR",
        "disputed_amount": "35.98",
        "refunded_amount": "0.00",
        "payment": {"method": "card", "network": "mastercard", "last4": "4417", "card_kind": "debit"},
        "dates": {
            "transaction": "2026-09-15",
            "statement": "2026-09-30",
            "expected_delivery": "2026-09-20",
            "cancellation": "2026-08-28",
            "returned": "2026-09-02",
            "credit_promised": "2026-10-16",
            "debit": "2026-09-16",
            "final_response": "2026-11-01",
            "bank_complaint": "2026-11-03",
        },
        "summary": "Résumé : le señor a promis un remboursement. Zwrot z Łodzi nigdy nie dotarł.",
        "purchases": [
            {
                "kind": "charge",
                "date": "2026-08-15",
                "amount": "17.99",
                "currency": "EUR",
                "description": "Abonnement — août",
                "order_number": "SN-0815",
                "invoice_number": "F-2026-081502",
                "customer_number": "CLI-558120",
                "po_number": "PO-77",
                "statement_descriptor": "SENOR*CAFE LODZ",
                "disputed": False,
            },
            {
                "kind": "refund",
                "date": "2026-09-15",
                "amount": "-1234567.1234",
                "currency": "PLN",
                "description": "Zwrot częściowy",
                "order_number": "SN-0915",
                "invoice_number": "F-2026-091502",
                "customer_number": "CLI-558120",
                "po_number": "PO-78",
                "statement_descriptor": "SENOR*CAFE LODZ",
                "disputed": True,
            },
        ],
        "communications": [
            {
                "at": "2026-08-28T21:14:00+02:00",
                "channel": "web_form",
                "direction": "outgoing",
                "counterpart": "Compte client",
                "representative": "Julien Lefèvre",
                "reference": "RES-5521",
                "subject": "Résiliation de l'abonnement",
                "summary": "Résiliation confirmée à l'écran.",
                "outcome": "Référence RES-5521 donnée.",
                "promised_action": "Aucun prélèvement après le 14/09",
                "promised_by": "2026-09-14",
            },
            {
                "at": "2026-10-02T14:30:00-05:00",
                "channel": "phone",
                "direction": "incoming",
                "counterpart": "Servicio al cliente",
                "representative": "Marta Zielińska",
                "reference": "TCK-48213",
                "subject": "Llamada del señor",
                "summary": "Rozmowa: obiecała zwrot 17,99 € w ciągu 14 dni.",
                "outcome": "Zwrot obiecany.",
                "promised_action": "Zwrot 17,99 EUR",
                "promised_by": "2026-10-16",
                "body": "Dzień dobry,\nzwrot zostanie zlecony. Pozdrawiamy, Marta",
            },
        ],
        "evidence": [
            {
                "path": "files/facture-août.pdf",
                "kind": "invoice",
                "title": "Facture du 15 août",
                "note": "Émise après la résiliation.",
                "original_name": "facture-août.pdf",
                "source": "https://señor-cafe.example/factures",
                "imported_at": "2026-09-01T08:00:00+00:00",
                "sha256": SHA_A,
                "purchase": 1,
                "communication": 0,
            },
            {
                "path": "files/wyciąg z Łodzi.png",
                "kind": "statement",
                "title": "Wyciąg bankowy",
                "note": "Zażółć gęślą jaźń",
                "original_name": "wyciąg z Łodzi.png",
                "source": "bank app",
                "imported_at": "2026-10-03T10:11:12+00:00",
                "sha256": SHA_B,
                "purchase": None,
                "communication": None,
            },
        ],
        "tasks": [
            {
                "title": "Vérifier le remboursement promis",
                "kind": "promise",
                "due": "2026-10-16",
                "note": "Promis par Marta Zielińska",
                "done_at": "2026-10-17T09:00:00+02:00",
                "communication": 1,
            },
            {
                "title": "Contester auprès de la banque",
                "kind": "deadline",
                "due": "2027-01-13",
                "note": None,
                "done_at": None,
                "communication": None,
            },
        ],
    }


def full_document_2() -> dict[str, Any]:
    """Every field of ``dossier-case/2``, filled in, in canonical spelling (as build_case_file writes
    it): the /1 document and what /2 adds."""
    document = full_document()
    document["format"] = "dossier-case/2"
    document["customer"].update(
        kind="company",
        address="ul. Piotrkowska 12, 90-001 Łódź",
        email="biuro@wojcik.example",
        phone="+48 42 600 12 34",
        tax_id="PL7251234567",
        cardholder_name="Agnieszka Wójcik",
        cardholder_role="Prezes zarządu",
        city="Łódź",
    )
    document["stage_override"] = True
    document["language"] = "fr"  # chosen for a Polish case
    document["payment"].update(business=True, mandate_reference="RUM-2026-0042", creditor_id="FR12ZZZ123456")
    document["dates"].update(mandate_revoked="2026-08-22", merchant_complaint="2026-09-20")
    document["issuer"] = {
        "name": "mBank S.A.",
        "address": "ul. Prosta 18, 00-850 Warszawa",
        "claim_number": "REK/2026/11/0042",
        "filed_on": "2026-11-03",
        "provisional_credit": "35.98",
        "provisional_credit_on": "2026-11-05",
        "merchant_response": "Le marchand dit que l'abonnement courait encore.",
        "outcome": "partly",
        "outcome_on": "2026-12-01",
        "redebit_amount": "17.99",
        "redebit_on": "2026-12-02",
    }
    summary_at = list(document).index("summary") + 1
    document = dict([*list(document.items())[:summary_at], ("issuer", document.pop("issuer")),
                     *list(document.items())[summary_at:]])  # fmt: skip
    document["purchases"][0].update(
        expected_amount="10.00",
        disputed_amount="7.99",
        authorization_code="A1B2C3",
        expected_delivery="2026-08-20",
    )
    document["purchases"][1].update(
        expected_amount=None, disputed_amount=None, authorization_code="74537606312630123456789",
        expected_delivery=None,
    )  # fmt: skip
    document["communications"][0].update(level=None, answer=None, delivery=None)
    document["communications"][1].update(level="supervisor", answer="promised", delivery=None)
    return document


def minimal_document() -> dict[str, Any]:
    return {
        "format": "dossier-case/1",
        "title": "Charged twice",
        "merchant": {"name": "Łódź Shop"},
        "reason": "duplicate",
        "currency": "PLN",
    }


def problems_of(document: Any) -> list[tuple[str, str]]:
    with pytest.raises(CaseFileError) as info:
        parse_case_file(document)
    assert info.value.problems, "a refusal must say why"
    return info.value.problems


def fields_of(document: Any) -> set[str]:
    return {name for name, _ in problems_of(document)}


def rebuild(case_file: CaseFile) -> dict[str, Any]:
    """Store-like ids for every item, then the document build_case_file writes."""
    purchases = [replace(p, id=100 + i) for i, p in enumerate(case_file.purchases)]
    comms = [replace(c, id=200 + i) for i, c in enumerate(case_file.communications)]
    pairs: list[tuple[EvidenceItem, str]] = []
    for i, entry in enumerate(case_file.evidence):
        item = EvidenceItem(
            id=300 + i,
            kind=entry.kind,
            title=entry.title,
            sha256=entry.sha256 or "f" * 64,
            size=1,
            media_type="application/octet-stream",
            original_name=entry.original_name or entry.path.rsplit("/", 1)[-1],
            imported_at=entry.imported_at or datetime(2026, 1, 1, tzinfo=UTC),
            note=entry.note,
            source=entry.source,
            purchase_id=purchases[entry.purchase].id if entry.purchase is not None else None,
            communication_id=comms[entry.communication].id if entry.communication is not None else None,
        )
        pairs.append((item, entry.path))
    tasks = [
        replace(t, communication_id=comms[t.communication_id].id if t.communication_id is not None else None)
        for t in case_file.tasks
    ]
    return build_case_file(case_file.case, purchases, comms, pairs, tasks)


# --------------------------------------------------------------------------- accepted


def test_full_document_parses_into_domain_objects() -> None:
    cf = parse_case_file(full_document())
    case = cf.case
    assert case.title == "Zażółć gęślą jaźń: abonnement facturé après résiliation"
    assert case.merchant.name == "Señor Café S.L."
    assert case.merchant.address == "ul. Piotrkowska 104, 90-001 Łódź, Polska"
    assert case.customer_name == "Agnieszka Wójcik"
    assert case.reason is Reason.CANCELLED_RECURRING
    assert case.status is CaseStatus.DISPUTED
    assert case.stage is EscalationStage.BANK
    assert case.country == "PL"
    assert case.currency == "EUR"
    assert case.disputed_amount == Decimal("35.98")
    assert case.refunded_amount == Decimal("0.00")
    assert case.payment.method == "card"
    assert case.payment.network == "mastercard"
    assert case.payment.last4 == "4417"
    assert case.dates.transaction == date(2026, 9, 15)
    assert case.dates.final_response == date(2026, 11, 1)
    assert case.summary is not None and "señor" in case.summary

    assert [p.kind for p in cf.purchases] == [PurchaseKind.CHARGE, PurchaseKind.REFUND]
    assert cf.purchases[1].amount == Decimal("-1234567.1234")
    assert cf.purchases[1].currency == "PLN"
    assert [p.disputed for p in cf.purchases] == [False, True]

    first, second = cf.communications
    assert first.channel is Channel.WEB_FORM and first.direction is Direction.OUTGOING
    assert first.at == datetime(2026, 8, 28, 21, 14, tzinfo=timezone(timedelta(hours=2)))
    assert second.at.utcoffset() == timedelta(hours=-5)
    assert second.representative == "Marta Zielińska"

    invoice, statement = cf.evidence
    assert invoice.kind is EvidenceKind.INVOICE
    assert invoice.path == "files/facture-août.pdf"
    assert invoice.purchase == 1 and invoice.communication == 0
    assert invoice.sha256 == SHA_A
    assert statement.kind is EvidenceKind.STATEMENT
    assert statement.purchase is None and statement.communication is None

    assert [t.kind for t in cf.tasks] == [TaskKind.PROMISE, TaskKind.DEADLINE]
    assert cf.tasks[0].communication_id == 1  # a position until stored
    assert cf.tasks[1].communication_id is None


def test_full_document_round_trips_through_build_case_file() -> None:
    document = full_document_2()
    original = copy.deepcopy(document)
    assert rebuild(parse_case_file(document)) == original
    assert document == original, "parsing must not change its input"


def test_sample_like_minimal_document_gets_defaults() -> None:
    cf = parse_case_file(minimal_document())
    assert cf.case.status is CaseStatus.OPEN
    assert cf.case.stage is EscalationStage.CUSTOMER_SERVICE
    assert cf.case.payment.method is None
    assert (cf.purchases, cf.communications, cf.evidence, cf.tasks) == ([], [], [], [])


def test_exported_minimal_case_imports_unchanged() -> None:
    """Export then import must not change a case: an unknown payment method stays unknown."""
    exported = rebuild(parse_case_file(minimal_document()))
    assert exported["payment"]["method"] is None
    reimported = parse_case_file(exported)
    assert reimported.case.payment.method is None
    assert rebuild(reimported) == exported


def test_purchase_currency_defaults_to_the_case_currency() -> None:
    document = minimal_document()
    document["purchases"] = [{"date": "2026-01-02", "amount": "5.00"}]
    (purchase,) = parse_case_file(document).purchases
    assert purchase == Purchase(date=date(2026, 1, 2), amount=Decimal("5.00"), currency="PLN")


def test_offset_moment_is_accepted_and_kept() -> None:
    document = minimal_document()
    document["communications"] = [
        {"at": "2026-09-15T14:30:00+02:00", "channel": "chat", "direction": "incoming"}
    ]
    (comm,) = parse_case_file(document).communications
    assert comm.at.isoformat() == "2026-09-15T14:30:00+02:00"


def test_last4_with_spaces_is_normalised() -> None:
    document = minimal_document()
    document["payment"] = {"method": "card", "last4": "44 17"}
    assert parse_case_file(document).case.payment.last4 == "4417"


def test_evidence_title_defaults_to_file_stem() -> None:
    document = minimal_document()
    document["evidence"] = [{"path": "files/Facture 12.pdf"}]
    (entry,) = parse_case_file(document).evidence
    assert entry.title == "Facture 12"
    assert entry.kind is EvidenceKind.OTHER


# --------------------------------------------------------------------------- refused


def with_change(path: list[str | int], value: Any) -> dict[str, Any]:
    document = full_document()
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (["reason"], "changed_my_mind", "reason"),
        (["reason"], None, "reason"),
        (["status"], "pending", "status"),
        (["stage"], "court", "stage"),
        (["title"], "   ", "title"),
        (["title"], 12, "title"),
        (["currency"], "EURO", "currency"),
        (["country"], "POL", "country"),
        (["country"], "ß", "country"),  # upper-cased it is "SS", but it is no country code
        (["disputed_amount"], "35,98", "disputed_amount"),
        (["disputed_amount"], 35.98, "disputed_amount"),
        (["payment", "last4"], "4417441744174417", "payment.last4"),
        (["payment", "last4"], "4417 4417 4417 4417", "payment.last4"),
        (["payment", "last4"], "417", "payment.last4"),
        (["payment", "method"], "cash", "payment.method"),
        (["payment", "network"], "diners", "payment.network"),
        (["merchant", "name"], None, "merchant.name"),
        (["merchant", "email"], ["a@b"], "merchant.email"),
        (["dates", "transaction"], "15/09/2026", "dates.transaction"),
        (["dates", "debit"], "2026-02-30", "dates.debit"),
        (["dates", "debit"], "1989-12-31", "dates.debit"),
        (["dates", "statement"], "2101-01-01", "dates.statement"),
        (["dates", "statement"], "20260930", "dates.statement"),
        (["dates", "statement"], "2026-W40-3", "dates.statement"),
        (["purchases", 0, "amount"], "-17.99", "purchases[0].amount"),
        (["communications", 0, "at"], "9999-12-31T10:00:00+01:00", "communications[0].at"),
        (["purchases", 1, "amount"], "19,99", "purchases[1].amount"),
        (["purchases", 1, "amount"], 19.99, "purchases[1].amount"),
        (["purchases", 1, "amount"], None, "purchases[1].amount"),
        (["purchases", 0, "date"], "yesterday", "purchases[0].date"),
        (["purchases", 0, "kind"], "chargeback", "purchases[0].kind"),
        (["purchases", 0, "disputed"], "yes", "purchases[0].disputed"),
        (["purchases", 0, "currency"], "E1R", "purchases[0].currency"),
        (["communications", 0, "at"], "2026-08-28T21:14:00", "communications[0].at"),
        (["communications", 0, "at"], "2026-08-28", "communications[0].at"),
        (["communications", 0, "at"], "28/08/2026 21:14", "communications[0].at"),
        (["communications", 0, "channel"], "fax", "communications[0].channel"),
        (["communications", 0, "channel"], None, "communications[0].channel"),
        (["communications", 1, "direction"], "sideways", "communications[1].direction"),
        (["communications", 1, "promised_by"], "soon", "communications[1].promised_by"),
        (["evidence", 0, "kind"], "photo", "evidence[0].kind"),
        (["evidence", 0, "path"], "/etc/passwd", "evidence[0].path"),
        (["evidence", 0, "path"], "\\\\server\\share\\x.pdf", "evidence[0].path"),
        (["evidence", 0, "path"], "C:\\Users\\me\\facture.pdf", "evidence[0].path"),
        (["evidence", 0, "path"], None, "evidence[0].path"),
        (["evidence", 0, "purchase"], 2, "evidence[0].purchase"),
        (["evidence", 0, "purchase"], -1, "evidence[0].purchase"),
        (["evidence", 0, "purchase"], True, "evidence[0].purchase"),
        (["evidence", 0, "purchase"], "1", "evidence[0].purchase"),
        (["evidence", 1, "communication"], 5, "evidence[1].communication"),
        (["evidence", 0, "sha256"], "abc", "evidence[0].sha256"),
        (["evidence", 0, "imported_at"], "2026-09-01T08:00:00", "evidence[0].imported_at"),
        (["tasks", 0, "communication"], 2, "tasks[0].communication"),
        (["tasks", 0, "title"], "", "tasks[0].title"),
        (["tasks", 0, "kind"], "reminder", "tasks[0].kind"),
        (["tasks", 0, "done_at"], "2026-10-17T09:00:00", "tasks[0].done_at"),
        (["format"], "dossier-case/3", "format"),
        (["merchant"], "StreamNova", "merchant"),
        (["purchases", 0], "17.99", "purchases[0]"),
    ],
)
def test_wrong_field_is_refused_by_name(path: list[str | int], value: Any, field: str) -> None:
    problems = problems_of(with_change(path, value))
    assert field in {name for name, _ in problems}, problems
    # Only that field (or what it should contain) is blamed, never its neighbours.
    assert all(name == field or name.startswith(f"{field}.") for name, _ in problems), problems


def test_list_that_is_not_a_list_is_refused() -> None:
    document = minimal_document()
    document["purchases"] = {"amount": "1.00"}
    document["tasks"] = "call the bank"
    assert fields_of(document) == {"purchases", "tasks"}


def test_a_number_that_is_not_a_card_is_refused_quoting_what_was_read() -> None:
    problems = problems_of(with_change(["payment", "last4"], "4417123456784417"))
    assert problems == [
        (
            "payment.last4",
            "“4417123456784417” is not a valid card number (its check digit does not match): "
            "type only the last 4 digits, such as “4417”",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("5555 5555 5555 4444", "4444"), ("4111-1111-1111-1111", "1111"), ("378282246310005", "0005")],
)
def test_a_whole_valid_card_number_keeps_its_last_four(typed: str, kept: str) -> None:
    """A pasted card number keeps its last four digits, never its first (issue 12)."""
    case = parse_case_file(with_change(["payment", "last4"], typed)).case
    assert case.payment.last4 == kept


@pytest.mark.parametrize("last4", ["٤٤١٧", "４４１７", "४४१७"])
def test_last4_must_be_ascii_digits(last4: str) -> None:
    """The database only takes 0-9; other Unicode digits must be refused here, by name."""
    assert fields_of(with_change(["payment", "last4"], last4)) == {"payment.last4"}


def test_missing_format_is_refused() -> None:
    document = full_document()
    del document["format"]
    problems = problems_of(document)
    assert [name for name, _ in problems] == ["format"]
    assert FORMAT in problems[0][1]


def test_unknown_top_level_key_is_refused() -> None:
    document = full_document()
    document["mercahnt"] = document.pop("merchant")
    names = fields_of(document)
    assert "mercahnt" in names
    assert "merchant" in names  # and the real field is then missing


@pytest.mark.parametrize(
    ("path", "key", "field"),
    [
        (["payment"], "cvv", "payment.cvv"),
        (["merchant"], "vat", "merchant.vat"),
        (["purchases", 1], "tip", "purchases[1].tip"),
        (["communications", 0], "mood", "communications[0].mood"),
        (["evidence", 1], "hash", "evidence[1].hash"),
        (["tasks", 1], "owner", "tasks[1].owner"),
        (["dates"], "birthday", "dates.birthday"),
        (["customer"], "email", "customer.email"),
    ],
)
def test_unknown_nested_key_is_refused(path: list[str | int], key: str, field: str) -> None:
    document = full_document()
    target: Any = document
    for part in path:
        target = target[part]
    target[key] = "x"
    assert fields_of(document) == {field}


@pytest.mark.parametrize("document", [[], [full_document()], "dossier-case/1", 42, None, True])
def test_non_object_top_level_is_refused(document: Any) -> None:
    problems = problems_of(document)
    assert problems == [("", "must be an object")]


def test_empty_object_is_refused() -> None:
    assert problems_of({}) == [("", "the case file is empty")]


def test_several_errors_are_all_reported() -> None:
    document = full_document()
    document["reason"] = "bogus"
    document["payment"]["last4"] = "4417441744174417"
    document["purchases"][1]["amount"] = "19,99"
    document["communications"][0]["at"] = "2026-08-28T21:14:00"
    document["communications"][1]["channel"] = "pigeon"
    document["evidence"][0]["kind"] = "photo"
    document["evidence"][1]["path"] = "/home/me/x.png"
    document["evidence"][1]["purchase"] = 7
    document["mercahnt"] = {}
    del document["format"]
    with pytest.raises(CaseFileError) as info:
        parse_case_file(document)
    names = [name for name, _ in info.value.problems]
    expected = {
        "format",
        "reason",
        "payment.last4",
        "purchases[1].amount",
        "communications[0].at",
        "communications[1].channel",
        "evidence[0].kind",
        "evidence[1].path",
        "evidence[1].purchase",
        "mercahnt",
    }
    assert set(names) == expected
    assert len(names) == len(expected)
    message = str(info.value)
    for name in expected:
        assert f"{name}: " in message


def test_case_file_error_message_lists_each_problem() -> None:
    error = CaseFileError([("reason", "is required"), ("", "must be an object")])
    assert str(error) == "reason: is required; must be an object"
    assert isinstance(error, ValueError)


# --------------------------------------------------------------------------- issue 13: what text cannot be


def test_a_lone_surrogate_in_a_text_is_refused_by_name() -> None:
    document = minimal_document()
    document["merchant"] = {"name": "Shop \ud800"}
    document["summary"] = "fine"
    problems = problems_of(document)
    assert [name for name, _ in problems] == ["merchant.name"]
    assert "surrogate" in problems[0][1] and "\\ud800" in problems[0][1]


def test_an_unknown_key_is_named_escaped_and_short() -> None:
    document = minimal_document()
    document["x\udcff" + "y" * 500] = 1
    ((name, reason),) = problems_of(document)
    assert "\\udcff" in name and len(name) < 100
    name.encode("utf-8")  # printable as it is: no lone surrogate left in the message
    assert reason == "is not a field of this format"


@pytest.mark.parametrize("value", [["nested", ["list"]], {"an": "object"}, 12, None])
def test_a_vocabulary_value_that_is_not_text_is_named_by_its_kind(value: Any) -> None:
    document = minimal_document()
    document["reason"] = value
    problems = dict(problems_of(document))
    assert "reason" in problems
    assert "nested" not in problems["reason"], "the value itself is not repeated"


def test_a_huge_text_is_quoted_short_in_the_message() -> None:
    document = minimal_document()
    document["status"] = "z" * 100_000
    problems = dict(problems_of(document))
    assert len(problems["status"]) < 400


# --------------------------------------------------------------------------- dossier-case/2


def test_a_version_2_document_gives_every_new_field() -> None:
    cf = parse_case_file(full_document_2())
    case = cf.case
    assert case.customer == Customer(
        kind=CustomerKind.COMPANY,
        address="ul. Piotrkowska 12, 90-001 Łódź",
        email="biuro@wojcik.example",
        phone="+48 42 600 12 34",
        tax_id="PL7251234567",
        cardholder_name="Agnieszka Wójcik",
        cardholder_role="Prezes zarządu",
        city="Łódź",
    )
    assert case.language == "fr" and case.country == "PL"
    assert case.issuer == Issuer(
        name="mBank S.A.",
        address="ul. Prosta 18, 00-850 Warszawa",
        claim_number="REK/2026/11/0042",
        filed_on=date(2026, 11, 3),
        provisional_credit=Decimal("35.98"),
        provisional_credit_on=date(2026, 11, 5),
        merchant_response="Le marchand dit que l'abonnement courait encore.",
        outcome=IssuerOutcome.PARTLY,
        outcome_on=date(2026, 12, 1),
        redebit_amount=Decimal("17.99"),
        redebit_on=date(2026, 12, 2),
    )
    assert case.stage_override is True
    assert (case.payment.business, case.payment.mandate_reference, case.payment.creditor_id) == (
        True, "RUM-2026-0042", "FR12ZZZ123456"
    )  # fmt: skip
    assert (case.dates.mandate_revoked, case.dates.merchant_complaint) == (
        date(2026, 8, 22),
        date(2026, 9, 20),
    )
    first = cf.purchases[0]
    assert (first.expected_amount, first.disputed_amount) == (Decimal("10.00"), Decimal("7.99"))
    assert (first.authorization_code, first.expected_delivery) == ("A1B2C3", date(2026, 8, 20))
    assert cf.purchases[1].authorization_code == "74537606312630123456789"
    assert [(c.level, c.answer) for c in cf.communications] == [
        (None, None),
        (EscalationStage.SUPERVISOR, MerchantAnswer.PROMISED),
    ]


def test_a_version_1_document_is_read_and_written_again_as_version_2() -> None:
    cf = parse_case_file(full_document())
    assert cf.case.customer == Customer() and cf.case.issuer == Issuer()
    assert cf.case.stage_override is True  # a /1 stage was the user's (stage "bank"), as stores were migrated
    assert all(p.expected_amount is None and p.authorization_code is None for p in cf.purchases)
    written = rebuild(cf)
    assert written["format"] == FORMAT == "dossier-case/2"
    expected = full_document_2()
    for key in ("customer", "payment", "dates"):
        for added in set(expected[key]) - set(full_document()[key]):
            assert written[key][added] in (None, False), (key, added)
    assert written["issuer"] == dict.fromkeys(expected["issuer"])
    assert written["purchases"][0]["disputed_amount"] is None
    assert written["language"] is None and cf.case.language is None  # the country's
    assert all(c["delivery"] is None for c in written["communications"])
    assert {
        k: v for k, v in written.items() if k not in ("format", "stage_override", "issuer", "language")
    } == {
        k: {**v, **{a: None for a in set(written[k]) - set(v)}}
        if isinstance(v, dict) and k != "merchant"
        else v
        for k, v in full_document().items()
        if k != "format" and k not in ("purchases", "communications", "customer", "payment", "dates")
    } | {k: written[k] for k in ("purchases", "communications", "customer", "payment", "dates")}
    assert parse_case_file(written) == cf  # the /2 file gives the same case


def test_a_version_1_stage_at_the_first_step_follows_the_facts() -> None:
    document = full_document()
    document["stage"] = "customer_service"
    assert parse_case_file(document).case.stage_override is False
    assert parse_case_file(minimal_document()).case.stage_override is False


@pytest.mark.parametrize(
    ("stage", "override", "expected"),
    [(None, None, False), ("bank", None, True), ("bank", False, False), ("customer_service", True, True)],
)
def test_stage_override_in_version_2(stage: str | None, override: bool | None, expected: bool) -> None:
    document = {**minimal_document(), "format": "dossier-case/2"}
    if stage is not None:
        document["stage"] = stage
    if override is not None:
        document["stage_override"] = override
    assert parse_case_file(document).case.stage_override is expected


@pytest.mark.parametrize(
    ("path", "key", "value"),
    [
        ([], "issuer", {"name": "mBank"}),
        ([], "stage_override", True),
        (["customer"], "kind", "person"),
        (["customer"], "email", "a@b.example"),
        (["customer"], "tax_id", "PL7251234567"),
        (["customer"], "cardholder_name", "Anna"),
        (["payment"], "business", True),
        (["payment"], "mandate_reference", "RUM-1"),
        (["payment"], "creditor_id", "FR12ZZZ123456"),
        (["dates"], "mandate_revoked", "2026-08-22"),
        (["dates"], "merchant_complaint", "2026-09-20"),
        (["purchases", 0], "expected_amount", "10.00"),
        (["purchases", 0], "disputed_amount", "7.99"),
        (["purchases", 1], "authorization_code", "A1B2C3"),
        (["purchases", 0], "expected_delivery", "2026-08-20"),
        (["communications", 0], "level", "supervisor"),
        (["communications", 1], "answer", "refused"),
    ],
)
def test_a_version_1_document_with_a_field_of_version_2_is_refused_naming_both(
    path: list[str | int], key: str, value: Any
) -> None:
    document = full_document()
    target: Any = document
    for step in path:
        target = target[step]
    target[key] = value
    problems = problems_of(document)
    field = ".".join(str(p) for p in path)
    field = (field.replace(".0", "[0]").replace(".1", "[1]") + "." if path else "") + key
    assert [name for name, _ in problems] == [field], problems
    assert FORMAT_1 in problems[0][1] and "dossier-case/2" in problems[0][1]


def with_change_2(path: list[str | int], value: Any) -> dict[str, Any]:
    document = full_document_2()
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        (["customer", "kind"], "consumer", "customer.kind", "'consumer' is not one of person, company"),
        (["customer", "kind"], "Person", "customer.kind", "'Person'"),
        (["payment", "business"], "yes", "payment.business", "true or false"),
        (["stage_override"], "auto", "stage_override", "true or false"),
        (["purchases", 0, "expected_amount"], "10,00", "purchases[0].expected_amount", "10,00"),
        (["purchases", 0, "disputed_amount"], "18.00", "purchases[0].disputed_amount",
         "the disputed amount (18.00 EUR) is more than the amount charged (17.99 EUR)"),
        (["purchases", 0, "disputed_amount"], "-1", "purchases[0].disputed_amount", "never negative"),
        (["purchases", 0, "expected_delivery"], "2026-02-30", "purchases[0].expected_delivery", "2026-02-30"),
        (["communications", 1, "level"], "manager", "communications[1].level", "'manager'"),
        (["communications", 1, "answer"], "maybe", "communications[1].answer", "'maybe'"),
        (["issuer", "outcome"], "pending", "issuer.outcome", "'pending' is not one of won, lost, partly"),
        (["issuer", "provisional_credit"], "35,98", "issuer.provisional_credit", "35,98"),
        (["issuer", "filed_on"], "03/11/2026", "issuer.filed_on", "03/11/2026"),
        (["issuer", "provisional_credit_on"], "2026-11-02", "issuer.provisional_credit_on",
         "the provisional credit is dated 2026-11-02, before the dispute was filed (2026-11-03)"),
        (["issuer", "outcome_on"], "2026-10-30", "issuer.outcome_on",
         "the outcome is dated 2026-10-30, before the dispute was filed (2026-11-03)"),
        (["issuer", "redebit_amount"], "40.00", "issuer.redebit_amount",
         "the re-debit (40.00 EUR) is more than the provisional credit (35.98 EUR)"),
        (["issuer", "provisional_credit"], "-5", "issuer.provisional_credit", "never negative"),
        (["issuer", "mystery"], "x", "issuer.mystery", "not a field"),
        (["issuer"], "mBank", "issuer", "must be an object"),
    ],
)  # fmt: skip
def test_a_wrong_new_field_is_refused_saying_what_was_read(
    path: list[str | int], value: Any, field: str, words: str
) -> None:
    problems = problems_of(with_change_2(path, value))
    assert [name for name, _ in problems] == [field], problems
    assert words in problems[0][1], problems


def test_the_issuer_facts_must_follow_each_other() -> None:
    document = full_document_2()
    document["issuer"].update(filed_on=None, redebit_on="2026-11-04")
    problems = dict(problems_of(document))
    assert set(problems) == {"issuer.filed_on", "issuer.redebit_on"}
    assert "outcome is given but not the day the dispute was filed" in problems["issuer.filed_on"]
    assert "before the provisional credit it takes back (2026-11-05)" in problems["issuer.redebit_on"]
    document = full_document_2()
    document["issuer"].update(provisional_credit=None, provisional_credit_on=None)
    problems = dict(problems_of(document))
    assert list(problems) == ["issuer.redebit_amount"]
    assert "takes back a provisional credit, and none is given" in problems["issuer.redebit_amount"]
    document = full_document_2()
    document["issuer"].update(outcome=None)
    assert dict(problems_of(document)) == {
        "issuer.outcome": "the outcome's date is given but not the outcome: won, lost or partly"
    }


def test_agreed_more_than_charged_without_a_disputed_figure_is_refused() -> None:
    document = full_document_2()
    document["purchases"][0].update(expected_amount="20.00", disputed_amount=None)
    ((field, reason),) = problems_of(document)
    assert field == "purchases[0].expected_amount"
    assert "the agreed amount (20.00 EUR) is more than the amount charged (17.99 EUR)" in reason
