"""The window writes amounts as the pack and the letters do: grouped, with the currency, for its language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.letters import Formats
from desktop_app.domain.models import Purchase
from desktop_app.domain.money import format_money, letter_money
from desktop_app.pack.strings import LANGUAGES, PackStrings
from desktop_app.services import Services
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.models import RecordTableModel, case_list_model, purchases_model, window_lang


@pytest.fixture
def default_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _column(model: RecordTableModel[Any], title: str) -> int:
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    return headers.index(title)


@pytest.mark.parametrize(
    ("locale", "lang"),
    [
        ("pl_PL", "pl"),
        ("fr_FR", "fr"),
        ("es_ES", "es"),
        ("en_GB", "en"),
        ("en_US", "en"),
        ("C", "en"),
        ("de_DE", "en"),
    ],
)
def test_the_window_language_follows_the_locale(default_locale: None, locale: str, lang: str) -> None:
    QLocale.setDefault(QLocale(locale))
    assert window_lang() == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_charges_table_writes_amounts_as_the_pack(qtbot: QtBot, lang: str) -> None:
    rows = [
        Purchase(date=date(2026, 9, 15), amount=Decimal("120000.00"), currency="PLN", id=1),
        Purchase(date=date(2026, 9, 16), amount=Decimal("1440.5"), currency="EUR", id=2),
        Purchase(date=date(2026, 9, 17), amount=Decimal("12345.00"), currency="JPY", id=3),
        Purchase(date=date(2026, 9, 18), amount=Decimal("1.44"), currency="KWD", id=4),
    ]
    model = purchases_model(lang=lang)
    model.set_rows(rows)
    column = _column(model, "Amount")
    shown = [model.index(row, column).data() for row in range(len(rows))]
    assert shown == [PackStrings(lang).money(p.amount, p.currency) for p in rows]
    if lang == "pl":
        assert shown == ["120\u00a0000,00 PLN", "1\u00a0440,50 EUR", "12\u00a0345 JPY", "1,440 KWD"]
    if lang == "en":
        assert shown == ["120,000.00 PLN", "1,440.50 EUR", "12,345 JPY", "1.440 KWD"]


def test_the_case_list_writes_amounts_for_the_window_language(
    default_locale: None, services: Services, sample_case: int
) -> None:
    summary = dataclasses.replace(services.list_cases()[0], disputed_amount=Decimal("1440"), currency="PLN")
    QLocale.setDefault(QLocale("pl_PL"))
    model = case_list_model()
    model.set_rows([summary])
    assert model.index(0, _column(model, "Disputed")).data() == "1\u00a0440,00 PLN"
    english = case_list_model(lang="en")
    english.set_rows([summary])
    assert english.index(0, _column(english, "Disputed")).data() == "1,440.00 PLN"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_case_page_writes_amounts_as_the_pack(
    qtbot: QtBot, services: Services, sample_case: int, lang: str
) -> None:
    detail = services.case_detail(sample_case)
    case = dataclasses.replace(
        detail.case, disputed_amount=Decimal("120000"), refunded_amount=Decimal("1234.5"), currency="PLN"
    )
    view = CaseView(lang=lang)
    qtbot.addWidget(view)
    view.show_case(dataclasses.replace(detail, case=case))
    strings = PackStrings(lang)
    # Issue 15: the disputed amount is the sum of the disputed charges (domain.amounts), here the
    # sample's two charges of 17.99 EUR, whatever the case's own figure says (the note says so).
    assert view.facts["amount"].text() == strings.money(Decimal("35.98"), "EUR")
    assert view.overview.values["disputed"].text() == format_money(Decimal("35.98"), "EUR", lang)
    assert "(120000 PLN) differs" in view.overview.figures.text()  # the note of domain.amounts
    # A case without charges states its own figure.
    view.show_case(dataclasses.replace(detail, case=case, purchases=[]))
    assert view.facts["amount"].text() == strings.money(Decimal("120000"), "PLN")
    assert view.overview.values["disputed"].text() == format_money(Decimal("120000"), "PLN", lang)
    view.show_case(dataclasses.replace(detail, case=case))
    assert view.overview.values["refunded"].text() == strings.money(Decimal("1234.5"), "PLN")
    column = _column(view.purchases, "Amount")
    for row, purchase in enumerate(detail.purchases):
        assert view.purchases.index(row, column).data() == strings.money(purchase.amount, purchase.currency)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_letters_write_amounts_as_the_window(services: Services, sample_case: int, lang: str) -> None:
    detail = services.case_detail(sample_case)
    letter = services.letter(sample_case, "issuer-dispute", lang, today=date(2026, 10, 20))
    disputed = [p for p in detail.purchases if p.disputed] or detail.purchases
    for purchase in disputed:  # a letter's prose writes the symbol (issue 16), the window the code
        assert letter_money(purchase.amount, purchase.currency, lang) in letter.text
    formats = Formats.for_language(lang, PackStrings(lang).long_date)
    assert formats.money(Decimal("120000"), "PLN") == letter_money(Decimal("120000"), "PLN", lang)
    # The digits and their grouping are the window's: only the currency is written otherwise.
    window = format_money(Decimal("120000"), "PLN", lang)
    assert formats.money(Decimal("120000"), "PLN").replace("\u00a0zł", "") == window.removesuffix(" PLN")
