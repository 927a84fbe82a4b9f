"""Large PDF exports in a helper process: the same file as in-process, Cancel that leaves nothing."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from orgexplorer.chart.export_report import ExportError
from orgexplorer.chart.paper import PageSetup
from orgexplorer.chart.values import ChartOptions
from orgexplorer.model import Cancelled, load_file
from orgexplorer.ui import export_helper
from tests.conftest import BUNDLED


@pytest.fixture
def sector(tmp_path, monkeypatch):
    """The bundled sector, from a file of its own, treated as large enough for the helper; the
    export in this process fails the test, so what passes was written by the helper."""
    path = tmp_path / "org" / "sector.yaml"
    path.parent.mkdir()
    shutil.copy(BUNDLED, path)
    organization = load_file(path).organization
    assert organization is not None and organization.content_key is not None
    monkeypatch.setattr(export_helper, "HELPER_UNITS", 1)

    def not_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("exported in the window's process")

    monkeypatch.setattr(export_helper, "export_chart", not_here)
    return organization


def test_the_helper_writes_the_pdf(sector, tmp_path):
    out = tmp_path / "chart.pdf"
    seen: list[float] = []
    report = export_helper.export_chart_aside(sector, out, ChartOptions(), PageSetup(), progress=seen.append)
    reader = PdfReader(str(out))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Defence Policy Sector" in text and "Verification Centre" in text
    assert report.path == str(out) and report.pages == len(reader.pages) == 1 and report.scale > 0
    assert seen and seen == sorted(seen) and 0.3 < seen[-1] <= 1.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf", "org"]  # no temporary left


def test_the_helper_writes_an_svg(sector, tmp_path):
    export_helper.export_chart_aside(sector, tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert svg.rstrip().endswith("</svg>") and "Verification Centre" in svg


def test_cancel_ends_the_helper_and_leaves_the_old_file(sector, tmp_path):
    out = tmp_path / "chart.pdf"
    out.write_bytes(b"the chart before")
    calls: list[float] = []

    def cancel_soon(fraction: float) -> None:
        calls.append(fraction)
        if len(calls) >= 2:  # the helper has started and said something
            raise Cancelled

    with pytest.raises(Cancelled):
        export_helper.export_chart_aside(sector, out, progress=cancel_soon)
    assert out.read_bytes() == b"the chart before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf", "org"]


def test_a_file_changed_on_disk_exports_what_the_window_shows(sector, tmp_path, monkeypatch):
    monkeypatch.undo()  # the export in this process is the right answer here
    monkeypatch.setattr(export_helper, "HELPER_UNITS", 1)
    path = tmp_path / "org" / "sector.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Defence Policy Sector", "Renamed Sector"), "utf-8")
    export_helper.export_chart_aside(sector, tmp_path / "chart.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "chart.pdf")).pages)
    assert "Defence Policy" in " ".join(text.split()) and "Renamed" not in text


def test_the_helpers_errors_are_the_exports_errors(sector, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_helper.export_chart_aside(sector, tmp_path / "missing" / "chart.pdf")
    with pytest.raises(ExportError, match="page size"):
        export_helper.export_chart_aside(sector, tmp_path / "chart.pdf", setup=PageSetup(page_size="B9"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org"]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """A window on the sector, with the export dialog and the helper treating it as large."""
    from orgexplorer.ui import background
    from orgexplorer.ui.main_window import MainWindow

    monkeypatch.setattr(background, "BACKGROUND_CHART_UNITS", 0)
    monkeypatch.setattr(export_helper, "HELPER_UNITS", 1)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    return window


def test_the_window_exports_a_large_pdf_through_the_helper(window, qtbot, tmp_path, monkeypatch):
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=10_000)
    from orgexplorer.chart import export_job

    for module in (export_helper, export_job):  # from here on, only the helper can export
        monkeypatch.setattr(module, "export_chart", None)
    target = tmp_path / "chart.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as finished:
        assert dialog.start_export(str(target)) is None
    outcome = finished.args[0]
    assert outcome.error is None and outcome.report is not None and outcome.report.pages == 1
    assert "Verification Centre" in " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "Exported chart.pdf" in window.statusBar().currentMessage()


def test_cancel_in_the_window_stops_the_helper(window, qtbot, tmp_path):
    target = tmp_path / "chart.pdf"
    target.write_bytes(b"yesterday's chart")
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as finished:
        dialog.start_export(str(target))
        window.cancel_export()
    assert finished.args[0].cancelled
    assert target.read_bytes() == b"yesterday's chart"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.pdf"]


# --- printing ---


def _pdf_printer(path, **settings):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(settings.get("paper", QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(settings.get("orientation", QPageLayout.Orientation.Portrait))
    printer.setDocName("the sector")
    return printer


def test_printer_settings_set_another_printer_up_the_same(qapp, tmp_path):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from orgexplorer.ui.printer_settings import PrinterSettings

    printer = _pdf_printer(
        tmp_path / "a.pdf", paper=QPageSize.PageSizeId.A3, orientation=QPageLayout.Orientation.Landscape
    )
    printer.setCopyCount(3)
    printer.setCollateCopies(False)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    settings = PrinterSettings.of(printer)
    again = QPrinter(QPrinter.PrinterMode.HighResolution)
    settings.apply(again)
    assert PrinterSettings.of(again) == settings
    assert again.outputFileName() == str(tmp_path / "a.pdf") and again.copyCount() == 3
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3
    assert again.pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_the_helper_prints_a_poster_as_the_printer_is_set_up(sector, tmp_path):
    """The helper lays the chart out again and paints it on a printer set up as the window's was
    (here one that prints to a PDF file, as "Print to file" does; a named printer goes to CUPS)."""
    from orgexplorer.chart.export import chart_layout
    from orgexplorer.chart.paper import Fit

    setup = PageSetup(fit=Fit.POSTER, poster_scale=3.0)
    layout = chart_layout(sector, ChartOptions())
    assert export_helper.prints_aside(sector, layout)
    seen: list[float] = []
    out = tmp_path / "printed.pdf"
    report = export_helper.print_chart_aside(sector, layout, setup, _pdf_printer(out), "en", seen.append)
    reader = PdfReader(str(out))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Verification Centre" in text and "row" in text  # the poster's tiles, labelled
    assert report is not None and report.pages == len(reader.pages) > 1 and report.path == str(out)
    assert seen and seen == sorted(seen)


def test_a_marked_chart_is_printed_in_the_window(sector):
    """A chart marked by a comparison is not what the helper would lay out: printed here."""
    from dataclasses import replace

    from orgexplorer.chart.export import chart_layout
    from orgexplorer.model.compare import Mark

    layout = chart_layout(sector, ChartOptions())
    assert not export_helper.prints_aside(sector, replace(layout, marks={0: (Mark.ADDED,)}))


def test_the_print_preview_prints_a_large_chart_through_the_helper(window, qtbot, tmp_path, monkeypatch):
    from orgexplorer.ui import print_preview

    with qtbot.waitSignal(window.exports.print_preview_opened, timeout=30_000) as opened:
        window.print_chart()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    monkeypatch.setattr(print_preview, "paint_pages", None)  # from here on, only the helper can print
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(preview._print.progress, timeout=60_000):
        preview.print_to(_pdf_printer(out))
    qtbot.waitUntil(lambda: not preview.printing, timeout=60_000)
    qtbot.wait(50)
    assert preview.summary.text() == "Printed 1 page."  # its singular (orgexplorer_en.qm)
    assert "Verification Centre" in " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    preview.reject()


def test_cancelled_printing_prints_nothing(sector, tmp_path):
    from orgexplorer.chart.export import chart_layout

    calls: list[float] = []

    def cancel_soon(fraction: float) -> None:
        # At the first word from the helper: a second one may already be "finishing" on an idle machine
        # (the sector prints in one step), after which Cancel is rightly too late.
        calls.append(fraction)
        raise Cancelled

    out = tmp_path / "printed.pdf"
    with pytest.raises(Cancelled):
        export_helper.print_chart_aside(
            sector, chart_layout(sector, ChartOptions()), PageSetup(), _pdf_printer(out), "en", cancel_soon
        )
    assert not out.exists()
