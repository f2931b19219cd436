"""The event log's chain: each entry's hash covers the one before it. No I/O.

An entry edited, removed or inserted after the fact breaks the chain from
that point on, and ``dossier verify`` names the first entry where it breaks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

GENESIS = "0" * 64  # what the first entry chains to


def entry_hash(previous: str, fields: Sequence[str | int | None]) -> str:
    """SHA-256 of the previous entry's hash and this entry's fields as stored
    (at, actor, action, case id, entity, entity id, summary)."""
    chained = [previous, *fields]
    return hashlib.sha256(json.dumps(chained, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
