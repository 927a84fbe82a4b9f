"""Every file written from a chart: the format chosen by the name's extension (PDF, SVG, images; the
unit directory as HTML, PDF or CSV), each written atomically, and the chart's layout they all share."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from orgexplorer import __version__
from orgexplorer.chart.directory import csv_leaves_out, directory_html, misread_details, units_csv
from orgexplorer.chart.directory_pages import keep_headings_with_text
from orgexplorer.chart.export_report import ExportError, ExportReport
from orgexplorer.chart.export_words import cut_text
from orgexplorer.chart.images import IMAGE_FORMATS, MAX_IMAGE_PIXELS, image_check, write_image
from orgexplorer.chart.layout import layout_chart
from orgexplorer.chart.pages import Appendix, paint_pages
from orgexplorer.chart.paper import Fit, PageSetup, configure_pages, page_layout
from orgexplorer.chart.render import QtMeasure, chart_font
from orgexplorer.chart.sheet import SheetText, paint_sheet, sheet_size, units_below_words
from orgexplorer.chart.values import ChartLayout, ChartOptions
from orgexplorer.model import Organization
from orgexplorer.model.files import atomic_output, write_output
from orgexplorer.model.progress import Progress

#: The shape of a page of running text, such as the unit directory (taller than wide).
DIRECTORY_WIDTH, DIRECTORY_HEIGHT = 1.0, 1.414
CHART_FORMATS = {".pdf", ".svg"} | IMAGE_FORMATS
DIRECTORY_FORMATS = {".html", ".htm", ".csv", ".xlsx"}  # and .pdf, asked for as a directory


def formats_sentence() -> str:
    """Every output format, as a user is told them when a name's extension is none of them."""
    return (
        "the format follows the extension: .pdf .svg .png .jpg .tif .webp .bmp for the chart, "
        ".html .csv .xlsx (or .pdf with --directory) for the unit directory"
    )


def write_pdf(
    path: str,
    layout: ChartLayout,
    text: SheetText,
    setup: PageSetup,
    report: ExportReport,
    progress: Progress | None = None,
    appendix: Appendix | None = None,
) -> None:
    writer = QPdfWriter(path)
    chart = QCoreApplication.translate("Chart", "organizational chart")
    writer.setTitle(f"{text.title}{' — ' + text.subtitle if text.subtitle else ''}: {chart}")
    writer.setCreator(f"OrgExplorer {__version__}")
    writer.setResolution(1200)
    configure_pages(writer, layout, setup)
    paint_pages(writer, layout, text, setup, report, progress, appendix)


