"""Rules about evidence items that need no I/O."""

from __future__ import annotations

import re


def title_from_file_name(file_name: str) -> str:
    stem = file_name.rsplit(".", 1)[0] if "." in file_name.lstrip(".") else file_name
    return re.sub(r"[_]+", " ", stem).strip() or file_name


def safe_file_name(name: str, limit: int = 120) -> str:
    """A name safe to create on Windows, macOS and Linux, keeping its letters and extension."""
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r'[<>:"|?*\x00-\x1f]', "_", name).strip(" .")
    if not name or name.upper().split(".")[0] in {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(10)),
        *(f"LPT{i}" for i in range(10)),
    }:
        name = f"file_{name}" if name else "file"
    if len(name) > limit:
        stem, dot, ext = name.rpartition(".")
        name = stem[: limit - len(ext) - 1] + dot + ext if dot and len(ext) < 10 else name[:limit]
    return name
