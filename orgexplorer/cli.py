"""The ``orgexplorer`` command: the window by default, and check, tree, search, export, import and diff.

(Over 500 lines: one short function per command, each only parsing its arguments and calling the
model and the chart; the option checks they share are in ``cli_options.py``. The next command to
come should take ``diff``'s printing into a module of its own.)
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from orgexplorer import __version__, cli_options
from orgexplorer.model import Limits, Organization, Placement, load_file
from orgexplorer.model.files import InputError, OutputError, read_input, write_output
from orgexplorer.model.importer import ROLES
from orgexplorer.model.loader import load_spreadsheet

if TYPE_CHECKING:
    from orgexplorer.model.change import Change, ChangeKind

COMMANDS_HELP = """commands:
  orgexplorer [FILE]                 open the window on FILE, or on the bundled Defence Policy Sector
  orgexplorer check FILE...          validate files; problems as FILE:LINE:COLUMN: error: message
  orgexplorer tree FILE              print the hierarchy as an indented outline
  orgexplorer search FILE QUERY      units for a query, best first (--json, --limit N)
  orgexplorer export FILE -o OUT     the chart as PDF, SVG or PNG; the unit directory as HTML, PDF, CSV
  orgexplorer import IN.csv -o OUT.yaml   a spreadsheet (CSV, XLSX) to an organization file
  orgexplorer diff OLD NEW           what changed from OLD to NEW (OLD may be FILE@REV, from git)

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
        type=cli_options.whole_number(1, 65_536),
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
        "--language",
        type=cli_options.language,
        metavar="TAG",
        help=f"names in this language where the file gives several: {', '.join(cli_options.INTERFACE_LANGUAGES)}",
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
    from orgexplorer.ui.display import display_problem, how_to_run, platform_failure_reported

    advice = how_to_run(list(COMMANDS))
    problem = display_problem()
    if problem is not None:  # Qt would abort, blaming its plugin's libraries
        print(f"orgexplorer: {problem}.\n{advice}", file=sys.stderr)
        return 2
    with platform_failure_reported(advice):
        from orgexplorer.ui.app import application, run  # Qt is loaded only for the window

        application()
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
    parser.add_argument(
        "--limit",
        type=cli_options.whole_number(1, 10_000),
        default=20,
        metavar="N",
        help="at most N hits, 1 to 10,000 (default 20)",
    )
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
    if Path(args.output).suffix.lower() not in (".yaml", ".yml"):
        return _usage_error(
            "orgexplorer import", f"the organization file is YAML: name it .yaml or .yml, not '{args.output}'"
        )
    columns = {}
    for pair in filter(None, (part.strip() for part in args.map.split(","))):
        role, equals, header = pair.partition("=")
        if not equals:
            return _usage_error("orgexplorer import", f"--map takes ROLE=HEADER pairs, not '{pair}'")
        if role.strip() not in ROLES:
            return _usage_error("orgexplorer import", f"--map: no role '{role.strip()}'; roles are {', '.join(ROLES)}")
        columns[role.strip()] = header.strip()
    if not args.separator:
        return _usage_error("orgexplorer import", "--separator must be at least one character")
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
    from orgexplorer.chart.paper import POSTER_SCALES

    prog = "orgexplorer export"
    parser = _parser(
        prog,
        "Write the organization chart. The format follows OUT's extension: .pdf (vector, one page or a "
        "poster of pages), .svg (vector), .png/.jpg/.tif/.webp/.bmp (image at --dpi); .html, and .pdf with "
        "--directory, write the unit directory; .csv the units for spreadsheets. An option the chosen "
        "output has no use for is refused, not ignored.",
    )
    # Options default to None here so that one given for an output that ignores it can be refused.
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--root", metavar="ID", help="only this unit and the units below it")
    parser.add_argument(
        "--depth", type=cli_options.whole_number(0), metavar="N", help="at most N levels below the root"
    )
    parser.add_argument("--content", choices=["names", "heads", "full"], help="what boxes show (default heads)")
    parser.add_argument("--direction", choices=["down", "right"], help="top-down (default) or left-to-right")
    parser.add_argument("--stacked", action="store_true", help="list subunits that are all leaves in a column")
    parser.add_argument(
        "--page-size",
        type=cli_options.page_size,
        metavar="SIZE",
        help=f"{', '.join(cli_options.page_sizes())} (default A4)",
    )
    parser.add_argument("--orientation", choices=["auto", "landscape", "portrait"], help="default auto")
    parser.add_argument(
        "--margins",
        type=cli_options.decimal(0, 500),
        metavar="MM",
        help="page margins in mm (default 10; what the page allows)",
    )
    parser.add_argument(
        "--fit",
        choices=["page", "poster", "book"],
        help="one page (default); tiled pages; or a book (PDF): each branch legible on pages of its own, "
        "with continuations",
    )
    parser.add_argument(
        "--scale",
        type=cli_options.decimal(*POSTER_SCALES),
        help=f"poster and book scale, {POSTER_SCALES[0]:g} to {POSTER_SCALES[1]:g} (1.0: 9 pt names)",
    )
    parser.add_argument(
        "--dpi", type=cli_options.whole_number(30, 2400), help="resolution of images, 30 to 2400 (default 150)"
    )
    parser.add_argument("--directory", action="store_true", help="with .pdf: the unit directory, not the chart")
    parser.add_argument(
        "--language",
        type=cli_options.language,
        metavar="TAG",
        help="the language of names (where the file gives several) and of the chart's words: "
        f"{', '.join(cli_options.INTERFACE_LANGUAGES)}",
    )
    parser.add_argument(
        "--compare",
        metavar="OLD",
        help="mark what changed since OLD (a file, or FILE@REV from git): removed units as ghost boxes, "
        "and in a PDF a change report after the chart",
    )
    args = parser.parse_args(argv)
    problem = cli_options.export_usage_problem(args)
    if problem:
        return _usage_error(prog, problem)
    suffix = Path(args.output).suffix.lower()
    if args.compare and (args.directory or suffix in (".html", ".htm", ".csv")):
        return _usage_error("orgexplorer export", "--compare draws a chart: not with --directory, .html or .csv")
    if args.compare and args.fit == "book":  # a book lays out each branch anew, without the marks
        return _usage_error("orgexplorer export", "--compare marks one chart or a poster; not --fit book")
    organization = _load_or_report(args.file)
    old = _load_version(args.compare, "orgexplorer export") if args.compare else None
    if organization is None or (args.compare and old is None):
        return 1
    comparison = None
    if old is not None:
        from orgexplorer.model.compare import compare

        comparison = compare(old, organization)
        organization = comparison.merged_organization
    _ensure_gui_application()
    if args.language:
        from orgexplorer.ui.language import install_language

        install_language(args.language.replace("-", "_"))
    from orgexplorer.chart.export import DIRECTORY_FORMATS, export_chart, export_directory
    from orgexplorer.chart.export_report import ExportError
    from orgexplorer.chart.layout import ChartOptions, Content, Direction, LayoutError
    from orgexplorer.chart.paper import Fit, Orientation, PageSetup

    setup = PageSetup(
        page_size=args.page_size or "A4",
        orientation=Orientation(args.orientation or "auto"),
        margins_mm=10.0 if args.margins is None else args.margins,
        fit=Fit(args.fit or "page"),
        poster_scale=1.0 if args.scale is None else args.scale,
    )
    try:
        if suffix in DIRECTORY_FORMATS or args.directory:
            report = export_directory(organization, args.output, args.root, setup)
        else:
            options = ChartOptions(
                content=Content(args.content or "heads"),
                direction=Direction(args.direction or "down"),
                stacked=args.stacked,
                root=args.root,
                depth=args.depth,
                language=args.language,
            )
            if comparison is None:
                report = export_chart(organization, args.output, options, setup, dpi=args.dpi or 150)
            else:
                from orgexplorer.chart.change_report import ReportPages, report_html
                from orgexplorer.chart.export import chart_layout

                layout = replace(chart_layout(organization, options), marks=comparison.unit_marks)
                html = report_html(comparison, Path(args.compare).name, Path(args.file).name)
                appendix = ReportPages(html, organization.title)
                report = export_chart(
                    organization, args.output, options, setup, dpi=args.dpi or 150, layout=layout, appendix=appendix
                )
    except (ExportError, LayoutError) as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"{args.output}: warning: {warning}", file=sys.stderr)
    pages = f" ({report.pages} page{'s' if report.pages != 1 else ''})" if report.pages else ""
    print(f"wrote {args.output}{pages}")
    return 0


