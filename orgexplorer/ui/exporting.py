"""Exporting a chart off the GUI thread, with progress and Cancel, for organizations large enough to
need it (laying out and drawing 100,000 units takes seconds)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgexplorer.model import Cancelled
from orgexplorer.model.progress import Progress
from orgexplorer.ui.background import BackgroundTask

if TYPE_CHECKING:  # the chart modules load when a chart is first made, not when the window starts
    from orgexplorer.chart.export import ExportReport

#: What to run: given a progress callback, write the file and say how it went.
ExportJob = Callable[[Progress], "ExportReport"]


@dataclass(frozen=True, slots=True)
class Exported:
    """A finished export: its report, or why there is none (an error for the user, or cancelled)."""

    path: str
    report: ExportReport | None
    error: str | None = None
    cancelled: bool = False


class BackgroundExport(BackgroundTask):
    """Runs one export at a time on a worker thread; starting another cancels the one running.

    Signals:
        progress(int): percent done.
        finished(object): an ``Exported``, cancelled ones included (the user asked, the window says so).
    """

    def start(self, path: str, job: ExportJob) -> None:
        def work(report: Progress, cancel: threading.Event) -> None:
            from orgexplorer.chart.export import ExportError
            from orgexplorer.chart.layout import LayoutError

            try:
                outcome = Exported(path, job(report))
            except Cancelled:
                outcome = Exported(path, None, cancelled=True)
            except (ExportError, LayoutError) as exc:
                outcome = Exported(path, None, str(exc))
            except Exception as exc:  # the boundary: whatever escapes is a message, not a lost thread
                outcome = Exported(path, None, f"unexpected failure while exporting: {exc!r}")
            self.finished.emit(outcome)

        self._start("orgexplorer-export", work)
