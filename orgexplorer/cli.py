"""The ``orgexplorer`` command: the window by default, and check, tree, search and export."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from orgexplorer import __version__
from orgexplorer.model import Limits, Organization, Placement, load_file
from orgexplorer.model.files import InputError, OutputError, read_input, write_output
from orgexplorer.model.loader import load_spreadsheet

COMMANDS_HELP = """commands:
  orgexplorer [FILE]                 open the window on FILE, or on the bundled Defence Policy Sector
  orgexplorer check FILE...          validate files; problems as FILE:LINE:COLUMN: error: message
  orgexplorer tree FILE              print the hierarchy as an indented outline
  orgexplorer search FILE QUERY      units for a query, best first (--json, --limit N)
  orgexplorer export FILE -o OUT     the chart as PDF, SVG or PNG; the unit directory as HTML, PDF, CSV
  orgexplorer import IN.csv -o OUT.yaml   a spreadsheet (CSV, XLSX) to an organization file

'orgexplorer COMMAND --help' tells more about each command."""


def _parser(prog: str, description: str, epilog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _load_or_report(path: str) -> Organization | None:
    return _load_with_key(path)[0]


def _load_with_key(path: str) -> tuple[Organization | None, str | None]:
    """The organization (None after printing its problems) and its content key for the caches."""
    result = load_file(path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result.organization, result.content_key


def cmd_check(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer check",
        "Validate organization files. Each problem is printed as FILE:LINE:COLUMN: error: message "
        "(or warning:). Exit status 0 when every file is clean, 1 when any has errors.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--max-size",
        type=_positive,
        default=Limits().max_bytes // 2**20,
        metavar="MB",
        help="refuse files larger than this (default %(default)s MiB)",
    )
    args = parser.parse_args(argv)
    limits = replace(Limits(), max_bytes=args.max_size * 2**20)
    status = 0
    for path in args.files:
        result = load_file(path, limits)
        for problem in result.problems:
            print(problem)
        if result.organization is not None:
            count = len(result.organization)
            print(f"{path}: {count} unit{'s' if count != 1 else ''}, no errors")
        else:
            status = 1
    return status


def format_tree(organization: Organization, show_ids: bool = False, language: str | None = None) -> str:
    """The hierarchy as an indented outline, attached units marked as such."""
    lines = [organization.title]
    for unit in organization.walk():
        marker = "[attached] " if unit.placement is Placement.ATTACHED else ""
        line = f"{'  ' * unit.depth}{marker}{unit.name_in(language)}"
        if unit.kind:
            line += f" ({unit.kind})"
        if unit.head:
            line += f" - head: {unit.head.label()}"
        if show_ids:
            line += f"  <{unit.id}>"
        lines.append(line)
    return "\n".join(lines)


def cmd_tree(argv: Sequence[str]) -> int:
    parser = _parser("orgexplorer tree", "Print the hierarchy of an organization file as an outline.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--ids", action="store_true", help="show each unit's id")
    parser.add_argument(
        "--language", metavar="TAG", help="names in this language where the file gives several (sr-Cyrl)"
    )
    args = parser.parse_args(argv)
    organization = _load_or_report(args.file)
    if organization is None:
        return 1
    print(format_tree(organization, args.ids, args.language))
    return 0


def cmd_gui(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer",
        "Explore an organization: its hierarchy, heads, responsibilities and related units.",
        COMMANDS_HELP,
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="organization file (YAML, format 1)")
    args = parser.parse_args(argv)
    from orgexplorer.ui.app import run  # Qt is loaded only for the window

    return run(args.file)


def cmd_search(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer search",
        "Find units by name, head or function, best first. Words may be in any form (plan, planning), "
        "abbreviated as in the file's glossary, in Serbian Latin or Cyrillic; a quoted phrase is matched "
        "as a phrase; misspelt words are corrected against the file's own words.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("query", metavar="QUERY", nargs="+", help="what to look for")
    parser.add_argument("--json", action="store_true", help="print a JSON list of hits")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N hits (default 20)")
    args = parser.parse_args(argv)
    organization, key = _load_with_key(args.file)
    if organization is None:
        return 1
    from orgexplorer.model.meaning import MeaningIndex, MeaningUnavailable
    from orgexplorer.model.search import Match, SearchIndex

    query = " ".join(args.query)
    index = SearchIndex.cached(organization, key)  # a large file's index is built once, then reused
    told: list[bool] = []

    def preparing(done: int, total: int) -> None:  # called only when the vectors are computed
        if not told and total > 5000:
            told.append(True)
            print(f"preparing search by meaning for {total:,} units (once for this file)…", file=sys.stderr)

    try:
        index.attach_meaning(MeaningIndex.cached(organization, key, preparing))  # kept in the cache too
    except MeaningUnavailable as error:
        print(f"search by meaning is off: {error}; searching by words only", file=sys.stderr)
    result = index.search(query, limit=args.limit, explain=args.limit, typing=False)
    note = sys.stderr if args.json else sys.stdout
    if result.corrected:
        print(f'showing results for "{result.corrected}"', file=note)
    if result.partial:
        print("no unit matches every word; showing units that match some of them", file=note)
    if args.json:
        hits = []
        for hit in result.hits:
            unit = organization.units[hit.unit]
            hits.append(
                {
                    "id": unit.id,
                    "name": unit.name,
                    "head": unit.head.label() if unit.head else None,
                    "score": round(hit.score, 4),
                    "match": hit.match.value,
                    "field": hit.field,
                    "text": hit.text,
                    "snippet": hit.marked(),
                }
            )
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return 0
    if not result.hits:
        print("no unit matches")
        return 0
    for rank, hit in enumerate(result.hits, 1):
        unit = organization.units[hit.unit]
        print(f"{rank:>2}. {unit.name} <{unit.id}> score {hit.score:.2f}")
        print(f"    head: {unit.head.label() if unit.head else 'not stated'}")
        if hit.match is Match.MEANING:
            print(f"    by meaning, nearest {hit.field}: {hit.text}")
        elif hit.field not in ("name", "head"):
            print(f"    {hit.field}: {hit.marked()}")
    return 0


def cmd_import(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer import",
        "Turn a spreadsheet (.csv, .tsv, .xlsx) into an organization file. Rows are units; columns are "
        "matched by header: id and parentId (d3-org-chart, BALKAN), or Name and Reports_To with optional "
        "Title and Department (Visio's Organization Chart Wizard); other columns are kept as details. "
        "Every row that cannot be placed is reported as FILE:ROW:COLUMN.",
    )
    parser.add_argument("file", metavar="IN", help="the spreadsheet")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.yaml", help="the organization file to write")
    parser.add_argument(
        "--map",
        default="",
        metavar="ROLE=HEADER,...",
        help="columns with other headers, e.g. name='Full Name',parent=Manager; roles: "
        "id, parent, reports_to, name, head, head_name, kind, description, responsibilities, relation, related",
    )
    parser.add_argument("--separator", default="|", help="splits a responsibilities cell (default |)")
    parser.add_argument("--title", help="the organization's name (default: from the file name)")
    args = parser.parse_args(argv)
    columns = {}
    for pair in filter(None, (part.strip() for part in args.map.split(","))):
        role, equals, header = pair.partition("=")
        if not equals:
            return _usage_error("orgexplorer import", f"--map takes ROLE=HEADER pairs, not '{pair}'")
        columns[role.strip()] = header.strip()
    try:
        data = read_input(args.file, Limits().max_bytes)
    except InputError as exc:
        print(f"{args.file}:1:1: error: {exc}")
        return 1
    result = load_spreadsheet(data, args.file, columns, args.separator, args.title)
    for problem in result.problems:
        print(problem)
    if result.organization is None:
        return 1
    from orgexplorer.model.loader import load_bytes
    from orgexplorer.model.writer import organization_yaml, unwritable

    problems = unwritable(result.organization, args.file)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    text = organization_yaml(result.organization, f"Imported by OrgExplorer from {Path(args.file).name}")
    # Whatever import writes must load: the text is read back by the one loader before it is written.
    again = load_bytes(text.encode("utf-8"), args.output)
    if not again.ok:
        for problem in again.errors[:10]:
            print(f"orgexplorer import: error: the file made would not load: {problem}", file=sys.stderr)
        return 1
    try:
        write_output(args.output, text, args.file)
    except OutputError as exc:
        print(f"orgexplorer import: error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({len(result.organization)} units)")
    return 0


def cmd_export(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer export",
        "Write the organization chart. The format follows OUT's extension: .pdf (vector, one page or a "
        "poster of pages), .svg (vector), .png/.jpg/.tif/.webp (image at --dpi); .html, and .pdf with "
        "--directory, write the unit directory; .csv the units for spreadsheets.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--root", metavar="ID", help="only this unit and the units below it")
    parser.add_argument("--depth", type=_natural, metavar="N", help="at most N levels below the root")
    parser.add_argument("--content", choices=["names", "heads", "full"], default="heads", help="what boxes show")
    parser.add_argument("--direction", choices=["down", "right"], default="down", help="top-down or left-to-right")
    parser.add_argument("--stacked", action="store_true", help="list subunits that are all leaves in a column")
    parser.add_argument(
        "--page-size", default="A4", metavar="SIZE", help="A5, A4, A3, A2, A1, A0, Letter, Legal, Tabloid"
    )
    parser.add_argument("--orientation", choices=["auto", "landscape", "portrait"], default="auto")
    parser.add_argument("--margins", type=float, default=10.0, metavar="MM", help="page margins in mm (default 10)")
    parser.add_argument(
        "--fit",
        choices=["page", "poster", "book"],
        default="page",
        help="one page; tiled pages; or a book (PDF): each branch legible on pages of its own, with continuations",
    )
    parser.add_argument("--scale", type=float, default=1.0, help="poster and book scale (1.0: 9 pt names; default 1.0)")
    parser.add_argument("--dpi", type=_positive, default=150, help="resolution of images (default 150)")
    parser.add_argument("--directory", action="store_true", help="with .pdf: the unit directory, not the chart")
    parser.add_argument(
        "--language",
        metavar="TAG",
        help="the language of names (where the file gives several) and of the chart's words: en, sr-Latn, sr-Cyrl",
    )
    args = parser.parse_args(argv)
    organization = _load_or_report(args.file)
    if organization is None:
        return 1
    _ensure_gui_application()
    if args.language:
        from orgexplorer.ui.language import install_language

        install_language(
            {"sr-latn": "sr_Latn", "sr-cyrl": "sr_Cyrl", "sr": "sr_Cyrl"}.get(args.language.casefold(), "en")
        )
    from orgexplorer.chart.export import (
        ExportError,
        Fit,
        Orientation,
        PageSetup,
        export_chart,
        export_directory,
    )
    from orgexplorer.chart.layout import ChartOptions, Content, Direction, LayoutError

    setup = PageSetup(
        page_size=_page_size(args.page_size),
        orientation=Orientation(args.orientation),
        margins_mm=args.margins,
        fit=Fit(args.fit),
        poster_scale=args.scale,
    )
    suffix = Path(args.output).suffix.lower()
    try:
        if suffix in (".html", ".htm", ".csv") or (suffix == ".pdf" and args.directory):
            report = export_directory(organization, args.output, args.root, setup)
        else:
            options = ChartOptions(
                content=Content(args.content),
                direction=Direction(args.direction),
                stacked=args.stacked,
                root=args.root,
                depth=args.depth,
                language=args.language,
            )
            report = export_chart(organization, args.output, options, setup, dpi=args.dpi)
    except (ExportError, LayoutError) as exc:
        print(f"orgexplorer export: error: {exc}", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"{args.output}: warning: {warning}", file=sys.stderr)
    pages = f" ({report.pages} page{'s' if report.pages != 1 else ''})" if report.pages else ""
    print(f"wrote {args.output}{pages}")
    return 0


def _page_size(text: str) -> str:
    from orgexplorer.chart.export import PAGE_SIZES

    for name in PAGE_SIZES:
        if name.casefold() == text.casefold():
            return name
    raise SystemExit(_usage_error("orgexplorer export", f"unknown page size '{text}'; one of {', '.join(PAGE_SIZES)}"))


def _usage_error(prog: str, message: str) -> int:
    print(f"usage: {prog} ...\n{prog}: error: {message}", file=sys.stderr)
    return 2


def _ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; without a display, the offscreen platform."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _APP
        _APP = QGuiApplication(["orgexplorer"])


_APP: object = None


def _whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more")
        return value

    return parse


_natural = _whole_number(0)
_positive = _whole_number(1)


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "check": cmd_check,
    "tree": cmd_tree,
    "search": cmd_search,
    "export": cmd_export,
    "import": cmd_import,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")  # Cyrillic on a terminal that cannot show it
    command = COMMANDS.get(args[0]) if args else None
    try:
        if command is not None:
            return command(args[1:])
        return cmd_gui(args)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:  # `orgexplorer tree FILE | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
