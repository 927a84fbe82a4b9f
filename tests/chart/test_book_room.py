"""A chart book read back from its PDF stays in the room each page has for the chart: no box crosses
into the footer (the line legend, the source, the page number) or runs off the page, whatever the
organization, the content of the boxes, the paper and its orientation."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from benchmarks.generate import generate
from orgexplorer.chart.book_output import book_orientation
from orgexplorer.chart.export import export_chart
from orgexplorer.chart.paper import Fit, Orientation, PageSetup, chart_page_layout
from orgexplorer.chart.sheet import footer_height
from orgexplorer.chart.values import ChartOptions, Content
from orgexplorer.model import load_bytes, load_file
from tests.chart.test_book import read_book

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
BAND_PT = 5.0  # the top of the footer, above the legend's first row: nothing is drawn there
INK_BELOW = 235  # a pixel darker than this (of 255) is something drawn


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts and painting need the QApplication."""


def organizations():
    defence = load_file(str(RESOURCES / "defence_policy_sector.yaml")).organization
    city = load_file(str(RESOURCES / "examples" / "city-services-2025.yaml")).organization
    generated = load_bytes(generate(120, seed=5).encode("utf-8"), "generated.yaml").organization
    return {"defence": defence, "city": city, "generated": generated}


def footer_words(org, page: int, pages: int) -> list[str]:
    """The words of a page's footer: the line legend, the source, the page number."""
    from orgexplorer.chart.sheet import legend_words

    words = " ".join(legend_words()).split() + (f"Source: {org.source}".split() if org.source else [])
    return [*words, "page", str(page), "of", str(pages)]


def elided(word: str, expected: list[str]) -> bool:
    """Whether ``word`` is the start of an expected word cut short (the source is, on narrow paper)."""
    return word.endswith("…") and any(e.startswith(word[:-1]) for e in expected)


def ink_rows(image: QImage, top: int, bottom: int, left: int, right: int) -> list[int]:
    """The rows of ``image`` (grey) between ``top`` and ``bottom`` with ink between ``left`` and ``right``."""
    rows = []
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    for y in range(max(top, 0), min(bottom, image.height())):
        if min(bits[y * stride + left : y * stride + right]) < INK_BELOW:
            rows.append(y)
    return rows


def check_room(org, path: Path, setup: PageSetup, tmp_path: Path) -> int:
    """Every page's chart stays above its footer and inside its margins; returns the pages read."""
    layout = chart_page_layout(book_orientation(setup), None)
    paper = layout.fullRect(layout.Unit.Point)
    paint = layout.paintRect(layout.Unit.Point)
    footer_top = paint.bottom() - footer_height(paint.width())
    pages = read_book(path)
    for number, page in enumerate(pages, 1):
        expected = footer_words(org, number, len(pages))
        # Words: those below the footer's top are the footer's, as many as it has; none off the paper.
        # (read_book's words are in PDF space, y up from the foot of the paper)
        below = [w for w in page.words if paper.height() - w[1] > footer_top + 0.5]
        strangers = [w[4] for w in below if w[4] not in expected and not elided(w[4], expected)]
        assert not strangers and len(below) <= len(expected), (path.name, number, strangers, len(below))
        off = [w for w in page.words if w[0] < paint.left() - 0.5 or w[2] > paint.right() + 0.5 or w[1] < 0]
        assert not off, (path.name, number, off[:3])
    # Ink: nothing in the band at the footer's top, nor below the footer or beside it in the margins (a
    # box's frame or fill shows there); the foot of each page rendered from the footer's top down.
    top = int(footer_top)
    crop = ["-y", str(top), "-H", str(round(paper.height()) - top), "-W", str(round(paper.width()))]
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", "72", *crop, str(path), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(pages)
    for number, file in enumerate(images, 1):
        image = QImage(str(file)).convertToFormat(QImage.Format.Format_Grayscale8)
        assert image.width() == round(paper.width())
        band = ink_rows(image, 1, round(footer_top + BAND_PT) - top, 0, image.width())
        assert not band, (path.name, number, "ink in the footer's top band at rows", band)
        for left, right in ((0, int(paint.left()) - 1), (int(paint.right()) + 2, image.width())):
            side = ink_rows(image, 0, image.height(), left, right)
            assert not side, (path.name, number, "ink in a side margin at rows", side[:5])
        bottom = ink_rows(image, int(paint.bottom()) + 2 - top, image.height(), 0, image.width())
        assert not bottom, (path.name, number, "ink below the footer", bottom[:5])
        file.unlink()
    return len(pages)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) renders the pages")
@pytest.mark.parametrize("content", list(Content), ids=[c.value for c in Content])
def test_no_box_crosses_into_the_footer_or_off_the_page(tmp_path, content):
    read = 0
    for (name, org), size, orientation in itertools.product(
        organizations().items(), ("A5", "A4", "Letter"), (Orientation.LANDSCAPE, Orientation.PORTRAIT)
    ):
        setup = PageSetup(page_size=size, orientation=orientation, fit=Fit.BOOK)
        path = tmp_path / f"{name}-{size}-{orientation.value}.pdf"
        export_chart(org, path, ChartOptions(content=content), setup)
        read += check_room(org, path, setup, tmp_path)
        path.unlink()
    assert read > 18
