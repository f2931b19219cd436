"""Reading the fields of a case file's JSON: each field's type and value checked, every problem
collected (field, reason) for :func:`desktop_app.domain.casefile.parse_case_file`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from desktop_app.domain.dates import check_date, parse_iso_date
from desktop_app.domain.models import RedactionArea
from desktop_app.domain.money import AmountError, parse_amount, parse_currency
from desktop_app.domain.redact import card_last4
from desktop_app.domain.validation import redaction_problems
from desktop_app.i18n import translate

_SHA256 = re.compile(r"^[0-9a-f]{64}$")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class FieldReader:
    """Reads fields of nested JSON objects, collecting every problem found."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def fail(self, name: str, reason: str) -> None:
        self.problems.append((name, reason))

    def obj(
        self, value: Any, name: str, allowed: Sequence[str], *, later: Sequence[str] = (), fmt: str = ""
    ) -> dict[str, Any]:
        """An object whose keys are all ``allowed``; a key of ``later`` belongs to a later format
        than the file's ``fmt`` and is refused saying so."""
        if not isinstance(value, dict):
            self.fail(name, translate("CaseFile", "must be an object"))
            return {}
        for key in value:
            if key in later:
                self.fail(
                    _join(name, key),
                    translate(
                        "CaseFile",
                        'is a field of dossier-case/2, not of {fmt}: write "format": "dossier-case/2" to '
                        "give it",
                    ).format(fmt=fmt),
                )
            elif key not in allowed:
                self.fail(
                    _join(name, _printable(key)), translate("CaseFile", "is not a field of this format")
                )
        return value

    def text(self, data: dict[str, Any], key: str, name: str, *, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(_join(name, key), translate("CaseFile", "is required"))
            return None
        if not isinstance(value, str):
            self.fail(
                _join(name, key),
                translate("CaseFile", "must be text, not {kind}").format(kind=kind_name(value)),
            )
            return None
        bad = _not_text(value)
        if bad:
            self.fail(_join(name, key), bad)
            return None
        return value.strip()

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        name: str,
        enum: type[E],
        *,
        default: E | None = None,
        optional: bool = False,
    ) -> E | None:
        """A vocabulary value; missing gives ``default``, or None when ``optional``."""
        value = data.get(key)
        if value is None:
            if default is None and not optional:
                self.fail(
                    _join(name, key),
                    translate("CaseFile", "is required (one of {values})").format(
                        values=", ".join(_values(enum))
                    ),
                )
            return default
        if not isinstance(value, str):
            self.fail(
                _join(name, key),
                translate("CaseFile", "must be one of {values}, not {kind}").format(
                    values=", ".join(_values(enum)), kind=kind_name(value)
                ),
            )
            return default
        if value not in _values(enum):
            self.fail(
                _join(name, key),
                translate("CaseFile", "{value} is not one of {values}").format(
                    value=quoted(value), values=", ".join(_values(enum))
                ),
            )
            return default
        return enum(value)

    def parsed(
        self,
        data: dict[str, Any],
        key: str,
        name: str,
        parse: Callable[[str], T],
        *,
        required: bool = False,
    ) -> T | None:
        raw = self.text(data, key, name, required=required)
        if raw is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            self.fail(_join(name, key), str(exc))
            return None

    def index(self, data: dict[str, Any], key: str, name: str, count: int) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < count:
            self.fail(
                _join(name, key),
                translate("CaseFile", "must be the position (0 to {last}) of an entry").format(
                    last=count - 1
                ),
            )
            return None
        return value

    def flag(self, data: dict[str, Any], key: str, name: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(_join(name, key), translate("CaseFile", "must be true or false"))
            return False
        return value

    def boxes(self, data: dict[str, Any], key: str, name: str) -> tuple[RedactionArea, ...]:
        """Redaction boxes ``[{"page": 1, "x": 0.1, "y": 0.2, "width": 0.5, "height": 0.05}, ...]``:
        each box's fields present and numbers, then checked as the services check them
        (:func:`desktop_app.domain.validation.redaction_problems`); a bad box refuses the file."""
        value = data.get(key)
        if value is None:
            return ()
        where = _join(name, key)
        if not isinstance(value, list):
            self.fail(
                where,
                translate("CaseFile", "must be a list of boxes, not {kind}").format(kind=kind_name(value)),
            )
            return ()
        areas: list[RedactionArea] = []
        for i, raw in enumerate(value):
            box = f"{where}[{i}]"
            if not isinstance(raw, dict):
                self.fail(
                    box,
                    translate(
                        "CaseFile", "must be an object with page, x, y, width and height, not {kind}"
                    ).format(kind=kind_name(raw)),
                )
                continue
            fields = ("page", "x", "y", "width", "height")
            self.obj(raw, box, fields)
            missing = [f for f in fields if f not in raw]
            wrong = [
                f
                for f in fields
                if f in raw and (isinstance(raw[f], bool) or not isinstance(raw[f], int | float))
            ]
            if missing or wrong:
                said = [translate("CaseFile", "{field} is missing").format(field=f) for f in missing] + [
                    translate("CaseFile", "{field} must be a number, not {kind}").format(
                        field=f, kind=kind_name(raw[f])
                    )
                    for f in wrong
                ]
                self.fail(box, "; ".join(said))
                continue
            page = raw["page"]
            if isinstance(page, float) and not page.is_integer():
                self.fail(
                    box,
                    translate("CaseFile", "page {page} is not a whole page number").format(page=repr(page)),
                )
                continue
            area = RedactionArea(int(page), raw["x"], raw["y"], raw["width"], raw["height"])
            problems = redaction_problems([area])
            if problems:
                why = "; ".join(problem.split(": ", 1)[-1] for problem in problems)
                self.fail(box, translate("CaseFile", "{why} ({read})").format(why=why, read=_read(area)))
                continue
            areas.append(area)
        return tuple(areas)

    def items(self, data: dict[str, Any], key: str) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, translate("CaseFile", "must be a list"))
            return []
        return value


