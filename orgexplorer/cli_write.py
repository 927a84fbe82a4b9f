"""The commands that write files: ``export`` (the chart, the unit directory) and ``import`` (a
spreadsheet to an organization file)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from orgexplorer import cli_load, cli_options
from orgexplorer.model import Limits
from orgexplorer.model.files import InputError, OutputError, read_input, write_output
from orgexplorer.model.importer import ROLES
from orgexplorer.model.loader import load_spreadsheet


def cmd_export(argv: Sequence[str]) -> int:
    from orgexplorer.chart.paper import POSTER_SCALES

    prog = "orgexplorer export"
    parser = cli_options.parser(
        prog,
        "Write the organization chart. The format follows OUT's extension: .pdf (vector, one page or a "
        "poster of pages), .svg (vector), .png/.jpg/.tif/.webp/.bmp (image at --dpi); .html, and .pdf with "
        "--directory, write the unit directory; .csv the units for spreadsheets, .xlsx the units and the "
        "organization's name, source and glossary. An option the chosen "
        "output has no use for is refused, not ignored.",
    )
    # Options default to None here so that one given for an output that ignores it can be refused.
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--force", action="store_true", help=cli_options.FORCE_HELP)
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
    from orgexplorer.model.revision import split_revision

    compared = [args.compare] if args.compare and split_revision(args.compare) is None else []
    problem = next(filter(None, map(cli_options.missing_input, [args.file, *compared])), None)
    problem = problem or cli_options.output_problem(args.output, [args.file, *compared], "chart.pdf")
    problem = problem or cli_options.export_usage_problem(args)
    if problem:
        return cli_options.usage_error(prog, problem)
    kept = cli_options.data_kept(args.output, args.force)
    if kept:
        print(f"{prog}: error: {kept}", file=sys.stderr)
        return 1
    suffix = Path(args.output).suffix.lower()
    organization = cli_load.load_or_report(args.file)
    old = cli_load.load_version(args.compare, "orgexplorer export") if args.compare else None
    if organization is None or (args.compare and old is None):
        return 1
    comparison = None
    if old is not None:
        from orgexplorer.model.compare import compare

        comparison = compare(old, organization)
        organization = comparison.merged_organization
    _ensure_gui_application()
    from orgexplorer.ui.language import install_language

    install_language((args.language or "en").replace("-", "_"))  # English too: its singulars ("1 page")
    from orgexplorer.chart.export import DIRECTORY_FORMATS, export_chart, export_directory
    from orgexplorer.chart.export_report import ExportError
    from orgexplorer.chart.paper import Fit, Orientation, PageSetup
    from orgexplorer.chart.values import ChartOptions, Content, Direction, LayoutError

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


def cmd_import(argv: Sequence[str]) -> int:
    parser = cli_options.parser(
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
        help=f"columns with other headers, e.g. name='Full Name',parent=Manager; roles: {', '.join(ROLES)}",
    )
    parser.add_argument("--separator", default="|", help="splits a responsibilities cell (default |)")
    parser.add_argument(
        "--delimiter",
        type=cli_options.column_delimiter,
        metavar="C",
        help="the character between a CSV's columns: , ; | or tab (default: found from the file)",
    )
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx workbook to read (default: the first)")
    parser.add_argument(
        "--header-row",
        type=cli_options.whole_number(1),
        metavar="N",
        help="the row that names the columns, numbered as in the spreadsheet (default: found below any title "
        "rows, notes or blank rows)",
    )
    parser.add_argument("--title", help="the organization's name (default: from the file name)")
    parser.add_argument("--force", action="store_true", help=cli_options.FORCE_HELP)
    args = parser.parse_args(argv)
    unusable = cli_options.missing_input(args.file)
    unusable = unusable or cli_options.output_problem(args.output, [args.file], "organization.yaml")
    if unusable:
        return cli_options.usage_error("orgexplorer import", unusable)
    if Path(args.output).suffix.lower() not in (".yaml", ".yml"):
        return cli_options.usage_error(
            "orgexplorer import", f"the organization file is YAML: name it .yaml or .yml, not '{args.output}'"
        )
    columns = {}
    for pair in filter(None, (part.strip() for part in args.map.split(","))):
        role, equals, header = pair.partition("=")
        if not equals:
            return cli_options.usage_error("orgexplorer import", f"--map takes ROLE=HEADER pairs, not '{pair}'")
        if role.strip() not in ROLES:
            return cli_options.usage_error(
                "orgexplorer import", f"--map: no role '{role.strip()}'; roles are {', '.join(ROLES)}"
            )
        columns[role.strip()] = header.strip()
    if not args.separator:
        return cli_options.usage_error("orgexplorer import", "--separator must be at least one character")
    unusable = _import_usage_problem(args)
    if unusable:
        return cli_options.usage_error("orgexplorer import", unusable)
    kept = cli_options.data_kept(args.output, args.force)
    if kept:
        print(f"orgexplorer import: error: {kept}", file=sys.stderr)
        return 1
    try:
        data = read_input(args.file, Limits().max_bytes)
    except InputError as exc:
        print(f"{args.file}:1:1: error: {exc}")
        return 1
    result = load_spreadsheet(
        data,
        args.file,
        columns,
        args.separator,
        args.title,
        delimiter=args.delimiter,
        sheet=args.sheet,
        header_row=args.header_row,
    )
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


def _import_usage_problem(args: argparse.Namespace) -> str | None:
    """Why the input is nothing to import, or an option does not fit it (None when all is well)."""
    suffix = Path(args.file).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return (
            f"'{Path(args.file).name}' is an organization file already (YAML): nothing to import; "
            "open it (orgexplorer FILE), or validate it (orgexplorer check FILE)"
        )
    if args.delimiter is not None and suffix == ".xlsx":
        return "--delimiter is for CSV and TSV files; a workbook's cells need none"
    if args.sheet is not None and suffix != ".xlsx":
        return f"--sheet is for .xlsx workbooks; '{args.file}' has one table"
    return None


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
