"""File > Print…: the pages as they will print, each drawn on a worker when it comes into view, and
printing itself on a worker with progress and Cancel (a large chart's in a helper process).

Qt's QPrintPreviewDialog asks for every page at once and records them on the GUI thread: a poster of
100,000 units (thousands of pages) would stop the window for many seconds and hold every page in
memory. Here the GUI thread only places page images that workers drew, for the pages in view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.chart.export_report import ExportError, ExportReport
from orgexplorer.chart.pages import paint_pages, render_page
from orgexplorer.chart.paper import Fit, PageSetup, configure_pages
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartLayout, LayoutError
from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.export_helper import print_chart_aside, prints_aside
from orgexplorer.ui.language import chosen_language

_Index = QModelIndex | QPersistentModelIndex
MIN_PAGE_PX, MAX_PAGE_PX = 160, 1400
FITS = (Fit.PAGE, Fit.POSTER, Fit.BOOK)  # in the order the choice of pages offers them
PAGE_GAP = 8  # pixels around a page in the preview
KEEP_PAGES = 24  # page images kept; others are drawn again when they come back into view


class PagesView(QListView):
    """The pages in rows, each row centred in the view (a single page stands in the middle, not at the
    left): the grid's cells share the view's width, and each page is drawn in the middle of its cell."""

    def __init__(self) -> None:
        super().__init__()
        self.page_size = QSize()
        self.setItemDelegate(_PageDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.centre()

    def set_page_size(self, size: QSize) -> None:
        self.page_size = size
        self.setIconSize(size)
        self.centre()

    def centre(self) -> None:
        """Cells as wide as the view's width shared by the pages a row holds (after a resize, a zoom)."""
        model, page = self.model(), self.page_size
        if model is None or page.isEmpty():
            return
        # the width the viewport has with a scroll bar beside it: a cell no wider, or the bar coming
        # would wrap the row (and a row taller than the view brings the bar)
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width() - 2
        cell = page.width() + 2 * PAGE_GAP
        columns = max(1, min(model.rowCount(), room // cell))
        grid = QSize(max(cell, room // columns), page.height() + 2 * PAGE_GAP)
        if grid != self.gridSize():
            self.setGridSize(grid)
            self.doItemsLayout()  # the items' size (cached: uniform sizes) is the new cell's


class _PageDelegate(QStyledItemDelegate):
    """A page's picture in the middle of its cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        picture = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(picture, QPixmap):
            return
        size = picture.deviceIndependentSize().toSize()
        rect = option.rect
        painter.drawPixmap(rect.left() + (rect.width() - size.width()) // 2, rect.top() + PAGE_GAP, picture)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        view = self.parent()
        assert isinstance(view, PagesView)
        return view.gridSize()  # the whole cell: the page is drawn in its middle


class PagesModel(QAbstractListModel):
    """One row per page: its image once drawn (a blank page until then), its number as a tooltip
    (the page's own footer says "page X of Y")."""

    def __init__(self, pages: int, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._images: dict[int, QPixmap] = {}
        self.set_page_size(size)

    def set_page_size(self, size: QSize) -> None:
        self.beginResetModel()
        self.size = size
        self._images.clear()
        self._blank = QPixmap(size)
        self._blank.fill(QColor("white"))
        self.endResetModel()

    def forget(self) -> None:
        """Let go of the page images (the preview was closed)."""
        self.set_page_size(self.size)

    def has_image(self, page: int) -> bool:
        return page in self._images

    def set_image(self, page: int, image: QImage) -> None:
        if len(self._images) >= KEEP_PAGES:
            self._images.pop(next(iter(self._images)))  # the oldest drawn
        self._images[page] = QPixmap.fromImage(image)
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._pages

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._pages:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Page {page} of {pages}").format(page=index.row() + 1, pages=self._pages)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._images.get(index.row(), self._blank)
        return None


@dataclass(frozen=True, slots=True)
class PrintPages:
    """What a print preview shows and prints: its pages as functions any thread may call.

    ``draw(page, width, progress)`` draws page ``page`` (0-based) as an image ``width`` pixels wide;
    ``paint(printer, progress)`` paints every page on a printer set up by ``set_up`` and says how it
    went; ``name`` is the document's name in print queues; ``warnings``: what the pages' planning
    warns of (text too small to read), said above the pages as the export dialog says it.
    """

    count: int
    name: str
    draw: Callable[[int, int, Progress], QImage]
    paint: Callable[[QPrinter, Progress], ExportReport]
    set_up: Callable[[QPrinter], None]
    warnings: tuple[str, ...] = ()


def chart_pages(
    organization: Organization, layout: ChartLayout, setup: PageSetup, count: int, warnings: Sequence[str] = ()
) -> PrintPages:
    """The pages of a chart laid out as ``layout``, on paper as ``setup`` says (``count`` of them, and
    the ``warnings`` drawing the first gave). A large chart is printed by a helper process
    (``export_helper.prints_aside``)."""
    text = SheetText.of(organization, layout)
    aside, language = prints_aside(organization, layout), chosen_language()

    def draw(page: int, width: int, progress: Progress) -> QImage:
        return render_page(layout, text, setup, width, page, progress)[0]

    def paint(printer: QPrinter, progress: Progress) -> ExportReport:
        if aside:
            printed = print_chart_aside(organization, layout, setup, printer, language, progress)
            if printed is not None:
                return printed
        report = ExportReport(printer.outputFileName())
        paint_pages(printer, layout, text, setup, report, progress)
        return report

    name = QCoreApplication.translate("PrintPreview", "{title}: organizational chart").format(title=organization.title)
    return PrintPages(max(1, count), name, draw, paint, lambda printer: configure_pages(printer, layout, setup),
                      tuple(warnings))  # fmt: skip


class PrintPreview(QDialog):
    """The pages as they will print; Print… sends them to a printer. ``first`` is page 1, drawn
    already by whoever opened this (its proportions are every page's). With the ``setup`` the pages
    were planned for, the choice of pages the export dialog offers (one page, a poster, a book) is
    offered here too: another choice is asked for with ``pages_asked`` (a PageSetup), and whoever
    opened this plans those pages and opens their preview.

    Signals:
        pages_asked(object): the PageSetup of the pages chosen instead.
    """

    pages_asked = Signal(object)

    def __init__(
        self, pages: PrintPages, first: QImage, parent: QWidget | None = None, setup: PageSetup | None = None
    ) -> None:
        super().__init__(parent)
        self.setup = setup
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview"))
        self.print_pages = pages
        self.pages = pages.count
        self._aspect = first.height() / max(1, first.width())
        self._width = first.width()
        self.model = PagesModel(self.pages, self._page_size(), self)
        self.model.set_image(0, first)
        self._render = BackgroundTask("orgexplorer-print-preview", self, expected=(LayoutError, ExportError))
        self._rendering: int | None = None
        self._print = BackgroundTask("orgexplorer-print", self, expected=(LayoutError, ExportError))
        self._printer: QPrinter | None = None
        self._create_widgets()
        self._timer = QTimer(self)  # scrolling settles before pages are asked for
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._draw_next)
        self.view.verticalScrollBar().valueChanged.connect(self._timer.start)
        self.resize(900, 720)

    def _create_widgets(self) -> None:
        self.view = PagesView()
        self.view.setObjectName("printPages")
        self.view.setAccessibleName(self.tr("Pages as they will print"))
        # A list flowing left to right and wrapping, every item the same size: laying out a poster's
        # tens of thousands of pages asks the model about one of them, not each (as IconMode would).
        self.view.setViewMode(QListView.ViewMode.ListMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setStyleSheet("QListView { background: #8a96a3; }")
        self.view.setModel(self.model)
        self._apply_size()
        self.summary = QLabel(self.tr("%Ln pages", "", self.pages))
        self.summary.setObjectName("printSummary")
        self.fit_box = QComboBox()
        self.fit_box.setObjectName("printFit")
        self.fit_box.addItems(
            [self.tr("Fit to one page"), self.tr("Poster: tile across pages"), self.tr("Book: each branch legible")]
        )
        self.fit_box.setVisible(self.setup is not None)
        if self.setup is not None:
            self.fit_box.setCurrentIndex(FITS.index(self.setup.fit))
        self.fit_box.currentIndexChanged.connect(self._on_fit_chosen)
        fit_label = QLabel(self.tr("Pa&ges:"))
        fit_label.setBuddy(self.fit_box)
        fit_label.setVisible(self.setup is not None)
        self.warning = QLabel(
            "<br>".join(self.tr("Warning: {warning}.").format(warning=w) for w in self.print_pages.warnings)
        )
        self.warning.setObjectName("printWarning")
        self.warning.setStyleSheet("color: #a02020;")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(self.print_pages.warnings))
        zoom_out, zoom_in = QPushButton(self.tr("Smaller")), QPushButton(self.tr("Larger"))
        zoom_out.clicked.connect(lambda: self.set_page_width(round(self._width / 1.25)))
        zoom_in.clicked.connect(lambda: self.set_page_width(round(self._width * 1.25)))
        self.progress = QProgressBar()
        self.progress.setObjectName("printProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self._print.progress.connect(self.progress.setValue)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (fit_label, self.fit_box, self.summary, zoom_out, zoom_in):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addWidget(self.warning)
        outer.addWidget(self.view, 1)
        outer.addWidget(self.buttons)

    def _on_fit_chosen(self, index: int) -> None:
        if self.setup is not None and FITS[index] is not self.setup.fit:
            self.pages_asked.emit(replace(self.setup, fit=FITS[index]))

    # --- pages in view, each drawn on a worker ---

    def _page_size(self) -> QSize:
        return QSize(self._width, round(self._width * self._aspect))

    def _apply_size(self) -> None:
        size = self.model.size
        self.view.set_page_size(size)

    def set_page_width(self, width: int) -> None:
        """Show the pages ``width`` pixels wide (drawn again at that size as they come into view)."""
        width = max(MIN_PAGE_PX, min(MAX_PAGE_PX, width))
        if width == self._width:
            return
        self._width = width
        self._render.cancel()  # a page being drawn at the old size is not wanted
        self._rendering = None
        self.model.set_page_size(self._page_size())
        self._apply_size()
        self._timer.start()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._timer.start()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._timer.start()

    def pages_in_view(self) -> list[int]:
        """The pages the view shows now, first to last (sampled on the grid: as many asks as fit)."""
        viewport, grid = self.view.viewport().rect(), self.view.gridSize()
        step_x, step_y = max(8, grid.width() // 2), max(8, grid.height() // 2)
        shown = set()
        for y in range(viewport.top() + 4, viewport.bottom() + step_y, step_y):
            for x in range(viewport.left() + 4, viewport.right() + step_x, step_x):
                index = self.view.indexAt(QPoint(min(x, viewport.right()), min(y, viewport.bottom())))
                if index.isValid():
                    shown.add(index.row())
        return sorted(shown)

    def drawn_in_view(self) -> bool:
        """Whether every page in view is drawn (the preview has settled)."""
        return all(self.model.has_image(page) for page in self.pages_in_view())

    def _draw_next(self) -> None:
        """Draw the first page in view not drawn yet; one at a time, the next when it is done."""
        if self._rendering is not None:
            return
        missing = [page for page in self.pages_in_view() if not self.model.has_image(page)]
        if not missing:
            return
        page, width, draw = missing[0], self._width, self.print_pages.draw

        def work(progress: Progress) -> QImage:
            return draw(page, width, progress)

        self._rendering = page
        self._render.start(work, lambda image: self._on_page_drawn(page, image), self._on_page_failed)

    def _on_page_drawn(self, page: int, image: QImage) -> None:
        self._rendering = None
        self.model.set_image(page, image)
        self._draw_next()

    def _on_page_failed(self, failure: Failure) -> None:
        self._rendering = None
        self.summary.setText(self.tr("The page could not be drawn: {reason}").format(reason=failure.reason))

    # --- printing ---

    def printer(self) -> QPrinter:
        """The printer Print… asks about and prints on (made once, set up for these pages)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName(self.print_pages.name)
            self.print_pages.set_up(self._printer)
        return self._printer

    def _on_print_button_clicked(self) -> None:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        # WORKAROUND: PySide6 binds QPrintDialog.open only as open(receiver, member); QDialog's open()
        # (window-modal, returns at once) is the one wanted here.
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page on ``printer`` on a worker, with progress; Cancel (Close) stops it."""
        paint = self.print_pages.paint

        def work(progress: Progress) -> ExportReport:
            return paint(printer, progress)

        self.print_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Printing…"))
        self._print.start(work, self._on_printed, self._on_print_failed, self._on_print_cancelled)

    @property
    def printing(self) -> bool:
        return self._print.running

    def _on_printed(self, report: ExportReport) -> None:
        self._print_ended(self.tr("Printed %Ln pages.", "", report.pages))

    def _on_print_failed(self, failure: Failure) -> None:
        self._print_ended(self.tr("Printing failed: {reason}").format(reason=failure.reason))

    def _on_print_cancelled(self) -> None:
        self._print_ended(self.tr("Printing was cancelled."))

    def _print_ended(self, message: str) -> None:
        self.progress.hide()
        self.print_button.setEnabled(True)
        self.summary.setText(message)

    def reject(self) -> None:
        self._render.cancel()
        if self._print.running:  # Close while printing: stop, and wait for the printer to be let go
            self._print.cancel()
            self._print.wait(30)
        self.model.forget()
        super().reject()
