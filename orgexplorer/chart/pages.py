"""Paged output: a chart on pages (one page, or a poster's tiles) with the pages that follow it, on
a PDF writer, a printer, or as an image of one page (the export dialog's and print preview's)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPainter

from orgexplorer.chart.export_report import ExportError, ExportReport
from orgexplorer.chart.export_words import small_text
from orgexplorer.chart.paper import POSTER_SCALES, Fit, PageSetup, chart_page_layout
from orgexplorer.chart.poster import paint_poster
from orgexplorer.chart.render import ChartRenderer
from orgexplorer.chart.sheet import HEADER_PT, SheetText, draw_footer, draw_header, footer_height
from orgexplorer.chart.values import ChartLayout
from orgexplorer.model.progress import Progress

LEGIBLE_PT = 6.0  # text smaller than this on paper is reported


class Appendix(Protocol):
    """Pages after the chart (a change report), numbered on from the chart's."""

    def count(self, width: float, height: float) -> int:
        """How many pages of ``width`` × ``height`` points it takes."""
        ...

    def paint(
        self, painter: QPainter, width: float, height: float, new_page: Callable[[], object], first: int, total: int
    ) -> None:
        """Paint its pages, each started with ``new_page``; ``first`` is the number of its first page."""
        ...


def paint_pages(
    device: QPagedPaintDevice,
    layout: ChartLayout,
    text: SheetText,
    setup: PageSetup,
    report: ExportReport,
    progress: Progress | None = None,
    appendix: Appendix | None = None,
) -> None:
    """Paint the chart on a configured paged device (PDF writer, printer): one page, or tiles; then
    the ``appendix`` pages (a change report), if any."""
    page = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the output could not be opened for painting")
    try:
        dpi = device.logicalDpiX() or 72
        painter.scale(dpi / 72.0, dpi / 72.0)  # from here on, 1 unit = 1 point of the printable area
        after = appendix.count(page.width(), page.height()) if appendix is not None else 0
        width, height = page.width(), page.height()
        paint_paged(painter, width, height, layout, text, setup, report, device.newPage, progress, pages_after=after)
        if appendix is not None:
            total = report.pages + after
            appendix.paint(painter, page.width(), page.height(), device.newPage, report.pages + 1, total)
            report.pages = total
    finally:
        painter.end()


def paint_paged(
    painter: QPainter,
    page_width: float,
    page_height: float,
    layout: ChartLayout,
    text: SheetText,
    setup: PageSetup,
    report: ExportReport,
    new_page: Callable[[], object] | None = None,
    progress: Progress | None = None,
    only: int | None = None,
    pages_after: int = 0,
) -> None:
    """The pages of a chart in points of a printable area; ``new_page`` None paints only the first,
    ``only`` only that page (0-based; a print preview draws the pages in view, each when it is seen).
    ``pages_after``: pages that follow the chart's (an appendix), counted in "page X of Y"."""
    area = QRectF(0, 0, page_width, page_height)
    chart_area = area.adjusted(0, HEADER_PT, 0, -footer_height(page_width, text.changes))
    if setup.fit is Fit.PAGE or layout.width == 0:
        scale = min(chart_area.width() / max(layout.width, 1), chart_area.height() / max(layout.height, 1))
        scale = min(scale, setup.max_fit_scale)
        report.pages, report.scale = 1, scale
        draw_header(painter, area, text)
        painter.save()
        try:
            painter.translate(
                chart_area.left() + (chart_area.width() - layout.width * scale) / 2,
                chart_area.top() + (chart_area.height() - layout.height * scale) / 2,
            )
            painter.scale(scale, scale)
            ChartRenderer(layout, progress=progress).paint(painter)
        finally:
            painter.restore()
        label = QCoreApplication.translate("Chart", "page {page} of {pages}").format(page=1, pages=1 + pages_after)
        draw_footer(painter, area, text, label)
    else:
        paint_poster(painter, layout, text, setup, chart_area, area, report, new_page, progress, only, pages_after)
    smallest = layout.smallest_text * report.scale
    if smallest < LEGIBLE_PT:
        # A larger scale makes it legible: the least that does it, in the control's steps.
        needed = math.ceil(LEGIBLE_PT / max(layout.smallest_text, 1e-9) * 10 - 1e-6) / 10
        one_page = setup.fit is Fit.PAGE or layout.width == 0
        report.warnings.append(small_text(smallest, LEGIBLE_PT, one_page, needed, POSTER_SCALES[1]))


def point_decimals(size: float) -> int:
    """Decimals a text size in points is written with: one, and as many as two significant digits take
    below a point (0.032 pt, not 0.0), so that the export dialog and its warnings say the same."""
    return 1 if size >= 1.0 or size <= 0.0 else 1 - math.floor(math.log10(size))


def render_first_page(
    layout: ChartLayout, text: SheetText, setup: PageSetup, width_px: int, progress: Progress | None = None
) -> tuple[QImage, ExportReport]:
    """The first page as an image ``width_px`` wide (the export dialog's preview), and the page count."""
    return render_page(layout, text, setup, width_px, 0, progress)


def render_page(
    layout: ChartLayout,
    text: SheetText,
    setup: PageSetup,
    width_px: int,
    page: int,
    progress: Progress | None = None,
) -> tuple[QImage, ExportReport]:
    """Page ``page`` (0-based) as an image ``width_px`` wide, and the page count (any thread)."""
    report = ExportReport("")

    def paint(painter: QPainter, width: float, height: float) -> None:
        paint_paged(painter, width, height, layout, text, setup, report, None, progress, page)

    return page_image(chart_page_layout(setup, layout), width_px, paint), report


def page_image(sheet: QPageLayout, width_px: int, paint: Callable[[QPainter, float, float], None]) -> QImage:
    """A page of ``sheet`` as an image ``width_px`` wide, white paper and margins included: ``paint``
    is given a painter in points of the printable area, and its width and height (any thread)."""
    paper, printable = sheet.fullRect(QPageLayout.Unit.Point), sheet.paintRect(QPageLayout.Unit.Point)
    factor = width_px / paper.width()
    image = QImage(width_px, math.ceil(paper.height() * factor), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(72 * factor / 0.0254))
    image.setDotsPerMeterY(round(72 * factor / 0.0254))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        painter.translate(printable.topLeft())
        paint(painter, printable.width(), printable.height())
    finally:
        painter.end()
    return image
