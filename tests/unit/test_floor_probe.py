"""The benchmark's floor runs exactly the statements the case list runs (benchmarks/floor_probe.py).

The workspace benchmark compares the window and ``dossier cases`` with a floor that opens the
same database and runs the case list's SELECTs (docs/performance.md). When the case list reads
something more or something else, the floor must too, or the ratio would compare unlike work.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from desktop_app.services import Services

PROBE = Path(__file__).resolve().parents[2] / "benchmarks" / "floor_probe.py"


def _floor_selects() -> list[str]:
    spec = importlib.util.spec_from_file_location("floor_probe", PROBE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.pop("floor_probe", None)
    spec.loader.exec_module(module)
    return [_normal(sql) for sql in module.SELECTS]


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def test_the_floor_runs_the_statements_of_the_case_list(services: Services, sample_case: int) -> None:
    conn = services._store._db.conn
    ran: list[str] = []
    conn.set_trace_callback(ran.append)
    try:
        services.list_cases()
    finally:
        conn.set_trace_callback(None)
    selects = [_normal(sql) for sql in ran if _normal(sql).upper().startswith("SELECT")]
    assert selects, "the case list read nothing?"
    assert sorted(set(selects)) == sorted(set(_floor_selects()))
