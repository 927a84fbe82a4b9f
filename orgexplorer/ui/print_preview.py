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
    QCoreApplication,
    QLocale,
    QPoint,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.chart.export_report import ExportError, ExportReport, window_text
from orgexplorer.chart.pages import paint_pages, point_decimals, render_page
from orgexplorer.chart.paper import POSTER_SCALES, Fit, PageSetup, configure_pages
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartLayout, LayoutError
from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.export_helper import print_chart_aside, prints_aside
from orgexplorer.ui.language import chosen_language
from orgexplorer.ui.preview_pages import PagesModel, PagesView

MIN_PAGE_PX, MAX_PAGE_PX = 160, 1400
FITS = (Fit.PAGE, Fit.POSTER, Fit.BOOK)  # in the order the choice of pages offers them
SCALE_KEY = "export/scale"  # the chart scale last chosen, for a poster or a book, in either dialog


def remembered_scale() -> float:
    """The chart scale the user last chose (export dialog or print preview); 1.0 (9 pt names) before."""
    try:
        scale = float(QSettings().value(SCALE_KEY, 1.0))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return min(max(scale, POSTER_SCALES[0]), POSTER_SCALES[1])


def remember_scale(scale: float) -> None:
    QSettings().setValue(SCALE_KEY, scale)


@dataclass(frozen=True, slots=True)
class PrintPages:
    """What a print preview shows and prints: its pages as functions any thread may call.

    ``draw(page, width, progress)`` draws page ``page`` (0-based) as an image ``width`` pixels wide;
    ``paint(printer, progress)`` paints every page on a printer set up by ``set_up`` and says how it
    went; ``name`` is the document's name in print queues; ``warnings``: what the pages' planning
    warns of (text too small to read), said above the pages as the export dialog says it (in the
    window's words: ``window_text``); ``name_pt``: how large unit names are on paper, where known.
    """

    count: int
    name: str
    draw: Callable[[int, int, Progress], QImage]
    paint: Callable[[QPrinter, Progress], ExportReport]
    set_up: Callable[[QPrinter], None]
    warnings: tuple[str, ...] = ()
    name_pt: float | None = None


#: Plans the pages of a choice of pages and scale, and draws the first (any thread).
Plan = Callable[[PageSetup, Progress], tuple[PrintPages, QImage]]


def chart_pages(
    organization: Organization,
    layout: ChartLayout,
    setup: PageSetup,
    count: int,
    warnings: Sequence[str] = (),
    scale: float | None = None,
) -> PrintPages:
    """The pages of a chart laid out as ``layout``, on paper as ``setup`` says (``count`` of them, and
    the ``warnings`` and ``scale`` drawing the first gave). A large chart is printed by a helper
    process (``export_helper.prints_aside``)."""
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
    name_pt = None if scale is None else layout.options.name_size * scale
    return PrintPages(max(1, count), name, draw, paint, lambda printer: configure_pages(printer, layout, setup),
                      tuple(warnings), name_pt)  # fmt: skip


