"""An export as data (what to write, where, how) and the one function that writes it: the window's
single way into the exporters, so that it can be moved out of the process whole."""

from __future__ import annotations

from dataclasses import dataclass

from orgexplorer.chart.export import export_chart, export_directory
from orgexplorer.chart.export_report import ExportReport
from orgexplorer.chart.paper import PageSetup
from orgexplorer.chart.values import ChartLayout, ChartOptions
from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """One export: the chart (with ``options``; ``layout`` when it is already made) or, with
    ``directory``, the unit directory below ``root``; on paper as ``setup`` says."""

    organization: Organization
    path: str
    options: ChartOptions = ChartOptions()
    setup: PageSetup = PageSetup()
    directory: bool = False
    layout: ChartLayout | None = None

    @property
    def root(self) -> str | None:
        return self.options.root


def write_export(request: ExportRequest, progress: Progress | None = None) -> ExportReport:
    """Write ``request``'s file (atomically); raises ``ExportError`` or ``LayoutError`` with a message
    for the user, ``Cancelled`` when ``progress`` does."""
    if request.directory:
        return export_directory(request.organization, request.path, request.root, request.setup)
    return export_chart(
        request.organization, request.path, request.options, request.setup, layout=request.layout, progress=progress
    )
