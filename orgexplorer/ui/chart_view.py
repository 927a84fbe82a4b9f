"""The chart in the window: the same renderer as every export, zoomable, pannable, clickable."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QMouseEvent, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgexplorer.model.progress import Progress
from orgexplorer.ui.background import BackgroundTask, Failure

if TYPE_CHECKING:  # the chart's code loads when a chart is first shown, not when the window starts
    from orgexplorer.chart.values import ChartLayout

MIN_ZOOM, MAX_ZOOM = 0.02, 8.0
LEGIBLE_PIXELS = 4.0  # names smaller than this on screen are not drawn
#: Charts with more boxes than this are shown zoomed out as a picture drawn on a worker thread:
#: painting 100,000 boxes on the GUI thread each time the view changes would freeze it for a second.
OVERVIEW_BOXES = 5_000
OVERVIEW_PIXELS = 16_000_000  # the picture's size: sharp enough for the zoom levels it serves


class ChartItem(QGraphicsItem):
    """One item for the whole chart: paints what is exposed through ChartRenderer.

    A large chart seen whole (more than ``OVERVIEW_BOXES`` boxes, names too small to read) is shown
    from its overview, a picture drawn once on a worker thread (``overview_wanted`` asks for it);
    the selected unit and its chain are painted over it.
    """

    def __init__(self, layout: ChartLayout, overview_wanted: Callable[[], None] | None = None) -> None:
        super().__init__()
        from orgexplorer.chart.render import ChartRenderer  # when a chart is first shown, not at start

        self.layout = layout
        self._renderer = ChartRenderer(layout)
        self.selected: int | None = None
        self.emphasised: Collection[int] = ()
        self.overview: QImage | None = None
        self._overview_wanted = overview_wanted
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(-12, -12, self.layout.width + 24, self.layout.height + 24)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Zoomed out until names would be a smudge of a few pixels, the boxes are drawn without text:
        # a whole chart of 100,000 units then paints in a fraction of the time.
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect
        legible = detail * self.layout.options.name_size >= LEGIBLE_PIXELS
        if not legible and self._overview_wanted is not None and detail <= 1.5 * overview_scale(self.layout):
            self._paint_overview(painter)
            return
        self._renderer.paint(painter, exposed, self.selected, self.emphasised, text=legible)

    def _paint_overview(self, painter: QPainter) -> None:
        if self.overview is None:
            assert self._overview_wanted is not None
            self._overview_wanted()  # painted again when it is there
            return
        painter.drawImage(QRectF(0, 0, self.layout.width, self.layout.height), self.overview)
        for unit in {*self.emphasised, *([] if self.selected is None else [self.selected])}:
            box = self.layout.box_of(unit)
            if box is not None:
                self._renderer.paint(
                    painter, QRectF(box.x, box.y, box.width, box.height), self.selected, self.emphasised, text=False
                )


def overview_scale(layout: ChartLayout) -> float:
    """Pixels per point of a large chart's overview picture."""
    area = max(layout.width * layout.height, 1.0)
    return min(1.0, math.sqrt(OVERVIEW_PIXELS / area), 32_000 / max(layout.width, layout.height, 1.0))


def draw_overview(layout: ChartLayout, stale: Callable[[float], None] | None = None) -> QImage:
    """The whole chart as a picture, boxes without names (any thread: nothing here is a widget)."""
    from orgexplorer.chart.render import ChartRenderer

    scale = overview_scale(layout)
    image = QImage(
        max(1, math.ceil(layout.width * scale)), max(1, math.ceil(layout.height * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        ChartRenderer(layout, progress=stale).paint(painter, text=False)
    finally:
        painter.end()
    return image


class ChartView(QGraphicsView):
    """Zoom with Ctrl+wheel or Ctrl+plus/minus, fit to the window, pan by dragging; click a box.

    Signals:
        unit_clicked(int): the box of the unit with this index was clicked.
    """

    unit_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setAccessibleName(self.tr("Organization chart"))
        self.setAccessibleDescription(self.tr("The chart of the units; click a box to select its unit"))
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("white"))
        self._item: ChartItem | None = None
        self._press: QPoint | None = None
        self._overview_pending: ChartLayout | None = None
        self._overview = BackgroundTask("orgexplorer-overview", self)
        application = QCoreApplication.instance()
        if application is not None:  # a thread still painting when Python exits would abort it
            application.aboutToQuit.connect(self._stop_overview)

    @property
    def chart_layout(self) -> ChartLayout | None:
        return self._item.layout if self._item is not None else None

    def set_chart_layout(self, layout: ChartLayout | None) -> None:
        self.scene().clear()
        self._item = None
        self._overview_pending = None  # an overview still being drawn is not wanted any more
        self._overview.cancel()
        if layout is not None:
            large = len(layout.boxes) > OVERVIEW_BOXES
            self._item = ChartItem(layout, self._draw_overview if large else None)
            self.scene().addItem(self._item)
            self.scene().setSceneRect(self._item.boundingRect())
            self.fit()

    def _draw_overview(self) -> None:
        """Draw the chart's overview on a worker thread, once per layout."""
        item = self._item
        if item is None or self._overview_pending is item.layout:
            return
        layout = self._overview_pending = item.layout

        def work(progress: Progress) -> QImage:
            return draw_overview(layout, progress)  # stops when another chart is shown (cancel)

        def failed(failure: Failure) -> None:
            self._overview_pending = None  # no picture: the item paints the boxes itself

        self._overview.start(work, lambda image: self._on_overview_ready(layout, image), failed)

    def _stop_overview(self) -> None:
        """Stop drawing an overview, and wait until its thread has let go of the painter."""
        self._overview_pending = None
        self._overview.cancel()
        self._overview.wait(5.0)

    def _on_overview_ready(self, layout: ChartLayout, image: QImage) -> None:
        if self._item is not None and self._item.layout is layout:
            self._item.overview = image
            self._item.update()

    def show_message(self, text: str) -> None:
        """No chart, a line of text instead (while a large chart is being laid out)."""
        self.set_chart_layout(None)
        item = self.scene().addText(text)
        item.setDefaultTextColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.scene().setSceneRect(item.boundingRect())

    def set_selection(self, unit: int | None, path: Collection[int] = ()) -> None:
        """Highlight ``unit`` and its chain to the root, and bring its box into view."""
        if self._item is None:
            return
        self._item.selected = unit
        self._item.emphasised = frozenset(path)
        self._item.update()
        box = self._item.layout.box_of(unit) if unit is not None else None
        if box is not None:
            self.ensureVisible(QRectF(box.x, box.y, box.width, box.height), 40, 40)

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def fit(self) -> None:
        if self._item is not None:
            self.fitInView(self._item.boundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.5:
                self.set_zoom(1.5)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.key() == Qt.Key.Key_Equal and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
            return
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or self._item is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag to pan, not a click
        point = self.mapToScene(event.position().toPoint())
        box = self._item.layout.box_at(point.x(), point.y())
        if box is not None:
            self.unit_clicked.emit(box.unit)
