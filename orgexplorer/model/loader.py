"""The one loader: an organization file (bytes) in, an ``Organization`` or located problems out.

This is the only module that knows the file format (DESIGN.md section 1, format ``orgexplorer/1``).
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from orgexplorer.model import cache
from orgexplorer.model.cache import cache_folder
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.importer import (
    SPREADSHEET_SUFFIXES,
    match_columns,
    read_table,
    spreadsheet_title,
    table_to_values,
)
from orgexplorer.model.organization import Head, Organization, Placement, Unit
from orgexplorer.model.problems import Problem, Severity
from orgexplorer.model.yamlread import (
    Cancelled,
    Limits,
    Progress,
    Report,
    TooManyProblems,
    Value,
    YMap,
    YSeq,
    read_yaml,
)

FORMAT = "orgexplorer/1"
TOP_KEYS = ("format", "organization", "source", "glossary", "units")
UNIT_KEYS = (
    "id",
    "name",
    "kind",
    "head",
    "description",
    "responsibilities",
    "subunits",
    "attached",
    "related",
    "details",
)
HEAD_KEYS = ("title", "name")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_KNOWN_SETS: dict[tuple[str, ...], frozenset[str]] = {
    keys: frozenset(keys) for keys in (TOP_KEYS, UNIT_KEYS, HEAD_KEYS)
}

# Invisible characters that reorder text: a name holding one can be drawn to look like another.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading gave: the organization (None when there are errors) and every problem found."""

    organization: Organization | None
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    content_key: str | None = None  # the content hash, for caching what is made from this file

    @property
    def ok(self) -> bool:
        return self.organization is not None

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]


def load_file(
    path: str | os.PathLike[str],
    limits: Limits = Limits(),
    progress: Progress | None = None,
    use_cache: bool = True,
) -> LoadResult:
    """Load an organization file; never raises for anything the file holds or lacks.

    ``progress`` is called now and then with the fraction done; raising ``Cancelled`` from it stops
    the load, which then returns no organization and ``cancelled`` set. A large file that loaded
    before, byte for byte the same, comes from the cache (``orgexplorer.model.cache``).
    """
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > limits.max_bytes:
            message = f"the file is {size / 2**20:,.1f} MiB, more than the limit of {limits.max_bytes / 2**20:,.0f} MiB"
            return LoadResult(None, [Problem(name, 1, 1, message)])
        with open(name, "rb") as stream:
            data = stream.read(limits.max_bytes + 1)
    except IsADirectoryError:
        return LoadResult(None, [Problem(name, 1, 1, "this is a folder, not an organization file")])
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return LoadResult(None, [Problem(name, 1, 1, f"cannot read the file: {reason}")])
    if Path(name).suffix.lower() in SPREADSHEET_SUFFIXES:
        return load_spreadsheet(data, name)
    folder = cache_folder() if use_cache else None
    key = cache.key_for(data, folder)
    cached = cache.load_cached(key, name, folder)
    if cached is not None:
        return LoadResult(cached, [], content_key=key)
    result = load_bytes(data, name, limits, progress)
    if result.organization is not None and not result.problems:
        cache.store(key, result.organization, folder)
        return LoadResult(result.organization, result.problems, content_key=key)
    return result


def load_spreadsheet(
    data: bytes,
    path: str,
    columns: Mapping[str, str] | None = None,
    separator: str = "|",
    title: str | None = None,
    limits: Limits = Limits(),
) -> LoadResult:
    """Import a spreadsheet (``importer``); validated like any file, problems at row and column.

    ``columns`` maps roles to headers where the headers are not the usual ones
    (``{"name": "Full Name", "parent": "Manager"}``); ``separator`` splits a responsibilities cell.
    """
    report = Report(path, limits.max_problems)
    organization = None
    with paused_gc():
        try:
            table = read_table(data, Path(path).suffix.lower(), report)
            if table is not None:
                matched = match_columns(table.headers, columns or {}, report)
                if not report.has_errors:
                    source = f"Imported from {Path(path).name}"
                    root = table_to_values(table, matched, title or spreadsheet_title(path), source, separator, report)
                    organization = _Converter(report).organization(root, str(Path(path).resolve()))
        except TooManyProblems:
            pass
        except Exception as exc:  # the boundary: whatever escapes is a located problem, not a traceback
            report.problems.append(Problem(path, 1, 1, f"unexpected failure while importing: {exc!r}"))
    report.problems.sort(key=lambda problem: (problem.line, problem.column))
    return LoadResult(None if report.has_errors else organization, report.problems)