def cmd_diff(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer diff",
        "What changed from OLD to NEW: units added, removed, moved, renamed; heads, kinds, descriptions, "
        "responsibilities and cross-references changed; responsibilities moved to another unit. Grouped by "
        "kind, in tree order, each with the unit's path. OLD (or NEW) may be FILE@REV, the file as it was "
        "at a git revision. Exit status 0 when equal, 1 when they differ, 2 on usage or unreadable files.",
    )
    parser.add_argument("old", metavar="OLD", help="the older version: a file, or FILE@REV (git)")
    parser.add_argument("new", metavar="NEW", help="the newer version: a file, or FILE@REV (git)")
    parser.add_argument("--json", action="store_true", help="print a JSON list, one object per change")
    args = parser.parse_args(argv)
    old, new = _load_version(args.old), _load_version(args.new)  # both, so that every problem is told
    if old is None or new is None:
        return 2
    from orgexplorer.model.compare import compare

    comparison = compare(old, new)
    try:
        if args.json:
            print(json.dumps([change.as_json() for change in comparison.changes], ensure_ascii=False, indent=2))
        else:
            print(format_changes(comparison.grouped()) if comparison else "no changes")
        sys.stdout.flush()
    except BrokenPipeError:  # `orgexplorer diff A B | head`: the reader stopped, the answer stands
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
    return 1 if comparison else 0


