"""Forms that create and record things: a new case, a charge, a contact with the merchant, a task.

They validate as the user types and say what is wrong in words, quoting what was
read; the OK button stays disabled until the form can be saved. What the user typed
is what is kept: amounts go through one parser (domain.money.parse_typed_amount) and
show, next to the field, what was read; dates are typed or picked in a DateField,
never wrapped or clamped; a whole card number pasted into the last-4 field keeps
only its last four digits; nothing is filled in from earlier records unless the
user asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import DateInputError, localize, zone
from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    CaseDates,
    Communication,
    Merchant,
    Payment,
    Purchase,
    Task,
)
from desktop_app.domain.money import (
    AmountError,
    currency_decimals,
    format_money,
    lang_of_locale_name,
    parse_currency,
    parse_typed_amount,
)
from desktop_app.domain.redact import card_last4
from desktop_app.domain.text import utc_offset_label
from desktop_app.domain.validation import parse_country
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    CaseStatus,
    Channel,
    Direction,
    EscalationStage,
    PaymentMethod,
    PurchaseKind,
    Reason,
    TaskKind,
    Vocabulary,
)
from desktop_app.ui.appearance import error_colour
from desktop_app.ui.datefield import DateField

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


def _read_amount(edit: QLineEdit, currency_text: str, preview: QLabel, locale: QLocale) -> str:
    """Read the amount in ``edit`` and show it in ``preview``; the parser's message if it is refused.

    An empty field reads as nothing (""): whether an amount is needed is the form's to say.
    """
    if not edit.text().strip():
        preview.clear()
        preview.setToolTip("")
        return ""
    currency = _currency_or_none(currency_text)
    try:
        # Without a valid currency, read it with two decimals; the currency field says what is wrong.
        value = parse_typed_amount(edit.text(), currency or "XXX")
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

# The names of a case's dates; shown through date_label(), so that each is translated once.
DATE_LABELS = {
    "transaction": QT_TRANSLATE_NOOP("dates", "Charged on"),
    "statement": QT_TRANSLATE_NOOP("dates", "Statement dated"),
    "expected_delivery": QT_TRANSLATE_NOOP("dates", "Delivery expected"),
    "cancellation": QT_TRANSLATE_NOOP("dates", "Cancelled on"),
    "returned": QT_TRANSLATE_NOOP("dates", "Returned on"),
    "credit_promised": QT_TRANSLATE_NOOP("dates", "Refund promised by"),
    "debit": QT_TRANSLATE_NOOP("dates", "Account debited"),
    "final_response": QT_TRANSLATE_NOOP("dates", "Final response"),
    "bank_complaint": QT_TRANSLATE_NOOP("dates", "Complaint to the bank"),
}


def date_label(name: str) -> str:
    return QCoreApplication.translate("dates", str(DATE_LABELS[name]))


_FOUR_DIGITS = re.compile(r"^[0-9]{4}$")


class NewCaseDialog(QDialog):
    """The facts of a case: a new one, or (given ``case``) an existing one to edit.

    A date the user does not fill in stays empty: not known. Ticking a date's box
    puts today in its field, for the user to change; emptying the field unticks it.
    """

    def __init__(
        self, parent: QWidget | None = None, *, locale: QLocale | None = None, case: Case | None = None
    ) -> None:
        super().__init__(parent)
        self.original = case
        self.setWindowTitle(self.tr("Case details") if case else self.tr("New case"))
        self.locale_ = locale or QLocale()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Gym membership charged after cancelling"))
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("the cardholder, as on the card"))
        self.merchant_edit = QLineEdit()
        self.merchant_email_edit = QLineEdit()
        self.merchant_phone_edit = QLineEdit()
        self.merchant_website_edit = QLineEdit()
        self.merchant_address_edit = QLineEdit()
        self.reason_box = _combo(Reason)
        self.status_box = _combo(CaseStatus)
        self.stage_box = _combo(EscalationStage)
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText("FR, ES, PL, GB, US…")
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(_amount_text(Decimal("19.99"), "EUR", self.locale_))
        self.amount_preview = _amount_preview()
        self.refunded_edit = QLineEdit()
        self.refunded_preview = _amount_preview()
        self.currency_edit = QLineEdit(_default_currency(self.locale_))
        self.method_box = _combo(PaymentMethod, self.tr("(not known)"))
        self.network_box = _combo(CardNetwork, self.tr("(not a card, or not known)"))
        self.card_kind_box = _combo(CardKind, self.tr("(not known)"))
        self.card_kind_box.setToolTip(self.tr("In the US, credit and debit cards have different deadlines"))
        self.last4_edit = QLineEdit()
        self.last4_edit.setPlaceholderText(self.tr("last 4 digits only"))
        self.last4_note = QLabel()
        self.last4_note.setObjectName("last4Note")
        self._last4_before = ""
        self.dates: dict[str, tuple[QCheckBox, DateField]] = {}
        for name in CASE_DATE_FIELDS:
            known = QCheckBox(date_label(name))
            field = DateField(locale=self.locale_)
            field.setAccessibleName(date_label(name))
            known.toggled.connect(lambda checked, f=field: self._known_toggled(f, checked))
            field.changed.connect(lambda k=known, f=field: self._date_changed(k, f))
            self.dates[name] = (known, field)
        self.transaction_known, self.transaction_date = self.dates["transaction"]
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("What happened, in your own words"))
        self.summary_edit.setMaximumHeight(90)
        self.error = _error_label()

        left = QFormLayout()
        left.addRow(self.tr("&Title:"), self.title_edit)
        left.addRow(self.tr("Cust&omer:"), self.customer_edit)
        left.addRow(self.tr("&Merchant:"), self.merchant_edit)
        left.addRow(self.tr("Merchant's e-mail:"), self.merchant_email_edit)
        left.addRow(self.tr("Merchant's phone:"), self.merchant_phone_edit)
        left.addRow(self.tr("Merchant's website:"), self.merchant_website_edit)
        left.addRow(self.tr("Merchant's address:"), self.merchant_address_edit)
        left.addRow(self.tr("&Reason:"), self.reason_box)
        left.addRow(self.tr("Stat&us:"), self.status_box)
        left.addRow(self.tr("Sta&ge:"), self.stage_box)
        left.addRow(self.tr("Cou&ntry:"), self.country_edit)
        right = QFormLayout()
        right.addRow(
            _buddy_label(self.tr("&Amount disputed:"), self.amount_edit),
            _amount_row(self.amount_edit, self.amount_preview),
        )
        right.addRow(
            _buddy_label(self.tr("Already re&funded:"), self.refunded_edit),
            _amount_row(self.refunded_edit, self.refunded_preview),
        )
        right.addRow(self.tr("&Currency:"), self.currency_edit)
        right.addRow(self.tr("&Paid by:"), self.method_box)
        right.addRow(self.tr("Card net&work:"), self.network_box)
        right.addRow(self.tr("Cred&it or debit:"), self.card_kind_box)
        last4_row = QHBoxLayout()
        last4_row.addWidget(self.last4_edit, 1)
        last4_row.addWidget(self.last4_note)
        right.addRow(_buddy_label(self.tr("Card's &last 4 digits:"), self.last4_edit), last4_row)
        for known, field in self.dates.values():
            right.addRow(known, field)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if case else self.tr("Create case"))
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        story_label = QLabel(self.tr("&Story:"))
        story_label.setBuddy(self.summary_edit)
        layout.addWidget(story_label)
        layout.addWidget(self.summary_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if case is not None:
            self._fill(case)
        for edit in (
            self.title_edit,
            self.merchant_edit,
            self.amount_edit,
            self.refunded_edit,
            self.currency_edit,
            self.last4_edit,
            self.country_edit,
        ):
            edit.textChanged.connect(self.validate)
        for _known, field in self.dates.values():
            field.changed.connect(self.validate)
        self.last4_edit.textEdited.connect(self._last4_edited)
        self.last4_edit.editingFinished.connect(self.keep_last4_only)
        self.resize(960, 600)
        self.validate()

    def _known_toggled(self, field: DateField, checked: bool) -> None:
        # Ticked, the date is for the user to type: nothing is filled in for them.
        if checked and field.is_empty():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not checked and not field.is_empty():
            field.set_date(None)
        self.validate()

    def _date_changed(self, known: QCheckBox, field: DateField) -> None:
        known.blockSignals(True)
        known.setChecked(not field.is_empty())
        known.blockSignals(False)

    def _fill(self, case: Case) -> None:
        self.title_edit.setText(case.title)
        self.customer_edit.setText(case.customer_name or "")
        self.merchant_edit.setText(case.merchant.name)
        self.merchant_email_edit.setText(case.merchant.email or "")
        self.merchant_phone_edit.setText(case.merchant.phone or "")
        self.merchant_website_edit.setText(case.merchant.website or "")
        self.merchant_address_edit.setText(case.merchant.address or "")
        for box, value in (
            (self.reason_box, case.reason.value),
            (self.status_box, case.status.value),
            (self.stage_box, case.stage.value),
            (self.method_box, case.payment.method),
            (self.network_box, case.payment.network),
            (self.card_kind_box, case.payment.card_kind),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.country_edit.setText(case.country or "")
        self.currency_edit.setText(case.currency)
        self.amount_edit.setText(_amount_text(case.disputed_amount, case.currency, self.locale_))
        self.refunded_edit.setText(_amount_text(case.refunded_amount, case.currency, self.locale_))
        self.last4_edit.setText(case.payment.last4 or "")
        self._last4_before = self.last4_edit.text()
        for name, (_known, field) in self.dates.items():
            field.set_date(getattr(case.dates, name))
        self.summary_edit.setPlainText(case.summary or "")

    # ------------------------------------------------------------ the card's last four digits

    @Slot(str)
    def _last4_edited(self, text: str) -> None:
        """A whole card number pasted becomes its last four digits at once."""
        pasted = len(text) - len(self._last4_before) > 1
        self._last4_before = text
        self.last4_note.clear()
        if pasted:
            self.keep_last4_only()

    @Slot()
    def keep_last4_only(self) -> None:
        """If the field holds a whole (Luhn-valid) card number, keep only its last four digits."""
        text = self.last4_edit.text().strip()
        if not text or _FOUR_DIGITS.match(text):
            return
        try:
            last4 = card_last4(text)
        except ValueError:
            return  # refused in problems(), with the reason
        # setText also empties the field's undo history: the whole number is gone from the widget.
        self.last4_edit.setText(last4)
        self._last4_before = last4
        self.last4_note.setText(self.tr("Only the last 4 digits are kept."))

    def last4(self) -> str | None:
        text = self.last4_edit.text().strip()
        return card_last4(text) if text else None

    # ------------------------------------------------------------ checks

    def _missing(self) -> list[str]:
        missing = []
        if not self.title_edit.text().strip():
            missing.append(self.tr("Give the case a title."))
        if not self.merchant_edit.text().strip():
            missing.append(self.tr("Name the merchant."))
        return missing

    def _wrong(self) -> list[str]:
        """What is typed but cannot be taken as it is, each with the reason."""
        wrong = [
            self.tr("Type the date “%1”, or untick it.").replace("%1", date_label(name))
            for name, (known, field) in self.dates.items()
            if known.isChecked() and field.is_empty()
        ]
        for edit, preview, name in (
            (self.amount_edit, self.amount_preview, self.tr("Amount disputed")),
            (self.refunded_edit, self.refunded_preview, self.tr("Already refunded")),
        ):
            problem = _read_amount(edit, self.currency_edit.text(), preview, self.locale_)
            if problem:
                wrong.append(f"{name}: {problem}")
        wrong += _currency_problems(self.currency_edit)
        last4 = self.last4_edit.text().strip()
        if last4 and not _FOUR_DIGITS.match(last4):
            try:
                card_last4(last4)
            except ValueError as exc:
                wrong.append(str(exc))
        country = self.country_edit.text().strip()
        if country and not _is_country(country):
            wrong.append(
                self.tr("“%1” is not a country: the country is a two-letter code, such as FR or PL.").replace(
                    "%1", country
                )
            )
        for name, (_known, field) in self.dates.items():
            problem = field.problem()
            if problem:
                wrong.append(f"{date_label(name)}: {problem}")
        return wrong

    def problems(self) -> list[str]:
        return self._missing() + self._wrong()

    def amount(self) -> Decimal | None:
        return self._amount(self.amount_edit)

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        if not edit.text().strip():
            return None
        return parse_typed_amount(edit.text(), parse_currency(self.currency_edit.text()))

    @Slot()
    def validate(self) -> None:
        missing, wrong = self._missing(), self._wrong()
        # Say what is missing only once the user has started typing; what is wrong, at once.
        shown = (missing if self._touched() else []) + wrong
        _show_problems(self.error, self.ok_button, shown, not (missing or wrong))

    def _touched(self) -> bool:
        return self.original is not None or any(
            e.text() for e in (self.title_edit, self.merchant_edit, self.amount_edit, self.last4_edit)
        )

    def case(self) -> Case:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        dates = CaseDates(**{name: field.date() for name, (_known, field) in self.dates.items()})
        facts = Case(
            title=self.title_edit.text().strip(),
            customer_name=text(self.customer_edit),
            merchant=Merchant(
                self.merchant_edit.text().strip(),
                email=text(self.merchant_email_edit),
                phone=text(self.merchant_phone_edit),
                website=text(self.merchant_website_edit),
                address=text(self.merchant_address_edit),
            ),
            reason=Reason(self.reason_box.currentData()),
            status=CaseStatus(self.status_box.currentData()),
            stage=EscalationStage(self.stage_box.currentData()),
            country=(text(self.country_edit) or "").upper() or None,
            currency=parse_currency(self.currency_edit.text()),
            disputed_amount=self.amount(),
            refunded_amount=self._amount(self.refunded_edit),
            payment=Payment(
                self.method_box.currentData(),
                self.network_box.currentData(),
                self.last4(),
                self.card_kind_box.currentData(),
            ),
            dates=dates,
            summary=self.summary_edit.toPlainText().strip() or None,
        )
        if self.original is None:
            return facts
        return replace(
            facts,
            id=self.original.id,
            created_at=self.original.created_at,
            archived_at=self.original.archived_at,
            trashed_at=self.original.trashed_at,
        )


# ------------------------------------------------------------------------------------------ contacts


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


class LogContactDialog(QDialog):
    """Log a call, chat or e-mail in seconds: now is the time; what was said is what the user types.

    ``previous`` are the case's earlier contacts, newest first: their counterparts,
    representatives and references are offered (completion, and a "Same as the last
    contact" button), never filled in. ``default_zone`` is the time zone the box starts
    with (None: the computer's). ``counterpart``, ``representative`` and ``reference``
    are only offered too, like the earlier contacts' values. Given ``contact``, the same
    form edits an existing one.
    """

    def __init__(
        self,
        channel: Channel = Channel.PHONE,
        *,
        previous: Sequence[Communication] = (),
        default_zone: str | None = None,
        locale: QLocale | None = None,
        counterpart: str = "",
        representative: str = "",
        reference: str = "",
        contact: Communication | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = contact
        self.previous = list(previous)
        self.locale_ = locale or QLocale()
        self.setWindowTitle(self.tr("Edit the contact") if contact else self.tr("Log a contact"))
        self.when_edit = DateField(locale=self.locale_, with_time=True)
        self.when_edit.setAccessibleName(self.tr("When"))
        self.zone_box = TimeZoneBox(default_zone=default_zone)
        self.zone_box.setToolTip(self.tr("The time zone of the time above: yours, or the merchant's"))
        self.offset_label = QLabel()
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone_box, 1)
        zone_row.addWidget(self.offset_label)
        self.channel_box = _combo(Channel)
        self.channel_box.setCurrentIndex(self.channel_box.findData(channel.value))
        self.direction_box = _combo(Direction)
        self.direction_box.setCurrentIndex(self.direction_box.findData(Direction.OUTGOING.value))
        self.counterpart_edit = QLineEdit()
        self.representative_edit = QLineEdit()
        self.reference_edit = QLineEdit()
        offered = (
            (self.counterpart_edit, [counterpart, *(c.counterpart for c in self.previous)]),
            (self.representative_edit, [representative, *(c.representative for c in self.previous)]),
            (self.reference_edit, [reference, *(c.reference for c in self.previous)]),
        )
        for edit, values in offered:
            choices = _distinct(values)
            if choices:
                edit.setCompleter(_completer(choices, edit))
                edit.setPlaceholderText(self.tr("Earlier: %1").replace("%1", choices[0]))
        self.same_button = QPushButton(self.tr("Same as the &last contact"))
        self.same_button.setAutoDefault(False)
        self.same_button.clicked.connect(self.same_as_last)
        last = self.previous[0] if self.previous else None
        self.same_button.setEnabled(last is not None)
        if last is not None:
            said = " · ".join(_distinct([last.counterpart, last.representative, last.reference]))
            self.same_button.setToolTip(
                self.tr("Fill in who it was with, the representative and the reference of the last contact")
                + (f": {said}" if said else "")
            )
        self.subject_edit = QLineEdit()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("What was said"))
        self.summary_edit.setMaximumHeight(90)
        self.outcome_edit = QLineEdit()
        self.promise_edit = QLineEdit()
        self.promise_edit.setPlaceholderText(self.tr("e.g. Refund of 35.98 EUR"))
        self.promise_date = DateField(locale=self.locale_)
        self.promise_date.setAccessibleName(self.tr("Promised by"))
        self.promise_date.setEnabled(False)
        self.promise_date.setToolTip(
            self.tr("%1 days after the contact unless you change it").replace("%1", str(PROMISE_DAYS))
        )
        self._promise_date_touched = False
        self.promise_date.edited.connect(self._promise_date_edited)
        self.promise_edit.textChanged.connect(lambda text: self.promise_date.setEnabled(bool(text.strip())))
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when_edit)
        form.addRow(_buddy_label(self.tr("Time &zone:"), self.zone_box), zone_row)
        form.addRow(self.tr("C&hannel:"), self.channel_box)
        form.addRow(self.tr("&Direction:"), self.direction_box)
        form.addRow(self.tr("W&ith:"), self.counterpart_edit)
        form.addRow(self.tr("&Representative:"), self.representative_edit)
        form.addRow(self.tr("Re&ference / ticket:"), self.reference_edit)
        same_row = QHBoxLayout()
        same_row.addWidget(self.same_button)
        same_row.addStretch(1)
        form.addRow("", same_row)
        if contact is not None and contact.subject:
            form.addRow(self.tr("Su&bject:"), self.subject_edit)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        form.addRow(self.tr("&Outcome:"), self.outcome_edit)
        form.addRow(self.tr("They &promised:"), self.promise_edit)
        form.addRow(self.tr("B&y:"), self.promise_date)
        buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if contact else self.tr("Log it"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.when_edit.changed.connect(self._when_changed)
        if contact is not None:
            self._fill(contact)
        else:
            self.when_edit.set_moment(self._now())
        self.zone_box.currentTextChanged.connect(self.validate)
        self.when_edit.changed.connect(self.validate)
        self.promise_date.changed.connect(self.validate)
        self.promise_edit.textChanged.connect(self.validate)
        self.summary_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(600, self.sizeHint().height())
        self.validate()

    def _now(self) -> datetime:
        """Now, on the clock of the zone the box starts with."""
        now = QDateTime.currentDateTime()
        qzone = self.zone_box.zone()
        if qzone is not None:
            now = now.toTimeZone(qzone)
        local = now.toPython()
        assert isinstance(local, datetime)
        return local.replace(second=0, microsecond=0, tzinfo=None)

    @Slot()
    def _promise_date_edited(self) -> None:
        self._promise_date_touched = True

    @Slot()
    def _when_changed(self) -> None:
        """The promise's date follows the contact's own date until the user sets it."""
        day = self.when_edit.date()
        if day is not None and not self._promise_date_touched:
            self.promise_date.set_date(day + timedelta(days=PROMISE_DAYS))

    @Slot()
    def same_as_last(self) -> None:
        """Fill who it was with, the representative and the reference from the most recent contact."""
        if not self.previous:
            return
        last = self.previous[0]
        self.counterpart_edit.setText(last.counterpart or "")
        self.representative_edit.setText(last.representative or "")
        self.reference_edit.setText(last.reference or "")

    def _fill(self, contact: Communication) -> None:
        at = contact.at
        key = getattr(at.tzinfo, "key", None)
        offset = at.utcoffset()
        if key:
            self.zone_box.set_zone(key)
        elif offset is not None:
            # A fixed offset: UTC+01:00 is the zone that keeps the moment exactly as it was.
            seconds = int(offset.total_seconds())
            self.zone_box.set_zone(bytes(QTimeZone(seconds).id().data()).decode())
        self._promise_date_touched = contact.promised_by is not None
        self.when_edit.set_moment(at.replace(tzinfo=None, microsecond=0))
        for box, value in (
            (self.channel_box, contact.channel.value),
            (self.direction_box, contact.direction.value),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.counterpart_edit.setText(contact.counterpart or "")
        self.representative_edit.setText(contact.representative or "")
        self.reference_edit.setText(contact.reference or "")
        self.subject_edit.setText(contact.subject or "")
        self.summary_edit.setPlainText(contact.summary or "")
        self.outcome_edit.setText(contact.outcome or "")
        self.promise_edit.setText(contact.promised_action or "")
        if contact.promised_by:
            self.promise_date.set_date(contact.promised_by)

    def _moment(self) -> tuple[datetime | None, str]:
        """The moment typed with the offset its time zone had then, or None and the reason."""
        problem = self.when_edit.problem()
        if problem:
            return None, problem
        typed = self.when_edit.moment()
        if typed is None:
            example = self.when_edit.show_text(date(2026, 10, 5))
            return None, self.tr("Say when it was, such as %1 14:30.").replace("%1", example)
        aware = typed.aware()
        if aware is not None:  # an offset typed with the time says it all
            return aware, ""
        offset, problem = self.zone_box.offset_at(typed.local)
        if offset is None:
            return None, problem
        return typed.local.replace(tzinfo=timezone(offset)), ""

    def moment(self) -> datetime | None:
        """The time typed, with the offset its time zone had then; None when it cannot be read."""
        return self._moment()[0]

    def problems(self) -> list[str]:
        problem = self._moment()[1]
        problems = [problem] if problem else []
        if self.promise_edit.text().strip():
            promise_problem = self.promise_date.problem()
            if promise_problem:
                problems.append(self.tr("Promised by: %1").replace("%1", promise_problem))
        return problems

    @Slot()
    def validate(self) -> None:
        moment = self.moment()
        typed = self.when_edit.moment()
        offset_typed = typed is not None and typed.offset is not None
        self.offset_label.setText(utc_offset_label(moment) if moment is not None else "")
        self.zone_box.setEnabled(not offset_typed)
        problems = self.problems()
        _show_problems(self.error, self.ok_button, problems, not problems)

    def communication(self) -> Communication:
        moment = self.moment()
        assert moment is not None, "the form is not valid"
        promise = self.promise_edit.text().strip() or None
        contact = Communication(
            at=moment,
            channel=Channel(self.channel_box.currentData()),
            direction=Direction(self.direction_box.currentData()),
            counterpart=self.counterpart_edit.text().strip() or None,
            representative=self.representative_edit.text().strip() or None,
            reference=self.reference_edit.text().strip() or None,
            summary=self.summary_edit.toPlainText().strip() or None,
            outcome=self.outcome_edit.text().strip() or None,
            promised_action=promise,
            promised_by=self.promise_date.date() if promise else None,
        )
        if self.original is None:
            return contact
        return replace(
            contact,
            id=self.original.id,
            case_id=self.original.case_id,
            subject=self.subject_edit.text().strip() or None,
            body=self.original.body,  # an e-mail's whole text is kept as received
        )


# ------------------------------------------------------------------------------------------ charges


class AddPurchaseDialog(QDialog):
    """A charge, hold, refund or credit as the statement shows it.

    A new one is dated ``default_date`` (the case's transaction date; None: today).
    """

    def __init__(
        self,
        currency: str,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        purchase: Purchase | None = None,
        default_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = purchase
        self.setWindowTitle(self.tr("Edit the charge") if purchase else self.tr("Add a charge or refund"))
        self.locale_ = locale or QLocale()
        self.kind_box = _combo(PurchaseKind)
        self.date_edit = DateField(locale=self.locale_)
        self.date_edit.set_date(default_date or date.today())
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(_amount_text(Decimal("19.99"), currency, self.locale_))
        self.amount_preview = _amount_preview()
        self.currency_edit = QLineEdit(currency)
        self.description_edit = QLineEdit()
        self.order_edit = QLineEdit()
        self.invoice_edit = QLineEdit()
        self.customer_edit = QLineEdit()
        self.po_edit = QLineEdit()
        self.descriptor_edit = QLineEdit()
        self.descriptor_edit.setPlaceholderText(self.tr("as printed on the bank statement"))
        self.disputed_box = QCheckBox(self.tr("I d&ispute this one"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(
            _buddy_label(self.tr("&Amount:"), self.amount_edit),
            _amount_row(self.amount_edit, self.amount_preview),
        )
        form.addRow(self.tr("&Currency:"), self.currency_edit)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        form.addRow(self.tr("&Order number:"), self.order_edit)
        form.addRow(self.tr("I&nvoice number:"), self.invoice_edit)
        form.addRow(self.tr("C&ustomer number:"), self.customer_edit)
        form.addRow(self.tr("&PO number:"), self.po_edit)
        form.addRow(self.tr("S&tatement descriptor:"), self.descriptor_edit)
        form.addRow("", self.disputed_box)
        buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if purchase else self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if purchase is not None:
            self._fill(purchase)
        self.amount_edit.textChanged.connect(self.validate)
        self.currency_edit.textChanged.connect(self.validate)
        self.date_edit.changed.connect(self.validate)
        self.resize(520, self.sizeHint().height())
        self.validate()

    def _fill(self, p: Purchase) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(p.kind.value)))
        self.date_edit.set_date(p.date)
        self.amount_edit.setText(_amount_text(p.amount, p.currency, self.locale_))
        self.currency_edit.setText(p.currency)
        for edit, value in (
            (self.description_edit, p.description),
            (self.order_edit, p.order_number),
            (self.invoice_edit, p.invoice_number),
            (self.customer_edit, p.customer_number),
            (self.po_edit, p.po_number),
            (self.descriptor_edit, p.statement_descriptor),
        ):
            edit.setText(value or "")
        self.disputed_box.setChecked(p.disputed)

    def _missing(self) -> list[str]:
        missing = []
        if not self.amount_edit.text().strip():
            missing.append(self.tr("Type the amount."))
        if self.date_edit.is_empty():
            missing.append(self.tr("Type the date, as on the statement."))
        return missing

    def _wrong(self) -> list[str]:
        wrong = []
        problem = _read_amount(self.amount_edit, self.currency_edit.text(), self.amount_preview, self.locale_)
        if problem:
            wrong.append(problem)
        wrong += _currency_problems(self.currency_edit)
        if self.date_edit.problem():
            wrong.append(self.date_edit.problem())
        return wrong

    def problems(self) -> list[str]:
        return self._missing() + self._wrong()

    def amount(self) -> Decimal:
        return parse_typed_amount(self.amount_edit.text(), parse_currency(self.currency_edit.text()))

    @Slot()
    def validate(self) -> None:
        missing, wrong = self._missing(), self._wrong()
        # A missing amount is said once the user has typed one and taken it away; a missing date at once.
        shown = [m for m in missing if m != self.tr("Type the amount.") or self.amount_edit.isModified()]
        _show_problems(self.error, self.ok_button, shown + wrong, not (missing or wrong))

    def purchase(self) -> Purchase:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        day = self.date_edit.date()
        assert day is not None, "the form is not valid"
        purchase = Purchase(
            date=day,
            amount=self.amount(),
            currency=parse_currency(self.currency_edit.text()),
            kind=PurchaseKind(self.kind_box.currentData()),
            description=text(self.description_edit),
            order_number=text(self.order_edit),
            invoice_number=text(self.invoice_edit),
            customer_number=text(self.customer_edit),
            po_number=text(self.po_edit),
            statement_descriptor=text(self.descriptor_edit),
            disputed=self.disputed_box.isChecked(),
        )
        if self.original is None:
            return purchase
        return replace(purchase, id=self.original.id, case_id=self.original.case_id)


# ------------------------------------------------------------------------------------------ tasks


class TaskDialog(QDialog):
    """A deadline, a task or a reminder: what, by when, and a note. Edits ``task`` when given."""

    def __init__(
        self, parent: QWidget | None = None, *, task: Task | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self.original = task
        self.locale_ = locale or QLocale()
        self.setWindowTitle(self.tr("Edit the task") if task else self.tr("Add a deadline or task"))
        self.kind_box = _combo(TaskKind)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Last day to dispute the charge with the bank"))
        self.due_known = QCheckBox(self.tr("&Due on"))
        self.due_known.setChecked(True)
        self.due_edit = DateField(locale=self.locale_)
        self.due_edit.setAccessibleName(self.tr("Due on"))
        self.due_edit.set_date(date.today() + timedelta(days=7))
        self.due_known.toggled.connect(self.due_edit.setEnabled)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(90)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&What:"), self.title_edit)
        form.addRow(self.due_known, self.due_edit)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setPlaceholderText(self.tr("e.g. 2, 4, 21, 29 (a dunning schedule)"))
        self.repeat_edit.setToolTip(
            self.tr(
                "Also on these days after the date above: one deadline each, such as a merchant's reminders"
            )
        )
        if task is None:
            form.addRow(self.tr("Also &after (days):"), self.repeat_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if task else self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if task is not None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(task.kind.value)))
            self.title_edit.setText(task.title)
            self.due_known.setChecked(task.due is not None)
            self.due_edit.set_date(task.due)
            self.note_edit.setPlainText(task.note or "")
        else:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(TaskKind.DEADLINE.value)))
        self.title_edit.textChanged.connect(self.validate)
        self.repeat_edit.textChanged.connect(self.validate)
        self.due_edit.changed.connect(self.validate)
        self.due_known.toggled.connect(self.validate)
        self.resize(500, self.sizeHint().height())
        self.validate()

    def offsets(self) -> list[int] | None:
        """The days after the date on which the task comes again; None when they are not numbers."""
        words = self.repeat_edit.text().replace(",", " ").replace("+", " ").split()
        if not all(word.isdigit() and int(word) <= 3650 for word in words):
            return None
        return sorted({int(word) for word in words if int(word) > 0})

    def due(self) -> date | None:
        return self.due_edit.date() if self.due_known.isChecked() else None

    @Slot()
    def validate(self) -> None:
        missing = not self.title_edit.text().strip()
        problems = []
        # Say what is missing only once the user has typed something and taken it away.
        if missing and self.title_edit.isModified():
            problems.append(self.tr("Say what is to be done."))
        if self.due_known.isChecked():
            if self.due_edit.problem():
                problems.append(self.due_edit.problem())
            elif self.due_edit.is_empty():
                problems.append(self.tr("Type the date it is due on, or untick “Due on”."))
        wrong_days = self.offsets() is None
        if wrong_days:
            problems.append(self.tr("Give the days after as whole numbers, such as 2, 4, 21, 29."))
        elif self.offsets() and not self.due_known.isChecked():
            problems.append(self.tr("Days after need a date to count from."))
        _show_problems(self.error, self.ok_button, problems, not missing and not problems)

    def task(self) -> Task:
        task = Task(
            title=self.title_edit.text().strip(),
            kind=TaskKind(self.kind_box.currentData()),
            due=self.due(),
            note=self.note_edit.toPlainText().strip() or None,
        )
        if self.original is None:
            return task
        return replace(
            task,
            id=self.original.id,
            case_id=self.original.case_id,
            done_at=self.original.done_at,
            communication_id=self.original.communication_id,
        )
