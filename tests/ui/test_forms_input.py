"""What is typed in the forms is what is kept: dates, moments, amounts and card digits, per locale.

Each test types as a person does (qtbot.keyClicks, a paste with Ctrl+V) in the en_US,
en_GB, fr_FR, es_ES and pl_PL locales and in C, and checks what the form reads, what it
shows and what it refuses (with a message quoting what was typed, OK disabled).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import Communication, Purchase, Task
from desktop_app.domain.money import format_money, lang_of_locale_name
from desktop_app.domain.vocab import Channel, Direction, PurchaseKind
from desktop_app.ui.datefield import DateField
from desktop_app.ui.forms import (
    PROMISE_DAYS,
    AddPurchaseDialog,
    LogContactDialog,
    NewCaseDialog,
    TaskDialog,
)

LOCALES = ["en_US", "en_GB", "fr_FR", "es_ES", "pl_PL", "C"]
# 3 October 2026 as each locale writes it in short: with a two-digit year, then four.
SHORT = {
    "en_US": ("10/3/26", "10/3/2026"),
    "en_GB": ("03/10/26", "03/10/2026"),
    "fr_FR": ("03/10/26", "03/10/2026"),
    "es_ES": ("3/10/26", "3/10/2026"),
    "pl_PL": ("3.10.26", "3.10.2026"),
    "C": ("3 10 26", "3 10 2026"),
}
OCTOBER_3 = date(2026, 10, 3)
OCTOBER_5 = {
    "en_US": "10/5/2026",
    "en_GB": "05/10/2026",
    "fr_FR": "05/10/2026",
    "es_ES": "5/10/2026",
    "pl_PL": "5.10.2026",
    "C": "5 10 2026",
}
IMPOSSIBLE_DATES = ["2026-02-30", "2027-13-45", "1989-12-31", "2101-01-01", "2026-10-03x", "31/31/2026"]


def qlocale(name: str) -> QLocale:
    return QLocale.c() if name == "C" else QLocale(name)


@pytest.fixture(params=LOCALES)
def locale_name(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test runs with this locale as the application's default; the default is restored after."""
    before = QLocale()
    name = str(request.param)
    QLocale.setDefault(qlocale(name))
    yield name
    QLocale.setDefault(before)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def leave(qtbot: QtBot, dialog: QDialog, edit: QWidget) -> None:
    """Move on from ``edit`` as a person does; the field is left and tidied."""
    edit.setFocus()
    next_one = next(w for w in dialog.findChildren(QLineEdit) if w is not edit and w.isEnabled())
    next_one.setFocus()
    QApplication.processEvents()


def shown(dialog: QDialog) -> QDialog:
    dialog.show()
    return dialog


# --------------------------------------------------------------------------------------- dates


def date_fields(dialog: QDialog) -> list[DateField]:
    return dialog.findChildren(DateField)


@pytest.mark.parametrize("form", ["case", "purchase", "task", "promise"])
def test_every_date_field_reads_iso_and_the_locales_short_format(
    qtbot: QtBot, locale_name: str, form: str
) -> None:
    locale = qlocale(locale_name)
    if form == "case":
        dialog: QDialog = NewCaseDialog(locale=locale)
        field = dialog.dates["statement"][1]
    elif form == "purchase":
        dialog = AddPurchaseDialog("EUR", locale=locale)
        field = dialog.date_edit
    elif form == "task":
        dialog = TaskDialog(locale=locale)
        field = dialog.due_edit
    else:
        dialog = LogContactDialog(locale=locale, default_zone="Europe/Warsaw")
        qtbot.keyClicks(dialog.promise_edit, "Refund")
        field = dialog.promise_date
    qtbot.addWidget(dialog)
    for typed in ("2026-10-03", *SHORT[locale_name]):
        retype(qtbot, field.edit, typed)
        assert field.date() == OCTOBER_3, typed
        assert field.problem() == ""
        assert "2026" not in dialog.error.text()
    # Once left, the date is shown as every date of the dialog: the locale's, with four digits.
    retype(qtbot, field.edit, "2026-10-03")
    field.tidy()
    assert field.text() == SHORT[locale_name][1]
    assert field.date() == OCTOBER_3


@pytest.mark.parametrize("typed", IMPOSSIBLE_DATES)
def test_an_impossible_date_is_refused_in_the_case_form_never_wrapped(
    qtbot: QtBot, locale_name: str, typed: str
) -> None:
    dialog = shown(NewCaseDialog(locale=qlocale(locale_name)))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Abonnement")
    qtbot.keyClicks(dialog.merchant_edit, "StreamNova")
    assert dialog.ok_button.isEnabled()
    known, field = dialog.dates["transaction"]
    qtbot.keyClicks(field.edit, typed)
    assert field.date() is None
    assert known.isChecked()  # typed, so it is meant to be known: refused, not dropped
    assert dialog.error.isVisible() and f"“{typed}”" in dialog.error.text()
    assert "Charged on" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()
    field.tidy()
    assert field.text() == typed  # kept as typed, for the user to correct


def test_ticking_a_date_as_known_fills_in_nothing(qtbot: QtBot, locale_name: str) -> None:
    dialog = shown(NewCaseDialog(locale=qlocale(locale_name)))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Abonnement")
    qtbot.keyClicks(dialog.merchant_edit, "StreamNova")
    known, field = dialog.dates["cancellation"]
    known.setChecked(True)
    assert field.is_empty() and field.date() is None  # the user says when, not Dossier
    assert not dialog.ok_button.isEnabled() and "Cancelled on" in dialog.error.text()
    qtbot.keyClicks(field.edit, "2026-08-28")
    assert dialog.ok_button.isEnabled()
    assert dialog.case().dates.cancellation == date(2026, 8, 28)
    known.setChecked(False)
    assert dialog.case().dates.cancellation is None and dialog.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "why"),
    [("2026-02-30", "no day 30"), ("2026-13-01", "no month 13"), ("1989-06-01", "1990–2100")],
)
def test_an_impossible_date_is_refused_in_the_charge_task_and_promise_forms(
    qtbot: QtBot, locale_name: str, typed: str, why: str
) -> None:
    locale = qlocale(locale_name)
    purchase = AddPurchaseDialog("EUR", locale=locale)
    task = TaskDialog(locale=locale)
    contact = LogContactDialog(locale=locale, default_zone="Europe/Paris")
    for dialog in (purchase, task, contact):
        qtbot.addWidget(dialog)
    qtbot.keyClicks(purchase.amount_edit, "12,50")
    qtbot.keyClicks(task.title_edit, "Call the bank")
    qtbot.keyClicks(contact.promise_edit, "Refund")
    for dialog, field in (
        (purchase, purchase.date_edit),
        (task, task.due_edit),
        (contact, contact.promise_date),
    ):
        assert dialog.ok_button.isEnabled(), dialog.error.text()
        retype(qtbot, field.edit, typed)
        assert not dialog.ok_button.isEnabled()
        assert f"“{typed}”" in dialog.error.text() and why in dialog.error.text()
        assert field.date() is None


def test_what_the_user_did_not_fill_stays_empty(qtbot: QtBot, locale_name: str) -> None:
    dialog = NewCaseDialog(locale=qlocale(locale_name))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "t")
    qtbot.keyClicks(dialog.merchant_edit, "m")
    qtbot.keyClicks(dialog.dates["cancellation"][1].edit, SHORT[locale_name][1])
    case = dialog.case()
    assert case.dates.cancellation == OCTOBER_3
    assert all(getattr(case.dates, name) is None for name in dialog.dates if name != "cancellation")
    # Emptying a date makes it unknown again, and unticks its box.
    dialog.dates["cancellation"][1].edit.clear()
    assert not dialog.dates["cancellation"][0].isChecked()
    assert dialog.case().dates.cancellation is None


def test_a_case_edited_keeps_its_dates_in_the_dialogs_format(qtbot: QtBot, locale_name: str) -> None:
    from desktop_app.domain.models import Case, CaseDates, Merchant
    from desktop_app.domain.vocab import Reason

    case = Case(
        title="t",
        merchant=Merchant("m"),
        reason=Reason.DUPLICATE,
        currency="EUR",
        dates=CaseDates(transaction=OCTOBER_3, cancellation=date(2026, 1, 31)),
    )
    dialog = NewCaseDialog(locale=qlocale(locale_name), case=case)
    qtbot.addWidget(dialog)
    assert dialog.dates["transaction"][1].text() == SHORT[locale_name][1]
    assert dialog.dates["transaction"][0].isChecked() and not dialog.dates["debit"][0].isChecked()
    assert dialog.dates["debit"][1].text() == ""
    assert dialog.case().dates == case.dates


