"""Import from spreadsheets: CSV (and .xlsx where openpyxl is installed) to an organization.

Two shapes that organizations already keep are understood, matched by column header:

- one row per unit with an id and its parent's id (d3-org-chart, BALKAN OrgChart: ``id``, ``parentId``),
  which is also what ``orgexplorer export -o units.csv`` writes (with ``relation`` for attached units);
- one row per box with a name and the name it reports to (Visio's Organization Chart Wizard: ``Name``,
  ``Reports_To``, optional ``Title`` and ``Department``).

Columns no role claims are kept as the unit's ``details``. The rows become the same located values
the YAML reader makes, and go through the one loader's validation, so every problem is reported as
``FILE:ROW:COLUMN`` and nothing is silently dropped.

Over 500 lines: reading the table, matching its columns (one table of roles) and making the values
are one path; the header row went to ``header_row``, and the reading of a table (``read_table``,
``organization_fields``) leaves next, once the conversion of its messages to ``said`` is merged.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from orgexplorer.model.delimiter import DELIMITERS, delimiter_name, find_delimiter
from orgexplorer.model.encoding import decode
from orgexplorer.model.header_row import header_index
from orgexplorer.model.problems import Report
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said
from orgexplorer.model.text import fold
from orgexplorer.model.xlsx import FIRST_COLUMNS, read_sheet
from orgexplorer.model.yamlread import Limits, Value, YMap, YSeq

#: Each role and the headers that claim it (compared without case, spaces, dashes, underscores or dots,
#: in either Serbian script, without diacritics: ``_normal``). An HR system's own number for a person
#: or a post is the id (Employee ID, Personnel number, Šifra, ID radnika), not a detail beside ids made
#: from names. Serbian HR systems' headers too (Naziv, Nadređeni, Radno mesto), as folded (đ is "dj").
ROLES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unitid", "code", "key", "employeeid", "empid", "employeenumber", "employeeno", "personnelnumber",
           "personnelno", "staffid", "staffnumber", "sifra", "idradnika", "sifraradnika", "idzaposlenog",
           "sifrazaposlenog", "brojradnika", "sifrajedinice", "idjedinice"),
    "parent": ("parentid", "parent", "pid", "managerid", "reportstoid", "idnadredjene", "idnadredjenejedinice",
               "sifranadredjene", "sifranadredjenejedinice", "nadredjenaid"),
    "reports_to": ("reportsto", "manager", "parentname", "supervisor", "nadredjeni", "nadredjena",
                   "nadredjenajedinica", "pretpostavljeni", "odgovara"),
    "name": ("name", "unit", "unitname", "fullname", "naziv", "nazivjedinice", "jedinica", "organizacionajedinica",
             "imeiprezime"),
    "head": ("head", "title", "position", "positionname", "jobtitle", "post", "radnomesto", "funkcija", "polozaj",
             "rukovodilac"),
    "head_name": ("headname", "person", "holder", "imerukovodioca"),
    "kind": ("kind", "type", "level", "vrsta", "tip", "nivo"),
    "description": ("description", "opis"),
    "responsibilities": ("responsibilities", "functions", "duties", "tasks", "nadleznosti", "poslovi",
                         "zaduzenja", "opisposlova"),
    "relation": ("relation", "placement", "odnos"),
    "related": ("related", "povezane", "povezanejedinice"),
}  # fmt: skip
_KNOWN = frozenset(word for words in ROLES.values() for word in words)
SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".xlsx")
#: A column of names in one language (``name:sr-Latn``, as export writes them): matched as the role
#: ``name:TAG`` beside ``ROLES``; the units it names get their names by language.
NAME_IN = re.compile(r"name\s*:\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)", re.IGNORECASE)

#: An .xlsx workbook may hold, beside its sheet of units, a sheet of this name with what the file says
#: of the whole organization (``orgexplorer export -o units.xlsx`` writes one): a header row of
#: ``ORGANIZATION_COLUMNS``, then a row per field: its name, a glossary row's term, and the text.
ORGANIZATION_SHEET = "Organization"
ORGANIZATION_COLUMNS = ("field", "term", "text")
ORGANIZATION_FIELDS = ("organization", "source", "glossary")
#: A CSV whose rows do not tell their column separator: the window's import dialog lets the user set it.
SEPARATOR_UNKNOWN = QT_TRANSLATE_NOOP(
    "Problems",
    "the column separator could not be determined: {doubt}; set it: {option} on the command line, "
    "or Separator in the window's Import spreadsheet",
)


# A cell a spreadsheet would run as a formula (OWASP, "CSV injection"): starting with = + - @, tab or
# CR. Exports prefix such a cell with an apostrophe, and one that already starts with apostrophes before
# such a character too, so that import can take exactly one apostrophe off and give back the text.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralise_cell(text: str) -> str:
    """A cell as an exported CSV writes it: never one a spreadsheet runs."""
    return "'" + text if _FORMULA.match(text) else text


def restore_cell(text: str) -> str:
    """The text of a cell ``neutralise_cell`` wrote (any other cell as it is)."""
    return text[1:] if _NEUTRALISED.match(text) else text


def _normal(header: str) -> str:
    """A header as compared: one Unicode form (a name typed on one system matches one saved on
    another), without case, spaces, dashes, underscores or dots, Cyrillic as Latin, no diacritics
    (``Шифра``, ``Šifra`` and ``Sifra`` are one header)."""
    return re.sub(r"[\s_\-.]+", "", fold(unicodedata.normalize("NFC", header)))


@dataclass(frozen=True, slots=True)
class ImportChoices:
    """What the user chose where a spreadsheet's own shape does not say: the header of each role's
    column (``--map``), the character between a CSV's columns (``--delimiter``; None: found from the
    file), the workbook's sheet (``--sheet``; None: the first) and the row that names the columns
    (``--header-row``, numbered as in the file; None: found, ``find_header``)."""

    columns: Mapping[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A spreadsheet's cells with their places: ``rows[i] = (line, cells)``; columns are 1-based.
    ``title``, ``source`` and ``glossary``: what an .xlsx's ``ORGANIZATION_SHEET`` says, if it has one;
    ``header_line``: the row of ``headers`` in the file."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    title: str | None = None
    source: str | None = None
    glossary: tuple[tuple[str, str, int], ...] = ()  # (term, text, row)
    delimiter: str | None = None  # between a CSV's columns (None for a workbook's sheet)
    header_line: int = 1


def organization_fields(
    rows: list[tuple[int, list[str]]], report: Report
) -> tuple[str | None, str | None, tuple[tuple[str, str, int], ...]]:
    """Title, source and glossary from the rows of an ``ORGANIZATION_SHEET`` (after its header); what
    is not understood is reported as a warning naming the sheet and row, and left out."""
    title = source = None
    glossary: dict[str, tuple[str, str, int]] = {}
    sheet = ORGANIZATION_SHEET
    for line, cells in rows:
        field, term, text = ([cell.strip() for cell in cells] + ["", "", ""])[:3]
        if field.casefold() not in ORGANIZATION_FIELDS:
            template = QT_TRANSLATE_NOOP(
                "Problems", "sheet '{sheet}', row {row}: '{field}' is no field; the fields are {fields} (left out)"
            )
            fields = ", ".join(ORGANIZATION_FIELDS)
            report.warning(line, 1, said(template, sheet=sheet, row=line, field=field, fields=fields))
        elif not text:
            continue
        elif field.casefold() == "organization":
            title = text
        elif field.casefold() == "source":
            source = text
        elif not term:
            template = QT_TRANSLATE_NOOP(
                "Problems", "sheet '{sheet}', row {row}: a glossary row without its term (left out)"
            )
            report.warning(line, 2, said(template, sheet=sheet, row=line))
        elif term in glossary:
            template = QT_TRANSLATE_NOOP(
                "Problems", "sheet '{sheet}', row {row}: the term '{term}' again (row {kept} kept)"
            )
            report.warning(line, 2, said(template, sheet=sheet, row=line, term=term, kept=glossary[term][2]))
        else:
            glossary[term] = (term, text, line)
    return title, source, tuple(glossary.values())


def read_table(
    data: bytes,
    suffix: str,
    report: Report,
    limits: Limits = Limits(),
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> Table | None:
    """The cells of a CSV/TSV or an .xlsx sheet; None after reporting. ``delimiter`` separates a
    CSV's columns (None: found from the file, ``delimiter.find_delimiter``); ``sheet`` names a
    workbook's sheet (None: the first); ``header_row`` the row naming the columns (None: found,
    ``find_header``)."""
    if suffix == ".xlsx":
        read = read_sheet(data, report, limits, ORGANIZATION_SHEET, sheet)
        if read is None:
            return None
        table = _headed(read[0], header_row, report)
        if table is None or not read[1]:  # a workbook from elsewhere (an HR system): its units alone, as always
            return table
        title, source, glossary = organization_fields(read[1], report)
        return replace(table, title=title, source=source, glossary=glossary)
    text = decode(data, report, legacy=True)  # a CSV from a Windows HR system: read, with a warning
    if text is None:
        return None
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    given = delimiter is not None
    if delimiter is None:
        found = find_delimiter(text, "\t" if suffix == ".tsv" else ",")
        if found.delimiter is None:
            report.error(1, 1, said(SEPARATOR_UNKNOWN, doubt=found.doubt, option="--delimiter C"))
            return None
        delimiter = found.delimiter
    # Every spreadsheet program quotes with '"' (an apostrophe starts neutralised formulas instead).
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((start, [restore_cell(cell) for cell in cells]))
            start = reader.line_num + 1
    except csv.Error as exc:
        report.error(
            reader.line_num, 1, said(QT_TRANSLATE_NOOP("Problems", "not a readable CSV file: {reason}"), reason=exc)
        )
        return None
    if not records:
        template = QT_TRANSLATE_NOOP("Problems", "the file is empty; the first row names the columns ({columns})")
        report.error(1, 1, said(template, columns=FIRST_COLUMNS))
        return None
    table = _headed(records, header_row, report)
    if table is None:
        return None
    if given and len(table.headers) == 1 and (held := [d for d in DELIMITERS if d in table.headers[0]]):
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "with the separator {separator} the first row is one column; it holds {held}: is that the separator?",
        )
        report.error(
            table.header_line, 1, said(template, separator=delimiter_name(delimiter), held=delimiter_name(held[0]))
        )
        return None
    return replace(table, delimiter=delimiter)


def _headed(records: list[tuple[int, list[str]]], header_row: int | None, report: Report) -> Table | None:
    """The table whose header is row ``header_row`` of the file (None: found, ``header_row.find_header``,
    knowing the importer's headers); the rows above it are left out."""
    index = header_index(
        records, header_row, report, lambda text: _normal(text) in _KNOWN or bool(NAME_IN.fullmatch(text.strip()))
    )
    if index is None:
        return None
    line, headers = records[index]
    return Table([header.strip() for header in headers], records[index + 1 :], header_line=line)


def has_rows(table: Table, report: Report) -> bool:
    """Whether the sheet has rows of units below its header; said where it has none (another sheet,
    or another header row, may hold them)."""
    if not table.rows:
        template = QT_TRANSLATE_NOOP(
            "Problems", "the sheet has no rows of units: only its first row, which names the columns"
        )
        report.error(table.header_line + 1, 1, said(template))
    return bool(table.rows)


def check_lengths(table: Table, max_chars: int, report: Report) -> None:
    """Every cell within the length a value of an organization file may have (``Limits.max_scalar``)."""
    for line, cells in [(1, table.headers), *table.rows]:
        for column, text in enumerate(cells, 1):
            if len(text) > max_chars:
                template = QT_TRANSLATE_NOOP(
                    "Problems", "a cell of {length:,} characters; a value holds at most {limit:,}"
                )
                report.error(line, column, said(template, length=len(text), limit=max_chars))


def match_columns(
    headers: Sequence[str], overrides: Mapping[str, str], report: Report, line: int = 1
) -> dict[str, int]:
    """Role -> column index (0-based): overrides first (``name="Full Name"``; an empty header leaves
    the role without a column), then known headers; what is missing is said at the header's ``line``."""
    by_header: dict[str, int] = {}
    for index, header in enumerate(headers):  # the first column of a header claims its role; later ones are details
        if header:
            by_header.setdefault(_normal(header), index)
    columns: dict[str, int] = {}
    for role, header in overrides.items():
        if role not in ROLES:
            template = QT_TRANSLATE_NOOP("Problems", "unknown column role '{role}' in the mapping; roles are {roles}")
            report.error(line, 1, said(template, role=role, roles=", ".join(ROLES)))
            continue
        if not header.strip():
            continue  # no column: not even one the role's usual headers would claim
        if _normal(header) not in by_header:
            template = QT_TRANSLATE_NOOP(
                "Problems", "the mapping names column '{header}', which the first row does not have"
            )
            report.error(line, 1, said(template, header=header))
            continue
        columns[role] = by_header[_normal(header)]
    taken = set(columns.values())
    for role, names in ROLES.items():
        if role in columns or role in overrides:
            continue
        for name in names:
            claimed = by_header.get(name)
            if claimed is not None and claimed not in taken:
                columns[role] = claimed
                taken.add(claimed)
                break
    for index, header in enumerate(headers):
        language = NAME_IN.fullmatch(header.strip())
        if language and index not in taken:
            columns.setdefault(f"name:{language.group(1)}", index)
            taken.add(index)
    if "name" not in columns and not any(role.startswith("name:") for role in columns):
        template = QT_TRANSLATE_NOOP("Problems", "no column of unit names: name one '{name}' or map one with {option}")
        report.error(line, 1, said(template, name="name", option="--map name=HEADER"))
    if "parent" not in columns and "reports_to" not in columns:
        template = QT_TRANSLATE_NOOP(
            "Problems", "no column of parents: name one '{parent}' or '{reports_to}', or map one with {option}"
        )
        report.error(line, 1, said(template, parent="parentId", reports_to="Reports_To", option="--map"))
    return columns


def _related_ids(text: str, ids: Mapping[str, int]) -> list[str]:
    """The ids a ``related`` cell names: one per line (as export writes them: an id never holds a line
    break), the whole cell when it is one id, else split at spaces, commas, semicolons or bars."""
    if "\n" in text:
        parts = text.split("\n")
    elif text in ids:
        parts = [text]
    else:
        parts = re.split(r"[\s,;|]+", text)
    return [part.strip() for part in parts if part.strip()]


def report_unnamed_columns(table: Table, report: Report) -> None:
    """A value in a column the header row does not name is not imported: said once per column, at
    its first row, with how many rows more (whether or not the columns needed are found: values
    beside a title taken for the header tell that it is not the header)."""
    named = {i for i, header in enumerate(table.headers) if header}
    seen: dict[int, list[int]] = {}  # column -> [first row, rows]
    for line, cells in table.rows:
        if len(cells) <= len(table.headers) and len(named) == len(table.headers):
            continue  # the usual row: every column named
        for index, text in enumerate(cells):
            if index not in named and text.strip():
                seen.setdefault(index, [line, 0])[1] += 1
    for index, (line, rows) in sorted(seen.items(), key=lambda item: item[1][0]):
        if rows > 1:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "a value in column {column}, which has no header in the header row (row {header_row}), is left "
                "out (and in %Ln more rows); name the column to import it",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "a value in column {column}, which has no header in the header row (row {header_row}), is left "
                "out; name the column to import it",
            )
        count = rows - 1 if rows > 1 else None
        report.warning(line, index + 1, said(template, count, column=index + 1, header_row=table.header_line))


