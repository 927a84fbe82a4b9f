"""Loading an organization (and building its search index) off the GUI thread, cancellably."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject

from orgexplorer.model import LoadResult, load_file
from orgexplorer.model.progress import Progress
from orgexplorer.model.search import SearchIndex
from orgexplorer.ui.background import BackgroundTask


@dataclass(frozen=True, slots=True)
class Loaded:
    """A finished load: the result, and the search index when the file was valid."""

    path: str
    result: LoadResult
    index: SearchIndex | None
    reason: str  # "open" or "reload"


class BackgroundLoader(BackgroundTask):
    """Loads one file at a time on a worker thread; a new request cancels the one running.

    Signals:
        progress(int): percent done of the current load.
        finished(object): a ``Loaded``; cancelled loads are not reported.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0

    def load(self, path: str, reason: str = "open") -> None:
        self._generation += 1
        generation = self._generation

        def work(report: Progress, cancel: threading.Event) -> None:
            result = load_file(path, progress=report)
            index = None
            if result.organization is not None and not cancel.is_set():
                self.progress.emit(92)
                index = SearchIndex.cached(result.organization, result.content_key)
            if not cancel.is_set() and not result.cancelled and generation == self._generation:
                self.finished.emit(Loaded(path, result, index, reason))

        self._start("orgexplorer-load", work, percent=90)
