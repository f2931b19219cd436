"""Pictures in every format phones and browsers save: Pillow, with HEIC/HEIF taught to it.

iPhones save photos of receipts as HEIC; Pillow reads them once pillow-heif
has registered its opener. Call :func:`enable_heif` before opening images.
"""

from __future__ import annotations

import functools


@functools.cache
def enable_heif() -> bool:
    """Let Pillow open HEIC and HEIF pictures; False where pillow-heif is not installed."""
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - a dependency of Dossier, but a picture must not crash it
        return False
    pillow_heif.register_heif_opener()
    return True
