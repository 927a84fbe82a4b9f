"""Safe reading of YAML text into located values: strings, lists and mappings, nothing else.

The file is never handed to a PyYAML constructor. Instead the parser's event stream is walked once,
iteratively, and turned into ``YMap``/``YSeq``/``str`` values that know where they start. That single
pass is also the guard against hostile input: anchors and aliases (alias and merge-key bombs),
explicit tags (``!!python/...``, ``!!timestamp nope``), several documents, nesting deeper than an
organization can need, too many nodes and overlong scalars are refused as they are met, so none of
them costs more than reading the bytes. Scalars stay the text the user wrote: ``No`` is not False,
``010`` is not 8, ``2024-01-31`` is not a date. Duplicate keys are reported with both positions.

One walk serves the quick and the careful reading of a file: the careful one (``located``) also
notes where each value and key is, for messages; the quick one hands a report that gives up at the
first problem (``Doubting``), so that the loader reads the file again carefully to say what and where.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import Any, Union

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from orgexplorer.model.encoding import decode, position
from orgexplorer.model.files import too_large
from orgexplorer.model.problems import Report
from orgexplorer.model.progress import Progress
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said
from orgexplorer.model.yamlerrors import explain

#: The libyaml parser where PyYAML was built with it; the pure-Python one otherwise. Only the parser
#: part of either loader is used (events), never its constructor.
HAVE_LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))
_PARSER: type = yaml.CSafeLoader if HAVE_LIBYAML else yaml.SafeLoader
_PROGRESS_EVERY = 20_000  # events between progress reports

#: Plain scalars that YAML 1.2 reads as "no value".
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
#: Explicit tags that change nothing for a file of text, lists and mappings.
_HARMLESS_TAGS = {
    ScalarEvent: frozenset({"tag:yaml.org,2002:str", "!"}),
    MappingStartEvent: frozenset({"tag:yaml.org,2002:map", "!"}),
    SequenceStartEvent: frozenset({"tag:yaml.org,2002:seq", "!"}),
}
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Limits:
    """What a file may hold before it is refused; generous for real organizations.

    Attributes:
        max_bytes: the file's size.
        max_depth: nesting of mappings and lists (a unit nested d levels deep sits at about 2d + 3).
        max_nodes: scalars, mappings and lists together.
        max_scalar: characters in one value.
        max_problems: problems reported before reading stops.
        max_unpacked: a spreadsheet archive's (.xlsx) contents unpacked, all parts together.
        max_rows, max_columns, max_cells: a spreadsheet's sheet, as claimed and as read.
    """

    max_bytes: int = 256 * 1024 * 1024
    max_depth: int = 1000
    max_nodes: int = 30_000_000
    max_scalar: int = 100_000
    max_problems: int = 200
    max_unpacked: int = 256 * 1024 * 1024
    max_rows: int = 1_000_000
    max_columns: int = 1_000
    max_cells: int = 20_000_000


class Refused:
    """The value of a node refused as it was read (an alias): its problem is reported, so the rules of
    the format say nothing more about it (not "has no 'name'", not "must be text"). One instance,
    ``REFUSED``; false, as an absent value is."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = Refused()

Value = Union[str, None, "YMap", "YSeq", Refused]


class YMap(dict[str, Value]):
    """A mapping read from the file, starting at ``line`` and ``column`` (1-based).

    ``at[key] = (value line, value column, key line, key column)`` when the file was read ``located``;
    None otherwise (the quick reading, which never reports a place).
    """

    __slots__ = ("at", "column", "line")
    line: int
    column: int
    at: dict[str, tuple[int, int, int, int]] | None

    @classmethod
    def located(cls, line: int, column: int) -> YMap:
        """An empty mapping that will note where each of its entries is (see ``put``)."""
        node = cls()
        node.line, node.column, node.at = line, column, {}
        return node

    def put(self, key: str, value: Value, line: int, column: int, key_line: int, key_column: int) -> None:
        """Set ``key`` to ``value``, noting where both are."""
        self[key] = value
        assert self.at is not None
        self.at[key] = (line, column, key_line, key_column)

    def place(self, key: str) -> tuple[int, int]:
        """Where the value of ``key`` is (its mapping's place when unknown or absent)."""
        at = self.at.get(key) if self.at is not None else None
        return (at[0], at[1]) if at is not None else (self.line, self.column)

    def key_place(self, key: str) -> tuple[int, int]:
        """Where ``key`` itself is (its mapping's place when unknown or absent)."""
        at = self.at.get(key) if self.at is not None else None
        return (at[2], at[3]) if at is not None else (self.line, self.column)


