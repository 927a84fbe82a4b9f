"""Chart output: pages (PDF, printer), SVG and images, all through ChartRenderer.

(Over 500 lines: page setup, the sheet's header and footer, posters and every format's writer share the
page geometry; the writers for each format are the part to move out next, beside ``book_output``.)
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from orgexplorer import __version__
from orgexplorer.chart.directory import directory_html, units_csv
from orgexplorer.chart.layout import ChartLayout, ChartOptions, layout_chart
from orgexplorer.chart.marks import draw_legend, legend_width
from orgexplorer.chart.render import ChartRenderer, QtMeasure, chart_font, metrics_device
from orgexplorer.model import Organization
from orgexplorer.model.files import OutputError, atomic_output, check_format, write_output
from orgexplorer.model.progress import Progress

#: The shape of a page of running text, such as the unit directory (taller than wide).
DIRECTORY_WIDTH, DIRECTORY_HEIGHT = 1.0, 1.414
LEGIBLE_PT = 6.0  # text smaller than this on paper is reported
IMAGE_FORMATS = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"}
CHART_FORMATS = {".pdf", ".svg"} | IMAGE_FORMATS
DIRECTORY_FORMATS = {".html", ".htm", ".csv"}  # and .pdf, asked for as a directory


def formats_sentence() -> str:
    """Every output format, as a user is told them when a name's extension is none of them."""
    return (
        "the format follows the extension: .pdf .svg .png .jpg .tif .webp .bmp for the chart, "
        ".html .csv (or .pdf with --directory) for the unit directory"
    )


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


#: An export that could not be written; the message is for the user. One type with the file writer's,
#: so that a full disk and a bad option reach the user the same way.
ExportError = OutputError


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


@dataclass(slots=True)
class ExportReport:
    """What an export did: pages, the scale used, and warnings for the user."""

    path: str
    pages: int = 0  # 0 where the format has no pages (SVG, images, HTML, CSV)
    scale: float = 1.0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SheetText:
    """The words around the chart: title, subtree shown, source, date."""

    title: str
    subtitle: str
    source: str
    date: str
    changes: bool = False  # the chart marks changes: the footer shows their legend

    @classmethod
    def of(cls, organization: Organization, layout: ChartLayout) -> SheetText:
        return cls(
            organization.title,
            layout.subtitle,
            organization.source or "",
            _today(),
            bool(layout.marks),
        )


