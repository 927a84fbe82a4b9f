"""Which row of a spreadsheet names its columns: found below the title rows, notes, dates and blank
rows that HR exports put above the header, or as the user chose (``--header-row``, the import
dialog's Header row). Pure Python; the importer says which headers it knows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from orgexplorer.model.problems import Report
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said

Records = Sequence[tuple[int, list[str]]]  # a sheet's non-blank rows: (row number in the file, cells)

#: How far down a sheet the header is looked for, and how many rows below a candidate say which
#: columns the data fills.
_HEADER_SEARCH = 30
_HEADER_SAMPLE = 50


def find_header(records: Records, known: Callable[[str], bool]) -> int:
    """The index in ``records`` (a sheet's non-blank rows) of the row that names the columns: the
    first that names two of the importer's columns (id, name, parent …: ``known``), or more than half of the
    columns the rows below it fill (a title, a note or a date above the header names one or two);
    where none does within the first rows, the one naming most. A sheet whose first row names its
    columns is read as it always was. Linear in the rows read."""
    best, best_named = 0, -1
    for index, (_line, cells) in enumerate(records[:_HEADER_SEARCH]):
        if sum(1 for text in cells if text.strip() and known(text)) >= 2:
            return index
        below = records[index + 1 : index + 1 + _HEADER_SAMPLE]
        filled = {column for _, row in below for column, text in enumerate(row) if text.strip()}
        named = {column for column, text in enumerate(cells) if text.strip()}
        if not below or 2 * len(named & filled) > len(filled):
            return index
        if len(named & filled) > best_named:
            best, best_named = index, len(named & filled)
    return best


def header_index(records: Records, header_row: int | None, report: Report, known: Callable[[str], bool]) -> int | None:
    """The index in ``records`` of the header: row ``header_row`` of the file, or found
    (``find_header``) when None, the rows above it said where they hold anything; None after
    reporting a chosen row that is blank or below the sheet."""
    if header_row is None:
        index = find_header(records, known)
        if index > 0:
            line, first = records[0][0], next(text for text in records[0][1] if text.strip()).strip()
            report.warning(records[index][0], 1, said(QT_TRANSLATE_NOOP("Problems",
                "the columns are named in row {row}; what is above it is left out (row {first_row}: '{text}'); "
                "choose another row with --header-row N, or Header row in the window's import"),
                row=records[index][0], first_row=line,
                text=first if len(first) <= 60 else first[:59] + "…"))  # fmt: skip
    else:
        index = next((n for n, (line, _) in enumerate(records) if line == header_row), -1)
        if index < 0:
            last = records[-1][0]
            if header_row < last:
                message = said(QT_TRANSLATE_NOOP("Problems",
                    "the header row {row} is blank; choose the row that names the columns"),
                    row=header_row)  # fmt: skip
            else:
                message = said(QT_TRANSLATE_NOOP("Problems",
                    "the header row {row} is below the sheet's last row ({last}); choose the row that names the "
                    "columns"), row=header_row, last=last)  # fmt: skip
            report.error(header_row, 1, message)
            return None
    return index
