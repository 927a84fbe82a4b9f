"""A compared chart read back: marks as words and colours, ghost boxes of removed units, the legend,
and the change report after the chart; through the one renderer and export path."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor

from orgexplorer.chart.export import chart_layout
from orgexplorer.chart.images import render_image
from orgexplorer.chart.marks import GHOST_FILL, MARK_COLORS
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartOptions
from orgexplorer.model import load_file
from orgexplorer.model.change import Mark
from orgexplorer.model.compare import compare
from tests.conftest import REPO

OLD = REPO / "resources" / "examples" / "city-services-2024.yaml"
NEW = REPO / "resources" / "examples" / "city-services-2025.yaml"


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts and painting need the QApplication."""


@pytest.fixture(scope="module")
def comparison():
    return compare(load_file(OLD).organization, load_file(NEW).organization)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_export_compare_pdf_has_the_chart_then_the_report(tmp_path):
    out = tmp_path / "changes.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "export", str(NEW), "--compare", str(OLD), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    chart = squash(reader.pages[0].extract_text())
    for word in ("+ new", "− removed", "→ moved", "renamed", "changed", "Print Shop", "Climate and Energy"):
        assert word in chart, word
    report = squash(" ".join(page.extract_text() for page in reader.pages[1:]))
    assert "Changes from city-services-2024.yaml to city-services-2025.yaml" in report
    assert "Traffic Engineering Section" in report and "Mobility Planning Section" in report
    assert "from Permits Desk" in report
    assert "change report, page 2 of" in report and f"page 1 of {len(reader.pages)}" in chart


def test_export_compare_refuses_the_directory_and_reports_a_bad_old_file(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "orgexplorer", "export", str(NEW), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    assert run("--compare", str(OLD), "-o", str(tmp_path / "x.csv")).returncode == 2
    book = run("--compare", str(OLD), "-o", str(tmp_path / "x.pdf"), "--fit", "book")
    assert book.returncode == 2 and "not --fit book" in book.stderr
    broken = tmp_path / "old.yaml"
    broken.write_text("format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n", encoding="utf-8")
    result = run("--compare", str(broken), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and f"{broken}:5:5: error" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_marked_boxes_are_drawn_in_their_colours_and_ghosts_greyed(comparison):
    merged = comparison.merged_organization
    layout = replace(chart_layout(merged, ChartOptions()), marks=comparison.unit_marks)
    image = render_image(layout, SheetText.of(merged, layout), 72)
    plain = render_image(layout.__class__(**{**_fields(layout), "marks": {}}), SheetText.of(merged, layout), 72)

    def colours_in(box_unit: int, picture) -> set[str]:
        box = layout.box_of(box_unit)
        from orgexplorer.chart.sheet import HEADER_PT, SHEET_MARGIN_PT

        found = set()
        for x in range(int(box.x), int(box.x + box.width)):
            for y in range(int(box.y) - 3, int(box.y + box.height)):
                found.add(QColor(picture.pixel(int(x + SHEET_MARGIN_PT), int(y + SHEET_MARGIN_PT + HEADER_PT))).name())
        return found

    added = merged.by_id("climate").index
    removed = merged.by_id("printing").index
    assert MARK_COLORS[Mark.ADDED] in colours_in(added, image)
    assert MARK_COLORS[Mark.ADDED] not in colours_in(added, plain)
    assert GHOST_FILL in colours_in(removed, image)
    assert SheetText.of(merged, layout).changes


def _fields(layout):
    return {
        name: getattr(layout, name) for name in ("boxes", "edges", "width", "height", "options", "title", "subtitle")
    }


def _contrast(a: str, b: str) -> float:
    def luminance(color: str) -> float:
        channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("mark", list(Mark))
def test_badge_text_is_legible_on_every_mark_colour(mark):
    assert _contrast("#ffffff", MARK_COLORS[mark]) >= 4.5


def test_ghost_text_is_legible():
    from orgexplorer.chart.marks import GHOST_INK

    assert _contrast(GHOST_INK, GHOST_FILL) >= 4.5
