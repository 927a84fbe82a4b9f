"""The chart in the window, the export dialog and printing, with real widgets."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from orgexplorer.chart.export import ExportReport, PageSetup, SheetText, paint_pages
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
    assert (tmp_path / "units.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    dialog.reject()


def test_print_preview_and_printing_to_pdf(window, qtbot, tmp_path):
    preview = window.print_chart()
    qtbot.addWidget(preview)
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
