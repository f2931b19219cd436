"""What the forms share: labels, amounts, currencies, countries, time zones and completion.

The rules the forms follow (they validate as the user types, say what is wrong in words,
and keep what was typed) are described in desktop_app/ui/forms.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.domain.dates import DateInputError, localize, zone
from desktop_app.domain.money import (
    AmountError,
    currency_decimals,
    format_money,
    lang_of_locale_name,
    parse_currency,
    parse_typed_amount,
)
from desktop_app.domain.validation import parse_country
from desktop_app.domain.vocab import (
    Vocabulary,
)
from desktop_app.ui.appearance import error_colour

# A promise "within 14 days" of a contact counts from the contact, not from today.
PROMISE_DAYS = 14


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour(label.palette())};")
    label.setVisible(False)
    return label


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form row's label whose mnemonic (the letter after "&") moves to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _combo(
    vocabulary: type[Vocabulary],
    blank: str | None = None,
) -> QComboBox:
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, None)
    for member in vocabulary:
        box.addItem(member.label, member.value)
    return box


def _ok_cancel(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's OK (with its own words) and Cancel buttons."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


def _show_problems(error: QLabel, ok_button: QPushButton, shown: list[str], ok: bool) -> None:
    error.setText("\n".join(shown))
    error.setVisible(bool(shown))
    ok_button.setEnabled(ok)


# ------------------------------------------------------------------------------------------ amounts


def _lang(locale: QLocale) -> str:
    """The language amounts are written in for ``locale`` (as the pack and the letters write them)."""
    return lang_of_locale_name(locale.name())


def _currency_or_none(text: str) -> str | None:
    try:
        return parse_currency(text)
    except AmountError:
        return None


def _amount_text(value: Decimal | None, currency: str, locale: QLocale) -> str:
    """An exact amount as the user would type it: 1234.5 EUR -> "1234,50" in a French locale.

    Never rounded: an amount with more decimals than its currency keeps them all.
    """
    if value is None:
        return ""
    decimals = currency_decimals(currency) if _currency_or_none(currency) else 2
    whole, _, fraction = format(value, "f").partition(".")
    fraction = fraction.ljust(decimals, "0")
    return f"{whole}{locale.decimalPoint()}{fraction}" if fraction else whole


def _amount_preview() -> QLabel:
    """The label beside an amount that says what was read: "= 1 440,00 PLN"."""
    label = QLabel()
    label.setObjectName("amountRead")
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("= 000 000 000,00 XXX"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _amount_row(edit: QLineEdit, preview: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(preview)
    return row


def _read_amount(
    edit: QLineEdit, currency_text: str, preview: QLabel, locale: QLocale, *, allow_negative: bool = False
) -> str:
    """Read the amount in ``edit`` and show it in ``preview``; the parser's message if it is refused.

    An empty field reads as nothing (""): whether an amount is needed is the form's to say. With
    ``allow_negative``, a minus sign is read, for the form to say why such a figure is refused.
    """
    if not edit.text().strip():
        preview.clear()
        preview.setToolTip("")
        return ""
    currency = _currency_or_none(currency_text)
    try:
        # Without a valid currency, read it with two decimals; the currency field says what is wrong.
        value = parse_typed_amount(edit.text(), currency or "XXX", allow_negative=allow_negative)
    except AmountError as exc:
        preview.setText("≠")
        preview.setToolTip(str(exc))
        return str(exc)
    shown = format_money(value, currency or "XXX", _lang(locale))
    preview.setText("= " + (shown if currency else shown.removesuffix(" XXX")))
    preview.setToolTip(QCoreApplication.translate("forms", "What Dossier read, as it will be kept"))
    return ""


def _currency_problems(edit: QLineEdit) -> list[str]:
    try:
        parse_currency(edit.text())
    except AmountError as exc:
        return [str(exc)]
    return []


def _is_country(text: str) -> bool:
    try:
        parse_country(text)
    except ValueError:
        return False
    return True


def _default_currency(locale: QLocale) -> str:
    code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 else "EUR"


# ------------------------------------------------------------------------------------------ dates


def date_label(name: str) -> str:
    """What the window calls one of a case's dates (its field's ``name``: "transaction")."""
    labels = {
        "transaction": QCoreApplication.translate("dates", "Charged on"),
        "statement": QCoreApplication.translate("dates", "Statement dated"),
        "expected_delivery": QCoreApplication.translate("dates", "Delivery expected"),
        "cancellation": QCoreApplication.translate("dates", "Cancelled on"),
        "returned": QCoreApplication.translate("dates", "Returned on"),
        "credit_promised": QCoreApplication.translate("dates", "Refund promised by"),
        "debit": QCoreApplication.translate("dates", "Account debited"),
        "final_response": QCoreApplication.translate("dates", "Final response"),
        "bank_complaint": QCoreApplication.translate("dates", "Complaint to the bank"),
        "mandate_revoked": QCoreApplication.translate("dates", "Mandate revoked or contract ended"),
        "merchant_complaint": QCoreApplication.translate("dates", "Complaint reached the merchant"),
    }
    return labels[name]


_FOUR_DIGITS = re.compile(r"^[0-9]{4}$")


def _system_zone_id() -> str:
    return bytes(QTimeZone.systemTimeZoneId().data()).decode()


class TimeZoneBox(QComboBox):
    """An IANA time zone, typed with completion or chosen; ``default_zone`` or the computer's own."""

    def __init__(self, parent: QWidget | None = None, *, default_zone: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for zone_id in QTimeZone.availableTimeZoneIds():
            self.addItem(bytes(zone_id.data()).decode())
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.set_zone(default_zone or _system_zone_id())

    def set_zone(self, zone_id: str) -> None:
        index = self.findText(zone_id)
        if index < 0:
            self.addItem(zone_id)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def zone_id(self) -> str:
        return self.currentText().strip()

    def zone(self) -> QTimeZone | None:
        """The zone typed or chosen, or None if it is not one Qt knows."""
        zone = QTimeZone(self.zone_id().encode())
        return zone if zone.isValid() else None

    def offset_at(self, local: datetime) -> tuple[timedelta | None, str]:
        """The zone's offset at the wall-clock time ``local``, or None and the reason.

        The time zone database of Python (zoneinfo) answers first, as on the command line:
        a time the clocks skipped or showed twice is refused. Zones only Qt knows (such as
        "UTC+02:00", a fixed offset) are answered by Qt.
        """
        name = self.zone_id()
        try:
            zone(name)
        except DateInputError:
            qzone = self.zone()
            if qzone is None:
                return None, self.tr("Choose a time zone from the list, such as Europe/Warsaw.")
            moment = QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second),
                qzone,
            )
            return timedelta(seconds=qzone.offsetFromUtc(moment)), ""
        try:
            aware = localize(local, name)
        except DateInputError as exc:
            return None, str(exc)
        return aware.utcoffset(), ""


def _distinct(values: Iterable[str | None]) -> list[str]:
    seen: list[str] = []
    for value in values:
        text = (value or "").strip()
        if text and text not in seen:
            seen.append(text)
    return seen


def _completer(values: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(values, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer
