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


@pytest.mark.parametrize(
    "headers",
    [
        "Naziv;Nadređeni;Radno mesto;Nadležnosti",  # the tryout's Serbian HR sheet, and its responsibilities
        "Назив;Надређени;Радно место;Надлежности",
        "Naziv jedinice;Nadredjena jedinica;Funkcija;Poslovi",  # without diacritics, other words
    ],
)
def test_serbian_headers_name_their_roles(headers):
    text = f"{headers}\nUprava;;Direktor;upravljanje\nProdaja;Uprava;Šef prodaje;prodaja robe\n"
    result = load_spreadsheet(text.encode(), "hr.csv")
    assert result.ok, result.problems
    top, sales = result.organization.units
    assert (top.name, sales.name, sales.parent) == ("Uprava", "Prodaja", top.index)
    assert sales.head is not None and sales.head.title == "Šef prodaje"
    assert sales.responsibilities == ("prodaja robe",) and sales.details == ()


def test_a_column_named_for_names_may_hold_the_parents_ids():
    # "Nadređena" reads as the parent's name, but an HR system may put its id there: either is found.
    text = "Šifra;Naziv;Nadređena\n100;Uprava;\n110;Prodaja;100\n120;Nabavka;Uprava\n"
    result = load_spreadsheet(text.encode(), "hr.csv")
    assert result.ok, result.problems
    top, sales, buying = result.organization.units
    assert sales.parent == top.index and buying.parent == top.index
