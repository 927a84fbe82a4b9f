"""Reading spreadsheets as their programs write them: any common column separator, line end, byte-order
mark or encoding; quoted cells holding separators and line breaks; workbook cells as they are shown."""

from __future__ import annotations

import codecs
import datetime
import unicodedata

import pytest

from orgexplorer.model import load_file
from orgexplorer.model.delimiter import find_delimiter, parse_delimiter
from orgexplorer.model.importer import ImportChoices
from orgexplorer.model.loader import load_spreadsheet

ROWS = [
    ["id", "parentId", "name", "note"],
    ["1", "", "Koren", ""],
    ["2", "1", "Dete", "a{sep} b"],  # quoted: holds the separator
    ["3", "1", "Drugo, treće; četvrto", "line one\nline two"],  # quoted: a line break, and other separators
]


def _csv(separator: str, newline: str) -> str:
    def cell(text: str) -> str:
        text = text.format(sep=separator)
        if any(char in text for char in (separator, "\n", '"', ",", ";", "|", "\t")):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(separator.join(cell(text) for text in row) + newline for row in ROWS)


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16 with BOM": lambda text: text.encode("utf-16"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["CRLF", "LF"])
@pytest.mark.parametrize("separator", [",", ";", "\t", "|"], ids=["comma", "semicolon", "tab", "bar"])
def test_every_common_separator_line_end_and_encoding_imports(tmp_path, separator, newline, encoding):
    path = tmp_path / "units.csv"
    path.write_bytes(ENCODINGS[encoding](_csv(separator, newline)))
    result = load_file(path)
    assert result.ok, result.problems
    organization = result.organization
    assert [unit.name for unit in organization.walk()] == ["Koren", "Dete", "Drugo, treće; četvrto"]
    assert organization.by_id("2").details == (("note", f"a{separator} b"),)
    assert organization.by_id("3").details == (("note", "line one\nline two"),)


def test_excel_semicolon_csv_with_crlf_and_a_quoted_semicolon_imports(tmp_path):
    """The tryout's repro: what Excel writes as "CSV (semicolon)" in a European locale."""
    path = tmp_path / "min_crlf.csv"
    path.write_bytes(b'id;parentId;name;note\r\n1;;Koren;\r\n2;1;Dete;"a; b"\r\n')
    result = load_file(path)
    assert result.problems == []
    assert result.organization.by_id("2").details == (("note", "a; b"),)


HR = (
    "\ufeffŠifra;Naziv jedinice;Nadređena jedinica;Rukovodilac;Broj zaposlenih;Napomena\r\n"
    "100;Сектор за политику одбране;;Помоћник министра;12;\r\n"
    '110;Одељење за стратегијско планирање;100;Начелник одељења;5;"ima; tačku-zarez"\r\n'
    ";;;;;\r\n"
    "120;Одељење за међународну војну сарадњу;100;;7;\r\n"
)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_mapping_names_headers_of_a_semicolon_file_in_either_unicode_form(form):
    mapping = {"id": "Šifra", "name": "Naziv jedinice", "parent": "Nadređena jedinica", "head": "Rukovodilac"}
    mapping = {role: unicodedata.normalize(form, header) for role, header in mapping.items()}
    result = load_spreadsheet(HR.encode("utf-8"), "hr.csv", mapping)
    assert result.problems == []
    assert result.organization.by_id("110").head.title == "Начелник одељења"
    assert dict(result.organization.by_id("110").details) == {"Broj zaposlenih": "5", "Napomena": "ima; tačku-zarez"}


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("name\nKoren\nDete\n", ","),  # one column: any separator reads it
        ("a|b;c;d\n1;2;3\n4;5;6\n", ";"),  # a bar in a header, semicolons in every row
        ("id,parentId,name\n1,,A; B; C\n2,1,D\n", ","),  # semicolons in one cell only
        ("id;parentId;name\n" + "".join(f'{n};;"x\n{n}"\n' for n in range(300)), ";"),  # cut inside a quote
    ],
)
def test_the_separator_is_found_from_the_rows(text, delimiter):
    assert find_delimiter(text).delimiter == delimiter


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("id:parentId:name\n1::A\n", "none of , ; tab | separates it (it has :)"),
        ("a,b;c\n1,2;3\n", "both ',' and ';' split the rows into 2 columns"),
    ],
)
def test_a_separator_the_rows_do_not_tell_is_reported_with_how_to_set_it(text, doubt):
    found = find_delimiter(text)
    assert found.delimiter is None and found.doubt.endswith(doubt)
    problems = load_spreadsheet(text.encode(), "o.csv").problems
    assert [(p.line, p.column) for p in problems] == [(1, 1)]
    assert "the column separator could not be determined" in problems[0].message
    assert doubt in problems[0].message and "--delimiter" in problems[0].message
    assert load_spreadsheet(text.encode(), "o.csv").needs_columns  # the window asks, in its import dialog


