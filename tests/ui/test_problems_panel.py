"""The Problems panel read as a user reads it: each message whole, wrapped to the panel's width; the
excerpt the lines of a text file in any encoding the loader reads, never the bytes of a binary one (a
workbook's zip, random bytes), which it names instead."""

from __future__ import annotations

import random
import zipfile

import pytest
from PySide6.QtWidgets import QApplication

from orgexplorer.model import Problem, load_file
from orgexplorer.ui.problems_panel import ProblemsPanel
from tests.conftest import write


@pytest.fixture
def panel(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    return panel


def _shown(panel, path, line=2, column=3):
    panel.show_problems(str(path), [Problem(str(path), line, column, "something is wrong here")], None)
    return panel.findChild(object, "problemExcerpt").toPlainText()


def test_a_workbook_is_named_not_shown_as_its_zip_bytes(panel, tmp_path):
    path = tmp_path / "hr.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("docProps/app.xml", "<Properties/>" * 50)
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    text = _shown(panel, path)
    assert "PK" not in text and "docProps" not in text
    assert "something is wrong here" in text
    assert "Binary content (not text): not shown." in text and "the sheet's row and column" in text


def test_random_bytes_are_named_binary_not_shown_as_mojibake(panel, tmp_path):
    path = tmp_path / "junk.yaml"
    path.write_bytes(random.Random(7).randbytes(5000).replace(b"\0", b"\1"))
    text = _shown(panel, path)
    assert "\ufffd" not in text and "Binary content (not text): not shown." in text
    assert "sheet's row" not in text


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ("a: 1\nname: Odeljenje è\nc: 3\n".encode("latin-1"), "2 | name: Odeljenje \ufffd"),  # another encoding
        ("id,parentId,name\n1,,Одељење\n".encode("utf-16"), "2 | 1,,Одељење"),  # UTF-16, as the loader reads it
        ("\ufeffid;name\n1;Šifra\n".encode(), "2 | 1;Šifra"),
    ],
    ids=["latin-1", "utf-16", "utf-8 with BOM"],
)
def test_text_files_show_their_lines(panel, tmp_path, data, line):
    path = tmp_path / "org.csv"
    path.write_bytes(data)
    text = _shown(panel, path)
    assert line in text and "  |   ^" in text
    assert "Binary content" not in text


LONG_ID = "procurement-and-public-tenders-department-of-the-directorate-for-budget-and-finance"
BAD = f"""\
format: orgexplorer/1
organization: O
units:
  - id: a
    name: A
    related: [{LONG_ID}]
    subunits:
      - {{id: b, name: B, kindd: office}}
"""


def test_long_messages_wrap_instead_of_hiding_behind_a_scroll_bar(qtbot, tmp_path):
    path = write(tmp_path, BAD)
    problems = load_file(path).problems
    assert len(problems) == 2 and any(LONG_ID in problem.message for problem in problems)
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 300)
    panel.show()
    panel.show_problems(str(path), problems, "Another organization")
    listed = panel.findChild(object, "problemsList")
    QApplication.processEvents()
    assert listed.horizontalScrollBar().maximum() == 0
    viewport = listed.viewport().rect()
    rects = [listed.visualItemRect(listed.item(row)) for row in range(listed.count())]
    assert all(rect.right() <= viewport.right() for rect in rects)  # no message runs off the side
    long_row = next(row for row, problem in enumerate(problems) if LONG_ID in problem.message)
    line = listed.fontMetrics().height()
    assert rects[long_row].height() >= 2 * line  # the long one on several lines, all of it shown
    # Narrower still: wrapped again.
    panel.resize(380, 300)
    QApplication.processEvents()
    assert listed.horizontalScrollBar().maximum() == 0
    assert listed.visualItemRect(listed.item(long_row)).height() > rects[long_row].height()
