"""The print preview with real widgets: it warns of text too small to read as the export dialog does,
and its pages stand in the middle of the view."""

from __future__ import annotations

import pytest

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
    assert "smallest text is" in said and "pt on paper" in said and "--fit poster" in said
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


def test_the_print_preview_offers_a_poster_or_a_book_instead(window, qtbot, tmp_path):
    path = tmp_path / "large.yaml"
    path.write_text(generate(1500), encoding="utf-8")
    preview = open_preview(window, qtbot, path)
    assert preview.fit_box.isVisible() and preview.fit_box.currentIndex() == 0 and preview.pages == 1
    for choice, smallest in ((2, "book"), (1, "poster")):
        with qtbot.waitSignal(window.exports.print_preview_opened, timeout=60_000) as opened:
            preview.fit_box.setCurrentIndex(choice)
        assert not preview.isVisible()  # gave way to the pages chosen
        preview = opened.args[0]
        qtbot.addWidget(preview)
        qtbot.waitUntil(preview.drawn_in_view, timeout=20_000)
        assert preview.fit_box.currentIndex() == choice and preview.pages > 1, smallest
        assert not preview.warning.isVisible(), preview.warning.text()  # legible: nothing to warn of
        preview.grab().save(str(tmp_path / f"{smallest}.png"))
