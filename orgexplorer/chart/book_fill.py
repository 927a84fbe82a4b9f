"""Filling a page with a branch too big for one, pure Python: the units below the branch's top opened
level by level while it fits the room (recomputing only the opened unit's chain of ancestors), the top's
subunits cut where the rest must go on the next page, and what stays closed with units below it left
as a stub for a section of its own."""

from __future__ import annotations

from collections.abc import Sequence

from orgexplorer.chart.book_blocks import Block
from orgexplorer.chart.book_boxes import NOTE_HEIGHT, BookBoxes, fits_in
from orgexplorer.chart.values import TextStyle

# A branch filled into a room: units opened, slice of the top's subunits, stubs, the top's block, and
# the height its columns broke for.
Filled = tuple[list[int], tuple[int, int] | None, list[int], Block, float]


def fill(
    boxes: BookBoxes,
    top: int,
    part: tuple[int, int] | None,
    resumed: bool,
    width: float,
    height: float,
    force: bool = False,
) -> Filled | None:
    """Open units below ``top`` level by level while the branch fits ``width`` × ``height``; what
    stays closed with units below it becomes a stub. Returns the opened units, the slice of the
    top's subunits shown, the stubs in depth-first order and the top's block; None when not even
    the top and one subunit fit."""
    with boxes.arranger.room(width, height):
        return _open_levels(boxes, top, part, resumed, width, height, force)


def _open_levels(
    boxes: BookBoxes, top: int, part: tuple[int, int] | None, resumed: bool, width: float, height: float, force: bool
) -> Filled | None:
    units = boxes.organization.units
    arranger = boxes.arranger
    blocks: dict[int, Block] = {}
    parent_of: dict[int, int] = {}
    opened: set[int] = set()
    children_of: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    offset: dict[int, float] = {}

    def closed_block(index: int) -> Block:
        w, h = boxes.box_size(index, boxes.shows_children(index))
        return arranger.leaf(w, h)

    def top_box() -> tuple[float, float]:
        return boxes.box_size(top, True) if resumed else boxes.box_size(top, False)

    def compute(index: int) -> Block:
        subs, atts = children_of[index]
        w, h = top_box() if index == top else boxes.box_size(index, False)
        room = arranger.height - offset.get(index, 0.0)
        return arranger.arrange(w, h, [(c, blocks[c]) for c in subs], [(c, blocks[c]) for c in atts], room)

    def open_unit(index: int, subs: tuple[int, ...], atts: tuple[int, ...]) -> None:
        opened.add(index)
        children_of[index] = (subs, atts)
        _, h = top_box() if index == top else boxes.box_size(index, False)
        below = offset.get(index, 0.0) + boxes.below(h, atts)
        for child in (*subs, *atts):
            parent_of[child] = index
            offset[child] = below
            if child not in opened:
                blocks[child] = closed_block(child)

    def open_whole(index: int, again: bool = False) -> None:
        """A branch that fits a page, opened all the way down (``again``: its blocks measured again,
        for a room that changed)."""
        subtree = boxes.subtree(index)
        for inner in subtree if not again else ():
            if boxes.shows_children(inner):
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
    # A part is a slice of the top's children, its attached units first (drawn nearest to it): a unit
    # with more attached units than a page holds continues with the rest of them, as with subunits.
    kids = (*unit.attached, *unit.subunits)

    def shown(first: int, last: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The subunits and attached units of the slice ``first:last`` of the top's children."""
        count = len(unit.attached)
        return unit.subunits[max(first - count, 0) : max(last - count, 0)], unit.attached[first:last]

    start, end = part if part is not None else (0, len(kids))
    # No more subunits are tried than boxes of the least size could stand on the page: a unit with
    # a hundred thousand subunits costs each of its pages the same, not all of them again.
    o = boxes.options
    least = boxes.typesetter.heights[TextStyle.NAME] + 2 * o.padding
    capacity = int((width / (o.min_box_width * 0.8)) * (height / least)) + 1
    if end - start > capacity:
        end = start + capacity
        part = (start, end)
    # Subunits whose branches fit a page go whole, as many as fit, the rest on the next page (one
    # heading there, where a stub each would start a section each); failing that, all as stubs.
    # No more of them are opened than their areas could fill the room: the rest go to the next page
    # anyway, and a unit with many subunits costs each of its pages the same.
    full_height, first_end, first_part = height, end, part
    whole_end, area = start, 0.0
    while whole_end < end and area <= width * height:
        child = kids[whole_end]
        area += boxes.whole_area[child] or boxes.box_size(child, boxes.shows_children(child))[0] * least
        whole_end += 1
    wholes = [c for c in kids[start:whole_end] if boxes.shows_children(c) and boxes.whole_area[c]]
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
        open_unit(top, *shown(start, end))
        if with_wholes:
            for child in wholes:
                open_whole(child)
        blocks[top] = compute(top)
        # The unit's first page may hold its box alone, its attached units and subunits all on the
        # next; a page continuing it holds at least one of them (there is room for one: ``box_room``).
        fewest = 1 if resumed else 0
        if not fits_in(blocks[top], width, height) and end - start > fewest:
            # Too many subunits for one page: as many as fit, the rest continued on the next page
            # (said in a line under the section).
            height -= NOTE_HEIGHT
            arranger.height = height  # columns break for the room left above the note
            for child in wholes if with_wholes else ():
                open_whole(child, again=True)
            low, high = fewest, end - start
            while low < high:
                middle = (low + high + 1) // 2
                open_unit(top, *shown(start, start + middle))
                if fits_in(compute(top), width, height):
                    low = middle
                else:
                    high = middle - 1
            end = start + low
            open_unit(top, *shown(start, end))
            blocks[top] = compute(top)
            part = (start, end)
        # Whole subunits only where at least one of them is shown: a top with its attached units'
        # branches and one stub reads worse than a top with a stub for each subunit.
        shows_whole = end == first_end or any(c in opened for c in shown(start, end)[0])
        if fits_in(blocks[top], width, height) and shows_whole:
            break
    if not force and not fits_in(blocks[top], width, height):
        return None
    level = [c for c in (*children_of[top][0], *children_of[top][1]) if boxes.shows_children(c)]
    while level:
        next_level: list[int] = []
        saved = {i: blocks[i] for i in chain(level)}
        for index in level:
            open_unit(index, units[index].subunits, units[index].attached)
        for index in chain(level):
            blocks[index] = compute(index)
        if fits_in(blocks[top], width, height):
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
                if fits_in(blocks[top], width, height):
                    accepted.append(index)
                else:
                    opened.discard(index)
                    blocks.update(saved)
        for index in accepted:
            subs, atts2 = children_of[index]
            next_level += [c for c in (*subs, *atts2) if boxes.shows_children(c)]
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
        elif index != top and boxes.shows_children(index):
            stubs.append(index)
    return ordered, part, stubs, blocks[top], height
