"""A poster: the chart tiled across pages at a legible scale, the tiles with nothing of their own
left out, and the marks that show where to trim and overlap the pages."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from orgexplorer.chart.export_report import ExportReport
from orgexplorer.chart.paper import PageSetup
from orgexplorer.chart.render import ChartRenderer
from orgexplorer.chart.sheet import SheetText, draw_footer, draw_header, sheet_font
from orgexplorer.chart.values import ChartLayout
from orgexplorer.model.progress import Progress


def paint_poster(
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


def _assembly_marks(painter: QPainter, area: QRectF, overlap: float, right: bool, below: bool) -> None:
    """Dotted lines where the next page's chart begins: trim there and lay the next page over."""
    painter.save()
    pen = QPen(QColor("#c0392b"), 0.5)
    pen.setDashPattern([1.0, 2.0])
    painter.setPen(pen)
    painter.setFont(sheet_font(5.5, painter))
    if right:
        x = area.right() - overlap
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        painter.drawText(QPointF(x + 2, area.top() + 7), QCoreApplication.translate("Chart", "overlap"))
    if below:
        y = area.bottom() - overlap
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.drawText(QPointF(area.left() + 2, y + 7), QCoreApplication.translate("Chart", "overlap"))
    painter.restore()
