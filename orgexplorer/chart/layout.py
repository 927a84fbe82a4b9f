"""Tidy tree layout of an organization chart, in points, pure Python (no Qt).

Subtrees are placed by their contours (piecewise-constant left/right extents along the depth axis),
the idea of Reingold-Tilford extended to boxes of any size in the non-layered way of van der Ploeg:
a subtree moves as close to its left neighbour as their contours allow at every depth, and a parent
is centred over its first and last subunit. Attached (staff) units hang beside the trunk below their
head, alternately left and right, joined by dashed connectors, before the subunits' row, the way
Visio draws assistants. Boxes are measured through ``TextMeasure`` so the renderer can give real font
metrics and tests can run without Qt.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

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


# --- contours: [(depth_end, left, right), ...] from depth 0, relative to a unit's centre and top ---

Contour = list[tuple[float, float, float]]


def _combine(a: Contour, b: Contour) -> Contour:
    out: Contour = []
    i = j = 0
    while i < len(a) or j < len(b):
        ea, la, ra = a[i] if i < len(a) else (INF, INF, -INF)
        eb, lb, rb = b[j] if j < len(b) else (INF, INF, -INF)
        end = min(ea, eb)
        left, right = min(la, lb), max(ra, rb)
        if out and out[-1][1] == left and out[-1][2] == right:
            out[-1] = (end, left, right)
        else:
            out.append((end, left, right))
        if ea == end:
            i += 1
        if eb == end:
            j += 1
    return out


def _shift(contour: Contour, db: float, dd: float) -> Contour:
    out: Contour = [(dd, INF, -INF)] if dd > 0 else []
    out += [(end + dd, left + db, right + db) for end, left, right in contour]
    return out


def _separation(a: Contour, b: Contour) -> float:
    """The least shift of ``b`` to the right so that it clears ``a`` at every depth."""
    need = -INF
    i = j = 0
    start = 0.0
    while i < len(a) and j < len(b):
        ea, _, ra = a[i]
        eb, lb, _ = b[j]
        end = min(ea, eb)
        if end > start and ra > -INF and lb < INF:
            need = max(need, ra - lb)
        start = end
        if ea == end:
            i += 1
        if eb == end:
            j += 1
    return need


def _extent(contour: Contour) -> tuple[float, float, float]:
    lefts = [left for _, left, _ in contour if left < INF]
    rights = [right for _, _, right in contour if right > -INF]
    return min(lefts), max(rights), contour[-1][0]


# --- boxes ---


class _Typesetter:
    """Wraps and measures the text of boxes for one layout; each word is measured once."""

    def __init__(self, options: ChartOptions, measure: TextMeasure) -> None:
        self.options = options
        self.measure = measure
        self.sizes = {style: options.size(style) for style in TextStyle}
        self.heights = {style: measure.line_height(style, self.sizes[style]) for style in TextStyle}
        self.known: dict[TextStyle, dict[str, float]] = {style: {} for style in TextStyle}  # word widths

    def wrap(self, text: str, style: TextStyle) -> list[tuple[str, float]]:
        """Greedy word wrap; a word wider than a line is broken between characters.

        Line widths are sums of word widths: the renderer's fonts have kerning and ligatures off, so
        a line is exactly as wide as its words and spaces.
        """
        words = text.split()
        if not words:
            return []
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
            return [(" ".join(words), whole)]
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        current_width = 0.0
        for word, word_width in zip(words, widths, strict=True):
            assert word_width is not None
            if current and current_width + space + word_width <= width:
                current.append(word)
                current_width += space + word_width
                continue
            if current:
                lines.append((" ".join(current), current_width))
            while word_width > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and measure.width(word[:cut], style, size) > width:
                    cut -= 1
                lines.append((word[:cut], measure.width(word[:cut], style, size)))
                word = word[cut:]
                word_width = measure.width(word, style, size)
            current, current_width = [word], word_width
        if current:
            lines.append((" ".join(current), current_width))
        return lines

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
        for style, text, centred in blocks:
            for number, (line, width) in enumerate(self.wrap(text, style)):
                wrapped.append((style, line, width, centred, number == 0))
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


def _layout(
    organization: Organization, options: ChartOptions, measure: TextMeasure | None, progress: Progress | None
) -> ChartLayout:
    measure = measure or ApproximateMeasure()
    if options.root is not None:
        root_unit = organization.get(options.root)
        if root_unit is None:
            raise LayoutError(f"no unit with id '{options.root}'")
        roots: Sequence[int] = (root_unit.index,)
        subtitle = root_unit.name_in(options.language)
    else:
        roots = organization.roots
        subtitle = ""
    units = organization.units
    base_depth = units[roots[0]].depth if roots else 0
    limit = None if options.depth is None else base_depth + options.depth

    # Which units are drawn, in pre-order, and how many each hides below the depth limit.
    order: list[int] = []
    stack = list(reversed(roots))
    while stack:
        index = stack.pop()
        order.append(index)
        if limit is None or units[index].depth < limit:
            stack.extend(reversed(units[index].children))
    shown = set(order)
    hidden: dict[int, int] = {}
    if limit is not None:
        counts = [0] * len(units)
        for unit in reversed(units):  # post-order sums over the pre-order tuple
            if unit.parent is not None:
                counts[unit.parent] += counts[unit.index] + 1
        hidden = {i: counts[i] for i in order if units[i].depth == limit and counts[i]}

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

    contours: dict[int, Contour] = {}
    offsets: list[tuple[float, float]] = [(0.0, 0.0)] * count
    stacked_parents: set[int] = set()
    children_top: dict[int, float] = {}
    gap = options.level_gap
    for number, index in enumerate(reversed(order)):  # children before parents
        if progress is not None and number % _REPORT_EVERY == 0:
            progress(0.7 + 0.3 * number / len(order))
        unit = units[index]
        breadth, depth = sizes[index]
        contour: Contour = [(depth, -breadth / 2, breadth / 2)]
        cursor = depth + gap * 0.6
        attached = visible_children(unit, Placement.ATTACHED)
        for row in range(0, len(attached), 2):
            row_depth = 0.0
            for side, child in enumerate(attached[row : row + 2]):
                left, right, extent = _extent(contours[child])
                db = -options.trunk_gap - right if side == 0 else options.trunk_gap - left
                offsets[child] = (db, cursor)
                contour = _combine(contour, _shift(contours[child], db, cursor))
                row_depth = max(row_depth, extent)
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
                d = cursor
                for child in subunits:
                    child_breadth, child_depth = sizes[child]
                    offsets[child] = (column_left + child_breadth / 2, d)
                    contour = _combine(contour, _shift(contours[child], column_left + child_breadth / 2, d))
                    d += child_depth + options.stack_gap
            else:
                group = contours[subunits[0]]
                positions = [0.0]
                for child in subunits[1:]:
                    position = _separation(group, contours[child]) + options.sibling_gap
                    positions.append(position)
                    group = _combine(group, _shift(contours[child], position, 0.0))
                centre = (positions[0] + positions[-1]) / 2
                for child, position in zip(subunits, positions, strict=True):
                    offsets[child] = (position - centre, cursor)
                contour = _combine(contour, _shift(group, -centre, cursor))
        for child in (*attached, *subunits):
            del contours[child]  # now part of this unit's contour; less memory for a large chart to walk
        contours[index] = contour

    # Top-level units side by side, then absolute positions from the offsets.
    absolute: list[tuple[float, float] | None] = [None] * count
    forest: Contour = []
    position = 0.0
    for number, root in enumerate(roots):
        if number:
            position = _separation(forest, contours[root]) + options.sibling_gap * 2
        forest = _combine(forest, _shift(contours[root], position, 0.0))
        absolute[root] = (position, 0.0)
    left, right, total_depth = _extent(forest) if forest else (0.0, 0.0, 0.0)
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
    return ChartLayout(tuple(boxes), tuple(edges), width, height, options, organization.title, subtitle)
