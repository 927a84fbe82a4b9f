"""Paper: the page sizes offered, how a chart goes on a page (``PageSetup``), and the one page
geometry (``page_layout``) that every paged output and preview takes its page from."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize

from orgexplorer.chart.export_report import ExportError
from orgexplorer.chart.sheet import FOOTER_PT, HEADER_PT
from orgexplorer.chart.values import ChartLayout

PAGE_SIZES = {
    "A5": QPageSize.PageSizeId.A5,
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "A0": QPageSize.PageSizeId.A0,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}


POSTER_SCALES = (0.3, 4.0)  # the poster scales offered: 2.7 pt to 36 pt names (more makes pages by the thousand)
MIN_CHART_PT = 72.0  # the least room margins may leave for the chart, besides its header and legend


def max_margins_mm(page_size: str) -> float:
    """The widest margins that leave a page of this size room for a chart (header, an inch, legend)."""
    size = QPageSize(PAGE_SIZES[page_size]).size(QPageSize.Unit.Millimeter)
    least = (HEADER_PT + FOOTER_PT + MIN_CHART_PT) * 25.4 / 72
    return (min(size.width(), size.height()) - least) / 2


class Fit(enum.Enum):
    PAGE = "page"  # scale the chart to one page
    POSTER = "poster"  # tile the chart across pages at a legible scale
    BOOK = "book"  # a legible chart of each branch on pages of its own, with continuations (chart/book.py)


class Orientation(enum.Enum):
    AUTO = "auto"  # whichever shows the chart larger
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper and how the chart goes on it."""

    page_size: str = "A4"
    orientation: Orientation = Orientation.AUTO
    margins_mm: float = 10.0
    fit: Fit = Fit.PAGE
    poster_scale: float = 1.0  # chart points per paper point in poster mode
    overlap_mm: float = 8.0
    max_fit_scale: float = 1.5


def page_layout(setup: PageSetup, width: float, height: float) -> QPageLayout:
    """The page for content ``width`` × ``height`` (any unit): the paper, the margins, and the
    orientation, AUTO taking whichever shows the content larger. Every paged output (PDF, printer,
    the unit directory) and the export dialog's preview take their page from here."""
    size = PAGE_SIZES.get(setup.page_size)
    if size is None:
        raise ExportError(f"unknown page size '{setup.page_size}'; one of {', '.join(PAGE_SIZES)}")
    orientation = setup.orientation
    if orientation is Orientation.AUTO:
        orientation = Orientation.LANDSCAPE if width >= height else Orientation.PORTRAIT
    margin = setup.margins_mm
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Landscape if orientation is Orientation.LANDSCAPE else QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


def chart_page_layout(setup: PageSetup, layout: ChartLayout | None) -> QPageLayout:
    """The page of ``page_layout`` for a chart; without one, for a wide one (landscape when automatic:
    a book's)."""
    width, height = (layout.width, layout.height) if layout is not None else (1.0, 0.0)
    return page_layout(setup, width, height)


def configure_pages(device: QPagedPaintDevice, layout: ChartLayout | None, setup: PageSetup) -> None:
    """Give a PDF writer or a printer the page of ``page_layout``."""
    device.setPageLayout(chart_page_layout(setup, layout))


def page_size_points(setup: PageSetup, layout: ChartLayout | None) -> tuple[float, float]:
    """The printable area of a page in points, as ``configure_pages`` sets it up."""
    area = chart_page_layout(setup, layout).paintRect(QPageLayout.Unit.Point)
    return area.width(), area.height()
