"""File > Import spreadsheet…: the sheet's headers and first rows, a column chosen for each of the
importer's fields, and the sheet opened exactly as ``--map`` would read it; a spreadsheet opened any
way whose columns are not the usual ones gets the dialog instead of a dead end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from orgexplorer.model import load_file
from orgexplorer.model.import_preview import preview_sheet
from orgexplorer.model.importer import ROLES, ImportChoices
from orgexplorer.model.loader import load_spreadsheet
from orgexplorer.ui import background
from orgexplorer.ui.import_dialog import ROLE_LABELS, ImportDialog, PreviewModel

HEADERS = ["Ознака", "Целина", "Виша целина", "Старешина", "Датум оснивања"]
ROWS = [
    [100, "Сектор за политику одбране", None, "Помоћник министра", "2010-05-01"],
    [110, "Одељење за стратегијско планирање", 100, "Начелник", None],
    [120, "Одељење за међународну сарадњу", 100, None, None],
]
CHOSEN = {"id": "Ознака", "name": "Целина", "parent": "Виша целина", "head": "Старешина"}


@pytest.fixture
def hr_workbook(tmp_path):
    """The tryout's workbook: Serbian headers, no column import knows by itself."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Организација"
    for row in [HEADERS, *ROWS]:
        book.active.append(row)
    path = tmp_path / "hr.xlsx"
    book.save(path)
    return path


def _choose(dialog: ImportDialog, columns: dict[str, str]) -> None:
    for role, header in columns.items():
        box = dialog.role_boxes[role]
        box.setCurrentIndex(box.findData(header))


def test_the_dialogs_fields_are_the_importers(qtbot, hr_workbook):
    dialog = ImportDialog(str(hr_workbook))
    qtbot.addWidget(dialog)
    assert list(dialog.role_boxes) == list(ROLES)  # the one table, in its order
    assert set(ROLE_LABELS) == set(ROLES)  # and each has words of its own
    box = dialog.role_boxes["name"]
    assert [box.itemData(i) for i in range(box.count())] == ["", *HEADERS]


def test_a_workbook_with_unknown_headers_opened_gets_the_dialog_and_opens_as_chosen(window, hr_workbook, qtbot):
    assert window.open_file(hr_workbook) is False  # refused as it is; the sector stays open
    assert window.organization.title == "Ministry of Defence of the Republic of Serbia"
    dialog = window.imports.dialog
    assert dialog is not None and dialog.isVisible() and dialog.path == str(hr_workbook)
    assert not dialog.import_button.isEnabled()
    assert dialog.hint.text() == "Choose the column that holds the units' names."
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Целина\n→ details"
    _choose(dialog, {"name": "Целина"})
    assert "parent's id, or the name it reports to" in dialog.hint.text() and not dialog.import_button.isEnabled()
    _choose(dialog, CHOSEN)
    assert dialog.import_button.isEnabled() and dialog.hint.text() == ""
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Целина\n→ Unit name"
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    organization = window.organization
    assert organization is not None and window.path == str(hr_workbook)
    assert [unit.name for unit in organization.walk()] == [row[1] for row in ROWS]
    assert organization.by_id("110").head.title == "Начелник"
    assert dict(organization.by_id("100").details) == {"Датум оснивања": "2010-05-01"}
    # exactly what --map reads: the same units from the one importer
    mapped = load_spreadsheet(hr_workbook.read_bytes(), str(hr_workbook), CHOSEN).organization
    assert [(u.id, u.name, u.head, u.details) for u in organization.walk()] == [
        (u.id, u.name, u.head, u.details) for u in mapped.walk()
    ]
    assert window.reload() is True  # a reload reads the sheet as it was chosen
    assert len(window.organization) == 3


