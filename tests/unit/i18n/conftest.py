"""packaging/ on the path, for packaging/translations.py's pieces (packaging/ is not a package: its name is
taken by the PyPI library)."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[3] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
