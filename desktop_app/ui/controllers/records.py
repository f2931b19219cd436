"""A case's records: contacts, charges and refunds, deadlines and tasks; editing and trashing them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from desktop_app.domain.dates import DateInputError, zone_for_country
from desktop_app.domain.dates import zone as check_zone
from desktop_app.domain.models import Communication, Purchase
from desktop_app.domain.money import display_amount, lang_of_locale_name
from desktop_app.domain.vocab import Channel
from desktop_app.errors import DossierError
from desktop_app.services import Services
from desktop_app.ui.controllers import Frame, make_action
from desktop_app.ui.controllers.history import History, keys_of, undo_text
from desktop_app.ui.i18n import long_date
from desktop_app.ui.models import ID_ROLE
from desktop_app.ui.undo import SaveCommand, SwitchCommand

if TYPE_CHECKING:  # imported when first used
    from desktop_app.ui.forms import LogContactDialog

# The tabs whose selected row Delete moves to the trash.
TRASHABLE = ("evidence", "purchases", "communications", "tasks")


def row_id(index: QModelIndex) -> int | None:
    value = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
    return int(value) if value is not None else None


def day_text(day: date) -> str:
    """ "5 October 2026" as the pack and the letters of the window's language write a day."""
    return long_date(day)


def money_text(amount: Decimal, currency: str) -> str:
    """An amount as the pack of the window's language writes it (the window's locale follows its
    language: ui.i18n.apply_language)."""
    return display_amount(amount, currency, lang_of_locale_name(QLocale().name()))


