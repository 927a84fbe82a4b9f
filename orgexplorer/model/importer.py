"""Import from spreadsheets: CSV (and .xlsx where openpyxl is installed) to an organization.

Two shapes that organizations already keep are understood, matched by column header:

- one row per unit with an id and its parent's id (d3-org-chart, BALKAN OrgChart: ``id``, ``parentId``),
  which is also what ``orgexplorer export -o units.csv`` writes (with ``relation`` for attached units);
- one row per box with a name and the name it reports to (Visio's Organization Chart Wizard: ``Name``,
  ``Reports_To``, optional ``Title`` and ``Department``).

Columns no role claims are kept as the unit's ``details``. The rows become the same located values
the YAML reader makes, and go through the one loader's validation, so every problem is reported as
``FILE:ROW:COLUMN`` and nothing is silently dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from orgexplorer.model.problems import Report
from orgexplorer.model.yamlread import Value, YMap, YSeq, decode

#: Each role and the headers that claim it (compared without case, spaces, dashes or underscores).
ROLES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unitid", "code", "key"),
    "parent": ("parentid", "parent", "pid", "managerid", "reportstoid"),
    "reports_to": ("reportsto", "manager", "parentname", "supervisor"),
    "name": ("name", "unit", "unitname", "fullname"),
    "head": ("head", "title", "position", "positionname", "jobtitle", "post"),
    "head_name": ("headname", "person", "holder"),
    "kind": ("kind", "type", "level"),
    "description": ("description",),
    "responsibilities": ("responsibilities", "functions", "duties", "tasks"),
    "relation": ("relation", "placement"),
    "related": ("related",),
}
SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".xlsx")


def _normal(header: str) -> str:
    return re.sub(r"[\s_\-.]+", "", header).casefold()


@dataclass(frozen=True, slots=True)
class Table:
    """A spreadsheet's cells with their places: ``rows[i] = (line, cells)``; columns are 1-based."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]


def read_table(data: bytes, suffix: str, report: Report) -> Table | None:
    """The cells of a CSV/TSV (any common delimiter) or an .xlsx sheet; None after reporting."""
    if suffix == ".xlsx":
        return _read_xlsx(data, report)
    text = decode(data, report)
    if text is None:
        return None
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    sample = text[:20000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[str]]] = []
    try:
        headers = next(reader, None)
        for cells in reader:
            rows.append((reader.line_num, cells))
    except csv.Error as exc:
        report.error(reader.line_num, 1, f"not a readable CSV file: {exc}")
        return None
    if not headers:
        report.error(1, 1, "the file is empty; the first row names the columns (id, parentId, name ...)")
        return None
    return Table([h.strip() for h in headers], [(line, cells) for line, cells in rows if any(c.strip() for c in cells)])


