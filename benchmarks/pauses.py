"""The longest pause of the GUI thread while the window does one long thing.

A 10 ms timer beats on the GUI thread while a scenario runs (opening a file, typing a search, showing
the chart tab, exporting, print preview); the largest gap between two beats is how long the window
stopped answering. A window that never freezes keeps it near 10 ms; the target is 100 ms.

``benchmarks.run`` runs each scenario in a fresh process through ``measure``; nothing here asserts.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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
)
QUERY = "arms control"
KEYSTROKE_MS = 150
SETTLE_MS = 400  # after the work is done: what it left for the event loop (painting) counts too


class Heartbeat:
    """A 10 ms timer on the GUI thread that remembers the largest gap between its beats."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self._last, self.longest = time.perf_counter(), 0.0
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._beat()
        self._timer.stop()
        return self.longest


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
    loads: list[bool] = []
    window.load_finished.connect(loads.append)

    def open_and_wait() -> None:
        if window.open_file(path) is None:
            wait_until(lambda: bool(loads))

    if scenario in ("open", "open-cached"):
        heartbeat.start()
        start = time.perf_counter()
        open_and_wait()
        seconds = time.perf_counter() - start
        settle()
        return {"pause": heartbeat.stop(), "seconds": seconds}
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
        return {"pause": heartbeat.stop(), "seconds": seconds, "preview": preview}
    elif scenario == "print-poster":
        from orgexplorer.chart.paper import Fit, PageSetup

        opened: list[object] = []
        window.exports.print_preview_opened.connect(opened.append)
        heartbeat.start()
        window.print_chart(PageSetup(fit=Fit.POSTER))  # laid out on a worker: the preview opens after
        wait_until(lambda: bool(opened))
        preview = opened[0]
        wait_until(preview.drawn_in_view)  # type: ignore[attr-defined]  # the pages in view, drawn
    else:
        raise ValueError(f"unknown scenario {scenario!r}; one of {', '.join(SCENARIOS)}")
    seconds = time.perf_counter() - start
    settle()
    return {"pause": heartbeat.stop(), "seconds": seconds}
