"""The command line's parsers, option types and the checks made right after parsing: each refuses what
it cannot use with one sentence naming what is allowed (exit status 2, as argparse's own)."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from pathlib import Path

from orgexplorer import __version__


def parser(prog: str, description: str, epilog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def usage_error(prog: str, message: str) -> int:
    print(f"usage: {prog} ...\n{prog}: error: {message}", file=sys.stderr)
    return 2


def export_usage_problem(args: argparse.Namespace) -> str | None:
    """What makes an export's options unusable together, in a sentence; None when they are usable."""
    from orgexplorer.chart.export import CHART_FORMATS, DIRECTORY_FORMATS, formats_sentence
    from orgexplorer.chart.images import IMAGE_FORMATS
    from orgexplorer.chart.paper import max_margins_mm

    suffix = Path(args.output).suffix.lower()
    if suffix not in CHART_FORMATS | DIRECTORY_FORMATS:
        return f"unknown format '{suffix or args.output}'; {formats_sentence()}"
    if args.directory and suffix not in {".pdf"} | DIRECTORY_FORMATS:
        return f"--directory writes the unit directory as .pdf (or .html, .csv), not as {suffix}"
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
