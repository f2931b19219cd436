"""From rows to domain objects and back: one typed mapper, driven by the domain dataclasses.

A :class:`Mapper` reads a dataclass's fields and their types once, and converts each field by
its type: ``date`` and ``datetime`` as ISO text, ``Decimal`` as exact text
(:func:`~desktop_app.domain.money.format_amount`), enums by their value, ``bool`` as 0/1, and a
nested dataclass (a case's :class:`~desktop_app.domain.models.Merchant`) as columns of its own
(``merchant_name``, ``merchant_email``…). A column is named after its field, so a field is named
in the model and in the schema (store/migrations.py) only.

Every text field is written with card numbers masked
(:func:`~desktop_app.domain.redact.mask_stored`) unless the mapper names it ``verbatim``
(identifiers kept as typed, such as an order number, or a file's SHA-256): a new free-text
field is masked without anyone remembering to.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from desktop_app.domain.models import Case, Communication, Event, EvidenceItem, Purchase, RedactionArea, Task
from desktop_app.domain.money import format_amount
from desktop_app.domain.redact import mask_stored
from desktop_app.store.sql import Row, iso

T = TypeVar("T")
Convert = Callable[[Any], Any] | None  # None: the value is stored as it is


@dataclasses.dataclass(frozen=True)
class Nested:
    """How a nested dataclass's fields are named as columns: ``prefix + field + suffix``."""

    prefix: str = ""
    suffix: str = ""
    verbatim: bool = False  # its texts are codes, never masked
    keep: tuple[str, ...] = ()  # the fields among its texts that are codes, kept as typed


def _write_decimal(v: Decimal | None) -> str | None:
    return None if v is None else format_amount(v)


def _write_bool(v: bool | None) -> int | None:
    return None if v is None else int(v)


def _write_enum(v: enum.Enum | None) -> Any:
    return None if v is None else v.value


def _write_areas(v: tuple[RedactionArea, ...] | None) -> str | None:
    """An exhibit's redaction boxes as JSON text ``[[page, x, y, width, height], ...]``; none: NULL."""
    if not v:
        return None
    return json.dumps([[a.page, a.x, a.y, a.width, a.height] for a in v], separators=(",", ":"))


def read_areas(text: str | None) -> tuple[RedactionArea, ...]:
    """The boxes :func:`_write_areas` wrote (NULL: none)."""
    if not text:
        return ()
    return tuple(
        RedactionArea(int(p), float(x), float(y), float(w), float(h)) for p, x, y, w, h in json.loads(text)
    )


# How a column's value becomes a field's, as an expression on ``v`` (None stays None; for dates
# and amounts an empty text is None too), compiled into one function per mapper.
_READ_TEXT = {
    Decimal: "(Decimal(v) if (v := {value}) not in (None, '') else None)",
    datetime: "(datetime.fromisoformat(v) if (v := {value}) else None)",
    date: "(date.fromisoformat(v) if (v := {value}) else None)",
    bool: "(bool(v) if (v := {value}) is not None else None)",
}


_WRITE: dict[Any, Callable[[Any], Any]] = {
    Decimal: _write_decimal,
    datetime: iso,
    date: iso,
    bool: _write_bool,
}


def _converters(kind: Any, *, masked: bool) -> tuple[Convert, str]:
    """(to the database, the expression reading it back) for a field of type ``kind``."""
    if kind is str:
        return (mask_stored if masked else None), "{value}"
    if kind is int:
        return None, "{value}"
    if kind in _READ_TEXT:
        return _WRITE[kind], _READ_TEXT[kind]
    if kind == tuple[RedactionArea, ...]:
        return _write_areas, "read_areas({value})"
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        # A member by its value from the enum's own map (what Kind(v) looks up, without its call:
        # eight enums a case row, thousands of rows); any other value still goes to Kind(v), which refuses it.
        name = kind.__name__
        return (
            _write_enum,
            f"(({name}_m[v] if v in {name}_m else {name}_(v)) if (v := {{value}}) is not None else None)",
        )
    raise TypeError(f"no column type for {kind!r}")


