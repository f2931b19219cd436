"""Marking a letter as sent: the form that asks when, how and with which tracking number, and the
undoable command that keeps the contact and the letter's PDF (Undo moves both to the trash)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app import logs
from desktop_app.domain.vocab import LetterDelivery
from desktop_app.errors import DossierError
from desktop_app.services import SentLetter
from desktop_app.ui.form_parts import _buddy_label, _combo, _error_label, _ok_cancel, _show_problems


class MarkSentDialog(QDialog):
    """When the letter was sent (today unless said), how, and its tracking number if it has one."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        from desktop_app.ui.datefield import DateField

        self.setWindowTitle(self.tr("Mark the letter as sent"))
        self.today = today or date.today()
        self.date_edit = DateField()
        self.date_edit.setAccessibleName(self.tr("Date sent"))
        self.date_edit.set_date(self.today)
        self.delivery_box = _combo(LetterDelivery)
        self.delivery_box.setAccessibleName(self.tr("How it was sent"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setAccessibleName(self.tr("Tracking number or reference"))
        self.reference_edit.setPlaceholderText(self.tr("Optional: the registered letter's number, a ticket…"))
        intro = QLabel(
            self.tr(
                "The letter is logged as a contact with the merchant or the bank, and its PDF is kept "
                "with the case's evidence, so that the timeline and the pack show it."
            )
        )
        intro.setWordWrap(True)
        self.error = _error_label()
        buttons, self.ok_button = _ok_cancel(self, self.tr("&Mark as sent"))
        form = QFormLayout()
        form.addRow(_buddy_label(self.tr("&Date sent:"), self.date_edit), self.date_edit)
        form.addRow(_buddy_label(self.tr("&How:"), self.delivery_box), self.delivery_box)
        form.addRow(_buddy_label(self.tr("&Tracking number:"), self.reference_edit), self.reference_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_edit.changed.connect(self.validate)
        self.validate()
        self.date_edit.setFocus()

    def problems(self) -> list[str]:
        if self.date_edit.is_empty():
            return [self.tr("Date sent: say when the letter was sent.")]
        problem = self.date_edit.problem()
        if problem:
            return [self.tr("Date sent: %1").replace("%1", problem)]
        day = self.date_edit.date()
        if day is not None and day > self.today:
            return [self.tr("Date sent: that is after today; mark a letter as sent once it has gone.")]
        return []

    def validate(self) -> None:
        problems = self.problems()
        _show_problems(self.error, self.ok_button, problems, not problems)

    def sent_on(self) -> date:
        day = self.date_edit.date()
        assert day is not None, "accepted only with a date"
        return day

    def delivery(self) -> LetterDelivery:
        return LetterDelivery(self.delivery_box.currentData())

    def reference(self) -> str | None:
        return self.reference_edit.text().strip() or None


class MarkSentCommand(QUndoCommand):
    """The first redo keeps the letter (``mark``); undo moves its contact and PDF to the trash
    together (``switch(sent, True)``), redo brings them back (``switch(sent, False)``).

    When the first ``mark`` is refused the command is obsolete (the undo stack drops it) and
    :attr:`error` says why; later errors of undo and redo go to ``on_error``."""

    def __init__(
        self,
        text: str,
        mark: Callable[[], SentLetter],
        switch: Callable[[SentLetter, bool], None],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._mark = mark
        self._switch = switch
        self._on_error = on_error
        self.sent: SentLetter | None = None
        self.error = ""

    def redo(self) -> None:
        if self.sent is None:
            try:
                self.sent = self._mark()
            except DossierError as exc:
                logs.error("ui.letter_sent.mark", exc)
                self.error = str(exc)
                self.setObsolete(True)
            return
        self._set(False)

    def undo(self) -> None:
        if self.sent is not None:
            self._set(True)

    def _set(self, trashed: bool) -> None:
        assert self.sent is not None
        try:
            self._switch(self.sent, trashed)
        except DossierError as exc:
            logs.error("ui.letter_sent.switch", exc)
            self._on_error(str(exc))
