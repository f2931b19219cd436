"""The form of a charge, hold, refund or credit, with its three figures (see desktop_app/ui/forms.py).

A charge carries what was charged, what was agreed and what is disputed (domain.amounts): the
agreed and disputed amounts are read by the one parser of amounts, and figures that cannot all
be true (domain.amounts.figure_problems) are refused here with the words that say why.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.amounts import figure_problems, figures
from desktop_app.domain.models import Purchase
from desktop_app.domain.money import AmountError, format_money, parse_currency, parse_typed_amount
from desktop_app.domain.vocab import PurchaseKind
from desktop_app.ui.datefield import DateField
from desktop_app.ui.form_parts import (
    _amount_preview,
    _amount_row,
    _amount_text,
    _buddy_label,
    _combo,
    _currency_problems,
    _error_label,
    _lang,
    _ok_cancel,
    _read_amount,
    _show_problems,
)
from desktop_app.ui.wording import labelled


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
        self.agreed_edit = QLineEdit()
        self.agreed_edit.setPlaceholderText(self.tr("what the quote, order or contract says, if known"))
        self.agreed_preview = _amount_preview()
        self.disputed_edit = QLineEdit()
        self.disputed_edit.setPlaceholderText(self.tr("the whole charge, or charged minus agreed"))
        self.disputed_edit.setToolTip(
            self.tr(
                "Left empty, the disputed amount is the whole charge, or the amount charged minus "
                "the agreed amount when you give one"
            )
        )
        self.disputed_preview = _amount_preview()
        for edit in (self.agreed_edit, self.disputed_edit):  # the hint is read whole
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        self.authorization_edit = QLineEdit()
        self.authorization_edit.setPlaceholderText(self.tr("as on the statement or the bank's app"))
        self.delivery_edit = DateField(locale=self.locale_)
        self.delivery_edit.setAccessibleName(self.tr("Expected delivery"))
        self.delivery_edit.setToolTip(self.tr("When the goods or the service of this charge were due"))
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
        form.addRow(
            _buddy_label(self.tr("Authorisation code or A&RN:"), self.authorization_edit),
            self.authorization_edit,
        )
        form.addRow(_buddy_label(self.tr("Expected de&livery:"), self.delivery_edit), self.delivery_edit)
        form.addRow("", self.disputed_box)
        form.addRow(
            _buddy_label(self.tr("A&greed amount:"), self.agreed_edit),
            _amount_row(self.agreed_edit, self.agreed_preview),
        )
        form.addRow(
            _buddy_label(self.tr("Disputed a&mount:"), self.disputed_edit),
            _amount_row(self.disputed_edit, self.disputed_preview),
        )
        buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if purchase else self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if purchase is not None:
            self._fill(purchase)
        self.amount_edit.textChanged.connect(self.validate)
        self.agreed_edit.textChanged.connect(self.validate)
        self.disputed_edit.textChanged.connect(self.validate)
        self.delivery_edit.changed.connect(self.validate)
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
            (self.authorization_edit, p.authorization_code),
        ):
            edit.setText(value or "")
        self.disputed_box.setChecked(p.disputed)
        self.agreed_edit.setText(_amount_text(p.expected_amount, p.currency, self.locale_))
        self.disputed_edit.setText(_amount_text(p.disputed_amount, p.currency, self.locale_))
        self.delivery_edit.set_date(p.expected_delivery)

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
        for edit, preview, name in (
            (self.agreed_edit, self.agreed_preview, self.tr("Agreed amount")),
            (self.disputed_edit, self.disputed_preview, self.tr("Disputed amount")),
        ):
            problem = _read_amount(
                edit, self.currency_edit.text(), preview, self.locale_, allow_negative=True
            )
            if problem:
                wrong.append(labelled(name, problem))
        if self.delivery_edit.problem():
            wrong.append(self.tr("Expected delivery: %1").replace("%1", self.delivery_edit.problem()))
        if not wrong and self.amount_edit.text().strip():
            read = self._figures()
            if read is not None:
                amount, agreed, disputed, currency = read
                probe = Purchase(
                    date.today(), amount, currency, expected_amount=agreed, disputed_amount=disputed
                )
                wrong += [problem[:1].upper() + problem[1:] + "." for problem in figure_problems(probe)]
                if not wrong and disputed is None:
                    self._show_worked_out(figures(probe).disputed, currency)
        return wrong

    def _show_worked_out(self, disputed: Decimal, currency: str) -> None:
        """Beside an empty disputed amount, the figure it stands for: the whole charge, or charged
        minus agreed (domain.amounts.figures), said as worked out, not as typed."""
        shown = format_money(disputed, currency, _lang(self.locale_))
        self.disputed_preview.setText("→ " + shown)
        self.disputed_preview.setToolTip(
            self.tr("Worked out: charged minus agreed")
            if self.agreed_edit.text().strip()
            else self.tr("Worked out: the whole charge")
        )

    def _figures(self) -> tuple[Decimal, Decimal | None, Decimal | None, str] | None:
        """The amount charged, agreed and disputed as read (None when one cannot be read)."""
        try:
            currency = parse_currency(self.currency_edit.text())
            amount = parse_typed_amount(self.amount_edit.text(), currency)
            agreed, disputed = (
                parse_typed_amount(edit.text(), currency, allow_negative=True)
                if edit.text().strip()
                else None
                for edit in (self.agreed_edit, self.disputed_edit)
            )
        except AmountError:
            return None
        return amount, agreed, disputed, currency

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

    def _optional(self, edit: QLineEdit) -> Decimal | None:
        if not edit.text().strip():
            return None
        return parse_typed_amount(edit.text(), parse_currency(self.currency_edit.text()), allow_negative=True)

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
            expected_amount=self._optional(self.agreed_edit),
            disputed_amount=self._optional(self.disputed_edit),
            authorization_code=text(self.authorization_edit),
            expected_delivery=self.delivery_edit.date(),
        )
        if self.original is None:
            return purchase
        return replace(purchase, id=self.original.id, case_id=self.original.case_id)
