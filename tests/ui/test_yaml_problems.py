"""The window shows a YAML syntax error in the file author's terms, at its line and column."""

from __future__ import annotations

from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED


def test_problems_list_explains_an_over_indented_key(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    bad = tmp_path / "indented.yaml"
    bad.write_text("format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    name: A\n     kind: office\n")
    assert not window.open_file(bad)
    assert window.organization.title == "Ministry of Defence of the Republic of Serbia"  # kept open
    listed = window.problems_panel.findChild(object, "problemsList")
    assert listed.count() == 1
    assert listed.item(0).text().startswith("6:6: this line is indented further than line 5 above it")
    assert "move 'kind' to column 5" in listed.item(0).text()
    # The sentence is wrapped in the list, not hidden behind a horizontal scroll bar.
    window.resize(900, 700)
    qtbot.waitUntil(lambda: listed.visualItemRect(listed.item(0)).height() > listed.fontMetrics().height() * 1.5)
    assert not listed.horizontalScrollBar().isVisible()
