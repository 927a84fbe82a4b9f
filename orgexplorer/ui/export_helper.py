"""Large PDF and SVG exports, and printing large charts, in a helper process, so that the window never
waits for them.

PySide6 holds Python's lock inside ``QPainter.end()``, where Qt writes out a PDF's pages: for a chart
of 100,000 units that is seconds in which no other thread of the process runs, the GUI thread
included, whichever thread paints (an SVG of 100,000 units: 0.7 s, measured). So a large PDF or SVG
is written by a helper process
(``python -m orgexplorer.ui.export_helper``) that runs the same ``export_chart``: it reads the
organization file again (and checks by its content hash that it is the one the window shows), writes
the chart into a private folder beside the target, streams its progress back a line at a time, and
moves the finished file into place through ``atomic_output``. Cancel ends the helper and removes the
private folder: the file there before stays untouched, and no temporary is left.

Printing goes the same way: the print dialog's choices (``PrinterSettings``) go to the helper, which
sets up a printer of its own with them and paints the chart on it; Qt's print support (CUPS on Linux)
sends the job to the named printer when the helper's painter ends.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from PySide6.QtPrintSupport import QPrinter

from orgexplorer.chart.export import chart_layout, export_chart
from orgexplorer.chart.export_report import ExportError, ExportReport, ExportWarning, window_text
from orgexplorer.chart.pages import paint_pages
from orgexplorer.chart.paper import PageSetup
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartLayout, ChartOptions, LayoutError
from orgexplorer.model import Organization, load_file
from orgexplorer.model.files import atomic_output
from orgexplorer.model.progress import Progress
from orgexplorer.ui.printer_settings import PrinterSettings

#: From this many units on, a PDF or SVG is written by the helper. Qt holds the lock about 26 µs a
#: unit for a PDF (2.6 s at 100,000, measured), so from here on over 100 ms; a helper costs about half
#: a second more. Images are not measured yet (at 100,000 units they are refused as too large).
HELPER_UNITS = 5_000
HELPER_FORMATS = frozenset({".pdf", ".svg"})
_QUIET_S = 0.1  # how often the progress callback is called while the helper says nothing (Cancel)


@dataclass(frozen=True, slots=True)
class _Request:
    """What the helper is asked to do (sent pickled on its standard input: it trusts its parent)."""

    organization: str  # the file to read again
    content_key: str  # ... which must hash to this
    target: str
    private: str  # the folder beside the target that the helper writes in
    options: ChartOptions
    setup: PageSetup
    dpi: float
    language: str  # the interface's language (the sheet's legend, date and page numbers)


@dataclass(frozen=True, slots=True)
class _PrintRequest:
    """Print the chart (laid out with ``options``, on paper as ``setup``) on the printer ``printer``
    describes."""

    organization: str
    content_key: str
    options: ChartOptions
    setup: PageSetup
    language: str
    printer: PrinterSettings


def needs_helper(organization: Organization, path: str | os.PathLike[str]) -> bool:
    """Whether exporting ``organization`` to ``path`` in this process would freeze the window."""
    return Path(path).suffix.lower() in HELPER_FORMATS and _helper_can_read(organization)


def prints_aside(organization: Organization, layout: ChartLayout) -> bool:
    """Whether printing ``layout`` goes to a helper: a large chart the helper can lay out again as it
    is (not one marked by a comparison, which the helper does not make)."""
    return _helper_can_read(organization) and not layout.marks


def _helper_can_read(organization: Organization) -> bool:
    return (
        len(organization) >= HELPER_UNITS
        and organization.path is not None
        and organization.content_key is not None  # the helper can check it reads the same organization
        and not getattr(sys, "frozen", False)  # a frozen application has no ``python -m`` to start
    )


def export_chart_aside(
    organization: Organization,
    path: str | os.PathLike[str],
    options: ChartOptions = ChartOptions(),
    setup: PageSetup = PageSetup(),
    dpi: float = 150.0,
    language: str = "en",
    progress: Progress | None = None,
) -> ExportReport:
    """``export_chart``, in a helper process where this one would freeze (``needs_helper``).

    ``progress`` is called now and then with the fraction done, also while the helper is quiet;
    raising ``Cancelled`` from it ends the helper, and nothing is written. When the file on disk no
    longer holds the organization shown, the export runs here after all.
    """
    if not needs_helper(organization, path):
        return export_chart(organization, path, options, setup, dpi, progress=progress)
    assert organization.path is not None and organization.content_key is not None
    target = Path(path).absolute()
    try:
        # A short name, whatever the target's (as atomic_output's temporaries): a long name must work.
        private = tempfile.mkdtemp(prefix=".orgexplorer-", suffix=".part", dir=target.parent)
    except FileNotFoundError:
        raise ExportError(f"the folder {target.parent} does not exist") from None
    except OSError as exc:
        raise ExportError(f"cannot write in {target.parent}: {exc.strerror or exc}") from None
    request = _Request(organization.path, organization.content_key, str(target), private, options, setup, dpi, language)
    try:
        outcome = _run(request, str(target), progress)
    finally:
        shutil.rmtree(private, ignore_errors=True)
    if outcome is None:  # the file changed since it was opened: export what the window shows
        return export_chart(organization, path, options, setup, dpi, progress=progress)
    return outcome


def print_chart_aside(
    organization: Organization,
    layout: ChartLayout,
    setup: PageSetup,
    printer: QPrinter,
    language: str,
    progress: Progress | None = None,
) -> ExportReport | None:
    """Print the chart ``layout`` shows on ``printer`` (as the print dialog set it up) from a helper
    process, which lays it out again and paints it on a printer of its own (``prints_aside``):
    Qt writes the job's PDF inside ``QPainter.end()``, holding Python's lock for seconds. None when
    the file on disk no longer holds the organization shown (print here, then). Cancel ends the
    helper before it has sent anything to the printer (Qt sends the job at the end)."""
    assert organization.path is not None and organization.content_key is not None
    settings = PrinterSettings.of(printer)
    request = _PrintRequest(organization.path, organization.content_key, layout.options, setup, language, settings)
    return _run(request, settings.file or settings.printer, progress)


def _helper_command() -> list[str]:
    return [sys.executable, "-m", "orgexplorer.ui.export_helper"]


def _helper_environment() -> dict[str, str]:
    """This process's environment, with this copy of the package first on the path and Qt's
    platform the one the window uses (the same fonts, so the same layout)."""
    from PySide6.QtGui import QGuiApplication

    package_root = str(Path(__file__).resolve().parent.parent.parent)
    paths = [package_root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    if QGuiApplication.instance() is not None:
        environment["QT_QPA_PLATFORM"] = QGuiApplication.platformName()
    return environment


def _run(request: _Request | _PrintRequest, target: str, progress: Progress | None) -> ExportReport | None:
    """Start the helper and follow it; its report (on ``target``), or None when it found the file changed."""
    process = subprocess.Popen(
        _helper_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=_helper_environment(),
    )
    assert process.stdin is not None and process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(process.stdout, lines), name="orgexplorer-helper-output")
    reader.start()
    finishing, ended, said = False, False, []
    try:
        with contextlib.suppress(BrokenPipeError):  # a helper that died at once says why below
            process.stdin.write(pickle.dumps(request))
            process.stdin.close()
        fraction = 0.0
        while True:
            try:
                line = lines.get(timeout=_QUIET_S)
            except queue.Empty:
                line = ""
            if line is None:
                break
            kind, _, rest = line.partition(" ")
            if kind == "progress":
                fraction = float(rest)
            elif kind == "finishing":  # moving the finished file into place: too late to stop
                finishing = True
            elif kind in ("done", "changed", "error"):
                ended = True
                if kind == "error":
                    raise ExportError(json.loads(rest))
                if kind == "changed":
                    return None
                answer = json.loads(rest)
                warnings: list[str] = [ExportWarning(text, in_window) for text, in_window in answer["warnings"]]
                return ExportReport(target, answer["pages"], answer["scale"], warnings)
            elif line:
                said.append(line)  # Qt's warnings, or a crash's last words
            if progress is not None and not finishing:
                progress(fraction)
    finally:  # a helper that has not said how it ended is stopped: cancelled, or its parent failed
        if not (ended or finishing):
            process.kill()
        process.wait()
        reader.join()
        process.stdout.close()
    last = " ".join(said[-3:]) or f"exit status {process.returncode}"
    raise ExportError(f"the export stopped unexpectedly: {last}")


def _read_lines(stream: IO[bytes], lines: queue.Queue[str | None]) -> None:
    for raw in stream:
        lines.put(raw.decode("utf-8", errors="replace").rstrip("\r\n"))  # "\r\n" on Windows
    lines.put(None)


# --- the helper's side ---


def _say_done(report: ExportReport) -> None:
    """The last line: pages, scale, and each warning in both its wordings (see ExportWarning)."""
    warnings = [(str(warning), window_text(warning)) for warning in report.warnings]
    _say("done " + json.dumps({"pages": report.pages, "scale": report.scale, "warnings": warnings}))


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def serve() -> int:
    """The helper: read one request, export or print, say how it went; exit status 0 unless it crashed."""
    request: _Request | _PrintRequest = pickle.load(sys.stdin.buffer)
    from PySide6.QtGui import QGuiApplication

    from orgexplorer.ui.language import install_language

    application = QGuiApplication(["orgexplorer-export"])
    install_language(request.language)
    organization = load_file(request.organization).organization
    if organization is None or organization.content_key != request.content_key:
        _say("changed")
        return 0
    if isinstance(request, _PrintRequest):
        return _print(organization, request)
    target = Path(request.target)
    finished = Path(request.private) / target.name
    try:
        report = export_chart(
            organization,
            finished,
            request.options,
            request.setup,
            request.dpi,
            progress=lambda fraction: _say(f"progress {fraction:.4f}"),
        )
        _say("finishing")
        with atomic_output(target, organization.path) as temporary:
            os.replace(finished, temporary)
    except (ExportError, LayoutError) as exc:
        _say("error " + json.dumps(str(exc).replace(str(finished), str(target))))
        return 0
    _say_done(report)
    del application
    return 0


def _print(organization: Organization, request: _PrintRequest) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    request.printer.apply(printer)
    report = ExportReport(request.printer.file or request.printer.printer)

    def progress(fraction: float) -> None:
        _say(f"progress {fraction:.4f}")

    try:
        layout = chart_layout(organization, request.options, lambda fraction: progress(0.3 * fraction))
        paint_pages(
            printer,
            layout,
            SheetText.of(organization, layout),
            request.setup,
            report,
            lambda f: progress(0.3 + 0.7 * f),
        )
    except (ExportError, LayoutError) as exc:
        _say("error " + json.dumps(str(exc)))
        return 0
    _say_done(report)
    return 0


if __name__ == "__main__":
    # The request was pickled as orgexplorer.ui.export_helper's classes: serve from that module, not
    # from this run of its code as __main__, so that its isinstance checks see the same classes.
    from orgexplorer.ui import export_helper

    sys.exit(export_helper.serve())
