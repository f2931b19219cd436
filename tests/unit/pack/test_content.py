"""The pack's content, computed as data before anything is drawn."""

from __future__ import annotations

from datetime import date

from desktop_app.pack.content import ExhibitInfo, build_content, exhibit_letter
from desktop_app.pack.strings import PackStrings
from desktop_app.services import Services
from tests.support.cases import CARD


def test_exhibit_letters() -> None:
    assert [exhibit_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


def content_of(services: Services, case_id: int, lang: str = "en"):  # type: ignore[no-untyped-def]
    d = services.case_detail(case_id)
    exhibits = [
        ExhibitInfo(exhibit_letter(i), e.title, e.kind.value, e.original_name, e.media_type, e.size, e.sha256,
                    e.imported_at, e.source, None, e.id, e.purchase_id, e.communication_id)
        for i, e in enumerate(d.evidence)
    ]  # fmt: skip
    return build_content(d.case, d.purchases, d.communications, d.tasks, exhibits, PackStrings(lang),
                         prepared_on=date(2026, 11, 22))  # fmt: skip


def test_summary_states_who_what_when_how_much_why_and_what_is_asked(
    services: Services, sample_case: int
) -> None:
    s = content_of(services, sample_case).summary
    assert s.ref == "D-0001"
    # The sample now says the customer is a private person (issue 15), and page 1 says so; her
    # contact details follow on their own lines.
    assert s.cardholder == "Agnieszka Wójcik (private individual)"
    assert s.customer == [
        "Address: 12 rue Oberkampf, 75011 Paris, France",
        "E-mail: agnieszka.wojcik@example.org",
        "Phone: +33 6 12 34 56 78",
    ]
    assert s.merchant.startswith("StreamNova SAS (support@streamnova.example")
    assert s.disputed == [
        "15 September 2026: 17.99 EUR, StreamNova Premium, charged after cancellation (September)",
        "15 October 2026: 17.99 EUR, StreamNova Premium, charged after cancellation (October)",
    ]
    assert s.payment == "Visa card ending 4417"
    assert "cancelled" in s.reason
    assert s.requested == "A refund of 35.98 EUR."
    assert s.resolution[0] == "First contact on 28 August 2026 by web form."
    assert any("RES-20260828-5521" in line and "TCK-48213" in line for line in s.resolution)
    assert any(
        "Refund 17.99 EUR to the Visa card by 30 September 2026 (Julien)" in line for line in s.resolution
    )
    assert s.enclosed[0].startswith("A. Invoice F-2026-091502")


def test_timeline_is_in_order_and_points_to_exhibits(services: Services, sample_case: int) -> None:
    content = content_of(services, sample_case)
    keys = [row.sort_key for row in content.timeline]
    assert keys == sorted(keys)
    cancellation = next(row for row in content.timeline if row.text == "Cancellation by the cardholder")
    assert cancellation.date == "2026-08-28"
    invoice_charge = next(
        row for row in content.timeline if row.date == "2026-09-15" and "Charge" in row.text
    )
    assert invoice_charge.exhibits == ["A"]
    web_form = next(row for row in content.timeline if row.text.startswith("Web form"))
    assert web_form.exhibits == ["B"]
    assert any(row.text.startswith("Deadline: Dispute the charges") for row in content.timeline)


def test_totals_per_currency(services: Services, sample_case: int) -> None:
    content = content_of(services, sample_case)
    assert content.totals == [
        "EUR: charged 71.96 EUR, refunded or credited 0.00 EUR, held 0.00 EUR, disputed 35.98 EUR"
    ]


def test_every_text_is_masked(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.cases import import_case, with_sensitive_text

    case_id = import_case(services, tmp_path / "c", with_sensitive_text)
    content = content_of(services, case_id)
    dump = repr(content)
    assert CARD not in dump
    assert CARD.replace(" ", "") not in dump
    assert "•••• •••• •••• 1111" in dump


def test_content_in_polish(services: Services, sample_case: int) -> None:
    s = content_of(services, sample_case, "pl").summary
    assert s.payment == "karta Visa kończąca się na 4417"
    assert s.requested == "Zwrot kwoty 35,98 EUR."
    assert s.disputed[0].startswith("15 września 2026: 17,99 EUR")