def test_a_separator_given_is_used_and_one_that_leaves_one_column_is_questioned():
    text = b"id:parentId:name\n1::Koren\n2:1:Dete\n"
    assert load_spreadsheet(text, "o.csv", delimiter=":").organization.by_id("2").name == "Dete"
    semicolons = b"id;parentId;name\n1;;Koren\n"
    problems = load_spreadsheet(semicolons, "o.csv", delimiter=",").problems
    assert [p.message for p in problems] == [
        "with the separator ',' the first row is one column; it holds ';': is that the separator?"
    ]


@pytest.mark.parametrize(
    ("typed", "delimiter"), [(";", ";"), ("tab", "\t"), ("\\t", "\t"), ("Semicolon", ";"), (":", ":"), ("ab", None),
                             ('"', None), ("x", None), (" ", None)],
)  # fmt: skip
def test_a_typed_separator(typed, delimiter):
    assert parse_delimiter(typed) == delimiter


def test_a_header_without_rows_says_so_in_the_sheets_words(tmp_path):
    problems = load_spreadsheet(b"id,parentId,name\r\n", "o.csv").problems
    assert [(p.line, p.message) for p in problems] == [
        (2, "the sheet has no rows of units: only its first row, which names the columns")
    ]


def _workbook(tmp_path, sheets):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "org.xlsx"
    book.save(path)
    return path


def test_workbook_cells_are_read_as_the_spreadsheet_shows_them(tmp_path):
    rows = [
        ["id", "parentId", "name", "founded", "opened", "active", "staff"],
        [1, None, "Top", datetime.datetime(2010, 5, 1), datetime.datetime(2011, 1, 1, 12, 30), True, 12.0],
        [2, 1, "Child", datetime.date(2012, 3, 4), None, False, 2.5],
    ]
    result = load_file(_workbook(tmp_path, {"Units": rows}))
    assert result.problems == []
    assert dict(result.organization.by_id("1").details) == {
        "founded": "2010-05-01",
        "opened": "2011-01-01 12:30",
        "active": "TRUE",
        "staff": "12",
    }
    assert dict(result.organization.by_id("2").details) == {"founded": "2012-03-04", "active": "FALSE", "staff": "2.5"}


def test_a_workbook_of_several_sheets_says_which_was_read_and_another_can_be_chosen(tmp_path):
    units = [["id", "parentId", "name"], [1, None, "Top"]]
    path = _workbook(tmp_path, {"Notes": [["x"]], "Jedinice": units})
    first = load_file(path)
    assert [p.message for p in first.problems if not p.is_error] == [
        "the workbook has 2 sheets; the first, 'Notes', was read, not 'Jedinice' "
        "(choose one with --sheet NAME, or in the window's import)"
    ]
    chosen = load_file(path, choices=ImportChoices(sheet="jedinice"))
    assert chosen.problems == [] and chosen.organization.by_id("1").name == "Top"
    missing = load_file(path, choices=ImportChoices(sheet="Other"))
    assert [p.message for p in missing.problems] == [
        "the workbook has no sheet 'Other'; its sheets are 'Notes', 'Jedinice'"
    ]


@pytest.mark.parametrize(
    ("text", "columns", "needs"),
    [
        ("Šifra;Naziv\n1;A\n", {}, True),  # headers import does not know: choosing them helps
        ("id,parentId,name\n1,,A\n", {"name": "Nope"}, True),  # a mapping naming no column
        ("id,parentId,name\n1,,A\n2,9,B\n", {}, False),  # a row's problem: no choice of columns helps
        ("", {}, False),
    ],
)
def test_a_failure_for_want_of_columns_is_told_apart(text, columns, needs):
    result = load_spreadsheet(text.encode(), "o.csv", columns)
    assert not result.ok and result.needs_columns is needs


def test_a_role_mapped_to_no_column_leaves_its_usual_header_a_detail():
    text = b"id,parentId,name,Title\n1,,Top,Director\n"
    assert load_spreadsheet(text, "o.csv").organization.by_id("1").head.title == "Director"
    unit = load_spreadsheet(text, "o.csv", {"head": ""}).organization.by_id("1")
    assert unit.head is None and unit.details == (("Title", "Director"),)