def test_a_new_charge_is_dated_the_cases_transaction_date(qtbot: QtBot, locale_name: str) -> None:
    locale = qlocale(locale_name)
    dialog = AddPurchaseDialog("EUR", locale=locale, default_date=OCTOBER_3)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == OCTOBER_3 and dialog.date_edit.text() == SHORT[locale_name][1]
    without = AddPurchaseDialog("EUR", locale=locale)
    qtbot.addWidget(without)
    assert without.date_edit.date() == date.today()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_the_calendar_picks_a_date_into_the_field(qtbot: QtBot, locale_name: str) -> None:
    from PySide6.QtCore import QDate

    dialog = TaskDialog(locale=qlocale(locale_name))
    qtbot.addWidget(dialog)
    field = dialog.due_edit
    field.open_calendar()
    assert field.calendar is not None
    assert field.calendar.minimumDate() == QDate(1990, 1, 1)
    assert field.calendar.maximumDate() == QDate(2100, 12, 31)
    field.calendar.clicked.emit(QDate(2026, 10, 3))
    assert field.date() == OCTOBER_3 and field.text() == SHORT[locale_name][1]


# --------------------------------------------------------------------------------------- moments


@pytest.mark.parametrize(
    "typed", ["2026-10-05 14:30", "2026-10-05T14:30", "2026-10-05 14:30:00", "{short} 14:30"]
)
def test_the_contacts_moment_is_read_in_the_zone_chosen(qtbot: QtBot, locale_name: str, typed: str) -> None:
    locale = qlocale(locale_name)
    dialog = LogContactDialog(locale=locale, default_zone="Europe/Warsaw")
    qtbot.addWidget(dialog)
    assert dialog.zone_box.zone_id() == "Europe/Warsaw"
    five = OCTOBER_5[locale_name]
    retype(qtbot, dialog.when_edit.edit, typed.replace("{short}", five))
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    moment = dialog.communication().at
    assert moment == datetime(2026, 10, 5, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    assert dialog.offset_label.text() == "UTC+02:00"
    # Shown as the dialog shows dates, with the time as HH:mm.
    dialog.when_edit.tidy()
    assert dialog.when_edit.text() == f"{five} 14:30"


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2027-13-45 25:99", "no month 13"),
        ("2026-02-30 10:00", "no day 30"),
        ("2026-10-05 25:00", "no hour 25"),
        ("2026-10-05 14:99", "no minute 99"),
        ("1989-10-05 14:30", "1990–2100"),
        ("2026-10-05", "date and a time"),
        ("2026-03-29 02:30", "did not happen"),
    ],
)
def test_an_impossible_moment_is_refused(qtbot: QtBot, locale_name: str, typed: str, why: str) -> None:
    dialog = LogContactDialog(locale=qlocale(locale_name), default_zone="Europe/Warsaw")
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.when_edit.edit, typed)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.isVisible() or not dialog.isVisible()
    assert f"“{typed}”" in dialog.error.text() and why in dialog.error.text()
    assert dialog.moment() is None
    if dialog.when_edit.problem():  # what cannot be read stays as typed
        dialog.when_edit.tidy()
        assert dialog.when_edit.text() == typed


def test_an_offset_typed_with_the_time_is_kept(qtbot: QtBot) -> None:
    dialog = LogContactDialog(locale=QLocale("en_GB"), default_zone="Europe/Warsaw")
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.when_edit.edit, "2026-10-25 02:30")  # shown twice in Warsaw that night
    assert not dialog.ok_button.isEnabled() and "+01:00" in dialog.error.text()
    retype(qtbot, dialog.when_edit.edit, "2026-10-25 02:30+01:00")
    assert dialog.ok_button.isEnabled()
    assert dialog.communication().at.utcoffset() == timedelta(hours=1)
    assert not dialog.zone_box.isEnabled()  # the offset typed says it all


