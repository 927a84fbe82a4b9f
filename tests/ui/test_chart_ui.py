"""The chart in the window, the export dialog and printing, with real widgets."""

from __future__ import annotations

import csv
import gc

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressBar, QToolButton

from orgexplorer.chart.export_report import ExportReport
from orgexplorer.chart.pages import paint_pages
from orgexplorer.chart.paper import Fit, PageSetup
from orgexplorer.chart.sheet import SheetText
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.tree_model import UnitIdRole
from tests.conftest import BUNDLED


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_file(BUNDLED)
    window.show_chart_action.trigger()
    return window


def box_point(window, unit_id):
    view = window.chart_view
    box = view.chart_layout.box_of(window.organization.by_id(unit_id).index)
    x, y = box.center
    view.ensureVisible(box.x, box.y, box.width, box.height)
    return view.mapFromScene(x, y)


def test_chart_tab_lays_out_the_whole_sector(window):
    layout = window.chart_view.chart_layout
    assert layout is not None and len(layout.boxes) == 9


def test_clicking_a_box_selects_the_unit(window, qtbot):
    point = box_point(window, "project-management-office")
    with qtbot.waitSignal(window.unit_selected):
        qtbot.mouseClick(window.chart_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.unit_tree.currentIndex().data(UnitIdRole) == "project-management-office"


def test_dragging_pans_instead_of_selecting(window, qtbot):
    window.chart_view.set_zoom(3.0)
    before = window.unit_tree.currentIndex().data(UnitIdRole)
    viewport = window.chart_view.viewport()
    point = box_point(window, "verification-centre")
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseMove(viewport, point + QPoint(60, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point + QPoint(60, 40))
    assert window.unit_tree.currentIndex().data(UnitIdRole) == before


def test_tree_selection_highlights_the_box_and_its_chain(window):
    organization = window.organization
    window.select_unit(organization.by_id("verification-centre").index)
    item = window.chart_view._item
    assert item.selected == organization.by_id("verification-centre").index
    assert set(item.emphasised) == {
        organization.by_id(i).index
        for i in ("defence-policy-sector", "international-military-cooperation-department", "verification-centre")
    }
    image = window.chart_view.grab().toImage()
    golden = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#ffe680"
    )
    assert golden > 20  # the selected box is painted in the highlight colour


def test_zoom_and_fit(window, qtbot):
    view = window.chart_view
    view.fit()
    fitted = view.zoom()
    window.zoom_in_action.trigger()
    assert view.zoom() == pytest.approx(fitted * 1.25)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted)
    window.fit_action.trigger()
    assert view.zoom() == pytest.approx(fitted)


def test_export_dialog_preview_and_export(window, qtbot, tmp_path):
    window.select_unit(window.organization.by_id("international-military-cooperation-department").index)
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.preview.pixmap().isNull()
    assert dialog.info.text().startswith("9 units, 1 page")
    dialog.subtree_box.setCurrentIndex(1)
    dialog.fit_box.setCurrentIndex(1)
    dialog.update_preview()
    assert dialog.info.text().startswith("3 units")
    report = dialog.export_to(str(tmp_path / "imc.pdf"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(tmp_path / "imc.pdf")).pages)
    assert report.pages >= 1 and "Verification Centre" in text and "Strategic Planning" not in text
    dialog.format_box.setCurrentIndex(5)  # CSV
    dialog.update_preview()
    assert not dialog.content_box.isEnabled()
    dialog.export_to(str(tmp_path / "units.csv"))
    with (tmp_path / "units.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert len(list(csv.reader(stream))) == 4  # the header and 3 units (cells hold lines)
    dialog.reject()


def test_print_preview_and_printing_to_pdf(window, qtbot, tmp_path):
    preview = window.print_chart(PageSetup(fit=Fit.POSTER, poster_scale=3.0))
    qtbot.addWidget(preview)
    assert preview.isVisible()
    gc.collect()  # the preview draws after print_chart returned (on main, its printer was gone: a crash)
    qtbot.waitUntil(preview.drawn_in_view)
    assert preview.pages > 1  # the poster's pages
    qtbot.wait(100)
    assert preview.isVisible()
    preview.reject()
    # The printer path is the PDF path: the same pages through QPrinter.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    layout = window.chart_view.chart_layout
    paint_pages(printer, layout, SheetText.of(window.organization, layout), PageSetup(), ExportReport(""))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(tmp_path / "printed.pdf")).pages)
    assert "Defence Policy Sector" in text


@pytest.fixture
def large(monkeypatch):
    """The sector treated as a large organization: previewed and exported on worker threads."""
    from orgexplorer.ui import background

    monkeypatch.setattr(background, "BACKGROUND_CHART_UNITS", 0)


def test_large_organization_is_previewed_and_exported_off_the_gui_thread(window, qtbot, tmp_path, large):
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.preview.pixmap().isNull() and "Drawing the preview of 9 units" in dialog.preview.text()
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=10_000)
    assert dialog.info.text().startswith("9 units, 1 page")
    target = tmp_path / "chart.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=20_000) as finished:
        assert dialog.start_export(str(target)) is None  # started, not done
        assert window.findChild(QProgressBar, "exportProgress").isVisible()
    outcome = finished.args[0]
    assert outcome.report is not None and outcome.report.pages == 1 and outcome.error is None
    assert "Verification Centre" in " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert not window.findChild(QProgressBar, "exportProgress").isVisible()
    assert "Exported chart.pdf" in window.statusBar().currentMessage()


