"""Which exhibits a pack keeps when the whole case cannot fit a portal's limits (pure).

The candidates come in the order that argues (domain.exhibit_order: the reason's checklist,
or the user's own order): the earliest matter most. Each is kept when the pack still fits
with it, else left out, and the next one is tried: a small exhibit further down may still fit
where a large one did not. Whether a set fits is the caller's to say (the pack's estimate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    kept: list[int]  # in the candidates' order
    left_out: list[int]  # in the candidates' order


def choose(candidates: Sequence[int], fits: Callable[[Sequence[int]], bool]) -> Choice:
    """Keep, in order, each candidate with which the pack still fits."""
    kept: list[int] = []
    left_out: list[int] = []
    for candidate in candidates:
        if fits([*kept, candidate]):
            kept.append(candidate)
        else:
            left_out.append(candidate)
    return Choice(kept, left_out)


def better(a: Choice, b: Choice) -> bool:
    """Whether choice ``a`` keeps more than ``b`` does: more exhibits, or as many that come earlier."""
    if len(a.kept) != len(b.kept):
        return len(a.kept) > len(b.kept)
    return False  # as many: the first one found (the best image settings) stays
