"""Icons for units by kind, with a badge for attached units; read through the resource helper."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from orgexplorer.model import Placement, Unit
from orgexplorer.resources import ICON_NAMES, resource_path

if TYPE_CHECKING:  # compare mode loads it when it first marks units, not the window
    from orgexplorer.model.change import Mark

_KIND_ALIASES = {"center": "centre", "directorate": "department", "division": "department"}


@cache
def named_icon(name: str) -> QIcon:
    """A bundled SVG icon by name (``app``, ``sector``, ...)."""
    return QIcon(str(resource_path(f"icons/{name}.svg")))


def _kind_name(kind: str | None) -> str:
    word = (kind or "").strip().casefold()
    word = _KIND_ALIASES.get(word, word)
    return word if word in ICON_NAMES and word not in ("app", "attached") else "unit"


def _painted_icon(paint: Callable[[QPainter, int], None]) -> QIcon:
    """An icon drawn by ``paint(painter, size)`` at each size a view asks for."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, size)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def _attached_icon(kind_name: str) -> QIcon:
    # The kind's icon, smaller, hanging from a dashed link: the way the chart draws attached units.
    def paint(painter: QPainter, size: int) -> None:
        inner = round(size * 0.72)
        named_icon(kind_name).paint(painter, size - inner, size - inner, inner, inner)
        pen = QPen(QColor("#6a4a8a"), max(1.0, size / 12))
        pen.setDashPattern([1.5, 1.2])
        painter.setPen(pen)
        x = size * 0.12
        painter.drawLine(QPointF(x, 0), QPointF(x, size * 0.6))
        painter.drawLine(QPointF(x, size * 0.6), QPointF(size - inner, size * 0.6))

    return _painted_icon(paint)


def unit_icon(unit: Unit) -> QIcon:
    """The icon of a unit's kind; attached units get the dashed-link variant."""
    kind = _kind_name(unit.kind)
    return _attached_icon(kind) if unit.placement is Placement.ATTACHED else named_icon(kind)


# Compare mode: the printed chart's colours (orgexplorer/chart/marks.py) and a symbol in each icon, so
# that a mark never rests on colour alone.
def _mark_symbol(mark: Mark) -> str:
    from orgexplorer.model.change import Mark

    return {Mark.REMOVED: "−", Mark.ADDED: "+", Mark.MOVED: "→", Mark.RENAMED: "A", Mark.CHANGED: "±"}[mark]


def mark_color(mark: Mark) -> str:
    """The mark's colour, the same as on the printed chart (loaded when compare mode first needs it)."""
    from orgexplorer.chart.marks import MARK_COLORS

    return MARK_COLORS[mark]


def mark_word(mark: Mark) -> str:
    """A mark in words, in the interface's language."""
    from orgexplorer.model.change import Mark

    translate = QCoreApplication.translate
    return {
        Mark.REMOVED: translate("Marks", "removed"),
        Mark.ADDED: translate("Marks", "new"),
        Mark.MOVED: translate("Marks", "moved"),
        Mark.RENAMED: translate("Marks", "renamed"),
        Mark.CHANGED: translate("Marks", "changed"),
    }[mark]


@cache
def mark_icon(mark: Mark) -> QIcon:
    """A rounded square in the mark's colour with its symbol in white."""

    def paint(painter: QPainter, size: int) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(mark_color(mark)))
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size / 5, size / 5)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(round(size * 0.72))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), _mark_symbol(mark))

    return _painted_icon(paint)