def test_background_export_can_be_cancelled_and_writes_nothing(window, qtbot, tmp_path):
    import threading

    from orgexplorer.model.files import atomic_output

    target = tmp_path / "chart.pdf"
    target.write_bytes(b"yesterday's chart")
    started = threading.Event()

    def slow_job(progress):  # a large export, as far as the window can tell
        with atomic_output(target) as temporary:
            with open(temporary, "wb") as stream:
                stream.write(b"half a chart")
            started.set()
            while True:
                progress(0.5)  # raises once Cancel is pressed
                threading.Event().wait(0.01)

    with qtbot.waitSignal(window.export_finished, timeout=10_000) as finished:
        window.start_export(str(target), slow_job)
        assert started.wait(5)
        qtbot.mouseClick(window.findChild(QToolButton, "cancelExport"), Qt.MouseButton.LeftButton)
    assert finished.args[0].cancelled
    assert target.read_bytes() == b"yesterday's chart"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf"]
    assert "cancelled" in window.statusBar().currentMessage()


def test_closing_the_window_stops_an_export_and_cleans_up(window, qtbot, tmp_path, large):
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    dialog.start_export(str(tmp_path / "chart.svg"))
    window.close()
    assert not window.exports.running
    assert all(not p.name.endswith(".part") for p in tmp_path.iterdir())


def test_large_chart_is_laid_out_off_the_gui_thread(qtbot, monkeypatch):
    from orgexplorer.ui import background

    monkeypatch.setattr(background, "BACKGROUND_CHART_UNITS", 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    window.select_unit(window.organization.by_id("verification-centre").index)
    window.show_chart_action.trigger()
    assert window.chart_view.chart_layout is None  # on its way; the window goes on meanwhile
    assert "Laying out the chart of 9 units" in window.chart_view.scene().items()[0].toPlainText()
    qtbot.waitUntil(lambda: window.chart_view.chart_layout is not None, timeout=10_000)
    assert len(window.chart_view.chart_layout.boxes) == 9
    assert window.chart_view._item.selected == window.organization.by_id("verification-centre").index
    assert window.open_file(BUNDLED)  # a new organization: the old layout is not shown for it
    qtbot.waitUntil(lambda: window.chart_view.chart_layout is not None, timeout=10_000)


def test_a_chart_that_cannot_be_laid_out_says_so(qtbot, monkeypatch):
    from orgexplorer.chart import export
    from orgexplorer.ui import background

    def broken(*args, **kwargs):
        raise MemoryError("out of memory")

    monkeypatch.setattr(background, "BACKGROUND_CHART_UNITS", 0)
    monkeypatch.setattr(export, "chart_layout", broken)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    window.show_chart_action.trigger()

    def says_so() -> bool:
        items = window.chart_view.scene().items()
        return bool(items) and "could not be laid out" in items[0].toPlainText()

    qtbot.waitUntil(says_so, timeout=10_000)
    assert "MemoryError" in window.chart_view.scene().items()[0].toPlainText()


def test_print_preview_of_a_poster_draws_pages_as_they_come_into_view(window, qtbot, tmp_path, monkeypatch):
    """Laid out and first page drawn on a worker; the other pages drawn on a worker when seen;
    printing on a worker too (here to a PDF file, read back)."""
    from orgexplorer.chart.paper import Fit
    from orgexplorer.ui import background

    monkeypatch.setattr(background, "BACKGROUND_CHART_UNITS", 0)  # the sector treated as a large organization
    setup = PageSetup(page_size="A5", fit=Fit.POSTER, poster_scale=4.0)
    with qtbot.waitSignal(window.exports.print_preview_opened, timeout=20_000) as opened:
        assert window.print_chart(setup) is None  # on its way
    preview = opened.args[0]
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.pages > 4
    in_view = preview.pages_in_view()
    assert in_view and in_view[-1] < preview.pages - 1
    qtbot.waitUntil(preview.drawn_in_view, timeout=20_000)
    assert not preview.model.has_image(preview.pages - 1)  # never seen, never drawn

    preview.view.scrollToBottom()
    qtbot.waitUntil(lambda: preview.model.has_image(preview.pages - 1), timeout=20_000)

    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "poster.pdf"))
    preview.print_button.click()  # Print…: the printer dialog, then the pages painted on a worker
    dialog = preview.findChild(QPrintDialog, "printDialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.accept()
    qtbot.waitUntil(lambda: not preview.printing and "Printed" in preview.summary.text(), timeout=30_000)
    pages = PdfReader(str(tmp_path / "poster.pdf")).pages
    assert len(pages) == preview.pages
    assert "Verification" in " ".join(page.extract_text() for page in pages)
    preview.reject()


def test_a_large_chart_seen_whole_is_drawn_off_the_gui_thread(window, qtbot, monkeypatch):
    """Zoomed out on a large chart, the view shows a picture drawn on a worker thread, with the
    selected unit painted over it."""
    from orgexplorer.ui import chart_view

    monkeypatch.setattr(chart_view, "OVERVIEW_BOXES", 0)  # the sector, as if it were large
    view = window.chart_view
    view.set_chart_layout(view.chart_layout)
    window.select_unit(window.organization.by_id("verification-centre").index)
    view.set_zoom(0.3)  # names under 4 pixels: the overview's zoom
    view.grab()
    item = view.scene().items()[0]
    qtbot.waitUntil(lambda: item.overview is not None, timeout=10_000)
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert "#eef3f8" in colours  # the boxes' fill, from the picture
    assert "#ffe680" in colours  # the selected box, painted over it
