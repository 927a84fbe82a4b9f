"""Import from spreadsheets: both conventions, column mapping, located problems, round trip."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from orgexplorer.chart.directory import units_csv
from orgexplorer.model import load_bytes, load_file
from orgexplorer.model.loader import load_spreadsheet
from tests.conftest import BUNDLED

D3 = """id,parentId,name,positionName,office,responsibilities
1,,Acme Corp,Chief Executive Officer,HQ,strategy | investor relations
2,1,Engineering,CTO,Belgrade,build products | run platforms
3,1,Finance,CFO,HQ,budgets
4,2,Platform Team,Lead Engineer,Novi Sad,
5,2,Мобилни тим,Vođa tima,Niš,aplikacije
"""

VISIO = """Name;Reports_To;Title;Department
Ana Anić;;Director;Management
Marko Marić;Ana Anić;Head of Finance;Finance
Jelena Jović;ana anić;Head of IT;IT
"""


def imported(text: str, name: str = "org.csv", **options):
    return load_spreadsheet(text.encode("utf-8"), name, **options)


def test_d3_shape():
    result = imported(D3)
    assert result.problems == []
    o = result.organization
    assert [u.name for u in o.walk()] == ["Acme Corp", "Engineering", "Platform Team", "Мобилни тим", "Finance"]
    acme = o.by_id("1")
    assert acme.head.title == "Chief Executive Officer"
    assert acme.responsibilities == ("strategy", "investor relations")
    assert acme.details == (("office", "HQ"),)  # an extra column is kept, not dropped


def test_visio_shape_with_semicolons():
    result = imported(VISIO)
    assert result.problems == []
    o = result.organization
    ana = o.units[o.roots[0]]
    assert ana.name == "Ana Anić" and ana.head.title == "Director"
    assert [o.units[i].name for i in ana.subunits] == ["Marko Marić", "Jelena Jović"]
    assert dict(ana.details) == {"Department": "Management"}


def test_mapping_overrides_headers():
    text = "Code,Full Name,Manager Code,Duties\nA,Alpha,,x;y\nB,Beta,A,z\n"
    result = imported(text, columns={"id": "Code", "name": "Full Name", "parent": "Manager Code"}, separator=";")
    assert result.problems == [], result.problems
    assert result.organization.by_id("A").responsibilities == ("x", "y")
    assert [u.id for u in result.organization.walk()] == ["A", "B"]


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("id,parentId,name\n1,,A\n2,9,B\n", 3, 2, "parent '9' is no id or name in this file"),
        ("Name;Manager\nA;\nB;A\nB;A\nC;B\n", 5, 2, "parent 'B' is no id, and the name of 2 rows (3, 4)"),
        ("id,parentId,name\n1,,A\n2,,B\n", 3, 1, "a second top unit"),
        ("id,parentId,name\n1,,A\n2,3,B\n3,2,C\n", 3, 1, "a cycle of parents"),
        ("id,parentId,name\n1,,A\n1,1,B\n", 3, 1, "duplicate id '1' (first in row 2)"),
        ("id,parentId,name\n1,,A\n2,1,\n", 3, 3, "'name' of unit '2' is empty"),
        ("Name,Reports_To\nA,\nB,Nobody\n", 3, 2, "reports to 'Nobody', which is no name in this file"),
        ("Name,Reports_To\nA,\nB,A\nB,A\nC,B\n", 5, 2, "names 2 rows"),
        ("id,name\n1,A\n", 1, 1, "no column of parents"),
        ("", 1, 1, "the file is empty"),
    ],
)
def test_problems_by_row_and_column(text, line, column, message):
    result = imported(text, columns={"parent": "Manager"} if "Manager" in text else {})
    assert result.organization is None
    assert any((p.line, p.column) == (line, column) and message in p.message for p in result.problems), result.problems


def test_a_parent_column_may_give_names_as_the_readme_maps_it(tmp_path):
    """README: `--map name="Full Name",parent=Manager` on a sheet whose Manager column holds names."""
    sheet = tmp_path / "staff.csv"
    sheet.write_text("Full Name;Manager;Job\nAna;;Director\nMarko;Ana;Finance\nJelena;ana;IT\nIva;Marko;Clerk\n")
    target = tmp_path / "staff.yaml"
    result = run_cli("import", str(sheet), "-o", str(target), "--map", "name=Full Name,parent=Manager")
    assert result.returncode == 0, result.stdout + result.stderr
    organization = load_file(target).organization
    assert organization is not None
    assert [(u.name, u.depth) for u in organization.walk()] == [("Ana", 0), ("Marko", 1), ("Iva", 2), ("Jelena", 1)]


def test_a_parent_id_wins_over_a_name():
    """A parent cell that is a row's id is that row, even where another row carries it as a name."""
    result = imported("id,parentId,name\n1,,Top\n2,1,x\nx,1,Other\n3,x,Child\n")
    assert result.problems == []
    assert result.organization is not None
    organization = result.organization
    assert organization.parent(organization.by_id("3")).id == "x"


