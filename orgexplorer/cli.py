"""The ``orgexplorer`` command: the table of commands, and the window when none is named.

Each command parses its arguments and calls the model and the chart, as the window does:
``cli_read.py`` (check, tree, search), ``cli_write.py`` (export, import), ``cli_diff.py`` (diff);
``cli_options.py`` holds the parsers and the option checks they share, ``cli_load.py`` the loading.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from orgexplorer import cli_options

COMMANDS_HELP = """commands:
  orgexplorer [FILE]                 open the window on FILE (.yaml, .csv, .tsv, .xlsx), or on the bundled sector
  orgexplorer check FILE...          validate files; problems as FILE:LINE:COLUMN: error: message
  orgexplorer tree FILE              print the hierarchy as an indented outline
  orgexplorer search FILE QUERY      units for a query, best first (--json, --limit N)
  orgexplorer export FILE -o OUT     the chart as PDF, SVG or PNG; the unit directory as HTML, PDF, CSV
  orgexplorer import IN.csv -o OUT.yaml   a spreadsheet (CSV, XLSX) to an organization file
  orgexplorer diff OLD NEW           what changed from OLD to NEW (OLD may be FILE@REV, from git)

'orgexplorer COMMAND --help' tells more about each command."""


def cmd_gui(argv: Sequence[str]) -> int:
    parser = cli_options.parser(
        "orgexplorer",
        "Explore an organization: its hierarchy, heads, responsibilities and related units.",
        COMMANDS_HELP,
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="an organization file (.yaml), or a spreadsheet to import (.csv, .tsv, .xlsx)",
    )
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


COMMANDS = ("check", "tree", "search", "export", "import", "diff")


def command(name: str) -> Callable[[Sequence[str]], int] | None:
    """The function that runs command ``name`` (None: no such command). The commands' modules are
    imported when one runs: the window starts without the comparison, export and search code."""
    if name not in COMMANDS:
        return None
    from orgexplorer import cli_diff, cli_read, cli_write

    functions: dict[str, Callable[[Sequence[str]], int]] = {
        "check": cli_read.cmd_check,
        "tree": cli_read.cmd_tree,
        "search": cli_read.cmd_search,
        "export": cli_write.cmd_export,
        "import": cli_write.cmd_import,
        "diff": cli_diff.cmd_diff,
    }
    return functions[name]


def _not_a_file(args: Sequence[str]) -> str | None:
    """Why the window's FILE argument is no file to open: a mistyped command, or a missing file."""
    if not args or args[0].startswith("-") or os.path.exists(args[0]):
        return None
    looks_like_a_path = "." in args[0] or os.sep in args[0] or "/" in args[0]
    import difflib  # only for a first argument that is neither a command nor a file

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
    try:
        run = command(args[0]) if args else None
        if run is not None:
            return run(args[1:])
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
