"""Pausing the garbage collector while a large structure is built."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

# The collector is one for the whole process: pauses on several threads overlap, and it is switched
# back on when the last of them ends (the first to end used to switch it on under the others).
_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def paused_gc(freeze: bool = True) -> Iterator[None]:
    """No garbage collection inside the block.

    Building an organization, its cache entry or its chart makes millions of objects that all live
    on; the collector's passes over them cost time that grows with the heap (measured: ~40% of a
    100,000-unit load, and the layout's time growing faster than its size), and free nothing. A
    pass also holds Python's lock, whichever thread runs it: on a worker thread it froze the window
    (up to 0.7 s while a 100,000-unit preview was painted). ``freeze`` False is for blocks that make
    only temporaries (painting), which reference counting frees.
    """
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        # Move what was built out of the collector's sight: otherwise its first pass after this
        # walks all of it (measured: 120 ms after a 100,000-unit load) to find nothing to free.
        # Our structures hold no reference cycles; reference counting frees them when dropped.
        with _lock:
            _pauses -= 1
            if freeze:
                gc.freeze()
            if _pauses == 0 and _was_enabled:
                gc.enable()
