"""Issue 17: an exhibit's note translation and redaction boxes go out with a case file and come back;
impossible boxes are refused, in a case file and at the services' door, saying what was read."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.casefile import FORMAT_1, CaseFile, build_case_file, parse_case_file
from desktop_app.domain.models import EvidenceItem, RedactionArea
from desktop_app.domain.validation import redaction_problems, translation_problems
from desktop_app.errors import InvalidInputError
from desktop_app.services import Services
from tests.unit.domain.test_casefile import full_document, full_document_2, problems_of
from tests.unit.domain.test_casefile import rebuild as rebuild_16

BOX = {"page": 2, "x": 0.1, "y": 0.25, "width": 0.5, "height": 0.05}


def rebuild(case_file: CaseFile) -> dict[str, Any]:
    """test_casefile's rebuild, the items given their translation and boxes as the store keeps them."""
    document = rebuild_16(case_file)
    by_path = {e.path: e for e in case_file.evidence}
    purchases = [replace(p, id=100 + i) for i, p in enumerate(case_file.purchases)]
    comms = [replace(c, id=200 + i) for i, c in enumerate(case_file.communications)]
    pairs = []
    for i, raw in enumerate(document["evidence"]):
        entry = by_path[raw["path"]]
        pairs.append(
            (
                EvidenceItem(
                    kind=entry.kind,
                    title=entry.title,
                    sha256=raw["sha256"],
                    size=1,
                    media_type="application/octet-stream",
                    original_name=raw["original_name"],
                    imported_at=datetime.fromisoformat(raw["imported_at"]),
                    note=entry.note,
                    source=entry.source,
                    purchase_id=None if entry.purchase is None else 100 + entry.purchase,
                    communication_id=None if entry.communication is None else 200 + entry.communication,
                    note_translation=entry.note_translation,
                    redactions=entry.redactions,
                    id=300 + i,
                ),
                entry.path,
            )
        )
    tasks = [
        replace(t, communication_id=None if t.communication_id is None else 200 + t.communication_id)
        for t in case_file.tasks
    ]
    return build_case_file(case_file.case, purchases, comms, pairs, tasks)


def with_boxes(redactions: Any, translation: str | None = "Issued after the cancellation.") -> dict[str, Any]:
    document = copy.deepcopy(full_document_2())
    entry = document["evidence"][0]
    if translation is not None:
        entry["note_translation"] = translation
    entry["redactions"] = redactions
    return document


def test_the_translation_and_the_boxes_are_read_and_written_back_the_same() -> None:
    document = with_boxes([BOX, {"page": 1, "x": 0, "y": 0, "width": 1, "height": 1}])
    case_file = parse_case_file(document)
    entry = case_file.evidence[0]
    assert entry.note_translation == "Issued after the cancellation."
    assert entry.redactions == (RedactionArea(2, 0.1, 0.25, 0.5, 0.05), RedactionArea(1, 0, 0, 1, 1))
    assert rebuild(case_file)["evidence"][0]["redactions"] == document["evidence"][0]["redactions"]
    assert rebuild(case_file)["evidence"][0]["note_translation"] == "Issued after the cancellation."


def test_an_item_without_them_writes_neither_key() -> None:
    rebuilt = rebuild(parse_case_file(full_document_2()))
    assert "redactions" not in rebuilt["evidence"][0] and "note_translation" not in rebuilt["evidence"][0]


@pytest.mark.parametrize(
    ("box", "said"),
    [
        ({**BOX, "page": 0}, "page counts from 1"),
        ({**BOX, "page": -3}, "page counts from 1"),
        ({**BOX, "page": 1.5}, "not a whole page number"),
        ({**BOX, "x": -0.1}, "x must be a fraction"),
        ({**BOX, "y": 1.2}, "y must be a fraction"),
        ({**BOX, "width": 0}, "width cannot be 0"),
        ({**BOX, "width": 0, "height": 0}, "width and height cannot be 0"),
        ({**BOX, "x": 0.8, "width": 0.5}, "past the page's edge"),
        ({**BOX, "height": "0.1"}, "height must be a number"),
        ({**BOX, "page": True}, "page must be a number"),
        ({k: v for k, v in BOX.items() if k != "y"}, "y is missing"),
        ({**BOX, "colour": "black"}, "is not a field"),
        ([2, 0.1, 0.2, 0.3, 0.4], "must be an object"),
    ],
)
def test_a_bad_box_is_refused_naming_the_evidence_and_what_was_read(box: Any, said: str) -> None:
    problems = problems_of(with_boxes([BOX, box]))
    assert any(name.startswith("evidence[0].redactions[1]") and said in why for name, why in problems), (
        problems
    )
    if said.endswith(("1", "fraction", "cannot be 0", "edge")):
        assert any("were read" in why for _, why in problems), problems


