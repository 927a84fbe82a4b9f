"""The longest pause of the GUI thread while the window does one long thing.

A 10 ms timer beats on the GUI thread while a scenario runs (opening a file, typing a search, showing
the chart tab, exporting, print preview); the largest gap between two beats is how long the window
stopped answering. A window that never freezes keeps it near 10 ms; the target is 100 ms.

Beside the longest pause, ``measure`` says how much of it the GUI thread spent computing (``gui``) and
the whole process (``process``): a pause the GUI thread computed through is the window's own work; one
where the process computed and the GUI thread did not is a worker holding Python's lock (or the
collector); one where neither did is the machine giving the process no processor (a loaded machine).
``ORGEXPLORER_PAUSE_TRACE=1`` also samples every thread's Python stack each millisecond and prints,
for every gap over 50 ms, where each thread was and which passes of the collector ran.

``benchmarks.run`` runs each scenario in a fresh process through ``measure``; nothing here asserts.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest

#: What the benchmark measures, in the order of its table.
SCENARIOS = (
    "idle",  # the window doing nothing for 3 s: the machine's own noise (a loaded machine shows it)
    "open",  # opening the file, the first time (the load cache is empty)
    "open-cached",  # opening it again (the load cache has it)
    "search",  # typing a query, a keystroke every 150 ms
    "chart",  # showing the chart tab: the chart is laid out and drawn
    "export-pdf",  # the export dialog's preview, then a one-page PDF
    "export-poster",  # the same for an A4 poster
    "print-poster",  # the print preview of an A4 poster
    "compare",  # Compare With… a later version (the file beside it, ``compare_with``), until it is shown
    "reload",  # reloading the file (F5), until it is shown and searched by meaning again
    "search-meaning-pending",  # typing a search on a first open, while search by meaning is prepared
)
QUERY = "arms control"
KEYSTROKE_MS = 150
SETTLE_MS = 400  # after the work is done: what it left for the event loop (painting) counts too
TRACE_GAP = 0.050  # gaps the sampler reports (ORGEXPLORER_PAUSE_TRACE=1)


class Heartbeat:
    """A 10 ms timer on the GUI thread that remembers the largest gap between its beats, and what the
    process did meanwhile: the GUI thread's own processor time in that gap (it was computing) and the
    whole process's (a worker held Python's lock; neither: the machine gave the process no processor)."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)
        self._last = self._last_gui = self._last_process = 0.0
        self.longest = self.gui = self.process = 0.0
        self.gaps: list[tuple[float, float, float, float]] = []  # over ``TRACE_GAP``: start, end, GUI, process

    def start(self) -> None:
        self._last, self._last_gui, self._last_process = time.perf_counter(), time.thread_time(), time.process_time()
        self.longest = self.gui = self.process = 0.0
        self.gaps.clear()
        self._timer.start()

    def _beat(self) -> None:
        now, gui, process = time.perf_counter(), time.thread_time(), time.process_time()
        gap = now - self._last
        if gap > self.longest:
            self.longest, self.gui, self.process = gap, gui - self._last_gui, process - self._last_process
        if gap > TRACE_GAP:
            self.gaps.append((self._last, now, gui - self._last_gui, process - self._last_process))
        self._last, self._last_gui, self._last_process = now, gui, process

    def stop(self) -> float:
        self._beat()
        self._timer.stop()
        return self.longest


