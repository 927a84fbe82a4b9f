"""Tidy tree layout of an organization chart, in points, pure Python (no Qt).

Subtrees are placed by their contours (piecewise-constant left/right extents along the depth axis),
the idea of Reingold-Tilford extended to boxes of any size in the non-layered way of van der Ploeg:
a subtree moves as close to its left neighbour as their contours allow at every depth, and a parent
is centred over its first and last subunit. Attached (staff) units hang beside the trunk below their
head, alternately left and right, joined by dashed connectors, before the subunits' row, the way
Visio draws assistants. Boxes are measured through ``TextMeasure`` so the renderer can give real font
metrics and tests can run without Qt.

(Over 500 lines: the typesetter that measures boxes and the contour layout are one pass over the
units; ``shown_units`` states which units a chart shows for the book too.)
"""

from __future__ import annotations

import enum
import itertools
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from orgexplorer.model.change import Mark
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization, Placement, Unit
from orgexplorer.model.progress import Progress

INF = math.inf
_CELL = 400.0  # points: the grid cell of the spatial index


class Content(enum.Enum):
    """What a box shows."""

    NAMES = "names"
    HEADS = "heads"
    FULL = "full"  # names, heads and responsibilities


class Direction(enum.Enum):
    DOWN = "down"
    RIGHT = "right"


class TextStyle(enum.IntEnum):
    """The three kinds of text in a box. (An IntEnum: it keys dictionaries on the hot paths of layout
    and painting, and hashes in C where a plain Enum hashes in Python.)"""

    NAME = 1
    HEAD = 2
    DETAIL = 3


class TextMeasure(Protocol):
    """Text metrics in points for a style at its size."""

    def width(self, text: str, style: TextStyle, size: float) -> float: ...

    def line_height(self, style: TextStyle, size: float) -> float: ...


class ApproximateMeasure:
    """Average-glyph metrics: good enough for tests and for sizing before Qt is loaded."""

    def width(self, text: str, style: TextStyle, size: float) -> float:
        return len(text) * size * (0.60 if style is TextStyle.NAME else 0.55)

    def line_height(self, style: TextStyle, size: float) -> float:
        return size * 1.25


@dataclass(frozen=True, slots=True)
class ChartOptions:
    """How to lay out a chart. Sizes are in points."""

    content: Content = Content.HEADS
    direction: Direction = Direction.DOWN
    stacked: bool = False  # a parent whose subunits are all leaves lists them in a column
    root: str | None = None  # the id of the unit whose subtree is shown; None: the whole organization
    language: str | None = None  # names in this language (tag) where the file gives several
    depth: int | None = None  # levels below the root shown; None: all
    name_size: float = 9.0
    head_size: float = 7.5
    detail_size: float = 6.5
    text_width: float = 132.0  # the widest a line of text may be
    min_box_width: float = 72.0
    padding: float = 5.0
    sibling_gap: float = 12.0
    level_gap: float = 24.0
    trunk_gap: float = 12.0  # between the trunk and an attached box
    stack_indent: float = 12.0
    stack_gap: float = 6.0

    def size(self, style: TextStyle) -> float:
        return {TextStyle.NAME: self.name_size, TextStyle.HEAD: self.head_size, TextStyle.DETAIL: self.detail_size}[
            style
        ]


class TextLine(NamedTuple):
    """One line of text in a box; ``x``, ``y`` are its top-left corner within the box.

    A named tuple: a large chart makes hundreds of thousands, and a tuple is made fastest.
    """

    text: str
    style: TextStyle
    x: float
    y: float
    width: float
    height: float


class Box(NamedTuple):
    """A unit's box at (x, y) (top-left, points). A named tuple, like TextLine and Edge: a large chart
    has a hundred thousand of each, and tuples are made several times faster than frozen dataclasses."""

    unit: int
    x: float
    y: float
    width: float
    height: float
    lines: tuple[TextLine, ...]
    attached: bool
    depth: int
    hidden_below: int = 0  # units below this one cut off by the depth limit

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


