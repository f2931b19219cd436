"""Reading PDFs the way a bank's reviewer's tools would: pypdf, and poppler as an independent reader."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def need_poppler() -> None:
    _need("pdftotext", "poppler-utils")
    _need("pdfinfo", "poppler-utils")


def _need(tool: str, package: str) -> None:
    if shutil.which(tool):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{tool} is missing: 'make test' installs {package} (packaging/linux/system-deps.sh)")
    pytest.skip(f"{tool} ({package}) is not installed")


def qpdf_check(path: Path) -> str:
    """qpdf's structural check of a PDF: cross-reference table, objects, streams."""
    _need("qpdf", "qpdf")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout, result.stdout
    return result.stdout


def pdftotext(path: Path, *, page: int | None = None, layout: bool = False) -> str:
    """The text poppler extracts, in reading order (or laid out as on the page)."""
    need_poppler()
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else [])]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    result = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


def pdfinfo(path: Path) -> dict[str, str]:
    need_poppler()
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60, check=True)
    info = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def flat_text(path: Path) -> str:
    """The whole text with every run of white space made one space."""
    return " ".join(pdftotext(path).split())


def page_texts(path: Path) -> list[str]:
    """The text of each page, extracted by poppler."""
    return pdftotext(path).split("\f")[: int(pdfinfo(path)["Pages"])]


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


CARD_RUN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
