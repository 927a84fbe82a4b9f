"""The unit directory (every unit with its head, responsibilities and relations, in tree order) as
HTML, and the units as CSV for spreadsheets. Pure Python."""

from __future__ import annotations

import csv
import html
import io
from typing import assert_never

from orgexplorer.model.importer import match_columns, neutralise_cell
from orgexplorer.model.organization import Organization, Relation, Unit
from orgexplorer.model.problems import Report
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said

CSV_COLUMNS = (
    "id",
    "name",
    "parent_id",
    "relation",
    "kind",
    "head",
    "head_name",
    "description",
    "responsibilities",
    "related",
)
#: The header of the column of names in one language (``name:sr-Latn``), as ``importer`` reads it.
NAME_IN = "name:{tag}"
# One responsibility per line of the cell: a responsibility never holds a line break (the loader joins
# its lines), while a bar or a comma is ordinary text in one.
RESPONSIBILITY_SEPARATOR = "\n"


def relation_label(relation: Relation) -> str:
    """The heading of a group of related units in the directory (which is written in English)."""
    match relation:
        case Relation.PART_OF:
            return "Part of"
        case Relation.ATTACHED_TO_HEAD_OF:
            return "Attached to the head of"
        case Relation.SUBUNIT:
            return "Subunits"
        case Relation.ATTACHED_UNIT:
            return "Attached units"
        case Relation.RELATED:
            return "Related"
        case Relation.REFERRED_TO_BY:
            return "Referred to by"
        case _:
            assert_never(relation)


def _units(organization: Organization, root: str | None) -> list[Unit]:
    start = organization.by_id(root) if root else None
    return list(organization.walk(start))


def unit_rows(organization: Organization, root: str | None = None) -> tuple[list[str], list[list[str]]]:
    """The header and one row per unit: id, name (the one shown by default), a ``name:TAG`` column per
    language the units are named in (where any is), parent id, relation to the parent, kind, head,
    responsibilities, related ids, then one column per detail label (the shape ``orgexplorer import``
    reads back), as the CSV and the .xlsx workbook write them.

    A subtree (``root``) is a whole organization of its own: its top unit has no parent, and related
    ids outside it are left out, so that it imports back.
    """
    units = _units(organization, root)
    inside = {unit.index for unit in units}
    tags, labels = _languages_and_labels(units)
    rows = []
    for unit in units:
        details = dict(unit.details)
        names = dict(unit.names)
        parent = organization.parent(unit) if unit.id != root else None
        rows.append(
            [
                unit.id,
                unit.name,
                *(names.get(tag, "") for tag in tags),
                parent.id if parent else "",
                unit.placement.value if parent else "",
                unit.kind or "",
                unit.head.title or "" if unit.head else "",
                unit.head.name or "" if unit.head else "",
                unit.description or "",
                RESPONSIBILITY_SEPARATOR.join(unit.responsibilities),
                "\n".join(organization.units[i].id for i in unit.related if i in inside),  # ids may hold spaces
                *(details.get(label, "") for label in labels),
            ]
        )
    return [*CSV_COLUMNS[:2], *(NAME_IN.format(tag=tag) for tag in tags), *CSV_COLUMNS[2:], *labels], rows


def _languages_and_labels(units: list[Unit]) -> tuple[list[str], list[str]]:
    """The languages the units are named in and the labels of their details, each once, in order."""
    tags = list(dict.fromkeys(tag for unit in units for tag, _ in unit.names))
    labels = list(dict.fromkeys(label for unit in units for label, _ in unit.details))
    return tags, labels