class RecordsController(QObject):
    def __init__(self, services: Services, frame: Frame, history: History) -> None:
        super().__init__(frame.host())
        self.services = services
        self.frame = frame
        self.history = history
        host = frame.host()
        self.log_contact_action = make_action(
            host, self.tr("&Log a call, chat or e-mail…"), self.log_contact, shortcut="Ctrl+L"
        )
        self.add_purchase_action = make_action(
            host, self.tr("Add a &charge or refund…"), self.add_purchase, shortcut="Ctrl+Shift+C"
        )
        self.add_task_action = make_action(
            host, self.tr("Add a &deadline or task…"), self.add_task, shortcut="Ctrl+T"
        )
        self.toggle_done_action = make_action(
            host, self.tr("Mark the task d&one or not done"), self.toggle_task_done, shortcut="Ctrl+D"
        )
        self.trash_item_action = make_action(
            host,
            self.tr("Move to the &trash"),
            self.trash_selected_item,
            shortcut=QKeySequence.StandardKey.Delete,
            tip=self.tr(
                "Move the selected exhibit, charge, contact or task to the trash (Ctrl+Z brings it back)"
            ),
        )
        # Delete acts on the table that has the focus, never on text being typed elsewhere.
        self.trash_item_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tables = frame.case_view.tables
        for section in TRASHABLE:
            tables[section].addAction(self.trash_item_action)
        tables["purchases"].activated.connect(lambda index: self.edit_purchase(row_id(index)))
        tables["communications"].activated.connect(lambda index: self.edit_contact(row_id(index)))
        tables["tasks"].activated.connect(lambda index: self.edit_task(row_id(index)))
        self.case_actions = [
            self.log_contact_action,
            self.add_purchase_action,
            self.add_task_action,
            self.toggle_done_action,
            self.trash_item_action,
        ]

    # ------------------------------------------------------------------ words

    def contact_label(self, contact: Communication) -> str:
        return (
            self.tr("%1 of %2")
            .replace("%1", contact.channel.label)
            .replace("%2", day_text(contact.at.date()))
        )

    def purchase_label(self, purchase: Purchase) -> str:
        return (
            self.tr("%1 of %2 on %3")
            .replace("%1", purchase.kind.label)
            .replace("%2", money_text(purchase.amount, purchase.currency))
            .replace("%3", day_text(purchase.date))
        )

    def record_label(self, section: str, record_id: int) -> str:
        if section == "evidence":
            return self.services.evidence_item(record_id).title
        if section == "purchases":
            return self.purchase_label(self.services.purchase(record_id))
        if section == "communications":
            return self.contact_label(self.services.communication(record_id))
        return self.services.task(record_id).title

    def selected_id(self, section: str) -> int | None:
        return row_id(self.frame.case_view.tables[section].currentIndex())

    # ------------------------------------------------------------------ contacts

    def log_contact_dialog(self, case_id: int, channel: Channel = Channel.PHONE) -> LogContactDialog:
        """The contact form. Nothing is filled in for the user: the case's earlier contacts (newest
        first) are offered. Its time zone is the case's country's, else the one used last."""
        detail = self.services.case_detail(case_id)
        previous = sorted(detail.communications, key=lambda c: c.at, reverse=True)
        zone = zone_for_country(detail.case.country) or self.services.last_contact_zone()
        from desktop_app.ui.forms import LogContactDialog

        return LogContactDialog(channel, previous=previous, default_zone=zone, parent=self.frame.host())

    @Slot()
    def log_contact(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        dialog = self.log_contact_dialog(case_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        zone: str | None = dialog.zone_box.zone_id()
        try:
            check_zone(zone or "")
        except DateInputError:
            zone = None  # one Qt knows but not the zone database (UTC+01:00): not one to remember
        self.save_contact(case_id, dialog.communication(), zone)

    def save_contact(self, case_id: int, contact: Communication, zone: str | None = None) -> None:
        try:
            _, task_id = self.services.log_communication(case_id, contact, zone=zone)
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        label = self.contact_label(contact)
        if task_id and contact.promised_by is not None:
            message = (
                self.tr("Logged: %1. A task reminds you of the promise on %2.")
                .replace("%1", label)
                .replace("%2", day_text(contact.promised_by))
            )
        else:
            message = self.tr("Logged: %1.").replace("%1", label)
        self.frame.say(message)

    def edit_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        from desktop_app.ui.forms import LogContactDialog

        dialog = LogContactDialog(contact=self.services.communication(contact_id), parent=self.frame.host())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.communication()  # said under what it is now, as a renamed case is
            self.push_save(self.contact_label(edited), self.services.update_communication, edited)

    # ------------------------------------------------------------------ charges

    @Slot()
    def add_purchase(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        case = self.services.case(case_id)
        # A new charge is dated like the case's transaction, which it most often is.
        from desktop_app.ui.forms import AddPurchaseDialog

        dialog = AddPurchaseDialog(case.currency, self.frame.host(), default_date=case.dates.transaction)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        purchase = dialog.purchase()
        try:
            self.services.add_purchase(case_id, purchase)
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        self.frame.say(self.tr("Added: %1.").replace("%1", self.purchase_label(purchase)))

    def edit_purchase(self, purchase_id: int | None) -> None:
        if purchase_id is None:
            return
        purchase = self.services.purchase(purchase_id)
        from desktop_app.ui.forms import AddPurchaseDialog

        dialog = AddPurchaseDialog(purchase.currency, self.frame.host(), purchase=purchase)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.purchase()
            self.push_save(self.purchase_label(edited), self.services.update_purchase, edited)

    # ------------------------------------------------------------------ tasks

    @Slot()
    def add_task(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is None:
            return
        from desktop_app.ui.forms import TaskDialog

        dialog = TaskDialog(self.frame.host())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            task_id = self.services.add_task(case_id, dialog.task(), also_after=dialog.offsets() or [])
        except DossierError as exc:
            self.frame.error(str(exc))
            return
        self.frame.case_view.show_item("tasks", task_id)
        self.frame.say(
            self.tr("Added to the deadlines and tasks: %1.").replace("%1", dialog.task().title.strip())
        )

    @Slot()
    def toggle_task_done(self) -> None:
        view = self.frame.case_view
        task_id = self.selected_id("tasks") if view.current_section() == "tasks" else None
        if task_id is None:
            self.frame.say(self.tr("Select a task in “Deadlines” first."), 5000)
            return
        task = self.services.task(task_id)
        done = task.done_at is None
        self.history.push(
            SwitchCommand(
                undo_text(self.tr("Mark “%1” done") if done else self.tr("Mark “%1” not done"), task.title),
                lambda on: self.services.set_task_done(task_id, on == done),
                True,
                self.history.command_error,
            ),
            (self.tr("Done: %1.") if done else self.tr("Not done yet: %1.")).replace("%1", task.title),
        )

    def edit_task(self, task_id: int | None) -> None:
        if task_id is None:
            return
        from desktop_app.ui.forms import TaskDialog

        dialog = TaskDialog(self.frame.host(), task=self.services.task(task_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.task()
            self.push_save(edited.title, self.services.update_task, edited)

    # ------------------------------------------------------------------ saving and trashing

    def push_save(self, label: str, save: Callable[[Any], Any], edited: object) -> None:
        self.history.push(
            SaveCommand(undo_text(self.tr("Edit “%1”"), label), save, edited, self.history.command_error),
            self.tr("Saved: %1.").replace("%1", label),
        )

    @Slot()
    def trash_selected_item(self) -> None:
        """Move what is selected in the current tab to the trash; Ctrl+Z brings it back."""
        section = self.frame.case_view.current_section()
        record_id = self.selected_id(section) if section in TRASHABLE else None
        if record_id is None:
            self.frame.say(self.tr("Select an exhibit, charge, contact or task first."), 5000)
            return

        moved: list[int] = []  # the tasks of a contact's promise go with it

        def switch(on: bool) -> None:
            if section != "evidence":
                moved[:] = self.services.set_record_trashed(section, record_id, on)
            elif on:
                self.services.trash_evidence(record_id)
            else:
                self.services.restore_evidence(record_id)

        label = self.record_label(section, record_id)
        command = SwitchCommand(
            undo_text(self.tr("Move “%1” to the trash"), label), switch, True, self.history.command_error
        )
        failures = self.history.failures
        self.history.undo_stack.push(command)
        if self.history.failures == failures:
            done = (
                self.tr("Moved to the trash: %1, with the task of its promise.")
                if moved
                else self.tr("Moved to the trash: %1.")
            )
            self.frame.say(
                self.tr("%1 %2 to undo.")
                .replace("%1", done.replace("%1", label))
                .replace("%2", keys_of(self.history.undo_action))
            )
