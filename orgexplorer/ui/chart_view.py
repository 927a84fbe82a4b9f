"""The chart in the window: the same renderer as every export, zoomable, pannable, clickable."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QMouseEvent, QPainter, QPalette, QPen, QWheelEvent
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
    from orgexplorer.chart.render import ChartColors
    from orgexplorer.chart.values import ChartLayout

MIN_ZOOM, MAX_ZOOM = 0.02, 8.0
LEGIBLE_PIXELS = 4.0  # names smaller than this on screen are not drawn
#: A selected unit is brought into view with its names at least this high on screen: read, not guessed.
READABLE_PIXELS = 11.0
#: Fitting the chart to the window never makes names smaller than this (their boxes then are shapes a
#: few pixels across, the tree's structure still seen): a wide organization fitted whole would be a
#: streak one pixel high. Such a chart is fitted by its shorter side instead, around the selected unit;
#: zooming out further still shows it whole.
OVERVIEW_PIXELS_PER_NAME = 1.0
CHAIN_PIXELS = 3.0  # the selected unit's chain is never drawn thinner than this on screen
SELECTED_PIXELS = 10.0  # nor its box smaller
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
        self._shapes = ChartRenderer(layout, shape_colors())  # boxes without names, zoomed far out
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
        else:
            renderer = self._renderer if legible else self._shapes
            renderer.paint(painter, exposed, self.selected, self.emphasised, text=legible)
        if detail * 2.0 < CHAIN_PIXELS:  # the chain's 2-point pen would be a hairline, or nothing
            self._paint_chain(painter, detail, boxes=not legible)

    def _paint_overview(self, painter: QPainter) -> None:
        if self.overview is None:
            assert self._overview_wanted is not None
            self._overview_wanted()  # painted again when it is there
            return
        painter.drawImage(QRectF(0, 0, self.layout.width, self.layout.height), self.overview)

    def _paint_chain(self, painter: QPainter, detail: float, boxes: bool) -> None:
        """The selected unit's chain to the root over a chart zoomed far out: its connectors (and,
        where names are not drawn, its boxes) with pens of fixed screen width, the selected box never
        smaller than a few pixels. The connectors are found through the layout's grid around the
        chain's boxes, never by a scan of every connector (a chain is a few units; a chart may have
        100,000)."""
        chain = {*self.emphasised, *([] if self.selected is None else [self.selected])}
        chain_boxes = [box for box in map(self.layout.box_of, chain) if box is not None]
        edges = {
            edge
            for box in chain_boxes
            for edge in self.layout.visible(box.x, box.y, box.width, box.height)[1]
            if edge.parent in chain and (edge.child in chain or edge.child == -1)
        }
        parents = {edge.parent for edge in edges if edge.child in chain}  # a trunk is on it with a subunit
        colors = self._renderer.colors
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for edge in edges:
            if edge.child == -1 and edge.parent not in parents:
                continue
            pen = QPen(QColor(colors.emphasis), CHAIN_PIXELS)
            pen.setCosmetic(True)
            if edge.dashed:
                pen.setDashPattern([2.0, 1.0])
            painter.setPen(pen)
            painter.drawPolyline([QPointF(x, y) for x, y in edge.points])
        for box in sorted(chain_boxes, key=lambda box: box.unit == self.selected) if boxes else ():
            # the selected box last, on top
            selected = box.unit == self.selected
            pen = QPen(QColor(colors.selected_border if selected else colors.emphasis), 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QColor(colors.selected_fill if selected else colors.box_fill))
            rect = QRectF(box.x, box.y, box.width, box.height)
            least = (SELECTED_PIXELS if selected else CHAIN_PIXELS) / max(detail, 1e-9)
            grow_x, grow_y = max(0.0, least - rect.width()) / 2, max(0.0, least - rect.height()) / 2
            painter.drawRect(rect.adjusted(-grow_x, -grow_y, grow_x, grow_y))
        painter.restore()


#: Zoomed out until names are not drawn, boxes are shapes a few pixels across and their hairline
#: borders all but vanish: darker fills keep them (and the tree they make) in sight.
def shape_colors() -> ChartColors:
    """The colours of boxes without names, zoomed far out (darker: a box a few pixels across stays seen)."""
    from orgexplorer.chart.render import ChartColors

    return ChartColors(box_fill="#b4c6d9", attached_fill="#d3c3e4", line="#2e3c4a")


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
        ChartRenderer(layout, shape_colors(), progress=stale).paint(painter, text=False)
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
        self.show_selected()

    def show_selected(self) -> None:
        """Bring the selected unit's box into view, legible: zoomed in to names ``READABLE_PIXELS``
        high where they are smaller, and centred where it is not already in sight. A box in sight and
        legible stays where it is (a click on it does not move the chart under the mouse)."""
        item = self._item
        box = item.layout.box_of(item.selected) if item is not None and item.selected is not None else None
        if item is None or box is None:
            return
        rect = QRectF(box.x, box.y, box.width, box.height)
        readable = READABLE_PIXELS / item.layout.options.name_size
        if self.zoom() < readable * 0.999:
            self.set_zoom(readable)
        elif self.mapToScene(self.viewport().rect()).boundingRect().contains(rect):
            return
        self.centerOn(rect.center())

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        # Zooming out may go as far as the whole chart, however small that makes it.
        factor = max(min(MIN_ZOOM, self._whole_zoom()), min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())

    def _whole_zoom(self) -> float:
        """The zoom at which the whole chart fits in the window."""
        if self._item is None:
            return MIN_ZOOM
        rect, viewport = self._item.boundingRect(), self.viewport().rect()
        return min(viewport.width() / rect.width(), viewport.height() / rect.height())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def fit(self) -> None:
        """The whole chart in the window, unless that would make it a streak of specks (names under
        ``OVERVIEW_PIXELS_PER_NAME``): then its shorter side fills the window, no smaller than that,
        centred on the selected unit (or the top one) with its chain drawn strong."""
        item = self._item
        if item is None:
            return
        rect, viewport = item.boundingRect(), self.viewport().rect()
        least = OVERVIEW_PIXELS_PER_NAME / item.layout.options.name_size
        if self._whole_zoom() >= least:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.5:
                self.set_zoom(1.5)
            return
        shorter_side = max(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(max(least, min(1.5, shorter_side)))
        box = item.layout.box_of(item.selected) if item.selected is not None else None
        box = box or (item.layout.boxes[0] if item.layout.boxes else None)
        if box is not None:
            self.centerOn(QPointF(*box.center))

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
