"""The sheet around a chart: the words on it (title, subtree, source, date), its header and footer,
and a chart on one self-contained sheet (SVG, images, previews)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from orgexplorer.chart.marks import draw_legend, legend_width
from orgexplorer.chart.render import ChartRenderer, chart_font, metrics_device
from orgexplorer.chart.values import ChartLayout
from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress


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
            today(),
            bool(layout.marks),
        )


def today() -> str:
    """Today in the language's words ("28 November 2026", "28 новембар 2026"); ISO under the C locale."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QDate.currentDate().toString(Qt.DateFormat.ISODate)
    return locale.toString(QDate.currentDate(), "d MMMM yyyy")


HEADER_PT = 30.0
FOOTER_PT = 26.0
SHEET_MARGIN_PT = 18.0


def sheet_font(size: float, painter: QPainter, bold: bool = False, italic: bool = False) -> QFont:
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
    painter.setFont(sheet_font(12.0, painter, bold=True))
    title = text.title + (f" — {text.subtitle}" if text.subtitle else "")
    painter.drawText(QPointF(rect.left(), rect.top() + 13.0), _elide(title, 12.0, rect.width() * 0.75))
    painter.setFont(sheet_font(8.0, painter))
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
    painter.setFont(sheet_font(7.0, painter))
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
    painter.setFont(sheet_font(7.0, painter, italic=True))  # nothing on paper under 7 pt
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
        painter.setFont(sheet_font(7.0, painter))
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
