"""Every widget test needs the QApplication first: icons and pixmaps abort the process without one;
and the interface's language installed, as the application does when it starts (English takes the
singular of a counted phrase, "1 unit found", from its translation file).

``window``: the main window shown on the bundled sector; a test file that needs another start (a
size, another file, a filter) defines its own ``window``, which takes this one's place."""

from __future__ import annotations

import pytest

from orgexplorer.ui.language import install_language
from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED


@pytest.fixture(autouse=True)
def _application(qapp):
    install_language("en")
    return qapp


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    return window
