"""Search by meaning in the window: the sentence vectors computed (or read from the cache) on a
worker thread with progress in the status bar, then joined to the open search index.

Word search works at once; meaning joins when its vectors are ready (``ready`` is emitted, and the
window searches again). Without the model's package, the status bar says once that search by meaning
is off, and why.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from orgexplorer.model import Cancelled, Organization
from orgexplorer.model.progress import Progress
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.painted import after_first_paint

if TYPE_CHECKING:  # the meaning layer loads after the window has painted (``start``), not with it
    from orgexplorer.model.meaning import MeaningIndex
    from orgexplorer.model.search import SearchIndex, SearchResult


def meaning_summary(result: SearchResult) -> str:
    """What the results list says of the units found by meaning alone ("" when none)."""
    if not result.by_meaning:
        return ""
    count = result.by_meaning  # a plain name: lupdate skips a translate() whose count is an expression
    return QCoreApplication.translate("MeaningSearch", "; %Ln of them by meaning", None, count)


_START_DELAY_MS = 200


@dataclass(frozen=True)
class _Outcome:
    index: SearchIndex
    meaning: MeaningIndex | None
    reason: str | None


class MeaningSearch(QObject):
    """Prepares the meaning layer of each search index the window opens, on a worker (the one
    BackgroundTask), with progress and Cancel in the status bar.

    Signals:
        ready(): the open index now searches by meaning too.
    """

    ready = Signal()

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._label = QLabel(self.tr("Preparing search by meaning…"))
        self._label.setObjectName("meaningProgressLabel")
        self._bar = QProgressBar()
        self._bar.setObjectName("meaningProgress")
        self._bar.setMaximumWidth(120)
        self._bar.setAccessibleName(self.tr("Preparing search by meaning"))
        self._cancel_button = QToolButton()
        self._cancel_button.setObjectName("meaningCancel")
        self._cancel_button.setText(self.tr("Cancel"))
        self._cancel_button.setToolTip(self.tr("Stop preparing search by meaning; search by words goes on"))
        self._cancel_button.clicked.connect(self.stop)
        self._widgets = (self._label, self._bar, self._cancel_button)
        for widget in self._widgets:
            status_bar.addPermanentWidget(widget)
            widget.hide()
        self._organization: Organization | None = None  # the one whose meaning layer is wanted
        self._index: SearchIndex | None = None
        self._stopped = threading.Event()  # of the run on its way: the model's own cancel check
        self._told = False
        self.notice: str | None = None  # what the window said about meaning being off, once
        self._task = BackgroundTask("orgexplorer-meaning", self)
        self._task.progress.connect(self._bar.setValue)

    def start(self, organization: Organization, index_of: Callable[[], SearchIndex | None]) -> None:
        """Compute (or read) the vectors of ``organization``'s search index (``index_of()``, asked for
        after the first paint) off the GUI thread; it searches by words meanwhile."""
        self._stop_run()
        self._organization = organization
        if len(organization) > 2000:  # a small organization is ready before a bar could be read
            self._bar.setValue(0)
            for widget in self._widgets:
                widget.show()

        # After the window has painted what it opened: loading the model (numpy, the tokenizer) on
        # the worker still takes the GIL now and then.
        def begin() -> None:
            QTimer.singleShot(_START_DELAY_MS, lambda: self._begin(organization, index_of))

        after_first_paint(self._status_bar, begin)

    def _begin(self, organization: Organization, index_of: Callable[[], SearchIndex | None]) -> None:
        if self._organization is not organization:  # stopped, or another organization opened, meanwhile
            return
        index = self._index = index_of()
        if index is None:
            return
        organization, key = index.organization, index.content_key
        stopped = self._stopped = threading.Event()

        def work(progress: Progress) -> _Outcome:
            from orgexplorer.model.meaning import MeaningIndex, MeaningUnavailable  # on the worker

            try:
                meaning = MeaningIndex.cached(
                    organization, key, lambda done, total: progress(done / max(1, total)), stopped.is_set
                )
            except MeaningUnavailable as error:
                return _Outcome(index, None, str(error))
            if meaning is None:
                raise Cancelled  # the model stopped on our asking
            return _Outcome(index, meaning, None)

        self._task.start(work, self._on_finished, self._on_failed, self._hide)

    def stop(self) -> None:
        """Cancel the preparation: this organization is searched by words only."""
        self._stop_run()
        self._hide()

    def _stop_run(self) -> None:
        self._organization = self._index = None
        self._stopped.set()
        self._task.cancel()

    def wait(self, timeout: float | None = None) -> None:
        """Until the worker has stopped (a test, or a window closing)."""
        self._task.wait(timeout)

    def _hide(self) -> None:
        for widget in self._widgets:
            widget.hide()

    def _on_finished(self, outcome: _Outcome) -> None:
        self._hide()
        if outcome.index is not self._index:
            return  # another organization was opened meanwhile
        if outcome.reason is not None:
            self._tell_off(outcome.reason)
            return
        outcome.index.attach_meaning(outcome.meaning)
        self.ready.emit()

    def _on_failed(self, failure: Failure) -> None:
        self._hide()
        self._tell_off(failure.reason)

    def _tell_off(self, reason: str) -> None:
        if self._told:
            return
        self._told = True
        self.notice = self.tr("Search by meaning is off ({reason}): searching by words only.").format(reason=reason)
        self._status_bar.showMessage(self.notice, 15000)
