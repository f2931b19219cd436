"""Page 1 decides: the reason with its network code (or the rail's own ground), the key facts for
the reason and the rail each pointing to its exhibit, the merchant's last answer, the filing
deadline, the cardholder's declaration; only what the user filled in. Worked by hand from
DOMAIN.md's tables (Visa 13.2 / Mastercard 4853 for a cancelled subscription, 12.6.1 / 4834 for
a duplicate, 10.4 / 4837 for a payment not authorised; no code for a SEPA direct debit, a
transfer or PayPal)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_app.domain.deadlines import compute_deadlines
from desktop_app.domain.models import (
    Case,
    CaseDates,
    Communication,
    Customer,
    Issuer,
    Merchant,
    Payment,
    Purchase,
)
from desktop_app.domain.reason_codes import REASON_CODES, reason_code
from desktop_app.domain.vocab import (
    Channel,
    CustomerKind,
    Direction,
    EscalationStage,
    MerchantAnswer,
    Reason,
)
from desktop_app.pack.content import ExhibitInfo, PackContent, build_content
from desktop_app.pack.keyfacts import KeyFact
from desktop_app.pack.strings import PackStrings
from desktop_app.resources import resource_path
from desktop_app.services.rules import deadline_rules

TODAY = date(2026, 12, 1)
ALL_CODES = {code.code for code in REASON_CODES.values()} | {"4841"}
CODE_WORDS = re.compile(r"\b(1[023]\.\d(\.\d)?|48[345]\d)\b")

BASE = Case(
    id=7,
    title="StreamNova billed after cancelling",
    merchant=Merchant("StreamNova SAS"),
    reason=Reason.CANCELLED_RECURRING,
    currency="EUR",
    customer_name="Agnieszka Wójcik",
    country="FR",
    payment=Payment(method="card", network="visa", last4="4417"),
    dates=CaseDates(cancellation=date(2026, 8, 28)),
)
SEPT = Purchase(
    date=date(2026, 9, 15),
    amount=Decimal("17.99"),
    currency="EUR",
    description="Premium (September)",
    order_number="SN-0915",
    authorization_code="552031",
    disputed=True,
    id=3,
)
OCT = replace(
    SEPT, date=date(2026, 10, 15), description="Premium (October)", authorization_code="690127", id=4
)
CANCEL = Communication(
    at=datetime(2026, 8, 28, 19, 14, tzinfo=UTC),
    channel=Channel.WEB_FORM,
    direction=Direction.OUTGOING,
    summary="Cancelled from the account page",
    reference="RES-20260828-5521",
    id=10,
)
CONFIRM = Communication(
    at=datetime(2026, 8, 28, 19, 16, tzinfo=UTC),
    channel=Channel.EMAIL,
    direction=Direction.INCOMING,
    summary="Cancellation confirmed",
    id=11,
)
REFUSAL = Communication(
    at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC),
    channel=Channel.PHONE,
    direction=Direction.OUTGOING,
    representative="Marta Zielińska",
    summary="The supervisor refuses any refund: the cancellation came too late, she says.",
    level=EscalationStage.SUPERVISOR,
    answer=MerchantAnswer.REFUSED,
    id=12,
)


def exhibit(letter: str, kind: str, *, purchase: int | None = None, contact: int | None = None,
            note: str | None = None, translation: str | None = None) -> ExhibitInfo:  # fmt: skip
    return ExhibitInfo(
        letter, f"{kind} {letter}", kind, f"{letter}.pdf", "application/pdf", 100, "0" * 64,
        datetime(2026, 11, 1, tzinfo=UTC), purchase_id=purchase, communication_id=contact, note=note,
        note_translation=translation,
    )  # fmt: skip


EXHIBITS = [
    exhibit("A", "invoice", purchase=3, note="Issued after the cancellation took effect."),
    exhibit("B", "cancellation_proof", contact=10, note="Screenshot taken right after cancelling."),
    exhibit("C", "email", contact=11),
    exhibit("D", "terms"),
    exhibit("E", "letter", contact=12),
]


def content(
    case: Case = BASE,
    purchases: tuple[Purchase, ...] = (SEPT, OCT),
    contacts: tuple[Communication, ...] = (CANCEL, CONFIRM, REFUSAL),
    exhibits: list[ExhibitInfo] | None = None,
    lang: str = "en",
    *,
    deadlines: bool = True,
) -> PackContent:
    found = compute_deadlines(case, deadline_rules(), TODAY, purchases) if deadlines else []
    return build_content(
        case, list(purchases), list(contacts), [], EXHIBITS if exhibits is None else exhibits,
        PackStrings(lang), prepared_on=TODAY, deadlines=found,
    )  # fmt: skip


def facts(c: PackContent) -> dict[str, KeyFact]:
    return {f.label: f for f in c.summary.page_one.facts}


def page_one_text(c: PackContent) -> str:
    one = c.summary.page_one
    parts = [c.summary.reason, one.code, one.deadline, *one.declaration]
    parts += [f"{f.label} {f.value} {' '.join(f.exhibits)} {' '.join(f.notes)}" for f in one.facts]
    if one.last_answer:
        parts.append(one.last_answer.value)
    return "\n".join(parts)


# --------------------------------------------------------------------------- the code


def test_the_codes_agree_with_the_checklists_table() -> None:
    table = json.loads(resource_path("rules", "checklists.json").read_text(encoding="utf-8"))["reasons"]
    for reason in Reason:
        for network in ("visa", "mastercard"):
            code = REASON_CODES.get((network, reason))
            written = table[reason.value][network]
            if code is None:
                assert written == "" and reason is Reason.OTHER
            else:
                assert written.split(" ")[0] == code.code
                assert code.source and ("Visa" in code.source or "Mastercard" in code.source)


@pytest.mark.parametrize(
    ("reason", "visa", "mastercard"),
    [
        (Reason.NOT_RECEIVED, "13.1", "4853"),
        (Reason.NOT_AS_DESCRIBED, "13.3", "4853"),
        (Reason.CANCELLED_RECURRING, "13.2", "4853"),
        (Reason.CANCELLED_OR_RETURNED, "13.7", "4853"),
        (Reason.CREDIT_NOT_PROCESSED, "13.6", "4853"),
        (Reason.DUPLICATE, "12.6.1", "4834"),
        (Reason.PAID_BY_OTHER_MEANS, "12.6.2", "4834"),
        (Reason.INCORRECT_AMOUNT, "12.5", "4834"),
        (Reason.UNAUTHORIZED, "10.4", "4837"),
    ],
)
def test_each_reason_states_its_network_s_code(reason: Reason, visa: str, mastercard: str) -> None:
    case = replace(BASE, reason=reason)
    assert content(case).summary.page_one.code.startswith(f"Visa reason code {visa}")
    mc = replace(case, payment=Payment(method="card", network="mastercard", last4="5454"))
    line = content(mc).summary.page_one.code
    assert line.startswith(f"Mastercard reason code {mastercard}")
    assert ("4841" in line) == (reason is Reason.CANCELLED_RECURRING)  # the legacy code, said as such
    assert visa not in line


@pytest.mark.parametrize("network", [None, "other", "amex", "discover"])
def test_a_card_whose_network_is_unknown_gets_no_code(network: str | None) -> None:
    case = replace(BASE, payment=Payment(method="card", network=network), reason=Reason.DUPLICATE)
    assert reason_code(case) is None
    c = content(case)
    assert c.summary.page_one.code == "The card network's reason code is for the card issuer to assign."
    assert not CODE_WORDS.search(page_one_text(c))


def test_a_business_card_has_the_same_code() -> None:
    case = replace(
        BASE, payment=replace(BASE.payment, business=True), customer=Customer(kind=CustomerKind.COMPANY)
    )
    assert content(case).summary.page_one.code == "Visa reason code 13.2"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "pl"])
def test_no_card_network_code_off_the_card_rail(lang: str) -> None:
    for method, country, ground in (
        ("direct_debit", "FR", "grounds.sepa_refund"),
        ("direct_debit", "GB", "grounds.uk_direct_debit"),
        ("bank_transfer", "ES", "grounds.transfer_recall"),
        ("bank_transfer", "GB", "grounds.uk_app_scam"),
        ("paypal", "PL", "grounds.paypal_protection"),
    ):
        # A network left over in the payment (the user switched to a debit) never brings a code.
        case = replace(BASE, country=country, payment=Payment(method=method, network="visa"))
        c = content(case, lang=lang)
        s = PackStrings(lang)
        assert c.summary.page_one.code == s(ground)
        assert not CODE_WORDS.search(page_one_text(c)), (method, lang)
        assert "Visa" not in c.summary.page_one.code and "Mastercard" not in c.summary.page_one.code


def test_an_unauthorised_payment_off_the_card_rail_is_said_as_such() -> None:
    for method, key in (("paypal", "grounds.paypal_unauthorised"), ("bank_transfer", "grounds.unauthorised"),
                        ("direct_debit", "grounds.sepa_unauthorised")):  # fmt: skip
        case = replace(BASE, reason=Reason.UNAUTHORIZED, payment=Payment(method=method))
        assert content(case).summary.page_one.code == PackStrings("en")(key)


def test_a_debit_after_the_revocation_is_unauthorised_with_its_date() -> None:
    case = replace(
        BASE,
        payment=Payment(
            method="direct_debit", mandate_reference="RUM-2024-0042", creditor_id="FR12ZZZ123456"
        ),
        dates=CaseDates(mandate_revoked=date(2026, 9, 1)),
    )
    c = content(case, lang="fr")
    assert c.summary.page_one.code.startswith(
        "Prélèvement SEPA effectué après la révocation du mandat le 1er septembre 2026"
    )
    assert "rétrofacturation" not in c.summary.page_one.code
    f = facts(c)
    assert f["Référence unique du mandat (RUM)"].value == "RUM-2024-0042"
    assert f["Identifiant créancier SEPA (ICS)"].value == "FR12ZZZ123456"
    assert f["Révocation du mandat"].value == "1er septembre 2026"
    # The 13 months of an unauthorised debit, from the earlier debit (15 September 2026).
    assert c.summary.page_one.deadline.startswith(
        "au plus tard le 15 octobre 2027 (13 mois à compter du débit du 15 septembre 2026"
    )


# --------------------------------------------------------------------------- the key facts


def test_a_cancelled_subscription_states_the_cancellation_with_its_proof() -> None:
    c = content()
    f = facts(c)
    assert f["Disputed charge 1"].value == (
        "15 September 2026: 17.99 EUR, Premium (September); authorisation code 552031; reference SN-0915"
    )
    assert f["Disputed charge 1"].exhibits == ("A",)
    assert f["Disputed charge 1"].notes == ("A: Issued after the cancellation took effect.",)
    assert f["Disputed charge 2"].exhibits == ()
    cancelled = f["Cancelled on"]
    assert cancelled.value == "28 August 2026 (web form), reference RES-20260828-5521"
    assert cancelled.exhibits == ("B", "C")  # the proof, and the confirmation of that day
    assert cancelled.notes == ("B: Screenshot taken right after cancelling.",)


def test_an_exhibit_s_note_carries_its_translation() -> None:
    exhibits = [exhibit("A", "cancellation_proof", note="Capture juste après la résiliation.",
                        translation="Screenshot right after cancelling.")]  # fmt: skip
    f = facts(content(exhibits=exhibits))
    assert f["Cancelled on"].notes == (
        "A: Capture juste après la résiliation. (Screenshot right after cancelling.)",
    )


def test_a_missing_cancellation_date_is_shown_missing_not_invented() -> None:
    c = content(replace(BASE, dates=CaseDates()))
    cancelled = facts(c)["Cancelled on"]
    assert cancelled.missing and cancelled.value == "not given"
    assert "28 August" not in page_one_text(c)


def test_a_duplicate_states_both_charges_with_their_authorisation_codes() -> None:
    first = replace(SEPT, disputed=False, authorization_code="111111", id=1)
    second = replace(SEPT, date=date(2026, 9, 16), authorization_code=None, id=2)
    exhibits = [exhibit("A", "statement"), exhibit("B", "receipt", purchase=1)]
    c = content(replace(BASE, reason=Reason.DUPLICATE), (first, second), exhibits=exhibits)
    f = facts(c)
    assert f["Duplicate (disputed)"].value == (
        "16 September 2026: 17.99 EUR, Premium (September); authorisation code not given; reference SN-0915"
    )
    assert f["Duplicate (disputed)"].exhibits == ("A",)  # the statement, linked to no charge
    assert f["Original charge"].value == (
        "15 September 2026: 17.99 EUR, Premium (September); authorisation code 111111; reference SN-0915"
    )
    assert f["Original charge"].exhibits == ("B", "A")  # its receipt, and the statement
    assert "Cancelled on" not in f


def test_a_duplicate_whose_original_is_not_recorded_says_so() -> None:
    f = facts(content(replace(BASE, reason=Reason.DUPLICATE), (SEPT,)))
    assert f["Original charge"].missing


def test_last_month_s_charge_of_the_same_price_is_not_taken_for_a_duplicate_s_original() -> None:
    august = replace(SEPT, date=date(2026, 8, 15), disputed=False, authorization_code="318890", id=1)
    f = facts(content(replace(BASE, reason=Reason.DUPLICATE), (august, replace(SEPT, id=2))))
    assert f["Original charge"].missing and f["Original charge"].value == "not given"
    assert "318890" not in " ".join(fact.value for fact in f.values())


def test_an_incorrect_amount_states_charged_agreed_and_disputed_with_the_quote() -> None:
    charge = replace(SEPT, amount=Decimal("1440.00"), expected_amount=Decimal("240.00"), currency="PLN")
    exhibits = [exhibit("A", "quote", note="The quote: 2 licences."), exhibit("B", "invoice", purchase=3)]
    c = content(replace(BASE, reason=Reason.INCORRECT_AMOUNT, currency="PLN"), (charge,), exhibits=exhibits,
                lang="pl")  # fmt: skip
    fact = facts(c)["Kwestionowane obciążenie"]
    # The same three figures as the transactions page and the totals (domain.amounts).
    assert fact.value.startswith(
        "15 września 2026: pobrano 1\u00a0440,00 PLN, uzgodniona kwota 240,00 PLN, "
        "kwota kwestionowana 1\u00a0200,00 PLN"
    )
    assert fact.exhibits == ("B",)
    agreed = facts(c)["Uzgodniona kwota"]
    assert agreed.value == "240,00 PLN" and agreed.exhibits == ("A",)
    assert agreed.notes == ("A: The quote: 2 licences.",)


def test_an_incorrect_amount_without_the_agreed_one_shows_it_missing() -> None:
    c = content(replace(BASE, reason=Reason.INCORRECT_AMOUNT), (SEPT,))
    assert facts(c)["Agreed amount"].missing


def test_not_received_states_the_expected_delivery() -> None:
    late = replace(SEPT, expected_delivery=date(2026, 9, 30))
    exhibits = [exhibit("A", "order", purchase=3), exhibit("B", "screenshot", purchase=3)]
    f = facts(content(replace(BASE, reason=Reason.NOT_RECEIVED), (late,), exhibits=exhibits))
    assert f["Delivery expected"].value == "30 September 2026"
    assert f["Delivery expected"].exhibits == ("A",)  # the order, not a screenshot
    assert facts(content(replace(BASE, reason=Reason.NOT_RECEIVED), (SEPT,)))["Delivery expected"].missing


def test_a_credit_not_processed_states_the_promise_and_where_it_was_made() -> None:
    promise = replace(CONFIRM, promised_action="Refund 17.99 EUR", promised_by=date(2026, 9, 30),
                      representative="Julien")  # fmt: skip
    f = facts(content(replace(BASE, reason=Reason.CREDIT_NOT_PROCESSED), contacts=(promise,)))
    assert f["Refund promised"].value == "Refund 17.99 EUR, by 30 September 2026 (Julien)"
    assert f["Refund promised"].exhibits == ("C",)


def test_a_direct_debit_without_its_mandate_shows_what_is_missing() -> None:
    case = replace(BASE, payment=Payment(method="direct_debit"), dates=CaseDates())
    f = facts(content(case))
    for label in ("Mandate reference (UMR)", "Creditor identifier", "Mandate revoked on"):
        assert f[label].missing and f[label].value == "not given"
    assert f["Disputed debit 1"].value.startswith("15 September 2026: 17.99 EUR")
    assert "authorisation" not in f["Disputed debit 1"].value  # a debit has no card authorisation


# --------------------------------------------------------------------------- answer, deadline


def test_the_merchant_s_last_answer_with_who_and_its_exhibit() -> None:
    answer = content().summary.page_one.last_answer
    assert answer is not None
    assert answer.value == (
        "2 November 2026, Marta Zielińska (supervisor or higher level at the merchant): refused. "
        "The supervisor refuses any refund: the cancellation came too late, she says."
    )
    assert answer.exhibits == ("E",)
    # Page 1 says the answer instead of a bare stage.
    assert not any(line.startswith("Current stage") for line in content().summary.resolution)
    assert any(line.startswith("Current stage") for line in content(contacts=(CANCEL,)).summary.resolution)
    assert content(contacts=(CANCEL,)).summary.page_one.last_answer is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "last day 13 January 2027 (120 days from the charge of 15 September 2026; "
            "the earliest of 2 charges).",
        ),
        (
            "fr",
            "au plus tard le 13 janvier 2027 (120 jours à compter du débit du 15 septembre 2026 ; "
            "la première des 2 échéances).",
        ),
        (
            "es",
            "a más tardar el 13 de enero de 2027 (120 días desde el cargo del 15 de septiembre de 2026; "
            "el primero de 2 vencimientos).",
        ),
        (
            "pl",
            "najpóźniej 13 stycznia 2027 (120 dni od obciążenia z 15 września 2026; "
            "najbliższy z 2 terminów).",
        ),
    ],
)
def test_the_deadline_the_claim_is_filed_within(lang: str, expected: str) -> None:
    assert content(lang=lang).summary.page_one.deadline == expected


def test_no_deadline_is_said_when_the_rules_give_none() -> None:
    assert content(deadlines=False).summary.page_one.deadline == ""
    paypal = replace(BASE, payment=Payment(method="paypal"))
    assert content(paypal, (SEPT,)).summary.page_one.deadline == (
        "last day 14 March 2027 (180 days from the charge of 15 September 2026)."
    )


def test_a_passed_deadline_is_said_passed() -> None:
    old = replace(SEPT, date=date(2026, 1, 5))
    assert content(purchases=(old,)).summary.page_one.deadline.endswith("(this date has passed).")


# --------------------------------------------------------------------------- the declaration


def test_the_declaration_fits_the_reason() -> None:
    lines = content().summary.page_one.declaration
    assert lines[0] == "I, Agnieszka Wójcik, declare that:"
    assert "I cancelled before the disputed payments" in lines[1]
    assert "I have not been refunded or credited by the merchant or by other means" in lines[2]
    assert content().summary.page_one.signature == "1 December 2026"


def test_an_unauthorised_card_payment_lets_the_cardholder_say_where_the_card_is() -> None:
    lines = content(replace(BASE, reason=Reason.UNAUTHORIZED)).summary.page_one.declaration
    assert "I did not make or authorise this payment" in lines[1]
    # Dossier does not know whether the card was lost or stolen: both are offered, neither claimed.
    assert "is in my possession" in lines[2] and "was lost or stolen" in lines[2] and "\u2610" in lines[2]
    debit = content(replace(BASE, reason=Reason.UNAUTHORIZED, payment=Payment(method="direct_debit")))
    assert not any("card" in line or "possession" in line for line in debit.summary.page_one.declaration)


def test_a_refund_already_made_is_said_in_the_declaration() -> None:
    lines = content(replace(BASE, refunded_amount=Decimal("17.99"))).summary.page_one.declaration
    assert "Apart from the 17.99 EUR already refunded" in " ".join(lines)
    assert "I have not been refunded or credited by the merchant" not in " ".join(lines)


def test_a_company_declares_through_the_card_user_with_its_city() -> None:
    case = replace(
        BASE,
        customer_name="Nordlicht sp. z o.o.",
        customer=Customer(kind=CustomerKind.COMPANY, cardholder_name="Jan Kowalski", city="Warszawa"),
    )
    one = content(case, lang="pl").summary.page_one
    assert one.declaration[0] == "Ja, Jan Kowalski, działając w imieniu Nordlicht sp. z o.o., oświadczam, że:"
    assert one.signature == "Warszawa, 1 grudnia 2026\u00a0r."


def test_nothing_is_filled_that_the_user_did_not_fill() -> None:
    bare = Case(title="t", merchant=Merchant("M"), reason=Reason.OTHER, currency="EUR")
    charge = Purchase(date=date(2026, 9, 1), amount=Decimal("10.00"), currency="EUR")
    c = build_content(bare, [charge], [], [], [], PackStrings("en"), prepared_on=TODAY)
    one = c.summary.page_one
    assert one.code == "" and one.deadline == "" and one.last_answer is None
    assert one.declaration[0] == "I, the undersigned, declare that:"
    assert one.signature == "1 December 2026"
    assert [f.label for f in one.facts] == ["Disputed charge"]
    assert one.facts[0].value == "1 September 2026: 10.00 EUR, charge" and one.facts[0].exhibits == ()
    assert c.summary.customer == [] and c.summary.issuer == []


# --------------------------------------------------------------------------- timeline, contacts


def test_the_timeline_and_the_contact_log_point_to_their_exhibits() -> None:
    c = content()
    assert [row.exhibits for row in c.communications] == [["B"], ["C"], ["E"]]
    rows = {row.text: row.exhibits for row in c.timeline}
    assert any(text.startswith("Charge of 17.99 EUR") and ex == ["A"] for text, ex in rows.items())
    assert any(text.startswith("Phone, to the merchant") and ex == ["E"] for text, ex in rows.items())
    # A case's date points to what proves it: the cancellation to the proof of cancellation.
    assert rows["Cancellation by the cardholder"] == ["B"]


def test_every_new_string_is_in_every_language() -> None:
    def keys(data: dict[str, object], prefix: str = "") -> set[str]:
        out = set()
        for k, v in data.items():
            # A sentence's plural forms (PackStrings.plural) are one string: each language has its own.
            plural = isinstance(v, dict) and set(v) <= {"one", "few", "many", "other"}
            out |= keys(v, f"{prefix}{k}.") if isinstance(v, dict) and not plural else {f"{prefix}{k}"}
        return out

    tables = {
        lang: json.loads(resource_path("pack", "strings", f"{lang}.json").read_text(encoding="utf-8"))
        for lang in ("en", "fr", "es", "pl")
    }
    prefixes = ("kf_", "decl", "grounds", "deadline_", "reason_code", "units", "counted_from", "exhibit_ref")
    mine = {k for k in keys(tables["en"]) if k.startswith((*prefixes, "label_"))}
    for lang, table in tables.items():
        assert mine <= keys(table), lang
    assert tables["pl"]["units"]["months"] == ["{n} miesiąc", "{n} miesiące", "{n} miesięcy"]
    assert "chargeback" in json.dumps(tables["pl"]["grounds"], ensure_ascii=False)
    assert "rétrofacturation" in tables["fr"]["grounds"]["transfer_recall"]
    assert "contracargo" in tables["es"]["grounds"]["transfer_recall"]


def test_issuer_claim_number_and_contact_are_on_page_one() -> None:
    case = replace(
        BASE,
        customer=Customer(email="a.wojcik@example.org", phone="+33 6 12 34 56 78"),
        issuer=Issuer(name="Banque Populaire", claim_number="LIT-2026-889"),
    )
    s = content(case).summary
    assert s.customer == ["E-mail: a.wojcik@example.org", "Phone: +33 6 12 34 56 78"]
    assert "Claim number: LIT-2026-889" in s.issuer


def test_off_the_card_rail_the_reason_does_not_speak_of_a_card() -> None:
    debit = replace(BASE, payment=Payment(method="direct_debit"))
    assert "kartę" not in content(debit, lang="pl").summary.reason
    assert "kartę" in content(lang="pl").summary.reason
    unauthorised = replace(debit, reason=Reason.UNAUTHORIZED)
    words = {"en": "account holder", "fr": "titulaire du compte", "es": "titular de la cuenta"}
    for lang, word in {**words, "pl": "Posiadacz rachunku"}.items():
        assert word in content(unauthorised, lang=lang).summary.reason


def test_page_one_names_the_account_holder_off_the_card_rail() -> None:
    assert content().summary.page_one.card_rail
    for method in ("direct_debit", "bank_transfer", "paypal"):
        assert not content(replace(BASE, payment=Payment(method=method))).summary.page_one.card_rail