def _unwrapped(hint: Any) -> Any:
    """``X`` of ``X | None``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        kinds = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        assert len(kinds) == 1, f"a column holds one type, not {hint!r}"
        return kinds[0]
    return hint


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    column: str
    write: Convert
    read: str  # an expression of {value}, see _converters
    nested: Mapper[Any] | None = None
    kind: Any = None


class Mapper(Generic[T]):
    """Rows of one table to objects of one dataclass, and objects to rows."""

    def __init__(
        self,
        cls: type[T],
        *,
        nested: Mapping[str, Nested] | None = None,
        verbatim: Iterable[str] = (),
        computed: Mapping[str, Callable[[T], Any]] | None = None,
        prefix: str = "",
        suffix: str = "",
        mask: bool = True,
    ) -> None:
        self.cls = cls
        self._computed = dict(computed or {})
        kept = set(verbatim)
        hints = typing.get_type_hints(cls)
        fields: list[_Field] = []
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            kind = _unwrapped(hints[f.name])
            if isinstance(kind, type) and dataclasses.is_dataclass(kind):
                how = (nested or {}).get(f.name, Nested(prefix=f"{f.name}_"))
                inner = Mapper(
                    kind,
                    prefix=how.prefix,
                    suffix=how.suffix,
                    mask=mask and not how.verbatim,
                    verbatim=how.keep,
                )
                fields.append(_Field(f.name, "", None, "", inner, kind))
                continue
            write, read = _converters(kind, masked=mask and f.name not in kept)
            fields.append(_Field(f.name, f"{prefix}{f.name}{suffix}", write, read, None, kind))
        self._fields = tuple(fields)
        unknown = kept - {f.name for f in fields}
        assert not unknown, f"{cls.__name__} has no field {sorted(unknown)}"
        self._readers: dict[tuple[str, ...], Callable[[Sequence[Any]], T]] = {}
        self._from_row: Callable[[Row], T] | None = None

    def from_row(self, row: Row) -> T:
        """The object of one row given as a mapping of its columns (its reader made when first used:
        a command that reads no evidence compiles none)."""
        if self._from_row is None:
            self._from_row = self._compile(repr)
        return self._from_row(row)

    def reader(self, columns: Sequence[str]) -> Callable[[Sequence[Any]], T]:
        """A function reading a row given as a tuple of ``columns`` (a cursor's, in its order):
        no dictionary per row, for the lists of thousands."""
        key = tuple(columns)
        if key not in self._readers:
            place = {name: index for index, name in enumerate(key)}
            self._readers[key] = self._compile(lambda column: str(place[column]))
        return self._readers[key]

    def _expression(self, names: dict[str, Any], where: Callable[[str], str]) -> str:
        """``_made(Cls, {"field": <read of its column>, ...})``, nested dataclasses inline.

        The object is made with every field's value set in its dictionary, as the dataclass's own
        ``__init__`` would set them, without its one ``object.__setattr__`` call per field of a
        frozen dataclass: about a fifth of the time, for the case list's thousands of rows. That
        holds because every field is read from the row (none is left to its default) and the
        domain's dataclasses do nothing else when made (no ``__post_init__``: checked here)."""
        assert not hasattr(self.cls, "__post_init__"), f"{self.cls.__name__} does more when made"
        assert hasattr(self.cls, "__dict__") and "__slots__" not in vars(self.cls), self.cls.__name__
        names[self.cls.__name__] = self.cls
        names["_made"] = _made
        parts = []
        for f in self._fields:
            if f.nested is not None:
                parts.append(f"{f.name!r}: {f.nested._nested_expression(names, where)}")
                continue
            if isinstance(f.kind, type) and issubclass(f.kind, enum.Enum):
                names[f"{f.kind.__name__}_"] = f.kind
                names[f"{f.kind.__name__}_m"] = f.kind._value2member_map_
            parts.append(f"{f.name!r}: {f.read.format(value=f'row[{where(f.column)}]')}")
        return f"_made({self.cls.__name__}, {{{', '.join(parts)}}})"

    def _nested_expression(self, names: dict[str, Any], where: Callable[[str], str]) -> str:
        """A nested dataclass read from its columns; when they all hold what its empty instance
        writes (a case with no issuer, no customer's details: most of them), that one shared
        instance (frozen, so it cannot be changed through another case), not a new object."""
        built = self._expression(names, where)
        if not self.cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return built
        try:
            empty = self.cls()
        except TypeError:  # a field without a default: there is no empty instance
            return built
        stored = self.to_row(empty)
        names[f"{self.cls.__name__}_empty"] = empty
        same = " and ".join(
            f"row[{where(column)}] is None" if value is None else f"row[{where(column)}] == {value!r}"
            for column, value in stored.items()
        )
        return f"({self.cls.__name__}_empty if {same} else {built})"

    def _compile(self, where: Callable[[str], str]) -> Callable[[Any], T]:
        """One function reading a row into an object, as a hand-written one would (the case
        list reads thousands of rows: a loop over the fields would cost twice as much).
        ``where`` gives a column's key in the row: its name, or its place in a tuple."""
        names: dict[str, Any] = {
            "Decimal": Decimal,
            "date": date,
            "datetime": datetime,
            "read_areas": read_areas,
        }
        source = f"def from_row(row):\n    return {self._expression(names, where)}\n"
        exec(compile(source, f"<rows of {self.cls.__name__}>", "exec"), names)  # our own fields' names only
        reader: Callable[[Any], T] = names["from_row"]
        return reader

    def columns(self) -> list[str]:
        """Every column the fields are kept in (nested ones flattened), computed ones last."""
        names: list[str] = []
        for f in self._fields:
            names += f.nested.columns() if f.nested is not None else [f.column]
        return names + list(self._computed)

    def to_row(self, obj: T, *, exclude: Iterable[str] = (), only: Iterable[str] | None = None) -> Row:
        """The columns of ``obj`` (texts masked), without the fields in ``exclude`` (or with the
        fields in ``only``), computed columns included unless ``only`` is given."""
        left_out = set(exclude)
        chosen = None if only is None else set(only)
        row: Row = {}
        for f in self._fields:
            if f.name in left_out or (chosen is not None and f.name not in chosen):
                continue
            value = getattr(obj, f.name)
            if f.nested is not None:
                row.update(f.nested.to_row(value))
            else:
                row[f.column] = value if f.write is None else f.write(value)
        if chosen is None:
            for column, compute in self._computed.items():
                row[column] = compute(obj)
        return row


def _at_utc(c: Communication) -> str | None:
    return iso(c.at.astimezone(UTC))


def _made(cls: type[T], values: dict[str, Any]) -> T:
    """An object of the dataclass ``cls`` whose fields are ``values`` (all of them): see
    :meth:`Mapper._expression`."""
    made = object.__new__(cls)
    made.__dict__.update(values)
    return made


CASES = Mapper(
    Case,
    nested={
        # The payment's texts are codes: the last four digits, a mandate's reference, a creditor id.
        "payment": Nested(prefix="payment_", verbatim=True),
        "dates": Nested(suffix="_date"),
        # A tax number and a bank's claim number are identifiers copied from documents, kept as
        # typed; the address, e-mail, phone, names and the merchant's response are masked.
        "customer": Nested(prefix="customer_", keep=("tax_id",)),
        "issuer": Nested(prefix="issuer_", keep=("claim_number",)),
    },
    verbatim=("currency", "country", "language"),
)
PURCHASES = Mapper(
    Purchase,
    # Kept as typed: a Luhn-valid order number would otherwise be damaged about one time in ten.
    # An authorisation code or ARN is masked like any text (an ARN's 23 digits are no card number).
    verbatim=("currency", "order_number", "invoice_number", "customer_number", "po_number"),
)
COMMUNICATIONS = Mapper(Communication, computed={"at_utc": _at_utc})
TASKS = Mapper(Task)
EVIDENCE = Mapper(EvidenceItem, verbatim=("sha256", "media_type"))
EVENTS = Mapper(Event, verbatim=("actor", "action", "entity"))

# The columns a record keeps that are not the object's own: which case, where in its list.
RECORD_KEYS = ("id", "case_id")
