"""The export dialog with real widgets: its previews fit their frames whole, and its size holds."""

from __future__ import annotations

import pytest

from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED


@pytest.fixture
def dialog(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_file(BUNDLED)
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def assert_fits_whole(label, aspect: float) -> None:
    """The label's picture lies within its frame (inside padding), keeps the page's aspect, and fills
    the frame's width or height."""
    picture = label.pixmap()
    assert not picture.isNull()
    size, frame = picture.deviceIndependentSize(), label.contentsRect()
    assert size.width() <= frame.width() and size.height() <= frame.height(), (size, frame)
    assert abs(size.width() / size.height() - aspect) < 0.02
    assert size.width() >= frame.width() * 0.9 or size.height() >= frame.height() * 0.9, (size, frame)


A4_LANDSCAPE = 842 / 595


def test_the_first_preview_fits_its_frame_and_the_size_holds_across_modes(dialog, qtbot, tmp_path):
    qtbot.wait(50)  # the first preview is made before the dialog is laid out: it must fit once it is
    assert_fits_whole(dialog.preview, A4_LANDSCAPE)
    dialog.grab().save(str(tmp_path / "opened.png"))
    size = dialog.size()
    dialog.fit_box.setCurrentIndex(2)  # Book
    qtbot.waitUntil(lambda: dialog.book_preview.book is not None, timeout=20_000)
    qtbot.wait(50)
    assert dialog.size() == size
    assert_fits_whole(dialog.book_preview.image, A4_LANDSCAPE)
    dialog.fit_box.setCurrentIndex(0)  # and back to one page
    dialog.update_preview()
    qtbot.wait(50)
    assert dialog.size() == size
    assert_fits_whole(dialog.preview, A4_LANDSCAPE)
    dialog.grab().save(str(tmp_path / "back.png"))


def test_the_preview_follows_the_dialogs_size(dialog, qtbot):
    drawn = dialog.preview.image_width()
    dialog.resize(1300, 800)
    # a larger frame gets a sharper picture, drawn again for it
    qtbot.waitUntil(lambda: dialog.preview.image().width() > drawn * 1.2, timeout=10_000)
    assert_fits_whole(dialog.preview, A4_LANDSCAPE)
    assert dialog.preview.pixmap().deviceIndependentSize().width() > 700
    dialog.resize(800, 500)
    qtbot.wait(50)
    assert_fits_whole(dialog.preview, A4_LANDSCAPE)
    assert dialog.size().height() == 500


def test_the_scale_is_the_charts_in_every_mode(dialog):
    tips = {}
    for mode in range(3):  # one page, poster, book
        dialog.fit_box.setCurrentIndex(mode)
        dialog.update_preview()
        assert dialog.scale_label.text() == "Chart &scale:" and dialog.scale_label.buddy() is dialog.scale_box
        tips[mode] = dialog.scale_box.toolTip()
        assert dialog.scale_box.isEnabled() == (mode > 0)
    assert "tiled" in tips[1] and "book" in tips[2] and "one page" in tips[0]
    dialog.fit_box.setCurrentIndex(0)


def test_csv_says_before_writing_what_it_does_not_keep(dialog, qtbot):
    labels = [dialog.format_box.itemText(row) for row in range(dialog.format_box.count())]
    dialog.format_box.setCurrentIndex(labels.index("Units for spreadsheets (CSV)"))
    qtbot.waitUntil(lambda: "its name, source and glossary are not kept" in dialog.info.text(), timeout=5000)
    dialog.format_box.setCurrentIndex(labels.index("Unit directory (HTML)"))  # a directory keeps the name
    qtbot.waitUntil(lambda: dialog.info.text() == "", timeout=5000)
    dialog.reject()


def test_xlsx_says_it_keeps_the_whole_organization(dialog, qtbot):
    labels = [dialog.format_box.itemText(row) for row in range(dialog.format_box.count())]
    dialog.format_box.setCurrentIndex(labels.index("Units for spreadsheets (Excel workbook)"))
    qtbot.waitUntil(lambda: "importing it gives the whole organization back" in dialog.info.text(), timeout=5000)
    dialog.reject()


def test_text_sizes_are_said_with_the_digits_small_sizes_need(dialog):
    """A chart shrunk far onto one page: the dialog names the size as its warning does, not "0.0 pt"."""
    from orgexplorer.chart.export_report import ExportReport

    layout = dialog.chart()
    scale = 0.032 / layout.options.name_size
    report = ExportReport("", pages=1, scale=scale, warnings=["the smallest text is 0.032 pt on paper"])
    text = dialog._describe(layout, report)
    assert "names at 0.032 pt" in text and "0.032 pt on paper" in text
    report.scale = 12.0 / layout.options.name_size
    assert "names at 12.0 pt" in dialog._describe(layout, report)