def test_import_spreadsheet_always_shows_the_columns_found(window, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "units.csv"
    path.write_bytes(b'id;parentId;name;Title;note\r\n1;;Koren;Direktor;\r\n2;1;Dete;;"a; b"\r\n')
    monkeypatch.setattr(window.dialogs, "spreadsheet", lambda start: str(path))  # the file chooser's answer
    window.main_actions.import_action.trigger()
    dialog = window.imports.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.separator_box.itemText(0) == "Found from the file: Semicolon (;)"
    found = {role: box.currentData() for role, box in dialog.role_boxes.items() if box.currentData()}
    assert found == {"id": "id", "parent": "parentId", "name": "name", "head": "Title"}
    _choose(dialog, {"head": ""})  # no column for the head: Title stays a detail, as --map head= says
    dialog.import_button.click()
    assert window.organization.by_id("1").head is None
    assert dict(window.organization.by_id("1").details) == {"Title": "Direktor"}
    assert dict(window.organization.by_id("2").details) == {"note": "a; b"}


def test_a_separator_the_file_does_not_tell_is_chosen_in_the_dialog(qtbot, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("id,x;parentId,y;name\n1,a;,b;Koren\n2,c;1,d;Dete\n", encoding="utf-8")
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    assert dialog.hint.text().startswith("The file cannot be read as it is: the column separator could not be")
    assert not dialog.import_button.isEnabled()
    dialog.separator_box.setCurrentIndex(dialog.separator_box.findData(";"))
    assert dialog.preview.headers == ["id,x", "parentId,y", "name"]
    _choose(dialog, {"id": "", "parent": "parentId,y", "name": "name"})
    assert dialog.import_button.isEnabled()
    choices = dialog.choices()
    assert choices.delimiter == ";" and choices.columns["parent"] == "parentId,y"


def test_a_csv_opened_whose_separator_is_not_told_gets_the_dialog(window, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("id,x;parentId,y;name\n1,a;,b;Koren\n2,c;1,d;Dete\n", encoding="utf-8")
    assert window.open_file(path) is False  # refused as it is; the dialog sets the separator
    dialog = window.imports.dialog
    assert dialog is not None and dialog.isVisible() and dialog.path == str(path)
    assert dialog.hint.text().startswith("The file cannot be read as it is: the column separator")


def test_a_workbooks_sheet_is_chosen_in_the_dialog(qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["just notes"])
    units = book.create_sheet("Units")
    for row in (["id", "parentId", "name"], [1, None, "Top"], [2, 1, "Child"]):
        units.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == ["Notes", "Units"]
    assert dialog.sheet_box.currentData() == "Units"  # the first sheet holds no units: the first that does
    assert dialog.import_button.isEnabled() and dialog.preview.headers == ["id", "parentId", "name"]
    dialog.sheet_box.setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    dialog.sheet_box.setCurrentIndex(1)
    assert dialog.import_button.isEnabled() and dialog.preview.headers == ["id", "parentId", "name"]
    assert load_file(path, choices=dialog.choices()).organization.by_id("2").name == "Child"


def test_a_large_sheet_is_read_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("id,parentId,name\n1,,Top\n" + "".join(f"{n},1,Unit {n}\n" for n in range(2, 3000)))
    monkeypatch.setattr(background, "SYNCHRONOUS_LOAD_BYTES", 1000)
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    assert dialog.hint.text() == "Reading big.csv…" and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    assert (
        dialog.model.rowCount() == 50 and dialog.rows_label.text() == f"The first 50 of {QLocale().toString(2999)} rows"
    )


def test_the_preview_model_passes_the_model_tester(qtmodeltester, hr_workbook):
    model = PreviewModel()
    qtmodeltester.check(model)
    model.set_preview(preview_sheet(hr_workbook.read_bytes(), str(hr_workbook)))
    model.set_roles(CHOSEN)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == len(HEADERS)
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # rows are numbered as in the file
    assert model.data(model.index(2, 1)) == "Одељење за међународну сарадњу"


def test_choices_read_as_the_command_lines_map(hr_workbook):
    columns = {role: CHOSEN.get(role, "") for role in ROLES}
    result = load_file(hr_workbook, choices=ImportChoices(columns))
    assert result.ok and len(result.organization) == 3


def _titled_workbook(tmp_path):
    """The tryout's hr_multi.xlsx: a readme sheet first, then a sheet with a merged title above its header."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Readme"
    book.active.append(["Export from HRIS 2026-11-30"])
    sheet = book.create_sheet("Employees")
    sheet.append(["ACME d.o.o. — Organizational structure"])
    sheet.append(["Employee ID", "Full Name", "Job Title", "Manager", "Department"])
    sheet.append(["E001", "Marko Petrović", "Generalni direktor", None, "Uprava"])
    sheet.append([])
    sheet.append(["E002", "Jelena Jovanović", "Direktorka", "Marko Petrović", "Ljudski resursi"])
    sheet.merge_cells("A1:E1")
    path = tmp_path / "hr_multi.xlsx"
    book.save(path)
    return path


def test_the_header_below_a_title_is_shown_found_and_can_be_chosen(qtbot, tmp_path):
    path = _titled_workbook(tmp_path)
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    dialog.sheet_box.setCurrentIndex(dialog.sheet_box.findData("Employees"))
    assert dialog.preview.headers[:2] == ["Employee ID", "Full Name"] and dialog.model.columnCount() == 5
    assert dialog.header_box.value() == 0 and dialog.header_box.text() == "Found: row 2"
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == "3"
    assert dialog.import_button.isEnabled(), dialog.hint.text()
    assert "the columns are named in row 2" in dialog.hint.text() and "ACME" in dialog.hint.text()
    assert dialog.choices().header_row is None
    dialog.header_box.setValue(1)  # the title, as chosen: only its column, Import needs a name column
    assert dialog.preview.headers[0].startswith("ACME") and not dialog.import_button.isEnabled()
    assert dialog.choices().header_row == 1
    dialog.header_box.setValue(2)
    assert dialog.import_button.isEnabled() and dialog.choices().header_row == 2
    result = load_file(path, choices=dialog.choices())
    assert result.ok and {unit.name for unit in result.organization.units} == {"Marko Petrović", "Jelena Jovanović"}
    dialog.resize(980, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_opening_a_workbook_whose_first_sheet_is_no_table_shows_the_dialog_on_the_sheet_of_units(
    window, tmp_path, qtbot
):
    """File > Open on the tryout's hr_multi.xlsx (a Readme sheet first): not a dead end in Problems but
    the import dialog, on the first sheet with rows of units, its header found below the title."""
    path = _titled_workbook(tmp_path)
    assert window.open_file(path) is False
    assert window.organization.title == "Ministry of Defence of the Republic of Serbia"  # kept
    dialog = window.imports.dialog
    assert dialog is not None and dialog.isVisible() and dialog.path == str(path)
    assert dialog.sheet_box.currentData() == "Employees" and dialog.header_box.text() == "Found: row 2"
    assert dialog.import_button.isEnabled(), dialog.hint.text()
    dialog.import_button.click()
    assert window.organization is not None and window.path == str(path)
    assert {unit.id for unit in window.organization.units} == {"E001", "E002"}
    assert window.reload() is True  # read again as chosen: that sheet
    again = ImportDialog(str(path))
    qtbot.addWidget(again)
    again.sheet_box.setCurrentIndex(0)  # the Readme, chosen: said, and Import stays off
    assert not again.import_button.isEnabled() and "no rows of units" in again.hint.text(), (
        again.sheet_box.currentData(),
        again.hint.text(),
    )
