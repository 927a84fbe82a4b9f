"""A spreadsheet as the import dialog shows it before importing: its headers, its first rows, the
separator and sheet read, and the columns import would take for each role by itself.

The same reading as import (``importer.read_table``, ``importer.match_columns``): what the dialog
shows is what import will read. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from orgexplorer.model.importer import ORGANIZATION_SHEET, ImportChoices, has_rows, match_columns, read_table
from orgexplorer.model.problems import Problem, Report
from orgexplorer.model.xlsx import sheet_names
from orgexplorer.model.yamlread import Limits


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """The start of a spreadsheet, read as ``choices`` say.

    Attributes:
        headers: the header row (the column names); empty when the file could not be read.
        header_row: its row in the file (found, or as chosen).
        rows: the first rows below it, as (row number in the file, cells padded or cut to the
            headers' width).
        row_count: how many rows of units the sheet has in all.
        delimiter: the separator read between a CSV's columns (found or given); None for a workbook.
        sheets: a workbook's sheet names, in order; empty for a CSV.
        sheet: the sheet read (None for a CSV): the one chosen, else the first that holds rows of units.
        matched: role -> header, the columns import takes by itself (before any choice).
        problems: why the file could not be read (then there are no headers).
        warnings: what reading it said besides (the header found below a title, an encoding read).
    """

    headers: list[str] = field(default_factory=list)
    header_row: int = 1
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    row_count: int = 0
    delimiter: str | None = None
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    matched: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def preview_sheet(
    data: bytes, path: str, choices: ImportChoices | None = None, rows: int = 50, limits: Limits = Limits()
) -> SheetPreview:
    """The headers and first ``rows`` rows of the spreadsheet ``data`` (named ``path``), read with the
    separator and sheet of ``choices``, and the roles import finds by itself."""
    suffix = Path(path).suffix.lower()
    choices = choices or ImportChoices()
    report = Report(path, limits.max_problems)
    sheets = sheet_names(data) if suffix == ".xlsx" else []
    table = read_table(data, suffix, report, limits, choices.delimiter, choices.sheet, choices.header_row)
    if choices.sheet is None and len(sheets) > 1 and (table is None or not table.rows):
        # No sheet chosen, and the first holds no units (a readme, a title page): the first that does.
        for name in sheets[1:]:
            other = read_table(data, suffix, Report(path, limits.max_problems), limits, sheet=name)
            if name != ORGANIZATION_SHEET and other is not None and other.rows:
                return preview_sheet(data, path, replace(choices, sheet=name), rows, limits)
    if table is not None and not has_rows(table, report):
        table = None
    if table is None:
        return SheetPreview(sheets=sheets, problems=[p for p in report.problems if p.is_error])
    width = len(table.headers)
    first = [(line, (cells + [""] * width)[:width]) for line, cells in table.rows[:rows]]
    found = match_columns(table.headers, {}, Report(path))  # what is missing is the dialog's to say
    matched = {role: table.headers[index] for role, index in found.items()}
    read = choices.sheet or (sheets[0] if sheets else None)
    warnings = [problem for problem in report.problems if not problem.is_error]
    return SheetPreview(
        table.headers, table.header_line, first, len(table.rows), table.delimiter, sheets, read, matched, [], warnings
    )
