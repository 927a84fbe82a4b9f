"""Every output read back: PDF text and pages, SVG text, PNG pixels; atomic and protected writes."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from orgexplorer.chart.export import chart_layout, export_chart, export_directory
from orgexplorer.chart.export_report import ExportError
from orgexplorer.chart.pages import render_first_page
from orgexplorer.chart.paper import Fit, Orientation, PageSetup
from orgexplorer.chart.sheet import SheetText
from orgexplorer.chart.values import ChartOptions, Content, Direction
from orgexplorer.model import load_bytes, load_file
from orgexplorer.model.files import atomic_output
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def sector():
    return load_file(BUNDLED).organization


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts and painting need the QApplication."""


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path) -> tuple[str, PdfReader]:
    reader = PdfReader(str(path))
    return squash(" ".join(page.extract_text() for page in reader.pages)), reader


def test_pdf_one_a4_landscape_page_with_real_text(sector, tmp_path):
    path = tmp_path / "chart.pdf"
    report = export_chart(sector, path)
    text, reader = pdf_text(path)
    assert len(reader.pages) == report.pages == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    for unit in sector:
        assert squash(unit.name) in text, unit.name
        if unit.head:
            assert unit.head.title in text
    assert reader.metadata.title.startswith("Ministry of Defence of the Republic of Serbia")
    assert reader.metadata.creator.startswith("OrgExplorer")
    assert "page 1 of 1" in text and "attached to the head" in text
    assert report.scale * 9 >= 9  # names at a comfortable size: 9 pt or more
    assert report.warnings == []


def test_pdf_full_content_keeps_every_responsibility(sector, tmp_path):
    path = tmp_path / "full.pdf"
    export_chart(sector, path, ChartOptions(content=Content.FULL))
    text, _ = pdf_text(path)
    for unit in sector:
        for responsibility in unit.responsibilities:
            assert squash(responsibility) in text, responsibility


@pytest.mark.parametrize(
    ("setup", "pages"),
    [
        (PageSetup(fit=Fit.PAGE), 1),
        (PageSetup(fit=Fit.POSTER, poster_scale=3.0, page_size="A5"), None),
    ],
)
def test_page_counts(sector, tmp_path, setup, pages):
    path = tmp_path / "p.pdf"
    report = export_chart(sector, path, setup=setup)
    reader = PdfReader(str(path))
    assert len(reader.pages) == report.pages
    if pages is not None:
        assert report.pages == pages
    else:
        assert report.pages > 1
        first = squash(reader.pages[0].extract_text())
        assert re.search(r"row 1 / column 1 of \d+ × \d+", first)
        assert f"page 1 of {report.pages}" in first


def test_fit_warns_when_text_would_be_illegible(tmp_path):
    from benchmarks.generate import generate

    organization = load_bytes(generate(400).encode()).organization
    report = export_chart(organization, tmp_path / "big.pdf", setup=PageSetup(page_size="A5"))
    assert report.warnings and "below the legible 6 pt" in report.warnings[0]
    poster = export_chart(organization, tmp_path / "poster.pdf", ChartOptions(stacked=True), PageSetup(fit=Fit.POSTER))
    assert poster.warnings == [] and poster.pages > 1


def test_svg_is_vector_with_text(sector, tmp_path):
    path = tmp_path / "chart.svg"
    export_chart(sector, path)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    texts = squash(" ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text")))
    for unit in sector:
        for word in unit.name.split():
            assert word in texts
    assert not any(node.tag.endswith("image") for node in root.iter())


@pytest.mark.parametrize("dpi", [72, 150])
def test_png_not_blank_at_the_expected_size(sector, tmp_path, dpi):
    path = tmp_path / "chart.png"
    export_chart(sector, path, dpi=dpi)
    image = QImage(str(path))
    assert not image.isNull()
    from orgexplorer.chart.export import chart_layout
    from orgexplorer.chart.sheet import sheet_size

    width, height = sheet_size(chart_layout(sector, ChartOptions()))
    assert abs(image.width() - width * dpi / 72) <= 1 and abs(image.height() - height * dpi / 72) <= 1
    small = image.scaled(60, 40)
    dark = sum(1 for x in range(60) for y in range(40) if QImage.pixelColor(small, x, y).lightness() < 200)
    assert dark > 40  # boxes and text, not a white page