def test_the_promise_counts_from_the_contact_not_from_today(qtbot: QtBot, locale_name: str) -> None:
    dialog = LogContactDialog(locale=qlocale(locale_name), default_zone="Europe/Madrid")
    qtbot.addWidget(dialog)
    today = dialog.when_edit.date()
    assert today is not None and dialog.promise_date.date() == today + timedelta(days=PROMISE_DAYS)
    retype(qtbot, dialog.when_edit.edit, "2026-09-20 11:00")  # a chat logged afterwards
    assert dialog.promise_date.date() == date(2026, 10, 4)
    qtbot.keyClicks(dialog.promise_edit, "Refund of 35.98 EUR")
    contact = dialog.communication()
    assert contact.promised_by == date(2026, 10, 4) and contact.promised_action == "Refund of 35.98 EUR"
    # Once the user sets the promise's date, it stays as they set it.
    retype(qtbot, dialog.promise_date.edit, "2026-10-10")
    retype(qtbot, dialog.when_edit.edit, "2026-09-25 11:00")
    assert dialog.promise_date.date() == date(2026, 10, 10)


def test_editing_a_contact_keeps_its_promise_date_and_seconds(qtbot: QtBot) -> None:
    contact = Communication(
        at=datetime(2026, 8, 28, 21, 14, 37, tzinfo=timezone(timedelta(hours=2))),
        channel=Channel.EMAIL,
        direction=Direction.INCOMING,
        promised_action="Refund",
        promised_by=date(2026, 9, 30),
    )
    dialog = LogContactDialog(contact=contact, locale=QLocale("fr_FR"))
    qtbot.addWidget(dialog)
    assert dialog.when_edit.text() == "28/08/2026 21:14:37"
    assert dialog.promise_date.text() == "30/09/2026"
    edited = dialog.communication()
    assert edited.at == contact.at and edited.promised_by == contact.promised_by


# --------------------------------------------------------------------------------------- amounts

SAME_AMOUNT = [
    "1 440,00",
    "1\u00a0440,00",
    "1\u202f440,00",
    "1.440,00",
    "1,440.00",
    "1'440.00",
    "1440",
    "1.440",
]


@pytest.mark.parametrize("typed", SAME_AMOUNT)
def test_an_amount_is_read_the_same_in_every_locale(qtbot: QtBot, locale_name: str, typed: str) -> None:
    locale = qlocale(locale_name)
    dialog = AddPurchaseDialog("PLN", locale=locale)
    qtbot.addWidget(dialog)
    if typed.isascii():
        qtbot.keyClicks(dialog.amount_edit, typed)
    else:
        dialog.amount_edit.insert(typed)  # a no-break space comes from a paste or an input method
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    assert dialog.purchase().amount == Decimal("1440.00")
    lang = lang_of_locale_name(locale.name())
    assert dialog.amount_preview.text() == "= " + format_money(Decimal("1440"), "PLN", lang)


def test_what_was_read_is_shown_as_the_user_reads_it(qtbot: QtBot) -> None:
    expected = {
        "pl_PL": "= 1 440,00 PLN",
        "fr_FR": "= 1 440,00 PLN",
        "es_ES": "= 1.440,00 PLN",
        "en_GB": "= 1,440.00 PLN",
        "C": "= 1,440.00 PLN",
    }
    for name, text in expected.items():
        dialog = NewCaseDialog(locale=qlocale(name))
        qtbot.addWidget(dialog)
        retype(qtbot, dialog.currency_edit, "PLN")
        qtbot.keyClicks(dialog.amount_edit, "1 440,00")
        assert re.sub(r"[\u00a0\u202f]", " ", dialog.amount_preview.text()) == text, name
        retype(qtbot, dialog.currency_edit, "JPY")
        assert dialog.amount_preview.text() == "≠"  # a yen has no decimals
        assert "“1 440,00”" in dialog.error.text()


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [("-5", "“-5”"), ("12,3,4", "“12,3,4”"), ("12.345,678", "“12.345,678”"), ("12 EUR", "“12 EUR”")],
)
def test_a_refused_amount_shows_the_parsers_message(
    qtbot: QtBot, locale_name: str, typed: str, quoted: str
) -> None:
    for dialog in (
        AddPurchaseDialog("EUR", locale=qlocale(locale_name)),
        NewCaseDialog(locale=qlocale(locale_name)),
    ):
        qtbot.addWidget(dialog)
        if isinstance(dialog, NewCaseDialog):
            retype(qtbot, dialog.currency_edit, "EUR")
            qtbot.keyClicks(dialog.title_edit, "t")
            qtbot.keyClicks(dialog.merchant_edit, "m")
        qtbot.keyClicks(dialog.amount_edit, typed)
        assert not dialog.ok_button.isEnabled()
        assert quoted in dialog.error.text()
        assert dialog.amount_preview.text() == "≠" and quoted in dialog.amount_preview.toolTip()


