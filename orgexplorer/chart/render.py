"""The one chart renderer: paints a ChartLayout with a QPainter on any device (screen, PDF, SVG, PNG,
printer). Coordinates are points; the caller's transform maps them to the device."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from orgexplorer.chart.marks import GHOST_BORDER, box_look, paint_marks
from orgexplorer.chart.values import Box, ChartLayout, Edge, TextStyle
from orgexplorer.model.change import Mark
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.progress import Progress

_REPORT_EVERY = 4096  # boxes or lines between progress reports
FONT_FAMILY = "DejaVu Sans"  # named on the README's list of system packages; Qt falls back if absent


@dataclass(frozen=True, slots=True)
class ChartColors:
    """Colours with at least 4.5:1 contrast for text on its fill."""

    ink: str = "#1b2733"
    head_ink: str = "#33475b"
    box_fill: str = "#eef3f8"
    box_border: str = "#4a6a8a"
    attached_fill: str = "#f6f2fb"
    attached_border: str = "#6a4a8a"
    line: str = "#4a5a6a"
    selected_fill: str = "#ffe680"
    selected_border: str = "#b8860b"
    emphasis: str = "#b8860b"


def chart_font(bold: bool = False, italic: bool = False) -> QFont:
    """The chart's font: no ligatures, so that "Office" stays searchable text in a PDF, not "Oﬃce",
    and no localized glyph forms: under a Serbian locale DejaVu's Serbian "б" has no Unicode of its own,
    and a PDF would hold it as a private-use character that no search finds."""
    font = QFont(FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setBold(bold)
    font.setItalic(italic)
    for tag in ("liga", "clig", "dlig", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _base_font(style: TextStyle) -> QFont:
    font = chart_font(style is TextStyle.NAME, style is TextStyle.HEAD)
    font.setBold(style is TextStyle.NAME)
    font.setItalic(style is TextStyle.HEAD)
    font.setKerning(False)  # widths measured once must hold on every device
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


_METRICS_DEVICE: QImage | None = None


def metrics_device() -> QImage:
    # A 72-DPI device: font metrics in its pixels are points.
    global _METRICS_DEVICE
    if _METRICS_DEVICE is None:
        _METRICS_DEVICE = QImage(4, 4, QImage.Format.Format_ARGB32)
        _METRICS_DEVICE.setDotsPerMeterX(round(72 / 0.0254))
        _METRICS_DEVICE.setDotsPerMeterY(round(72 / 0.0254))
    return _METRICS_DEVICE


@lru_cache(maxsize=32)
def _metrics(style: TextStyle, size: float) -> QFontMetricsF:
    font = _base_font(style)
    font.setPointSizeF(size)
    return QFontMetricsF(font, metrics_device())


class QtMeasure:
    """Real font metrics (in points) for the layout, from the fonts the renderer paints with.

    Widths are remembered per word: an organization repeats its words ("Department", "of") across
    thousands of boxes, and asking Qt costs more than a dictionary.
    """

    def __init__(self) -> None:
        self._widths: dict[tuple[str, TextStyle, float], float] = {}

    def width(self, text: str, style: TextStyle, size: float) -> float:
        key = (text, style, size)
        width = self._widths.get(key)
        if width is None:
            # A little slack: glyph advances differ by a hair between devices.
            width = self._widths[key] = _metrics(style, size).horizontalAdvance(text) * 1.02
        return width

    def line_height(self, style: TextStyle, size: float) -> float:
        return _metrics(style, size).height()


def device_font(style: TextStyle, size: float, painter: QPainter) -> QFont:
    """A font that paints at ``size`` points when the painter's transform maps 1 unit to 1 point."""
    font = _base_font(style)
    dpi = painter.device().logicalDpiY() or 72
    font.setPointSizeF(size * 72.0 / dpi)
    return font


