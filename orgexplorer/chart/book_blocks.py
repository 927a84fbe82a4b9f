"""The geometry of a chart book's pages, pure Python: a unit's block (its box and what is shown below
it, placed in a row, in columns beside rails (leaves, or branches where that takes less room than a
row) or in rows wrapped beside a rail), the connectors of a block, and the skyline on which a page's
sections are placed."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from orgexplorer.chart.values import ChartOptions, Edge, TextLine

BUSED_ATTACHED = 4  # more attached units than this go several to a side, under a dashed bus


# --- blocks: a unit and what is shown below it, relative to the unit's box (centre x, top y) ---


class Block(NamedTuple):
    left: float
    right: float
    height: float
    kind: int  # _BOX, _ROW, _COLUMNS, _WRAP
    placed: tuple[tuple[int, float, float, float], ...]  # (child, dx of its centre, dy of its top, rail/bus)
    attached: tuple[tuple[int, float, float], ...]  # (child, dx of centre, dy of top)
    bus: float  # y of the bus (ROW, COLUMNS); for WRAP the block's left edge (rail beside it), each
    # row's bus y in ``placed``; for COLUMNS each column's rail x in ``placed``


_BOX, _ROW, _COLUMNS, _WRAP = range(4)
Placed = tuple[tuple[int, float, float, float], ...]


class Arranger:
    """Places a unit's shown children under it, choosing among a row, columns of leaves and rows
    wrapped under a rail; the same for planning and for building pages."""

    def __init__(self, options: ChartOptions, width: float, height: float) -> None:
        self.o = options
        self.width = width
        self.height = height

    @contextmanager
    def room(self, width: float, height: float) -> Iterator[None]:
        """Arrange for a room of ``width`` × ``height`` (columns break and rows wrap for it) while
        inside; the arranger's own room again after."""
        saved = self.width, self.height
        self.width, self.height = width, height
        try:
            yield
        finally:
            self.width, self.height = saved

    def leaf(self, box_width: float, box_height: float) -> Block:
        return Block(-box_width / 2, box_width / 2, box_height, _BOX, (), (), 0.0)

    def arrange(
        self,
        box_width: float,
        box_height: float,
        subunits: Sequence[tuple[int, Block]],
        attached: Sequence[tuple[int, Block]],
        room: float | None = None,
    ) -> Block:
        """The block of a unit's box and its shown children; ``room``: the height from the top of the
        box to the foot of the page (the region's height when not known), where columns break."""
        o = self.o
        gap = o.level_gap
        left, right = -box_width / 2, box_width / 2
        y = box_height
        bottom = box_height
        att: list[tuple[int, float, float]] = []
        if attached:
            # One each side of the trunk per row; more when there are many (reached by a dashed bus), as
            # many as the page's width takes.
            bused = len(attached) > BUSED_ATTACHED
            widest = max(block.right - block.left for _, block in attached) + o.sibling_gap
            fit = max(1, int((self.width / 2 - o.trunk_gap + o.sibling_gap) // widest))
            per_side = min(math.ceil(len(attached) / 4), fit) if bused else 1
            y += gap if bused else gap * 0.6
            for row in range(0, len(attached), 2 * per_side):
                row_height = 0.0
                for side, group in enumerate(
                    (attached[row : row + per_side], attached[row + per_side : row + 2 * per_side])
                ):
                    x = -o.trunk_gap if side == 0 else o.trunk_gap
                    for child, block in group:
                        dx = x - block.right if side == 0 else x - block.left
                        att.append((child, dx, y))
                        left, right = min(left, dx + block.left), max(right, dx + block.right)
                        row_height = max(row_height, block.height)
                        x = dx + block.left - o.sibling_gap if side == 0 else dx + block.right + o.sibling_gap
                bottom = max(bottom, y + row_height)
                y += row_height + (gap if bused else gap * 0.5)
        if not subunits:
            if not attached:
                return self.leaf(box_width, box_height)
            return Block(left, right, bottom, _ROW, (), tuple(att), 0.0)
        top = box_height + gap if not attached else y + gap * 0.3
        height = self.height if room is None else room
        if len(subunits) > 1 and all(block.kind == _BOX for _, block in subunits):
            placed, l2, r2, b2 = self._columns(subunits, top, height)
            kind = _COLUMNS
        else:
            placed, l2, r2, b2 = self._row(subunits, top)
            kind = _ROW
            if r2 - l2 > self.width and len(subunits) > 1:
                placed, l2, r2, b2 = self._wrap(subunits, top)
                kind = _WRAP
            if len(subunits) > 1:
                # Branches one under another beside a rail, in columns, where that takes less room.
                stacked = self._columns(subunits, top, height)
                _, l3, r3, b3 = stacked
                if (r3 - l3 <= self.width and b3 <= height + 0.01
                        and (r3 - l3) * b3 < (r2 - l2) * b2):  # fmt: skip
                    placed, l2, r2, b2 = stacked
                    kind = _COLUMNS
            if kind == _WRAP:
                return Block(min(left, l2), max(right, r2), max(bottom, b2), kind, placed, tuple(att), l2)
        return Block(min(left, l2), max(right, r2), max(bottom, b2), kind, placed, tuple(att), top - gap / 2)

    def _row(self, subunits: Sequence[tuple[int, Block]], top: float) -> tuple[Placed, float, float, float]:
        gap = self.o.sibling_gap
        centres = []
        cursor = 0.0
        for _, block in subunits:
            centres.append(cursor - block.left)
            cursor += block.right - block.left + gap
        shift = (centres[0] + centres[-1]) / 2
        placed = tuple((child, c - shift, top, 0.0) for (child, _), c in zip(subunits, centres, strict=True))
        height = max(block.height for _, block in subunits)
        return placed, -shift, cursor - gap - shift, top + height

    def _columns(
        self, subunits: Sequence[tuple[int, Block]], top: float, height: float
    ) -> tuple[Placed, float, float, float]:
        """Leaves in as few columns as keep them within ``height`` below the unit's top, each with a rail."""
        o = self.o
        room = max(height - top, 1.0)
        # As few columns as keep each within the room (filled in order, so that more leaves never
        # need fewer columns), then the same number of columns balanced, where that fits as well.
        columns: list[Sequence[tuple[int, Block]]] = [[]]
        depth = 0.0
        for child, block in subunits:
            if columns[-1] and depth + block.height > room:
                columns.append([])
                depth = 0.0
            columns[-1].append((child, block))  # type: ignore[attr-defined]
            depth += block.height + o.stack_gap
        per = math.ceil(len(subunits) / len(columns))
        balanced = [subunits[i : i + per] for i in range(0, len(subunits), per)]
        if len(balanced) == len(columns) and all(
            sum(b.height + o.stack_gap for _, b in column) - o.stack_gap <= room for column in balanced
        ):
            columns = balanced
        widths = [o.stack_indent + max(b.right - b.left for _, b in column) for column in columns]
        span = sum(widths) + o.sibling_gap * (len(columns) - 1)
        x = -span / 2
        placed = []
        bottom = top
        for column, width in zip(columns, widths, strict=True):
            rail = x + o.stack_indent / 2
            d = top
            for child, block in column:
                placed.append((child, x + o.stack_indent - block.left, d, rail))
                d += block.height + o.stack_gap
            bottom = max(bottom, d - o.stack_gap)
            x += width + o.sibling_gap
        return tuple(placed), -span / 2, span / 2, bottom

    def _wrap(self, subunits: Sequence[tuple[int, Block]], top: float) -> tuple[Placed, float, float, float]:
        """Rows no wider than the page, left-aligned beside a rail the trunk runs down."""
        o = self.o
        indent = o.stack_indent
        limit = self.width - indent
        rows: list[list[tuple[int, Block]]] = [[]]
        cursor = 0.0
        for child, block in subunits:
            width = block.right - block.left
            if rows[-1] and cursor + width > limit:
                rows.append([])
                cursor = 0.0
            rows[-1].append((child, block))
            cursor += width + o.sibling_gap
        placed: list[tuple[int, float, float, float]] = []
        y = top
        widest = 0.0
        first_centres: list[float] = []
        for number, row in enumerate(rows):
            x = indent
            for child, block in row:
                centre = x - block.left
                placed.append((child, centre, y, y - o.level_gap / 2))
                if number == 0:
                    first_centres.append(centre)
                x += block.right - block.left + o.sibling_gap
            widest = max(widest, x - o.sibling_gap)
            y += max(block.height for _, block in row) + o.level_gap
        shift = (first_centres[0] + first_centres[-1]) / 2  # the unit centred over the first row
        out = tuple((child, dx - shift, dy, bus) for child, dx, dy, bus in placed)
        return out, -shift, widest - shift, y - o.level_gap  # the rail runs down at the left, ``-shift``


class Skyline:
    """Bottom-left placement of rectangles on a page, in order."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.segments: list[list[float]] = [[0.0, width, 0.0]]  # x0, x1, y

    def find(self, width: float, height: float) -> tuple[float, float] | None:
        best: tuple[float, float] | None = None
        for start in self.segments:
            x = start[0]
            if x + width > self.width + 0.01:
                break
            y = max(s[2] for s in self.segments if s[1] > x + 0.01 and s[0] < x + width - 0.01)
            if y + height <= self.height + 0.01 and (best is None or (y, x) < (best[1], best[0])):
                best = (x, y)
        return best

    def room(self) -> tuple[float, float, float, float] | None:
        """The largest free rectangle standing on the skyline (x, y, width, height)."""
        best = None
        for number, (x, _, y) in enumerate(self.segments):
            end = x
            for _, x1, level in self.segments[number:]:
                if level > y + 0.01:
                    break
                end = x1
            area = (end - x) * (self.height - y)
            if best is None or area > best[2] * best[3]:
                best = (x, y, end - x, self.height - y)
        return best

    def add(self, x: float, y: float, width: float, height: float) -> None:
        bottom = y + height
        out: list[list[float]] = []
        for x0, x1, level in self.segments:
            if x1 <= x or x0 >= x + width:
                out.append([x0, x1, level])
                continue
            if x0 < x:
                out.append([x0, x, level])
            if x1 > x + width:
                out.append([x + width, x1, level])
        out.append([x, x + width, bottom])
        out.sort()
        merged: list[list[float]] = []
        for segment in out:
            if merged and merged[-1][2] == segment[2] and abs(merged[-1][1] - segment[0]) < 0.01:
                merged[-1][1] = segment[1]
            else:
                merged.append(segment)
        self.segments = merged


def block_edges(
    options: ChartOptions,
    index: int,
    block: Block,
    cx: float,
    cy: float,
    box_height: float,
    texts: dict[int, tuple[tuple[TextLine, ...], float, float]],
    edges: list[Edge],
) -> None:
    """The connectors of a unit (box centre ``cx``, top ``cy``) to what its block shows below it."""
    bottom = cy + box_height
    trunk_end = bottom
    bused = len(block.attached) > BUSED_ATTACHED
    for child, dx, dy in block.attached:
        _, w, h = texts[child]
        if bused:  # a dashed bus over the row, a drop to each box
            bus = cy + dy - options.level_gap / 2
            edges.append(Edge(((cx, bus), (cx + dx, bus), (cx + dx, cy + dy)), True, index, child))
            trunk_end = max(trunk_end, bus)
            continue
        middle = cy + dy + h / 2
        near = cx + dx + (w / 2 if dx < 0 else -w / 2)
        edges.append(Edge(((cx, middle), (near, middle)), True, index, child))
        trunk_end = max(trunk_end, middle)
    if not block.placed:
        if block.attached:
            edges.append(Edge(((cx, bottom), (cx, trunk_end)), True, index, -1))
        return
    bus = cy + block.bus
    if block.kind == _ROW:
        edges.append(Edge(((cx, bottom), (cx, bus)), False, index, -1))
        for child, dx, dy, _ in block.placed:
            x = cx + dx
            route = ((cx, bus), (x, bus), (x, cy + dy))
            edges.append(Edge(route if x != cx else route[1:], False, index, child))
    elif block.kind == _COLUMNS:
        rails = [cx + rail for _, _, _, rail in block.placed]
        edges.append(Edge(((cx, bottom), (cx, bus)), False, index, -1))
        edges.append(Edge(((min(cx, *rails), bus), (max(cx, *rails), bus)), False, index, -1))
        for child, dx, dy, rail in block.placed:
            _, w, h = texts[child]
            middle = cy + dy + h / 2
            x = cx + rail
            edges.append(Edge(((x, bus), (x, middle), (cx + dx - w / 2, middle)), False, index, child))
    else:  # _WRAP: a rail down the left, a bus over each row
        rail = cx + block.bus + options.stack_indent / 2
        buses: dict[float, list[float]] = {}
        for child, dx, dy, row_bus in block.placed:
            buses.setdefault(cy + row_bus, []).append(cx + dx)
            edges.append(Edge(((cx + dx, cy + row_bus), (cx + dx, cy + dy)), False, index, child))
        first = min(buses)
        edges.append(Edge(((cx, bottom), (cx, first)), False, index, -1))
        edges.append(Edge(((rail, first), (rail, max(buses))), False, index, -1))
        for y, xs in buses.items():
            right = max(*xs, cx) if y == first else max(xs)
            edges.append(Edge(((rail, y), (right, y)), False, index, -1))
