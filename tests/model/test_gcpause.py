"""Pausing the garbage collector from several threads at once."""

from __future__ import annotations

import gc
import threading

from orgexplorer.model.gcpause import paused_gc


def test_overlapping_pauses_end_with_the_last_one():
    """A preview stopped early must not switch the collector on under a layout still running."""
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def long_pause() -> None:
        with paused_gc(freeze=False):
            inside.set()
            release.wait(10)

    other = threading.Thread(target=long_pause)
    other.start()
    inside.wait(10)
    with paused_gc(freeze=False):
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's pause goes on
    release.set()
    other.join()
    assert gc.isenabled()


def test_a_pause_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with paused_gc(freeze=False):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