def _today() -> str:
    """Today in the language's words ("28 November 2026", "28 новембар 2026"); ISO under the C locale."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QDate.currentDate().toString(Qt.DateFormat.ISODate)
    return locale.toString(QDate.currentDate(), "d MMMM yyyy")


HEADER_PT = 30.0
FOOTER_PT = 26.0
SHEET_MARGIN_PT = 18.0


def _font(size: float, painter: QPainter, bold: bool = False, italic: bool = False) -> QFont:
    font = chart_font(bold, italic)
    dpi = painter.device().logicalDpiY() or 72
    font.setPointSizeF(size * 72.0 / dpi)
    return font


@functools.lru_cache(maxsize=256)  # the same legend and source on every page of a book or poster
def _text_width(text: str, size: float) -> float:
    font = chart_font()
    font.setPointSizeF(size)
    return QFontMetricsF(font, metrics_device()).horizontalAdvance(text)


@functools.lru_cache(maxsize=256)
def _elide(text: str, size: float, width: float) -> str:
    font = chart_font()
    font.setPointSizeF(size)
    return QFontMetricsF(font, metrics_device()).elidedText(text, Qt.TextElideMode.ElideRight, width)


def draw_header(painter: QPainter, rect: QRectF, text: SheetText, extra: str = "") -> None:
    """Title and subtree on the left, date on the right, a rule below (layout points)."""
    painter.save()
    painter.setPen(QColor("#1b2733"))
    painter.setFont(_font(12.0, painter, bold=True))
    title = text.title + (f" — {text.subtitle}" if text.subtitle else "")
    painter.drawText(QPointF(rect.left(), rect.top() + 13.0), _elide(title, 12.0, rect.width() * 0.75))
    painter.setFont(_font(8.0, painter))
    right = "  ·  ".join(part for part in (extra, text.date) if part)
    painter.drawText(QRectF(rect.left(), rect.top() + 3.0, rect.width(), 14.0), int(Qt.AlignmentFlag.AlignRight), right)
    painter.setPen(QPen(QColor("#8899aa"), 0.5))
    painter.drawLine(QPointF(rect.left(), rect.top() + 20.0), QPointF(rect.right(), rect.top() + 20.0))
    painter.restore()


def draw_footer(painter: QPainter, rect: QRectF, text: SheetText, page: str = "") -> None:
    """The legend, then the source and the page number (layout points)."""
    painter.save()
    top = rect.bottom() - FOOTER_PT + 6.0
    painter.setPen(QPen(QColor("#4a5a6a"), 0.8))
    painter.drawLine(QPointF(rect.left(), top + 4), QPointF(rect.left() + 22, top + 4))
    dashed = QPen(QColor("#6a4a8a"), 0.8)
    dashed.setDashPattern([4.0, 3.0])
    painter.setFont(_font(7.0, painter))
    painter.setPen(QColor("#1b2733"))
    subunit = QCoreApplication.translate("Chart", "part of the unit above (subunit)")
    painter.drawText(QPointF(rect.left() + 26, top + 6.5), subunit)
    # The second sample starts after the first label, however long the language makes it.
    second = rect.left() + 26 + _text_width(subunit, 7.0) + 16
    painter.setPen(dashed)
    painter.drawLine(QPointF(second, top + 4), QPointF(second + 22, top + 4))
    painter.setPen(QColor("#1b2733"))
    painter.drawText(
        QPointF(second + 26, top + 6.5),
        QCoreApplication.translate("Chart", "attached to the head of the unit above, not part of it (dashed box)"),
    )
    painter.setFont(_font(7.0, painter, italic=True))  # nothing on paper under 7 pt
    painter.setPen(QColor("#33475b"))
    source = QCoreApplication.translate("Chart", "Source: {source}").format(source=text.source) if text.source else ""
    line = top + 17.0
    # The page number, where there is one, stands at the right end of the line.
    room = rect.width() * (0.8 if page else 1.0)
    if text.changes:  # the legend of the marks between the source and the page number
        room = max(rect.width() - legend_width() - _text_width(page, 7.0) - 24.0, rect.width() * 0.25)
        draw_legend(painter, rect.left() + room + 8.0, line - 7.0)
    painter.drawText(QPointF(rect.left(), line), _elide(source, 7.0, room))
    if page:
        painter.setFont(_font(7.0, painter))
        painter.drawText(QRectF(rect.left(), line - 8.0, rect.width(), 10.0), int(Qt.AlignmentFlag.AlignRight), page)
    painter.restore()


def paint_sheet(
    painter: QPainter, layout: ChartLayout, text: SheetText, scale: float = 1.0, progress: Progress | None = None
) -> None:
    """One self-contained sheet in layout points: header, chart, legend (for SVG, images, previews)."""
    width, height = sheet_size(layout, scale)
    frame = QRectF(SHEET_MARGIN_PT, SHEET_MARGIN_PT, width - 2 * SHEET_MARGIN_PT, height - 2 * SHEET_MARGIN_PT)
    draw_header(painter, frame, text)
    painter.save()
    try:
        painter.translate(SHEET_MARGIN_PT, SHEET_MARGIN_PT + HEADER_PT)
        painter.scale(scale, scale)
        ChartRenderer(layout, progress=progress).paint(painter)
    finally:
        painter.restore()
    draw_footer(painter, frame, text)


def sheet_size(layout: ChartLayout, scale: float = 1.0) -> tuple[float, float]:
    width = max(layout.width * scale, 420.0) + 2 * SHEET_MARGIN_PT
    height = layout.height * scale + HEADER_PT + FOOTER_PT + 2 * SHEET_MARGIN_PT
    return width, height


# --- paged output (PDF and printer share this) ---


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


def _shape(layout: ChartLayout | None) -> tuple[float, float]:
    """What pages are chosen for: the chart, or wide (landscape when automatic) without one (a book)."""
    return (layout.width, layout.height) if layout is not None else (1.0, 0.0)


def configure_pages(device: QPagedPaintDevice, layout: ChartLayout | None, setup: PageSetup) -> None:
    """Give a PDF writer or a printer the page of ``page_layout``."""
    device.setPageLayout(page_layout(setup, *_shape(layout)))


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


def page_size_points(setup: PageSetup, layout: ChartLayout | None) -> tuple[float, float]:
    """The printable area of a page in points, as ``configure_pages`` sets it up."""
    area = page_layout(setup, *_shape(layout)).paintRect(QPageLayout.Unit.Point)
    return area.width(), area.height()


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
    chart_area = area.adjusted(0, HEADER_PT, 0, -FOOTER_PT)
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
        _paint_poster(painter, layout, text, setup, chart_area, area, report, new_page, progress, only, pages_after)
    smallest = layout.smallest_text * report.scale
    if smallest < LEGIBLE_PT:
        report.warnings.append(
            f"the smallest text is {smallest:.2g} pt on paper, below the legible {LEGIBLE_PT:.0f} pt; "
            "use a larger page, --fit poster, or less content"
        )


def _paint_poster(
    painter: QPainter,
    layout: ChartLayout,
    text: SheetText,
    setup: PageSetup,
    chart_area: QRectF,
    area: QRectF,
    report: ExportReport,
    new_page: Callable[[], object] | None,
    progress: Progress | None = None,
    only: int | None = None,
    pages_after: int = 0,
) -> None:
    scale = setup.poster_scale
    overlap = setup.overlap_mm * 72 / 25.4
    step_x = chart_area.width() - overlap
    step_y = chart_area.height() - overlap
    width, height = layout.width * scale, layout.height * scale
    columns = max(1, math.ceil((width - overlap) / step_x)) if width > chart_area.width() else 1
    rows = max(1, math.ceil((height - overlap) / step_y)) if height > chart_area.height() else 1
    report.pages, report.scale = rows * columns, scale
    renderer = ChartRenderer(layout)
    # Tiles with nothing of their own are not printed; the others keep their row and column for assembly.
    tiles = [
        (row, column, _tile_rect(row, column, step_x, step_y, chart_area, scale))
        for row, column in _tiles_to_print(layout, rows, columns, step_x / scale, step_y / scale, overlap / scale,
                                           chart_area.width() / scale, chart_area.height() / scale,
                                           SLIVER_PT / scale)
    ]  # fmt: skip
    report.pages, report.scale = len(tiles), scale
    for number, (row, column, visible) in enumerate(tiles, 1):
        if only is not None and number - 1 != only:
            continue
        if progress is not None:
            progress((number - 1) / len(tiles))
        if number > 1 and only is None:
            if new_page is None:
                return
            new_page()
        label = QCoreApplication.translate("Chart", "row {row} / column {column} of {rows} × {columns}").format(
            row=row + 1, column=column + 1, rows=rows, columns=columns
        )
        draw_header(painter, area, text, label)
        painter.save()
        painter.setClipRect(chart_area)
        painter.translate(chart_area.left() - column * step_x, chart_area.top() - row * step_y)
        painter.scale(scale, scale)
        renderer.paint(painter, clip=visible)
        painter.restore()
        _assembly_marks(painter, chart_area, overlap, column < columns - 1, row < rows - 1)
        pages = len(tiles) + pages_after
        page = QCoreApplication.translate("Chart", "page {page} of {pages}").format(page=number, pages=pages)
        draw_footer(painter, area, text, page)


SLIVER_PT = 3.0  # on paper: less of a box or a connector than this on a poster page is no reason to print it


def _tile_rect(row: int, column: int, step_x: float, step_y: float, chart_area: QRectF, scale: float) -> QRectF:
    """The part of the chart (in layout points) a poster tile shows."""
    return QRectF(
        column * step_x / scale, row * step_y / scale, chart_area.width() / scale, chart_area.height() / scale
    )


Rect = tuple[float, float, float, float]  # left, top, right, bottom


def _clip(a: Rect, b: Rect) -> Rect | None:
    left, top, right, bottom = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return (left, top, right, bottom) if left <= right and top <= bottom else None


def _tiles_to_print(
    layout: ChartLayout,
    rows: int,
    columns: int,
    step_x: float,
    step_y: float,
    overlap: float,
    width: float,
    height: float,
    sliver: float,
) -> list[tuple[int, int]]:
    """The poster tiles worth printing, in layout points: a tile is printed when a box or a connector
    has a part on it that no other printed tile shows.

    First, tiles with something in the part of the tile no neighbour overlaps (a box reaching more than
    ``sliver`` into it both ways, or a connector running more than ``sliver`` in it). Then, of the rest,
    those with a part of a box or connector, more than ``sliver`` long, that no printed tile shows
    whole (the strips shared with neighbours). A tile holding only slivers of a border or a line is
    left out: what it would add is less than ``sliver`` points of paper.
    """

    def tile(row: int, column: int) -> Rect:
        return (column * step_x, row * step_y, column * step_x + width, row * step_y + height)

    def pieces(area: Rect) -> list[tuple[Rect, bool]]:
        """The parts of boxes (True) and connector segments (False) within ``area``."""
        boxes, edges = layout.visible(area[0], area[1], area[2] - area[0], area[3] - area[1])
        found: list[tuple[Rect, bool]] = []
        for box in boxes:
            part = _clip((box.x, box.y, box.x + box.width, box.y + box.height), area)
            if part is not None:
                found.append((part, True))
        for edge in edges:
            for (x1, y1), (x2, y2) in itertools.pairwise(edge.points):
                part = _clip((min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)), area)
                if part is not None:
                    found.append((part, False))
        return found

    def more_than_a_sliver(part: Rect | None, box: bool) -> bool:
        if part is None:
            return False
        width, height = part[2] - part[0], part[3] - part[1]
        return width > sliver and height > sliver if box else max(width, height) > sliver

    inf = math.inf
    printed: dict[tuple[int, int], Rect] = {}
    unsure: dict[tuple[int, int], list[Rect]] = {}  # tiles not printed yet: their parts worth showing
    for row in range(rows):
        for column in range(columns):
            area = tile(row, column)
            own = (
                area[0] + overlap if column > 0 else -inf,
                area[1] + overlap if row > 0 else -inf,
                area[2] - overlap if column < columns - 1 else inf,
                area[3] - overlap if row < rows - 1 else inf,
            )
            found = pieces(area)
            if any(more_than_a_sliver(_clip(part, own), box) for part, box in found):
                printed[row, column] = area
            else:
                unsure[row, column] = [part for part, box in found if more_than_a_sliver(part, box)]

    def shown(part: Rect, row: int, column: int) -> bool:
        """Whether a printed neighbour shows ``part`` of tile (row, column) whole, give or take a sliver."""
        for dr, dc in itertools.product((-1, 0, 1), repeat=2):
            r = printed.get((row + dr, column + dc))
            if (
                r is not None
                and part[0] >= r[0] - sliver
                and part[1] >= r[1] - sliver
                and part[2] <= r[2] + sliver
                and part[3] <= r[3] + sliver
            ):
                return True
        return False

    for (row, column), found_parts in unsure.items():  # in row and column order
        if not all(shown(part, row, column) for part in found_parts):
            printed[row, column] = tile(row, column)
    return sorted(printed) or [(0, 0)]


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
    sheet = page_layout(setup, layout.width, layout.height)
    paper, printable = sheet.fullRect(QPageLayout.Unit.Point), sheet.paintRect(QPageLayout.Unit.Point)
    factor = width_px / paper.width()
    image = QImage(width_px, math.ceil(paper.height() * factor), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(72 * factor / 0.0254))
    image.setDotsPerMeterY(round(72 * factor / 0.0254))
    report = ExportReport("")
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        painter.translate(printable.topLeft())
        paint_paged(painter, printable.width(), printable.height(), layout, text, setup, report, None, progress, page)
    finally:
        painter.end()
    return image, report


def _assembly_marks(painter: QPainter, area: QRectF, overlap: float, right: bool, below: bool) -> None:
    """Dotted lines where the next page's chart begins: trim there and lay the next page over."""
    painter.save()
    pen = QPen(QColor("#c0392b"), 0.5)
    pen.setDashPattern([1.0, 2.0])
    painter.setPen(pen)
    painter.setFont(_font(5.5, painter))
    if right:
        x = area.right() - overlap
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        painter.drawText(QPointF(x + 2, area.top() + 7), QCoreApplication.translate("Chart", "overlap"))
    if below:
        y = area.bottom() - overlap
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.drawText(QPointF(area.left() + 2, y + 7), QCoreApplication.translate("Chart", "overlap"))
    painter.restore()


