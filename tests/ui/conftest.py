"""Every widget test needs the QApplication first: icons and pixmaps abort the process without one;
and the interface's language installed, as the application does when it starts (English takes the
singular of a counted phrase, "1 unit found", from its translation file)."""

from __future__ import annotations

import pytest

from orgexplorer.ui.language import install_language


@pytest.fixture(autouse=True)
def _application(qapp):
    install_language("en")
    return qapp
