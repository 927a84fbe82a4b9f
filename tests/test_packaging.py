"""Desktop integration files are valid where the validators are installed."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.orgexplorer.OrgExplorer"


def test_desktop_entry():
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_appstream_metadata():
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_matches_the_file_format():
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    globs = [g.get("pattern") for g in root.findall(".//m:glob", ns)]
    assert "*.orgx.yaml" in globs
    magic = root.find(".//m:match", ns).get("value")
    assert magic == "format: orgexplorer/1"
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "application/x-orgexplorer+yaml" in desktop and "Exec=orgexplorer %f" in desktop
