"""A date typed as people write it: ISO (2026-10-03) or their locale's short format, or picked.

QDateEdit turns what is typed into another date without a word (a typed ISO date in a
"d MM yyyy" locale, a month 13 wrapped into the next year). This field is a line edit:
what is typed stays as typed, and it is read exactly or refused with a message that quotes
it (the rules are in desktop_app.domain.dates). A calendar button (or Alt+Down, F4) picks a
date instead. Every date of a dialog is shown in one format: the locale's short format with
a four-digit year; a moment adds the time as HH:mm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_app.domain.dates import YEAR_MAX, YEAR_MIN, DateInputError, check_time, make_date

translate = QCoreApplication.translate

Day = date  # the type, where a method of the same name hides it

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(
    r"^(?P<date>.+?)(?:\s*T\s*|\s+)(?P<hour>\d{1,2}):(?P<minute>\d{1,2})(?::(?P<second>\d{1,2}))?"
    r"\s*(?P<offset>Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)
# The letters of "dd/mm/yyyy" in the languages whose people write them otherwise.
_PATTERN_LETTERS = {
    "fr": ("j", "m", "a"),
    "es": ("d", "m", "a"),
    "pt": ("d", "m", "a"),
    "it": ("g", "m", "a"),
    "pl": ("d", "m", "r"),
    "de": ("T", "M", "J"),
    "nl": ("d", "m", "j"),
}


def _tokens(qt_format: str) -> list[tuple[str, bool]]:
    """A Qt date format in pieces: (run of d, M or y, True) or (literal text, False), quotes removed."""
    pieces: list[tuple[str, bool]] = []
    i = 0
    while i < len(qt_format):
        char = qt_format[i]
        if char == "'":
            end = qt_format.find("'", i + 1)
            end = len(qt_format) if end < 0 else end
            pieces.append((qt_format[i + 1 : end] or "'", False))
            i = end + 1
        elif char in "dMy":
            j = i
            while j < len(qt_format) and qt_format[j] == char:
                j += 1
            pieces.append((qt_format[i:j], True))
            i = j
        else:
            pieces.append((char, False))
            i += 1
    return pieces


@dataclass(frozen=True)
class DateStyle:
    """How one locale's dates are shown and read: the order of day, month and year, and the format."""

    order: tuple[str, ...]  # "d", "M", "y" in the locale's order
    display: str  # a Qt format with a four-digit year
    literals: str  # the characters the format puts between the numbers
    lang: str

    @classmethod
    def of(cls, locale: QLocale) -> DateStyle:
        pieces = _tokens(locale.dateFormat(QLocale.FormatType.ShortFormat))
        fields = [piece for piece, is_field in pieces if is_field]
        order = tuple(piece[0] for piece in fields)
        numeric = all(len(piece) <= 2 or piece[0] == "y" for piece in fields)
        lang = locale.name().split("_")[0].lower()
        if sorted(order) != ["M", "d", "y"] or not numeric:
            return cls(("y", "M", "d"), "yyyy-MM-dd", "-", lang)
        display = ""
        literals = ""
        for piece, is_field in pieces:
            if is_field:
                display += "yyyy" if piece[0] == "y" else piece
            else:
                literals += piece
                quoted = any(char.isalpha() or char == "'" for char in piece)
                display += "'" + piece.replace("'", "''") + "'" if quoted else piece
        return cls(order, display, literals, lang)

    def show(self, day: date) -> str:
        # Numbers only, in ASCII digits: the C locale writes them as the format says.
        return QLocale.c().toString(QDate(day.year, day.month, day.day), self.display)

    def pattern(self) -> str:
        """The format as a person reads it: "dd/mm/yyyy", "jj/mm/aaaa" in French."""
        d, m, y = _PATTERN_LETTERS.get(self.lang, ("d", "m", "y"))
        shown = self.show(date(2026, 10, 3))
        numbers = re.findall(r"\d+", shown)
        letters = {"d": d * 2, "M": m * 2, "y": y * 4}
        out = shown
        for number, field in zip(numbers, self.order, strict=False):
            out = out.replace(number, "\0" + letters[field], 1)
        return out.replace("\0", "")

    def read(self, text: str, quoted: str | None = None) -> date:
        """The date written in ``text`` (ISO or this style), or DateInputError quoting ``quoted``."""
        shown = quoted if quoted is not None else text
        stripped = text.strip()
        iso = _ISO.match(stripped)
        if iso is not None:
            year, month, day = (int(part) for part in iso.groups())
            return make_date(shown, year, month, day)
        numbers = re.findall(r"\d+", stripped)
        rest = re.sub(r"\d+", "", stripped)
        allowed = set(" ./-,\u00a0\u202f") | set(self.literals)
        if len(numbers) != 3 or any(char not in allowed for char in rest):
            raise DateInputError(
                translate("DateField", "“{text}” is not a date; type it as {example} or 2026-10-03").format(
                    text=shown, example=self.example()
                )
            )
        order = self.order
        if len(numbers[0]) == 4 and order[0] != "y":
            order = ("y", "M", "d")  # written year first, as in 2026/10/03
        parts = dict(zip(order, numbers, strict=True))
        year_text = parts["y"]
        if len(year_text) == 2:
            year = 2000 + int(year_text)
        elif len(year_text) == 4:
            year = int(year_text)
        else:
            raise DateInputError(
                translate(
                    "DateField",
                    "“{text}” is not a date: the year “{year}” has {digits} digits; "
                    "type it with four (or two, meaning 20..)",
                ).format(text=shown, year=year_text, digits=len(year_text))
            )
        for field in ("d", "M"):
            if len(parts[field]) > 2:
                wrong = (
                    translate("DateField", "“{text}” is not a date: “{value}” is not a day")
                    if field == "d"
                    else translate("DateField", "“{text}” is not a date: “{value}” is not a month")
                )
                raise DateInputError(wrong.format(text=shown, value=parts[field]))
        return make_date(shown, year, int(parts["M"]), int(parts["d"]))

    def example(self) -> str:
        return self.show(date(2026, 10, 3))


