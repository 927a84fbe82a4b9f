"""The command line and the files it is given: a missing input is a usage error, an output that is an
input or a folder is named as such, and outputs respect what already exists (write-protected files,
symbolic links, data files that may be somebody's work). Real files, the real command in a subprocess."""

from __future__ import annotations

import os
import stat

import pytest

from tests.conftest import BUNDLED
from tests.test_cli import run

SHEET = "id,parentId,name\n1,,Top\n2,1,Branch\n"


# --- a missing input is a usage error (status 2), for every command that reads one ---


@pytest.mark.parametrize(
    "command",
    [
        ("check", "{missing}"),
        ("tree", "{missing}"),
        ("search", "{missing}", "plans"),
        ("export", "{missing}", "-o", "{tmp}/c.pdf"),
        ("import", "{missing}", "-o", "{tmp}/o.yaml"),
        ("diff", "{missing}", str(BUNDLED)),
        ("export", str(BUNDLED), "-o", "{tmp}/c.pdf", "--compare", "{missing}"),
    ],
)
def test_a_missing_file_is_a_usage_error(tmp_path, command):
    missing = tmp_path / "nofile.yaml"
    args = [part.format(missing=missing, tmp=tmp_path) for part in command]
    result = run(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"orgexplorer {command[0]}: error: there is no file '{missing}'" in result.stderr
    assert "cannot read" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing written


def test_check_tells_each_missing_file_and_checks_the_others(tmp_path):
    result = run("check", str(BUNDLED), str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert result.returncode == 2
    assert "9 units, no errors" in result.stdout
    assert "there is no file" in result.stderr and result.stderr.count("there is no file") == 2


def test_a_link_to_nothing_as_input_says_where_it_points(tmp_path):
    link = tmp_path / "org.yaml"
    link.symlink_to(tmp_path / "gone.yaml")
    result = run("tree", str(link))
    assert result.returncode == 2 and f"is a link to '{tmp_path / 'gone.yaml'}', which does not exist" in result.stderr


def test_an_unreadable_existing_file_is_still_reported_where_it_is(tmp_path):
    """Only a file that is not there is a usage error; one that is there but is no file keeps its place."""
    result = run("tree", str(tmp_path))
    assert result.returncode == 1 and f"{tmp_path}:1:1: error: this is a folder, not a file" in result.stderr


# --- an output that is the input, or a folder ---


def test_export_to_its_own_input_names_the_input(tmp_path):
    source = tmp_path / "org.yaml"
    source.write_bytes(BUNDLED.read_bytes())
    link = tmp_path / "chart.pdf"
    link.symlink_to(source)  # a link to the input is the input too
    for output in (source, link):
        result = run("export", str(source), "-o", str(output))
        assert result.returncode == 2, result.stderr
        assert f"'{output}' is the input file '{source}' itself; choose another name" in result.stderr
        assert "unknown format" not in result.stderr
    assert source.read_bytes() == BUNDLED.read_bytes() and link.is_symlink()


@pytest.mark.parametrize(("command", "example"), [("export", "chart.pdf"), ("import", "organization.yaml")])
def test_an_output_that_is_a_folder_is_named_a_folder(tmp_path, command, example):
    source = tmp_path / "org.csv"
    source.write_text(SHEET, encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    result = run(command, str(source), "-o", str(folder))
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"'{folder}' is a folder; name the file to write in it, e.g. {folder / example}" in result.stderr
    assert list(folder.iterdir()) == []


# --- existing outputs ---


@pytest.mark.parametrize("name", ["c.pdf", "c.svg", "c.png", "units.csv"])
def test_a_write_protected_output_is_left_alone(tmp_path, name):
    """As `cp` refuses to replace a file the user may not write (and even as root, a 444 file)."""
    target = tmp_path / name
    target.write_bytes(b"kept")
    target.chmod(0o444)
    result = run("export", str(BUNDLED), "-o", str(target), "--force")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{target} is write-protected; it was left as it is" in result.stderr
    assert "wrote" not in result.stdout and "Traceback" not in result.stderr
    assert target.read_bytes() == b"kept" and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary left


def test_a_replaced_output_keeps_its_permissions(tmp_path):
    target = tmp_path / "c.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    assert run("export", str(BUNDLED), "-o", str(target)).returncode == 0
    assert target.read_bytes().startswith(b"%PDF") and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_output_link_is_written_through_and_stays_a_link(tmp_path):
    elsewhere = tmp_path / "charts"
    elsewhere.mkdir()
    real = elsewhere / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(os.path.relpath(real, tmp_path))
    result = run("export", str(BUNDLED), "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(real, tmp_path)
    assert real.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["real.pdf"]  # the temporary was beside the target


def test_an_output_link_to_nothing_is_refused(tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "nowhere" / "x.pdf")
    result = run("export", str(BUNDLED), "-o", str(link))
    assert result.returncode == 1 and "which does not exist; not writing through it" in result.stderr
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_an_output_link_to_a_write_protected_file_is_refused(tmp_path):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"kept")
    real.chmod(0o444)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    result = run("export", str(BUNDLED), "-o", str(link))
    assert result.returncode == 1 and "write-protected" in result.stderr
    assert real.read_bytes() == b"kept" and link.is_symlink()


def test_import_keeps_an_existing_organization_file_unless_forced(tmp_path):
    source = tmp_path / "units.csv"
    source.write_text(SHEET, encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("# my hand-written organization\n", encoding="utf-8")
    kept = run("import", str(source), "-o", str(mine))
    assert kept.returncode == 1, kept.stdout + kept.stderr
    assert f"{mine} exists and holds data; it was left as it is (--force replaces it)" in kept.stderr
    assert mine.read_text(encoding="utf-8") == "# my hand-written organization\n"
    forced = run("import", str(source), "-o", str(mine), "--force")
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert "Branch" in mine.read_text(encoding="utf-8")
    fresh = run("import", str(source), "-o", str(tmp_path / "new.yaml"))  # a new file needs no --force
    assert fresh.returncode == 0, fresh.stderr


def test_export_treats_its_spreadsheet_output_as_data_and_charts_as_remade(tmp_path):
    """Consistent with import: a spreadsheet (data that opens as an organization) needs --force; a chart
    is remade at will and replaced."""
    sheet, chart = tmp_path / "units.csv", tmp_path / "c.svg"
    sheet.write_text(SHEET, encoding="utf-8")
    chart.write_text("old", encoding="utf-8")
    kept = run("export", str(BUNDLED), "-o", str(sheet))
    assert kept.returncode == 1 and "exists and holds data" in kept.stderr
    assert sheet.read_text(encoding="utf-8") == SHEET
    assert run("export", str(BUNDLED), "-o", str(sheet), "--force").returncode == 0
    assert "Defence Policy Sector" in sheet.read_text(encoding="utf-8-sig")
    assert run("export", str(BUNDLED), "-o", str(chart)).returncode == 0
    assert chart.read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("command", ["export", "import"])
def test_help_says_what_force_replaces(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "--force" in result.stdout
    assert "write-protected" in " ".join(result.stdout.split())
