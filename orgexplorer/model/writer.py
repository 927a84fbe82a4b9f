"""Writing an organization as a format-1 YAML file (what ``orgexplorer import`` produces).

Every string is written double-quoted (JSON's escaping is valid YAML), so that no value can turn into
anything but the text it is; the tree is written without recursion, whatever its depth.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from orgexplorer.model.loader import FORMAT
from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.problems import Problem
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said
from orgexplorer.model.yamlread import Limits

# What JSON leaves as it is but YAML does not allow in a file (DEL, C1 controls, surrogates,
# noncharacters) or reads as a line break (NEL, U+2028, U+2029): written as escapes, so that any text
# an organization holds is written as itself.
_NOT_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _q(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    if text.isascii() and "\x7f" not in text:
        return quoted
    return _NOT_YAML.sub(lambda found: f"\\u{ord(found.group(0)):04x}", quoted)


def _pair(indent: str, key: str, value: str) -> str:
    """``key: value`` in a mapping; a key over YAML's 1,024 characters for a plain key as an explicit one."""
    quoted = _q(key)
    if len(quoted) <= 1000:
        return f"{indent}{quoted}: {_q(value)}"
    return f"{indent}? {quoted}\n{indent}: {_q(value)}"


def _unit_lines(organization: Organization, unit: Unit, indent: str) -> Iterator[str]:
    yield f"{indent}- id: {_q(unit.id)}"
    inner = indent + "  "
    if unit.names:
        yield f"{inner}name:"
        yield from (_pair(f"{inner}  ", tag, text) for tag, text in unit.names)
    else:
        yield f"{inner}name: {_q(unit.name)}"
    if unit.kind:
        yield f"{inner}kind: {_q(unit.kind)}"
    if unit.head is not None:
        if unit.head.name:
            title = f"title: {_q(unit.head.title)}, " if unit.head.title else ""
            yield f"{inner}head: {{{title}name: {_q(unit.head.name)}}}"
        elif unit.head.title:
            yield f"{inner}head: {_q(unit.head.title)}"
    if unit.description:
        yield f"{inner}description: {_q(unit.description)}"
    if unit.responsibilities:
        yield f"{inner}responsibilities:"
        yield from (f"{inner}  - {_q(item)}" for item in unit.responsibilities)
    if unit.details:
        yield f"{inner}details:"
        yield from (_pair(f"{inner}  ", label, value) for label, value in unit.details)
    if unit.related:
        yield f"{inner}related: [{', '.join(_q(organization.units[i].id) for i in unit.related)}]"


def organization_yaml(organization: Organization, comment: str = "") -> str:
    """The organization as the text of a format-1 file."""
    lines = [f"# {line}" for line in comment.splitlines()]
    lines += [f"format: {FORMAT}", f"organization: {_q(organization.title)}"]
    if organization.source:
        lines.append(f"source: {_q(organization.source)}")
    if organization.glossary:
        lines.append("glossary:")
        lines += [_pair("  ", term, expansion) for term, expansion in organization.glossary.items()]
    lines.append("units:")
    # (unit index, indent) to write, or a literal line; children after their unit's own fields.
    stack: list[tuple[int, str] | str] = [(index, "  ") for index in reversed(organization.roots)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            lines.append(item)
            continue
        index, indent = item
        unit = organization.units[index]
        lines.extend(_unit_lines(organization, unit, indent))
        pending: list[tuple[int, str] | str] = []
        for key, group in (("subunits", unit.subunits), ("attached", unit.attached)):
            if group:
                pending.append(f"{indent}  {key}:")
                pending += [(child, indent + "    ") for child in group]
        stack.extend(reversed(pending))
    return "\n".join(lines) + "\n"


def deepest_level(limits: Limits = Limits()) -> int:
    """How many levels below the top a unit may sit in a file the loader reads back.

    The file's mapping, ``units`` and the top unit are three nested collections; each level down adds
    a ``subunits`` (or ``attached``) list and the unit; a unit's own head, names or lists one more:
    a unit d levels down needs 4 + 2d levels of nesting, at most ``limits.max_depth``.
    """
    return (limits.max_depth - 4) // 2


def unwritable(organization: Organization, path: str, limits: Limits = Limits()) -> list[Problem]:
    """What the format cannot hold of ``organization`` (imported from ``path``): units nested deeper
    than a file may be, reported at the first such unit's place in the source."""
    deepest = deepest_level(limits)
    too_deep = [unit for unit in organization.units if unit.depth > deepest]
    if not too_deep:
        return []
    first = min(too_deep, key=lambda unit: (unit.line, unit.column))
    if len(too_deep) > 1:
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} "
            "levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} "
            "levels down (the loader reads at most {nesting} levels of nesting)",
        )
    message = said(
        template,
        count=len(too_deep) - 1 if len(too_deep) > 1 else None,
        unit=first.id,
        depth=first.depth,
        deepest=deepest,
        nesting=limits.max_depth,
    )
    return [Problem(path, first.line, first.column, message)]
