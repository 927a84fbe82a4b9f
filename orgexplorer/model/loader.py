"""The one loader: an organization file (bytes) in, an ``Organization`` or located problems out.

This is the only module that knows the file format (DESIGN.md section 1, format ``orgexplorer/1``).

(Over 500 lines: the format's rules are stated here once for the careful reading, which locates every
problem, and the quick reading of clean files is checked against it by property tests; issue 13 asks
that the quick path be derived from the same rules, which is not done yet: the split comes with it.)
"""

from __future__ import annotations

import difflib
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from orgexplorer.model import cache
from orgexplorer.model.cache import cache_folder
from orgexplorer.model.files import InputError, read_input
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.importer import (
    SPREADSHEET_SUFFIXES,
    check_lengths,
    match_columns,
    read_table,
    spreadsheet_title,
    table_to_values,
)
from orgexplorer.model.organization import Head, Organization, Placement, Unit
from orgexplorer.model.problems import Problem, Report, Severity, TooManyProblems
from orgexplorer.model.progress import Cancelled, Progress
from orgexplorer.model.text import INVISIBLE_CHARACTER
from orgexplorer.model.yamlread import (
    Limits,
    NeedsCare,
    Value,
    YMap,
    YSeq,
    read_plain,
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
        data = read_input(name, limits.max_bytes)
    except InputError as exc:
        return LoadResult(None, [Problem(name, 1, 1, str(exc))])
    if Path(name).suffix.lower() in SPREADSHEET_SUFFIXES:
        result = load_spreadsheet(data, name)
        return _with_content_key(result, lambda: cache.content_key(data))
    folder = cache_folder() if use_cache else None
    key, cached = cache.open_cached(data, name, folder)
    if cached is not None:
        return LoadResult(replace(cached, content_key=key), [], content_key=key)
    content = (lambda: key) if key is not None else _hashing(data)  # the organization knows it either way
    result = _with_content_key(load_bytes(data, name, limits, progress), content)
    if key is None or result.organization is None or result.problems:  # warnings are shown every time
        return result
    cache.store(key, result.organization, folder, name)
    return LoadResult(result.organization, result.problems, content_key=key)


def _hashing(data: bytes) -> Callable[[], str]:
    """The content key of ``data``, hashed on another thread while the caller goes on (hashlib lets
    go of Python's lock); the function returned waits for it."""
    answer: list[str] = []
    thread = threading.Thread(target=lambda: answer.append(cache.content_key(data)), name="orgexplorer-hash")
    thread.start()

    def key() -> str:
        thread.join()
        return answer[0]

    return key


def _with_content_key(result: LoadResult, content: Callable[[], str | None]) -> LoadResult:
    """``result`` with its organization knowing the hash of the bytes it was read from."""
    key = content()
    if result.organization is None or key is None:
        return result
    return replace(result, organization=replace(result.organization, content_key=key))


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
            table = read_table(data, Path(path).suffix.lower(), report, limits)
            if table is not None:
                check_lengths(table, limits.max_scalar, report)
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
    careful: bool = False,
) -> LoadResult:
    """Load an organization from the bytes of a file; ``path`` names it in problems.

    Two ways, one result: a file with nothing to report (nearly every file) is read the quick way
    (``read_plain`` and ``_plain_organization``: no position for each value, a third faster); at the
    first doubt it is read again the careful way (``read_yaml`` and ``_Converter``), which finds every
    problem and says where. ``careful`` goes that way at once (tests compare the two).
    """
    report = Report(path, limits.max_problems)
    organization = None
    resolved = None if path == "<data>" else str(Path(path).resolve())
    with paused_gc():
        try:
            reached = [0.0]  # how far the quick reading got: the progress shown never goes back

            def quick_progress(fraction: float) -> None:
                reached[0] = fraction
                if progress is not None:
                    progress(fraction)

            if not careful:
                try:
                    plain = read_plain(data, limits, quick_progress if progress else None, libyaml)
                    return LoadResult(_plain_organization(plain, resolved))
                except NeedsCare:
                    plain = None
            careful_progress = None if progress is None else (lambda fraction: progress(max(fraction, reached[0])))
            root = read_yaml(data, report, limits, careful_progress, libyaml)
            # Check the content too whenever the YAML could be read whole, so that one pass shows all.
            if root is not None or not report.has_errors:
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


# Noncharacters (U+FDD0..U+FDEF, U+FFFE, U+FFFF and their likes in every plane) are no text at all: no
# font draws them and XML (an SVG chart) cannot hold them. YAML refuses them raw, not as escapes.
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_UNSHOWN = "".join(sorted(_BIDI_CONTROLS)) + _NONCHARACTERS
_INVISIBLE_IN_PROSE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _UNSHOWN + "]")
_INVISIBLE_IN_TEXT = re.compile("[\x00-\x1f\x7f-\x9f" + _UNSHOWN + "]")


