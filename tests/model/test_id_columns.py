"""An HR sheet's own id column (Employee ID, Personnel number, Šifra, ID radnika, …) gives the units'
ids, in either script and with or without diacritics, instead of ids made from names."""

from __future__ import annotations

import pytest

from orgexplorer.model.importer import match_columns
from orgexplorer.model.loader import load_spreadsheet
from orgexplorer.model.problems import Report


@pytest.mark.parametrize(
    "header",
    ["Employee ID", "Emp. ID", "EmployeeID", "employee_number", "Personnel number", "Personnel No.", "Staff ID",
     "Šifra", "Sifra", "ШИФРА", "ID radnika", "ИД радника", "Šifra radnika", "Unit ID", "code"],
)  # fmt: skip
def test_an_id_column_is_taken_by_its_header(header):
    text = f"{header};Full Name;Manager\nE001;Ana Ilić;\nE002;Marko Petrović;Ana Ilić\n"
    result = load_spreadsheet(text.encode(), "hr.csv")
    assert result.ok, result.problems
    assert [unit.id for unit in result.organization.units] == ["E001", "E002"]
    assert result.organization.units[0].details == ()  # the id column is the id, not a detail too


@pytest.mark.parametrize("header", ["Department ID", "Manager ID", "Cost centre", "Identity", "Idea"])
def test_other_columns_are_not_taken_for_ids(header):
    columns = match_columns([header, "name", "parent"], {}, Report("t.csv"))
    assert "id" not in columns or header == "Manager ID"
