"""The collector's settings during a build, and after it (issue 17, the pack's CPU time)."""

from __future__ import annotations

import gc

import pytest

from desktop_app.pack.collector import BUILD_THRESHOLD, fewer_collections


def test_a_build_collects_less_often_and_sets_the_collector_back_after() -> None:
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    with fewer_collections():
        assert gc.get_threshold()[0] == max(BUILD_THRESHOLD, before[0])
        assert gc.get_freeze_count() > 0
        with fewer_collections():  # nested: set back by the outer one only
            pass
        assert gc.get_threshold()[0] == max(BUILD_THRESHOLD, before[0])
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_build_that_fails_sets_the_collector_back_too() -> None:
    before = gc.get_threshold()

    @fewer_collections()
    def failing() -> None:
        assert gc.get_threshold() != before
        raise ValueError("refused")

    with pytest.raises(ValueError):
        failing()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_a_build_are_still_collected_after_it() -> None:
    class Node:
        other: object = None

    import weakref

    with fewer_collections():
        first, second = Node(), Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
    gc.collect()
    assert gone() is None


def test_a_freeze_the_process_made_before_is_left_as_it_is() -> None:
    """The window and the command line freeze their start (ui/app.py, cli/collector.py): a build
    must not unfreeze it, as gc.unfreeze would, for everything."""
    before = gc.get_threshold()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with fewer_collections():
            assert gc.get_threshold()[0] == max(BUILD_THRESHOLD, before[0])
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() >= frozen  # still frozen: the start's objects stay out
    finally:
        gc.unfreeze()
