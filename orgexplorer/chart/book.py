"""A chart book: an organization cut into legible pages, pure Python (no Qt).

Each page holds one or more sections; a section is a unit and as many levels below it as fit, laid
out compactly (leaves in columns that break for the room left under their parent, wide levels wrapped
into rows under a rail, branches stacked beside a rail where that takes less room). A unit whose branch
does not fit is drawn as a stub box "continued on page N", and page N has a section starting with the
unit again under a heading "from page M" and its path from the top. Small branches share pages
(placed by a skyline packer, in depth-first order); a unit too big for a page shows its subunits whose
branches fit whole, as many as fit, the rest continued on the next page. Every unit has exactly one
full box in the book.

The work is linear in the units shown: box sizes and whole-branch sizes are measured bottom-up once;
filling a page opens units level by level, recomputing only the opened unit's chain of ancestors on
that page (a page holds a bounded number of boxes). Pages are planned first (which units, where) and
their boxes and connectors built when painted (``Book.page``), so that memory stays bounded.

Boxes, connectors and text lines are the layout engine's (``layout.Box``, ``Edge``, ``TextLine``,
``ChartLayout``, measured by its typesetter), so the one renderer paints a book page as any chart.
The geometry of blocks, connectors and the page's skyline is in ``book_blocks``; the words set on the
pages (paths above sections, contents, index) in ``book_text``.

Longer than the house's ~500 lines: planning a book and building its pages share every measurement
(boxes, stubs, headings, the sections' rooms, the room each unit's columns break for) through one
``Book``, and split they would pass it all back and forth.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from orgexplorer.chart.book_blocks import Arranger, Block, Skyline, block_edges
from orgexplorer.chart.book_text import HEADING_PT, BookText, Entry, TextItem, TextPage
from orgexplorer.chart.layout import shown_units
from orgexplorer.chart.typesetter import Typesetter
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
NOTE_HEIGHT = HEADING_PT * 1.25 + 6.0  # "continued on page N" under a unit whose subunits go on
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
    subunits: tuple[int, int] | None  # a slice of the top's subunits, when they span several pages
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


# A branch filled into a room: units opened, slice of the top's subunits, stubs, the top's block, and
# the height its columns broke for.
_Filled = tuple[list[int], tuple[int, int] | None, list[int], Block, float]


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
    ) -> None:
        """Plan the book of ``organization`` on pages whose chart area is ``width`` × ``height``
        points (at scale 1). ``words`` translates the book's phrases (keys of ``WORDS``);
        ``sort_key`` orders the index (the locale's collation; case-folded text by default)."""
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
        self.typesetter = Typesetter(options, measure)
        self.text = BookText(organization, options.language, measure, width, height)
        # Whole branches are measured for the room under the tallest heading a section can have.
        self.whole_height = height - self._heading_height(0)
        self.arranger = Arranger(options, width, self.whole_height)
        self._sort_key = sort_key or str.casefold
        self._headings: dict[tuple[int | None, float], list[tuple[str, float]]] = {}
        units = organization.units
        shown = shown_units(organization, options)
        order, hidden, limit = shown.order, shown.hidden, shown.limit
        self.roots, self.order, self.hidden = shown.roots, order, hidden
        self.subtitle, self.base_depth = shown.subtitle, shown.base_depth
        showing = limit is None

        def shows_children(index: int) -> bool:
            return bool(units[index].children) and (showing or units[index].depth < limit)  # type: ignore[operator]

        self.shows_children = shows_children
        # Boxes measured once: full boxes for every unit shown, stubs when first needed.
        self.texts: dict[int, tuple[tuple[TextLine, ...], float, float]] = {}
        self._stubs: dict[int, tuple[float, float]] = {}
        total = len(order)
        for number, index in enumerate(order):
            if progress is not None and number % 4096 == 0:
                progress(0.5 * number / max(total, 1))
            self.texts[index] = self.typesetter.box_text(units[index], hidden.get(index, 0))
        # Whole branches bottom-up: the block of each unit with everything below it, None if too big.
        whole: dict[int, Block | None] = {}
        for index in reversed(order):
            _, bw, bh = self.texts[index]
            unit = units[index]
            if not shows_children(index):
                whole[index] = self.arranger.leaf(bw, bh)
                continue
            subs = [(c, whole[c]) for c in unit.subunits]
            atts = [(c, whole[c]) for c in unit.attached]
            if any(b is None for _, b in subs) or any(b is None for _, b in atts):
                whole[index] = None
                continue
            block = self.arranger.arrange(bw, bh, subs, atts)  # type: ignore[arg-type]
            whole[index] = block if self._fits(block, self.whole_height) else None
        # The area of each branch that fits a page whole (0 for one that does not).
        self.whole_area = {i: 0.0 if b is None else (b.right - b.left) * b.height for i, b in whole.items()}
        del whole
        if progress is not None:
            progress(0.6)

        # Branches in depth-first order, each placed on the current page or a new one.
        self.sections: list[Section] = []
        pages: list[Skyline] = []
        branches: list[tuple[int, int | None, tuple[int, int] | None, bool]] = [
            (r, None, None, False) for r in reversed(self.roots)
        ]
        done = 0
        digits = len(str(max(10, len(order) // 4)))
        self._number_width = "8" * digits
        while branches:
            top, from_page, part, resumed = branches.pop()
            heading = self._heading_height(from_page)
            minimum = 0.0 if from_page is None else HEADING_WIDTH
            subtree = self._subtree(top) if part is None and not resumed and self.whole_area[top] else []
            size = self._measure_whole(subtree, (self.width, self.whole_height)) if subtree else None
            if size is not None and self._fits_size(size, self.width, self.whole_height):
                page, x, y, (bw, bh), region, heading = self._place_whole(pages, subtree, size, minimum, top, from_page)
                opened = tuple(i for i in subtree if shows_children(i))
                self.sections.append(Section(top, page, x, y, max(bw, minimum), heading + bh, heading, from_page,
                                             opened, None, False, region))  # fmt: skip
                done += len(opened) + 1
                continue
            # Too big for a page: as much as fits in the room left on this page, if that is not much
            # less than a fresh page would hold; else a fresh page.
            fresh = self._fill(top, part, resumed, self.width, self.height - heading, force=True)
            choice, region, spot = fresh, (self.width, self.height - heading), None
            room = pages[-1].room() if pages else None
            if room is not None and room[2] >= max(minimum, HEADING_WIDTH) + SECTION_GAP and room[3] > heading + 40.0:
                there = self._fill(top, part, resumed, room[2] - SECTION_GAP, room[3] - SECTION_GAP - heading)
                if there is not None and fresh is not None and len(there[0]) * 4 >= len(fresh[0]):
                    choice, spot = there, room
                    region = (room[2] - SECTION_GAP, room[3] - SECTION_GAP - heading)
            assert choice is not None
            opened_list, part, stubs, block, used = choice
            region = (region[0], used)  # the height columns broke for (less a note's, when split)
            width = max(block.right - block.left, minimum)
            heading = self._heading_for(top, from_page, width)  # no taller than the room kept for it
            split = part is not None and part[1] < len(units[top].subunits)
            tall = heading + block.height + (NOTE_HEIGHT if split else 0.0)
            if spot is not None:
                pages[-1].add(spot[0], spot[1], width + SECTION_GAP, tall + SECTION_GAP)
                page, x, y = len(pages), spot[0], spot[1]
            else:
                page, x, y = self._place(pages, width, tall, fresh=True)
            rest = None
            if part is not None and part[1] < len(units[top].subunits):
                rest = (part[1], len(units[top].subunits))
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
                    if child in shown_open or not self.shows_children(child):  # a full box, not a stub
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

    def _fits(self, block: Block, height: float) -> bool:
        return block.right - block.left <= self.width + 0.01 and block.height <= height + 0.01

    def _subtree(self, top: int) -> list[int]:
        units = self.organization.units
        out = []
        stack = [top]
        while stack:
            index = stack.pop()
            out.append(index)
            if self.shows_children(index):
                stack.extend(reversed(units[index].children))
        return out

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
        if pages:
            best = None
            seen = set()
            regions = [(self.width, self.whole_height * fraction) for fraction in COLUMN_ROOMS]
            room = pages[-1].room()
            if room is not None and room[2] > gap and room[3] > self.height - self.whole_height + gap:
                # The room left on the page, as a region of its own: rows wrap and columns break for it.
                regions.append((room[2] - gap, room[3] - gap - (self.height - self.whole_height)))
            for region in regions:
                w, h = size if region == regions[0] else self._measure_whole(subtree, region)
                if (w, h) in seen or h > self.whole_height:
                    continue
                seen.add((w, h))
                w = max(w, minimum)
                heading = self._heading_for(top, from_page, w)
                spot = pages[-1].find(w + gap, heading + h + gap)
                if spot is not None and (best is None or (spot[1], w * h) < best[0]):
                    best = ((spot[1], w * h), spot, (w, h), region, heading)
            if best is not None:
                _, spot, (w, h), region, heading = best
                pages[-1].add(spot[0], spot[1], w + gap, heading + h + gap)
                return len(pages), spot[0], spot[1], (w, h), region, heading
        heading = self._heading_for(top, from_page, max(size[0], minimum))
        page, x, y = self._place(pages, max(size[0], minimum), heading + size[1], fresh=True)
        return page, x, y, size, (self.width, self.whole_height), heading

    def _measure_whole(self, subtree: list[int], region: tuple[float, float]) -> tuple[float, float]:
        """The size of a whole branch (``subtree`` in pre-order) laid out in ``region``."""
        arranger = self.arranger
        units = self.organization.units
        saved = arranger.width, arranger.height
        arranger.width, arranger.height = region
        try:
            offset = {subtree[0]: 0.0}
            for index in subtree:
                if self.shows_children(index):
                    unit = units[index]
                    below = offset[index] + self._below(self.texts[index][2], unit.attached)
                    for child in unit.children:
                        offset[child] = below
            blocks: dict[int, Block] = {}
            for index in reversed(subtree):
                _, bw, bh = self.texts[index]
                unit = units[index]
                if not self.shows_children(index):
                    blocks[index] = arranger.leaf(bw, bh)
                else:
                    subs = [(c, blocks[c]) for c in unit.subunits]
                    atts = [(c, blocks[c]) for c in unit.attached]
                    blocks[index] = arranger.arrange(bw, bh, subs, atts, region[1] - offset[index])
            block = blocks[subtree[0]]
            return block.right - block.left, block.height
        finally:
            arranger.width, arranger.height = saved

    def _below(self, box_height: float, attached: Sequence[int]) -> float:
        """How far below a unit's top its subunits stand, about (rows wrapped aside): so that columns
        of leaves break for the room left on the page under them. The same in planning and building."""
        gap = self.options.level_gap
        below = box_height + gap
        if attached:
            below += max(self.texts[c][2] for c in attached) + gap
        return below

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

    # --- filling a page with a branch too big for one ---

    def _box_size(self, index: int, stub: bool) -> tuple[float, float]:
        if not stub:
            _, w, h = self.texts[index]
            return w, h
        size = self._stubs.get(index)
        if size is None:
            _, w, h = self._stub_lines(index, self.words["continued"].format(page=self._number_width))
            size = self._stubs[index] = (w, h)
        return size

    def _stub_lines(self, index: int, note: str) -> tuple[tuple[TextLine, ...], float, float]:
        """A stub's box: the unit's name (in the head's style, so that a full box is the only place
        a name is bold) and where its branch continues."""
        o = self.options
        typesetter = self.typesetter
        name = self.organization.units[index].name_in(o.language)
        wrapped = [(TextStyle.HEAD, line, w) for line, w in typesetter.wrap(name, TextStyle.HEAD)]
        wrapped += [(TextStyle.DETAIL, line, w) for line, w in typesetter.wrap(note, TextStyle.DETAIL)]
        inner = max(w for _, _, w in wrapped)
        box_width = max(o.min_box_width * 0.8, inner + 2 * o.padding)
        y = o.padding
        lines = []
        previous = None
        for style, text, w in wrapped:
            if previous is not None and style is not previous:
                y += 2.0
            height = typesetter.heights[style]
            lines.append(TextLine(text, style, (box_width - w) / 2, y, w, height))
            y += height
            previous = style
        return tuple(lines), box_width, y + o.padding

    def _shown_children(self, section: Section, unit: int) -> tuple[int, ...]:
        u = self.organization.units[unit]
        if unit == section.top and section.subunits is not None:
            start, end = section.subunits
            attached = u.attached if start == 0 else ()
            return u.subunits[start:end] + attached
        return u.children

    def _fill(
        self, top: int, part: tuple[int, int] | None, resumed: bool, width: float, height: float, force: bool = False
    ) -> _Filled | None:
        """Open units below ``top`` level by level while the branch fits ``width`` × ``height``; what
        stays closed with units below it becomes a stub. Returns the opened units, the slice of the
        top's subunits shown, the stubs in depth-first order and the top's block; None when not even
        the top and one subunit fit."""
        arranger = self.arranger
        saved_size = arranger.width, arranger.height
        arranger.width, arranger.height = width, height
        try:
            return self._open_levels(top, part, resumed, width, height, force)
        finally:
            arranger.width, arranger.height = saved_size

    def _fits_in(self, block: Block, width: float, height: float) -> bool:
        return block.right - block.left <= width + 0.01 and block.height <= height + 0.01

    def _open_levels(
        self, top: int, part: tuple[int, int] | None, resumed: bool, width: float, height: float, force: bool
    ) -> _Filled | None:
        units = self.organization.units
        arranger = self.arranger
        blocks: dict[int, Block] = {}
        parent_of: dict[int, int] = {}
        opened: set[int] = set()
        children_of: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        offset: dict[int, float] = {}

        def closed_block(index: int) -> Block:
            w, h = self._box_size(index, self.shows_children(index))
            return arranger.leaf(w, h)

        def top_box() -> tuple[float, float]:
            return self._box_size(top, True) if resumed else self._box_size(top, False)

        def compute(index: int) -> Block:
            subs, atts = children_of[index]
            w, h = top_box() if index == top else self._box_size(index, False)
            room = arranger.height - offset.get(index, 0.0)
            return arranger.arrange(w, h, [(c, blocks[c]) for c in subs], [(c, blocks[c]) for c in atts], room)

        def open_unit(index: int, subs: tuple[int, ...], atts: tuple[int, ...]) -> None:
            opened.add(index)
            children_of[index] = (subs, atts)
            _, h = top_box() if index == top else self._box_size(index, False)
            below = offset.get(index, 0.0) + self._below(h, atts)
            for child in (*subs, *atts):
                parent_of[child] = index
                offset[child] = below
                if child not in opened:
                    blocks[child] = closed_block(child)

        def open_whole(index: int, again: bool = False) -> None:
            """A branch that fits a page, opened all the way down (``again``: its blocks measured again,
            for a room that changed)."""
            subtree = self._subtree(index)
            for inner in subtree if not again else ():
                if self.shows_children(inner):
                    open_unit(inner, units[inner].subunits, units[inner].attached)
            for inner in reversed(subtree):
                blocks[inner] = compute(inner) if inner in opened else closed_block(inner)

        def chain(indices: Sequence[int]) -> list[int]:
            """The units whose blocks change when ``indices`` open: they and their ancestors, deepest first."""
            seen: set[int] = set()
            out: list[int] = []
            for index in indices:
                while index not in seen:
                    seen.add(index)
                    out.append(index)
                    if index == top:
                        break
                    index = parent_of[index]
            out.sort(key=lambda i: -units[i].depth)
            return out

        unit = units[top]
        start, end = part if part is not None else (0, len(unit.subunits))
        # No more subunits are tried than boxes of the least size could stand on the page: a unit with
        # a hundred thousand subunits costs each of its pages the same, not all of them again.
        o = self.options
        least = self.typesetter.heights[TextStyle.NAME] + 2 * o.padding
        capacity = int((width / (o.min_box_width * 0.8)) * (height / least)) + 1
        if end - start > capacity:
            end = start + capacity
            part = (start, end)
        atts = unit.attached if start == 0 else ()
        # Subunits whose branches fit a page go whole, as many as fit, the rest on the next page (one
        # heading there, where a stub each would start a section each); failing that, all as stubs.
        # No more of them are opened than their areas could fill the room: the rest go to the next page
        # anyway, and a unit with many subunits costs each of its pages the same.
        full_height, first_end, first_part = height, end, part
        whole_end, area = start, 0.0
        while whole_end < end and area <= width * height:
            child = unit.subunits[whole_end]
            area += self.whole_area[child] or self._box_size(child, self.shows_children(child))[0] * least
            whole_end += 1
        subunits = unit.subunits[start:whole_end]
        wholes = [c for c in (*subunits, *atts) if self.shows_children(c) and self.whole_area[c]]
        for with_wholes in (True, False) if wholes else (False,):
            opened.clear()
            blocks.clear()
            parent_of.clear()
            children_of.clear()
            offset.clear()
            height = arranger.height = full_height
            end, part = first_end, first_part
            if with_wholes and whole_end < end:
                end, part = whole_end, (start, whole_end)
            open_unit(top, unit.subunits[start:end], atts)
            if with_wholes:
                for child in wholes:
                    open_whole(child)
            blocks[top] = compute(top)
            if not self._fits_in(blocks[top], width, height) and end - start > 1:
                # Too many subunits for one page: as many as fit, the rest continued on the next page
                # (said in a line under the section).
                height -= NOTE_HEIGHT
                arranger.height = height  # columns break for the room left above the note
                for child in wholes if with_wholes else ():
                    open_whole(child, again=True)
                low, high = 1, end - start
                while low < high:
                    middle = (low + high + 1) // 2
                    open_unit(top, unit.subunits[start : start + middle], atts)
                    if self._fits_in(compute(top), width, height):
                        low = middle
                    else:
                        high = middle - 1
                end = start + low
                open_unit(top, unit.subunits[start:end], atts)
                blocks[top] = compute(top)
                part = (start, end)
            # Whole subunits only where at least one of them is shown: a top with its attached units'
            # branches and one stub reads worse than a top with a stub for each subunit.
            shows_whole = end == first_end or any(c in opened for c in unit.subunits[start:end])
            if self._fits_in(blocks[top], width, height) and shows_whole:
                break
        if not force and not self._fits_in(blocks[top], width, height):
            return None
        level = [c for c in (*children_of[top][0], *children_of[top][1]) if self.shows_children(c)]
        while level:
            next_level: list[int] = []
            saved = {i: blocks[i] for i in chain(level)}
            for index in level:
                open_unit(index, units[index].subunits, units[index].attached)
            for index in chain(level):
                blocks[index] = compute(index)
            if self._fits_in(blocks[top], width, height):
                accepted = level
            else:
                for index in level:
                    opened.discard(index)
                blocks.update(saved)
                accepted = []
                for index in level:  # one at a time, as many as fit
                    saved = {i: blocks[i] for i in chain([index])}
                    open_unit(index, units[index].subunits, units[index].attached)
                    for changed in chain([index]):
                        blocks[changed] = compute(changed)
                    if self._fits_in(blocks[top], width, height):
                        accepted.append(index)
                    else:
                        opened.discard(index)
                        blocks.update(saved)
            for index in accepted:
                subs, atts2 = children_of[index]
                next_level += [c for c in (*subs, *atts2) if self.shows_children(c)]
            level = next_level
        # Stubs in depth-first order.
        stubs: list[int] = []
        ordered: list[int] = []
        stack = [top]
        while stack:
            index = stack.pop()
            if index in opened:
                ordered.append(index)
                subs, atts = children_of[index]
                stack.extend(reversed((*subs, *atts)))
            elif index != top and self.shows_children(index):
                stubs.append(index)
        return ordered, part, stubs, blocks[top], height

    # --- headings ---

    def _heading_lines(self, top: int, from_page: int | None, width: float) -> list[tuple[str, float]]:
        """The path from the top of the organization, in at most two lines: the middle left out
        ("A › … › Y › Z") when it is longer."""
        if from_page is None:
            return []
        key = (self.organization.units[top].parent, width)
        known = self._headings.get(key)
        if known is None:
            known = self._headings[key] = self.text.path_lines(top, width)
        return known

    def _heading_height(self, from_page: int | None) -> float:
        """The most a heading takes: "from page M" and two lines of path."""
        return 0.0 if from_page is None else 3 * HEADING_PT * 1.25 + 4.0

    def _heading_for(self, top: int, from_page: int | None, width: float) -> float:
        """What the heading of a section ``width`` wide takes."""
        if from_page is None:
            return 0.0
        return (1 + len(self._heading_lines(top, from_page, width))) * HEADING_PT * 1.25 + 4.0

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
                lines = self._heading_lines(section.top, section.from_page, section.width)
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
        arranger = self.arranger
        saved_size = arranger.width, arranger.height
        arranger.width, arranger.height = section.region
        try:
            self._place_section(section, left, top_y, boxes, edges, links)
        finally:
            arranger.width, arranger.height = saved_size

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
        arranger = self.arranger
        opened = set(section.opened)
        blocks: dict[int, Block] = {}
        stub_text: dict[int, tuple[tuple[TextLine, ...], float, float]] = {}

        def box_of(index: int) -> tuple[tuple[TextLine, ...], float, float]:
            if index == section.top and section.resumed:
                note = self.words["resumed"].format(page=section.from_page)
                lines, _, _ = self._stub_lines(index, note)
                return self._fit_lines(lines, self._box_size(index, True))
            if index != section.top and index not in opened and self.shows_children(index):
                target = self.section_of[index].page
                lines, _, _ = self._stub_lines(index, self.words["continued"].format(page=target))
                stub_text[index] = self._fit_lines(lines, self._box_size(index, True))
                return stub_text[index]
            return self.texts[index]

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
                below = offset[index] + self._below(texts[index][2], [c for c in children if c in attached])
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

    def _fit_lines(
        self, lines: tuple[TextLine, ...], size: tuple[float, float]
    ) -> tuple[tuple[TextLine, ...], float, float]:
        """Lines re-centred in a box of the planned size (the page number is known only now)."""
        width, height = size
        return tuple(line._replace(x=(width - line.width) / 2) for line in lines), width, height