def test_left_to_right_and_subtree(sector, tmp_path):
    path = tmp_path / "right.pdf"
    export_chart(
        sector, path, ChartOptions(direction=Direction.RIGHT, root="international-military-cooperation-department")
    )
    text, _ = pdf_text(path)
    assert "Verification Centre" in text and "Strategic Planning" not in text
    assert "International Military Cooperation Department" in text


def test_directory_and_csv(sector, tmp_path):
    export_directory(sector, tmp_path / "d.html")
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert page.count("<h2 ") == 9 and 'href="#verification-centre"' in page
    export_directory(sector, tmp_path / "d.pdf")
    text, reader = pdf_text(tmp_path / "d.pdf")
    assert len(reader.pages) >= 2 and "in the field of arms control" in text
    export_directory(sector, tmp_path / "u.csv")
    import csv

    with (tmp_path / "u.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 9
    verification = next(row for row in rows if row["id"] == "verification-centre")
    assert verification["parent_id"] == "international-military-cooperation-department"
    assert verification["relation"] == "attached"


def test_refuses_to_write_over_the_organization_file(tmp_path):
    source = tmp_path / "org.pdf"  # an organization file that happens to end in .pdf
    source.write_text("format: orgexplorer/1\norganization: T\nunits: [{id: a, name: A}]\n", encoding="utf-8")
    organization = load_file(source).organization
    before = source.read_bytes()
    with pytest.raises(ExportError, match="is the organization file itself"):
        export_chart(organization, source)
    assert source.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(sector, tmp_path):  # pragma: no cover - CI runs as root
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    with pytest.raises(ExportError, match="cannot write"):
        export_chart(sector, folder / "c.pdf")


def test_failure_leaves_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "chart.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        with open(temporary, "wb") as stream:
            stream.write(b"half a fi")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf"]


def test_missing_folder_and_unknown_format(sector, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_chart(sector, tmp_path / "nope" / "c.pdf")
    with pytest.raises(ExportError, match="unknown chart format"):
        export_chart(sector, tmp_path / "c.docx")
    with pytest.raises(ExportError, match="unknown page size"):
        export_chart(sector, tmp_path / "c.pdf", setup=PageSetup(page_size="B9"))
    assert list(tmp_path.iterdir()) == []


def test_orientation_choices(sector, tmp_path):
    export_chart(sector, tmp_path / "p.pdf", setup=PageSetup(orientation=Orientation.PORTRAIT, page_size="A3"))
    box = PdfReader(str(tmp_path / "p.pdf")).pages[0].mediabox
    assert float(box.height) > float(box.width)


@pytest.mark.parametrize(
    "setup",
    [
        PageSetup(),
        PageSetup(page_size="A3", orientation=Orientation.PORTRAIT, margins_mm=25.0),
        PageSetup(page_size="Letter", orientation=Orientation.LANDSCAPE, fit=Fit.POSTER),
        PageSetup(page_size="A5", margins_mm=0.0),
    ],
)
def test_preview_shows_the_page_the_pdf_gets(sector, tmp_path, setup):
    """The export dialog's preview and the PDF take their paper from one place: the same shape."""
    layout = chart_layout(sector, ChartOptions())
    image, report = render_first_page(layout, SheetText.of(sector, layout), setup, 600)
    export_chart(sector, tmp_path / "c.pdf", setup=setup, layout=layout)
    reader = PdfReader(str(tmp_path / "c.pdf"))
    box = reader.pages[0].mediabox
    assert image.height() == pytest.approx(600 * float(box.height) / float(box.width), abs=1)
    assert report.pages == len(reader.pages)


def test_directory_pages_are_portrait_with_room_for_text(sector, tmp_path):
    export_directory(sector, tmp_path / "d.pdf", setup=PageSetup(margins_mm=5.0))
    box = PdfReader(str(tmp_path / "d.pdf")).pages[0].mediabox
    assert float(box.height) > float(box.width)
    export_directory(sector, tmp_path / "l.pdf", setup=PageSetup(orientation=Orientation.LANDSCAPE))
    box = PdfReader(str(tmp_path / "l.pdf")).pages[0].mediabox
    assert float(box.height) < float(box.width)


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 64 KiB file system (tmpfs), so that a full disk is a full disk."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("name", ["chart.pdf", "chart.png", "chart.svg", "units.html"])
def test_full_disk_keeps_the_old_file(sector, tiny_disk, name):
    target = tiny_disk / name
    target.write_bytes(b"old")
    (tiny_disk / "filler").write_bytes(b"x" * 50_000)
    with pytest.raises(ExportError):
        if name.endswith(".html"):
            big = load_bytes(__import__("benchmarks.generate").generate.generate(300).encode()).organization
            export_directory(big, target)
        else:
            export_chart(sector, target, ChartOptions(content=Content.FULL), dpi=300)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tiny_disk.iterdir()) == sorted([name, "filler"])


def test_read_only_file_system(sector, tiny_disk):
    (tiny_disk / "chart.pdf").write_bytes(b"old")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(ExportError, match="cannot write in"):
        export_chart(sector, tiny_disk / "chart.pdf")
    assert (tiny_disk / "chart.pdf").read_bytes() == b"old"


@pytest.fixture(scope="module")
def generated():
    from benchmarks.generate import generate

    organization = load_bytes(generate(9000).encode("utf-8"), "generated.yaml").organization
    assert organization is not None
    return organization


@pytest.mark.parametrize(("name", "setup"), [("chart.pdf", PageSetup()), ("poster.pdf", PageSetup(fit=Fit.POSTER)),
                                             ("chart.svg", PageSetup()), ("chart.png", PageSetup())])  # fmt: skip
def test_export_reports_progress_from_start_to_end(generated, tmp_path, name, setup):
    seen: list[float] = []
    export_chart(generated, tmp_path / name, ChartOptions(content=Content.NAMES), setup, dpi=10, progress=seen.append)
    assert len(seen) >= 3 and seen == sorted(seen) and seen[0] < 0.35 and seen[-1] == 1.0


def test_cancelled_export_writes_nothing_and_keeps_the_old_file(generated, tmp_path):
    from orgexplorer.model import Cancelled

    target = tmp_path / "chart.pdf"
    target.write_bytes(b"the chart from yesterday")

    def cancel_halfway(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_chart(generated, target, ChartOptions(content=Content.NAMES), progress=cancel_halfway)
    assert target.read_bytes() == b"the chart from yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf"]


WIDE = "format: orgexplorer/1\norganization: Wide\nunits:\n  - id: top\n    name: Top\n    subunits:\n" + "".join(
    f"      - {{id: u{i}, name: Unit number {i}}}\n" for i in range(8)
)


def poster_scale_for(organization, overhang_pt):
    """The poster scale at which a chart is wider than one A4 landscape page's chart area by
    ``overhang_pt`` points of paper (its height fits one page)."""
    from orgexplorer.chart.export import chart_layout
    from orgexplorer.chart.paper import page_size_points
    from orgexplorer.chart.sheet import FOOTER_PT, HEADER_PT

    layout = chart_layout(organization, ChartOptions())
    setup = PageSetup(orientation=Orientation.LANDSCAPE, fit=Fit.POSTER)
    page_width, page_height = page_size_points(setup, layout)
    scale = (page_width + overhang_pt) / layout.width
    assert layout.height * scale < page_height - HEADER_PT - FOOTER_PT
    return scale


@pytest.mark.parametrize(("overhang", "pages"), [(1.0, 1), (2.5, 1), (8.0, 2), (60.0, 2)])
def test_poster_page_holding_only_a_sliver_is_not_printed(tmp_path, overhang, pages):
    # The last box pokes past the first page by ``overhang`` points of paper: 1 or 2.5 pt, its border
    # and some padding (the second page would show a hairline and nothing else); 8 pt, the end of its
    # name too; 60 pt, a part of the box and its text the first page cannot show.
    wide = load_bytes(WIDE.encode()).organization
    scale = poster_scale_for(wide, overhang)
    path = tmp_path / "poster.pdf"
    setup = PageSetup(orientation=Orientation.LANDSCAPE, fit=Fit.POSTER, poster_scale=scale)
    report = export_chart(wide, path, setup=setup)
    text, reader = pdf_text(path)
    assert len(reader.pages) == report.pages == pages
    for unit in wide:  # nothing left out: every name is on a printed page
        assert squash(unit.name) in text, unit.name


@pytest.fixture(scope="module")
def large():
    from benchmarks.generate import generate

    return load_bytes(generate(2000).encode()).organization


@pytest.mark.parametrize(("name", "budget"), [("big.png", 2_000_000), ("big.jpg", 1_000_000), ("big.webp", None)])
def test_image_too_large_to_make_is_scaled_down_and_says_so(large, tmp_path, name, budget):
    # At 150 dpi this chart would be over a billion pixels; .webp also allows at most 16,383 a side.
    from orgexplorer.chart.images import MAX_IMAGE_PIXELS

    path = tmp_path / name
    report = export_chart(large, path, dpi=150, max_image_pixels=budget or MAX_IMAGE_PIXELS)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() * image.height() <= (budget or MAX_IMAGE_PIXELS)
    assert max(image.width(), image.height()) <= 16_383 or not name.endswith(".webp")
    (warning,) = [w for w in report.warnings if "image size limit" in w]
    dpi = float(re.search(r"chart scaled to ([\d.]+) dpi to fit the image size limit", warning).group(1))
    assert 1 < dpi < 150
    if name.endswith(".png"):  # PNG keeps the resolution exactly (JPEG in whole dpi, WebP not at all)
        assert image.dotsPerMeterX() == pytest.approx(dpi / 0.0254, rel=0.01)
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}
    assert len(colours) > 1  # a chart, not a blank sheet


