"""Forms that create and record things: a new case, a contact with the merchant.

They validate as the user types and say what is wrong in words; the OK
button stays disabled until the form can be saved.
"""

from __future__ import annotations

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
    QDateEdit,
    QDateTimeEdit,
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
from desktop_app.domain.money import AmountError, parse_currency, parse_user_amount
from desktop_app.domain.text import utc_offset_label
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


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour(label.palette())};")
    label.setVisible(False)
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


def _user_amount(edit: QLineEdit, locale: QLocale) -> Decimal:
    """The amount typed in ``edit``, read with the separators of the user's ``locale``."""
    return parse_user_amount(edit.text().strip(), locale.decimalPoint(), locale.groupSeparator())


def _amount_text(value: Decimal | None, locale: QLocale) -> str:
    """An exact amount as the user would type it: 1234.5 -> "1234,50" in a French locale."""
    if value is None:
        return ""
    whole, _, decimals = format(value, "f").partition(".")
    return f"{whole}{locale.decimalPoint()}{decimals.ljust(2, '0')}"


def _amount_problems(edit: QLineEdit, locale: QLocale) -> list[str]:
    try:
        _user_amount(edit, locale)
    except AmountError as exc:
        return [str(exc)]
    return []


def _currency_problems(edit: QLineEdit) -> list[str]:
    try:
        parse_currency(edit.text())
    except AmountError as exc:
        return [str(exc)]
    return []


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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


