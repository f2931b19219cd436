"""Two pages of the case form: who the customer is, and what happened after filing with the bank.

Each page reads what is typed and says what cannot be taken as it is; nothing is filled in for
the user: a kind not said stays not said, an empty field stays unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import Case, Customer, Issuer
from desktop_app.domain.money import AmountError, parse_typed_amount
from desktop_app.domain.vocab import CustomerKind, IssuerOutcome
from desktop_app.ui.datefield import DateField
from desktop_app.ui.form_parts import (
    _amount_preview,
    _amount_row,
    _amount_text,
    _buddy_label,
    _combo,
    _currency_or_none,
    _read_amount,
)
from desktop_app.ui.wording import labelled


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


def _date_field(locale: QLocale, name: str) -> DateField:
    field = DateField(locale=locale)
    field.setAccessibleName(name)
    return field


class CustomerPage(QWidget):
    """Who the customer is: a person or a company, the name, how to reach them, the tax number,
    and for a business card or account, the cardholder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_box = _combo(CustomerKind, self.tr("(not said)"))
        self.kind_box.setToolTip(
            self.tr(
                "Ombudsmen and rights meant for consumers are offered only to a person; "
                "a company is shown the steps open to it"
            )
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("the cardholder or the company, as on the account"))
        self.address_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.city_edit.setPlaceholderText(self.tr("e.g. Lyon"))
        self.city_edit.setToolTip(
            self.tr("Where the customer lives: a letter's place and date (“Lyon, le 1er décembre 2026”)")
        )
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.tax_edit = QLineEdit()
        self.tax_edit.setPlaceholderText(self.tr("NIP, NIF, SIREN, VAT"))
        self.tax_edit.setToolTip(
            self.tr("The tax number as written on invoices: NIP, NIF, SIREN or VAT number")
        )
        self.cardholder_edit = QLineEdit()
        self.cardholder_edit.setPlaceholderText(self.tr("who holds the business card"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. office manager"))
        form = QFormLayout()
        form.addRow(_buddy_label(self.tr("&Kind:"), self.kind_box), self.kind_box)
        form.addRow(self.tr("Customer's name:"), self.name_edit)
        form.addRow(self.tr("Customer's address:"), self.address_edit)
        form.addRow(self.tr("Customer's city:"), self.city_edit)
        form.addRow(self.tr("Customer's e-mail:"), self.email_edit)
        form.addRow(self.tr("Customer's phone:"), self.phone_edit)
        form.addRow(_buddy_label(self.tr("Ta&x number:"), self.tax_edit), self.tax_edit)
        card = QLabel(self.tr("For a business card or account:"))
        card.setWordWrap(True)
        form.addRow(card)
        form.addRow(self.tr("Cardholder's name:"), self.cardholder_edit)
        form.addRow(self.tr("Cardholder's role:"), self.role_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def fill(self, case: Case) -> None:
        customer = case.customer
        self.kind_box.setCurrentIndex(
            max(0, self.kind_box.findData(customer.kind.value if customer.kind else None))
        )
        self.name_edit.setText(case.customer_name or "")
        for edit, value in (
            (self.address_edit, customer.address),
            (self.city_edit, customer.city),
            (self.email_edit, customer.email),
            (self.phone_edit, customer.phone),
            (self.tax_edit, customer.tax_id),
            (self.cardholder_edit, customer.cardholder_name),
            (self.role_edit, customer.cardholder_role),
        ):
            edit.setText(value or "")

    def customer(self) -> Customer:
        kind = self.kind_box.currentData()
        return Customer(
            kind=CustomerKind(kind) if kind else None,
            address=_text(self.address_edit),
            city=_text(self.city_edit),
            email=_text(self.email_edit),
            phone=_text(self.phone_edit),
            tax_id=_text(self.tax_edit),
            cardholder_name=_text(self.cardholder_edit),
            cardholder_role=_text(self.role_edit),
        )

    def problems(self) -> list[str]:
        email = self.email_edit.text().strip()
        if email and ("@" not in email or " " in email):
            return [
                self.tr("Customer's e-mail: “%1” is not an e-mail address (name@example.com).").replace(
                    "%1", email
                )
            ]
        return []


class IssuerPage(QWidget):
    """After filing with the bank: the issuer, the claim, the provisional credit, the merchant's
    response, the outcome and any re-debit. Amounts are in the case's currency (``currency``)."""

    changed = Signal()

    def __init__(
        self, currency: Callable[[], str], parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self.locale_ = locale or QLocale()
        self._currency = currency
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("the bank or card issuer"))
        self.address_edit = QLineEdit()
        self.claim_edit = QLineEdit()
        self.claim_edit.setPlaceholderText(self.tr("the bank's reference for the dispute"))
        self.filed_on = _date_field(self.locale_, self.tr("Filed on"))
        self.credit_edit = QLineEdit()
        self.credit_preview = _amount_preview()
        self.credit_on = _date_field(self.locale_, self.tr("Provisional credit on"))
        self.response_edit = QLineEdit()
        self.response_edit.setPlaceholderText(self.tr("what the merchant answered the bank, in short"))
        self.outcome_box = _combo(IssuerOutcome, self.tr("(not decided yet)"))
        self.outcome_on = _date_field(self.locale_, self.tr("Decided on"))
        self.redebit_edit = QLineEdit()
        self.redebit_preview = _amount_preview()
        self.redebit_on = _date_field(self.locale_, self.tr("Re-debited on"))
        left = QFormLayout()
        left.addRow(self.tr("Issuer (bank):"), self.name_edit)
        left.addRow(self.tr("Issuer's address:"), self.address_edit)
        left.addRow(self.tr("Claim number:"), self.claim_edit)
        left.addRow(self.tr("Filed on:"), self.filed_on)
        left.addRow(_buddy_label(self.tr("Merc&hant's response:"), self.response_edit), self.response_edit)
        right = QFormLayout()
        right.addRow(
            _buddy_label(self.tr("Pro&visional credit:"), self.credit_edit),
            _amount_row(self.credit_edit, self.credit_preview),
        )
        right.addRow(self.tr("Credited on:"), self.credit_on)
        right.addRow(self.tr("Outcome:"), self.outcome_box)
        right.addRow(self.tr("Decided on:"), self.outcome_on)
        right.addRow(self.tr("Re-debited:"), _amount_row(self.redebit_edit, self.redebit_preview))
        right.addRow(self.tr("Re-debited on:"), self.redebit_on)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        for edit in (self.credit_edit, self.redebit_edit):
            edit.textChanged.connect(self.changed)
        for field in self.dates():
            field.changed.connect(self.changed)
        self.outcome_box.currentIndexChanged.connect(self.changed)

    def dates(self) -> tuple[DateField, ...]:
        return (self.filed_on, self.credit_on, self.outcome_on, self.redebit_on)

    def fill(self, issuer: Issuer, currency: str) -> None:
        for edit, value in (
            (self.name_edit, issuer.name),
            (self.address_edit, issuer.address),
            (self.claim_edit, issuer.claim_number),
            (self.response_edit, issuer.merchant_response),
        ):
            edit.setText(value or "")
        self.credit_edit.setText(_amount_text(issuer.provisional_credit, currency, self.locale_))
        self.redebit_edit.setText(_amount_text(issuer.redebit_amount, currency, self.locale_))
        outcome = issuer.outcome.value if issuer.outcome else None
        self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(outcome)))
        for field, day in zip(
            self.dates(),
            (issuer.filed_on, issuer.provisional_credit_on, issuer.outcome_on, issuer.redebit_on),
            strict=True,
        ):
            field.set_date(day)

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        if not edit.text().strip():
            return None
        currency = _currency_or_none(self._currency()) or "XXX"
        try:
            return parse_typed_amount(edit.text(), currency, allow_negative=True)
        except AmountError:
            return None

    def issuer(self) -> Issuer:
        outcome = self.outcome_box.currentData()
        return Issuer(
            name=_text(self.name_edit),
            address=_text(self.address_edit),
            claim_number=_text(self.claim_edit),
            filed_on=self.filed_on.date(),
            provisional_credit=self._amount(self.credit_edit),
            provisional_credit_on=self.credit_on.date(),
            merchant_response=_text(self.response_edit),
            outcome=IssuerOutcome(outcome) if outcome else None,
            outcome_on=self.outcome_on.date(),
            redebit_amount=self._amount(self.redebit_edit),
            redebit_on=self.redebit_on.date(),
        )

    def problems(self) -> list[str]:
        """What is typed but cannot be taken as it is, each naming its field and the reason."""
        wrong: list[str] = []
        for edit, preview, name in (
            (self.credit_edit, self.credit_preview, self.tr("Provisional credit")),
            (self.redebit_edit, self.redebit_preview, self.tr("Re-debited")),
        ):
            problem = _read_amount(edit, self._currency(), preview, self.locale_, allow_negative=True)
            value = self._amount(edit)
            if problem:
                wrong.append(labelled(name, problem))
            elif value is not None and value < 0:
                wrong.append(
                    self.tr("%1: an amount credited or taken back is never negative (%2 was read).")
                    .replace("%1", name)
                    .replace("%2", edit.text().strip())
                )
        for field in self.dates():
            problem = field.problem()
            if problem:
                wrong.append(labelled(field.accessibleName(), problem))
        filed = self.filed_on.date()
        for field, day in (
            (self.credit_on, self.credit_on.date()),
            (self.outcome_on, self.outcome_on.date()),
        ):
            if filed is not None and day is not None and day < filed:
                wrong.append(
                    self.tr("%1 (%2) is before the dispute was filed (%3).")
                    .replace("%1", field.accessibleName())
                    .replace("%2", _shown(field, day))
                    .replace("%3", _shown(self.filed_on, filed))
                )
        return wrong


def _shown(field: DateField, day: date) -> str:
    return field.show_text(day)
