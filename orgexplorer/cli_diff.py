"""The ``diff`` command: what changed from one version of an organization to another, as text or JSON."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from orgexplorer import cli_load, cli_options

if TYPE_CHECKING:
    from orgexplorer.model.change import Change, ChangeKind


def cmd_diff(argv: Sequence[str]) -> int:
    parser = cli_options.parser(
        "orgexplorer diff",
        "What changed from OLD to NEW: the organization's name, source and glossary; units added, removed, "
        "moved, renamed; heads, kinds, descriptions, responsibilities and cross-references changed; "
        "responsibilities moved to another unit. Grouped by "
        "kind, in tree order, each with the unit's path. OLD (or NEW) may be FILE@REV, the file as it was "
        "at a git revision. Exit status 0 when equal, 1 when they differ, 2 on usage or unreadable files.",
    )
    parser.add_argument("old", metavar="OLD", help="the older version: a file, or FILE@REV (git)")
    parser.add_argument("new", metavar="NEW", help="the newer version: a file, or FILE@REV (git)")
    parser.add_argument("--json", action="store_true", help="print a JSON list, one object per change")
    args = parser.parse_args(argv)
    from orgexplorer.model.revision import split_revision

    for spec in (args.old, args.new):
        missing = None if split_revision(spec) else cli_options.missing_input(spec)
        if missing:
            return cli_options.usage_error("orgexplorer diff", missing)
    old, new = cli_load.load_version(args.old), cli_load.load_version(args.new)  # both, so that every problem is told
    if old is None or new is None:
        return 2
    from orgexplorer.model.compare import compare

    comparison = compare(old, new)
    try:
        # Written a change at a time: two unrelated versions of 20,000 units make 150 MB of text, which
        # is never held whole (nor a JSON object for every change at once).
        if args.json:
            _write(_json_lines(comparison.changes))
        elif comparison:
            _write(change_lines(comparison.grouped()))
        else:
            print("no changes")
        sys.stdout.flush()
    except BrokenPipeError:  # `orgexplorer diff A B | head`: the reader stopped, the answer stands
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
    return 1 if comparison else 0


def _write(lines: Iterable[str]) -> None:
    """Each line to standard output, a thousand at a time."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == 1000:
            sys.stdout.write("\n".join(batch) + "\n")
            batch.clear()
    sys.stdout.write("".join(line + "\n" for line in batch))


def _json_lines(changes: Sequence[Change]) -> Iterator[str]:
    """The changes as one JSON list, as ``json.dumps(..., indent=2)`` writes it, a change at a time."""
    if not changes:
        yield "[]"
        return
    yield "["
    last = len(changes) - 1
    for at, change in enumerate(changes):
        item = json.dumps(change.as_json(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        yield f"  {item}," if at < last else f"  {item}"
    yield "]"


def change_lines(groups: Iterable[tuple[ChangeKind, list[Change]]]) -> Iterator[str]:
    """The changes as text, a line at a time: a heading per kind, then one line per change, path › joined."""
    from orgexplorer.model.change import ORGANIZATION_KINDS, PATH_SEPARATOR, ChangeKind
    from orgexplorer.model.matching import Match

    for kind, changes in groups:
        yield f"{kind.value} ({len(changes)})"
        for change in changes:
            line = "  " + PATH_SEPARATOR.join(change.path)
            sentence = kind.name.startswith("RESPONSIBILITY") or kind in (
                ChangeKind.DESCRIPTION_CHANGED,
                ChangeKind.SOURCE_CHANGED,
            )
            before, after = (_quoted(text, sentence) for text in (change.old, change.new))
            if kind in ORGANIZATION_KINDS:  # no unit: the term (glossary), or only before → after
                term = change.detail.get("term")
                line = f"  {term}: " if term else "  "
                shown = {ChangeKind.GLOSSARY_ADDED: after, ChangeKind.GLOSSARY_REMOVED: before}
                line += shown.get(kind, f"{before} → {after}")
            elif kind is ChangeKind.RESPONSIBILITY_MOVED:
                line += f": {after} from {change.other_name} <{change.other}>"
                if change.old != change.new:
                    line += f", where it read {before}"
            elif kind in (ChangeKind.RELATION_ADDED, ChangeKind.RELATION_REMOVED):
                line += f": {change.old or change.new} <{change.other}>"
            elif kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
                line += f": {before} → {after}"
            if change.matched not in (Match.ID, Match.NONE):
                line += f"  [matched by {change.matched.value}]"
            yield line


def _quoted(text: str | None, sentence: bool) -> str:
    if text is None:
        return "—"
    return f"“{text}”" if sentence else text
