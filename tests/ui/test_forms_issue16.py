"""Issue 16 in the forms: the case's language ("From the country" or one of the four) and the
customer's city in the case form, how a letter was sent in the contact form (asked of a letter
only), each kept by the store and shown again; the export dialog starts in the language chosen."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.models import Case, Communication, Customer, Merchant
from desktop_app.domain.vocab import Channel, Direction, LetterDelivery, Reason
from desktop_app.services import Services
from desktop_app.ui.forms import LogContactDialog, NewCaseDialog
from desktop_app.ui.pack_export import ExportPackDialog
from tests.ui.test_dispute_fields import base_form, choose, typed

PARIS = timezone(timedelta(hours=1))


def items(box: QComboBox) -> list[tuple[str, object]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_the_language_is_the_country_s_until_one_is_chosen(qtbot: QtBot) -> None:
    dialog = base_form(qtbot, "fr_FR")
    assert items(dialog.language_box) == [
        ("The window's language (English)", None),  # no country yet: the window's language
        ("English", "en"),
        ("Français", "fr"),
        ("Español", "es"),
        ("Polski", "pl"),
    ]
    assert dialog.language_box.currentData() is None and dialog.case().language is None
    typed(qtbot, dialog.country_edit, "pl")
    assert dialog.language_box.itemText(0) == "From the country (Polski)"
    assert dialog.case().language is None  # nothing chosen: the country's, whatever it becomes
    typed(qtbot, dialog.country_edit, "MX")
    assert dialog.language_box.itemText(0) == "From the country (Español)"
    typed(qtbot, dialog.country_edit, "X")  # not a country (yet): the window's language, as for none
    assert dialog.language_box.itemText(0) == "The window's language (English)"
    typed(qtbot, dialog.country_edit, "GB")
    assert dialog.language_box.itemText(0) == "From the country (English)"
    choose(dialog.language_box, "fr")
    assert dialog.case().language == "fr"
    assert dialog.ok_button.isEnabled() or "country" in dialog.error.text()


def test_the_language_and_the_city_go_into_the_store_and_back(qtbot: QtBot, services: Services) -> None:
    dialog = base_form(qtbot)
    typed(qtbot, dialog.country_edit, "PL")
    choose(dialog.language_box, "en")
    typed(qtbot, dialog.customer.address_edit, "ul. Piotrkowska 104, 90-001")
    typed(qtbot, dialog.customer.city_edit, "  Łódź ")
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    case_id = services.create_case(dialog.case())
    stored = services.case(case_id)
    assert (stored.language, stored.country, stored.customer.city) == ("en", "PL", "Łódź")
    again = NewCaseDialog(locale=QLocale("pl_PL"), case=stored)
    qtbot.addWidget(again)
    assert again.language_box.currentData() == "en" and again.customer.city_edit.text() == "Łódź"
    assert again.language_box.itemText(0) == "From the country (Polski)"
    assert replace(again.case(), updated_at=stored.updated_at) == stored  # nothing changed, nothing lost
    again.language_box.setCurrentIndex(0)
    again.customer.city_edit.clear()
    services.update_case(again.case())
    cleared = services.case(case_id)
    assert (cleared.language, cleared.customer.city) == (None, None)
    assert cleared.customer == Customer(address="ul. Piotrkowska 104, 90-001")


def test_the_language_box_is_reached_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = base_form(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.country_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(dialog.country_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.language_box
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
    assert dialog.language_box.currentData() == "en"


def test_how_a_letter_was_sent_is_asked_of_a_letter_only(qtbot: QtBot, services: Services) -> None:
    case_id = services.create_case(Case("Gym", Merchant("FitClub"), Reason.CANCELLED_RECURRING, "EUR"))
    dialog = LogContactDialog(Channel.PHONE, locale=QLocale("fr_FR"), default_zone="Europe/Paris")
    qtbot.addWidget(dialog)
    assert items(dialog.delivery_box)[0] == ("(not said)", None)
    assert [data for _text, data in items(dialog.delivery_box)[1:]] == LetterDelivery.values()
    assert not dialog.delivery_box.isEnabled()
    choose(dialog.channel_box, Channel.LETTER.value)
    assert dialog.delivery_box.isEnabled() and dialog.communication().delivery is None
    choose(dialog.delivery_box, LetterDelivery.REGISTERED_POST.value)
    assert dialog.communication().delivery is LetterDelivery.REGISTERED_POST
    choose(dialog.channel_box, Channel.EMAIL.value)  # no longer a letter: left out
    assert not dialog.delivery_box.isEnabled() and dialog.communication().delivery is None
    choose(dialog.channel_box, Channel.LETTER.value)  # a letter again: what was chosen comes back
    contact_id, _task = services.log_communication(case_id, dialog.communication(), zone="Europe/Paris")
    stored = services.communication(contact_id)
    assert (stored.channel, stored.delivery) == (Channel.LETTER, LetterDelivery.REGISTERED_POST)
    again = LogContactDialog(locale=QLocale("fr_FR"), contact=stored)
    qtbot.addWidget(again)
    assert again.delivery_box.isEnabled()
    assert again.delivery_box.currentData() == LetterDelivery.REGISTERED_POST.value
    assert again.communication() == stored
    choose(again.delivery_box, LetterDelivery.PORTAL.value)
    services.update_communication(again.communication())
    assert services.communication(contact_id).delivery is LetterDelivery.PORTAL


def test_a_contact_that_is_no_letter_shows_no_delivery(qtbot: QtBot) -> None:
    contact = Communication(datetime(2026, 11, 3, 10, 0, tzinfo=PARIS), Channel.CHAT, Direction.INCOMING)
    dialog = LogContactDialog(contact=contact, locale=QLocale("en_GB"))
    qtbot.addWidget(dialog)
    assert not dialog.delivery_box.isEnabled() and dialog.delivery_box.currentData() is None
    assert dialog.communication().delivery is None


def test_the_export_dialog_starts_in_the_language_chosen_for_the_case(
    qtbot: QtBot, services: Services, sample_case: int, tmp_path: Path
) -> None:
    case = services.case(sample_case)
    assert case.country == "FR"
    services.update_case(replace(case, language="es"))
    dialog = ExportPackDialog(services.case_detail(sample_case), tmp_path, services=services)
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "es"
    dialog.reject()


def test_the_forms_mnemonics_stay_unique(qtbot: QtBot) -> None:
    from tests.ui.test_keyboard import _dialog_letters, _unique

    contact = Communication(
        datetime(2026, 11, 3, 10, 0, tzinfo=PARIS),
        Channel.LETTER,
        Direction.OUTGOING,
        subject="Mise en demeure",
    )
    letter = LogContactDialog(contact=contact, locale=QLocale("fr_FR"))
    qtbot.addWidget(letter)
    letter.show()
    qtbot.waitExposed(letter)
    letters = _dialog_letters(letter)
    assert "e" in letters  # How it was s&ent
    _unique(letters, letter.windowTitle())
    case_form = base_form(qtbot)
    case_form.show()
    qtbot.waitExposed(case_form)
    tabs = [case_form.tabs.tabText(i) for i in range(case_form.tabs.count())]
    for index in range(case_form.tabs.count()):
        case_form.tabs.setCurrentIndex(index)
        _unique([*_dialog_letters(case_form), *(t.split("&")[1][0].lower() for t in tabs)], tabs[index])
