"""Issue 15: every new fact goes into the store from a case file and out again the same, and a
dossier-case/1 file is still imported (a stage past the first step kept as the user's)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import InvalidInputError
from desktop_app.resources import resource_path
from desktop_app.services import Services
from tests.unit.domain.test_casefile import full_document, full_document_2


def _without_evidence(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "evidence": []}


def _write(tmp_path: Path, document: dict[str, Any], name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _exported(services: Services, case_id: int, tmp_path: Path, name: str) -> dict[str, Any]:
    out = tmp_path / f"{name}.json"
    services.export_case_file(case_id, out)
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def test_a_version_2_file_goes_through_the_store_unchanged(services: Services, tmp_path: Path) -> None:
    document = _without_evidence(full_document_2())
    case_id = services.import_case_file(_write(tmp_path, document))
    exported = _exported(services, case_id, tmp_path, "out")
    assert exported == document
    again = services.import_case_file(tmp_path / "out.json")
    assert _exported(services, again, tmp_path, "again") == document


def test_a_version_1_file_is_imported_and_exported_as_version_2(services: Services, tmp_path: Path) -> None:
    document = _without_evidence(full_document())
    case_id = services.import_case_file(_write(tmp_path, document))
    case = services.case(case_id)
    assert case.stage_override is True  # its stage "bank" was the user's
    exported = _exported(services, case_id, tmp_path, "out")
    assert exported["format"] == "dossier-case/2"
    assert exported["issuer"] == dict.fromkeys(full_document_2()["issuer"])
    assert {k: exported[k] for k in ("title", "reason", "stage", "summary")} == {
        k: document[k] for k in ("title", "reason", "stage", "summary")
    }


def test_a_refused_version_2_file_writes_nothing(services: Services, tmp_path: Path) -> None:
    document = _without_evidence(full_document_2())
    document["issuer"]["provisional_credit_on"] = "2026-11-01"  # before filed_on 2026-11-03
    before = services._store.table_counts()
    with pytest.raises(InvalidInputError, match=r"issuer\.provisional_credit_on: the provisional credit"):
        services.import_case_file(_write(tmp_path, document))
    assert services._store.table_counts() == before


def test_the_sample_case_is_a_version_2_file_with_the_new_facts(services: Services, tmp_path: Path) -> None:
    shipped = json.loads(resource_path("sample", "case.json").read_text(encoding="utf-8"))
    assert shipped["format"] == "dossier-case/2"
    case_id = services.add_sample_case()
    detail = services.case_detail(case_id)
    assert detail.case.customer.kind is not None and detail.case.customer.email
    assert detail.case.dates.merchant_complaint is not None
    assert all(p.authorization_code for p in detail.purchases)
    assert any(c.level is not None and c.answer is not None for c in detail.communications)
