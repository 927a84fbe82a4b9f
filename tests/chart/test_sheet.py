"""The sheet around a chart read back: its footer's legend stays on the paper or image, whatever the
width and the language (it wraps on narrow output)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from orgexplorer.chart.export import chart_layout, export_chart
from orgexplorer.chart.paper import Fit, Orientation, PageSetup, max_margins_mm
from orgexplorer.chart.sheet import SHEET_MARGIN_PT, footer_height, legend_words, today
from orgexplorer.chart.values import ChartOptions
from orgexplorer.model import load_bytes, load_file
from orgexplorer.model.compare import compare
from orgexplorer.ui.language import install_language
from tests.conftest import BUNDLED, REPO

A5_PORTRAIT = PageSetup(page_size="A5", orientation=Orientation.PORTRAIT)


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts and painting need the QApplication."""


@pytest.fixture(params=["en", "sr_Cyrl"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


@pytest.fixture(scope="module")
def sector():
    return load_file(BUNDLED).organization


@pytest.fixture(scope="module")
def generated():
    from benchmarks.generate import generate

    organization = load_bytes(generate(120).encode("utf-8"), "generated.yaml").organization
    assert organization is not None
    return organization


def pdf_words(path) -> list[tuple[list[tuple[float, float, float, float, str]], float, float]]:
    """Each page's words with their boxes (x0, y0, x1, y1, word), and the page's width and height."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is needed to read the words' places back")
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", xml).replace(b' xmlns="http://www.w3.org/1999/xhtml"', b""))
    pages = []
    for page in root.iter("page"):
        words = [
            (float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text or "")
            for w in page.iter("word")
        ]
        pages.append((words, float(page.get("width")), float(page.get("height"))))
    return pages


def assert_legend_on_the_page(path, setup: PageSetup) -> None:
    margin = setup.margins_mm * 72 / 25.4
    legend = " ".join(legend_words()).split()
    for words, width, height in pdf_words(path):
        texts = [word[4] for word in words]
        start = next(i for i in range(len(texts)) if texts[i : i + len(legend)] == legend)  # whole, in order
        for x0, y0, x1, y1, word in words[start : start + len(legend)]:
            assert margin - 1 <= x0 and x1 <= width - margin + 1, (word, x1, width - margin)
            assert margin - 1 <= y0 and y1 <= height - margin + 1, (word, y1, height - margin)


@pytest.mark.parametrize("widest_margins", [False, True])
def test_legend_wraps_within_a_narrow_page(sector, tmp_path, language, widest_margins):
    setup = replace(A5_PORTRAIT, margins_mm=max_margins_mm("A5") if widest_margins else 10.0)
    path = tmp_path / "sector.pdf"
    report = export_chart(sector, path, setup=setup)
    assert report.pages == 1
    assert_legend_on_the_page(path, setup)


def test_legend_wraps_within_every_narrow_book_page(generated, tmp_path, language):
    setup = replace(A5_PORTRAIT, fit=Fit.BOOK)
    path = tmp_path / "book.pdf"
    assert export_chart(generated, path, setup=setup).pages > 1
    assert_legend_on_the_page(path, setup)


def test_marks_legend_and_source_stay_on_a_narrow_page_of_a_compared_chart(tmp_path, language):
    old = load_file(REPO / "resources" / "examples" / "city-services-2024.yaml").organization
    comparison = compare(old, load_file(REPO / "resources" / "examples" / "city-services-2025.yaml").organization)
    merged = comparison.merged_organization
    layout = replace(chart_layout(merged, ChartOptions()), marks=comparison.unit_marks)
    setup = replace(A5_PORTRAIT, margins_mm=max_margins_mm("A5"))
    path = tmp_path / "compared.pdf"
    export_chart(merged, path, setup=setup, layout=layout)
    assert_legend_on_the_page(path, setup)
    margin = setup.margins_mm * 72 / 25.4
    for words, width, _height in pdf_words(path):
        assert all(x1 <= width - margin + 1 for _x0, _y0, x1, _y1, _word in words)


def right_margin_is_blank(image: QImage, sheet_width_pt: float) -> bool:
    """No ink in the sheet's right margin (where words that run past the frame would be)."""
    per_point = image.width() / sheet_width_pt
    first = int(image.width() - (SHEET_MARGIN_PT - 4) * per_point)
    white = QColor("white").rgb()
    return all(image.pixel(x, y) == white for x in range(first, image.width()) for y in range(image.height()))


def test_legend_wraps_within_a_narrow_image(sector, tmp_path, language):
    png, svg = tmp_path / "sector.png", tmp_path / "sector.svg"
    export_chart(sector, png, dpi=72)
    export_chart(sector, svg)
    image = QImage(str(png))
    assert not image.isNull()
    assert right_margin_is_blank(image, image.width())
    renderer = QSvgRenderer(str(svg))
    size = renderer.defaultSize()
    drawn = QImage(size.width() * 2, size.height() * 2, QImage.Format.Format_RGB32)
    drawn.fill(QColor("white"))
    painter = QPainter(drawn)
    renderer.render(painter, QRectF(0, 0, drawn.width(), drawn.height()))
    painter.end()
    assert right_margin_is_blank(drawn, renderer.viewBoxF().width())
    text = " ".join(" ".join(ET.parse(svg).getroot().itertext()).split())
    assert all(" ".join(entry.split()) in text for entry in legend_words())  # wrapped, every word drawn


def test_footer_grows_only_as_the_legend_needs(language):
    wide, narrow = footer_height(800.0), footer_height(250.0)
    assert wide < narrow  # one row on a wide sheet; on a narrow one, the entries stacked and wrapped
    assert footer_height(250.0, changes=True) >= narrow


def test_title_gives_way_to_the_date_on_a_narrow_page(sector, tmp_path):
    setup = replace(A5_PORTRAIT, margins_mm=max_margins_mm("A5"))
    path = tmp_path / "sector.pdf"
    export_chart(sector, path, setup=setup)
    [(words, _width, _height)] = pdf_words(path)
    top = min(word[1] for word in words)
    header = sorted((word for word in words if word[1] < top + 16), key=lambda word: word[0])
    size = len(today().split())
    title, date = header[:-size], header[-size:]
    assert " ".join(word[4] for word in date) == today()
    assert title and title[-1][4].endswith("…")  # the title, shortened to leave the date its place
    assert title[-1][2] < date[0][0]


@pytest.mark.parametrize("code", ["sr_Latn", "sr_Cyrl", "en", "de_DE"])
def test_the_date_is_written_as_the_language_writes_it(sector, tmp_path, code):
    """Serbian (and German) dates have the ordinal period, Serbian's a closing one too; no weekday."""
    from pypdf import PdfReader
    from PySide6.QtCore import QDate, QLocale

    install_language(code if code != "de_DE" else "en")
    if code == "de_DE":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        date = QDate.currentDate()
        name = QLocale().monthName(date.month())  # the month in the language's own case and script
        expected = {
            "sr_Latn": f"{date.day()}. {name} {date.year()}.",
            "sr_Cyrl": f"{date.day()}. {name} {date.year()}.",
            "en": f"{name} {date.day()}, {date.year()}",
            "de_DE": f"{date.day()}. {name} {date.year()}",
        }[code]
        assert today() == expected
        export_chart(sector, tmp_path / "chart.pdf")
        text = " ".join(PdfReader(str(tmp_path / "chart.pdf")).pages[0].extract_text().split())
        assert expected in text
    finally:
        install_language("en")
