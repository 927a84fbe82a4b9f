"""Reading the first sheet of an .xlsx workbook (openpyxl), and a second one by name where asked,
within limits checked before it is read.

An .xlsx is a zip archive of XML parts; a small one can unpack to gigabytes (a zip bomb), and a sheet
can claim a range of 17 billion cells that openpyxl would fill with blanks. Both are refused by their
numbers before reading, and the cells are counted as they come. Pure Python.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import Any

from orgexplorer.model.files import mebibytes
from orgexplorer.model.problems import Report
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said
from orgexplorer.model.yamlread import Limits

Rows = list[tuple[int, list[str]]]
FIRST_COLUMNS = "id, parentId, name ..."  # what the first row of a sheet of units names, as messages say


def read_sheet(
    data: bytes, report: Report, limits: Limits, named: str | None = None, sheet_name: str | None = None
) -> tuple[Rows, Rows] | None:
    """The rows (``(row number, cells)``, the header among them, blank rows left out) of the sheet called
    ``sheet_name`` (the first when None: a workbook of several says which was read), and the rows
    after the header of the sheet called ``named`` where there is one (else none), within ``limits``
    checked before anything is unpacked or read; None after reporting.

    An .xlsx is a zip archive: the sizes its parts state are summed first (zipfile holds each part to
    its stated size and CRC, so a zip bomb cannot unpack to more than it states); the sheet's claimed
    range is checked next; and since a claim can lie, rows, columns and cells are counted as they are
    read. A formula without a stored result keeps its text, with a warning at its cell.
    """
    try:
        import openpyxl  # type: ignore[import-untyped]  # a well-kept .xlsx reader: orgexplorer[xlsx]
    except ImportError:
        template = QT_TRANSLATE_NOOP("Problems", "reading .xlsx needs the openpyxl package: {command}")
        report.error(1, 1, said(template, command="pip install 'orgexplorer[xlsx]'"))
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        template = QT_TRANSLATE_NOOP("Problems", "not a readable .xlsx file: it is not a zip archive ({reason})")
        report.error(1, 1, said(template, reason=_reason(exc)))
        return None
    if unpacked > limits.max_unpacked:
        template = QT_TRANSLATE_NOOP(
            "Problems", "the .xlsx file unpacks to {size:,.1f} MiB, more than the limit of {limit:,.0f} MiB"
        )
        report.error(1, 1, said(template, size=unpacked / 2**20, limit=mebibytes(limits.max_unpacked)))
        return None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # a damaged or foreign file: a located problem, not a traceback
        template = QT_TRANSLATE_NOOP(
            "Problems", "not a readable .xlsx file: a part of it is damaged or missing ({reason})"
        )
        report.error(1, 1, said(template, reason=_reason(exc)))
        return None
    try:
        if not book.worksheets:
            report.error(1, 1, said(QT_TRANSLATE_NOOP("Problems", "not a readable .xlsx file: it has no worksheet")))
            return None
        sheet = _chosen_sheet(book.worksheets, sheet_name, named, report)
        if sheet is None:
            return None
        if not _claim_fits(sheet, limits, report):
            return None
        try:
            values, formulas = _sheet_values(sheet, limits, report)
        except Exception as exc:
            report.error(1, 1, said(_DAMAGED_SHEET, sheet=sheet.title, reason=_reason(exc)))
            return None
        about: Rows = []
        if named is not None and values is not None and named in book.sheetnames and sheet.title != named:
            other = book[named]
            try:
                cells = _sheet_values(other, limits, report)[0] if _claim_fits(other, limits, report) else None
            except Exception as exc:
                report.error(1, 1, said(_DAMAGED_SHEET, sheet=named, reason=_reason(exc)))
                return None
            if cells is None:
                return None
            about = [(n, row) for n, row in enumerate(cells[1:], 2) if any(row)]  # (after its header)
    finally:
        book.close()
    if values is None:
        return None
    if formulas:
        _stored_results(data, values, formulas, sheet.title, report)
    rows = [(n, row) for n, row in enumerate(values, 1) if any(row)]  # the header among them (importer)
    if not rows:
        template = QT_TRANSLATE_NOOP("Problems", "the sheet is empty; the first row names the columns ({columns})")
        report.error(1, 1, said(template, columns=FIRST_COLUMNS))
        return None
    return rows, about


def sheet_names(data: bytes) -> list[str]:
    """The names of a workbook's sheets, in order ([] when openpyxl cannot read it: ``read_sheet``
    then says why)."""
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # a damaged or foreign file: read_sheet reports it, located
        return []
    try:
        return [str(sheet.title) for sheet in book.worksheets]
    finally:
        book.close()


def _chosen_sheet(sheets: list[Any], name: str | None, named: str | None, report: Report) -> Any:
    """The sheet named ``name`` (in any case), or the first; a workbook of several sheets read
    without a choice says which was read, and which were not (the sheet ``named``, read besides, is
    not one of those)."""
    titles = [str(sheet.title) for sheet in sheets]
    listed = ", ".join(f"'{title}'" for title in titles)
    if name is None:
        if len([title for title in titles if title != named]) > 1:
            others = ", ".join(f"'{title}'" for title in titles[1:] if title != named)
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "the workbook has %n sheets; the first, '{first}', was read, not {others} "
                "(choose one with {option}, or in the window's import)",
            )
            report.warning(
                1, 1, said(template, count=len(sheets), first=titles[0], others=others, option="--sheet NAME")
            )
        return sheets[0]
    for sheet, title in zip(sheets, titles, strict=True):
        if title.casefold() == name.strip().casefold():
            return sheet
    template = QT_TRANSLATE_NOOP("Problems", "the workbook has no sheet '{sheet}'; its sheets are {sheets}")
    report.error(1, 1, said(template, sheet=name, sheets=listed))
    return None


def shown(value: object) -> str:
    """A cell's value as a spreadsheet shows it: TRUE, not True; a date without a time of midnight;
    a whole number without '.0'."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(" ", "minutes" if not value.second and not value.microsecond else "seconds")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