def _read_xlsx(data: bytes, report: Report) -> Table | None:
    try:
        import openpyxl  # type: ignore[import-untyped]  # a well-kept .xlsx reader: orgexplorer[xlsx]
    except ImportError:
        report.error(1, 1, "reading .xlsx needs the openpyxl package: pip install 'orgexplorer[xlsx]'")
        return None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        values = [["" if cell is None else str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
    except Exception as exc:  # a damaged or foreign file: a located problem, not a traceback
        report.error(1, 1, f"not a readable .xlsx file: {exc}")
        return None
    if not values:
        report.error(1, 1, "the sheet is empty; the first row names the columns (id, parentId, name ...)")
        return None
    return Table([h.strip() for h in values[0]], [(n, row) for n, row in enumerate(values[1:], 2) if any(row)])


def match_columns(headers: Sequence[str], overrides: Mapping[str, str], report: Report) -> dict[str, int]:
    """Role -> column index (0-based): overrides first (``name="Full Name"``), then known headers."""
    by_header = {_normal(h): i for i, h in enumerate(headers) if h}
    columns: dict[str, int] = {}
    for role, header in overrides.items():
        if role not in ROLES:
            report.error(1, 1, f"unknown column role '{role}' in the mapping; roles are {', '.join(ROLES)}")
            continue
        if _normal(header) not in by_header:
            report.error(1, 1, f"the mapping names column '{header}', which the first row does not have")
            continue
        columns[role] = by_header[_normal(header)]
    taken = set(columns.values())
    for role, names in ROLES.items():
        if role in columns:
            continue
        for name in names:
            index = by_header.get(name)
            if index is not None and index not in taken:
                columns[role] = index
                taken.add(index)
                break
    if "name" not in columns:
        report.error(1, 1, "no column of unit names: name one 'name' or map one with --map name=HEADER")
    if "parent" not in columns and "reports_to" not in columns:
        report.error(1, 1, "no column of parents: name one 'parentId' or 'Reports_To', or map one with --map")
    return columns


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "unit"


def table_to_values(
    table: Table, columns: Mapping[str, int], title: str, source: str, separator: str, report: Report
) -> Value:
    """The table as located YAML-like values: a format-1 document the loader validates."""
    detail_columns = [i for i in range(len(table.headers)) if i not in columns.values() and table.headers[i]]

    def cell(cells: list[str], role: str) -> str:
        index = columns.get(role)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    records: list[tuple[int, list[str], str]] = []  # (line, cells, id)
    ids_seen: dict[str, int] = {}
    names: dict[str, list[int]] = {}
    for line, cells in table.rows:
        unit_id = cell(cells, "id")
        if not unit_id:
            base = _slug(cell(cells, "name"))
            unit_id, number = base, 2
            while unit_id in ids_seen:
                unit_id, number = f"{base}-{number}", number + 1
        if unit_id in ids_seen and "id" in columns:
            report.error(line, columns["id"] + 1, f"duplicate id '{unit_id}' (first in row {ids_seen[unit_id]})")
            continue
        ids_seen[unit_id] = line
        names.setdefault(cell(cells, "name").casefold(), []).append(len(records))
        records.append((line, cells, unit_id))

    parent_of: dict[int, int | None] = {}
    for number, (line, cells, _unit_id) in enumerate(records):
        parent_id = cell(cells, "parent")
        reports_to = cell(cells, "reports_to")
        if parent_id:
            target = ids_seen.get(parent_id)
            if target is None:
                report.error(line, columns["parent"] + 1, f"parent '{parent_id}' is no id in this file")
                parent_of[number] = None
                continue
            parent_of[number] = next(n for n, record in enumerate(records) if record[2] == parent_id)
        elif reports_to:
            found = names.get(reports_to.casefold(), [])
            if len(found) != 1:
                problem = "is no name in this file" if not found else f"names {len(found)} rows; give each an id"
                report.error(line, columns["reports_to"] + 1, f"reports to '{reports_to}', which {problem}")
            parent_of[number] = found[0] if len(found) == 1 else None
        else:
            parent_of[number] = None

    # Top units: rows that name no parent at all (a row whose parent was not found is reported above).
    roots = [
        n for n, (_, cells, _) in enumerate(records) if not cell(cells, "parent") and not cell(cells, "reports_to")
    ]
    if len(roots) > 1:
        rows = ", ".join(str(records[n][0]) for n in roots[:10])
        for n in roots[1:]:
            report.error(records[n][0], 1, f"a second top unit (rows {rows} have no parent); an import has one top")
    # Cycles: following parents from a row must end at a top unit.
    for start in parent_of:
        seen = []
        current: int | None = start
        while current is not None and current not in seen:
            seen.append(current)
            current = parent_of.get(current)
        if current is not None and current == start:
            cycle = " → ".join(records[n][2] for n in seen)
            report.error(records[start][0], 1, f"a cycle of parents: {cycle} → {records[start][2]}")
            parent_of[start] = None

    def located(text: str, line: int, role: str) -> tuple[Value, int, int, int, int]:
        column = columns.get(role, 0) + 1
        return (text, line, column, line, column)

    maps: list[YMap] = []
    for line, cells, unit_id in records:
        node = YMap(line, 1)
        entries = node.entries
        entries["id"] = located(unit_id, line, "id")
        entries["name"] = located(cell(cells, "name"), line, "name")
        for role in ("kind", "description"):
            if cell(cells, role):
                entries[role] = located(cell(cells, role), line, role)
        if cell(cells, "head") or cell(cells, "head_name"):
            head = YMap(line, columns.get("head", columns.get("head_name", 0)) + 1)
            for key, role in (("title", "head"), ("name", "head_name")):
                if cell(cells, role):
                    head.entries[key] = located(cell(cells, role), line, role)
            entries["head"] = (head, head.line, head.column, head.line, head.column)
        if cell(cells, "responsibilities"):
            items = YSeq(line, columns["responsibilities"] + 1)
            column = items.column
            items.items = [(part.strip(), line, column) for part in cell(cells, "responsibilities").split(separator)]
            items.items = [item for item in items.items if item[0]]
            entries["responsibilities"] = (items, line, column, line, column)
        if cell(cells, "related"):
            related = YSeq(line, columns["related"] + 1)
            related.items = [
                (part, line, related.column) for part in re.split(r"[\s,;|]+", cell(cells, "related")) if part
            ]
            entries["related"] = (related, line, related.column, line, related.column)
        details = YMap(line, 1)
        for index in detail_columns:
            value = cells[index].strip() if index < len(cells) else ""
            if value:
                details.entries[table.headers[index]] = (value, line, index + 1, 1, index + 1)
        if details.entries:
            entries["details"] = (details, line, 1, line, 1)
        maps.append(node)

    top = YSeq(2, 1)
    for number, node in enumerate(maps):
        parent = parent_of[number]
        if parent is None:
            if number == (roots[0] if roots else number):
                top.items.append((node, node.line, 1))
            continue
        line, cells, _ = records[number]
        relation = cell(cells, "relation").casefold()
        key = "attached" if relation == "attached" else "subunits"
        holder = maps[parent].entries.get(key)
        if holder is None:
            holder = (YSeq(node.line, 1), node.line, 1, node.line, 1)
            maps[parent].entries[key] = holder
        seq = holder[0]
        assert isinstance(seq, YSeq)
        seq.items.append((node, node.line, 1))
    document = YMap(1, 1)
    document.entries["format"] = ("orgexplorer/1", 1, 1, 1, 1)
    document.entries["organization"] = (title, 1, 1, 1, 1)
    document.entries["source"] = (source, 1, 1, 1, 1)
    document.entries["units"] = (top, 2, 1, 2, 1)
    return document


def spreadsheet_title(path: str) -> str:
    return Path(path).stem.replace("_", " ").replace("-", " ").strip().capitalize() or "Imported organization"