def test_export_and_import_round_trip(tmp_path):
    sector = load_file(BUNDLED).organization
    path = tmp_path / "units.csv"
    path.write_text(units_csv(sector), encoding="utf-8-sig")
    again = load_file(path).organization
    assert again is not None

    def shape(organization):
        return [dataclasses.replace(u, line=0, column=0) for u in organization.units]

    assert shape(again) == shape(sector)
    assert units_csv(again) == units_csv(sector)  # and back to the same CSV


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["id", "parentId", "name", "Phone"], [1, None, "Top", "111"], [2, 1, "Child", None]]:
        sheet.append(row)
    path = tmp_path / "org.xlsx"
    book.save(path)
    result = load_file(path)
    assert result.problems == []
    assert [u.name for u in result.organization.walk()] == ["Top", "Child"]
    assert result.organization.by_id("1").details == (("Phone", "111"),)
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    assert "not a readable .xlsx file" in load_file(tmp_path / "bad.xlsx").problems[0].message


def test_import_command_writes_a_file_check_accepts(tmp_path):
    source = tmp_path / "company.csv"
    source.write_text(D3, encoding="utf-8")
    out = tmp_path / "company.yaml"
    run = [sys.executable, "-m", "orgexplorer"]
    result = subprocess.run([*run, "import", str(source), "-o", str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "wrote" in result.stdout
    check = subprocess.run([*run, "check", str(out)], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and "5 units, no errors" in check.stdout
    assert load_file(out).organization.by_id("5").name == "Мобилни тим"
    bad = subprocess.run(
        [*run, "import", str(source), "-o", str(out), "--force", "--map", "name=Nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and f"{source}:1:1: error: the mapping names column 'Nope'" in bad.stdout
    chart = subprocess.run(
        [*run, "export", str(source), "-o", str(tmp_path / "c.pdf")], capture_output=True, text=True, check=False
    )
    assert chart.returncode == 0, chart.stderr  # a spreadsheet to a chart in one command


@pytest.mark.parametrize("shape", ["ids", "names"])
def test_a_long_chain_imports_in_linear_time(shape):
    """Parent lookup and the cycle check are dict walks: 8,000 rows, each the parent of the next,
    import in well under a second here (cubic before: 2,000 rows took 12 s, 4,000 rows 99 s). The
    bound below is generous so that a loaded machine does not fail it; a quadratic walk would."""
    import time

    count = 8000
    if shape == "ids":
        rows = ["id,parentId,name"] + [f"u{i},{f'u{i - 1}' if i else ''},Unit {i}" for i in range(count)]
    else:  # no ids, every name the same: made ids "same", "same-2", ... (numbering was quadratic too)
        made = ["same"] + [f"same-{i + 1}" for i in range(1, count)]
        rows = ["id,parentId,name"] + [f",{made[i - 1] if i else ''},Same" for i in range(count)]
    start = time.perf_counter()
    result = imported("\n".join(rows) + "\n")
    elapsed = time.perf_counter() - start
    assert result.problems == [] and len(result.organization) == count
    assert elapsed < 10, f"{count} rows took {elapsed:.1f} s"


def test_cycles_are_found_once_each_with_their_rows():
    text = "id,parentId,name\n0,,Top\n1,3,A\n2,1,B\n3,2,C\n4,3,Tail\n5,6,D\n6,5,E\n"
    result = imported(text)
    cycles = [(p.line, p.message) for p in result.problems if "cycle" in p.message]
    assert cycles == [(3, "a cycle of parents: 1 → 3 → 2 → 1"), (7, "a cycle of parents: 5 → 6 → 5")]


def _chain(count: int) -> str:
    rows = (f"u{i},{f'u{i - 1}' if i else ''},Unit {i},Head {i}\n" for i in range(count))
    return "id,parentId,name,head\n" + "".join(rows)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_a_chain_deeper_than_a_file_may_hold_is_refused_at_its_row(tmp_path):
    """A unit d levels below the top sits 4 + 2d collections deep in the file it is written to; the
    loader reads at most Limits.max_depth (1,000). Import refuses what it could not read back, at the
    row of the first unit too deep, with the limit as a number."""
    from orgexplorer.model.writer import deepest_level

    deepest = deepest_level()
    assert deepest == 498
    source = tmp_path / "deep.csv"
    source.write_text(_chain(1000), encoding="utf-8")
    out = tmp_path / "deep.yaml"
    result = run_cli("import", str(source), "-o", str(out))
    assert result.returncode == 1, result.stdout
    row = deepest + 3  # header, then row 2 holds level 0
    assert f"{source}:{row}:1: error: unit 'u{deepest + 1}' is {deepest + 1} levels below the top" in result.stdout
    assert f"at most {deepest} levels" in result.stdout and not out.exists()


def test_the_deepest_chain_a_file_may_hold_imports_and_loads(tmp_path):
    from orgexplorer.model.writer import deepest_level

    source = tmp_path / "deep.csv"
    source.write_text(_chain(deepest_level() + 1), encoding="utf-8")
    out = tmp_path / "deep.yaml"
    result = run_cli("import", str(source), "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    check = run_cli("check", str(out))
    assert check.returncode == 0 and f"{deepest_level() + 1} units, no errors" in check.stdout


def test_a_cell_longer_than_a_file_may_hold_is_refused_at_its_place():
    result = imported("id,parentId,name,Notes\n1,,A," + "x" * 100_001 + "\n")
    assert result.organization is None
    assert any((p.line, p.column) == (2, 4) and "100,001 characters" in p.message for p in result.problems)


def test_two_columns_of_one_header_are_refused_not_merged():
    result = imported("id,parentId,name,Phone,Phone\n1,,A,111,222\n")
    assert result.organization is None
    assert any((p.line, p.column) == (1, 5) and "'Phone' twice" in p.message for p in result.problems)


FORMULAS = ["=1+1", "+381 11 000", "-5", "@SUM(A1)", "'=already quoted", "''-twice", "plain", "a=b"]


def test_exported_cells_cannot_run_as_formulas_and_import_back_as_written(tmp_path):
    """OWASP: a cell starting with = + - @ (or tab, CR) gets a leading apostrophe in the CSV; import
    takes exactly one back off such a cell, so that every text round-trips, apostrophes included."""
    import csv
    import io

    lines = ["format: orgexplorer/1", "organization: '=cmd'", "units:", "  - id: top", "    name: '=HYPERLINK(x)'",
             "    details: {'@label': '-1'}", "    subunits:"]  # fmt: skip
    for number, text in enumerate(FORMULAS):
        lines += [f"      - id: u{number}", f"        name: {text!r}", f"        head: {text!r}"]
    source = tmp_path / "org.yaml"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    organization = load_file(source).organization
    assert organization is not None
    text = units_csv(organization)
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", f"a cell a spreadsheet would run: {cell!r}"
    path = tmp_path / "units.csv"
    path.write_text(text, encoding="utf-8")
    again = load_file(path).organization
    assert again is not None
    assert [u.name for u in again.walk()] == [u.name for u in organization.walk()]
    assert [u.head for u in again.walk()] == [u.head for u in organization.walk()]
    assert again.by_id("top").details == (("@label", "-1"),)


def test_a_subtree_exported_as_csv_imports_back(tmp_path):
    sector = load_file(BUNDLED).organization
    root = "international-military-cooperation-department"
    path = tmp_path / "u.csv"
    path.write_text(units_csv(sector, root), encoding="utf-8")
    again = load_file(path)
    assert again.ok, again.problems
    assert again.organization.units[again.organization.roots[0]].id == root
    assert [u.id for u in again.organization.walk()] == [u.id for u in sector.walk(sector.by_id(root))]


# --- .xlsx: formulas, limits, damage ---


def _xlsx(tmp_path, rows=None, sheet_xml: str | None = None, name: str = "org.xlsx"):
    """A real .xlsx written by openpyxl; ``sheet_xml`` replaces its sheet (what other programs write)."""
    import io
    import zipfile

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows or [["id", "parentId", "name"], [1, None, "Top"]]:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / name
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if sheet_xml is not None and item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode("utf-8")
            target.writestr(item.filename, data)
    return path


def _sheet(cells: str, dimension: str = "A1:C2") -> str:
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>')  # fmt: skip


HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>parentId</t>'
              '</is></c><c r="C1" t="inlineStr"><is><t>name</t></is></c></row>')  # fmt: skip


def test_a_formula_without_a_stored_result_keeps_its_text_and_is_reported(tmp_path):
    """openpyxl (and many generators) write formulas without their results: the cell keeps the
    formula's text and a warning names its sheet, row and column; one with a result gives the result."""
    path = _xlsx(tmp_path, [["id", "parentId", "name", "Phone"], [1, None, "Top", "=B9&C9"], [2, 1, "=A2", "x"]])
    result = load_file(path)
    assert result.ok, result.problems
    assert result.organization.by_id("1").details == (("Phone", "=B9&C9"),)
    assert result.organization.by_id("2").name == "=A2"
    warnings = [(p.line, p.column, p.message) for p in result.problems if not p.is_error]
    assert [(line, column) for line, column, _ in warnings] == [(2, 4), (3, 3)]
    assert "sheet 'Sheet', cell D2: the formula =B9&C9 has no stored result" in warnings[0][2]
    stored = _xlsx(tmp_path, sheet_xml=_sheet(HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c>'
                   '<c r="C2" t="str"><f>"T"&amp;"op"</f><v>Top</v></c></row>'), name="stored.xlsx")  # fmt: skip
    result = load_file(stored)
    assert result.problems == [] and result.organization.by_id("1").name == "Top"


@pytest.mark.parametrize(
    ("dimension", "message"),
    [
        ("A1:XFD1048576", "the sheet claims 16,384 columns (A1:XFD1048576), more than the limit of 1,000"),
        ("A1:C5000000", "the sheet claims 5,000,000 rows (A1:C5000000), more than the limit of 1,000,000"),
        ("A1:ALL900000", "the sheet claims 900,000 rows of 1,000 columns (A1:ALL900000): 900,000,000 cells, "
                         "more than the limit of 20,000,000"),
    ],
)  # fmt: skip
def test_a_sheet_claiming_too_much_is_refused_before_reading(tmp_path, dimension, message):
    import time

    path = _xlsx(tmp_path, sheet_xml=_sheet(HEADER_ROW, dimension))
    start = time.perf_counter()
    result = load_file(path)
    assert time.perf_counter() - start < 5
    assert result.organization is None
    assert any(message in p.message for p in result.problems), result.problems


def test_a_sheet_holding_more_than_it_claims_is_counted_as_read(tmp_path):
    from orgexplorer.model import Limits
    from orgexplorer.model.loader import load_spreadsheet

    far_row = _sheet(HEADER_ROW + '<row r="5000"><c r="A5000"><v>1</v></c></row>', "A1:C2")
    result = load_spreadsheet(_xlsx(tmp_path, sheet_xml=far_row).read_bytes(), "org.xlsx",
                              limits=Limits(max_rows=1000))  # fmt: skip
    assert any("more than the limit of 1,000 rows" in p.message for p in result.problems), result.problems
    far_column = _sheet(HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="ZZ2"><v>7</v></c></row>', "A1:C2")
    result = load_spreadsheet(_xlsx(tmp_path, sheet_xml=far_column, name="c.xlsx").read_bytes(), "c.xlsx",
                              limits=Limits(max_columns=500))  # fmt: skip
    assert any((p.line, p.column) == (2, 702) and "more than the limit of 500 columns" in p.message
               for p in result.problems), result.problems  # fmt: skip


def test_a_value_in_a_column_without_a_header_is_reported_not_dropped():
    result = imported("id,parentId,name,,Phone\n1,,Top,lost?,111,extra\n")
    assert result.ok
    warnings = [(p.line, p.column) for p in result.problems if not p.is_error and "has no header" in p.message]
    assert warnings == [(2, 4), (2, 6)], result.problems


def test_a_zip_bomb_is_refused_by_its_unpacked_size(tmp_path):
    """The sizes the archive states are checked before anything is unpacked (zipfile holds each member
    to its stated size and CRC, so a member cannot unpack to more than it states)."""
    import zipfile

    from orgexplorer.model import Limits
    from orgexplorer.model.loader import load_spreadsheet

    path = _xlsx(tmp_path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (3 * 2**20))
    assert path.stat().st_size < 100_000
    result = load_spreadsheet(path.read_bytes(), str(path), limits=Limits(max_unpacked=2 * 2**20))
    assert result.organization is None
    assert "unpacks to 3.0 MiB, more than the limit of 2 MiB" in result.problems[0].message


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: b"not a zip at all", "not a zip archive"),
        (lambda data: data[: len(data) // 2], "not a zip archive"),
        (lambda data: _without(data, "xl/workbook.xml"), "xl/workbook.xml"),
        (lambda data: _without(data, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row>"), "no element found"),
    ],
)
def test_a_damaged_xlsx_says_why(tmp_path, damage, reason):
    path = _xlsx(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    result = load_file(path)
    assert result.organization is None
    message = result.problems[0].message
    assert message.startswith("not a readable .xlsx file: ") and message.split(": ", 1)[1].strip(), message
    assert reason in message, message


def _without(data: bytes, member: str, replacement: bytes | None = None) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != member:
                target.writestr(item.filename, source.read(item))
            elif replacement is not None:
                target.writestr(item.filename, replacement)
    return out.getvalue()


def test_a_table_placed_lower_in_the_sheet_is_found_with_its_rows(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for cell, value in {"B3": "id", "C3": "parentId", "D3": "name", "B4": 1, "D4": "Top", "B5": 2, "C5": 1,
                        "D5": "Child", "F5": "stray"}.items():  # fmt: skip
        sheet[cell] = value
    path = tmp_path / "low.xlsx"
    book.save(path)
    result = load_file(path)
    assert result.ok, result.problems
    assert [u.name for u in result.organization.walk()] == ["Top", "Child"]
    assert [(p.line, p.column) for p in result.problems] == [(5, 6)]  # the stray value, at its cell


def test_the_cycle_walk_reads_each_parent_a_bounded_number_of_times():
    """Deterministic, whatever the machine's load: a chain and a ring of 10,000 rows each cost a
    small constant number of parent reads per row (the old walk read O(n²) for a chain)."""
    from orgexplorer.model.importer import _cycles

    class Counted(list):
        reads = 0

        def __getitem__(self, index):
            Counted.reads += 1
            return super().__getitem__(index)

    count = 10_000
    chain = Counted([None, *range(count - 1)])
    assert _cycles(chain) == [] and Counted.reads <= 3 * count
    Counted.reads = 0
    ring = Counted([count - 1, *range(count - 1)])
    ((first, members),) = _cycles(ring)
    assert first == 0 and len(members) == count and Counted.reads <= 3 * count


def test_related_ids_with_spaces_and_commas_round_trip_through_csv():
    text = (
        "format: orgexplorer/1\norganization: O\nunits:\n  - id: top\n    name: Top\n    related: ['a b', 'c,d']\n"
        "    subunits:\n      - {id: 'a b', name: A, related: ['c,d']}\n      - {id: 'c,d', name: C}\n"
    )
    organization = load_bytes(text.encode(), "o.yaml").organization
    assert organization is not None
    again = imported(units_csv(organization), "units.csv")
    assert again.ok, again.problems
    assert [[again.organization.units[i].id for i in u.related] for u in again.organization.walk()] == [
        ["a b", "c,d"],
        ["c,d"],
        [],
    ]
    assert imported("id,parentId,name,related\n1,,A,\n2,1,B,1 3\n3,1,C,\n").ok  # hand-made: split at spaces


def test_responsibilities_holding_the_separator_round_trip_through_csv():
    text = (
        "format: orgexplorer/1\norganization: O\nunits:\n  - id: top\n    name: Top\n"
        "    responsibilities: ['planning | review', 'a, b; c', '-5 days']\n"
    )
    organization = load_bytes(text.encode(), "o.yaml").organization
    again = imported(units_csv(organization), "units.csv")
    assert again.ok, again.problems
    assert again.organization.by_id("top").responsibilities == ("planning | review", "a, b; c", "-5 days")