def _read(area: RedactionArea) -> str:
    return translate(
        "CaseFile", "page {page}, x {x}, y {y}, width {width}, height {height} were read"
    ).format(page=area.page, x=area.x, y=area.y, width=area.width, height=area.height)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _not_text(value: str) -> str | None:
    """Why a string cannot be kept as text (a lone surrogate such as ``\\ud800``), or None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return translate(
            "CaseFile",
            "holds {char} at character {position}: a lone surrogate, half of a UTF-16 pair and not a "
            "character; write that text again",
        ).format(char=repr(value[exc.start]), position=exc.start + 1)
    return None


def _printable(key: Any) -> str:
    """A field name from the file, safe to print (escaped when it is not plain text), and short."""
    text = str(key)
    if _not_text(text) or not text.isprintable() or len(text) > 60:
        return quoted(text)
    return text


def quoted(value: str, limit: int = 80) -> str:
    quoted = repr(value)
    return quoted if len(quoted) <= limit else quoted[: limit - 2] + "…'"


def kind_name(value: Any) -> str:
    names = {
        bool: translate("CaseFile", "true/false"),
        int: translate("CaseFile", "a number"),
        float: translate("CaseFile", "a number"),
        list: translate("CaseFile", "a list"),
        dict: translate("CaseFile", "an object"),
    }
    return names.get(type(value), type(value).__name__)


def _values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


def parse_date(text: str) -> date:
    """A date written YYYY-MM-DD, read as the window and the command line read it: an impossible
    date, or a year outside 1990-2100, is refused."""
    return parse_iso_date(text)


def parse_moment(text: str) -> datetime:
    """An ISO 8601 date and time that must carry its UTC offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate(
                "CaseFile", "{text} is not a date and time; write it as 2026-09-15T14:30:00+02:00"
            ).format(text=repr(text))
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(
            translate(
                "CaseFile", "{text} has no time zone; add its offset, such as 2026-09-15T14:30:00+02:00"
            ).format(text=repr(text))
        )
    check_date(moment.date(), "moment")
    return moment


def read_amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except AmountError as exc:
        raise ValueError(str(exc)) from None


def read_currency(text: str) -> str:
    try:
        return parse_currency(text)
    except AmountError as exc:
        raise ValueError(str(exc)) from None


def read_last4(text: str) -> str:
    """Four digits, or a whole valid card number reduced to its last four."""
    return card_last4(text)


def read_sha256(text: str) -> str:
    value = text.lower()
    if not _SHA256.match(value):
        raise ValueError(translate("CaseFile", "must be 64 hexadecimal characters"))
    return value