# --- files (written through orgexplorer.model.files: atomic, verified) ---


def write_pdf(
    path: str,
    layout: ChartLayout,
    text: SheetText,
    setup: PageSetup,
    report: ExportReport,
    progress: Progress | None = None,
    appendix: Appendix | None = None,
) -> None:
    writer = QPdfWriter(path)
    chart = QCoreApplication.translate("Chart", "organizational chart")
    writer.setTitle(f"{text.title}{' — ' + text.subtitle if text.subtitle else ''}: {chart}")
    writer.setCreator(f"OrgExplorer {__version__}")
    writer.setResolution(1200)
    configure_pages(writer, layout, setup)
    paint_pages(writer, layout, text, setup, report, progress, appendix)


def write_svg(path: str, layout: ChartLayout, text: SheetText, progress: Progress | None = None) -> None:
    width, height = sheet_size(layout)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setResolution(72)  # one SVG user unit = one point
    generator.setSize(QSize(math.ceil(width), math.ceil(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(QCoreApplication.translate("Chart", "{title}: organizational chart").format(title=text.title))
    generator.setDescription(f"Made by OrgExplorer {__version__}. {text.source}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError("the SVG could not be opened for painting")
    try:
        paint_sheet(painter, layout, text, progress=progress)
    finally:
        painter.end()


MAX_IMAGE_PIXELS = 64_000_000  # 8,000 × 8,000, 256 MB of memory (what Qt's reader takes): beyond it, made smaller
MAX_IMAGE_SIDE = {".webp": 16_383, ".jpg": 65_500, ".jpeg": 65_500}  # what the formats' writers take


def fitting_dpi(layout: ChartLayout, dpi: float, max_pixels: int, max_side: int | None = None) -> float:
    """The largest resolution up to ``dpi`` at which the sheet is at most ``max_pixels`` pixels, and at
    most ``max_side`` pixels a side; whole where it is 10 or more."""
    width, height = sheet_size(layout)

    def fits(value: float) -> bool:
        w, h = math.ceil(width * value / 72), math.ceil(height * value / 72)
        return w * h <= max_pixels and (max_side is None or max(w, h) <= max_side)

    if fits(dpi):
        return dpi
    scale = math.sqrt(max_pixels / (width * height * (dpi / 72) ** 2))
    if max_side is not None:
        scale = min(scale, max_side / (max(width, height) * dpi / 72))
    value = dpi * scale
    value = math.floor(value) if value >= 10 else math.floor(value * 100) / 100
    while value > 0.01 and not fits(value):  # rounding up to whole pixels may still overshoot by a row
        value = math.floor(value * 0.99 * 100) / 100
    return max(value, 0.01)


def render_image(
    layout: ChartLayout,
    text: SheetText,
    dpi: float,
    progress: Progress | None = None,
    max_pixels: int = MAX_IMAGE_PIXELS,
    max_side: int | None = None,
) -> QImage:
    """The sheet as an image on white, at ``dpi`` or at the largest resolution under ``max_pixels``
    (and ``max_side``) that memory allows; the image's dots per metre say which."""
    dpi = fitting_dpi(layout, dpi, max_pixels, max_side)
    width, height = sheet_size(layout)
    while True:
        factor = dpi / 72.0
        image = QImage(QSize(math.ceil(width * factor), math.ceil(height * factor)), QImage.Format.Format_RGB32)
        if not image.isNull():
            break
        if dpi < 1:
            raise ExportError("not enough memory for an image of this chart; use PDF or SVG")
        dpi = math.floor(dpi * 0.7 * 100) / 100  # not enough memory: smaller, as far as it takes
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        paint_sheet(painter, layout, text, progress=progress)
    finally:
        painter.end()
    return image


def write_directory_pdf(path: str, organization: Organization, root: str | None, setup: PageSetup) -> None:
    """The unit directory as a paginated PDF with real text."""
    from PySide6.QtGui import QTextDocument

    writer = QPdfWriter(path)
    writer.setTitle(f"{organization.title}: unit directory")
    writer.setCreator(f"OrgExplorer {__version__}")
    # Running text reads best in a column: portrait unless asked otherwise, and margins to hold it by.
    text_setup = replace(setup, margins_mm=max(setup.margins_mm, 15.0))
    writer.setPageLayout(page_layout(text_setup, DIRECTORY_WIDTH, DIRECTORY_HEIGHT))
    document = QTextDocument()
    document.setDefaultFont(chart_font())
    document.setHtml(directory_html(organization, root))
    document.print_(writer)


def export_directory(
    organization: Organization, path: str | os.PathLike[str], root: str | None = None, setup: PageSetup = PageSetup()
) -> ExportReport:
    """Write the unit directory (.html, .pdf) or the units (.csv); atomically."""
    target = os.fspath(path)
    suffix = Path(target).suffix.lower()
    if root is not None and root not in organization:
        raise ExportError(f"no unit with id '{root}'")
    if suffix not in (".csv", ".html", ".htm", ".pdf"):
        raise ExportError(f"a unit directory is written as .html, .pdf or .csv, not '{suffix or target}'")
    report = ExportReport(target)
    if suffix == ".csv":
        write_output(target, units_csv(organization, root), organization.path, encoding="utf-8-sig")
    elif suffix in (".html", ".htm"):
        write_output(target, directory_html(organization, root), organization.path)
    else:
        with atomic_output(target, organization.path) as temporary:
            write_directory_pdf(temporary, organization, root, setup)
    return report


_IMAGE_WRITERS = {".jpg": "JPEG", ".tif": "TIFF"}


def _image_check(suffix: str) -> Callable[[str], None]:
    """The format's own check (its last chunk), then the whole image read back by Qt's reader."""
    format_check = check_format(suffix)

    def check(path: str) -> None:
        format_check(path)
        reader = QImageReader(path)
        reader.setDecideFormatFromContent(True)
        if reader.read().isNull():
            raise ExportError(f"the {suffix} image could not be written completely ({reader.errorString()})")

    return check


def cut_text_warning(organization: Organization, cut: tuple[int, ...]) -> str:
    """What a chart leaves out of boxes whose text is too long for them (the PDF's text lacks it too)."""
    ids = ", ".join(organization.units[index].id for index in cut[:5])
    more = f" and {len(cut) - 5:,} more" if len(cut) > 5 else ""
    units = f"{len(cut):,} unit{'s' if len(cut) != 1 else ''}"
    return (
        f"the text of {units} ({ids}{more}) is too long for a box and is cut short (…) in the chart; "
        "the unit directory (.html, or .pdf with --directory) has it in full"
    )


def chart_layout(organization: Organization, options: ChartOptions, progress: Progress | None = None) -> ChartLayout:
    """The layout with real font metrics (the one every output uses)."""
    return layout_chart(organization, options, QtMeasure(), progress)


def _part(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` for one part of a task, the part running from ``start`` to ``end`` of the whole."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


def export_chart(
    organization: Organization,
    path: str | os.PathLike[str],
    options: ChartOptions = ChartOptions(),
    setup: PageSetup = PageSetup(),
    dpi: float = 150.0,
    layout: ChartLayout | None = None,
    progress: Progress | None = None,
    max_image_pixels: int = MAX_IMAGE_PIXELS,
    appendix: Appendix | None = None,
) -> ExportReport:
    """Write the chart to ``path`` in the format its extension names; atomically. ``appendix``: pages
    after the chart (PDF and printer only).

    An image larger than ``max_image_pixels`` (or than its format allows) is made at a lower
    resolution, and the report says which.

    ``progress`` is called now and then with the fraction done; raising ``Cancelled`` from it stops the
    export, and nothing is written (the file there before stays as it was).
    """
    target = os.fspath(path)
    suffix = Path(target).suffix.lower()
    if suffix not in CHART_FORMATS:
        raise ExportError(f"unknown chart format '{suffix or target}'; {formats_sentence()}")
    if setup.fit is Fit.BOOK:
        from orgexplorer.chart.book_output import export_book

        report = ExportReport(target)
        with atomic_output(target, organization.path) as temporary:
            export_book(organization, suffix, temporary, options, setup, progress, report)
        if progress is not None:
            progress(1.0)
        return report
    painted = 0.0 if layout is not None else 0.35  # laying out a large chart is a third of the work
    layout = layout or chart_layout(organization, options, _part(progress, 0.0, painted))
    text = SheetText.of(organization, layout)
    report = ExportReport(target)
    if layout.cut:
        report.warnings.append(cut_text_warning(organization, layout.cut))
    painting = _part(progress, painted, 0.9)  # the rest: the writer finishing the file
    writers: dict[str, Callable[[str], None]] = {
        ".pdf": lambda temporary: write_pdf(temporary, layout, text, setup, report, painting, appendix),
        ".svg": lambda temporary: write_svg(temporary, layout, text, painting),
    }
    if suffix in writers:
        with atomic_output(target, organization.path) as temporary:
            writers[suffix](temporary)
    else:
        with atomic_output(target, organization.path, _image_check(suffix)) as temporary:
            image = render_image(layout, text, dpi, painting, max_image_pixels, MAX_IMAGE_SIDE.get(suffix))
            made = image.width() * 72 / sheet_size(layout)[0]
            if made < dpi * 0.995:
                side = MAX_IMAGE_SIDE.get(suffix)
                report.warnings.append(
                    f"chart scaled to {made:.3g} dpi to fit the image size limit ({max_image_pixels:,} pixels"
                    + (f", {side:,} a side for {suffix}" if side else "")
                    + "); PDF and SVG have no such limit"
                )
            # WORKAROUND: PySide6's stubs want the format as bytes, but it accepts only str at run time.
            saved = image.save(temporary, _IMAGE_WRITERS.get(suffix, suffix.lstrip(".").upper()))  # type: ignore[call-overload]
            del image  # before the check reads the file back: not two images in memory
            if not saved:
                raise ExportError(f"the {suffix} image could not be written (is the disk full?)")
    if progress is not None:
        progress(1.0)
    return report