class Sampler:
    """Where every thread's Python code is, every millisecond (``ORGEXPLORER_PAUSE_TRACE=1``): printed
    for each gap of the heartbeat over ``TRACE_GAP``, to find what a pause is made of. A gap with few
    samples was spent in C code holding Python's lock (or off the processor)."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, dict[str, str]]] = []
        self.collections: list[tuple[float, float, int, str]] = []  # garbage collector passes over 5 ms
        self._collecting = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pause-sampler", daemon=True)

    def start(self) -> None:
        gc.callbacks.append(self._on_collection)
        self._thread.start()

    def _on_collection(self, phase: str, info: dict[str, int]) -> None:
        """A pass of the collector holds Python's lock, whichever thread runs it."""
        now = time.perf_counter()
        if phase == "start":
            self._collecting = now
        elif now - self._collecting > 0.005:
            self.collections.append((self._collecting, now, info["generation"], threading.current_thread().name))

    def _run(self) -> None:
        while not self._stop.wait(0.001):
            now = time.perf_counter()
            names = {thread.ident: thread.name for thread in threading.enumerate()}  # idents are reused
            stacks = {
                names.get(ident, str(ident)): _stack(frame)
                for ident, frame in sys._current_frames().items()
                if ident != threading.get_ident()
            }
            self.samples.append((now, stacks))

    def report(self, gaps: list[tuple[float, float, float, float]]) -> None:
        self._stop.set()
        self._thread.join()
        gc.callbacks.remove(self._on_collection)
        for start, end, gui, process in gaps:
            inside = [stacks for at, stacks in self.samples if start <= at <= end]
            print(
                f"gap {(end - start) * 1000:.0f} ms: GUI thread computed {gui * 1000:.0f} ms, process "
                f"{process * 1000:.0f} ms, {len(inside)} samples",
                file=sys.stderr,
            )
            for began, ended, generation, thread in self.collections:
                if began < end and ended > start:
                    print(
                        f"    collector, generation {generation}, {(ended - began) * 1000:.0f} ms on {thread}",
                        file=sys.stderr,
                    )
            for thread, count, stack in _commonest(inside):
                print(f"    {count:4d} × {thread}: {stack}", file=sys.stderr)


def _stack(frame: FrameType | None, depth: int = 6) -> str:
    parts = []
    while frame is not None and len(parts) < depth:
        code = frame.f_code
        parts.append(f"{Path(code.co_filename).name}:{code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(parts)


def _commonest(samples: list[dict[str, str]], top: int = 8) -> list[tuple[str, int, str]]:
    counts: dict[tuple[str, str], int] = {}
    for stacks in samples:
        for thread, stack in stacks.items():
            counts[thread, stack] = counts.get((thread, stack), 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])[:top]
    return [(thread, count, stack) for (thread, stack), count in ranked]


