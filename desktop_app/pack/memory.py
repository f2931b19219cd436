"""The heap a pack build keeps: memory it frees is used again, not given back and faulted in afresh.

A pack's images pass one at a time: each is read from the vault (its bytes, 1.5 MB for a
1920x1080 screenshot), decoded (8 MB of pixels), encoded as a JPEG (libjpeg's buffers, a few MB)
and freed. glibc's malloc serves a block larger than its mmap threshold with an mmap of its own,
and gives the top of its heap back to the system once more than its trim threshold is free there
(both move with the largest block freed so far: 8 and 16 MB here). Each image's 15 to 20 MB went
back to the system and was faulted in again, zeroed, for the next one: 669,000 page faults in the
build of the benchmark's 120 screenshots, 1.7 to 2 s of its 10 to 11 CPU-seconds, in the kernel
alone (docs/performance.md, "The evidence pack"). The floor it is measured against keeps its
JPEGs, so its heap only grows and it has 42,000.

:func:`steady_heap` raises both thresholds while a pack is built (glibc only: elsewhere, or where
the C library says no, it changes nothing), then sets glibc's defaults again (128 KiB each) and
gives back what is free at the top of the heap (``malloc_trim``): the window's process does not
keep the build's memory. Builds that overlap (a preview beside an export) share one raise; the
last to end restores.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_M_TRIM_THRESHOLD = -1  # mallopt's parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
_GLIBC_DEFAULT = 128 * 1024  # both thresholds' defaults
# During a build: every block up to glibc's largest mmap threshold (32 MiB on 64-bit systems; a
# decoded image comes in blocks of at most 16 MiB, Pillow's) from the heap, and the heap's free top
# kept up to this much.
BUILD_MMAP_THRESHOLD = 32 * 1024 * 1024
BUILD_TRIM_THRESHOLD = 128 * 1024 * 1024

_lock = threading.Lock()
_builds = 0
_raised = False


def _glibc() -> Any | None:
    """The process's glibc, or None (another system, another C library: musl's mallopt does nothing)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None)
    if not all(hasattr(libc, name) for name in ("gnu_get_libc_version", "mallopt", "malloc_trim")):
        return None
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


def _set(libc: Any, mmap_threshold: int, trim_threshold: int) -> bool:
    """Both thresholds set; True when either was (then both are to be set back)."""
    mmap_set = bool(libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold))
    trim_set = bool(libc.mallopt(_M_TRIM_THRESHOLD, trim_threshold))
    return mmap_set or trim_set


@contextmanager
def steady_heap() -> Iterator[None]:
    """While the block runs, freed memory stays in the process's heap for the next image (see the
    module's text); after it, glibc's defaults again and the free top of the heap given back."""
    global _builds, _raised
    libc = _glibc()
    if libc is None:
        yield
        return
    with _lock:
        _builds += 1
        if _builds == 1:
            _raised = _set(libc, BUILD_MMAP_THRESHOLD, BUILD_TRIM_THRESHOLD)
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _raised:
                _set(libc, _GLIBC_DEFAULT, _GLIBC_DEFAULT)
                libc.malloc_trim(0)
                _raised = False
