"""The open file: opening it (at once or on a worker), watching it, reloading it, and its search index."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from orgexplorer.model import LoadResult, Organization, Problem, load_file
from orgexplorer.model.progress import Progress
from orgexplorer.ui import background
from orgexplorer.ui.background import BackgroundTask, Failure

if TYPE_CHECKING:
    from orgexplorer.model.importer import ImportChoices
    from orgexplorer.model.search import SearchIndex


@dataclass(frozen=True, slots=True)
class Opened:
    """A file opened (or reloaded): its organization and search index (None: made when first asked for)."""

    path: str
    organization: Organization
    index: SearchIndex | None
    reason: str  # "open" or "reload"
    same_file: bool  # the file that was open already (a reload): keep the selection and the search
    in_background: bool  # read on a worker (``open`` returned None)
    warnings: tuple[Problem, ...] = ()  # what the file does that it should not, though it opened


@dataclass(frozen=True, slots=True)
class Refused:
    """A file that was not opened, and why (the organization open before stays)."""

    path: str
    problems: list[Problem]
    in_background: bool = False
    needs_columns: bool = False  # a spreadsheet whose columns could not be told: choosing them helps


class Session(QObject):
    """Opens organization files and keeps the one open: its path, organization and search index.

    A file up to ``background.SYNCHRONOUS_LOAD_BYTES`` is read at once, and its search index made
    when first asked for (the window paints it without waiting for the index); a larger one is read
    and indexed on a worker while the window stays usable. The open file and its folder are watched
    (editors often save by writing a new file and renaming it), and a change reloads it, debounced.

    Signals:
        loading(str): a file began to load in the background (its path).
        progress(int): percent done of that load.
        opened(object): an ``Opened``.
        refused(object): a ``Refused``.
        cancelled(): a background load was cancelled.
    """

    loading = Signal(str)
    progress = Signal(int)
    opened = Signal(object)
    refused = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.organization: Organization | None = None
        self.path: str | None = None
        self._index: SearchIndex | None = None
        self.choices: ImportChoices | None = None  # how the open spreadsheet was read: a reload reads it so
        self._task = BackgroundTask("orgexplorer-load", self)
        self._task.progress.connect(self.progress)
        self._outcome: bool | None = None
        self._watched_stamp: tuple[int, int] | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(400)
        self._reload_timer.timeout.connect(self._on_reload_timer_timeout)

    # --- opening ---

    def open(
        self, path: str | os.PathLike[str], reason: str = "open", choices: ImportChoices | None = None
    ) -> bool | None:
        """Open ``path``: True when opened, False when refused, None when it goes on in the background
        (``opened``, ``refused`` or ``cancelled`` follows). A newer open replaces one on its way.
        A spreadsheet is read as ``choices`` say (a reload: as it was read before)."""
        path = os.fspath(path)
        if reason == "reload" and choices is None:
            choices = self.choices
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # the loader reports what is wrong with the path
        inline = size <= background.SYNCHRONOUS_LOAD_BYTES
        if not inline:
            self.loading.emit(path)

        def work(progress: Progress) -> tuple[Organization, SearchIndex | None, tuple[Problem, ...]] | Refused:
            return self._load(path, progress, indexed=not inline, choices=choices)

        self._outcome = None
        self._task.start(
            work,
            lambda loaded: self._on_loaded(path, reason, not inline, loaded, choices),
            lambda failure: self._on_failed(path, not inline, failure),
            self.cancelled.emit,
            inline=inline,
            percent=90,
        )
        return self._outcome if inline else None

    @staticmethod
    def _load(
        path: str, progress: Progress, indexed: bool, choices: ImportChoices | None = None
    ) -> tuple[Organization, SearchIndex | None, tuple[Problem, ...]] | Refused:
        """On the worker (or at once): read and validate the file (as ``choices`` say, for a
        spreadsheet), and index it when ``indexed``."""
        result: LoadResult = load_file(path, progress=progress, choices=choices)
        if result.organization is None:
            return Refused(path, list(result.problems), needs_columns=result.needs_columns)
        progress(1.0)  # raises Cancelled when the load is no longer wanted
        index = _index_of(result.organization) if indexed else None
        _first_levels(result.organization)
        return result.organization, index, tuple(result.problems)  # warnings only: errors refuse the file

    def reload(self) -> bool | None:
        if self.path is None:
            return False
        return self.open(self.path, "reload")

    def cancel(self) -> None:
        self._task.cancel()

    def close(self) -> None:
        """Stop a load on its way and stop watching the file (the window closes)."""
        self._task.cancel()
        self._reload_timer.stop()
        self._watch(None)

    def wait(self, timeout: float | None = None) -> None:
        """Until a background load has stopped (its outcome is handled when events are next processed)."""
        self._task.wait(timeout)

    def _on_loaded(
        self,
        path: str,
        reason: str,
        in_background: bool,
        loaded: tuple[Organization, SearchIndex | None, tuple[Problem, ...]] | Refused,
        choices: ImportChoices | None = None,
    ) -> None:
        """On the GUI thread, for the load still wanted only (``BackgroundTask`` checks). The window
        shows the organization and makes it the open one (``adopt``)."""
        self._outcome = not isinstance(loaded, Refused)
        if isinstance(loaded, Refused):
            self.refused.emit(Refused(loaded.path, loaded.problems, in_background, loaded.needs_columns))
            return
        organization, index, warnings = loaded
        self.choices = choices
        same_file = self.path is not None and os.path.abspath(self.path) == os.path.abspath(path)
        self.opened.emit(Opened(path, organization, index, reason, same_file, in_background, warnings))

    def _on_failed(self, path: str, in_background: bool, failure: Failure) -> None:
        self._outcome = False
        message = f"the file could not be opened: {failure.reason}"
        self.refused.emit(Refused(path, [Problem(path, 0, 0, message)], in_background))

    def adopt(self, organization: Organization, path: str | None, index: SearchIndex | None = None) -> None:
        """Make ``organization`` the open one (with its index; when not given, the index is made when
        first asked for) and watch its file."""
        if self._index is not None and self._index is not index:
            self._index.close()
        self.organization, self.path = organization, path
        self._index = index
        self._watch(path)

    @property
    def index(self) -> SearchIndex | None:
        """The open organization's search index (None while none is open), made here when first
        asked for: the first search, or search by meaning when it starts after the first paint."""
        if self._index is None and self.organization is not None:
            self._index = _index_of(self.organization)
        return self._index

    def hand_over(self) -> SearchIndex | None:
        """Give the search index to a successor (a window rebuilt in another language): not closed here."""
        index, self._index = self._index, None
        return index

    # --- live reload ---

    def _watch(self, path: str | None) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if path is not None and os.path.exists(path):
            self._watcher.addPath(path)
            self._watcher.addPath(os.path.dirname(os.path.abspath(path)))
        self._watched_stamp = _stamp(path)

    def _on_watcher_changed(self, changed: str) -> None:
        if self.path is not None and _stamp(self.path) != self._watched_stamp:
            self._reload_timer.start()  # debounced: an editor may write in several steps

    def _on_reload_timer_timeout(self) -> None:
        path = self.path
        if path is None or not os.path.exists(path):
            return
        self._watched_stamp = _stamp(path)
        if path not in self._watcher.files():
            self._watcher.addPath(path)
        self.open(path, "reload")


def _index_of(organization: Organization) -> SearchIndex:
    """The search index of ``organization`` (from the cache when its file was indexed before)."""
    from orgexplorer.model.search import SearchIndex  # with the first search, not with the window

    return SearchIndex.cached(organization, organization.content_key)


def _first_levels(organization: Organization) -> None:
    """Make the units the tree shows first (the top-level units and their children) here, on the
    worker: a reopened organization makes a unit, decoding its text, the first time it is asked for,
    and the GUI thread would otherwise be the one to ask."""
    for root in organization.children(None):
        organization.children(root)


def _stamp(path: str | None) -> tuple[int, int] | None:
    try:
        info = os.stat(path) if path else None
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size) if info else None
