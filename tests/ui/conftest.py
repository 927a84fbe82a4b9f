"""Every widget test needs the QApplication first: icons and pixmaps abort the process without one."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp
