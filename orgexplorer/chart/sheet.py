"""The sheet around a chart: the words on it (title, subtree, source, date), its header and footer,
and a chart on one self-contained sheet (SVG, images, previews)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from orgexplorer.chart.marks import LEGEND_ROW_PT, draw_legend, legend_row_count, legend_width
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
    """Today as the language writes a date in words, without the day's name ("November 30, 2026",
    "30. novembar 2026.", "30. новембар 2026.", "30. November 2026"); ISO under the C locale."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QDate.currentDate().toString(Qt.DateFormat.ISODate)
    # The locale's own long format (CLDR's: the ordinal period and the closing one of Serbian and
    # German are in it), less the weekday ("dddd" with its comma, first or last).
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    return locale.toString(QDate.currentDate(), re.sub(r"(?<!d)d{3,4}(?!d),?", "", long, count=1).strip(" ,") or long)


HEADER_PT = 30.0
FOOTER_PT = 26.0
SHEET_MARGIN_PT = 18.0


def sheet_font(size: float, painter: QPainter, bold: bool = False, italic: bool = False) -> QFont:
    font = chart_font(bold, italic)
    dpi = painter.device().logicalDpiY() or 72
    font.setPointSizeF(size * 72.0 / dpi)
    return font


@functools.lru_cache(maxsize=8)
def _metrics(size: float, bold: bool = False, italic: bool = False) -> QFontMetricsF:
    font = chart_font(bold, italic)
    font.setPointSizeF(size)
    return QFontMetricsF(font, metrics_device())


@functools.lru_cache(maxsize=256)  # the same legend and source on every page of a book or poster
def _text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    return _metrics(size, bold, italic).horizontalAdvance(text)


@functools.lru_cache(maxsize=256)
def _elide(text: str, size: float, width: float, bold: bool = False, italic: bool = False) -> str:
    return _metrics(size, bold, italic).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))


def draw_header(painter: QPainter, rect: QRectF, text: SheetText, extra: str = "") -> None:
    """Title and subtree on the left, date on the right, a rule below (layout points)."""
    painter.save()
    painter.setPen(QColor("#1b2733"))
    painter.setFont(sheet_font(12.0, painter, bold=True))
    title = text.title + (f" — {text.subtitle}" if text.subtitle else "")
    right = "  ·  ".join(part for part in (extra, text.date) if part)
    room = rect.width() - (_text_width(right, 8.0) + 12.0 if right else 0.0)  # the date keeps its place
    painter.drawText(QPointF(rect.left(), rect.top() + 13.0), _elide(title, 12.0, room, bold=True))
    painter.setFont(sheet_font(8.0, painter))
    painter.drawText(QRectF(rect.left(), rect.top() + 3.0, rect.width(), 14.0), int(Qt.AlignmentFlag.AlignRight), right)
    painter.setPen(QPen(QColor("#8899aa"), 0.5))
    painter.drawLine(QPointF(rect.left(), rect.top() + 20.0), QPointF(rect.right(), rect.top() + 20.0))
    painter.restore()


ROW_PT = 9.0  # each footer row of 7 pt text past the two a footer always has
SAMPLE_PT = 26.0  # a line sample of the legend and the gap before its words
SHARE_OF_PAGE_NUMBER = 0.2  # of a footer's width, the most a page number takes beside the source


@dataclass(frozen=True, slots=True)
class LegendPiece:
    """Words of the line legend on one footer row: ``x`` from the footer's left, where a sample
    stands before the words (``sample`` True dashed, False solid, None: no sample, words go on)."""

    x: float
    sample: bool | None
    words: str


def legend_words() -> tuple[str, str]:
    """What the two kinds of line mean (translated): part of a unit, attached to its head."""
    return (
        QCoreApplication.translate("Chart", "part of the unit above (subunit)"),
        QCoreApplication.translate("Chart", "attached to the head of the unit above, not part of it (dashed box)"),
    )


def units_below_words(count: int) -> str:
    """A cut box's count of the units it hides (translated, in the count's plural form)."""
    return QCoreApplication.translate("Chart", "+ %Ln units below", None, count)


