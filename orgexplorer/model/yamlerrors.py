"""What a YAML syntax error means, said in the terms of the person who wrote the file.

PyYAML (and libyaml, in other words) says what its scanner met: "mapping values are not allowed
here", "did not find expected key". Someone who indented a key one space too far, put a tab, left a
quote open or wrote ``name:A`` cannot act on that. This module reads the error's place and the lines
above it (the line before, and the lines that open the blocks it could belong to) and says what is
wrong and what to do, with the place to do it. Both parsers' messages lead to the same words. An error
it cannot explain keeps the parser's own message.

Only the lines needed are looked at: the way up stops at the first line indented less than the one at
fault, and after ``_MOST_LINES_UP`` lines in any case, so a huge file costs no more than a small one.

(A little over 500 lines: one explanation per kind of syntax error, each message a translatable
template (``said``).)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from orgexplorer.model.said import QT_TRANSLATE_NOOP, Said, said

Found = tuple[int, int, Said]  # where the error is, and what it means

_MOST_LINES_UP = 200_000  # lines looked at above the error, at most
_COLON = re.compile(r":(?:\s|$)")  # a colon that ends a key
_NO_SPACE = re.compile(r"([^\s:#'\"]+):([^\s:/\\])")  # "name:A" (not "http://", not "12:30")
_UNIT_LISTS = frozenset({"units", "subunits", "attached"})


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of the file that holds something (not blank, not only a comment).

    Attributes:
        number: 1-based.
        text: the line without its line break.
        indent: the column (1-based) of its first character that is not a space.
        dashes: the columns of the list item markers (``- ``) it starts with.
        key_column: the column where what follows the markers starts.
        opens: it ends with a key and a colon (or is only a marker): what follows is indented below it.
    """

    number: int
    text: str
    indent: int
    dashes: tuple[int, ...]
    key_column: int
    opens: bool

    @property
    def key(self) -> str:
        """The key this line starts with (its text before ``: ``), or its first word."""
        rest = self.text[self.key_column - 1 :]
        found = _COLON.search(rest)
        word = rest[: found.start()] if found else rest.split(" ", 1)[0]
        return word.strip().strip("'\"")


def _parse(number: int, text: str) -> _Line | None:
    text = text.rstrip("\r")
    stripped = text.lstrip(" ")
    if not stripped.strip() or stripped.startswith("#"):
        return None
    at = len(text) - len(stripped)
    dashes = []
    while at < len(text) and text[at] == "-" and (at + 1 == len(text) or text[at + 1] in " \t"):
        dashes.append(at + 1)
        at += 1
        while at < len(text) and text[at] in " \t":
            at += 1
    content = text[at:].split(" #", 1)[0].rstrip()
    opens = not content or content.endswith(":") or content in ("|", ">", "|-", ">-")
    return _Line(number, text, len(text) - len(stripped) + 1, tuple(dashes), at + 1, opens)


class _Text:
    """The lines of the file around an error, found from the error's place without splitting the file."""

    def __init__(self, text: str, line: int, index: int, column: int) -> None:
        self.text = text
        start = index - column
        if not (0 <= start <= len(text) and (start == 0 or text[start - 1] == "\n")):
            start = 0
            for _ in range(line - 1):  # the parser's index disagrees (a byte-order mark): count lines
                start = text.find("\n", start) + 1
                if start == 0:
                    start = len(text)
                    break
        self.line, self.start = line, start

    def _start_of(self, number: int) -> int:
        """Where line ``number`` starts: the error's line, the one after it, or one above it."""
        text, start = self.text, self.start
        if number > self.line:
            return text.find("\n", start) + 1 or len(text)
        for _ in range(self.line - number):
            start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        return start

    def at(self, number: int) -> str:
        """Line ``number`` (at most the one after the error's), without its line break."""
        start = self._start_of(number)
        end = self.text.find("\n", start)
        return self.text[start : end if end >= 0 else len(self.text)].rstrip("\r")

    def above(self, number: int) -> Iterator[_Line]:
        """The lines that hold something above line ``number``, nearest first."""
        end = self._start_of(number)
        for count in range(number - 1, max(number - 1 - _MOST_LINES_UP, 0), -1):
            start = self.text.rfind("\n", 0, max(end - 1, 0)) + 1
            parsed = _parse(count, self.text[start : max(end - 1, start)])
            if parsed is not None:
                yield parsed
            end = start


