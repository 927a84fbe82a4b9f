"""The header is found below title rows, notes and blank rows (an HR export's shape), said when it is
not the first row, and can be chosen (``--header-row``, the import dialog's Header row)."""

from __future__ import annotations

import csv
import datetime
import io
import subprocess
import sys

import pytest

from orgexplorer.model.import_preview import preview_sheet
from orgexplorer.model.importer import ImportChoices
from orgexplorer.model.loader import load_spreadsheet

openpyxl = pytest.importorskip("openpyxl")

HEADER = ["Employee ID", "Full Name", "Job Title", "Manager", "Department", "Start Date"]
PEOPLE = [
    ["E001", "Marko Petrović", "Generalni direktor", None, "Uprava", datetime.datetime(2010, 5, 1)],
    ["E002", "Јелена Јовановић", "Direktorka", "Marko Petrović", "Ljudski resursi", datetime.datetime(2012, 3, 15)],
    ["E003", "Nikola Đorđević", "Finansijski direktor", "Marko Petrović", "Finansije", datetime.datetime(2011, 1, 10)],
]


def hr_workbook(above: list[list[object]], merge: str | None = None, blank_between: bool = True) -> bytes:
    """The tryout's shape: a Readme sheet first, then the Employees sheet with ``above`` the header."""
    book = openpyxl.Workbook()
    book.active.title = "Readme"
    book.active.append(["Export from HRIS 2026-11-30"])
    sheet = book.create_sheet("Employees")
    for row in above:
        sheet.append(row)
    sheet.append(HEADER)
    for person in PEOPLE:
        sheet.append(person)
        if blank_between:
            sheet.append([])
    if merge:
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "orgexplorer", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)  # fmt: skip


ABOVE = [
    pytest.param([["ACME d.o.o. — Organizational structure"]], id="merged title"),
    pytest.param([["ACME d.o.o."], [], ["Exported 2026-11-30 by HRIS", None, "confidential"], []], id="notes"),
    pytest.param([[], [], []], id="blank rows"),
]


@pytest.mark.parametrize("above", ABOVE)
def test_the_header_below_a_title_is_found_and_said(above):
    data = hr_workbook(above, merge="A1:F1" if len(above) == 1 else None)
    result = load_spreadsheet(data, "hr.xlsx", sheet="Employees")
    assert result.ok, result.problems
    names = sorted(unit.name for unit in result.organization.units)
    assert names == sorted(person[1] for person in PEOPLE)
    marko = next(unit for unit in result.organization.units if unit.name == "Marko Petrović")
    assert dict(marko.details)["Start Date"] == "2010-05-01"
    header = len(above) + 1
    said = [p for p in result.problems if "header" in p.message]
    if any(any(cell for cell in row) for row in above):
        (problem,) = said
        assert (problem.line, problem.is_error) == (header, False)
        assert f"row {header}" in problem.message and "--header-row" in problem.message
    else:
        assert not said  # blank rows above hide nothing


def test_a_csv_with_a_title_line_above_the_header_imports(tmp_path):
    out = io.StringIO()
    out.write("ACME d.o.o. organizational structure\n\n")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["id", "parent", "name"])
    writer.writerows([["1", "", "Uprava"], ["2", "1", "Finansije"], ["3", "1", "Ljudski resursi"]])
    result = load_spreadsheet(out.getvalue().encode(), "hr.csv")
    assert result.ok, result.problems
    assert [unit.name for unit in result.organization.units] == ["Uprava", "Finansije", "Ljudski resursi"]
    assert result.organization.units[0].line == 4


def test_the_header_row_can_be_chosen_and_the_preview_says_which_was_taken(tmp_path):
    data = hr_workbook([["ACME d.o.o. — Organizational structure"]], merge="A1:F1")
    preview = preview_sheet(data, "hr.xlsx", ImportChoices(sheet="Employees"))
    assert (preview.header_row, preview.headers) == (2, HEADER)
    assert preview.rows[0] == (3, ["E001", "Marko Petrović", "Generalni direktor", "", "Uprava", "2010-05-01"])
    chosen = preview_sheet(data, "hr.xlsx", ImportChoices(sheet="Employees", header_row=1))
    assert chosen.header_row == 1 and chosen.headers[0] == "ACME d.o.o. — Organizational structure"
    # Taken as chosen: the title is the only header, so the values beside it are reported, not lost.
    result = load_spreadsheet(data, "hr.xlsx", sheet="Employees", header_row=1)
    unnamed = [p for p in result.problems if "no header" in p.message]
    assert unnamed and {p.column for p in unnamed} >= {2, 3}
    assert all("row 1" in p.message for p in unnamed)


def test_a_header_row_below_the_data_is_refused_with_its_reason():
    data = hr_workbook([], blank_between=False)
    result = load_spreadsheet(data, "hr.xlsx", sheet="Employees", header_row=40)
    assert not result.ok
    assert any("row 40" in p.message and "header" in p.message for p in result.errors)


def test_import_takes_the_header_row_on_the_command_line(tmp_path):
    source = tmp_path / "hr_multi.xlsx"
    source.write_bytes(hr_workbook([["ACME d.o.o. — Organizational structure"]], merge="A1:F1"))
    found = run("import", str(source), "--sheet", "Employees", "-o", str(tmp_path / "a.yaml"))
    assert found.returncode == 0, found.stdout + found.stderr
    assert ":2:1: warning:" in found.stdout and "--header-row" in found.stdout
    chosen = run("import", str(source), "--sheet", "Employees", "--header-row", "2", "-o", str(tmp_path / "b.yaml"))
    assert chosen.returncode == 0 and "warning" not in chosen.stdout, chosen.stdout
    assert (tmp_path / "a.yaml").read_text("utf-8").split("\n", 1)[1] == (tmp_path / "b.yaml").read_text("utf-8").split(
        "\n", 1
    )[1]
    bad = run("import", str(source), "--header-row", "0", "-o", str(tmp_path / "c.yaml"))
    assert bad.returncode == 2 and "--header-row" in bad.stderr


def test_a_first_row_naming_the_importers_columns_stays_the_header_beside_many_unnamed_ones():
    """A header of id, parent and name above rows with four notes each in unnamed columns: still the
    header (it names the importer's columns), and the notes are reported, not taken for a header."""
    text = "id,parent,name\n1,,Top,a,b,c,d\n2,1,Child,a,b,c,d\n"
    result = load_spreadsheet(text.encode(), "t.csv")
    assert [unit.name for unit in result.organization.units] == ["Top", "Child"]
    assert {p.column for p in result.problems if "no header" in p.message} == {4, 5, 6, 7}
