"""The command line's parsers, option types and the checks made right after parsing: each refuses what
it cannot use with one sentence naming what is allowed (exit status 2, as argparse's own)."""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

from orgexplorer import __version__


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Options' help wrapped at spaces only: a language code (sr-Latn) or a name with a hyphen stays
    whole on its line (argparse's own wrapping breaks after hyphens)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def parser(prog: str, description: str, epilog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def usage_error(prog: str, message: str) -> int:
    print(f"usage: {prog} ...\n{prog}: error: {message}", file=sys.stderr)
    return 2


def missing_input(path: str) -> str | None:
    """Why ``path`` is no input to read, when it names nothing at all (a usage error, as a mistyped
    option is); a file that exists but cannot be read is the loader's to report, located."""
    if os.path.exists(path):
        return None
    if os.path.lexists(path):
        return f"'{path}' is a link to '{os.readlink(path)}', which does not exist"
    return f"there is no file '{path}'"


def output_problem(output: str, sources: Sequence[str], example: str) -> str | None:
    """Why ``output`` cannot be written for these inputs: a folder, or one of the inputs itself
    (links followed). ``example`` is a file name to suggest inside a folder."""
    target = Path(output)
    if target.is_dir():
        return f"'{output}' is a folder; name the file to write in it, e.g. {target / example}"
    for source in sources:
        with contextlib.suppress(OSError):
            if target.exists() and os.path.samefile(target, source):
                return f"'{output}' is the input file '{source}' itself; choose another name for the output"
    return None


#: Outputs that hold an organization's data (what OrgExplorer opens): an existing one may be somebody's
#: work, and is replaced only with --force. Charts, images and pages are remade at will, and replaced.
DATA_SUFFIXES = frozenset({".yaml", ".yml", ".csv", ".tsv", ".xlsx"})
FORCE_HELP = (
    "replace OUT when it exists and holds data (an organization file, a spreadsheet); "
    "charts, images and pages are replaced without it, and a write-protected file never"
)


def data_kept(output: str, force: bool) -> str | None:
    """Why an existing data file is not replaced without --force (None when it may be)."""
    if force or Path(output).suffix.lower() not in DATA_SUFFIXES or not os.path.exists(output):
        return None
    return f"{output} exists and holds data; it was left as it is (--force replaces it)"


def export_usage_problem(args: argparse.Namespace) -> str | None:
    """What makes an export's options unusable together, in a sentence; None when they are usable."""
    from orgexplorer.chart.export import CHART_FORMATS, DIRECTORY_FORMATS, formats_sentence
    from orgexplorer.chart.images import IMAGE_FORMATS
    from orgexplorer.chart.paper import max_margins_mm

    suffix = Path(args.output).suffix.lower()
    if suffix not in CHART_FORMATS | DIRECTORY_FORMATS:
        if not suffix:
            return f"'{args.output}' has no extension to tell the format; {formats_sentence()}"
        return f"unknown format '{suffix}'; {formats_sentence()}"
    if args.directory and suffix not in {".pdf"} | DIRECTORY_FORMATS:
        return f"--directory writes the unit directory as .pdf (or .html, .csv, .xlsx), not as {suffix}"
    directory = args.directory or suffix in DIRECTORY_FORMATS
    chart = "the chart" if not directory else "the unit directory"
    pdf = suffix == ".pdf"
    tiled = pdf and not directory and args.fit in ("poster", "book")
    book = pdf and not directory and args.fit == "book"
    # Each option, whether the output uses it, and what it is for.
    uses = {
        "--depth": (args.depth is not None, not directory, "charts"),
        "--content": (args.content is not None, not directory, "charts"),
        "--direction": (args.direction is not None, not directory and not book, "charts other than a book"),
        "--stacked": (args.stacked, not directory and not book, "charts other than a book"),
        "--language": (args.language is not None, not directory, "charts"),
        "--dpi": (args.dpi is not None, suffix in IMAGE_FORMATS, "images (.png .jpg .tif .webp .bmp)"),
        "--page-size": (args.page_size is not None, pdf, "PDF pages"),
        "--orientation": (args.orientation is not None, pdf, "PDF pages"),
        "--margins": (args.margins is not None, pdf, "PDF pages"),
        "--fit": (args.fit is not None, pdf and not directory, "a PDF chart"),
        "--scale": (args.scale is not None, tiled, "a poster or a book (--fit poster, --fit book)"),
        "--compare": (  # a book lays out each branch anew, without the marks
            args.compare is not None,
            not directory and not book,
            "charts other than a book (not --fit book)",
        ),
    }
    what = "a book" if book else f"{chart} as {suffix}"  # a book's charts are top-down, leaves in columns
    for option, (given, used, purpose) in uses.items():
        if given and not used:
            return f"{option} is for {purpose}; it has no effect on {what}, so leave it out"
    if args.margins is not None:
        most = max_margins_mm(args.page_size or "A4")
        if args.margins > most:
            return (
                f"--margins {args.margins:g} leaves no room for a chart on {args.page_size or 'A4'}; "
                f"margins from 0 to {math.floor(most)} mm fit that page"
            )
    return None


def column_delimiter(text: str) -> str:
    """An argparse type: the character between a CSV's columns, or its name (tab, semicolon ...)."""
    from orgexplorer.model.delimiter import parse_delimiter

    delimiter = parse_delimiter(text)
    if delimiter is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' cannot separate columns; give one character such as , ; | or the word tab"
        )
    return delimiter


def page_sizes() -> list[str]:
    from orgexplorer.chart.paper import PAGE_SIZES

    return list(PAGE_SIZES)


def page_size(text: str) -> str:
    """An argparse type: a page size's name, in any case."""
    for name in page_sizes():
        if name.casefold() == text.strip().casefold():
            return name
    raise argparse.ArgumentTypeError(f"unknown page size '{text}'; one of {', '.join(page_sizes())}")


#: The languages of the interface and of charts, by the tags a file gives names under.
INTERFACE_LANGUAGES = ("en", "sr-Latn", "sr-Cyrl")


def language(text: str) -> str:
    """An argparse type: one of the interface's languages ("sr" is Serbian in its official script)."""
    wanted = text.strip().replace("_", "-").casefold()
    for tag in INTERFACE_LANGUAGES:
        if tag.casefold() == wanted:
            return tag
    if wanted == "sr":
        return "sr-Cyrl"
    raise argparse.ArgumentTypeError(
        f"OrgExplorer does not speak '{text}'; the languages are {', '.join(INTERFACE_LANGUAGES)}"
    )


def whole_number(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number from ``minimum`` to ``maximum``."""
    allowed = f"{minimum:,} or more" if maximum is None else f"from {minimum:,} to {maximum:,}"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number {allowed}, not {text!r}") from None
        if value < minimum or (maximum is not None and value > maximum):
            raise argparse.ArgumentTypeError(f"must be {allowed}, not {value:,}")
        return value

    return parse


def decimal(minimum: float, maximum: float) -> Callable[[str], float]:
    """An argparse type: a number from ``minimum`` to ``maximum``."""
    allowed = f"from {minimum:g} to {maximum:g}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number {allowed}, not {text!r}") from None
        if not minimum <= value <= maximum:  # also refuses nan
            raise argparse.ArgumentTypeError(f"must be {allowed}, not {text}")
        return value

    return parse