def load_bytes(
    data: bytes,
    path: str = "<data>",
    limits: Limits = Limits(),
    progress: Progress | None = None,
    libyaml: bool | None = None,
) -> LoadResult:
    """Load an organization from the bytes of a file; ``path`` names it in problems."""
    report = Report(path, limits.max_problems)
    organization = None
    with paused_gc():
        try:
            root = read_yaml(data, report, limits, progress, libyaml)
            # Check the content too whenever the YAML could be read whole, so that one pass shows all.
            if root is not None or not report.has_errors:
                resolved = None if path == "<data>" else str(Path(path).resolve())
                organization = _Converter(report).organization(root, resolved)
        except TooManyProblems:
            pass
        except Cancelled:
            return LoadResult(None, [Problem(path, 1, 1, "loading was cancelled")], cancelled=True)
        except Exception as exc:  # the boundary: whatever escapes is a located problem, not a traceback
            report.problems.append(Problem(path, 1, 1, f"unexpected failure while reading: {exc!r}"))
    report.problems.sort(key=lambda problem: (problem.line, problem.column))
    if report.has_errors:
        organization = None
    return LoadResult(organization, report.problems)


def _describe(value: Value) -> str:
    if isinstance(value, YMap):
        return "a mapping"
    if isinstance(value, YSeq):
        return "a list"
    return "empty" if value is None else "text"


def _suggest(word: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


_INVISIBLE_IN_PROSE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")
_INVISIBLE_IN_TEXT = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")


def _invisible(text: str, allow_newlines: bool) -> str | None:
    """The first control or bidirectional-override character in ``text``, described, or None."""
    found = (_INVISIBLE_IN_PROSE if allow_newlines else _INVISIBLE_IN_TEXT).search(text)
    if found is None:
        return None
    char = found.group(0)
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'control character')})"


def _plain_fields(
    entries: dict[str, tuple[Value, int, int, int, int]],
) -> tuple[str, str, str | None, Head | None, str | None, tuple[str, ...]] | None:
    """A unit's id, name, kind, head, description and responsibilities where every one is plain,
    visible text (the usual case, checked in a few operations); None sends the unit the careful way.

    Gives exactly what ``_Converter`` gives field by field for such a unit, without its problems.
    """
    get = entries.get
    id_entry, name_entry = get("id"), get("name")
    if id_entry is None or name_entry is None:
        return None
    unit_id, name = id_entry[0], name_entry[0]
    entry = get("kind")
    kind = "" if entry is None else entry[0]
    entry = get("description")
    description = "" if entry is None else entry[0]
    head_title: Value = ""
    head_name: Value = ""
    entry = get("head")
    if entry is not None:
        head = entry[0]
        if type(head) is YMap:
            if not head.entries.keys() <= _KNOWN_SETS[HEAD_KEYS]:
                return None
            title_entry, name_of_head = head.entries.get("title"), head.entries.get("name")
            head_title = "" if title_entry is None else title_entry[0]
            head_name = "" if name_of_head is None else name_of_head[0]
        else:
            head_title = head
    if (
        type(unit_id) is not str
        or type(name) is not str
        or type(kind) is not str
        or type(description) is not str
        or type(head_title) is not str
        or type(head_name) is not str
    ):
        return None
    # isprintable() is False for every control and bidirectional-override character (and for a few
    # harmless ones, such as a line break in prose): the regular expressions decide only then.
    if not description.isprintable() and _INVISIBLE_IN_PROSE.search(description) is not None:
        return None
    visible = f"{unit_id}{name}{kind}{head_title}{head_name}"
    if not visible.isprintable() and _INVISIBLE_IN_TEXT.search(visible) is not None:
        return None
    responsibilities: tuple[str, ...] = ()
    entry = get("responsibilities")
    if entry is not None:
        items = entry[0]
        if type(items) is not YSeq:
            return None
        values = [item[0] for item in items.items]
        try:
            joined = "|".join(values)  # type: ignore[arg-type]
        except TypeError:  # a responsibility that is not text
            return None
        printable = joined.isprintable()
        if not printable and _INVISIBLE_IN_PROSE.search(joined) is not None:
            return None
        if (
            printable
            and "" not in values
            and "  " not in joined
            and " |" not in joined
            and "| " not in joined
            and joined[:1] != " "
            and joined[-1:] != " "
        ):
            responsibilities = tuple(values)  # type: ignore[arg-type]  # single spaces already
        else:
            responsibilities = tuple([" ".join(value.split()) for value in values])  # type: ignore[union-attr]
            if "" in responsibilities:
                return None
    unit_id, name = unit_id.strip(), name.strip()
    if not unit_id or not name:
        return None
    head_title, head_name = head_title.strip(), head_name.strip()
    head_value = Head(head_title or None, head_name or None) if head_title or head_name else None
    return unit_id, name, kind.strip() or None, head_value, description.strip() or None, responsibilities