_DAMAGED_SHEET = QT_TRANSLATE_NOOP("Problems", "not a readable .xlsx file: its sheet '{sheet}' is damaged ({reason})")


def _reason(exc: BaseException) -> str:
    """An exception's own words, never empty (a KeyError's without its quotes)."""
    text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    return text.strip() or type(exc).__name__


def _claim_fits(sheet: Any, limits: Limits, report: Report) -> bool:
    """The range the sheet says it covers (its <dimension>), within the limits; read nothing yet."""
    rows, columns = sheet.max_row, sheet.max_column
    if not rows or not columns:
        return True  # no claim: counted while reading
    claim = f"A1:{_column_letters(columns)}{rows}"
    if columns > limits.max_columns:
        template = QT_TRANSLATE_NOOP(
            "Problems", "the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}"
        )
        message = said(template, count=columns, claim=claim, limit=limits.max_columns)
    elif rows > limits.max_rows:
        template = QT_TRANSLATE_NOOP(
            "Problems", "the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}"
        )
        message = said(template, count=rows, claim=claim, limit=limits.max_rows)
    elif rows * columns > limits.max_cells:
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "the sheet claims {rows:,} rows of {columns:,} columns ({claim}): {cells:,} cells, "
            "more than the limit of {limit:,}",
        )
        message = said(template, rows=rows, columns=columns, claim=claim, cells=rows * columns, limit=limits.max_cells)
    else:
        return True
    report.error(1, 1, message)
    return False


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _sheet_values(
    sheet: Any, limits: Limits, report: Report
) -> tuple[list[list[str]] | None, list[tuple[int, int, str]]]:
    """The cells as text, row by row from row 1, counted against the limits as they come (the claimed
    range is not trusted: a sheet may hold cells far beyond it); and the formulas met, as
    (row index, column index, formula text)."""
    sheet.reset_dimensions()  # rows padded only to their own last cell, not to a claimed range
    values: list[list[str]] = []
    formulas: list[tuple[int, int, str]] = []
    cells = 0
    for row in sheet.iter_rows():
        line = len(values) + 1
        if line > limits.max_rows:
            template = QT_TRANSLATE_NOOP("Problems", "the sheet has more than the limit of {limit:,} rows")
            report.error(line, 1, said(template, limit=limits.max_rows))
            return None, formulas
        if len(row) > limits.max_columns:
            template = QT_TRANSLATE_NOOP(
                "Problems", "a cell in column {column:,}, more than the limit of {limit:,} columns"
            )
            report.error(line, len(row), said(template, column=len(row), limit=limits.max_columns))
            return None, formulas
        cells += len(row)
        if cells > limits.max_cells:
            template = QT_TRANSLATE_NOOP("Problems", "the sheet has more than the limit of {limit:,} cells")
            report.error(line, 1, said(template, limit=limits.max_cells))
            return None, formulas
        texts = []
        for column, cell in enumerate(row):
            value = cell.value
            if value is None:
                texts.append("")
                continue
            if cell.data_type == "f":
                formulas.append((len(values), column, str(value)))
            texts.append(shown(value))
        values.append(texts)
    return values, formulas


def _stored_results(
    data: bytes, values: list[list[str]], formulas: list[tuple[int, int, str]], title: str, report: Report
) -> None:
    """Formula cells take the result the file stores (what the spreadsheet shows); a formula without
    one (openpyxl and many generators write none) keeps its text, reported at its cell."""
    import openpyxl

    results: dict[tuple[int, int], object] = {}
    wanted = {(row, column) for row, column, _ in formulas}
    last_row = max(row for row, _, _ in formulas)
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book[title]
        sheet.reset_dimensions()
        for row_index, row in enumerate(sheet.iter_rows(max_row=last_row + 1)):
            for column, cell in enumerate(row):
                if (row_index, column) in wanted:
                    results[(row_index, column)] = cell.value
    finally:
        book.close()
    for row, column, formula in formulas:
        result = results.get((row, column))
        if result is not None:
            values[row][column] = shown(result)
            continue
        place = f"{_column_letters(column + 1)}{row + 1}"
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "sheet '{sheet}', cell {cell}: the formula {formula} has no stored result; its text is kept as the value "
            "(open and save the file in a spreadsheet program to store results)",
        )
        report.warning(row + 1, column + 1, said(template, sheet=title, cell=place, formula=formula))
