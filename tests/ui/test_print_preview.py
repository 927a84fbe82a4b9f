"""The print preview with real widgets: it warns of text too small to read as the export dialog does,
and its pages stand in the middle of the view."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from benchmarks.generate import generate
from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window


def open_preview(window, qtbot, path):
    assert window.open_file(str(path))
    preview = window.print_chart()
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.drawn_in_view, timeout=20_000)
    return preview


def test_a_chart_too_large_for_one_page_is_warned_of_in_the_print_preview(window, qtbot, tmp_path):
    path = tmp_path / "large.yaml"
    path.write_text(generate(1500), encoding="utf-8")
    preview = open_preview(window, qtbot, path)
    assert preview.warning.isVisible()
    said = preview.warning.text()
    assert "smallest text is" in said and "pt on paper" in said and "Pages: Poster" in said
    assert "--fit" not in said  # the window's words: the dialog's control, not the command line's option
    dialog = window.show_export_dialog()  # the export dialog says the same of the same page
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Warning" in dialog.info.text(), timeout=20_000)
    start = said.index("smallest text is")
    assert said[start : said.index(" pt", start)] in dialog.info.text()


def test_a_legible_page_has_no_warning_and_stands_in_the_middle(window, qtbot, tmp_path):
    preview = open_preview(window, qtbot, BUNDLED)
    assert not preview.warning.isVisible() and preview.pages == 1
    for width in (900, 1300):
        preview.resize(width, 720)
        qtbot.wait(50)
        view = preview.view
        preview.grab().save(str(tmp_path / f"preview{width}.png"))
        page = view.visualRect(view.model().index(0, 0)).translated(view.viewport().pos())
        assert abs(page.center().x() - view.width() / 2) <= 12, (width, page, view.width())
        assert page.top() < 20 and view.verticalScrollBar().value() == 0, (width, page)  # at the top, one row


def choose(preview, qtbot, change):
    """Change a choice in the preview and wait for its pages, planned anew in the same preview."""
    with qtbot.waitSignal(preview.pages_changed, timeout=60_000):
        change()
    qtbot.waitUntil(preview.drawn_in_view, timeout=20_000)


def test_the_print_preview_offers_a_poster_or_a_book_instead(window, qtbot, tmp_path):
    path = tmp_path / "large.yaml"
    path.write_text(generate(1500), encoding="utf-8")
    preview = open_preview(window, qtbot, path)
    assert preview.fit_box.isVisible() and preview.fit_box.currentIndex() == 0 and preview.pages == 1
    assert not preview.scale_box.isEnabled()  # one page: the chart is scaled to it
    for choice, smallest in ((2, "book"), (1, "poster")):
        choose(preview, qtbot, lambda choice=choice: preview.fit_box.setCurrentIndex(choice))
        assert preview.isVisible()  # the same preview, with the pages chosen
        assert preview.fit_box.currentIndex() == choice and preview.pages > 1, smallest
        assert preview.scale_box.isEnabled()
        assert not preview.warning.isVisible(), preview.warning.text()  # legible: nothing to warn of
        preview.grab().save(str(tmp_path / f"{smallest}.png"))


@pytest.fixture
def scale_setting():
    from PySide6.QtCore import QSettings

    from orgexplorer.ui.print_preview import SCALE_KEY

    yield
    QSettings().remove(SCALE_KEY)


def test_the_poster_is_made_at_the_scale_chosen(window, qtbot, tmp_path, scale_setting):
    """The preview's Chart scale is the export's (1.0: 9 pt names): its poster has the pages the
    command line makes at that scale, names at that size, and prints them."""
    path = tmp_path / "large.yaml"
    path.write_text(generate(300), encoding="utf-8")
    preview = open_preview(window, qtbot, path)
    choose(preview, qtbot, lambda: preview.fit_box.setCurrentIndex(1))
    at_one = preview.pages
    assert preview.setup.poster_scale == 1.0 and "names at 9.0 pt" in preview.summary.text()
    choose(preview, qtbot, lambda: preview.scale_box.setValue(2.0))
    assert preview.setup.poster_scale == 2.0 and "names at 18.0 pt" in preview.summary.text()
    assert preview.pages > at_one
    preview.grab().save(str(tmp_path / "poster2.png"))

    exported = tmp_path / "poster.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "export", str(path), "-o", str(exported), "--fit", "poster",
         "--scale", "2"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert len(PdfReader(str(exported)).pages) == preview.pages, done.stderr

    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    qtbot.waitUntil(lambda: not preview.printing and "Printed" in preview.summary.text(), timeout=60_000)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == preview.pages
    preview.reject()

    # The scale chosen is the one the next preview and the export dialog start from.
    again = open_preview(window, qtbot, path)
    assert again.setup.poster_scale == 2.0 and again.scale_box.value() == 2.0
    again.reject()
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.scale_box.value() == 2.0
    dialog.reject()


def test_a_warning_names_the_preview_s_controls_not_the_command_line(window, qtbot, tmp_path, scale_setting):
    path = tmp_path / "large.yaml"
    path.write_text(generate(300), encoding="utf-8")
    preview = open_preview(window, qtbot, path)
    choose(preview, qtbot, lambda: preview.fit_box.setCurrentIndex(1))
    choose(preview, qtbot, lambda: preview.scale_box.setValue(0.4))
    said = preview.warning.text()
    assert preview.warning.isVisible() and "Chart scale: 0.8" in said and "--scale" not in said


@pytest.mark.parametrize("zoom", ["larger", "narrower"])
def test_a_page_wider_than_the_view_is_shown_and_drawn(window, qtbot, tmp_path, zoom):
    """Zoomed in past the view's width, or in a narrow dialog, the page stands at the top, drawn
    (it used to wrap to a row of its own below an empty one: a blank preview)."""
    preview = open_preview(window, qtbot, BUNDLED)
    if zoom == "larger":
        preview.set_page_width(preview.view.viewport().width() + 200)
    else:
        preview.resize(preview.minimumSizeHint().width(), 500)
    qtbot.wait(50)
    assert preview.pages_in_view() == [0]
    qtbot.waitUntil(preview.drawn_in_view, timeout=20_000)
    view = preview.view
    assert view.visualRect(view.model().index(0)).top() < 20
    preview.grab().save(str(tmp_path / f"{zoom}.png"))


def test_the_preview_fits_a_small_screen(window, qtbot):
    preview = open_preview(window, qtbot, BUNDLED)
    assert preview.minimumSizeHint().width() <= 640  # its controls in two rows, not one 950 px wide


def test_the_pages_model_passes_the_model_tester_as_pages_change(window, qtbot, qtmodeltester, tmp_path):
    path = tmp_path / "large.yaml"
    path.write_text(generate(300), encoding="utf-8")
    preview = open_preview(window, qtbot, path)
    qtmodeltester.check(preview.model)
    choose(preview, qtbot, lambda: preview.fit_box.setCurrentIndex(1))  # its rows planned anew in place
    qtmodeltester.check(preview.model)
    assert preview.model.rowCount() == preview.pages > 1