def explain(text: str | bytes, error: Any) -> Found:
    """Where the YAML syntax error ``error`` (a ``yaml.MarkedYAMLError``) in ``text`` is and what it
    means, for the person who wrote the file; PyYAML's own words where no better ones are known."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    if mark is not None:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig", errors="replace")
        try:
            found = _Explainer(_Text(text, line, mark.index, mark.column), error, line, column).explain()
        except (IndexError, ValueError):  # a text the parser read otherwise than these lines say
            found = None
        if found is not None:
            return found
    # PyYAML's own words (libyaml's are alike), said to be theirs.
    problem: str | Said = error.problem or said(QT_TRANSLATE_NOOP("Problems", "not valid YAML"))
    if not error.context:
        return line, column, said(QT_TRANSLATE_NOOP("Problems", "YAML syntax: {problem}"), problem=problem)
    context = error.context_mark
    if context is not None and context is not mark:
        template = QT_TRANSLATE_NOOP("Problems", "YAML syntax: {problem} ({context} at line {line}, column {column})")
        return (
            line,
            column,
            said(template, problem=problem, context=error.context, line=context.line + 1, column=context.column + 1),
        )
    template = QT_TRANSLATE_NOOP("Problems", "YAML syntax: {problem} ({context})")
    return line, column, said(template, problem=problem, context=error.context)


class _Explainer:
    """The rules, tried in turn: the first that recognizes the error says what it means."""

    def __init__(self, text: _Text, error: Any, line: int, column: int) -> None:
        self.text, self.line, self.column = text, line, column
        self.problem: str = error.problem or ""
        self.context: str = error.context or ""
        context = error.context_mark
        self.context_at = (context.line + 1, context.column + 1) if context is not None else None

    def explain(self) -> Found | None:
        problem, context = self.problem, self.context
        if "tab" in problem or "\t" in problem or "cannot start any token" in problem:
            found = self.tab()
            if found is not None:
                return found
        if "cannot start any token" in problem:
            return self.bad_start()
        if "quoted scalar" in context and "end of stream" in problem and self.context_at:
            quote = self.text.at(self.context_at[0])[self.context_at[1] - 1]
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "the quote ({quote}) that starts this value is never closed: "
                "end the value with {quote} on the same line",
            )
            return (*self.context_at, said(template, quote=quote))
        if "escape" in problem and "unknown" in problem:
            return self.escape()
        if "could not find expected ':'" in problem and self.context_at:
            return self.no_colon()
        if "expected ','" in problem and self.context_at:
            closing = "]" if "]" in problem else "}"
            opening = "[" if closing == "]" else "{"
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "the '{opening}' here is never closed: end it with '{closing}' on the same line, "
                "its items separated by commas",
            )
            return (*self.context_at, said(template, opening=opening, closing=closing))
        if "alias" in context or "anchor" in context:
            sign = "*" if "alias" in context else "&"
            template = QT_TRANSLATE_NOOP(
                "Problems", "a value cannot start with '{sign}' in YAML: put the value in quotes"
            )
            return (*(self.context_at or (self.line, self.column)), said(template, sign=sign))
        if "sequence entries are not allowed" in problem:
            found = self.same_line_item()
            if found is not None:
                return found
        if "mapping values are not allowed" in problem:
            return (
                self.colon_in_value()
                or self.indentation(self.line)
                or (
                    self.line,
                    self.column,
                    said(
                        QT_TRANSLATE_NOOP(
                            "Problems",
                            "a colon and a space ('{colon}') where no key can start: if they are part of the text, "
                            "put the text in quotes",
                        ),
                        colon=": ",
                    ),
                )
            )
        if "block" in context and ("expected <block end>" in problem or "did not find expected" in problem):
            return self.quote_left_open() or self.after_closing_quote() or self.indentation(self.line)
        return None

    # --- the rules ---

    def tab(self) -> Found | None:
        text = self.text.at(self.line)
        lead = text[: len(text) - len(text.lstrip(" \t"))]
        if "\t" in lead:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces",
            )
            return self.line, lead.index("\t") + 1, said(template)
        if self.column <= len(text) and text[self.column - 1] == "\t":
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "a tab character: YAML separates keys and values with spaces only; replace the tab with a space",
            )
            return self.line, self.column, said(template)
        return None

    def bad_start(self) -> Found | None:
        text = self.text.at(self.line)
        if self.column > len(text):
            return None
        char = text[self.column - 1]
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "YAML keeps '{character}' for itself at the start of a value: put the value in quotes ({quoted})",
        )
        return self.line, self.column, said(template, character=char, quoted=f'"{text[self.column - 1 :].strip()}"')

    def escape(self) -> Found:
        text = self.text.at(self.line)
        at = self.column if text[self.column - 1 : self.column] == "\\" else self.column - 1
        sequence = text[at - 1 : at + 1]
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "'{sequence}' in double quotes is no escape (YAML reads a backslash there as the start of one, "
            "such as {example}): put the value in single quotes, or write the backslash twice ({twice})",
        )
        return self.line, at, said(template, sequence=sequence, example="\\n", twice="\\\\")

    def no_colon(self) -> Found:
        assert self.context_at is not None
        line, column = self.context_at
        rest = self.text.at(line)[column - 1 :].split(" #", 1)[0].rstrip()
        glued = _NO_SPACE.match(rest)
        if glued:
            written = f"{glued.group(1)}: {rest[glued.end(1) + 1 :]}"
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "'{text}' needs a space after the colon: a key is followed by a colon and a space ('{written}')",
            )
            return line, column + glued.end(1), said(template, text=rest, written=written)
        first, _, others = rest.partition(" ")
        if others.strip():
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "'{text}' is not a key and its value: write the key, a colon and a space, "
                "then the value ('{example}'); "
                "if it continues the text of the line above, indent it further than that line's key",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "'{text}' is not a key and its value: write the key, a colon and a space, then the value; "
                "if it continues the text of the line above, indent it further than that line's key",
            )
        return line, column, said(template, text=rest, example=f"{first}: {others.strip()}")

    def same_line_item(self) -> Found | None:
        text = self.text.at(self.line)
        before = text[: self.column - 1].rstrip()
        if not before.endswith(":"):
            return None
        key = before.lstrip(" -")[:-1].strip()
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "a list item ('-') cannot follow '{key}:' on the same line: put each item on a line of its own "
            "below '{key}:', indented further",
        )
        return self.line, self.column, said(template, key=key)

    def colon_in_value(self) -> Found | None:
        """``name: Office: Legal``: a second ': ' on the line of a key."""
        parsed = _parse(self.line, self.text.at(self.line))
        if parsed is None:
            return None
        rest = parsed.text[parsed.key_column - 1 :]
        first = _COLON.search(rest)
        if first is None or parsed.key_column + first.start() >= self.column:
            return None  # the colon at fault is the line's first: its key, not its value
        key = rest[: first.start()].strip()
        value = rest[first.end() :].split(" #", 1)[0].strip()
        quoted = f'"{value}"' if '"' not in value else "'" + value.replace("'", "''") + "'"
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "the value of '{key}' holds a colon and a space ('{colon}'), which YAML reads as a new key: put the "
            "value in quotes ({key}: {quoted})",
        )
        return self.line, self.column, said(template, key=key, colon=": ", quoted=quoted)

    def quote_left_open(self) -> Found | None:
        """A quote opened on a line above and closed only by the quote of a later value."""
        top = self.context_at[0] if self.context_at else self.line
        for parsed in self.text.above(self.line):
            if parsed.number < top or self.line - parsed.number > 50:
                break
            found = _open_quote(parsed)
            if found is not None:
                quote, column = found
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "the quote ({quote}) that starts this value is not closed on its line, so the text runs on to "
                    "line {line}: end the value with {quote}",
                )
                return parsed.number, column, said(template, quote=quote, line=self.line)
        return None

    def after_closing_quote(self) -> Found | None:
        """``name: "A" Office``: text after a quoted value's closing quote."""
        text = self.text.at(self.line)
        before = text[: self.column - 1].rstrip()
        if not before or before[-1] not in "'\"" or not _COLON.search(before):
            return None
        template = QT_TRANSLATE_NOOP(
            "Problems",
            "text after the closing quote ({quote}): the quotes hold the whole value or none of it; "
            "put them around all of it, or leave them out",
        )
        return self.line, self.column, said(template, quote=before[-1])

    def indentation(self, number: int) -> Found | None:
        """A line at a column no block above it has: further in than a finished line, or between columns."""
        line = _parse(number, self.text.at(number))
        if line is None:
            return None
        above = self.text.above(number)
        previous = next(above, None)
        if previous is None:
            return None
        key = line.key  # the line is named by its key where it has one
        item = bool(line.dashes)
        column = line.indent
        if previous.dashes and not previous.text[previous.key_column - 1 :].strip():
            return None  # after a lone '-': any column further in starts the item
        glued = re.match(r"\s*-[^\s-]", previous.text)
        if glued and column > previous.indent:
            template = QT_TRANSLATE_NOOP(
                "Problems", "a list item's '-' needs a space after it: write '- ' and then the item"
            )
            return previous.number, previous.indent, said(template)
        if column > previous.key_column:
            if previous.opens:
                return None  # the first line of a block: any column further in will do
            owner = _owner(previous, self.text.above(previous.number))
            if key:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "this line is indented further than line {above} above it: {owner} start in the same column; "
                    "move '{key}' to column {column} (if the line continues the value of '{previous}', put that "
                    "whole value in quotes instead)",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "this line is indented further than line {above} above it: {owner} start in the same column; "
                    "move this line to column {column} (if the line continues the value of '{previous}', put that "
                    "whole value in quotes instead)",
                )
            found = said(
                template, above=previous.number, owner=owner, key=key, column=previous.key_column, previous=previous.key
            )
            return number, column, found
        # The columns of the blocks this line could belong to: each line above less indented than the last.
        columns: list[tuple[int, bool, _Line]] = []  # (column, is a list item's '-', the line)
        chain = [previous]
        least = previous.indent
        for parsed in above:
            if parsed.indent < least:
                chain.append(parsed)
                least = parsed.indent
            if least < column:
                break
        for parsed in chain:
            columns.extend((dash, True, parsed) for dash in parsed.dashes)
            if parsed.text[parsed.key_column - 1 :].strip():
                columns.append((parsed.key_column, False, parsed))
        same = [(is_item, parsed) for at, is_item, parsed in columns if at == column]
        if any(is_item == item for is_item, _ in same):
            return None  # at a column in use: not a matter of indentation
        keys = [(at, parsed) for at, is_item, parsed in columns if not is_item]
        items = [(at, parsed) for at, is_item, parsed in columns if is_item]
        if item:
            if not items:
                return None
            at, where = min(items, key=lambda pair: (abs(pair[0] - column), -pair[0]))
            if same:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "this list item ('-') stands among the keys of line {keys}: the items of one list start in the "
                    "same column (column {column}, as on line {example}); a new list starts on the line after a key "
                    "that ends with ':'",
                )
                return number, column, said(template, keys=same[0][1].number, column=at, example=where.number)
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "this list item ('-') is in column {at}, which lines up with no list above it: the items of one "
                "list start in the same column (column {column}, as on line {example})",
            )
            return number, column, said(template, at=column, column=at, example=where.number)
        if not keys:
            return None
        at, where = min(keys, key=lambda pair: (abs(pair[0] - column), -pair[0]))
        if same:
            if key:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "'{key}' stands in the column of the list items ('-') of line {items}: a key cannot stand among "
                    "a list's items; write '- ' before it if it starts a new item, or move it to column {column} "
                    "(as on line {example}) if it belongs with the keys there",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "this line stands in the column of the list items ('-') of line {items}: a key cannot stand among "
                    "a list's items; write '- ' before it if it starts a new item, or move it to column {column} "
                    "(as on line {example}) if it belongs with the keys there",
                )
            return number, column, said(template, key=key, items=same[0][1].number, column=at, example=where.number)
        owner = _owner(where, self.text.above(where.number))
        if key:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "'{key}' is in column {at}, which lines up with no line above it: {owner} start in the same column; "
                "move it to column {column} (as on line {example})",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Problems",
                "this line is in column {at}, which lines up with no line above it: {owner} start in the same "
                "column; move it to column {column} (as on line {example})",
            )
        return number, column, said(template, key=key, at=column, owner=owner, column=at, example=where.number)


