"""The ``orgexplorer`` command: the window by default, and check, tree, search and export."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from orgexplorer import __version__
from orgexplorer.model import Organization, Placement, load_file

COMMANDS_HELP = """commands:
  orgexplorer [FILE]                 open the window on FILE, or on the bundled Defence Policy Sector
  orgexplorer check FILE...          validate files; problems as FILE:LINE:COLUMN: error: message
  orgexplorer tree FILE              print the hierarchy as an indented outline

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
    result = load_file(path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result.organization


def cmd_check(argv: Sequence[str]) -> int:
    parser = _parser(
        "orgexplorer check",
        "Validate organization files. Each problem is printed as FILE:LINE:COLUMN: error: message "
        "(or warning:). Exit status 0 when every file is clean, 1 when any has errors.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)
    status = 0
    for path in args.files:
        result = load_file(path)
        for problem in result.problems:
            print(problem)
        if result.organization is not None:
            print(f"{path}: {len(result.organization)} units, no errors")
        else:
            status = 1
    return status


def format_tree(organization: Organization, show_ids: bool = False) -> str:
    """The hierarchy as an indented outline, attached units marked as such."""
    lines = [organization.title]
    for unit in organization.walk():
        marker = "[attached] " if unit.placement is Placement.ATTACHED else ""
        line = f"{'  ' * unit.depth}{marker}{unit.name}"
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
    args = parser.parse_args(argv)
    organization = _load_or_report(args.file)
    if organization is None:
        return 1
    print(format_tree(organization, args.ids))
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


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "check": cmd_check,
    "tree": cmd_tree,
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
