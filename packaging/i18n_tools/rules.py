"""The texts of resources/rules/*.json that the window shows translated (context "Rules").

Which fields are translated is decided with the rules' owner (desktop_app/domain reads them and
translates them where the window shows them, with ``translate("Rules", text)``). A path names keys
from the file's top: ``*`` is any key, ``[]`` every item of a list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from i18n_tools.extract import Call

CONTEXT = "Rules"

PATHS: dict[str, list[str]] = {
    "checklists.json": [
        "common/[]/text",
        "common/[]/hint",
        "reasons/*/items/[]/text",
        "reasons/*/items/[]/hint",
        "rails/*/items/[]/text",
        "rails/*/items/[]/hint",
    ],
    "deadlines.json": ["rules/[]/title", "rules/[]/note"],
    "escalation.json": [
        "stages/[]/title",
        "stages/[]/step",
        "stages/[]/then",
        "stages/[]/waiting",
        "stages/[]/prepare/[]",
        "stages/[]/then_prepare/[]",
        "bodies/*/name",
        "bodies/*/why",
        "bodies/*/why/*",
    ],
}


def _walk(value: Any, steps: list[str]) -> list[str]:
    if not steps:
        return [value] if isinstance(value, str) and value.strip() else []
    step, rest = steps[0], steps[1:]
    found: list[str] = []
    if step == "[]" and isinstance(value, list):
        for item in value:
            found += _walk(item, rest)
    elif step == "*" and isinstance(value, dict):
        for item in value.values():
            found += _walk(item, rest)
    elif isinstance(value, dict) and step in value:
        found += _walk(value[step], rest)
    return found


def rule_calls(rules_folder: Path) -> list[Call]:
    """One call per translated text, located at the line of the file that holds it."""
    calls: list[Call] = []
    for name, paths in PATHS.items():
        path = rules_folder / name
        if not path.is_file():
            continue
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        lines = raw.splitlines()
        for pattern in paths:
            for text in _walk(data, pattern.split("/")):
                calls.append(Call(path, _line_of(lines, text), CONTEXT, text, "", False))
    return calls


def _line_of(lines: list[str], text: str) -> int:
    encoded = json.dumps(text, ensure_ascii=False)
    for number, line in enumerate(lines, 1):
        if encoded in line:
            return number
    return 1