class ChartRenderer:
    """Paints a layout: connectors, then boxes with their text."""

    def __init__(
        self, layout: ChartLayout, colors: ChartColors = ChartColors(), progress: Progress | None = None
    ) -> None:
        """``progress`` is called now and then while painting with the fraction done; raising from it
        (``Cancelled``) stops."""
        self.layout = layout
        self.colors = colors
        self.progress = progress

    def paint(
        self,
        painter: QPainter,
        clip: QRectF | None = None,
        selected: int | None = None,
        emphasised: Collection[int] = (),
        text: bool = True,
    ) -> None:
        """Paint the chart in layout coordinates (points); only what meets ``clip`` when given.

        ``text`` False leaves the boxes empty: the view's choice when names would be a few pixels high.
        """
        layout = self.layout
        # A clip holding the whole chart (a page fitted, the view zoomed out) needs no test per item.
        region = None if clip is None or clip.contains(QRectF(0, 0, layout.width, layout.height)) else clip
        if region is None:
            boxes, edges = list(layout.boxes), list(layout.edges)
        else:
            boxes, edges = layout.visible(region.x(), region.y(), region.width(), region.height())
            boxes = [box for box in boxes if QRectF(box.x, box.y, box.width, box.height).intersects(region)]
        painter.save()
        try:
            # Painting makes only temporaries, which reference counting frees: a collector's pass over
            # the heap would find nothing, and hold Python's lock (the window's too) while it looked.
            with paused_gc(freeze=False):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                self._paint_edges(painter, edges, region, emphasised)
                self._paint_boxes(painter, boxes, selected, emphasised)
                if text:
                    self._paint_text(painter, boxes)
                if layout.marks:
                    paint_marks(painter, layout, boxes)
        finally:
            painter.restore()  # also when stopped: a painter is ended with its states restored

    def _paint_edges(
        self, painter: QPainter, edges: list[Edge], region: QRectF | None, emphasised: Collection[int]
    ) -> None:
        """Connectors as polylines; the chain from the selected unit to the top drawn strong."""
        colors = self.colors
        solid = QPen(QColor(colors.line), 0.8)
        solid.setCapStyle(Qt.PenCapStyle.FlatCap)
        dashed = QPen(QColor(colors.attached_border), 0.8)
        dashed.setDashPattern([4.0, 3.0])
        strong = QPen(QColor(colors.emphasis), 2.0)
        marks = self.layout.marks
        ghost = QPen(QColor(GHOST_BORDER), 0.8)  # to a removed unit: dotted grey, as its box
        ghost.setDashPattern([1.5, 2.0])
        # A trunk (child -1) belongs to the emphasised chain when one of its subunits does.
        chain_parents = {e.parent for e in self.layout.edges if e.child in emphasised} if emphasised else set()
        current_pen: QPen | None = None
        for edge in edges:
            points = [QPointF(x, y) for x, y in edge.points]
            if region is not None and not _bounds(points).intersects(region):
                continue
            on_path = edge.parent in emphasised and (
                edge.child in emphasised or (edge.child == -1 and edge.parent in chain_parents)
            )
            pen = strong if on_path else dashed if edge.dashed else solid
            if marks and edge.child in marks and marks[edge.child][0] is Mark.REMOVED:
                pen = ghost
            if pen is not current_pen:
                painter.setPen(pen)
                current_pen = pen
            painter.drawPolyline(points)

    def _paint_boxes(
        self, painter: QPainter, boxes: list[Box], selected: int | None, emphasised: Collection[int]
    ) -> None:
        """Boxes never overlap, so they are drawn in one pass and their text in the next; a pen or
        brush is set only when it changes (in a PDF every change is written out)."""
        colors = self.colors
        marks = self.layout.marks
        current: tuple[str, str, float, bool] | None = None
        for number, box in enumerate(boxes):
            marked = None
            if marks and box.unit in marks:
                fill = colors.attached_fill if box.attached else colors.box_fill
                marked = box_look(marks[box.unit], fill, box.attached)
            if box.unit == selected:
                look = (colors.selected_fill, colors.selected_border, 2.0, box.attached)
            elif box.unit in emphasised:
                look = (colors.attached_fill if box.attached else colors.box_fill, colors.emphasis, 1.6, box.attached)
            elif marked is not None:
                look = marked
            elif box.attached:
                look = (colors.attached_fill, colors.attached_border, 0.9, True)
            else:
                look = (colors.box_fill, colors.box_border, 0.9, False)
            if look != current:
                current = look
                fill, border, width, dashed = look
                pen = QPen(QColor(border), width)
                if dashed:
                    pen.setDashPattern([4.0, 2.5])
                painter.setPen(pen)
                painter.setBrush(QColor(fill))
            painter.drawRoundedRect(QRectF(box.x, box.y, box.width, box.height), 3.0, 3.0)
            if self.progress is not None and number % _REPORT_EVERY == 0:
                self.progress(0.2 * number / len(boxes))

    def _paint_text(self, painter: QPainter, boxes: list[Box]) -> None:
        """Every line of one style in a run: the font and ink are set once per style."""
        options = self.layout.options
        runs: dict[TextStyle, list[tuple[float, float, str]]] = {style: [] for style in TextStyle}
        marks = self.layout.marks
        for box in boxes:
            if marks and marks.get(box.unit, (None,))[0] is Mark.REMOVED:
                continue  # a removed unit's text is drawn struck through, with the marks
            for line in box.lines:
                runs[line.style].append((box.x + line.x, box.y + line.y, line.text))
        done, total = 0, sum(len(lines) for lines in runs.values())
        for style, lines in runs.items():
            if not lines:
                continue
            painter.setFont(device_font(style, options.size(style), painter))
            painter.setPen(QColor(self.colors.head_ink if style is TextStyle.HEAD else self.colors.ink))
            ascent = _metrics(style, options.size(style)).ascent()
            for x, y, text in lines:
                painter.drawText(QPointF(x, y + ascent), text)
                done += 1
                if self.progress is not None and done % _REPORT_EVERY == 0:
                    self.progress(0.2 + 0.8 * done / total)


def _bounds(points: list[QPointF]) -> QRectF:
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    return QRectF(min(xs) - 1, min(ys) - 1, max(xs) - min(xs) + 2, max(ys) - min(ys) + 2)