def test_a_negative_charge_is_refused_for_every_kind(qtbot: QtBot) -> None:
    dialog = AddPurchaseDialog("EUR", locale=QLocale("fr_FR"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount_edit, "-17,99")
    for kind in PurchaseKind:
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind.value))
        assert not dialog.ok_button.isEnabled() and "negative" in dialog.error.text()


def test_nothing_typed_is_cut_short(qtbot: QtBot) -> None:
    case = NewCaseDialog(locale=QLocale("en_GB"))
    purchase = AddPurchaseDialog("EUR", locale=QLocale("en_GB"))
    for dialog in (case, purchase):
        qtbot.addWidget(dialog)
        for edit in dialog.findChildren(QLineEdit):
            assert edit.maxLength() == 32767, edit  # Qt's default: no limit of ours
    retype(qtbot, purchase.currency_edit, "EURO")
    assert purchase.currency_edit.text() == "EURO" and "EURO" in purchase.error.text()
    qtbot.keyClicks(case.country_edit, "FRA")
    assert case.country_edit.text() == "FRA" and "“FRA”" in case.error.text()


def test_an_edited_amount_shows_every_decimal_it_has(qtbot: QtBot) -> None:
    charge = Purchase(date=OCTOBER_3, amount=Decimal("1440.5"), currency="KWD", kind=PurchaseKind.CHARGE)
    dialog = AddPurchaseDialog("KWD", locale=QLocale("pl_PL"), purchase=charge)
    qtbot.addWidget(dialog)
    assert dialog.amount_edit.text() == "1440,500"
    assert dialog.purchase().amount == Decimal("1440.500")
    yen = Purchase(date=OCTOBER_3, amount=Decimal("1440"), currency="JPY", kind=PurchaseKind.CHARGE)
    dialog = AddPurchaseDialog("JPY", locale=QLocale("en_US"), purchase=yen)
    qtbot.addWidget(dialog)
    assert dialog.amount_edit.text() == "1440" and dialog.purchase().amount == Decimal("1440")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    st.decimals(
        min_value=0, max_value=Decimal("9999999.99"), places=2, allow_nan=False, allow_infinity=False
    ),
    st.sampled_from(LOCALES),
)
def test_an_amount_shown_in_the_form_reads_back_the_same(qtbot: QtBot, amount: Decimal, name: str) -> None:
    charge = Purchase(date=OCTOBER_3, amount=amount, currency="EUR", kind=PurchaseKind.CHARGE)
    dialog = AddPurchaseDialog("EUR", locale=qlocale(name), purchase=charge)
    assert dialog.purchase().amount == amount
    dialog.deleteLater()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(LOCALES))
def test_a_date_shown_reads_back_the_same(qtbot: QtBot, day: date, name: str) -> None:
    field = DateField(locale=qlocale(name))
    field.set_date(day)
    assert field.date() == day
    typed = field.text()
    field.edit.clear()
    field.edit.insert(typed)
    assert field.date() == day
    field.edit.clear()
    field.edit.insert(day.isoformat())
    assert field.date() == day
    field.deleteLater()


# --------------------------------------------------------------------------------------- card digits

FULL_CARD = "5555 5555 5555 4444"


def _case_form(qtbot: QtBot, locale_name: str) -> NewCaseDialog:
    dialog = shown(NewCaseDialog(locale=qlocale(locale_name)))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "t")
    qtbot.keyClicks(dialog.merchant_edit, "m")
    return dialog