class Edge(NamedTuple):
    """A connector as a polyline; dashed for attached units."""

    points: tuple[tuple[float, float], ...]
    dashed: bool
    parent: int
    child: int


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """A laid-out chart: boxes and edges in points, the chart spanning (0, 0)-(width, height)."""

    boxes: tuple[Box, ...]
    edges: tuple[Edge, ...]
    width: float
    height: float
    options: ChartOptions
    title: str
    subtitle: str
    cut: tuple[int, ...] = ()  # units whose text is too long for a box and is cut short (…)
    # Per unit, what a comparison found (orgexplorer.model.compare): the renderer draws the marks.
    marks: Mapping[int, tuple[Mark, ...]] = field(default_factory=dict, repr=False, compare=False)
    _by_unit: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    _grid: dict[tuple[int, int], tuple[list[int], list[int]]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._by_unit:
            self._by_unit.update({box.unit: i for i, box in enumerate(self.boxes)})

    def _cells(self, left: float, top: float, right: float, bottom: float) -> list[tuple[int, int]]:
        return [
            (i, j)
            for i in range(int(left // _CELL), int(right // _CELL) + 1)
            for j in range(int(top // _CELL), int(bottom // _CELL) + 1)
        ]

    def _build_grid(self) -> None:
        for number, box in enumerate(self.boxes):
            for cell in self._cells(box.x, box.y, box.x + box.width, box.y + box.height):
                self._grid.setdefault(cell, ([], []))[0].append(number)
        for number, edge in enumerate(self.edges):
            xs = [x for x, _ in edge.points]
            ys = [y for _, y in edge.points]
            for cell in self._cells(min(xs), min(ys), max(xs), max(ys)):
                self._grid.setdefault(cell, ([], []))[1].append(number)

    def visible(self, left: float, top: float, width: float, height: float) -> tuple[list[Box], list[Edge]]:
        """The boxes and edges that may meet a rectangle, from a grid index (not a scan of all)."""
        if not self._grid:
            self._build_grid()
        boxes: set[int] = set()
        edges: set[int] = set()
        for cell in self._cells(left, top, left + width, top + height):
            found = self._grid.get(cell)
            if found is not None:
                boxes.update(found[0])
                edges.update(found[1])
        return [self.boxes[i] for i in sorted(boxes)], [self.edges[i] for i in sorted(edges)]

    def box_of(self, unit: int) -> Box | None:
        index = self._by_unit.get(unit)
        return None if index is None else self.boxes[index]

    def box_at(self, x: float, y: float) -> Box | None:
        """The box under a point (through the grid index: a click costs the same at any size)."""
        boxes, _ = self.visible(x, y, 0, 0)
        return next((box for box in boxes if box.contains(x, y)), None)

    @property
    def smallest_text(self) -> float:
        sizes = [self.options.name_size]
        if self.options.content is not Content.NAMES:
            sizes.append(self.options.head_size)
        if self.options.content is Content.FULL or any(box.hidden_below for box in self.boxes):
            sizes.append(self.options.detail_size)
        return min(sizes)


class LayoutError(ValueError):
    """The options do not fit the organization (an unknown root id, say)."""


# --- contours: a subtree's outline, relative to its unit's centre (breadth) and top (depth) ---

_EPS = 1e-6  # points: depths closer than this are the same depth (float noise from summed offsets)

Run = tuple[float, float, float, float]  # start depth, end depth, left, right


class _Contour:
    """The outline of a laid-out subtree: for each stretch of depth, its leftmost and rightmost breadth.

    The idea of Reingold and Tilford (a subtree is moved, never copied) for boxes of any size: runs are
    kept deepest first, so a parent's box goes on at the end (the top) in constant time, and an offset
    moves the whole outline at once. Merging two outlines touches the runs of the shallower one and those
    of the deeper one down to the same depth only, so a deep chain or a long column costs linear time.
    Stretches where nothing is are not stored.
    """

    __slots__ = ("bottom", "db", "dd", "left", "right", "runs")

    def __init__(self, runs: list[Run], left: float, right: float, bottom: float) -> None:
        self.runs = runs  # deepest first, not overlapping, in the outline's own frame
        self.db = 0.0  # the offset of that frame: breadth
        self.dd = 0.0  # and depth
        self.left, self.right, self.bottom = left, right, bottom  # the extent, in the own frame

    @classmethod
    def box(cls, breadth: float, depth: float) -> _Contour:
        return cls([(0.0, depth, -breadth / 2, breadth / 2)], -breadth / 2, breadth / 2, depth)

    def shift(self, db: float, dd: float) -> _Contour:
        self.db += db
        self.dd += dd
        return self

    def extent(self) -> tuple[float, float, float]:
        """Leftmost, rightmost, deepest."""
        return self.left + self.db, self.right + self.db, self.bottom + self.dd


def _merge(a: _Contour, b: _Contour) -> _Contour:
    """The outline of both (either may be changed; use only the result)."""
    if a.bottom + a.dd < b.bottom + b.dd:
        a, b = b, a  # a: the deeper
    ob, od = b.db - a.db, b.dd - a.dd
    shallow = [(s + od, e + od, left + ob, right + ob) for s, e, left, right in reversed(b.runs)]  # top first
    limit = b.bottom + od
    runs = a.runs
    top: list[Run] = []  # a's runs down to b's bottom, top first
    while runs and runs[-1][0] < limit:
        s, e, left, right = runs.pop()
        if e > limit + _EPS:
            runs.append((limit, e, left, right))
            e = limit
        top.append((s, e, left, right))
    runs.extend(reversed(_union(top, shallow)))
    a.left, a.right = min(a.left, b.left + ob), max(a.right, b.right + ob)
    return a


def _union(x: list[Run], y: list[Run]) -> list[Run]:
    """Two outlines' runs (each top first) as one: at each depth the outer edges of both."""
    if not x or not y:
        return x or y
    points = sorted({p for s, e, _, _ in x for p in (s, e)} | {p for s, e, _, _ in y for p in (s, e)})
    out: list[Run] = []
    i = j = 0
    for p, q in itertools.pairwise(points):
        while i < len(x) and x[i][1] <= p:
            i += 1
        while j < len(y) and y[j][1] <= p:
            j += 1
        left, right = INF, -INF
        if i < len(x) and x[i][0] <= p:
            left, right = x[i][2], x[i][3]
        if j < len(y) and y[j][0] <= p:
            left, right = min(left, y[j][2]), max(right, y[j][3])
        if left == INF:
            continue  # nothing at this depth
        if out and out[-1][1] == p and out[-1][2] == left and out[-1][3] == right:
            out[-1] = (out[-1][0], q, left, right)
        else:
            out.append((p, q, left, right))
    return out


def _separation(a: _Contour, b: _Contour) -> float:
    """The least shift of ``b`` to the right so that it clears ``a`` at every depth both reach, including
    where one ends at the depth where the other begins (else two boxes could touch edge to edge)."""
    need = -INF
    x, y = a.runs, b.runs
    i, j = len(x) - 1, len(y) - 1  # from the top down, as deep as the shallower goes
    while i >= 0 and j >= 0:
        s1, e1, _, right = x[i]
        s2, e2, left, _ = y[j]
        e1 += a.dd
        e2 += b.dd
        if min(e1, e2) - max(s1 + a.dd, s2 + b.dd) > -_EPS:  # touching counts: boxes never meet edge to edge
            need = max(need, right + a.db - left - b.db)
        if e1 < e2 - _EPS:
            i -= 1
        elif e2 < e1 - _EPS:
            j -= 1
        else:  # both end at one depth: each may touch what begins there on the other side
            if i > 0 and x[i - 1][0] + a.dd <= e2 + _EPS:
                need = max(need, x[i - 1][3] + a.db - left - b.db)
            if j > 0 and y[j - 1][0] + b.dd <= e1 + _EPS:
                need = max(need, right + a.db - y[j - 1][2] - b.db)
            i -= 1
            j -= 1
    return need


# --- boxes ---


MAX_WORD_LINES = 4  # a word wider than a line is broken over at most this many lines, then cut short
MAX_BLOCK_LINES = 24  # lines of one text (a name, a head, a responsibility) in a box, then cut short
ELLIPSIS = "…"


def _joins(word: str, index: int) -> bool:
    """Whether ``word[index]`` may not begin a line: a combining mark, a variation selector, a skin
    tone, or what follows a zero-width joiner (a word is broken between letters, never inside one)."""
    character = word[index]
    return (
        bool(unicodedata.combining(character))
        or "\ufe00" <= character <= "\ufe0f"
        or "\U0001f3fb" <= character <= "\U0001f3ff"
        or character == "\u200d"
        or (index > 0 and word[index - 1] == "\u200d")
    )


class _Typesetter:
    """Wraps and measures the text of boxes for one layout; each word is measured once.

    Attributes:
        cut: the units whose text was cut short (…) because it is too long for a box, in layout order.
    """

    def __init__(self, options: ChartOptions, measure: TextMeasure) -> None:
        self.options = options
        self.measure = measure
        self.sizes = {style: options.size(style) for style in TextStyle}
        self.heights = {style: measure.line_height(style, self.sizes[style]) for style in TextStyle}
        self.known: dict[TextStyle, dict[str, float]] = {style: {} for style in TextStyle}  # word widths
        self.cut: list[int] = []

    def _advance(self, character: str, style: TextStyle) -> float:
        known = self.known[style]
        width = known.get(character)
        if width is None:
            width = known[character] = self.measure.width(character, style, self.sizes[style])
        return width

    def _fill(self, word: str, start: int, style: TextStyle, room: float) -> tuple[int, float]:
        """The end of the longest piece of ``word`` from ``start`` that fits ``room`` (at least one
        letter with its marks), and its width.

        The piece is chosen on the letters' advances summed (each letter measured once per layout,
        so breaking a word of n letters costs O(n)), then measured whole, and shortened while shaping
        makes it wider than its letters.
        """
        end, total = start, 0.0
        while end < len(word):
            step = end + 1
            while step < len(word) and _joins(word, step):
                step += 1
            advance = sum(self._advance(c, style) for c in word[end:step])
            if end > start and total + advance > room:
                break
            end, total = step, total + advance
        measure, size = self.measure, self.sizes[style]
        width = measure.width(word[start:end], style, size)
        while width > room and end - start > 1:
            end -= 1
            while end - start > 1 and _joins(word, end):
                end -= 1
            width = measure.width(word[start:end], style, size)
        return end, width

    def _break(self, word: str, style: TextStyle) -> tuple[list[tuple[str, float]], bool]:
        """A word wider than a line in pieces of a line each; after ``MAX_WORD_LINES`` it is cut short,
        the last piece ending in an ellipsis. Returns the pieces and whether the word was cut."""
        room = self.options.text_width
        pieces: list[tuple[str, float]] = []
        start = 0
        while start < len(word):
            if len(pieces) == MAX_WORD_LINES - 1:
                end, width = self._fill(word, start, style, room)
                if end < len(word):  # more than fits: the last line says so
                    end, width = self._fill(word, start, style, room - self._advance(ELLIPSIS, style))
                    piece = word[start:end] + ELLIPSIS
                    pieces.append((piece, self.measure.width(piece, style, self.sizes[style])))
                    return pieces, True
                pieces.append((word[start:end], width))
                break
            end, width = self._fill(word, start, style, room)
            pieces.append((word[start:end], width))
            start = end
        return pieces, False

    def _ellipsized(self, line: str, style: TextStyle) -> tuple[str, float]:
        """``line`` ending in an ellipsis, shortened to fit a line."""
        room = self.options.text_width - self._advance(ELLIPSIS, style)
        end, _ = self._fill(line, 0, style, room)
        text = line[:end].rstrip() + ELLIPSIS
        return text, self.measure.width(text, style, self.sizes[style])

    def wrap(self, text: str, style: TextStyle) -> list[tuple[str, float]]:
        """The lines of ``text`` and their widths (``wrap_and_cut`` without saying what was cut)."""
        return self.wrap_and_cut(text, style)[0]

    def wrap_and_cut(self, text: str, style: TextStyle) -> tuple[list[tuple[str, float]], bool]:
        """Greedy word wrap; a word wider than a line is broken between letters. Returns the lines and
        whether the text had to be cut short (a word or the whole text too long for a box).

        Line widths are sums of word widths: the renderer's fonts have kerning and ligatures off, so
        a line is exactly as wide as its words and spaces.
        """
        words = text.split()
        if not words:
            return [], False
        measure, size, width, known = self.measure, self.sizes[style], self.options.text_width, self.known[style]
        widths = [known.get(word) for word in words]  # one pass for the usual case: all seen before
        if None in widths:
            for number, word in enumerate(words):
                if widths[number] is None:
                    widths[number] = known[word] = measure.width(word, style, size)
        space = known.get(" ")
        if space is None:
            space = known[" "] = measure.width(" ", style, size)
        whole = sum(widths) + space * (len(words) - 1)  # type: ignore[arg-type]
        if whole <= width:
            return [(" ".join(words), whole)], False
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        current_width = 0.0
        cut = overflow = False
        for word, word_width in zip(words, widths, strict=True):
            assert word_width is not None
            if current and current_width + space + word_width <= width:
                current.append(word)
                current_width += space + word_width
                continue
            if current:
                lines.append((" ".join(current), current_width))
            if word_width > width and len(word) > 1:
                pieces, broken = self._break(word, style)
                cut = cut or broken
                lines += pieces[:-1]
                word, word_width = pieces[-1]
            current, current_width = [word], word_width
            if len(lines) >= MAX_BLOCK_LINES:  # and more to come: the text is longer than a box shows
                overflow = True
                break
        else:
            lines.append((" ".join(current), current_width))
        if overflow:
            lines = [*lines[: MAX_BLOCK_LINES - 1], self._ellipsized(lines[MAX_BLOCK_LINES - 1][0], style)]
            cut = True
        return lines, cut

    def box_text(self, unit: Unit, hidden: int) -> tuple[tuple[TextLine, ...], float, float]:
        """The box's lines, width and height."""
        options = self.options
        blocks: list[tuple[TextStyle, str, bool]] = [(TextStyle.NAME, unit.name_in(options.language), True)]
        if options.content is not Content.NAMES and unit.head:
            blocks.append((TextStyle.HEAD, unit.head.label(), True))
        if options.content is Content.FULL:
            blocks += [(TextStyle.DETAIL, f"• {item}", False) for item in unit.responsibilities]
        if hidden:
            blocks.append((TextStyle.DETAIL, f"+ {hidden:,} unit{'s' if hidden != 1 else ''} below", True))
        wrapped: list[tuple[TextStyle, str, float, bool, bool]] = []  # style, text, width, centred, first
        cut = False
        for style, text, centred in blocks:
            lines_of_text, cut_short = self.wrap_and_cut(text, style)
            cut = cut or cut_short
            for number, (line, width) in enumerate(lines_of_text):
                wrapped.append((style, line, width, centred, number == 0))
        if cut:
            self.cut.append(unit.index)
        inner = max(width for _, _, width, _, _ in wrapped)
        box_width = max(options.min_box_width, inner + 2 * options.padding)
        lines = []
        y = padding = options.padding
        heights = self.heights
        previous: TextStyle | None = None
        for style, text, width, centred, first in wrapped:
            if previous is not None and first and (style is not previous or style is TextStyle.DETAIL):
                y += 2.0  # a little air between the name, the head and each responsibility
            height = heights[style]
            lines.append(TextLine(text, style, (box_width - width) / 2 if centred else padding, y, width, height))
            y += height
            previous = style
        return tuple(lines), box_width, y + padding


#: The typesetter for other layouts of the same boxes (the chart book's pages).
Typesetter = _Typesetter


# --- the layout ---


def layout_chart(
    organization: Organization,
    options: ChartOptions = ChartOptions(),
    measure: TextMeasure | None = None,
    progress: Progress | None = None,
) -> ChartLayout:
    """Lay out the organization (or the subtree ``options.root``) as a chart.

    ``progress`` is called now and then with the fraction done; raising from it (``Cancelled``) stops.
    """
    with paused_gc():
        return _layout(organization, options, measure, progress)


_REPORT_EVERY = 4096  # units between progress reports


@dataclass(frozen=True, slots=True)
class Shown:
    """What a chart of ``options.root`` and ``options.depth`` shows: its roots, the units drawn in
    pre-order, how many units each unit at the depth limit hides below it, the depth limit (None:
    every level), the depth of the roots, and the subtitle naming the subtree ("" for the whole)."""

    roots: tuple[int, ...]
    order: list[int]
    hidden: dict[int, int]
    limit: int | None
    base_depth: int
    subtitle: str


def shown_units(organization: Organization, options: ChartOptions) -> Shown:
    """The units a chart shows (every chart: the one-page chart, the poster and the book)."""
    units = organization.units
    if options.root is not None:
        root_unit = organization.get(options.root)
        if root_unit is None:
            raise LayoutError(f"no unit with id '{options.root}'")
        roots: tuple[int, ...] = (root_unit.index,)
        subtitle = root_unit.name_in(options.language)
    else:
        roots, subtitle = tuple(organization.roots), ""
    base_depth = units[roots[0]].depth if roots else 0
    limit = None if options.depth is None else base_depth + options.depth
    order: list[int] = []
    stack = list(reversed(roots))
    while stack:
        index = stack.pop()
        order.append(index)
        if limit is None or units[index].depth < limit:
            stack.extend(reversed(units[index].children))
    hidden: dict[int, int] = {}
    if limit is not None:
        counts = [0] * len(units)
        for unit in reversed(units):  # post-order sums over the pre-order tuple
            if unit.parent is not None:
                counts[unit.parent] += counts[unit.index] + 1
        hidden = {i: counts[i] for i in order if units[i].depth == limit and counts[i]}
    return Shown(roots, order, hidden, limit, base_depth, subtitle)


def _layout(
    organization: Organization, options: ChartOptions, measure: TextMeasure | None, progress: Progress | None
) -> ChartLayout:
    measure = measure or ApproximateMeasure()
    units = organization.units
    shown_part = shown_units(organization, options)
    roots, order, hidden, limit = shown_part.roots, shown_part.order, shown_part.hidden, shown_part.limit
    base_depth, subtitle = shown_part.base_depth, shown_part.subtitle
    shown = set(order)

    horizontal = options.direction is Direction.DOWN
    typesetter = _Typesetter(options, measure)
    # Per unit, by index: lists rather than dicts (a large chart's walks stay in the processor's cache).
    count = len(units)
    sizes: list[tuple[float, float]] = [(0.0, 0.0)] * count  # breadth, depth
    texts: list[tuple[TextLine, ...]] = [()] * count
    box_sizes: list[tuple[float, float]] = [(0.0, 0.0)] * count
    for number, index in enumerate(order):
        if progress is not None and number % _REPORT_EVERY == 0:
            progress(0.7 * number / len(order))  # measuring text is most of the work
        lines, width, height = typesetter.box_text(units[index], hidden.get(index, 0))
        texts[index] = lines
        box_sizes[index] = (width, height)
        sizes[index] = (width, height) if horizontal else (height, width)

    def visible_children(unit: Unit, kind: Placement) -> list[int]:
        source = unit.subunits if kind is Placement.SUBUNIT else unit.attached
        return [i for i in source if i in shown]

    contours: dict[int, _Contour] = {}
    offsets: list[tuple[float, float]] = [(0.0, 0.0)] * count
    stacked_parents: set[int] = set()
    children_top: dict[int, float] = {}
    gap = options.level_gap
    for number, index in enumerate(reversed(order)):  # children before parents
        if progress is not None and number % _REPORT_EVERY == 0:
            progress(0.7 + 0.3 * number / len(order))
        unit = units[index]
        breadth, depth = sizes[index]
        # The box, then the rows of attached units, then the subunits: each part below the one before.
        parts = [_Contour.box(breadth, depth)]
        cursor = depth + gap * 0.6
        attached = visible_children(unit, Placement.ATTACHED)
        for row in range(0, len(attached), 2):
            row_depth = 0.0
            row_contour: _Contour | None = None
            for side, child in enumerate(attached[row : row + 2]):
                left, right, extent = contours[child].extent()
                db = -options.trunk_gap - right if side == 0 else options.trunk_gap - left
                offsets[child] = (db, cursor)
                shifted = contours[child].shift(db, cursor)
                row_contour = shifted if row_contour is None else _merge(row_contour, shifted)
                row_depth = max(row_depth, extent)
            assert row_contour is not None
            parts.append(row_contour)
            cursor += row_depth + gap * 0.5
        subunits = visible_children(unit, Placement.SUBUNIT)
        if subunits:
            cursor = max(cursor, depth + gap) if not attached else cursor + gap * 0.3
            children_top[index] = cursor
            leaves = all(not units[c].children or units[c].depth == limit for c in subunits)
            if options.stacked and len(subunits) > 1 and leaves:
                stacked_parents.add(index)
                widest = max(sizes[c][0] for c in subunits)
                column_left = -widest / 2 + options.stack_indent / 2
                # The column's outline made in one pass: leaves have no outline but their box.
                column: list[Run] = []
                d = cursor
                for child in subunits:
                    child_breadth, child_depth = sizes[child]
                    offsets[child] = (column_left + child_breadth / 2, d)
                    column.append((d, d + child_depth, column_left, column_left + child_breadth))
                    d += child_depth + options.stack_gap
                column.reverse()
                parts.append(_Contour(column, column_left, column_left + widest, column[0][1]))
            else:
                group = contours[subunits[0]]
                positions = [0.0]
                for child in subunits[1:]:
                    position = _separation(group, contours[child]) + options.sibling_gap
                    positions.append(position)
                    group = _merge(group, contours[child].shift(position, 0.0))
                centre = (positions[0] + positions[-1]) / 2
                for child, position in zip(subunits, positions, strict=True):
                    offsets[child] = (position - centre, cursor)
                parts.append(group.shift(-centre, cursor))
        # Merged from the bottom up, each part into the deeper outline below it: a part above costs
        # only its own runs, so a long column of attached units costs linear time.
        contour = parts.pop()
        while parts:
            contour = _merge(parts.pop(), contour)
        for child in (*attached, *subunits):
            del contours[child]  # now part of this unit's contour; less memory for a large chart to walk
        contours[index] = contour

    # Top-level units side by side, then absolute positions from the offsets.
    absolute: list[tuple[float, float] | None] = [None] * count
    forest: _Contour | None = None
    position = 0.0
    for root in roots:
        if forest is None:
            forest = contours[root]
        else:
            position = _separation(forest, contours[root]) + options.sibling_gap * 2
            forest = _merge(forest, contours[root].shift(position, 0.0))
        absolute[root] = (position, 0.0)
    left, right, total_depth = forest.extent() if forest is not None else (0.0, 0.0, 0.0)
    for index in order:
        if absolute[index] is None:
            parent = units[index].parent
            assert parent is not None
            pb, pd = absolute[parent]  # type: ignore[misc]  # a parent comes before its children
            db, dd = offsets[index]
            absolute[index] = (pb + db, pd + dd)
    placed: list[tuple[float, float]] = absolute  # type: ignore[assignment]  # every unit shown has its place

    def point(b: float, d: float) -> tuple[float, float]:
        return (b - left, d) if horizontal else (d, b - left)

    boxes = []
    for index in order:
        b, d = placed[index]
        breadth, depth = sizes[index]
        x, y = point(b - breadth / 2, d)
        width, height = box_sizes[index]
        boxes.append(
            Box(
                index,
                x,
                y,
                width,
                height,
                texts[index],
                units[index].placement is Placement.ATTACHED and index not in roots,
                units[index].depth - base_depth,
                hidden.get(index, 0),
            )
        )

    edges: list[Edge] = []
    for index in order:
        unit = units[index]
        pb, pd = placed[index]
        bottom = pd + sizes[index][1]
        attached = visible_children(unit, Placement.ATTACHED)
        subunits = visible_children(unit, Placement.SUBUNIT)
        trunk_end = bottom
        for child in attached:
            cb, cd = placed[child]
            child_breadth, child_depth = sizes[child]
            middle = cd + child_depth / 2
            near = cb + child_breadth / 2 if cb < pb else cb - child_breadth / 2
            edges.append(Edge((point(pb, middle), point(near, middle)), True, index, child))
            trunk_end = max(trunk_end, middle)
        if subunits:
            top = pd + children_top[index]
            bus = top - gap / 2
            if index in stacked_parents:
                rail = pb + offsets[subunits[0]][0] - sizes[subunits[0]][0] / 2 - options.stack_indent / 2
                edges.append(Edge((point(pb, bottom), point(pb, bus), point(rail, bus)), False, index, -1))
                for child in subunits:
                    cb, cd = placed[child]
                    middle = cd + sizes[child][1] / 2
                    left_side = cb - sizes[child][0] / 2
                    edges.append(
                        Edge((point(rail, bus), point(rail, middle), point(left_side, middle)), False, index, child)
                    )
            else:
                # The trunk to the bus, then one polyline per subunit (bus part, then the drop), so that a
                # unit's chain to the root can be drawn on its own.
                edges.append(Edge((point(pb, bottom), point(pb, bus)), False, index, -1))
                for child in subunits:
                    centre, child_top = placed[child]
                    route = (point(pb, bus), point(centre, bus), point(centre, child_top))
                    edges.append(Edge(route if centre != pb else route[1:], False, index, child))
        elif attached:
            edges.append(Edge((point(pb, bottom), point(pb, trunk_end)), True, index, -1))

    width, height = (right - left, total_depth) if horizontal else (total_depth, right - left)
    return ChartLayout(
        tuple(boxes), tuple(edges), width, height, options, organization.title, subtitle, tuple(typesetter.cut)
    )
