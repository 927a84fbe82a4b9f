"""Safe reading of YAML text into plain located values: strings, lists and mappings, nothing else.

The file is never handed to a PyYAML constructor. Instead the parser's event stream is walked once,
iteratively, and turned into ``YMap``/``YSeq``/``str`` values that remember their line and column.
That single pass is also the guard against hostile input: anchors and aliases (alias and merge-key
bombs), explicit tags (``!!python/...``, ``!!timestamp nope``), several documents, nesting deeper than
an organization can need, too many nodes and overlong scalars are refused as they are met, so none of
them costs more than reading the bytes. Scalars stay the text the user wrote: ``No`` is not False,
``010`` is not 8, ``2024-01-31`` is not a date. Duplicate keys are reported with both positions.

(Over 500 lines: the careful and the quick walks of the event stream are near-twins kept side by
side so that a change to one is seen in the other; issue 13 asks for one, which is not done yet.)
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
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

from orgexplorer.model.problems import Report
from orgexplorer.model.progress import Progress

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
_BOM = "\ufeff"
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


Value = Union[str, None, "YMap", "YSeq"]


@dataclass(slots=True)
class YMap:
    """A mapping; ``entries[key] = (value, value_line, value_column, key_line, key_column)``."""

    line: int
    column: int
    entries: dict[str, tuple[Value, int, int, int, int]] = field(default_factory=dict)


@dataclass(slots=True)
class YSeq:
    """A list; ``items[i] = (value, line, column)``."""

    line: int
    column: int
    items: list[tuple[Value, int, int]] = field(default_factory=list)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` of UTF-8 ``data``."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[line_start:offset].decode("utf-8", errors="replace")) + 1


def decode(data: bytes, report: Report, check_utf8: bool = True) -> str | bytes | None:
    """The file's text, checked: UTF-8 (with or without BOM) or UTF-16 with a BOM; None after reporting.

    Valid UTF-8 comes back as the bytes themselves: both parsers read UTF-8 bytes, and a large file
    then never exists twice more in memory (as a str, and as the parser's UTF-8 copy of that str).
    ``check_utf8`` False leaves the UTF-8 check to libyaml, which makes it anyway while it reads (a
    fifth of a second on a 120 MB file saved); ``read_yaml`` locates the bad byte when it complains.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        report.error(1, 1, "the file is UTF-32 encoded; save it as UTF-8")
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            report.error(1, 1, f"the file is not valid UTF-16 text ({exc.reason}); save it as UTF-8")
            return None
        stray_bom = text.find(_BOM)
        if stray_bom >= 0:
            line, column = position(text, stray_bom)
            report.error(line, column, "a byte-order mark (U+FEFF) inside the file; remove it")
            return None
        return text
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        column = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        report.error(line, column, "this is a binary file, not YAML text (it contains a NUL byte)")
        return None
    if not check_utf8:
        return _stray_bom(data, report)
    # Check UTF-8 a megabyte at a time, so that no second copy of a large file is made.
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = 1 << 20
    for offset in range(0, len(data), chunk):
        try:
            decoder.decode(data[offset : offset + chunk], final=offset + chunk >= len(data))
        except UnicodeDecodeError as exc:
            start = max(0, offset + exc.start - len(decoder.getstate()[0]))
            while start < len(data) and start > 0 and (data[start] & 0xC0) == 0x80:
                start -= 1  # back to the first byte of the broken sequence
            line, column = _byte_position(data, start)
            report.error(
                line,
                column,
                f"the file is not valid UTF-8 text (byte 0x{data[start]:02X} cannot be decoded); save it as UTF-8",
            )
            return None
    return _stray_bom(data, report)


def _stray_bom(data: bytes, report: Report) -> bytes | None:
    stray_bom = data.find(codecs.BOM_UTF8, 1)
    if stray_bom >= 0:
        line, column = _byte_position(data, stray_bom)
        report.error(line, column, "a byte-order mark (U+FEFF) inside the file; remove it")
        return None
    return data


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


_BAD_KEY = object()


def build(
    events: Iterable[Any],
    report: Report,
    limits: Limits,
    progress: Progress | None = None,
    size: int = 1,
    escapes: bool = True,
) -> Value:
    """Turn parser events into located values, refusing what an organization file never needs.

    Returns the document's top value (None for an empty file). Stops early, with a problem, at a
    second document, at the nesting or node limit, and at too many problems. ``escapes`` False says the
    text holds no backslash, so that no double-quoted value can hold an escaped surrogate.

    This loop runs once per event (millions for a large organization), so it keeps the container
    being filled in local variables rather than looking it up on the stack each time.
    """
    # Parents of the open container, each with the key it waits to fill (maps) or None.
    stack: list[tuple[YMap | YSeq, object]] = []
    root: Value = None
    entries: dict[str, tuple[Value, int, int, int, int]] | None = None  # the open mapping's, or None
    items: list[tuple[Value, int, int]] | None = None  # the open list's, or None
    current: YMap | YSeq | None = None
    key: object = None  # the open mapping's key waiting for its value
    documents = 0
    nodes = 0
    depth = 0
    max_depth, max_nodes, max_scalar = limits.max_depth, limits.max_nodes, limits.max_scalar
    countdown = _PROGRESS_EVERY

    def place_key(value: Value, line: int, column: int) -> object:
        assert entries is not None
        if type(value) is not str or not value.strip():
            what = "an empty key" if value is None or type(value) is str else "a key that is not text"
            report.error(line, column, f"{what}; keys are words such as 'name' or 'units'")
            return _BAD_KEY
        if value in entries:
            first = entries[value]
            report.error(
                line,
                column,
                f"duplicate key '{value}' (first at line {first[3]}, column {first[4]}); "
                "a key may appear once in a mapping",
            )
            return _BAD_KEY
        return (value, line, column)

    for event in events:
        kind = type(event)
        if kind is ScalarEvent:
            mark = event.start_mark
            line = mark.line + 1
            column = mark.column + 1
            nodes += 1
            text: str = event.value
            unusual = event.anchor is not None or event.tag is not None or nodes > max_nodes
            if unusual and _unusual(event, kind, line, column, report, nodes, max_nodes):
                break
            if escapes and event.style == '"' and _SURROGATE.search(text):
                report.error(line, column, "an escaped surrogate (\\uD800-\\uDFFF) is not a character")
                text = _SURROGATE.sub("\ufffd", text)
            value: Value = text
            length = len(text)
            if length > max_scalar:
                report.error(line, column, f"a value of {length:,} characters (at most {max_scalar:,})")
                value = text[:max_scalar]
            elif length < 5 and text in _NULLS and event.tag is None and event.implicit[0]:
                value = None  # (the length first: hashing a long text to look it up costs more)
            if entries is not None:
                if key is None:
                    if type(value) is str and value not in entries and value.strip():
                        key = (value, line, column)  # the usual key, placed without a call
                    else:
                        key = place_key(value, line, column)
                else:
                    if key is not _BAD_KEY:
                        entries[key[0]] = (value, line, column, key[1], key[2])  # type: ignore[index]
                    key = None
            elif items is not None:
                items.append((value, line, column))
            else:
                root = value
            continue
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            mark = event.start_mark
            line = mark.line + 1
            column = mark.column + 1
            nodes += 1
            unusual = event.anchor is not None or event.tag is not None or nodes > max_nodes
            if unusual and _unusual(event, kind, line, column, report, nodes, max_nodes):
                break
            if depth >= max_depth:
                report.error(line, column, f"nesting deeper than {max_depth} levels; reading stopped")
                break
            if progress is not None:
                countdown -= 1
                if countdown <= 0:
                    countdown = _PROGRESS_EVERY // 8
                    progress(min(1.0, mark.index / max(size, 1)))
            if current is not None:
                stack.append((current, key))
            depth += 1
            if kind is MappingStartEvent:
                current = YMap(line, column)
                entries, items = current.entries, None
            else:
                current = YSeq(line, column)
                entries, items = None, current.items
            key = None
            continue
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            node = current
            assert node is not None
            depth -= 1
            if not stack:
                root, current, entries, items, key = node, None, None, None, None
                continue
            current, key = stack.pop()
            if type(current) is YMap:
                entries, items = current.entries, None
                if key is None:
                    key = place_key(node, node.line, node.column)
                else:
                    if key is not _BAD_KEY:
                        entries[key[0]] = (node, node.line, node.column, key[1], key[2])  # type: ignore[index]
                    key = None
            else:
                assert isinstance(current, YSeq)
                entries, items = None, current.items
                items.append((node, node.line, node.column))
            continue
        if kind is AliasEvent:
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            report.error(
                line, column, f"aliases (*{event.anchor}) are not allowed in organization files; write the value out"
            )
            if entries is not None:
                key = _BAD_KEY if key is None else None
            elif items is not None:
                items.append((None, line, column))
            continue
        if kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                report.error(mark.line + 1, mark.column + 1, "a second YAML document; an organization file holds one")
                break
    if depth:
        return None  # stopped inside the document
    return root


class NeedsCare(Exception):
    """Raised by the plain reading when the file holds anything it does not take: the careful reading
    then reads the file again and says what is wrong, and where."""


_WANT_KEY = object()


def build_plain(
    events: Iterable[Any],
    limits: Limits,
    progress: Progress | None = None,
    size: int = 1,
    escapes: bool = True,
) -> Any:
    """The document as plain values (dicts, lists, str and None) for a file that is clean.

    The quick way for the usual file: no line and column for each value, only for each mapping (under
    the key None, which no key of the file can be). Anything ``build`` would report or refuse (and a
    few harmless things it accepts, such as a key that is not text) raises ``NeedsCare`` instead;
    the caller then reads the file the careful way. The same guards hold: anchors, aliases, tags,
    second documents, the nesting and node limits and overlong values stop this pass at once.
    """
    stack: list[tuple[Any, Any]] = []
    root: Any = None
    entries: dict[Any, Any] | None = None
    items: list[Any] | None = None
    current: Any = None
    key: Any = _WANT_KEY
    documents = 0
    nodes = 0
    depth = 0
    max_depth, max_nodes, max_scalar = limits.max_depth, limits.max_nodes, limits.max_scalar
    countdown = _PROGRESS_EVERY
    for event in events:
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                raise NeedsCare
            value = event.value
            length = len(value)
            nodes += 1
            if (
                length > max_scalar
                or nodes > max_nodes
                or (escapes and event.style == '"' and _SURROGATE.search(value))
            ):
                raise NeedsCare
            if length < 5 and value in _NULLS and event.implicit[0]:
                value = None
            if entries is not None:
                if key is _WANT_KEY:
                    if value is None or value in entries or not value.strip():
                        raise NeedsCare
                    key = value
                else:
                    entries[key] = value
                    key = _WANT_KEY
            elif items is not None:
                items.append(value)
            else:
                root = value
            continue
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            nodes += 1
            if event.anchor is not None or event.tag is not None or depth >= max_depth or nodes > max_nodes:
                raise NeedsCare
            if progress is not None:
                countdown -= 1
                if countdown <= 0:
                    countdown = _PROGRESS_EVERY // 8
                    progress(min(1.0, event.start_mark.index / max(size, 1)))
            if current is not None:
                stack.append((current, key))
            depth += 1
            if kind is MappingStartEvent:
                mark = event.start_mark
                current = entries = {None: (mark.line + 1, mark.column + 1)}
                items = None
            else:
                current = items = []
                entries = None
            key = _WANT_KEY
            continue
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            node = current
            depth -= 1
            if not stack:
                root, current, entries, items = node, None, None, None
                continue
            current, key = stack.pop()
            if type(current) is dict:
                if key is _WANT_KEY:
                    raise NeedsCare  # a mapping or list as a key
                entries, items = current, None
                entries[key] = node
                key = _WANT_KEY
            else:
                entries, items = None, current
                current.append(node)
            continue
        if kind is AliasEvent:
            raise NeedsCare
        if kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise NeedsCare
    if depth:
        raise NeedsCare
    return root


def _unusual(event: Any, kind: type, line: int, column: int, report: Report, nodes: int, max_nodes: int) -> bool:
    """Report an anchor, a tag or too many nodes; True when reading must stop."""
    if event.anchor is not None:
        report.error(line, column, f"anchors (&{event.anchor}) are not allowed in organization files")
    tag = event.tag
    if tag is not None and tag not in _HARMLESS_TAGS[kind]:
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        report.error(line, column, f"the tag {shown} is not allowed: an organization file holds plain text")
    if nodes > max_nodes:
        report.error(line, column, f"the file has more than {max_nodes:,} values; reading stopped")
        return True
    return False


def _parser_class(libyaml: bool | None) -> type:
    """The parser to use; ``libyaml`` False forces the pure-Python one (for tests: both must agree)."""
    if libyaml is None:
        return _PARSER
    return yaml.CSafeLoader if libyaml and HAVE_LIBYAML else yaml.SafeLoader


def read_plain(
    data: bytes, limits: Limits = Limits(), progress: Progress | None = None, libyaml: bool | None = None
) -> Any:
    """Decode, parse and build ``data`` the quick way (``build_plain``); raises ``NeedsCare`` for a
    file with anything to report, which ``read_yaml`` then reads and reports on."""
    if len(data) > limits.max_bytes:
        raise NeedsCare
    parser_class = _parser_class(libyaml)
    report = Report("", limit=limits.max_problems)
    text = decode(data, report, check_utf8=parser_class is not yaml.SafeLoader)
    if text is None or report.problems:
        raise NeedsCare
    escapes = (b"\\" if isinstance(text, bytes) else "\\") in text  # type: ignore[operator]
    events = _events(text, parser_class)
    try:
        return build_plain(events, limits, progress, len(text), escapes)
    except yaml.YAMLError:
        raise NeedsCare from None
    finally:
        events.close()


def read_yaml(
    data: bytes,
    report: Report,
    limits: Limits = Limits(),
    progress: Progress | None = None,
    libyaml: bool | None = None,
) -> Value:
    """Decode, parse and build ``data``; every failure becomes a located problem in ``report``.

    ``libyaml`` False forces the pure-Python parser (for tests: both must behave alike).
    """
    if len(data) > limits.max_bytes:
        report.error(
            1,
            1,
            f"the file is {len(data) / 2**20:,.1f} MiB, more than the limit of {limits.max_bytes / 2**20:,.0f} MiB",
        )
        return None
    parser_class = _parser_class(libyaml)
    with_libyaml = parser_class is not yaml.SafeLoader
    text = decode(data, report, check_utf8=not with_libyaml)
    if text is None:
        return None
    events = _events(text, parser_class)
    try:
        escapes = (b"\\" if isinstance(text, bytes) else "\\") in text  # type: ignore[operator]
        return build(events, report, limits, progress, len(text), escapes)
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        message = exc.problem or "not valid YAML"
        if exc.context:
            message = f"{message} ({exc.context}"
            if exc.context_mark is not None and exc.context_mark is not mark:
                message += f" at line {exc.context_mark.line + 1}, column {exc.context_mark.column + 1}"
            message += ")"
        report.error(line, column, f"YAML syntax: {message}")
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
            report.error(line, column, f"character U+{exc.character:04X} is not allowed in YAML text")
        else:
            report.error(line, column, f"YAML text: {exc.reason}")
    except yaml.YAMLError as exc:
        report.error(1, 1, f"not valid YAML: {exc}")
    finally:
        events.close()
    return None