def _owner(line: _Line, above: Iterator[_Line]) -> Said:
    """Who holds the keys at ``line``'s key column, in words ("the keys of one unit (id, name, ...)"):
    a phrase of its own, the subject of "... start in the same column"."""
    one_mapping = QT_TRANSLATE_NOOP("Problems", "the keys of one mapping")
    column, item = line.key_column, False
    if line.dashes:  # the mapping is a list item: the key above its list says what it is
        column, item = line.dashes[-1], True
    for parsed in above:
        if parsed.indent > column or (parsed.indent == column and not (item and parsed.opens and not parsed.dashes)):
            continue
        if parsed.dashes and parsed.key_column == column:  # the first line of this mapping, a list item
            column, item = parsed.dashes[-1], True
            continue
        if not parsed.opens:
            return said(one_mapping)
        key = parsed.key
        if key in _UNIT_LISTS:
            return said(QT_TRANSLATE_NOOP("Problems", "the keys of one unit ({keys})"), keys="id, name, kind, ...")
        if key == "head":
            return said(QT_TRANSLATE_NOOP("Problems", "the keys of a head ({keys})"), keys="title, name")
        if key == "glossary":
            return said(QT_TRANSLATE_NOOP("Problems", "the terms of the glossary"))
        return said(QT_TRANSLATE_NOOP("Problems", "the keys under '{key}'"), key=key) if key else said(one_mapping)
    if column == 1:
        keys = "format, organization, units, ..."
        return said(QT_TRANSLATE_NOOP("Problems", "the file's keys ({keys})"), keys=keys)
    return said(one_mapping)


def _open_quote(line: _Line) -> tuple[str, int] | None:
    """The quote that opens a value on ``line`` and is not closed there, and its column; or None."""
    rest = line.text[line.key_column - 1 :]
    found = _COLON.search(rest)
    start = line.key_column - 1 + (found.end() if found else 0)
    value = line.text[start:].lstrip(" ")
    if not value or value[0] not in "'\"":
        return None
    quote = value[0]
    body = value[1:]
    body = re.sub(r"\\.", "", body) if quote == '"' else body.replace("''", "")
    if quote in body:
        return None
    return quote, len(line.text) - len(value) + 1
