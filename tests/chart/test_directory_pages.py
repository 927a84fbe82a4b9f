"""The unit directory's PDF read back: no unit's heading stands alone at the foot of a page, away from
the unit's first lines (its kind and head)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from benchmarks.generate import generate
from orgexplorer.chart.export import export_directory
from orgexplorer.chart.paper import PageSetup
from orgexplorer.model import load_bytes, load_file

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts and painting need the QApplication."""


def pages_of(path: Path) -> list[list[tuple[float, str, bool]]]:
    """Each page's lines of text, top down: (top, text, whether in a unit's heading's font)."""
    if not shutil.which("pdftohtml"):
        pytest.skip("poppler-utils (pdftohtml) are needed to read the directory back")
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], capture_output=True, check=True).stdout
    root = ET.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", xml))
    sizes = {spec.get("id"): int(spec.get("size")) for spec in root.iter("fontspec")}
    body = min(sizes.values())
    pages = []
    for page in root.iter("page"):
        lines = []
        for text in page.iter("text"):
            size = sizes[text.get("font")]
            lines.append((float(text.get("top")), "".join(text.itertext()), body * 1.5 < size < body * 2.2))
        pages.append(sorted(lines))
    return pages


def orphans(path: Path) -> list[tuple[int, str]]:
    """Headings with no line of their unit's text ("Kind: …") after them on their page."""
    found = []
    for number, lines in enumerate(pages_of(path), 1):
        for row, (_, text, heading) in enumerate(lines):
            if heading and not any(t.startswith("Kind:") for _, t, h in lines[row + 1 :] if not h):
                found.append((number, text))
    return found


@pytest.mark.parametrize("size", ["A4", "A5", "Letter"])
def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path, size):
    organizations = [
        load_file(str(RESOURCES / "defence_policy_sector.yaml")).organization,
        load_file(str(RESOURCES / "examples" / "city-services-2025.yaml")).organization,
        load_bytes(generate(150, seed=3).encode("utf-8"), "generated.yaml").organization,
    ]
    headings = 0
    for number, organization in enumerate(organizations):
        path = tmp_path / f"directory{number}.pdf"
        export_directory(organization, path, setup=PageSetup(page_size=size))
        assert not orphans(path), (organization.title, orphans(path)[:3])
        headings += sum(h for page in pages_of(path) for _, _, h in page)
    assert headings >= 150  # the headings were found, in their own font
