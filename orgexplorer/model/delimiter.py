"""The character between a CSV file's columns: found from the file, or given by the user.

Spreadsheet programs write a comma, or a semicolon where the comma is the decimal mark (Excel's
"CSV (semicolon)" in most of Europe); tab and bar are common too. ``csv.Sniffer`` guesses from
character frequencies and is thrown by what real files hold: Windows line ends, a quoted cell with the
separator in it, a byte-order mark. Here each candidate reads the first records as the csv module
reads the whole file (quotes, CRLF, line breaks inside cells all handled), and the candidate that
splits the header into columns and gives the rows its number of columns is taken. Pure Python.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from orgexplorer.model.said import QT_TRANSLATE_NOOP, said

#: The separators looked for, with the names the user gives them by (``--delimiter tab``).
DELIMITERS: dict[str, str] = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 200


def delimiter_name(delimiter: str) -> str:
    """How a message shows a separator: ``';'``, or ``tab`` (a ``Said``: a word the window translates)."""
    return said(QT_TRANSLATE_NOOP("Problems", "tab")) if delimiter == "\t" else f"'{delimiter}'"


def parse_delimiter(text: str) -> str | None:
    """The separator a user typed: one character, or its name (``tab``, ``semicolon``, ``\\t``);
    None when it is none of these (quotes, line ends and spaces cannot separate columns)."""
    named = {name: char for char, name in DELIMITERS.items()} | {"\\t": "\t", "pipe": "|"}
    char = named.get(text.strip().casefold(), text)
    if len(char) != 1 or char in '"\r\n ' or char.isalnum():
        return None
    return char


@dataclass(frozen=True, slots=True)
class Found:
    """What the file's first records say: the separator (None when they do not say which), and
    when they do not, why (a sentence)."""

    delimiter: str | None
    doubt: str = ""  # a Said where there is a doubt


def find_delimiter(text: str, preferred: str = ",") -> Found:
    """The separator of the CSV ``text`` (decoded, without a byte-order mark).

    Every candidate reads the first records; one that leaves every record whole (one column: a title
    above the header is one with every candidate) is out.
    Of the rest, the one whose rows most often have the header's number of columns wins, then the one
    making more columns. A file whose header no candidate splits has one column: ``preferred`` is as
    good as any, unless the header holds a character that may separate columns, when the doubt is said.
    Two candidates that fit the rows equally well are a doubt too. Linear in the sample read.
    """
    sample = text[:_SAMPLE_CHARS]
    truncated = len(text) > len(sample)
    scores: dict[str, tuple[float, int]] = {}
    for delimiter in DELIMITERS:
        records = _records(sample, delimiter, truncated)
        # A title or a note above the header ("ACME: structure") is one column with every candidate.
        first = next((n for n, record in enumerate(records or ()) if len(record) >= 2), None)
        if records is None or first is None:
            continue
        records = records[first:]
        width = len(records[0])
        rows = records[1:]
        fitting = sum(1 for row in rows if len(row) == width) / len(rows) if rows else 1.0
        scores[delimiter] = (fitting, width)
    if not scores:
        header = sample.splitlines()[0] if sample.strip() else ""
        odd = sorted({char for char in header if not (char.isalnum() or char.isspace() or char in "_-.'\"()")})
        if odd:
            shown = " ".join(odd[:5])
            template = QT_TRANSLATE_NOOP(
                "Problems", "the first row is one column, and none of , ; tab | separates it (it has {shown})"
            )
            return Found(None, said(template, shown=shown))
        return Found(preferred)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, score = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == score:
        other = ranked[1][0]
        template = QT_TRANSLATE_NOOP("Problems", "both {first} and {second} split the rows into %n columns")
        return Found(None, said(template, count=score[1], first=delimiter_name(best), second=delimiter_name(other)))
    return Found(best)


def _records(sample: str, delimiter: str, truncated: bool) -> list[list[str]] | None:
    """The non-blank records of ``sample`` read with ``delimiter`` (the last one left out when the
    sample ends inside the file: it may be cut short); None when the csv module refuses them."""
    reader = csv.reader(io.StringIO(sample, newline=""), csv.excel, delimiter=delimiter)
    records = []
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append(record)
            if len(records) > _SAMPLE_RECORDS:
                return records[:_SAMPLE_RECORDS]
    except csv.Error:
        return None
    return records[:-1] if truncated and len(records) > 1 else records
