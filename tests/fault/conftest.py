"""The fault-injection suite runs in ``make test`` (marked ``fault``, never deselected by default).

Set ``DOSSIER_FAULT_FIGURES=FILE`` to have the figures of the run (faults injected per write path and
error, and what happened after each) written to FILE as JSON; docs/reliability.md quotes them.
``DOSSIER_FAULT_FULL=1`` tries every N of the pack's output too (about 12,000 writes per error,
several minutes), instead of the sample the suite tries.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FIGURES: dict[str, dict[str, Any]] = {}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fault: the fault-injection suite (tests/fault), part of make test")


@pytest.fixture(scope="session")
def fault_figures() -> Iterator[dict[str, dict[str, Any]]]:
    yield FIGURES
    target = os.environ.get("DOSSIER_FAULT_FIGURES")
    if target:
        Path(target).write_text(json.dumps(FIGURES, indent=2, sort_keys=True) + "\n", encoding="utf-8")
