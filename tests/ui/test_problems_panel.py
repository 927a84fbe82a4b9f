"""The Problems panel read as a user reads it: each message whole, wrapped to the panel's width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from orgexplorer.model import load_file
from orgexplorer.ui.problems_panel import ProblemsPanel
from tests.conftest import write

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
