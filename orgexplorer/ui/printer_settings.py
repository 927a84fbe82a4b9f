"""A printer as the print dialog left it, in plain values that another process can set up again."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintEngine, QPrinter

# Qt's key for the options its CUPS print dialog adds (pages per sheet, job priority, banners...):
# ``PPK_CupsOptions`` in qcups_p.h, not among the keys PySide names.
_CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """What a print job needs of a ``QPrinter``: which printer (or the PDF file printed to), the
    paper, copies, sides, colour, and the CUPS options of the dialog. ``apply`` sets a printer up
    the same way (the helper process that prints does, on a printer of its own)."""

    printer: str  # the printer's name ("" when printing to a file)
    file: str  # "Print to file": the PDF written instead
    copies: int
    collate: bool
    duplex: int
    color: int
    page_order: int
    resolution: int
    document: str
    full_page: bool
    paper: int  # QPageSize.PageSizeId; Custom: ``paper_size`` says
    paper_size: tuple[float, float]  # points
    orientation: int
    margins: tuple[float, float, float, float]  # points: left, top, right, bottom
    cups_options: tuple[str, ...]

    @classmethod
    def of(cls, printer: QPrinter) -> PrinterSettings:
        layout = printer.pageLayout()
        size = layout.pageSize().size(QPageSize.Unit.Point)
        margins = layout.margins(QPageLayout.Unit.Point)
        options = printer.printEngine().property(_CUPS_OPTIONS) if printer.printerName() else []
        return cls(
            printer.printerName(),
            printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else "",
            printer.copyCount(),
            printer.collateCopies(),
            printer.duplex().value,
            printer.colorMode().value,
            printer.pageOrder().value,
            printer.resolution(),
            printer.docName(),
            printer.fullPage(),
            layout.pageSize().id().value,
            (size.width(), size.height()),
            layout.orientation().value,
            (margins.left(), margins.top(), margins.right(), margins.bottom()),
            tuple(str(option) for option in options or ()),
        )

    def apply(self, printer: QPrinter) -> None:
        """Set ``printer`` up as these settings say."""
        if self.file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.file)
        else:
            printer.setPrinterName(self.printer)  # first: a printer's own defaults come with its name
        paper_id = QPageSize.PageSizeId(self.paper)
        paper = (
            QPageSize(QSizeF(*self.paper_size), QPageSize.Unit.Point)
            if paper_id == QPageSize.PageSizeId.Custom
            else QPageSize(paper_id)
        )
        printer.setPageLayout(
            QPageLayout(
                paper, QPageLayout.Orientation(self.orientation), QMarginsF(*self.margins), QPageLayout.Unit.Point
            )
        )
        printer.setResolution(self.resolution)
        printer.setCopyCount(self.copies)
        printer.setCollateCopies(self.collate)
        printer.setDuplex(QPrinter.DuplexMode(self.duplex))
        printer.setColorMode(QPrinter.ColorMode(self.color))
        printer.setPageOrder(QPrinter.PageOrder(self.page_order))
        printer.setDocName(self.document)
        printer.setFullPage(self.full_page)
        if self.cups_options and not self.file:
            printer.printEngine().setProperty(_CUPS_OPTIONS, list(self.cups_options))