def test_redactions_must_be_a_list() -> None:
    assert [name for name, _ in problems_of(with_boxes({"page": 1}))] == ["evidence[0].redactions"]


def test_a_translation_of_two_lines_or_of_no_note_is_refused() -> None:
    problems = problems_of(with_boxes([], translation="Line one\nline two"))
    assert [name for name, _ in problems] == ["evidence[0].note_translation"]
    document = with_boxes([], translation="A translation")
    del document["evidence"][0]["note"]
    problems = problems_of(document)
    assert [name for name, _ in problems] == ["evidence[0].note_translation"]
    assert "needs the note" in problems[0][1]


@pytest.mark.parametrize(("key", "value"), [("note_translation", "x"), ("redactions", [BOX])])
def test_a_version_1_file_with_them_is_refused_naming_version_2(key: str, value: Any) -> None:
    document = full_document()
    document["evidence"][0][key] = value
    problems = problems_of(document)
    assert [name for name, _ in problems] == [f"evidence[0].{key}"]
    assert FORMAT_1 in problems[0][1] and "dossier-case/2" in problems[0][1]


def test_the_validation_rules() -> None:
    assert redaction_problems([RedactionArea(1, 0.0, 0.0, 1.0, 1.0)]) == []
    assert redaction_problems([RedactionArea(1, 0.5, 0.5, 0.5, 0.5)]) == []
    nan = float("nan")
    (problem,) = redaction_problems([RedactionArea(1, nan, 0.1, 0.1, 0.1)])
    assert "x must be a fraction" in problem and "nan" in problem
    (problem,) = redaction_problems([RedactionArea(3, 0.1, 0.9, 0.2, 0.2)])
    assert problem.startswith("Redaction box 1 (page 3, x 0.1, y 0.9, width 0.2, height 0.2)")
    assert translation_problems(None, "  ") == []
    assert translation_problems("note", "one line") == []


def test_the_services_keep_them_export_and_import_them(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    detail = services.case_detail(sample_case)
    invoice = next(e for e in detail.evidence if e.kind.value == "invoice")
    boxes = (RedactionArea(1, 0.1, 0.2, 0.3, 0.04), RedactionArea(1, 0.5, 0.6, 0.2, 0.1))
    services.update_evidence(
        replace(invoice, note_translation="  Wystawiona po rezygnacji.  ", redactions=boxes)
    )
    stored = next(e for e in services.case_detail(sample_case).evidence if e.id == invoice.id)
    assert stored.note_translation == "Wystawiona po rezygnacji." and stored.redactions == boxes
    exported = services.export_case_file(sample_case, tmp_path / "case.json")
    written = json.loads(Path(exported.case_file).read_text(encoding="utf-8"))
    entry = next(e for e in written["evidence"] if e["kind"] == "invoice")
    assert entry["note_translation"] == "Wystawiona po rezygnacji."
    assert entry["redactions"][1] == {"page": 1, "x": 0.5, "y": 0.6, "width": 0.2, "height": 0.1}
    again = services.case_detail(services.import_case_file(exported.case_file))
    back = next(e for e in again.evidence if e.kind.value == "invoice")
    assert (back.note_translation, back.redactions) == ("Wystawiona po rezygnacji.", boxes)


@pytest.mark.parametrize(
    ("box", "said"),
    [
        (RedactionArea(0, 0.1, 0.1, 0.1, 0.1), "page counts from 1"),
        (RedactionArea(1, 0.1, 0.1, 1.5, 0.1), "width must be a fraction"),
        (RedactionArea(1, 0.1, 0.1, 0.0, 0.1), "width cannot be 0"),
        (RedactionArea(1, 0.9, 0.1, 0.2, 0.1), "past the page's edge"),
    ],
)
def test_update_evidence_refuses_impossible_boxes(
    services: Services, sample_case: int, box: RedactionArea, said: str
) -> None:
    item = services.case_detail(sample_case).evidence[0]
    with pytest.raises(InvalidInputError, match=said):
        services.update_evidence(replace(item, redactions=(box,)))
    assert services.case_detail(sample_case).evidence[0].redactions == ()


def test_update_evidence_refuses_a_translation_of_two_lines(services: Services, sample_case: int) -> None:
    item = services.case_detail(sample_case).evidence[0]
    with pytest.raises(InvalidInputError, match="one line"):
        services.update_evidence(replace(item, note_translation="one\ntwo"))
