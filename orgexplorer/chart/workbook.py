"""The units as an .xlsx workbook, with what the file says of the whole organization on a second
sheet, so that a spreadsheet keeps everything ``import`` needs to give the organization back.

The first sheet is the CSV's table (``directory.unit_rows``), which every spreadsheet program and HR
system reads; the second, ``ORGANIZATION_SHEET``, holds the organization's name, source and glossary,
one row each, in the columns ``import`` reads (``importer.organization_fields``). Every cell is
written as text: a name starting with '=' stays a name, never a formula. Needs openpyxl
(``orgexplorer[xlsx]``), as reading .xlsx does.
"""

from __future__ import annotations

import io

from orgexplorer.chart.directory import unit_rows
from orgexplorer.model.importer import ORGANIZATION_COLUMNS, ORGANIZATION_SHEET
from orgexplorer.model.organization import Organization


class WorkbookUnavailable(Exception):
    """openpyxl is not installed: the message says how to install it."""


def units_xlsx(organization: Organization, root: str | None = None) -> bytes:
    """The workbook's bytes: the units (``root``: a subtree, as an organization of its own), then the
    organization's own fields."""
    try:
        from openpyxl import Workbook  # type: ignore[import-untyped]
        from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    except ImportError:
        raise WorkbookUnavailable("writing .xlsx needs the openpyxl package: pip install 'orgexplorer[xlsx]'") from None
    book = Workbook(write_only=True)
    units = book.create_sheet("Units")
    about = book.create_sheet(ORGANIZATION_SHEET)

    def text_row(sheet: object, cells: list[str]) -> list[object]:
        row = []
        for value in cells:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # text as written: '=1+1' is not run as a formula
            row.append(cell)
        return row

    headers, rows = unit_rows(organization, root)
    units.append(text_row(units, headers))
    for cells in rows:
        units.append(text_row(units, cells))
    about.append(text_row(about, list(ORGANIZATION_COLUMNS)))
    about.append(text_row(about, ["organization", "", organization.title]))
    if organization.source:
        about.append(text_row(about, ["source", "", organization.source]))
    for term, expansion in organization.glossary.items():
        about.append(text_row(about, ["glossary", term, expansion]))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