@dataclass(frozen=True)
class TypedMoment:
    """A wall-clock time as typed, with the offset when one was typed too."""

    local: datetime  # naive
    offset: timedelta | None = None

    def aware(self) -> datetime | None:
        return None if self.offset is None else self.local.replace(tzinfo=timezone(self.offset))


def read_moment(style: DateStyle, text: str) -> TypedMoment:
    """A date and a time ("03/10/2026 14:30", "2026-10-05T14:30", "2026-10-05 14:30+02:00")."""
    stripped = text.strip()
    match = _TIME.match(stripped)
    if match is None:
        raise DateInputError(
            translate(
                "DateField",
                "“{text}” is not a date and a time; type them as {example} 14:30 or 2026-10-03 14:30",
            ).format(text=stripped, example=style.example())
        )
    day = style.read(match["date"], stripped)
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    if len(match["minute"]) != 2:
        raise DateInputError(
            translate(
                "DateField", "“{text}” is not a time: write the minutes with two digits, as in 14:05"
            ).format(text=stripped)
        )
    check_time(stripped, hour, minute, second)
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    offset_text = match["offset"]
    if offset_text is None:
        return TypedMoment(local)
    if offset_text in ("Z", "z"):
        return TypedMoment(local, timedelta())
    digits = offset_text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        raise DateInputError(
            translate("DateField", "“{text}”: {offset} is not an offset from UTC").format(
                text=stripped, offset=offset_text
            )
        )
    sign = -1 if offset_text[0] == "-" else 1
    return TypedMoment(local, sign * timedelta(hours=hours, minutes=minutes))


def _offset_text(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}"


