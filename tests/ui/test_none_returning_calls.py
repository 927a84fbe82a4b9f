"""PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc") after a few thousand
Qt calls that return None. The dependency pins avoid that pair; this test proves the installed pair
survives 50,000 such calls (painting, resizing, expanding), in a subprocess so that an abort is a
failure with a message instead of a dead test run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from orgexplorer.model import load_file
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.resources import resource_path

app = QApplication([])
window = MainWindow()
window.show()
window.set_organization(load_file(resource_path("defence_policy_sector.yaml")).organization, None)
tree = window.unit_tree
image = QImage(64, 64, QImage.Format.Format_ARGB32)
calls = 0
while calls < 50_000:
    painter = QPainter(image)
    for i in range(200):
        painter.drawLine(0, 0, i % 64, 63)          # returns None
    painter.end()
    for i in range(100):
        window.resize(800 + i % 7, 600)             # returns None
        tree.collapseAll()                          # returns None
        tree.expandAll()                            # returns None
    calls += 200 + 300
    app.processEvents()
print("calls", calls)
"""


@pytest.mark.slow  # about 37 s: a check of the installed PySide6, not of OrgExplorer
def test_fifty_thousand_none_returning_calls():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "calls 50000" in result.stdout