def misread_details(organization: Organization, root: str | None = None) -> str | None:
    """What import would not read back as details from a spreadsheet of the units: a detail whose
    label import takes for a column of its own ('Manager', 'name:de'), said for the user; None
    when every detail comes back as one."""
    tags, labels = _languages_and_labels(_units(organization, root))
    headers = [*CSV_COLUMNS[:2], *(NAME_IN.format(tag=tag) for tag in tags), *CSV_COLUMNS[2:], *labels]
    claimed = match_columns(headers, {}, Report(""))
    first = len(headers) - len(labels)
    taken = [f"'{headers[index]}' ({role})" for role, index in claimed.items() if index >= first]
    if not taken:
        return None
    return said(QT_TRANSLATE_NOOP("Problems",
        "import would read the details {labels} as columns of their own, not as details: rename those "
        "details before importing this file"), labels=", ".join(taken))  # fmt: skip


def units_csv(organization: Organization, root: str | None = None) -> str:
    """The units as CSV (``unit_rows``). No cell is one a spreadsheet would run as a formula
    (``importer.neutralise_cell``; import restores the text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    headers, rows = unit_rows(organization, root)
    writer.writerow([neutralise_cell(cell) for cell in headers])
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return out.getvalue()


def csv_leaves_out(organization: Organization) -> str:
    """What a CSV of the units cannot keep of ``organization``, said for the user: a CSV is one row per
    unit (the shape spreadsheets and HR systems exchange), with no place for what the file says of the
    whole organization, so its name, source and glossary are lost on the way through one."""
    lost = [f"the organization's name ('{organization.title}')"]
    if organization.source:
        lost.append("its source")
    if organization.glossary:
        count = len(organization.glossary)
        lost.append(f"its glossary ({count} term{'s' if count != 1 else ''})")
    listed = lost[0] if len(lost) == 1 else ", ".join(lost[:-1]) + " and " + lost[-1]
    return (
        f"a CSV holds the units only: {listed} {'is' if len(lost) == 1 else 'are'} not in it; importing it "
        "names the organization after the file (or import --title), and 'diff' against this file shows "
        "what was left behind; an .xlsx export keeps them (a second sheet)"
    )


def directory_html(organization: Organization, root: str | None = None) -> str:
    """A printable directory of the units, in tree order, with links between them."""
    esc = html.escape
    units = _units(organization, root)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(organization.title)}: unit directory</title>",
        "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#1b2733;max-width:48em;margin:2em auto}"
        "h1{font-size:16pt}h2{font-size:12pt;margin:1.4em 0 .2em;border-bottom:1px solid #c8d3de}"
        ".meta{color:#33475b;margin:.2em 0}.missing{color:#666;font-style:italic}ul{margin:.3em 0}"
        "a{color:#1d4f80}</style></head><body>",
        f"<h1>{esc(organization.title)}</h1>",
    ]
    if organization.source:
        parts.append(f'<p class="meta">Source: {esc(organization.source)}</p>')
    parts.append("<ol>" + "".join(f'<li><a href="#{esc(u.id)}">{esc(u.name)}</a></li>' for u in units) + "</ol>")

    def link(index: int) -> str:
        unit = organization.units[index]
        return f'<a href="#{esc(unit.id)}">{esc(unit.name)}</a>'

    for unit in units:
        parts.append(f'<h2 id="{esc(unit.id)}">{esc(unit.name)}</h2>')
        kind = esc(unit.kind) if unit.kind else '<span class="missing">not stated</span>'
        head = esc(unit.head.label()) if unit.head else '<span class="missing">not stated</span>'
        parts.append(f'<p class="meta">Kind: {kind}<br>Head: {head}</p>')
        if unit.description:
            parts += [f"<p>{esc(p)}</p>" for p in unit.description.split("\n") if p.strip()]
        if unit.responsibilities:
            parts.append("<ul>" + "".join(f"<li>{esc(r)}</li>" for r in unit.responsibilities) + "</ul>")
        if unit.details:
            parts.append('<p class="meta">' + "<br>".join(f"{esc(k)}: {esc(v)}" for k, v in unit.details) + "</p>")
        for relation, indices in organization.relation_groups(unit):
            parts.append(f'<p class="meta">{relation_label(relation)}: ' + ", ".join(link(i) for i in indices) + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
