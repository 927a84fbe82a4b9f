"""The export dialog's preview of a chart book: its pages one at a time (page N of M, Previous and
Next), planned and drawn on a worker thread (the one BackgroundTask); Print sends the same pages to a
printer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from orgexplorer.ui.print_preview import PrintPages, PrintPreview

from orgexplorer.chart.book import Book
from orgexplorer.chart.export_report import ExportError, ExportReport
from orgexplorer.chart.paper import PageSetup
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartOptions, LayoutError
from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.fitted_image import FittedImage


@dataclass(frozen=True, slots=True)
class PreviewPage:
    """A page drawn for the preview, or why there is none."""

    key: object  # what was asked for: the organization, options and paper
    book: Book | None
    number: int
    image: QImage | None
    error: str | None = None


def book_text(organization: Organization, book: Book) -> SheetText:
    from orgexplorer.chart.sheet import today

    return SheetText(organization.title, book.subtitle, organization.source or "", today())


def book_print_pages(organization: Organization, book: Book, setup: PageSetup) -> PrintPages:
    """The book's pages for the print preview (the same pages the PDF has), any thread."""
    from orgexplorer.chart.book_output import configure_book_pages, paint_book, render_book_page
    from orgexplorer.ui.print_preview import PrintPages

    text = book_text(organization, book)

    def draw(page: int, width: int, progress: Progress) -> QImage:
        return render_book_page(book, page + 1, text, setup, width)

    def paint(printer: QPrinter, progress: Progress) -> ExportReport:
        report = ExportReport(printer.outputFileName())
        paint_book(printer, book, text, setup, report, progress)
        return report

    name = QCoreApplication.translate("BookPreview", "{title}: chart book").format(title=organization.title)
    return PrintPages(book.pages, name, draw, paint, lambda printer: configure_book_pages(printer, setup))


def preview_page(
    key: object,
    organization: Organization,
    options: ChartOptions,
    setup: PageSetup,
    number: int,
    width: int,
    book: Book | None,
    progress: Progress,
) -> PreviewPage:
    """Plan the book (unless ``book`` is it already) and draw page ``number`` ``width`` pixels wide
    (on a worker: the book's preview task runs it)."""
    from orgexplorer.chart.book_output import plan_book, render_book_page

    planned = book or plan_book(organization, options, setup, progress)
    page = min(max(number, 1), planned.pages)
    image = render_book_page(planned, page, book_text(organization, planned), setup, width)
    return PreviewPage(key, planned, page, image)


class BookPreview(QWidget):
    """The pages of a book, one at a time.

    Signals:
        described(str): a line about the book for the dialog (units, pages), once it is planned.
    """

    described = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookPreview")
        self.image = FittedImage()
        self.image.setObjectName("bookPage")
        self.image.setAccessibleName(self.tr("Preview of a page of the book"))
        self.image.outgrown.connect(self._on_image_outgrown)
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.page_label = QLabel()
        self.page_label.setObjectName("bookPageNumber")
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.print_button.clicked.connect(self.print_book)
        controls = QHBoxLayout()
        controls.addWidget(self.previous_button)
        controls.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        controls.addWidget(self.next_button)
        controls.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image, 1)
        layout.addLayout(controls)
        self.task = BackgroundTask("orgexplorer-book-preview", self, expected=(LayoutError, ExportError))
        self.task.progress.connect(self._on_task_progress)
        self.book: Book | None = None
        self.page = 1
        self._key: object = None
        self._asked: tuple[Organization, ChartOptions, PageSetup] | None = None
        self._update_buttons()

    def show_book(self, organization: Organization, options: ChartOptions, setup: PageSetup) -> None:
        """Preview the book of these choices (planned again only when they changed)."""
        key = (id(organization), options, setup)
        if key != self._key:
            self._key, self.book, self.page = key, None, 1
            self._asked = (organization, options, setup)
        self._request()

    def go(self, step: int) -> None:
        if self.book is not None and 1 <= self.page + step <= self.book.pages:
            self.page += step
            self._request()

    def _request(self) -> None:
        assert self._asked is not None
        organization, options, setup = self._asked
        if self.book is None:
            self._on_task_progress(0)
        width = self.image.image_width()
        key, page, book = self._key, self.page, self.book

        def work(progress: Progress) -> PreviewPage:
            return preview_page(key, organization, options, setup, page, width, book, progress)

        # A newer request (another page, other choices) makes this one stop and never be shown.
        self.task.start(work, self._on_task_finished, self._on_task_failed)
        self._update_buttons()

    def _on_task_progress(self, percent: int) -> None:
        if self.book is None and self._asked is not None:
            self.image.show_text(
                self.tr("Making the book of %Ln units… {percent}%", "", len(self._asked[0])).format(percent=percent)
            )

    def _on_task_failed(self, failure: Failure) -> None:
        reason = failure.reason if failure.expected else f"the preview could not be drawn: {failure.reason}"
        self.image.show_text(reason)

    def _on_task_finished(self, outcome: PreviewPage) -> None:
        if outcome.key != self._key:
            return  # drawn for choices changed since
        if outcome.image is None or outcome.book is None:
            self.image.show_text(outcome.error or "")
            return
        first = self.book is None
        self.book, self.page = outcome.book, outcome.number
        self.image.show_image(outcome.image)
        self._update_buttons()
        if first:
            locale = QLocale()
            self.described.emit(
                self.tr("{units} {pages}, {charts} of them charts; names at {size} pt.").format(
                    units=self.tr("%Ln units", "", len(self.book.page_of)),
                    pages=self.tr("on %Ln pages", "", self.book.pages),
                    charts=locale.toString(len(self.book.chart_pages)),
                    size=locale.toString(self.book.options.name_size, "f", 1),
                )
            )

    def _on_image_outgrown(self) -> None:
        if self.book is not None:  # the page again, sharper for the larger frame
            self._request()

    def _update_buttons(self) -> None:
        pages = self.book.pages if self.book is not None else 0
        self.previous_button.setEnabled(pages > 0 and self.page > 1)
        self.next_button.setEnabled(pages > 0 and self.page < pages)
        self.print_button.setEnabled(pages > 0)
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=self.page, pages=pages) if pages else "")

    def print_book(self) -> PrintPreview | None:
        """The print preview of the book's pages (the same pages the PDF has), each drawn on a worker
        when it comes into view; Print… in it prints them on a worker."""
        if self.book is None or self._asked is None:
            return None
        from orgexplorer.ui.export_controller import PREVIEW_PAGE_PX
        from orgexplorer.ui.print_preview import PrintPreview

        organization, _, setup = self._asked
        pages = book_print_pages(organization, self.book, setup)
        preview = PrintPreview(pages, pages.draw(0, PREVIEW_PAGE_PX, lambda fraction: None), self)
        preview.setObjectName("bookPrintPreview")
        preview.open()
        return preview

    def stop(self) -> None:
        self.task.cancel()
