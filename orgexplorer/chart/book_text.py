"""The words of a chart book set on its pages, pure Python: the heading above a section (what it
takes, and the path in one or two lines with its middle left out), and the contents and the index in
columns, a page number at the right of each entry."""

from __future__ import annotations

import math
from dataclasses import dataclass

from orgexplorer.chart.values import TextMeasure, TextStyle
from orgexplorer.model.organization import Organization

HEADING_PT = 7.5  # "from page M" and the path above a section
INDEX_PT = 8.0  # table of contents and index entries


@dataclass(frozen=True, slots=True)
class TextItem:
    """A line of text outside boxes (heading, contents, index), in chart-area points."""

    text: str
    x: float
    y: float  # top
    size: float
    bold: bool = False
    italic: bool = False
    link: int | None = None  # the page this text links to (drawn as a link)


Link = tuple[float, float, float, float, int]  # x, y, width, height (chart-area points), 1-based page
TextPage = tuple[list[TextItem], list[Link]]
Entry = tuple[str, int, int, float]  # text, page shown, page linked, indent


class BookText:
    """Sets a book's words for pages whose chart area is ``width`` × ``height`` points."""

    def __init__(
        self, organization: Organization, language: str | None, measure: TextMeasure, width: float, height: float
    ) -> None:
        self.organization = organization
        self.language = language
        self.measure = measure
        self.width, self.height = width, height
        self._roots_of: dict[int, int] = {}
        self._headings: dict[tuple[int | None, float], list[tuple[str, float]]] = {}

    def heading_lines(self, top: int, from_page: int | None, width: float) -> list[tuple[str, float]]:
        """The path from the top of the organization, in at most two lines: the middle left out
        ("A › … › Y › Z") when it is longer."""
        if from_page is None:
            return []
        key = (self.organization.units[top].parent, width)
        known = self._headings.get(key)
        if known is None:
            known = self._headings[key] = self.path_lines(top, width)
        return known

    def heading_height(self, from_page: int | None) -> float:
        """The most a heading takes: "from page M" and two lines of path."""
        return 0.0 if from_page is None else 3 * HEADING_PT * 1.25 + 4.0

    def heading_for(self, top: int, from_page: int | None, width: float) -> float:
        """What the heading of a section ``width`` wide takes."""
        if from_page is None:
            return 0.0
        return (1 + len(self.heading_lines(top, from_page, width))) * HEADING_PT * 1.25 + 4.0

    def path_lines(self, top: int, width: float) -> list[tuple[str, float]]:
        """The path from the top of the organization to ``top``'s parent: in one line where it fits,
        else with its middle left out ("A › … › Y › Z") where the parent's name fits in that line,
        else in two (the top of the organization and "›", then the units above from the nearest up as
        far as they fit). A "…" stands only where names are left out: a path that breaks between its
        lines whole is never written as if a middle were missing."""
        units = self.organization.units
        parent = units[top].parent
        if parent is None:
            return []
        root = self._root_of(parent)
        first = units[root].name_in(self.language)
        names = [] if parent == root else self._nearest(parent, root, math.inf, "") or []
        whole = " › ".join([first, *names])
        if not names or self.measure.width(whole, TextStyle.HEAD, HEADING_PT) <= width:
            return [self._cut_line(whole, width)]
        near = self._nearest(parent, root, width, first + " › … › ")
        if near:
            return [self._cut_line(" › ".join([first, "…", *near]), width)]
        below = " › ".join(names)
        if self.measure.width(below, TextStyle.HEAD, HEADING_PT) > width:  # the rest left out, and said so
            below = " › ".join(["…", *(self._nearest(parent, root, width, "… › ") or names[-1:])])
        return [self._cut_line(first + " ›", width), self._cut_line(below, width)]

    def _nearest(self, parent: int, root: int, width: float, before: str) -> list[str] | None:
        """The names from ``parent`` up to below ``root`` that fit in ``width`` after ``before``, top
        first; None when all of them fit."""
        units = self.organization.units
        names: list[str] = []
        index = parent
        while index != root:
            name = units[index].name_in(self.language)
            if self.measure.width(before + " › ".join([name, *names]), TextStyle.HEAD, HEADING_PT) > width:
                return names
            names.insert(0, name)
            index = units[index].parent  # type: ignore[assignment]
        return None if width < math.inf else names

    def _cut_line(self, text: str, width: float) -> tuple[str, float]:
        """``text`` with its end left out where it is wider than ``width``."""
        measure = self.measure
        if measure.width(text, TextStyle.HEAD, HEADING_PT) > width:
            words = text.split(" ")
            while len(words) > 1 and measure.width(" ".join([*words, "…"]), TextStyle.HEAD, HEADING_PT) > width:
                words.pop()
            text = " ".join([*words, "…"])
        return text, measure.width(text, TextStyle.HEAD, HEADING_PT)

    def _root_of(self, index: int) -> int:
        """The unit at the top of ``index``'s tree (remembered along the way: linear in all)."""
        units = self.organization.units
        walked = []
        while index not in self._roots_of and units[index].parent is not None:
            walked.append(index)
            index = units[index].parent  # type: ignore[assignment]
        root = self._roots_of.get(index, index)
        for unit in walked:
            self._roots_of[unit] = root
        return root

    def wrap(self, text: str, width: float, size: float) -> list[tuple[str, float]]:
        measure = self.measure
        space = measure.width(" ", TextStyle.HEAD, size)
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        current_width = 0.0
        for word in text.split():
            w = measure.width(word, TextStyle.HEAD, size)
            if current and current_width + space + w > width:
                lines.append((" ".join(current), current_width))
                current, current_width = [], 0.0
            current_width += (space if current else 0.0) + w
            current.append(word)
        if current:
            lines.append((" ".join(current), current_width))
        return lines

    def column_pages(self, entries: list[Entry]) -> list[TextPage]:
        """Entries in columns, as many columns as fit across a page, a page number at each right end;
        each entry (its lines and its number) one link."""
        size = INDEX_PT
        line = size * 1.3
        top = size * 2.4  # room for the page's title
        column_width = 250.0
        columns = max(1, int((self.width + 12) // (column_width + 12)))
        column_width = (self.width - 12 * (columns - 1)) / columns
        rows = max(1, int((self.height - top) // line))
        number_room = self.measure.width("88888", TextStyle.HEAD, size)
        pages: list[TextPage] = []
        row = rows
        column = columns
        for text, page, link, indent in entries:
            lines = self.wrap(text, column_width - indent - number_room - 6, size) or [("", 0.0)]
            if row + len(lines) > rows:
                row = 0
                column += 1
                if column >= columns:
                    column = 0
                    pages.append(([], []))
            items, links = pages[-1]
            x = column * (column_width + 12)
            for number, (words, _) in enumerate(lines):
                items.append(TextItem(words, x + indent, top + (row + number) * line, size))
            label = str(page)
            width = self.measure.width(label, TextStyle.HEAD, size)
            items.append(TextItem(label, x + column_width - width, top + (row + len(lines) - 1) * line, size))
            links.append((x + indent, top + row * line, column_width - indent, (len(lines) - 1) * line + size * 1.25,
                          link))  # fmt: skip
            row += len(lines)
        return pages
