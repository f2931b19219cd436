"""The form of a case: a new case, or a case's details edited (see desktop_app/ui/forms.py)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import (
    CASE_DATE_FIELDS,
    Case,
    CaseDates,
    Merchant,
    Payment,
)
from desktop_app.domain.money import (
    parse_currency,
    parse_typed_amount,
)
from desktop_app.domain.profiles import LANGUAGE_NAMES, LANGUAGES
from desktop_app.domain.redact import card_last4
from desktop_app.domain.vocab import (
    CardKind,
    CardNetwork,
    CaseStatus,
    EscalationStage,
    PaymentMethod,
    Reason,
)
from desktop_app.ui.appearance import tabs_with_room_for_accents
from desktop_app.ui.case_sections import CustomerPage, IssuerPage
from desktop_app.ui.datefield import DateField
from desktop_app.ui.document_language import country_language, document_language
from desktop_app.ui.form_parts import (
    _FOUR_DIGITS,
    _amount_preview,
    _amount_row,
    _amount_text,
    _buddy_label,
    _combo,
    _currency_problems,
    _default_currency,
    _error_label,
    _is_country,
    _ok_cancel,
    _read_amount,
    _show_problems,
    date_label,
)
from desktop_app.ui.i18n import window_language
from desktop_app.ui.wording import labelled


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
        self.customer = CustomerPage()
        self.customer_edit = self.customer.name_edit
        self.merchant_edit = QLineEdit()
        self.merchant_email_edit = QLineEdit()
        self.merchant_phone_edit = QLineEdit()
        self.merchant_website_edit = QLineEdit()
        self.merchant_address_edit = QLineEdit()
        self.reason_box = _combo(Reason)
        self.status_box = _combo(CaseStatus)
        self.stage_box = _combo(EscalationStage, self.tr("Follow the facts"))
        self.stage_box.setToolTip(
            self.tr(
                "Follow the facts: where the case stands follows the contacts, answers and filing "
                "you logged. Choose a stage to set it yourself."
            )
        )
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText("FR, ES, PL, GB, US…")
        self.language_box = QComboBox()
        # Its first choice's text changes with the country ("The window's language (Polski)"): as
        # wide as the longest, never cut.
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_box.addItem(self.tr("From the country"), None)
        for lang in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[lang], lang)
        self.language_box.setAccessibleName(self.tr("Language of the pack and the letters"))
        self.language_box.setToolTip(
            self.tr(
                "The language the pack and the letters start in. From the country: French for FR, "
                "BE, LU; Spanish for ES and Spanish-speaking countries; Polish for PL; English for GB, US, "
                "IE, AU, NZ; for any other country, or none, the window's language."
            )
        )
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(_amount_text(Decimal("19.99"), "EUR", self.locale_))
        self.amount_preview = _amount_preview()
        self.amount_edit.setToolTip(
            self.tr(
                "The case's own figure, for a case without charges. Once charges are recorded, the "
                "disputed total is the sum of the disputed charges' figures (see each charge)."
            )
        )
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
        self.business_box = QCheckBox(self.tr("Business card or account"))
        self.business_box.setToolTip(self.tr("A company's (corporate) card or account, not a consumer's"))
        self.mandate_edit = QLineEdit()
        self.mandate_edit.setPlaceholderText(self.tr("RUM, UMR: on the mandate or the statement"))
        self.creditor_edit = QLineEdit()
        self.creditor_edit.setPlaceholderText(self.tr("ICS, CI: e.g. FR12ZZZ123456"))
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
        self.issuer = IssuerPage(lambda: self.currency_edit.text(), locale=self.locale_)

        left = QFormLayout()
        left.addRow(self.tr("&Title:"), self.title_edit)
        left.addRow(self.tr("&Merchant:"), self.merchant_edit)
        left.addRow(self.tr("Merchant's e-mail:"), self.merchant_email_edit)
        left.addRow(self.tr("Merchant's phone:"), self.merchant_phone_edit)
        left.addRow(self.tr("Merchant's website:"), self.merchant_website_edit)
        left.addRow(self.tr("Merchant's address:"), self.merchant_address_edit)
        left.addRow(self.tr("&Reason:"), self.reason_box)
        left.addRow(self.tr("Stat&us:"), self.status_box)
        left.addRow(self.tr("Sta&ge:"), self.stage_box)
        left.addRow(self.tr("Cou&ntry:"), self.country_edit)
        left.addRow(self.tr("Language:"), self.language_box)
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
        right.addRow("", self.business_box)
        right.addRow(self.tr("Mandate reference:"), self.mandate_edit)
        right.addRow(self.tr("Creditor identifier:"), self.creditor_edit)
        self._direct_debit_rows = (right, (self.mandate_edit, self.creditor_edit))
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.addLayout(columns)
        story_label = QLabel(self.tr("&Story:"))
        story_label.setBuddy(self.summary_edit)
        main_layout.addWidget(story_label)
        main_layout.addWidget(self.summary_edit)
        main_layout.addStretch(1)
        dates_page = QWidget()
        dates_columns = QHBoxLayout(dates_page)
        names = list(self.dates)
        half = (len(names) + 1) // 2
        for part in (names[:half], names[half:]):
            column = QFormLayout()
            for name in part:
                column.addRow(*self.dates[name])
            holder = QVBoxLayout()
            holder.addLayout(column)
            holder.addStretch(1)
            dates_columns.addLayout(holder, 1)
        self.tabs = QTabWidget()
        if window_language() != "en":  # "Échéances", "Źródła": a capital letter's accent kept
            tabs_with_room_for_accents(self.tabs)
        self.tabs.addTab(main, self.tr("Th&e case"))
        self.tabs.addTab(self.customer, self.tr("Cust&omer"))
        self.tabs.addTab(dates_page, self.tr("&Dates"))
        self.tabs.addTab(self.issuer, self.tr("After filing with the &bank"))
        self._first_fields: dict[QWidget, QWidget] = {
            main: self.title_edit,
            self.customer: self.customer.kind_box,
            dates_page: self.dates[names[0]][0],
            self.issuer: self.issuer.name_edit,
        }
        self._by_keyboard = False  # the page is being changed by a mnemonic or Ctrl+Tab
        self.tabs.tabBar().installEventFilter(self)
        self.tabs.installEventFilter(self)
        self.tabs.currentChanged.connect(self._page_shown)
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Save") if case else self.tr("Create case"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
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
        self.country_edit.textChanged.connect(self._country_changed)
        self._country_changed()
        for _known, field in self.dates.values():
            field.changed.connect(self.validate)
        self.issuer.changed.connect(self.validate)
        self.customer.email_edit.textChanged.connect(self.validate)
        self.method_box.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.last4_edit.textEdited.connect(self._last4_edited)
        self.last4_edit.editingFinished.connect(self.keep_last4_only)
        self.resize(960, min(600, self.sizeHint().height()))
        self.validate()

    @Slot(int)
    def _page_shown(self, _index: int) -> None:
        """A page brought forward by its tab's mnemonic (Alt+O…) or Ctrl+Tab: the focus goes to its
        first field. Chosen on the focused tab bar with the arrow keys, the focus stays there."""
        if not self._by_keyboard:
            return
        self._by_keyboard = False
        page = self.tabs.currentWidget()
        first = self._first_fields.get(page) if page is not None else None
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            self._by_keyboard = True  # a tab's mnemonic
        elif watched is self.tabs and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self._by_keyboard = True
        return super().eventFilter(watched, event)

    @Slot()
    def _method_changed(self) -> None:
        """The mandate's reference and the creditor identifier are asked for a direct debit, and
        shown for any case that already has them."""
        form, edits = self._direct_debit_rows
        debit = self.method_box.currentData() == PaymentMethod.DIRECT_DEBIT.value
        for edit in edits:
            form.setRowVisible(edit, debit or bool(edit.text().strip()))

    @Slot()
    def _country_changed(self) -> None:
        """ "From the country" names the language the country gives, as it is typed."""
        country = self.country_edit.text().strip()
        known = country if _is_country(country) else None
        lang = document_language(known)  # the country's language, else the window's
        by_country = country_language(known)
        automatic = self.tr("From the country (%1)") if by_country else self.tr("The window's language (%1)")
        self.language_box.setItemText(0, automatic.replace("%1", LANGUAGE_NAMES[lang]))
        self.language_box.setMinimumWidth(self.language_box.sizeHint().width())

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
        self.customer.fill(case)
        self.merchant_edit.setText(case.merchant.name)
        self.merchant_email_edit.setText(case.merchant.email or "")
        self.merchant_phone_edit.setText(case.merchant.phone or "")
        self.merchant_website_edit.setText(case.merchant.website or "")
        self.merchant_address_edit.setText(case.merchant.address or "")
        for box, value in (
            (self.reason_box, case.reason.value),
            (self.status_box, case.status.value),
            (self.stage_box, case.stage.value if case.stage_override else None),
            (self.method_box, case.payment.method),
            (self.network_box, case.payment.network),
            (self.card_kind_box, case.payment.card_kind),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.country_edit.setText(case.country or "")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(case.language)))
        self.currency_edit.setText(case.currency)
        self.amount_edit.setText(_amount_text(case.disputed_amount, case.currency, self.locale_))
        self.refunded_edit.setText(_amount_text(case.refunded_amount, case.currency, self.locale_))
        self.last4_edit.setText(case.payment.last4 or "")
        self.business_box.setChecked(case.payment.business)
        self.mandate_edit.setText(case.payment.mandate_reference or "")
        self.creditor_edit.setText(case.payment.creditor_id or "")
        self.issuer.fill(case.issuer, case.currency)
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
                wrong.append(labelled(name, problem))
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
                wrong.append(labelled(date_label(name), problem))
        wrong += self.customer.problems()
        wrong += self.issuer.problems()
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

        stage = self.stage_box.currentData()
        kept_stage = self.original.stage if self.original else EscalationStage.CUSTOMER_SERVICE
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
            stage=EscalationStage(stage) if stage else kept_stage,
            stage_override=stage is not None,
            country=(text(self.country_edit) or "").upper() or None,
            language=self.language_box.currentData(),
            currency=parse_currency(self.currency_edit.text()),
            disputed_amount=self.amount(),
            refunded_amount=self._amount(self.refunded_edit),
            payment=Payment(
                self.method_box.currentData(),
                self.network_box.currentData(),
                self.last4(),
                self.card_kind_box.currentData(),
                business=self.business_box.isChecked(),
                mandate_reference=text(self.mandate_edit),
                creditor_id=text(self.creditor_edit),
            ),
            customer=self.customer.customer(),
            issuer=self.issuer.issuer(),
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
