"""The book in the export dialog: its pages previewed one at a time off the GUI thread, printed and
exported as the same pages."""

from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from benchmarks.generate import generate
from orgexplorer.chart.book_output import paint_book
from orgexplorer.chart.export_report import ExportReport
from orgexplorer.ui.book_preview import book_text
from orgexplorer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    source = tmp_path / "org.yaml"
    source.write_text(generate(300), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_file(source)
    return window


def test_book_pages_previewed_printed_and_exported(window, qtbot, tmp_path, monkeypatch):
    from orgexplorer.chart import book_output

    drawn_on: list[str] = []
    plan_book = book_output.plan_book

    def planning(*args, **kwargs):  # records the thread the book is planned on
        drawn_on.append(threading.current_thread().name)
        return plan_book(*args, **kwargs)

    monkeypatch.setattr(book_output, "plan_book", planning)
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    preview = dialog.book_preview
    dialog.fit_box.setCurrentIndex(2)  # Book
    dialog.update_preview()
    assert preview.isVisible() and not dialog.preview.isVisible()
    assert not dialog.direction_box.isEnabled()
    qtbot.waitUntil(lambda: preview.book is not None, timeout=20_000)
    book = preview.book
    assert book.pages > 3 and preview.page_label.text() == f"Page 1 of {book.pages}"
    assert drawn_on and drawn_on[0] != threading.main_thread().name  # planned and drawn off the GUI thread
    assert not preview.image.pixmap().isNull()
    described = f"300 units on {book.pages} pages, {len(book.chart_pages)} of them charts; names at"
    assert described in dialog.info.text() and "on on" not in dialog.info.text()
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page 2 of {book.pages}", timeout=10_000)
    assert preview.book is book  # paging does not plan the book again
    # Printing: the print preview opens, and the printer gets the book's pages.
    dialog_print = preview.print_book()
    qtbot.addWidget(dialog_print)
    assert dialog_print.pages == book.pages  # the same preview as the chart's: pages drawn as they are seen
    qtbot.waitUntil(dialog_print.drawn_in_view, timeout=20_000)
    dialog_print.reject()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_book(printer, book, book_text(window.organization, book), dialog.setup(), ExportReport(""))
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == book.pages
    # Exporting writes the same number of pages.
    report = dialog.export_to(str(tmp_path / "book.pdf"))
    assert report.pages == book.pages == len(PdfReader(str(tmp_path / "book.pdf")).pages)
    # Back to one page: the first-page preview returns.
    dialog.fit_box.setCurrentIndex(0)
    dialog.update_preview()
    assert dialog.preview.isVisible() and not preview.isVisible()
    dialog.reject()
