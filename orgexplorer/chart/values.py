"""The chart's values, pure Python (no Qt): what a layout is asked for (``ChartOptions``, the text's
``TextMeasure``) and what it makes (a ``ChartLayout`` of ``Box``es, ``Edge``s and ``TextLine``s, with a
grid index for what a rectangle or a point meets). Every output and the window read these.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from orgexplorer.model.change import Mark

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
