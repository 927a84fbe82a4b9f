"""A chart book: an organization cut into legible pages, pure Python (no Qt).

Each page holds one or more sections; a section is a unit and as many levels below it as fit, laid
out compactly (leaves in columns that break for the room left under their parent, wide levels wrapped
into rows under a rail, branches stacked beside a rail where that takes less room). A unit whose branch
does not fit is drawn as a stub box "continued on page N", and page N has a section starting with the
unit again under a heading "from page M" and its path from the top. Small branches share pages
(placed by a skyline packer, in depth-first order); a unit too big for a page shows its subunits whose
branches fit whole, as many as fit (its attached units first), the rest continued on the next page; its
box alone with a note, when not even one of them fits under it. Every unit has exactly one
full box in the book.

The work is linear in the units shown: box sizes and whole-branch sizes are measured bottom-up once;
filling a page opens units level by level, recomputing only the opened unit's chain of ancestors on
that page (a page holds a bounded number of boxes). Pages are planned first (which units, where) and
their boxes and connectors built when painted (``Book.page``), so that memory stays bounded.

Boxes, connectors and text lines are the layout engine's (``values.Box``, ``Edge``, ``TextLine``,
``ChartLayout``, measured by its typesetter), so the one renderer paints a book page as any chart.
This file plans the book (sections on pages, contents, index) and builds a page's boxes when asked;
the boxes and branch sizes both share are measured in ``book_boxes``, a branch too big for a page is
filled into the room in ``book_fill``, the geometry of blocks, connectors and the page's skyline is in
``book_blocks``, and the words set on the pages (headings above sections, contents, index) in ``book_text``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from orgexplorer.chart.book_blocks import Block, Skyline, block_edges
from orgexplorer.chart.book_boxes import NOTE_HEIGHT, BookBoxes
from orgexplorer.chart.book_fill import fill
from orgexplorer.chart.book_text import HEADING_PT, BookText, Entry, TextItem, TextPage
from orgexplorer.chart.layout import shown_units
from orgexplorer.chart.typesetter import units_below
from orgexplorer.chart.values import (
    ApproximateMeasure,
    Box,
    ChartLayout,
    ChartOptions,
    Direction,
    Edge,
    TextLine,
    TextMeasure,
    TextStyle,
)
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization, Placement
from orgexplorer.model.progress import Progress

#: Smallest text anywhere in a book, in points on paper.
SMALLEST_PT = 7.0
SECTION_GAP = 8.0  # between sections sharing a page
HEADING_WIDTH = 150.0  # the narrowest a section with a heading is
COLUMN_ROOMS = (1.0, 0.7, 0.5, 0.35)  # fractions of a page's depth that columns of leaves are tried in
TOC_AFTER = 4  # a table of contents for books of more chart pages than this

# Words of the book, translatable by the painter (which passes its own); defaults for pure use.
WORDS = {
    "continued": "continued on page {page}",
    "from": "from page {page}",
    "resumed": "continued from page {page}",
}


def book_options(options: ChartOptions) -> ChartOptions:
    """The chart options a book is laid out with: top-down, no text below 7 pt, tighter gaps."""
    return replace(
        options,
        direction=Direction.DOWN,
        name_size=max(options.name_size, 8.0),
        head_size=max(options.head_size, SMALLEST_PT),
        detail_size=max(options.detail_size, SMALLEST_PT),
        sibling_gap=min(options.sibling_gap, 6.0),
        level_gap=min(options.level_gap, 14.0),
        stack_gap=min(options.stack_gap, 4.0),
        stack_indent=min(options.stack_indent, 8.0),
    )


# --- the plan ---


class Section(NamedTuple):
    """One branch drawn on a page: ``top`` and the units opened below it (children shown)."""

    top: int
    page: int  # 1-based, in the whole book
    x: float  # top-left of the section (heading included) in the page's chart area, points
    y: float
    width: float
    height: float
    heading: float  # height of the heading above the chart part
    from_page: int | None  # the page with the stub pointing here; None for the book's top
    opened: tuple[int, ...]
    subunits: tuple[int, int] | None  # a slice of the top's attached units then subunits, when on several pages
    resumed: bool  # the top continues from an earlier page (drawn as a stub, not a full box)
    region: tuple[float, float]  # the room its chart was laid out in (where rows wrap, columns break)
    more_on: int | None = None  # the page where the rest of the top's subunits continue


class PageKind(enum.Enum):
    CONTENTS = "contents"
    CHART = "chart"
    INDEX = "index"


@dataclass(frozen=True, slots=True)
class BookPage:
    """A page ready to paint: a chart of its sections, their headings, and links (rectangles in
    chart-area points to a 1-based page)."""

    number: int
    kind: PageKind
    layout: ChartLayout | None
    texts: tuple[TextItem, ...]
    links: tuple[tuple[float, float, float, float, int], ...]


class Book:
    """A planned book: sections on pages, contents and index, pages built on request.

    Attributes:
        pages: number of pages in all (contents, charts, index).
        chart_pages: range of the chart pages (1-based).
        sections: every section in book order.
        page_of: for each unit shown, the page of its full box.
    """

    def __init__(
        self,
        organization: Organization,
        options: ChartOptions,
        width: float,
        height: float,
        measure: TextMeasure | None = None,
        words: dict[str, str] | None = None,
        sort_key: Callable[[str], object] | None = None,
        progress: Progress | None = None,
        below: Callable[[int], str] = units_below,
    ) -> None:
        """Plan the book of ``organization`` on pages whose chart area is ``width`` × ``height``
        points (at scale 1). ``words`` translates the book's phrases (keys of ``WORDS``), ``below``
        a cut box's count; ``sort_key`` orders the index (the locale's collation; case-folded text by default)."""
        self.below = below
        with paused_gc():
            self._plan(organization, book_options(options), width, height, measure, words, sort_key, progress)

    # --- planning ---

    def _plan(
        self,
        organization: Organization,
        options: ChartOptions,
        width: float,
        height: float,
        measure: TextMeasure | None,
        words: dict[str, str] | None,
        sort_key: Callable[[str], object] | None,
        progress: Progress | None,
    ) -> None:
        self.organization = organization
        self.options = options
        self.width, self.height = width, height
        self.measure = measure = measure or ApproximateMeasure()
        self.words = {**WORDS, **(words or {})}
        self.text = BookText(organization, options.language, measure, width, height)
        # Whole branches are measured for the room under the tallest heading a section can have.
        self.whole_height = height - self.text.heading_height(0)
        self._sort_key = sort_key or str.casefold
        units = organization.units
        shown = shown_units(organization, options)
        order = shown.order
        self.roots, self.order, self.hidden = shown.roots, order, shown.hidden
        self.subtitle, self.base_depth = shown.subtitle, shown.base_depth
        self.measured = measured = BookBoxes(organization, options, measure, self.words, shown, width,
                                             self.whole_height, progress, self.below)  # fmt: skip
        shows_children = measured.shows_children
        if progress is not None:
            progress(0.6)

        # Branches in depth-first order, each placed on the current page or a new one.
        self.sections: list[Section] = []
        pages: list[Skyline] = []
        branches: list[tuple[int, int | None, tuple[int, int] | None, bool]] = [
            (r, None, None, False) for r in reversed(self.roots)
        ]
        done = 0
        while branches:
            top, from_page, part, resumed = branches.pop()
            heading = self.text.heading_height(from_page)
            minimum = 0.0 if from_page is None else HEADING_WIDTH
            subtree = measured.subtree(top) if part is None and not resumed and measured.whole_area[top] else []
            size = measured.measure_whole(subtree, (self.width, self.whole_height)) if subtree else None
            if size is not None and self._fits_size(size, self.width, self.whole_height):
                page, x, y, (bw, bh), region, heading = self._place_whole(pages, subtree, size, minimum, top, from_page)
                opened = tuple(i for i in subtree if shows_children(i))
                self.sections.append(Section(top, page, x, y, max(bw, minimum), heading + bh, heading, from_page,
                                             opened, None, False, region))  # fmt: skip
                done += len(opened) + 1
                continue
            # Too big for a page: as much as fits in the room left on this page, if that is not much
            # less than a fresh page would hold; else a fresh page.
            fresh = fill(measured, top, part, resumed, self.width, self.height - heading, force=True)
            choice, region, spot = fresh, (self.width, self.height - heading), None
            # Never on the page it comes from: a page saying "continued on this page" reads as a mistake.
            room = pages[-1].room() if pages and from_page != len(pages) else None
            if room is not None and room[2] >= max(minimum, HEADING_WIDTH) + SECTION_GAP and room[3] > heading + 40.0:
                there = fill(measured, top, part, resumed, room[2] - SECTION_GAP, room[3] - SECTION_GAP - heading)
                if there is not None and fresh is not None and len(there[0]) * 4 >= len(fresh[0]):
                    choice, spot = there, room
                    region = (room[2] - SECTION_GAP, room[3] - SECTION_GAP - heading)
            assert choice is not None
            opened_list, part, stubs, block, used = choice
            region = (region[0], used)  # the height columns broke for (less a note's, when split)
            width = max(block.right - block.left, minimum)
            heading = self.text.heading_for(top, from_page, width)  # no taller than the room kept for it
            split = part is not None and part[1] < len(units[top].children)
            tall = heading + block.height + (NOTE_HEIGHT if split else 0.0)
            if spot is not None:
                pages[-1].add(spot[0], spot[1], width + SECTION_GAP, tall + SECTION_GAP)
                page, x, y = len(pages), spot[0], spot[1]
            else:
                page, x, y = self._place(pages, width, tall, fresh=True)
            rest = None
            if part is not None and part[1] < len(units[top].children):
                rest = (part[1], len(units[top].children))
            note = NOTE_HEIGHT if rest is not None else 0.0
            section = Section(top, page, x, y, width, heading + block.height + note, heading, from_page,
                              tuple(opened_list), part, resumed, region)  # fmt: skip
            self.sections.append(section)
            if rest is not None:
                branches.append((top, page, rest, True))
            branches.extend((stub, page, None, False) for stub in reversed(stubs))
            done += len(section.opened) + 1
            if progress is not None and len(self.sections) % 64 == 0:
                progress(0.6 + 0.35 * min(done / max(len(order), 1), 1.0))

        chart_count = len(pages)
        # A page alone with one section: centred across the page.
        by_page: dict[int, list[int]] = {}
        for number, section in enumerate(self.sections):
            by_page.setdefault(section.page, []).append(number)
        for numbers in by_page.values():
            if len(numbers) == 1:
                s = self.sections[numbers[0]]
                self.sections[numbers[0]] = s._replace(x=(self.width - s.width) / 2)
        # Pages are numbered after the table of contents; its length depends on the sections only.
        self._contents = chart_count > TOC_AFTER
        self.contents_pages = self.text.column_pages(self._contents_entries(0)) if self._contents else []
        offset = len(self.contents_pages)
        if offset:
            self.sections = [s._replace(page=s.page + offset, from_page=None if s.from_page is None
                                        else s.from_page + offset) for s in self.sections]  # fmt: skip
            self.contents_pages = self.text.column_pages(self._contents_entries(0))
        self.chart_pages = range(offset + 1, offset + chart_count + 1)
        self.page_of: dict[int, int] = {}
        for section in self.sections:
            if not section.resumed:
                self.page_of[section.top] = section.page
            shown_open = set(section.opened)
            for parent in section.opened:
                for child in self._shown_children(section, parent):
                    if child in shown_open or not self.measured.shows_children(child):  # a full box, not a stub
                        self.page_of[child] = section.page
        # Stub boxes point where their branch's section is.
        self.section_of: dict[int, Section] = {}
        for section in self.sections:
            if not section.resumed:
                self.section_of[section.top] = section
        # Where the rest of a split unit's subunits goes.
        resumed_at = {(s.top, s.subunits[0]): s.page for s in self.sections if s.resumed and s.subunits}
        for number, section in enumerate(self.sections):
            if section.subunits is not None:
                later = resumed_at.get((section.top, section.subunits[1]))
                if later is not None:
                    self.sections[number] = section._replace(more_on=later)
        self.index_pages = self.text.column_pages(self._index_entries())
        self.pages = offset + chart_count + len(self.index_pages)
        self._by_page: dict[int, list[Section]] = {}
        for section in self.sections:
            self._by_page.setdefault(section.page, []).append(section)
        if progress is not None:
            progress(1.0)

    def _place_whole(
        self,
        pages: list[Skyline],
        subtree: list[int],
        size: tuple[float, float],
        minimum: float,
        top: int,
        from_page: int | None,
    ) -> tuple[int, float, float, tuple[float, float], tuple[float, float], float]:
        """A place for a whole branch on the last page, trying it with its leaves in more columns (wider
        and less deep) where that fits the room left better; else on a new page as first measured."""
        gap = SECTION_GAP
        if pages and from_page != len(pages):  # never on the page its stub is on
            best = None
            seen = set()
            regions = [(self.width, self.whole_height * fraction) for fraction in COLUMN_ROOMS]
            room = pages[-1].room()
            if room is not None and room[2] > gap and room[3] > self.height - self.whole_height + gap:
                # The room left on the page, as a region of its own: rows wrap and columns break for it.
                regions.append((room[2] - gap, room[3] - gap - (self.height - self.whole_height)))
            for region in regions:
                w, h = size if region == regions[0] else self.measured.measure_whole(subtree, region)
                if (w, h) in seen or h > self.whole_height:
                    continue
                seen.add((w, h))
                w = max(w, minimum)
                heading = self.text.heading_for(top, from_page, w)
                spot = pages[-1].find(w + gap, heading + h + gap)
                if spot is not None and (best is None or (spot[1], w * h) < best[0]):
                    best = ((spot[1], w * h), spot, (w, h), region, heading)
            if best is not None:
                _, spot, (w, h), region, heading = best
                pages[-1].add(spot[0], spot[1], w + gap, heading + h + gap)
                return len(pages), spot[0], spot[1], (w, h), region, heading
        heading = self.text.heading_for(top, from_page, max(size[0], minimum))
        page, x, y = self._place(pages, max(size[0], minimum), heading + size[1], fresh=True)
        return page, x, y, size, (self.width, self.whole_height), heading

    def _fits_size(self, size: tuple[float, float], width: float, height: float) -> bool:
        return size[0] <= width + 0.01 and size[1] <= height + 0.01

    def _place(
        self, pages: list[Skyline], width: float, height: float, fresh: bool = False
    ) -> tuple[int, float, float]:
        """A place for a section: on the last page where it fits, else on a new page."""
        gap = SECTION_GAP
        if not fresh and pages:
            spot = pages[-1].find(width + gap, height + gap)
            if spot is not None:
                pages[-1].add(spot[0], spot[1], width + gap, height + gap)
                return len(pages), spot[0], spot[1]
        pages.append(Skyline(self.width + gap, self.height + gap))
        pages[-1].add(0.0, 0.0, width + gap, height + gap)
        return len(pages), 0.0, 0.0

    def _shown_children(self, section: Section, unit: int) -> tuple[int, ...]:
        u = self.organization.units[unit]
        if unit == section.top and section.subunits is not None:
            start, end = section.subunits
            count = len(u.attached)
            return u.subunits[max(start - count, 0) : max(end - count, 0)] + u.attached[start:end]
        return u.children

    # --- contents and index ---

    def _contents_entries(self, _: int) -> list[Entry]:
        """(text, page, link, indent) for each section that starts a branch, in book order."""
        entries = []
        units = self.organization.units
        for section in self.sections:
            if section.resumed:
                continue
            depth = units[section.top].depth - self.base_depth
            name = units[section.top].name_in(self.options.language)
            entries.append((name, section.page, section.page, min(depth, 6) * 8.0))
        return entries

    def _index_entries(self) -> list[Entry]:
        units = self.organization.units
        names = sorted(
            ((units[i].name_in(self.options.language), page) for i, page in self.page_of.items()),
            key=lambda pair: (self._sort_key(pair[0]), pair[1]),
        )
        return [(name, page, page, 0.0) for name, page in names]

    # --- building pages ---

    def page(self, number: int) -> BookPage:
        """Page ``number`` (1-based) with its boxes, connectors, texts and links."""
        if not 1 <= number <= self.pages:
            raise IndexError(number)
        contents = len(self.contents_pages)
        if number <= contents:
            return self._text_page(number, PageKind.CONTENTS, self.contents_pages[number - 1])
        if number > self.chart_pages.stop - 1:
            return self._text_page(number, PageKind.INDEX, self.index_pages[number - self.chart_pages.stop])
        return self._chart_page(number)

    def _text_page(self, number: int, kind: PageKind, page: TextPage) -> BookPage:
        items, links = page
        return BookPage(number, kind, None, tuple(items), tuple(links))

    def _chart_page(self, number: int) -> BookPage:
        boxes: list[Box] = []
        edges: list[Edge] = []
        texts: list[TextItem] = []
        links: list[tuple[float, float, float, float, int]] = []
        for section in self._by_page.get(number, []):
            x0, y0 = section.x, section.y
            if section.from_page is not None:
                label = self.words["from"].format(page=section.from_page)
                texts.append(TextItem(label, x0, y0, HEADING_PT, bold=True, link=section.from_page))
                width = self.measure.width(label, TextStyle.HEAD, HEADING_PT)
                links.append((x0, y0, width, HEADING_PT * 1.25, section.from_page))
                lines = self.text.heading_lines(section.top, section.from_page, section.width)
                for row, (text, _) in enumerate(lines, 1):
                    texts.append(TextItem(text, x0, y0 + row * HEADING_PT * 1.25, HEADING_PT, italic=True))
            self._build_section(section, x0, y0 + section.heading, boxes, edges, links)
            if section.more_on is not None:
                label = self.words["continued"].format(page=section.more_on)
                y = y0 + section.height - NOTE_HEIGHT + 4.0
                texts.append(TextItem(label, x0, y, HEADING_PT, bold=True, link=section.more_on))
                width = self.measure.width(label, TextStyle.HEAD, HEADING_PT)
                links.append((x0, y, width, HEADING_PT * 1.25, section.more_on))
        layout = ChartLayout(tuple(boxes), tuple(edges), self.width, self.height, self.options,
                             self.organization.title, self.subtitle)  # fmt: skip
        return BookPage(number, PageKind.CHART, layout, tuple(texts), tuple(links))

    def _build_section(
        self,
        section: Section,
        left: float,
        top_y: float,
        boxes: list[Box],
        edges: list[Edge],
        links: list[tuple[float, float, float, float, int]],
    ) -> None:
        with self.measured.arranger.room(*section.region):
            self._place_section(section, left, top_y, boxes, edges, links)

    def _place_section(
        self,
        section: Section,
        left: float,
        top_y: float,
        boxes: list[Box],
        edges: list[Edge],
        links: list[tuple[float, float, float, float, int]],
    ) -> None:
        units = self.organization.units
        arranger = self.measured.arranger
        opened = set(section.opened)
        blocks: dict[int, Block] = {}
        stub_text: dict[int, tuple[tuple[TextLine, ...], float, float]] = {}

        def box_of(index: int) -> tuple[tuple[TextLine, ...], float, float]:
            if index == section.top and section.resumed:
                note = self.words["resumed"].format(page=section.from_page)
                lines, _, _ = self.measured.stub_lines(index, note)
                return self.measured.fit_lines(lines, self.measured.box_size(index, True))
            if index != section.top and index not in opened and self.measured.shows_children(index):
                target = self.section_of[index].page
                lines, _, _ = self.measured.stub_lines(index, self.words["continued"].format(page=target))
                stub_text[index] = self.measured.fit_lines(lines, self.measured.box_size(index, True))
                return stub_text[index]
            return self.measured.texts[index]

        order: list[int] = []
        stack = [section.top]
        while stack:
            index = stack.pop()
            order.append(index)
            if index in opened:
                stack.extend(reversed(self._shown_children(section, index)))
        texts = {index: box_of(index) for index in order}
        offset = {section.top: 0.0}
        for index in order:
            if index in opened:
                children = self._shown_children(section, index)
                attached = set(units[index].attached)
                below = offset[index] + self.measured.below(texts[index][2], [c for c in children if c in attached])
                for child in children:
                    offset[child] = below
        for index in reversed(order):
            _, w, h = texts[index]
            if index in opened:
                children = self._shown_children(section, index)
                attached = set(units[index].attached)
                subs = [(c, blocks[c]) for c in children if c not in attached]
                atts = [(c, blocks[c]) for c in children if c in attached]
                blocks[index] = arranger.arrange(w, h, subs, atts, arranger.height - offset[index])
            else:
                blocks[index] = arranger.leaf(w, h)
        root_block = blocks[section.top]
        where: dict[int, tuple[float, float]] = {section.top: (left - root_block.left, top_y)}
        for index in order:
            cx, cy = where[index]
            lines, w, h = texts[index]
            unit = units[index]
            dashed = unit.placement is Placement.ATTACHED and index not in self.roots
            boxes.append(Box(index, cx - w / 2, cy, w, h, lines, dashed, unit.depth - self.base_depth,
                             self.hidden.get(index, 0)))  # fmt: skip
            if index in stub_text:
                links.append((cx - w / 2, cy, w, h, self.section_of[index].page))
            if section.resumed and index == section.top and section.from_page is not None:
                links.append((cx - w / 2, cy, w, h, section.from_page))
            block = blocks[index]
            for child, dx, dy, _ in block.placed:
                where[child] = (cx + dx, cy + dy)
            for child, dx, dy in block.attached:
                where[child] = (cx + dx, cy + dy)
            block_edges(self.options, index, block, cx, cy, h, texts, edges)
