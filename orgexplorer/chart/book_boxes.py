"""A chart book's boxes, measured once and shared by planning its pages and building them, pure Python:
each unit's full box (no taller than a page holds under its parent's stub: longer text is cut short
and said), a stub's box ("continued on page N"), which units show what is below them, how
far below a unit its subunits stand, and the size of a whole branch in a region (and the area of
each branch that fits a page whole)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from orgexplorer.chart.book_blocks import Arranger, Block
from orgexplorer.chart.book_text import HEADING_PT
from orgexplorer.chart.layout import Shown
from orgexplorer.chart.typesetter import Typesetter, units_below
from orgexplorer.chart.values import ChartOptions, TextLine, TextMeasure, TextStyle
from orgexplorer.model.organization import Organization
from orgexplorer.model.progress import Progress

NOTE_HEIGHT = HEADING_PT * 1.25 + 6.0  # "continued on page N" under a unit whose subunits go on


def fits_in(block: Block, width: float, height: float) -> bool:
    """Whether a block fits ``width`` × ``height`` (a hundredth of a point given for rounding)."""
    return block.right - block.left <= width + 0.01 and block.height <= height + 0.01


class BookBoxes:
    """The boxes of a book's units and the sizes of their branches.

    Attributes:
        typesetter: wraps and measures the boxes' text (its ``cut``: the units cut short).
        arranger: places a unit's shown children under it; its room is set for each region measured.
        texts: for each unit shown, its full box's lines, width and height.
        whole_area: for each unit shown, the area of its branch when that fits a page whole, else 0.
    """

    def __init__(
        self,
        organization: Organization,
        options: ChartOptions,
        measure: TextMeasure,
        words: dict[str, str],
        shown: Shown,
        width: float,
        whole_height: float,
        progress: Progress | None,
        below: Callable[[int], str] = units_below,
    ) -> None:
        """Measure every box of ``shown``, and every branch bottom-up for pages ``width`` wide with
        ``whole_height`` of room under a heading; ``words["continued"]`` is a stub's note."""
        self.organization = organization
        self.options = options
        self.words = words
        self.typesetter = Typesetter(options, measure, below)
        self.arranger = Arranger(options, width, whole_height)
        self._limit = shown.limit
        units = organization.units
        order, hidden = shown.order, shown.hidden
        # Boxes measured once: full boxes for every unit shown, stubs when first needed.
        self.texts: dict[int, tuple[tuple[TextLine, ...], float, float]] = {}
        self._stubs: dict[int, tuple[float, float]] = {}
        # A stub is measured for the widest page number the book may have.
        self._number_width = "8" * len(str(max(10, len(order) // 4)))
        total = len(order)
        typesetter = self.typesetter
        for number, index in enumerate(order):
            if progress is not None and number % 4096 == 0:
                progress(0.5 * number / max(total, 1))
            # No box is taller than a page can hold under its parent's stub (measured once per parent).
            box = typesetter.cut_to_height(index, typesetter.box_text(units[index], hidden.get(index, 0)),
                                           self.box_room(index, whole_height))  # fmt: skip
            self.texts[index] = box
        # Whole branches bottom-up: the block of each unit with everything below it, None if too big.
        whole: dict[int, Block | None] = {}
        for index in reversed(order):
            _, bw, bh = self.texts[index]
            unit = units[index]
            if not self.shows_children(index):
                whole[index] = self.arranger.leaf(bw, bh)
                continue
            subs = [(c, whole[c]) for c in unit.subunits]
            atts = [(c, whole[c]) for c in unit.attached]
            if any(b is None for _, b in subs) or any(b is None for _, b in atts):
                whole[index] = None
                continue
            block = self.arranger.arrange(bw, bh, subs, atts)  # type: ignore[arg-type]
            whole[index] = block if fits_in(block, width, whole_height) else None
        # The area of each branch that fits a page whole (0 for one that does not).
        self.whole_area = {i: 0.0 if b is None else (b.right - b.left) * b.height for i, b in whole.items()}

    def box_room(self, index: int, whole_height: float) -> float:
        """The tallest a unit's full box may be: a page where its branch goes on must hold it below its
        parent's stub ("continued from page M"), a level's gap, and a note that its siblings continue."""
        parent = self.organization.units[index].parent
        above = 0.0 if parent is None else self.box_size(parent, True)[1] + self.options.level_gap
        return max(whole_height - NOTE_HEIGHT - above, 0.0)

    def shows_children(self, index: int) -> bool:
        """Whether the chart shows what is below the unit (it has children above the depth limit)."""
        unit = self.organization.units[index]
        return bool(unit.children) and (self._limit is None or unit.depth < self._limit)

    def subtree(self, top: int) -> list[int]:
        """The units of ``top``'s branch as shown, in pre-order."""
        units = self.organization.units
        out = []
        stack = [top]
        while stack:
            index = stack.pop()
            out.append(index)
            if self.shows_children(index):
                stack.extend(reversed(units[index].children))
        return out

    def measure_whole(self, subtree: list[int], region: tuple[float, float]) -> tuple[float, float]:
        """The size of a whole branch (``subtree`` in pre-order) laid out in ``region``."""
        arranger = self.arranger
        units = self.organization.units
        with arranger.room(*region):
            offset = {subtree[0]: 0.0}
            for index in subtree:
                if self.shows_children(index):
                    unit = units[index]
                    below = offset[index] + self.below(self.texts[index][2], unit.attached)
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

    def below(self, box_height: float, attached: Sequence[int]) -> float:
        """How far below a unit's top its subunits stand, about (rows wrapped aside): so that columns
        of leaves break for the room left on the page under them. The same in planning and building."""
        gap = self.options.level_gap
        below = box_height + gap
        if attached:
            below += max(self.texts[c][2] for c in attached) + gap
        return below

    def box_size(self, index: int, stub: bool) -> tuple[float, float]:
        """The size of a unit's full box, or of its stub (measured for the widest page number)."""
        if not stub:
            _, w, h = self.texts[index]
            return w, h
        size = self._stubs.get(index)
        if size is None:
            _, w, h = self.stub_lines(index, self.words["continued"].format(page=self._number_width))
            size = self._stubs[index] = (w, h)
        return size

    def stub_lines(self, index: int, note: str) -> tuple[tuple[TextLine, ...], float, float]:
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

    def fit_lines(
        self, lines: tuple[TextLine, ...], size: tuple[float, float]
    ) -> tuple[tuple[TextLine, ...], float, float]:
        """Lines re-centred in a box of the planned size (the page number is known only now)."""
        width, height = size
        return tuple(line._replace(x=(width - line.width) / 2) for line in lines), width, height