class DateField(QWidget):
    """A date typed (ISO or the locale's short format) or picked from a calendar.

    ``date()`` is the date read, or None when the field is empty or cannot be read;
    ``problem()`` says why it cannot ("" when it can, or when it is empty). With
    ``with_time``, the field takes a date and a time (``moment()``).
    """

    changed = Signal()  # the text changed, by the user or the program
    edited = Signal()  # the user typed or picked a date

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        with_time: bool = False,
    ) -> None:
        super().__init__(parent)
        self.locale_ = locale or QLocale()
        self.style_ = DateStyle.of(self.locale_)
        self.with_time = with_time
        self._seconds = False
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        pattern = self.style_.pattern() + (" hh:mm" if with_time else "")
        self.edit.setPlaceholderText(pattern)
        example = self.style_.example() + (" 14:30" if with_time else "")
        iso = "2026-10-03" + (" 14:30" if with_time else "")
        self.edit.setToolTip(
            self.tr("Type it as %1 or %2; Alt+Down opens a calendar")
            .replace("%1", example)
            .replace("%2", iso)
        )
        width = self.edit.fontMetrics().horizontalAdvance(max(pattern, example, iso, key=len) + "0000")
        self.edit.setMinimumWidth(width)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose the date from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so that a label's mnemonic can move here
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Once typed, a date that can be read is shown as every other date of the dialog is.
        self.edit.editingFinished.connect(self.tidy)
        self.edit.textChanged.connect(self.changed)
        self.edit.textEdited.connect(self.edited)
        self.edit.installEventFilter(self)
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None

    # ---------------------------------------------------------------- values

    def text(self) -> str:
        return self.edit.text()

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def _read(self) -> TypedMoment | date | None:
        if self.is_empty():
            return None
        if self.with_time:
            return read_moment(self.style_, self.edit.text())
        return self.style_.read(self.edit.text())

    def problem(self) -> str:
        """Why the text cannot be read ("" when it can, or when the field is empty)."""
        try:
            self._read()
        except DateInputError as exc:
            return str(exc)
        return ""

    def date(self) -> Day | None:
        """The date typed, or None when the field is empty or cannot be read."""
        try:
            value = self._read()
        except DateInputError:
            return None
        if isinstance(value, TypedMoment):
            return value.local.date()
        return value

    def moment(self) -> TypedMoment | None:
        """The date and time typed (``with_time`` fields), or None when empty or unreadable."""
        try:
            value = self._read()
        except DateInputError:
            return None
        return value if isinstance(value, TypedMoment) else None

    def set_date(self, day: Day | None) -> None:
        """Show ``day`` in the dialog's format (for a moment, its time is kept); None empties the field."""
        if day is None:
            self.edit.clear()
            return
        if self.with_time:
            current = self.moment()
            clock = current.local.time() if current else datetime.now().time().replace(second=0)
            self.set_moment(datetime.combine(day, clock))
            return
        self.edit.setText(self.style_.show(day))

    def set_moment(self, local: datetime) -> None:
        """Show the wall-clock time ``local`` (its tzinfo, if any, is not shown): "03/10/2026 14:30"."""
        self._seconds = self._seconds or bool(local.second)
        clock = local.strftime("%H:%M:%S" if self._seconds else "%H:%M")
        self.edit.setText(f"{self.style_.show(local.date())} {clock}")

    @Slot()
    def tidy(self) -> None:
        """Rewrite a date that can be read in the dialog's one format ("2026-10-03" -> "03/10/2026")."""
        if self.with_time:
            moment = self.moment()
            if moment is not None:
                offset = moment.offset
                self.set_moment(moment.local)
                if offset is not None:
                    self.edit.setText(self.edit.text() + _offset_text(offset))
            return
        day = self.date()
        if day is not None:
            self.set_date(day)

    def show_text(self, day: Day) -> str:
        return self.style_.show(day)

    # ---------------------------------------------------------------- calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def open_calendar(self) -> None:
        if self._menu is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setLocale(self.locale_)
            self.calendar.setMinimumDate(QDate(YEAR_MIN, 1, 1))
            self.calendar.setMaximumDate(QDate(YEAR_MAX, 12, 31))
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)
        assert self.calendar is not None
        shown = self.date() or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def _picked(self, picked: QDate) -> None:
        day = date(picked.year(), picked.month(), picked.day())
        if self._menu is not None:
            self._menu.hide()
        self.set_date(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()
