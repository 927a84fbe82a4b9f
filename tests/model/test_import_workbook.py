"""An .xlsx workbook keeps what the file says of the whole organization on a second sheet, and import
reads it back; a workbook from elsewhere (no such sheet) imports exactly as before."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from orgexplorer.model import load_file
from orgexplorer.model.files import OutputError, check_zip
from orgexplorer.model.importer import ORGANIZATION_SHEET
from orgexplorer.model.loader import load_spreadsheet
from tests.conftest import BUNDLED

openpyxl = pytest.importorskip("openpyxl")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "orgexplorer", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)  # fmt: skip


def workbook(*sheets: tuple[str, list[list[str]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


UNITS = ("Units", [["id", "parentId", "name"], ["hq", "", "Head Office"], ["hr", "hq", "Human Resources"]])


def test_export_import_round_trip_keeps_everything(tmp_path):
    sheet, again = tmp_path / "units.xlsx", tmp_path / "again.yaml"
    exported = run("export", str(BUNDLED), "-o", str(sheet))
    assert exported.returncode == 0 and "warning" not in exported.stderr, exported.stderr
    assert run("import", str(sheet), "-o", str(again)).returncode == 0
    diff = run("diff", str(BUNDLED), str(again))
    assert (diff.returncode, diff.stdout.strip()) == (0, "no changes")
    book = openpyxl.load_workbook(sheet, read_only=True)
    assert book.sheetnames == ["Units", ORGANIZATION_SHEET]
    rows = [[cell.value for cell in row] for row in book[ORGANIZATION_SHEET].iter_rows()]
    assert rows[:2] == [
        ["field", "term", "text"],
        ["organization", None, "Ministry of Defence of the Republic of Serbia"],
    ]
    assert ["glossary", "SAF", "Serbian Armed Forces"] in rows


def test_a_name_like_a_formula_stays_text(tmp_path):
    source = tmp_path / "f.yaml"
    source.write_text('format: orgexplorer/1\norganization: "=cmd"\nunits:\n  - {id: a, name: "=1+1"}\n', "utf-8")
    assert run("export", str(source), "-o", str(tmp_path / "f.xlsx")).returncode == 0
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx")["Units"]
    assert sheet["B2"].value == "=1+1" and sheet["B2"].data_type == "s"
    result = load_file(tmp_path / "f.xlsx")
    assert result.organization.title == "=cmd" and result.organization.units[0].name == "=1+1"


def test_a_workbook_without_the_sheet_imports_as_before():
    notes = ("Notes", [["field", "term", "text"], ["organization", "", "X"]])
    for sheets in ((UNITS,), (UNITS, notes)):
        result = load_spreadsheet(workbook(*sheets), "/data/staff-list.xlsx")
        assert result.organization is not None
        # A sheet of notes is not the Organization sheet: it is not read, and the user is told so.
        assert [problem.message for problem in result.problems] == (
            [] if len(sheets) == 1 else [
                "the workbook has 2 sheets; the first, 'Units', was read, not 'Notes' "
                "(choose one with --sheet NAME, or in the window's import)"
            ]
        )  # fmt: skip
        organization = result.organization
        assert organization.title == "Staff list"  # from the file's name, as always
        assert organization.source == "Imported from staff-list.xlsx" and organization.glossary == {}
        assert [unit.name for unit in organization.units] == ["Head Office", "Human Resources"]


def test_the_organization_sheet_is_read_and_what_it_holds_wrong_is_said():
    about = (ORGANIZATION_SHEET, [
        ["field", "term", "text"],
        ["organization", "", "Acme Holding"],
        ["source", "", "The 2025 staff list"],
        ["glossary", "HR", "Human Resources"],
        ["glossary", "HR", "Human Relations"],
        ["glossary", "", "no term"],
        ["colour", "", "blue"],
    ])  # fmt: skip
    result = load_spreadsheet(workbook(UNITS, about), "/data/staff.xlsx")
    organization = result.organization
    assert organization is not None
    assert (organization.title, organization.source) == ("Acme Holding", "The 2025 staff list")
    assert organization.glossary == {"HR": "Human Resources"}
    warnings = [(p.line, p.column, p.message) for p in result.problems]
    assert warnings == [
        (5, 2, "sheet 'Organization', row 5: the term 'HR' again (row 4 kept)"),
        (6, 2, "sheet 'Organization', row 6: a glossary row without its term (left out)"),
        (7, 1, "sheet 'Organization', row 7: 'colour' is no field; the fields are organization, source, glossary "
               "(left out)"),
    ]  # fmt: skip
    titled = load_spreadsheet(workbook(UNITS, about), "/data/staff.xlsx", title="Given")
    assert titled.organization.title == "Given"  # --title wins


def test_a_truncated_workbook_is_not_taken_for_complete(tmp_path):
    whole = workbook(UNITS)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(OutputError, match="not written completely"):
        check_zip(str(path))
    path.write_bytes(whole)
    check_zip(str(path))