def _cycles(parent_of: Sequence[int | None]) -> list[tuple[int, list[int]]]:
    """Each cycle of parents once, as (its first row's record, its records from there in parent
    order); one walk up from every record, each record walked once (linear in the rows)."""
    done = [False] * len(parent_of)
    on_path = [False] * len(parent_of)
    cycles = []
    for start in range(len(parent_of)):
        path = []
        current: int | None = start
        while current is not None and not done[current] and not on_path[current]:
            on_path[current] = True
            path.append(current)
            current = parent_of[current]
        if current is not None and on_path[current]:  # the walk came back to itself: a cycle
            members = path[path.index(current) :]
            first = min(members)
            cycle = [first]
            while (following := parent_of[cycle[-1]]) != first and following is not None:
                cycle.append(following)
            cycles.append((first, cycle))
        for record in path:
            on_path[record], done[record] = False, True
    return sorted(cycles)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "unit"


def table_to_values(
    table: Table, columns: Mapping[str, int], title: str, source: str | None, separator: str, report: Report
) -> Value:
    """The table as located YAML-like values: a format-1 document the loader validates."""
    detail_columns = [i for i in range(len(table.headers)) if i not in columns.values() and table.headers[i]]
    first_of: dict[str, int] = {}
    for index in detail_columns:
        first = first_of.setdefault(table.headers[index], index)
        if first != index:  # both would be one detail: one of them lost
            header = table.headers[index]
            template = QT_TRANSLATE_NOOP(
                "Problems", "the first row names '{header}' twice (columns {first} and {second})"
            )
            report.error(table.header_line, index + 1, said(template, header=header, first=first + 1, second=index + 1))

    def cell(cells: list[str], role: str) -> str:
        index = columns.get(role)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    languages = sorted((index, role.partition(":")[2]) for role, index in columns.items() if role.startswith("name:"))

    def names_in(cells: list[str]) -> list[tuple[str, str]]:
        """The row's names by language, in the order of their columns."""
        return [(tag, cells[index].strip()) for index, tag in languages if index < len(cells) and cells[index].strip()]

    def shown_name(cells: list[str]) -> str:
        """The name the unit is shown by: the name column's, else the English one, else the first."""
        tagged = names_in(cells) if languages else []
        english = [text for tag, text in tagged if tag.casefold() == "en"]
        return cell(cells, "name") or (english or [text for _, text in tagged] or [""])[0]

    records: list[tuple[int, list[str], str]] = []  # (line, cells, id)
    ids_seen: dict[str, int] = {}  # id -> its row
    number_of: dict[str, int] = {}  # id -> its record
    next_number: dict[str, int] = {}  # a made id's base -> the next number to try (linear numbering)
    names: dict[str, list[int]] = {}
    for line, cells in table.rows:
        unit_id = cell(cells, "id")
        if not unit_id:
            base = _slug(shown_name(cells))
            unit_id, number = base, next_number.get(base, 2)
            while unit_id in ids_seen:
                unit_id, number = f"{base}-{number}", number + 1
            next_number[base] = number
        if unit_id in ids_seen and "id" in columns:
            template = QT_TRANSLATE_NOOP("Problems", "duplicate id '{unit}' (first in row {row})")
            report.error(line, columns["id"] + 1, said(template, unit=unit_id, row=ids_seen[unit_id]))
            continue
        ids_seen[unit_id] = line
        number_of[unit_id] = len(records)
        names.setdefault(shown_name(cells).casefold(), []).append(len(records))
        records.append((line, cells, unit_id))

    parent_of: list[int | None] = []
    for line, cells, _unit_id in records:
        parent_id = cell(cells, "parent")
        reports_to = cell(cells, "reports_to")
        if parent_id:
            target = number_of.get(parent_id)
            if target is None:  # a parent given by name (a Manager column mapped as parent): one row's name
                found = names.get(parent_id.casefold(), [])
                target = found[0] if len(found) == 1 else None
                if not found:
                    template = QT_TRANSLATE_NOOP("Problems", "parent '{parent}' is no id or name in this file")
                    report.error(line, columns["parent"] + 1, said(template, parent=parent_id))
                elif target is None:
                    rows = ", ".join(str(records[n][0]) for n in found[:5]) + (", …" if len(found) > 5 else "")
                    template = QT_TRANSLATE_NOOP(
                        "Problems", "parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id"
                    )
                    report.error(
                        line, columns["parent"] + 1, said(template, count=len(found), parent=parent_id, rows=rows)
                    )
            parent_of.append(target)
        elif reports_to:
            found = names.get(reports_to.casefold(), [])
            if not found and reports_to in number_of:  # an id in a column named for names ("Nadređena": 100)
                found = [number_of[reports_to]]
            if len(found) != 1:
                if not found:
                    message = said(
                        QT_TRANSLATE_NOOP("Problems", "reports to '{name}', which is no name in this file"),
                        name=reports_to,
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "Problems", "reports to '{name}', which names %n rows; give each an id"
                    )
                    message = said(template, count=len(found), name=reports_to)
                report.error(line, columns["reports_to"] + 1, message)
            parent_of.append(found[0] if len(found) == 1 else None)
        else:
            parent_of.append(None)

    # Top units: rows that name no parent at all (a row whose parent was not found is reported above).
    roots = [
        n for n, (_, cells, _) in enumerate(records) if not cell(cells, "parent") and not cell(cells, "reports_to")
    ]
    if len(roots) > 1:
        rows = ", ".join(str(records[n][0]) for n in roots[:10])
        for n in roots[1:]:
            template = QT_TRANSLATE_NOOP(
                "Problems", "a second top unit (rows {rows} have no parent); an import has one top"
            )
            report.error(records[n][0], 1, said(template, rows=rows))
    for first, members in _cycles(parent_of):
        cycle = " → ".join(records[n][2] for n in members)
        template = QT_TRANSLATE_NOOP("Problems", "a cycle of parents: {cycle} → {first}")
        report.error(records[first][0], 1, said(template, cycle=cycle, first=records[first][2]))
        parent_of[first] = None

    def put(node: YMap, key: str, text: str, line: int, role: str) -> None:
        column = columns.get(role, 0) + 1
        node.put(key, text, line, column, line, column)

    def put_node(node: YMap, key: str, value: YMap | YSeq) -> None:
        node.put(key, value, value.line, value.column, value.line, value.column)

    maps: list[YMap] = []
    for line, cells, unit_id in records:
        node = YMap.located(line, 1)
        put(node, "id", unit_id, line, "id")
        tagged = names_in(cells) if languages else []
        if not tagged:
            put(node, "name", cell(cells, "name"), line, "name")
        else:
            put_node(node, "name", _names_by_language(tagged, cell(cells, "name"), line, columns, report))
        for role in ("kind", "description"):
            if cell(cells, role):
                put(node, role, cell(cells, role), line, role)
        if cell(cells, "head") or cell(cells, "head_name"):
            head = YMap.located(line, columns.get("head", columns.get("head_name", 0)) + 1)
            for key, role in (("title", "head"), ("name", "head_name")):
                if cell(cells, role):
                    put(head, key, cell(cells, role), line, role)
            put_node(node, "head", head)
        if cell(cells, "responsibilities"):
            items = YSeq.located(line, columns["responsibilities"] + 1)
            text = cell(cells, "responsibilities")
            # One per line, as export writes them (a responsibility never holds a line break); else split
            # at the separator, as people write them ("drafting | analysis").
            parts = text.split("\n") if "\n" in text else text.split(separator)
            for part in parts:
                if part.strip():
                    items.add(part.strip(), line, items.column)
            put_node(node, "responsibilities", items)
        if cell(cells, "related"):
            related = YSeq.located(line, columns["related"] + 1)
            for part in _related_ids(cell(cells, "related"), number_of):
                related.add(part, line, related.column)
            put_node(node, "related", related)
        details = YMap.located(line, 1)
        for index in detail_columns:
            value = cells[index].strip() if index < len(cells) else ""
            if value:
                details.put(table.headers[index], value, line, index + 1, 1, index + 1)
        if details:
            put_node(node, "details", details)
        maps.append(node)

    top = YSeq.located(2, 1)
    for number, node in enumerate(maps):
        parent = parent_of[number]
        if parent is None:
            if number == (roots[0] if roots else number):
                top.add(node, node.line, 1)
            continue
        line, cells, _ = records[number]
        relation = cell(cells, "relation").casefold()
        key = "attached" if relation == "attached" else "subunits"
        seq = maps[parent].get(key)
        if seq is None:
            seq = YSeq.located(node.line, 1)
            put_node(maps[parent], key, seq)
        assert isinstance(seq, YSeq)
        seq.add(node, node.line, 1)
    document = YMap.located(1, 1)
    document.put("format", "orgexplorer/1", 1, 1, 1, 1)
    document.put("organization", title, 1, 1, 1, 1)
    if source:  # a workbook of an organization without a source: none is made up
        document.put("source", source, 1, 1, 1, 1)
    if table.glossary:
        glossary = YMap.located(1, 1)
        for term, text, line in table.glossary:
            glossary.put(term, text, line, 3, line, 2)
        put_node(document, "glossary", glossary)
    put_node(document, "units", top)
    return document


