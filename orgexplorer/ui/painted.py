"""Work that waits until a window has painted once: the start shows the window first.

A fixed delay does not do it: on a slow or busy machine the window's first paint comes later than
any delay chosen, and the work (search by meaning loading its model, say) then runs before it and
holds it up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PAINTED = "orgexplorerPainted"  # a window's dynamic property, set at its first paint


class _FirstPaint(QObject):
    """Watches a window for its first paint, then runs ``work`` (once the paint is done)."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            watched.setProperty(_PAINTED, True)
            QTimer.singleShot(0, self._work)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``widget``'s window has painted (at once when it has, or is not shown:
    a hidden window paints nothing to wait for)."""
    window = widget.window()
    if window.property(_PAINTED) or not window.isVisible():
        work()
    else:
        _FirstPaint(window, work)
