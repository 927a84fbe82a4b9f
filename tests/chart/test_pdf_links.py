"""Links between pages appended to a finished PDF: Qt's files read directly, others through pypdf."""

from __future__ import annotations

import mmap

import pytest
from pypdf import PdfReader, PdfWriter

from orgexplorer.chart import pdf_links


def targets(path) -> list[list[int]]:
    reader = PdfReader(str(path), strict=True)
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    out = []
    for page in reader.pages:
        annotations = page.get("/Annots")
        found = annotations.get_object() if annotations is not None else []
        out.append([numbers[a.get_object()["/Dest"][0].idnum] for a in found])
    return out


def test_qt_pdf_is_read_directly_and_linked(qapp, tmp_path):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for number in range(3):
        if number:
            writer.newPage()
        painter.drawText(QPointF(100, 100), f"page {number + 1}")
    painter.end()
    del writer
    with open(path, "rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
        assert len(pdf_links._read_classic(data).pages) == 3  # Qt's layout, no pypdf needed
    pdf_links.add_links(str(path), [[(0, 0, 50, 10, 3)], [], [(0, 0, 50, 10, 1), (0, 20, 50, 10, 2)]], 842, 28, 28)
    assert targets(path) == [[3], [], [1, 2]]
    assert [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages] == ["page 1", "page 2", "page 3"]


@pytest.mark.parametrize("direct", [True, False])
def test_other_pdfs(tmp_path, monkeypatch, direct):
    """A file pypdf wrote (pages without annotation arrays): read directly, or through pypdf as any
    file Qt's layout does not describe would be."""
    path = tmp_path / "other.pdf"
    writer = PdfWriter()
    for _ in range(2):
        writer.add_blank_page(200, 200)
    writer.write(str(path))
    if not direct:

        def unsupported(data):
            raise pdf_links._Unsupported("as if it were a cross-reference stream")

        monkeypatch.setattr(pdf_links, "_read_classic", unsupported)
    pdf_links.add_links(str(path), [[(0, 0, 20, 20, 2)], [(0, 0, 20, 20, 1)]], 200, 0, 0)
    assert targets(path) == [[2], [1]]
    pdf_links.add_links(str(path), [[(0, 50, 20, 20, 1)], []], 200, 0, 0)  # a second update keeps the first
    assert targets(path) == [[2, 1], [1]]