def _invisible(text: str, allow_newlines: bool) -> str | None:
    """The first control or bidirectional-override character in ``text``, described, or None."""
    found = (_INVISIBLE_IN_PROSE if allow_newlines else _INVISIBLE_IN_TEXT).search(text)
    if found is None:
        return None
    char = found.group(0)
    kind = "noncharacter" if unicodedata.category(char) == "Cn" else "control character"
    return f"U+{ord(char):04X} ({unicodedata.name(char, kind)})"


# --- the quick way, for a file with nothing to report ---

_PLAIN_TOP = frozenset(TOP_KEYS) | {None}
_PLAIN_UNIT = frozenset(UNIT_KEYS) | {None}
_PLAIN_HEAD = frozenset(HEAD_KEYS) | {None}


def _plain_text(value: object, prose: bool = False) -> str | None:
    """Visible text, stripped; None for no value. Anything to report raises NeedsCare."""
    if value is None:
        return None
    if type(value) is not str:
        raise NeedsCare
    # isprintable() is False for every control and bidirectional-override character (and for a few
    # harmless ones, such as a line break in prose): the regular expression decides only then.
    if not value.isprintable() and (_INVISIBLE_IN_PROSE if prose else _INVISIBLE_IN_TEXT).search(value):
        raise NeedsCare
    return value.strip() or None


def _plain_required(value: object) -> str:
    text = _plain_text(value)
    if text is None:
        raise NeedsCare
    return text


def _plain_organization(root: object, path: str | None) -> Organization:
    """The organization of a file read the quick way (``read_plain``): the same as ``_Converter``
    gives for a file it has nothing to say about; ``NeedsCare`` at the first doubt."""
    if type(root) is not dict or not root.keys() <= _PLAIN_TOP:
        raise NeedsCare
    if _plain_text(root.get("format")) != FORMAT:
        raise NeedsCare
    title = _plain_required(root.get("organization"))
    source = _plain_text(root.get("source"), prose=True)
    glossary: dict[str, str] = {}
    terms = root.get("glossary")
    if terms is not None:
        if type(terms) is not dict:
            raise NeedsCare
        for term, expansion in terms.items():
            if term is not None:
                glossary[term.strip()] = _plain_required(expansion)
    top = root.get("units")
    if type(top) is not list or not top:
        raise NeedsCare
    drafts: list[_Draft] = []
    by_id: dict[str, int] = {}
    roots: list[int] = []
    stack: list[tuple[object, int | None, Placement, int]] = [(node, None, Placement.ROOT, 0) for node in reversed(top)]
    subunit, attached = Placement.SUBUNIT, Placement.ATTACHED
    while stack:
        node, parent, placement, depth = stack.pop()
        if type(node) is not dict or not node.keys() <= _PLAIN_UNIT:
            raise NeedsCare
        get = node.get
        index = len(drafts)
        unit_id = _plain_required(get("id"))
        if not unit_id.isascii() and INVISIBLE_CHARACTER.search(unit_id):
            raise NeedsCare
        if by_id.setdefault(unit_id, index) != index:
            raise NeedsCare  # a duplicate id
        name, names = _plain_names(get("name"))
        line, column = node[None]
        _add(
            drafts,
            roots,
            _Draft(
                index,
                unit_id,
                name,
                _plain_text(get("kind")),
                _plain_head(get("head")),
                _plain_text(get("description"), prose=True),
                _plain_responsibilities(get("responsibilities")),
                placement,
                parent,
                depth,
                line,
                column,
                _plain_related(get("related")),
                _plain_details(get("details")),
                names,
            ),
        )
        for key, kind in (("attached", attached), ("subunits", subunit)):
            below = get(key)
            if below is not None:
                if type(below) is not list:
                    raise NeedsCare
                stack.extend([(child, index, kind, depth + 1) for child in reversed(below)])
    for draft in drafts:
        for target_id, _, _ in draft.related_refs:
            target = by_id.get(target_id)
            if target is None or target == draft.index or target in draft.related:
                raise NeedsCare  # unknown, the unit itself, or named twice
            draft.relate(drafts[target])
    units = tuple(draft.freeze() for draft in drafts)
    return Organization(title, units, tuple(roots), source, glossary, path, by_id)


def _plain_name(value: object) -> str:
    text = _plain_required(value)
    if not text.isascii() and INVISIBLE_CHARACTER.search(text):
        raise NeedsCare  # a warning to give, with its place
    return text


def _plain_names(value: object) -> tuple[str, tuple[tuple[str, str], ...]]:
    if type(value) is not dict:
        return _plain_name(value), ()
    names = []
    for tag, text in value.items():
        if tag is not None:
            if not _LANGUAGE_TAG.fullmatch(tag.strip()):
                raise NeedsCare
            names.append((tag.strip(), _plain_name(text)))
    if not names:
        raise NeedsCare
    return next((text for tag, text in names if tag.casefold() == "en"), names[0][1]), tuple(names)