class YSeq(list[Value]):
    """A list read from the file, starting at ``line`` and ``column``; ``at[i] = (line, column)`` of
    item ``i`` when read ``located``, None otherwise."""

    __slots__ = ("at", "column", "line")
    line: int
    column: int
    at: list[tuple[int, int]] | None

    @classmethod
    def located(cls, line: int, column: int) -> YSeq:
        """An empty list that will note where each of its items is (see ``add``)."""
        node = cls()
        node.line, node.column, node.at = line, column, []
        return node

    def add(self, value: Value, line: int, column: int) -> None:
        """Append ``value``, noting where it is."""
        self.append(value)
        assert self.at is not None
        self.at.append((line, column))

    def place(self, index: int) -> tuple[int, int]:
        """Where item ``index`` is (the list's place when unknown)."""
        return self.at[index] if self.at is not None else (self.line, self.column)


class NeedsCare(Exception):
    """Raised by ``Doubting`` at the first problem of a quick reading: the loader then reads the file
    again the careful way, which says what is wrong, and where."""


class Doubting(Report):
    """The report of a quick reading: any problem, even a warning, means the file needs a careful one."""

    __slots__ = ()

    def error(self, line: int, column: int, message: str) -> None:
        raise NeedsCare

    def warning(self, line: int, column: int, message: str) -> None:
        raise NeedsCare


def _events(text: str | bytes, parser_class: type | None = None) -> Generator[Any, None, None]:
    """The parser's events for ``text``; the parser is always disposed of, even when abandoned."""
    parser = (parser_class or _PARSER)(text)
    get_event = parser.get_event
    try:
        # get_event() gives None after the stream's end, in both parsers: one call per event.
        while (event := get_event()) is not None:
            yield event
    finally:
        parser.dispose()


_BAD_KEY = object()  # the open mapping's key was refused: its value is read and dropped
_STOP = object()  # a scalar after which reading stops