@functools.lru_cache(maxsize=64)  # every page of a book or poster asks for the same width
def legend_rows(width: float, subunit: str, attached: str) -> tuple[tuple[LegendPiece, ...], ...]:
    """The line legend on rows ``width`` points wide: both entries on one row where they fit; else
    each on rows of its own, its words wrapped beside its sample."""
    second = SAMPLE_PT + _text_width(subunit, 7.0) + 16.0
    if second + SAMPLE_PT + _text_width(attached, 7.0) <= width:
        return ((LegendPiece(0.0, False, subunit), LegendPiece(second, True, attached)),)
    rows: list[tuple[LegendPiece, ...]] = []
    for dashed, words in ((False, subunit), (True, attached)):
        for number, line in enumerate(_wrap(words, 7.0, width - SAMPLE_PT)):
            rows.append((LegendPiece(0.0, dashed if number == 0 else None, line),))
    return tuple(rows)


def _wrap(text: str, size: float, width: float) -> list[str]:
    """``text`` in lines at most ``width`` wide, broken between words (a word wider than that is
    shortened with an ellipsis: nothing runs past the edge)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and _text_width(candidate, size) > width:
            lines.append(line)
            candidate = word
        line = candidate
    lines.append(line)
    return [_elide(line, size, width) for line in lines]


def _marks_row_of_its_own(width: float) -> bool:
    """Whether the marks' legend needs a row above the source: beside it, it would leave the source
    less than a quarter of the width (the page number may take a fifth)."""
    return legend_width() + 24.0 > width * (1.0 - 0.25 - SHARE_OF_PAGE_NUMBER)


def footer_height(width: float, changes: bool = False) -> float:
    """The height of a footer ``width`` points wide (the line legend wraps on narrow pages); with
    ``changes``, the marks' legend is in it too."""
    height = FOOTER_PT + ROW_PT * (len(legend_rows(width, *legend_words())) - 1)
    if changes and _marks_row_of_its_own(width):
        height += LEGEND_ROW_PT * legend_row_count(width)
    return height


def draw_footer(painter: QPainter, rect: QRectF, text: SheetText, page: str = "") -> None:
    """At the foot of ``rect`` (layout points), as tall as ``footer_height`` says: the line legend,
    then the source, the marks' legend where the chart marks changes, and the page number."""
    painter.save()
    top = rect.bottom() - footer_height(rect.width(), text.changes) + 6.0
    painter.setFont(sheet_font(7.0, painter))
    dashed = QPen(QColor("#6a4a8a"), 0.8)
    dashed.setDashPattern([4.0, 3.0])
    solid = QPen(QColor("#4a5a6a"), 0.8)
    rows = legend_rows(rect.width(), *legend_words())
    for number, row in enumerate(rows):
        baseline = top + 6.5 + number * ROW_PT
        for piece in row:
            left = rect.left() + piece.x
            if piece.sample is not None:
                painter.setPen(dashed if piece.sample else solid)
                painter.drawLine(QPointF(left, baseline - 2.5), QPointF(left + 22, baseline - 2.5))
            painter.setPen(QColor("#1b2733"))
            painter.drawText(QPointF(left + SAMPLE_PT, baseline), piece.words)
    painter.setFont(sheet_font(7.0, painter, italic=True))  # nothing on paper under 7 pt
    painter.setPen(QColor("#33475b"))
    source = QCoreApplication.translate("Chart", "Source: {source}").format(source=text.source) if text.source else ""
    line = rect.bottom() - 3.0
    page_width = _text_width(page, 7.0) + 12.0 if page else 0.0
    room = rect.width() - page_width  # the page number, where there is one, ends the line
    if text.changes:  # the legend of the marks between the source and the page number, or above them
        if _marks_row_of_its_own(rect.width()):
            legend_top = top + 6.5 + (len(rows) - 1) * ROW_PT + 4.0
            draw_legend(painter, rect.left(), legend_top, rect.width())
        else:
            room = rect.width() - legend_width() - page_width - 12.0
            draw_legend(painter, rect.left() + room + 8.0, line - 7.0)
    painter.drawText(QPointF(rect.left(), line), _elide(source, 7.0, room, italic=True))
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
    width = max(layout.width * scale, 420.0)
    footer = footer_height(width, bool(layout.marks))
    height = layout.height * scale + HEADER_PT + footer + 2 * SHEET_MARGIN_PT
    return width + 2 * SHEET_MARGIN_PT, height
