"""The forms of a case's records: a contact logged, a task (see desktop_app/ui/forms.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    Qt,
    QTimeZone,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
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
    Communication,
    Task,
)
from desktop_app.domain.text import utc_offset_label
from desktop_app.domain.vocab import (
    Channel,
    Direction,
    EscalationStage,
    LetterDelivery,
    MerchantAnswer,
    TaskKind,
)
from desktop_app.ui.datefield import DateField
from desktop_app.ui.form_parts import (
    PROMISE_DAYS,
    TimeZoneBox,
    _buddy_label,
    _combo,
    _completer,
    _distinct,
    _error_label,
    _ok_cancel,
    _show_problems,
)


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
        self.level_box = _combo(EscalationStage, self.tr("(not said)"))
        self.level_box.setToolTip(
            self.tr("Who answered: customer service, a supervisor, head office… It moves the escalation on.")
        )
        self.answer_box = _combo(MerchantAnswer, self.tr("(not said)"))
        self.answer_box.setToolTip(
            self.tr("What they answered: a refusal or a final response opens the next step")
        )
        self.delivery_box = _combo(LetterDelivery, self.tr("(not said)"))
        self.delivery_box.setToolTip(
            self.tr("For a letter: how it was sent. Registered post keeps a proof of delivery.")
        )
        self.promise_edit = QLineEdit()
        self.promise_edit.setPlaceholderText(self.tr("e.g. Refund of 35.98 EUR"))
        self.promise_date = DateField(locale=self.locale_)
        self.promise_date.setAccessibleName(self.tr("Promised by"))
        self.promise_date.setEnabled(False)
        days = PROMISE_DAYS
        self.promise_date.setToolTip(self.tr("%n day(s) after the contact unless you change it", "", days))
        self._promise_date_touched = False
        self.promise_date.edited.connect(self._promise_date_edited)
        self.promise_edit.textChanged.connect(lambda text: self.promise_date.setEnabled(bool(text.strip())))
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when_edit)
        form.addRow(_buddy_label(self.tr("Time &zone:"), self.zone_box), zone_row)
        form.addRow(self.tr("C&hannel:"), self.channel_box)
        form.addRow(self.tr("&Direction:"), self.direction_box)
        form.addRow(_buddy_label(self.tr("How it was s&ent:"), self.delivery_box), self.delivery_box)
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
        form.addRow(self.tr("Who a&nswered:"), self.level_box)
        form.addRow(self.tr("Their &answer:"), self.answer_box)
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
        self.channel_box.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
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

    def is_letter(self) -> bool:
        return bool(self.channel_box.currentData() == Channel.LETTER.value)

    @Slot()
    def _channel_changed(self) -> None:
        """How it was sent is asked of a letter only; for another channel it is left out (what
        was chosen comes back if the channel is a letter again)."""
        self.delivery_box.setEnabled(self.is_letter())

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
            (self.level_box, contact.level.value if contact.level else None),
            (self.answer_box, contact.answer.value if contact.answer else None),
            (self.delivery_box, contact.delivery.value if contact.delivery else None),
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
            level=EscalationStage(level) if (level := self.level_box.currentData()) else None,
            answer=MerchantAnswer(answer) if (answer := self.answer_box.currentData()) else None,
            delivery=(
                LetterDelivery(delivery)
                if self.is_letter() and (delivery := self.delivery_box.currentData())
                else None
            ),
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
