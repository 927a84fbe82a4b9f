"""The chart in the window: the same renderer as every export, zoomable, pannable, clickable."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgexplorer.chart.layout import ChartLayout
from orgexplorer.chart.render import ChartRenderer

MIN_ZOOM, MAX_ZOOM = 0.02, 8.0
LEGIBLE_PIXELS = 4.0  # names smaller than this on screen are not drawn


class ChartItem(QGraphicsItem):
    """One item for the whole chart: paints what is exposed through ChartRenderer."""

    def __init__(self, layout: ChartLayout) -> None:
        super().__init__()
        self.layout = layout
        self._renderer = ChartRenderer(layout)
        self.selected: int | None = None
        self.emphasised: Collection[int] = ()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(-12, -12, self.layout.width + 24, self.layout.height + 24)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Zoomed out until names would be a smudge of a few pixels, the boxes are drawn without text:
        # a whole chart of 100,000 units then paints in a fraction of the time.
        pixels = option.levelOfDetailFromTransform(painter.worldTransform()) * self.layout.options.name_size
        exposed = option.exposedRect
        self._renderer.paint(painter, exposed, self.selected, self.emphasised, text=pixels >= LEGIBLE_PIXELS)


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

    @property
    def chart_layout(self) -> ChartLayout | None:
        return self._item.layout if self._item is not None else None

    def set_chart_layout(self, layout: ChartLayout | None) -> None:
        self.scene().clear()
        self._item = None
        if layout is not None:
            self._item = ChartItem(layout)
            self.scene().addItem(self._item)
            self.scene().setSceneRect(self._item.boundingRect())
            self.fit()

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
