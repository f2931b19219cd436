"""A PDF writer that streams: objects go to the file as soon as they are copied.

pypdf's ``PdfWriter`` keeps the whole document in memory until it writes
it, so a pack of a hundred screenshots would need memory for all of them.
Here each source PDF (a block of exhibit pages, the front matter, a user's
own PDF) is read with pypdf, its pages and everything they use are copied
to the output under new object numbers, and the source is let go before
the next one is read. Peak memory is that of the largest single source,
whatever the number of exhibits.

What it writes: the pages (each with the stamp overlay drawn from a Form
XObject, and a user's PDF pages shrunk clear of the stamp band), link
annotations, the outline (bookmarks), the document information and file
identifier, a page tree, a cross-reference table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from pypdf import PageObject, PdfReader
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    StreamObject,
    create_string_object,
)

# Keys of a page that are not copied as they are.
_PAGE_SKIP = {"/Parent", "/Contents", "/Resources", "/StructParents", "/B", "/Thumb", "/PieceInfo"}


def _ref(number: int) -> IndirectObject:
    return IndirectObject(number, 0, None)


@dataclass(frozen=True)
class PagePlacement:
    """How a source page goes into the output."""

    number: int  # its object number in the output (reserved in advance)
    shrink: float = 1.0  # scale of a user's page, to keep the stamp and footer bands free
    shift_y: float = 0.0  # where the shrunk page starts from the bottom
    overlay: int | None = None  # the Form XObject holding the stamp and the footer
    annotations: Sequence[DictionaryObject] = ()  # extra annotations (links), direct objects


class StreamingPdfWriter:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self._offsets: list[int | None] = [None]
        handle.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def reserve(self) -> int:
        self._offsets.append(None)
        return len(self._offsets) - 1

    def write(self, number: int, obj: PdfObject) -> None:
        if self._offsets[number] is not None:
            raise ValueError(f"object {number} written twice")
        self._offsets[number] = self.handle.tell()
        self.handle.write(f"{number} 0 obj\n".encode())
        obj.write_to_stream(self.handle)
        self.handle.write(b"\nendobj\n")

    def add(self, obj: PdfObject) -> int:
        number = self.reserve()
        self.write(number, obj)
        return number

    def finish(self, *, root: int, info: int, file_id: bytes) -> None:
        missing = [n for n, offset in enumerate(self._offsets) if n and offset is None]
        if missing:
            raise ValueError(f"objects reserved but never written: {missing[:10]}")
        start = self.handle.tell()
        lines = [f"xref\n0 {len(self._offsets)}\n", "0000000000 65535 f \n"]
        lines += [f"{offset:010d} 00000 n \n" for offset in self._offsets[1:]]
        self.handle.write("".join(lines).encode())
        identifier = file_id.hex()
        self.handle.write(
            f"trailer\n<< /Size {len(self._offsets)} /Root {root} 0 R /Info {info} 0 R "
            f"/ID [<{identifier}> <{identifier}>] >>\nstartxref\n{start}\n%%EOF\n".encode()
        )

    # ------------------------------------------------------------------ copying from a source

    def copy_pages(
        self,
        reader: PdfReader,
        placements: Sequence[PagePlacement],
        parent: int,
        first: int | None = None,
    ) -> None:
        """Copy every page of ``reader`` (or, from its page ``first``, one for each placement), in
        order, to the reserved numbers of ``placements``."""
        pages = list(reader.pages)
        if first is not None:
            pages = pages[first : first + len(placements)]
        if len(pages) != len(placements):
            raise ValueError(f"{len(pages)} pages to copy into {len(placements)} places")
        page_numbers = {
            page.indirect_reference.idnum: placement.number
            for page, placement in zip(pages, placements, strict=True)
            if page.indirect_reference is not None
        }
        copier = _Copier(self, page_numbers)
        for page, placement in zip(pages, placements, strict=True):
            if page.get("/Rotate", 0):
                page.transfer_rotation_to_content()
            self.write(placement.number, self._page(page, placement, copier, parent))
            copier.drain()

    def form_xobjects(self, reader: PdfReader) -> list[int]:
        """Every page of ``reader`` as a Form XObject (for overlays); their resources are shared."""
        copier = _Copier(self, {})
        numbers = []
        for page in reader.pages:
            box = page.mediabox
            form = DecodedStreamObject()
            form.set_data(_contents_data(page))
            form.update(
                {
                    NameObject("/Type"): NameObject("/XObject"),
                    NameObject("/Subtype"): NameObject("/Form"),
                    NameObject("/BBox"): ArrayObject(
                        [
                            FloatObject(box.left),
                            FloatObject(box.bottom),
                            FloatObject(box.right),
                            FloatObject(box.top),
                        ]
                    ),
                    NameObject("/Resources"): copier.convert(page.get("/Resources", DictionaryObject())),
                }
            )
            numbers.append(self.add(form.flate_encode()))
            copier.drain()
        return numbers

    def _page(
        self, page: PageObject, placement: PagePlacement, copier: _Copier, parent: int
    ) -> DictionaryObject:
        out = DictionaryObject()
        for key, value in page.items():
            if key not in _PAGE_SKIP and key != "/Annots":
                out[NameObject(key)] = copier.convert(value)
        out[NameObject("/Parent")] = _ref(parent)
        resources = page.get("/Resources")
        resources_copy = (
            copier.convert(resources.get_object()) if resources is not None else DictionaryObject()
        )
        assert isinstance(resources_copy, DictionaryObject)
        contents = [self._stream_ref(s, copier) for s in _content_streams(page)]
        box = page.cropbox
        if placement.shrink != 1.0:
            f = placement.shrink
            tx = float(box.left) + float(box.width) * (1 - f) / 2 - float(box.left) * f
            ty = float(box.bottom) + placement.shift_y - float(box.bottom) * f
            contents.insert(0, self._text_stream(f"q {f:.6f} 0 0 {f:.6f} {tx:.3f} {ty:.3f} cm\n"))
        else:
            contents.insert(0, self._text_stream("q\n"))
        tail = "Q\n"
        if placement.overlay is not None:
            xobjects = resources_copy.get("/XObject")
            xobjects = DictionaryObject(xobjects.get_object()) if xobjects is not None else DictionaryObject()
            xobjects[NameObject("/DossierStamp")] = _ref(placement.overlay)
            resources_copy[NameObject("/XObject")] = xobjects
            tail += f"q 1 0 0 1 {float(box.left):.3f} {float(box.bottom):.3f} cm /DossierStamp Do Q\n"
        contents.append(self._text_stream(tail))
        out[NameObject("/Resources")] = resources_copy
        out[NameObject("/Contents")] = ArrayObject(contents)
        annotations = ArrayObject()
        existing = page.get("/Annots")
        if existing is not None:
            converted = copier.convert(existing.get_object())
            if isinstance(converted, ArrayObject):
                annotations.extend(converted)
        for annotation in placement.annotations:
            annotation[NameObject("/P")] = _ref(placement.number)
            annotations.append(_ref(self.add(annotation)))
        if annotations:
            out[NameObject("/Annots")] = annotations
        return out

    def _stream_ref(self, stream: Any, copier: _Copier) -> IndirectObject:
        if isinstance(stream, IndirectObject):
            converted = copier.ref(stream)
            assert isinstance(converted, IndirectObject)
            return converted
        return _ref(self.add(copier.convert(stream)))

    def _text_stream(self, text: str) -> IndirectObject:
        stream = DecodedStreamObject()
        stream.set_data(text.encode("ascii"))
        return _ref(self.add(stream))


def _content_streams(page: PageObject) -> list[Any]:
    contents = page.get("/Contents")
    if contents is None:
        return []
    resolved = contents.get_object()
    if isinstance(resolved, ArrayObject):
        return list(resolved)
    return [contents]


def _contents_data(page: PageObject) -> bytes:
    parts = []
    for stream in _content_streams(page):
        obj = stream.get_object()
        if isinstance(obj, StreamObject):
            parts.append(obj.get_data())
    return b"\n".join(parts)


class _Copier:
    """Copies objects from one source into the output, renumbering their references."""

    def __init__(self, writer: StreamingPdfWriter, page_numbers: dict[int, int]) -> None:
        self.writer = writer
        self.page_numbers = page_numbers
        self.numbers: dict[int, int] = {}
        self.pending: list[tuple[int, IndirectObject]] = []

    def ref(self, indirect: IndirectObject) -> PdfObject:
        key = indirect.idnum
        if key in self.page_numbers:
            return _ref(self.page_numbers[key])
        if key not in self.numbers:
            target = indirect.get_object()
            if isinstance(target, DictionaryObject) and target.get("/Type") == "/Page":
                return NullObject()  # a page that is not copied: a link to it goes nowhere
            self.numbers[key] = self.writer.reserve()
            self.pending.append((self.numbers[key], indirect))
        return _ref(self.numbers[key])

    def convert(self, obj: Any) -> PdfObject:
        if isinstance(obj, IndirectObject):
            return self.ref(obj)
        if isinstance(obj, StreamObject):
            stream: StreamObject
            if "/Filter" in obj:
                stream = EncodedStreamObject()
                stream._data = obj._data  # the bytes exactly as stored: no decoding, no re-encoding
            else:
                stream = DecodedStreamObject()
                stream.set_data(obj.get_data())
            for key, value in obj.items():
                if key != "/Length":
                    stream[NameObject(key)] = self.convert(value)
            return stream
        if isinstance(obj, DictionaryObject):
            out = DictionaryObject()
            for key, value in obj.items():
                out[NameObject(key)] = self.convert(value)
            return out
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.convert(value) for value in obj)
        return obj  # type: ignore[no-any-return]

    def drain(self) -> None:
        while self.pending:
            number, indirect = self.pending.pop()
            self.writer.write(number, self.convert(indirect.get_object()))


# --------------------------------------------------------------------------- outline, tree, catalog


@dataclass(frozen=True)
class OutlineItem:
    title: str
    page: int  # object number of the page
    children: tuple[OutlineItem, ...] = ()


def write_outline(writer: StreamingPdfWriter, items: Sequence[OutlineItem]) -> int:
    root = writer.reserve()
    first_last = _write_level(writer, items, root)
    outline = DictionaryObject(
        {NameObject("/Type"): NameObject("/Outlines"), NameObject("/Count"): NumberObject(_count(items))}
    )
    if first_last:
        outline[NameObject("/First")] = _ref(first_last[0])
        outline[NameObject("/Last")] = _ref(first_last[1])
    writer.write(root, outline)
    return root


def _count(items: Sequence[OutlineItem]) -> int:
    return sum(1 + _count(item.children) for item in items)


def _write_level(
    writer: StreamingPdfWriter, items: Sequence[OutlineItem], parent: int
) -> tuple[int, int] | None:
    if not items:
        return None
    numbers = [writer.reserve() for _ in items]
    for i, (item, number) in enumerate(zip(items, numbers, strict=True)):
        entry = DictionaryObject(
            {
                NameObject("/Title"): create_string_object(item.title),
                NameObject("/Parent"): _ref(parent),
                NameObject("/Dest"): ArrayObject([_ref(item.page), NameObject("/Fit")]),
            }
        )
        if i > 0:
            entry[NameObject("/Prev")] = _ref(numbers[i - 1])
        if i < len(items) - 1:
            entry[NameObject("/Next")] = _ref(numbers[i + 1])
        children = _write_level(writer, item.children, number)
        if children:
            entry[NameObject("/First")] = _ref(children[0])
            entry[NameObject("/Last")] = _ref(children[1])
            entry[NameObject("/Count")] = NumberObject(_count(item.children))
        writer.write(number, entry)
    return numbers[0], numbers[-1]


def link(rect: tuple[float, float, float, float], target_page: int) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            NameObject("/Dest"): ArrayObject([_ref(target_page), NameObject("/Fit")]),
        }
    )


def write_catalog(
    writer: StreamingPdfWriter,
    pages_root: int,
    page_numbers: Sequence[int],
    outline: int,
    info: dict[str, str],
    lang: str | None = None,
) -> tuple[int, int]:
    """The page tree, the catalog and the document information. Returns (catalog, info).

    ``lang`` is the document's language as a BCP 47 tag ("pl-PL", "fr"): the catalog's /Lang, which
    screen readers and a bank's archiving tools read (PDF 1.7, 14.9.2)."""
    writer.write(
        pages_root,
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): ArrayObject([_ref(n) for n in page_numbers]),
                NameObject("/Count"): NumberObject(len(page_numbers)),
            }
        ),
    )
    catalog = writer.add(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): _ref(pages_root),
                NameObject("/Outlines"): _ref(outline),
                NameObject("/PageMode"): NameObject("/UseOutlines"),
                **({NameObject("/Lang"): create_string_object(lang)} if lang else {}),
            }
        )
    )
    info_number = writer.add(
        DictionaryObject({NameObject(key): create_string_object(value) for key, value in info.items()})
    )
    return catalog, info_number