def _load_version(spec: str, prog: str = "orgexplorer diff") -> Organization | None:
    """A file, or FILE@REV read through git; problems and git's failures printed, located."""
    from orgexplorer.model.loader import load_bytes
    from orgexplorer.model.revision import RevisionError, read_at_revision, split_revision

    at = split_revision(spec)
    if at is None:
        return _load_or_report(spec)
    try:
        data = read_at_revision(*at)
    except RevisionError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return None
    result = load_bytes(data, spec)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result.organization


def format_changes(groups: Iterable[tuple[ChangeKind, list[Change]]]) -> str:
    """The changes as text: a heading per kind, then one line per change, path › joined."""
    from orgexplorer.model.change import PATH_SEPARATOR, ChangeKind
    from orgexplorer.model.matching import Match

    lines: list[str] = []
    for kind, changes in groups:
        lines.append(f"{kind.value} ({len(changes)})")
        for change in changes:
            line = "  " + PATH_SEPARATOR.join(change.path)
            sentence = kind.name.startswith("RESPONSIBILITY") or kind is ChangeKind.DESCRIPTION_CHANGED
            before, after = (_quoted(text, sentence) for text in (change.old, change.new))
            if kind is ChangeKind.RESPONSIBILITY_MOVED:
                line += f": {after} from {change.other_name} <{change.other}>"
                if change.old != change.new:
                    line += f", where it read {before}"
            elif kind in (ChangeKind.RELATION_ADDED, ChangeKind.RELATION_REMOVED):
                line += f": {change.old or change.new} <{change.other}>"
            elif kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
                line += f": {before} → {after}"
            if change.matched not in (Match.ID, Match.NONE):
                line += f"  [matched by {change.matched.value}]"
            lines.append(line)
    return "\n".join(lines)


def _quoted(text: str | None, sentence: bool) -> str:
    if text is None:
        return "—"
    return f"“{text}”" if sentence else text


def _usage_error(prog: str, message: str) -> int:
    print(f"usage: {prog} ...\n{prog}: error: {message}", file=sys.stderr)
    return 2


def _ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication, on the offscreen platform unless the user chose one:
    a command never needs the display, and a display that is named but gone (a stale ssh -X
    forward) would make Qt abort the export."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _APP
        _APP = QGuiApplication(["orgexplorer"])


_APP: object = None


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "check": cmd_check,
    "tree": cmd_tree,
    "search": cmd_search,
    "export": cmd_export,
    "import": cmd_import,
    "diff": cmd_diff,
}


def _not_a_file(args: Sequence[str]) -> str | None:
    """Why the window's FILE argument is no file to open: a mistyped command, or a missing file."""
    if not args or args[0].startswith("-") or os.path.exists(args[0]):
        return None
    looks_like_a_path = "." in args[0] or os.sep in args[0] or "/" in args[0]
    close = [] if looks_like_a_path else difflib.get_close_matches(args[0], list(COMMANDS), n=1, cutoff=0.6)
    if close:
        return f"unknown command '{args[0]}' (did you mean '{close[0]}'?)"
    if len(args) == 1:
        return f"there is no file '{args[0]}' to open; the commands are {', '.join(COMMANDS)} (orgexplorer --help)"
    return None  # more arguments than the window takes: its parser says so


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
        problem = _not_a_file(args)
        if problem is not None:
            print(f"orgexplorer: {problem}", file=sys.stderr)
            return 2
        return cmd_gui(args)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:  # `orgexplorer tree FILE | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