def build(
    events: Iterable[Any],
    report: Report,
    limits: Limits,
    progress: Progress | None = None,
    size: int = 1,
    escapes: bool = True,
    located: bool = True,
) -> Value:
    """Turn parser events into values, refusing what an organization file never needs.

    Returns the document's top value (None for an empty file). Stops early, with a problem, at a
    second document, at the nesting or node limit, and at too many problems. ``located`` False leaves
    each container's ``at`` None (a third less to build). ``escapes`` False says the text holds no
    backslash, so that no double-quoted value can hold an escaped surrogate.

    This loop runs once per event (millions for a large organization), so it keeps the container
    being filled in local variables rather than looking it up on the stack each time, and leaves
    every rule's message to a function called only when the rule is broken.
    """
    # Parents of the open container, each with the key it waits to fill (maps) and where that key is.
    stack: list[tuple[Any, object, tuple[int, int]]] = []
    root: Value = None
    current: Any = None  # the open container: a YMap, a YSeq or None
    in_map = False  # current is a YMap
    key: object = None  # the open mapping's key waiting for its value (None: the next scalar is a key)
    key_at = (0, 0)  # where that key is (located only)
    line = column = 0
    documents = 0
    nodes = 0
    depth = 0
    max_depth, max_nodes, max_scalar = limits.max_depth, limits.max_nodes, limits.max_scalar
    countdown = _PROGRESS_EVERY
    for event in events:
        kind = type(event)
        if kind is ScalarEvent:
            nodes += 1
            value: Any = event.value
            length = len(value)
            if (
                event.anchor is not None
                or event.tag is not None
                or nodes > max_nodes
                or length > max_scalar
                or (escapes and event.style == '"' and _SURROGATE.search(value))
            ):
                value = _odd_scalar(event, report, nodes, limits, escapes)
                if value is _STOP:
                    break
                if length > max_scalar:
                    length = 5  # cut short: never taken for a null, whatever is left
            if length < 5 and value in _NULLS and event.tag is None and event.implicit[0]:
                value = None  # (the length first: hashing a long text to look it up costs more)
            if located:
                mark = event.start_mark
                line, column = mark.line + 1, mark.column + 1
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = current
            depth -= 1
            if not stack:
                root, current, in_map, key = value, None, False, None
                continue
            current, key, key_at = stack.pop()
            in_map = type(current) is YMap
            if located:
                line, column = value.line, value.column
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            nodes += 1
            unusual = event.anchor is not None or event.tag is not None or nodes > max_nodes
            if unusual and _odd_node(event, kind, report, nodes, max_nodes):
                break
            mark = event.start_mark
            if depth >= max_depth:
                deep = QT_TRANSLATE_NOOP("Problems", "nesting deeper than %n levels; reading stopped")
                report.error(mark.line + 1, mark.column + 1, said(deep, count=max_depth))
                break
            if progress is not None:
                countdown -= 1
                if countdown <= 0:
                    countdown = _PROGRESS_EVERY // 8
                    progress(min(1.0, mark.index / max(size, 1)))
            if current is not None:
                stack.append((current, key, key_at))
            depth += 1
            in_map = kind is MappingStartEvent
            current = YMap() if in_map else YSeq()
            current.line = mark.line + 1
            current.column = mark.column + 1
            current.at = ({} if in_map else []) if located else None
            key = None
            continue
        elif kind is AliasEvent:
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "aliases ({alias}) are not allowed in organization files; write the value out "
                "(text that starts with '{sign}' goes in quotes)",
            )
            report.error(line, column, said(template, alias=f"*{event.anchor}", sign="*"))
            if in_map and key is None:
                key = _BAD_KEY  # a refused key: its value is read and dropped
                continue
            value = REFUSED  # in its place, so that nothing counts it as missing
        else:
            if kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    second = QT_TRANSLATE_NOOP("Problems", "a second YAML document; an organization file holds one")
                    report.error(mark.line + 1, mark.column + 1, said(second))
                    break
            continue
        # A value (text, none, a mapping or list just closed): the open mapping's key or value, the open
        # list's next item, or the document.
        if in_map:
            if key is None:
                if type(value) is str and value not in current and value.strip():
                    key = value  # the usual key, placed without a call
                    if located:
                        key_at = (line, column)
                else:
                    key = _refuse_key(current, value, event, report)
            else:
                if key is not _BAD_KEY:
                    current[key] = value
                    if located:
                        current.at[key] = (line, column, *key_at)
                key = None
        elif current is not None:
            current.append(value)
            if located:
                current.at.append((line, column))
        else:
            root = value
    if depth:
        return None  # stopped inside the document
    return root


def _odd_scalar(event: Any, report: Report, nodes: int, limits: Limits, escapes: bool) -> object:
    """Report what is wrong with a scalar: the text to keep (truncated, escapes replaced), or ``_STOP``."""
    mark = event.start_mark
    line, column = mark.line + 1, mark.column + 1
    if _odd_node(event, ScalarEvent, report, nodes, limits.max_nodes):
        return _STOP
    text: str = event.value
    if escapes and event.style == '"' and _SURROGATE.search(text):
        template = QT_TRANSLATE_NOOP("Problems", "an escaped surrogate ({escapes}) is not a character")
        report.error(line, column, said(template, escapes="\\uD800-\\uDFFF"))
        text = _SURROGATE.sub("\ufffd", text)
    if len(text) > limits.max_scalar:
        template = QT_TRANSLATE_NOOP("Problems", "a value of {length:,} characters (at most {limit:,})")
        report.error(line, column, said(template, length=len(text), limit=limits.max_scalar))
        text = text[: limits.max_scalar]
    return text