def wait_until(done: Callable[[], bool], timeout: float = 900.0) -> None:
    """Run the event loop until ``done()`` (looked at every 5 ms); RuntimeError after ``timeout`` s."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout

    def look() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(5)
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise RuntimeError("the scenario did not finish in time")


def settle(milliseconds: int = SETTLE_MS) -> None:
    end = time.perf_counter() + milliseconds / 1000
    wait_until(lambda: time.perf_counter() >= end)


def measure(scenario: str, path: str) -> dict[str, float]:
    """Open a window, prepare the scenario (untimed), then run it under the heartbeat."""
    from orgexplorer.ui.app import application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from orgexplorer.ui.main_window import MainWindow

    app = application()
    window = MainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    heartbeat = Heartbeat()
    sampler = Sampler() if os.environ.get("ORGEXPLORER_PAUSE_TRACE") == "1" else None
    if sampler is not None:
        sampler.start()

    def ended(**figures: float) -> dict[str, float]:
        pause = heartbeat.stop()
        if sampler is not None:
            sampler.report(heartbeat.gaps)
        return {"pause": pause, "gui": heartbeat.gui, "process": heartbeat.process, **figures}

    loads: list[bool] = []
    window.load_finished.connect(loads.append)
    meaning: list[bool] = []
    window.meaning_search.ready.connect(lambda: meaning.append(True))

    def open_and_wait() -> None:
        """Open the file and wait until it is searched by meaning too (or meaning is off): reading or
        computing the vectors on a worker is part of opening, and a scenario after it measures its
        own work alone."""
        if window.open_file(path) is None:
            wait_until(lambda: bool(loads))
        wait_until(lambda: bool(meaning) or window.meaning_search.notice is not None)

    if scenario == "search-meaning-pending":  # typed as soon as the file is shown, meaning still on its way
        if window.open_file(path) is None:
            wait_until(lambda: bool(loads))
        settle()
        window.search_field.setFocus()
        heartbeat.start()
        start = time.perf_counter()
        for letter in QUERY:
            QTest.keyClick(window.search_field, letter)
            settle(KEYSTROKE_MS)
        wait_until(lambda: (result := window.search_result) is not None and result.query == QUERY)
        seconds = time.perf_counter() - start
        pending = not meaning and window.meaning_search.notice is None
        settle()
        return ended(seconds=seconds, meaning_pending=float(pending))
    if scenario in ("open", "open-cached"):
        heartbeat.start()
        start = time.perf_counter()
        open_and_wait()
        seconds = time.perf_counter() - start
        settle()
        return ended(seconds=seconds)
    open_and_wait()
    settle()
    start = time.perf_counter()
    if scenario == "idle":
        heartbeat.start()
        settle(3000)
    elif scenario == "search":
        window.search_field.setFocus()
        heartbeat.start()
        for letter in QUERY:
            QTest.keyClick(window.search_field, letter)
            settle(KEYSTROKE_MS)
        wait_until(lambda: (result := window.search_result) is not None and result.query == QUERY)
    elif scenario == "chart":
        heartbeat.start()
        window.right_tabs.setCurrentWidget(window.chart_view)
        wait_until(lambda: window.chart_view.chart_layout is not None)
    elif scenario in ("export-pdf", "export-poster"):
        out = str(Path(tempfile.mkdtemp()) / "chart.pdf")
        finished: list[object] = []
        window.export_finished.connect(finished.append)
        heartbeat.start()
        dialog = window.show_export_dialog()
        assert dialog is not None
        if scenario == "export-poster":
            dialog.fit_box.setCurrentIndex(1)
        dialog._timer.stop()
        dialog.update_preview()
        wait_until(lambda: not dialog.preview.pixmap().isNull())
        preview = time.perf_counter() - start
        if dialog.start_export(out) is None:
            wait_until(lambda: bool(finished))
        seconds = time.perf_counter() - start
        settle()
        assert Path(out).stat().st_size > 0
        return ended(seconds=seconds, preview=preview)
    elif scenario == "print-poster":
        from orgexplorer.chart.paper import Fit, PageSetup

        opened: list[object] = []
        window.exports.print_preview_opened.connect(opened.append)
        heartbeat.start()
        window.print_chart(PageSetup(fit=Fit.POSTER))  # laid out on a worker: the preview opens after
        wait_until(lambda: bool(opened))
        preview = opened[0]
        wait_until(preview.drawn_in_view)  # type: ignore[attr-defined]  # the pages in view, drawn
    elif scenario == "compare":
        beside = Path(path).with_name(Path(path).stem + "-revised.yaml")  # benchmarks.run writes it there
        older = os.environ.get("ORGEXPLORER_PAUSE_OLDER") or str(beside)
        compared: list[bool] = []
        window.compare.compare_finished.connect(compared.append)
        heartbeat.start()
        window.compare.compare_with(older)
        wait_until(lambda: bool(compared))
    elif scenario == "reload":
        reloaded: list[object] = []
        window.organization_changed.connect(lambda: reloaded.append(True))
        meaning.clear()
        heartbeat.start()
        if window.reload() is None:
            wait_until(lambda: bool(reloaded))
        wait_until(lambda: bool(meaning) or window.meaning_search.notice is not None)  # prepared again
    else:
        raise ValueError(f"unknown scenario {scenario!r}; one of {', '.join(SCENARIOS)}")
    seconds = time.perf_counter() - start
    settle()
    return ended(seconds=seconds)
