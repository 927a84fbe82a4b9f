"""The format's rules for what a file holds: values read from it in, an ``Organization`` out.

Every rule of format ``orgexplorer/1`` on keys, text, units, names, heads and relations (DESIGN.md
section 1) is stated here once, with its message. The careful reading (a ``Report`` that collects,
values ``located``) gives every problem with its place; the quick reading passes a ``Doubting``
report, which gives up at the first problem so that the loader reads the file again carefully. The
spreadsheet importer's values go through the same rules. Each rule first tries the usual case (visible
text, known keys) in a line or two: nearly every value of a large file is usual.

A value refused as it was read (``REFUSED``: an alias) has had its problem reported; the rules take it
as absent and say nothing of what follows from its absence (a unit without a name, a cross-reference
to a unit that may be the one refused): one refusal, one message.

(Nearly 600 lines, one job: the rules. Each message is a translatable template (``said``), which takes
two to four lines where an f-string took one; what would leave next is the rules on relations
(``related``, attached units, cycles) into a module of their own.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from orgexplorer.model.organization import Head, Organization, Placement, Unit, closest
from orgexplorer.model.problems import Report, Severity
from orgexplorer.model.said import QT_TRANSLATE_NOOP, Said, said
from orgexplorer.model.text import INVISIBLE_CHARACTER
from orgexplorer.model.yamlread import REFUSED, Value, YMap, YSeq

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
_TOP, _UNIT, _HEAD = frozenset(TOP_KEYS), frozenset(UNIT_KEYS), frozenset(HEAD_KEYS)

# Invisible characters that reorder text: a name holding one can be drawn to look like another.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Noncharacters (U+FDD0..U+FDEF, U+FFFE, U+FFFF and their likes in every plane) are no text at all: no
# font draws them and XML (an SVG chart) cannot hold them. YAML refuses them raw, not as escapes.
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_UNSHOWN = "".join(sorted(_BIDI_CONTROLS)) + _NONCHARACTERS
_PROSE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _UNSHOWN + "]")  # invisible in prose
_TEXT = re.compile("[\x00-\x1f\x7f-\x9f" + _UNSHOWN + "]")  # invisible in a line of text


def _describe(value: Value) -> Said:
    """What ``value`` is, in a phrase of its own (a message says "..., not {what}")."""
    if isinstance(value, YMap):
        return said(QT_TRANSLATE_NOOP("Problems", "a mapping"))
    if isinstance(value, YSeq):
        return said(QT_TRANSLATE_NOOP("Problems", "a list"))
    if value is None:
        return said(QT_TRANSLATE_NOOP("Problems", "empty"))
    return said(QT_TRANSLATE_NOOP("Problems", "text"))


#: Where a key is, said when a rule is broken (a phrase of its own: "unknown key 'x' in {place}").
Place = Callable[[], Said]


def _the_file() -> Said:
    return said(QT_TRANSLATE_NOOP("Problems", "the file"))


def _this_unit() -> Said:
    return said(QT_TRANSLATE_NOOP("Problems", "this unit"))


def _unit(unit_id: str) -> Place:
    return lambda: said(QT_TRANSLATE_NOOP("Problems", "unit '{unit}'"), unit=unit_id)


def _glossary_entry(term: str) -> Place:
    return lambda: said(QT_TRANSLATE_NOOP("Problems", "glossary entry '{term}'"), term=term)


def _invisible(text: str, allow_newlines: bool) -> str | None:
    """The first control or bidirectional-override character in ``text``, described, or None."""
    found = (_PROSE if allow_newlines else _TEXT).search(text)
    if found is None:
        return None
    char = found.group(0)
    kind = "noncharacter" if unicodedata.category(char) == "Cn" else "control character"
    return f"U+{ord(char):04X} ({unicodedata.name(char, kind)})"


def organization_of(root: Value, report: Report, path: str | None = None) -> Organization | None:
    """The organization ``root`` describes, or None; every problem goes to ``report``."""
    return _Rules(report).organization(root, path)


class _Rules:
    """The rules applied to one file's values, reporting every problem on the way."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.error = report.error
        self.warning = report.warning
        self.lost_units = False  # a unit, a list of units or an id was refused: some ids are unknown

    def check_keys(self, node: YMap, known: frozenset[str], where: Place) -> None:
        """Report each key of ``node`` that is not ``known`` (callers skip the call when
        ``node.keys() <= known``, the usual case, in one set operation)."""
        for key in node:
            if key not in known:
                close = closest(key, sorted(known))
                if close is None:
                    message = said(
                        QT_TRANSLATE_NOOP("Problems", "unknown key '{key}' in {place}"), key=key, place=where()
                    )
                else:
                    message = said(
                        QT_TRANSLATE_NOOP("Problems", "unknown key '{key}' in {place}; did you mean '{suggestion}'?"),
                        key=key,
                        place=where(),
                        suggestion=close,
                    )
                self.error(*node.key_place(key), message)

    def text(self, node: YMap, key: str, where: Place, required: bool = False, prose: bool = False) -> str | None:
        """The text under ``key``, stripped; None when absent or empty (an error when required)."""
        value = node.get(key)
        if type(value) is str:  # the usual case first: visible text
            # isprintable() is False for every control, bidirectional-override and noncharacter (and
            # for a few harmless characters, such as a line break in prose): the pattern decides then.
            stripped = value.strip()
            if stripped and (value.isprintable() or (_PROSE if prose else _TEXT).search(value) is None):
                return stripped
        if key not in node:
            if required:
                self.error(
                    node.line,
                    node.column,
                    said(QT_TRANSLATE_NOOP("Problems", "{place} has no '{key}'"), place=where(), key=key),
                )
            return None
        if value is REFUSED:
            return None
        line, column = node.place(key)
        if value is not None and not isinstance(value, str):
            self.error(
                line,
                column,
                said(QT_TRANSLATE_NOOP("Problems", "'{key}' must be text, not {what}"), key=key, what=_describe(value)),
            )
            return None
        if value is None or not value.strip():
            if required:
                empty = QT_TRANSLATE_NOOP("Problems", "'{key}' of {place} is empty")
                self.error(line, column, said(empty, key=key, place=where()))
            return None
        self.check_visible(value, line, column, key, prose)
        return value.strip()

    def check_visible(self, value: str, line: int, column: int, key: str | None, prose: bool) -> None:
        """Report the first invisible character of the value of ``key`` (None: of a responsibility)."""
        bad = _invisible(value, allow_newlines=prose)
        if bad is None:
            pass
        elif key is None:
            template = QT_TRANSLATE_NOOP(
                "Problems", "a responsibility contains the invisible character {character}; remove it"
            )
            self.error(line, column, said(template, character=bad))
        else:
            template = QT_TRANSLATE_NOOP("Problems", "'{key}' contains the invisible character {character}; remove it")
            self.error(line, column, said(template, key=key, character=bad))

    def check_shows(self, text: str, place: tuple[int, int], severity: Severity) -> None:
        """Report the first character of ``text`` that shows nothing (``text.INVISIBLE``): an error in
        an id, a warning in a name (each looks like the text without it)."""
        found = INVISIBLE_CHARACTER.search(text)
        if found is None:
            return
        char = found.group(0)
        described = f"U+{ord(char):04X} ({unicodedata.name(char, 'format character')})"
        visible = INVISIBLE_CHARACTER.sub("", text)
        if severity is Severity.ERROR:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "character {position} of the id is the invisible {character}; an id must be visible text "
                "(this one looks like '{visible}')",
            )
            self.error(*place, said(template, position=found.start() + 1, character=described, visible=visible))
        else:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "character {position} of the name is the invisible {character}: it looks like '{visible}' but is "
                "another name",
            )
            self.warning(*place, said(template, position=found.start() + 1, character=described, visible=visible))

    def sequence(self, node: YMap, key: str) -> YSeq | None:
        """The list under ``key``; None when absent or empty (an error when not a list)."""
        value = node.get(key)
        if value is None or type(value) is YSeq:
            return value
        if value is REFUSED:
            if key in ("units", "subunits", "attached"):
                self.lost_units = True
            return None
        if isinstance(value, YMap):
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "'{key}' must be a list, not {what}; start each item with '{dash}' (a dash and a space), "
                "in the same column",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "'{key}' must be a list, not {what}; write each item on a line of its own below it, starting with "
                "'{dash}', or all in brackets: {brackets}",
            )
        self.error(*node.place(key), said(template, key=key, what=_describe(value), dash="- ", brackets="[a, b]"))
        return None

    def organization(self, root: Value, path: str | None = None) -> Organization | None:
        if root is REFUSED:
            return None
        if root is None:
            # File keys as arguments: a translation never translates (nor transliterates) them.
            empty = QT_TRANSLATE_NOOP("Problems", "the file is empty; an organization file starts with '{start}'")
            self.error(1, 1, said(empty, start=f"format: {FORMAT}"))
            return None
        if not isinstance(root, YMap):
            template = QT_TRANSLATE_NOOP(
                "Problems", "the file must be a mapping with '{format}', '{organization}' and '{units}', not {what}"
            )
            self.error(
                1, 1, said(template, format="format", organization="organization", units="units", what=_describe(root))
            )
            return None
        self.check_keys(root, _TOP, _the_file)
        version = self.text(root, "format", _the_file, required=True)
        if version is not None and version != FORMAT:
            template = QT_TRANSLATE_NOOP(
                "Problems", "unknown format '{version}'; this version of OrgExplorer reads '{format}'"
            )
            self.error(*root.place("format"), said(template, version=version, format=FORMAT))
        title = self.text(root, "organization", _the_file, required=True)
        source = self.text(root, "source", _the_file, prose=True)
        glossary = self.glossary(root)
        if "units" not in root:
            self.error(
                root.line, root.column, said(QT_TRANSLATE_NOOP("Problems", "the file has no '{key}'"), key="units")
            )
        units = self.sequence(root, "units")
        if "units" in root and not units and (root["units"] is None or type(root["units"]) is YSeq):
            # (not a list, or refused: said already, and no second message for what follows from it)
            empty = QT_TRANSLATE_NOOP("Problems", "'{key}' is empty; an organization has at least one unit")
            self.error(*root.place("units"), said(empty, key="units"))
        built = self.units(units) if units else None
        if self.report.has_errors or title is None or built is None:
            return None
        units_tuple, roots, by_id = built
        return Organization(title, units_tuple, roots, source, glossary, path, by_id)

    def glossary(self, root: YMap) -> dict[str, str]:
        terms = root.get("glossary")
        if terms is None or terms is REFUSED:
            return {}
        if type(terms) is not YMap:
            template = QT_TRANSLATE_NOOP("Problems", "'{key}' must be a mapping, not {what}")
            self.error(*root.place("glossary"), said(template, key="glossary", what=_describe(terms)))
            return {}
        glossary = {}
        for term in terms:
            expansion = self.text(terms, term, _glossary_entry(term), required=True)
            if expansion:
                glossary[term.strip()] = expansion
        return glossary

    def units(self, top: YSeq) -> tuple[tuple[Unit, ...], tuple[int, ...], dict[str, int]]:
        """Pre-order walk with an explicit stack (no recursion, whatever the depth)."""
        drafts: list[_Draft] = []
        first_seen: dict[str, int] = {}  # each id's first unit
        nodes: list[YMap] = []  # each unit's mapping
        roots: list[int] = []
        # (the list holding the unit, its index there, the parent's index, placement, depth)
        stack: list[tuple[YSeq, int, int | None, Placement, int]] = [
            (top, n, None, Placement.ROOT, 0) for n in range(len(top) - 1, -1, -1)
        ]
        subunit, attached = Placement.SUBUNIT, Placement.ATTACHED
        text = self.text
        while stack:
            holder, number, parent, placement, depth = stack.pop()
            node = holder[number]
            if type(node) is not YMap:
                if node is REFUSED:
                    self.lost_units = True
                    continue
                template = QT_TRANSLATE_NOOP(
                    "Problems", "a unit must be a mapping with '{id}' and '{name}', not {what}"
                )
                self.error(*holder.place(number), said(template, id="id", name="name", what=_describe(node)))
                continue
            unit_id = text(node, "id", _this_unit, True)
            if unit_id is None and node.get("id") is REFUSED:
                self.lost_units = True
            if unit_id is not None and not unit_id.isascii():
                self.check_shows(unit_id, node.place("id"), Severity.ERROR)
            where = _unit(unit_id) if unit_id else _this_unit
            if not node.keys() <= _UNIT:
                self.check_keys(node, _UNIT, where)
            name, names = self.names(node, where)
            kind = text(node, "kind", where)
            head = self.head(node, where)
            description = text(node, "description", where, False, True)
            responsibilities = self.responsibilities(node)
            index = len(drafts)
            nodes.append(node)
            if unit_id is not None:
                first = first_seen.setdefault(unit_id, index)
                if first != index:
                    line, column = nodes[first].place("id")
                    template = QT_TRANSLATE_NOOP(
                        "Problems", "duplicate unit id '{unit}' (first used at line {line}, column {column})"
                    )
                    self.error(*node.place("id"), said(template, unit=unit_id, line=line, column=column))
            get = node.get  # (absent and empty are alike below)
            details = self.details(node, where) if get("details") is not None else ()
            related = self.related_ids(node) if get("related") is not None else []
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
                    node.line,
                    node.column,
                    related,
                    details,
                    names,
                ),
            )
            if get("attached") is not None and (below := self.sequence(node, "attached")):
                stack.extend([(below, n, index, attached, depth + 1) for n in range(len(below) - 1, -1, -1)])
            if get("subunits") is not None and (below := self.sequence(node, "subunits")):
                stack.extend([(below, n, index, subunit, depth + 1) for n in range(len(below) - 1, -1, -1)])

        by_id = self.resolve_related(drafts, first_seen)
        units = tuple(draft.freeze() for draft in drafts)
        return units, tuple(roots), by_id

    def names(self, node: YMap, where: Place) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The name, or names by language (``{en: ..., sr-Latn: ..., sr-Cyrl: ...}``)."""
        names_by_tag = node.get("name")
        if type(names_by_tag) is not YMap:
            name = self.text(node, "name", where, True) or ""
            if not name.isascii() and "name" in node:
                self.check_shows(name, node.place("name"), Severity.WARNING)
            return name, ()
        names = []
        name_of = QT_TRANSLATE_NOOP("Problems", "the name of {place}")
        for tag in names_by_tag:
            if not _LANGUAGE_TAG.fullmatch(tag.strip()):
                template = QT_TRANSLATE_NOOP(
                    "Problems", "'{tag}' is not a language tag such as '{en}', '{latin}' or '{cyrillic}'"
                )
                message = said(template, tag=tag, en="en", latin="sr-Latn", cyrillic="sr-Cyrl")
                self.error(*names_by_tag.key_place(tag), message)
                continue
            text = self.text(names_by_tag, tag, lambda: said(name_of, place=where()), required=True)
            if text:
                if not text.isascii():
                    self.check_shows(text, names_by_tag.place(tag), Severity.WARNING)
                names.append((tag.strip(), text))
        if not names:
            if REFUSED not in names_by_tag.values():
                template = QT_TRANSLATE_NOOP("Problems", "'{key}' of {place} gives no name")
                self.error(*node.place("name"), said(template, key="name", place=where()))
            return "", ()
        default = next((text for tag, text in names if tag.casefold() == "en"), names[0][1])
        return default, tuple(names)

    def head(self, node: YMap, where: Place) -> Head | None:
        value = node.get("head")
        if value is None:
            return None
        if type(value) is YMap:
            head_of = QT_TRANSLATE_NOOP("Problems", "the head of {place}")

            def whose() -> Said:
                return said(head_of, place=where())

            if not value.keys() <= _HEAD:
                self.check_keys(value, _HEAD, whose)
            title = self.text(value, "title", whose)
            name = self.text(value, "name", whose)
            return Head(title, name) if title or name else None
        title = self.text(node, "head", where)
        return Head(title) if title else None

    def responsibilities(self, node: YMap) -> tuple[str, ...]:
        """Each responsibility's text with one space between words."""
        listed = self.sequence(node, "responsibilities")
        if not listed:
            return ()
        try:  # the usual case first: all of them checked at once
            joined = "|".join(listed)  # type: ignore[arg-type]
        except TypeError:  # a responsibility that is not text
            joined = "\0"
        spaced = "  " in joined or " |" in joined or "| " in joined or joined[:1] == " " or joined[-1:] == " "
        if joined.isprintable() and not spaced and "" not in listed:
            return tuple(listed)  # type: ignore[arg-type]  # one space between words already
        items = []
        for number, value in enumerate(listed):
            if value is REFUSED:
                continue
            if type(value) is str and _PROSE.search(value) is None:
                normal = " ".join(value.split())
                if normal:
                    items.append(normal)
                    continue
            if not isinstance(value, str) or not value.strip():
                template = QT_TRANSLATE_NOOP("Problems", "a responsibility must be text, not {what}")
                blank = isinstance(value, str)  # (text of spaces only is no text: it says nothing)
                self.error(*listed.place(number), said(template, what=_describe(None if blank else value)))
                continue
            self.check_visible(value, *listed.place(number), None, prose=True)
            items.append(" ".join(value.split()))
        return tuple(items)

    def details(self, node: YMap, where: Place) -> tuple[tuple[str, str], ...]:
        labels = node.get("details")
        if labels is None or labels is REFUSED:
            return ()
        if type(labels) is not YMap:
            template = QT_TRANSLATE_NOOP("Problems", "'{key}' must be a mapping of labels to text, not {what}")
            self.error(*node.place("details"), said(template, key="details", what=_describe(labels)))
            return ()
        pairs = []
        detail_of = QT_TRANSLATE_NOOP("Problems", "detail '{label}' of {place}")
        for label in labels:
            place = lambda label=label: said(detail_of, label=label, place=where())  # noqa: E731
            value = self.text(labels, label, place, prose=True)
            if value is not None:
                pairs.append((label.strip(), value))
        return tuple(pairs)

    def related_ids(self, node: YMap) -> list[tuple[str, int, int]]:
        listed = self.sequence(node, "related")
        if not listed:
            return []
        refs = []
        for number, value in enumerate(listed):
            if value is REFUSED:
                continue
            if not isinstance(value, str) or not value.strip():
                template = QT_TRANSLATE_NOOP("Problems", "'{key}' holds unit ids, not {what}")
                self.error(*listed.place(number), said(template, key="related", what=_describe(value)))
                continue
            refs.append((value.strip(), *listed.place(number)))
        return refs

    def resolve_related(self, drafts: list[_Draft], first_seen: dict[str, int]) -> dict[str, int]:
        """Resolve every unit's ``related`` ids; gives the index of each id (the organization keeps it)."""
        by_id = first_seen
        if len(first_seen) != len(drafts):  # units without an id, or ids used twice: errors already
            by_id = {}
            for draft in drafts:  # the first unit holding an id owns it
                by_id.setdefault(draft.id, draft.index)
        suggestions_left = 20  # difflib over a huge file is slow; suggest for the first few only
        for draft in drafts:
            for target_id, line, column in draft.related_refs:
                target = by_id.get(target_id)
                if target is not None and target != draft.index and target not in draft.related:
                    draft.relate(drafts[target])  # the usual case
                elif target is None:
                    if self.lost_units:
                        continue  # perhaps the id of a refused unit: its refusal is the message
                    close = None
                    if suggestions_left > 0:
                        suggestions_left -= 1
                        close = closest(target_id, list(by_id))
                    if close is None:
                        template = QT_TRANSLATE_NOOP(
                            "Problems", "'{key}' names '{unit}', which is no unit in this file"
                        )
                    else:
                        template = QT_TRANSLATE_NOOP(
                            "Problems",
                            "'{key}' names '{unit}', which is no unit in this file; did you mean '{suggestion}'?",
                        )
                    self.error(line, column, said(template, key="related", unit=target_id, suggestion=close))
                elif target == draft.index:
                    template = QT_TRANSLATE_NOOP("Problems", "'{key}' names the unit itself ('{unit}')")
                    self.error(line, column, said(template, key="related", unit=target_id))
                else:
                    self.warning(
                        line,
                        column,
                        said(
                            QT_TRANSLATE_NOOP("Problems", "'{key}' names '{unit}' twice"), key="related", unit=target_id
                        ),
                    )
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