def _names_by_language(
    tagged: list[tuple[str, str]], name: str, line: int, columns: Mapping[str, int], report: Report
) -> YMap:
    """A row's names by language as a ``name`` mapping, the name shown first where it is not the
    English one (the loader shows the English name, else the first); a name given beside them that is
    none of them has no language, and is refused at its cell."""
    texts = [text for _, text in tagged]
    if name and name not in texts:
        report.error(line, columns["name"] + 1, said(QT_TRANSLATE_NOOP("Problems",
            "the name '{name}' is none of this row's names by language ({tags}); say its language in its "
            "column's header (name:sr-Latn, name:en, ...), or leave the cell empty"),
            name=name, tags=", ".join(f"name:{tag}" for tag, _ in tagged)))  # fmt: skip
    elif name and not any(tag.casefold() == "en" for tag, _ in tagged):
        tagged = sorted(tagged, key=lambda pair: pair[1] != name)  # stable: the shown one first
    first = columns[f"name:{tagged[0][0]}"] + 1
    node = YMap.located(line, first)
    for tag, text in tagged:
        column = columns[f"name:{tag}"] + 1
        node.put(tag, text, line, column, line, column)
    return node


def spreadsheet_title(path: str) -> str:
    return Path(path).stem.replace("_", " ").replace("-", " ").strip().capitalize() or "Imported organization"