def test_image_that_fits_is_made_at_the_dpi_asked(sector, tmp_path):
    report = export_chart(sector, tmp_path / "c.png", dpi=150, max_image_pixels=10_000_000)
    assert not any("image size limit" in w for w in report.warnings)
    assert QImage(str(tmp_path / "c.png")).dotsPerMeterX() == round(150 / 0.0254)


@pytest.mark.parametrize("name", ["c.pdf", "c.svg", "c.png", "c.jpg", "c.tif", "c.webp", "c.bmp", "d.html"])
def test_every_format_check_refuses_a_cut_file(sector, tmp_path, name):
    """What a full disk leaves (the file cut anywhere) never passes the check made before the rename."""
    from orgexplorer.model.files import OutputError, check_format

    path = tmp_path / name
    if name.endswith(".html"):
        export_directory(sector, path)
    else:
        export_chart(sector, path, dpi=30)
    data = path.read_bytes()
    check = check_format(path.suffix)
    check(str(path))  # the whole file passes (and so does one without its last line break)
    for cut in sorted({1, 8, len(data) // 3, len(data) // 2, len(data) - 40, len(data) - 2}):
        path.write_bytes(data[:cut])
        with pytest.raises(OutputError, match="could not be written completely"):
            check(str(path))


def test_a_sheet_prints_the_bundled_source_whole(sector, tmp_path):
    # A sheet (SVG, images) has no page number: the source line may take the full width.
    path = tmp_path / "c.svg"
    export_chart(sector, path)
    text = " ".join(t for element in ET.parse(path).iter() if (t := element.text))
    assert f"Source: {sector.source}" in text