@pytest.mark.parametrize("pasted", [FULL_CARD, "5555-5555-5555-4444", "5555555555554444"])
def test_a_whole_card_number_pasted_keeps_only_its_last_four(
    qtbot: QtBot, locale_name: str, pasted: str
) -> None:
    dialog = _case_form(qtbot, locale_name)
    QApplication.clipboard().setText(pasted)
    dialog.last4_edit.setFocus()
    qtbot.keyClick(dialog.last4_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.last4_edit.text() == "4444"  # at once: the whole number is not left in the field
    assert dialog.last4_note.text() == "Only the last 4 digits are kept."
    assert not dialog.last4_edit.isUndoAvailable()
    assert dialog.ok_button.isEnabled()
    assert dialog.case().payment.last4 == "4444"
    QApplication.clipboard().clear()


def test_a_whole_card_number_typed_keeps_only_its_last_four(qtbot: QtBot, locale_name: str) -> None:
    dialog = _case_form(qtbot, locale_name)
    qtbot.keyClicks(dialog.last4_edit, FULL_CARD)
    assert dialog.ok_button.isEnabled()
    assert dialog.case().payment.last4 == "4444"  # never the first four
    dialog.last4_edit.editingFinished.emit()  # the field is left
    assert dialog.last4_edit.text() == "4444"


@pytest.mark.parametrize("typed", ["5555 5555 5555 4445", "12345", "41x1", "555", "1234 5678"])
def test_anything_else_than_four_digits_is_refused(qtbot: QtBot, locale_name: str, typed: str) -> None:
    dialog = _case_form(qtbot, locale_name)
    qtbot.keyClicks(dialog.last4_edit, typed)
    dialog.keep_last4_only()
    assert dialog.last4_edit.text() == typed
    assert not dialog.ok_button.isEnabled()
    assert f"“{typed}”" in dialog.error.text() and "last 4 digits" in dialog.error.text()


def test_four_digits_stay_as_typed(qtbot: QtBot) -> None:
    dialog = _case_form(qtbot, "pl_PL")
    qtbot.keyClicks(dialog.last4_edit, "0417")
    dialog.keep_last4_only()
    assert dialog.last4_edit.text() == "0417" and dialog.last4_note.text() == ""
    assert dialog.case().payment.last4 == "0417"


# --------------------------------------------------------------------------------------- contacts

EARLIER = [
    Communication(
        at=datetime(2026, 10, 1, 10, 0, tzinfo=timezone(timedelta(hours=2))),
        channel=Channel.PHONE,
        direction=Direction.OUTGOING,
        counterpart="StreamNova SAS",
        representative="Óscar Núñez (supervisor)",
        reference=None,
    ),
    Communication(
        at=datetime(2026, 9, 20, 10, 0, tzinfo=timezone(timedelta(hours=2))),
        channel=Channel.CHAT,
        direction=Direction.OUTGOING,
        counterpart="StreamNova support",
        representative="Marta",
        reference="RC-3391",
    ),
]


def completions(edit: QLineEdit) -> list[str]:
    completer = edit.completer()
    if completer is None:
        return []
    model = completer.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_contact_starts_empty_and_offers_the_earlier_names(qtbot: QtBot, locale_name: str) -> None:
    dialog = LogContactDialog(previous=EARLIER, default_zone="Europe/Madrid", locale=qlocale(locale_name))
    qtbot.addWidget(dialog)
    for edit in (dialog.counterpart_edit, dialog.representative_edit, dialog.reference_edit):
        assert edit.text() == ""
    assert completions(dialog.counterpart_edit) == ["StreamNova SAS", "StreamNova support"]
    assert completions(dialog.representative_edit) == ["Óscar Núñez (supervisor)", "Marta"]
    assert completions(dialog.reference_edit) == ["RC-3391"]
    contact = dialog.communication()
    assert (contact.counterpart, contact.representative, contact.reference) == (None, None, None)


def test_same_as_the_last_contact_fills_the_three_fields_from_the_newest(qtbot: QtBot) -> None:
    dialog = shown(LogContactDialog(previous=EARLIER, default_zone="Europe/Madrid"))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.same_button.isEnabled() and "Óscar Núñez" in dialog.same_button.toolTip()
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    assert dialog.counterpart_edit.text() == "StreamNova SAS"
    assert dialog.representative_edit.text() == "Óscar Núñez (supervisor)"
    assert dialog.reference_edit.text() == ""  # the newest had none: not taken from another contact
    assert dialog.communication().reference is None


def test_same_as_the_last_contact_has_a_mnemonic(qtbot: QtBot) -> None:
    dialog = shown(LogContactDialog(previous=EARLIER))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    # A button's mnemonic clicks it as a mouse would, pressed for a moment.
    qtbot.waitUntil(lambda: dialog.representative_edit.text() == "Óscar Núñez (supervisor)", timeout=2000)


def test_without_earlier_contacts_there_is_nothing_to_offer(qtbot: QtBot) -> None:
    dialog = LogContactDialog()
    qtbot.addWidget(dialog)
    assert not dialog.same_button.isEnabled()
    assert dialog.counterpart_edit.completer() is None


def test_the_old_keywords_are_offered_never_filled(qtbot: QtBot) -> None:
    dialog = LogContactDialog(counterpart="StreamNova SAS", representative="Marta", reference="TCK-48213")
    qtbot.addWidget(dialog)
    assert (
        dialog.counterpart_edit.text(),
        dialog.representative_edit.text(),
        dialog.reference_edit.text(),
    ) == (
        "",
        "",
        "",
    )
    assert completions(dialog.reference_edit) == ["TCK-48213"]


def test_the_time_zone_starts_as_the_caller_says(qtbot: QtBot) -> None:
    from desktop_app.ui.forms import _system_zone_id

    dialog = LogContactDialog(default_zone="Europe/Warsaw")
    qtbot.addWidget(dialog)
    assert dialog.zone_box.zone_id() == "Europe/Warsaw"
    computer = LogContactDialog()
    qtbot.addWidget(computer)
    assert computer.zone_box.zone_id() == _system_zone_id()


# --------------------------------------------------------------------------------------- mnemonics


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def all_dialogs() -> list[QDialog]:
    task = Task(title="Call", due=OCTOBER_3)
    contact = Communication(
        at=datetime(2026, 10, 5, 14, 30, tzinfo=UTC),
        channel=Channel.EMAIL,
        direction=Direction.INCOMING,
        subject="Re: refund",
    )
    return [
        NewCaseDialog(),
        AddPurchaseDialog("EUR"),
        LogContactDialog(previous=EARLIER),
        LogContactDialog(contact=contact),
        TaskDialog(),
        TaskDialog(task=task),
    ]


def test_every_label_with_a_mnemonic_has_a_buddy_and_no_letter_is_used_twice(qtbot: QtBot) -> None:
    for dialog in all_dialogs():
        qtbot.addWidget(dialog)
        letters: list[str | None] = []
        for label in dialog.findChildren(QLabel):
            if "&" in label.text().replace("&&", ""):
                assert label.buddy() is not None, (
                    f"{dialog.windowTitle()}: {label.text()!r} shows a literal “&”"
                )
                letters.append(mnemonic(label.text()))
        letters += [mnemonic(button.text()) for button in dialog.findChildren(QAbstractButton)]
        twice = [letter for letter, n in Counter(x for x in letters if x).items() if n > 1]
        assert twice == [], f"{dialog.windowTitle()}: the mnemonic letters {twice} are used twice"


@pytest.mark.parametrize(
    ("make", "key", "target"),
    [
        (lambda: LogContactDialog(), Qt.Key.Key_W, "when_edit"),
        (lambda: LogContactDialog(), Qt.Key.Key_Z, "zone_box"),
        (lambda: LogContactDialog(), Qt.Key.Key_Y, "promise_date"),
        (lambda: AddPurchaseDialog("EUR"), Qt.Key.Key_A, "amount_edit"),
        (lambda: AddPurchaseDialog("EUR"), Qt.Key.Key_D, "date_edit"),
        (lambda: NewCaseDialog(), Qt.Key.Key_A, "amount_edit"),
        (lambda: NewCaseDialog(), Qt.Key.Key_L, "last4_edit"),
        (lambda: NewCaseDialog(), Qt.Key.Key_F, "refunded_edit"),
    ],
)
def test_a_mnemonic_moves_to_its_field(qtbot: QtBot, make: object, key: Qt.Key, target: str) -> None:
    assert callable(make)
    dialog = make()
    assert isinstance(dialog, QDialog)
    qtbot.addWidget(dialog)
    if isinstance(dialog, LogContactDialog):
        dialog.promise_edit.setText("x")  # the promise's date is asked for once there is a promise
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
    widget = getattr(dialog, target)
    focus = QApplication.focusWidget()
    assert (
        focus is widget or focus is widget.focusProxy() or (focus is not None and widget.isAncestorOf(focus))
    ), f"Alt+{key.name} went to {focus!r}"
