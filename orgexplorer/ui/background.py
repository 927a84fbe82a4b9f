"""One task at a time on a worker thread, with progress and Cancel: what loading and exporting share."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from orgexplorer.model import Cancelled
from orgexplorer.model.progress import Progress

#: The loader and the layout need little stack (they are iterative), but libyaml's parser, SQLite and
#: Qt's painting run on these threads too; give them the main thread's usual 8 MiB, not a small default.
THREAD_STACK = 8 * 1024 * 1024


class BackgroundTask(QObject):
    """Runs one task at a time on a worker thread; starting another cancels the one running.

    A task gets a progress callback (the fraction done) that raises ``Cancelled`` once ``cancel`` was
    asked, and the cancel event itself to look at between steps.

    Signals:
        progress(int): percent done of the current task.
        finished(object): the task's outcome (what each kind of task sends is its own).
    """

    progress = Signal(int)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None

    def _start(self, name: str, task: Callable[[Progress, threading.Event], None], percent: int = 100) -> None:
        """Run ``task`` on a new thread; its progress is shown as 0 to ``percent``."""
        self.cancel()
        cancel = threading.Event()
        self._cancel = cancel

        def report(fraction: float) -> None:
            if cancel.is_set():
                raise Cancelled
            self.progress.emit(round(fraction * percent))

        previous = threading.stack_size()
        threading.stack_size(THREAD_STACK)
        try:
            self._thread = threading.Thread(target=task, args=(report, cancel), name=name, daemon=True)
        finally:
            threading.stack_size(previous)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def wait(self, timeout: float | None = None) -> None:
        """Until the task running now has stopped."""
        if self._thread is not None:
            self._thread.join(timeout)
