"""File > Export chart… and File > Print…: the export dialog, exports run on a worker with progress
and Cancel in the status bar, and the print preview with its chart laid out off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from orgexplorer.model import Organization, Unit
from orgexplorer.model.progress import Progress
from orgexplorer.ui import background
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.task_progress import TaskProgress

if TYPE_CHECKING:  # the chart's writers load when a chart is first exported, not when the window starts
    from PySide6.QtGui import QImage

    from orgexplorer.chart.export_report import ExportReport
    from orgexplorer.chart.paper import PageSetup
    from orgexplorer.chart.values import ChartLayout
    from orgexplorer.ui.export_dialog import ExportDialog
    from orgexplorer.ui.print_preview import PrintPages, PrintPreview

PREVIEW_PAGE_PX = 560  # the width pages are first drawn at in the print preview

#: What to run: given a progress callback, write the file and say how it went.
ExportJob = Callable[[Progress], "ExportReport"]


@dataclass(frozen=True, slots=True)
class Exported:
    """A finished export: its report, or why there is none (an error for the user, or cancelled)."""

    path: str
    report: ExportReport | None
    error: str | None = None
    cancelled: bool = False


def _expected_errors() -> tuple[type[BaseException], ...]:
    from orgexplorer.chart.export_report import ExportError
    from orgexplorer.chart.values import LayoutError

    return (ExportError, LayoutError)


def print_pages(
    organization: Organization,
    layout: ChartLayout | None,
    language: str | None,
    setup: PageSetup,
    decorate: Callable[[ChartLayout], ChartLayout],
    progress: Progress,
) -> tuple[PrintPages, QImage]:
    """The pages a print preview shows for ``setup`` (one page, a poster or a book, planned by the code
    that plans them for export) and its first page drawn (any thread)."""
    from orgexplorer.chart.paper import Fit
    from orgexplorer.chart.values import ChartOptions

    options = ChartOptions(language=language)
    if setup.fit is Fit.BOOK:
        from orgexplorer.chart.book_output import plan_book
        from orgexplorer.ui.book_preview import book_print_pages

        book = plan_book(organization, options, setup, progress)
        pages = book_print_pages(organization, book, setup)
        return pages, pages.draw(0, PREVIEW_PAGE_PX, progress)
    from orgexplorer.chart.export import chart_layout
    from orgexplorer.chart.pages import render_page
    from orgexplorer.chart.sheet import SheetText
    from orgexplorer.ui.print_preview import chart_pages

    made = decorate(layout or chart_layout(organization, options, progress))
    first, report = render_page(made, SheetText.of(organization, made), setup, PREVIEW_PAGE_PX, 0)
    return chart_pages(organization, made, setup, report.pages, report.warnings), first


class ExportController(QObject):
    """Exports and prints the window's organization.

    Signals:
        finished(object): an ``Exported``, when an export run in the background has ended (cancelled
            ones too: the user asked, the window says so).
        print_preview_opened(object): the ``PrintPreview``, once its chart is laid out.
    """

    finished = Signal(object)
    print_preview_opened = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.progress = TaskProgress(
            window.statusBar(), "export", self.tr("Stop exporting; nothing is written"), self.tr("Export progress")
        )
        self.progress.cancel_clicked.connect(self.cancel)
        self._export = BackgroundTask("orgexplorer-export", self)
        self._export.progress.connect(self.progress.set_value)
        self._print = BackgroundTask("orgexplorer-print", self)

    # --- exporting ---

    def show_dialog(self, organization: Organization, selected: Unit | None, language: str | None) -> ExportDialog:
        from orgexplorer.ui.export_dialog import ExportDialog

        dialog = ExportDialog(organization, selected, self._window, language=language, background=self.start)
        dialog.resize(980, 560)
        dialog.open()
        return dialog

    def start(self, path: str, job: ExportJob) -> None:
        """Run an export job on a worker; the status bar shows its progress and a Cancel button, and
        ``finished`` tells how it ended."""
        self.progress.show(self.tr("Exporting {name}…").format(name=Path(path).name))
        self._export.start(  # one export at a time: a new one replaces the one running
            job,
            lambda report: self._on_ended(Exported(path, report)),
            lambda failure: self._on_ended(Exported(path, None, self._reason(failure))),
            lambda: self._on_ended(Exported(path, None, cancelled=True)),
        )

    @property
    def running(self) -> bool:
        return self._export.running

    def cancel(self) -> None:
        self._export.cancel()

    def stop(self, timeout: float = 30) -> None:
        """Cancel an export on its way and let it take away what it had half written (closing)."""
        if self._export.running:
            self._export.cancel()
            self._export.wait(timeout)
        self._print.cancel()

    def _reason(self, failure: Failure) -> str:
        expected = isinstance(failure.error, _expected_errors())
        return str(failure.error) if expected else f"unexpected failure while exporting: {failure.error!r}"

    def _on_ended(self, outcome: Exported) -> None:
        self.progress.hide()
        name = Path(outcome.path).name
        status = self._window.statusBar()
        if outcome.cancelled:
            status.showMessage(self.tr("Exporting {name} was cancelled; nothing was written").format(name=name), 8000)
        elif outcome.error is not None or outcome.report is None:
            self._tell(QMessageBox.Icon.Warning, self.tr("Export failed"), outcome.error or "")
        else:
            status.showMessage(self.tr("Exported {name}").format(name=name), 8000)
            if outcome.report.warnings:
                from orgexplorer.chart.export_report import window_text

                self._tell(
                    QMessageBox.Icon.Information,
                    self.tr("Exported with warnings"),
                    "\n".join(map(window_text, outcome.report.warnings)),
                )
        self.finished.emit(outcome)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A message about something that finished in the background: shown without waiting for it
        to be read (QMessageBox.open, not exec), so that nothing else waits either."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("exportMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- printing ---

    def print_chart(
        self,
        organization: Organization,
        layout: ChartLayout | None,
        language: str | None,
        setup: PageSetup | None = None,
        decorate: Callable[[ChartLayout], ChartLayout] = lambda layout: layout,
    ) -> PrintPreview | None:
        """The print preview of the chart (one page, fitted, unless ``setup`` says otherwise), with
        Print… in it. The chart is laid out (when ``layout`` is None) and its first page drawn first:
        on a worker for a large organization, and then this returns None and ``print_preview_opened``
        follows; the preview draws every other page on a worker when it comes into view."""
        from orgexplorer.chart.paper import PageSetup

        chosen = setup or PageSetup()
        opened: list[PrintPreview] = []

        def work(progress: Progress) -> tuple[PrintPages, QImage]:
            return print_pages(organization, layout, language, chosen, decorate, progress)

        def show(ready: tuple[PrintPages, QImage]) -> None:
            self._window.statusBar().clearMessage()
            preview = PrintPreview(*ready, self._window, chosen)

            def other_pages(asked: PageSetup) -> None:
                """Another choice of pages: this preview gives way to theirs (planned as for export)."""
                preview.reject()
                self.print_chart(organization, layout, language, asked, decorate)

            preview.pages_asked.connect(other_pages)
            preview.open()
            opened.append(preview)
            self.print_preview_opened.emit(preview)

        from orgexplorer.ui.print_preview import PrintPreview

        inline = len(organization) <= background.BACKGROUND_CHART_UNITS
        if not inline:
            self._window.statusBar().showMessage(self.tr("Laying out the chart for printing…"))
        self._print.start(work, show, self._on_print_failed, inline=inline)
        return opened[0] if opened else None

    def _on_print_failed(self, failure: Failure) -> None:
        self._window.statusBar().clearMessage()
        self._tell(QMessageBox.Icon.Warning, self.tr("Printing failed"), failure.reason)
