"""Progress and cancellation of long work: the loader, the chart's layout and painting, the exports."""

from __future__ import annotations

from collections.abc import Callable

#: Called now and then with the fraction done (0 to 1); raising ``Cancelled`` from it stops the work.
Progress = Callable[[float], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop long work; whoever started the work reports it, nothing
    is left half-done (no half-loaded organization, no half-written file)."""
