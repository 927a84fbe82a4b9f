"""Loading an organization (and building its search index) off the GUI thread, cancellably."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from orgexplorer.model import Cancelled, LoadResult, load_file
from orgexplorer.model.search import SearchIndex

#: The loader needs little stack (it is iterative), but libyaml's parser and SQLite run on this
#: thread too; give it the main thread's usual 8 MiB rather than a small platform default.
THREAD_STACK = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Loaded:
    """A finished load: the result, and the search index when the file was valid."""

    path: str
    result: LoadResult
    index: SearchIndex | None
    reason: str  # "open" or "reload"


class BackgroundLoader(QObject):
    """Runs one load at a time on a worker thread; a new request cancels the one running.

    Signals:
        progress(int): percent done of the current load.
        finished(object): a ``Loaded``; cancelled loads are not reported.
    """

    progress = Signal(int)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._generation = 0

    def load(self, path: str, reason: str = "open") -> None:
        self.cancel()
        self._generation += 1
        generation = self._generation
        cancel = threading.Event()
        self._cancel = cancel

        def report(fraction: float) -> None:
            if cancel.is_set():
                raise Cancelled
            self.progress.emit(int(fraction * 90))

        def work() -> None:
            result = load_file(path, progress=report)
            index = None
            if result.organization is not None and not cancel.is_set():
                self.progress.emit(92)
                index = SearchIndex.cached(result.organization, result.content_key)
            if not cancel.is_set() and not result.cancelled and generation == self._generation:
                self.finished.emit(Loaded(path, result, index, reason))

        previous = threading.stack_size()
        threading.stack_size(THREAD_STACK)
        try:
            self._thread = threading.Thread(target=work, name="orgexplorer-load", daemon=True)
        finally:
            threading.stack_size(previous)
        self._thread.start()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