class _Converter:
    """Turns the located YAML values into an Organization, reporting every problem on the way."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def error(self, line: int, column: int, message: str) -> None:
        self.report.error(line, column, message)

    def warning(self, line: int, column: int, message: str) -> None:
        self.report.problems.append(Problem(self.report.path, line, column, message, Severity.WARNING))

    def check_keys(self, node: YMap, known: tuple[str, ...], where: str) -> None:
        if node.entries.keys() <= _KNOWN_SETS[known]:
            return  # the usual case, in one set operation
        for key, (_, _, _, line, column) in node.entries.items():
            if key not in known:
                self.error(line, column, f"unknown key '{key}' in {where}{_suggest(key, known)}")

    def text(self, node: YMap, key: str, where: str, required: bool = False, prose: bool = False) -> str | None:
        """The text under ``key``, stripped; None when absent or empty (an error when required)."""
        entry = node.entries.get(key)
        if entry is None:
            if required:
                self.error(node.line, node.column, f"{where} has no '{key}'")
            return None
        value = entry[0]
        if type(value) is str:  # the usual case first: visible text
            stripped = value.strip()
            if stripped and (_INVISIBLE_IN_PROSE if prose else _INVISIBLE_IN_TEXT).search(value) is None:
                return stripped
        line, column = entry[1], entry[2]
        if value is not None and not isinstance(value, str):
            self.error(line, column, f"'{key}' must be text, not {_describe(value)}")
            return None
        if value is None or not value.strip():
            if required:
                self.error(line, column, f"'{key}' of {where} is empty")
            return None
        self.check_visible(value, line, column, f"'{key}'", prose)
        return value.strip()

    def check_visible(self, value: str, line: int, column: int, what: str, prose: bool) -> None:
        bad = _invisible(value, allow_newlines=prose)
        if bad:
            self.error(line, column, f"{what} contains the invisible character {bad}; remove it")

    def sequence(self, node: YMap, key: str) -> list[tuple[Value, int, int]]:
        entry = node.entries.get(key)
        if entry is None or entry[0] is None:
            return []
        if not isinstance(entry[0], YSeq):
            self.error(entry[1], entry[2], f"'{key}' must be a list, not {_describe(entry[0])}")
            return []
        return entry[0].items

    def organization(self, root: Value, path: str | None = None) -> Organization | None:
        if root is None:
            self.error(1, 1, f"the file is empty; an organization file starts with 'format: {FORMAT}'")
            return None
        if not isinstance(root, YMap):
            self.error(
                1,
                1,
                f"the file must be a mapping with 'format', 'organization' and 'units', not {_describe(root)}",
            )
            return None
        self.check_keys(root, TOP_KEYS, "the file")
        version = self.text(root, "format", "the file", required=True)
        if version is not None and version != FORMAT:
            _, line, column, _, _ = root.entries["format"]
            self.error(line, column, f"unknown format '{version}'; this version of OrgExplorer reads '{FORMAT}'")
        title = self.text(root, "organization", "the file", required=True)
        source = self.text(root, "source", "the file", prose=True)
        glossary = self.glossary(root)
        if "units" not in root.entries:
            self.error(root.line, root.column, "the file has no 'units'")
        units = self.sequence(root, "units")
        if "units" in root.entries and not units:
            _, line, column, _, _ = root.entries["units"]
            self.error(line, column, "'units' is empty; an organization has at least one unit")
        built = self.units(units)
        if self.report.has_errors or title is None:
            return None
        units_tuple, roots, by_id = built
        return Organization(title, units_tuple, roots, source, glossary, path, by_id)

    def glossary(self, root: YMap) -> dict[str, str]:
        entry = root.entries.get("glossary")
        if entry is None or entry[0] is None:
            return {}
        if not isinstance(entry[0], YMap):
            self.error(entry[1], entry[2], f"'glossary' must be a mapping, not {_describe(entry[0])}")
            return {}
        glossary = {}
        for term in entry[0].entries:
            expansion = self.text(entry[0], term, f"glossary entry '{term}'", required=True)
            if expansion:
                glossary[term.strip()] = expansion
        return glossary

    def units(self, top: list[tuple[Value, int, int]]) -> tuple[tuple[Unit, ...], tuple[int, ...], dict[str, int]]:
        """Pre-order walk with an explicit stack (no recursion, whatever the depth).

        A unit whose fields are all plain, visible text takes ``_plain_fields`` (a few operations per
        unit); anything else takes the careful way below, which says what is wrong and where.
        """
        drafts: list[_Draft] = []
        first_seen: dict[str, tuple[int, int]] = {}
        roots: list[int] = []
        stack: list[tuple[tuple[Value, int, int], int | None, Placement, int]] = [
            (item, None, Placement.ROOT, 0) for item in reversed(top)
        ]
        unit_keys = _KNOWN_SETS[UNIT_KEYS]
        subunit, attached = Placement.SUBUNIT, Placement.ATTACHED
        while stack:
            (node, line, column), parent, placement, depth = stack.pop()
            if type(node) is not YMap:
                self.error(line, column, f"a unit must be a mapping with 'id' and 'name', not {_describe(node)}")
                continue
            entries = node.entries
            unit_id: str | None
            plain = _plain_fields(entries) if entries.keys() <= unit_keys else None
            if plain is not None:
                unit_id, name, kind, head, description, responsibilities = plain
                names: tuple[tuple[str, str], ...] = ()
                where = ""
            else:
                unit_id = self.text(node, "id", "this unit", required=True)
                where = f"unit '{unit_id}'" if unit_id else "this unit"
                self.check_keys(node, UNIT_KEYS, where)
                name, names = self.names(node, where)
                kind = self.text(node, "kind", where)
                head = self.head(node, where)
                description = self.text(node, "description", where, prose=True)
                responsibilities = self.responsibilities(node)
            if unit_id is not None:
                entry = entries["id"]
                first = first_seen.setdefault(unit_id, (entry[1], entry[2]))
                if first[0] != entry[1] or first[1] != entry[2]:
                    self.error(
                        entry[1],
                        entry[2],
                        f"duplicate unit id '{unit_id}' (first used at line {first[0]}, column {first[1]})",
                    )
            index = len(drafts)
            if "details" in entries or "related" in entries:
                where = where or f"unit '{unit_id}'"
                details, related = self.details(node, where), self.related_ids(node)
            else:
                details, related = (), []
            drafts.append(
                _Draft(
                    index,
                    unit_id or f"#{index}",
                    name,
                    kind,
                    head,
                    description,
                    responsibilities,
                    placement,
                    parent,
                    depth,
                    line,
                    column,
                    related,
                    details,
                    names,
                )
            )
            if parent is None:
                roots.append(index)
            elif placement is subunit:
                drafts[parent].subunits.append(index)
            else:
                drafts[parent].attached.append(index)
            below = entries.get("attached")
            if below is not None:
                stack.extend([(item, index, attached, depth + 1) for item in reversed(self.sequence(node, "attached"))])
            below = entries.get("subunits")
            if below is not None:
                stack.extend([(item, index, subunit, depth + 1) for item in reversed(self.sequence(node, "subunits"))])

        by_id = self.resolve_related(drafts)
        units = tuple(draft.freeze() for draft in drafts)
        return units, tuple(roots), by_id

    def names(self, node: YMap, where: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The name, or names by language (``{en: ..., sr-Latn: ..., sr-Cyrl: ...}``)."""
        entry = node.entries.get("name")
        if entry is None or not isinstance(entry[0], YMap):
            return self.text(node, "name", where, required=True) or "", ()
        names = []
        for tag in entry[0].entries:
            if not _LANGUAGE_TAG.fullmatch(tag.strip()):
                key_line, key_column = entry[0].entries[tag][3], entry[0].entries[tag][4]
                self.error(key_line, key_column, f"'{tag}' is not a language tag such as 'en', 'sr-Latn' or 'sr-Cyrl'")
                continue
            text = self.text(entry[0], tag, f"the name of {where}", required=True)
            if text:
                names.append((tag.strip(), text))
        if not names:
            self.error(entry[1], entry[2], f"'name' of {where} gives no name")
            return "", ()
        default = next((text for tag, text in names if tag.casefold() == "en"), names[0][1])
        return default, tuple(names)

    def head(self, node: YMap, where: str) -> Head | None:
        entry = node.entries.get("head")
        if entry is None or entry[0] is None:
            return None
        value = entry[0]
        if isinstance(value, YMap):
            self.check_keys(value, HEAD_KEYS, f"the head of {where}")
            title = self.text(value, "title", f"the head of {where}")
            name = self.text(value, "name", f"the head of {where}")
            return Head(title, name) if title or name else None
        title = self.text(node, "head", where)
        return Head(title) if title else None

    def responsibilities(self, node: YMap) -> tuple[str, ...]:
        items = []
        for value, line, column in self.sequence(node, "responsibilities"):
            if type(value) is str and _INVISIBLE_IN_PROSE.search(value) is None:
                normal = " ".join(value.split())
                if normal:
                    items.append(normal)
                    continue
            if not isinstance(value, str) or not value.strip():
                self.error(line, column, f"a responsibility must be text, not {_describe(value)}")
                continue
            self.check_visible(value, line, column, "a responsibility", prose=True)
            items.append(" ".join(value.split()))
        return tuple(items)

    def details(self, node: YMap, where: str) -> tuple[tuple[str, str], ...]:
        entry = node.entries.get("details")
        if entry is None or entry[0] is None:
            return ()
        if not isinstance(entry[0], YMap):
            self.error(entry[1], entry[2], f"'details' must be a mapping of labels to text, not {_describe(entry[0])}")
            return ()
        pairs = []
        for label in entry[0].entries:
            value = self.text(entry[0], label, f"detail '{label}' of {where}", prose=True)
            if value is not None:
                pairs.append((label.strip(), value))
        return tuple(pairs)

    def related_ids(self, node: YMap) -> list[tuple[str, int, int]]:
        refs = []
        for value, line, column in self.sequence(node, "related"):
            if not isinstance(value, str) or not value.strip():
                self.error(line, column, f"'related' holds unit ids, not {_describe(value)}")
                continue
            refs.append((value.strip(), line, column))
        return refs

    def resolve_related(self, drafts: list[_Draft]) -> dict[str, int]:
        """Resolve every unit's ``related`` ids; gives the index of each id (the organization keeps it)."""
        by_id: dict[str, int] = {}
        for draft in drafts:  # the first unit holding an id owns it; later ones are errors already
            by_id.setdefault(draft.id, draft.index)
        suggestions_left = 20  # difflib over a huge file is slow; suggest for the first few only
        for draft in drafts:
            for target_id, line, column in draft.related_refs:
                target = by_id.get(target_id)
                if target is None:
                    hint = ""
                    if suggestions_left > 0:
                        suggestions_left -= 1
                        hint = _suggest(target_id, list(by_id))
                    self.error(line, column, f"'related' names '{target_id}', which is no unit in this file{hint}")
                elif target == draft.index:
                    self.error(line, column, f"'related' names the unit itself ('{target_id}')")
                elif target in draft.related:
                    self.warning(line, column, f"'related' names '{target_id}' twice")
                else:
                    draft.related.append(target)
                    drafts[target].referred_by.append(draft.index)
        return by_id


@dataclass(slots=True)
class _Draft:
    """A unit while the file is being read; frozen into a Unit once every relation is known."""

    index: int
    id: str
    name: str
    kind: str | None
    head: Head | None
    description: str | None
    responsibilities: tuple[str, ...]
    placement: Placement
    parent: int | None
    depth: int
    line: int
    column: int
    related_refs: list[tuple[str, int, int]]
    details: tuple[tuple[str, str], ...] = ()
    names: tuple[tuple[str, str], ...] = ()
    subunits: list[int] = field(default_factory=list)
    attached: list[int] = field(default_factory=list)
    related: list[int] = field(default_factory=list)
    referred_by: list[int] = field(default_factory=list)

    def freeze(self) -> Unit:
        return Unit(  # positional: noticeably faster than by keyword, a hundred thousand times
            self.index,
            self.id,
            self.name,
            self.kind,
            self.head,
            self.description,
            self.responsibilities,
            self.placement,
            self.parent,
            tuple(self.subunits),
            tuple(self.attached),
            tuple(self.related),
            tuple(self.referred_by),
            self.depth,
            self.line,
            self.column,
            self.details,
            self.names,
        )
