"""The chart book on paper: its pages painted by the one ChartRenderer on a PDF writer, a printer or
an image (the export dialog's preview), with the PDF's links between pages added afterwards
(``pdf_links``: Qt's PDF writer links only to URLs)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter

from orgexplorer import __version__
from orgexplorer.chart.book import SMALLEST_PT, Book, BookPage, PageKind, book_options
from orgexplorer.chart.export_report import ExportError, ExportReport
from orgexplorer.chart.export_words import book_scale_raised, cut_text
from orgexplorer.chart.pages import page_image
from orgexplorer.chart.paper import Orientation, PageSetup, chart_page_layout, configure_pages, page_size_points
from orgexplorer.chart.pdf_links import add_links
from orgexplorer.chart.render import ChartRenderer, QtMeasure, _metrics
from orgexplorer.chart.sheet import (
    SheetText,
    draw_footer,
    draw_header,
    footer_height,
    sheet_font,
    today,
    units_below_words,
)
from orgexplorer.chart.values import ChartOptions, TextStyle
from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress

INK = "#1b2733"
# The chart's room starts this far below the top of a page: under the header's rule (20 pt down), not
# the 30 pt a one-sheet chart leaves, since a book's pages are all room the chart needs.
BOOK_HEADER_PT = 24.0
LINK_INK = "#1f4e8c"


def book_words() -> dict[str, str]:
    """The book's phrases in the interface's language."""
    return {
        "continued": QCoreApplication.translate("Book", "continued on page {page}"),
        "from": QCoreApplication.translate("Book", "from page {page}"),
        "resumed": QCoreApplication.translate("Book", "continued from page {page}"),
    }


def book_scale(setup: PageSetup, options: ChartOptions) -> float:
    """Paper points per layout point: the poster scale, never so small that text drops below 7 pt."""
    smallest = min(book_options(options).size(style) for style in TextStyle)
    return max(setup.poster_scale, SMALLEST_PT / smallest)


def book_orientation(setup: PageSetup) -> PageSetup:
    """A book is landscape unless asked otherwise: organizations are wider than deep."""
    if setup.orientation is Orientation.AUTO:
        return replace(setup, orientation=Orientation.LANDSCAPE)
    return setup


def plan_book(
    organization: Organization, options: ChartOptions, setup: PageSetup, progress: Progress | None = None
) -> Book:
    """The book of ``organization`` for pages as ``setup`` gives them (any thread: no painting)."""
    setup = book_orientation(setup)
    width, height = page_size_points(setup, None)
    scale = book_scale(setup, options)
    collator = QCollator(QLocale())
    return Book(
        organization,
        options,
        width / scale,
        (height - BOOK_HEADER_PT - footer_height(width)) / scale,
        QtMeasure(),
        book_words(),
        collator.sortKey,
        progress,
        units_below_words,
    )


def paint_book_page(
    painter: QPainter, book: Book, page: BookPage, text: SheetText, width: float, height: float, scale: float
) -> list[tuple[float, float, float, float, int]]:
    """One page in points of a printable area ``width`` × ``height``; returns its links there."""
    area = QRectF(0, 0, width, height)
    label = QCoreApplication.translate("Chart", "page {page} of {pages}").format(page=page.number, pages=book.pages)
    draw_header(painter, area, text)
    painter.save()
    try:
        painter.translate(0, BOOK_HEADER_PT)
        painter.scale(scale, scale)
        if page.kind is not PageKind.CHART:
            if page.kind is PageKind.CONTENTS:
                title = QCoreApplication.translate("Book", "Contents")
            else:
                title = QCoreApplication.translate("Book", "Index")
            painter.setPen(QColor(INK))
            painter.setFont(sheet_font(11.0, painter, bold=True))
            painter.drawText(QPointF(0, 11.0), title)
        if page.layout is not None:
            ChartRenderer(page.layout).paint(painter)
        _paint_texts(painter, page)
    finally:
        painter.restore()
    draw_footer(painter, area, text, label)
    return [(x * scale, BOOK_HEADER_PT + y * scale, w * scale, h * scale, target) for x, y, w, h, target in page.links]


def _paint_texts(painter: QPainter, page: BookPage) -> None:
    """Headings, contents and index entries; a font and ink set only when they change."""
    current: tuple[float, bool, bool, bool] | None = None
    ascent = 0.0
    for item in page.texts:
        look = (item.size, item.bold, item.italic, item.link is not None and item.bold)
        if look != current:
            current = look
            painter.setFont(sheet_font(item.size, painter, bold=item.bold, italic=item.italic))
            painter.setPen(QColor(LINK_INK if look[3] else INK))
            ascent = _metrics(TextStyle.HEAD, item.size).ascent()
        painter.drawText(QPointF(item.x, item.y + ascent), item.text)


def paint_book(
    device: QPagedPaintDevice,
    book: Book,
    text: SheetText,
    setup: PageSetup,
    report: ExportReport,
    progress: Progress | None = None,
) -> list[list[tuple[float, float, float, float, int]]]:
    """Every page of the book on a configured paged device (PDF writer, printer); the links of each
    page in points of the printable area."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    scale = book_scale(setup, book.options)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the output could not be opened for painting")
    links = []
    try:
        dpi = device.logicalDpiX() or 72
        painter.scale(dpi / 72.0, dpi / 72.0)
        for number in range(1, book.pages + 1):
            if progress is not None:
                progress((number - 1) / book.pages)
            if number > 1:
                device.newPage()
            links.append(paint_book_page(painter, book, book.page(number), text, rect.width(), rect.height(), scale))
    finally:
        painter.end()
    report.pages, report.scale = book.pages, scale
    return links


