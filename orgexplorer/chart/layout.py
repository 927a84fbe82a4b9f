"""The tidy tree layout of an organization chart, in points, pure Python (no Qt): which units a chart
shows (``shown_units``) and where each box and connector goes (``layout_chart``).

Subtrees are placed by their contours (``contour.py``: piecewise-constant left/right extents along the
depth axis), the idea of Reingold-Tilford extended to boxes of any size in the non-layered way of van
der Ploeg: a subtree moves as close to its left neighbour as their contours allow at every depth, and a
parent is centred over its first and last subunit. Attached (staff) units hang beside the trunk below
their head, alternately left and right, joined by dashed connectors, before the subunits' row, the way
Visio draws assistants. Boxes are measured by the typesetter (``typesetter.py``) through ``TextMeasure``
so the renderer can give real font metrics and tests can run without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from orgexplorer.chart.contour import Contour, Run, merge, separation
from orgexplorer.chart.typesetter import Typesetter, units_below
from orgexplorer.chart.values import (
    ApproximateMeasure,
    Box,
    ChartLayout,
    ChartOptions,
    Direction,
    Edge,
    LayoutError,
    TextLine,
    TextMeasure,
)
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization, Placement, Unit
from orgexplorer.model.progress import Progress


def layout_chart(
    organization: Organization,
    options: ChartOptions = ChartOptions(),
    measure: TextMeasure | None = None,
    progress: Progress | None = None,
    below: Callable[[int], str] = units_below,
) -> ChartLayout:
    """Lay out the organization (or the subtree ``options.root``) as a chart.

    ``progress`` is called now and then with the fraction done; raising from it (``Cancelled``) stops.
    ``below`` words a cut box's count of the units it hides, in the interface's language.
    """
    with paused_gc():
        return _layout(organization, options, measure, progress, below)


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
            raise LayoutError(organization.unknown_id(options.root))
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
    organization: Organization,
    options: ChartOptions,
    measure: TextMeasure | None,
    progress: Progress | None,
    below: Callable[[int], str],
) -> ChartLayout:
    measure = measure or ApproximateMeasure()
    units = organization.units
    shown_part = shown_units(organization, options)
    roots, order, hidden, limit = shown_part.roots, shown_part.order, shown_part.hidden, shown_part.limit
    base_depth, subtitle = shown_part.base_depth, shown_part.subtitle
    shown = set(order)

    horizontal = options.direction is Direction.DOWN
    typesetter = Typesetter(options, measure, below)
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
        # The box, then the rows of attached units, then the subunits: each part below the one before.
        parts = [Contour.box(breadth, depth)]
        cursor = depth + gap * 0.6
        attached = visible_children(unit, Placement.ATTACHED)
        for row in range(0, len(attached), 2):
            row_depth = 0.0
            row_contour: Contour | None = None
            for side, child in enumerate(attached[row : row + 2]):
                left, right, extent = contours[child].extent()
                db = -options.trunk_gap - right if side == 0 else options.trunk_gap - left
                offsets[child] = (db, cursor)
                shifted = contours[child].shift(db, cursor)
                row_contour = shifted if row_contour is None else merge(row_contour, shifted)
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
                parts.append(Contour(column, column_left, column_left + widest, column[0][1]))
            else:
                group = contours[subunits[0]]
                positions = [0.0]
                for child in subunits[1:]:
                    position = separation(group, contours[child]) + options.sibling_gap
                    positions.append(position)
                    group = merge(group, contours[child].shift(position, 0.0))
                centre = (positions[0] + positions[-1]) / 2
                for child, position in zip(subunits, positions, strict=True):
                    offsets[child] = (position - centre, cursor)
                parts.append(group.shift(-centre, cursor))
        # Merged from the bottom up, each part into the deeper outline below it: a part above costs
        # only its own runs, so a long column of attached units costs linear time.
        contour = parts.pop()
        while parts:
            contour = merge(parts.pop(), contour)
        for child in (*attached, *subunits):
            del contours[child]  # now part of this unit's contour; less memory for a large chart to walk
        contours[index] = contour

    # Top-level units side by side, then absolute positions from the offsets.
    absolute: list[tuple[float, float] | None] = [None] * count
    forest: Contour | None = None
    position = 0.0
    for root in roots:
        if forest is None:
            forest = contours[root]
        else:
            position = separation(forest, contours[root]) + options.sibling_gap * 2
            forest = merge(forest, contours[root].shift(position, 0.0))
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