def _plain_head(value: object) -> Head | None:
    if type(value) is dict:
        if not value.keys() <= _PLAIN_HEAD:
            raise NeedsCare
        title, name = _plain_text(value.get("title")), _plain_text(value.get("name"))
    else:
        title, name = _plain_text(value), None
    return Head(title, name) if title or name else None


def _plain_responsibilities(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        raise NeedsCare
    try:
        joined = "|".join(value)
    except TypeError:  # a responsibility that is not text
        raise NeedsCare from None
    printable = joined.isprintable()
    if not printable and _INVISIBLE_IN_PROSE.search(joined) is not None:
        raise NeedsCare
    if (
        printable
        and "" not in value
        and "  " not in joined
        and " |" not in joined
        and "| " not in joined
        and joined[:1] != " "
        and joined[-1:] != " "
    ):
        return tuple(value)  # one space between words already, the usual case
    items = tuple([" ".join(item.split()) for item in value])
    if "" in items:
        raise NeedsCare
    return items


def _plain_details(value: object) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if type(value) is not dict:
        raise NeedsCare
    pairs = []
    for label, text in value.items():
        if label is not None:
            detail = _plain_text(text, prose=True)
            if detail is not None:
                pairs.append((label.strip(), detail))
    return tuple(pairs)


def _plain_related(value: object) -> list[tuple[str, int, int]]:
    if value is None:
        return []
    if type(value) is not list:
        raise NeedsCare
    return [(_plain_required(target), 0, 0) for target in value]


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

    def check_shows(self, text: str, entry: tuple[Value, int, int, int, int], what: str, severity: Severity) -> None:
        """Report the first character of ``text`` that shows nothing (``text.INVISIBLE``): an error in
        an id, a warning in a name (each looks like the text without it)."""
        found = INVISIBLE_CHARACTER.search(text)
        if found is None:
            return
        char = found.group(0)
        described = f"U+{ord(char):04X} ({unicodedata.name(char, 'format character')})"
        visible = INVISIBLE_CHARACTER.sub("", text)
        if severity is Severity.ERROR:
            message = (f"character {found.start() + 1} of the id is the invisible {described}; an id must be "
                       f"visible text (this one looks like '{visible}')")  # fmt: skip
            self.error(entry[1], entry[2], message)
        else:
            self.warning(entry[1], entry[2], f"character {found.start() + 1} of the name is the invisible "
                         f"{described}: it looks like '{visible}' but is another name")  # fmt: skip

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
        """Pre-order walk with an explicit stack (no recursion, whatever the depth)."""
        drafts: list[_Draft] = []
        first_seen: dict[str, tuple[int, int]] = {}
        roots: list[int] = []
        stack: list[tuple[tuple[Value, int, int], int | None, Placement, int]] = [
            (item, None, Placement.ROOT, 0) for item in reversed(top)
        ]
        subunit, attached = Placement.SUBUNIT, Placement.ATTACHED
        while stack:
            (node, line, column), parent, placement, depth = stack.pop()
            if type(node) is not YMap:
                self.error(line, column, f"a unit must be a mapping with 'id' and 'name', not {_describe(node)}")
                continue
            entries = node.entries
            unit_id = self.text(node, "id", "this unit", required=True)
            if unit_id is not None and not unit_id.isascii():
                self.check_shows(unit_id, entries["id"], "id", Severity.ERROR)
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
            details, related = self.details(node, where), self.related_ids(node)
            _add(
                drafts,
                roots,
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
                ),
            )
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
            name = self.text(node, "name", where, required=True) or ""
            if entry is not None and not name.isascii():
                self.check_shows(name, entry, "name", Severity.WARNING)
            return name, ()
        names = []
        for tag in entry[0].entries:
            if not _LANGUAGE_TAG.fullmatch(tag.strip()):
                key_line, key_column = entry[0].entries[tag][3], entry[0].entries[tag][4]
                self.error(key_line, key_column, f"'{tag}' is not a language tag such as 'en', 'sr-Latn' or 'sr-Cyrl'")
                continue
            text = self.text(entry[0], tag, f"the name of {where}", required=True)
            if text:
                if not text.isascii():
                    self.check_shows(text, entry[0].entries[tag], "name", Severity.WARNING)
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
                    draft.relate(drafts[target])
        return by_id


def _add(drafts: list[_Draft], roots: list[int], draft: _Draft) -> None:
    """Append a unit's draft (in pre-order) and hang it from its parent, or make it a top unit."""
    drafts.append(draft)
    if draft.parent is None:
        roots.append(draft.index)
    elif draft.placement is Placement.SUBUNIT:
        drafts[draft.parent].subunits.append(draft.index)
    else:
        drafts[draft.parent].attached.append(draft.index)


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

    def relate(self, target: _Draft) -> None:
        """This unit names ``target`` in its ``related``: both ends know."""
        self.related.append(target.index)
        target.referred_by.append(self.index)

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