def configure_book_pages(device: QPagedPaintDevice, setup: PageSetup) -> None:
    configure_pages(device, None, book_orientation(setup))  # landscape when automatic


def render_book_page(book: Book, number: int, text: SheetText, setup: PageSetup, width_px: int) -> QImage:
    """Page ``number`` as an image ``width_px`` wide (the export dialog's preview)."""
    setup = book_orientation(setup)
    scale = book_scale(setup, book.options)

    def paint(painter: QPainter, width: float, height: float) -> None:
        paint_book_page(painter, book, book.page(number), text, width, height, scale)

    return page_image(chart_page_layout(setup, None), width_px, paint)


def write_book_pdf(
    path: str, book: Book, text: SheetText, setup: PageSetup, report: ExportReport, progress: Progress | None = None
) -> None:
    """The book as one PDF with real text and links between its pages."""
    setup = book_orientation(setup)
    writer = QPdfWriter(path)
    name = QCoreApplication.translate("Book", "chart book")
    writer.setTitle(f"{text.title}{' — ' + text.subtitle if text.subtitle else ''}: {name}")
    writer.setCreator(f"OrgExplorer {__version__}")
    writer.setResolution(1200)
    configure_book_pages(writer, setup)
    page_rect = writer.pageLayout().fullRect(QPageLayout.Unit.Point)
    paint_rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    painting = None if progress is None else (lambda f: progress(0.85 * f))
    links = paint_book(writer, book, text, setup, report, painting)
    del writer  # the file is complete once the writer is gone
    add_links(path, links, page_rect.height(), paint_rect.left(), paint_rect.top())


def export_book(
    organization: Organization,
    suffix: str,
    temporary: str,
    options: ChartOptions,
    setup: PageSetup,
    progress: Progress | None,
    report: ExportReport,
) -> None:
    """Write the book to ``temporary`` (an atomic output for ``target``)."""
    if suffix != ".pdf":
        raise ExportError(
            f"a chart book is written as one PDF; for {suffix} export each branch with --root, or use --fit poster"
        )
    scale = book_scale(setup, options)
    if scale > setup.poster_scale + 1e-9:
        report.warnings.append(book_scale_raised(scale, setup.poster_scale, SMALLEST_PT))
    book = plan_book(organization, options, setup, None if progress is None else (lambda f: progress(0.3 * f)))
    if book.measured.typesetter.cut:  # text missing from the boxes is missing from the PDF's text too: say so
        report.warnings.append(cut_text(organization, tuple(dict.fromkeys(book.measured.typesetter.cut))))
    layout_text = SheetText(organization.title, book.subtitle, organization.source or "", today())
    write_book_pdf(temporary, book, layout_text, setup, report,
                   None if progress is None else (lambda f: progress(0.3 + 0.65 * f)))  # fmt: skip
