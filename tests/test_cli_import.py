"""``orgexplorer import`` on the files users bring: European CSVs, workbooks of several sheets, and
files that are nothing to import; each answer a sentence that says what to do."""

from __future__ import annotations

import pytest

from orgexplorer.model import load_file
from tests.conftest import BUNDLED
from tests.test_cli import run


def test_the_tryouts_semicolon_csv_with_crlf_imports(tmp_path):
    source = tmp_path / "min_crlf.csv"
    source.write_bytes(b'id;parentId;name;note\r\n1;;Koren;\r\n2;1;Dete;"a; b"\r\n')
    out = tmp_path / "min.yaml"
    result = run("import", str(source), "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert load_file(out).organization.by_id("2").details == (("note", "a; b"),)


def test_a_separator_can_be_given(tmp_path):
    source = tmp_path / "colons.csv"
    source.write_text("id:parentId:name\n1::Koren\n2:1:Dete\n", encoding="utf-8")
    out = tmp_path / "o.yaml"
    refused = run("import", str(source), "-o", str(out))
    assert refused.returncode == 1
    assert "the column separator could not be determined" in refused.stdout and "--delimiter" in refused.stdout
    result = run("import", str(source), "-o", str(out), "--delimiter", ":")
    assert result.returncode == 0, result.stdout + result.stderr
    assert load_file(out).organization.by_id("2").name == "Dete"


def test_a_sheet_can_be_chosen(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["just notes"])
    units = book.create_sheet("Units")
    for row in (["id", "parentId", "name"], [1, None, "Top"], [2, 1, "Child"]):
        units.append(row)
    source = tmp_path / "book.xlsx"
    book.save(source)
    out = tmp_path / "o.yaml"
    first = run("import", str(source), "-o", str(out))
    assert "the first, 'Notes', was read, not 'Units' (choose one with --sheet NAME" in first.stdout
    result = run("import", str(source), "-o", str(out), "--sheet", "Units")
    assert result.returncode == 0, result.stdout + result.stderr
    assert [unit.name for unit in load_file(out).organization.walk()] == ["Top", "Child"]
    misused = run("import", str(source), "-o", str(out), "--force", "--delimiter", ";")
    assert misused.returncode == 2 and "--delimiter is for CSV and TSV files" in misused.stderr


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        ((str(BUNDLED),), "'defence_policy_sector.yaml' is an organization file already (YAML): nothing to import"),
        (("IN.csv", "--delimiter", "ab"), "'ab' cannot separate columns; give one character such as , ; |"),
        (("IN.csv", "--sheet", "Units"), "--sheet is for .xlsx workbooks"),
    ],
)  # fmt: skip
def test_what_is_nothing_to_import_is_refused_with_a_sentence(tmp_path, args, sentence):
    (tmp_path / "IN.csv").write_text("id,parentId,name\n1,,A\n", encoding="utf-8")
    args = tuple(str(tmp_path / a) if a == "IN.csv" else a for a in args)
    result = run("import", *args, "-o", str(tmp_path / "x.yaml"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert sentence in result.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_the_window_command_says_it_opens_spreadsheets_too():
    result = run("--help")
    assert "an organization file (.yaml), or a spreadsheet to import (.csv, .tsv, .xlsx)" in " ".join(
        result.stdout.split()
    )
