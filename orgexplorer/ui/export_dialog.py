"""File > Export chart...: format, paper and content, with a live preview of the first page."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.chart.export import chart_layout
from orgexplorer.chart.export_job import ExportRequest, write_export
from orgexplorer.chart.export_report import ExportError, ExportReport, window_text
from orgexplorer.chart.images import render_image
from orgexplorer.chart.pages import point_decimals, render_first_page
from orgexplorer.chart.paper import PAGE_SIZES, POSTER_SCALES, Fit, Orientation, PageSetup
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartLayout, ChartOptions, Content, Direction, LayoutError
from orgexplorer.model import Organization, Unit
from orgexplorer.model.progress import Progress
from orgexplorer.ui import background
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.book_preview import BookPreview
from orgexplorer.ui.export_controller import ExportJob
from orgexplorer.ui.export_helper import export_chart_aside, needs_helper
from orgexplorer.ui.fitted_image import FittedImage
from orgexplorer.ui.language import chosen_language


@dataclass(frozen=True, slots=True)
class _Format:
    label: str
    suffix: str
    directory: bool = False
    paged: bool = False


FORMATS = (
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "PDF chart (vector, printable)")), ".pdf", paged=True),
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "SVG chart (vector)")), ".svg"),
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "PNG image")), ".png"),
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "Unit directory (PDF)")), ".pdf", directory=True, paged=True),
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "Unit directory (HTML)")), ".html", directory=True),
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "Units for spreadsheets (CSV)")), ".csv", directory=True),
    _Format(str(QT_TRANSLATE_NOOP("ExportDialog", "Units for spreadsheets (Excel workbook)")), ".xlsx", directory=True),
)


class ExportDialog(QDialog):
    """Choose how to export, see the first page, then write the file."""

    def __init__(
        self,
        organization: Organization,
        selected: Unit | None,
        parent: QWidget | None = None,
        language: str | None = None,
        background: Callable[[str, ExportJob], None] | None = None,
    ) -> None:
        """``background`` runs an export job off the GUI thread (the main window's ``start_export``);
        organizations of more than ``background.BACKGROUND_CHART_UNITS`` units are then exported, and
        previewed, there."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export chart"))
        self.organization = organization
        self.selected = selected
        self.language = language
        self.background = background
        self._layout_cache: tuple[ChartOptions, ChartLayout] | None = None
        self._preview_task = BackgroundTask("orgexplorer-preview", self, expected=(LayoutError, ExportError))

        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(QCoreApplication.translate("ExportDialog", fmt.label))
        self.content_box = QComboBox()
        self.content_box.addItems(
            [self.tr("Names"), self.tr("Names and heads"), self.tr("Names, heads and responsibilities")]
        )
        self.content_box.setCurrentIndex(1)
        self.direction_box = QComboBox()
        self.direction_box.addItems([self.tr("Top down"), self.tr("Left to right")])
        self.stacked_box = QCheckBox(self.tr("List leaf subunits in a column"))
        self.subtree_box = QComboBox()
        self.subtree_box.addItem(self.tr("The whole organization"))
        if selected is not None:
            self.subtree_box.addItem(self.tr("{unit} and the units below it").format(unit=selected.name_in(language)))
        self.depth_box = QSpinBox()
        self.depth_box.setRange(0, 99)
        self.depth_box.setSpecialValueText(self.tr("All levels"))
        self.page_box = QComboBox()
        self.page_box.addItems(list(PAGE_SIZES))
        self.page_box.setCurrentText(str(QSettings().value("export/pageSize", "A4")))
        self.orientation_box = QComboBox()
        self.orientation_box.addItems([self.tr("Automatic"), self.tr("Landscape"), self.tr("Portrait")])
        self.fit_box = QComboBox()
        self.fit_box.addItems(
            [self.tr("Fit to one page"), self.tr("Poster: tile across pages"), self.tr("Book: each branch legible")]
        )
        self.scale_box = QDoubleSpinBox()
        self.scale_box.setRange(*POSTER_SCALES)
        self.scale_box.setSingleStep(0.1)
        self.scale_box.setValue(1.0)
        self.scale_box.setSuffix(self.tr(" × (1.0: 9 pt names)"))

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Boxes show:"), self.content_box)
        form.addRow(self.tr("&Direction:"), self.direction_box)
        form.addRow("", self.stacked_box)
        form.addRow(self.tr("&Units:"), self.subtree_box)
        form.addRow(self.tr("&Levels:"), self.depth_box)
        form.addRow(self.tr("&Paper:"), self.page_box)
        form.addRow(self.tr("&Orientation:"), self.orientation_box)
        form.addRow(self.tr("Pa&ges:"), self.fit_box)
        # The scale of the chart, on a poster's pages and in a book's alike (its tip says which)
        self.scale_label = QLabel(self.tr("Chart &scale:"))
        self.scale_label.setBuddy(self.scale_box)
        form.addRow(self.scale_label, self.scale_box)

        self.preview = FittedImage()
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.info = QLabel()
        self.info.setObjectName("exportInfo")
        self.info.setWordWrap(True)

        self.book_preview = BookPreview()  # the pages of a book, in place of the first page
        self.book_preview.described.connect(self.info.setText)
        # One of the two in the same place: showing one and hiding the other never has both asking
        # for room at once (which grew the dialog for good)
        self.previews = QStackedWidget()
        self.previews.addWidget(self.preview)
        self.previews.addWidget(self.book_preview)
        right = QVBoxLayout()
        right.addWidget(self.previews, 1)
        right.addWidget(self.info)
        body = QHBoxLayout()
        body.addLayout(form)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.update_preview)
        for box in (self.format_box, self.content_box, self.direction_box, self.subtree_box, self.page_box,
                    self.orientation_box, self.fit_box):  # fmt: skip
            box.currentIndexChanged.connect(self._timer.start)
        self.stacked_box.toggled.connect(self._timer.start)
        self.depth_box.valueChanged.connect(self._timer.start)
        self.scale_box.valueChanged.connect(self._timer.start)
        self.preview.outgrown.connect(self._timer.start)  # the dialog grew: a sharper picture for it
        self.update_preview()

    # --- what is chosen ---

    def chosen_format(self) -> _Format:
        return FORMATS[self.format_box.currentIndex()]

    def root(self) -> str | None:
        return self.selected.id if self.selected is not None and self.subtree_box.currentIndex() == 1 else None

    def options(self) -> ChartOptions:
        return ChartOptions(
            content=(Content.NAMES, Content.HEADS, Content.FULL)[self.content_box.currentIndex()],
            direction=(Direction.DOWN, Direction.RIGHT)[self.direction_box.currentIndex()],
            stacked=self.stacked_box.isChecked(),
            root=self.root(),
            depth=self.depth_box.value() or None,
            language=self.language,
        )

    def setup(self) -> PageSetup:
        return PageSetup(
            page_size=self.page_box.currentText(),
            orientation=(Orientation.AUTO, Orientation.LANDSCAPE, Orientation.PORTRAIT)[
                self.orientation_box.currentIndex()
            ],
            fit=(Fit.PAGE, Fit.POSTER, Fit.BOOK)[self.fit_box.currentIndex()],
            poster_scale=self.scale_box.value(),
        )

    def chart(self) -> ChartLayout:
        options = self.options()
        if self._layout_cache is None or self._layout_cache[0] != options:
            self._layout_cache = (options, chart_layout(self.organization, options))
        return self._layout_cache[1]

    # --- preview and export ---

    def update_preview(self) -> None:
        fmt = self.chosen_format()
        chart_controls = not fmt.directory
        for widget in (self.content_box, self.direction_box, self.stacked_box, self.depth_box):
            widget.setEnabled(chart_controls)
        for widget in (self.page_box, self.orientation_box):
            widget.setEnabled(fmt.paged)
        self.fit_box.setEnabled(fmt.paged and chart_controls)
        self.scale_box.setEnabled(fmt.paged and chart_controls and self.fit_box.currentIndex() > 0)
        self.scale_box.setToolTip(self._scale_tip())
        book = fmt.paged and chart_controls and self.setup().fit is Fit.BOOK
        self.direction_box.setEnabled(chart_controls and not book)  # a book's charts are top-down,
        self.stacked_box.setEnabled(chart_controls and not book)  # with leaves in columns
        self.previews.setCurrentWidget(self.book_preview if book else self.preview)
        if book:
            self._preview_task.cancel()  # a first page still being drawn is not needed
            self.info.setText("")
            self.book_preview.show_book(self.organization, self.options(), self.setup())
            return
        self.book_preview.stop()
        if fmt.directory:
            self.preview.show_text(
                self.tr("The unit directory: every unit with its head, responsibilities and relations.")
            )
            # Said before writing, as export says after: what a CSV of the units cannot keep.
            if fmt.suffix == ".csv":
                note = self.tr(
                    "A CSV holds the units, one row each, for spreadsheets: it has no place for what the file says "
                    "of the whole organization, so its name, source and glossary are not kept."
                )
            elif fmt.suffix == ".xlsx":
                note = self.tr(
                    "The workbook holds the units, one row each, and on a second sheet the organization's name, "
                    "source and glossary: importing it gives the whole organization back."
                )
            else:
                note = ""
            self.info.setText(note)
            return
        options, setup, width = self.options(), self.setup(), self.preview.image_width()
        cached = self._layout_cache[1] if self._layout_cache and self._layout_cache[0] == options else None
        inline = not self._in_background()
        if not inline:
            self.preview.show_text(self.tr("Drawing the preview of %Ln units…", "", len(self.organization)))
            self.info.setText("")

        def work(progress: Progress) -> tuple[ChartLayout, QImage, ExportReport]:
            layout = cached or chart_layout(self.organization, options, progress)
            return (layout, *self._render_preview(fmt, layout, setup, width, progress))

        def show(made: tuple[ChartLayout, QImage, ExportReport]) -> None:
            self._layout_cache = (options, made[0])  # the export uses it: no second layout
            self._show_preview(*made)

        # A newer request (the options changed) makes the one on its way stop and never be shown.
        self._preview_task.start(work, show, self._on_preview_failed, inline=inline)

    def _scale_tip(self) -> str:
        """What the scale does with the pages chosen."""
        fit = self.setup().fit
        if fit is Fit.POSTER:
            return self.tr("How large the chart is drawn, tiled across as many pages as it needs.")
        if fit is Fit.BOOK:
            return self.tr("How large each branch's chart is drawn on the book's pages (never under 7 pt text).")
        return self.tr("Fit to one page scales the chart to the page.")

    def _in_background(self) -> bool:
        return self.background is not None and len(self.organization) > background.BACKGROUND_CHART_UNITS

    def _render_preview(
        self, fmt: _Format, layout: ChartLayout, setup: PageSetup, width: int, progress: Progress | None = None
    ) -> tuple[QImage, ExportReport]:
        """The preview image: the first page, or the whole sheet small (any thread: no widget is read)."""
        text = SheetText.of(self.organization, layout)
        if fmt.paged:
            return render_first_page(layout, text, setup, width, progress)
        return render_image(layout, text, 72.0, progress), ExportReport("")

    def _show_preview(self, layout: ChartLayout, image: QImage, report: ExportReport) -> None:
        self.preview.show_image(image)
        self.info.setText(self._describe(layout, report))

    def _on_preview_failed(self, failure: Failure) -> None:
        reason = failure.reason if failure.expected else f"the preview could not be drawn: {failure.reason}"
        self.preview.show_text(reason)

    def _describe(self, layout: ChartLayout, report: ExportReport) -> str:
        locale = QLocale()
        parts = [self.tr("%Ln units", "", len(layout.boxes))]
        if report.pages:
            parts.append(self.tr("%Ln pages", "", report.pages))
            name_size = layout.options.name_size * report.scale
            size = locale.toString(name_size, "f", point_decimals(name_size))
            parts.append(self.tr("names at {size} pt").format(size=size))
        text = ", ".join(parts) + "."
        for warning in report.warnings:
            text += (
                '<br><span style="color:#a02020">'
                + self.tr("Warning: {warning}.").format(warning=window_text(warning))
                + "</span>"
            )
        return text

    def export_to(self, path: str) -> ExportReport:
        """Write the export to ``path`` now (raises ExportError with a message for the user)."""
        report = self._job(path, with_layout=True)(None)
        self._remember(path)
        return report

    def start_export(self, path: str) -> ExportReport | None:
        """Export to ``path``: at once for a small organization (its report), on the window's worker
        thread for a large one (None; the window tells how it ended)."""
        if not self._in_background():
            return self.export_to(path)
        assert self.background is not None
        self._preview_task.cancel()  # a preview still being drawn is not needed any more
        self._remember(path)
        self.background(path, self._job(path, with_layout=False))
        return None

    def request(self, path: str, with_layout: bool = False) -> ExportRequest:
        """The export as chosen now; the layout of the preview goes with it when it is the one asked
        for (``with_layout``: made here when it is not)."""
        fmt, options = self.chosen_format(), self.options()
        layout = None
        if not fmt.directory:
            known = self._layout_cache[1] if self._layout_cache and self._layout_cache[0] == options else None
            layout = self.chart() if with_layout else known
        return ExportRequest(self.organization, path, options, self.setup(), fmt.directory, layout)

    def _job(self, path: str, with_layout: bool) -> Callable[[Progress | None], ExportReport]:
        """The export as a job to run here or on the window's worker: one call into the chart layer, or
        for a large PDF or SVG on the worker, into the helper process that runs the same export."""
        request = self.request(path, with_layout)
        if not with_layout and not request.directory and needs_helper(self.organization, path):
            organization, language = self.organization, chosen_language()
            return lambda progress: export_chart_aside(
                organization, path, request.options, request.setup, language=language, progress=progress
            )
        return functools.partial(write_export, request)

    def _remember(self, path: str) -> None:
        QSettings().setValue("export/pageSize", self.page_box.currentText())
        QSettings().setValue("export/folder", str(Path(path).parent))

    def done(self, result: int) -> None:
        self.book_preview.stop()
        super().done(result)

    def _on_buttons_accepted(self) -> None:
        fmt = self.chosen_format()
        folder = str(QSettings().value("export/folder", str(Path.home())))
        stem = "unit-directory" if fmt.directory else "chart"
        if self.root():
            stem += f"-{self.root()}"
        suggested = str(Path(folder) / f"{stem}{fmt.suffix}")
        label = QCoreApplication.translate("ExportDialog", fmt.label)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, f"{label} (*{fmt.suffix})")
        if not path:
            return
        if not path.lower().endswith(fmt.suffix):
            path += fmt.suffix
        try:
            report = self.start_export(path)
        except (ExportError, LayoutError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        if report is not None and report.warnings:
            QMessageBox.information(
                self, self.tr("Exported with warnings"), "\n".join(map(window_text, report.warnings))
            )
        self.accept()
