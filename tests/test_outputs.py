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


CASES = [  # --depth only for charts: the unit directory refuses an option it has no use for
    ("chart.pdf", ["--depth", "2"]),
    ("chart.svg", ["--depth", "2"]),
    ("chart.png", ["--depth", "2", "--dpi", "40"]),
    ("chart.jpg", ["--depth", "2", "--dpi", "40"]),
    ("chart.tif", ["--depth", "2", "--dpi", "40"]),
    ("chart.webp", ["--depth", "2", "--dpi", "40"]),
    ("units.pdf", ["--directory"]),
    ("units.html", []),
    ("units.csv", ["--force"]),  # yesterday's spreadsheet is data: replaced only when asked
]


@pytest.mark.parametrize(("name", "options"), CASES)
def test_export_on_a_full_disk_fails_and_keeps_the_old_file(organization_file, tmp_path, name, options):
    target = tmp_path / name
    target.write_bytes(b"yesterday's file")
    result = run("export", str(organization_file), "-o", str(target), *options, limit=LIMIT)
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
    result = run("import", str(spreadsheet), "-o", str(target), "--force", limit=LIMIT)
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


# --- inputs that are not regular files ---


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "org.csv"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("command", ["check", "import", "tree", "export"])
def test_a_fifo_is_refused_at_once(fifo, tmp_path, command):
    """Nobody writes into the FIFO: a reader that opened it would wait for ever (the timeout fails)."""
    extra = ["-o", str(tmp_path / ("out.yaml" if command == "import" else "out.pdf"))] if command in (
        "import", "export") else []  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", command, str(fifo), *extra],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"{fifo}:1:1: error: this is a pipe (FIFO), not a regular file" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_import_of_a_device_ends_at_once(tmp_path, device):
    link = tmp_path / "zero.csv"  # a link to a device: followed, and refused as a device
    link.symlink_to(device)
    for source in (device, str(link)):
        result = subprocess.run(
            [sys.executable, "-m", "orgexplorer", "import", source, "-o", str(tmp_path / "o.yaml")],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert result.returncode == 1
        assert f"{source}:1:1: error: this is a device, not a regular file" in result.stdout, result.stdout
    assert not (tmp_path / "o.yaml").exists()


def test_a_file_over_the_limit_is_refused_not_cut(tmp_path):
    from orgexplorer.model.files import InputError, read_input

    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 1001)
    assert read_input(path, 1001) == b"x" * 1001
    with pytest.raises(InputError, match="more than the limit"):
        read_input(path, 1000)


def test_the_problems_panel_does_not_read_a_fifo(fifo):
    probe = f"from orgexplorer.ui.problems_panel import excerpt; print(repr(excerpt({str(fifo)!r}, 1, 1)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "''", result.stderr