def _odd_node(event: Any, kind: type, report: Report, nodes: int, max_nodes: int) -> bool:
    """Report an anchor, a tag or too many nodes; True when reading must stop."""
    mark = event.start_mark
    line, column = mark.line + 1, mark.column + 1
    if event.anchor is not None:
        template = QT_TRANSLATE_NOOP("Problems", "anchors ({anchor}) are not allowed in organization files")
        report.error(line, column, said(template, anchor=f"&{event.anchor}"))
    tag = event.tag
    if tag is not None and tag not in _HARMLESS_TAGS[kind]:
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        template = QT_TRANSLATE_NOOP("Problems", "the tag {tag} is not allowed: an organization file holds plain text")
        report.error(line, column, said(template, tag=shown))
    if nodes > max_nodes:
        many = QT_TRANSLATE_NOOP("Problems", "the file has more than %Ln values; reading stopped")
        report.error(line, column, said(many, count=max_nodes))
        return True
    return False


def _refuse_key(node: YMap, key: Value, event: Any, report: Report) -> object:
    """Report a key that is empty, not text (a mapping or list: at its start), or already in ``node``;
    gives ``_BAD_KEY``."""
    if isinstance(key, (YMap, YSeq)):
        line, column = key.line, key.column
    else:
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
    if type(key) is str and key.strip() and key in node:
        first = node.key_place(key)
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "duplicate key '{key}' (first at line {line}, column {column}); a key may appear once in a mapping",
        )
        report.error(line, column, said(template, key=key, line=first[0], column=first[1]))
    elif key is None or type(key) is str:
        template = QT_TRANSLATE_NOOP("Problems", "an empty key; keys are words such as '{name}' or '{units}'")
        report.error(line, column, said(template, name="name", units="units"))
    else:
        template = QT_TRANSLATE_NOOP("Problems", "a key that is not text; keys are words such as '{name}' or '{units}'")
        report.error(line, column, said(template, name="name", units="units"))
    return _BAD_KEY


def _parser_class(libyaml: bool | None) -> type:
    """The parser to use; ``libyaml`` False forces the pure-Python one (for tests: both must agree)."""
    if libyaml is None:
        return _PARSER
    return yaml.CSafeLoader if libyaml and HAVE_LIBYAML else yaml.SafeLoader


def read_yaml(
    data: bytes,
    report: Report,
    limits: Limits = Limits(),
    progress: Progress | None = None,
    libyaml: bool | None = None,
    located: bool = True,
) -> Value:
    """Decode, parse and build ``data``; every failure becomes a located problem in ``report``.

    ``libyaml`` False forces the pure-Python parser (for tests: both must behave alike). ``located``
    False is the quick reading (with a ``Doubting`` report): no place noted for each value.
    """
    if len(data) > limits.max_bytes:
        report.error(1, 1, too_large(len(data), limits.max_bytes))
        return None
    parser_class = _parser_class(libyaml)
    with_libyaml = parser_class is not yaml.SafeLoader
    text = decode(data, report, check_utf8=not with_libyaml)
    if text is None:
        return None
    events = _events(text, parser_class)
    try:
        escapes = (b"\\" if isinstance(text, bytes) else "\\") in text  # type: ignore[operator]
        return build(events, report, limits, progress, len(text), escapes, located)
    except yaml.MarkedYAMLError as exc:
        report.error(*explain(text, exc))  # in the words of the file's author where the error is a usual one
    except yaml.reader.ReaderError as exc:
        if with_libyaml and isinstance(text, bytes) and decode(data, report) is None:
            return None  # not UTF-8: said where, as the check before parsing would have
        if not isinstance(exc.position, int):
            line, column = 1, 1
        elif isinstance(text, str):
            line, column = position(text, exc.position)
        else:
            line, column = position(text.decode("utf-8-sig", errors="replace"), exc.position)
        if isinstance(exc.character, int):
            template = QT_TRANSLATE_NOOP("Problems", "character {character} is not allowed in YAML text")
            report.error(line, column, said(template, character=f"U+{exc.character:04X}"))
        else:
            report.error(line, column, said(QT_TRANSLATE_NOOP("Problems", "YAML text: {reason}"), reason=exc.reason))
    except yaml.YAMLError as exc:
        report.error(1, 1, said(QT_TRANSLATE_NOOP("Problems", "not valid YAML: {reason}"), reason=exc))
    finally:
        events.close()
    return None
