"""Issue 15 in the forms: every new fact of a case, a charge and a contact is typed in the window,
kept by the store and shown again as typed; the three figures of a charge are read like every
amount and refused where they cannot all be true; the stage follows the facts unless chosen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import Case, Merchant
from desktop_app.domain.vocab import (
    CustomerKind,
    EscalationStage,
    IssuerOutcome,
    MerchantAnswer,
    PaymentMethod,
    Reason,
)
from desktop_app.services import Services
from desktop_app.ui.datefield import DateField
from desktop_app.ui.forms import AddPurchaseDialog, LogContactDialog, NewCaseDialog
from tests.ui.test_workspace import type_text


def typed(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def choose(box: QComboBox, value: str | None) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def dated(qtbot: QtBot, field: DateField, iso: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, iso)


def base_form(qtbot: QtBot, locale: str = "pl_PL", case: Case | None = None) -> NewCaseDialog:
    dialog = NewCaseDialog(locale=QLocale(locale), case=case)
    qtbot.addWidget(dialog)
    if case is None:
        typed(qtbot, dialog.title_edit, "12 licences billed instead of 2")
        typed(qtbot, dialog.merchant_edit, "Softhaus sp. z o.o.")
        typed(qtbot, dialog.currency_edit, "PLN")
    return dialog


def stored_again(services: Services, case_id: int) -> Case:
    return services.case(case_id)


def without_times(case: Case) -> Case:
    return replace(case, created_at=None, updated_at=None)


def test_every_new_case_field_goes_through_the_form_into_the_store_and_back(
    qtbot: QtBot, services: Services
) -> None:
    dialog = base_form(qtbot)
    choose(dialog.customer.kind_box, CustomerKind.COMPANY.value)
    typed(qtbot, dialog.customer_edit, "Biuro Nowak sp. z o.o.")
    typed(qtbot, dialog.customer.address_edit, "ul. Długa 5, 00-238 Warszawa")
    typed(qtbot, dialog.customer.email_edit, "biuro@nowak.example")
    typed(qtbot, dialog.customer.phone_edit, "+48 22 123 45 67")
    typed(qtbot, dialog.customer.tax_edit, "PL 521-301-72-28")
    typed(qtbot, dialog.customer.cardholder_edit, "Anna Nowak")
    typed(qtbot, dialog.customer.role_edit, "office manager")
    choose(dialog.method_box, PaymentMethod.DIRECT_DEBIT.value)
    dialog.business_box.setChecked(True)
    typed(qtbot, dialog.mandate_edit, "RUM-2026-0042")
    typed(qtbot, dialog.creditor_edit, "FR12ZZZ123456")
    dated(qtbot, dialog.dates["mandate_revoked"][1], "2026-08-22")
    dated(qtbot, dialog.dates["merchant_complaint"][1], "2026-09-10")
    issuer = dialog.issuer
    typed(qtbot, issuer.name_edit, "Bank Przykładowy S.A.")
    typed(qtbot, issuer.address_edit, "ul. Prosta 1, Warszawa")
    typed(qtbot, issuer.claim_edit, "RK/2026/1187")
    dated(qtbot, issuer.filed_on, "2026-10-20")
    typed(qtbot, issuer.credit_edit, "1 200,00")
    dated(qtbot, issuer.credit_on, "2026-10-24")
    typed(qtbot, issuer.response_edit, "The merchant says 12 licences were ordered")
    choose(issuer.outcome_box, IssuerOutcome.PARTLY.value)
    dated(qtbot, issuer.outcome_on, "2026-12-02")
    typed(qtbot, issuer.redebit_edit, "600,00")
    dated(qtbot, issuer.redebit_on, "2026-12-05")
    choose(dialog.stage_box, EscalationStage.BANK.value)
    assert dialog.ok_button.isEnabled(), dialog.error.text()

    case = dialog.case()
    case_id = services.create_case(case)
    stored = stored_again(services, case_id)
    assert stored.customer_name == "Biuro Nowak sp. z o.o."
    assert stored.customer.kind is CustomerKind.COMPANY
    assert stored.customer.address == "ul. Długa 5, 00-238 Warszawa"
    assert stored.customer.email == "biuro@nowak.example"
    assert stored.customer.phone == "+48 22 123 45 67"
    assert stored.customer.tax_id == "PL 521-301-72-28"
    assert (stored.customer.cardholder_name, stored.customer.cardholder_role) == (
        "Anna Nowak",
        "office manager",
    )
    assert stored.payment.business is True
    assert (stored.payment.mandate_reference, stored.payment.creditor_id) == (
        "RUM-2026-0042",
        "FR12ZZZ123456",
    )
    assert stored.dates.mandate_revoked == date(2026, 8, 22)
    assert stored.dates.merchant_complaint == date(2026, 9, 10)
    i = stored.issuer
    assert (i.name, i.address, i.claim_number) == (
        "Bank Przykładowy S.A.",
        "ul. Prosta 1, Warszawa",
        "RK/2026/1187",
    )
    assert (i.filed_on, i.provisional_credit, i.provisional_credit_on) == (
        date(2026, 10, 20),
        Decimal("1200.00"),
        date(2026, 10, 24),
    )
    assert i.merchant_response == "The merchant says 12 licences were ordered"
    assert (i.outcome, i.outcome_on) == (IssuerOutcome.PARTLY, date(2026, 12, 2))
    assert (i.redebit_amount, i.redebit_on) == (Decimal("600.00"), date(2026, 12, 5))
    assert (stored.stage, stored.stage_override) == (EscalationStage.BANK, True)

    # The stored case, shown in the form again, gives back exactly what the store holds.
    again = base_form(qtbot, case=stored)
    assert again.ok_button.isEnabled(), again.error.text()
    assert without_times(again.case()) == without_times(stored)
    assert again.issuer.credit_edit.text() == "1200,00"  # as the user types it in pl_PL


def test_what_is_not_filled_stays_not_said(qtbot: QtBot, services: Services) -> None:
    dialog = base_form(qtbot)
    case = dialog.case()
    assert case.customer.kind is None  # no kind is chosen for the user
    assert case.customer == type(case.customer)()
    assert case.issuer == type(case.issuer)()
    assert case.payment.business is False and case.payment.mandate_reference is None
    assert case.stage_override is False  # a new case follows the facts
    stored = stored_again(services, services.create_case(case))
    assert stored.customer.kind is None and stored.issuer.filed_on is None and not stored.stage_override


def test_follow_the_facts_is_a_choice_beside_the_stages(qtbot: QtBot, services: Services) -> None:
    case = Case(
        "Gym",
        Merchant("FitClub"),
        Reason.CANCELLED_RECURRING,
        "EUR",
        stage=EscalationStage.SUPERVISOR,
        stage_override=True,
    )
    case_id = services.create_case(case)
    dialog = base_form(qtbot, case=services.case(case_id))
    assert dialog.stage_box.currentData() == EscalationStage.SUPERVISOR.value
    assert dialog.stage_box.itemText(0) == "Follow the facts" and dialog.stage_box.itemData(0) is None
    dialog.stage_box.setCurrentIndex(0)
    followed = dialog.case()
    assert followed.stage_override is False
    services.update_case(followed)
    stored = services.case(case_id)
    assert stored.stage_override is False
    shown = base_form(qtbot, case=stored)
    assert shown.stage_box.currentIndex() == 0  # shown as following the facts, not as a stage
    choose(shown.stage_box, EscalationStage.REGULATOR.value)
    assert (shown.case().stage, shown.case().stage_override) == (EscalationStage.REGULATOR, True)


def test_the_mandate_is_asked_for_a_direct_debit(qtbot: QtBot) -> None:
    dialog = base_form(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    form, _edits = dialog._direct_debit_rows
    assert not form.isRowVisible(dialog.mandate_edit)
    choose(dialog.method_box, PaymentMethod.DIRECT_DEBIT.value)
    assert form.isRowVisible(dialog.mandate_edit) and form.isRowVisible(dialog.creditor_edit)
    choose(dialog.method_box, PaymentMethod.CARD.value)
    assert not form.isRowVisible(dialog.creditor_edit)


def test_the_issuers_dates_and_amounts_are_refused_with_what_was_read(qtbot: QtBot) -> None:
    dialog = base_form(qtbot)
    dated(qtbot, dialog.issuer.filed_on, "2026-10-20")
    dated(qtbot, dialog.issuer.credit_on, "2026-10-19")
    assert not dialog.ok_button.isEnabled()
    assert "before the dispute was filed" in dialog.error.text()
    dated(qtbot, dialog.issuer.credit_on, "2026-10-21")
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    typed(qtbot, dialog.issuer.credit_edit, "1.200,5,0")
    assert not dialog.ok_button.isEnabled()
    assert "Provisional credit" in dialog.error.text() and "1.200,5,0" in dialog.error.text()
    typed(qtbot, dialog.issuer.credit_edit, "-5")
    assert "never negative" in dialog.error.text()
    typed(qtbot, dialog.customer.email_edit, "biuro at nowak")
    assert "not an e-mail address" in dialog.error.text()


def test_the_new_dates_have_their_own_words(qtbot: QtBot) -> None:
    dialog = base_form(qtbot)
    assert dialog.dates["mandate_revoked"][0].text() == "Mandate revoked or contract ended"
    assert dialog.dates["merchant_complaint"][0].text() == "Complaint reached the merchant"


# ------------------------------------------------------------------------------------------ charges


def purchase_form(qtbot: QtBot, locale: str = "pl_PL") -> AddPurchaseDialog:
    dialog = AddPurchaseDialog("PLN", locale=QLocale(locale), default_date=date(2026, 10, 3))
    qtbot.addWidget(dialog)
    return dialog


def test_a_charges_new_fields_go_into_the_store_and_back(qtbot: QtBot, services: Services) -> None:
    case_id = services.create_case(Case("Licences", Merchant("Softhaus"), Reason.INCORRECT_AMOUNT, "PLN"))
    dialog = purchase_form(qtbot)
    typed(qtbot, dialog.amount_edit, "1 440,00")
    typed(qtbot, dialog.agreed_edit, "240,00")
    typed(qtbot, dialog.authorization_edit, "74987506281234567890123")
    dated(qtbot, dialog.delivery_edit, "2026-10-10")
    dialog.disputed_box.setChecked(True)
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    assert dialog.disputed_edit.placeholderText() == "the whole charge, or charged minus agreed"
    purchase_id = services.add_purchase(case_id, dialog.purchase())
    stored = services.purchase(purchase_id)
    assert (stored.amount, stored.expected_amount, stored.disputed_amount) == (
        Decimal("1440.00"),
        Decimal("240.00"),
        None,  # not typed: worked out as charged minus agreed, never filled in
    )
    assert stored.authorization_code == "74987506281234567890123"
    assert stored.expected_delivery == date(2026, 10, 10)
    again = AddPurchaseDialog("PLN", locale=QLocale("pl_PL"), purchase=stored)
    qtbot.addWidget(again)
    assert again.agreed_edit.text() == "240,00" and again.disputed_edit.text() == ""
    assert again.delivery_edit.date() == date(2026, 10, 10)
    assert again.purchase() == stored
    typed(qtbot, again.disputed_edit, "1 000,00")
    services.update_purchase(again.purchase())
    assert services.purchase(purchase_id).disputed_amount == Decimal("1000.00")


@pytest.mark.parametrize(
    ("agreed", "disputed", "said"),
    [
        ("", "1 500,00", "the disputed amount (1500.00 PLN) is more than the amount charged (1440.00 PLN)"),
        ("1 500,00", "", "nothing would be disputed"),
        ("-240,00", "", "the agreed amount is never negative"),
        ("", "-1", "the disputed amount is never negative"),
    ],
)
def test_figures_that_cannot_all_be_true_are_refused_with_the_domains_words(
    qtbot: QtBot, agreed: str, disputed: str, said: str
) -> None:
    dialog = purchase_form(qtbot)
    typed(qtbot, dialog.amount_edit, "1 440,00")
    typed(qtbot, dialog.agreed_edit, agreed)
    typed(qtbot, dialog.disputed_edit, disputed)
    assert not dialog.ok_button.isEnabled()
    assert said.lower() in dialog.error.text().lower()


def test_an_ambiguous_agreed_or_disputed_amount_is_refused_saying_what_was_read(qtbot: QtBot) -> None:
    dialog = purchase_form(qtbot, "en_GB")
    typed(qtbot, dialog.amount_edit, "1440.00")
    typed(qtbot, dialog.agreed_edit, "12,3,4")  # not one amount: not guessed
    assert not dialog.ok_button.isEnabled()
    assert "Agreed amount:" in dialog.error.text() and "“12,3,4”" in dialog.error.text()
    assert dialog.agreed_preview.text() == "≠"
    typed(qtbot, dialog.agreed_edit, "240.00")
    assert dialog.agreed_preview.text().startswith("= ") and "240" in dialog.agreed_preview.text()
    assert dialog.ok_button.isEnabled(), dialog.error.text()


# ------------------------------------------------------------------------------------------ contacts


def test_who_answered_and_their_answer_go_into_the_store_and_back(qtbot: QtBot, services: Services) -> None:
    case_id = services.create_case(Case("Gym", Merchant("FitClub"), Reason.CANCELLED_RECURRING, "EUR"))
    dialog = LogContactDialog(locale=QLocale("fr_FR"), default_zone="Europe/Paris")
    qtbot.addWidget(dialog)
    assert dialog.level_box.currentData() is None and dialog.answer_box.currentData() is None
    choose(dialog.level_box, EscalationStage.SUPERVISOR.value)
    choose(dialog.answer_box, MerchantAnswer.FINAL_RESPONSE.value)
    contact_id, _task = services.log_communication(case_id, dialog.communication(), zone="Europe/Paris")
    stored = services.communication(contact_id)
    assert (stored.level, stored.answer) == (EscalationStage.SUPERVISOR, MerchantAnswer.FINAL_RESPONSE)
    again = LogContactDialog(locale=QLocale("fr_FR"), contact=stored)
    qtbot.addWidget(again)
    assert (
        again.level_box.currentData() == "supervisor" and again.answer_box.currentData() == "final_response"
    )
    assert again.communication().level is EscalationStage.SUPERVISOR
    again.answer_box.setCurrentIndex(0)
    assert again.communication().answer is None


# ------------------------------------------------------------------------------------------ the Overview


def test_the_overview_states_the_three_figures_and_the_total(qtbot: QtBot, services: Services) -> None:
    from desktop_app.domain.models import Issuer, Purchase
    from desktop_app.ui.case_view import CaseView

    case_id = services.create_case(
        Case(
            "12 licences billed instead of 2",
            Merchant("Softhaus"),
            Reason.INCORRECT_AMOUNT,
            "PLN",
            country="PL",
            issuer=Issuer(name="Bank Przykładowy", claim_number="RK/1187", filed_on=date(2026, 10, 20)),
        )
    )
    services.add_purchase(
        case_id,
        Purchase(
            date(2026, 10, 3),
            Decimal("1440.00"),
            "PLN",
            description="12 licences",
            expected_amount=Decimal("240.00"),
            disputed=True,
        ),
    )
    view = CaseView(lang="pl")
    qtbot.addWidget(view)
    view.show_page(services.case_detail(case_id), services.deadlines(case_id))
    figures = (
        view.overview.figures.text()
        .replace("\N{NO-BREAK SPACE}", " ")
        .replace("\N{NARROW NO-BREAK SPACE}", " ")
    )
    assert "1 440,00 PLN" in figures and "240,00 PLN" in figures and "1 200,00 PLN" in figures
    assert figures.index("1 440,00") < figures.index("240,00 PLN") < figures.rindex("1 200,00 PLN")
    assert "charged minus agreed" in figures and "Total disputed" in figures
    disputed = view.overview.values["disputed"].text().replace("\N{NO-BREAK SPACE}", " ")
    assert disputed.replace("\N{NARROW NO-BREAK SPACE}", " ") == "1 200,00 PLN"
    assert view.facts["amount"].text() == view.overview.values["disputed"].text()
    # Filed: the issuer's facts are shown.
    assert not view.overview.issuer_box.isHidden()
    assert (
        "RK/1187" in view.overview.values["claim"].text()
        and "2026-10-20" in view.overview.values["claim"].text()
    )
    assert view.overview.values["issuer"].text() == "Bank Przykładowy"


def test_the_overview_says_when_the_figures_cannot_be_added(qtbot: QtBot, services: Services) -> None:
    from desktop_app.domain.models import Purchase
    from desktop_app.ui.case_view import CaseView

    case_id = services.create_case(Case("Two currencies", Merchant("Shop"), Reason.DUPLICATE, "EUR"))
    for amount, currency in (("10.00", "EUR"), ("12.00", "USD")):
        services.add_purchase(case_id, Purchase(date(2026, 10, 3), Decimal(amount), currency))
    view = CaseView(lang="en")
    qtbot.addWidget(view)
    view.show_page(services.case_detail(case_id), services.deadlines(case_id))
    assert "EUR, USD: no single total can be given" in view.overview.figures.text()
    assert view.overview.values["disputed"].text() == "—"  # no figure, never a made-up one
    assert view.overview.issuer_box.isHidden()  # nothing filed yet


def test_an_empty_disputed_amount_shows_the_figure_it_stands_for(qtbot: QtBot) -> None:
    dialog = purchase_form(qtbot)
    typed(qtbot, dialog.amount_edit, "1 440,00")
    assert plain(dialog.disputed_preview.text()) == "→ 1 440,00 PLN"  # the whole charge
    typed(qtbot, dialog.agreed_edit, "240,00")
    assert plain(dialog.disputed_preview.text()) == "→ 1 200,00 PLN"  # charged minus agreed
    assert "charged minus agreed" in dialog.disputed_preview.toolTip()
    typed(qtbot, dialog.disputed_edit, "1 000,00")
    assert plain(dialog.disputed_preview.text()) == "= 1 000,00 PLN"  # what was typed, read
    assert dialog.purchase().disputed_amount == Decimal("1000.00")
    dialog.disputed_edit.clear()
    assert dialog.purchase().disputed_amount is None  # the worked-out figure is never stored as typed


def plain(text: str) -> str:
    return text.replace("\N{NO-BREAK SPACE}", " ").replace("\N{NARROW NO-BREAK SPACE}", " ")


def test_where_it_stands_follows_a_supervisors_final_refusal(qtbot: QtBot, services: Services) -> None:
    from datetime import UTC, datetime

    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction
    from desktop_app.ui.case_view import CaseView

    case_id = services.create_case(
        Case("Gym", Merchant("FitClub"), Reason.CANCELLED_RECURRING, "EUR", country="FR")
    )
    view = CaseView(lang="en")
    qtbot.addWidget(view)
    view.show_page(services.case_detail(case_id), services.deadlines(case_id))
    before = view.overview.ladder.text()
    services.log_communication(
        case_id,
        Communication(
            datetime(2026, 10, 8, 10, 30, tzinfo=UTC),
            Channel.PHONE,
            Direction.OUTGOING,
            summary="The supervisor refused, finally.",
            level=EscalationStage.SUPERVISOR,
            answer=MerchantAnswer.FINAL_RESPONSE,
        ),
    )
    detail = services.case_detail(case_id)
    view.show_page(detail, services.deadlines(case_id))
    ladder = view.overview.ladder.text()
    next_line = ladder.split("</p>")[0]
    assert "supervisor" not in next_line.lower(), next_line  # never advises a step already taken
    assert ladder != before
    assert detail.next_step.stage is not EscalationStage.SUPERVISOR
    assert view.overview.ladder_title.text() == f"Where it stands: {detail.next_step.stage.label}"
    assert view.overview.values["stage"].text().endswith("(from the facts)")
    assert "(done)" in ladder and "(now)" in ladder


def test_the_new_pages_are_reached_by_keyboard(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = base_form(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    for key, page, first in (
        (Qt.Key.Key_O, dialog.customer, dialog.customer.kind_box),
        (Qt.Key.Key_B, dialog.issuer, dialog.issuer.name_edit),
        (Qt.Key.Key_D, None, dialog.dates["transaction"][0]),
        (Qt.Key.Key_E, None, dialog.title_edit),
    ):
        qtbot.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
        if page is not None:
            assert dialog.tabs.currentWidget() is page
        assert QApplication.focusWidget() is first, f"Alt+{key.name} went to {QApplication.focusWidget()!r}"
    # On the customer page, Tab goes down the fields in the order they are shown.
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    order = [dialog.customer.kind_box, dialog.customer.name_edit, dialog.customer.address_edit]
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    # A label's mnemonic on the page shown moves to its field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.customer.tax_edit
    # Ctrl+Tab: the next page, at its first field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 2 and QApplication.focusWidget() is dialog.dates["transaction"][0]


def test_the_contacts_table_says_who_answered_and_what(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from desktop_app.domain.models import Communication
    from desktop_app.domain.vocab import Channel, Direction
    from desktop_app.ui.models import communications_model

    model = communications_model()
    model.set_rows(
        [
            Communication(
                datetime(2026, 10, 8, 10, 30, tzinfo=UTC),
                Channel.PHONE,
                Direction.INCOMING,
                level=EscalationStage.SUPERVISOR,
                answer=MerchantAnswer.REFUSED,
            )
        ]
    )
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Their answer"
    assert (
        model.index(0, column).data()
        == f"{MerchantAnswer.REFUSED.label} ({EscalationStage.SUPERVISOR.label})"
    )


def test_the_timeline_names_the_banks_entries(qtbot: QtBot, services: Services) -> None:
    from desktop_app.domain.models import Issuer
    from desktop_app.ui.case_view import CaseView

    case_id = services.create_case(
        Case(
            "Filed",
            Merchant("Shop"),
            Reason.NOT_RECEIVED,
            "EUR",
            issuer=Issuer(name="Banco", claim_number="C-1", filed_on=date(2026, 10, 20)),
        )
    )
    view = CaseView(lang="en")
    qtbot.addWidget(view)
    view.show_page(services.case_detail(case_id), services.deadlines(case_id))
    kinds = {view.timeline.index(r, 1).data() for r in range(view.timeline.rowCount())}
    assert "Bank" in kinds and "issuer" not in kinds


def test_the_charges_table_states_the_agreed_and_disputed_figures(qtbot: QtBot) -> None:
    from desktop_app.domain.models import Purchase
    from desktop_app.ui.models import purchases_model

    model = purchases_model(lang="en")
    charge = Purchase(
        date(2026, 10, 3),
        Decimal("1440.00"),
        "PLN",
        expected_amount=Decimal("240.00"),
        authorization_code="482913",
        expected_delivery=date(2026, 10, 10),
        disputed=True,
    )
    model.set_rows([charge, replace(charge, disputed=False, expected_amount=None)])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    def cell(row: int, header: str) -> str:
        return str(model.index(row, headers.index(header)).data())

    assert (cell(0, "Amount"), cell(0, "Agreed"), cell(0, "Disputed")) == (
        "1,440.00 PLN",
        "240.00 PLN",
        "yes: 1,200.00 PLN",
    )
    assert cell(0, "Authorisation / ARN") == "482913" and cell(0, "Expected delivery") == "2026-10-10"
    assert (cell(1, "Agreed"), cell(1, "Disputed")) == ("", "")
