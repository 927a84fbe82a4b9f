"""A chart book's section headings: the path from the top, with "…" only where names are left out."""

from __future__ import annotations

import pytest

from orgexplorer.chart.book_text import HEADING_PT, BookText
from orgexplorer.chart.values import ApproximateMeasure, TextStyle
from orgexplorer.model import load_bytes

NAMES = ["Ministry of Defence", "Defence Policy Sector", "International Cooperation Department", "Verification Centre"]


@pytest.fixture(scope="module")
def chain():
    """A chain of units four deep, and a unit below the last (whose heading is the path to it)."""
    nested = ""
    for number, name in reversed(list(enumerate([*NAMES, "Inspection Section"]))):
        nested = f"{{id: u{number}, name: {name}, subunits: [{nested}]}}"
    organization = load_bytes(f"format: orgexplorer/1\norganization: O\nunits: [{nested}]\n".encode()).organization
    assert organization is not None
    return organization


def lines(organization, width, below="u4"):
    book = BookText(organization, None, ApproximateMeasure(), 800.0, 500.0)
    return [text for text, _ in book.path_lines(organization.by_id(below).index, width)]


def width_of(text):
    return ApproximateMeasure().width(text, TextStyle.HEAD, HEADING_PT)


def test_a_path_that_fits_is_one_line_with_nothing_left_out(chain):
    whole = " › ".join(NAMES)
    assert lines(chain, width_of(whole) + 1) == [whole]


def test_a_path_broken_whole_over_two_lines_has_no_ellipsis(chain):
    """The tryout's book: "Centre … 0 › …" over "Service … 1" read as a middle left out; nothing was."""
    first, rest = NAMES[0] + " ›", NAMES[1]
    width = max(width_of(first), width_of(rest)) + 1
    assert width < width_of(" › ".join(NAMES[:2]))  # the path does not fit in one line
    assert lines(chain, width, below="u2") == [first, rest]


def test_names_left_out_are_marked_where_they_are(chain):
    one_line = " › ".join([NAMES[0], "…", NAMES[-2], NAMES[-1]])
    assert lines(chain, width_of(one_line) + 1) == [one_line]  # the middle left out
    narrow = max(width_of(NAMES[0] + " ›"), width_of("… › " + NAMES[-1])) + 1
    assert lines(chain, narrow) == [NAMES[0] + " ›", "… › " + NAMES[-1]]  # the names above it left out


def test_below_the_top_unit_the_heading_is_its_name(chain):
    assert lines(chain, 500.0, below="u1") == [NAMES[0]]
