"""Test configuration: headless Qt, settings in a temporary folder, shared paths."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Set before any QApplication exists: the tests run headless whoever starts them.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The load cache of the tests goes to a temporary folder, not the user's cache.
os.environ.setdefault("ORGEXPLORER_CACHE_DIR", tempfile.mkdtemp(prefix="orgexplorer-test-cache-"))

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "resources" / "defence_policy_sector.yaml"
SEED = REPO.parent / "shared" / "seed" / "defence-policy-sector.txt"
#: A small organization in which every kind of relation occurs.
ALL_RELATIONS = b"""\
format: orgexplorer/1
organization: O
units:
  - id: root
    name: Root
    head: Director
    subunits:
      - {id: a, name: Alpha, related: [b]}
      - {id: b, name: Beta}
    attached:
      - {id: staff, name: Staff}
"""


@pytest.fixture(autouse=True, scope="session")
def _qt_settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point QSettings at a temporary folder (only when Qt is loaded: model tests stay Qt-free)."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # pragma: no cover
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("OrgExplorerTests")
    QCoreApplication.setApplicationName("OrgExplorerTests")


@pytest.fixture
def bundled_path() -> Path:
    return BUNDLED


def write(tmp_path: Path, text: str, name: str = "org.yaml") -> Path:
    """Write ``text`` to a file in ``tmp_path`` and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