class NewCaseDialog(QDialog):
    """The facts of a case: a new one, or (given ``case``) an existing one to edit."""

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
        self.country_edit.setMaxLength(2)
        self.country_edit.setPlaceholderText("FR, ES, PL, GB, US…")
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.locale_.toString(19.99, "f", 2))
        self.refunded_edit = QLineEdit()
        self.currency_edit = QLineEdit(_default_currency(self.locale_))
        self.currency_edit.setMaxLength(3)
        self.method_box = _combo(PaymentMethod, self.tr("(not known)"))
        self.network_box = _combo(CardNetwork, self.tr("(not a card, or not known)"))
        self.card_kind_box = _combo(CardKind, self.tr("(not known)"))
        self.card_kind_box.setToolTip(self.tr("In the US, credit and debit cards have different deadlines"))
        self.last4_edit = QLineEdit()
        self.last4_edit.setMaxLength(4)
        self.last4_edit.setPlaceholderText(self.tr("last 4 digits only"))
        self.dates: dict[str, tuple[QCheckBox, QDateEdit]] = {}
        for name in CASE_DATE_FIELDS:
            known = QCheckBox(date_label(name))
            picker = QDateEdit(QDate.currentDate())
            picker.setCalendarPopup(True)
            picker.setEnabled(False)
            known.toggled.connect(picker.setEnabled)
            self.dates[name] = (known, picker)
        self.transaction_known, self.transaction_date = self.dates["transaction"]
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("What happened, in your own words"))
        self.summary_edit.setMaximumHeight(90)
        self.error = _error_label()

        left = QFormLayout()
        left.addRow(self.tr("&Title:"), self.title_edit)
        left.addRow(self.tr("Customer:"), self.customer_edit)
        left.addRow(self.tr("&Merchant:"), self.merchant_edit)
        left.addRow(self.tr("Merchant's e-mail:"), self.merchant_email_edit)
        left.addRow(self.tr("Merchant's phone:"), self.merchant_phone_edit)
        left.addRow(self.tr("Merchant's website:"), self.merchant_website_edit)
        left.addRow(self.tr("Merchant's address:"), self.merchant_address_edit)
        left.addRow(self.tr("&Reason:"), self.reason_box)
        left.addRow(self.tr("Status:"), self.status_box)
        left.addRow(self.tr("Stage:"), self.stage_box)
        left.addRow(self.tr("Country:"), self.country_edit)
        right = QFormLayout()
        right.addRow(self.tr("&Amount disputed:"), self.amount_edit)
        right.addRow(self.tr("Already refunded:"), self.refunded_edit)
        right.addRow(self.tr("&Currency:"), self.currency_edit)
        right.addRow(self.tr("Paid by:"), self.method_box)
        right.addRow(self.tr("Card network:"), self.network_box)
        right.addRow(self.tr("Credit or debit:"), self.card_kind_box)
        right.addRow(self.tr("Card's last 4 digits:"), self.last4_edit)
        for known, picker in self.dates.values():
            right.addRow(known, picker)
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
        if case is not None:
            self._fill(case)
        self.resize(900, 560)
        self.validate()

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
        self.amount_edit.setText(_amount_text(case.disputed_amount, self.locale_))
        self.refunded_edit.setText(_amount_text(case.refunded_amount, self.locale_))
        self.currency_edit.setText(case.currency)
        self.last4_edit.setText(case.payment.last4 or "")
        for name, (known, picker) in self.dates.items():
            day: date | None = getattr(case.dates, name)
            known.setChecked(day is not None)
            if day is not None:
                picker.setDate(QDate(day.year, day.month, day.day))
        self.summary_edit.setPlainText(case.summary or "")

    def problems(self) -> list[str]:
        problems = []
        if not self.title_edit.text().strip():
            problems.append(self.tr("Give the case a title."))
        if not self.merchant_edit.text().strip():
            problems.append(self.tr("Name the merchant."))
        for edit in (self.amount_edit, self.refunded_edit):
            if edit.text().strip():
                problems += _amount_problems(edit, self.locale_)
        problems += _currency_problems(self.currency_edit)
        last4 = self.last4_edit.text().strip()
        if last4 and not (len(last4) == 4 and last4.isascii() and last4.isdigit()):
            problems.append(self.tr("Type only the last 4 digits of the card, never the whole number."))
        country = self.country_edit.text().strip()
        if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
            problems.append(self.tr("The country is a two-letter code, such as FR or PL."))
        return problems

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        return _user_amount(edit, self.locale_) if edit.text().strip() else None

    def amount(self) -> Decimal | None:
        return self._amount(self.amount_edit)

    @Slot()
    def validate(self) -> None:
        problems = self.problems()
        # Say what is wrong only once the user has started typing.
        shown = problems if self._touched() else []
        self.error.setText("\n".join(shown))
        self.error.setVisible(bool(shown))
        self.ok_button.setEnabled(not problems)

    def _touched(self) -> bool:
        return self.original is not None or any(
            e.text() for e in (self.title_edit, self.merchant_edit, self.amount_edit, self.last4_edit)
        )

    def case(self) -> Case:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        dates = CaseDates(
            **{
                name: _to_date(edit.date()) if known.isChecked() else None
                for name, (known, edit) in self.dates.items()
            }
        )
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
                text(self.last4_edit),
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


def _default_currency(locale: QLocale) -> str:
    code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 else "EUR"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TimeZoneBox(QComboBox):
    """An IANA time zone, typed with completion or chosen; the computer's own by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for zone_id in QTimeZone.availableTimeZoneIds():
            self.addItem(bytes(zone_id.data()).decode())
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.set_zone(bytes(QTimeZone.systemTimeZoneId().data()).decode())

    def set_zone(self, zone_id: str) -> None:
        index = self.findText(zone_id)
        if index < 0:
            self.addItem(zone_id)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def zone(self) -> QTimeZone | None:
        """The zone typed or chosen, or None if it is not one Qt knows."""
        zone = QTimeZone(self.currentText().strip().encode())
        return zone if zone.isValid() else None


class LogContactDialog(QDialog):
    """Log a call, chat or e-mail in seconds: now is the time, the last names are remembered.

    Given ``contact``, the same form edits an existing one.
    """

    def __init__(
        self,
        channel: Channel = Channel.PHONE,
        *,
        counterpart: str = "",
        representative: str = "",
        reference: str = "",
        contact: Communication | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = contact
        self.setWindowTitle(self.tr("Edit the contact") if contact else self.tr("Log a contact"))
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.zone_box = TimeZoneBox()
        self.zone_box.setToolTip(self.tr("The time zone of the time above: yours, or the merchant's"))
        self.offset_label = QLabel()
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addWidget(self.zone_box, 1)
        when_row.addWidget(self.offset_label)
        self.channel_box = _combo(Channel)
        self.channel_box.setCurrentIndex(self.channel_box.findData(channel.value))
        self.direction_box = _combo(Direction)
        self.direction_box.setCurrentIndex(self.direction_box.findData(Direction.OUTGOING.value))
        self.counterpart_edit = QLineEdit(counterpart)
        self.representative_edit = QLineEdit(representative)
        self.reference_edit = QLineEdit(reference)
        self.subject_edit = QLineEdit()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("What was said"))
        self.summary_edit.setMaximumHeight(90)
        self.outcome_edit = QLineEdit()
        self.promise_edit = QLineEdit()
        self.promise_edit.setPlaceholderText(self.tr("e.g. Refund of 35.98 EUR"))
        self.promise_date = QDateEdit(QDate.currentDate().addDays(14))
        self.promise_date.setCalendarPopup(True)
        self.promise_date.setEnabled(False)
        self.promise_edit.textChanged.connect(lambda text: self.promise_date.setEnabled(bool(text.strip())))
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("&When:"), when_row)
        form.addRow(self.tr("C&hannel:"), self.channel_box)
        form.addRow(self.tr("&Direction:"), self.direction_box)
        form.addRow(self.tr("With:"), self.counterpart_edit)
        form.addRow(self.tr("&Representative:"), self.representative_edit)
        form.addRow(self.tr("Re&ference / ticket:"), self.reference_edit)
        if contact is not None and contact.subject:
            form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        form.addRow(self.tr("&Outcome:"), self.outcome_edit)
        form.addRow(self.tr("They &promised:"), self.promise_edit)
        form.addRow(self.tr("By:"), self.promise_date)
        buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if contact else self.tr("Log it"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if contact is not None:
            self._fill(contact)
        self.zone_box.currentTextChanged.connect(self.validate)
        self.when_edit.dateTimeChanged.connect(self.validate)
        self.summary_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 500)
        self.validate()

    def _fill(self, contact: Communication) -> None:
        at = contact.at
        self.when_edit.setDateTime(QDateTime(_qdate(at.date()), QTime(at.hour, at.minute)))
        zone = at.tzinfo
        key = getattr(zone, "key", None)
        offset = at.utcoffset()
        if key:
            self.zone_box.set_zone(key)
        elif offset is not None:
            # A fixed offset: UTC+01:00 is the zone that keeps the moment exactly as it was.
            seconds = int(offset.total_seconds())
            self.zone_box.set_zone(bytes(QTimeZone(seconds).id().data()).decode())
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
            self.promise_date.setDate(_qdate(contact.promised_by))

    def moment(self) -> datetime | None:
        """The time typed, with the offset its time zone had then; None for an unknown zone."""
        zone = self.zone_box.zone()
        if zone is None:
            return None
        local = self.when_edit.dateTime()
        moment = QDateTime(local.date(), local.time(), zone)
        offset = zone.offsetFromUtc(moment)
        naive = local.toPython()
        assert isinstance(naive, datetime)
        return naive.replace(second=0, microsecond=0, tzinfo=timezone(timedelta(seconds=offset)))

    @Slot()
    def validate(self) -> None:
        moment = self.moment()
        problem = (
            "" if moment is not None else self.tr("Choose a time zone from the list, such as Europe/Warsaw.")
        )
        self.offset_label.setText(utc_offset_label(moment) if moment is not None else "")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

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
            promised_by=_to_date(self.promise_date.date()) if promise else None,
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


class AddPurchaseDialog(QDialog):
    """A charge, hold, refund or credit as the statement shows it."""

    def __init__(
        self,
        currency: str,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        purchase: Purchase | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = purchase
        self.setWindowTitle(self.tr("Edit the charge") if purchase else self.tr("Add a charge or refund"))
        self.locale_ = locale or QLocale()
        self.kind_box = _combo(PurchaseKind)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.locale_.toString(19.99, "f", 2))
        self.currency_edit = QLineEdit(currency)
        self.currency_edit.setMaxLength(3)
        self.description_edit = QLineEdit()
        self.order_edit = QLineEdit()
        self.invoice_edit = QLineEdit()
        self.customer_edit = QLineEdit()
        self.po_edit = QLineEdit()
        self.descriptor_edit = QLineEdit()
        self.descriptor_edit.setPlaceholderText(self.tr("as printed on the bank statement"))
        self.disputed_box = QCheckBox(self.tr("I dispute this one"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Amount:"), self.amount_edit)
        form.addRow(self.tr("&Currency:"), self.currency_edit)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        form.addRow(self.tr("Order number:"), self.order_edit)
        form.addRow(self.tr("Invoice number:"), self.invoice_edit)
        form.addRow(self.tr("Customer number:"), self.customer_edit)
        form.addRow(self.tr("PO number:"), self.po_edit)
        form.addRow(self.tr("Statement descriptor:"), self.descriptor_edit)
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
        self.validate()

    def _fill(self, p: Purchase) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(p.kind.value)))
        self.date_edit.setDate(_qdate(p.date))
        self.amount_edit.setText(_amount_text(p.amount, self.locale_))
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

    def problems(self) -> list[str]:
        problems = []
        if not self.amount_edit.text().strip():
            problems.append(self.tr("Type the amount."))
        else:
            problems += _amount_problems(self.amount_edit, self.locale_)
        problems += _currency_problems(self.currency_edit)
        return problems

    def amount(self) -> Decimal:
        return _user_amount(self.amount_edit, self.locale_)

    @Slot()
    def validate(self) -> None:
        problems = self.problems()
        shown = problems if self.amount_edit.text() else [p for p in problems if "amount" not in p.lower()]
        self.error.setText("\n".join(shown))
        self.error.setVisible(bool(shown))
        self.ok_button.setEnabled(not problems)

    def purchase(self) -> Purchase:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        purchase = Purchase(
            date=_to_date(self.date_edit.date()),
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


class TaskDialog(QDialog):
    """A deadline, a task or a reminder: what, by when, and a note. Edits ``task`` when given."""

    def __init__(self, parent: QWidget | None = None, *, task: Task | None = None) -> None:
        super().__init__(parent)
        self.original = task
        self.setWindowTitle(self.tr("Edit the task") if task else self.tr("Add a deadline or task"))
        self.kind_box = _combo(TaskKind)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Last day to dispute the charge with the bank"))
        self.due_known = QCheckBox(self.tr("&Due on"))
        self.due_known.setChecked(True)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(7))
        self.due_edit.setCalendarPopup(True)
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
            if task.due is not None:
                self.due_edit.setDate(_qdate(task.due))
            self.note_edit.setPlainText(task.note or "")
        else:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(TaskKind.DEADLINE.value)))
        self.title_edit.textChanged.connect(self.validate)
        self.repeat_edit.textChanged.connect(self.validate)
        self.resize(480, 320)
        self.validate()

    def offsets(self) -> list[int] | None:
        """The days after the date on which the task comes again; None when they are not numbers."""
        words = self.repeat_edit.text().replace(",", " ").replace("+", " ").split()
        if not all(word.isdigit() and int(word) <= 3650 for word in words):
            return None
        return sorted({int(word) for word in words if int(word) > 0})

    @Slot()
    def validate(self) -> None:
        missing = not self.title_edit.text().strip()
        problems = []
        # Say what is missing only once the user has typed something and taken it away.
        if missing and self.title_edit.isModified():
            problems.append(self.tr("Say what is to be done."))
        wrong_days = self.offsets() is None
        if wrong_days:
            problems.append(self.tr("Give the days after as whole numbers, such as 2, 4, 21, 29."))
        elif self.offsets() and not self.due_known.isChecked():
            problems.append(self.tr("Days after need a date to count from."))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        self.ok_button.setEnabled(not missing and not problems)

    def task(self) -> Task:
        task = Task(
            title=self.title_edit.text().strip(),
            kind=TaskKind(self.kind_box.currentData()),
            due=_to_date(self.due_edit.date()) if self.due_known.isChecked() else None,
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