def write_svg(path: str, layout: ChartLayout, text: SheetText, progress: Progress | None = None) -> None:
    width, height = sheet_size(layout)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setResolution(72)  # one SVG user unit = one point
    generator.setSize(QSize(math.ceil(width), math.ceil(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(QCoreApplication.translate("Chart", "{title}: organizational chart").format(title=text.title))
    generator.setDescription(f"Made by OrgExplorer {__version__}. {text.source}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError("the SVG could not be opened for painting")
    try:
        paint_sheet(painter, layout, text, progress=progress)
    finally:
        painter.end()


def write_directory_pdf(path: str, organization: Organization, root: str | None, setup: PageSetup) -> None:
    """The unit directory as a paginated PDF with real text."""
    from PySide6.QtGui import QTextDocument

    writer = QPdfWriter(path)
    writer.setTitle(f"{organization.title}: unit directory")
    writer.setCreator(f"OrgExplorer {__version__}")
    # Running text reads best in a column: portrait unless asked otherwise, and margins to hold it by.
    text_setup = replace(setup, margins_mm=max(setup.margins_mm, 15.0))
    writer.setPageLayout(page_layout(text_setup, DIRECTORY_WIDTH, DIRECTORY_HEIGHT))
    document = QTextDocument()
    document.setDefaultFont(chart_font())
    document.setHtml(directory_html(organization, root))
    keep_headings_with_text(document, writer)  # no heading alone at the foot of a page
    document.print_(writer)


def export_directory(
    organization: Organization, path: str | os.PathLike[str], root: str | None = None, setup: PageSetup = PageSetup()
) -> ExportReport:
    """Write the unit directory (.html, .pdf) or the units (.csv, .xlsx); atomically."""
    target = os.fspath(path)
    suffix = Path(target).suffix.lower()
    if root is not None and root not in organization:
        raise ExportError(organization.unknown_id(root))
    if suffix not in (".csv", ".xlsx", ".html", ".htm", ".pdf"):
        raise ExportError(f"a unit directory is written as .html, .pdf, .csv or .xlsx, not '{suffix or target}'")
    report = ExportReport(target)
    if suffix == ".csv":
        write_output(target, units_csv(organization, root), organization.path, encoding="utf-8-sig")
        report.warnings.append(csv_leaves_out(organization))
    elif suffix == ".xlsx":
        from orgexplorer.chart.workbook import WorkbookUnavailable, units_xlsx

        try:
            workbook = units_xlsx(organization, root)
        except WorkbookUnavailable as exc:
            raise ExportError(str(exc)) from None
        write_output(target, workbook, organization.path)
    elif suffix in (".html", ".htm"):
        write_output(target, directory_html(organization, root), organization.path)
    else:
        with atomic_output(target, organization.path) as temporary:
            write_directory_pdf(temporary, organization, root, setup)
    if suffix in (".csv", ".xlsx") and (misread := misread_details(organization, root)):
        report.warnings.append(misread)
    return report


def chart_layout(organization: Organization, options: ChartOptions, progress: Progress | None = None) -> ChartLayout:
    """The layout with real font metrics (the one every output uses)."""
    return layout_chart(organization, options, QtMeasure(), progress, units_below_words)


def _part(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` for one part of a task, the part running from ``start`` to ``end`` of the whole."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


def export_chart(
    organization: Organization,
    path: str | os.PathLike[str],
    options: ChartOptions = ChartOptions(),
    setup: PageSetup = PageSetup(),
    dpi: float = 150.0,
    layout: ChartLayout | None = None,
    progress: Progress | None = None,
    max_image_pixels: int = MAX_IMAGE_PIXELS,
    appendix: Appendix | None = None,
) -> ExportReport:
    """Write the chart to ``path`` in the format its extension names; atomically. ``appendix``: pages
    after the chart (PDF and printer only).

    An image larger than ``max_image_pixels`` (or than its format allows) is made at a lower
    resolution, and the report says which.

    ``progress`` is called now and then with the fraction done; raising ``Cancelled`` from it stops the
    export, and nothing is written (the file there before stays as it was).
    """
    target = os.fspath(path)
    suffix = Path(target).suffix.lower()
    if suffix not in CHART_FORMATS:
        raise ExportError(f"unknown chart format '{suffix or target}'; {formats_sentence()}")
    if setup.fit is Fit.BOOK:
        from orgexplorer.chart.book_output import export_book

        report = ExportReport(target)
        with atomic_output(target, organization.path) as temporary:
            export_book(organization, suffix, temporary, options, setup, progress, report)
        if progress is not None:
            progress(1.0)
        return report
    painted = 0.0 if layout is not None else 0.35  # laying out a large chart is a third of the work
    layout = layout or chart_layout(organization, options, _part(progress, 0.0, painted))
    text = SheetText.of(organization, layout)
    report = ExportReport(target)
    if layout.cut:
        report.warnings.append(cut_text(organization, layout.cut))
    painting = _part(progress, painted, 0.9)  # the rest: the writer finishing the file
    writers: dict[str, Callable[[str], None]] = {
        ".pdf": lambda temporary: write_pdf(temporary, layout, text, setup, report, painting, appendix),
        ".svg": lambda temporary: write_svg(temporary, layout, text, painting),
    }
    if suffix in writers:
        with atomic_output(target, organization.path) as temporary:
            writers[suffix](temporary)
    else:
        with atomic_output(target, organization.path, image_check(suffix)) as temporary:
            write_image(temporary, suffix, layout, text, dpi, report, painting, max_image_pixels)
    if progress is not None:
        progress(1.0)
    return report
