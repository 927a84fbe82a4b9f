"""How a compared chart marks its units: a colour and a word per mark (never colour alone), removed
units as ghosts (dashed, grey, struck through), and the legend. Called by the one renderer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from orgexplorer.chart.values import Box, ChartLayout, TextStyle
from orgexplorer.model.change import Mark

# Each colour carries white text at 4.5:1 or more, and differs from the others in lightness as well.
MARK_COLORS = {
    Mark.REMOVED: "#b3261e",
    Mark.ADDED: "#1a7f37",
    Mark.MOVED: "#0b5cad",
    Mark.RENAMED: "#8250df",
    Mark.CHANGED: "#9a6700",
}
GHOST_FILL = "#f3f3f3"
GHOST_BORDER = "#8a8a8a"
GHOST_INK = "#5c5c5c"  # 6:1 on the ghost fill
BADGE_PT = 5.5  # in the chart, which scales with it
LEGEND_PT = 7.0  # in the footer, on paper: nothing there under 7 pt


def mark_words() -> dict[Mark, str]:
    """The word each mark shows (translated)."""
    return {
        Mark.REMOVED: QCoreApplication.translate("Chart", "− removed"),
        Mark.ADDED: QCoreApplication.translate("Chart", "+ new"),
        Mark.MOVED: QCoreApplication.translate("Chart", "→ moved"),
        Mark.RENAMED: QCoreApplication.translate("Chart", "renamed"),
        Mark.CHANGED: QCoreApplication.translate("Chart", "changed"),
    }


def _badge_font(painter: QPainter | None = None, size: float = BADGE_PT) -> QFont:
    from orgexplorer.chart.render import chart_font

    font = chart_font(bold=True)
    dpi = (painter.device().logicalDpiY() or 72) if painter is not None else 72
    font.setPointSizeF(size * 72.0 / dpi)
    return font


def _width(text: str, size: float = BADGE_PT) -> float:
    from orgexplorer.chart.render import metrics_device

    return QFontMetricsF(_badge_font(None, size), metrics_device()).horizontalAdvance(text) * 1.02


def box_look(marks: Sequence[Mark], fill: str, attached: bool) -> tuple[str, str, float, bool] | None:
    """(fill, border, pen width, dashed) of a marked box, or None to draw it as usual."""
    if not marks:
        return None
    if marks[0] is Mark.REMOVED:
        return GHOST_FILL, GHOST_BORDER, 0.9, True
    return fill, MARK_COLORS[marks[0]], 1.8, attached


def paint_marks(painter: QPainter, layout: ChartLayout, boxes: Sequence[Box]) -> None:
    """The removed units' text (grey, struck through) and every marked box's badge, at its top right."""
    marks: Mapping[int, tuple[Mark, ...]] = layout.marks
    marked = [box for box in boxes if box.unit in marks]
    if not marked:
        return
    from orgexplorer.chart.render import _metrics, device_font

    options = layout.options
    for box in marked:
        if marks[box.unit][0] is not Mark.REMOVED:
            continue
        for line in box.lines:
            size = options.size(line.style)
            painter.setFont(device_font(line.style, size, painter))
            painter.setPen(QColor(GHOST_INK))
            baseline = box.y + line.y + _metrics(line.style, size).ascent()
            painter.drawText(QPointF(box.x + line.x, baseline), line.text)
            middle = box.y + line.y + line.height * (0.55 if line.style is TextStyle.NAME else 0.5)
            painter.setPen(QPen(QColor(GHOST_INK), 0.7))
            painter.drawLine(QPointF(box.x + line.x, middle), QPointF(box.x + line.x + line.width, middle))
    words = mark_words()
    painter.setFont(_badge_font(painter))
    for box in marked:
        right = box.x + box.width - 3.0
        for mark in reversed(marks[box.unit]):
            right = _badge(painter, right, box.y - 4.0, words[mark], MARK_COLORS[mark]) - 2.0


def _badge(painter: QPainter, right: float, top: float, word: str, color: str, size: float = BADGE_PT) -> float:
    """A filled pill with white text ending at ``right``; returns its left edge."""
    width = _width(word, size) + 4.0
    rect = QRectF(right - width, top, width, size + 2.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(rect, 2.0, 2.0)
    painter.setPen(QColor("white"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), word)
    return rect.left()


def legend_width() -> float:
    words = mark_words()
    return sum(_width(words[mark], LEGEND_PT) + 6.0 for mark in Mark) + _width(legend_title(), LEGEND_PT) + 4.0


def legend_title() -> str:
    return QCoreApplication.translate("Chart", "Changes:")


def draw_legend(painter: QPainter, left: float, top: float) -> None:
    """The marks' legend as a row of badges from ``left`` (layout points), e.g. in a sheet's footer."""
    painter.save()
    painter.setFont(_badge_font(painter, LEGEND_PT))
    painter.setPen(QColor("#1b2733"))
    title = legend_title()
    painter.drawText(QPointF(left, top + LEGEND_PT + 0.5), title)
    x = left + _width(title, LEGEND_PT) + 4.0
    words = mark_words()
    for mark in Mark:
        width = _width(words[mark], LEGEND_PT) + 4.0
        _badge(painter, x + width, top, words[mark], MARK_COLORS[mark], LEGEND_PT)
        x += width + 2.0
    painter.restore()