class PrintPreview(QDialog):
    """The pages as they will print; Print… sends them to a printer. ``first`` is page 1, drawn
    already by whoever opened this (its proportions are every page's). Given the ``setup`` the pages
    were planned for and a ``plan`` of others, the export dialog's choices are offered here too: one
    page, a poster or a book, and the chart's scale for a poster or a book (the export dialog's, "1.0:
    9 pt names"); the pages chosen are planned on a worker and take the place of these.

    Signals:
        pages_changed(): the pages of another choice are shown (their first page drawn).
    """

    pages_changed = Signal()

    def __init__(
        self,
        pages: PrintPages,
        first: QImage,
        parent: QWidget | None = None,
        setup: PageSetup | None = None,
        plan: Plan | None = None,
        book: bool = True,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self.setup = setup
        self._plan = plan if setup is not None else None
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
        self._planner = BackgroundTask("orgexplorer-print-plan", self, expected=(LayoutError, ExportError))
        self._scale_timer = QTimer(self)  # the spin box's steps settle before pages are planned
        self._scale_timer.setSingleShot(True)
        self._scale_timer.setInterval(300)
        self._scale_timer.timeout.connect(self._on_choice_changed)
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
        self.summary = QLabel()
        self.summary.setObjectName("printSummary")
        choosing = self._plan is not None
        self.fit_box = QComboBox()
        self.fit_box.setObjectName("printFit")
        self.fit_box.addItems(
            [self.tr("Fit to one page"), self.tr("Poster: tile across pages"), self.tr("Book: each branch legible")]
        )
        self.fit_box.setVisible(choosing)
        if not self._book:  # offered, greyed, and saying why
            choices = self.fit_box.model()
            assert isinstance(choices, QStandardItemModel)  # a QComboBox's own
            item = choices.item(FITS.index(Fit.BOOK))
            item.setEnabled(False)
            item.setToolTip(self.tr("A chart book does not mark the changes of compare mode yet"))
        fit_label = QLabel(self.tr("Pa&ges:"))
        fit_label.setBuddy(self.fit_box)
        fit_label.setVisible(choosing)
        self.scale_box = QDoubleSpinBox()  # as in the export dialog: the same range, steps and meaning
        self.scale_box.setObjectName("printScale")
        self.scale_box.setRange(*POSTER_SCALES)
        self.scale_box.setSingleStep(0.1)
        self.scale_box.setDecimals(2)
        self.scale_box.setSuffix(self.tr(" × (1.0: 9 pt names)"))
        self.scale_box.setVisible(choosing)
        scale_label = QLabel(self.tr("Chart &scale:"))
        scale_label.setBuddy(self.scale_box)
        scale_label.setVisible(choosing)
        if self.setup is not None:
            self.fit_box.setCurrentIndex(FITS.index(self.setup.fit))
            self.scale_box.setValue(self.setup.poster_scale)
        self._update_scale_box()
        self.fit_box.currentIndexChanged.connect(lambda _index: self._on_choice_changed())
        self.scale_box.valueChanged.connect(lambda _value: self._scale_timer.start())  # (not as the interval)
        self.warning = QLabel()
        self.warning.setObjectName("printWarning")
        self.warning.setStyleSheet("color: #a02020;")
        self.warning.setWordWrap(True)
        self._describe()
        zoom_out, zoom_in = QPushButton(self.tr("Smaller")), QPushButton(self.tr("Larger"))
        zoom_out.setToolTip(self.tr("Show the pages smaller on the screen (the print stays as it is)"))
        zoom_in.setToolTip(self.tr("Show the pages larger on the screen (the print stays as it is)"))
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
        # Two rows: what is printed, then what is shown (a single row made the dialog 950 px wide)
        chosen, bar = QHBoxLayout(), QHBoxLayout()
        for control in (fit_label, self.fit_box, scale_label, self.scale_box):
            chosen.addWidget(control)
        chosen.addStretch(1)
        for shown in (self.summary, zoom_out, zoom_in):
            bar.addWidget(shown)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        outer = QVBoxLayout(self)
        outer.addLayout(chosen)  # (its widgets hidden where nothing is offered)
        outer.addLayout(bar)
        outer.addWidget(self.warning)
        outer.addWidget(self.view, 1)
        outer.addWidget(self.buttons)

    def _describe(self) -> None:
        """The summary and the warnings of the pages shown."""
        pages = self.print_pages
        text = self.tr("%Ln pages", "", pages.count)
        if pages.name_pt is not None:
            size = QLocale().toString(pages.name_pt, "f", point_decimals(pages.name_pt))
            text += ", " + self.tr("names at {size} pt").format(size=size)
        self.summary.setText(text)
        self.warning.setText(
            "<br>".join(self.tr("Warning: {warning}.").format(warning=window_text(w)) for w in pages.warnings)
        )
        self.warning.setVisible(bool(pages.warnings))

    def _update_scale_box(self) -> None:
        fit = FITS[self.fit_box.currentIndex()]
        self.scale_box.setEnabled(fit is not Fit.PAGE)
        if fit is Fit.POSTER:
            tip = self.tr("How large the chart is drawn, tiled across as many pages as it needs.")
        elif fit is Fit.BOOK:
            tip = self.tr("How large each branch's chart is drawn on the book's pages (never under 7 pt text).")
        else:
            tip = self.tr("Fit to one page scales the chart to the page.")
        self.scale_box.setToolTip(tip)

    def chosen_setup(self) -> PageSetup | None:
        """The pages chosen in the preview's controls (None where it offers no choice)."""
        if self.setup is None:
            return None
        return replace(self.setup, fit=FITS[self.fit_box.currentIndex()], poster_scale=self.scale_box.value())

    def _on_choice_changed(self) -> None:
        self._scale_timer.stop()
        self._update_scale_box()
        asked, plan = self.chosen_setup(), self._plan
        if asked is None or plan is None:
            return
        if asked.fit is not Fit.PAGE:
            remember_scale(asked.poster_scale)
        if asked == self.setup and not self._planner.running:
            return
        self._render.cancel()  # pages of the old choice are not wanted any more
        self._rendering = None
        self.print_button.setEnabled(False)
        self.summary.setText(self.tr("Planning the pages…"))

        def work(progress: Progress) -> tuple[PrintPages, QImage]:
            return plan(asked, progress)

        self._planner.start(work, lambda made: self._on_planned(asked, *made), self._on_plan_failed)

    def _on_planned(self, setup: PageSetup, pages: PrintPages, first: QImage) -> None:
        """The pages of another choice take the place of these, at the width the pages are shown."""
        self.setup, self.print_pages, self.pages = setup, pages, pages.count
        self._printer = None  # set up again for these pages (their orientation may differ)
        self._aspect = first.height() / max(1, first.width())
        self.model.set_pages(self.pages, self._page_size())
        if first.width() == self._width:
            self.model.set_image(0, first)
        self._apply_size()
        self.view.scrollToTop()
        self._describe()
        self.print_button.setEnabled(not self._print.running)
        self._timer.start()
        self.pages_changed.emit()

    def _on_plan_failed(self, failure: Failure) -> None:
        self.print_button.setEnabled(not self._print.running)
        self.summary.setText(self.tr("The pages could not be planned: {reason}").format(reason=failure.reason))

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
        self._planner.cancel()
        if self._print.running:  # Close while printing: stop, and wait for the printer to be let go
            self._print.cancel()
            self._print.wait(30)
        self.model.forget()
        super().reject()
