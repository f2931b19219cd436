"""What comes due: the agenda under the case list, "Needs you now" said once at the start (and in
the system tray), and the store's check once a day, in the background, said only when it finds damage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from desktop_app import APP_NAME, logs
from desktop_app.errors import DossierError
from desktop_app.services import CaseDeadline, Services
from desktop_app.ui.agenda import notify, reminder_text
from desktop_app.ui.case_list import CaseListPane
from desktop_app.ui.controllers import Frame, make_action
from desktop_app.ui.folders import documents_folder
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.reminder import ReminderBar


class RemindersController(QObject):
    def __init__(
        self, services: Services, frame: Frame, pane: CaseListPane, bar: ReminderBar, busy: Callable[[], bool]
    ) -> None:
        super().__init__(frame.host())
        self.busy = busy  # whether a job's thread owns the store
        self.checker = JobRunner(frame.host())  # the day's check, beside the window's own jobs
        self.services = services
        self.frame = frame
        self.pane = pane
        self.bar = bar
        self.tray: QSystemTrayIcon | None = None
        self._reminded = False
        self.quiet = False  # locked or closing: nothing is said
        self.calendar_action = make_action(
            frame.host(),
            self.tr("Add deadlines to cale&ndar…"),
            self.add_case_to_calendar,
            tip=self.tr(
                "Write the case's open deadlines to an iCalendar (.ics) file, with a reminder before each"
            ),
        )
        self.case_actions = [self.calendar_action]

    def refresh_agenda(self, deadlines: list[CaseDeadline] | None = None) -> list[CaseDeadline]:
        """What comes due across every open case, in the agenda under the list, and in
        "Needs you now" once Dossier has said it at the start."""
        deadlines = self.services.deadlines() if deadlines is None else deadlines
        self.pane.agenda.show_deadlines(deadlines, self.pane.titles())
        if self._reminded and not self.quiet:
            self.bar.show_text(reminder_text(deadlines, self.pane.agenda.titles))
        return deadlines

    def show_reminder(self) -> None:
        """ "Needs you now" again from what the agenda holds (nothing computed again)."""
        if self._reminded and not self.quiet:
            self.bar.show_text(reminder_text(self.pane.agenda.deadlines(), self.pane.agenda.titles))

    def remind(self) -> str:
        """Say what is late or due within days: in the window, and in the system tray where there is one."""
        if self.quiet:
            return ""
        self._reminded = True
        text = reminder_text(self.refresh_agenda(), self.pane.agenda.titles)
        if text and QSystemTrayIcon.isSystemTrayAvailable():
            host = self.frame.host()
            if self.tray is None:
                self.tray = QSystemTrayIcon(host.windowIcon(), self)
                self.tray.setToolTip(APP_NAME)
                self.tray.messageClicked.connect(host.showNormal)
                self.tray.messageClicked.connect(host.raise_)
                self.tray.messageClicked.connect(host.activateWindow)
            self.tray.show()
            notify(self.tray, self.tr("Dossier: deadlines"), text)
        return text

    def after_start(self) -> None:
        """Once the window is painted: the agenda (computed once), then the day's check if due."""
        if self._reminded or self.quiet:
            return
        if self.busy():  # a job's thread owns the store (a file dropped at once): once it is done
            QTimer.singleShot(500, self.after_start)
            return
        self.remind()
        QTimer.singleShot(0, self.check_today)

    def check_today(self) -> None:
        """The store's quick check, at most once a day, in the background (on a connection of its
        own: the person goes on working), said only when it finds damage."""
        if self.quiet or self.checker.busy():
            return
        if self.busy():  # a job's thread owns the store: once it is done
            QTimer.singleShot(2000, self.check_today)
            return
        if not self.services.quick_check_due():
            return
        self.checker.start(self.services.background_check_job(), on_done=self._checked, quiet=True)

    def _checked(self, problems: list[str]) -> None:
        if self.quiet:  # locked or closing meanwhile: checked again at the next start
            return
        if self.busy():  # a job's thread owns the store: the day is noted once it is done
            QTimer.singleShot(1000, lambda: self._checked(problems))
            return
        self.services.note_quick_check()  # on the GUI thread, the store's owner
        if problems:  # said only when the store is damaged
            logs.event("check.damaged", problems=len(problems))
            QMessageBox.warning(
                self.frame.host(), self.tr("Dossier: the store is damaged"), "\n".join(problems)
            )

    # ------------------------------------------------------------------ reminders outside the window

    @Slot()
    def add_case_to_calendar(self) -> None:
        case_id = self.frame.current_case_id()
        if case_id is not None:
            self.add_to_calendar(case_id)

    @Slot()
    def add_all_to_calendar(self) -> None:
        self.add_to_calendar(None)

    def add_to_calendar(self, case_id: int | None) -> int | None:
        """ "Add to calendar…": a file chosen, then the open deadlines of the case (None: of every
        open case) written to it as an iCalendar file (services.write_calendar). Returns how many
        deadlines were written, or None when nothing was (cancelled or refused, with the reason).

        A short direct call on the GUI thread, the store's owner: a few deadlines read and one
        small file written atomically. While a job runs (its thread owns the store), it waits.
        """
        if self.busy():
            self.frame.say(self.tr("Wait for the work in progress to end, then add to the calendar again."))
            return None
        from desktop_app.ui.outputs import ask_save_path

        name = f"dossier-D-{case_id:04d}-deadlines.ics" if case_id is not None else "dossier-deadlines.ics"
        target = ask_save_path(
            self.frame.host(),
            self.tr("Add to calendar"),
            documents_folder() / name,
            self.tr("iCalendar files (*.ics)"),
            suffix=".ics",
            what="calendar",
        )
        if target is None:
            return None
        try:
            count = self.services.write_calendar(target.path, case_id, force=target.force)
        except DossierError as exc:
            self.frame.error(self.tr("The calendar was not written: %1").replace("%1", str(exc)))
            return None
        self.frame.say(
            self.tr("Wrote %n deadline(s) to %1: open it with your calendar to add them.", "", count).replace(
                "%1", str(target.path)
            )
        )
        return count
