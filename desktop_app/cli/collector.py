"""The garbage collector during a command's start.

While a command's modules are imported and its store opened, the cyclic garbage collector has
nothing to find (all of it lives as long as the process), yet it walked all of it at each of its
collections: tens of milliseconds of a start. So it waits (:func:`waiting`) until the command is
about to do its work (:func:`collect_from_here`), and then leaves out everything made so far
(``gc.freeze``) for as long as the command runs. A caller that goes on after the command (a
test) gets everything collectable again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_was_on = True


@contextmanager
def waiting() -> Iterator[None]:
    global _was_on
    _was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if _was_on:
            gc.enable()


def collect_from_here() -> None:
    """The command's modules are imported and its store is open: the collector may run again,
    leaving out everything made so far."""
    gc.freeze()
    if _was_on:
        gc.enable()
