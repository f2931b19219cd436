"""Building realistic cases for tests from the sample case file, with changes."""

from __future__ import annotations

import copy
import json
import random
import shutil
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image

from desktop_app.resources import resource_path
from desktop_app.services import Services

SAMPLE = resource_path("sample", "case.json")
CARD = "4111 1111 1111 1111"  # a test Visa number: passes the Luhn check
IBAN = "FR76 3000 6000 0112 3456 7890 189"
POLISH = "Zażółć gęślą jaźń: reklamacja złożona w Łodzi, żądam zwrotu"


def sample_document() -> dict[str, Any]:
    return copy.deepcopy(json.loads(SAMPLE.read_text(encoding="utf-8")))


def import_case(
    services: Services,
    folder: Path,
    change: Callable[[dict[str, Any]], None] | None = None,
    files: dict[str, bytes] | None = None,
) -> int:
    """Import the sample case, changed by ``change``, with extra ``files`` (name -> bytes) beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SAMPLE.parent / "files", folder / "files", dirs_exist_ok=True)
    for name, data in (files or {}).items():
        (folder / "files" / name).write_bytes(data)
    document = sample_document()
    if change is not None:
        change(document)
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return services.import_case_file(path)


def import_with_screenshots(
    services: Services, folder: Path, count: int, width: int, height: int, *, digits: int = 3
) -> int:
    """Import the sample case with ``count`` noisy screenshots (``screen-000.png``... titled
    "Screen 0"...): images that compress badly, to make packs too big for a portal."""
    files = {f"screen-{i:0{digits}d}.png": noisy_image(width, height, seed=i) for i in range(count)}

    def change(document: dict[str, Any]) -> None:
        for i, name in enumerate(files):
            document["evidence"].append(
                {"path": f"files/{name}", "kind": "screenshot", "title": f"Screen {i}"}
            )

    return import_case(services, folder, change, files=files)


def with_sensitive_text(document: dict[str, Any]) -> None:
    """A card number and an IBAN in the user's own words, and a contact in Polish."""
    document["summary"] += f" My card {CARD} was charged; refunds go to {IBAN}."
    document["communications"].append(
        {
            "at": "2026-11-02T16:45:00+01:00",
            "channel": "phone",
            "direction": "outgoing",
            "counterpart": "Bank helpline",
            "representative": "Bożena Kałużna",
            "reference": "BNK-5521",
            "summary": f"{POLISH}. Podałam numer karty {CARD} i IBAN {IBAN}.",
            "outcome": "Zalecono zgłoszenie sporu (chargeback).",
        }
    )


def noisy_image(width: int, height: int, seed: int, fmt: str = "PNG") -> bytes:
    """A screenshot-sized image full of noise: it compresses badly, like a busy photo."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = BytesIO()
    image.save(out, format=fmt, **({"quality": 92} if fmt == "JPEG" else {}))
    return out.getvalue()
