"""Python's cyclic garbage collector during a pack's build (issue 17, the pack's CPU time).

A build makes hundreds of thousands of small objects (reportlab's fragments and lines, pypdf's
objects, a page's character boxes) and keeps few: with the default threshold (a collection of the
youngest objects every 700 allocations more than deallocations) the collector ran 755 times in the
big case's build and walked the whole heap in its oldest generation, 0.2 to 0.35 CPU-s. During a
build the threshold is raised and what existed before it (the modules, the window's objects) is
frozen out of the collector's walks (``gc.freeze``); both are set back after it. Where the process
has frozen its own start already (the window, ui/app.py; the command line, cli/collector.py), the
build leaves that freeze as it is and only raises the threshold: ``gc.unfreeze`` cannot tell its own
freeze from theirs, and undoing theirs would put the start's objects back in every later walk.
Nothing of the pack depends on when cycles are collected (its bytes are the same); the images'
memory is not in cycles (render.py ``_JpegSource``), and each source PDF is let go as soon as it is
copied.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A collection of the youngest generation every this many allocations during a build.
BUILD_THRESHOLD = 10_000

_lock = threading.Lock()
_depth = [0]
_saved: list[tuple[tuple[int, int, int], bool]] = []  # the threshold before, and whether we froze


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector's threshold raised and the heap before frozen, for the block's duration
    (nested or from two threads: set once by the first, set back by the last). A freeze the process
    made before is left as it is (see the module's text)."""
    with _lock:
        if _depth[0] == 0:
            threshold = gc.get_threshold()
            freezing = gc.get_freeze_count() == 0
            _saved[:] = [(threshold, freezing)]
            if freezing:
                gc.freeze()
            gc.set_threshold(max(BUILD_THRESHOLD, threshold[0]), threshold[1], threshold[2])
        _depth[0] += 1
    try:
        yield
    finally:
        with _lock:
            _depth[0] -= 1
            if _depth[0] == 0:
                threshold, froze = _saved.pop()
                gc.set_threshold(*threshold)
                if froze:
                    gc.unfreeze()
