"""The one way long work runs off the GUI thread: a worker, progress, Cancel, a result used only while
it is still wanted, and one way to say what failed.

Loading, searching, laying out the chart, the export preview, exporting and printing all go through
``BackgroundTask``. Each run gets a token; the worker's outcome crosses to the GUI thread by a queued
signal and is compared there, in the slot, with the token of the run still wanted. So a Cancel or a
newer request that lands after the worker emitted and before the slot runs is never overwritten by a
stale result: the check happens on the thread that would use the result, at the moment it would use it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from orgexplorer.model import Cancelled
from orgexplorer.model.progress import Progress

#: The loader and the layout need little stack (they are iterative), but libyaml's parser, SQLite and
#: Qt's painting run on these threads too; give them the main thread's usual 8 MiB, not a platform's
#: small default (512 KiB on macOS). ``threading.stack_size`` is read when a thread *starts*, so it is
#: set around ``Thread.start()`` under a lock (it is process-wide).
THREAD_STACK = 8 * 1024 * 1024
_STACK_LOCK = threading.Lock()

# What counts as long work: below these sizes the same work runs at once on the GUI thread (``inline``),
# where a worker would cost more than it saves. Read as ``background.NAME`` so that tests can lower them.
SYNCHRONOUS_LOAD_BYTES = 2 * 1024 * 1024  # files up to this size are read at once
ASYNC_SEARCH_UNITS = 5_000  # larger organizations are searched on a worker (SQLite lets go of the GIL)
BACKGROUND_CHART_UNITS = 5_000  # larger charts are laid out, previewed, exported and printed on a worker

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a run failed: an error of a kind the task expects (its message is for the user), or an
    unexpected one (named with its type, so that a report says what broke)."""

    error: BaseException
    expected: bool

    @property
    def reason(self) -> str:
        return str(self.error) if self.expected else repr(self.error)


@dataclass(frozen=True, slots=True)
class _Run(Generic[T]):
    """What to do with the outcome of one run, on the GUI thread."""

    on_result: Callable[[T], None]
    on_failure: Callable[[Failure], None] | None
    on_cancelled: Callable[[], None] | None


class _Outcome:
    """The end of a run: a result, a failure, or cancelled (neither)."""

    __slots__ = ("failure", "result")

    def __init__(self, result: object = None, failure: Failure | None = None) -> None:
        self.result = result
        self.failure = failure


_CANCELLED = _Outcome()


def start_thread(target: Callable[[], None], name: str) -> threading.Thread:
    """A daemon thread with ``THREAD_STACK`` of stack, started."""
    thread = threading.Thread(target=target, name=name, daemon=True)
    with _STACK_LOCK:
        previous = threading.stack_size()
        threading.stack_size(THREAD_STACK)
        try:
            thread.start()  # the stack size is read here, not when the Thread is made
        finally:
            threading.stack_size(previous)
    return thread


class BackgroundTask(QObject):
    """Runs work one wanted piece at a time; starting another, or ``cancel()``, makes the one before
    unwanted: it is asked to stop (its progress callback raises ``Cancelled``), and whatever it still
    sends is dropped on arrival (a worker that does not stop at once may run on beside the new one).

    ``start`` takes the work (a function of a progress callback, run on a worker thread, or at once on
    this thread when ``inline``), what to do with its result, and optionally what to do when it fails
    or was cancelled. Those callbacks always run on the GUI thread, and only for the run still wanted;
    ``on_cancelled`` runs once a cancelled worker has stopped (so that whatever it had half done is
    tidied away by then), unless a newer run has started meanwhile.

    Signals:
        progress(int): percent done of the run still wanted.
    """

    progress = Signal(int)
    _ended = Signal(int, object)  # from the worker: token, _Outcome (queued to the GUI thread)
    _advanced = Signal(int, int)  # from the worker: token, percent

    def __init__(
        self, name: str, parent: QObject | None = None, expected: tuple[type[BaseException], ...] = ()
    ) -> None:
        """``name`` names the worker threads; ``expected`` are the error kinds whose message is for
        the user as it stands (others are reported as unexpected)."""
        super().__init__(parent)
        self._name = name
        self._expected = expected
        self._token = 0  # of the newest run started
        self._wanted = 0  # of the run whose result is still wanted; 0 when none is
        self._runs: dict[int, _Run[Any]] = {}
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._ended.connect(self._on_ended)
        self._advanced.connect(self._on_advanced)

    @property
    def running(self) -> bool:
        """Whether a worker is still at work (a cancelled one too, until it has stopped)."""
        return self._thread is not None and self._thread.is_alive()

    def is_wanted(self, token: int) -> bool:
        """Whether the run with ``token`` is still the one wanted (for callers holding a token)."""
        return token != 0 and token == self._wanted

    def start(
        self,
        work: Callable[[Progress], T],
        on_result: Callable[[T], None],
        on_failure: Callable[[Failure], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        *,
        inline: bool = False,
        percent: int = 100,
    ) -> int:
        """Run ``work`` (on a worker thread, or here when ``inline``); returns the run's token.

        Progress is shown as 0 to ``percent`` (the rest left for what the caller does with the result).
        A failure without ``on_failure`` is raised again on the GUI thread as it stands.
        """
        self.cancel(quietly=True)
        self._token += 1
        token = self._wanted = self._token
        self._runs[token] = _Run(on_result, on_failure, on_cancelled)
        cancel = threading.Event()
        self._cancel = cancel

        def report(fraction: float) -> None:
            if cancel.is_set():
                raise Cancelled
            self._advanced.emit(token, round(fraction * percent))

        def run() -> _Outcome:
            try:
                outcome = _Outcome(work(report))
            except Cancelled:
                outcome = _CANCELLED
            except Exception as exc:  # the boundary: every failure reaches the GUI thread, none is lost
                outcome = _Outcome(failure=Failure(exc, isinstance(exc, self._expected)))
            return _CANCELLED if cancel.is_set() else outcome

        def run_and_send() -> None:
            outcome = run()
            with contextlib.suppress(RuntimeError):  # the owner is gone (its window closed): nobody wants it
                self._ended.emit(token, outcome)

        if inline:
            self._on_ended(token, run())
        else:
            self._thread = start_thread(run_and_send, self._name)
        return token

    def cancel(self, quietly: bool = False) -> None:
        """Stop the run in progress; its result will not be used. ``on_cancelled`` follows once the
        worker has stopped (not when ``quietly``: a newer run takes its place)."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        if quietly:
            self._runs.pop(self._wanted, None)
        self._wanted = 0

    def wait(self, timeout: float | None = None) -> None:
        """Until the worker running now has stopped (its outcome is handled when events are next processed)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _on_advanced(self, token: int, percent: int) -> None:
        if token == self._wanted:
            self.progress.emit(percent)

    def _on_ended(self, token: int, outcome: _Outcome) -> None:
        run = self._runs.pop(token, None)
        if run is None:
            return  # a run replaced by a newer one: nothing of it is shown
        wanted = token == self._wanted  # the "still wanted?" check, on the GUI thread, right before use
        if wanted:
            self._wanted = 0
        if not wanted or outcome is _CANCELLED:
            if run.on_cancelled is not None and token == self._token:
                run.on_cancelled()
            return
        if outcome.failure is not None:
            if run.on_failure is None:
                raise outcome.failure.error
            run.on_failure(outcome.failure)
            return
        run.on_result(outcome.result)
