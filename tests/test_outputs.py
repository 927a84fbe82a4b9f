"""Every writer on a full disk, for real: the command runs in a subprocess whose file-size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored) makes every write past it fail with EFBIG, as a full disk does.
The command must exit 1 with a message, keep the user's old file and leave no temporary behind."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate
from tests.conftest import BUNDLED

LIMIT = 4096  # bytes: every output below is larger


def run(*args: str, limit: int | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    def small_disk() -> None:  # runs in the child before exec
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        preexec_fn=small_disk if limit is not None else None,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def organization_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("org") / "org.yaml"
    path.write_text(generate(300), encoding="utf-8")
    return path


CASES = [
    ("chart.pdf", []),
    ("chart.svg", []),
    ("chart.png", ["--dpi", "40"]),
    ("chart.jpg", ["--dpi", "40"]),
    ("chart.tif", ["--dpi", "40"]),
    ("chart.webp", ["--dpi", "40"]),
    ("units.pdf", ["--directory"]),
    ("units.html", []),
    ("units.csv", []),
]


@pytest.mark.parametrize(("name", "options"), CASES)
def test_export_on_a_full_disk_fails_and_keeps_the_old_file(organization_file, tmp_path, name, options):
    target = tmp_path / name
    target.write_bytes(b"yesterday's file")
    result = run("export", str(organization_file), "-o", str(target), "--depth", "2", *options, limit=LIMIT)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "wrote" not in result.stdout
    assert f"cannot write {target}" in result.stderr or "could not be written" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == b"yesterday's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary left behind


def test_import_on_a_full_disk_fails_and_keeps_the_old_file(organization_file, tmp_path):
    spreadsheet = tmp_path / "units.csv"
    assert run("export", str(organization_file), "-o", str(spreadsheet)).returncode == 0
    target = tmp_path / "org.yaml"
    target.write_bytes(b"yesterday's file")
    result = run("import", str(spreadsheet), "-o", str(target), limit=LIMIT)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"cannot write {target}" in result.stderr and "Traceback" not in result.stderr
    assert target.read_bytes() == b"yesterday's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org.yaml", "units.csv"]


def test_the_import_command_loads_no_qt(tmp_path):
    source = tmp_path / "org.csv"
    source.write_text("id,parentId,name\n1,,A\n2,1,B\n", encoding="utf-8")
    probe = (
        "import sys; from orgexplorer.cli import main; "
        f"status = main(['import', {str(source)!r}, '-o', {str(tmp_path / 'org.yaml')!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(status)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("[]"), result.stdout


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".csv", ".yaml"])
def test_a_254_character_output_name_works(tmp_path, suffix):
    target = tmp_path / ("n" * (254 - len(suffix)) + suffix)
    if suffix == ".yaml":
        source = tmp_path / "org.csv"
        source.write_text("id,parentId,name\n1,,A\n2,1,B\n", encoding="utf-8")
        result = run("import", str(source), "-o", str(target))
    else:
        result = run("export", str(BUNDLED), "-o", str(target))
    assert result.returncode == 0, result.stdout + result.stderr
    assert target.stat().st_size > 0


def test_an_output_that_is_a_device_is_refused(tmp_path):
    device = tmp_path / "fifo.pdf"
    os.mkfifo(device)
    result = run("export", str(BUNDLED), "-o", str(device))
    assert result.returncode == 1 and "not a regular file" in result.stderr, result.stderr
    assert Path(device).is_fifo()
